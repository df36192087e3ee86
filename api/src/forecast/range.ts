// Ranges (docs/forecast.md, "Ranges"): the P10/P50/P90 of a node's period outcome, for the node and
// its direct reports. One statement returns, per node, what is won so far, the projection, and
// each open deal of a counted category once, with the node's credited amount of it (the sum of its
// lines in the node's subtree, so a deal split between two reps of the node is one trial, not two)
// and its stage's win rate, the projection's own. The distribution is computed here
// (distribution.ts).
import { Prisma } from '../generated/prisma/client.js';
import { UserInputError } from '../shared/errors.js';
import { sqlRoundCents } from '../shared/money.js';
import { Decimal } from '../shared/scalars.js';
import {
  centsToDecimal,
  DEFAULT_PERCENTILES,
  dkwEpsilon,
  type ExactDistribution,
  exactDistribution,
  exactPercentile,
  monteCarlo,
  percentileProblem,
  samplePercentile,
  type Trial,
} from './distribution.js';
import type { ForecastPeriod } from './period.js';
import type { ForecastCaller } from './scope.js';
import { creditCte, dealCte, isCounted, isOpen, lineCte, treeCte, winRateCtes } from './sql.js';

export interface RangePercentile {
  percentile: number;
  amount: Decimal;
}

export interface RangeNode {
  repId: number;
  period: ForecastPeriod;
  /** Won so far (the forecast's closed). */
  closed: Decimal;
  /** The forecast's projection: its expected value. */
  projection: Decimal;
  /** Open deals of a counted category, each counted once. */
  openDeals: number;
  /** closed + every open deal won. */
  maximum: Decimal;
  trials: Trial[];
  distribution: ExactDistribution;
  percentiles: RangePercentile[];
}

export interface ForecastRange {
  period: ForecastPeriod;
  node: RangeNode;
  children: RangeNode[];
  percentiles: number[];
}

interface RangeRow {
  id: number;
  path: number[];
  closed: Decimal;
  projected_open: Decimal;
  cents: (bigint | string | number)[] | null;
  rates: (Decimal | string | number)[] | null;
}

/**
 * Per node (the root and its direct reports): closed, the projection's open part (per line, as the
 * rollup rounds it, so closed + projected_open is the forecast's projection to the cent), and the
 * open deals as parallel arrays of credited cents and win rates, largest first.
 */
export function rangeSql(caller: ForecastCaller, period: ForecastPeriod, rootId: number): Prisma.Sql {
  const org = caller.ctx.organization.id;
  return Prisma.sql`
    WITH RECURSIVE ${treeCte(org, rootId, period)},
    ${dealCte(org, period, null)},
    ${creditCte(org)},
    ${winRateCtes(org, period)},
    target AS (SELECT id FROM tree WHERE node AND cardinality(nodes) <= 2),
    ${lineCte(Prisma.sql`c.stage = 'CLOSED_WON' OR (${isOpen('c')} AND ${isCounted('c')})`)},
    node_line AS (
      SELECT a.id AS node, l.id AS deal, l.stage, l.credited,
             CASE WHEN l.stage = 'CLOSED_WON' THEN 0 ELSE ${sqlRoundCents(Prisma.sql`l.credited * w.rate`)} END AS projected,
             w.rate
        FROM line l JOIN tree t ON t.id = l."repId"
        CROSS JOIN LATERAL unnest(t.path) AS a(id)
        JOIN target g ON g.id = a.id
        LEFT JOIN win_rate w ON w.stage = l.stage),
    node_deal AS (
      SELECT n.node, n.deal, n.stage, max(n.rate) AS rate, sum(n.credited) AS credited, sum(n.projected) AS projected
        FROM node_line n GROUP BY n.node, n.deal, n.stage),
    node_sum AS (
      SELECT d.node,
             coalesce(sum(d.credited) FILTER (WHERE d.stage = 'CLOSED_WON'), 0) AS closed,
             coalesce(sum(d.projected), 0) AS projected_open,
             array_agg((d.credited * 100)::bigint ORDER BY d.credited DESC, d.deal)
               FILTER (WHERE d.stage <> 'CLOSED_WON' AND d.credited > 0) AS cents,
             array_agg(d.rate ORDER BY d.credited DESC, d.deal)
               FILTER (WHERE d.stage <> 'CLOSED_WON' AND d.credited > 0) AS rates
        FROM node_deal d GROUP BY d.node)
    SELECT t.id, t.nodes AS path, coalesce(s.closed, 0) AS closed, coalesce(s.projected_open, 0) AS projected_open,
           s.cents, s.rates
      FROM tree t JOIN target g ON g.id = t.id JOIN "Rep" r ON r.id = t.id
      LEFT JOIN node_sum s ON s.node = t.id
     ORDER BY cardinality(t.nodes), r.name, r.id`;
}

