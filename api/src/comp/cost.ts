// Plan cost modelling: what a plan version (typically a draft) would have paid over a past fiscal
// year's actual bookings and quotas, for every rep assigned to the plan it would replace during
// that year, next to what the plan in effect paid on the same data. Same calculation as a payout
// run over the whole year (every MONTH, QUARTER and YEAR component period), incentive lines only:
// draws move money between periods but are not a cost of the plan. Writes nothing. The year
// priced defaults to one in which reps are assigned to the plans it would replace, and a year in
// which nobody is is refused: pricing nobody would answer a silent zero (docs/compensation.md).

import { periodContaining } from '../shared/calendar.js';
import { throwIfAny, userError } from '../shared/errors.js';
import { type Dec, sum, ZERO } from '../shared/money.js';
import { INCENTIVE_KINDS, incentiveLines, type LineDraft } from './calculate.js';
import { loadCreditFacts } from './credit.sql.js';
import { employedUntil, loadAssignments, loadPlans, loadQuotaBook } from './inputs.js';
import { planChain } from './periods.js';
import { type CompContext, notFound, parsePeriodInput } from './service.js';

export interface CostInput {
  compPlanId: number;
  /** The plan version it would replace; default: the version it was created from. */
  baselineCompPlanId?: number | null;
  /**
   * Default: the last completed fiscal year in which a rep is assigned to the plans it would
   * replace, else the current one when they are assigned only in it.
   */
  fiscalYear?: number | null;
}

export interface RepCost {
  repId: number;
  baseline: Dec;
  proposed: Dec;
  baselineErrors: number;
  proposedErrors: number;
}

export interface ComponentCost {
  name: string;
  kind: string;
  baseline: Dec;
  proposed: Dec;
}

export interface PlanCost {
  compPlanId: number;
  baselineCompPlanId: number;
  fiscalYearKey: string;
  reps: RepCost[];
  components: ComponentCost[];
  baselineTotal: Dec;
  proposedTotal: Dec;
}

function byRep(lines: LineDraft[]): Map<number, { total: Dec; errors: number }> {
  const out = new Map<number, { total: Dec; errors: number }>();
  for (const l of lines) {
    const r = out.get(l.repId) ?? { total: ZERO, errors: 0 };
    out.set(l.repId, { total: r.total.plus(l.amount), errors: r.errors + (l.explanation.error ? 1 : 0) });
  }
  return out;
}

function byComponent(lines: LineDraft[]): Map<string, { name: string; kind: string; total: Dec }> {
  const out = new Map<string, { name: string; kind: string; total: Dec }>();
  for (const l of lines) {
    const c = l.explanation.component as { name: string; kind: string };
    const key = `${c.kind}|${c.name}`;
    const r = out.get(key) ?? { name: c.name, kind: c.kind, total: ZERO };
    out.set(key, { ...r, total: r.total.plus(l.amount) });
  }
  return out;
}

const DAY_MS = 86_400_000;

