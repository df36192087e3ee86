// GraphQL surface of the performance metrics (docs/design.md §5): `performance`, `performanceTrend`,
// `performanceComparison`, `attainmentDistribution` and `newHireRamp`. Resolvers only decode
// arguments and call the services, which take a PerformanceContext and are testable without HTTP.

import DataLoader from 'dataloader';
import { SegmentEnum } from '../accounts/schema.js';
import type { LossReason, Prisma, Product, Rep, Segment, Territory } from '../generated/prisma/client.js';
import { RepRoleEnum } from '../people/schema.js';
import { OpportunityTypeEnum } from '../pipeline/schema.js';
import { builder, describedEnum } from '../shared/builder.js';
import type { Period } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { parseOptionalId } from '../shared/ids.js';
import { MONEY } from '../shared/scalars.js';
import { selectedFieldsAt } from '../shared/selection.js';
import { SortDirection } from '../shared/sorting.js';
import {
  type AttainmentBand,
  type AttainmentDistribution,
  attainmentDistribution,
  type BandName,
  type BandRep,
  type HistogramBucket,
  type MovingTheMiddle,
} from './distribution.js';
import type { Grouping, MetricName } from './metrics.js';
import { newHireRamp, type RampMonth, type RampRep, type RampReport, type RampTenureMonth } from './ramp.js';
import type { PerformanceContext, ScopeInput } from './scope.js';
import {
  type HierarchySource,
  type MetricRatios,
  type PerformanceComparison,
  type PerformanceReport,
  type PerformanceRow,
  type PerformanceTrend,
  performance,
  performanceComparison,
  performanceTrend,
  type TrendPoint,
} from './service.js';

const READ_SCOPE = 'read:performance';

/**
 * The service context of a request, with the caller's visibility: every metric is restricted to
 * the reps the caller may see; the raw SQL applies it, since the Prisma extension does not reach
 * raw queries.
 */
export function performanceContext(ctx: Context): PerformanceContext {
  return {
    prisma: ctx.prisma,
    organizationId: ctx.organization.id,
    fiscalYearStartMonth: ctx.organization.fiscalYearStartMonth,
    timeZone: ctx.organization.timeZone,
    visibility: ctx.visibility,
  };
}

// ---------------------------------------------------------------- related rows, batched

type PrismaQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };
type RelatedModel = 'rep' | 'territory' | 'product' | 'lossReason';
type RelatedRow = { rep: Rep; territory: Territory; product: Product; lossReason: LossReason };

const loaders = new WeakMap<Context, Map<string, DataLoader<number, unknown>>>();

/**
 * The rep, territory or product a row refers to, loaded for all rows of the response with one
 * findMany per model and selection shape (the Prisma plugin's `query` for the nested selection).
 */
