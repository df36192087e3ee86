// OpportunityHistory: how each deal got to its current state. It is the largest table (about four
// rows per deal) and nothing else is derived from it, so it is produced in batches while loading
// instead of being held in memory. Each deal draws from its own stream (seed + deal id), so the
// rows do not depend on the batch size or on anything generated before.
import type { ForecastCategory, OpportunityStage, OpportunityType, Segment } from '../generated/prisma/enums.js';
import { Rng, WeightedPicker } from './random.js';
import { formatCents, isoDay } from './values.js';

export const STAGES = [
  'PROSPECTING',
  'QUALIFICATION',
  'DISCOVERY',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
  'CLOSED_LOST',
] as const satisfies readonly OpportunityStage[];
export const WON = 5;
export const LOST = 6;
export const LAST_OPEN_STAGE = 4;

export const FORECAST_CATEGORIES = [
  'PIPELINE',
  'BEST_CASE',
  'COMMIT',
  'CLOSED',
  'OMITTED',
] as const satisfies readonly ForecastCategory[];
export const PIPELINE = 0;
export const BEST_CASE = 1;
export const COMMIT = 2;
export const CLOSED = 3;
export const OMITTED = 4;

export const OPPORTUNITY_TYPES = ['NEW_BUSINESS', 'EXPANSION', 'RENEWAL'] as const satisfies readonly OpportunityType[];
export const SEGMENTS = ['SMB', 'MID', 'ENT'] as const satisfies readonly Segment[];

/** The category a deal gets when it enters an open stage, before any judgement call. */
export const DEFAULT_CATEGORY_OF_STAGE = [PIPELINE, PIPELINE, PIPELINE, BEST_CASE, COMMIT] as const;

/** The current state of every deal, as compact columns indexed by opportunity id - 1. */
export interface DealColumns {
  count: number;
  createdDay: Int32Array;
  closeDay: Int32Array;
  /** Index into STAGES. */
  stage: Uint8Array;
  /** Index into FORECAST_CATEGORIES. */
  forecastCategory: Uint8Array;
  /** Index into OPPORTUNITY_TYPES. */
  type: Uint8Array;
  /** Index into SEGMENTS, of the account. */
  segment: Uint8Array;
  amountCents: Float64Array;
}

export interface OpportunityHistoryRow {
  id: number;
  organizationId: number;
  opportunityId: number;
  /** Timestamp without time zone, UTC: `YYYY-MM-DD HH:MM:SS`. */
  changedAt: string;
  stage: OpportunityStage;
  amount: string;
  closeDate: string;
  forecastCategory: ForecastCategory;
}

// Changes are stamped within business hours, 08:00-18:00 UTC, one slot per minute.
const SLOTS_PER_DAY = 600;
const FIRST_MINUTE = 8 * 60;
const TIMES = Array.from({ length: SLOTS_PER_DAY }, (_, i) => {
  const minute = FIRST_MINUTE + i;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
});

const SLIP_CHANCE_BY_SEGMENT = [0.2, 0.3, 0.4];
const SLIP_COUNT = new WeightedPicker([1, 2, 3], [0.6, 0.3, 0.1]);
/** Where deals of each type enter the funnel: renewals skip prospecting and qualification. */
const FIRST_STAGE_BY_TYPE = [0, 1, 2];

type Change = 'stage' | 'amount' | 'slip' | 'category';

export interface State {
  stage: number;
  category: number;
  amountCents: number;
  closeDay: number;
}

/**
 * Yields the history in batches, rows in opportunity order and by time within one opportunity.
 * Invariants: the first row is at creation; changedAt falls on a day between createdDate and
 * min(closeDate, today - 1); the last row equals the opportunity's current state.
 */
