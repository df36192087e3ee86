// Forecast calls of the demo (docs/design.md §7, "Calls and overrides"): every Monday of the last
// four quarters and of the current one, each quota-carrying rep employed that day calls COMMIT and
// BEST_CASE for the quarter, then their manager, then the executive. A call starts from the node's
// rollup as the deals stood that morning (rebuilt from the same opportunity history that is
// loaded) and adds the caller's judgement: each rep is a little optimistic or a little cautious,
// managers now and then override a rep's call and shade their team's number, so calls, overrides
// and accuracy all have something to show.
import type { ForecastCategory } from '../generated/prisma/enums.js';
import { BEST_CASE as BEST, COMMIT, type DealColumns, dealHistory, LOST, WON } from './history.js';
import { Rng } from './random.js';
import { formatCents, isoDay, weekday } from './values.js';

export interface ForecastSubmissionRow {
  id: number;
  organizationId: number;
  ownerId: number;
  periodKey: string;
  category: ForecastCategory;
  amount: string;
  note: string | null;
  submittedBy: string;
  /** Timestamp without time zone, UTC: `YYYY-MM-DD HH:MM:SS`. */
  submittedAt: string;
}

export interface CallRep {
  /** Rep ids are their index + 1. */
  id: number;
  role: string;
  managerId: number | null;
  email: string;
  hireDay: number;
  /** Exclusive; Infinity while employed. */
  leaveDay: number;
}

export interface CallQuarter {
  key: string;
  startDay: number;
  /** Exclusive. */
  endDay: number;
}

export interface CallInputs {
  organizationId: number;
  seed: number;
  historySeed: number;
  todayDay: number;
  quarters: readonly CallQuarter[];
  reps: readonly CallRep[];
  deals: DealColumns;
  /** Owner rep id per deal (index = opportunity id - 1). */
  ownerIds: Int32Array;
  /** Revenue splits: [opportunity id, rep id, fraction]. A deal without any credits its owner in full. */
  revenueSplits: readonly (readonly [number, number, number])[];
}

const OVERRIDE_NOTES = [
  'Pulled the late-stage deals that slipped last quarter out of commit',
  'Legal review on the two largest deals will not finish this quarter',
  'Budget confirmed by the customer; moving it into commit',
  'Procurement asked for a multi-year term: counting the first year only',
];
const MANAGER_NOTES = ['Team call after pipeline review', 'Haircut on deals without a signed order form'];

/** Whole dollars of $1,000, in cents. */
function thousands(cents: number): number {
  return Math.max(0, Math.round(cents / 100_000) * 100_000);
}

