// Assignments of comp plans to reps: effective dates, base salary, annual target incentive and an
// optional draw. A rep has at most one assignment on any day, so changing plan mid-year means
// ending one assignment and starting the next; each period then uses the plan in effect on each
// day (prorated by days, see docs/compensation.md).
// - Ending or updating an assignment names the version read (docs/design.md §9) and is serialised per
//   rep; every change writes an audit event with before and after.
// - An assignment never runs past the last day its plan's versions govern: days without a plan
//   would pay a draw with no incentive to settle it against.
// - Terms that pay (target incentive, draw) are frozen once an approved or paid run has paid a day
//   of the assignment: new terms are a new assignment from the first unpaid day.
import type { CompAssignment, CompPlan } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { throwIfAny, type UserErrorShape, UserInputError, userError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import { type Dec, dec } from '../shared/money.js';
import type { Tx } from '../shared/transactions.js';
import { isoDay, planChain } from './periods.js';
import { moneyErrors } from './plan-rules.js';
import { type CompContext, jsonInput, lockPayouts, lockRepAssignments, notFound } from './service.js';

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

/**
 * The end (exclusive) of the days a plan's version line governs: the latest effective end of its
 * published or retired versions (a later version may be given other dates); null = open-ended.
 * Drafts govern no day, so they do not count.
 */
async function planLineEnd(tx: Tx, plan: CompPlan): Promise<Date | null> {
  const versions = await tx.compPlan.findMany({
    where: { status: { not: 'DRAFT' } },
    select: { id: true, previousVersionId: true, status: true, effectiveStart: true, effectiveEnd: true },
  });
  const chain = planChain(new Map(versions.map((v) => [v.id, v])), plan.id);
  let end: Date | null = null;
  for (const v of chain.length ? chain : [plan]) {
    if (v.effectiveEnd === null) return null;
    if (end === null || v.effectiveEnd > end) end = v.effectiveEnd;
  }
  return end;
}

/** Refuses an assignment end (null = open-ended) past the last day the plan governs. */
async function assertWithinPlan(tx: Tx, plan: CompPlan, endDate: Date | null): Promise<void> {
  const planEnd = await planLineEnd(tx, plan);
  if (planEnd === null || (endDate !== null && endDate <= planEnd)) return;
  const what = endDate === null ? 'an open-ended assignment would outlast it' : `endDate ${isoDay(endDate)} is later`;
  throw UserInputError.of([
    userError(
      'OUT_OF_RANGE',
      `Comp plan "${plan.name}" governs until ${isoDay(planEnd)} (exclusive) and ${what}: endDate must be on or before ${isoDay(planEnd)}`,
      ['input', 'endDate'],
    ),
  ]);
}

function staleError(current: CompAssignment, expected: number): UserInputError {
  return UserInputError.of([
    userError(
      'STALE_VERSION',
      `The comp assignment is at version ${current.version}, not ${expected}; reload it and retry`,
      ['input', 'expectedVersion'],
    ),
  ]);
}

/**
 * The assignment, locked against concurrent changes of the rep's assignments and checked against
 * the version the caller read. `expectedVersion` is nullable in the schema only so that operations
 * written before assignments had versions still validate; omitted, the change is refused.
 */
async function assignmentForChange(tx: Tx, id: number, expectedVersion: number | null | undefined) {
  if (expectedVersion == null) {
    throw UserInputError.of([
      userError('REQUIRED', 'expectedVersion is required: the version of the assignment you read', [
        'input',
        'expectedVersion',
      ]),
    ]);
  }
  const found = await tx.compAssignment.findFirst({ where: { id }, select: { repId: true } });
  if (!found) throw notFound('The comp assignment', ['input', 'id']);
  await lockRepAssignments(tx, found.repId);
  const current = await tx.compAssignment.findFirst({ where: { id } });
  if (!current) throw notFound('The comp assignment', ['input', 'id']);
  if (current.version !== expectedVersion) throw staleError(current, expectedVersion);
  return current;
}

function overlapError(other: CompAssignment, field: string): UserInputError {
  return UserInputError.of([
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
      throw UserInputError.of([
        userError('CONFLICT', `Comp plan "${plan.name}" is ${plan.status}; only a published plan can be assigned`, [
          'input',
          'compPlanId',
        ]),
      ]);
    }
    if (input.startDate < plan.effectiveStart || (plan.effectiveEnd && input.startDate >= plan.effectiveEnd)) {
      throw UserInputError.of([
        userError(
          'OUT_OF_RANGE',
          `startDate must fall within the plan's effective dates (${span({ startDate: plan.effectiveStart, endDate: plan.effectiveEnd })})`,
          ['input', 'startDate'],
        ),
      ]);
    }
    await assertWithinPlan(tx, plan, input.endDate ?? null);
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
  input: { id: number; endDate: Date; expectedVersion?: number | null },
): Promise<{ compAssignmentId: number }> {
  return ctx.prisma.$transaction(async (tx) => {
    const current = await assignmentForChange(tx, input.id, input.expectedVersion);
    if (input.endDate <= current.startDate) {
      throw UserInputError.of([
        userError('INVALID', 'endDate must be after the assignment starts', ['input', 'endDate']),
      ]);
    }
    const plan = await tx.compPlan.findFirst({ where: { id: current.compPlanId } });
    if (!plan) throw notFound('The comp plan', ['input', 'id']);
    await assertWithinPlan(tx, plan, input.endDate);
    const other = await overlapping(tx, current.repId, current.startDate, input.endDate, current.id);
    if (other) throw overlapError(other, 'endDate');
    const updated = await tx.compAssignment.update({
      where: { id: current.id },
      data: { endDate: input.endDate, version: { increment: 1 } },
    });
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

export interface UpdateCompAssignmentInput {
  id: number;
  /** The version read; see assignmentForChange. */
  expectedVersion?: number | null;
  /** Absent: unchanged (likewise below). */
  baseSalary?: Dec | null;
  targetIncentive?: Dec | null;
  /** null: no draw from now on. */
  drawAmount?: Dec | null;
  drawRecoverable?: boolean | null;
}

function updateErrors(input: UpdateCompAssignmentInput): UserErrorShape[] {
  const f = (name: string) => ['input', name];
  const errors: UserErrorShape[] = [];
  for (const name of ['baseSalary', 'targetIncentive', 'drawRecoverable'] as const) {
    if (input[name] === null) errors.push(userError('INVALID', `${name} cannot be null; omit it to keep it`, f(name)));
  }
  if (
    [input.baseSalary, input.targetIncentive, input.drawAmount, input.drawRecoverable].every((v) => v === undefined)
  ) {
    errors.push(
      userError('INVALID', 'nothing to change: give baseSalary, targetIncentive, drawAmount or drawRecoverable', [
        'input',
      ]),
    );
  }
  errors.push(
    ...moneyErrors(input.baseSalary, f('baseSalary')),
    ...moneyErrors(input.targetIncentive, f('targetIncentive')),
    ...moneyErrors(input.drawAmount, f('drawAmount'), { positive: true }),
  );
  return errors;
}

const sameMoney = (a: Dec | null, b: Dec | null) => (a === null || b === null ? a === b : dec(a).equals(b));

/**
 * Changes an assignment's base salary, target incentive or draw, at the version read. Base salary
 * is not paid by payout runs, so it may change at any time. Target incentive and draw shape what
 * runs pay, and approved pay never changes: once an APPROVED or PAID run covers a day of the
 * assignment they are refused, and the change is made by ending the assignment after the last paid
 * period and creating a new one with the new terms.
 */
export async function updateCompAssignment(
  ctx: CompContext,
  input: UpdateCompAssignmentInput,
): Promise<{ compAssignmentId: number }> {
  throwIfAny(updateErrors(input));
  return ctx.prisma.$transaction(async (tx) => {
    const current = await assignmentForChange(tx, input.id, input.expectedVersion);
    const drawAmount =
      input.drawAmount === undefined ? current.drawAmount && dec(current.drawAmount) : input.drawAmount;
    // Without a draw there is nothing to recover.
    const drawRecoverable = input.drawRecoverable ?? (drawAmount === null ? false : current.drawRecoverable);
    if (drawRecoverable && drawAmount === null) {
      throw UserInputError.of([
        userError('INVALID', 'a recoverable draw needs drawAmount', ['input', 'drawRecoverable']),
      ]);
    }
    const next = {
      baseSalary: input.baseSalary ?? dec(current.baseSalary),
      targetIncentive: input.targetIncentive ?? dec(current.targetIncentive),
      drawAmount,
      drawRecoverable,
    };
    const paying: string[] = [];
    if (!sameMoney(current.targetIncentive, next.targetIncentive)) paying.push('targetIncentive');
    if (!sameMoney(current.drawAmount, next.drawAmount)) paying.push('drawAmount');
    if (current.drawRecoverable !== next.drawRecoverable) paying.push('drawRecoverable');
    if (paying.length) {
      // Under the payout lock, so no run can be approved on the old terms while this commits.
      await lockPayouts(tx, ctx.organization.id);
      const paid = await tx.payoutRun.findFirst({
        where: {
          status: { in: ['APPROVED', 'PAID'] },
          periodEnd: { gt: current.startDate },
          ...(current.endDate ? { periodStart: { lt: current.endDate } } : {}),
        },
        orderBy: { periodEnd: 'desc' },
      });
      if (paid) {
        throw UserInputError.of(
          paying.map((name) =>
            userError(
              'IMMUTABLE',
              `Payout run ${paid.periodKey} (${paid.status}) paid days of this assignment on its current terms, and approved pay never changes: to change ${name}, end the assignment on ${isoDay(paid.periodEnd)} or later and create a new one with the new terms`,
              ['input', name],
            ),
          ),
        );
      }
    }
    const updated = await tx.compAssignment.update({
      where: { id: current.id },
      data: { ...next, version: { increment: 1 } },
    });
    await recordAudit(tx, ctx, {
      action: 'compAssignment.update',
      entityType: 'CompAssignment',
      entityId: current.id,
      before: current,
      after: updated,
    });
    return { compAssignmentId: current.id };
  });
}
