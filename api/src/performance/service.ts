// Performance services (docs/design.md §5): a period x scope x grouping report, trends over
// consecutive periods, and two scopes side by side. Each request costs a fixed number of SQL
// statements: the scope checks (at most one per ID given) plus one metric statement per scope.

import { dayOf } from '../forecast/period.js';
import type { OpportunityType, Segment } from '../generated/prisma/client.js';
import { childPeriods, type Period, trailingPeriods } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { Decimal as Dec, type Decimal, type DecimalText } from '../shared/scalars.js';
import {
  ATTRIBUTE_GROUPINGS,
  type AttributeGrouping,
  emptyMetrics,
  type Grouping,
  METRIC_NAMES,
  type MetricName,
  type MetricRow,
  type Metrics,
  queryMetrics,
  ratio,
  refusalReason,
  unsupportedMetrics,
} from './metrics.js';
import { type PerformanceContext, parsePeriod, type ResolvedScope, resolveScope, type ScopeInput } from './scope.js';

export { ratio } from './metrics.js';
export type { PerformanceContext, ScopeInput } from './scope.js';

/** One row of a report: a group (or the total) with every metric. */
export interface PerformanceRow extends Metrics {
  /** Stable key of the group: an ID, a region, a segment, a period key; '' = none; 'TOTAL' for totals. */
  key: string;
  /** Human-readable name of the group. */
  label: string;
  /** Grouping of the row; null for a total. */
  grouping: Grouping | null;
  repId: number | null;
  territoryId: number | null;
  productId: number | null;
  region: string | null;
  segment: Segment | null;
  /** The deal type of a TYPE row. */
  dealType: OpportunityType | null;
  /** The account industry of an ACCOUNT_INDUSTRY row. */
  accountIndustry: string | null;
  /** The account segment of an ACCOUNT_SEGMENT row. */
  accountSegment: Segment | null;
  /** The source of a SOURCE row (null for "No source"). */
  source: string | null;
  /** The loss reason of a LOSS_REASON row (null for "No loss reason"). */
  lossReasonId: number | null;
  /** The competitor of a COMPETITOR row (null for "No competitor"). */
  competitor: string | null;
  period: Period | null;
}

export interface PerformanceReport {
  period: Period;
  grouping: Grouping | null;
  rows: PerformanceRow[];
  total: PerformanceRow;
}

export interface PerformanceOrder {
  metric: MetricName;
  direction: 'asc' | 'desc';
}

export interface PerformanceArgs {
  period: string;
  scope?: ScopeInput | null;
  groupBy?: Grouping | null;
  orderBy?: PerformanceOrder | null;
  first?: number | null;
  /** The fields the request selects on the group rows, to refuse metrics the grouping lacks. */
  rowFields?: readonly string[] | null;
  /** Which hierarchy rolls the period up (default CURRENT). */
  hierarchy?: HierarchySource | null;
}

/** CURRENT: the hierarchy as it stands today. AS_OF_PERIOD: as it was on the period's last day. */
export type HierarchySource = 'CURRENT' | 'AS_OF_PERIOD';

/**
 * The day whose hierarchy an AS_OF_PERIOD report uses: the period's last day, or today while the
 * period is still running (docs/design.md "Effective-dated history").
 */
export function periodHierarchyDay(period: Period, today: Date): Date {
  const last = new Date(period.end.getTime() - 86_400_000);
  return last < today ? last : today;
}

/** The day whose hierarchy rolls `period` up: null (today's) for CURRENT or no choice. */
export function hierarchyDayOf(
  ctx: PerformanceContext,
  period: Period,
  hierarchy: HierarchySource | null | undefined,
): Date | null {
  return hierarchy === 'AS_OF_PERIOD' ? periodHierarchyDay(period, dayOf(new Date(), ctx.timeZone ?? 'UTC')) : null;
}

const NONE_LABEL: Partial<Record<Grouping, string>> = {
  MANAGER: 'No manager',
  TERRITORY: 'No territory',
  SEGMENT: 'No segment',
  REGION: 'No region',
  SOURCE: 'No source',
  LOSS_REASON: 'No loss reason',
  COMPETITOR: 'No competitor',
};

const TYPE_LABEL: Record<OpportunityType, string> = {
  NEW_BUSINESS: 'New business',
  EXPANSION: 'Expansion',
  RENEWAL: 'Renewal',
};

/**
 * Refuses a grouping whose rows would show a metric it does not define (docs/design.md §5
 * "Which metric allows which grouping"), whether the request selects it on the rows or sorts
 * by it. The error names the argument: `groupBy`, or `orderBy.metric` for a sort.
 */
