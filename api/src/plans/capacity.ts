// Capacity planning: what the planned sales team can produce in the fiscal year, month by month,
// against the plan's target.
//
// For a capacity line starting in fiscal month s, in fiscal month m >= s:
//   heads in seat = headcount x (1 - attritionRate x (m - s) / 12)   (attrition applied monthly:
//                   1/12 of the annual rate of the starting heads leaves each month, never below 0)
//   ramp          = rampShare(m - s + 1, rampMonths)                 (ramp.ts: linear, k/rampMonths)
//   capacity      = heads in seat x ramp x rampedProductivity
// A month's capacity is the sum over lines rounded to the cent (half-even); the year's is the sum
// of its months. gap = target - year capacity. One new hire starting in month s produces
// sum over m >= s of rampShare(m - s + 1) x productivity (no attrition for a single head), and
// hiresNeeded = ceil(gap / that), 0 when there is no gap.
import type { CapacityLine, RepRole, SalesPlan } from '../generated/prisma/client.js';
import { monthKey } from '../shared/calendar.js';
import { Decimal } from '../shared/scalars.js';
import { rampShare } from './ramp.js';
import { Exact } from './service.js';

export interface HireProfile {
  startMonth: number;
  rampMonths: number;
  rampedProductivity: Decimal;
}

export interface CapacityMonth {
  month: number;
  periodKey: string;
  /** Heads in seat after attrition. */
  heads: Decimal;
  /** Heads x ramp: fully productive equivalents. */
  rampedHeads: Decimal;
  productiveCapacity: Decimal;
}

export interface CapacityLineResult {
  lineId: number;
  role: RepRole;
  yearCapacity: Decimal;
}

export interface Capacity {
  salesPlanId: number;
  months: CapacityMonth[];
  lines: CapacityLineResult[];
  yearCapacity: Decimal;
  target: Decimal | null;
  /** target - yearCapacity: positive is a shortfall, negative a surplus. */
  gap: Decimal | null;
  hireProfile: HireProfile | null;
  /** What one hire on the profile produces in the year. */
  hireCapacity: Decimal | null;
  hiresNeeded: number | null;
}

const CENTS = (d: Decimal) => new Decimal(d.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2));
const ROUND_4 = (d: Decimal) => new Decimal(d.toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN));

/** Heads in seat and their ramp for one line in fiscal month `m` (both 0 before the line starts). */
export function lineMonth(line: CapacityLine, m: number): { heads: Decimal; ramp: Decimal } {
  if (m < line.startMonth) return { heads: new Exact(0), ramp: new Exact(0) };
  const left = new Exact(line.attritionRate).mul(m - line.startMonth).div(12);
  const heads = Decimal.max(new Exact(0), new Exact(line.headcount).mul(new Exact(1).sub(left)));
  return { heads: new Exact(heads), ramp: rampShare(m - line.startMonth + 1, line.rampMonths) };
}

export function computeCapacity(
  plan: Pick<SalesPlan, 'id' | 'fiscalYear' | 'targetAmount'>,
  lines: CapacityLine[],
  hire: HireProfile | null,
): Capacity {
  const perLine = new Map<number, Decimal>(lines.map((l) => [l.id, new Exact(0)]));
  const months: CapacityMonth[] = [];
  for (let m = 1; m <= 12; m++) {
    let heads = new Exact(0);
    let rampedHeads = new Exact(0);
    let capacity = new Exact(0);
    for (const line of lines) {
      const at = lineMonth(line, m);
      const produced = at.heads.mul(at.ramp).mul(line.rampedProductivity);
      heads = heads.add(at.heads);
      rampedHeads = rampedHeads.add(at.heads.mul(at.ramp));
      capacity = capacity.add(produced);
      perLine.set(line.id, (perLine.get(line.id) as Decimal).add(produced));
    }
    months.push({
      month: m,
      periodKey: monthKey(plan.fiscalYear, m),
      heads: ROUND_4(heads),
      rampedHeads: ROUND_4(rampedHeads),
      productiveCapacity: CENTS(capacity),
    });
  }
  const yearCapacity = months.reduce((s, m) => s.add(m.productiveCapacity), new Decimal(0));
  const target = plan.targetAmount == null ? null : new Decimal(plan.targetAmount);
  const gap = target ? target.sub(yearCapacity) : null;
  const profile = hire ?? defaultHireProfile(lines);
  const hireCapacity = profile ? CENTS(oneHireCapacity(profile)) : null;
  let hiresNeeded: number | null = null;
  if (gap && !gap.gt(0)) hiresNeeded = 0;
  else if (gap && hireCapacity?.gt(0)) hiresNeeded = gap.div(hireCapacity).ceil().toNumber();
  return {
    salesPlanId: plan.id,
    months,
    lines: lines.map((l) => ({ lineId: l.id, role: l.role, yearCapacity: CENTS(perLine.get(l.id) as Decimal) })),
    yearCapacity,
    target,
    gap,
    hireProfile: profile,
    hireCapacity,
    hiresNeeded,
  };
}

export function oneHireCapacity(profile: HireProfile): Decimal {
  let total = new Exact(0);
  for (let m = profile.startMonth; m <= 12; m++) {
    total = total.add(rampShare(m - profile.startMonth + 1, profile.rampMonths).mul(profile.rampedProductivity));
  }
  return total;
}

/** Without a profile, a hire is like the plan's largest line (first by ID on a tie), starting in month 1. */
function defaultHireProfile(lines: CapacityLine[]): HireProfile | null {
  const largest = [...lines].sort((a, b) => b.headcount - a.headcount || a.id - b.id)[0];
  if (!largest) return null;
  return {
    startMonth: 1,
    rampMonths: largest.rampMonths,
    rampedProductivity: new Decimal(largest.rampedProductivity),
  };
}
