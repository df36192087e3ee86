// Top-down quota allocation: a plan target split over reps or territories by a weight, with a
// ramp discount for new hires, reconciled to the cent (apportion.ts).
//
// Who: every individual quota carrier of the period (docs/design.md §10): the AE, AM and SDR reps
// employed during it and any other non-team, non-overlay rep holding a PRIMARY assignment in the
// plan, with or without a territory. Team quotas (MANAGER, EXECUTIVE) restate their team's and are
// never allocated; overlay quotas (SE) are allocated on their own, by naming only overlay reps.
//
// - REPS: each rep's share is proportional to full-year weight x ramp factor, where the ramp
//   factor is the rep's mean productivity over the period's months (ramp.ts: 0 before the hire
//   month and after leaving, k/rampMonths while ramping), which prorates by the start date.
//   Slower ramps leave more for the others: the total still equals the target.
// - TERRITORIES: each territory's share is proportional to its weight; it then goes to the
//   territory's PRIMARY reps in proportion to their coverage: for each month whose first day an
//   assignment is in force, the rep's productivity that month. Carriers without a PRIMARY
//   assignment (account managers) are units of their own beside the territories, weighted as
//   over REPS.
//
// A full-year weight does not penalise a rep for last year's months they were not there:
// LAST_YEAR_BOOKINGS is annualised over the months of last year the rep was employed, and a rep
// with no month last year (a new hire) weighs the mean of the others' full-year weights.
import type { SalesPlan } from '../generated/prisma/client.js';
import { OVERLAY_QUOTA_ROLES, TEAM_QUOTA_ROLES } from '../performance/metrics.js';
import { childPeriods, type Period, parsePeriodKey, yearKey } from '../shared/calendar.js';
import { Decimal } from '../shared/scalars.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { Tx } from '../shared/transactions.js';
import { apportion } from './apportion.js';
import { planPeriod } from './quotas.js';
import { repMonthProductivity } from './ramp.js';
import { checkMoney, Exact, fail } from './service.js';
import { repWeights, territoryWeights, type WeightBasis } from './weights.js';

export type AllocationUnit = 'REPS' | 'TERRITORIES';

export interface AllocationInput {
  periodKey?: string | null;
  /** Defaults to the plan's target when allocating the fiscal year. */
  target?: Decimal | null;
  over: AllocationUnit;
  weight: WeightBasis;
  rampDiscount: boolean;
  /**
   * REPS: these reps (default: every individual quota carrier of the period). All individual
   * carriers, or all overlay reps (an overlay allocation, which needs its own target).
   */
  repIds?: number[] | null;
  /** TERRITORIES: these territories (default: the plan's leaf territories). */
  territoryIds?: number[] | null;
}

export interface AllocationLine {
  territoryId: number | null;
  repId: number;
  /** The rep's full-year weight before the ramp; null for a territory's rep (see the territory rows). */
  baseWeight: Decimal | null;
  /** Mean productivity over the period's months (counting only months covered, for territories). */
  rampFactor: Decimal;
  /** What the line was apportioned by among its peers. */
  weight: Decimal;
  exactAmount: Decimal;
  amount: Decimal;
  /**
   * The line's productivity in each month of the period (0 where the rep is not there or does not
   * cover the territory): what allocate-quotas.ts phases the amount by.
   */
  monthWeights: Decimal[];
}

/** INDIVIDUAL: bookings quotas, out of the plan's target; OVERLAY: overlay reps' quotas, on their own. */
export type QuotaClass = 'INDIVIDUAL' | 'OVERLAY';

export interface Allocation {
  salesPlanId: number;
  periodKey: string;
  quotaClass: QuotaClass;
  target: Decimal;
  total: Decimal;
  lines: AllocationLine[];
  territories: { territoryId: number; baseWeight: Decimal; exactAmount: Decimal; amount: Decimal }[];
  reps: { repId: number; amount: Decimal }[];
}

type Db = TenantPrisma | Tx;
type Rep = { id: number; name: string; role: string; hireDate: Date; terminationDate: Date | null; rampMonths: number };
const ROUND_6 = (d: Decimal) => new Decimal(d.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN));
const TEAM: ReadonlySet<string> = new Set(TEAM_QUOTA_ROLES);
const OVERLAY: ReadonlySet<string> = new Set(OVERLAY_QUOTA_ROLES);
/** Roles that carry an individual quota whether or not they hold a territory (docs/design.md §4). */
export const INDIVIDUAL_QUOTA_ROLES = ['AE', 'AM', 'SDR'] as const;
const REP_FIELDS = {
  id: true,
  name: true,
  role: true,
  hireDate: true,
  terminationDate: true,
  rampMonths: true,
} as const;

