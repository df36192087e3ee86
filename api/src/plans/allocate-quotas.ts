// Writing an allocation: the allocated reps' quotas for the period are set, and other reps'
// quotas for that same period in the plan are removed, so the period's quotas add up exactly to
// the target.
import { recordAudit } from '../shared/audit.js';
import { runIdempotent } from '../shared/idempotency.js';
import { type Allocation, type AllocationInput, computeAllocation } from './allocation.js';
import { planPeriod, writeQuotas } from './quotas.js';
import { BULK_WRITE_TRANSACTION, lockPlan, type PlanCtx } from './service.js';

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
      const before = await tx.quota.findMany({
        where: { salesPlanId: plan.id, periodKey: period.key },
        select: { repId: true, amount: true },
        orderBy: { repId: 'asc' },
      });
      await writeQuotas(
        tx,
        ctx.organization.id,
        plan.id,
        allocation.reps.map((r) => ({ repId: r.repId, period, amount: r.amount })),
      );
      await tx.quota.deleteMany({
        where: { salesPlanId: plan.id, periodKey: period.key, repId: { notIn: allocation.reps.map((r) => r.repId) } },
      });
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
          quotas: allocation.reps,
          salesPlanVersion: version,
        },
      });
      return { salesPlanId: plan.id, allocation };
    },
    BULK_WRITE_TRANSACTION,
  );
}
