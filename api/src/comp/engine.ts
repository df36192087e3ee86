// The payout arithmetic of docs/design.md §8, pure and exact: tiered commission (marginal or
// retroactive), bonus, SPIFF, caps, draws and clawback shares. Inputs are Decimals; every step
// is returned in numbers and words so a statement can show how each amount was reached. Nothing
// here rounds except where the rule says so (see docs/compensation.md, "Rounding").
import { type Dec, dec, fmt, max, min, pct, rate, roundCents, sum, ZERO } from '../shared/money.js';

export interface Tier {
  fromAttainment: Dec;
  /** Exclusive; null = no upper bound. */
  toAttainment: Dec | null;
  rate: Dec;
}

/** One tier of a computed line, as stored in the line's explanation. */
export interface TierStep {
  tier: number;
  fromAttainment: string;
  toAttainment: string | null;
  rate: string;
  /** Credit at which the tier starts: fromAttainment x quota. */
  lower: string;
  /** Credit at which it ends: toAttainment x quota (null = open). */
  upper: string | null;
  /** Credit paid at this tier's rate. */
  slice: string;
  /** rate x slice, exact. */
  amount: string;
  /** The tier the credit reached (the one retroactive commission and bonuses use). */
  reached: boolean;
}

export interface TierResult {
  /** Payout before cap and rounding, exact. */
  raw: Dec;
  tiers: TierStep[];
  reachedTier: number | null;
  steps: string[];
}

/** A single tier from 0% with no upper bound is a flat rate: it needs no quota. */
export function quotaRequired(tiers: readonly Tier[]): boolean {
  const [only] = tiers;
  return !(tiers.length === 1 && only && only.fromAttainment.isZero() && only.toAttainment === null);
}

export class MissingQuotaError extends Error {
  constructor() {
    super('no quota for the period: the rate table is measured against attainment');
  }
}

interface Band {
  tier: Tier;
  lower: Dec;
  upper: Dec | null;
}

function bands(tiers: readonly Tier[], quota: Dec | null): Band[] {
  const needs = quotaRequired(tiers);
  if (needs && (quota === null || quota.lessThanOrEqualTo(0))) throw new MissingQuotaError();
  const q = needs ? (quota as Dec) : null;
  return [...tiers]
    .sort((a, b) => a.fromAttainment.comparedTo(b.fromAttainment))
    .map((tier) => ({
      tier,
      lower: q ? dec(tier.fromAttainment).times(q) : ZERO,
      upper: q && tier.toAttainment ? dec(tier.toAttainment).times(q) : null,
    }));
}

function bandText(b: Band, n: number, quotaKnown: boolean): string {
  const range = b.upper ? `${fmt(b.lower)} to ${fmt(b.upper)}` : `${fmt(b.lower)} up`;
  const share = b.tier.toAttainment
    ? `${pct(b.tier.fromAttainment)} to ${pct(b.tier.toAttainment)}`
    : `${pct(b.tier.fromAttainment)} and above`;
  return quotaKnown ? `tier ${n} (credit ${range}, ${share} of quota)` : `tier ${n} (all credit)`;
}

/** Index of the highest tier whose lower bound the credit reaches, or -1. */
function reachedIndex(bs: Band[], credit: Dec): number {
  let reached = -1;
  bs.forEach((b, i) => {
    if (credit.greaterThanOrEqualTo(b.lower)) reached = i;
  });
  return reached;
}

function step(b: Band, i: number, slice: Dec, amount: Dec, reached: boolean): TierStep {
  return {
    tier: i + 1,
    fromAttainment: rate(b.tier.fromAttainment),
    toAttainment: b.tier.toAttainment ? rate(b.tier.toAttainment) : null,
    rate: rate(b.tier.rate),
    lower: fmt(b.lower),
    upper: b.upper ? fmt(b.upper) : null,
    slice: fmt(slice),
    amount: fmt(amount),
    reached,
  };
}

/** Credit above the last tier's upper bound earns nothing (an attainment cap). */
function ceilingNote(bs: Band[], credit: Dec): string[] {
  const last = bs[bs.length - 1];
  if (last?.upper && credit.greaterThan(last.upper)) {
    return [`Credit above ${fmt(last.upper)} (${pct(last.tier.toAttainment as Dec)} of quota) earns nothing.`];
  }
  return [];
}

