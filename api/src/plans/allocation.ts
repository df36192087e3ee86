// Top-down quota allocation: a plan target split over reps or territories by a weight, with a
// ramp discount for new hires, reconciled to the cent (apportion.ts).
//
// - REPS: each rep's share is proportional to weight x ramp factor, where the ramp factor is the
//   rep's mean productivity over the period's months (ramp.ts: 0 before the hire month and after
//   leaving, k/rampMonths while ramping). Slower ramps leave more for the others: the total
//   still equals the target.
// - TERRITORIES: each territory's share is proportional to its weight; it then goes to the
//   territory's PRIMARY reps in proportion to their coverage: for each month whose first day an
//   assignment is in force, the rep's productivity that month.
import type { SalesPlan } from '../generated/prisma/client.js';
import { childPeriods, parsePeriodKey, yearKey } from '../shared/calendar.js';
import { Decimal } from '../shared/scalars.js';
import type { TenantPrisma } from '../shared/tenant.js';
import { apportion } from './apportion.js';
import { planPeriod } from './quotas.js';
import { repMonthProductivity } from './ramp.js';
import { checkMoney, Exact, fail, type Tx } from './service.js';
import { repWeights, territoryWeights, type WeightBasis } from './weights.js';

export type AllocationUnit = 'REPS' | 'TERRITORIES';

export interface AllocationInput {
  periodKey?: string | null;
  /** Defaults to the plan's target when allocating the fiscal year. */
  target?: Decimal | null;
  over: AllocationUnit;
  weight: WeightBasis;
  rampDiscount: boolean;
  /** REPS: these reps (default: every rep with a PRIMARY assignment in the plan during the period). */
  repIds?: number[] | null;
  /** TERRITORIES: these territories (default: the plan's leaf territories). */
  territoryIds?: number[] | null;
}

export interface AllocationLine {
  territoryId: number | null;
  repId: number;
  /** REPS: the rep's weight before the ramp; TERRITORIES: null (see the territory rows). */
  baseWeight: Decimal | null;
  /** Mean productivity over the period's months (counting only months covered, for territories). */
  rampFactor: Decimal;
  /** What the line was apportioned by among its peers. */
  weight: Decimal;
  exactAmount: Decimal;
  amount: Decimal;
}

export interface Allocation {
  salesPlanId: number;
  periodKey: string;
  target: Decimal;
  total: Decimal;
  lines: AllocationLine[];
  territories: { territoryId: number; baseWeight: Decimal; exactAmount: Decimal; amount: Decimal }[];
  reps: { repId: number; amount: Decimal }[];
}

type Db = TenantPrisma | Tx;
const ROUND_6 = (d: Decimal) => new Decimal(d.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN));

export async function computeAllocation(
  db: Db,
  plan: SalesPlan,
  startMonth: number,
  input: AllocationInput,
): Promise<Allocation> {
  const period = planPeriod(input.periodKey ?? yearKey(plan.fiscalYear), plan, startMonth, ['input', 'periodKey']);
  const target = input.target ?? (period.kind === 'YEAR' ? plan.targetAmount : null);
  if (target == null) fail('REQUIRED', 'Give a target (the plan has none for this period)', ['input', 'target']);
  checkMoney(new Decimal(target), ['input', 'target'], 'target');
  const months = childPeriods(period, 'MONTH', startMonth);
  const lastYear = parsePeriodKey(yearKey(plan.fiscalYear - 1), startMonth);
  const assignments = await db.territoryAssignment.findMany({
    where: {
      role: 'PRIMARY',
      territory: { salesPlanId: plan.id },
      startDate: { lt: period.end },
      OR: [{ endDate: null }, { endDate: { gt: period.start } }],
    },
    include: { rep: true },
    orderBy: { id: 'asc' },
  });
  const ctx = { db, plan, period, lastYear, basis: input.weight };
  const result =
    input.over === 'REPS'
      ? await overReps(ctx, new Decimal(target), assignments, months, input)
      : await overTerritories(ctx, new Decimal(target), assignments, months, input);
  const byRep = new Map<number, Decimal>();
  for (const line of result.lines) byRep.set(line.repId, (byRep.get(line.repId) ?? new Decimal(0)).add(line.amount));
  const reps = [...byRep].map(([repId, amount]) => ({ repId, amount }));
  const total = reps.reduce((s, r) => s.add(r.amount), new Decimal(0));
  // The invariant the method guarantees; a failure here is a bug, never a user error.
  if (!total.eq(target)) throw new Error(`allocation adds up to ${total}, not ${target}`);
  return { salesPlanId: plan.id, periodKey: period.key, target: new Decimal(target), total, reps, ...result };
}

interface Ctx {
  db: Db;
  plan: SalesPlan;
  period: { start: Date; end: Date };
  lastYear: { start: Date; end: Date };
  basis: WeightBasis;
}
type Assignment = Awaited<ReturnType<Db['territoryAssignment']['findMany']>>[number] & {
  rep: { id: number; name: string; hireDate: Date; terminationDate: Date | null; rampMonths: number };
};
type Month = { start: Date };

