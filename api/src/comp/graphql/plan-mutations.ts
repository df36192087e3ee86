// Comp plan and assignment mutations: thin resolvers that parse IDs and call the services.

import { OpportunityTypeEnum } from '../../pipeline/schema.js';
import { builder } from '../../shared/builder.js';
import { parseId } from '../../shared/ids.js';
import {
  expectedVersionDescription,
  idempotencyKeyDescription,
  type MutationPayload,
  mutate,
  userErrorsField,
} from '../../shared/user-errors-schema.js';
import { createCompAssignment, endCompAssignment, updateCompAssignment } from '../assignments.js';
import type { ComponentInput } from '../plan-rules.js';
import { createCompPlan, createCompPlanVersion, publishCompPlan, retireCompPlan, updateCompPlan } from '../plans.js';
import { CompComponentKindEnum, CompPeriodEnum } from './enums.js';
import { WRITE_COMP } from './payload.js';

const CompTierInput = builder.inputType('CompTierInput', {
  description:
    'One row of a rate table. Tiers must be contiguous and must not overlap; only the last may be open-ended.',
  fields: (t) => ({
    fromAttainment: t.field({
      type: 'Decimal',
      required: true,
      description: 'Start, a fraction of quota (1.0 = 100%), inclusive; 0 or more.',
    }),
    toAttainment: t.field({ type: 'Decimal', description: 'End, exclusive; omit for no upper bound.' }),
    rate: t.field({ type: 'Decimal', required: true, description: 'Rate, 0 or more, at most 6 decimal places.' }),
  }),
});

const CompComponentInput = builder.inputType('CompComponentInput', {
  description:
    'A component of a plan. COMMISSION and BONUS need tiers; BONUS needs targetShare; SPIFF needs spiffAmount and no tiers.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name, unique in the plan, at most 200 characters.' }),
    kind: t.field({ type: CompComponentKindEnum, required: true, description: 'Commission, bonus or SPIFF.' }),
    period: t.field({ type: CompPeriodEnum, required: true, description: 'The period measured and paid.' }),
    opportunityTypes: t.field({
      type: [OpportunityTypeEnum],
      description: 'Only deals of these types count; empty or omitted = all.',
    }),
    productFamilies: t.stringList({
      description: 'Only line items of these product families count; omitted = the whole deal.',
    }),
    retroactive: t.boolean({
      description: 'true: the reached tier rate applies to all credit; default false (marginal).',
    }),
    capAmount: t.field({ type: 'Decimal', description: 'Most it pays per period, whole cents, above 0.' }),
    targetShare: t.field({
      type: 'Decimal',
      description: 'BONUS: share of the annual target incentive, above 0 and at most 1.',
    }),
    spiffAmount: t.field({ type: 'Decimal', description: 'SPIFF: amount per qualifying deal, whole cents, above 0.' }),
    tiers: t.field({ type: [CompTierInput], description: 'The rate table (any order; stored ascending).' }),
  }),
});

type ComponentArg = typeof CompComponentInput.$inferInput;

function components(list: ComponentArg[]): ComponentInput[] {
  return list.map((c) => ({
    ...c,
    tiers: c.tiers?.map((tier) => ({ ...tier, toAttainment: tier.toAttainment ?? null })),
  }));
}

const CreateCompPlanInput = builder.inputType('CreateCompPlanInput', {
  description: 'A new DRAFT comp plan.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Plan name, at most 200 characters.' }),
    effectiveStart: t.field({ type: 'Date', required: true, description: 'First day it governs.' }),
    effectiveEnd: t.field({ type: 'Date', description: 'Day after the last it governs; omit for open-ended.' }),
    clawbackWindowDays: t.int({
      description: 'Days after a win in which a reversal claws back its commission (default 90, 0 to 3650).',
    }),
    components: t.field({ type: [CompComponentInput], required: true, description: 'At least one component.' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const UpdateCompPlanInput = builder.inputType('UpdateCompPlanInput', {
  description: 'Changes to a DRAFT plan; absent fields stay as they are. Published versions never change.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The draft plan.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    name: t.string({ description: 'New name.' }),
    effectiveStart: t.field({ type: 'Date', description: 'New first day.' }),
    effectiveEnd: t.field({ type: 'Date', description: 'New end (exclusive); null makes it open-ended.' }),
    clawbackWindowDays: t.int({ description: 'New clawback window in days.' }),
    components: t.field({ type: [CompComponentInput], description: 'Replaces every component when given.' }),
  }),
});

const versionInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: 'The plan version.' }),
      expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    }),
  });
const PublishCompPlanInput = versionInput(
  'PublishCompPlanInput',
  'A DRAFT plan to put in force for its effective dates.',
);
const RetireCompPlanInput = versionInput('RetireCompPlanInput', 'A PUBLISHED plan to withdraw from new assignments.');

const CreateCompPlanVersionInput = builder.inputType('CreateCompPlanVersionInput', {
  description: 'The next version of a published plan: a DRAFT copy to edit and publish.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The published version to copy (the newest of its line).' }),
    effectiveStart: t.field({
      type: 'Date',
      description: 'When the new version takes effect (within the copied version’s dates); default: the same start.',
    }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

interface PlanPayloadShape extends MutationPayload {
  compPlanId?: number;
}

const planPayload = (name: string, description: string) =>
  builder.objectRef<PlanPayloadShape>(name).implement({
    description,
    fields: (t) => ({
      compPlan: t.prismaField({
        type: 'CompPlan',
        nullable: true,
        description: 'The plan version after the change; null when the input was refused.',
        resolve: (q, p, _args, ctx) =>
          p.compPlanId == null ? null : ctx.prisma.compPlan.findUnique({ ...q, where: { id: p.compPlanId } }),
      }),
      userErrors: userErrorsField(t),
    }),
  });

const CreateCompAssignmentInput = builder.inputType('CreateCompAssignmentInput', {
  description:
    'Assigns a published plan to a rep from a day; refused when it shares a day with another of the rep’s assignments.',
  fields: (t) => ({
    repId: t.id({ required: true, description: 'The rep.' }),
    compPlanId: t.id({
      required: true,
      description: 'A PUBLISHED plan version whose effective dates contain startDate.',
    }),
    startDate: t.field({ type: 'Date', required: true, description: 'First day (inclusive).' }),
    endDate: t.field({ type: 'Date', description: 'End (exclusive); omit for open-ended.' }),
    baseSalary: t.field({ type: 'Decimal', required: true, description: 'Annual base salary, whole cents.' }),
    targetIncentive: t.field({
      type: 'Decimal',
      required: true,
      description: 'Annual on-target incentive, whole cents.',
    }),
    drawAmount: t.field({
      type: 'Decimal',
      description: 'Guaranteed incentive per payout run period; omit for no draw.',
    }),
    drawRecoverable: t.boolean({ description: 'true: draw top-ups are repaid from later earnings above the draw.' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const assignmentVersionDescription = `${expectedVersionDescription} Required: nullable only so that operations written before assignments had versions still validate; omitted, the change is refused with REQUIRED.`;

const EndCompAssignmentInput = builder.inputType('EndCompAssignmentInput', {
  description: 'Sets the end of an assignment, e.g. before the rep starts on another plan.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The assignment.' }),
    endDate: t.field({
      type: 'Date',
      required: true,
      description: 'New end (exclusive), after its start and no later than the end of the days its plan governs.',
    }),
    expectedVersion: t.int({ description: assignmentVersionDescription }),
  }),
});

const UpdateCompAssignmentInput = builder.inputType('UpdateCompAssignmentInput', {
  description:
    'Changes the terms of an assignment; absent fields stay as they are. Target incentive and draw cannot change once an APPROVED or PAID run has paid a day of the assignment (end it and start a new one instead).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The assignment.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    baseSalary: t.field({ type: 'Decimal', description: 'New annual base salary, whole cents (not paid by runs).' }),
    targetIncentive: t.field({ type: 'Decimal', description: 'New annual on-target incentive, whole cents.' }),
    drawAmount: t.field({
      type: 'Decimal',
      description: 'New guaranteed incentive per payout run period, above 0; null removes the draw.',
    }),
    drawRecoverable: t.boolean({ description: 'true: draw top-ups are repaid from later earnings above the draw.' }),
  }),
});

interface AssignmentPayloadShape extends MutationPayload {
  compAssignmentId?: number;
}

const assignmentPayload = (name: string, description: string) =>
  builder.objectRef<AssignmentPayloadShape>(name).implement({
    description,
    fields: (t) => ({
      compAssignment: t.prismaField({
        type: 'CompAssignment',
        nullable: true,
        description: 'The assignment after the change; null when the input was refused.',
        resolve: (q, p, _args, ctx) =>
          p.compAssignmentId == null
            ? null
            : ctx.prisma.compAssignment.findUnique({ ...q, where: { id: p.compAssignmentId } }),
      }),
      userErrors: userErrorsField(t),
    }),
  });

const id = (value: string, type: string, name = 'id') => parseId(value, type, ['input', name]);

builder.mutationFields((t) => ({
  createCompPlan: t.field({
    type: planPayload('CreateCompPlanPayload', 'Result of createCompPlan.'),
    description: 'Creates a DRAFT comp plan with its components and rate tables.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: CreateCompPlanInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => createCompPlan(ctx, { ...input, components: components(input.components) })),
  }),
  updateCompPlan: t.field({
    type: planPayload('UpdateCompPlanPayload', 'Result of updateCompPlan.'),
    description: 'Edits a DRAFT plan at the version the caller read.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: UpdateCompPlanInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        updateCompPlan(ctx, {
          ...input,
          id: id(input.id, 'CompPlan'),
          components: input.components ? components(input.components) : undefined,
        }),
      ),
  }),
  publishCompPlan: t.field({
    type: planPayload('PublishCompPlanPayload', 'Result of publishCompPlan.'),
    description: 'Publishes a DRAFT plan: from now on it never changes.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: PublishCompPlanInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => publishCompPlan(ctx, { id: id(input.id, 'CompPlan'), expectedVersion: input.expectedVersion })),
  }),
  retireCompPlan: t.field({
    type: planPayload('RetireCompPlanPayload', 'Result of retireCompPlan.'),
    description: 'Retires a PUBLISHED plan: it can no longer be assigned or versioned.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: RetireCompPlanInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => retireCompPlan(ctx, { id: id(input.id, 'CompPlan'), expectedVersion: input.expectedVersion })),
  }),
  createCompPlanVersion: t.field({
    type: planPayload('CreateCompPlanVersionPayload', 'Result of createCompPlanVersion.'),
    description: 'Creates the next version of a published plan as a DRAFT copy (how a published plan is edited).',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: CreateCompPlanVersionInput, required: true, description: 'The version to copy.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => createCompPlanVersion(ctx, { ...input, id: id(input.id, 'CompPlan') })),
  }),
  createCompAssignment: t.field({
    type: assignmentPayload('CreateCompAssignmentPayload', 'Result of createCompAssignment.'),
    description: 'Assigns a published comp plan to a rep for a span of days.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: CreateCompAssignmentInput, required: true, description: 'The assignment.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        createCompAssignment(ctx, {
          ...input,
          repId: id(input.repId, 'Rep', 'repId'),
          compPlanId: id(input.compPlanId, 'CompPlan', 'compPlanId'),
        }),
      ),
  }),
  endCompAssignment: t.field({
    type: assignmentPayload('EndCompAssignmentPayload', 'Result of endCompAssignment.'),
    description: 'Ends an assignment on a day (exclusive).',
    authScopes: { scope: WRITE_COMP },
    args: {
      input: t.arg({ type: EndCompAssignmentInput, required: true, description: 'The assignment and its end.' }),
    },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        endCompAssignment(ctx, {
          id: id(input.id, 'CompAssignment'),
          endDate: input.endDate,
          expectedVersion: input.expectedVersion,
        }),
      ),
  }),
  updateCompAssignment: t.field({
    type: assignmentPayload('UpdateCompAssignmentPayload', 'Result of updateCompAssignment.'),
    description: 'Changes the base salary, target incentive or draw of an assignment at the version the caller read.',
    authScopes: { scope: WRITE_COMP },
    args: { input: t.arg({ type: UpdateCompAssignmentInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => updateCompAssignment(ctx, { ...input, id: id(input.id, 'CompAssignment') })),
  }),
}));
