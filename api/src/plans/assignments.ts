// Reps assigned to territories (PRIMARY owner or OVERLAY specialist) for a span of days, end
// exclusive. A rep may hold several territories and a territory several reps (pooled
// territories), but one rep's assignments to one territory never overlap in time: that would
// count the same coverage twice.

import { dayOf } from '../forecast/period.js';
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

/** The organization's today: the day a change to an assignment takes effect. */
const todayOf = (ctx: PlanCtx) => dayOf(new Date(), ctx.organization.timeZone);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Changes an assignment without rewriting its past (docs/design.md "Effective-dated history").
 * The days before today are history: a span that has not started yet is edited in place; on one
 * that has, a new role closes the span today and opens a new one from today with the new role,
 * and its start can no longer move. A new end keeps the days worked as they were (ending a span
 * is how its history is kept). A span that has ended keeps its role.
 */
export async function updateTerritoryAssignment(
  ctx: PlanCtx,
  input: UpdateAssignmentInput,
): Promise<{ assignmentId: number; territoryId: number; salesPlanId: number }> {
  return runIdempotent(ctx, 'updateTerritoryAssignment', null, input, async (tx) => {
    const { salesPlanId, ...before } = await findAssignment(tx, input.id);
    const { version } = await lockPlan(tx, salesPlanId, input.expectedVersion, ['input', 'id']);
    const today = todayOf(ctx);
    const started = before.startDate < today;
    const span = {
      territoryId: before.territoryId,
      repId: before.repId,
      startDate: input.startDate ?? before.startDate,
      endDate: input.endDate === undefined ? before.endDate : input.endDate,
    };
    const role = input.role ?? before.role;
    if (started && span.startDate.getTime() !== before.startDate.getTime()) {
      fail(
        'CONFLICT',
        `The assignment started on ${iso(before.startDate)}: its days up to today (${iso(today)}) are history; end it and create another`,
        ['input', 'startDate'],
      );
    }
    const split = started && role !== before.role;
    if (split && before.endDate && before.endDate <= today) {
      fail('CONFLICT', `The assignment ended on ${iso(before.endDate)}: its role is history`, ['input', 'role']);
    }
    let after: TerritoryAssignment;
    if (!split) {
      await checkNoOverlap(tx, span, before.id);
      after = await tx.territoryAssignment.update({
        where: { id: before.id },
        data: { role, startDate: span.startDate, endDate: span.endDate },
      });
    } else {
      // The old role held until today; the new one holds from today to the (new) end.
      const next = { ...span, startDate: today };
      await checkNoOverlap(tx, next, before.id);
      await tx.territoryAssignment.update({ where: { id: before.id }, data: { endDate: today } });
      after = await tx.territoryAssignment.create({
        data: { organizationId: ctx.organization.id, ...next, role },
      });
    }
    await recordAudit(tx, ctx, {
      action: 'territoryAssignment.update',
      entityType: 'TerritoryAssignment',
      entityId: before.id,
      before,
      after: { ...after, salesPlanVersion: version },
    });
    return { assignmentId: after.id, territoryId: before.territoryId, salesPlanId };
  });
}

/**
 * Removes an assignment that has not started (made in error); one that has is ended today
 * instead, so the days worked stay history, and one that has ended is refused.
 */
export async function deleteTerritoryAssignment(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number },
): Promise<{ assignmentId?: number; territoryId: number; salesPlanId: number }> {
  return runIdempotent(ctx, 'deleteTerritoryAssignment', null, input, async (tx) => {
    const { salesPlanId, ...before } = await findAssignment(tx, input.id);
    const { version } = await lockPlan(tx, salesPlanId, input.expectedVersion, ['input', 'id']);
    const today = todayOf(ctx);
    if (before.endDate && before.endDate <= today) {
      fail('CONFLICT', `The assignment ended on ${iso(before.endDate)}: its span is history and is kept`, [
        'input',
        'id',
      ]);
    }
    const started = before.startDate < today;
    if (started) await tx.territoryAssignment.update({ where: { id: before.id }, data: { endDate: today } });
    else await tx.territoryAssignment.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, {
      action: started ? 'territoryAssignment.end' : 'territoryAssignment.delete',
      entityType: 'TerritoryAssignment',
      entityId: before.id,
      before,
      after: started ? { ...before, endDate: today, salesPlanVersion: version } : { salesPlanVersion: version },
    });
    return { assignmentId: started ? before.id : undefined, territoryId: before.territoryId, salesPlanId };
  });
}