function loadRow<M extends RelatedModel>(
  ctx: Context,
  model: M,
  query: PrismaQuery,
  id: number,
): Promise<RelatedRow[M] | null> {
  let byShape = loaders.get(ctx);
  if (!byShape) {
    byShape = new Map();
    loaders.set(ctx, byShape);
  }
  const key = `${model}:${JSON.stringify(query)}`;
  let loader = byShape.get(key);
  if (!loader) {
    // Rows are matched back by id, so a `select` must include it.
    const shaped = query.select ? { select: { ...query.select, id: true } } : query;
    loader = new DataLoader<number, unknown>(async (ids) => {
      const args = { ...shaped, where: { id: { in: [...ids] } } };
      const rows: { id: number }[] =
        model === 'rep'
          ? await ctx.prisma.rep.findMany(args as Prisma.RepFindManyArgs)
          : model === 'territory'
            ? await ctx.prisma.territory.findMany(args as Prisma.TerritoryFindManyArgs)
            : model === 'product'
              ? await ctx.prisma.product.findMany(args as Prisma.ProductFindManyArgs)
              : await ctx.prisma.lossReason.findMany(args as Prisma.LossReasonFindManyArgs);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    byShape.set(key, loader);
  }
  return loader.load(id) as Promise<RelatedRow[M] | null>;
}

// ---------------------------------------------------------------- enums and inputs

const GroupingEnum = describedEnum<Grouping>('PerformanceGrouping', 'How performance rows are grouped.', {
  REP: 'One row per credited rep: revenue and overlay credit, each deal counted for every rep it credits.',
  MANAGER:
    "One row per manager (role MANAGER or EXECUTIVE): revenue credit and quotas of the manager and of their direct reports who are not managers (a manager below has a row of their own), so each credit and quota is in exactly one row and the rows' amounts add up to the total.",
  TERRITORY:
    "One row per territory: its PRIMARY reps' quotas against their credit on the territory's accounts (others' credit there is its overlayBookings); \"No territory\" holds the reps with no PRIMARY territory in the period. A rep PRIMARY in two territories is in both rows, so rows may add up to more than the total.",
  REGION: 'One row per region of the credited rep (revenue credit).',
  SEGMENT: 'One row per segment of the credited rep (revenue credit).',
  PRODUCT: 'One row per product, measured on line-item totals (revenue credit share of each line).',
  TYPE: "One row per deal type (new business, expansion, renewal): the deals' revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are not defined per deal type: selecting them on the rows (or sorting by them) is refused.",
  ACCOUNT_INDUSTRY:
    "One row per industry of the deal's account: revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are refused on the rows.",
  ACCOUNT_SEGMENT:
    "One row per segment of the deal's account (not the rep's: see SEGMENT): revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are refused on the rows.",
  SOURCE:
    'One row per deal source ("No source" for deals without one): where bookings and pipeline come from, revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are refused on the rows.',
  LOSS_REASON:
    'One row per loss reason ("No loss reason" for lost deals without one): only lost deals carry a reason, so the rows define lostCount alone; every other metric is refused on the rows.',
  COMPETITOR:
    'One row per competitor of the deal ("No competitor" for deals without one): revenue credit of the reps in scope, each deal in one row (win rate against each competitor). Quota, attainment and coverage are refused on the rows.',
  MONTH: 'One row per fiscal month of the period.',
  QUARTER: 'One row per fiscal quarter of the period (needs a quarter or year period).',
});

const METRIC_DESCRIPTIONS: Record<MetricName, string> = {
  bookings: 'Credited amount of CLOSED_WON deals with close date in the period.',
  quota: 'Sum of individual quotas for the period (0 when none applies).',
  attainment: 'bookings / quota; null when quota is 0.',
  wonCount: 'Deals closed won in the period.',
  lostCount: 'Deals closed lost in the period.',
  winRate: 'wonCount / (wonCount + lostCount), by count; null with no closed deal.',
  avgDealSize: 'bookings / wonCount, to the cent; null with no won deal.',
  salesCycleDays: 'Mean of close date - created date in days over won deals, 2 decimals; null with no won deal.',
  pipelineCreated: 'Credited amount of deals created in the period (whatever their stage now).',
  openPipeline: 'Credited amount of open deals with close date in the period.',
  openCount: 'Open deals with close date in the period.',
  weightedPipeline: 'Sum of credited amount x stage probability over those open deals.',
  coverage: 'openPipeline / max(quota - bookings, 0); null when nothing remains to close.',
  velocity: 'openCount x winRate x avgDealSize / salesCycleDays: bookings expected per day, to the cent.',
};

const MetricEnum = builder.enumType('PerformanceMetric', {
  description: 'A performance metric, for sorting rows.',
  values: Object.fromEntries(
    Object.entries(METRIC_DESCRIPTIONS).map(([name, description]) => [
      name.replace(/([A-Z])/g, '_$1').toUpperCase(),
      { value: name, description },
    ]),
  ) as Record<string, { value: MetricName; description: string }>,
});

const ScopeInputRef = builder.inputType('PerformanceScope', {
  description:
    "What to measure; every given condition applies (none = the whole organization). Rep conditions (repId, region, segment) select credited reps and their quotas; territoryId selects the territories' PRIMARY reps and their accounts' deals; productId measures that product's line items.",
  fields: (t) => ({
    repId: t.id({ description: 'A rep or manager: that rep and everyone below them in the hierarchy.' }),
    territoryId: t.id({
      description:
        "A territory and its child territories: the credit of their PRIMARY reps on their accounts' deals and those reps' quotas; the total's overlayBookings and overlayQuota hold everyone else's credit there and the OVERLAY reps' quotas.",
    }),
    region: t.string({ description: 'Reps of this region.' }),
    segment: t.field({ type: SegmentEnum, description: 'Reps of this segment.' }),
    productId: t.id({ description: "Only this product's line items (quota does not apply: 0)." }),
  }),
});

const RampScopeRef = builder.inputType('RampScope', {
  description: 'Which new hires to look at; every given condition applies.',
  fields: (t) => ({
    repId: t.id({ description: 'Reps below this manager (or the rep itself).' }),
    region: t.string({ description: 'Reps of this region.' }),
    segment: t.field({ type: SegmentEnum, description: 'Reps of this segment.' }),
  }),
});

const OrderRef = builder.inputType('PerformanceOrder', {
  description: 'Sort order of performance rows (nulls always last).',
  fields: (t) => ({
    metric: t.field({ type: MetricEnum, required: true, description: 'Metric to sort by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'desc', description: 'Largest first by default.' }),
  }),
});

type ScopeArg = {
  repId?: string | null;
  territoryId?: string | null;
  region?: string | null;
  segment?: Segment | null;
  productId?: string | null;
};

function decodeScope(scope: ScopeArg | null | undefined, field: string): ScopeInput | null {
  if (!scope) return null;
  return {
    repId: parseOptionalId(scope.repId, 'Rep', [field, 'repId']),
    territoryId: parseOptionalId(scope.territoryId, 'Territory', [field, 'territoryId']),
    region: scope.region,
    segment: scope.segment,
    productId: parseOptionalId(scope.productId, 'Product', [field, 'productId']),
  };
}

// ---------------------------------------------------------------- result types

const PeriodKindEnum = builder.enumType('PerformancePeriodKind', {
  description: 'Length of a fiscal period.',
  values: {
    YEAR: { description: 'A fiscal year.' },
    QUARTER: { description: 'A fiscal quarter.' },
    MONTH: { description: 'A fiscal month.' },
  } as const,
});

const PeriodRef = builder.objectRef<Period>('PerformancePeriod').implement({
  description: 'A fiscal period: key, kind and dates (start inclusive, end exclusive).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Period key, e.g. FY2027-Q3.' }),
    kind: t.field({ type: PeriodKindEnum, description: 'Year, quarter or month.', resolve: (p) => p.kind }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year, named by the calendar year it ends in.' }),
    start: t.field({ type: 'Date', description: 'First day (inclusive).', resolve: (p) => p.start }),
    end: t.field({ type: 'Date', description: 'Day after the last day (exclusive).', resolve: (p) => p.end }),
  }),
});

const RowRef = builder.objectRef<PerformanceRow>('PerformanceRow');
RowRef.implement({
  description: 'Every performance metric of docs/design.md §5 for one group, or for the whole scope (the total).',
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        "Stable key of the group: an ID number, a region, a segment or a period key; '' for none; TOTAL for a total.",
    }),
    label: t.exposeString('label', { description: 'Name of the group (rep, territory, product, region...).' }),
    grouping: t.field({
      type: GroupingEnum,
      nullable: true,
      description: 'The grouping of this row; null for a total.',
      resolve: (r) => r.grouping,
    }),
    rep: t.prismaField({
      type: 'Rep',
      nullable: true,
      description: 'The rep (REP grouping) or manager (MANAGER grouping) of the row.',
      resolve: (query, r, _args, ctx) => (r.repId == null ? null : loadRow(ctx, 'rep', query, r.repId)),
    }),
    territory: t.prismaField({
      type: 'Territory',
      nullable: true,
      description: 'The territory of the row (TERRITORY grouping).',
      resolve: (query, r, _args, ctx) =>
        r.territoryId == null ? null : loadRow(ctx, 'territory', query, r.territoryId),
    }),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      description: 'The product of the row (PRODUCT grouping).',
      resolve: (query, r, _args, ctx) => (r.productId == null ? null : loadRow(ctx, 'product', query, r.productId)),
    }),
    region: t.exposeString('region', { nullable: true, description: 'The region of the row (REGION grouping).' }),
    segment: t.field({
      type: SegmentEnum,
      nullable: true,
      description: 'The segment of the row (SEGMENT grouping).',
      resolve: (r) => r.segment,
    }),
    dealType: t.field({
      type: OpportunityTypeEnum,
      nullable: true,
      description: 'The deal type of the row (TYPE grouping).',
      resolve: (r) => r.dealType,
    }),
    accountIndustry: t.exposeString('accountIndustry', {
      nullable: true,
      description: 'The account industry of the row (ACCOUNT_INDUSTRY grouping).',
    }),
    accountSegment: t.field({
      type: SegmentEnum,
      nullable: true,
      description: 'The account segment of the row (ACCOUNT_SEGMENT grouping).',
      resolve: (r) => r.accountSegment,
    }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'The deal source of the row (SOURCE grouping); null for "No source".',
    }),
    lossReason: t.prismaField({
      type: 'LossReason',
      nullable: true,
      description: 'The loss reason of the row (LOSS_REASON grouping); null for "No loss reason".',
      resolve: (query, r, _args, ctx) =>
        r.lossReasonId == null ? null : loadRow(ctx, 'lossReason', query, r.lossReasonId),
    }),
    competitor: t.exposeString('competitor', {
      nullable: true,
      description: 'The competitor of the row (COMPETITOR grouping); null for "No competitor".',
    }),
    period: t.field({
      type: PeriodRef,
      nullable: true,
      description: 'The period of the row (MONTH and QUARTER groupings, totals and trend points).',
      resolve: (r) => r.period,
    }),
    bookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: METRIC_DESCRIPTIONS.bookings,
      resolve: (r) => r.bookings,
    }),
    quota: t.field({ type: 'Decimal', ...MONEY, description: METRIC_DESCRIPTIONS.quota, resolve: (r) => r.quota }),
    attainment: t.field({
      type: 'Decimal',
      nullable: true,
      description: `${METRIC_DESCRIPTIONS.attainment} Fraction (1.0 = 100%), 6 decimals.`,
      resolve: (r) => r.attainment,
    }),
    wonCount: t.exposeInt('wonCount', { description: METRIC_DESCRIPTIONS.wonCount }),
    lostCount: t.exposeInt('lostCount', { description: METRIC_DESCRIPTIONS.lostCount }),
    winRate: t.field({
      type: 'Decimal',
      nullable: true,
      description: `${METRIC_DESCRIPTIONS.winRate} Fraction, 6 decimals.`,
      resolve: (r) => r.winRate,
    }),
    avgDealSize: t.field({
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: METRIC_DESCRIPTIONS.avgDealSize,
      resolve: (r) => r.avgDealSize,
    }),
    salesCycleDays: t.field({
      type: 'Decimal',
      nullable: true,
      description: METRIC_DESCRIPTIONS.salesCycleDays,
      resolve: (r) => r.salesCycleDays,
    }),
    pipelineCreated: t.field({
      type: 'Decimal',
      ...MONEY,
      description: METRIC_DESCRIPTIONS.pipelineCreated,
      resolve: (r) => r.pipelineCreated,
    }),
    openPipeline: t.field({
      type: 'Decimal',
      ...MONEY,
      description: METRIC_DESCRIPTIONS.openPipeline,
      resolve: (r) => r.openPipeline,
    }),
    openCount: t.exposeInt('openCount', { description: METRIC_DESCRIPTIONS.openCount }),
    weightedPipeline: t.field({
      type: 'Decimal',
      ...MONEY,
      description: METRIC_DESCRIPTIONS.weightedPipeline,
      resolve: (r) => r.weightedPipeline,
    }),
    coverage: t.field({
      type: 'Decimal',
      nullable: true,
      description: `${METRIC_DESCRIPTIONS.coverage} 6 decimals.`,
      resolve: (r) => r.coverage,
    }),
    velocity: t.field({
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: `${METRIC_DESCRIPTIONS.velocity} Null when winRate, avgDealSize or salesCycleDays is null or the cycle is 0.`,
      resolve: (r) => r.velocity,
    }),
    overlayBookings: t.field({
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description:
        'TERRITORY rows (and the total of a territoryId scope): bookings credited on deals of the territory\'s accounts to reps who are not its PRIMARY reps (OVERLAY assignments, SEs\' overlay splits, reps from elsewhere), never part of bookings or attainment. In the "No territory" row: credit on accounts without a territory to reps who have one. Null in other rows.',
      resolve: (r) => r.overlayBookings,
    }),
    overlayQuota: t.field({
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description:
        'TERRITORY rows (and the total of a territoryId scope): quotas of the reps holding an OVERLAY assignment to the territory during the period and no PRIMARY one, overlay quotas (SE) included, never part of quota. Null in other rows.',
      resolve: (r) => r.overlayQuota,
    }),
  }),
});

