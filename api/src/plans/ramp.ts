// Ramp: a new seller is not fully productive at once. Linear ramp: in month k of a ramp of R
// months (k = 1 is the month they start) they produce k/R of a ramped seller, and from month R
// on 100%; R = 0 means productive from the first month. Shared by quota allocation (reps' hire
// dates) and capacity planning (capacity lines' start months), so both discount alike.
import type { Decimal } from '../shared/scalars.js';
import { Exact } from './service.js';

/** Share of full productivity in month `k` of a ramp of `rampMonths` (0 before the start). */
export function rampShare(k: number, rampMonths: number): Decimal {
  if (k < 1) return new Exact(0);
  if (rampMonths <= 0 || k >= rampMonths) return new Exact(1);
  return new Exact(k).div(rampMonths);
}

/** Calendar months from the month of `from` to the month of `to` (0 when the same month). */
export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}

export interface RampedRep {
  hireDate: Date;
  terminationDate: Date | null;
  rampMonths: number;
}

/**
 * A rep's productivity in the month starting `monthStart`: 0 before their hire month and once
 * they have left (termination on or before the month's first day), the ramp share in between,
 * or simply 1 while employed when the ramp is not applied.
 */
export function repMonthProductivity(rep: RampedRep, monthStart: Date, applyRamp: boolean): Decimal {
  if (rep.terminationDate && rep.terminationDate <= monthStart) return new Exact(0);
  const k = monthsBetween(rep.hireDate, monthStart) + 1;
  if (k < 1) return new Exact(0);
  return applyRamp ? rampShare(k, rep.rampMonths) : new Exact(1);
}
