// Writing an allocation. The allocated period is written with its phasing: a year with its four
// quarters and twelve months, a quarter with its three months (docs/design.md §10), each part in
// proportion to the rep's productivity in its months (evenly for a rep there all period without
// a ramp: the spreading rule of §5), to the cent, so the plan reads the quota at whatever granularity it is kept, and quotaCheck finds
// every quarter and year equal to its parts. Every quota row inside the period of the allocated
// reps and of the other reps of the same class (individual carriers, or overlay reps) is
// replaced in the same transaction, so the period adds up exactly to the target; team quotas,
// and the other class, are left alone. A quarter or month allocated inside a plan that also has
// rows for the periods enclosing it (its year, its quarter) keeps those rows equal to their parts
// (enclosingWrites), so no stale year row spreads into the period or disagrees with it.
import { WHOLE_ORGANIZATION } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import { RepRole } from '../generated/prisma/enums.js';
import { OVERLAY_QUOTA_ROLES } from '../performance/metrics.js';
import { recordAudit } from '../shared/audit.js';
import { childPeriods, type Period, parsePeriodKey, periodContaining, yearKey } from '../shared/calendar.js';
import { runIdempotent } from '../shared/idempotency.js';
import { Decimal } from '../shared/scalars.js';
import { BULK_WRITE_TRANSACTION, type Tx } from '../shared/transactions.js';
import { type Allocation, type AllocationInput, computeAllocation } from './allocation.js';
import { apportion } from './apportion.js';
import { type QuotaBasis, quotaRuleCtes } from './quota-rule.js';
import { countsInTotal, planPeriod, type QuotaWrite, writeQuotas } from './quotas.js';
import { Exact, lockPlan, type PlanCtx } from './service.js';

/** The roles whose quotas an allocation of each class replaces. */
const CLASS_ROLES: Record<Allocation['quotaClass'], RepRole[]> = {
  INDIVIDUAL: Object.values(RepRole).filter(countsInTotal),
  OVERLAY: [...OVERLAY_QUOTA_ROLES],
};

/** A rep's weight in each month of the allocated period, by month key. */
export type MonthWeights = ReadonlyMap<string, Decimal>;

/**
 * Spreads `amount` over the parts of `period` (quarters of a year, months of a quarter) in
 * proportion to the months' weights, to the cent, largest remainder, earlier parts first on a
 * tie. Without weights, or where every part weighs 0, evenly: the spreading rule of §5.
 */
export function phasing(
  period: Period,
  amount: Decimal,
  startMonth: number,
  monthWeights?: MonthWeights,
): { period: Period; amount: Decimal }[] {
  if (period.kind === 'MONTH') return [{ period, amount }];
  const parts = childPeriods(period, period.kind === 'YEAR' ? 'QUARTER' : 'MONTH', startMonth);
  const weightOf = (part: Period): Decimal =>
    (part.kind === 'MONTH' ? [part] : childPeriods(part, 'MONTH', startMonth)).reduce(
      (s, m) => s.add(monthWeights?.get(m.key) ?? 0),
      new Decimal(0),
    );
  const weights = parts.map(weightOf);
  const even = !weights.some((w) => w.gt(0));
  const shares = apportion(
    amount,
    parts.map((p, i) => ({ unit: p, weight: even ? new Decimal(1) : (weights[i] as Decimal) })),
  );
  return [{ period, amount }, ...shares.flatMap((s) => phasing(s.unit, s.amount, startMonth, monthWeights))];
}

/**
 * Each rep's month weights: every line's amount spread over the months by the line's
 * productivity there, summed over the rep's lines, so a rep hired in December carries the whole
 * of a prorated year in December rather than a twelfth in every month.
 */
function repMonthWeights(allocation: Allocation, months: Period[]): Map<number, MonthWeights> {
  const out = new Map<number, Map<string, Decimal>>();
  for (const line of allocation.lines) {
    const total = line.monthWeights.reduce((s, w) => s.add(w), new Exact(0));
    const weights = out.get(line.repId) ?? new Map<string, Decimal>();
    months.forEach((m, i) => {
      const share = total.gt(0) ? new Exact(line.amount).mul(line.monthWeights[i] ?? 0).div(total) : new Exact(0);
      weights.set(m.key, (weights.get(m.key) ?? new Exact(0)).add(share));
    });
    out.set(line.repId, weights);
  }
  return out;
}

/**
 * The rows that keep the periods enclosing an allocated quarter or month (its quarter, its year)
 * equal to their parts, for every rep whose rows in the period the allocation replaces and who has
 * a row for an enclosing period. Without them a year row set before a quarter is allocated stays
 * as it was: it disagrees with its quarters (quotaCheck), wins over them when the year is read, and
 * keeps spreading into the quarter for a carrier the allocation gave nothing (so the quarter reads
 * more than its target). By the quota rule (docs/design.md §5), read before the rows are replaced:
 * the allocated period reads its new amount (0 for a carrier left out); each other part keeps what
 * it read, written as a row of its own where it was a share of the enclosing row (so that it does
 * not move when that row does); and each enclosing row becomes the sum of its parts.
 */
