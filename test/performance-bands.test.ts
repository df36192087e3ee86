// The attainment distribution's bands by name (issue 20, "middle 60% by name"; docs/design.md §5):
// bottom 20%, middle 60% and top 20% of the reps, cut and tie-broken as movingTheMiddle counts
// them, on a hand-sized fixture with ties across both cuts, through the GraphQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// Fiscal years start in January: FY2026-Q1 is 2026-01-01 .. 2026-04-01. Reps R01 .. R10 (AEs,
// created in that order, so their IDs ascend) each have a FY2026-Q1 quota of 10,000 and one won
// deal in the quarter; R11 has a deal but no quota (not in the distribution), Max is a MANAGER.
//
//   rep       R01   R02   R03   R04   R05   R06    R07    R08    R09    R10
//   bookings  5,000 2,000 2,000 2,000 8,000 10,000 12,000 15,000 15,000 20,000
//   att       0.5   0.2   0.2   0.2   0.8   1      1.2    1.5    1.5    2
//
// n = 10, floor(10 x 0.2) = 2 reps cut at each end. Ranked by attainment, ties by rep ID:
//   1 R02, 2 R03, 3 R04 (three at 0.2: the cut falls inside the tie; R04, the highest ID, is
//   middle), 4 R01, 5 R05, 6 R06, 7 R07, 8 R08, 9 R09 (two at 1.5: R08, the lower ID, stays in
//   the middle), 10 R10.
// Bottom 20%: R02, R03 (4,000). Middle 60%: R04, R01, R05, R06, R07, R08 (2,000 + 5,000 + 8,000
// + 10,000 + 12,000 + 15,000 = 52,000; middleGain at 5% 2,600). Top 20%: R09, R10 (35,000).

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const BOOKINGS = ['5000', '2000', '2000', '2000', '8000', '10000', '12000', '15000', '15000', '20000'];

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  const organizationId = (
    await prisma.organization.create({ data: { name: 'Band Co', slug: 'bands', fiscalYearStartMonth: 1 } })
  ).id;
  const plan = await prisma.salesPlan.create({
    data: { organizationId, fiscalYear: 2026, name: 'FY2026', status: 'ACTIVE' },
  });
  const account = await prisma.account.create({
    data: {
      organizationId,
      name: 'Acme',
      industry: 'Retail',
      country: 'US',
      region: 'NA',
      employees: 50,
      segment: 'SMB',
    },
  });
  const max = await prisma.rep.create({
    data: {
      organizationId,
      name: 'Max',
      email: 'max@bands.test',
      role: 'MANAGER',
      region: 'NA',
      hireDate: d('2024-01-15'),
    },
  });
  const names = [...BOOKINGS.map((_, i) => `R${String(i + 1).padStart(2, '0')}`), 'R11'];
  for (const [i, name] of names.entries()) {
    const rep = await prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}@bands.test`,
        role: 'AE',
        region: 'NA',
        managerId: max.id,
        hireDate: d('2024-01-15'),
      },
    });
    if (name !== 'R11') {
      await prisma.quota.create({
        data: {
          organizationId,
          salesPlanId: plan.id,
          repId: rep.id,
          periodKey: 'FY2026-Q1',
          periodStart: d('2026-01-01'),
          periodEnd: d('2026-04-01'),
          amount: '10000.00',
        },
      });
    }
    await prisma.opportunity.create({
      data: {
        organizationId,
        name: `${name} deal`,
        type: 'NEW_BUSINESS',
        ownerId: rep.id,
        accountId: account.id,
        amount: BOOKINGS[i] ?? '7000',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        createdDate: d('2026-01-05'),
        closeDate: d('2026-02-10'),
      },
    });
  }
  client = await createTestClient(db);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

interface Band {
  band: string;
  repCount: number;
  bookings: string;
  reps: {
    rank: number;
    name: string;
    rep: { name: string } | null;
    bookings: string;
    quota: string;
    attainment: string;
  }[];
}

describe('attainment bands by name', () => {
  it('cuts floor(20%) at each end, ties broken by rep ID, as movingTheMiddle counts', async () => {
    const res = await client.data<{
      attainmentDistribution: {
        repCount: number;
        movingTheMiddle: { middleRepCount: number; middleBookings: string; middleGain: string };
        bands: Band[];
      };
    }>(`{ attainmentDistribution(period: "FY2026-Q1") {
          repCount movingTheMiddle { middleRepCount middleBookings middleGain }
          bands { band repCount bookings reps { rank name rep { name } bookings quota attainment } } } }`);
    const dist = res.attainmentDistribution;
    expect(dist.repCount).toBe(10);
    const summary = dist.bands.map((b) => [b.band, b.repCount, b.bookings, b.reps.map((r) => `${r.rank} ${r.name}`)]);
    expect(summary).toEqual([
      ['BOTTOM_20', 2, '4000.00', ['1 R02', '2 R03']],
      ['MIDDLE_60', 6, '52000.00', ['3 R04', '4 R01', '5 R05', '6 R06', '7 R07', '8 R08']],
      ['TOP_20', 2, '35000.00', ['9 R09', '10 R10']],
    ]);
    // The middle band is the one movingTheMiddle counts.
    expect(dist.movingTheMiddle).toEqual({ middleRepCount: 6, middleBookings: '52000.00', middleGain: '2600.00' });
    const r08 = dist.bands[1]?.reps.at(-1);
    expect(r08).toEqual({
      rank: 8,
      name: 'R08',
      rep: { name: 'R08' },
      bookings: '15000.00',
      quota: '10000.00',
      attainment: '1.5',
    });
  });

  it('with fewer than 5 reps nobody is cut: every rep is in the middle', async () => {
    // One rep in scope: floor(1 x 0.2) = 0 cut at each end.
    const r05 = await db.prisma.rep.findFirstOrThrow({ where: { name: 'R05' } });
    const one = await client.data<{ attainmentDistribution: { bands: Band[] } }>(
      `query($scope: PerformanceScope) { attainmentDistribution(period: "FY2026-Q1", scope: $scope) {
         bands { band repCount reps { rank name } } } }`,
      { scope: { repId: toGlobalId('Rep', r05.id) } },
    );
    expect(one.attainmentDistribution.bands).toEqual([
      { band: 'BOTTOM_20', repCount: 0, reps: [] },
      { band: 'MIDDLE_60', repCount: 1, reps: [{ rank: 1, name: 'R05' }] },
      { band: 'TOP_20', repCount: 0, reps: [] },
    ]);
    // No rep at all (a region nobody is in): three empty bands.
    const empty = await client.data<{ attainmentDistribution: { bands: Band[] } }>(
      `{ attainmentDistribution(period: "FY2026-Q1", scope: { region: "EMEA" }) { bands { band repCount reps { name } } } }`,
    );
    expect(empty.attainmentDistribution.bands.map((b) => [b.band, b.repCount])).toEqual([
      ['BOTTOM_20', 0],
      ['MIDDLE_60', 0],
      ['TOP_20', 0],
    ]);
  });
});
