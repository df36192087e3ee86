// Reps assigned to territories (PRIMARY owner or OVERLAY specialist) for a span of days, end
// exclusive. A rep may hold several territories and a territory several reps (pooled
// territories), but one rep's assignments to one territory never overlap in time: that would
// count the same coverage twice.
import type { TerritoryAssignment, TerritoryRole } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Tx } from '../shared/transactions.js';
import { fail, lockPlan, type PlanCtx } from './service.js';
import { findTerritory } from './territories.js';

async function checkNoOverlap(
  tx: Tx,
  span: { territoryId: number; repId: number; startDate: Date; endDate: Date | null },
  exceptId: number | null,
) {
  if (span.endDate && span.endDate <= span.startDate) {
    fail('INVALID', 'endDate must be after startDate (it is exclusive)', ['input', 'endDate']);
  }
  const clash = await tx.territoryAssignment.findFirst({
    where: {
      territoryId: span.territoryId,
      repId: span.repId,
      id: exceptId == null ? undefined : { not: exceptId },
      startDate: span.endDate ? { lt: span.endDate } : undefined,
      OR: [{ endDate: null }, { endDate: { gt: span.startDate } }],
    },
  });
  if (clash) {
    const until = clash.endDate ? clash.endDate.toISOString().slice(0, 10) : 'open end';
    fail(
      'CONFLICT',
      `The rep is already assigned to this territory from ${clash.startDate.toISOString().slice(0, 10)} to ${until}`,
      ['input', 'startDate'],
    );
  }
}

export interface CreateAssignmentInput {
  territoryId: number;
  repId: number;
  role: TerritoryRole;
  startDate: Date;
  endDate?: Date | null;
  idempotencyKey?: string | null;
}

export async function createTerritoryAssignment(
  ctx: PlanCtx,
  input: CreateAssignmentInput,
): Promise<{ assignmentId: number; territoryId: number; salesPlanId: number }> {
  const { idempotencyKey, ...data } = input;
  return runIdempotent(ctx, 'createTerritoryAssignment', idempotencyKey, data, async (tx) => {
    const territory = await findTerritory(tx, input.territoryId, ['input', 'territoryId']);
    const { version } = await lockPlan(tx, territory.salesPlanId, null, ['input', 'territoryId']);
    const rep = await tx.rep.findUnique({ where: { id: input.repId }, select: { id: true } });
    if (!rep) fail('NOT_FOUND', 'No rep with this ID', ['input', 'repId']);
    const span = { ...data, endDate: data.endDate ?? null };
    await checkNoOverlap(tx, span, null);
    const assignment = await tx.territoryAssignment.create({ data: { organizationId: ctx.organization.id, ...span } });
    await recordAudit(tx, ctx, {
      action: 'territoryAssignment.create',
      entityType: 'TerritoryAssignment',
      entityId: assignment.id,
      after: { ...assignment, salesPlanVersion: version },
    });
    return { assignmentId: assignment.id, territoryId: territory.id, salesPlanId: territory.salesPlanId };
  });
}

export interface UpdateAssignmentInput {
  id: number;
  expectedVersion: number;
  role?: TerritoryRole | null;
  startDate?: Date | null;
  /** Absent: unchanged; null: open-ended. */
  endDate?: Date | null;
}

async function findAssignment(tx: Tx, id: number): Promise<TerritoryAssignment & { salesPlanId: number }> {
  const found = await tx.territoryAssignment.findUnique({
    where: { id },
    include: { territory: { select: { salesPlanId: true } } },
  });
  if (!found) fail('NOT_FOUND', 'No territory assignment with this ID', ['input', 'id']);
  const { territory, ...assignment } = found;
  return { ...assignment, salesPlanId: territory.salesPlanId };
}

export async function updateTerritoryAssignment(
  ctx: PlanCtx,
  input: UpdateAssignmentInput,
): Promise<{ assignmentId: number; territoryId: number; salesPlanId: number }> {
  return runIdempotent(ctx, 'updateTerritoryAssignment', null, input, async (tx) => {
    const { salesPlanId, ...before } = await findAssignment(tx, input.id);
    const { version } = await lockPlan(tx, salesPlanId, input.expectedVersion, ['input', 'id']);
    const span = {
      territoryId: before.territoryId,
      repId: before.repId,
      startDate: input.startDate ?? before.startDate,
      endDate: input.endDate === undefined ? before.endDate : input.endDate,
    };
    await checkNoOverlap(tx, span, before.id);
    const after = await tx.territoryAssignment.update({
      where: { id: before.id },
      data: { role: input.role ?? undefined, startDate: span.startDate, endDate: span.endDate },
    });
    await recordAudit(tx, ctx, {
      action: 'territoryAssignment.update',
      entityType: 'TerritoryAssignment',
      entityId: before.id,
      before,
      after: { ...after, salesPlanVersion: version },
    });
    return { assignmentId: before.id, territoryId: before.territoryId, salesPlanId };
  });
}

export async function deleteTerritoryAssignment(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number },
): Promise<{ territoryId: number; salesPlanId: number }> {
  return runIdempotent(ctx, 'deleteTerritoryAssignment', null, input, async (tx) => {
    const { salesPlanId, ...before } = await findAssignment(tx, input.id);
    const { version } = await lockPlan(tx, salesPlanId, input.expectedVersion, ['input', 'id']);
    await tx.territoryAssignment.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: 'territoryAssignment.delete',
      entityType: 'TerritoryAssignment',
      entityId: before.id,
      before,
      after: { salesPlanVersion: version },
    });
    return { territoryId: before.territoryId, salesPlanId };
  });
}
