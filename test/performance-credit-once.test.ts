// A deal counts once per row however many credit lines a rep holds on it (docs/performance.md,
// "Credit"): a rep with both a REVENUE and an OVERLAY split on a deal, or the owner of a deal
// without a revenue split who also holds its overlay split. The REP rows and the total name one
// line of each deal to count (api/src/performance/metrics.ts, credit_flag), the other groupings
// group the lines per deal; both must give the numbers worked out by hand below.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { type PerformanceRow, performance } from '../api/src/performance/service.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildHierarchy } from './support/fixture.js';

// Fiscal years start in February: FY2027-Q3 is 2026-08-01 .. 2026-11-01. Mia (MANAGER) leads Ana
// and Ben (AE). Deals:
//   D1 Ana's, won 10,000, created 2026-06-01, closes 2026-08-10 (70 days): REVENUE Ana 60% and
//      Ben 40%, OVERLAY Ana 50%: Ana's lines 6,000 + 5,000, Ben's 4,000
//   D2 Ben's, lost 5,000, created 2026-07-01, closes 2026-09-05: OVERLAY Ben 100% only, so Ben is
//      also credited 100% as its owner: two lines of 5,000, one lost deal
//   D3 Ana's, PROPOSAL (0.6) 1,000, created 2026-08-05, closes 2026-10-20: REVENUE Ben 100%,
//      OVERLAY Ben 30%: Ben's lines 1,000 and 300, weighted 600 and 180
//   D4 Ana's, won 2,000, created 2026-08-01, closes 2026-08-20 (19 days), no split

let db: TestDatabase;
let org: number;
const ids: Record<string, number> = {};
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const perfCtx = () => ({
  prisma: tenantPrisma(db.prisma, org),
  organizationId: org,
  fiscalYearStartMonth: 2,
  visibility: ORGANIZATION_WIDE,
});

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Once Co', slug: 'once', fiscalYearStartMonth: 2 } })).id;
  Object.assign(
    ids,
    await buildHierarchy(p, org, 'once.test', [
      ['Mia', 'MANAGER', null],
      ['Ana', 'AE', 'Mia'],
      ['Ben', 'AE', 'Mia'],
    ]),
  );
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
  const deal = async (
    name: string,
    owner: string,
    amount: string,
    stage: 'CLOSED_WON' | 'CLOSED_LOST' | 'PROPOSAL',
    created: string,
    close: string,
    splits: [string, string, 'REVENUE' | 'OVERLAY'][],
  ) => {
    const o = await p.opportunity.create({
      data: {
        organizationId: org,
        name,
        accountId: account.id,
        ownerId: ids[owner] as number,
        amount,
        type: 'NEW_BUSINESS',
        stage,
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
        createdDate: d(created),
        closeDate: d(close),
      },
    });
    for (const [rep, percent, splitType] of splits) {
      await p.opportunitySplit.create({
        data: { organizationId: org, opportunityId: o.id, repId: ids[rep] as number, percent, splitType },
      });
    }
  };
  await deal('D1', 'Ana', '10000', 'CLOSED_WON', '2026-06-01', '2026-08-10', [
    ['Ana', '0.6', 'REVENUE'],
    ['Ben', '0.4', 'REVENUE'],
    ['Ana', '0.5', 'OVERLAY'],
  ]);
  await deal('D2', 'Ben', '5000', 'CLOSED_LOST', '2026-07-01', '2026-09-05', [['Ben', '1', 'OVERLAY']]);
  await deal('D3', 'Ana', '1000', 'PROPOSAL', '2026-08-05', '2026-10-20', [
    ['Ben', '1', 'REVENUE'],
    ['Ben', '0.3', 'OVERLAY'],
  ]);
  await deal('D4', 'Ana', '2000', 'CLOSED_WON', '2026-08-01', '2026-08-20', []);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

const figures = (r: PerformanceRow) => ({
  bookings: r.bookings.toFixed(2),
  wonCount: r.wonCount,
  lostCount: r.lostCount,
  salesCycleDays: r.salesCycleDays?.toFixed(2) ?? null,
  pipelineCreated: r.pipelineCreated.toFixed(2),
  openPipeline: r.openPipeline.toFixed(2),
  openCount: r.openCount,
  weightedPipeline: r.weightedPipeline.toFixed(2),
});

// Revenue credit only, each deal once: D1 10,000 and D4 2,000 won (cycle 70 + 19 = 89, mean
// 44.50), D2 lost, D3 open 1,000 weighted 600; created in Q3: D3 1,000 and D4 2,000.
const TEAM = {
  bookings: '12000.00',
  wonCount: 2,
  lostCount: 1,
  salesCycleDays: '44.50',
  pipelineCreated: '3000.00',
  openPipeline: '1000.00',
  openCount: 1,
  weightedPipeline: '600.00',
};

describe('a deal with several lines of one rep', () => {
  it('REP rows: every line adds to the amounts, the deal counts once', async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'REP' });
    expect(Object.fromEntries(r.rows.map((x) => [x.label, figures(x)]))).toEqual({
      // D1 6,000 + 5,000 and D4 2,000; won D1 and D4 (70 + 19 days); created: D4.
      Ana: {
        bookings: '13000.00',
        wonCount: 2,
        lostCount: 0,
        salesCycleDays: '44.50',
        pipelineCreated: '2000.00',
        openPipeline: '0.00',
        openCount: 0,
        weightedPipeline: '0.00',
      },
      // D1 4,000 won (70 days); D2 lost once; D3 1,000 + 300 open, weighted 600 + 180, created in Q3.
      Ben: {
        bookings: '4000.00',
        wonCount: 1,
        lostCount: 1,
        salesCycleDays: '70.00',
        pipelineCreated: '1300.00',
        openPipeline: '1300.00',
        openCount: 1,
        weightedPipeline: '780.00',
      },
    });
    expect(r.rows.find((x) => x.label === 'Ben')?.winRate?.toFixed(6)).toBe('0.500000');
    expect(figures(r.total)).toEqual(TEAM);
  });

  it('MANAGER row and the total: each deal once, revenue credit only', async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'MANAGER' });
    expect(Object.fromEntries(r.rows.map((x) => [x.label, figures(x)]))).toEqual({ Mia: TEAM });
    expect(figures(r.total)).toEqual(TEAM);
  });

  it('MONTH rows: each month once per deal', async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'MONTH' });
    // M07 (August): D1 and D4 won, D3 created; M08 (September): D2 lost; M09 (October): D3 open.
    expect(Object.fromEntries(r.rows.map((x) => [x.label, [x.bookings.toFixed(2), x.wonCount, x.lostCount]]))).toEqual({
      'FY2027-M07': ['12000.00', 2, 0],
      'FY2027-M08': ['0.00', 0, 1],
      'FY2027-M09': ['0.00', 0, 0],
    });
    expect(figures(r.total)).toEqual(TEAM);
  });
});
