// Wire formats. Money and rates are exact decimals carried as strings (never floats); calendar
// days are `YYYY-MM-DD`; instants are ISO-8601 timestamps.
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import { utcDate } from './calendar.js';

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

const DECIMAL_TEXT = /^-?\d{1,18}(\.\d{1,8})?$/;

/** Parses a client decimal: a string such as "1250.50", or an integer. Floats are refused. */
export function parseDecimalInput(value: unknown): Prisma.Decimal {
  if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) return new Prisma.Decimal(value.trim());
  if (typeof value === 'number' && Number.isSafeInteger(value)) return new Prisma.Decimal(value);
  throw new GraphQLError(
    `Decimal must be a string such as "1250.50" (at most 18 integer and 8 fractional digits); got ${JSON.stringify(value)?.slice(0, 40)}`,
  );
}

export function serializeDecimal(value: unknown): string {
  if (value instanceof Prisma.Decimal) return value.toFixed();
  if (typeof value === 'string') return new Prisma.Decimal(value).toFixed();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError('Decimal field resolved to a non-decimal value');
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` into the UTC midnight that stands for that calendar day, years 0001 to 9999
 * (PostgreSQL has no year 0).
 */
export function parseDateInput(value: unknown): Date {
  const m = typeof value === 'string' ? DATE_TEXT.exec(value) : null;
  if (m && Number(m[1]) >= 1) {
    const d = utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (d.toISOString().slice(0, 10) === value) return d;
  }
  throw new GraphQLError(
    `Date must be a calendar day YYYY-MM-DD from 0001-01-01; got ${JSON.stringify(value)?.slice(0, 40)}`,
  );
}

export function serializeDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && DATE_TEXT.test(value)) return value;
  throw new GraphQLError('Date field resolved to a non-date value');
}

export function parseDateTimeInput(value: unknown): Date {
  if (typeof value === 'string') {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime()) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return d;
  }
  throw new GraphQLError(`DateTime must be an ISO-8601 timestamp; got ${JSON.stringify(value)?.slice(0, 40)}`);
}

export function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT) return Number(ast.value);
  if (ast.kind === Kind.FLOAT) return Number.NaN; // refused by every parser above
  return undefined;
}
