// Quotas in the graph: bulk set, top-down allocation (preview and write), roll-ups and the check
// against the plan target.
import type { Rep, Territory } from '../generated/prisma/client.js';
import { builder, describedEnum } from '../shared/builder.js';
import { parseId } from '../shared/ids.js';
import { type Decimal, MONEY } from '../shared/scalars.js';
import { expectedVersionDescription, mutate, userErrorsField } from '../shared/user-errors-schema.js';
import { allocateQuotas } from './allocate-quotas.js';
import { type Allocation, type AllocationInput, type AllocationUnit, computeAllocation } from './allocation.js';
import { loadRow } from './loaders.js';
import { type PayloadShape, salesPlanField, WRITE_SCOPE } from './payload.js';
import {
  individualTotal,
  MAX_QUOTA_ROWS,
  planPeriod,
  type QuotaCheck,
  type QuotaMismatch,
  quotaCheck,
  quotasForPeriod,
  type RepQuota,
  setQuotas,
  type TeamOverassignment,
} from './quotas.js';
import { fail } from './service.js';
import type { WeightBasis } from './weights.js';

const repField = <S extends { repId: number }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, S>,
  description = 'The rep.',
) =>
  t.prismaField({
    type: 'Rep',
    description,
    resolve: async (query, row, _args, ctx) => (await loadRow<Rep>(ctx, 'rep', query, row.repId)) as Rep,
  });
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// ---------------------------------------------------------------- bulk set

const QuotaRowInput = builder.inputType('QuotaRowInput', {
  description: "One rep's quota for one period.",
  fields: (t) => ({
    repId: t.id({ required: true, description: 'The rep.' }),
    periodKey: t.string({ required: true, description: "FY2027, FY2027-Q3 or FY2027-M07, in the plan's fiscal year." }),
    amount: t.field({ type: 'Decimal', description: 'Bookings target in whole cents; null removes the quota.' }),
  }),
});

const SetQuotasInput = builder.inputType('SetQuotasInput', {
  description: 'Quotas to create, replace or remove in a plan.',
  fields: (t) => ({
    salesPlanId: t.id({ required: true, description: 'The plan.' }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    quotas: t.field({
      type: [QuotaRowInput],
      required: true,
      description: `At most ${MAX_QUOTA_ROWS} rows, each rep and period once.`,
    }),
  }),
});

const SetQuotasPayload = builder
  .objectRef<PayloadShape & { writtenCount?: number; removedCount?: number }>('SetQuotasPayload')
  .implement({
    description: 'Result of setQuotas.',
    fields: (t) => ({
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      writtenCount: t.int({
        nullable: true,
        description: 'Quotas created or replaced.',
        resolve: (p) => p.writtenCount ?? null,
      }),
      removedCount: t.int({ nullable: true, description: 'Quotas removed.', resolve: (p) => p.removedCount ?? null }),
      userErrors: userErrorsField(t),
    }),
  });

// ---------------------------------------------------------------- allocation

const AllocationUnitEnum = describedEnum<AllocationUnit>('QuotaAllocationUnit', 'What a target is split over.', {
  REPS: "Reps directly, by weight x ramp factor (a ramping rep's discount goes to the others).",
  TERRITORIES:
    "Territories by weight; each territory's share then goes to its PRIMARY reps by ramp-adjusted months of coverage.",
});

const WeightEnum = describedEnum<WeightBasis>('QuotaAllocationWeight', 'What the shares are proportional to.', {
  EQUAL: 'The same for each.',
  LAST_YEAR_BOOKINGS:
    "Bookings of the fiscal year before the plan's: a rep's credited bookings, a territory's won amount on its accounts.",
  ACCOUNT_POTENTIAL:
    "Annual revenue of the accounts held (a territory's, or a rep's PRIMARY territories'), the customers' size as the proxy for what they can buy.",
});

const allocationFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  salesPlanId: t.id({ required: true, description: 'The plan.' }),
  periodKey: t.string({ description: "The period the quotas are for (default the plan's fiscal year)." }),
  target: t.field({
    type: 'Decimal',
    description: "Amount to allocate, whole cents (default: the plan's target, when allocating the year).",
  }),
  over: t.field({ type: AllocationUnitEnum, required: true, description: 'Split over reps or territories.' }),
  weight: t.field({ type: WeightEnum, required: true, description: 'What the shares are proportional to.' }),
  rampDiscount: t.boolean({
    defaultValue: true,
    description: 'Discount ramping new hires (month k of a ramp of R months counts k/R); default true.',
  }),
  repIds: t.idList({
    description:
      'REPS: these reps (default every individual quota carrier of the period: AE, AM and SDR reps employed during it and any other PRIMARY assignment holder, team and overlay roles left out). Name only SE reps to allocate overlay quotas, with their own target.',
  }),
  territoryIds: t.idList({
    description:
      "TERRITORIES: these territories alone (default the plan's leaf territories, and each carrier without a PRIMARY assignment as a unit of its own).",
  }),
});