async function overReps(ctx: Ctx, target: Decimal, assignments: Assignment[], months: Month[], input: AllocationInput) {
  let reps: Assignment['rep'][];
  if (input.repIds?.length) {
    const found = await ctx.db.rep.findMany({ where: { id: { in: input.repIds } } });
    const known = new Set(found.map((r) => r.id));
    const missing = input.repIds.findIndex((id) => !known.has(id));
    if (missing >= 0) fail('NOT_FOUND', 'No rep with this ID', ['input', 'repIds', missing]);
    reps = found;
  } else {
    reps = [...new Map(assignments.map((a) => [a.rep.id, a.rep])).values()];
  }
  if (!reps.length)
    fail('INVALID', 'No reps to allocate to: the plan has no PRIMARY assignments in the period', ['input', 'repIds']);
  reps.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const base = await repWeights(
    ctx.db,
    ctx.plan,
    ctx.basis,
    reps.map((r) => r.id),
    ctx.period,
    ctx.lastYear,
  );
  const units = reps.map((rep) => {
    const factor = months
      .reduce((s, m) => s.add(repMonthProductivity(rep, m.start, input.rampDiscount)), new Exact(0))
      .div(months.length);
    const baseWeight = base.get(rep.id) ?? new Decimal(0);
    return { unit: { rep, baseWeight, factor }, weight: new Exact(baseWeight).mul(factor) };
  });
  if (!units.some((u) => u.weight.gt(0))) zeroWeights(input);
  return {
    territories: [],
    lines: apportion(target, units).map((s) => ({
      territoryId: null,
      repId: s.unit.rep.id,
      baseWeight: s.unit.baseWeight,
      rampFactor: ROUND_6(s.unit.factor),
      weight: ROUND_6(s.weight),
      exactAmount: ROUND_6(s.exact),
      amount: s.amount,
    })),
  };
}

async function overTerritories(
  ctx: Ctx,
  target: Decimal,
  assignments: Assignment[],
  months: Month[],
  input: AllocationInput,
) {
  const all = await ctx.db.territory.findMany({
    where: { salesPlanId: ctx.plan.id },
    select: { id: true, name: true, parentId: true },
  });
  let territories: typeof all;
  if (input.territoryIds?.length) {
    const byId = new Map(all.map((t) => [t.id, t]));
    const missing = input.territoryIds.findIndex((id) => !byId.has(id));
    if (missing >= 0) fail('NOT_FOUND', 'No territory with this ID in the plan', ['input', 'territoryIds', missing]);
    territories = [...new Set(input.territoryIds)].map((id) => byId.get(id) as (typeof all)[number]);
  } else {
    const parents = new Set(all.map((t) => t.parentId));
    territories = all.filter((t) => !parents.has(t.id));
  }
  if (!territories.length) fail('INVALID', 'The plan has no territories to allocate to', ['input', 'territoryIds']);
  territories.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const base = await territoryWeights(
    ctx.db,
    ctx.plan,
    ctx.basis,
    territories.map((t) => t.id),
    ctx.lastYear,
  );
  const units = territories.map((t) => ({ unit: t, weight: base.get(t.id) ?? new Decimal(0) }));
  if (!units.some((u) => u.weight.gt(0))) zeroWeights(input);
  const shares = apportion(target, units);
  const lines: AllocationLine[] = [];
  const uncovered: string[] = [];
  for (const share of shares) {
    if (share.amount.isZero()) continue;
    const coverage = new Map<number, { rep: Assignment['rep']; months: Decimal }>();
    for (const a of assignments.filter((x) => x.territoryId === share.unit.id)) {
      const held = months.filter((m) => a.startDate <= m.start && (a.endDate == null || a.endDate > m.start));
      const covered = held.reduce(
        (s, m) => s.add(repMonthProductivity(a.rep, m.start, input.rampDiscount)),
        new Exact(0),
      );
      const entry = coverage.get(a.rep.id) ?? { rep: a.rep, months: new Exact(0) };
      coverage.set(a.rep.id, { rep: a.rep, months: entry.months.add(covered) });
    }
    const reps = [...coverage.values()]
      .filter((c) => c.months.gt(0))
      .sort((a, b) => a.rep.name.localeCompare(b.rep.name) || a.rep.id - b.rep.id);
    if (!reps.length) {
      uncovered.push(share.unit.name);
      continue;
    }
    for (const s of apportion(
      share.amount,
      reps.map((c) => ({ unit: c, weight: c.months })),
    )) {
      lines.push({
        territoryId: share.unit.id,
        repId: s.unit.rep.id,
        baseWeight: null,
        rampFactor: ROUND_6(s.unit.months.div(months.length)),
        weight: ROUND_6(s.weight),
        exactAmount: ROUND_6(s.exact),
        amount: s.amount,
      });
    }
  }
  if (uncovered.length) {
    fail(
      'CONFLICT',
      `No PRIMARY rep is assigned during the period to: ${uncovered.join(', ')}; assign reps or leave these territories out`,
      ['input', 'territoryIds'],
    );
  }
  return {
    lines,
    territories: shares.map((s) => ({
      territoryId: s.unit.id,
      baseWeight: s.weight,
      exactAmount: ROUND_6(s.exact),
      amount: s.amount,
    })),
  };
}

function zeroWeights(input: AllocationInput): never {
  return fail(
    'INVALID',
    `Every ${input.over === 'REPS' ? 'rep' : 'territory'} has a zero ${input.weight} weight; choose another weight`,
    ['input', 'weight'],
  );
}
