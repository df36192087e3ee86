// What every compensation service shares: its context, the
// per-organization payout lock, and period-key parsing that reports a bad key as a user error.
import { Prisma } from '../generated/prisma/client.js';
import { type Period, PeriodKeyError, parsePeriodKey } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import type { Tx } from '../shared/transactions.js';

export type CompContext = Pick<Context, 'prisma' | 'organization' | 'viewer' | 'requestId'>;

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

const PLAN_LOCK = 7_403;

/** Serialises the creation of the next version of a plan, so a version line never forks. */
export async function lockPlanVersions(tx: Pick<Tx, '$executeRaw'>, planId: number): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${PLAN_LOCK}::int, ${planId}::int)`);
}

/** A JSON copy of a mutation's input (Decimals as strings, Dates as ISO), for idempotency hashing. */
export function jsonInput(input: unknown): unknown {
  return JSON.parse(JSON.stringify(input ?? null));
}
