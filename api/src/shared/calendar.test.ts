import { describe, expect, it } from 'vitest';
import {
  childPeriods,
  fiscalYearStart,
  PeriodKeyError,
  parsePeriodKey,
  periodContaining,
  trailingPeriods,
  utcDate,
} from './calendar.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('fiscal calendar (docs/design.md §3)', () => {
  it('names a fiscal year by the calendar year in which it ends', () => {
    const fy = parsePeriodKey('FY2027', 2);
    expect([iso(fy.start), iso(fy.end)]).toEqual(['2026-02-01', '2027-02-01']);
    const cal = parsePeriodKey('FY2026', 1);
    expect([iso(cal.start), iso(cal.end)]).toEqual(['2026-01-01', '2027-01-01']);
  });

  it('addresses quarters and months from the fiscal start', () => {
    const q3 = parsePeriodKey('FY2027-Q3', 2);
    expect([iso(q3.start), iso(q3.end)]).toEqual(['2026-08-01', '2026-11-01']);
    const m12 = parsePeriodKey('FY2027-M12', 2);
    expect([iso(m12.start), iso(m12.end)]).toEqual(['2027-01-01', '2027-02-01']);
    const m01 = parsePeriodKey('FY2026-M01', 1);
    expect([iso(m01.start), iso(m01.end)]).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('finds the period containing a date, including the last day before a boundary', () => {
    expect(periodContaining(new Date('2027-01-31'), 'YEAR', 2).key).toBe('FY2027');
    expect(periodContaining(new Date('2027-02-01'), 'YEAR', 2).key).toBe('FY2028');
    expect(periodContaining(new Date('2026-10-31'), 'QUARTER', 2).key).toBe('FY2027-Q3');
    expect(periodContaining(new Date('2026-02-15'), 'MONTH', 2).key).toBe('FY2027-M01');
  });

  it('lists child and trailing periods', () => {
    expect(childPeriods(parsePeriodKey('FY2027-Q1', 2), 'MONTH', 2).map((p) => p.key)).toEqual([
      'FY2027-M01',
      'FY2027-M02',
      'FY2027-M03',
    ]);
    expect(trailingPeriods(parsePeriodKey('FY2027-Q2', 2), 4, 2).map((p) => p.key)).toEqual([
      'FY2026-Q3',
      'FY2026-Q4',
      'FY2027-Q1',
      'FY2027-Q2',
    ]);
  });

  it('rejects malformed keys with the key in the message', () => {
    expect(() => parsePeriodKey('2026-Q1', 2)).toThrow(PeriodKeyError);
    expect(() => parsePeriodKey('FY2026-Q5', 2)).toThrow(/FY2026-Q5/);
    expect(() => parsePeriodKey('FY2026-M13', 2)).toThrow(PeriodKeyError);
    expect(() => parsePeriodKey('FY99999', 2)).toThrow(PeriodKeyError);
  });

  it('refuses keys outside FY1970-FY2200 (FY0000-FY0099 once meant 1900-1999)', () => {
    for (const key of ['FY0000', 'FY0099', 'FY0099-Q1', 'FY0026-M03', 'FY1969', 'FY2201', 'FY9999']) {
      expect(() => parsePeriodKey(key, 2)).toThrow(`"${key}" is outside the fiscal years FY1970 to FY2200`);
    }
    expect(iso(parsePeriodKey('FY1970', 1).start)).toBe('1970-01-01');
    expect(iso(parsePeriodKey('FY2200-M12', 1).start)).toBe('2200-12-01');
  });

  it('builds dates of years 0-199 as those years, not 1900-2099', () => {
    // Date.UTC reads years 0-99 as 1900-1999: FY100 starting in February began in year 99.
    expect(utcDate(99, 1).toISOString()).toBe('0099-02-01T00:00:00.000Z');
    expect(utcDate(150, 13, 1).toISOString()).toBe('0151-02-01T00:00:00.000Z');
    expect(fiscalYearStart(100, 2).toISOString()).toBe('0099-02-01T00:00:00.000Z');
    const q = periodContaining(new Date('0150-05-20T00:00:00Z'), 'QUARTER', 2);
    expect([q.key, q.start.toISOString(), q.end.toISOString()]).toEqual([
      'FY151-Q2',
      '0150-05-01T00:00:00.000Z',
      '0150-08-01T00:00:00.000Z',
    ]);
    const y = periodContaining(new Date('0050-01-10T00:00:00Z'), 'YEAR', 2);
    expect([y.start.toISOString(), y.end.toISOString()]).toEqual([
      '0049-02-01T00:00:00.000Z',
      '0050-02-01T00:00:00.000Z',
    ]);
  });
});
