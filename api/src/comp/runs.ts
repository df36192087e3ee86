// Payout runs: compute (DRAFT), recompute, approve, mark paid (docs/design.md §8).
// - A period has at most one run (unique organizationId + periodKey); computing a period that has
//   a run returns that run and writes nothing, also when two computes race.
// - A run's lines are calculated and written in one transaction under the organization's payout
//   lock, so the inputs that earlier runs determine (draw balances, clawbacks already taken) are
//   read after any run approved before it has committed, and cannot change until it commits.
//   Recompute deletes and rewrites a DRAFT run's lines there, so readers see the old lines or the
//   new ones, never a mix.
// - APPROVED and PAID runs never change; a correction is an adjustment paid by a later run.
import { type PayoutLineKind, type PayoutRun, Prisma } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import type { Period } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import { type Dec, dec, fmt, sum } from '../shared/money.js';
import type { TenantPrisma } from '../shared/tenant.js';
import { BULK_WRITE_TRANSACTION, type Tx } from '../shared/transactions.js';
import { dataWindow, drawLines, incentiveLines, type LineDraft } from './calculate.js';
import { clawbackLines, unclaimedClawbacks } from './clawbacks.js';
import { loadCreditFacts } from './credit.sql.js';
import { loadAssignments, loadDrawBalances, loadPlans, loadQuotaBook } from './inputs.js';
import { isoDay } from './periods.js';
import { type CompContext, isUniqueViolation, lockPayouts, notFound, parsePeriodInput } from './service.js';

/**
 * Limits of the transaction that calculates and writes a run's lines: 10,000 lines for 2,000 reps
 * take seconds on a loaded machine, beyond Prisma's 5 s default; the payout lock queues a second
 * writer, hence the wait.
 */

const KIND_ORDER: PayoutLineKind[] = [
  'COMMISSION',
  'BONUS',
  'SPIFF',
  'DRAW',
  'DRAW_RECOVERY',
  'CLAWBACK',
  'ADJUSTMENT',
];

/**
 * Every line of a run except adjustments. Runs call it inside their locked transaction (`reader`
 * is then the transaction); the benchmark calls it alone to time the calculation.
 */
export async function calculateRunLines(
  ctx: CompContext,
  period: Period,
  runId: number | null,
  reader: Tx | TenantPrisma = ctx.prisma,
): Promise<LineDraft[]> {
  const org = ctx.organization;
  const plans = await loadPlans(reader);
  const window = dataWindow(period, plans.values(), org.fiscalYearStartMonth);
  const [assignments, quotas, facts, balances, clawbacks] = await Promise.all([
    loadAssignments(reader, window),
    loadQuotaBook(reader, org.id, window, org.fiscalYearStartMonth),
    loadCreditFacts(reader, org.id, window),
    loadDrawBalances(reader, org.id, period.start),
    clawbackLines(reader, org.id, org.timeZone, period, runId),
  ]);
  const incentives = incentiveLines({
    run: period,
    startMonth: org.fiscalYearStartMonth,
    assignments,
    plans,
    facts,
    quotas,
  });
  return [...incentives, ...drawLines(period, assignments, incentives, balances), ...clawbacks];
}