const ReportRef = builder.objectRef<PerformanceReport>('PerformanceReport').implement({
  description: 'Performance of a scope in a period: one row per group and the total of the scope.',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: 'The period measured.', resolve: (r) => r.period }),
    grouping: t.field({
      type: GroupingEnum,
      nullable: true,
      description: 'How the rows are grouped; null when only the total was asked for.',
      resolve: (r) => r.grouping,
    }),
    rows: t.field({
      type: [RowRef],
      description:
        'One row per group that has credit, pipeline or quota (by label, by period, or in the order asked for). In the REP grouping overlay credit is included, so the rows may add up to more than the total.',
      resolve: (r) => r.rows,
    }),
    total: t.field({
      type: RowRef,
      description:
        'The whole scope: revenue credit only (overlay never added), each deal counted once; the same whatever the grouping.',
      resolve: (r) => r.total,
    }),
  }),
});

const TrendPointRef = builder.objectRef<TrendPoint>('PerformanceTrendPoint').implement({
  description: 'The metrics of one period of a trend.',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: 'The period.', resolve: (p) => p.period }),
    total: t.field({ type: RowRef, description: 'The scope total for the period.', resolve: (p) => p.total }),
    rows: t.field({
      type: [RowRef],
      description: 'One row per group for the period (empty without groupBy).',
      resolve: (p) => p.rows,
    }),
  }),
});

