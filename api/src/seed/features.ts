// What the demo adds after its rows are loaded, through the same services the API's mutations use,
// so the numbers are the engines' own: the active plan's capacity lines and a draft scenario cloned
// from it with planned hires (docs/design.md §10), and a published comp plan assigned to every
// quota-carrying rep with monthly payout runs computed by the comp engine over the current fiscal
// year: paid for the older past months, approved for the last one, a draft for the current one
// (§8; the engine reads quotas of the ACTIVE plan only, so earlier years have no runs). Deterministic for a given dataset:
// only the run and audit timestamps come from the clock.
import { randomUUID } from 'node:crypto';
import { createCompAssignment } from '../comp/assignments.js';
import { createCompPlan, publishCompPlan } from '../comp/plans.js';
import { approvePayoutRun, computePayoutRun, markPayoutRunPaid } from '../comp/runs.js';
import type { Database } from '../db/database.js';
import { createCapacityLine } from '../plans/capacity-lines.js';
import { cloneSalesPlan } from '../plans/plans.js';
import { parsePeriodKey, periodContaining, trailingPeriods } from '../shared/calendar.js';
import { buildContext, type Context } from '../shared/context.js';
import { Decimal } from '../shared/scalars.js';
import type { Dataset, RepRow } from './generate.js';

/** Reps hired within this many days before the fiscal year, or during it, get a draw while they ramp. */
const DRAW_WINDOW_DAYS = 180;

export interface FeatureCounts {
  capacityLines: number;
  compAssignments: number;
  payoutRuns: number;
}

const dec = (value: string | number) => new Decimal(value);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isCarrier = (r: RepRow) => r.role === 'AE' || r.role === 'AM';

/** A request context of the demo organization acting as the seed job, with every scope. */
function seedContext(db: Database, dataset: Dataset): Context {
  const org = dataset.organizations[0]!;
  return buildContext(
    db,
    { organizationId: org.id, principal: 'system:demo-seed', repId: null, scopes: new Set(['admin']) },
    {
      id: org.id,
      name: org.name,
      fiscalYearStartMonth: org.fiscalYearStartMonth,
      timeZone: org.timeZone,
      currency: org.currency,
    },
    randomUUID(),
  );
}

export async function addDemoFeatures(db: Database, dataset: Dataset): Promise<FeatureCounts> {
  const ctx = seedContext(db, dataset);
  const capacityLines = await planCapacity(ctx, dataset);
  const comp = await compensation(ctx, dataset);
  return { capacityLines, ...comp };
}

/** Median of the highest monthly quota of each rep of a role in a plan: a ramped head's month. */
function rampedMonthlyQuota(dataset: Dataset, salesPlanId: number, role: string): Decimal {
  const roleOf = new Map(dataset.reps.map((r) => [r.id, r.role]));
  const best = new Map<number, number>();
  for (const q of dataset.quotas) {
    if (q.salesPlanId !== salesPlanId || roleOf.get(q.repId) !== role || !/-M\d\d$/.test(q.periodKey)) continue;
    best.set(q.repId, Math.max(best.get(q.repId) ?? 0, Number(q.amount)));
  }
  const sorted = [...best.values()].sort((a, b) => a - b);
  if (sorted.length === 0) return dec(0);
  // Whole $500, as the quotas themselves are.
  return dec(Math.round(sorted[sorted.length >> 1]! / 500) * 500);
}

/**
 * The active plan gets a line per carrier role for the team in seat at the start of the year and
 * one per role for the year's hires; the draft scenario "FY... Expansion" is a clone of it with
 * six more AEs from the month after the seed day's (the last month when that is past the year).
 */
async function planCapacity(ctx: Context, dataset: Dataset): Promise<number> {
  const startMonth = dataset.organizations[0]!.fiscalYearStartMonth;
  const active = dataset.salesPlans.find((p) => p.status === 'ACTIVE')!;
  const year = parsePeriodKey(`FY${active.fiscalYear}`, startMonth);
  const yearStart = year.start.toISOString().slice(0, 10);
  const fiscalMonth = (iso: string) => periodContaining(day(iso), 'MONTH', startMonth).index!;
  let lines = 0;
  for (const role of ['AE', 'AM'] as const) {
    const productivity = rampedMonthlyQuota(dataset, active.id, role);
    const reps = dataset.reps.filter((r) => r.role === role);
    const inSeat = reps.filter((r) => r.hireDate < yearStart && (r.terminationDate ?? '9999') > yearStart);
    const leavers = inSeat.filter((r) => r.terminationDate !== null).length;
    await createCapacityLine(ctx, {
      salesPlanId: active.id,
      role,
      headcount: inSeat.length,
      startMonth: 1,
      rampMonths: 0,
      rampedProductivity: productivity,
      attritionRate: dec(Math.min(1, leavers / Math.max(1, inSeat.length)).toFixed(6)),
    });
    lines++;
    // The year's hires by start month, with their ramp.
    const hires = new Map<string, number>();
    for (const r of reps) {
      if (r.hireDate < yearStart || r.hireDate >= year.end.toISOString().slice(0, 10)) continue;
      const key = `${fiscalMonth(r.hireDate)}:${r.rampMonths}`;
      hires.set(key, (hires.get(key) ?? 0) + 1);
    }
    for (const [key, headcount] of [...hires].sort()) {
      const [month, ramp] = key.split(':').map(Number) as [number, number];
      await createCapacityLine(ctx, {
        salesPlanId: active.id,
        role,
        headcount,
        startMonth: month,
        rampMonths: ramp,
        rampedProductivity: productivity,
        attritionRate: dec(0),
      });
      lines++;
    }
  }
  const { salesPlanId } = await cloneSalesPlan(ctx, { id: active.id, name: `FY${active.fiscalYear} Expansion` });
  const todayMonth = dataset.today < year.end.toISOString().slice(0, 10) ? fiscalMonth(dataset.today) : 12;
  await createCapacityLine(ctx, {
    salesPlanId,
    role: 'AE',
    headcount: 6,
    startMonth: Math.min(12, todayMonth + 1),
    rampMonths: 4,
    rampedProductivity: rampedMonthlyQuota(dataset, active.id, 'AE'),
    attritionRate: dec(0),
  });
  return lines + 1;
}

