// Assignments of comp plans to reps: effective dates, base salary, annual target incentive and an
// optional draw. A rep has at most one assignment on any day, so changing plan mid-year means
// ending one assignment and starting the next; each period then uses the plan in effect on each
// day (prorated by days, see docs/compensation.md).
import type { CompAssignment } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { type UserErrorShape, userError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Dec } from './money.js';
import { isoDay } from './periods.js';
import { moneyErrors } from './plan-rules.js';
import {
  type CompContext,
  jsonInput,
  lockRepAssignments,
  notFound,
  type Tx,
  throwIfAny,
  UserErrorList,
} from './service.js';

export interface CreateCompAssignmentInput {
  idempotencyKey?: string | null;
  repId: number;
  compPlanId: number;
  startDate: Date;
  endDate?: Date | null;
  baseSalary: Dec;
  targetIncentive: Dec;
  drawAmount?: Dec | null;
  drawRecoverable?: boolean | null;
}

function termErrors(input: CreateCompAssignmentInput): UserErrorShape[] {
  const f = (name: string) => ['input', name];
  const errors = [
    ...moneyErrors(input.baseSalary, f('baseSalary')),
    ...moneyErrors(input.targetIncentive, f('targetIncentive')),
    ...moneyErrors(input.drawAmount, f('drawAmount'), { positive: true }),
  ];
  if (input.endDate && input.endDate <= input.startDate) {
    errors.push(userError('INVALID', 'endDate must be after startDate', f('endDate')));
  }
  if (input.drawRecoverable && input.drawAmount == null) {
    errors.push(userError('INVALID', 'a recoverable draw needs drawAmount', f('drawRecoverable')));
  }
  return errors;
}

const span = (a: { startDate: Date; endDate: Date | null }) =>
  `${isoDay(a.startDate)} to ${a.endDate ? isoDay(a.endDate) : 'open-ended'}`;

/** Another assignment of the rep sharing a day with [start, end). */
async function overlapping(tx: Tx, repId: number, start: Date, end: Date | null, exceptId?: number) {
  return tx.compAssignment.findFirst({
    where: {
      repId,
      id: exceptId ? { not: exceptId } : undefined,
      OR: [{ endDate: null }, { endDate: { gt: start } }],
      ...(end ? { startDate: { lt: end } } : {}),
    },
    orderBy: { startDate: 'asc' },
  });
}

function overlapError(other: CompAssignment, field: string): UserErrorList {
  return new UserErrorList([
    userError('CONFLICT', `The rep already has a comp assignment from ${span(other)}; end it before this one starts`, [
      'input',
      field,
    ]),
  ]);
}

export async function createCompAssignment(
  ctx: CompContext,
  input: CreateCompAssignmentInput,
): Promise<{ compAssignmentId: number }> {
  throwIfAny(termErrors(input));
  const { idempotencyKey, ...request } = input;
  return runIdempotent(ctx, 'createCompAssignment', idempotencyKey, jsonInput(request), async (tx) => {
    await lockRepAssignments(tx, input.repId);
    const rep = await tx.rep.findFirst({ where: { id: input.repId }, select: { id: true } });
    if (!rep) throw notFound('The rep', ['input', 'repId']);
    const plan = await tx.compPlan.findFirst({ where: { id: input.compPlanId } });
    if (!plan) throw notFound('The comp plan', ['input', 'compPlanId']);
    if (plan.status !== 'PUBLISHED') {
      throw new UserErrorList([
        userError('CONFLICT', `Comp plan "${plan.name}" is ${plan.status}; only a published plan can be assigned`, [
          'input',
          'compPlanId',
        ]),
      ]);
    }
    if (input.startDate < plan.effectiveStart || (plan.effectiveEnd && input.startDate >= plan.effectiveEnd)) {
      throw new UserErrorList([
        userError(
          'OUT_OF_RANGE',
          `startDate must fall within the plan's effective dates (${span({ startDate: plan.effectiveStart, endDate: plan.effectiveEnd })})`,
          ['input', 'startDate'],
        ),
      ]);
    }
    const other = await overlapping(tx, input.repId, input.startDate, input.endDate ?? null);
    if (other) throw overlapError(other, 'startDate');
    const assignment = await tx.compAssignment.create({
      data: {
        organizationId: ctx.organization.id,
        repId: input.repId,
        compPlanId: input.compPlanId,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        baseSalary: input.baseSalary,
        targetIncentive: input.targetIncentive,
        drawAmount: input.drawAmount ?? null,
        drawRecoverable: input.drawRecoverable ?? false,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'compAssignment.create',
      entityType: 'CompAssignment',
      entityId: assignment.id,
      after: assignment,
    });
    return { compAssignmentId: assignment.id };
  });
}

/**
 * Sets (or moves) the end of an assignment, e.g. when the rep changes plan. Approved runs keep
 * what they paid; later runs use the new dates.
 */
export async function endCompAssignment(
  ctx: CompContext,
  input: { id: number; endDate: Date },
): Promise<{ compAssignmentId: number }> {
  const found = await ctx.prisma.compAssignment.findFirst({ where: { id: input.id } });
  if (!found) throw notFound('The comp assignment', ['input', 'id']);
  return ctx.prisma.$transaction(async (tx) => {
    await lockRepAssignments(tx, found.repId);
    const current = await tx.compAssignment.findFirst({ where: { id: found.id } });
    if (!current) throw notFound('The comp assignment', ['input', 'id']);
    if (input.endDate <= current.startDate) {
      throw new UserErrorList([
        userError('INVALID', 'endDate must be after the assignment starts', ['input', 'endDate']),
      ]);
    }
    const other = await overlapping(tx, current.repId, current.startDate, input.endDate, current.id);
    if (other) throw overlapError(other, 'endDate');
    const updated = await tx.compAssignment.update({ where: { id: current.id }, data: { endDate: input.endDate } });
    await recordAudit(tx, ctx, {
      action: 'compAssignment.end',
      entityType: 'CompAssignment',
      entityId: current.id,
      before: current,
      after: updated,
    });
    return { compAssignmentId: current.id };
  });
}