const TrendRef = builder.objectRef<PerformanceTrend>('PerformanceTrend').implement({
  description: 'The same metrics over consecutive periods, oldest first.',
  fields: (t) => ({
    grouping: t.field({
      type: GroupingEnum,
      nullable: true,
      description: 'Grouping of the rows of each point; null for totals only.',
      resolve: (r) => r.grouping,
    }),
    points: t.field({
      type: [TrendPointRef],
      description: 'One point per period, oldest first.',
      resolve: (r) => r.points,
    }),
  }),
});

const RatiosRef = builder.objectRef<MetricRatios>('PerformanceRatios').implement({
  description: 'a / b for every metric, 6 decimals; null when either side is null or b is zero.',
  fields: (t) =>
    Object.fromEntries(
      (Object.keys(METRIC_DESCRIPTIONS) as MetricName[]).map((name) => [
        name,
        t.field({
          type: 'Decimal',
          nullable: true,
          description: `a / b of ${name}.`,
          resolve: (r) => r[name],
        }),
      ]),
    ),
});

const ComparisonRef = builder.objectRef<PerformanceComparison>('PerformanceComparison').implement({
  description: 'Two scopes side by side in one period, with the ratio of every metric.',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: 'The period measured.', resolve: (c) => c.period }),
    a: t.field({ type: RowRef, description: 'Total of scope a.', resolve: (c) => c.a }),
    b: t.field({ type: RowRef, description: 'Total of scope b.', resolve: (c) => c.b }),
    ratio: t.field({ type: RatiosRef, description: 'a / b per metric.', resolve: (c) => c.ratio }),
  }),
});

