// Turns loaded inputs (plans, assignments, credited deals, quotas) into payout line drafts for a
// run's period: one line per rep, component, component period and plan segment, then the draw
// lines. Pure: the same function serves payout runs, what-if simulation and plan cost modelling,
// so a simulation can never disagree with the run it previews.
import type { OpportunityStage, OpportunityType, PayoutLineKind } from '../generated/prisma/enums.js';
import type { Period } from '../shared/calendar.js';
import { type Dec, dec, fmt, pct, prorate, rate, roundCents, roundFraction, sum, ZERO } from '../shared/money.js';
import {
  applyCap,
  bonusPayout,
  type DrawTerms,
  MissingQuotaError,
  marginalCommission,
  retroactiveCommission,
  roundLine,
  settleDraws,
  spiffPayout,
  type Tier,
  type TierResult,
} from './engine.js';
import {
  type CompPeriodKind,
  dayCount,
  type Interval,
  isoDay,
  MONTHS_IN,
  overlap,
  periodsPaidIn,
  planChain,
  type VersionedPlan,
  versionsInEffect,
} from './periods.js';

export interface ComponentSpec {
  id: number;
  name: string;
  kind: 'COMMISSION' | 'BONUS' | 'SPIFF';
  period: CompPeriodKind;
  opportunityTypes: OpportunityType[];
  productFamilies: string[];
  retroactive: boolean;
  capAmount: Dec | null;
  targetShare: Dec | null;
  spiffAmount: Dec | null;
  tiers: Tier[];
}

export interface PlanSpec extends VersionedPlan {
  name: string;
  clawbackWindowDays: number;
  components: ComponentSpec[];
}

export interface AssignmentSpec {
  id: number;
  repId: number;
  compPlanId: number;
  startDate: Date;
  endDate: Date | null;
  targetIncentive: Dec;
  drawAmount: Dec | null;
  drawRecoverable: boolean;
}

/** A rep's credit share of one won deal (revenue and overlay splits summed). */
export interface CreditFact {
  repId: number;
  opportunityId: number;
  name: string;
  closeDate: Date;
  type: OpportunityType;
  /** The deal's stage as loaded (won deals; open ones in a liability forecast); absent for a hypothetical deal. */
  stage?: OpportunityStage;
  amount: Dec;
  share: Dec;
  /** Sum of line-item totals per product family. */
  families: ReadonlyMap<string, Dec>;
}

export interface QuotaFigure {
  amount: Dec;
  /**
   * The quota rows summed, e.g. [["FY2026-M01", "30000.00"], ...]; for a share spread down, the
   * enclosing period's quota it is a share of.
   */
  source: [string, string][];
  /** An even share of the enclosing period's quota (docs/design.md §5, "down by spreading"). */
  spread?: boolean;
}

export interface QuotaBook {
  get(repId: number, period: Period): QuotaFigure | null;
}

/** Substitutes a plan (e.g. a draft) for the plans it replaces, on every day of the assignment. */
export interface PlanOverride {
  plan: PlanSpec;
  /** IDs of the plan versions it replaces; null = every assignment. */
  replaces: ReadonlySet<number> | null;
}

export interface IncentiveInput {
  run: Period;
  startMonth: number;
  assignments: readonly AssignmentSpec[];
  plans: ReadonlyMap<number, PlanSpec>;
  facts: readonly CreditFact[];
  quotas: QuotaBook;
  override?: PlanOverride;
}

/** JSON stored in PayoutLine.explanation: the words (`steps`) and the numbers behind them. */
export interface Explanation {
  summary: string;
  steps: string[];
  periodKey: string;
  error?: string;
  [detail: string]: unknown;
}

export interface LineDraft {
  repId: number;
  kind: PayoutLineKind;
  componentId: number | null;
  credit: Dec | null;
  quota: Dec | null;
  attainment: Dec | null;
  amount: Dec;
  originalLineId: number | null;
  /** The assignment whose terms produced the line (draws are settled per assignment). */
  assignmentId: number | null;
  explanation: Explanation;
}

export const INCENTIVE_KINDS: ReadonlySet<PayoutLineKind> = new Set(['COMMISSION', 'BONUS', 'SPIFF']);

/** Earliest day any component paid in this run measures: a YEAR component paid in Q4 reaches back to the year start. */
export function dataWindow(run: Period, plans: Iterable<PlanSpec>, startMonth: number): Interval {
  let start = run.start;
  const kinds = new Set<CompPeriodKind>();
  for (const p of plans) for (const c of p.components) kinds.add(c.period);
  for (const k of kinds) {
    const first = periodsPaidIn(run, k, startMonth)[0];
    if (first && first.start < start) start = first.start;
  }
  return { start, end: run.end };
}

