// Snapshots (issue 19): any forecast figure of a node for an open or ended period as it stood at a
// past moment (a date, or the end of a fiscal week of the period), rebuilt from the deal history
// Coxswain keeps: each deal's last OpportunityHistory row at or before the moment gives its stage,
// amount, close date and forecast category then (all four are stored per row), and the calls are
// the latest submitted by then. The rollup is the forecast's own statement (rollup.ts, `asOf`), so
// a snapshot taken now equals the forecast, and two snapshots bracket what forecastChanges lists.
import { Prisma } from '../generated/prisma/client.js';
import { UserInputError } from '../shared/errors.js';
import type { DealScope } from './dimension.js';
import { addDays, dayOf, type ForecastPeriod, startOfDay } from './period.js';
import { computeForecast, type Forecast } from './rollup.js';
import type { ForecastCaller } from './scope.js';

/** The point of a snapshot as asked: the end of a week of the period, an instant, or neither (now). */
export interface SnapshotPointInput {
  week?: number | null;
  asOf?: Date | null;
}

export interface ForecastSnapshot {
  period: ForecastPeriod;
  /** The moment the figures stand at; null: now (the deals as stored, no reconstruction). */
  asOf: Date | null;
  /** The week of the period asked for, if the point was given as one. */
  week: number | null;
  scope: DealScope | null;
  forecast: Forecast;
}

/** Full weeks in the period: the last `week` whose end is within it. */
export function weeksIn(period: ForecastPeriod): number {
  return Math.floor((period.end.getTime() - period.start.getTime()) / (7 * 86_400_000));
}

/** The instant week `week` of the period ends: its first day + 7 x week days, at local midnight (week 0: the start). */
export function weekEnd(period: ForecastPeriod, week: number, timeZone: string): Date {
  return startOfDay(addDays(period.start, 7 * week), timeZone);
}

/** The first instant of the organization's deal history; null when it has none. */
export async function historyStart(caller: ForecastCaller): Promise<Date | null> {
  const org = caller.ctx.organization.id;
  const [row] = await caller.ctx.prisma.$queryRaw<{ first: Date | null }[]>(Prisma.sql`
    SELECT min(h."changedAt") AS first FROM "OpportunityHistory" h WHERE h."organizationId" = ${org}`);
  return row?.first ?? null;
}

/**
 * The moment of a snapshot, checked: at most one of `week` (0 = the period start, up to its last
 * full week) and `asOf`; never in the future; never before the organization's first history row
 * (nothing can be rebuilt from before it). Errors name the argument. Null: now.
 */
export async function snapshotPoint(
  caller: ForecastCaller,
  period: ForecastPeriod,
  point: SnapshotPointInput,
): Promise<{ asOf: Date | null; week: number | null }> {
  const hasWeek = point.week != null;
  const hasAsOf = point.asOf != null;
  if (hasWeek && hasAsOf) throw new UserInputError('INVALID', 'Give week or asOf, not both', ['asOf']);
  if (!hasWeek && !hasAsOf) return { asOf: null, week: null };
  const field = hasWeek ? 'week' : 'asOf';
  let at: Date;
  if (hasWeek) {
    const week = point.week as number;
    const last = weeksIn(period);
    if (week < 0 || week > last) {
      throw new UserInputError(
        'OUT_OF_RANGE',
        `week must be between 0 and ${last}, the last full week of ${period.key}`,
        ['week'],
      );
    }
    at = weekEnd(period, week, caller.ctx.organization.timeZone);
  } else {
    at = point.asOf as Date;
  }
  if (at > caller.now) {
    const day = dayOf(at, caller.ctx.organization.timeZone).toISOString().slice(0, 10);
    throw new UserInputError('OUT_OF_RANGE', `${field} is in the future (${day}): a snapshot looks back`, [field]);
  }
  const first = await historyStart(caller);
  if (first === null || at < first) {
    const since = first === null ? 'the organization has no deal history' : `its history starts ${first.toISOString()}`;
    throw new UserInputError('OUT_OF_RANGE', `${field} is before the organization's deal history: ${since}`, [field]);
  }
  return { asOf: at, week: hasWeek ? (point.week as number) : null };
}

/** The forecast of `repId` and its direct reports at the snapshot's moment (now when asOf is null), within a scope. */
export async function forecastSnapshot(
  caller: ForecastCaller,
  period: ForecastPeriod,
  repId: number,
  point: { asOf: Date | null; week: number | null },
  scope: DealScope | null,
): Promise<ForecastSnapshot> {
  const forecast = await computeForecast(caller, period, repId, { asOf: point.asOf ?? undefined, scope });
  return { period, asOf: point.asOf, week: point.week, scope, forecast };
}