const HistogramRef = builder.objectRef<HistogramBucket>('AttainmentHistogramBucket').implement({
  description: 'Reps whose attainment falls in [lowerBound, upperBound).',
  fields: (t) => ({
    lowerBound: t.field({
      type: 'Decimal',
      description: 'Inclusive lower bound (0.1 = 10%).',
      resolve: (b) => b.lowerBound,
    }),
    upperBound: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Exclusive upper bound; null for the 200%+ bucket.',
      resolve: (b) => b.upperBound,
    }),
    repCount: t.exposeInt('repCount', { description: 'Reps in the bucket.' }),
    share: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'repCount / reps with a quota, 6 decimals; null when no rep has a quota.',
      resolve: (b) => b.share,
    }),
  }),
});

const MiddleRef = builder.objectRef<MovingTheMiddle>('MovingTheMiddle').implement({
  description:
    '"Moving the middle": bookings gained if the middle 60% of reps by attainment each sold X% more, next to every top-decile rep closing one more average deal.',
  fields: (t) => ({
    improvement: t.field({
      type: 'Decimal',
      description: 'X, the relative improvement of each middle rep (0.05 = 5% more bookings).',
      resolve: (m) => m.improvement,
    }),
    middleRepCount: t.exposeInt('middleRepCount', {
      description:
        'Reps ranked above the bottom 20% and below the top 20% by attainment (floor(20% of reps) each side).',
    }),
    middleBookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Their bookings.',
      resolve: (m) => m.middleBookings,
    }),
    middleGain: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'X x middleBookings, to the cent.',
      resolve: (m) => m.middleGain,
    }),
    topDecileRepCount: t.exposeInt('topDecileRepCount', {
      description: 'The top 10% of reps by attainment (ceil(10% of reps)).',
    }),
    topDecileBookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Their bookings.',
      resolve: (m) => m.topDecileBookings,
    }),
    topDecileGain: t.field({
      type: 'Decimal',
      ...MONEY,
      description: "Sum of each top-decile rep's own average deal size (bookings / wonCount, to the cent).",
      resolve: (m) => m.topDecileGain,
    }),
    middleToTopRatio: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'middleGain / topDecileGain, 6 decimals; null when topDecileGain is 0.',
      resolve: (m) => m.middleToTopRatio,
    }),
  }),
});

const BandNameEnum = describedEnum<BandName>(
  'AttainmentBandName',
  'A band of reps by attainment rank, cut as "moving the middle" cuts it.',
  {
    BOTTOM_20: 'The lowest-ranked floor(20% of reps).',
    MIDDLE_60: 'The reps between the bottom and the top 20%: those "moving the middle" counts.',
    TOP_20: 'The highest-ranked floor(20% of reps).',
  },
);

const BandRepRef = builder.objectRef<BandRep>('AttainmentBandRep').implement({
  description: 'A rep of an attainment band, with the figures that ranked them.',
  fields: (t) => ({
    rank: t.exposeInt('rank', {
      description: 'Rank by attainment over the distribution, 1 = lowest; ties broken by rep ID.',
    }),
    rep: t.prismaField({
      type: 'Rep',
      nullable: true,
      description: 'The rep.',
      resolve: (query, r, _args, ctx) => loadRow(ctx, 'rep', query, r.repId),
    }),
    name: t.exposeString('name', { description: 'Name of the rep.' }),
    bookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Their bookings in the period (REP row: overlay credit included).',
      resolve: (r) => r.bookings,
    }),
    quota: t.field({ type: 'Decimal', ...MONEY, description: 'Their quota for the period.', resolve: (r) => r.quota }),
    attainment: t.field({
      type: 'Decimal',
      description: 'bookings / quota, 6 decimals.',
      resolve: (r) => r.attainment,
    }),
  }),
});

