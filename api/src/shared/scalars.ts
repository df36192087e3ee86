// Wire formats. Money and rates are exact decimals carried as strings (never floats); calendar
// days are `YYYY-MM-DD`; instants are ISO-8601 timestamps.
import { defaultFieldResolver, GraphQLError, type GraphQLSchema, isObjectType, Kind, type ValueNode } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import { utcDate } from './calendar.js';
import { fmt } from './money.js';

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

const DECIMAL_TEXT = /^-?\d{1,18}(\.\d{1,8})?$/;

/** Parses a client decimal: a string such as "1250.50", or an integer. Floats are refused. */
export function parseDecimalInput(value: unknown): Prisma.Decimal {
  if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL_TEXT.test(text)) return new Prisma.Decimal(text);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return new Prisma.Decimal(value);
  throw new GraphQLError(
    `Decimal must be a string such as "1250.50" (at most 18 integer and 8 fractional digits); got ${JSON.stringify(value)?.slice(0, 40)}`,
  );
}

/**
 * An exact decimal already printed for the wire, passed through by the Decimal scalar as it is:
 * money with at least two places (as fmt), other decimals without trailing zeros (as
 * Decimal#toFixed()). The resolvers of money fields (marked with MONEY) hand their Decimals over
 * as these (see printMoneyFields), and the performance report reads its figures from SQL already
 * printed so (one Decimal per cell cost about half the time above SQL of a 1,563-row report).
 */
export class DecimalText {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
  /** The value with `places` decimals (all of them when omitted), as Decimal#toFixed. */
  toFixed(places?: number): string {
    return places === undefined
      ? new Prisma.Decimal(this.text).toFixed()
      : new Prisma.Decimal(this.text).toFixed(places);
  }
}

/**
 * Field option of a Decimal output field that is money (docs/design.md §11: scale 2 on the wire):
 * `t.field({ type: 'Decimal', ...MONEY, ... })`. Fractions (attainment, rates, ratios) keep the
 * plain Decimal, printed with their own places.
 */
export const MONEY = { extensions: { money: true } } as const;

function asMoney(value: unknown): unknown {
  if (value == null || value instanceof DecimalText) return value;
  if (Array.isArray(value)) return value.map(asMoney);
  if (value instanceof Prisma.Decimal || typeof value === 'string' || typeof value === 'number') {
    // Two decimals at least ("210000.00"); a place beyond the cent is never cut.
    return new DecimalText(fmt(value));
  }
  return value;
}

/**
 * Wraps the resolver of every field marked MONEY so that its Decimals reach the scalar as
 * DecimalText. The scalar alone cannot tell money from a fraction (both are Decimal, and the type
 * stays Decimal so the schema does not change), so the mark sits on the field.
 */
export function printMoneyFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions?.money !== true) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const value = resolve(source, args, ctx, info);
        return value instanceof Promise ? value.then(asMoney) : asMoney(value);
      };
    }
  }
}

/**
 * A money field's value as the wire prints it: what printMoneyFields and the Decimal scalar make
 * of a resolved Decimal, for code that serialises rows without executing GraphQL (bulk/projection.ts).
 */
export function serializeMoney(value: unknown): string {
  return serializeDecimal(asMoney(value));
}

export function serializeDecimal(value: unknown): string {
  if (value instanceof DecimalText) return value.text;
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
