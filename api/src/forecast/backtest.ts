// Backtests over ended periods (issue 19): for each period and each fiscal week in it, a node's
// forecasts as they stood at the end of that week (its own calls, the category rollups and the
// projection, rebuilt from deal history exactly as a snapshot is) against what the subtree won in
// the period, then scored across periods by week of the period: MAPE, bias (mean signed error) and
// MASE against the naive forecast "the same team books what it booked the period before". One
// statement per period computes every week at once: the weekly figures are running sums of what
// each history row changed (docs/forecast.md, "Backtests"), so the cost grows with the history
// rows of the period's deals, not with deals x weeks.
import { Prisma } from '../generated/prisma/client.js';
import { periodContaining } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { sqlRoundCents } from '../shared/money.js';
import { Decimal } from '../shared/scalars.js';
import { type ForecastPeriod, sqlDay, sqlInstant } from './period.js';
import type { ForecastCaller } from './scope.js';
import { weekEnd, weeksIn } from './snapshot.js';
import { creditCte, treeCte, winRateCtes } from './sql.js';

/** The forecasts a backtest scores. */
export const BACKTEST_METHODS = [
  'commitCall',
  'bestCaseCall',
  'commitForecast',
  'bestCaseForecast',
  'projection',
] as const;
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];

/** At most this many periods per backtest (each costs one statement). */
export const MAX_BACKTEST_PERIODS = 16;

export interface BacktestMeasure {
  /** The forecast at the end of the week; null when there was none (no call submitted by then). */
  forecast: Decimal | null;
  /** (forecast - actual) / actual to 6 decimals; null without a forecast or when nothing was won. */
  error: Decimal | null;
}

export interface BacktestWeek {
  week: number;
  /** The end of the week: the period start + 7 x week days, at local midnight. */
  asOf: Date;
  measures: Record<BacktestMethod, BacktestMeasure>;
}

export interface BacktestNodePeriod {
  period: ForecastPeriod;
  /** Won in the period by the subtree, as recorded now. */
  actual: Decimal;
  /** The naive forecast: what the same subtree won in the period before, as recorded now. */
  naive: Decimal;
  weeks: BacktestWeek[];
}

export interface BacktestScore {
  /** Periods with a forecast at this week. */
  observations: number;
  /** Mean of |forecast - actual| / actual over those with something won, to 6 decimals. */
  mape: Decimal | null;
  /** Mean of (forecast - actual) / actual over the same: positive = forecasts above what was won. */
  bias: Decimal | null;
  /** Mean |forecast - actual| / mean |naive - actual| over the observations; below 1 beats the naive forecast. */
  mase: Decimal | null;
}

export interface BacktestWeekScore {
  week: number;
  scores: Record<BacktestMethod, BacktestScore>;
}

export interface BacktestNode {
  repId: number;
  /** 1 - the mean absolute percentage error of the node's own COMMIT calls over every week of every period, within [0, 1]. */
  callReliability: Decimal | null;
  periods: BacktestNodePeriod[];
  weeks: BacktestWeekScore[];
}

export interface ForecastBacktest {
  periods: ForecastPeriod[];
  node: BacktestNode;
  children: BacktestNode[];
}

interface BacktestRow {
  id: number;
  name: string;
  root: boolean;
  w: number;
  closed: Decimal;
  commit: Decimal;
  best_case: Decimal;
  projection: Decimal;
  commit_call: Decimal | null;
  best_case_call: Decimal | null;
  actual: Decimal;
  naive: Decimal;
}

/** The period before `period`, of the same kind: whose bookings are the naive forecast. */
export function previousPeriod(period: ForecastPeriod, fiscalYearStartMonth: number) {
  return periodContaining(new Date(period.start.getTime() - 86_400_000), period.kind, fiscalYearStartMonth);
}

/** Refuses a list of periods that is empty, too long, repeats a period or holds one that has not ended. */
export function checkBacktestPeriods(periods: ForecastPeriod[], field: string): void {
  if (periods.length === 0 || periods.length > MAX_BACKTEST_PERIODS) {
    throw new UserInputError('OUT_OF_RANGE', `${field} must list between 1 and ${MAX_BACKTEST_PERIODS} periods`, [
      field,
    ]);
  }
  const seen = new Set<string>();
  periods.forEach((p, i) => {
    if (!p.closed) {
      throw new UserInputError('INVALID', `${p.key} has not ended; a backtest runs on ended periods only`, [
        field,
        String(i),
      ]);
    }
    if (seen.has(p.key)) throw new UserInputError('INVALID', `${p.key} is listed twice`, [field, String(i)]);
    seen.add(p.key);
  });
}