export function checkGroupingMetrics(
  grouping: Grouping | null | undefined,
  rowFields: readonly string[] | null | undefined,
  orderBy: PerformanceOrder | null | undefined,
): void {
  const refused = unsupportedMetrics(grouping);
  if (!refused.length) return;
  const supporting = ATTRIBUTE_GROUPINGS.filter((g) => !unsupportedMetrics(g).length).join(', ');
  if (orderBy && refused.includes(orderBy.metric)) {
    throw new UserInputError(
      'INVALID',
      `groupBy ${grouping} does not support sorting by ${orderBy.metric}: ${refusalReason(grouping as Grouping)} (group by ${supporting} instead)`,
      ['orderBy', 'metric'],
    );
  }
  const selected = refused.filter((m) => rowFields?.includes(m));
  if (selected.length) {
    throw new UserInputError(
      'INVALID',
      `groupBy ${grouping} does not support ${selected.join(', ')} on its rows: ${refusalReason(grouping as Grouping)} (select them on the total, or group by ${supporting})`,
      ['groupBy'],
    );
  }
}

export const MAX_TREND_PERIODS = 36;
export const MAX_ROWS = 100_000;

function fiscalYears(buckets: readonly Period[]): number[] {
  return [...new Set(buckets.map((b) => b.fiscalYear))];
}

/** The identifying columns of a report row: everything but the metrics. */
type RowHead = Omit<PerformanceRow, keyof Metrics>;

/**
 * A report row from its metrics and head, every property written out: a spread or a rest pattern
 * over the 26 properties cost about 8 µs per row (12 ms of the service and about 35 ms of the
 * GraphQL layer for the 1,563 rows of a quarter by REP on `large`: the copies were slow objects).
 */
function reportRow(m: Metrics, h: RowHead): PerformanceRow {
  return {
    bookings: m.bookings,
    quota: m.quota,
    attainment: m.attainment,
    wonCount: m.wonCount,
    lostCount: m.lostCount,
    winRate: m.winRate,
    avgDealSize: m.avgDealSize,
    salesCycleDays: m.salesCycleDays,
    pipelineCreated: m.pipelineCreated,
    openPipeline: m.openPipeline,
    openCount: m.openCount,
    weightedPipeline: m.weightedPipeline,
    coverage: m.coverage,
    velocity: m.velocity,
    overlayBookings: m.overlayBookings,
    overlayQuota: m.overlayQuota,
    key: h.key,
    label: h.label,
    grouping: h.grouping,
    repId: h.repId,
    territoryId: h.territoryId,
    productId: h.productId,
    region: h.region,
    segment: h.segment,
    dealType: h.dealType,
    accountIndustry: h.accountIndustry,
    accountSegment: h.accountSegment,
    source: h.source,
    lossReasonId: h.lossReasonId,
    competitor: h.competitor,
    period: h.period,
  };
}

const NO_IDS = {
  repId: null,
  territoryId: null,
  productId: null,
  region: null,
  segment: null,
  dealType: null,
  accountIndustry: null,
  accountSegment: null,
  source: null,
  lossReasonId: null,
  competitor: null,
} as const;

function totalRow(metrics: Metrics | undefined, period: Period | null): PerformanceRow {
  return reportRow(metrics ?? emptyMetrics(), { key: 'TOTAL', label: 'Total', grouping: null, ...NO_IDS, period });
}

function groupRow(row: MetricRow, grouping: AttributeGrouping): PerformanceRow {
  const id = row.key === '' ? null : Number(row.key);
  const label =
    row.key === ''
      ? (NONE_LABEL[grouping] ?? 'None')
      : grouping === 'TYPE'
        ? TYPE_LABEL[row.key as OpportunityType]
        : (row.name ?? row.key);
  return reportRow(row, {
    key: row.key,
    label,
    grouping,
    repId: grouping === 'REP' || grouping === 'MANAGER' ? id : null,
    territoryId: grouping === 'TERRITORY' ? id : null,
    productId: grouping === 'PRODUCT' ? id : null,
    region: grouping === 'REGION' ? row.key : null,
    segment: grouping === 'SEGMENT' && row.key !== '' ? (row.key as Segment) : null,
    dealType: grouping === 'TYPE' ? (row.key as OpportunityType) : null,
    accountIndustry: grouping === 'ACCOUNT_INDUSTRY' ? row.key : null,
    accountSegment: grouping === 'ACCOUNT_SEGMENT' ? (row.key as Segment) : null,
    source: grouping === 'SOURCE' && row.key !== '' ? row.key : null,
    lossReasonId: grouping === 'LOSS_REASON' ? id : null,
    competitor: grouping === 'COMPETITOR' && row.key !== '' ? row.key : null,
    period: null,
  });
}