export async function computeAllocation(
  db: Db,
  plan: SalesPlan,
  startMonth: number,
  input: AllocationInput,
): Promise<Allocation> {
  const period = planPeriod(input.periodKey ?? yearKey(plan.fiscalYear), plan, startMonth, ['input', 'periodKey']);
  const months = childPeriods(period, 'MONTH', startMonth);
  const lastYear = parsePeriodKey(yearKey(plan.fiscalYear - 1), startMonth);
  const assignments = await db.territoryAssignment.findMany({
    where: {
      role: 'PRIMARY',
      territory: { salesPlanId: plan.id },
      startDate: { lt: period.end },
      OR: [{ endDate: null }, { endDate: { gt: period.start } }],
    },
    include: { rep: { select: REP_FIELDS } },
    orderBy: { id: 'asc' },
  });
  const { reps, quotaClass } = input.repIds?.length
    ? await namedReps(db, input.repIds)
    : { reps: await carriers(db, period, assignments), quotaClass: 'INDIVIDUAL' as const };
  // An overlay quota measures overlay credit on top of the bookings: never a share of the plan's target.
  const target = input.target ?? (period.kind === 'YEAR' && quotaClass === 'INDIVIDUAL' ? plan.targetAmount : null);
  if (target == null) fail('REQUIRED', 'Give a target (the plan has none for this period)', ['input', 'target']);
  checkMoney(new Decimal(target), ['input', 'target'], 'target');
  const ctx = { db, plan, period, lastYear, startMonth, basis: input.weight, months, rampDiscount: input.rampDiscount };
  const result =
    input.over === 'REPS'
      ? await overReps(ctx, new Decimal(target), reps, input)
      : await overTerritories(ctx, new Decimal(target), assignments, reps, input);
  const byRep = new Map<number, Decimal>();
  for (const line of result.lines) byRep.set(line.repId, (byRep.get(line.repId) ?? new Decimal(0)).add(line.amount));
  const allocated = [...byRep].map(([repId, amount]) => ({ repId, amount }));
  const total = allocated.reduce((s, r) => s.add(r.amount), new Decimal(0));
  // The invariant the method guarantees; a failure here is a bug, never a user error.
  if (!total.eq(target)) throw new Error(`allocation adds up to ${total}, not ${target}`);
  return {
    salesPlanId: plan.id,
    periodKey: period.key,
    quotaClass,
    target: new Decimal(target),
    total,
    reps: allocated,
    ...result,
  };
}

/**
 * The individual quota carriers of the period: the reps of an individual role employed during it
 * (hired before its end, not gone before its start) and every other rep holding a PRIMARY
 * assignment in the plan during it, team and overlay roles left out. One statement.
 */
async function carriers(db: Db, period: Period, assignments: Assignment[]): Promise<Rep[]> {
  const primary = [...new Set(assignments.map((a) => a.repId))];
  const reps = await db.rep.findMany({
    where: {
      OR: [{ role: { in: [...INDIVIDUAL_QUOTA_ROLES] } }, { id: { in: primary } }],
      role: { notIn: [...TEAM_QUOTA_ROLES, ...OVERLAY_QUOTA_ROLES] },
      hireDate: { lt: period.end },
      AND: [{ OR: [{ terminationDate: null }, { terminationDate: { gte: period.start } }] }],
    },
    select: REP_FIELDS,
  });
  if (!reps.length) {
    fail('INVALID', 'No reps to allocate to: nobody carries an individual quota during the period', [
      'input',
      'repIds',
    ]);
  }
  return reps;
}

