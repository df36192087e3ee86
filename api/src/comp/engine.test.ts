// The payout arithmetic against sums done by hand (each expectation shows its arithmetic).
import { describe, expect, it } from 'vitest';
import { dec, fmt, prorate, roundCents } from '../shared/money.js';
import {
  applyCap,
  bonusPayout,
  clawbackShare,
  MissingQuotaError,
  marginalCommission,
  retroactiveCommission,
  roundLine,
  settleDraws,
  spiffPayout,
  type Tier,
} from './engine.js';

const tier = (from: string, to: string | null, rate: string): Tier => ({
  fromAttainment: dec(from),
  toAttainment: to === null ? null : dec(to),
  rate: dec(rate),
});
// 5% to 100% of quota, 8% to 150%, 12% above.
const THREE_TIERS = [tier('0', '1', '0.05'), tier('1', '1.5', '0.08'), tier('1.5', null, '0.12')];
const QUOTA = dec('75000.00');

describe('tiered commission', () => {
  it('marginal: each tier pays its own slice across a boundary', () => {
    // credit 82,500 against quota 75,000: 75,000 x 0.05 + 7,500 x 0.08 = 3,750 + 600
    const r = marginalCommission(dec('82500.00'), QUOTA, THREE_TIERS);
    expect(fmt(r.raw)).toBe(fmt(dec('75000').times('0.05').plus(dec('7500').times('0.08'))));
    expect(fmt(r.raw)).toBe('4350.00');
    expect(r.tiers.map((t) => [t.lower, t.upper, t.slice, t.amount])).toEqual([
      ['0.00', '75000.00', '75000.00', '3750.00'],
      ['75000.00', '112500.00', '7500.00', '600.00'],
      ['112500.00', null, '0.00', '0.00'],
    ]);
    expect(r.reachedTier).toBe(2);
  });

  it('retroactive: the reached tier rate applies to all credit', () => {
    // 82,500 reaches tier 2 (75,000 to 112,500): 82,500 x 0.08 = 6,600
    expect(fmt(retroactiveCommission(dec('82500.00'), QUOTA, THREE_TIERS).raw)).toBe('6600.00');
    // one cent below the boundary stays in tier 1: 74,999.99 x 0.05 = 3,749.9995
    expect(fmt(retroactiveCommission(dec('74999.99'), QUOTA, THREE_TIERS).raw)).toBe('3749.9995');
    // exactly at the boundary belongs to the next tier (fromAttainment is inclusive): 75,000 x 0.08
    expect(fmt(retroactiveCommission(dec('75000.00'), QUOTA, THREE_TIERS).raw)).toBe('6000.00');
  });

  it('all three tiers: 75,000 x 0.05 + 37,500 x 0.08 + 287,500 x 0.12', () => {
    const r = marginalCommission(dec('400000.00'), QUOTA, THREE_TIERS);
    expect(fmt(r.raw)).toBe('41250.00'); // 3,750 + 3,000 + 34,500
  });

  it('credit above a finite last tier earns nothing (attainment cap)', () => {
    const capped = [tier('0', '1', '0.05'), tier('1', '1.5', '0.08')];
    // 200,000 vs quota 100,000: 100,000 x 0.05 + 50,000 x 0.08 = 5,000 + 4,000
    expect(fmt(marginalCommission(dec('200000'), dec('100000'), capped).raw)).toBe('9000.00');
    // retroactive: 0.08 x 150,000 (the credit up to the ceiling)
    expect(fmt(retroactiveCommission(dec('200000'), dec('100000'), capped).raw)).toBe('12000.00');
  });

  it('a threshold below which nothing is paid', () => {
    const threshold = [tier('0.5', null, '0.1')];
    // 40,000 of 100,000 is below 50%: nothing; 60,000: (60,000 - 50,000) x 0.1 marginal, 60,000 x 0.1 retroactive
    expect(fmt(marginalCommission(dec('40000'), dec('100000'), threshold).raw)).toBe('0.00');
    expect(fmt(marginalCommission(dec('60000'), dec('100000'), threshold).raw)).toBe('1000.00');
    expect(fmt(retroactiveCommission(dec('60000'), dec('100000'), threshold).raw)).toBe('6000.00');
    expect(retroactiveCommission(dec('40000'), dec('100000'), threshold).reachedTier).toBeNull();
  });

  it('needs a quota unless the table is one flat tier', () => {
    expect(() => marginalCommission(dec('1000'), null, THREE_TIERS)).toThrow(MissingQuotaError);
    expect(() => marginalCommission(dec('1000'), dec('0'), THREE_TIERS)).toThrow(MissingQuotaError);
    // flat 1% of 400,000 = 4,000, no quota involved
    expect(fmt(marginalCommission(dec('400000'), null, [tier('0', null, '0.01')]).raw)).toBe('4000.00');
  });
});