interface CreditedDeal {
  opportunityId: number;
  name: string;
  closeDate: string;
  type: OpportunityType;
  share: string;
  base: string;
  credit: string;
  amount?: string;
}

function creditedDeals(
  facts: readonly CreditFact[],
  c: ComponentSpec,
  seg: Interval,
): { deals: CreditedDeal[]; credit: Dec } {
  const deals: CreditedDeal[] = [];
  let credit = ZERO;
  for (const f of facts) {
    if (f.closeDate < seg.start || f.closeDate >= seg.end) continue;
    if (c.opportunityTypes.length && !c.opportunityTypes.includes(f.type)) continue;
    const base = c.productFamilies.length ? sum(c.productFamilies.map((fam) => f.families.get(fam) ?? ZERO)) : f.amount;
    if (base.isZero()) continue;
    // Each deal's credit is rounded to the cent, so the line's credit is the exact sum of what it lists.
    const dealCredit = roundCents(dec(f.share).times(base));
    credit = credit.plus(dealCredit);
    deals.push({
      opportunityId: f.opportunityId,
      name: f.name,
      closeDate: isoDay(f.closeDate),
      type: f.type,
      share: rate(f.share),
      base: fmt(base),
      credit: fmt(dealCredit),
    });
  }
  return { deals, credit };
}

function filterText(c: ComponentSpec): string {
  const parts: string[] = [];
  if (c.opportunityTypes.length) parts.push(`deal types ${c.opportunityTypes.join(', ')}`);
  if (c.productFamilies.length) parts.push(`line items of product families ${c.productFamilies.join(', ')}`);
  return parts.length ? ` (only ${parts.join('; ')})` : '';
}

interface LineContext {
  assignment: AssignmentSpec;
  plan: PlanSpec;
  component: ComponentSpec;
  period: Period;
  segment: Interval;
}

function componentLine(lc: LineContext, facts: readonly CreditFact[], quotas: QuotaBook): LineDraft {
  const { assignment: a, plan, component: c, period: p, segment: seg } = lc;
  const days = dayCount(seg);
  const periodDays = dayCount(p);
  const prorated = days < periodDays;
  const { deals, credit } = creditedDeals(facts, c, seg);
  const steps: string[] = [`${c.name} (${c.kind}, ${p.key}) under comp plan "${plan.name}".`];
  if (prorated) {
    steps.push(
      `Plan in effect ${isoDay(seg.start)} to ${isoDay(seg.end)} (exclusive): ${days} of ${periodDays} days; quota, target and cap are prorated by days and rounded to the cent.`,
    );
  }
  const dealText = deals.map((d) => `${d.name} closed ${d.closeDate}: ${d.base} x share ${d.share} = ${d.credit}`);
  steps.push(
    deals.length
      ? `Credit${filterText(c)}: ${dealText.join('; ')}. Total credit ${fmt(credit)}.`
      : `Credit${filterText(c)}: no qualifying won deal; credit 0.00.`,
  );
  const explanation: Explanation = {
    summary: '',
    steps,
    periodKey: p.key,
    periodStart: isoDay(p.start),
    periodEnd: isoDay(p.end),
    segment: { start: isoDay(seg.start), end: isoDay(seg.end), days, periodDays },
    plan: { id: plan.id, name: plan.name },
    assignmentId: a.id,
    component: {
      id: c.id,
      name: c.name,
      kind: c.kind,
      period: c.period,
      retroactive: c.retroactive,
      opportunityTypes: c.opportunityTypes,
      productFamilies: c.productFamilies,
    },
    deals,
    credit: fmt(credit),
  };
  const line: LineDraft = {
    repId: a.repId,
    kind: c.kind,
    componentId: c.id,
    credit,
    quota: null,
    attainment: null,
    amount: ZERO,
    originalLineId: null,
    assignmentId: a.id,
    explanation,
  };

  let raw: Dec;
  if (c.kind === 'SPIFF') {
    const spiff = spiffPayout(
      deals.map((d) => ({ opportunityId: d.opportunityId, name: d.name, share: dec(d.share) })),
      c.spiffAmount ?? ZERO,
    );
    for (const d of deals) d.amount = fmt(spiff.perDeal.get(d.opportunityId) ?? ZERO);
    steps.push(...spiff.steps);
    raw = spiff.raw;
  } else {
    const figure = quotas.get(a.repId, p);
    let quota: Dec | null = null;
    if (figure) {
      quota = prorated ? prorate(figure.amount, days, periodDays) : figure.amount;
      const parts = figure.source.map(([k, v]) => `${k} ${v}`).join(' + ');
      const basis = figure.spread ? `its even share of ${parts} (the parts without a quota of their own)` : parts;
      steps.push(
        `Quota ${p.key} (sales plan of the fiscal year): ${basis} = ${fmt(figure.amount)}${prorated ? `; x ${days}/${periodDays} days = ${fmt(quota)}` : ''}.`,
      );
      explanation.quota = { amount: fmt(quota), periodAmount: fmt(figure.amount), source: figure.source };
    }
    line.quota = quota;
    if (quota?.greaterThan(0)) {
      line.attainment = roundFraction(credit.dividedBy(quota));
      steps.push(`Attainment: ${fmt(credit)} / ${fmt(quota)} = ${pct(line.attainment)}.`);
    }
    let result: TierResult;
    try {
      if (c.kind === 'BONUS') {
        const target = bonusTarget(a, c, p, days, periodDays, steps);
        explanation.target = fmt(target);
        result = bonusPayout(target, credit, quota, c.tiers);
      } else {
        result = (c.retroactive ? retroactiveCommission : marginalCommission)(credit, quota, c.tiers);
      }
    } catch (error) {
      if (!(error instanceof MissingQuotaError)) throw error;
      explanation.error = `${error.message}; add the rep's quota for ${p.key} to the fiscal year's sales plan and recompute`;
      steps.push(`Not computed: ${explanation.error}.`);
      explanation.summary = `${c.name} ${p.key}: not computed (no quota)`;
      return line;
    }
    steps.push(...result.steps);
    explanation.tiers = result.tiers;
    explanation.reachedTier = result.reachedTier;
    raw = result.raw;
  }
  explanation.raw = fmt(raw);
  const cap = c.capAmount === null ? null : prorated ? prorate(c.capAmount, days, periodDays) : c.capAmount;
  const capped = applyCap(raw, cap);
  steps.push(...capped.steps);
  if (cap !== null) explanation.cap = { amount: fmt(cap), withheld: fmt(capped.withheld) };
  const rounded = roundLine(capped.capped);
  steps.push(...rounded.steps);
  line.amount = rounded.amount;
  explanation.summary = `${c.name} ${p.key}: ${fmt(line.amount)}`;
  steps.push(`Payout: ${fmt(line.amount)}.`);
  return line;
}