const QuotaAllocationInput = builder.inputType('QuotaAllocationInput', {
  description: 'How to split a target into quotas.',
  fields: (t) => allocationFields(t),
});

const AllocateQuotasInput = builder.inputType('AllocateQuotasInput', {
  description: "How to split a target into quotas, written as the reps' quotas for the period.",
  fields: (t) => ({
    ...allocationFields(t),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
  }),
});

function parseAllocation(input: typeof QuotaAllocationInput.$inferInput): AllocationInput & { salesPlanId: number } {
  return {
    salesPlanId: parseId(input.salesPlanId, 'SalesPlan', ['input', 'salesPlanId']),
    periodKey: input.periodKey,
    target: input.target as Decimal | null | undefined,
    over: input.over,
    weight: input.weight,
    rampDiscount: input.rampDiscount ?? true,
    repIds: input.repIds?.map((id, i) => parseId(id, 'Rep', ['input', 'repIds', i])),
    territoryIds: input.territoryIds?.map((id, i) => parseId(id, 'Territory', ['input', 'territoryIds', i])),
  };
}

const AllocationLineRef = builder.objectRef<Allocation['lines'][number]>('QuotaAllocationLine').implement({
  description: "One rep's share (per territory, when allocating over territories).",
  fields: (t) => ({
    rep: repField(t),
    territory: t.prismaField({
      type: 'Territory',
      nullable: true,
      description: 'The territory the share comes from (TERRITORIES only).',
      resolve: (query, l, _args, ctx) =>
        l.territoryId == null ? null : loadRow<Territory>(ctx, 'territory', query, l.territoryId),
    }),
    baseWeight: t.expose('baseWeight', {
      type: 'Decimal',
      nullable: true,
      description:
        "The rep's full-year weight before the ramp discount (last year's bookings annualised over the months the rep was there; a new hire weighs the others' mean); null for a territory's rep (see the territory rows).",
    }),
    rampFactor: t.expose('rampFactor', {
      type: 'Decimal',
      description:
        'Mean productivity over the period’s months (0 before the hire month, k/R in ramp month k, 1 when ramped; for TERRITORIES only months the assignment covers count).',
    }),
    weight: t.expose('weight', { type: 'Decimal', description: 'What the share was apportioned by among its peers.' }),
    exactAmount: t.expose('exactAmount', {
      type: 'Decimal',
      ...MONEY,
      description: 'The unrounded share (6 decimals).',
    }),
    amount: t.expose('amount', {
      type: 'Decimal',
      ...MONEY,
      description:
        'The share in cents: rounded down, plus one cent for the largest remainders, so shares add up exactly.',
    }),
  }),
});

const TerritoryAllocationRef = builder
  .objectRef<Allocation['territories'][number]>('QuotaAllocationTerritory')
  .implement({
    description: "A territory's share of the target (TERRITORIES only).",
    fields: (t) => ({
      territory: t.prismaField({
        type: 'Territory',
        description: 'The territory.',
        resolve: async (query, r, _args, ctx) =>
          (await loadRow<Territory>(ctx, 'territory', query, r.territoryId)) as Territory,
      }),
      baseWeight: t.expose('baseWeight', { type: 'Decimal', description: 'Its weight.' }),
      exactAmount: t.expose('exactAmount', {
        type: 'Decimal',
        ...MONEY,
        description: 'The unrounded share (6 decimals).',
      }),
      amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'The share in cents.' }),
    }),
  });

const RepAllocationRef = builder.objectRef<Allocation['reps'][number]>('QuotaAllocationRep').implement({
  description: "A rep's resulting quota for the period.",
  fields: (t) => ({
    rep: repField(t),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'The quota.' }),
  }),
});