describe('bonus, SPIFF and cap', () => {
  it('bonus: target x rate of the reached tier', () => {
    const bonusTiers = [tier('0', '0.8', '0'), tier('0.8', '1', '0.5'), tier('1', null, '1')];
    // 90% attainment reaches the 80-100% tier: 2,000 x 0.5 = 1,000
    expect(fmt(bonusPayout(dec('2000'), dec('90000'), dec('100000'), bonusTiers).raw)).toBe('1000.00');
    // 100% reaches the top tier: 2,000 x 1
    expect(fmt(bonusPayout(dec('2000'), dec('100000'), dec('100000'), bonusTiers).raw)).toBe('2000.00');
  });

  it('SPIFF: amount per deal times the rep share', () => {
    const r = spiffPayout(
      [
        { opportunityId: 1, name: 'A', share: dec('1') },
        { opportunityId: 2, name: 'B', share: dec('0.5') },
      ],
      dec('500.00'),
    );
    // 500 x 1 + 500 x 0.5
    expect(fmt(r.raw)).toBe('750.00');
  });

  it('cap: pays the cap and shows what was withheld', () => {
    const r = applyCap(dec('41250.00'), dec('20000.00'));
    expect([fmt(r.capped), fmt(r.withheld)]).toEqual(['20000.00', '21250.00']); // 41,250 - 20,000
    expect(fmt(applyCap(dec('100'), null).capped)).toBe('100.00');
  });
});

describe('rounding: to the cent, half to even, once per line', () => {
  it('rounds an exact half to the even cent', () => {
    // 33,333.30 x 0.05 = 1,666.665 exactly: half-even keeps the even cent 1,666.66 (half-up: 1,666.67)
    expect(fmt(roundLine(dec('33333.30').times('0.05')).amount)).toBe('1666.66');
    // 33,333.50 x 0.05 = 1,666.675: the cent 7 is odd, so up to the even 1,666.68
    expect(fmt(roundLine(dec('33333.50').times('0.05')).amount)).toBe('1666.68');
    // 33,333.33 x 0.05 = 1,666.6665 is above the half: 1,666.67 either way
    expect(fmt(roundLine(dec('33333.33').times('0.05')).amount)).toBe('1666.67');
    expect(fmt(roundCents(dec('-2.345')))).toBe('-2.34');
  });

  it('prorates by days and rounds the result to the cent', () => {
    // 75,000 x 46 / 90 = 38,333.333... -> 38,333.33; 75,000 x 44 / 90 = 36,666.666... -> 36,666.67
    expect(fmt(prorate(dec('75000.00'), 46, 90))).toBe('38333.33');
    expect(fmt(prorate(dec('75000.00'), 44, 90))).toBe('36666.67');
  });

  it('keeps every digit of large amounts (no 20-digit limit)', () => {
    // 12345678901234567 x 123457 = 1524160480109715938119 (integer product), scaled by 10^-8
    expect(dec('123456789012345.67').times('0.123457').toFixed()).toBe('15241604801097.15938119');
  });
});

describe('draws', () => {
  it('a recoverable draw over three periods: top-up, then recovered from earnings above the draw', () => {
    const draw = [{ assignmentId: 1, guarantee: dec('5000.00'), recoverable: true }];
    // P1: earned 2,000 < 5,000: top-up 3,000, balance 0 + 3,000
    const p1 = settleDraws(new Map([[1, dec('2000.00')]]), draw, dec(0));
    expect(p1.topUps.map((t) => fmt(t.topUp))).toEqual(['3000.00']);
    expect(fmt(p1.balanceAfter)).toBe('3000.00');
    // P2: earned 6,500: 1,500 above the draw repays 1,500; balance 3,000 - 1,500
    const p2 = settleDraws(new Map([[1, dec('6500.00')]]), draw, p1.balanceAfter);
    expect([p2.topUps.length, fmt(p2.recovery), fmt(p2.balanceAfter)]).toEqual([0, '1500.00', '1500.00']);
    // P3: earned 9,000: 4,000 above the draw, only the 1,500 still owed is recovered
    const p3 = settleDraws(new Map([[1, dec('9000.00')]]), draw, p2.balanceAfter);
    expect([fmt(p3.recovery), fmt(p3.balanceAfter)]).toEqual(['1500.00', '0.00']);
  });

  it('a non-recoverable draw tops up and never builds a balance', () => {
    const r = settleDraws(
      new Map([[1, dec('1200.00')]]),
      [{ assignmentId: 1, guarantee: dec('3000.00'), recoverable: false }],
      dec(0),
    );
    expect([fmt(r.topUps[0]?.topUp ?? dec(0)), fmt(r.balanceAfter)]).toEqual(['1800.00', '0.00']); // 3,000 - 1,200
  });
});

describe('clawback share', () => {
  it('takes back the deal’s share of what the line paid', () => {
    // line paid 4,350.00 on 82,500 credit; the reversed deal was 60,000 of it:
    // 4,350 x 60,000 / 82,500 = 3,163.6363... -> 3,163.64
    expect(fmt(clawbackShare(dec('4350.00'), dec('82500.00'), dec('60000.00')))).toBe('3163.64');
  });
});