function periodRow(metrics: Metrics | undefined, period: Period, grouping: 'MONTH' | 'QUARTER'): PerformanceRow {
  return reportRow(metrics ?? emptyMetrics(), { key: period.key, label: period.key, grouping, ...NO_IDS, period });
}

function compareMaybe(a: DecimalText | number | null, b: DecimalText | number | null): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1; // nulls last
  return new Dec(a.toString()).comparedTo(new Dec(b.toString()));
}

/** Sorts rows by a metric (nulls last whatever the direction), then label and key; keeps `first`. */
function orderRows(
  rows: PerformanceRow[],
  order: PerformanceOrder | null | undefined,
  first: number | null | undefined,
) {
  if (order) {
    const sign = order.direction === 'desc' ? -1 : 1;
    rows.sort((x, y) => {
      const a = x[order.metric];
      const b = y[order.metric];
      if (a == null || b == null) return compareMaybe(a, b) || byLabel(x, y);
      return sign * compareMaybe(a, b) || byLabel(x, y);
    });
  }
  if (first != null) {
    if (first < 0 || first > MAX_ROWS) {
      throw new UserInputError('OUT_OF_RANGE', `first must be between 0 and ${MAX_ROWS}; got ${first}`, ['first']);
    }
    return rows.slice(0, first);
  }
  return rows;
}

function byLabel(x: PerformanceRow, y: PerformanceRow): number {
  return x.label < y.label ? -1 : x.label > y.label ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
}

/** Buckets of a time grouping: the period's months or quarters. */
function timeBuckets(period: Period, grouping: 'MONTH' | 'QUARTER', startMonth: number): Period[] {
  if (grouping === 'QUARTER' && period.kind === 'MONTH') {
    throw new UserInputError('INVALID', 'Grouping by QUARTER needs a quarter or year period', ['groupBy']);
  }
  return childPeriods(period, grouping, startMonth);
}

/** Rows of an attribute grouping for one bucket, in label order. */
function groupRows(rows: MetricRow[], bucket: number, grouping: AttributeGrouping): PerformanceRow[] {
  return rows
    .filter((r) => r.bucket === bucket && !r.total)
    .map((r) => groupRow(r, grouping))
    .sort(byLabel);
}

/** A report resolved from an already-checked scope: one metric statement. */
export async function performanceForScope(
  ctx: PerformanceContext,
  period: Period,
  scope: ResolvedScope,
  groupBy: Grouping | null,
): Promise<PerformanceReport> {
  if (groupBy === 'MONTH' || groupBy === 'QUARTER') {
    const children = timeBuckets(period, groupBy, ctx.fiscalYearStartMonth);
    const buckets: Period[] = [period, ...children.filter((c) => c.key !== period.key)];
    const rows = await queryMetrics(ctx, { scope, buckets, fiscalYears: fiscalYears(buckets), grouping: null });
    const byBucket = new Map(rows.filter((r) => r.total).map((r) => [r.bucket, r]));
    return {
      period,
      grouping: groupBy,
      total: totalRow(byBucket.get(0), period),
      rows: children.map((c) => periodRow(byBucket.get(buckets.findIndex((b) => b.key === c.key)), c, groupBy)),
    };
  }
  const rows = await queryMetrics(ctx, {
    scope,
    buckets: [period],
    fiscalYears: [period.fiscalYear],
    grouping: groupBy,
  });
  const total = rows.find((r) => r.total);
  return {
    period,
    grouping: groupBy,
    total: totalRow(total, period),
    rows: groupBy ? groupRows(rows, 0, groupBy) : [],
  };
}

/** `performance`: every metric for a period and scope, one row per group plus the total. */
export async function performance(ctx: PerformanceContext, args: PerformanceArgs): Promise<PerformanceReport> {
  const period = parsePeriod(args.period, ctx.fiscalYearStartMonth);
  if (args.groupBy === 'QUARTER' && period.kind === 'MONTH') timeBuckets(period, 'QUARTER', ctx.fiscalYearStartMonth);
  checkGroupingMetrics(args.groupBy, args.rowFields, args.orderBy);
  const scope = await resolveScope(ctx, args.scope, ['scope'], hierarchyDayOf(ctx, period, args.hierarchy));
  const report = await performanceForScope(ctx, period, scope, args.groupBy ?? null);
  report.rows = orderRows(report.rows, args.orderBy, args.first);
  return report;
}

