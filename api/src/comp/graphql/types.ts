// The compensation objects of the graph: plans with components and tiers, assignments, payout
// runs and lines, adjustments and disputes. Rows reach the caller through the tenant client, so
// pay rows are already confined to the caller's pay visibility, and draft runs and their lines to
// comp admins (everyone else sees pay once it is approved; access/row-policy.ts).

import { visibleRepSql } from '../../access/visibility.js';
import type { PayoutLineKind } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { OpportunityTypeEnum } from '../../pipeline/schema.js';
import { builder } from '../../shared/builder.js';
import type { Context } from '../../shared/context.js';
import { parseOptionalId } from '../../shared/ids.js';
import { type Dec, dec, ZERO } from '../../shared/money.js';
import { MONEY } from '../../shared/scalars.js';
import type { Explanation } from '../calculate.js';
import {
  CompComponentKindEnum,
  CompPeriodEnum,
  CompPlanStatusEnum,
  DisputeStatusEnum,
  PayoutLineKindEnum,
  PayoutRunStatusEnum,
} from './enums.js';

builder.prismaObject('CompTier', {
  description: 'One row of a rate table: from an attainment (inclusive) to the next (exclusive), a rate.',
  fields: (t) => ({
    fromAttainment: t.expose('fromAttainment', {
      type: 'Decimal',
      description: 'Start, as a fraction of quota (1.0 = 100%), inclusive.',
    }),
    toAttainment: t.expose('toAttainment', {
      type: 'Decimal',
      nullable: true,
      description: 'End, exclusive; null = no upper bound. Credit above the last finite end earns nothing.',
    }),
    rate: t.expose('rate', {
      type: 'Decimal',
      description: 'Commission: fraction of credit paid (0.05 = 5%). Bonus: fraction of the period target paid.',
    }),
  }),
});

builder.prismaObject('CompComponent', {
  description: 'A way a plan pays: commission, bonus or SPIFF, with its measure, period, rate table and cap.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, unique in its plan.' }),
    kind: t.expose('kind', { type: CompComponentKindEnum, description: 'Commission, bonus or SPIFF.' }),
    period: t.expose('period', { type: CompPeriodEnum, description: 'The period measured and paid.' }),
    opportunityTypes: t.expose('opportunityTypes', {
      type: [OpportunityTypeEnum],
      description: 'Only deals of these types count; empty = all.',
    }),
    productFamilies: t.exposeStringList('productFamilies', {
      description:
        'Only line items of these product families count (the credited share of them); empty = the whole deal.',
    }),
    retroactive: t.exposeBoolean('retroactive', {
      description: 'true: the reached tier rate applies to all credit; false: each tier pays its own slice (marginal).',
    }),
    capAmount: t.expose('capAmount', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Most this component pays per period (prorated by days for a partial period).',
    }),
    targetShare: t.expose('targetShare', {
      type: 'Decimal',
      nullable: true,
      description: 'Bonus: share of the annual target incentive it represents (0.2 = 20%).',
    }),
    spiffAmount: t.expose('spiffAmount', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'SPIFF: amount per qualifying deal.',
    }),
    tiers: t.relation('tiers', {
      description: 'The rate table, by fromAttainment.',
      query: { orderBy: [{ fromAttainment: 'asc' }] },
    }),
  }),
});

builder.prismaNode('CompPlan', {
  id: { field: 'id' },
  authScopes: { scope: 'read:comp' },
  nullable: true,
  description:
    'A version of a comp plan: components, effective dates and clawback policy. Published versions never change.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Plan name.' }),
    status: t.expose('status', { type: CompPlanStatusEnum, description: 'Lifecycle state.' }),
    version: t.exposeInt('version', {
      description: 'Increases with every change of this version; updates must name the version they read.',
    }),
    effectiveStart: t.expose('effectiveStart', { type: 'Date', description: 'First day it governs.' }),
    effectiveEnd: t.expose('effectiveEnd', {
      type: 'Date',
      nullable: true,
      description: 'Day after the last it governs (exclusive); null = open-ended.',
    }),
    clawbackWindowDays: t.exposeInt('clawbackWindowDays', {
      description: 'A won deal reversed within this many days of its close has its commission clawed back.',
    }),
    previousVersion: t.relation('previousVersion', {
      nullable: true,
      description: 'The version this one was created from.',
    }),
    nextVersion: t.prismaField({
      type: 'CompPlan',
      nullable: true,
      description: 'The version created from this one, if any (versions form a line).',
      resolve: (query, plan, _args, ctx) =>
        ctx.prisma.compPlan.findFirst({ ...query, where: { previousVersionId: plan.id } }),
    }),
    components: t.relation('components', {
      description: 'Components, in the order they were written.',
      query: { orderBy: [{ id: 'asc' }] },
    }),
    assignments: t.relatedConnection('assignments', {
      cursor: 'id',
      description: 'Reps assigned to this version (within the caller’s pay visibility), by start date.',
      totalCount: true,
      query: { orderBy: [{ startDate: 'asc' }, { id: 'asc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When this version was created.' }),
  }),
});

