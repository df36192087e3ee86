// Fiscal calendar of docs/design.md §3. A fiscal year is named by the calendar year in which it ends
// (start month 2 => FY2027 runs 2026-02-01 to 2027-01-31). Periods are addressed by keys
// `FY2026`, `FY2026-Q3`, `FY2026-M07` (M01 is the first fiscal month); `start` is inclusive and
// `end` exclusive. Dates are UTC midnights standing for calendar days.

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

export interface Period {
  key: string;
  kind: PeriodKind;
  fiscalYear: number;
  /** 1-4 for quarters, 1-12 for months, null for years. */
  index: number | null;
  start: Date;
  end: Date;
}

export class PeriodKeyError extends Error {
  constructor(readonly key: string) {
    super(`"${key}" is not a period key; use FY2026, FY2026-Q3 or FY2026-M07`);
  }
}

const KEY = /^FY(\d{4})(?:-(Q)([1-4])|-(M)(0[1-9]|1[0-2]))?$/;

function utcDate(year: number, monthIndex0: number, day = 1): Date {
  return new Date(Date.UTC(year, monthIndex0, day));
}

/** First day of fiscal year `fy` for an organization whose year starts in `startMonth` (1-12). */
export function fiscalYearStart(fy: number, startMonth: number): Date {
  // FY named by the year it ends in: with start month 1 it is the calendar year itself.
  const startYear = startMonth === 1 ? fy : fy - 1;
  return utcDate(startYear, startMonth - 1);
}

function addMonths(d: Date, months: number): Date {
  return utcDate(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

export function parsePeriodKey(key: string, startMonth: number): Period {
  const m = KEY.exec(key);
  if (!m) throw new PeriodKeyError(key);
  const fiscalYear = Number(m[1]);
  const yearStart = fiscalYearStart(fiscalYear, startMonth);
  if (m[2] === 'Q') {
    const q = Number(m[3]);
    const start = addMonths(yearStart, (q - 1) * 3);
    return { key, kind: 'QUARTER', fiscalYear, index: q, start, end: addMonths(start, 3) };
  }
  if (m[4] === 'M') {
    const month = Number(m[5]);
    const start = addMonths(yearStart, month - 1);
    return { key, kind: 'MONTH', fiscalYear, index: month, start, end: addMonths(start, 1) };
  }
  return { key, kind: 'YEAR', fiscalYear, index: null, start: yearStart, end: addMonths(yearStart, 12) };
}

export function yearKey(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}

export function quarterKey(fiscalYear: number, quarter: number): string {
  return `FY${fiscalYear}-Q${quarter}`;
}

export function monthKey(fiscalYear: number, month: number): string {
  return `FY${fiscalYear}-M${String(month).padStart(2, '0')}`;
}

/** The fiscal period of the given kind that contains `date`. */
export function periodContaining(date: Date, kind: PeriodKind, startMonth: number): Period {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const fiscalYear = startMonth === 1 ? y : m >= startMonth ? y + 1 : y;
  const fiscalMonth = ((m - startMonth + 12) % 12) + 1;
  if (kind === 'YEAR') return parsePeriodKey(yearKey(fiscalYear), startMonth);
  if (kind === 'QUARTER') return parsePeriodKey(quarterKey(fiscalYear, Math.ceil(fiscalMonth / 3)), startMonth);
  return parsePeriodKey(monthKey(fiscalYear, fiscalMonth), startMonth);
}

/** The sub-periods (months of a quarter or year, quarters of a year) of a period. */
export function childPeriods(period: Period, kind: 'QUARTER' | 'MONTH', startMonth: number): Period[] {
  const out: Period[] = [];
  for (let d = period.start; d < period.end; ) {
    const p = periodContaining(d, kind, startMonth);
    out.push(p);
    d = p.end;
  }
  return out;
}

/** `count` consecutive periods of the same kind ending with `last` (oldest first). */
export function trailingPeriods(last: Period, count: number, startMonth: number): Period[] {
  const out: Period[] = [last];
  while (out.length < count) {
    const first = out[0] as Period;
    const prevDay = new Date(first.start.getTime() - 86_400_000);
    out.unshift(periodContaining(prevDay, first.kind, startMonth));
  }
  return out;
}
