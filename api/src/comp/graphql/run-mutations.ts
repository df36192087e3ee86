// Payout run, adjustment and dispute mutations: thin resolvers over runs.ts and adjustments.ts.
import { builder } from '../../shared/builder.js';
import { parseId } from '../../shared/ids.js';
import {
  expectedVersionDescription,
  idempotencyKeyDescription,
  type MutationPayload,
  mutate,
  userErrorsField,
} from '../../shared/user-errors-schema.js';
import { createPayoutAdjustment, openDispute, resolveDispute } from '../adjustments.js';
import { approvePayoutRun, computePayoutRun, markPayoutRunPaid, recomputePayoutRun } from '../runs.js';
import { DisputeOutcomeEnum } from './enums.js';
import { type Fields, WRITE_COMP, WRITE_DISPUTES } from './payload.js';

const ComputePayoutRunInput = builder.inputType('ComputePayoutRunInput', {
  description: 'The period to pay. A period has at most one run: computing it again returns that run unchanged.',
  fields: (t) => ({
    periodKey: t.string({
      required: true,
      description: 'FY2026, FY2026-Q3 or FY2026-M07; must not overlap another run’s period.',
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const runVersionInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: 'The payout run.' }),
      expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    }),
  });
const RecomputePayoutRunInput = runVersionInput(
  'RecomputePayoutRunInput',
  'A DRAFT run whose lines to compute again from current data.',
);
const ApprovePayoutRunInput = runVersionInput(
  'ApprovePayoutRunInput',
  'A DRAFT run without line errors to approve; it never changes afterwards.',
);
const MarkPayoutRunPaidInput = runVersionInput('MarkPayoutRunPaidInput', 'An APPROVED run that has been paid out.');

interface RunPayloadShape extends MutationPayload {
  payoutRunId?: number;
  created?: boolean;
}

const payoutRunField = (t: Fields<RunPayloadShape>, description: string) =>
  t.prismaField({
    type: 'PayoutRun',
    nullable: true,
    description,
    resolve: (q, p, _args, ctx) =>
      p.payoutRunId == null ? null : ctx.prisma.payoutRun.findUnique({ ...q, where: { id: p.payoutRunId } }),
  });

const ComputePayoutRunPayload = builder.objectRef<RunPayloadShape>('ComputePayoutRunPayload').implement({
  description: 'Result of computePayoutRun.',
  fields: (t) => ({
    payoutRun: payoutRunField(t, 'The period’s run (new, or the existing one); null when the input was refused.'),
    created: t.boolean({
      nullable: true,
      description: 'true when this call created the run; false when the period already had it (nothing was written).',
      resolve: (p) => p.created ?? null,
    }),
    userErrors: userErrorsField(t),
  }),
});

const runPayload = (name: string, description: string) =>
  builder.objectRef<RunPayloadShape>(name).implement({
    description,
    fields: (t) => ({
      payoutRun: payoutRunField(t, 'The run after the change; null when the input was refused.'),
      userErrors: userErrorsField(t),
    }),
  });