const BandRef = builder.objectRef<AttainmentBand>('AttainmentBand').implement({
  description: 'The reps of one band of the attainment distribution, by rank.',
  fields: (t) => ({
    band: t.field({ type: BandNameEnum, description: 'Which band.', resolve: (b) => b.band }),
    repCount: t.exposeInt('repCount', {
      description: 'Reps in the band (for MIDDLE_60, movingTheMiddle.middleRepCount).',
    }),
    bookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: "The band's bookings (for MIDDLE_60, movingTheMiddle.middleBookings).",
      resolve: (b) => b.bookings,
    }),
    reps: t.field({ type: [BandRepRef], description: 'The reps, lowest rank first.', resolve: (b) => b.reps }),
  }),
});

const DistributionRef = builder.objectRef<AttainmentDistribution>('AttainmentDistribution').implement({
  description:
    'Per-rep attainment for a period over the reps of the scope with an individual quota above 0 (same credit as the REP grouping).',
  fields: (t) => {
    const attainment = (name: 'p10' | 'p25' | 'median' | 'p75' | 'p90' | 'mean', description: string) =>
      t.field({ type: 'Decimal', nullable: true, description, resolve: (d) => d[name] });
    return {
      period: t.field({ type: PeriodRef, description: 'The period measured.', resolve: (d) => d.period }),
      repCount: t.exposeInt('repCount', { description: 'Reps with a quota in the period.' }),
      histogram: t.field({
        type: [HistogramRef],
        description: '21 buckets: [0, 10%), [10%, 20%) ... [190%, 200%), then 200% and above.',
        resolve: (d) => d.histogram,
      }),
      p10: attainment('p10', '10th percentile (linear interpolation between closest ranks), 6 decimals.'),
      p25: attainment('p25', '25th percentile, 6 decimals.'),
      median: attainment('median', 'Median attainment, 6 decimals.'),
      p75: attainment('p75', '75th percentile, 6 decimals.'),
      p90: attainment('p90', '90th percentile, 6 decimals.'),
      mean: attainment('mean', 'Mean of the per-rep attainments (unweighted), 6 decimals.'),
      repsAtOrAboveQuota: t.exposeInt('repsAtOrAboveQuota', { description: 'Reps at or above 100%.' }),
      shareAtOrAboveQuota: t.field({
        type: 'Decimal',
        nullable: true,
        description: 'repsAtOrAboveQuota / repCount, 6 decimals.',
        resolve: (d) => d.shareAtOrAboveQuota,
      }),
      movingTheMiddle: t.field({
        type: MiddleRef,
        description: 'Middle 60% improving by X% versus the top decile closing one more deal each.',
        resolve: (d) => d.movingTheMiddle,
      }),
      bands: t.field({
        type: [BandRef],
        description:
          'The reps by name in three bands: BOTTOM_20, MIDDLE_60 and TOP_20 (floor(20% of reps) at each end, ranked by attainment, ties by rep ID: the cut and tie rule of movingTheMiddle).',
        resolve: (d) => d.bands,
      }),
    };
  },
});

const RampMonthRef = builder.objectRef<RampMonth>('RampMonth').implement({
  description: "One tenure month of a new hire: bookings against that month's quota.",
  fields: (t) => ({
    tenureMonth: t.exposeInt('tenureMonth', { description: '1 = the calendar month of the hire date.' }),
    start: t.field({ type: 'Date', description: 'First day of the month.', resolve: (m) => m.start }),
    bookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Credited bookings closed in the month.',
      resolve: (m) => m.bookings,
    }),
    quota: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Monthly quota for the month (0 when none).',
      resolve: (m) => m.quota,
    }),
    attainment: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'bookings / quota, 6 decimals; null when quota is 0.',
      resolve: (m) => m.attainment,
    }),
  }),
});

const RampRepRef = builder.objectRef<RampRep>('RampRep').implement({
  description: 'A new hire: time to first deal and attainment by tenure month.',
  fields: (t) => ({
    rep: t.prismaField({
      type: 'Rep',
      nullable: true,
      description: 'The rep (null only if it is not visible to the caller).',
      resolve: (query, r, _args, ctx) => loadRow(ctx, 'rep', query, r.repId),
    }),
    name: t.exposeString('name', { description: 'Name of the rep.' }),
    hireDate: t.field({ type: 'Date', description: 'Hire date.', resolve: (r) => r.hireDate }),
    firstDealDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Close date of the first CLOSED_WON deal credited to the rep (any split); null if none yet.',
      resolve: (r) => r.firstDealDate,
    }),
    daysToFirstDeal: t.exposeInt('daysToFirstDeal', {
      nullable: true,
      description: 'firstDealDate - hireDate in days.',
    }),
    monthsToFirstDeal: t.exposeInt('monthsToFirstDeal', {
      nullable: true,
      description: 'Tenure month in which the first deal closed (1 = the month of hire).',
    }),
    months: t.field({
      type: [RampMonthRef],
      description: 'Tenure months that have started (up to asOf) while the rep was employed.',
      resolve: (r) => r.months,
    }),
  }),
});