builder.prismaNode('CompAssignment', {
  id: { field: 'id' },
  authScopes: { scope: 'read:comp' },
  nullable: true,
  description: 'A comp plan assigned to a rep for a span of days, with salary, target incentive and draw.',
  fields: (t) => ({
    rep: t.relation('rep', { description: 'The rep.' }),
    compPlan: t.relation('compPlan', {
      description: 'The plan version assigned; later published versions of it govern the days they take effect.',
    }),
    startDate: t.expose('startDate', { type: 'Date', description: 'First day (inclusive).' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'End (exclusive); null = open-ended.' }),
    baseSalary: t.expose('baseSalary', {
      type: 'Decimal',
      ...MONEY,
      description: 'Annual base salary (not paid by payout runs).',
    }),
    targetIncentive: t.expose('targetIncentive', {
      type: 'Decimal',
      ...MONEY,
      description: 'Annual on-target incentive.',
    }),
    drawAmount: t.expose('drawAmount', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Guaranteed minimum incentive per payout run period; null = no draw.',
    }),
    drawRecoverable: t.exposeBoolean('drawRecoverable', {
      description: 'true: draw top-ups are repaid from later earnings above the draw; false: never repaid.',
    }),
    version: t.exposeInt('version', {
      description:
        'Increases with every change; endCompAssignment and updateCompAssignment name the version they read.',
    }),
  }),
});

export interface KindTotal {
  kind: PayoutLineKind;
  amount: Dec;
}

