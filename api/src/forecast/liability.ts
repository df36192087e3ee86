// The commission liability forecast (docs/compensation.md, "Liability forecast"): the commission
// expense an open period implies, as a distribution. Each open deal the forecast counts is an
// independent Bernoulli trial with its stage's win rate (the projection's, as in ranges); in each
// outcome the deals won join the deals already won as credit facts and go through the payout
// run's own calculation (comp/calculate.ts incentiveLines: tiers, accelerators, bonuses, SPIFFs,
// caps), so a deal's credit moves a rep through the tiers exactly as the real credit would.
// Nothing is written. Few open deals (EXACT_LIMIT) are enumerated exactly; more are sampled with a
// fixed seed, and the sampling error is stated.
import { canSee } from '../access/visibility.js';
import { type CreditFact, dataWindow, INCENTIVE_KINDS, incentiveLines, type LineDraft } from '../comp/calculate.js';
import { loadCreditFacts } from '../comp/credit.sql.js';
import { loadAssignments, loadPlans, loadQuotaBook } from '../comp/inputs.js';
import { Prisma } from '../generated/prisma/client.js';
import { UserInputError } from '../shared/errors.js';
import { type Dec, dec, roundCents, ZERO } from '../shared/money.js';
import { centsToDecimal, dkwEpsilon, seededUniform } from './distribution.js';
import type { ForecastPeriod } from './period.js';
import type { RangePercentile } from './range.js';
import { stageWinRates } from './rollup.js';
import type { ForecastCaller } from './scope.js';
import { treeCte } from './sql.js';

/** Up to this many open deals, every outcome (2^n) is enumerated with its exact probability. */
export const EXACT_LIMIT = 10;
export const DEFAULT_LIABILITY_SAMPLES = 400;
export const MAX_LIABILITY_SAMPLES = 5_000;

export type LiabilityMethod = 'EXACT' | 'MONTE_CARLO';

export interface LiabilityComponent {
  name: string;
  kind: string;
  expected: Dec;
}

export interface LiabilityFigure {
  repId: number;
  /** The incentive pay if no open deal is won: what the deals already won have earned. */
  closedOnly: Dec;
  expected: Dec;
  percentiles: RangePercentile[];
  components: LiabilityComponent[];
  /** The pay in each outcome, in cents (weighted as the liability's method says). */
  values: number[];
}

export interface Liability {
  period: ForecastPeriod;
  method: LiabilityMethod;
  /** Outcomes evaluated: 2^openDeals when exact, else the Monte Carlo samples. */
  outcomes: number;
  seed: number | null;
  /** Monte Carlo only: DKW bound at 99% on every percentile's probability (0 when exact). */
  epsilon: number;
  /** Monte Carlo only: standard error of the node's expected value (0 when exact). */
  standardError: Dec;
  openDeals: number;
  /** The node's subtree. */
  node: LiabilityFigure;
  /** Each direct report's subtree. */
  children: LiabilityFigure[];
  /** Every rep of the subtree paid by a plan in the period. */
  reps: LiabilityFigure[];
}

export interface LiabilityOptions {
  percentiles: readonly number[];
  samples: number;
  seed: number;
}

interface TreeRow {
  id: number;
  nodes: number[];
}

/** Money of a line in integer cents (lines are rounded to the cent by the engine). */
const cents = (amount: Dec) => amount.times(100).toNumber();

/** One tally per outcome: cents per rep and per rep and component. */
interface Tally {
  rep: Map<number, number>;
  component: Map<string, number>;
}

function tallyOf(lines: readonly LineDraft[]): Tally {
  const rep = new Map<number, number>();
  const component = new Map<string, number>();
  for (const l of lines) {
    if (!INCENTIVE_KINDS.has(l.kind)) continue;
    const c = cents(l.amount);
    rep.set(l.repId, (rep.get(l.repId) ?? 0) + c);
    const meta = l.explanation.component as { name: string; kind: string };
    const key = `${l.repId}|${meta.kind}|${meta.name}`;
    component.set(key, (component.get(key) ?? 0) + c);
  }
  return { rep, component };
}

/** The p-percentile of weighted outcomes: the smallest value whose cumulative weight reaches p. */
function weightedPercentile(values: readonly number[], weights: readonly Dec[] | null, p: number): number {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  if (!weights) {
    const index = Math.min(order.length - 1, Math.max(0, Math.ceil(p * order.length) - 1));
    return values[order[index] as number] as number;
  }
  const target = dec(p);
  let cumulative = ZERO;
  for (const i of order) {
    cumulative = cumulative.plus(weights[i] as Dec);
    if (cumulative.greaterThanOrEqualTo(target)) return values[i] as number;
  }
  return values[order[order.length - 1] as number] as number;
}