/**
 * The weekly figures of the root and its direct reports for one ended period: one row per node and
 * week. Each deal's history is cut into weeks (a row changed at or before the end of week w and
 * after the end of week w - 1 belongs to week w; rows before the end of week 1 to week 1); the last
 * row of each deal in each week is its state at the end of that week; each such state's credited
 * lines (current revenue splits, as the forecast's snapshot uses) minus those of the deal's
 * previous state is what the week changed, and a node's figure at week w is the sum of the changes
 * of its subtree up to w. Credited lines, weighted lines and rounding are those of the rollup, so
 * week w's figures equal the snapshot's at the end of week w.
 */
export function backtestSql(caller: ForecastCaller, period: ForecastPeriod, rootId: number): Prisma.Sql {
  const org = caller.ctx.organization.id;
  const tz = caller.ctx.organization.timeZone;
  const weeks = Array.from({ length: weeksIn(period) }, (_, i) => i + 1);
  const ends = weeks.map((w) => weekEnd(period, w, tz));
  // width_bucket counts the thresholds at or below a change; a change exactly at a week's end
  // belongs to that week, so each threshold is the end + 1 ms (timestamp(3) precision).
  const after = ends.map((e) => sqlInstant(new Date(e.getTime() + 1)));
  const last = sqlInstant(ends[ends.length - 1] as Date);
  const start = sqlDay(period.start);
  const end = sqlDay(period.end);
  const before = previousPeriod(period, caller.ctx.organization.fiscalYearStartMonth);
  const line = (amount: string) =>
    Prisma.sql`CASE WHEN c.share = 1 THEN ${Prisma.raw(amount)} ELSE ${sqlRoundCents(Prisma.sql`${Prisma.raw(amount)} * c.share`)} END`;
  // A figure of a deal state's credited line: `p` is 'l.' for the state at the end of the week and
  // 'l.p' for the deal's previous state.
  const figure = (p: string, test: Prisma.Sql) =>
    Prisma.sql`CASE WHEN ${Prisma.raw(`${p}in_period`)} AND ${test} THEN ${Prisma.raw(`${p}line`)} ELSE 0 END`;
  const delta = (test: (p: string) => Prisma.Sql) =>
    Prisma.sql`sum(${figure('l.', test('l.'))} - ${figure('l.p', test('l.p'))})`;
  const open = (p: string) => Prisma.raw(`${p}stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`);
  const openIn = (p: string, category: string) =>
    Prisma.sql`(${open(p)} AND ${Prisma.raw(`${p}category = '${category}'`)})`;
  const counted = (p: string) =>
    Prisma.sql`(${open(p)} AND ${Prisma.raw(`${p}category IN ('PIPELINE', 'BEST_CASE', 'COMMIT')`)})`;
  return Prisma.sql`
    WITH RECURSIVE ${treeCte(org, rootId, period)},
    ${winRateCtes(org, period)},
    point(w, at) AS (SELECT * FROM unnest(${weeks}::int[], ${ends.map(sqlInstant)}::timestamp[])),
    target AS (SELECT id, cardinality(nodes) = 1 AS root FROM tree WHERE node AND cardinality(nodes) <= 2),
    cand AS (
      SELECT o.id, o."ownerId" FROM "Opportunity" o
       WHERE o."organizationId" = ${org} AND o.id IN (
         SELECT h."opportunityId" FROM "OpportunityHistory" h
          WHERE h."organizationId" = ${org} AND h."changedAt" <= ${last}::timestamp
            AND h."closeDate" >= ${start}::date AND h."closeDate" < ${end}::date)),
    -- Each deal's history read by its (opportunityId, changedAt) key, one deal at a time (OFFSET 0
    -- keeps the planner from turning it into a join that scans all of the organization's history,
    -- of which the period's deals hold about a tenth).
    weekly AS (
      SELECT DISTINCT ON (c.id, b.bucket) c.id, c."ownerId", b.bucket, h.stage, h."forecastCategory" AS category,
             h.amount, h."closeDate" >= ${start}::date AND h."closeDate" < ${end}::date AS in_period
        FROM cand c
        CROSS JOIN LATERAL (
          SELECT h.id, h."changedAt", h.stage, h."forecastCategory", h.amount, h."closeDate" FROM "OpportunityHistory" h
           WHERE h."opportunityId" = c.id AND h."changedAt" <= ${last}::timestamp OFFSET 0) h
        CROSS JOIN LATERAL (SELECT width_bucket(h."changedAt", ${after}::timestamp[]) + 1 AS bucket) b
       ORDER BY c.id, b.bucket, h."changedAt" DESC, h.id DESC),
    state AS (
      SELECT s.*,
             lag(s.stage) OVER w AS pstage, lag(s.category) OVER w AS pcategory, lag(s.amount) OVER w AS pamount,
             coalesce(lag(s.in_period) OVER w, false) AS pin_period
        FROM weekly s
      WINDOW w AS (PARTITION BY s.id ORDER BY s.bucket)),
    ${creditCte(org, 'state')},
    line AS (
      SELECT c."repId", c.bucket, c.stage, c.category, c.in_period, ${line('c.amount')} AS line,
             c.pstage, c.pcategory, c.pin_period, coalesce(${line('c.pamount')}, 0) AS pline
        FROM credit c WHERE c.in_period OR c.pin_period OFFSET 0),
    rep_delta AS (
      SELECT l."repId" AS id, l.bucket,
             ${delta((a) => Prisma.raw(`${a}stage = 'CLOSED_WON'`))} AS closed,
             ${delta((a) => openIn(a, 'COMMIT'))} AS commit,
             ${delta((a) => openIn(a, 'BEST_CASE'))} AS best_case,
             sum(CASE WHEN l.in_period AND ${counted('l.')} THEN ${sqlRoundCents(Prisma.sql`l.line * w.rate`)} ELSE 0 END
               - CASE WHEN l.pin_period AND ${counted('l.p')} THEN ${sqlRoundCents(Prisma.sql`l.pline * pw.rate`)} ELSE 0 END)
               AS projected_open
        FROM line l LEFT JOIN win_rate w ON w.stage = l.stage LEFT JOIN win_rate pw ON pw.stage = l.pstage
       GROUP BY l."repId", l.bucket),
    node_delta AS (
      SELECT a.id, d.bucket, sum(d.closed) AS closed, sum(d.commit) AS commit, sum(d.best_case) AS best_case,
             sum(d.projected_open) AS projected_open
        FROM rep_delta d JOIN tree t ON t.id = d.id CROSS JOIN LATERAL unnest(t.path) AS a(id)
        JOIN target g ON g.id = a.id
       GROUP BY a.id, d.bucket),
    booked AS (
      SELECT o.id, o."ownerId", o.amount, o."closeDate" >= ${start}::date AS this_period FROM "Opportunity" o
       WHERE o."organizationId" = ${org} AND o.stage = 'CLOSED_WON'
         AND o."closeDate" >= ${sqlDay(before.start)}::date AND o."closeDate" < ${end}::date),
    booked_line AS (
      SELECT coalesce(s."repId", b."ownerId") AS rep_id, b.this_period,
             CASE WHEN coalesce(s.percent, 1) = 1 THEN b.amount ELSE ${sqlRoundCents(Prisma.sql`b.amount * s.percent`)} END AS line
        FROM booked b LEFT JOIN "OpportunitySplit" s
          ON s."opportunityId" = b.id AND s."organizationId" = ${org} AND s."splitType" = 'REVENUE'
       WHERE coalesce(s."repId", b."ownerId") IN (SELECT id FROM tree)),
    node_booked AS (
      SELECT a.id, coalesce(sum(bl.line) FILTER (WHERE bl.this_period), 0) AS actual,
             coalesce(sum(bl.line) FILTER (WHERE NOT bl.this_period), 0) AS naive
        FROM booked_line bl JOIN tree t ON t.id = bl.rep_id CROSS JOIN LATERAL unnest(t.path) AS a(id)
        JOIN target g ON g.id = a.id
       GROUP BY a.id)
    SELECT g.id, r.name, g.root, p.w,
           coalesce(sum(d.closed), 0) AS closed, coalesce(sum(d.commit), 0) AS commit, coalesce(sum(d.best_case), 0) AS best_case,
           coalesce(sum(d.closed), 0) + coalesce(sum(d.projected_open), 0) AS projection,
           (SELECT f.amount FROM "ForecastSubmission" f
             WHERE f."organizationId" = ${org} AND f."periodKey" = ${period.key} AND f."ownerId" = g.id
               AND f.category = 'COMMIT' AND f."submittedAt" <= p.at
             ORDER BY f."submittedAt" DESC, f.id DESC LIMIT 1) AS commit_call,
           (SELECT f.amount FROM "ForecastSubmission" f
             WHERE f."organizationId" = ${org} AND f."periodKey" = ${period.key} AND f."ownerId" = g.id
               AND f.category = 'BEST_CASE' AND f."submittedAt" <= p.at
             ORDER BY f."submittedAt" DESC, f.id DESC LIMIT 1) AS best_case_call,
           coalesce(nb.actual, 0) AS actual, coalesce(nb.naive, 0) AS naive
      FROM target g CROSS JOIN point p JOIN "Rep" r ON r.id = g.id
      LEFT JOIN node_delta d ON d.id = g.id AND d.bucket <= p.w
      LEFT JOIN node_booked nb ON nb.id = g.id
     WHERE r."organizationId" = ${org}
     GROUP BY g.id, r.name, g.root, p.w, p.at, nb.actual, nb.naive
     ORDER BY g.root DESC, r.name, g.id, p.w`;
}