const CreatePayoutAdjustmentInput = builder.inputType('CreatePayoutAdjustmentInput', {
  description: 'A correction paid (or, negative, taken back) by the next run computed or recomputed.',
  fields: (t) => ({
    repId: t.id({ required: true, description: 'The rep.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Whole cents, not 0.' }),
    reason: t.string({ required: true, description: 'Why, shown on the statement (at most 2000 characters).' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const AdjustmentPayload = builder
  .objectRef<MutationPayload & { payoutAdjustmentId?: number }>('CreatePayoutAdjustmentPayload')
  .implement({
    description: 'Result of createPayoutAdjustment.',
    fields: (t) => ({
      payoutAdjustment: t.prismaField({
        type: 'PayoutAdjustment',
        nullable: true,
        description: 'The adjustment; null when the input was refused.',
        resolve: (q, p, _args, ctx) =>
          p.payoutAdjustmentId == null
            ? null
            : ctx.prisma.payoutAdjustment.findUnique({ ...q, where: { id: p.payoutAdjustmentId } }),
      }),
      userErrors: userErrorsField(t),
    }),
  });

const OpenDisputeInput = builder.inputType('OpenDisputeInput', {
  description: 'A challenge of a line of an approved or paid run.',
  fields: (t) => ({
    payoutLineId: t.id({ required: true, description: 'The line disputed.' }),
    reason: t.string({ required: true, description: 'What is wrong (at most 2000 characters).' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const ResolveDisputeInput = builder.inputType('ResolveDisputeInput', {
  description: 'Closes an OPEN dispute; an accepted one may carry an adjustment, paid by a later run.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The dispute.' }),
    outcome: t.field({ type: DisputeOutcomeEnum, required: true, description: 'Resolved or rejected.' }),
    resolution: t.string({ required: true, description: 'The answer to the rep (at most 2000 characters).' }),
    adjustmentAmount: t.field({ type: 'Decimal', description: 'RESOLVED only: the correction, whole cents, not 0.' }),
  }),
});

const disputePayload = (name: string, description: string) =>
  builder.objectRef<MutationPayload & { disputeId?: number }>(name).implement({
    description,
    fields: (t) => ({
      dispute: t.prismaField({
        type: 'Dispute',
        nullable: true,
        description: 'The dispute after the change; null when the input was refused.',
        resolve: (q, p, _args, ctx) =>
          p.disputeId == null ? null : ctx.prisma.dispute.findUnique({ ...q, where: { id: p.disputeId } }),
      }),
      userErrors: userErrorsField(t),
    }),
  });

const id = (value: string, type: string, name = 'id') => parseId(value, type, ['input', name]);

builder.mutationFields((t) => ({
  computePayoutRun: t.field({
    type: ComputePayoutRunPayload,
    description: 'Computes a DRAFT payout run for a period (or returns the period’s existing run unchanged).',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: ComputePayoutRunInput, required: true, description: 'The period.' }) },
    resolve: (_root, { input }, ctx) => mutate(() => computePayoutRun(ctx, input)),
  }),
  recomputePayoutRun: t.field({
    type: runPayload('RecomputePayoutRunPayload', 'Result of recomputePayoutRun.'),
    description: 'Rewrites the lines of a DRAFT run from current data, in one transaction.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: RecomputePayoutRunInput, required: true, description: 'The run.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => recomputePayoutRun(ctx, { id: id(input.id, 'PayoutRun'), expectedVersion: input.expectedVersion })),
  }),
  approvePayoutRun: t.field({
    type: runPayload('ApprovePayoutRunPayload', 'Result of approvePayoutRun.'),
    description: 'Approves a DRAFT run without line errors; it never changes afterwards and reps see it.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: ApprovePayoutRunInput, required: true, description: 'The run.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => approvePayoutRun(ctx, { id: id(input.id, 'PayoutRun'), expectedVersion: input.expectedVersion })),
  }),
  markPayoutRunPaid: t.field({
    type: runPayload('MarkPayoutRunPaidPayload', 'Result of markPayoutRunPaid.'),
    description: 'Records that an APPROVED run was paid out.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: MarkPayoutRunPaidInput, required: true, description: 'The run.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => markPayoutRunPaid(ctx, { id: id(input.id, 'PayoutRun'), expectedVersion: input.expectedVersion })),
  }),
  createPayoutAdjustment: t.field({
    type: AdjustmentPayload,
    description: 'Enters a correction with its reason; the next run computed or recomputed pays it.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: CreatePayoutAdjustmentInput, required: true, description: 'The adjustment.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => createPayoutAdjustment(ctx, { ...input, repId: id(input.repId, 'Rep', 'repId') })),
  }),
  openDispute: t.field({
    type: disputePayload('OpenDisputePayload', 'Result of openDispute.'),
    description: 'Disputes a line of an approved or paid run the caller can see.',
    authScopes: { scope: WRITE_DISPUTES },
    args: { input: t.arg({ type: OpenDisputeInput, required: true, description: 'The line and the reason.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => openDispute(ctx, { ...input, payoutLineId: id(input.payoutLineId, 'PayoutLine', 'payoutLineId') })),
  }),
  resolveDispute: t.field({
    type: disputePayload('ResolveDisputePayload', 'Result of resolveDispute.'),
    description: 'Resolves or rejects an open dispute; a correction becomes an adjustment paid by a later run.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: ResolveDisputeInput, required: true, description: 'The decision.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        resolveDispute(ctx, {
          id: id(input.id, 'Dispute'),
          status: input.outcome,
          resolution: input.resolution,
          adjustmentAmount: input.adjustmentAmount,
        }),
      ),
  }),
}));