const tier = (from: string, to: string | null, rate: string) => ({
  fromAttainment: dec(from),
  toAttainment: to === null ? null : dec(to),
  rate: dec(rate),
});

/**
 * One published plan from the start of the fiscal year: a marginal three-tier monthly commission
 * on new business and expansion with accelerators above quota and a monthly cap, a flat renewal
 * commission, a quarterly attainment bonus, a monthly SPIFF on one product family; assigned to
 * every AE and AM for their tenure in the year, recent hires with a non-recoverable monthly draw.
 */
async function compensation(ctx: Context, dataset: Dataset): Promise<{ compAssignments: number; payoutRuns: number }> {
  const startMonth = dataset.organizations[0]!.fiscalYearStartMonth;
  const active = dataset.salesPlans.find((p) => p.status === 'ACTIVE')!;
  const year = parsePeriodKey(`FY${active.fiscalYear}`, startMonth);
  const effectiveStart = year.start;
  // The fiscal year's months up to the seed day's (all twelve when the seed day is past the year).
  const current = periodContaining(day(dataset.today), 'MONTH', startMonth);
  const months = trailingPeriods(
    current.fiscalYear === active.fiscalYear ? current : parsePeriodKey(`FY${active.fiscalYear}-M12`, startMonth),
    12,
    startMonth,
  ).filter((m) => m.fiscalYear === active.fiscalYear);
  const families = [...new Set(dataset.products.map((p) => p.family))].sort();
  const spiffFamily = families.includes('AI Assistant') ? 'AI Assistant' : families.at(-1)!;
  const { compPlanId } = await createCompPlan(ctx, {
    name: 'Quota carrier plan',
    effectiveStart,
    clawbackWindowDays: 90,
    components: [
      {
        name: 'New business and expansion commission',
        kind: 'COMMISSION',
        period: 'MONTH',
        opportunityTypes: ['NEW_BUSINESS', 'EXPANSION'],
        tiers: [tier('0', '1', '0.04'), tier('1', '1.5', '0.06'), tier('1.5', null, '0.08')],
        capAmount: dec('40000.00'),
      },
      {
        name: 'Renewal commission',
        kind: 'COMMISSION',
        period: 'MONTH',
        opportunityTypes: ['RENEWAL'],
        tiers: [tier('0', null, '0.015')],
      },
      {
        name: 'Quarterly attainment bonus',
        kind: 'BONUS',
        period: 'QUARTER',
        targetShare: dec('0.1'),
        tiers: [tier('0', '0.8', '0'), tier('0.8', '1', '0.5'), tier('1', null, '1')],
      },
      {
        name: `${spiffFamily} launch SPIFF`,
        kind: 'SPIFF',
        period: 'MONTH',
        productFamilies: [spiffFamily],
        spiffAmount: dec('500.00'),
      },
    ],
  });
  await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });

  const startIso = effectiveStart.toISOString().slice(0, 10);
  const drawFrom = new Date(effectiveStart.getTime() - DRAW_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  let compAssignments = 0;
  for (const rep of dataset.reps) {
    if (!isCarrier(rep) || (rep.terminationDate !== null && rep.terminationDate <= startIso)) continue;
    const start = rep.hireDate > startIso ? rep.hireDate : startIso;
    const ae = rep.role === 'AE';
    const enterprise = rep.segment === 'ENT';
    await createCompAssignment(ctx, {
      repId: rep.id,
      compPlanId,
      startDate: day(start),
      endDate: rep.terminationDate === null ? null : day(rep.terminationDate),
      baseSalary: dec(ae ? (enterprise ? '140000.00' : '110000.00') : '95000.00'),
      targetIncentive: dec(ae ? (enterprise ? '140000.00' : '110000.00') : '45000.00'),
      // A monthly draw while a new hire ramps: the run pays at least this much.
      ...(rep.hireDate >= drawFrom ? { drawAmount: dec('2500.00'), drawRecoverable: false } : {}),
    });
    compAssignments++;
  }

  // Past months: approved, and paid but for the last; the seed day's month stays a draft.
  const past = months.filter((m) => m.key !== current.key);
  for (const [i, month] of past.entries()) {
    const { payoutRunId } = await computePayoutRun(ctx, { periodKey: month.key });
    await approvePayoutRun(ctx, { id: payoutRunId, expectedVersion: 1 });
    if (i < past.length - 1) await markPayoutRunPaid(ctx, { id: payoutRunId, expectedVersion: 2 });
  }
  if (past.length < months.length) await computePayoutRun(ctx, { periodKey: current.key });
  return { compAssignments, payoutRuns: months.length };
}
