// What every compensation service shares: its context, the transaction client type, the
// per-organization payout lock, and period-key parsing that reports a bad key as a user error.
import { Prisma } from '../generated/prisma/client.js';
import { type Period, PeriodKeyError, parsePeriodKey } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { type UserErrorShape, UserInputError } from '../shared/errors.js';
import type { TenantPrisma } from '../shared/tenant.js';

export type CompContext = Pick<Context, 'prisma' | 'organization' | 'viewer' | 'requestId'>;

/** The client inside `ctx.prisma.$transaction(...)`: tenant-confined like the request's client. */
export type Tx = Parameters<Parameters<TenantPrisma['$transaction']>[0]>[0];

/** Namespace of the advisory locks taken by compensation writes (the other key is an id). */
const PAYOUT_LOCK = 7_401;
const ASSIGNMENT_LOCK = 7_402;

/**
 * Serialises payout writes of one organization (compute, recompute, approve, pay) for the rest
 * of the transaction: run overlap checks, adjustment pick-up and clawback de-duplication then
 * see every committed run. Runs also read their inputs under it (runs.ts), so a run approved in
 * the meantime is seen by the next one's draw balance.
 */
export async function lockPayouts(tx: Pick<Tx, '$executeRaw'>, organizationId: number): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${PAYOUT_LOCK}::int, ${organizationId}::int)`);
}

/** Serialises assignment changes of one rep, so two concurrent creates cannot both pass the overlap check. */
export async function lockRepAssignments(tx: Pick<Tx, '$executeRaw'>, repId: number): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${ASSIGNMENT_LOCK}::int, ${repId}::int)`);
}

export function parsePeriodInput(ctx: Pick<Context, 'organization'>, key: string, field: string[]): Period {
  try {
    return parsePeriodKey(key.trim(), ctx.organization.fiscalYearStartMonth);
  } catch (error) {
    if (error instanceof PeriodKeyError) throw new UserInputError('INVALID', error.message, field);
    throw error;
  }
}

export function notFound(what: string, field: string[]): UserInputError {
  return new UserInputError('NOT_FOUND', `${what} does not exist`, field);
}

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2002';
}

/** Several user errors at once (validation reports every problem, not only the first). */
export class UserErrorList extends Error {
  constructor(readonly errors: UserErrorShape[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export function throwIfAny(errors: UserErrorShape[]): void {
  if (errors.length) throw new UserErrorList(errors);
}

/** The user errors carried by a service failure, or null when it is not one (then it is a bug). */
export function userErrorsOf(error: unknown): UserErrorShape[] | null {
  if (error instanceof UserErrorList) return error.errors;
  if (error instanceof UserInputError) return [error.userError];
  return null;
}

const PLAN_LOCK = 7_403;

/** Serialises the creation of the next version of a plan, so a version line never forks. */
export async function lockPlanVersions(tx: Pick<Tx, '$executeRaw'>, planId: number): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${PLAN_LOCK}::int, ${planId}::int)`);
}

/** A JSON copy of a mutation's input (Decimals as strings, Dates as ISO), for idempotency hashing. */
export function jsonInput(input: unknown): unknown {
  return JSON.parse(JSON.stringify(input ?? null));
}
