// Attainment distribution (docs/design.md §5): per-rep attainment for a period over the reps with an
// individual quota, as a histogram, percentiles, mean and share at or above 100%, and "moving the
// middle". One SQL statement on top of the REP grouping of the metric query.
import { Prisma } from '../generated/prisma/client.js';
import type { Period } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { sqlRoundCents } from '../shared/money.js';
import { Decimal as Dec, type Decimal } from '../shared/scalars.js';
import { metricCtes, ratio } from './metrics.js';
import { type PerformanceContext, parsePeriod, type ResolvedScope, resolveScope, type ScopeInput } from './scope.js';
import { type HierarchySource, hierarchyDayOf } from './service.js';

const { sql } = Prisma;

export const HISTOGRAM_BUCKETS = 21; // [0, 10%) ... [190%, 200%), then 200%+
const PERCENTILES = ['0.1', '0.25', '0.5', '0.75', '0.9'] as const;

export interface HistogramBucket {
  /** Inclusive lower bound of attainment (0.1 = 10%). */
  lowerBound: Decimal;
  /** Exclusive upper bound; null for the last (200%+) bucket. */
  upperBound: Decimal | null;
  repCount: number;
  /** repCount / reps with a quota, 6 decimals. */
  share: Decimal | null;
}

export interface MovingTheMiddle {
  /** X: the relative improvement assumed for each middle rep (0.05 = each sells 5% more). */
  improvement: Decimal;
  /** Reps ranked between the bottom 20% and the top 20% by attainment. */
  middleRepCount: number;
  middleBookings: Decimal;
  /** improvement x middleBookings, to the cent. */
  middleGain: Decimal;
  /** The top 10% of reps by attainment (at least one when there are reps). */
  topDecileRepCount: number;
  topDecileBookings: Decimal;
  /** Each top-decile rep closes one more deal of their own average size (bookings / wonCount, to the cent). */
  topDecileGain: Decimal;
  /** middleGain / topDecileGain, 6 decimals; null when topDecileGain is zero. */
  middleToTopRatio: Decimal | null;
}

/** The three bands of reps by attainment rank, bottom first. */
export type BandName = 'BOTTOM_20' | 'MIDDLE_60' | 'TOP_20';
const BAND_NAMES: readonly BandName[] = ['BOTTOM_20', 'MIDDLE_60', 'TOP_20'];

export interface BandRep {
  /** Rank by attainment, 1 = lowest (ties broken by rep ID, as for the counts). */
  rank: number;
  repId: number;
  name: string;
  bookings: Decimal;
  quota: Decimal;
  /** bookings / quota, 6 decimals (the REP row's attainment). */
  attainment: Decimal;
}

export interface AttainmentBand {
  band: BandName;
  repCount: number;
  bookings: Decimal;
  /** The band's reps, by rank. */
  reps: BandRep[];
}

export interface AttainmentDistribution {
  period: Period;
  /** Reps with a quota above zero in the period. */
  repCount: number;
  histogram: HistogramBucket[];
  p10: Decimal | null;
  p25: Decimal | null;
  median: Decimal | null;
  p75: Decimal | null;
  p90: Decimal | null;
  mean: Decimal | null;
  repsAtOrAboveQuota: number;
  shareAtOrAboveQuota: Decimal | null;
  movingTheMiddle: MovingTheMiddle;
  /** Bottom 20%, middle 60% and top 20% of the reps by attainment, by name. */
  bands: AttainmentBand[];
}

interface RawDistribution {
  n: number;
  mean: Decimal | null;
  at_or_above: number;
  p10: Decimal | null;
  p25: Decimal | null;
  p50: Decimal | null;
  p75: Decimal | null;
  p90: Decimal | null;
  histogram: number[] | null;
  middle_count: number;
  middle_bookings: Decimal;
  middle_gain: Decimal;
  top_count: number;
  top_bookings: Decimal;
  top_gain: Decimal;
  /** [band (0 bottom, 1 middle, 2 top), rank, rep ID, name, bookings, quota, attainment], by rank. */
  bands: [number, number, number, string, string, string, string][] | string | null;
}