const RampTenureRef = builder.objectRef<RampTenureMonth>('RampTenureMonth').implement({
  description: 'One tenure month across the cohort.',
  fields: (t) => ({
    tenureMonth: t.exposeInt('tenureMonth', { description: '1 = the month of hire.' }),
    repCount: t.exposeInt('repCount', {
      description: 'Reps of the cohort employed in that tenure month (up to asOf).',
    }),
    bookings: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Their bookings in that tenure month.',
      resolve: (m) => m.bookings,
    }),
    quota: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Their monthly quotas for it.',
      resolve: (m) => m.quota,
    }),
    attainment: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'bookings / quota, 6 decimals; null when quota is 0.',
      resolve: (m) => m.attainment,
    }),
    repsWithFirstDeal: t.exposeInt('repsWithFirstDeal', {
      description: 'Of those reps, how many had closed their first deal by the end of the month.',
    }),
  }),
});

const RampRef = builder.objectRef<RampReport>('RampReport').implement({
  description: 'Ramp of the reps hired in a window.',
  fields: (t) => ({
    hiredFrom: t.field({
      type: 'Date',
      description: 'Start of the hiring window (inclusive).',
      resolve: (r) => r.hiredFrom,
    }),
    hiredTo: t.field({ type: 'Date', description: 'End of the hiring window (exclusive).', resolve: (r) => r.hiredTo }),
    asOf: t.field({
      type: 'Date',
      description: 'Months starting after this day are left out.',
      resolve: (r) => r.asOf,
    }),
    months: t.exposeInt('months', { description: 'Tenure months reported.' }),
    repCount: t.exposeInt('repCount', { description: 'Reps hired in the window (in scope).' }),
    repsWithFirstDeal: t.exposeInt('repsWithFirstDeal', { description: 'Of them, reps with a won deal.' }),
    avgMonthsToFirstDeal: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Mean monthsToFirstDeal over reps with a won deal, 2 decimals.',
      resolve: (r) => r.avgMonthsToFirstDeal,
    }),
    medianMonthsToFirstDeal: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Median monthsToFirstDeal over reps with a won deal.',
      resolve: (r) => r.medianMonthsToFirstDeal,
    }),
    reps: t.field({ type: [RampRepRef], description: 'The reps, by hire date.', resolve: (r) => r.reps }),
    tenureMonths: t.field({
      type: [RampTenureRef],
      description: 'The cohort by tenure month.',
      resolve: (r) => r.tenureMonths,
    }),
  }),
});

const HierarchySourceEnum = describedEnum<HierarchySource>(
  'PerformanceHierarchy',
  'Which hierarchy (manager links, account placements) a report rolls up by.',
  {
    CURRENT: 'As it stands today: a rep moved since counts under their new manager for past periods too.',
    AS_OF_PERIOD:
      "As it was on the period's last day (today while the period runs): a rep moved after the period counts under the manager they had then.",
  },
);

