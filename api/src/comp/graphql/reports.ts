// Read-only compensation reports: a rep's statement, what-if simulation and plan cost modelling.
// Each resolver parses its arguments and calls a service with the caller's visibility.
import { getRefFromModel } from '@pothos/plugin-prisma';
import type { Rep } from '../../generated/prisma/client.js';
import { OpportunityTypeEnum } from '../../pipeline/schema.js';
import { builder } from '../../shared/builder.js';
import type { Context } from '../../shared/context.js';
import { parseId, parseOptionalId } from '../../shared/ids.js';
import type { Dec } from '../../shared/money.js';
import { MONEY } from '../../shared/scalars.js';
import type { LineDraft } from '../calculate.js';
import { type ComponentCost, compPlanCost, type PlanCost, type RepCost } from '../cost.js';
import { type SimulatedPayout, type Simulation, simulateCompensation } from '../simulate.js';
import { type PayoutStatement, payoutStatement } from '../statements.js';
import { CompComponentKindEnum, PayoutLineKindEnum } from './enums.js';
import { READ_COMP, WRITE_COMP } from './payload.js';
import { PayoutKindTotalRef } from './types.js';

const RepRef = getRefFromModel('Rep', builder);
const PayoutRunRef = getRefFromModel('PayoutRun', builder);
const PayoutLineRef = getRefFromModel('PayoutLine', builder);