/** Σ weight x value, in Decimal, rounded half-even to the cent. */
function expectation(values: readonly number[], weights: readonly Dec[] | null): Dec {
  if (!weights) {
    const total = values.reduce((s, v) => s + v, 0);
    return roundCents(dec(total).dividedBy(values.length).dividedBy(100));
  }
  let total = ZERO;
  values.forEach((v, i) => {
    total = total.plus((weights[i] as Dec).times(v));
  });
  return roundCents(total.dividedBy(100));
}

/** Standard error of the sample mean, in Decimal (cents summed exactly as BigInt). */
function standardError(values: readonly number[]): Dec {
  const n = values.length;
  if (n < 2) return ZERO;
  let s = 0n;
  let s2 = 0n;
  for (const v of values) {
    const b = BigInt(v);
    s += b;
    s2 += b * b;
  }
  const variance = dec((s2 * BigInt(n) - s * s).toString()).dividedBy(n * (n - 1));
  return roundCents(variance.dividedBy(n).sqrt().dividedBy(100));
}

/**
 * The liability forecast of `rootId`'s subtree for an open period. Refused (naming periodKey) for
 * an ended period, whose payout run states the expense, and for a period in which no comp plan
 * pays anyone of the subtree; refused (naming repId) when the caller may not see the node's pay.
 */
