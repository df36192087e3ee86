// Forecast periods and moments. Period boundaries are calendar days (docs/design.md §3); history and
// submissions are instants. A day starts at midnight in the organization's time zone, so "the state
// as of the period start" means the last change before that local midnight.
import { type Period, PeriodKeyError, parsePeriodKey, utcDate } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';

export interface ForecastPeriod extends Period {
  /** The instant the period starts: midnight of its first day in the organization's time zone. */
  startsAt: Date;
  /** The instant the period ends (exclusive). */
  endsAt: Date;
  /** The period is over: its end day is today or earlier (in the organization's time zone). */
  closed: boolean;
}

export interface OrganizationClock {
  fiscalYearStartMonth: number;
  timeZone: string;
}

const DAY_MS = 86_400_000;

/** Milliseconds the zone is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const day = utcDate(part('year'), part('month') - 1, part('day')).getTime();
  const wall = day + ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000;
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts `day` (a UTC midnight standing for a calendar day) in `timeZone`. */
export function startOfDay(day: Date, timeZone: string): Date {
  const wall = day.getTime();
  // Two passes settle the offset on days when it changes (daylight saving).
  const first = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(first, timeZone));
}

/** The calendar day `now` falls on in `timeZone`, as the UTC midnight standing for it. */
export function dayOf(now: Date, timeZone: string): Date {
  const local = now.getTime() + zoneOffset(now.getTime(), timeZone);
  return new Date(Math.floor(local / DAY_MS) * DAY_MS);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Parses a period key into a forecast period, or raises a user error naming `field`. */
export function forecastPeriod(key: string, clock: OrganizationClock, now: Date, field: string[]): ForecastPeriod {
  let period: Period;
  try {
    period = parsePeriodKey(key, clock.fiscalYearStartMonth);
  } catch (error) {
    if (error instanceof PeriodKeyError) throw new UserInputError('INVALID', error.message, field);
    throw error;
  }
  return {
    ...period,
    startsAt: startOfDay(period.start, clock.timeZone),
    endsAt: startOfDay(period.end, clock.timeZone),
    closed: period.end.getTime() <= dayOf(now, clock.timeZone).getTime(),
  };
}

/** SQL text of a calendar day, for `::date` parameters. */
export function sqlDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** SQL text of an instant as stored in `timestamp(3)` columns (UTC without zone), for `::timestamp`. */
export function sqlInstant(instant: Date): string {
  return instant.toISOString().slice(0, 23).replace('T', ' ');
}