/** The distribution statement for a resolved scope (the benchmark runs it alone). */
export function distributionStatement(
  ctx: PerformanceContext,
  period: Period,
  scope: ResolvedScope,
  improvement: Decimal,
): Prisma.Sql {
  const ctes = metricCtes(ctx, {
    scope,
    buckets: [period],
    fiscalYears: [period.fiscalYear],
    grouping: 'REP',
    totals: false,
  });
  const middle = sql`rn > floor(n * 0.2) AND rn <= n - floor(n * 0.2)`;
  // The bands by name use the middle's cut: the same ranks, so the same tie rule as the counts.
  const band = sql`CASE WHEN rn <= floor(n * 0.2) THEN 0 WHEN ${middle} THEN 1 ELSE 2 END`;
  const top = sql`rn > n - ceil(n / 10.0)`;
  return sql`
    ${ctes},
    rep AS (
      SELECT m.gkey::int AS rep_id, m.bookings, m.quota, m.won_count, m.bookings / m.quota AS att, m.attainment
        FROM metric m WHERE NOT m.total AND m.quota > 0
    ),
    ranked AS (
      SELECT rep.*, row_number() OVER (ORDER BY att, rep_id) AS rn, count(*) OVER () AS n FROM rep
    ),
    pct AS (
      -- Linear interpolation between closest ranks (as percentile_cont), in exact numeric.
      SELECT f.fr, lo.att + (h.h - floor(h.h)) * (coalesce(hi.att, lo.att) - lo.att) AS v
        FROM unnest(${[...PERCENTILES]}::numeric[]) AS f(fr)
       CROSS JOIN (SELECT count(*) AS n FROM rep) c
       CROSS JOIN LATERAL (SELECT (c.n - 1) * f.fr AS h) h
        JOIN ranked lo ON lo.rn = floor(h.h) + 1
        LEFT JOIN ranked hi ON hi.rn = floor(h.h) + 2
    ),
    hist AS (
      SELECT LEAST(GREATEST(floor(att * 10), 0), ${HISTOGRAM_BUCKETS - 1})::int AS b, count(*)::int AS c
        FROM rep GROUP BY 1
    ),
    mm AS (
      SELECT count(*) FILTER (WHERE ${middle})::int AS middle_count,
             coalesce(sum(bookings) FILTER (WHERE ${middle}), 0) AS middle_bookings,
             count(*) FILTER (WHERE ${top})::int AS top_count,
             coalesce(sum(bookings) FILTER (WHERE ${top}), 0) AS top_bookings,
             coalesce(sum(CASE WHEN won_count > 0 THEN ${sqlRoundCents(sql`bookings / won_count`)} ELSE 0 END)
                      FILTER (WHERE ${top}), 0) AS top_gain
        FROM ranked
    )
    SELECT (SELECT count(*)::int FROM rep) AS n,
           (SELECT round(avg(att), 6) FROM rep) AS mean,
           (SELECT count(*)::int FROM rep WHERE att >= 1) AS at_or_above,
           (SELECT round(v, 6) FROM pct WHERE fr = 0.1) AS p10,
           (SELECT round(v, 6) FROM pct WHERE fr = 0.25) AS p25,
           (SELECT round(v, 6) FROM pct WHERE fr = 0.5) AS p50,
           (SELECT round(v, 6) FROM pct WHERE fr = 0.75) AS p75,
           (SELECT round(v, 6) FROM pct WHERE fr = 0.9) AS p90,
           (SELECT array_agg(coalesce(hist.c, 0) ORDER BY g)
              FROM generate_series(0, ${HISTOGRAM_BUCKETS - 1}) g LEFT JOIN hist ON hist.b = g) AS histogram,
           mm.middle_count, mm.middle_bookings, ${sqlRoundCents(sql`mm.middle_bookings * ${improvement.toFixed()}::numeric`)} AS middle_gain,
           mm.top_count, mm.top_bookings, mm.top_gain,
           (SELECT jsonb_agg(jsonb_build_array(${band}, k.rn, k.rep_id, r.name, k.bookings::text, k.quota::text,
                                               k.attainment::text) ORDER BY k.rn)
              FROM ranked k JOIN "Rep" r ON r.id = k.rep_id AND r."organizationId" = ${ctx.organizationId}) AS bands
      FROM mm`;
}