/** Reps named by the caller: all individual carriers or all overlay reps, never a team quota. */
async function namedReps(db: Db, repIds: number[]): Promise<{ reps: Rep[]; quotaClass: QuotaClass }> {
  const found = await db.rep.findMany({ where: { id: { in: repIds } }, select: REP_FIELDS });
  const byId = new Map(found.map((r) => [r.id, r]));
  const missing = repIds.findIndex((id) => !byId.has(id));
  if (missing >= 0) fail('NOT_FOUND', 'No rep with this ID', ['input', 'repIds', missing]);
  const team = repIds.findIndex((id) => TEAM.has(byId.get(id)?.role ?? ''));
  if (team >= 0) {
    fail(
      'INVALID',
      `${byId.get(repIds[team] as number)?.name} has a team role: a team quota restates the team's quotas and is not allocated`,
      ['input', 'repIds', team],
    );
  }
  const quotaClass: QuotaClass = OVERLAY.has(byId.get(repIds[0] as number)?.role ?? '') ? 'OVERLAY' : 'INDIVIDUAL';
  const mixed = repIds.findIndex((id) => OVERLAY.has(byId.get(id)?.role ?? '') !== (quotaClass === 'OVERLAY'));
  if (mixed >= 0) {
    fail('INVALID', 'Allocate overlay reps (SE) on their own: their quotas are not a share of the bookings target', [
      'input',
      'repIds',
      mixed,
    ]);
  }
  return { reps: found, quotaClass };
}

interface Ctx {
  db: Db;
  plan: SalesPlan;
  period: { start: Date; end: Date };
  lastYear: Period;
  startMonth: number;
  basis: WeightBasis;
  months: Month[];
  rampDiscount: boolean;
}
type Assignment = Awaited<ReturnType<Db['territoryAssignment']['findMany']>>[number] & { rep: Rep };
type Month = { start: Date };

/** Productivity in each of the period's months: 0 outside employment, the ramp when asked for. */
function monthProductivity(ctx: Ctx, rep: Rep): Decimal[] {
  return ctx.months.map((m) => repMonthProductivity(rep, m.start, ctx.rampDiscount));
}

/** Mean productivity over the period's months: the start date's proration, and the ramp when asked for. */
function rampFactor(ctx: Ctx, rep: Rep): Decimal {
  return monthProductivity(ctx, rep)
    .reduce((s, p) => s.add(p), new Exact(0))
    .div(ctx.months.length);
}

/**
 * Each rep's full-year weight. Last year's bookings are annualised over the months of last year
 * the rep was employed (12 / months), so a rep hired late last year is not weighed by the months
 * before they came; a rep with none of last year's months gets the mean of the others' weights.
 */
async function fullYearWeights(ctx: Ctx, reps: Rep[]): Promise<Map<number, Decimal>> {
  const base = await repWeights(
    ctx.db,
    ctx.plan,
    ctx.basis,
    reps.map((r) => r.id),
    ctx.period,
    ctx.lastYear,
  );
  const raw = (rep: Rep) => base.get(rep.id) ?? new Decimal(0);
  if (ctx.basis !== 'LAST_YEAR_BOOKINGS') return new Map(reps.map((r) => [r.id, raw(r)]));
  const lastMonths = childPeriods(ctx.lastYear, 'MONTH', ctx.startMonth);
  const out = new Map<number, Decimal>();
  const newcomers: Rep[] = [];
  for (const rep of reps) {
    const worked = lastMonths.filter((m) => repMonthProductivity(rep, m.start, false).gt(0)).length;
    if (worked) out.set(rep.id, new Exact(raw(rep)).mul(lastMonths.length).div(worked));
    else newcomers.push(rep);
  }
  const known = [...out.values()];
  const mean = known.length ? known.reduce((s, w) => s.add(w), new Exact(0)).div(known.length) : new Exact(0);
  for (const rep of newcomers) out.set(rep.id, mean);
  return out;
}

const byName = (a: Rep, b: Rep) => a.name.localeCompare(b.name) || a.id - b.id;

/** Rep units: full-year weight x ramp factor. */
async function repUnits(ctx: Ctx, reps: Rep[]) {
  const base = await fullYearWeights(ctx, reps);
  return [...reps].sort(byName).map((rep) => {
    const factor = rampFactor(ctx, rep);
    const baseWeight = base.get(rep.id) ?? new Decimal(0);
    return { unit: { rep, baseWeight, factor }, weight: new Exact(baseWeight).mul(factor) };
  });
}

function repLine(
  ctx: Ctx,
  s: ReturnType<typeof apportion<{ rep: Rep; baseWeight: Decimal; factor: Decimal }>>[number],
): AllocationLine {
  return {
    territoryId: null,
    repId: s.unit.rep.id,
    baseWeight: ROUND_6(s.unit.baseWeight),
    rampFactor: ROUND_6(s.unit.factor),
    weight: ROUND_6(s.weight),
    exactAmount: ROUND_6(s.exact),
    amount: s.amount,
    monthWeights: monthProductivity(ctx, s.unit.rep),
  };
}