export function* historyBatches(
  deals: DealColumns,
  options: { seed: number; organizationId: number; todayDay: number; batchSize: number },
): Generator<OpportunityHistoryRow[]> {
  let batch: OpportunityHistoryRow[] = [];
  let nextId = 1;
  for (let i = 0; i < deals.count; i++) {
    const opportunityId = i + 1;
    for (const { at, state } of dealHistory(
      deals,
      i,
      new Rng(options.seed, `history:${opportunityId}`),
      options.todayDay,
    )) {
      batch.push({
        id: nextId++,
        organizationId: options.organizationId,
        opportunityId,
        changedAt: at,
        stage: STAGES[state.stage]!,
        amount: formatCents(state.amountCents),
        closeDate: isoDay(state.closeDay),
        forecastCategory: FORECAST_CATEGORIES[state.category]!,
      });
    }
    if (batch.length >= options.batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** One deal's history rows, oldest first; `rng` must be the deal's own stream (seed, `history:<id>`). */
export function dealHistory(deals: DealColumns, i: number, rng: Rng, todayDay: number): { at: string; state: State }[] {
  const created = deals.createdDay[i]!;
  const finalClose = deals.closeDay[i]!;
  const finalStage = deals.stage[i]!;
  const finalCategory = deals.forecastCategory[i]!;
  const finalAmount = deals.amountCents[i]!;
  const closed = finalStage === WON || finalStage === LOST;

  // The open stages the deal walked through, ending where it is (open) or where it closed.
  const firstStage = Math.min(FIRST_STAGE_BY_TYPE[deals.type[i]!]!, closed ? LAST_OPEN_STAGE : finalStage);
  const lastOpenStage =
    finalStage === WON ? LAST_OPEN_STAGE : finalStage === LOST ? rng.int(firstStage, LAST_OPEN_STAGE) : finalStage;
  const path: number[] = [firstStage];
  for (let s = firstStage + 1; s <= lastOpenStage; s++) {
    // Reps skip stages now and then, but never the one the deal is in now.
    if (s === lastOpenStage || rng.chance(0.8)) path.push(s);
  }
  if (closed) path.push(finalStage);

  // Amount re-estimates: the first guess (a made-up figure, rounded to whole $100) is off by up to
  // 40% and converges on the final amount.
  const amountSteps = rng.chance(0.35) ? rng.int(1, 2) : 0;
  const firstAmount =
    amountSteps === 0
      ? finalAmount
      : Math.max(10_000, Math.round((finalAmount * rng.real(0.6, 1.4)) / 10_000) * 10_000);

  // Slips: the close date is pushed out one or more times; the first estimate must not precede creation.
  const slips: number[] = [];
  if (rng.chance(SLIP_CHANCE_BY_SEGMENT[deals.segment[i]!]!)) {
    const n = SLIP_COUNT.pick(rng);
    let firstClose = finalClose;
    for (let k = 0; k < n; k++) {
      const days = rng.int(7, 45);
      if (firstClose - days < created) break;
      firstClose -= days;
      slips.push(days);
    }
  }
  const firstClose = finalClose - slips.reduce((a, b) => a + b, 0);

  const changes: Change[] = [];
  for (let k = 1; k < path.length; k++) changes.push('stage');
  for (let k = 0; k < amountSteps; k++) changes.push('amount');
  for (let k = 0; k < slips.length; k++) changes.push('slip');
  rng.shuffle(changes);
  // The closing change comes last, and a judgement call on the category follows the last stage change.
  if (closed) {
    changes.splice(changes.lastIndexOf('stage'), 1);
    changes.push('stage');
  } else if (finalCategory !== stageCategory(finalStage)) {
    changes.push('category');
  }

  const lastDay = Math.min(finalClose, todayDay - 1);
  const stamps = timestamps(rng, created, lastDay, changes.length + 1, closed);

  const state: State = {
    stage: path[0]!,
    category: stageCategory(path[0]!),
    amountCents: firstAmount,
    closeDay: firstClose,
  };
  const out = [{ at: stamps[0]!, state: { ...state } }];
  let pathIndex = 0;
  let amountIndex = 0;
  let slipIndex = 0;
  for (let k = 0; k < changes.length; k++) {
    switch (changes[k]) {
      case 'stage':
        pathIndex += 1;
        state.stage = path[pathIndex]!;
        state.category = stageCategory(state.stage);
        break;
      case 'amount':
        amountIndex += 1;
        state.amountCents =
          amountIndex === amountSteps
            ? finalAmount
            : Math.round((firstAmount + (finalAmount - firstAmount) * (amountIndex / amountSteps)) / 100) * 100;
        break;
      case 'slip':
        state.closeDay += slips[slipIndex++]!;
        break;
      case 'category':
        state.category = finalCategory;
        break;
    }
    out.push({ at: stamps[k + 1]!, state: { ...state } });
  }
  return out;
}

function stageCategory(stage: number): number {
  if (stage === WON) return CLOSED;
  if (stage === LOST) return OMITTED;
  return DEFAULT_CATEGORY_OF_STAGE[stage as 0 | 1 | 2 | 3 | 4];
}

/**
 * `n` strictly increasing timestamps from the creation day to `lastDay`: the first on the creation
 * day, and for a closed deal the last on `lastDay` (the day it closed).
 */
function timestamps(rng: Rng, firstDay: number, lastDay: number, n: number, endsOnLastDay: boolean): string[] {
  const span = (lastDay - firstDay + 1) * SLOTS_PER_DAY;
  const first = rng.int(0, SLOTS_PER_DAY / 2 - 1);
  const chosen = new Set<number>();
  while (chosen.size < n - 1) chosen.add(rng.int(first + 1, span - 1));
  const slots = [first, ...[...chosen].sort((a, b) => a - b)];
  const lastDaySlot = (lastDay - firstDay) * SLOTS_PER_DAY;
  if (endsOnLastDay && n > 1 && slots[n - 1]! < lastDaySlot) {
    slots[n - 1] = Math.max(lastDaySlot + rng.int(0, SLOTS_PER_DAY - 1), slots[n - 2]! + 1);
  }
  return slots.map((slot) => `${isoDay(firstDay + Math.floor(slot / SLOTS_PER_DAY))} ${TIMES[slot % SLOTS_PER_DAY]}`);
}