/** Reps by id in one query, in the order asked (null when not visible). */
async function loadReps(ids: readonly number[], ctx: Context): Promise<(Rep | null)[]> {
  const rows = await ctx.prisma.rep.findMany({ where: { id: { in: [...ids] } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

const repField = (description: string) => ({
  type: RepRef,
  nullable: true as const,
  description,
  load: (ids: number[], ctx: Context) => loadReps(ids, ctx),
});

const YearToDateRef = builder.objectRef<PayoutStatement['yearToDate']>('PayoutYearToDate').implement({
  description:
    'Totals of the fiscal year up to and including the statement’s period, over the runs the caller may see.',
  fields: (t) => ({
    fiscalYear: t.string({ description: 'The fiscal year, e.g. FY2026.', resolve: (y) => y.fiscalYear.key }),
    periodKeys: t.exposeStringList('periodKeys', { description: 'The runs counted, oldest first.' }),
    totals: t.field({ type: [PayoutKindTotalRef], description: 'Sums by line kind.', resolve: (y) => y.totals }),
    total: t.expose('total', { type: 'Decimal', ...MONEY, description: 'Exact sum of the lines.' }),
  }),
});

const StatementRef = builder.objectRef<PayoutStatement>('PayoutStatement').implement({
  description: 'A rep’s pay for a period: every line explained, totals, year-to-date and the draw balance.',
  fields: (t) => ({
    rep: t.loadable({ ...repField('The rep.'), resolve: (s) => s.repId }),
    periodKey: t.string({ description: 'The period.', resolve: (s) => s.period.key }),
    periodStart: t.field({ type: 'Date', description: 'First day of the period.', resolve: (s) => s.period.start }),
    periodEnd: t.field({
      type: 'Date',
      description: 'Day after the period (exclusive).',
      resolve: (s) => s.period.end,
    }),
    payoutRun: t.field({
      type: PayoutRunRef,
      nullable: true,
      description:
        'The period’s run; null when there is none yet, or it is a draft and the caller is not a comp admin.',
      resolve: (s) => s.run,
    }),
    lines: t.field({
      type: [PayoutLineRef],
      description: 'The rep’s lines of the run, by kind.',
      resolve: (s) => s.lines,
    }),
    totals: t.field({ type: [PayoutKindTotalRef], description: 'Sums by line kind.', resolve: (s) => s.totals }),
    total: t.expose('total', {
      type: 'Decimal',
      ...MONEY,
      description: 'Exact sum of the lines: what the run pays the rep.',
    }),
    yearToDate: t.field({ type: YearToDateRef, description: 'The fiscal year so far.', resolve: (s) => s.yearToDate }),
    drawBalance: t.expose('drawBalance', {
      type: 'Decimal',
      ...MONEY,
      description: 'Recoverable draw still owed after this period, to be repaid from earnings above the draw.',
    }),
  }),
});

const SimulatedLineRef = builder.objectRef<LineDraft>('SimulatedPayoutLine').implement({
  description: 'A payout line as a run would compute it; nothing is stored.',
  fields: (t) => ({
    kind: t.expose('kind', { type: PayoutLineKindEnum, description: 'What it pays.' }),
    componentName: t.string({
      nullable: true,
      description: 'The plan component, for commission, bonus and SPIFF lines.',
      resolve: (l) => (l.explanation.component as { name?: string } | undefined)?.name ?? null,
    }),
    periodKey: t.string({ description: 'The component period measured.', resolve: (l) => l.explanation.periodKey }),
    credit: t.expose('credit', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Credited bookings measured.',
    }),
    quota: t.expose('quota', { type: 'Decimal', ...MONEY, nullable: true, description: 'Quota measured against.' }),
    attainment: t.expose('attainment', { type: 'Decimal', nullable: true, description: 'credit / quota, six places.' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Rounded half-even to the cent.' }),
    summary: t.string({ description: 'The line in one sentence.', resolve: (l) => l.explanation.summary }),
    explanation: t.stringList({
      description: 'Each step of the arithmetic, in words and numbers.',
      resolve: (l) => l.explanation.steps,
    }),
    details: t.field({
      type: 'JSON',
      description: 'The numbers behind the explanation.',
      resolve: (l) => l.explanation,
    }),
  }),
});

const SimulatedPayoutRef = builder.objectRef<SimulatedPayout>('SimulatedPayout').implement({
  description: 'A rep’s payout for the period under one set of assumptions.',
  fields: (t) => ({
    lines: t.field({
      type: [SimulatedLineRef],
      description: 'Lines, by rep, period and component.',
      resolve: (p) => p.lines,
    }),
    total: t.expose('total', { type: 'Decimal', ...MONEY, description: 'Sum of the lines, draws included.' }),
    incentiveTotal: t.expose('incentiveTotal', {
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the commission, bonus and SPIFF lines.',
    }),
    errors: t.exposeStringList('errors', { description: 'Lines that could not be computed, and why.' }),
  }),
});

const SimulationRef = builder.objectRef<Simulation>('CompensationSimulation').implement({
  description: 'What-if: the actual payout next to the scenario, computed by the payout engine, writing nothing.',
  fields: (t) => ({
    rep: t.loadable({ ...repField('The rep.'), resolve: (s) => s.repId }),
    periodKey: t.exposeString('periodKey', { description: 'The period simulated.' }),
    actual: t.expose('actual', { type: SimulatedPayoutRef, description: 'With the actual deals and plans.' }),
    scenario: t.expose('scenario', { type: SimulatedPayoutRef, description: 'With the hypothetical deals and plan.' }),
    difference: t.expose('difference', { type: 'Decimal', ...MONEY, description: 'scenario.total - actual.total.' }),
  }),
});

const HypotheticalDealInput = builder.inputType('HypotheticalDealInput', {
  description: 'A deal that does not exist, credited to the simulated rep as won.',
  fields: (t) => ({
    name: t.string({ description: 'Label shown in the explanation.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Amount, whole cents, above 0.' }),
    closeDate: t.field({ type: 'Date', required: true, description: 'Close day, within the days the period pays.' }),
    type: t.field({
      type: OpportunityTypeEnum,
      defaultValue: 'NEW_BUSINESS',
      description: 'Deal type (default NEW_BUSINESS).',
    }),
    productFamily: t.string({
      description: 'The product family of the whole amount (for family-filtered components).',
    }),
    share: t.field({ type: 'Decimal', description: 'The rep’s credit share, above 0 and at most 1 (default 1).' }),
  }),
});

const SimulateCompensationInput = builder.inputType('SimulateCompensationInput', {
  description: 'The assumptions of a what-if.',
  fields: (t) => ({
    repId: t.id({ required: true, description: 'The rep (own, subtree, or any for comp admins).' }),
    periodKey: t.string({ required: true, description: 'The period, as a run would pay it.' }),
    compPlanId: t.id({ description: 'A plan version (a draft too) to use instead of the plans in effect.' }),
    deals: t.field({ type: [HypotheticalDealInput], description: 'Deals to add, at most 100.' }),
    excludeOpportunityIds: t.idList({ description: 'Real deals to leave out (e.g. "if this deal slips").' }),
  }),
});

const CostComponentRef = builder.objectRef<ComponentCost>('CompPlanCostComponent').implement({
  description: 'What one component (by kind and name) pays under each plan.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Component name.' }),
    kind: t.field({ type: CompComponentKindEnum, description: 'Component kind.', resolve: (c) => c.kind as never }),
    baseline: t.expose('baseline', { type: 'Decimal', ...MONEY, description: 'Under the plan in effect.' }),
    proposed: t.expose('proposed', { type: 'Decimal', ...MONEY, description: 'Under the proposed plan.' }),
  }),
});

const CostRepRef = builder.objectRef<RepCost>('CompPlanCostRep').implement({
  description: 'One rep’s incentive pay for the year under each plan.',
  fields: (t) => ({
    rep: t.loadable({ ...repField('The rep.'), resolve: (r) => r.repId }),
    baseline: t.expose('baseline', { type: 'Decimal', ...MONEY, description: 'Under the plan in effect.' }),
    proposed: t.expose('proposed', { type: 'Decimal', ...MONEY, description: 'Under the proposed plan.' }),
    difference: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'proposed - baseline.',
      resolve: (r): Dec => r.proposed.minus(r.baseline),
    }),
    baselineErrors: t.exposeInt('baselineErrors', {
      description: 'Lines not computable under the plan in effect (e.g. no quota).',
    }),
    proposedErrors: t.exposeInt('proposedErrors', { description: 'Lines not computable under the proposed plan.' }),
  }),
});