function bonusTarget(
  a: AssignmentSpec,
  c: ComponentSpec,
  _p: Period,
  days: number,
  periodDays: number,
  steps: string[],
): Dec {
  const share = c.targetShare ?? ZERO;
  const months = MONTHS_IN[c.period];
  let exact = dec(a.targetIncentive).times(share).times(months).dividedBy(12);
  let text = `Target: annual target incentive ${fmt(a.targetIncentive)} x share ${rate(share)} x ${months}/12 months`;
  if (days < periodDays) {
    exact = exact.times(days).dividedBy(periodDays);
    text += ` x ${days}/${periodDays} days`;
  }
  const target = roundCents(exact);
  steps.push(
    `${text} = ${fmt(target)}${target.equals(exact) ? '' : ` (from ${exact.toSignificantDigits(12).toFixed()}, rounded to the cent)`}.`,
  );
  return target;
}

/** The pieces of an assignment's days and the plan version governing each. */
function assignmentPieces(input: IncentiveInput, a: AssignmentSpec, window: Interval) {
  const span = overlap(window, { start: a.startDate, end: a.endDate });
  if (!span) return [];
  const o = input.override;
  if (o && (o.replaces === null || o.replaces.has(a.compPlanId)))
    return [{ plan: o.plan, start: span.start, end: span.end }];
  return versionsInEffect(planChain(input.plans, a.compPlanId), span);
}

/** Commission, bonus and SPIFF lines of every assigned rep for the components paid in the run. */
export function incentiveLines(input: IncentiveInput): LineDraft[] {
  const plans = input.override ? [...input.plans.values(), input.override.plan] : input.plans.values();
  const window = dataWindow(input.run, plans, input.startMonth);
  const factsByRep = new Map<number, CreditFact[]>();
  for (const f of input.facts) {
    const list = factsByRep.get(f.repId);
    if (list) list.push(f);
    else factsByRep.set(f.repId, [f]);
  }
  const lines: { line: LineDraft; order: string }[] = [];
  for (const a of input.assignments) {
    const facts = factsByRep.get(a.repId) ?? [];
    for (const piece of assignmentPieces(input, a, window)) {
      for (const c of piece.plan.components) {
        for (const p of periodsPaidIn(input.run, c.period, input.startMonth)) {
          const segment = overlap(p, piece);
          if (!segment) continue;
          const line = componentLine(
            { assignment: a, plan: piece.plan, component: c, period: p, segment },
            facts,
            input.quotas,
          );
          const order = `${String(a.repId).padStart(10, '0')}|${isoDay(p.start)}|${p.kind}|${String(c.id).padStart(10, '0')}|${isoDay(segment.start)}`;
          lines.push({ line, order });
        }
      }
    }
  }
  return lines.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0)).map((l) => l.line);
}