export interface TrendPoint {
  period: Period;
  total: PerformanceRow;
  rows: PerformanceRow[];
}

export interface PerformanceTrend {
  grouping: AttributeGrouping | null;
  points: TrendPoint[];
}

export interface TrendArgs {
  /** The last period of the trend; the others are the ones of the same kind before it. */
  period: string;
  periods?: number | null;
  scope?: ScopeInput | null;
  groupBy?: Grouping | null;
  /** The fields the request selects on each point's group rows (see PerformanceArgs). */
  rowFields?: readonly string[] | null;
  /** Which hierarchy rolls each period up (default CURRENT); AS_OF_PERIOD: each its own last day. */
  hierarchy?: HierarchySource | null;
}

/** The metrics over `periods` consecutive periods ending with `period`, in one statement. */
export async function performanceTrend(ctx: PerformanceContext, args: TrendArgs): Promise<PerformanceTrend> {
  const last = parsePeriod(args.period, ctx.fiscalYearStartMonth);
  const count = args.periods ?? 8;
  if (!Number.isInteger(count) || count < 1 || count > MAX_TREND_PERIODS) {
    throw new UserInputError('OUT_OF_RANGE', `periods must be between 1 and ${MAX_TREND_PERIODS}; got ${count}`, [
      'periods',
    ]);
  }
  const grouping = args.groupBy ?? null;
  if (grouping === 'MONTH' || grouping === 'QUARTER') {
    throw new UserInputError('INVALID', `A trend is already by period; group it by ${ATTRIBUTE_GROUPINGS.join(', ')}`, [
      'groupBy',
    ]);
  }
  checkGroupingMetrics(grouping, args.rowFields, null);
  const buckets = trailingPeriods(last, count, ctx.fiscalYearStartMonth);
  const rows = await trendRows(ctx, args, buckets, grouping);
  const totals = new Map(rows.filter((r) => r.total).map((r) => [r.bucket, r]));
  return {
    grouping,
    points: buckets.map((period, i) => ({
      period,
      total: totalRow(totals.get(i), period),
      rows: grouping ? groupRows(rows, i, grouping) : [],
    })),
  };
}

/**
 * The metric rows of a trend. By today's hierarchy: one statement for every period. By each
 * period's own hierarchy: the scope's subtree, the manager links and the placements differ per
 * period, so one statement per period (at most MAX_TREND_PERIODS), one after the other so that a
 * trend holds one connection at a time; rows keep the index of their period.
 */
async function trendRows(
  ctx: PerformanceContext,
  args: TrendArgs,
  buckets: Period[],
  grouping: AttributeGrouping | null,
): Promise<MetricRow[]> {
  if (args.hierarchy !== 'AS_OF_PERIOD') {
    const scope = await resolveScope(ctx, args.scope);
    return queryMetrics(ctx, { scope, buckets, fiscalYears: fiscalYears(buckets), grouping });
  }
  const out: MetricRow[] = [];
  for (const [i, period] of buckets.entries()) {
    const scope = await resolveScope(ctx, args.scope, ['scope'], hierarchyDayOf(ctx, period, 'AS_OF_PERIOD'));
    const rows = await queryMetrics(ctx, { scope, buckets: [period], fiscalYears: [period.fiscalYear], grouping });
    for (const r of rows) out.push({ ...r, bucket: i });
  }
  return out;
}

export type MetricRatios = Record<MetricName, Decimal | null>;

export interface PerformanceComparison {
  period: Period;
  a: PerformanceRow;
  b: PerformanceRow;
  /** a / b per metric, 6 decimals; null when either is null or b is zero. */
  ratio: MetricRatios;
}

/** Two scopes side by side for one period, with the ratio a / b of every metric. */
export async function performanceComparison(
  ctx: PerformanceContext,
  args: { period: string; a: ScopeInput; b: ScopeInput; hierarchy?: HierarchySource | null },
): Promise<PerformanceComparison> {
  const period = parsePeriod(args.period, ctx.fiscalYearStartMonth);
  const day = hierarchyDayOf(ctx, period, args.hierarchy);
  const [scopeA, scopeB] = await Promise.all([
    resolveScope(ctx, args.a, ['a'], day),
    resolveScope(ctx, args.b, ['b'], day),
  ]);
  const [a, b] = await Promise.all([
    performanceForScope(ctx, period, scopeA, null),
    performanceForScope(ctx, period, scopeB, null),
  ]);
  const ratios = Object.fromEntries(METRIC_NAMES.map((m) => [m, ratio(a.total[m], b.total[m])])) as MetricRatios;
  return { period, a: a.total, b: b.total, ratio: ratios };
}
