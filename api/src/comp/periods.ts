// Which periods a payout run pays, and which plan version governs which days. Pure date logic on
// the fiscal calendar (api/src/shared/calendar.ts); days are UTC midnights, ends are exclusive.
import { type Period, periodContaining } from '../shared/calendar.js';

export type CompPeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

export const MONTHS_IN: Record<CompPeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

const DAY_MS = 86_400_000;

export interface Interval {
  start: Date;
  /** Exclusive. */
  end: Date;
}

export function dayCount(span: Interval): number {
  return Math.round((span.end.getTime() - span.start.getTime()) / DAY_MS);
}

export function addDays(date: Date, n: number): Date {
  return new Date(date.getTime() + n * DAY_MS);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function overlap(a: Interval, b: { start: Date; end: Date | null }): Interval | null {
  const start = new Date(Math.max(a.start.getTime(), b.start.getTime()));
  const end = b.end === null || a.end < b.end ? a.end : b.end;
  return start < end ? { start, end } : null;
}

/**
 * The periods of a component's kind that a run pays: those that end inside the run's period. A
 * quarterly run pays a MONTH component once per month, a QUARTER component once, and a YEAR
 * component only in the run whose period ends with the fiscal year (Q4, M12 or the year).
 */
export function periodsPaidIn(run: Period, kind: CompPeriodKind, startMonth: number): Period[] {
  const out: Period[] = [];
  for (let d = run.start; d < run.end; ) {
    const p = periodContaining(d, kind, startMonth);
    if (p.end <= run.end) out.push(p);
    d = p.end;
  }
  return out;
}

export interface VersionedPlan {
  id: number;
  previousVersionId: number | null;
  status: 'DRAFT' | 'PUBLISHED' | 'RETIRED';
  effectiveStart: Date;
  effectiveEnd: Date | null;
}

/** The versions of the plan `planId` belongs to, oldest first (versions form a line: see plans.ts). */
export function planChain<P extends VersionedPlan>(plans: ReadonlyMap<number, P>, planId: number): P[] {
  const next = new Map<number, P>();
  for (const p of plans.values()) if (p.previousVersionId !== null) next.set(p.previousVersionId, p);
  let root = plans.get(planId);
  const seen = new Set<number>();
  while (root?.previousVersionId != null && plans.has(root.previousVersionId) && !seen.has(root.id)) {
    seen.add(root.id);
    root = plans.get(root.previousVersionId);
  }
  const chain: P[] = [];
  for (let p = root; p && chain.length <= plans.size; p = next.get(p.id)) chain.push(p);
  return chain;
}

/**
 * Which version governs each day of `span`: of the published (or since retired) versions whose
 * effective dates contain the day, the newest. Drafts never govern. Returns consecutive pieces.
 */
export function versionsInEffect<P extends VersionedPlan>(
  chain: readonly P[],
  span: Interval,
): { plan: P; start: Date; end: Date }[] {
  const live = chain.filter((p) => p.status !== 'DRAFT');
  const cuts = new Set<number>([span.start.getTime(), span.end.getTime()]);
  for (const p of live) {
    for (const d of [p.effectiveStart, p.effectiveEnd]) {
      if (d && d > span.start && d < span.end) cuts.add(d.getTime());
    }
  }
  const points = [...cuts].sort((a, b) => a - b).map((t) => new Date(t));
  const out: { plan: P; start: Date; end: Date }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as Date;
    const end = points[i + 1] as Date;
    const plan = live.findLast((p) => p.effectiveStart <= start && (p.effectiveEnd === null || start < p.effectiveEnd));
    if (!plan) continue;
    const prev = out[out.length - 1];
    if (prev && prev.plan === plan && prev.end.getTime() === start.getTime()) prev.end = end;
    else out.push({ plan, start, end });
  }
  return out;
}
