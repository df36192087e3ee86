// Adjustments and disputes. An adjustment is an amount with a reason, paid by the next run that is
// computed or recomputed (it then belongs to that run). A dispute is raised on a line of an
// approved or paid run; resolving it may create an adjustment, which a later run pays: approved
// runs are never reopened.
import { recordAudit } from '../shared/audit.js';
import { throwIfAny, UserInputError, userError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Dec } from '../shared/money.js';
import type { Tx } from '../shared/transactions.js';
import { moneyErrors } from './plan-rules.js';
import { type CompContext, jsonInput, notFound } from './service.js';

export const MAX_REASON = 2000;

function textErrors(text: string, field: string[]) {
  const name = field[field.length - 1];
  if (!text.trim()) return [userError('REQUIRED', `${name} is required`, field)];
  if (text.length > MAX_REASON) return [userError('TOO_LONG', `${name} is longer than ${MAX_REASON}`, field)];
  return [];
}

function amountErrors(amount: Dec, field: string[]) {
  if (amount.isZero()) return [userError('OUT_OF_RANGE', 'amount must not be 0', field)];
  return moneyErrors(amount.abs(), field);
}

async function createAdjustment(tx: Tx, ctx: CompContext, repId: number, amount: Dec, reason: string) {
  const adjustment = await tx.payoutAdjustment.create({
    data: {
      organizationId: ctx.organization.id,
      repId,
      amount,
      reason: reason.trim(),
      createdBy: ctx.viewer.principal,
    },
  });
  await recordAudit(tx, ctx, {
    action: 'payoutAdjustment.create',
    entityType: 'PayoutAdjustment',
    entityId: adjustment.id,
    after: adjustment,
  });
  return adjustment;
}

export async function createPayoutAdjustment(
  ctx: CompContext,
  input: { idempotencyKey?: string | null; repId: number; amount: Dec; reason: string },
): Promise<{ payoutAdjustmentId: number }> {
  throwIfAny([...amountErrors(input.amount, ['input', 'amount']), ...textErrors(input.reason, ['input', 'reason'])]);
  const { idempotencyKey, ...request } = input;
  return runIdempotent(ctx, 'createPayoutAdjustment', idempotencyKey, jsonInput(request), async (tx) => {
    const rep = await tx.rep.findFirst({ where: { id: input.repId }, select: { id: true } });
    if (!rep) throw notFound('The rep', ['input', 'repId']);
    const adjustment = await createAdjustment(tx, ctx, rep.id, input.amount, input.reason);
    return { payoutAdjustmentId: adjustment.id };
  });
}

export async function openDispute(
  ctx: CompContext,
  input: { idempotencyKey?: string | null; payoutLineId: number; reason: string },
): Promise<{ disputeId: number }> {
  throwIfAny(textErrors(input.reason, ['input', 'reason']));
  const { idempotencyKey, ...request } = input;
  return runIdempotent(ctx, 'openDispute', idempotencyKey, jsonInput(request), async (tx) => {
    const line = await tx.payoutLine.findFirst({
      where: { id: input.payoutLineId },
      include: { payoutRun: { select: { status: true, periodKey: true } } },
    });
    if (!line) throw notFound('The payout line', ['input', 'payoutLineId']);
    if (line.payoutRun.status === 'DRAFT') {
      throw UserInputError.of([
        userError(
          'CONFLICT',
          `Run ${line.payoutRun.periodKey} is still a draft; dispute a line once the run is approved`,
          ['input', 'payoutLineId'],
        ),
      ]);
    }
    const open = await tx.dispute.findFirst({ where: { payoutLineId: line.id, status: 'OPEN' } });
    if (open) {
      throw UserInputError.of([
        userError('DUPLICATE', `This line already has an open dispute (#${open.id})`, ['input', 'payoutLineId']),
      ]);
    }
    const dispute = await tx.dispute.create({
      data: {
        organizationId: ctx.organization.id,
        repId: line.repId,
        payoutLineId: line.id,
        reason: input.reason.trim(),
      },
    });
    await recordAudit(tx, ctx, { action: 'dispute.open', entityType: 'Dispute', entityId: dispute.id, after: dispute });
    return { disputeId: dispute.id };
  });
}

export interface ResolveDisputeInput {
  id: number;
  /** RESOLVED (accepted, optionally with an adjustment) or REJECTED. */
  status: 'RESOLVED' | 'REJECTED';
  resolution: string;
  /** Paid (or, negative, taken back) by the next run; only with RESOLVED. */
  adjustmentAmount?: Dec | null;
}

export async function resolveDispute(ctx: CompContext, input: ResolveDisputeInput): Promise<{ disputeId: number }> {
  const errors = textErrors(input.resolution, ['input', 'resolution']);
  if (input.adjustmentAmount != null) {
    if (input.status === 'REJECTED') {
      errors.push(userError('INVALID', 'a rejected dispute carries no adjustment', ['input', 'adjustmentAmount']));
    } else errors.push(...amountErrors(input.adjustmentAmount, ['input', 'adjustmentAmount']));
  }
  throwIfAny(errors);
  return ctx.prisma.$transaction(async (tx) => {
    const dispute = await tx.dispute.findFirst({ where: { id: input.id } });
    if (!dispute) throw notFound('The dispute', ['input', 'id']);
    if (dispute.status !== 'OPEN') {
      throw UserInputError.of([
        userError('CONFLICT', `Dispute #${dispute.id} is already ${dispute.status}`, ['input', 'id']),
      ]);
    }
    const adjustment =
      input.adjustmentAmount != null
        ? await createAdjustment(
            tx,
            ctx,
            dispute.repId,
            input.adjustmentAmount,
            `Dispute #${dispute.id}: ${input.resolution.trim()}`,
          )
        : null;
    // Compare-and-set on the status: of two concurrent resolutions, one wins.
    const { count } = await tx.dispute.updateMany({
      where: { id: dispute.id, status: 'OPEN' },
      data: {
        status: input.status,
        resolution: input.resolution.trim(),
        resolvedAt: new Date(),
        adjustmentId: adjustment?.id ?? null,
      },
    });
    if (count === 0) {
      throw UserInputError.of([
        userError('CONFLICT', `Dispute #${dispute.id} was resolved meanwhile`, ['input', 'id']),
      ]);
    }
    await recordAudit(tx, ctx, {
      action: 'dispute.resolve',
      entityType: 'Dispute',
      entityId: dispute.id,
      before: dispute,
      after: await tx.dispute.findFirst({ where: { id: dispute.id } }),
    });
    return { disputeId: dispute.id };
  });
}
