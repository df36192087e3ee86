// The distribution of a period's outcome (docs/forecast.md, "Ranges"): a fixed amount already won
// plus open deals, each an independent Bernoulli trial that adds its credited amount with its
// stage's win rate. Two ways to the same percentiles: an exact Poisson-binomial distribution by
// discretised convolution, and a seeded Monte Carlo with a stated error, kept as a cross-check.
//
// Money is carried in integer cents held in JavaScript numbers: every amount and every partial sum
// is an integer below 2^53 (9e13 dollars), so additions are exact; only probabilities are floats.
// Callers turn cents into Decimals (centsToDecimal) at the edge.
import { xoroshiro128plus } from 'pure-rand';
import { Decimal } from '../shared/scalars.js';

/** An open deal as a trial: its credited amount (a positive integer of cents) and its win probability. */
export interface Trial {
  cents: number;
  rate: number;
}

export interface ExactDistribution {
  /** The amount every outcome starts from (won so far), in cents. */
  baseCents: number;
  /** Width of a bucket, in cents: each deal's amount is rounded to the nearest multiple of it. */
  bucketCents: number;
  /** First bucket with mass: pmf[i] is the probability that the open deals add (low + i) buckets. */
  low: number;
  pmf: Float64Array;
  /**
   * Worst case, over every outcome, of |discretised total - true total|, in cents: the larger of
   * the sums of the positive and of the negative rounding errors. Every percentile of the
   * discretised distribution is within it of the exact Poisson-binomial percentile.
   */
  errorCents: number;
  /** Probability mass dropped at the edges while convolving (below PRUNE each), summed. */
  prunedMass: number;
}

/** Buckets whose probability falls below this at an edge of the support are dropped (and counted). */
const PRUNE = 1e-15;
/** Work allowed for one node's convolution: deals x buckets of the support. */
export const CONVOLUTION_BUDGET = 20_000_000;
/** Percentile lookups forgive this much floating-point error in the cumulative probability. */
const CUMULATIVE_SLACK = 1e-9;

/**
 * The bucket: the finest of 1, 2, 5 x 10^k cents for which the convolution stays within the
 * budget. The support the convolution carries is estimated as 20 standard deviations of the open
 * total plus twice the largest deal (pruning keeps it about that wide), capped by the open total.
 */
export function bucketCentsFor(trials: readonly Trial[], budget = CONVOLUTION_BUDGET): number {
  let total = 0;
  let largest = 0;
  let variance = 0;
  for (const t of trials) {
    total += t.cents;
    largest = Math.max(largest, t.cents);
    variance += t.rate * (1 - t.rate) * t.cents * t.cents;
  }
  const span = Math.min(total, 20 * Math.sqrt(variance) + 2 * largest);
  for (let scale = 1; ; scale *= 10) {
    for (const step of [1, 2, 5]) {
      const bucket = step * scale;
      if (trials.length * (span / bucket + 1) <= budget) return bucket;
    }
  }
}

/** The exact distribution, discretised to `bucketCents` (default: bucketCentsFor). */
export function exactDistribution(
  baseCents: number,
  trials: readonly Trial[],
  bucketCents = bucketCentsFor(trials),
): ExactDistribution {
  const steps = trials.map((t) => Math.round(t.cents / bucketCents));
  let positive = 0;
  let negative = 0;
  trials.forEach((t, i) => {
    const e = (steps[i] as number) * bucketCents - t.cents;
    if (e > 0) positive += e;
    else negative -= e;
  });
  const size = steps.reduce((a, b) => a + b, 0) + 1;
  const a = new Float64Array(size);
  a[0] = 1;
  let lo = 0;
  let hi = 0;
  let prunedMass = 0;
  trials.forEach((t, i) => {
    const k = steps[i] as number;
    const p = t.rate;
    if (k === 0 || p === 0) return;
    const q = 1 - p;
    // Descending, so a[j] is still the old value when it feeds a[j + k].
    for (let j = hi; j >= lo; j--) {
      const v = a[j] as number;
      a[j + k] = (a[j + k] as number) + p * v;
      a[j] = q * v;
    }
    hi += k;
    while (lo < hi && (a[lo] as number) < PRUNE) {
      prunedMass += a[lo] as number;
      a[lo++] = 0;
    }
    while (hi > lo && (a[hi] as number) < PRUNE) {
      prunedMass += a[hi] as number;
      a[hi--] = 0;
    }
  });
  return {
    baseCents,
    bucketCents,
    low: lo,
    pmf: a.slice(lo, hi + 1),
    errorCents: Math.max(positive, negative),
    prunedMass,
  };
}

/** The smallest amount (cents) whose cumulative probability reaches p. */
export function exactPercentile(d: ExactDistribution, p: number): number {
  let cumulative = 0;
  for (let i = 0; i < d.pmf.length; i++) {
    cumulative += d.pmf[i] as number;
    if (cumulative >= p - CUMULATIVE_SLACK) return d.baseCents + (d.low + i) * d.bucketCents;
  }
  return d.baseCents + (d.low + d.pmf.length - 1) * d.bucketCents;
}

/** A uniform draw in [0, 1) from a seeded generator (32 random bits). */
export type Uniform = () => number;

export function seededUniform(seed: number): Uniform {
  const rng = xoroshiro128plus(seed);
  return () => (rng.unsafeNext() >>> 0) / 4_294_967_296;
}

/**
 * The Dvoretzky-Kiefer-Wolfowitz bound: with probability 1 - alpha, the empirical distribution of
 * n independent samples is within this of the true one everywhere, so the sample p-percentile lies
 * between the true (p - eps) and (p + eps) percentiles.
 */
export function dkwEpsilon(samples: number, alpha = 0.01): number {
  return Math.sqrt(Math.log(2 / alpha) / (2 * samples));
}

export interface MonteCarloSample {
  /** Outcome totals in cents (base included), ascending. */
  totals: Float64Array;
  seed: number;
}

/** `samples` seeded draws of the outcome. */
export function monteCarlo(
  baseCents: number,
  trials: readonly Trial[],
  samples: number,
  seed: number,
): MonteCarloSample {
  const uniform = seededUniform(seed);
  const totals = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let total = baseCents;
    for (const t of trials) if (uniform() < t.rate) total += t.cents;
    totals[s] = total;
  }
  totals.sort();
  return { totals, seed };
}

/** The sample p-percentile: the ceil(p x n)-th smallest draw. */
export function samplePercentile(sorted: ArrayLike<number>, p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] as number;
}

export function centsToDecimal(cents: number): Decimal {
  return new Decimal(cents).dividedBy(100);
}

/** Percentile arguments: each strictly between 0 and 1, or a message naming what is wrong. */
export function percentileProblem(percentiles: readonly number[]): string | null {
  if (percentiles.length === 0) return 'give at least one percentile';
  if (percentiles.length > 99) return 'at most 99 percentiles';
  const bad = percentiles.find((p) => !(p > 0 && p < 1));
  return bad === undefined ? null : `each percentile must be strictly between 0 and 1; got ${bad}`;
}

export const DEFAULT_PERCENTILES = [0.1, 0.5, 0.9] as const;
