// Whose quota counts: people employed during the period (issue 18, defect 4; docs/design.md §5
// "Whose quota: people employed during the period"). Performance, forecast and planning's totals
// drop the quota of a rep who left before the period or joins after it, and keep the quota of one
// who left during it. Every number below is worked out by hand.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast } from '../api/src/forecast/rollup.js';
import { callerOf } from '../api/src/forecast/scope.js';
import { attainmentDistribution } from '../api/src/performance/distribution.js';
import { type PerformanceRow, performance } from '../api/src/performance/service.js';
import { quotaCheck, quotasForPeriod } from '../api/src/plans/quotas.js';
import { parsePeriodKey } from '../api/src/shared/calendar.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildHierarchy } from './support/fixture.js';

// Fiscal years start in February: FY2027-Q2 is 2026-05-01 .. 2026-08-01, FY2027-Q3 2026-08-01 ..
// 2026-11-01 (months M07 August, M08 September, M09 October), FY2027-Q4 2026-11-01 .. 2027-02-01.
//
// Mia (MANAGER) leads Ana, Leo, Kim, Zed and Old (all AE). FY2027, ACTIVE plan:
//   Ana  Q3 50,000: months 16,666.67, 16,666.67, 16,666.66
//   Leo  year 120,000 (30,000 a quarter); last day 2026-07-31, the day before Q3 starts
//   Kim  Q3 30,000 (10,000 a month); last day 2026-09-15, during Q3 (in M08)
//   Zed  year 40,000 (10,000 a quarter); hired 2026-11-01, the day Q3 ends
//   Old  year 60,000 (15,000 a quarter); last day 2025-12-31, before FY2027 (a row left behind)
//   Mia  Q3 100,000 (a team quota: never added)
// Deals (FY2027-Q3): D1 Leo's, won 20,000, closes 2026-08-15 (credited to him after he left);
// D2 Ana's, won 40,000, closes 2026-09-10.
//
// Q3: Ana 50,000 and Kim 30,000 count: 80,000. Leo's 30,000 (gone before Q3), Zed's 10,000 (not
// there yet) and Old's 15,000 do not: 135,000 would be the plan rows, not the team's target.

let db: TestDatabase;
let org: number;
const ids: Record<string, number> = {};
let plan: number;
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const NOW = d('2026-09-01');

const perfCtx = () => ({
  prisma: tenantPrisma(db.prisma, org),
  organizationId: org,
  fiscalYearStartMonth: 2,
  visibility: ORGANIZATION_WIDE,
});

