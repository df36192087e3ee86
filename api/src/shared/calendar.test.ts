import { describe, expect, it } from 'vitest';
import { childPeriods, PeriodKeyError, parsePeriodKey, periodContaining, trailingPeriods } from './calendar.js';

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
  });
});
