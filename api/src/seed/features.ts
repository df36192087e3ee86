// What the demo adds after its rows are loaded, through the same services the API's mutations use,
// so the numbers are the engines' own: the active plan's capacity lines and a draft scenario cloned
// from it with planned hires (docs/design.md §10). Deterministic for a given dataset: only the
// audit timestamps come from the clock.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { createCapacityLine } from '../plans/capacity-lines.js';
import { cloneSalesPlan } from '../plans/plans.js';
import { parsePeriodKey, periodContaining } from '../shared/calendar.js';
import { buildContext, type Context } from '../shared/context.js';
import { Decimal } from '../shared/scalars.js';
import type { Dataset } from './generate.js';

export interface FeatureCounts {
  capacityLines: number;
}

const dec = (value: string | number) => new Decimal(value);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

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
  return { capacityLines: await planCapacity(ctx, dataset) };
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