/** Percentiles given by a caller: refused naming `field` unless each is strictly inside (0, 1). */
export function parsePercentiles(given: readonly number[] | null | undefined, field: string[]): number[] {
  const percentiles = given ? [...given] : [...DEFAULT_PERCENTILES];
  const problem = percentileProblem(percentiles);
  if (problem) throw new UserInputError('OUT_OF_RANGE', `${field.join('.')}: ${problem}`, field);
  return percentiles;
}

function nodeOf(period: ForecastPeriod, row: RangeRow, percentiles: readonly number[]): RangeNode {
  const closed = new Decimal(row.closed);
  const cents = row.cents ?? [];
  const rates = row.rates ?? [];
  const trials: Trial[] = cents.map((c, i) => ({ cents: Number(c), rate: Number(rates[i]) }));
  const baseCents = closed.times(100).toNumber();
  const distribution = exactDistribution(baseCents, trials);
  const openCents = trials.reduce((s, t) => s + t.cents, 0);
  return {
    repId: row.id,
    period,
    closed,
    projection: closed.plus(row.projected_open),
    openDeals: trials.length,
    maximum: centsToDecimal(baseCents + openCents),
    trials,
    distribution,
    percentiles: percentiles.map((p) => ({
      percentile: p,
      amount: centsToDecimal(exactPercentile(distribution, p)),
    })),
  };
}

/** The range of `rootId` and of its direct reports for the period, in one SQL statement. */
export async function computeForecastRange(
  caller: ForecastCaller,
  period: ForecastPeriod,
  rootId: number,
  percentiles: readonly number[] = DEFAULT_PERCENTILES,
): Promise<ForecastRange> {
  const rows = await caller.ctx.prisma.$queryRaw<RangeRow[]>(rangeSql(caller, period, rootId));
  const root = rows.find((r) => r.id === rootId && r.path.length === 1);
  if (!root) throw new UserInputError('NOT_FOUND', `Rep ${rootId} is no node of the tree of ${period.key}`, ['repId']);
  return {
    period,
    node: nodeOf(period, root, percentiles),
    children: rows
      .filter((r) => r.path.length === 2 && r.path[0] === rootId)
      .map((r) => nodeOf(period, r, percentiles)),
    percentiles: [...percentiles],
  };
}

export const MAX_MONTE_CARLO_SAMPLES = 100_000;
export const DEFAULT_MONTE_CARLO_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

export interface RangeMonteCarlo {
  samples: number;
  seed: number;
  /** DKW bound at 99% confidence: each sample percentile p lies between the true p -/+ this. */
  epsilon: number;
  percentiles: RangePercentile[];
  /** The exact distribution's percentiles at p - epsilon and p + epsilon (widened by its discretisation error). */
  lower: RangePercentile[];
  upper: RangePercentile[];
}

/** The Monte Carlo cross-check of a node's range: the same trials drawn `samples` times from `seed`. */
export function rangeMonteCarlo(
  node: RangeNode,
  percentiles: readonly number[],
  samples: number,
  seed: number,
): RangeMonteCarlo {
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_MONTE_CARLO_SAMPLES) {
    throw new UserInputError('OUT_OF_RANGE', `samples must be between 1 and ${MAX_MONTE_CARLO_SAMPLES}`, ['samples']);
  }
  const d = node.distribution;
  const draw = monteCarlo(d.baseCents, node.trials, samples, seed);
  const epsilon = dkwEpsilon(samples);
  const maxCents = node.maximum.times(100).toNumber();
  // Beyond the ends of the distribution the bounds are its minimum and maximum.
  const lower = (p: number) => (p <= 0 ? d.baseCents : Math.max(d.baseCents, exactPercentile(d, p) - d.errorCents));
  const upper = (p: number) => (p >= 1 ? maxCents : Math.min(maxCents, exactPercentile(d, p) + d.errorCents));
  return {
    samples,
    seed,
    epsilon,
    percentiles: percentiles.map((p) => ({
      percentile: p,
      amount: centsToDecimal(samplePercentile(draw.totals, p)),
    })),
    lower: percentiles.map((p) => ({
      percentile: p,
      amount: centsToDecimal(lower(p - epsilon)),
    })),
    upper: percentiles.map((p) => ({
      percentile: p,
      amount: centsToDecimal(upper(p + epsilon)),
    })),
  };
}