const CostRef = builder.objectRef<PlanCost>('CompPlanCost').implement({
  description:
    'A proposed plan priced on a past fiscal year: what every rep assigned to the plan it replaces would have earned, next to what the plan in effect paid on the same bookings and quotas (incentive lines only).',
  fields: (t) => ({
    compPlan: t.prismaField({
      type: 'CompPlan',
      description: 'The proposed plan version.',
      resolve: (q, c, _args, ctx) => ctx.prisma.compPlan.findUniqueOrThrow({ ...q, where: { id: c.compPlanId } }),
    }),
    baselineCompPlan: t.prismaField({
      type: 'CompPlan',
      description: 'The plan version it replaces (the whole version line is the baseline).',
      resolve: (q, c, _args, ctx) =>
        ctx.prisma.compPlan.findUniqueOrThrow({ ...q, where: { id: c.baselineCompPlanId } }),
    }),
    fiscalYear: t.exposeString('fiscalYearKey', { description: 'The year priced, e.g. FY2025.' }),
    repCount: t.int({ description: 'Reps assigned to the baseline during the year.', resolve: (c) => c.reps.length }),
    baselineTotal: t.expose('baselineTotal', {
      type: 'Decimal',
      ...MONEY,
      description: 'Total under the plan in effect.',
    }),
    proposedTotal: t.expose('proposedTotal', {
      type: 'Decimal',
      ...MONEY,
      description: 'Total under the proposed plan.',
    }),
    difference: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'proposedTotal - baselineTotal.',
      resolve: (c): Dec => c.proposedTotal.minus(c.baselineTotal),
    }),
    components: t.field({ type: [CostComponentRef], description: 'By component.', resolve: (c) => c.components }),
    reps: t.field({
      type: [CostRepRef],
      description: 'By rep, by rep id.',
      extensions: { listSize: 100 },
      resolve: (c) => c.reps,
    }),
  }),
});

const CompPlanCostInput = builder.inputType('CompPlanCostInput', {
  description: 'The plan to price and the year of actuals to price it on.',
  fields: (t) => ({
    compPlanId: t.id({ required: true, description: 'The proposed plan version (typically a draft).' }),
    baselineCompPlanId: t.id({ description: 'The plan it would replace; default: the version it was created from.' }),
    fiscalYear: t.int({
      description:
        'Fiscal year of actual bookings; default: the last completed year in which reps are assigned to the plan it replaces (else the current year, when they are assigned only in it). A year in which nobody is assigned to it is refused (OUT_OF_RANGE), never priced as zero.',
    }),
  }),
});

builder.queryFields((t) => ({
  payoutStatement: t.field({
    type: StatementRef,
    description: 'A rep’s statement for a period: yours, your team’s, or (comp admins) anyone’s.',
    authScopes: { scope: READ_COMP },
    args: {
      repId: t.arg.id({ required: true, description: 'The rep.' }),
      periodKey: t.arg.string({ required: true, description: 'FY2026, FY2026-Q3 or FY2026-M07.' }),
    },
    resolve: (_root, args, ctx) =>
      payoutStatement(ctx, ctx.visibility, {
        repId: parseId(args.repId, 'Rep', ['repId']),
        periodKey: args.periodKey,
      }),
  }),
  simulateCompensation: t.field({
    type: SimulationRef,
    description:
      'What-if on the payout engine: hypothetical deals, deals left out, or another plan version. Writes nothing.',
    authScopes: { scope: READ_COMP },
    extensions: { cost: 20 },
    args: { input: t.arg({ type: SimulateCompensationInput, required: true, description: 'The assumptions.' }) },
    resolve: (_root, { input }, ctx) =>
      simulateCompensation(ctx, ctx.visibility, {
        repId: parseId(input.repId, 'Rep', ['input', 'repId']),
        periodKey: input.periodKey,
        compPlanId: parseOptionalId(input.compPlanId, 'CompPlan', ['input', 'compPlanId']),
        deals: input.deals?.map((d) => ({ ...d, type: d.type ?? 'NEW_BUSINESS' })),
        excludeOpportunityIds: input.excludeOpportunityIds?.map((id, i) =>
          parseId(String(id), 'Opportunity', ['input', 'excludeOpportunityIds', i]),
        ),
      }),
  }),
  compPlanCost: t.field({
    type: CostRef,
    description:
      'Prices a proposed plan on a past year of actual bookings, next to the plan in effect. Writes nothing.',
    authScopes: { scope: WRITE_COMP },
    extensions: { cost: 100 },
    args: { input: t.arg({ type: CompPlanCostInput, required: true, description: 'The plan and the year.' }) },
    resolve: (_root, { input }, ctx) =>
      compPlanCost(ctx, {
        compPlanId: parseId(input.compPlanId, 'CompPlan', ['input', 'compPlanId']),
        baselineCompPlanId: parseOptionalId(input.baselineCompPlanId, 'CompPlan', ['input', 'baselineCompPlanId']),
        fiscalYear: input.fiscalYear,
      }),
  }),
}));