export const PayoutKindTotalRef = builder.objectRef<KindTotal>('PayoutKindTotal').implement({
  description: 'The sum of the lines of one kind.',
  fields: (t) => ({
    kind: t.expose('kind', { type: PayoutLineKindEnum, description: 'Line kind.' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Exact sum of the rounded line amounts.' }),
  }),
});

interface RunSummary {
  totals: KindTotal[];
  lineCount: number;
  errorCount: number;
}

/**
 * Totals, counts and errors of several runs in two queries, over the lines the caller may see
 * (the tenant client leaves out runs it may not see, drafts for all but comp admins).
 */
async function loadRunSummaries(ids: readonly number[], ctx: Context): Promise<RunSummary[]> {
  const runs = await ctx.prisma.payoutRun.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  const visible = runs.map((r) => r.id);
  const [groups, errors] = await Promise.all([
    ctx.prisma.payoutLine.groupBy({
      by: ['payoutRunId', 'kind'],
      where: { payoutRunId: { in: visible } },
      _sum: { amount: true },
      _count: { _all: true },
      orderBy: [{ payoutRunId: 'asc' }, { kind: 'asc' }],
    }),
    ctx.prisma.$queryRaw<{ payoutRunId: number; errorCount: number }[]>(Prisma.sql`
      SELECT "payoutRunId", count(*)::int AS "errorCount" FROM "PayoutLine"
       WHERE "organizationId" = ${ctx.organization.id} AND "payoutRunId" = ANY(${visible}::int[])
         AND explanation->>'error' IS NOT NULL
         AND ${visibleRepSql(ctx.visibility.pay, Prisma.sql`"repId"`)}
       GROUP BY 1`),
  ]);
  return ids.map((id) => {
    const mine = groups.filter((g) => g.payoutRunId === id);
    return {
      totals: mine.map((g) => ({ kind: g.kind, amount: dec(g._sum.amount ?? 0) })),
      lineCount: mine.reduce((n, g) => n + g._count._all, 0),
      errorCount: errors.find((e) => e.payoutRunId === id)?.errorCount ?? 0,
    };
  });
}

const PayoutLineFilter = builder.inputType('PayoutLineFilter', {
  description: 'Conditions a payout line must meet; all given conditions apply.',
  fields: (t) => ({
    repId: t.id({ description: 'Lines of this rep.' }),
    kinds: t.field({ type: [PayoutLineKindEnum], description: 'Any of these kinds.' }),
    withErrors: t.boolean({ description: 'true: only lines that could not be computed (they block approval).' }),
  }),
});

builder.prismaNode('PayoutRun', {
  id: { field: 'id' },
  authScopes: { scope: 'read:comp' },
  nullable: true,
  description:
    'The payout of one period: one line per rep, component and period, plus draws, clawbacks and adjustments.',
  fields: (t) => ({
    periodKey: t.exposeString('periodKey', { description: 'FY2026, FY2026-Q3 or FY2026-M07.' }),
    periodStart: t.expose('periodStart', { type: 'Date', description: 'First day of the period.' }),
    periodEnd: t.expose('periodEnd', { type: 'Date', description: 'Day after the period (exclusive).' }),
    status: t.expose('status', { type: PayoutRunStatusEnum, description: 'Draft, approved or paid.' }),
    version: t.exposeInt('version', {
      description:
        'Increases with every recompute and state change; recompute, approve and markPaid name the version they read.',
    }),
    computedAt: t.expose('computedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its lines were last computed.',
    }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true, description: 'When it was approved.' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true, description: 'When it was marked paid.' }),
    summary: t.loadable({
      type: RunSummaryRef,
      description: 'Totals, line count and errors, over the lines the caller may see.',
      load: (ids: number[], ctx: Context) => loadRunSummaries(ids, ctx),
      resolve: (run) => run.id,
    }),
    lines: t.prismaConnection(
      {
        type: 'PayoutLine',
        cursor: 'id',
        description: 'Lines the caller may see, by rep then kind; a draft run shows none to reps and managers.',
        args: { filter: t.arg({ type: PayoutLineFilter, description: 'Conditions.' }) },
        totalCount: async (run, { filter }, ctx) =>
          ctx.prisma.payoutLine.count({ where: await lineWhere(run.id, filter, ctx) }),
        resolve: async (query, run, { filter }, ctx) =>
          ctx.prisma.payoutLine.findMany({
            ...query,
            where: await lineWhere(run.id, filter, ctx),
            orderBy: { id: 'asc' },
          }),
      },
      { name: 'PayoutLineConnection', description: 'A page of payout lines.' },
      { name: 'PayoutLineEdge', description: 'A payout line in a page, with its cursor.' },
    ),
  }),
});