export async function forecastLiability(
  caller: ForecastCaller,
  period: ForecastPeriod,
  rootId: number,
  options: LiabilityOptions,
): Promise<Liability> {
  const { ctx } = caller;
  const org = ctx.organization;
  if (period.closed) {
    throw new UserInputError(
      'INVALID',
      `periodKey: ${period.key} has ended; its payout run states its commission expense`,
      ['periodKey'],
    );
  }
  if (!canSee(ctx.visibility.pay, rootId)) {
    throw new UserInputError('FORBIDDEN', "repId: the node's pay is outside what the caller may see", ['repId']);
  }
  if (!Number.isInteger(options.samples) || options.samples < 1 || options.samples > MAX_LIABILITY_SAMPLES) {
    throw new UserInputError('OUT_OF_RANGE', `samples must be between 1 and ${MAX_LIABILITY_SAMPLES}`, ['samples']);
  }
  const tree = await ctx.prisma.$queryRaw<TreeRow[]>(Prisma.sql`
    WITH RECURSIVE ${treeCte(org.id, rootId, period)}
    SELECT t.id, t.nodes FROM tree t JOIN "Rep" r ON r.id = t.id ORDER BY r.name, r.id`);
  const reps = tree.map((t) => t.id);
  const plans = await loadPlans(ctx.prisma);
  const window = dataWindow(period, plans.values(), org.fiscalYearStartMonth);
  const [assignments, quotas, won, open, rates] = await Promise.all([
    loadAssignments(ctx.prisma, window, reps),
    loadQuotaBook(ctx.prisma, org.id, window, org.fiscalYearStartMonth, reps),
    loadCreditFacts(ctx.prisma, org.id, window, reps, 'won'),
    loadCreditFacts(ctx.prisma, org.id, window, reps, 'open'),
    stageWinRates(caller, period),
  ]);
  const paid = assignments.filter((a) => a.startDate < period.end && (a.endDate === null || a.endDate > period.start));
  if (!paid.length) {
    throw new UserInputError(
      'NOT_FOUND',
      `periodKey: no comp plan pays anyone in this part of the hierarchy during ${period.key}`,
      ['periodKey'],
    );
  }
  const rateOf = new Map(rates.map((r) => [r.stage as string, dec(r.rate)]));
  // The open deals, each once, with the facts it would add (one per rep credited) and its rate.
  const dealIds = [...new Set(open.map((f) => f.opportunityId))].sort((a, b) => a - b);
  const dealIndex = new Map(dealIds.map((id, i) => [id, i]));
  const dealFacts: CreditFact[][] = dealIds.map(() => []);
  const dealRate: Dec[] = dealIds.map(() => ZERO);
  for (const f of open) {
    const i = dealIndex.get(f.opportunityId) as number;
    dealFacts[i]?.push(f);
    dealRate[i] = rateOf.get(f.stage as string) ?? ZERO;
  }
  const dealRateNumber = dealRate.map((r) => r.toNumber());

  const varying = new Set(open.map((f) => f.repId));
  const base = { run: period, startMonth: org.fiscalYearStartMonth, plans, quotas };
  // Reps no open deal credits are paid the same in every outcome: computed once.
  const fixed = tallyOf(
    incentiveLines({ ...base, assignments: paid.filter((a) => !varying.has(a.repId)), facts: won }),
  );
  const varyingAssignments = paid.filter((a) => varying.has(a.repId));
  const wonVarying = won.filter((f) => varying.has(f.repId));
  const evaluate = (wins: (i: number) => boolean): Tally => {
    const facts = [...wonVarying];
    dealFacts.forEach((list, i) => {
      if (wins(i)) facts.push(...list);
    });
    return tallyOf(incentiveLines({ ...base, assignments: varyingAssignments, facts }));
  };

  const exact = dealIds.length <= EXACT_LIMIT;
  const outcomes: Tally[] = [];
  let weights: Dec[] | null = null;
  if (exact) {
    weights = [];
    for (let mask = 0; mask < 1 << dealIds.length; mask++) {
      let w = dec(1);
      dealRate.forEach((r, i) => {
        w = w.times(mask & (1 << i) ? r : dec(1).minus(r));
      });
      weights.push(w);
      outcomes.push(evaluate((i) => (mask & (1 << i)) !== 0));
    }
  } else {
    const uniform = seededUniform(options.seed);
    for (let s = 0; s < options.samples; s++) {
      const draw = dealRateNumber.map((r) => uniform() < r);
      outcomes.push(evaluate((i) => draw[i] as boolean));
    }
  }
  const closedOnly = evaluate(() => false);

  const paidReps = [...new Set(paid.map((a) => a.repId))].sort((a, b) => a - b);
  const nodesOf = new Map(tree.map((t) => [t.id, t.nodes]));
  // Per rep: its pay in each outcome, overall and per component ("kind|name").
  const repValues = new Map<number, number[]>();
  const repComponents = new Map<number, Map<string, number[]>>();
  const componentsOf = (rep: number) => {
    const m = repComponents.get(rep) ?? new Map<string, number[]>();
    repComponents.set(rep, m);
    return m;
  };
  for (const r of paidReps) {
    const f = fixed.rep.get(r);
    repValues.set(r, f === undefined ? outcomes.map((t) => t.rep.get(r) ?? 0) : outcomes.map(() => f));
  }
  const spread = (t: Tally, at: number | null) => {
    for (const [key, c] of t.component) {
      const [rep, ...rest] = key.split('|');
      const m = componentsOf(Number(rep));
      const k = rest.join('|');
      const values = m.get(k) ?? outcomes.map(() => 0);
      if (at === null) values.fill(c);
      else values[at] = (values[at] as number) + c;
      m.set(k, values);
    }
  };
  spread(fixed, null);
  outcomes.forEach((t, o) => {
    spread(t, o);
  });
  const closedOnlyOf = (r: number) => fixed.rep.get(r) ?? closedOnly.rep.get(r) ?? 0;
  const figure = (repId: number, members: readonly number[]): LiabilityFigure => {
    const values = outcomes.map(() => 0);
    const components = new Map<string, number[]>();
    for (const r of members) {
      (repValues.get(r) ?? []).forEach((v, o) => {
        values[o] = (values[o] as number) + v;
      });
      for (const [k, list] of repComponents.get(r) ?? []) {
        const sumList = components.get(k) ?? outcomes.map(() => 0);
        list.forEach((v, o) => {
          sumList[o] = (sumList[o] as number) + v;
        });
        components.set(k, sumList);
      }
    }
    return {
      repId,
      closedOnly: centsToDecimal(members.reduce((s, r) => s + closedOnlyOf(r), 0)),
      expected: expectation(values, weights),
      values,
      percentiles: options.percentiles.map((p) => ({
        percentile: p,
        amount: centsToDecimal(weightedPercentile(values, weights, p)),
      })),
      components: [...components.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, list]) => {
          const [kind, ...name] = k.split('|');
          return { kind: kind as string, name: name.join('|'), expected: expectation(list, weights) };
        }),
    };
  };
  const inSubtreeOf = (child: number) => paidReps.filter((r) => (nodesOf.get(r) ?? [])[1] === child);
  const children = tree
    .filter((t) => t.nodes.length === 2 && t.nodes[1] === t.id && t.nodes[0] === rootId)
    .map((t) => t.id);
  const node = figure(rootId, paidReps);
  return {
    period,
    method: exact ? 'EXACT' : 'MONTE_CARLO',
    outcomes: outcomes.length,
    seed: exact ? null : options.seed,
    epsilon: exact ? 0 : dkwEpsilon(outcomes.length),
    standardError: exact ? ZERO : standardError(node.values),
    openDeals: dealIds.length,
    node,
    children: children.map((c) => figure(c, inSubtreeOf(c))),
    reps: paidReps.map((r) => figure(r, [r])),
  };
}
