// Forecast calls (docs/design.md §7): a rep or manager submits the number they stand behind for a period
// and category. Every submission is kept; the latest per node, period and category is the call.
// Calls are made for COMMIT and BEST_CASE only: Closed is what was won and Pipeline is not a call
// (Salesforce does not let either be adjusted either). A call never changes the rollup of deals.
import type { ForecastCategory, ForecastSubmission } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { type UserErrorShape, UserInputError, userError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Decimal } from '../shared/scalars.js';
import { type ForecastPeriod, forecastPeriod } from './period.js';
import { CALL_CATEGORIES, type CallCategory } from './rollup.js';
import { type ForecastCaller, resolveNode } from './scope.js';

export const MAX_NOTE_LENGTH = 2000;

export interface SubmitForecastInput {
  /** The node whose call this is; default the caller's own node. */
  repId?: number;
  periodKey: string;
  category: ForecastCategory;
  amount: Decimal;
  note?: string | null;
  idempotencyKey?: string | null;
}

export interface SubmitForecastResult {
  submissionId?: number | null;
  userErrors: UserErrorShape[];
}

function isCallCategory(category: ForecastCategory): category is CallCategory {
  return (CALL_CATEGORIES as readonly string[]).includes(category);
}

/** Checks the input against the rules; returns the node and the user errors (nothing is written). */
async function validate(
  caller: ForecastCaller,
  input: SubmitForecastInput,
): Promise<{ ownerId: number | null; errors: UserErrorShape[] }> {
  const errors: UserErrorShape[] = [];
  const field = (name: string) => ['input', name];
  if (!isCallCategory(input.category)) {
    errors.push(
      userError(
        'INVALID',
        `Calls are made for COMMIT or BEST_CASE; ${input.category} is ${input.category === 'CLOSED' ? 'what was won' : 'not a call'} and cannot be adjusted`,
        field('category'),
      ),
    );
  }
  if (input.amount.isNegative()) errors.push(userError('OUT_OF_RANGE', 'amount cannot be negative', field('amount')));
  if (input.amount.decimalPlaces() > 2) {
    errors.push(userError('INVALID', 'amount has at most 2 decimals (cents)', field('amount')));
  }
  if (input.note && input.note.length > MAX_NOTE_LENGTH) {
    errors.push(userError('TOO_LONG', `note is longer than ${MAX_NOTE_LENGTH} characters`, field('note')));
  }
  let period: ForecastPeriod | null = null;
  try {
    period = forecastPeriod(input.periodKey, caller.ctx.organization, caller.now, field('periodKey'));
    if (period.closed) {
      errors.push(
        userError(
          'IMMUTABLE',
          `${period.key} has ended; calls can only be made for current and future periods`,
          field('periodKey'),
        ),
      );
    }
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    errors.push(error.userError);
  }
  if (input.repId === undefined && caller.ctx.viewer.repId === null) {
    errors.push(userError('REQUIRED', 'repId is required when the caller does not act as a rep', field('repId')));
    return { ownerId: null, errors };
  }
  try {
    return { ownerId: await resolveNode(caller, period, input.repId, field('repId'), 'call'), errors };
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    errors.push(error.userError);
    return { ownerId: null, errors };
  }
}

/**
 * Records a call for a node in the caller's part of the hierarchy: their own, or, for a manager
 * (or sales ops), one of the nodes below on their behalf (`submittedBy` says who). Writes the
 * submission and its audit event in one transaction, at most once per idempotency key.
 */
export async function submitForecast(
  caller: ForecastCaller,
  input: SubmitForecastInput,
): Promise<SubmitForecastResult> {
  const { ownerId, errors } = await validate(caller, input);
  if (errors.length > 0 || ownerId === null) return { submissionId: null, userErrors: errors };
  const { ctx } = caller;
  const request = {
    repId: ownerId,
    periodKey: input.periodKey,
    category: input.category,
    amount: input.amount.toFixed(),
    note: input.note ?? null,
  };
  return runIdempotent(ctx, 'submitForecast', input.idempotencyKey, request, async (tx) => {
    const submission = await tx.forecastSubmission.create({
      data: {
        organizationId: ctx.organization.id,
        ownerId,
        periodKey: input.periodKey,
        category: input.category,
        amount: input.amount,
        note: input.note ?? null,
        submittedBy: ctx.viewer.principal,
        submittedAt: caller.now,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'forecastSubmission.create',
      entityType: 'ForecastSubmission',
      entityId: submission.id,
      after: submission,
    });
    return { submissionId: submission.id, userErrors: [] };
  });
}

export interface CallKey {
  ownerId: number;
  periodKey: string;
  category: CallCategory;
}

/** Every call of each (node, period, category), latest first: the history beside the call. */
export async function callHistory(caller: ForecastCaller, keys: readonly CallKey[]): Promise<ForecastSubmission[][]> {
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const rows = await caller.ctx.prisma.forecastSubmission.findMany({
    where: {
      ownerId: { in: distinct(keys.map((k) => k.ownerId)) },
      periodKey: { in: distinct(keys.map((k) => k.periodKey)) },
      category: { in: distinct(keys.map((k) => k.category)) },
    },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
  });
  return keys.map((k) =>
    rows.filter((r) => r.ownerId === k.ownerId && r.periodKey === k.periodKey && r.category === k.category),
  );
}