/**
 * Draw top-ups and recoveries for the run: per rep, each assignment overlapping the run's period
 * guarantees its draw (prorated by days) against the incentive lines it produced; an outstanding
 * recoverable balance (from approved earlier runs) is repaid from earnings above the guarantees.
 */
export function drawLines(
  run: Period,
  assignments: readonly AssignmentSpec[],
  incentives: readonly LineDraft[],
  balances: ReadonlyMap<number, Dec>,
): LineDraft[] {
  const earnings = new Map<number, Map<number, Dec>>();
  for (const l of incentives) {
    if (!INCENTIVE_KINDS.has(l.kind) || l.assignmentId === null) continue;
    const byAssignment = earnings.get(l.repId) ?? new Map<number, Dec>();
    byAssignment.set(l.assignmentId, (byAssignment.get(l.assignmentId) ?? ZERO).plus(l.amount));
    earnings.set(l.repId, byAssignment);
  }
  const runDays = dayCount(run);
  const terms = new Map<number, (DrawTerms & { drawAmount: Dec; days: number })[]>();
  for (const a of assignments) {
    const covered = overlap(run, { start: a.startDate, end: a.endDate });
    if (!covered || a.drawAmount === null) continue;
    const days = dayCount(covered);
    const list = terms.get(a.repId) ?? [];
    list.push({
      assignmentId: a.id,
      guarantee: prorate(a.drawAmount, days, runDays),
      recoverable: a.drawRecoverable,
      drawAmount: a.drawAmount,
      days,
    });
    terms.set(a.repId, list);
  }
  const reps = [...new Set([...earnings.keys(), ...terms.keys()])].sort((x, y) => x - y);
  const out: LineDraft[] = [];
  for (const repId of reps) {
    const repTerms = terms.get(repId) ?? [];
    const outcome = settleDraws(earnings.get(repId) ?? new Map(), repTerms, balances.get(repId) ?? ZERO);
    let balance = outcome.balanceBefore;
    for (const t of outcome.topUps) {
      const term = repTerms.find((x) => x.assignmentId === t.assignmentId);
      const before = balance;
      if (t.recoverable) balance = balance.plus(t.topUp);
      const guaranteeText =
        term && term.days < runDays
          ? `${fmt(term.drawAmount)} x ${term.days}/${runDays} days = ${fmt(t.guarantee)}`
          : fmt(t.guarantee);
      out.push({
        repId,
        kind: 'DRAW',
        componentId: null,
        credit: null,
        quota: null,
        attainment: null,
        amount: t.topUp,
        originalLineId: null,
        assignmentId: t.assignmentId,
        explanation: {
          summary: `Draw ${run.key}: ${fmt(t.topUp)}${t.recoverable ? ' (recoverable)' : ''}`,
          periodKey: run.key,
          assignmentId: t.assignmentId,
          recoverable: t.recoverable,
          guarantee: fmt(t.guarantee),
          earnings: fmt(t.earnings),
          balanceBefore: fmt(before),
          balanceAfter: fmt(balance),
          steps: [
            `Draw guarantee for ${run.key}: ${guaranteeText}.`,
            `Incentive earnings under this assignment: ${fmt(t.earnings)}, below the guarantee: top-up ${fmt(t.guarantee)} - ${fmt(t.earnings)} = ${fmt(t.topUp)}.`,
            t.recoverable
              ? `Recoverable: the top-up is repaid from later earnings above the draw; balance ${fmt(before)} -> ${fmt(balance)}.`
              : 'Non-recoverable: the top-up is never repaid.',
          ],
        },
      });
    }
    if (outcome.recovery.greaterThan(0)) {
      const before = outcome.balanceBefore;
      out.push({
        repId,
        kind: 'DRAW_RECOVERY',
        componentId: null,
        credit: null,
        quota: null,
        attainment: null,
        amount: outcome.recovery.negated(),
        originalLineId: null,
        assignmentId: null,
        explanation: {
          summary: `Draw recovery ${run.key}: -${fmt(outcome.recovery)}`,
          periodKey: run.key,
          excess: fmt(outcome.excess),
          balanceBefore: fmt(before),
          balanceAfter: fmt(outcome.balanceAfter),
          steps: [
            `Recoverable draw balance from earlier periods: ${fmt(before)}.`,
            `Earnings above the draw guarantee this period: ${fmt(outcome.excess)}.`,
            `Recovered first: min(${fmt(before)}, ${fmt(outcome.excess)}) = ${fmt(outcome.recovery)}; balance now ${fmt(outcome.balanceAfter)}.`,
          ],
        },
      });
    }
  }
  return out;
}