/** Marginal: each tier's rate applies to the slice of credit between its bounds. */
export function marginalCommission(credit: Dec, quota: Dec | null, tiers: readonly Tier[]): TierResult {
  const bs = bands(tiers, quota);
  const reached = reachedIndex(bs, credit);
  const steps: string[] = [];
  const out = bs.map((b, i) => {
    const top = b.upper ? min(credit, b.upper) : credit;
    const slice = max(ZERO, top.minus(b.lower));
    const amount = dec(b.tier.rate).times(slice);
    if (slice.greaterThan(0)) {
      steps.push(
        `${capitalise(bandText(b, i + 1, quota !== null))} at rate ${rate(b.tier.rate)}: ${fmt(slice)} x ${rate(b.tier.rate)} = ${fmt(amount)}.`,
      );
    }
    return step(b, i, slice, amount, i === reached);
  });
  const first = bs[0];
  if (first && credit.lessThan(first.lower) && first.lower.greaterThan(0)) {
    steps.push(`Credit is below ${bandText(first, 1, true)}: no tier is reached.`);
  }
  steps.push(...ceilingNote(bs, credit));
  const raw = sum(out.map((s) => dec(s.amount)));
  steps.push(`Marginal commission: sum of the tiers = ${fmt(raw)}.`);
  return { raw, tiers: out, reachedTier: reached >= 0 ? reached + 1 : null, steps };
}

/** Retroactive: the rate of the highest tier reached applies to all credit. */
export function retroactiveCommission(credit: Dec, quota: Dec | null, tiers: readonly Tier[]): TierResult {
  const bs = bands(tiers, quota);
  const reached = reachedIndex(bs, credit);
  const last = bs[bs.length - 1];
  const paidCredit = last?.upper ? min(credit, last.upper) : credit;
  const out = bs.map((b, i) => {
    const on = i === reached;
    return step(b, i, on ? paidCredit : ZERO, on ? dec(b.tier.rate).times(paidCredit) : ZERO, on);
  });
  const hit = reached >= 0 ? (bs[reached] as Band) : null;
  const steps: string[] = [];
  let raw = ZERO;
  if (hit) {
    raw = dec(hit.tier.rate).times(paidCredit);
    steps.push(
      `Credit ${fmt(credit)} reaches ${bandText(hit, reached + 1, quota !== null)}; retroactive: its rate ${rate(hit.tier.rate)} applies to all credit: ${fmt(paidCredit)} x ${rate(hit.tier.rate)} = ${fmt(raw)}.`,
    );
  } else if (bs[0]) {
    steps.push(`Credit ${fmt(credit)} is below ${bandText(bs[0], 1, true)}: no tier is reached, nothing is paid.`);
  }
  steps.push(...ceilingNote(bs, credit));
  return { raw, tiers: out, reachedTier: hit ? reached + 1 : null, steps };
}

/** Bonus: the period's target incentive times the rate of the highest tier reached. */
export function bonusPayout(target: Dec, credit: Dec, quota: Dec | null, tiers: readonly Tier[]): TierResult {
  const bs = bands(tiers, quota);
  const reached = reachedIndex(bs, credit);
  const hit = reached >= 0 ? (bs[reached] as Band) : null;
  const raw = hit ? dec(target).times(hit.tier.rate) : ZERO;
  const out = bs.map((b, i) => step(b, i, ZERO, i === reached ? raw : ZERO, i === reached));
  const steps = hit
    ? [
        `Credit ${fmt(credit)} reaches ${bandText(hit, reached + 1, quota !== null)} with rate ${rate(hit.tier.rate)}: target ${fmt(target)} x ${rate(hit.tier.rate)} = ${fmt(raw)}.`,
      ]
    : [`Credit ${fmt(credit)} is below the first tier: no bonus.`];
  return { raw, tiers: out, reachedTier: hit ? reached + 1 : null, steps };
}

export interface SpiffDeal {
  opportunityId: number;
  name: string;
  /** The rep's credit share of the deal (1 = 100%). */
  share: Dec;
}