/** The `hierarchy` argument of the performance reports, with the report's own description. */
const hierarchyArg = (description: string) =>
  ({ type: HierarchySourceEnum, defaultValue: 'CURRENT', description }) as const;

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  performance: t.field({
    type: ReportRef,
    description: 'Every metric of docs/design.md §5 for a period and scope, one row per group plus the total.',
    authScopes: { scope: READ_SCOPE },
    args: {
      period: t.arg.string({ required: true, description: 'Period key: FY2027, FY2027-Q3 or FY2027-M07.' }),
      scope: t.arg({ type: ScopeInputRef, description: 'What to measure (default: the whole organization).' }),
      groupBy: t.arg({ type: GroupingEnum, description: 'Grouping of the rows (default: none, total only).' }),
      orderBy: t.arg({ type: OrderRef, description: 'Sort rows by a metric (default: by label, or by period).' }),
      first: t.arg.int({ description: 'Keep only the first rows after sorting (e.g. a top 10).' }),
      hierarchy: t.arg(
        hierarchyArg(
          "Which hierarchy rolls the period up: the scope's subtree, the MANAGER rows and the account's territory (default CURRENT).",
        ),
      ),
    },
    resolve: (_root, args, ctx, info) =>
      performance(performanceContext(ctx), {
        period: args.period,
        scope: decodeScope(args.scope, 'scope'),
        groupBy: args.groupBy,
        orderBy: args.orderBy ? { metric: args.orderBy.metric, direction: args.orderBy.direction ?? 'desc' } : null,
        first: args.first,
        rowFields: selectedFieldsAt(info, ['rows']),
        hierarchy: args.hierarchy,
      }),
  }),
  performanceTrend: t.field({
    type: TrendRef,
    description: 'The metrics over consecutive periods ending with `period` (e.g. the last 8 quarters), in one call.',
    authScopes: { scope: READ_SCOPE },
    args: {
      period: t.arg.string({ required: true, description: 'The last period of the trend, e.g. FY2027-Q3.' }),
      periods: t.arg.int({ defaultValue: 8, description: 'Number of periods (1-36), of the kind of `period`.' }),
      scope: t.arg({ type: ScopeInputRef, description: 'What to measure (default: the whole organization).' }),
      groupBy: t.arg({
        type: GroupingEnum,
        description: 'Also group each period by an attribute grouping (not MONTH or QUARTER).',
      }),
      hierarchy: t.arg(
        hierarchyArg(
          "Which hierarchy rolls each period up: AS_OF_PERIOD uses each period's own last day for the scope's subtree, the MANAGER rows and the account's territory (default CURRENT).",
        ),
      ),
    },
    resolve: (_root, args, ctx, info) =>
      performanceTrend(performanceContext(ctx), {
        period: args.period,
        periods: args.periods,
        scope: decodeScope(args.scope, 'scope'),
        groupBy: args.groupBy,
        rowFields: selectedFieldsAt(info, ['points', 'rows']),
        hierarchy: args.hierarchy,
      }),
  }),
  performanceComparison: t.field({
    type: ComparisonRef,
    description: 'Two scopes side by side in a period (e.g. region A vs region B), with a / b per metric.',
    authScopes: { scope: READ_SCOPE },
    args: {
      period: t.arg.string({ required: true, description: 'Period key: FY2027, FY2027-Q3 or FY2027-M07.' }),
      a: t.arg({ type: ScopeInputRef, required: true, description: 'First scope (numerator of the ratios).' }),
      b: t.arg({ type: ScopeInputRef, required: true, description: 'Second scope (denominator of the ratios).' }),
      hierarchy: t.arg(
        hierarchyArg(
          "Which hierarchy decides both scopes' subtrees and territories (default CURRENT; AS_OF_PERIOD: the period's last day).",
        ),
      ),
    },
    resolve: (_root, args, ctx) =>
      performanceComparison(performanceContext(ctx), {
        period: args.period,
        a: decodeScope(args.a, 'a') ?? {},
        b: decodeScope(args.b, 'b') ?? {},
        hierarchy: args.hierarchy,
      }),
  }),
  attainmentDistribution: t.field({
    type: DistributionRef,
    description: 'Distribution of per-rep attainment in a period, with percentiles and "moving the middle".',
    authScopes: { scope: READ_SCOPE },
    args: {
      period: t.arg.string({ required: true, description: 'Period key: FY2027, FY2027-Q3 or FY2027-M07.' }),
      scope: t.arg({ type: ScopeInputRef, description: 'Which reps (default: the whole organization).' }),
      improvement: t.arg({
        type: 'Decimal',
        defaultValue: '0.05' as never,
        description: 'X of "moving the middle": relative improvement of each middle rep (0.05 = 5%), 0 to 10.',
      }),
      hierarchy: t.arg(
        hierarchyArg(
          "Which hierarchy decides the scope's reps (a manager's subtree) and territories (default CURRENT; AS_OF_PERIOD: the period's last day).",
        ),
      ),
    },
    resolve: (_root, args, ctx) =>
      attainmentDistribution(performanceContext(ctx), {
        period: args.period,
        scope: decodeScope(args.scope, 'scope'),
        improvement: args.improvement,
        hierarchy: args.hierarchy,
      }),
  }),
  newHireRamp: t.field({
    type: RampRef,
    description: 'Ramp of reps hired in a window: time to first deal and attainment by tenure month.',
    authScopes: { scope: READ_SCOPE },
    args: {
      hiredFrom: t.arg({ type: 'Date', required: true, description: 'First hire date of the window (inclusive).' }),
      hiredTo: t.arg({ type: 'Date', required: true, description: 'End of the window (exclusive).' }),
      months: t.arg.int({ defaultValue: 12, description: 'Tenure months to report (1-36).' }),
      asOf: t.arg({ type: 'Date', description: 'Leave out months starting after this day (default: today).' }),
      scope: t.arg({ type: RampScopeRef, description: 'Which reps (default: the whole organization).' }),
      roles: t.arg({ type: [RepRoleEnum], description: 'Only reps with one of these roles.' }),
    },
    resolve: (_root, args, ctx) =>
      newHireRamp(performanceContext(ctx), {
        hiredFrom: args.hiredFrom,
        hiredTo: args.hiredTo,
        months: args.months,
        asOf: args.asOf,
        scope: args.scope
          ? {
              repId: parseOptionalId(args.scope.repId, 'Rep', ['scope', 'repId']),
              region: args.scope.region,
              segment: args.scope.segment,
            }
          : null,
        roles: args.roles,
      }),
  }),
}));
