// What every planning service shares: the plan lock that doubles as the
// optimistic-concurrency check, collected user errors, and input checks for money and names.
import type { SalesPlan } from '../generated/prisma/client.js';
import type { Context } from '../shared/context.js';
import { type UserErrorCode, UserInputError } from '../shared/errors.js';
import { Decimal } from '../shared/scalars.js';
import type { Tx } from '../shared/transactions.js';

/** What planning services need from the request. */
export type PlanCtx = Pick<Context, 'prisma' | 'viewer' | 'organization' | 'requestId'>;

/** Decimal with enough digits that ratios (weights, ramp fractions) lose nothing before rounding to cents. */
export const Exact = Decimal.clone({ precision: 40 });

export function fail(code: UserErrorCode, message: string, field: (string | number)[]): never {
  throw new UserInputError(code, message, field);
}

/** Money input: at most 2 decimals, not negative, fits Decimal(18,2). */
export function checkMoney(value: Decimal, field: (string | number)[], name = 'amount'): Decimal {
  if (value.isNegative()) fail('OUT_OF_RANGE', `${name} must not be negative`, field);
  if (value.decimalPlaces() > 2) fail('INVALID', `${name} must be whole cents (at most 2 decimals)`, field);
  if (value.gte('1e16')) fail('OUT_OF_RANGE', `${name} must be below 10^16`, field);
  return value;
}

/** A name: trimmed, 1 to `max` characters. */
export function checkName(value: string, field: (string | number)[], max = 200): string {
  const name = value.trim();
  if (!name) fail('REQUIRED', `${field[field.length - 1]} must not be blank`, field);
  if (name.length > max) fail('TOO_LONG', `${field[field.length - 1]} is longer than ${max} characters`, field);
  return name;
}

export function checkRange(value: number, min: number, max: number, field: (string | number)[]): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    fail('OUT_OF_RANGE', `${field[field.length - 1]} must be a whole number from ${min} to ${max}`, field);
  }
  return value;
}

/**
 * Takes the plan's row lock by bumping its version, so every change to a plan and what it holds
 * (territories, rules, assignments, quotas, capacity) is serialised per plan and visible as a new
 * version. With `expectedVersion` this is the optimistic check: a stale version changes nothing.
 * Archived plans are read-only.
 */
export async function lockPlan(
  tx: Tx,
  planId: number,
  expectedVersion: number | null,
  field: (string | number)[] = ['input', 'salesPlanId'],
): Promise<{ plan: SalesPlan; version: number }> {
  const plan = await tx.salesPlan.findUnique({ where: { id: planId } });
  if (!plan) fail('NOT_FOUND', 'No sales plan with this ID', field);
  if (plan.status === 'ARCHIVED')
    fail('IMMUTABLE', `Sales plan "${plan.name}" is archived; clone it to change it`, field);
  const [bumped] = await tx.salesPlan.updateManyAndReturn({
    where:
      expectedVersion == null
        ? { id: planId, status: { not: 'ARCHIVED' } }
        : { id: planId, version: expectedVersion, status: { not: 'ARCHIVED' } },
    data: { version: { increment: 1 } },
    select: { version: true },
  });
  if (!bumped) {
    if (expectedVersion != null) {
      const current = await tx.salesPlan.findUnique({ where: { id: planId }, select: { version: true } });
      staleVersion(expectedVersion, current?.version ?? plan.version);
    }
    fail('IMMUTABLE', `Sales plan "${plan.name}" was archived meanwhile`, field);
  }
  return { plan, version: bumped.version };
}

export function staleVersion(expected: number, current: number): never {
  fail(
    'STALE_VERSION',
    `The sales plan is at version ${current}, not ${expected}: someone changed it; reload and retry`,
    ['input', 'expectedVersion'],
  );
}
