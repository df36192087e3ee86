// Capacity lines of a plan (role, headcount, start month, ramp, ramped productivity, attrition).
import type { CapacityLine, RepRole } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Decimal } from '../shared/scalars.js';
import type { Tx } from '../shared/transactions.js';
import { checkMoney, checkRange, fail, lockPlan, type PlanCtx } from './service.js';

export interface CapacityLineFields {
  role: RepRole;
  headcount: number;
  startMonth: number;
  rampMonths: number;
  rampedProductivity: Decimal;
  attritionRate: Decimal;
}

function checkFields<T extends Partial<CapacityLineFields>>(fields: T): T {
  const at = (name: string) => ['input', name];
  if (fields.headcount != null) checkRange(fields.headcount, 0, 100_000, at('headcount'));
  if (fields.startMonth != null) checkRange(fields.startMonth, 1, 12, at('startMonth'));
  if (fields.rampMonths != null) checkRange(fields.rampMonths, 0, 36, at('rampMonths'));
  if (fields.rampedProductivity != null) {
    checkMoney(fields.rampedProductivity, at('rampedProductivity'), 'rampedProductivity');
  }
  const rate = fields.attritionRate;
  if (rate != null && (rate.isNegative() || rate.gt(1) || rate.decimalPlaces() > 6)) {
    fail('OUT_OF_RANGE', 'attritionRate must be a fraction from 0 to 1 with at most 6 decimals', at('attritionRate'));
  }
  return fields;
}

export async function createCapacityLine(
  ctx: PlanCtx,
  input: { salesPlanId: number; idempotencyKey?: string | null } & CapacityLineFields,
): Promise<{ capacityLineId: number }> {
  const { idempotencyKey, salesPlanId, ...fields } = input;
  checkFields(fields);
  return runIdempotent(ctx, 'createCapacityLine', idempotencyKey, { salesPlanId, ...fields }, async (tx) => {
    const { version } = await lockPlan(tx, salesPlanId, null);
    const line = await tx.capacityLine.create({
      data: { organizationId: ctx.organization.id, salesPlanId, ...fields },
    });
    await recordAudit(tx, ctx, {
      action: 'capacityLine.create',
      entityType: 'CapacityLine',
      entityId: line.id,
      after: { ...line, salesPlanVersion: version },
    });
    return { capacityLineId: line.id };
  });
}

async function findLine(tx: Tx, id: number): Promise<CapacityLine> {
  const line = await tx.capacityLine.findUnique({ where: { id } });
  return line ?? fail('NOT_FOUND', 'No capacity line with this ID', ['input', 'id']);
}

export async function updateCapacityLine(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number } & Partial<CapacityLineFields>,
): Promise<{ capacityLineId: number }> {
  const { id, expectedVersion, ...fields } = input;
  checkFields(fields);
  return runIdempotent(ctx, 'updateCapacityLine', null, input, async (tx) => {
    const before = await findLine(tx, id);
    const { version } = await lockPlan(tx, before.salesPlanId, expectedVersion, ['input', 'id']);
    const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null));
    const after = await tx.capacityLine.update({ where: { id }, data });
    await recordAudit(tx, ctx, {
      action: 'capacityLine.update',
      entityType: 'CapacityLine',
      entityId: id,
      before,
      after: { ...after, salesPlanVersion: version },
    });
    return { capacityLineId: id };
  });
}

export async function deleteCapacityLine(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number },
): Promise<{ salesPlanId: number }> {
  return runIdempotent(ctx, 'deleteCapacityLine', null, input, async (tx) => {
    const before = await findLine(tx, input.id);
    const { version } = await lockPlan(tx, before.salesPlanId, input.expectedVersion, ['input', 'id']);
    await tx.capacityLine.delete({ where: { id: input.id } });
    await recordAudit(tx, ctx, {
      action: 'capacityLine.delete',
      entityType: 'CapacityLine',
      entityId: input.id,
      before,
      after: { salesPlanVersion: version },
    });
    return { salesPlanId: before.salesPlanId };
  });
}