async function lineWhere(
  payoutRunId: number,
  filter: typeof PayoutLineFilter.$inferInput | null | undefined,
  ctx: Context,
): Promise<Prisma.PayoutLineWhereInput> {
  let ids: { in: number[] } | undefined;
  if (filter?.withErrors != null) {
    const rows = await ctx.prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
      SELECT id FROM "PayoutLine" WHERE "organizationId" = ${ctx.organization.id} AND "payoutRunId" = ${payoutRunId}
         AND (explanation->>'error' IS NOT NULL) = ${filter.withErrors}`);
    ids = { in: rows.map((r) => r.id) };
  }
  return {
    payoutRunId,
    id: ids,
    repId: parseOptionalId(filter?.repId, 'Rep', ['filter', 'repId']),
    kind: filter?.kinds ? { in: filter.kinds } : undefined,
  };
}

const RunSummaryRef = builder.objectRef<RunSummary>('PayoutRunSummary').implement({
  description: 'Totals of a run over the lines the caller may see (none of a draft for reps and managers).',
  fields: (t) => ({
    total: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Exact sum of the rounded line amounts.',
      resolve: (s) => s.totals.reduce((a, x) => a.plus(x.amount), ZERO),
    }),
    totals: t.field({ type: [PayoutKindTotalRef], description: 'Sums by line kind.', resolve: (s) => s.totals }),
    lineCount: t.exposeInt('lineCount', { description: 'Number of lines.' }),
    errorCount: t.exposeInt('errorCount', {
      description: 'Lines that could not be computed (e.g. no quota); the run cannot be approved while there are any.',
    }),
  }),
});

const explanationOf = (line: { explanation: unknown }) => line.explanation as Explanation;

builder.prismaNode('PayoutLine', {
  id: { field: 'id' },
  authScopes: { scope: 'read:comp' },
  nullable: true,
  description: 'One amount of a payout run for a rep, with every step of its arithmetic.',
  fields: (t) => ({
    payoutRun: t.relation('payoutRun', { description: 'The run that pays it.' }),
    rep: t.relation('rep', { description: 'The rep paid.' }),
    component: t.relation('component', { nullable: true, description: 'The plan component it pays or claws back.' }),
    kind: t.expose('kind', { type: PayoutLineKindEnum, description: 'What it pays or takes back.' }),
    periodKey: t.string({
      description:
        'The component period it measures (a month of a quarterly run for a MONTH component), or the run period.',
      select: { explanation: true },
      resolve: (l) => explanationOf(l).periodKey,
    }),
    credit: t.expose('credit', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Credited bookings measured (sum of the deals listed).',
    }),
    quota: t.expose('quota', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Quota measured against (prorated by days when partial).',
    }),
    attainment: t.expose('attainment', {
      type: 'Decimal',
      nullable: true,
      description: 'credit / quota, six places, half-even (tiers compare exact amounts, not this rounded figure).',
    }),
    amount: t.expose('amount', {
      type: 'Decimal',
      ...MONEY,
      description: 'Paid (negative: taken back); rounded half-even to the cent.',
    }),
    summary: t.string({
      description: 'The line in one sentence.',
      select: { explanation: true },
      resolve: (l) => explanationOf(l).summary,
    }),
    explanation: t.stringList({
      description: 'Each step of the arithmetic, in words and numbers.',
      select: { explanation: true },
      resolve: (l) => explanationOf(l).steps,
    }),
    details: t.field({
      type: 'JSON',
      description:
        'The numbers behind the explanation: deals with their credit, quota sources, each tier, cap, draw balance.',
      select: { explanation: true },
      resolve: (l) => l.explanation,
    }),
    error: t.string({
      nullable: true,
      description: 'Why the line could not be computed (its amount is 0 and the run cannot be approved).',
      select: { explanation: true },
      resolve: (l) => explanationOf(l).error ?? null,
    }),
    originalLine: t.relation('originalLine', {
      nullable: true,
      description: 'For a clawback: the line whose commission it takes back.',
    }),
    disputes: t.relation('disputes', {
      description: 'Disputes raised on this line, oldest first.',
      query: { orderBy: [{ id: 'asc' }] },
    }),
  }),
});

builder.prismaNode('PayoutAdjustment', {
  id: { field: 'id' },
  authScopes: { scope: 'read:comp' },
  nullable: true,
  description: 'A manual correction with its reason, paid by the next run computed after it.',
  fields: (t) => ({
    rep: t.relation('rep', { description: 'The rep.' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Paid (negative: taken back).' }),
    reason: t.exposeString('reason', { description: 'Why.' }),
    createdBy: t.exposeString('createdBy', { description: 'Principal who entered it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was entered.' }),
    payoutRun: t.relation('payoutRun', {
      nullable: true,
      description: 'The run that pays it; null until a run picks it up.',
    }),
  }),
});

builder.prismaNode('Dispute', {
  id: { field: 'id' },
  authScopes: { scope: 'read:comp' },
  nullable: true,
  description: 'A rep’s challenge of a payout line, and how it was resolved.',
  fields: (t) => ({
    rep: t.relation('rep', { description: 'The rep whose pay is disputed.' }),
    payoutLine: t.relation('payoutLine', { nullable: true, description: 'The line disputed.' }),
    status: t.expose('status', { type: DisputeStatusEnum, description: 'Open, resolved or rejected.' }),
    reason: t.exposeString('reason', { description: 'What the rep says is wrong.' }),
    resolution: t.exposeString('resolution', { nullable: true, description: 'The comp admin’s answer.' }),
    adjustment: t.relation('adjustment', { nullable: true, description: 'The correction, paid by a later run.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was raised.' }),
    resolvedAt: t.expose('resolvedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was resolved or rejected.',
    }),
  }),
});
