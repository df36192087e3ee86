// Fiscal calendar of docs/design.md §3. A fiscal year is named by the calendar year in which it ends
// (start month 2 => FY2027 runs 2026-02-01 to 2027-01-31). Periods are addressed by keys
// `FY2026`, `FY2026-Q3`, `FY2026-M07` (M01 is the first fiscal month); `start` is inclusive and
// `end` exclusive. Dates are UTC midnights standing for calendar days. A key names a fiscal year
// from FY1970 to FY2200: outside that, a key is a typo (FY0026) rather than a period anyone plans,
// pays or forecasts.

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

export const MIN_FISCAL_YEAR = 1970;
export const MAX_FISCAL_YEAR = 2200;

export class PeriodKeyError extends Error {
  constructor(
    readonly key: string,
    message = `"${key}" is not a period key; use FY2026, FY2026-Q3 or FY2026-M07`,
  ) {
    super(message);
  }
}

const KEY = /^FY(\d{4})(?:-(Q)([1-4])|-(M)(0[1-9]|1[0-2]))?$/;

/**
 * The UTC midnight of a day; months and days past their range roll over as with Date.UTC, but
 * without its two-digit-year rule (Date.UTC reads years 0-99 as 1900-1999).
 */
export function utcDate(year: number, monthIndex0: number, day = 1): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex0, day);
  return d;
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

/** A period input (a key the client sent): refused unless well-formed and of FY1970-FY2200. */
export function parsePeriodKey(key: string, startMonth: number): Period {
  const m = KEY.exec(key);
  if (!m) throw new PeriodKeyError(key);
  const fiscalYear = Number(m[1]);
  if (fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) {
    throw new PeriodKeyError(
      key,
      `"${key}" is outside the fiscal years FY${MIN_FISCAL_YEAR} to FY${MAX_FISCAL_YEAR}; use FY2026, FY2026-Q3 or FY2026-M07`,
    );
  }
  if (m[2] === 'Q') return period('QUARTER', fiscalYear, Number(m[3]), startMonth);
  if (m[4] === 'M') return period('MONTH', fiscalYear, Number(m[5]), startMonth);
  return period('YEAR', fiscalYear, null, startMonth);
}

/** The period of a kind, fiscal year and index, for any year (dates of the data may lie anywhere). */
function period(kind: PeriodKind, fiscalYear: number, index: number | null, startMonth: number): Period {
  const yearStart = fiscalYearStart(fiscalYear, startMonth);
  if (kind === 'QUARTER') {
    const q = index as number;
    const start = addMonths(yearStart, (q - 1) * 3);
    return { key: quarterKey(fiscalYear, q), kind, fiscalYear, index: q, start, end: addMonths(start, 3) };
  }
  if (kind === 'MONTH') {
    const month = index as number;
    const start = addMonths(yearStart, month - 1);
    return { key: monthKey(fiscalYear, month), kind, fiscalYear, index: month, start, end: addMonths(start, 1) };
  }
  return { key: yearKey(fiscalYear), kind, fiscalYear, index: null, start: yearStart, end: addMonths(yearStart, 12) };
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
  if (kind === 'YEAR') return period('YEAR', fiscalYear, null, startMonth);
  if (kind === 'QUARTER') return period('QUARTER', fiscalYear, Math.ceil(fiscalMonth / 3), startMonth);
  return period('MONTH', fiscalYear, fiscalMonth, startMonth);
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