const ratio = (a: Decimal, b: Decimal) => a.dividedBy(b).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN);

function measure(forecast: Decimal | null, actual: Decimal): BacktestMeasure {
  if (forecast === null || actual.isZero()) return { forecast, error: null };
  return { forecast, error: ratio(forecast.minus(actual), actual) };
}

function mean(values: Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s.plus(v), new Decimal(0)).dividedBy(values.length);
}

/** MAPE, bias and MASE of one method at one week over a node's periods. */
export function score(observations: { forecast: Decimal; actual: Decimal; naive: Decimal }[]): BacktestScore {
  const withActual = observations.filter((o) => !o.actual.isZero());
  const errors = withActual.map((o) => o.forecast.minus(o.actual).dividedBy(o.actual));
  const round = (v: Decimal | null) => (v === null ? null : v.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN));
  const forecastError = mean(observations.map((o) => o.forecast.minus(o.actual).abs()));
  const naiveError = mean(observations.map((o) => o.naive.minus(o.actual).abs()));
  return {
    observations: observations.length,
    mape: round(mean(errors.map((e) => e.abs()))),
    bias: round(mean(errors)),
    mase:
      forecastError === null || naiveError === null || naiveError.isZero() ? null : ratio(forecastError, naiveError),
  };
}

function nodeOf(repId: number, periods: BacktestNodePeriod[]): BacktestNode {
  const weekNumbers = [...new Set(periods.flatMap((p) => p.weeks.map((w) => w.week)))].sort((a, b) => a - b);
  const weeks = weekNumbers.map((week) => {
    const scores = {} as Record<BacktestMethod, BacktestScore>;
    for (const method of BACKTEST_METHODS) {
      const obs = periods.flatMap((p) => {
        const forecast = p.weeks.find((w) => w.week === week)?.measures[method].forecast ?? null;
        return forecast === null ? [] : [{ forecast, actual: p.actual, naive: p.naive }];
      });
      scores[method] = score(obs);
    }
    return { week, scores };
  });
  const callErrors = periods.flatMap((p) =>
    p.weeks.flatMap((w) => (w.measures.commitCall.error === null ? [] : [w.measures.commitCall.error.abs()])),
  );
  const mape = mean(callErrors);
  const callReliability =
    mape === null ? null : Decimal.max(0, new Decimal(1).minus(mape)).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN);
  return { repId, callReliability, periods, weeks };
}