/** Fiscal years up to `current` in which a rep is assigned to one of the plans, ascending. */
async function assignedYears(ctx: CompContext, planIds: ReadonlySet<number>, current: number): Promise<number[]> {
  const startMonth = ctx.organization.fiscalYearStartMonth;
  const fiscalYearOf = (d: Date) => periodContaining(d, 'YEAR', startMonth).fiscalYear;
  const rows = await ctx.prisma.compAssignment.findMany({
    where: { compPlanId: { in: [...planIds] } },
    select: { startDate: true, endDate: true, rep: { select: { terminationDate: true } } },
  });
  const years = new Set<number>();
  for (const a of rows) {
    // Read as the engine reads it (ending by the rep's last day worked); the end is exclusive.
    const end = employedUntil(a.endDate, a.rep.terminationDate);
    if (end && end <= a.startDate) continue;
    const last = end ? Math.min(current, fiscalYearOf(new Date(end.getTime() - DAY_MS))) : current;
    for (let y = fiscalYearOf(a.startDate); y <= last; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

const yearList = (years: number[]) => years.map((y) => `FY${y}`).join(', ');

export async function compPlanCost(ctx: CompContext, input: CostInput): Promise<PlanCost> {
  const org = ctx.organization;
  const current = periodContaining(new Date(), 'YEAR', org.fiscalYearStartMonth).fiscalYear;
  // An explicit year is checked before anything is loaded, so a malformed one is reported first.
  const asked =
    input.fiscalYear == null ? null : parsePeriodInput(ctx, `FY${input.fiscalYear}`, ['input', 'fiscalYear']);
  const plans = await loadPlans(ctx.prisma, [input.compPlanId]);
  const proposed = plans.get(input.compPlanId);
  if (!proposed) throw notFound('The comp plan', ['input', 'compPlanId']);
  const baselineId = input.baselineCompPlanId ?? proposed.previousVersionId;
  if (baselineId === null) {
    throwIfAny([
      userError('REQUIRED', 'this plan has no previous version: name the plan it would replace', [
        'input',
        'baselineCompPlanId',
      ]),
    ]);
  }
  if (!plans.has(baselineId as number)) throw notFound('The baseline comp plan', ['input', 'baselineCompPlanId']);
  const replaces = new Set(planChain(plans, baselineId as number).map((p) => p.id));
  replaces.delete(proposed.id);
  const baselineName = (plans.get(baselineId as number) as { name: string }).name;
  let year = asked;
  if (!year) {
    const years = await assignedYears(ctx, replaces, current);
    if (!years.length) {
      throwIfAny([
        userError(
          'INVALID',
          `nobody is assigned to "${baselineName}" or its other versions in any fiscal year up to FY${current}: there is no one to price the plan on`,
          ['input', input.baselineCompPlanId == null ? 'compPlanId' : 'baselineCompPlanId'],
        ),
      ]);
    }
    const completed = years.filter((y) => y < current);
    year = parsePeriodInput(ctx, `FY${completed.at(-1) ?? years.at(-1)}`, ['input', 'fiscalYear']);
  }
  const assignments = (await loadAssignments(ctx.prisma, year)).filter((a) => replaces.has(a.compPlanId));
  const reps = [...new Set(assignments.map((a) => a.repId))];
  if (!reps.length) {
    const years = await assignedYears(ctx, replaces, current);
    throwIfAny([
      userError(
        'OUT_OF_RANGE',
        `nobody is assigned to "${baselineName}" or its other versions in ${year.key}, so there is no one to price the plan on; ` +
          (years.length
            ? `reps are assigned to it in ${yearList(years)}`
            : `nobody is assigned to it up to FY${current}`),
        ['input', 'fiscalYear'],
      ),
    ]);
  }
  const [quotas, facts] = await Promise.all([
    loadQuotaBook(ctx.prisma, org.id, year, org.fiscalYearStartMonth, reps),
    loadCreditFacts(ctx.prisma, org.id, year, reps),
  ]);
  const base = { run: year, startMonth: org.fiscalYearStartMonth, assignments, plans, quotas, facts };
  const incentive = (lines: LineDraft[]) => lines.filter((l) => INCENTIVE_KINDS.has(l.kind));
  const before = incentive(incentiveLines(base));
  const after = incentive(incentiveLines({ ...base, override: { plan: proposed, replaces } }));
  const beforeByRep = byRep(before);
  const afterByRep = byRep(after);
  const beforeByComponent = byComponent(before);
  const afterByComponent = byComponent(after);
  const componentKeys = [...new Set([...beforeByComponent.keys(), ...afterByComponent.keys()])];
  return {
    compPlanId: proposed.id,
    baselineCompPlanId: baselineId as number,
    fiscalYearKey: year.key,
    reps: reps
      .sort((a, b) => a - b)
      .map((repId) => ({
        repId,
        baseline: beforeByRep.get(repId)?.total ?? ZERO,
        proposed: afterByRep.get(repId)?.total ?? ZERO,
        baselineErrors: beforeByRep.get(repId)?.errors ?? 0,
        proposedErrors: afterByRep.get(repId)?.errors ?? 0,
      })),
    components: componentKeys.map((key) => {
      const b = beforeByComponent.get(key);
      const a = afterByComponent.get(key);
      return {
        name: (b ?? a)?.name as string,
        kind: (b ?? a)?.kind as string,
        baseline: b?.total ?? ZERO,
        proposed: a?.total ?? ZERO,
      };
    }),
    baselineTotal: sum(before.map((l) => l.amount)),
    proposedTotal: sum(after.map((l) => l.amount)),
  };
}