async function enclosingWrites(
  tx: Tx,
  org: number,
  plan: { id: number; fiscalYear: number },
  startMonth: number,
  period: Period,
  classRoles: readonly RepRole[],
  allocated: ReadonlyMap<number, Decimal>,
): Promise<QuotaWrite[]> {
  if (period.kind === 'YEAR') return [];
  const year = parsePeriodKey(yearKey(plan.fiscalYear), startMonth);
  const enclosing = period.kind === 'MONTH' ? [periodContaining(period.start, 'QUARTER', startMonth), year] : [year];
  const rows = await tx.$queryRaw<{ rep_id: number; key: string; amount: Decimal; basis: QuotaBasis }[]>(Prisma.sql`
    WITH ${quotaRuleCtes({
      organizationId: org,
      fiscalYearStartMonth: startMonth,
      fiscalYears: [plan.fiscalYear],
      planId: plan.id,
      // Allocation needs write:plans, whose holders see the whole organization (access/visibility.ts).
      reps: WHOLE_ORGANIZATION,
      repCondition: Prisma.sql`AND (q."repId" = ANY(${[...allocated.keys()]}::int[])
        OR q."repId" IN (SELECT r.id FROM "Rep" r WHERE r."organizationId" = ${org}
                            AND r.role::text = ANY(${[...classRoles]}::text[])))`,
      periods: [
        ...enclosing,
        ...enclosing.flatMap((p) => childPeriods(p, p.kind === 'YEAR' ? 'QUARTER' : 'MONTH', startMonth)),
      ],
    })}
    SELECT rep_id, key, amount, basis FROM rule_quota ORDER BY rep_id, key`);
  const byRep = new Map<number, Map<string, { amount: Decimal; basis: QuotaBasis }>>();
  for (const r of rows) {
    const quotas = byRep.get(r.rep_id) ?? new Map();
    quotas.set(r.key, { amount: new Exact(r.amount), basis: r.basis });
    byRep.set(r.rep_id, quotas);
  }
  const writes: QuotaWrite[] = [];
  for (const [repId, quotas] of byRep) {
    if (!enclosing.some((p) => quotas.get(p.key)?.basis === 'SET')) continue;
    let child = period;
    let value: Decimal = allocated.get(repId) ?? new Exact(0);
    for (const outer of enclosing) {
      let sum = value;
      for (const part of childPeriods(outer, outer.kind === 'YEAR' ? 'QUARTER' : 'MONTH', startMonth)) {
        const q = part.key === child.key ? undefined : quotas.get(part.key);
        if (!q) continue;
        sum = sum.add(q.amount);
        if (q.basis === 'SPREAD') writes.push({ repId, period: part, amount: q.amount });
      }
      if (quotas.get(outer.key)?.basis === 'SET') writes.push({ repId, period: outer, amount: sum });
      child = outer;
      value = sum;
    }
  }
  return writes;
}

export async function allocateQuotas(
  ctx: PlanCtx,
  input: AllocationInput & { salesPlanId: number; expectedVersion: number },
): Promise<{ salesPlanId: number; allocation: Allocation }> {
  return runIdempotent(
    ctx,
    'allocateQuotas',
    null,
    input,
    async (tx) => {
      const { plan, version } = await lockPlan(tx, input.salesPlanId, input.expectedVersion);
      const startMonth = ctx.organization.fiscalYearStartMonth;
      const allocation = await computeAllocation(tx, plan, startMonth, input);
      const period = planPeriod(allocation.periodKey, plan, startMonth, ['input', 'periodKey']);
      const replaced = {
        salesPlanId: plan.id,
        periodStart: { gte: period.start },
        periodEnd: { lte: period.end },
        OR: [
          { repId: { in: allocation.reps.map((r) => r.repId) } },
          { rep: { role: { in: CLASS_ROLES[allocation.quotaClass] } } },
        ],
      };
      const enclosing = await enclosingWrites(
        tx,
        ctx.organization.id,
        plan,
        startMonth,
        period,
        CLASS_ROLES[allocation.quotaClass],
        new Map(allocation.reps.map((r) => [r.repId, r.amount])),
      );
      const before = await tx.quota.findMany({
        where: replaced,
        select: { repId: true, periodKey: true, amount: true },
        orderBy: [{ repId: 'asc' }, { periodKey: 'asc' }],
      });
      await tx.quota.deleteMany({ where: replaced });
      const weights = repMonthWeights(allocation, childPeriods(period, 'MONTH', startMonth));
      const writes: QuotaWrite[] = [
        ...allocation.reps.flatMap((r) =>
          phasing(period, r.amount, startMonth, weights.get(r.repId)).map((p) => ({
            repId: r.repId,
            period: p.period,
            amount: p.amount,
          })),
        ),
        ...enclosing,
      ];
      // The period's rows were deleted above: what this replaces is the enclosing rows it updates.
      const updated = await writeQuotas(tx, ctx.organization.id, plan.id, writes);
      await recordAudit(tx, ctx, {
        action: 'quotas.allocate',
        entityType: 'SalesPlan',
        entityId: plan.id,
        before: { periodKey: period.key, quotas: before, enclosing: updated.before },
        after: {
          periodKey: period.key,
          target: allocation.target,
          over: input.over,
          weight: input.weight,
          rampDiscount: input.rampDiscount,
          quotaClass: allocation.quotaClass,
          quotas: allocation.reps,
          rows: writes.map((w) => ({ repId: w.repId, periodKey: w.period.key, amount: w.amount })),
          salesPlanVersion: version,
        },
      });
      return { salesPlanId: plan.id, allocation };
    },
    BULK_WRITE_TRANSACTION,
  );
}
