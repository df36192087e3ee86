// What-if (docs/design.md §8): a rep's payout for a period recomputed with hypothetical deals, without
// some real deals, or under another plan version (e.g. a draft), next to the actual numbers. It
// runs the run's own calculation (calculate.ts) on the same loaded inputs and writes nothing.
import { assertCanSeePay, type Visibility } from '../access/visibility.js';
import type { OpportunityType } from '../generated/prisma/enums.js';
import { throwIfAny, type UserErrorShape, userError } from '../shared/errors.js';
import { type Dec, dec, places, sum } from '../shared/money.js';
import {
  type CreditFact,
  dataWindow,
  drawLines,
  INCENTIVE_KINDS,
  incentiveLines,
  type LineDraft,
} from './calculate.js';
import { loadCreditFacts } from './credit.sql.js';
import { loadAssignments, loadDrawBalances, loadPlans, loadQuotaBook } from './inputs.js';
import { isoDay } from './periods.js';
import { moneyErrors } from './plan-rules.js';
import { type CompContext, notFound, parsePeriodInput } from './service.js';

export const MAX_HYPOTHETICAL_DEALS = 100;

export interface HypotheticalDeal {
  name?: string | null;
  amount: Dec;
  closeDate: Date;
  type: OpportunityType;
  /** The whole amount is in this product family (for components filtered by family). */
  productFamily?: string | null;
  /** The rep's credit share (default 1 = 100%). */
  share?: Dec | null;
}

export interface SimulateInput {
  repId: number;
  periodKey: string;
  /** A plan version (draft or published) to use instead of the plans in effect. */
  compPlanId?: number | null;
  deals?: HypotheticalDeal[] | null;
  excludeOpportunityIds?: number[] | null;
}

export interface SimulatedPayout {
  lines: LineDraft[];
  total: Dec;
  incentiveTotal: Dec;
  errors: string[];
}

export interface Simulation {
  repId: number;
  periodKey: string;
  actual: SimulatedPayout;
  scenario: SimulatedPayout;
  difference: Dec;
}

function outcome(lines: LineDraft[]): SimulatedPayout {
  return {
    lines,
    total: sum(lines.map((l) => l.amount)),
    incentiveTotal: sum(lines.filter((l) => INCENTIVE_KINDS.has(l.kind)).map((l) => l.amount)),
    errors: lines.flatMap((l) => (l.explanation.error ? [`${l.explanation.summary}: ${l.explanation.error}`] : [])),
  };
}

function dealErrors(deals: readonly HypotheticalDeal[], window: { start: Date; end: Date }): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  if (deals.length > MAX_HYPOTHETICAL_DEALS) {
    errors.push(userError('OUT_OF_RANGE', `at most ${MAX_HYPOTHETICAL_DEALS} hypothetical deals`, ['input', 'deals']));
  }
  deals.forEach((d, i) => {
    const f = (name: string) => ['input', 'deals', String(i), name];
    errors.push(...moneyErrors(d.amount, f('amount'), { positive: true }));
    if (d.closeDate < window.start || d.closeDate >= window.end) {
      errors.push(
        userError(
          'OUT_OF_RANGE',
          `closeDate must fall in the days the period pays (${isoDay(window.start)} to ${isoDay(window.end)}, exclusive)`,
          f('closeDate'),
        ),
      );
    }
    if (d.share != null && (d.share.lessThanOrEqualTo(0) || d.share.greaterThan(1) || places(d.share) > 6)) {
      errors.push(userError('OUT_OF_RANGE', 'share must be above 0 and at most 1, with at most 6 places', f('share')));
    }
  });
  return errors;
}

export async function simulateCompensation(
  ctx: CompContext,
  visibility: Visibility,
  input: SimulateInput,
): Promise<Simulation> {
  assertCanSeePay(visibility, input.repId, ['input', 'repId']);
  const period = parsePeriodInput(ctx, input.periodKey, ['input', 'periodKey']);
  const org = ctx.organization;
  const reps = [input.repId];
  const plans = await loadPlans(ctx.prisma, input.compPlanId ? [input.compPlanId] : []);
  const override = input.compPlanId ? plans.get(input.compPlanId) : undefined;
  if (input.compPlanId && !override) throw notFound('The comp plan', ['input', 'compPlanId']);
  const window = dataWindow(
    period,
    override ? [...plans.values(), override] : plans.values(),
    org.fiscalYearStartMonth,
  );
  const deals = input.deals ?? [];
  throwIfAny(dealErrors(deals, window));
  const [assignments, quotas, facts, balances] = await Promise.all([
    loadAssignments(ctx.prisma, window, reps),
    loadQuotaBook(ctx.prisma, org.id, window, org.fiscalYearStartMonth, reps),
    loadCreditFacts(ctx.prisma, org.id, window, reps),
    loadDrawBalances(ctx.prisma, org.id, period.start, reps),
  ]);
  const base = { run: period, startMonth: org.fiscalYearStartMonth, assignments, plans, quotas };
  const calculate = (input: Parameters<typeof incentiveLines>[0]) => {
    const incentives = incentiveLines(input);
    return outcome([...incentives, ...drawLines(period, assignments, incentives, balances)]);
  };
  const excluded = new Set(input.excludeOpportunityIds ?? []);
  const hypothetical: CreditFact[] = deals.map((d, i) => ({
    repId: input.repId,
    // Negative ids can never collide with a real deal's.
    opportunityId: -(i + 1),
    name: d.name?.trim() || `Hypothetical deal ${i + 1}`,
    closeDate: d.closeDate,
    type: d.type,
    amount: d.amount,
    share: d.share ?? dec(1),
    families: new Map(d.productFamily ? [[d.productFamily.trim(), d.amount]] : []),
  }));
  const actual = calculate({ ...base, facts });
  const scenario = calculate({
    ...base,
    facts: [...facts.filter((f) => !excluded.has(f.opportunityId)), ...hypothetical],
    override: override ? { plan: override, replaces: null } : undefined,
  });
  if (!assignments.length) {
    const note = 'the rep has no comp assignment in this period; nothing is paid';
    actual.errors.push(note);
    scenario.errors.push(note);
  }
  return {
    repId: input.repId,
    periodKey: period.key,
    actual,
    scenario,
    difference: scenario.total.minus(actual.total),
  };
}
