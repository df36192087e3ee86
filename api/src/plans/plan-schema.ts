// Sales plan mutations (create, update, clone, activate, archive) and scenario comparison.
import { builder } from '../shared/builder.js';
import { parseId } from '../shared/ids.js';
import { type Decimal, MONEY } from '../shared/scalars.js';
import {
  expectedVersionDescription,
  idempotencyKeyDescription,
  mutate,
  userErrorsField,
} from '../shared/user-errors-schema.js';
import { BalanceSpreadRef, TerritoryBalanceRowRef } from './balance-schema.js';
import { type Comparison, compareSalesPlans, type PlanDelta, type PlanSummary } from './compare.js';
import { type PayloadShape, READ_SCOPE, salesPlanField, WRITE_SCOPE } from './payload.js';
import {
  activateSalesPlan,
  archiveSalesPlan,
  type CloneCounts,
  cloneSalesPlan,
  createSalesPlan,
  updateSalesPlan,
} from './plans.js';

const CreateSalesPlanInput = builder.inputType('CreateSalesPlanInput', {
  description: 'A new DRAFT plan.',
  fields: (t) => ({
    fiscalYear: t.int({ required: true, description: 'Fiscal year, named by the calendar year in which it ends.' }),
    name: t.string({ required: true, description: 'Plan name, at most 200 characters.' }),
    targetAmount: t.field({ type: 'Decimal', description: 'Bookings target for the year, whole cents.' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const UpdateSalesPlanInput = builder.inputType('UpdateSalesPlanInput', {
  description: 'Changes to a DRAFT or ACTIVE plan; absent fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The plan.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    name: t.string({ description: 'New name.' }),
    targetAmount: t.field({ type: 'Decimal', description: 'New bookings target; null clears it.' }),
  }),
});

const CloneSalesPlanInput = builder.inputType('CloneSalesPlanInput', {
  description: 'A scenario copied from a plan.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The plan to copy (any status).' }),
    name: t.string({ required: true, description: 'Name of the new scenario.' }),
    idempotencyKey: t.string({ description: idempotencyKeyDescription }),
  }),
});

const PlanVersionInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: 'The plan.' }),
      expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    }),
  });
const ActivateSalesPlanInput = PlanVersionInput(
  'ActivateSalesPlanInput',
  'A DRAFT plan to put in force; refused while another plan of its fiscal year is ACTIVE.',
);
const ArchiveSalesPlanInput = PlanVersionInput('ArchiveSalesPlanInput', 'A DRAFT or ACTIVE plan to retire.');

const planPayload = (name: string, description: string) =>
  builder.objectRef<PayloadShape>(name).implement({
    description,
    fields: (t) => ({
      salesPlan: salesPlanField(t, 'The plan after the change; null when the input was refused.'),
      userErrors: userErrorsField(t),
    }),
  });

const CloneCountsRef = builder.objectRef<CloneCounts>('SalesPlanCloneCounts').implement({
  description: 'What a clone copied.',
  fields: (t) => ({
    territories: t.exposeInt('territories', { description: 'Territories, with their hierarchy.' }),
    rules: t.exposeInt('rules', { description: 'Territory rules.' }),
    assignments: t.exposeInt('assignments', { description: 'Rep assignments to territories.' }),
    quotas: t.exposeInt('quotas', { description: 'Quotas.' }),
    capacityLines: t.exposeInt('capacityLines', { description: 'Capacity lines.' }),
  }),
});

const ClonePayload = builder.objectRef<PayloadShape & { copied?: CloneCounts }>('CloneSalesPlanPayload').implement({
  description: 'Result of cloneSalesPlan.',
  fields: (t) => ({
    salesPlan: salesPlanField(t, 'The new DRAFT scenario; null when the input was refused.'),
    copied: t.field({
      type: CloneCountsRef,
      nullable: true,
      description: 'What was copied.',
      resolve: (p) => p.copied ?? null,
    }),
    userErrors: userErrorsField(t),
  }),
});

builder.mutationFields((t) => ({
  createSalesPlan: t.field({
    type: planPayload('CreateSalesPlanPayload', 'Result of createSalesPlan.'),
    description: 'Creates a DRAFT sales plan for a fiscal year.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: CreateSalesPlanInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => createSalesPlan(ctx, { ...input, targetAmount: input.targetAmount as Decimal | null | undefined })),
  }),
  updateSalesPlan: t.field({
    type: planPayload('UpdateSalesPlanPayload', 'Result of updateSalesPlan.'),
    description: 'Renames a plan or changes its target, at the version the caller read.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: UpdateSalesPlanInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        updateSalesPlan(ctx, {
          ...input,
          id: parseId(input.id, 'SalesPlan', ['input', 'id']),
          targetAmount: input.targetAmount as Decimal | null | undefined,
        }),
      ),
  }),
  cloneSalesPlan: t.field({
    type: ClonePayload,
    description:
      "Copies a plan into a new DRAFT scenario of the same fiscal year: territories, rules, rep assignments, quotas and capacity lines. Each copied territory holds the accounts placed in the territory it was copied from, so the scenario starts with its source's placements.",
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: CloneSalesPlanInput, required: true, description: 'The source and the new name.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => cloneSalesPlan(ctx, { ...input, id: parseId(input.id, 'SalesPlan', ['input', 'id']) })),
  }),
  activateSalesPlan: t.field({
    type: planPayload('ActivateSalesPlanPayload', 'Result of activateSalesPlan.'),
    description:
      "Puts a DRAFT plan in force. A fiscal year has at most one ACTIVE plan: archive the current one first, or this is refused with CONFLICT. A cloned plan's placements become live: accounts in a territory it was cloned from move to its copy.",
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: ActivateSalesPlanInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => activateSalesPlan(ctx, { ...input, id: parseId(input.id, 'SalesPlan', ['input', 'id']) })),
  }),
  archiveSalesPlan: t.field({
    type: planPayload('ArchiveSalesPlanPayload', 'Result of archiveSalesPlan.'),
    description: 'Retires a plan; an archived plan is read-only (clone it to work on it again).',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: ArchiveSalesPlanInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => archiveSalesPlan(ctx, { ...input, id: parseId(input.id, 'SalesPlan', ['input', 'id']) })),
  }),
}));

