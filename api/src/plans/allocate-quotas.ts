// Writing an allocation. The allocated period is written with its phasing: a year with its four
// quarters and twelve months, a quarter with its three months (docs/design.md §10), each part by
// the spreading rule of §5 (evenly, to the cent, largest remainder, earlier parts first on a
// tie), so the plan reads the quota at whatever granularity it is kept, and quotaCheck finds
// every quarter and year equal to its parts. Every quota row inside the period of the allocated
// reps and of the other reps of the same class (individual carriers, or overlay reps) is
// replaced in the same transaction, so the period adds up exactly to the target; team quotas,
// and the other class, are left alone.
import { RepRole } from '../generated/prisma/enums.js';
import { OVERLAY_QUOTA_ROLES } from '../performance/metrics.js';
import { recordAudit } from '../shared/audit.js';
import { childPeriods, type Period } from '../shared/calendar.js';
import { runIdempotent } from '../shared/idempotency.js';
import { Decimal } from '../shared/scalars.js';
import { type Allocation, type AllocationInput, computeAllocation } from './allocation.js';
import { apportion } from './apportion.js';
import { countsInTotal, planPeriod, type QuotaWrite, writeQuotas } from './quotas.js';
import { BULK_WRITE_TRANSACTION, lockPlan, type PlanCtx } from './service.js';

/** The roles whose quotas an allocation of each class replaces. */
const CLASS_ROLES: Record<Allocation['quotaClass'], RepRole[]> = {
  INDIVIDUAL: Object.values(RepRole).filter(countsInTotal),
  OVERLAY: [...OVERLAY_QUOTA_ROLES],
};

/** Spreads `amount` evenly over the parts of `period`: quarters of a year, months of a quarter. */
export function phasing(period: Period, amount: Decimal, startMonth: number): { period: Period; amount: Decimal }[] {
  if (period.kind === 'MONTH') return [{ period, amount }];
  const parts = childPeriods(period, period.kind === 'YEAR' ? 'QUARTER' : 'MONTH', startMonth);
  const shares = apportion(
    amount,
    parts.map((p) => ({ unit: p, weight: new Decimal(1) })),
  );
  return [{ period, amount }, ...shares.flatMap((s) => phasing(s.unit, s.amount, startMonth))];
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
      const before = await tx.quota.findMany({
        where: replaced,
        select: { repId: true, periodKey: true, amount: true },
        orderBy: [{ repId: 'asc' }, { periodKey: 'asc' }],
      });
      await tx.quota.deleteMany({ where: replaced });
      const writes: QuotaWrite[] = allocation.reps.flatMap((r) =>
        phasing(period, r.amount, startMonth).map((p) => ({ repId: r.repId, period: p.period, amount: p.amount })),
      );
      await writeQuotas(tx, ctx.organization.id, plan.id, writes);
      await recordAudit(tx, ctx, {
        action: 'quotas.allocate',
        entityType: 'SalesPlan',
        entityId: plan.id,
        before: { periodKey: period.key, quotas: before },
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