/**
 * The backtest of a node over ended periods. `roots` holds the node of each period (the same rep,
 * or each period's top of the tree by default); the node's direct reports are those of each
 * period's tree, scored over the periods they were direct reports in.
 */
export async function forecastBacktest(
  caller: ForecastCaller,
  periods: ForecastPeriod[],
  roots: number[],
): Promise<ForecastBacktest> {
  const tz = caller.ctx.organization.timeZone;
  const root: BacktestNodePeriod[] = [];
  const children = new Map<number, { name: string; periods: BacktestNodePeriod[] }>();
  // One statement per period, one after the other: on two cores running them side by side gains nothing.
  for (const [i, period] of periods.entries()) {
    const rows = await caller.ctx.prisma.$queryRaw<BacktestRow[]>(backtestSql(caller, period, roots[i] as number));
    const byNode = new Map<number, BacktestRow[]>();
    for (const r of rows) byNode.set(r.id, [...(byNode.get(r.id) ?? []), r]);
    for (const [id, nodeRows] of byNode) {
      const first = nodeRows[0] as BacktestRow;
      const actual = new Decimal(first.actual);
      const entry: BacktestNodePeriod = {
        period,
        actual,
        naive: new Decimal(first.naive),
        weeks: nodeRows.map((r) => {
          const closed = new Decimal(r.closed);
          const commitForecast = closed.plus(r.commit);
          const call = (v: Decimal | null) => (v === null ? null : new Decimal(v));
          return {
            week: r.w,
            asOf: weekEnd(period, r.w, tz),
            measures: {
              commitCall: measure(call(r.commit_call), actual),
              bestCaseCall: measure(call(r.best_case_call), actual),
              commitForecast: measure(commitForecast, actual),
              bestCaseForecast: measure(commitForecast.plus(r.best_case), actual),
              projection: measure(new Decimal(r.projection), actual),
            },
          };
        }),
      };
      if (first.root) root.push(entry);
      else {
        const child = children.get(id) ?? { name: first.name, periods: [] };
        child.name = first.name;
        child.periods.push(entry);
        children.set(id, child);
      }
    }
  }
  const ordered = [...children.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name) || a[0] - b[0]);
  return {
    periods,
    node: nodeOf(roots[roots.length - 1] as number, root),
    children: ordered.map(([id, c]) => nodeOf(id, c.periods)),
  };
}