export interface DistributionArgs {
  period: string;
  scope?: ScopeInput | null;
  /** X of "moving the middle", a fraction (0.05 = 5%). */
  improvement?: Decimal | string | null;
  /** Which hierarchy decides the scope's reps and territories (default CURRENT). */
  hierarchy?: HierarchySource | null;
}

export async function attainmentDistribution(
  ctx: PerformanceContext,
  args: DistributionArgs,
): Promise<AttainmentDistribution> {
  const period = parsePeriod(args.period, ctx.fiscalYearStartMonth);
  const improvement = new Dec(args.improvement ?? '0.05');
  if (improvement.isNegative() || improvement.greaterThan(10)) {
    throw new UserInputError('OUT_OF_RANGE', 'improvement must be a fraction between 0 and 10 (0.05 = 5%)', [
      'improvement',
    ]);
  }
  const scope = await resolveScope(ctx, args.scope, ['scope'], hierarchyDayOf(ctx, period, args.hierarchy));
  const [row] = await ctx.prisma.$queryRaw<RawDistribution[]>(distributionStatement(ctx, period, scope, improvement));
  const r = row as RawDistribution;
  const counts = r.histogram ?? new Array(HISTOGRAM_BUCKETS).fill(0);
  return {
    period,
    repCount: r.n,
    histogram: counts.map((c, i) => ({
      lowerBound: new Dec(i).div(10),
      upperBound: i === HISTOGRAM_BUCKETS - 1 ? null : new Dec(i + 1).div(10),
      repCount: c,
      share: ratio(c, r.n),
    })),
    p10: r.p10,
    p25: r.p25,
    median: r.p50,
    p75: r.p75,
    p90: r.p90,
    mean: r.mean,
    repsAtOrAboveQuota: r.at_or_above,
    shareAtOrAboveQuota: ratio(r.at_or_above, r.n),
    movingTheMiddle: {
      improvement,
      middleRepCount: r.middle_count,
      middleBookings: new Dec(r.middle_bookings),
      middleGain: new Dec(r.middle_gain),
      topDecileRepCount: r.top_count,
      topDecileBookings: new Dec(r.top_bookings),
      topDecileGain: new Dec(r.top_gain),
      middleToTopRatio: ratio(r.middle_gain, r.top_gain),
    },
    bands: bandsOf(r.bands),
  };
}

/** The three bands from the statement's rows (PGlite hands jsonb over as text). */
function bandsOf(raw: RawDistribution['bands']): AttainmentBand[] {
  const rows = raw == null ? [] : typeof raw === 'string' ? (JSON.parse(raw) as Exclude<typeof raw, string>) : raw;
  const bands = BAND_NAMES.map((band) => ({ band, repCount: 0, bookings: new Dec(0), reps: [] as BandRep[] }));
  for (const [b, rank, repId, name, bookings, quota, attainment] of rows) {
    const into = bands[b] as AttainmentBand;
    const rep = {
      rank,
      repId,
      name,
      bookings: new Dec(bookings),
      quota: new Dec(quota),
      attainment: new Dec(attainment),
    };
    into.reps.push(rep);
    into.repCount += 1;
    into.bookings = into.bookings.plus(rep.bookings);
  }
  return bands;
}
