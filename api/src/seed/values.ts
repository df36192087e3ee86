// Value helpers shared by the generator: calendar days as integers and money as integer cents.
// Days are counted from 1970-01-01 (UTC), so day arithmetic is plain integer arithmetic and no
// Date object is created per row. Money is held in integer cents (exact in a JS number below
// 2^53) and only becomes a decimal string at the edge, so no amount ever passes through a float.

const MS_PER_DAY = 86_400_000;

export function dayFromIso(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`"${iso}" is not a YYYY-MM-DD date`);
  return ms / MS_PER_DAY;
}

export function dayFromDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

// A few thousand distinct days cover every generated date, so caching their strings saves
// millions of Date allocations and lets rows share one string per day.
const isoCache = new Map<number, string>();

export function isoDay(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = dateOfDay(day).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Months between the calendar months of two days (b's month minus a's month). */
export function monthsBetween(a: number, b: number): number {
  const da = dateOfDay(a);
  const db = dateOfDay(b);
  return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + (db.getUTCMonth() - da.getUTCMonth());
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new Error(`${cents} is not a whole number of cents`);
}

/** Integer cents as a decimal string with two places: 123456 -> "1234.56". */
export function formatCents(cents: number): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const fraction = abs % 100;
  return `${sign}${(abs - fraction) / 100}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Rounds `value` (a statistical estimate, not money yet) to a whole multiple of `stepCents`. */
export function roundToCents(value: number, stepCents = 1): number {
  return Math.max(0, Math.round(value / stepCents)) * stepCents;
}

/** cents x (10000 - discountBps) / 10000, rounded half up, in exact integer arithmetic. */
export function discounted(cents: number, discountBps: number): number {
  const numerator = cents * (10_000 - discountBps) + 5_000;
  assertCents(numerator);
  // The float quotient can be one off near an integer; the remainder check corrects it exactly.
  let q = Math.floor(numerator / 10_000);
  const r = numerator - q * 10_000;
  if (r < 0) q -= 1;
  else if (r >= 10_000) q += 1;
  return q;
}

/** Fractions as exact millionths: 500000 -> "0.500000" (Decimal(9,6) on the wire and in the DB). */
export function formatMillionths(ppm: number): string {
  if (!Number.isSafeInteger(ppm) || ppm < 0) throw new Error(`${ppm} is not a whole number of millionths`);
  const whole = Math.floor(ppm / 1_000_000);
  return `${whole}.${String(ppm - whole * 1_000_000).padStart(6, '0')}`;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