function context(): Context {
  return buildContext(
    db,
    { organizationId: org, principal: 'user:ops', repId: null, scopes: new Set(['admin']) },
    { id: org, name: 'Leavers Co', fiscalYearStartMonth: 2, timeZone: 'UTC', currency: 'USD' },
    'req-quota-departed',
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Leavers Co', slug: 'leavers', fiscalYearStartMonth: 2 } })).id;
  Object.assign(
    ids,
    await buildHierarchy(p, org, 'leavers.test', [
      ['Mia', 'MANAGER', null],
      ['Ana', 'AE', 'Mia'],
      ['Leo', 'AE', 'Mia'],
      ['Kim', 'AE', 'Mia'],
      ['Zed', 'AE', 'Mia'],
      ['Old', 'AE', 'Mia'],
    ]),
  );
  await p.rep.update({ where: { id: ids.Leo as number }, data: { terminationDate: d('2026-07-31') } });
  await p.rep.update({ where: { id: ids.Kim as number }, data: { terminationDate: d('2026-09-15') } });
  await p.rep.update({ where: { id: ids.Zed as number }, data: { hireDate: d('2026-11-01') } });
  await p.rep.update({ where: { id: ids.Old as number }, data: { terminationDate: d('2025-12-31') } });

  plan = (
    await p.salesPlan.create({ data: { organizationId: org, fiscalYear: 2027, name: 'FY2027', status: 'ACTIVE' } })
  ).id;
  const quota = (rep: string, periodKey: string, start: string, end: string, amount: string) =>
    p.quota.create({
      data: {
        organizationId: org,
        salesPlanId: plan,
        repId: ids[rep] as number,
        periodKey,
        periodStart: d(start),
        periodEnd: d(end),
        amount,
      },
    });
  await quota('Ana', 'FY2027-Q3', '2026-08-01', '2026-11-01', '50000');
  await quota('Leo', 'FY2027', '2026-02-01', '2027-02-01', '120000');
  await quota('Kim', 'FY2027-Q3', '2026-08-01', '2026-11-01', '30000');
  await quota('Zed', 'FY2027', '2026-02-01', '2027-02-01', '40000');
  await quota('Old', 'FY2027', '2026-02-01', '2027-02-01', '60000');
  await quota('Mia', 'FY2027-Q3', '2026-08-01', '2026-11-01', '100000');

  const account = await p.account.create({
    data: {
      organizationId: org,
      name: 'Acme',
      industry: 'Software',
      country: 'US',
      region: 'NA',
      employees: 500,
      segment: 'MID',
    },
  });
  for (const [name, owner, amount, close] of [
    ['D1', 'Leo', '20000', '2026-08-15'],
    ['D2', 'Ana', '40000', '2026-09-10'],
  ] as const) {
    await p.opportunity.create({
      data: {
        organizationId: org,
        name,
        accountId: account.id,
        ownerId: ids[owner] as number,
        amount,
        type: 'NEW_BUSINESS',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        createdDate: d('2026-03-01'),
        closeDate: d(close),
      },
    });
  }
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

const figures = (rows: PerformanceRow[]) =>
  Object.fromEntries(rows.map((r) => [r.label, [r.bookings.toFixed(2), r.quota.toFixed(2)]]));

describe('performance', () => {
  it("REP rows: a leaver's and a joiner's quota do not count outside their employment", async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'REP' });
    // Leo keeps a row for the deal still credited to him, with no quota; Zed has neither.
    expect(figures(r.rows)).toEqual({
      Ana: ['40000.00', '50000.00'],
      Kim: ['0.00', '30000.00'],
      Leo: ['20000.00', '0.00'],
    });
    expect(r.rows.find((x) => x.label === 'Leo')?.attainment).toBeNull();
    // 60,000 booked against Ana's 50,000 + Kim's 30,000 = 80,000: 0.75.
    expect(r.total.quota.toFixed(2)).toBe('80000.00');
    expect(r.total.attainment?.toFixed(6)).toBe('0.750000');
  });

  it("MANAGER row: Mia's team is 80,000 in Q3, and Leo's 30,000 in Q2 while he was there", async () => {
    const q3 = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'MANAGER' });
    expect(figures(q3.rows)).toEqual({ Mia: ['60000.00', '80000.00'] });
    const q2 = await performance(perfCtx(), { period: 'FY2027-Q2', groupBy: 'MANAGER' });
    expect(figures(q2.rows)).toEqual({ Mia: ['0.00', '30000.00'] });
    // Q4: Zed's share, 10,000; Leo's and Kim's are gone.
    const q4 = await performance(perfCtx(), { period: 'FY2027-Q4', groupBy: 'MANAGER' });
    expect(figures(q4.rows)).toEqual({ Mia: ['0.00', '10000.00'] });
  });

  it("a month after Kim's last day carries none of her quarter", async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'MONTH' });
    // M07: Ana 16,666.67 + Kim 10,000; M08: the same (Kim's last day is in it); M09: Ana 16,666.66.
    expect(Object.fromEntries(r.rows.map((x) => [x.label, x.quota.toFixed(2)]))).toEqual({
      'FY2027-M07': '26666.67',
      'FY2027-M08': '26666.67',
      'FY2027-M09': '16666.66',
    });
    // The quarter is each person's quarter: Kim's 30,000 counts whole, as the plan gave it to her.
    expect(r.total.quota.toFixed(2)).toBe('80000.00');
  });

  it('the distribution counts the reps with a quota: Ana and Kim', async () => {
    const dist = await attainmentDistribution(perfCtx(), { period: 'FY2027-Q3' });
    // Ana 40,000 / 50,000 = 0.8, Kim 0 / 30,000 = 0: mean 0.4, neither at or above quota.
    expect(dist.repCount).toBe(2);
    expect(dist.mean?.toFixed(6)).toBe('0.400000');
    expect(dist.repsAtOrAboveQuota).toBe(0);
  });
});

describe('forecast', () => {
  it("reads the same team quota: 80,000 for Mia's Q3", async () => {
    const period = forecastPeriod('FY2027-Q3', { fiscalYearStartMonth: 2, timeZone: 'UTC' }, NOW, ['periodKey']);
    const f = await computeForecast(callerOf(context(), NOW), period, ids.Mia as number);
    expect(f.node.quota.toFixed(2)).toBe('80000.00');
    // Leo's deal still counts in Mia's closed figure: 20,000 + 40,000.
    expect(f.node.closed.toFixed(2)).toBe('60000.00');
  });
});

describe('planning', () => {
  it("quotaCheck's total counts the people employed during the year: not Old", async () => {
    const check = await quotaCheck(context(), { id: plan, fiscalYear: 2027, targetAmount: null });
    // Ana 50,000 (her Q3) + Leo 120,000 + Kim 30,000 + Zed 40,000: each was employed during FY2027.
    expect(check.quotaTotal.toFixed(2)).toBe('240000.00');
    expect(check.repCount).toBe(4);
  });

  it('the Q3 roll-up lists every row, and counts only the reps employed in Q3', async () => {
    const rows = await quotasForPeriod(context(), { id: plan, fiscalYear: 2027 }, parsePeriodKey('FY2027-Q3', 2));
    const byName = Object.fromEntries(
      Object.entries(ids).map(([name, id]) => {
        const q = rows.find((r) => r.repId === id);
        return [name, q ? [q.amount.toFixed(2), q.countsInTotal] : null];
      }),
    );
    expect(byName).toEqual({
      Mia: ['100000.00', false],
      Ana: ['50000.00', true],
      Leo: ['30000.00', false],
      Kim: ['30000.00', true],
      Zed: ['10000.00', false],
      Old: ['15000.00', false],
    });
  });
});