/** SPIFF: a fixed amount per qualifying deal, following the rep's credit share of it. */
export function spiffPayout(
  deals: readonly SpiffDeal[],
  spiffAmount: Dec,
): { raw: Dec; perDeal: Map<number, Dec>; steps: string[] } {
  const perDeal = new Map<number, Dec>();
  const steps: string[] = [];
  for (const d of deals) {
    const amount = dec(spiffAmount).times(d.share);
    perDeal.set(d.opportunityId, amount);
    steps.push(`${d.name}: ${fmt(spiffAmount)} x share ${rate(d.share)} = ${fmt(amount)}.`);
  }
  const raw = sum(perDeal.values());
  steps.push(`SPIFF: ${deals.length} qualifying deal(s) = ${fmt(raw)}.`);
  return { raw, perDeal, steps };
}

/** A payment cap: the payout never exceeds it; the excess is withheld (and shown). */
export function applyCap(raw: Dec, cap: Dec | null): { capped: Dec; withheld: Dec; steps: string[] } {
  if (cap === null || raw.lessThanOrEqualTo(cap)) return { capped: raw, withheld: ZERO, steps: [] };
  const withheld = raw.minus(cap);
  return {
    capped: dec(cap),
    withheld,
    steps: [`Capped at ${fmt(cap)}: ${fmt(raw)} - ${fmt(cap)} = ${fmt(withheld)} withheld.`],
  };
}

/** The line amount: rounded half-even to the cent, with the rounding stated when it changes anything. */
export function roundLine(value: Dec): { amount: Dec; steps: string[] } {
  const amount = roundCents(value);
  return {
    amount,
    steps: amount.equals(value) ? [] : [`Rounded half-even to the cent: ${fmt(value)} -> ${fmt(amount)}.`],
  };
}

export interface DrawTerms {
  assignmentId: number;
  /** The period's guaranteed minimum (already prorated to the days the assignment covers). */
  guarantee: Dec;
  recoverable: boolean;
}

export interface DrawTopUp extends DrawTerms {
  earnings: Dec;
  topUp: Dec;
}

export interface DrawOutcome {
  topUps: DrawTopUp[];
  /** Earnings above the guarantees, from which an outstanding recoverable balance is repaid. */
  excess: Dec;
  /** Repaid this period (positive; the line carries it negated). */
  recovery: Dec;
  balanceBefore: Dec;
  balanceAfter: Dec;
}

/**
 * Draws (Xactly's types, with the two flags our data model has): a guarantee tops earnings up to
 * the draw; a recoverable top-up becomes a balance that is repaid first from later earnings above
 * the draw; a non-recoverable one is never repaid. `earnings` are per assignment, so a rep who
 * changed plan mid-period is guaranteed each plan's prorated draw against that plan's earnings.
 */
export function settleDraws(
  earnings: ReadonlyMap<number, Dec>,
  draws: readonly DrawTerms[],
  balanceBefore: Dec,
): DrawOutcome {
  const guaranteed = new Map(draws.map((d) => [d.assignmentId, d]));
  const topUps: DrawTopUp[] = [];
  let excess = ZERO;
  const assignments = new Set([...earnings.keys(), ...guaranteed.keys()]);
  for (const id of [...assignments].sort((a, b) => a - b)) {
    const e = earnings.get(id) ?? ZERO;
    const terms = guaranteed.get(id);
    const g = terms?.guarantee ?? ZERO;
    if (terms && e.lessThan(g)) topUps.push({ ...terms, earnings: e, topUp: g.minus(e) });
    else excess = excess.plus(e.minus(g));
  }
  const recovery = balanceBefore.greaterThan(0) ? min(balanceBefore, excess) : ZERO;
  const added = sum(topUps.filter((t) => t.recoverable).map((t) => t.topUp));
  return { topUps, excess, recovery, balanceBefore, balanceAfter: balanceBefore.plus(added).minus(recovery) };
}

/**
 * A reversed deal's share of the line that paid it: the line's amount times the deal's part of
 * the line's measure (credit for commission, per-deal amount for a SPIFF), rounded to the cent.
 */
export function clawbackShare(lineAmount: Dec, lineMeasure: Dec, dealMeasure: Dec): Dec {
  if (lineMeasure.isZero()) return ZERO;
  return roundCents(dec(lineAmount).times(dealMeasure).dividedBy(lineMeasure));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