// ---------------------------------------------------------------- comparison

const PlanSummaryRef = builder.objectRef<PlanSummary>('SalesPlanSummary').implement({
  description: 'The headline numbers of one plan.',
  fields: (t) => ({
    salesPlan: t.prismaField({
      type: 'SalesPlan',
      description: 'The plan.',
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.salesPlan.findUniqueOrThrow({ ...query, where: { id: s.salesPlanId } }),
    }),
    targetAmount: t.expose('targetAmount', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Bookings target.',
    }),
    plannedHeadcount: t.exposeInt('plannedHeadcount', { description: 'Sum of the capacity lines’ headcount.' }),
    primaryRepCount: t.exposeInt('primaryRepCount', {
      description: 'Distinct reps with a PRIMARY territory assignment during the fiscal year.',
    }),
    productiveCapacity: t.expose('productiveCapacity', {
      type: 'Decimal',
      ...MONEY,
      description: 'Productive capacity of the year (see SalesPlan.capacity).',
    }),
    quotaTotal: t.expose('quotaTotal', {
      type: 'Decimal',
      ...MONEY,
      description:
        'Sum of the individual fiscal-year quotas (rolled up from quarters and months where only those are set); team quotas (MANAGER, EXECUTIVE) and overlay quotas (SE) are left out, so each dollar of quota counts once.',
    }),
    territoryCount: t.exposeInt('territoryCount', { description: 'Territories.' }),
    unassignedAccountCount: t.exposeInt('unassignedAccountCount', {
      description: 'Accounts in no territory of the plan.',
    }),
    spread: t.field({ type: BalanceSpreadRef, description: 'Territory imbalance.', resolve: (s) => s.spread }),
  }),
});

const PlanDeltaRef = builder.objectRef<PlanDelta>('SalesPlanDelta').implement({
  description: 'Scenario minus base.',
  fields: (t) => ({
    targetAmount: t.expose('targetAmount', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Target difference.',
    }),
    plannedHeadcount: t.exposeInt('plannedHeadcount', { description: 'Planned headcount difference.' }),
    primaryRepCount: t.exposeInt('primaryRepCount', { description: 'PRIMARY rep count difference.' }),
    productiveCapacity: t.expose('productiveCapacity', {
      type: 'Decimal',
      ...MONEY,
      description: 'Capacity difference.',
    }),
    quotaTotal: t.expose('quotaTotal', { type: 'Decimal', ...MONEY, description: 'Quota total difference.' }),
    territoryCount: t.exposeInt('territoryCount', { description: 'Territory count difference.' }),
    unassignedAccountCount: t.exposeInt('unassignedAccountCount', { description: 'Unassigned accounts difference.' }),
    arrSpread: t.expose('arrSpread', {
      type: 'Decimal',
      nullable: true,
      description: 'ARR spread difference (negative = the scenario is more even).',
    }),
    accountSpread: t.expose('accountSpread', {
      type: 'Decimal',
      nullable: true,
      description: 'Account-count spread difference (negative = the scenario is more even).',
    }),
    whitespaceSpread: t.expose('whitespaceSpread', {
      type: 'Decimal',
      nullable: true,
      description: 'Whitespace-value spread difference (negative = the scenario is more even).',
    }),
  }),
});

const TerritoryComparisonRef = builder.objectRef<Comparison['territories'][number]>('TerritoryComparison').implement({
  description: 'A territory name in either plan, with its balance in each.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Territory name.' }),
    base: t.field({
      type: TerritoryBalanceRowRef,
      nullable: true,
      description: 'In the base plan; null when it has no territory of that name.',
      resolve: (c) => c.base,
    }),
    scenario: t.field({
      type: TerritoryBalanceRowRef,
      nullable: true,
      description: 'In the scenario; null when it has no territory of that name.',
      resolve: (c) => c.scenario,
    }),
  }),
});

const ComparisonRef = builder.objectRef<Comparison>('SalesPlanComparison').implement({
  description: 'Two plans side by side: headcount, capacity, quota total and territory balance.',
  fields: (t) => ({
    base: t.field({ type: PlanSummaryRef, description: 'The base plan.', resolve: (c) => c.base }),
    scenario: t.field({ type: PlanSummaryRef, description: 'The scenario.', resolve: (c) => c.scenario }),
    delta: t.field({ type: PlanDeltaRef, description: 'Scenario minus base.', resolve: (c) => c.delta }),
    territories: t.field({
      type: [TerritoryComparisonRef],
      description: 'Territories matched by name, by name.',
      resolve: (c) => c.territories,
    }),
  }),
});

builder.queryField('compareSalesPlans', (t) =>
  t.field({
    type: ComparisonRef,
    description: 'Compares two plans or scenarios (of any fiscal years).',
    authScopes: { scope: READ_SCOPE },
    args: {
      baseId: t.arg.id({ required: true, description: 'The plan to compare against.' }),
      scenarioId: t.arg.id({ required: true, description: 'The plan compared.' }),
    },
    resolve: (_root, args, ctx) =>
      compareSalesPlans(
        ctx,
        parseId(args.baseId, 'SalesPlan', ['baseId']),
        parseId(args.scenarioId, 'SalesPlan', ['scenarioId']),
      ),
  }),
);