async function adjustmentLines(tx: Tx, run: Period, runId: number): Promise<LineDraft[]> {
  const adjustments = await tx.payoutAdjustment.findMany({
    where: { OR: [{ payoutRunId: null }, { payoutRunId: runId }] },
    include: { disputes: { select: { id: true } } },
    orderBy: { id: 'asc' },
  });
  const unclaimed = adjustments.filter((a) => a.payoutRunId === null).map((a) => a.id);
  if (unclaimed.length) {
    await tx.payoutAdjustment.updateMany({
      where: { id: { in: unclaimed }, payoutRunId: null },
      data: { payoutRunId: runId },
    });
  }
  return adjustments.map((a) => {
    const amount = dec(a.amount);
    const disputes = a.disputes.map((d) => d.id);
    return {
      repId: a.repId,
      kind: 'ADJUSTMENT',
      componentId: null,
      credit: null,
      quota: null,
      attainment: null,
      amount,
      originalLineId: null,
      assignmentId: null,
      explanation: {
        summary: `Adjustment: ${fmt(amount)} (${a.reason})`,
        periodKey: run.key,
        adjustmentId: a.id,
        reason: a.reason,
        createdBy: a.createdBy,
        createdOn: isoDay(a.createdAt),
        disputeIds: disputes,
        steps: [
          `Adjustment #${a.id} entered by ${a.createdBy} on ${isoDay(a.createdAt)}: ${a.reason}.`,
          ...(disputes.length ? [`It resolves dispute ${disputes.map((d) => `#${d}`).join(', ')}.`] : []),
          `Amount: ${fmt(amount)}.`,
        ],
      },
    } satisfies LineDraft;
  });
}

/** Lines per INSERT: one statement carries a chunk as a single JSON parameter. */
export const INSERT_CHUNK = 2_500;

/**
 * Inserts lines in their order (ids follow it), one statement per chunk: a row per element of one
 * JSON array, so thousands of lines cost a few round trips instead of Prisma's parameter-limited
 * batches. Decimals travel as plain digit strings (never exponent notation) and are cast to numeric.
 */
export async function insertLines(
  tx: Pick<Tx, '$executeRaw'>,
  organizationId: number,
  runId: number,
  lines: readonly LineDraft[],
): Promise<void> {
  for (let at = 0; at < lines.length; at += INSERT_CHUNK) {
    await insertChunk(tx, organizationId, runId, lines.slice(at, at + INSERT_CHUNK));
  }
}

async function insertChunk(
  tx: Pick<Tx, '$executeRaw'>,
  organizationId: number,
  runId: number,
  lines: readonly LineDraft[],
): Promise<void> {
  const digits = (v: Dec | null) => (v === null ? null : v.toFixed());
  const rows = JSON.stringify(
    lines.map((l) => ({
      repId: l.repId,
      componentId: l.componentId,
      kind: l.kind,
      credit: digits(l.credit),
      quota: digits(l.quota),
      attainment: digits(l.attainment),
      amount: digits(l.amount),
      explanation: l.explanation,
      originalLineId: l.originalLineId,
    })),
  );
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "PayoutLine" ("organizationId", "payoutRunId", "repId", "componentId", kind, credit, quota,
                              attainment, amount, explanation, "originalLineId")
    SELECT ${organizationId}, ${runId}, (e->>'repId')::int, (e->>'componentId')::int,
           (e->>'kind')::"PayoutLineKind", (e->>'credit')::numeric, (e->>'quota')::numeric,
           (e->>'attainment')::numeric, (e->>'amount')::numeric, e->'explanation', (e->>'originalLineId')::int
      FROM jsonb_array_elements(${rows}::jsonb) WITH ORDINALITY AS x(e, n)
     ORDER BY n`);
}

/** Writes the lines of a run inside its transaction; returns the summary the audit trail keeps. */
async function writeLines(tx: Tx, ctx: CompContext, run: Period, runId: number, calculated: readonly LineDraft[]) {
  const kept = await unclaimedClawbacks(tx, runId, calculated);
  const lines = [...kept, ...(await adjustmentLines(tx, run, runId))];
  const rank = (k: PayoutLineKind) => KIND_ORDER.indexOf(k);
  lines.sort((a, b) => a.repId - b.repId || rank(a.kind) - rank(b.kind));
  await insertLines(tx, ctx.organization.id, runId, lines);
  return {
    lineCount: lines.length,
    errorCount: lines.filter((l) => l.explanation.error).length,
    total: fmt(sum(lines.map((l) => l.amount))),
  };
}

async function overlappingRun(tx: Tx, period: Period): Promise<PayoutRun | null> {
  return tx.payoutRun.findFirst({
    where: { periodKey: { not: period.key }, periodStart: { lt: period.end }, periodEnd: { gt: period.start } },
  });
}

export interface ComputeResult {
  payoutRunId: number;
  created: boolean;
}

export async function computePayoutRun(
  ctx: CompContext,
  input: { periodKey: string; idempotencyKey?: string | null },
): Promise<ComputeResult> {
  const period = parsePeriodInput(ctx, input.periodKey, ['input', 'periodKey']);
  const existing = await ctx.prisma.payoutRun.findFirst({ where: { periodKey: period.key } });
  if (existing) return { payoutRunId: existing.id, created: false };
  try {
    return await runIdempotent(
      ctx,
      'computePayoutRun',
      input.idempotencyKey,
      { periodKey: period.key },
      async (tx) => {
        await lockPayouts(tx, ctx.organization.id);
        const raced = await tx.payoutRun.findFirst({ where: { periodKey: period.key } });
        if (raced) return { payoutRunId: raced.id, created: false };
        const other = await overlappingRun(tx, period);
        if (other) {
          throw new UserInputError(
            'CONFLICT',
            `${period.key} overlaps the run for ${other.periodKey}; every day is paid by one run, so choose one cadence`,
            ['input', 'periodKey'],
          );
        }
        const calculated = await calculateRunLines(ctx, period, null, tx);
        const run = await tx.payoutRun.create({
          data: {
            organizationId: ctx.organization.id,
            periodKey: period.key,
            periodStart: period.start,
            periodEnd: period.end,
            computedAt: new Date(),
          },
        });
        const summary = await writeLines(tx, ctx, period, run.id, calculated);
        await recordAudit(tx, ctx, {
          action: 'payoutRun.compute',
          entityType: 'PayoutRun',
          entityId: run.id,
          after: { ...run, ...summary },
        });
        return { payoutRunId: run.id, created: true };
      },
      BULK_WRITE_TRANSACTION,
    );
  } catch (error) {
    // Without the lock (another process on another database role) the unique index still holds.
    if (!isUniqueViolation(error)) throw error;
    const winner = await ctx.prisma.payoutRun.findFirst({ where: { periodKey: period.key } });
    if (!winner) throw error;
    return { payoutRunId: winner.id, created: false };
  }
}

async function runSummary(tx: Tx, runId: number) {
  const agg = await tx.payoutLine.aggregate({ where: { payoutRunId: runId }, _sum: { amount: true }, _count: true });
  return { lineCount: agg._count, total: fmt(dec(agg._sum.amount ?? 0)) };
}

/** Loads a run for a state change and checks its state and version; throws the matching user error. */
async function runForChange(
  tx: Pick<TenantPrisma, 'payoutRun'> | Pick<Tx, 'payoutRun'>,
  payoutRunId: number,
  expectedVersion: number,
  allowed: PayoutRun['status'],
): Promise<PayoutRun> {
  const run = await tx.payoutRun.findFirst({ where: { id: payoutRunId } });
  if (!run) throw notFound('The payout run', ['input', 'id']);
  if (run.status !== allowed) {
    if (run.status === 'DRAFT') {
      throw new UserInputError('CONFLICT', `Payout run ${run.periodKey} is a DRAFT: approve it first`, ['input', 'id']);
    }
    throw new UserInputError(
      'IMMUTABLE',
      `Payout run ${run.periodKey} is ${run.status} and never changes; correct it with an adjustment in a later run`,
      ['input', 'id'],
    );
  }
  if (run.version !== expectedVersion) {
    throw new UserInputError(
      'STALE_VERSION',
      `Payout run ${run.periodKey} is at version ${run.version}, not ${expectedVersion}; reload it and retry`,
      ['input', 'expectedVersion'],
    );
  }
  return run;
}

export async function recomputePayoutRun(
  ctx: CompContext,
  input: { id: number; expectedVersion: number },
): Promise<{ payoutRunId: number }> {
  const found = await ctx.prisma.payoutRun.findFirst({ where: { id: input.id } });
  if (!found) throw notFound('The payout run', ['input', 'id']);
  const period = parsePeriodInput(ctx, found.periodKey, ['input', 'id']);
  // Fail fast before queueing for the lock; the same checks are repeated under it.
  await runForChange(ctx.prisma, found.id, input.expectedVersion, 'DRAFT');
  return ctx.prisma.$transaction(async (tx) => {
    await lockPayouts(tx, ctx.organization.id);
    const run = await runForChange(tx, found.id, input.expectedVersion, 'DRAFT');
    const calculated = await calculateRunLines(ctx, period, run.id, tx);
    const before = { ...run, ...(await runSummary(tx, run.id)) };
    const updated = await tx.payoutRun.update({
      where: { id: run.id },
      data: { version: { increment: 1 }, computedAt: new Date() },
    });
    await tx.payoutLine.deleteMany({ where: { payoutRunId: run.id } });
    const summary = await writeLines(tx, ctx, period, run.id, calculated);
    await recordAudit(tx, ctx, {
      action: 'payoutRun.recompute',
      entityType: 'PayoutRun',
      entityId: run.id,
      before,
      after: { ...updated, ...summary },
    });
    return { payoutRunId: run.id };
  }, BULK_WRITE_TRANSACTION);
}

export async function approvePayoutRun(
  ctx: CompContext,
  input: { id: number; expectedVersion: number },
): Promise<{ payoutRunId: number }> {
  return ctx.prisma.$transaction(async (tx) => {
    await lockPayouts(tx, ctx.organization.id);
    const run = await runForChange(tx, input.id, input.expectedVersion, 'DRAFT');
    const errors = await lineErrors(tx, ctx.organization.id, run.id);
    if (errors.errorCount > 0) {
      throw new UserInputError(
        'CONFLICT',
        `Payout run ${run.periodKey} has ${errors.errorCount} line(s) with errors (${errors.sample}); fix the data and recompute before approving`,
        ['input', 'id'],
      );
    }
    const summary = await runSummary(tx, run.id);
    const updated = await tx.payoutRun.update({
      where: { id: run.id },
      data: { status: 'APPROVED', approvedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: 'payoutRun.approve',
      entityType: 'PayoutRun',
      entityId: run.id,
      before: { ...run, ...summary },
      after: { ...updated, ...summary },
    });
    return { payoutRunId: run.id };
  });
}

/** Lines the calculation could not compute (e.g. no quota): a run with any cannot be approved. */
export async function lineErrors(
  tx: Pick<Tx, '$queryRaw'>,
  organizationId: number,
  payoutRunId: number,
): Promise<{ errorCount: number; sample: string | null }> {
  const [row] = await tx.$queryRaw<{ errorCount: number; sample: string | null }[]>(Prisma.sql`
    SELECT count(*)::int AS "errorCount",
           (SELECT string_agg(s.summary, '; ') FROM (
              SELECT explanation->>'summary' AS summary FROM "PayoutLine"
               WHERE "organizationId" = ${organizationId} AND "payoutRunId" = ${payoutRunId}
                 AND explanation->>'error' IS NOT NULL
               ORDER BY id LIMIT 3) s) AS sample
      FROM "PayoutLine"
     WHERE "organizationId" = ${organizationId} AND "payoutRunId" = ${payoutRunId}
       AND explanation->>'error' IS NOT NULL`);
  return row ?? { errorCount: 0, sample: null };
}

export async function markPayoutRunPaid(
  ctx: CompContext,
  input: { id: number; expectedVersion: number },
): Promise<{ payoutRunId: number }> {
  return ctx.prisma.$transaction(async (tx) => {
    await lockPayouts(tx, ctx.organization.id);
    const run = await runForChange(tx, input.id, input.expectedVersion, 'APPROVED');
    const updated = await tx.payoutRun.update({
      where: { id: run.id },
      data: { status: 'PAID', paidAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: 'payoutRun.markPaid',
      entityType: 'PayoutRun',
      entityId: run.id,
      before: run,
      after: updated,
    });
    return { payoutRunId: run.id };
  });
}
