// The planning arithmetic without a database, against numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import type { CapacityLine } from '../generated/prisma/client.js';
import { Decimal } from '../shared/scalars.js';
import { apportion } from './apportion.js';
import { coefficientOfVariation } from './balance.js';
import { computeCapacity, oneHireCapacity } from './capacity.js';
import { rampShare, repMonthProductivity } from './ramp.js';

const d = (s: string | number) => new Decimal(s);
const amounts = (xs: { amount: Decimal }[]) => xs.map((x) => x.amount.toFixed(2));
const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('apportion (largest remainder)', () => {
  it('gives the left-over cents to the largest remainders, ties to the earlier unit', () => {
    const equal = apportion(
      d('100.00'),
      [1, 1, 1].map((w, unit) => ({ unit, weight: d(w) })),
    );
    expect(amounts(equal)).toEqual(['33.34', '33.33', '33.33']);
    // 1000 x 12/29 = 413.7931..., 1000 x 5/29 = 172.4137...: the cent goes to the larger remainder.
    const ramped = apportion(d('1000.00'), [
      { unit: 'a', weight: d(1) },
      { unit: 'b', weight: d(1) },
      { unit: 'c', weight: d(5).div(12) },
    ]);
    expect(amounts(ramped)).toEqual(['413.79', '413.79', '172.42']);
    expect(ramped[2]?.exact.toDecimalPlaces(6).toFixed()).toBe('172.413793');
  });

  it('adds up exactly to the total whatever the weights', () => {
    const weights = ['3400', '2000', '950', '0', '0.000001', '123.456789'];
    const shares = apportion(
      d('10000.07'),
      weights.map((w, unit) => ({ unit, weight: d(w) })),
    );
    expect(shares.reduce((s, x) => s.add(x.amount), d(0)).toFixed(2)).toBe('10000.07');
    expect(shares[3]?.amount.toFixed(2)).toBe('0.00');
    // Five cents over seven equal units: the first five get one.
    expect(
      amounts(
        apportion(
          d('0.05'),
          Array.from({ length: 7 }, (_, unit) => ({ unit, weight: d(1) })),
        ),
      ),
    ).toEqual(['0.01', '0.01', '0.01', '0.01', '0.01', '0.00', '0.00']);
  });

  it('refuses totals that are not whole cents and weights that add up to zero', () => {
    expect(() => apportion(d('1.005'), [{ unit: 0, weight: d(1) }])).toThrow(/cents/);
    expect(() => apportion(d('1.00'), [{ unit: 0, weight: d(0) }])).toThrow(/positive/);
  });
});

describe('ramp', () => {
  it('produces k/R in month k of an R-month ramp, then 100%', () => {
    expect([1, 2, 3, 4].map((k) => rampShare(k, 3).toDecimalPlaces(6).toFixed())).toEqual([
      '0.333333',
      '0.666667',
      '1',
      '1',
    ]);
    expect(rampShare(1, 0).toFixed()).toBe('1');
    expect(rampShare(0, 3).toFixed()).toBe('0');
  });

  it("counts a rep's hire month as ramp month 1, and nothing before it or after leaving", () => {
    const rep = { hireDate: day('2026-08-10'), terminationDate: day('2026-12-15'), rampMonths: 3 };
    const months = ['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-12-01', '2027-01-01'];
    expect(months.map((m) => repMonthProductivity(rep, day(m), true).toDecimalPlaces(4).toFixed())).toEqual([
      '0',
      '0.3333',
      '0.6667',
      '1',
      '1',
      '0',
    ]);
    expect(repMonthProductivity(rep, day('2026-08-01'), false).toFixed()).toBe('1');
  });
});

describe('capacity', () => {
  const line = (id: number, fields: Partial<CapacityLine>): CapacityLine => ({
    id,
    organizationId: 1,
    salesPlanId: 1,
    role: 'AE',
    headcount: 1,
    startMonth: 1,
    rampMonths: 0,
    rampedProductivity: d('0'),
    attritionRate: d('0'),
    ...fields,
  });
  const plan = { id: 1, fiscalYear: 2027, targetAmount: d('1500000.00') };
  const lines = [
    // 10 heads from month 1, ramped, 10000.00 a month, 12% attrition: 10 - 0.1 (m - 1) heads.
    line(1, { headcount: 10, rampedProductivity: d('10000.00'), attritionRate: d('0.12') }),
    // 3 heads from month 4, 3-month ramp, 9000.00 a month: 9000, 18000, then 27000.
    line(2, { headcount: 3, startMonth: 4, rampMonths: 3, rampedProductivity: d('9000.00') }),
  ];

  it('adds up heads x ramp x productivity per month, with attrition applied monthly', () => {
    const c = computeCapacity(plan, lines, null);
    const expected = Array.from({ length: 12 }, (_, i) => {
      const m = i + 1;
      const first = 100000 - 1000 * (m - 1);
      const second = m < 4 ? 0 : m === 4 ? 9000 : m === 5 ? 18000 : 27000;
      return (first + second).toFixed(0);
    });
    expect(c.months.map((m) => m.productiveCapacity.toFixed())).toEqual(expected);
    expect(c.months[3]).toMatchObject({ periodKey: 'FY2027-M04' });
    expect(c.months[3]?.heads.toFixed()).toBe('12.7');
    expect(c.months[3]?.rampedHeads.toFixed()).toBe('10.7');
    // 1,134,000 + 216,000.
    expect(c.yearCapacity.toFixed()).toBe('1350000');
    expect(c.lines.map((l) => l.yearCapacity.toFixed())).toEqual(['1134000', '216000']);
    expect(c.gap?.toFixed()).toBe('150000');
    // One hire like the largest line (ramped at once, 10000.00 a month from month 1): 120,000.
    expect(c.hireCapacity?.toFixed()).toBe('120000');
    expect(c.hiresNeeded).toBe(2);
  });

  it('turns the gap into hires for a given profile', () => {
    const profile = { startMonth: 7, rampMonths: 2, rampedProductivity: d('6000.00') };
    // Month 7 at half, months 8-12 full: 3000 + 5 x 6000.
    expect(oneHireCapacity(profile).toFixed()).toBe('33000');
    expect(computeCapacity(plan, lines, profile).hiresNeeded).toBe(5);
    expect(computeCapacity({ ...plan, targetAmount: d('1000000.00') }, lines, profile).hiresNeeded).toBe(0);
    expect(computeCapacity({ ...plan, targetAmount: null }, lines, profile).hiresNeeded).toBeNull();
  });

  it('rounds each month to the cent, half-even, and sums the rounded months', () => {
    const c = computeCapacity(
      plan,
      [line(3, { startMonth: 11, rampMonths: 3, rampedProductivity: d('100.00') })],
      null,
    );
    // Month 11: 1/3 x 100 = 33.333...; month 12: 2/3 x 100 = 66.666...
    expect(c.months.slice(10).map((m) => m.productiveCapacity.toFixed(2))).toEqual(['33.33', '66.67']);
    expect(c.yearCapacity.toFixed(2)).toBe('100.00');
  });
});

describe('coefficient of variation', () => {
  it('is the population standard deviation over the mean', () => {
    // mean 200, deviations -100 and 100: sd 100.
    expect(coefficientOfVariation([d(100), d(300)])?.toFixed()).toBe('0.5');
    expect(coefficientOfVariation([d(7), d(7), d(7)])?.toFixed()).toBe('0');
    expect(coefficientOfVariation([d(0), d(0)])).toBeNull();
    expect(coefficientOfVariation([])).toBeNull();
  });
});