const AllocationRef = builder.objectRef<Allocation>('QuotaAllocation').implement({
  description: 'A target split into quotas; the rep amounts add up exactly to the target.',
  fields: (t) => ({
    periodKey: t.exposeString('periodKey', { description: 'The period.' }),
    target: t.expose('target', { type: 'Decimal', ...MONEY, description: 'The amount allocated.' }),
    total: t.expose('total', { type: 'Decimal', ...MONEY, description: 'Sum of the rep amounts (equals the target).' }),
    reps: t.field({ type: [RepAllocationRef], description: 'Quota per rep.', resolve: (a) => a.reps }),
    territories: t.field({
      type: [TerritoryAllocationRef],
      description: 'Share per territory (TERRITORIES only), by name.',
      resolve: (a) => a.territories,
    }),
    lines: t.field({
      type: [AllocationLineRef],
      description: 'The arithmetic, line by line.',
      resolve: (a) => a.lines,
    }),
  }),
});

const AllocatePayload = builder
  .objectRef<PayloadShape & { allocation?: Allocation }>('AllocateQuotasPayload')
  .implement({
    description: 'Result of allocateQuotas.',
    fields: (t) => ({
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      allocation: t.field({
        type: AllocationRef,
        nullable: true,
        description: 'What was written.',
        resolve: (p) => p.allocation ?? null,
      }),
      userErrors: userErrorsField(t),
    }),
  });

builder.mutationFields((t) => ({
  setQuotas: t.field({
    type: SetQuotasPayload,
    description:
      'Creates, replaces or removes quotas by rep and period in one statement. Every row is checked first: one bad row refuses them all.',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: SetQuotasInput, required: true, description: 'The quotas.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        setQuotas(ctx, {
          salesPlanId: parseId(input.salesPlanId, 'SalesPlan', ['input', 'salesPlanId']),
          expectedVersion: input.expectedVersion,
          quotas: input.quotas.map((q, i) => ({
            repId: parseId(q.repId, 'Rep', ['input', 'quotas', i, 'repId']),
            periodKey: q.periodKey,
            amount: (q.amount as Decimal | null | undefined) ?? null,
          })),
        }),
      ),
  }),
  allocateQuotas: t.field({
    type: AllocatePayload,
    description:
      "Splits a target top-down over reps or territories and writes the reps' quotas for the period with its phasing (a year with its quarters and months, a quarter with its months, spread evenly to the cent); every quota inside the period of the allocated reps and of the other reps of the same class (individual or overlay) is replaced, so the period adds up exactly to the target. Team quotas are left alone.",
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: AllocateQuotasInput, required: true, description: 'The allocation.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() => allocateQuotas(ctx, { ...parseAllocation(input), expectedVersion: input.expectedVersion })),
  }),
}));

builder.queryField('previewQuotaAllocation', (t) =>
  t.field({
    type: AllocationRef,
    description:
      'Computes a top-down quota allocation without writing it (needs write:plans: its weights reveal every rep’s bookings).',
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: QuotaAllocationInput, required: true, description: 'The allocation.' }) },
    resolve: async (_root, { input }, ctx) => {
      const parsed = parseAllocation(input);
      const plan = await ctx.prisma.salesPlan.findUnique({ where: { id: parsed.salesPlanId } });
      if (!plan) fail('NOT_FOUND', 'No sales plan with this ID', ['input', 'salesPlanId']);
      return computeAllocation(ctx.prisma, plan, ctx.organization.fiscalYearStartMonth, parsed);
    },
  }),
);

// ---------------------------------------------------------------- roll-ups and the target check

const RepQuotaRef = builder.objectRef<RepQuota>('RepPeriodQuota').implement({
  description: "A rep's quota for a period.",
  fields: (t) => ({
    rep: repField(t),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'The quota.' }),
    explicit: t.exposeBoolean('explicit', {
      description: 'Set for this very period (false: summed from its quarters or months).',
    }),
    countsInTotal: t.exposeBoolean('countsInTotal', {
      description:
        "An individual quota, counted in the plan's totals; false for team quotas (MANAGER, EXECUTIVE), which restate their team's, overlay quotas (SE), which are on the same deals, and the quota of a rep not employed during the period (hired after it or gone before it).",
    }),
  }),
});

const QuotaRollupRef = builder.objectRef<{ periodKey: string; reps: RepQuota[] }>('QuotaRollup').implement({
  description: "The plan's quotas for one period, rolled up from sub-periods where only those are set.",
  fields: (t) => ({
    periodKey: t.exposeString('periodKey', { description: 'The period.' }),
    total: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the individual quotas (reps with countsInTotal): each dollar of quota once.',
      resolve: (r) => individualTotal(r.reps),
    }),
    reps: t.field({ type: [RepQuotaRef], description: 'Reps with a quota for the period.', resolve: (r) => r.reps }),
  }),
});