async function overReps(ctx: Ctx, target: Decimal, reps: Rep[], input: AllocationInput) {
  const units = await repUnits(ctx, reps);
  if (!units.some((u) => u.weight.gt(0))) zeroWeights(input);
  return { territories: [], lines: apportion(target, units).map((share) => repLine(ctx, share)) };
}

async function overTerritories(
  ctx: Ctx,
  target: Decimal,
  assignments: Assignment[],
  carriersOfPeriod: Rep[],
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
  // By default the carriers without a PRIMARY assignment (account managers) share the target
  // too, each a unit of their own; naming territories allocates over those territories alone.
  const primary = new Set(assignments.map((a) => a.repId));
  const loose = input.territoryIds?.length ? [] : carriersOfPeriod.filter((r) => !primary.has(r.id));
  if (!territories.length && !loose.length) {
    fail('INVALID', 'The plan has no territories to allocate to', ['input', 'territoryIds']);
  }
  territories.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const base = await territoryWeights(
    ctx.db,
    ctx.plan,
    ctx.basis,
    territories.map((t) => t.id),
    ctx.lastYear,
  );
  const repShares = loose.length ? await repUnits(ctx, loose) : [];
  const units: { unit: Unit; weight: Decimal }[] = [
    ...territories.map((t) => ({ unit: { territory: t } as Unit, weight: base.get(t.id) ?? new Decimal(0) })),
    ...repShares.map((r) => ({ unit: { rep: r.unit } as Unit, weight: r.weight })),
  ];
  if (!units.some((u) => u.weight.gt(0))) zeroWeights(input);
  const shares = apportion(target, units);
  const lines: AllocationLine[] = [];
  const uncovered: string[] = [];
  for (const share of shares) {
    const { territory, rep } = share.unit;
    if (rep) {
      lines.push(repLine(ctx, { ...share, unit: rep }));
      continue;
    }
    if (!territory || share.amount.isZero()) continue;
    const coverage = new Map<number, { rep: Rep; months: Decimal; byMonth: Decimal[] }>();
    for (const a of assignments.filter((x) => x.territoryId === territory.id)) {
      const byMonth = ctx.months.map((m) =>
        a.startDate <= m.start && (a.endDate == null || a.endDate > m.start)
          ? repMonthProductivity(a.rep, m.start, ctx.rampDiscount)
          : new Exact(0),
      );
      const covered = byMonth.reduce((s, p) => s.add(p), new Exact(0));
      const entry = coverage.get(a.rep.id) ?? {
        rep: a.rep,
        months: new Exact(0),
        byMonth: ctx.months.map(() => new Exact(0)),
      };
      coverage.set(a.rep.id, {
        rep: a.rep,
        months: entry.months.add(covered),
        byMonth: entry.byMonth.map((p, i) => p.add(byMonth[i] as Decimal)),
      });
    }
    const reps = [...coverage.values()].filter((c) => c.months.gt(0)).sort((a, b) => byName(a.rep, b.rep));
    if (!reps.length) {
      uncovered.push(territory.name);
      continue;
    }
    for (const s of apportion(
      share.amount,
      reps.map((c) => ({ unit: c, weight: c.months })),
    )) {
      lines.push({
        territoryId: territory.id,
        repId: s.unit.rep.id,
        baseWeight: null,
        rampFactor: ROUND_6(s.unit.months.div(ctx.months.length)),
        weight: ROUND_6(s.weight),
        exactAmount: ROUND_6(s.exact),
        amount: s.amount,
        monthWeights: s.unit.byMonth,
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
    territories: shares.flatMap((s) =>
      s.unit.territory
        ? [{ territoryId: s.unit.territory.id, baseWeight: s.weight, exactAmount: ROUND_6(s.exact), amount: s.amount }]
        : [],
    ),
  };
}

type Unit = {
  territory?: { id: number; name: string };
  rep?: { rep: Rep; baseWeight: Decimal; factor: Decimal };
};

function zeroWeights(input: AllocationInput): never {
  return fail(
    'INVALID',
    `Every ${input.over === 'REPS' ? 'rep' : 'territory'} has a zero ${input.weight} weight; choose another weight`,
    ['input', 'weight'],
  );
}