function minuteStamp(day: number, minute: number): string {
  return `${isoDay(day)} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
}

/** The calls, ordered by time; ids follow that order. */
export function forecastCalls(input: CallInputs): ForecastSubmissionRow[] {
  const rng = new Rng(input.seed, 'forecast-calls');
  const reps = input.reps;
  const n = reps.length;

  // The Mondays on which calls are made: quarter by quarter, before the seed day.
  const days: { day: number; quarter: number }[] = [];
  input.quarters.forEach((q, quarter) => {
    for (let day = q.startDay + ((8 - weekday(q.startDay)) % 7); day < q.endDay && day < input.todayDay; day += 7) {
      days.push({ day, quarter });
    }
  });
  if (days.length === 0) return [];

  // Credit of each deal: revenue splits, else the owner in full.
  const splitsOf = new Map<number, [number, number][]>();
  for (const [opportunityId, repId, fraction] of input.revenueSplits) {
    const list = splitsOf.get(opportunityId) ?? [];
    list.push([repId - 1, fraction]);
    splitsOf.set(opportunityId, list);
  }

  // closed, commit and best-case rollups (cents) by call day and rep, from each deal's history as
  // it stood at the start of the call day.
  const closed = new Float64Array(days.length * n);
  const commit = new Float64Array(days.length * n);
  const best = new Float64Array(days.length * n);
  const lastDay = days.at(-1)!.day;
  const deals = input.deals;
  for (let i = 0; i < deals.count; i++) {
    if (deals.closeDay[i]! < input.quarters[0]!.startDay || deals.createdDay[i]! >= lastDay) continue;
    const history = dealHistory(deals, i, new Rng(input.historySeed, `history:${i + 1}`), input.todayDay);
    const credit = splitsOf.get(i + 1) ?? [[input.ownerIds[i]! - 1, 1]];
    let row = -1;
    for (let k = 0; k < days.length; k++) {
      const { day, quarter } = days[k]!;
      const stamp = `${isoDay(day)} 00:00:00`;
      while (row + 1 < history.length && history[row + 1]!.at < stamp) row++;
      if (row < 0) continue;
      const state = history[row]!.state;
      const q = input.quarters[quarter]!;
      if (state.closeDay < q.startDay || state.closeDay >= q.endDay) continue;
      const target =
        state.stage === WON
          ? closed
          : state.stage === LOST
            ? null
            : state.category === COMMIT
              ? commit
              : state.category === BEST
                ? best
                : null;
      if (!target) continue;
      for (const [rep, fraction] of credit) target[k * n + rep]! += state.amountCents * fraction;
    }
  }

  // Each rep's habit: cautious (below 1) or optimistic (above 1) about their open commit.
  const bias = reps.map(() => Math.min(1.25, Math.max(0.8, rng.normal(1, 0.08))));
  const managerBias = reps.map(() => Math.min(1.05, Math.max(0.9, rng.normal(0.98, 0.03))));
  const rows: Omit<ForecastSubmissionRow, 'id'>[] = [];
  const call = (
    rep: CallRep,
    by: CallRep,
    periodKey: string,
    category: ForecastCategory,
    cents: number,
    day: number,
    minute: number,
    note: string | null,
  ) =>
    rows.push({
      organizationId: input.organizationId,
      ownerId: rep.id,
      periodKey,
      category,
      amount: formatCents(cents),
      note,
      submittedBy: `user:${by.email}`,
      submittedAt: minuteStamp(day, minute),
    });
  const employed = (r: CallRep, day: number) => r.hireDay <= day && day < r.leaveDay;
  const carrier = (r: CallRep) => r.role === 'AE' || r.role === 'AM';
  const managers = reps.filter((r) => r.role === 'MANAGER');
  const executive = reps.find((r) => r.role === 'EXECUTIVE');

  days.forEach(({ day, quarter }, k) => {
    const key = input.quarters[quarter]!.key;
    const at = (rep: CallRep) => k * n + rep.id - 1;
    // The final COMMIT and BEST_CASE number of each rep node this week (call or rollup).
    const finalCommit = new Float64Array(n);
    const finalBest = new Float64Array(n);
    for (const rep of reps) {
      const c = closed[at(rep)]!;
      finalCommit[rep.id - 1] = c + commit[at(rep)]!;
      finalBest[rep.id - 1] = c + commit[at(rep)]! + best[at(rep)]!;
    }
    for (const [m, manager] of managers.entries()) {
      if (!employed(manager, day)) continue;
      let teamCommit = 0;
      let teamBest = 0;
      for (const rep of reps) {
        if (rep.managerId !== manager.id) continue;
        const c = closed[at(rep)]!;
        if (carrier(rep) && employed(rep, day) && finalBest[rep.id - 1]! > 0) {
          const noise = rng.normal(1, 0.03);
          const commitCall = thousands(c + commit[at(rep)]! * bias[rep.id - 1]! * noise);
          const bestCall = Math.max(commitCall, thousands(c + (commit[at(rep)]! + best[at(rep)]!) * noise));
          const minute = 9 * 60 + rng.int(0, 180);
          call(rep, rep, key, 'COMMIT', commitCall, day, minute, null);
          call(rep, rep, key, 'BEST_CASE', bestCall, day, minute + 1, null);
          finalCommit[rep.id - 1] = commitCall;
          finalBest[rep.id - 1] = bestCall;
          // About one rep-week in ten, the manager overrides the rep's commit after the review.
          if (rng.chance(0.1)) {
            const override = Math.min(bestCall, thousands(commitCall * rng.real(0.85, 1.1)));
            if (override !== commitCall) {
              call(rep, manager, key, 'COMMIT', override, day, 13 * 60 + m, rng.pick(OVERRIDE_NOTES));
              finalCommit[rep.id - 1] = override;
            }
          }
        }
        teamCommit += finalCommit[rep.id - 1]!;
        teamBest += finalBest[rep.id - 1]!;
      }
      if (teamBest === 0) continue;
      const shade = managerBias[manager.id - 1]! * rng.normal(1, 0.01);
      const commitCall = thousands(teamCommit * shade);
      const bestCall = Math.max(commitCall, thousands(teamBest * shade));
      const note = rng.chance(0.2) ? rng.pick(MANAGER_NOTES) : null;
      call(manager, manager, key, 'COMMIT', commitCall, day, 14 * 60 + m, note);
      call(manager, manager, key, 'BEST_CASE', bestCall, day, 14 * 60 + m + 1, null);
      finalCommit[manager.id - 1] = commitCall;
      finalBest[manager.id - 1] = bestCall;
    }
    if (executive && employed(executive, day)) {
      let commitTotal = 0;
      let bestTotal = 0;
      for (const rep of reps) {
        if (rep.managerId !== executive.id) continue;
        commitTotal += finalCommit[rep.id - 1]!;
        bestTotal += finalBest[rep.id - 1]!;
      }
      if (bestTotal > 0) {
        const commitCall = thousands(commitTotal * rng.normal(0.99, 0.01));
        call(executive, executive, key, 'COMMIT', commitCall, day, 17 * 60, null);
        call(
          executive,
          executive,
          key,
          'BEST_CASE',
          Math.max(commitCall, thousands(bestTotal)),
          day,
          17 * 60 + 1,
          null,
        );
      }
    }
  });
  return rows
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (a[0].submittedAt < b[0].submittedAt ? -1 : a[0].submittedAt > b[0].submittedAt ? 1 : a[1] - b[1]))
    .map(([r], i) => ({ id: i + 1, ...r }));
}