const MismatchRef = builder.objectRef<QuotaMismatch>('QuotaMismatch').implement({
  description: 'A quarter or year set explicitly whose sub-periods, also set, add up to something else.',
  fields: (t) => ({
    rep: repField(t),
    periodKey: t.exposeString('periodKey', { description: 'The period set explicitly.' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Its quota.' }),
    partsTotal: t.expose('partsTotal', {
      type: 'Decimal',
      ...MONEY,
      description: 'What its quarters or months add up to.',
    }),
  }),
});

const TeamOverassignmentRef = builder.objectRef<TeamOverassignment>('QuotaTeamOverassignment').implement({
  description: "A manager's fiscal-year team quota next to what their direct reports' quotas add up to.",
  fields: (t) => ({
    manager: repField(t, 'The manager (role MANAGER or EXECUTIVE).'),
    teamQuota: t.expose('teamQuota', {
      type: 'Decimal',
      ...MONEY,
      description: "The manager's team quota for the year.",
    }),
    reportsQuota: t.expose('reportsQuota', {
      type: 'Decimal',
      ...MONEY,
      description: "Sum of the direct reports' fiscal-year quotas (overlay reps left out).",
    }),
    reportCount: t.exposeInt('reportCount', { description: 'Direct reports with a fiscal-year quota.' }),
    overassignment: t.expose('overassignment', {
      type: 'Decimal',
      ...MONEY,
      description: 'reportsQuota - teamQuota: positive when over-assigned, negative when under-assigned.',
    }),
    ratio: t.expose('ratio', {
      type: 'Decimal',
      description: 'reportsQuota / teamQuota, 6 decimals (1.1 = 10% over-assigned).',
    }),
  }),
});

const QuotaCheckRef = builder.objectRef<QuotaCheck>('QuotaCheck').implement({
  description: "Whether the plan's quotas add up to its target, and agree across periods.",
  fields: (t) => ({
    target: t.expose('target', { type: 'Decimal', ...MONEY, nullable: true, description: 'The plan target.' }),
    quotaTotal: t.expose('quotaTotal', {
      type: 'Decimal',
      ...MONEY,
      description:
        'Sum of the individual fiscal-year quotas: team quotas (MANAGER, EXECUTIVE) and overlay quotas (SE) are left out, so each dollar of quota counts once.',
    }),
    repCount: t.exposeInt('repCount', { description: 'Reps whose fiscal-year quota is in quotaTotal.' }),
    teamOverassignment: t.field({
      type: [TeamOverassignmentRef],
      description: "Each manager with a fiscal-year team quota, against their direct reports' quotas.",
      resolve: (c) => c.teamOverassignment,
    }),
    overassignmentTotal: t.expose('overassignmentTotal', {
      type: 'Decimal',
      ...MONEY,
      description:
        "Sum of the managers' overassignment: what the levels of the hierarchy added on top of the team quotas above them.",
    }),
    difference: t.expose('difference', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'quotaTotal - target; null without a target.',
    }),
    tolerance: t.expose('tolerance', {
      type: 'Decimal',
      ...MONEY,
      description: 'Half a cent per rep, rounded down to the cent: what rounding each quota to cents can explain.',
    }),
    matchesTarget: t.exposeBoolean('matchesTarget', {
      nullable: true,
      description: 'The difference is within the tolerance; null without a target.',
    }),
    mismatches: t.field({
      type: [MismatchRef],
      description: 'Explicit quarters and years that disagree with their parts.',
      resolve: (c) => c.mismatches,
    }),
  }),
});

builder.prismaObjectFields('SalesPlan', (t) => ({
  quotaRollup: t.field({
    type: QuotaRollupRef,
    description: "Every rep's quota for a period of the plan's year (docs/design.md §5 roll-up).",
    args: { periodKey: t.arg.string({ required: true, description: 'FY2027, FY2027-Q3 or FY2027-M07.' }) },
    select: { id: true, fiscalYear: true },
    resolve: async (plan, { periodKey }, ctx) => {
      const startMonth = ctx.organization.fiscalYearStartMonth;
      const period = planPeriod(periodKey, plan, startMonth, ['periodKey']);
      return { periodKey: period.key, reps: await quotasForPeriod(ctx, plan, period) };
    },
  }),
  quotaCheck: t.field({
    type: QuotaCheckRef,
    description:
      'Checks that the quotas add up to the target within rounding, and that explicit periods agree with their parts.',
    select: { id: true, fiscalYear: true, targetAmount: true },
    resolve: (plan, _args, ctx) => quotaCheck(ctx, plan),
  }),
}));
