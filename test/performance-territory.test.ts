// Territory attainment (issue 18, defect 2; docs/design.md §5 Groupings) and the rounding of
// credit (defect 9; §11), on a hand-sized fixture whose every number is worked out below, through
// the GraphQL server, as an admin, a manager-bound and a rep-bound caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// Fiscal years start in February: FY2027-Q1 is 2026-02-01 .. 2026-05-01, its months M02
// 2026-03-01 .. 04-01 and M03 04-01 .. 05-01; FY2027-Q2 is 2026-05-01 .. 08-01.
//
// People (role, manager, FY2027-Q1 quota, territory assignments, all from 2025-01-01):
//   Mona  MANAGER  -     -        none
//   Eve   AE       Mona  40,000   PRIMARY East
//   Wes   AE       Mona  30,000   PRIMARY West
//   Dee   AE       Mona  20,000   PRIMARY West; PRIMARY East until 2026-04-01 (exclusive)
//   Amy   AM       Mona  10,000   OVERLAY East (an account manager: no PRIMARY territory)
//   Sam   SE       Mona   2,000   OVERLAY West (an overlay quota)
//   Zed   AE       -      5,000   none
// Accounts: AcE in East, AcW in West, AcN without territory.
//
// Deals (created 2026-02-02, amount, account, closing):
//   E1  Eve  10,000 WON   AcE 02-20
//   E2  Amy   6,000 WON   AcE 03-10
//   D1  Dee   4,000 WON   AcW 03-01
//   D2  Dee   2,000 WON   AcE 04-15 (M03: Dee is no longer PRIMARY in East)
//   W1  Wes   8,000 WON   AcW 03-20, REVENUE Wes 50% / Eve 50%, OVERLAY Sam 100%
//   L1  Wes   3,000 LOST  AcW 03-05
//   N1  Zed   1,000 WON   AcN 02-25
//   N2  Eve     500 WON   AcN 02-26
//   O1  Eve   5,000 PROPOSAL AcE 04-20 (open)
//
// FY2027-Q1 by TERRITORY. A row measures its PRIMARY reps: their quotas against their credit on
// deals of the territory's accounts; everyone else's credit there is the row's overlayBookings,
// the quotas of its OVERLAY reps its overlayQuota.
//   East: members Eve, Dee. Bookings E1 10,000 + D2 2,000 = 12,000; quota 40,000 + 20,000 =
//         60,000; attainment 0.2; won 2. O1 open 5,000. Overlay: E2 Amy 6,000; Amy's 10,000.
//   West: members Wes, Dee. Bookings D1 4,000 + Wes's half of W1 4,000 = 8,000; quota 30,000 +
//         20,000 = 50,000; attainment 0.16; won 2 (D1, W1), lost 1 (L1). Overlay: Eve's half of
//         W1 4,000 + Sam's overlay split of W1 8,000 = 12,000; Sam's 2,000.
//   No territory: members are the reps without a PRIMARY territory (Amy, Sam, Zed, Mona), with
//         all their revenue credit: E2 6,000 + N1 1,000 = 7,000; quota Amy 10,000 + Zed 5,000 =
//         15,000 (Sam's overlay quota and Mona never count in a team row); attainment 0.466667;
//         won 2. Overlay: credit on AcN of reps who have a territory: N2 Eve 500; quota 0.
//   Total: revenue credit once: 10,000 + 6,000 + 4,000 + 2,000 + 8,000 + 1,000 + 500 = 31,500;
//         quota 40,000 + 30,000 + 20,000 + 10,000 + 5,000 = 105,000 (Dee once); attainment 0.3.
// The rows' quotas add up to 125,000: Dee is in two rows. Their bookings add up to 27,000: Eve's
// 4,000 on West and her 500 on AcN are only overlay credit.
// Before issue 18 a territory's bookings were all revenue credit on its accounts (East 18,000
// with Amy's E2; No territory 1,500 of AcN deals against Amy's and Zed's 15,000).

const d = (s: string) => new Date(`${s}T00:00:00Z`);

let db: TestDatabase;
let client: TestClient;
let organizationId: number;
const reps: Record<string, number> = {};
const territories: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  organizationId = (
    await prisma.organization.create({ data: { name: 'Terr Co', slug: 'terr', fiscalYearStartMonth: 2 } })
  ).id;
  const people: [string, 'MANAGER' | 'AE' | 'AM' | 'SE', string | null, string | null][] = [
    ['Mona', 'MANAGER', null, null],
    ['Eve', 'AE', 'Mona', '40000.00'],
    ['Wes', 'AE', 'Mona', '30000.00'],
    ['Dee', 'AE', 'Mona', '20000.00'],
    ['Amy', 'AM', 'Mona', '10000.00'],
    ['Sam', 'SE', 'Mona', '2000.00'],
    ['Zed', 'AE', null, '5000.00'],
  ];
  const plan = await prisma.salesPlan.create({
    data: { organizationId, fiscalYear: 2027, name: 'FY2027', status: 'ACTIVE' },
  });
  for (const [name, role, manager, quota] of people) {
    const rep = await prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}@terr.test`,
        role,
        region: 'NA',
        managerId: manager ? reps[manager] : null,
        hireDate: d('2024-01-15'),
      },
    });
    reps[name] = rep.id;
    if (quota) {
      await prisma.quota.create({
        data: {
          organizationId,
          salesPlanId: plan.id,
          repId: rep.id,
          periodKey: 'FY2027-Q1',
          periodStart: d('2026-02-01'),
          periodEnd: d('2026-05-01'),
          amount: quota,
        },
      });
    }
  }
  for (const name of ['East', 'West']) {
    territories[name] = (
      await prisma.territory.create({ data: { organizationId, salesPlanId: plan.id, name, kind: 'GEO' } })
    ).id;
  }
  const assign = (territory: string, rep: string, role: 'PRIMARY' | 'OVERLAY', endDate: string | null = null) =>
    prisma.territoryAssignment.create({
      data: {
        organizationId,
        territoryId: territories[territory] as number,
        repId: reps[rep] as number,
        role,
        startDate: d('2025-01-01'),
        endDate: endDate ? d(endDate) : null,
      },
    });
  await assign('East', 'Eve', 'PRIMARY');
  await assign('West', 'Wes', 'PRIMARY');
  await assign('West', 'Dee', 'PRIMARY');
  await assign('East', 'Dee', 'PRIMARY', '2026-04-01');
  await assign('East', 'Amy', 'OVERLAY');
  await assign('West', 'Sam', 'OVERLAY');

  const accounts: Record<string, number> = {};
  for (const [name, territory] of [
    ['AcE', 'East'],
    ['AcW', 'West'],
    ['AcN', null],
  ] as const) {
    accounts[name] = (
      await prisma.account.create({
        data: {
          organizationId,
          name,
          industry: 'Software',
          country: 'US',
          region: 'NA',
          employees: 100,
          segment: 'MID',
          territoryId: territory ? territories[territory] : null,
        },
      })
    ).id;
  }
  const deal = async (
    name: string,
    owner: string,
    amount: string,
    stage: 'CLOSED_WON' | 'CLOSED_LOST' | 'PROPOSAL',
    account: string,
    created: string,
    closed: string,
    splits: [string, string, 'REVENUE' | 'OVERLAY'][] = [],
  ) =>
    prisma.opportunity.create({
      data: {
        organizationId,
        name,
        ownerId: reps[owner] as number,
        accountId: accounts[account] as number,
        amount,
        stage,
        type: 'NEW_BUSINESS',
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
        createdDate: d(created),
        closeDate: d(closed),
        splits: {
          create: splits.map(([rep, percent, splitType]) => ({
            organizationId,
            repId: reps[rep] as number,
            percent,
            splitType,
          })),
        },
      },
    });
  await deal('E1', 'Eve', '10000.00', 'CLOSED_WON', 'AcE', '2026-02-02', '2026-02-20');
  await deal('E2', 'Amy', '6000.00', 'CLOSED_WON', 'AcE', '2026-02-02', '2026-03-10');
  await deal('D1', 'Dee', '4000.00', 'CLOSED_WON', 'AcW', '2026-02-02', '2026-03-01');
  await deal('D2', 'Dee', '2000.00', 'CLOSED_WON', 'AcE', '2026-02-02', '2026-04-15');
  await deal('W1', 'Wes', '8000.00', 'CLOSED_WON', 'AcW', '2026-02-02', '2026-03-20', [
    ['Wes', '0.5', 'REVENUE'],
    ['Eve', '0.5', 'REVENUE'],
    ['Sam', '1', 'OVERLAY'],
  ]);
  await deal('L1', 'Wes', '3000.00', 'CLOSED_LOST', 'AcW', '2026-02-02', '2026-03-05');
  await deal('N1', 'Zed', '1000.00', 'CLOSED_WON', 'AcN', '2026-02-02', '2026-02-25');
  await deal('N2', 'Eve', '500.00', 'CLOSED_WON', 'AcN', '2026-02-02', '2026-02-26');
  await deal('O1', 'Eve', '5000.00', 'PROPOSAL', 'AcE', '2026-02-02', '2026-04-20');

  // FY2027-Q2, for the rounding of credit (docs/design.md §11): created 2026-05-02, won 05-20.
  //   R1  Eve 100.00 AcE, REVENUE Eve 33.335% / Dee 33.335% / Wes 33.33%: the lines 33.335 ->
  //       33.34 (half-even: 3333.5 goes to the even 3334), 33.34 and 33.33, 100.01 in all.
  //   R2  Amy   0.69 AcE, REVENUE Amy 50% only: 0.345 -> 0.34 (half-even: 34.5 goes to the even 34;
  //       half away from zero would give 0.35).
  //   Z1  Zed   0.25 AcN and Z2 Zed 0.40 AcN: Zed's bookings 0.65, average 0.325 -> 0.32 (half-even).
  // Total 100.01 + 0.34 + 0.65 = 101.00, the sum of the lines; the exact credit is 100.995.
  await deal('R1', 'Eve', '100.00', 'CLOSED_WON', 'AcE', '2026-05-02', '2026-05-20', [
    ['Eve', '0.33335', 'REVENUE'],
    ['Dee', '0.33335', 'REVENUE'],
    ['Wes', '0.3333', 'REVENUE'],
  ]);
  await deal('R2', 'Amy', '0.69', 'CLOSED_WON', 'AcE', '2026-05-02', '2026-05-20', [['Amy', '0.5', 'REVENUE']]);
  await deal('Z1', 'Zed', '0.25', 'CLOSED_WON', 'AcN', '2026-05-02', '2026-05-20');
  await deal('Z2', 'Zed', '0.40', 'CLOSED_WON', 'AcN', '2026-05-02', '2026-05-20');

  client = await createTestClient(db);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const FIELDS = 'label bookings quota attainment wonCount lostCount openPipeline overlayBookings overlayQuota';
interface Row {
  label: string;
  bookings: string;
  quota: string;
  attainment: string | null;
  wonCount: number;
  lostCount: number;
  openPipeline: string;
  overlayBookings: string | null;
  overlayQuota: string | null;
}

const row = (
  bookings: string,
  quota: string,
  attainment: string | null,
  wonCount: number,
  lostCount: number,
  openPipeline: string,
  overlayBookings: string | null,
  overlayQuota: string | null,
) => ({ bookings, quota, attainment, wonCount, lostCount, openPipeline, overlayBookings, overlayQuota });

const byLabel = (rows: Row[]) => Object.fromEntries(rows.map(({ label, ...rest }) => [label, rest]));
const metrics = ({ label: _l, ...rest }: Row) => rest;

const EAST = row('12000.00', '60000.00', '0.2', 2, 0, '5000.00', '6000.00', '10000.00');
const WEST = row('8000.00', '50000.00', '0.16', 2, 1, '0.00', '12000.00', '2000.00');
const NO_TERRITORY = row('7000.00', '15000.00', '0.466667', 2, 0, '0.00', '500.00', '0.00');
const TOTAL = row('31500.00', '105000.00', '0.3', 7, 1, '5000.00', null, null);

async function as(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await client.request<{ performance: { rows: Row[]; total: Row } }>(
    query,
    variables,
    token ? { authorization: `Bearer ${token}` } : undefined,
  );
  expect(res.errors).toBeUndefined();
  return (res.data as NonNullable<typeof res.data>).performance;
}

const report = (args: string, token: string | null = null, variables: Record<string, unknown> = {}) =>
  as(
    token,
    `query($scope: PerformanceScope) {
       performance(${args}, scope: $scope) { rows { ${FIELDS} } total { ${FIELDS} } } }`,
    variables,
  );

const tokenOf = async (rep: string) =>
  (
    await issueApiKey(db.sql, {
      organizationId,
      name: `viewer ${rep}`,
      scopes: ['read:performance'],
      repId: reps[rep] as number,
    })
  ).token;

describe('TERRITORY grouping: the same people on both sides', () => {
  it("measures each territory's PRIMARY reps; others' credit and the OVERLAY reps' quotas are overlay figures", async () => {
    const r = await report('period: "FY2027-Q1", groupBy: TERRITORY');
    expect(byLabel(r.rows)).toEqual({ East: EAST, West: WEST, 'No territory': NO_TERRITORY });
    expect(metrics(r.total)).toEqual(TOTAL);
  });

  it('the territoryId scope measures the territory as its row does', async () => {
    const east = await report('period: "FY2027-Q1"', null, {
      scope: { territoryId: toGlobalId('Territory', territories.East as number) },
    });
    expect(metrics(east.total)).toEqual(EAST);
    // Its REP rows are its PRIMARY reps' credit on its accounts: Eve E1 10,000 against 40,000,
    // Dee D2 2,000 against 20,000; Amy (OVERLAY) has no row. Overlay figures only in the total.
    const reps = await report('period: "FY2027-Q1", groupBy: REP', null, {
      scope: { territoryId: toGlobalId('Territory', territories.East as number) },
    });
    expect(byLabel(reps.rows)).toEqual({
      Dee: row('2000.00', '20000.00', '0.1', 1, 0, '0.00', null, null),
      Eve: row('10000.00', '40000.00', '0.25', 1, 0, '5000.00', null, null),
    });
  });

  it('membership is per period: in M03 Dee is no longer PRIMARY in East', async () => {
    const res = await client.data<{
      performanceTrend: { points: { period: { key: string }; rows: Row[] }[] };
    }>(`{ performanceTrend(period: "FY2027-M03", periods: 2, groupBy: TERRITORY) {
           points { period { key } rows { ${FIELDS} } } } }`);
    const [m02, m03] = res.performanceTrend.points.map((p) => byLabel(p.rows));
    // M02: E2 (Amy, overlay) closes in East, nothing of its members: bookings 0, overlay 6,000.
    // West: D1 4,000 + Wes's half of W1 4,000; overlay Eve's half 4,000 + Sam's 8,000; L1 lost.
    // No territory: Amy's E2 6,000.
    expect([m02?.East?.bookings, m02?.East?.overlayBookings]).toEqual(['0.00', '6000.00']);
    expect([m02?.West?.bookings, m02?.West?.overlayBookings, m02?.West?.lostCount]).toEqual(['8000.00', '12000.00', 1]);
    expect(m02?.['No territory']?.bookings).toBe('6000.00');
    // M03: D2 (Dee, 2,000 on AcE) is East's overlay credit now; O1 (Eve) is East's open pipeline.
    expect([m03?.East?.bookings, m03?.East?.overlayBookings, m03?.East?.openPipeline]).toEqual([
      '0.00',
      '2000.00',
      '5000.00',
    ]);
  });

  it("a manager-bound caller sees her team's territories without Zed", async () => {
    const r = await report('period: "FY2027-Q1", groupBy: TERRITORY', await tokenOf('Mona'));
    // Mona sees herself, Eve, Wes, Dee, Amy and Sam. East and West as above; No territory loses
    // Zed's N1 1,000 and quota 5,000: 6,000 against 10,000. Total 31,500 - 1,000 = 30,500 against
    // 105,000 - 5,000 = 100,000.
    expect(byLabel(r.rows)).toEqual({
      East: EAST,
      West: WEST,
      'No territory': row('6000.00', '10000.00', '0.6', 1, 0, '0.00', '500.00', '0.00'),
    });
    expect(metrics(r.total)).toEqual(row('30500.00', '100000.00', '0.305', 6, 1, '5000.00', null, null));
  });

  it('a rep-bound caller sees only her own credit and quota in each territory', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: TERRITORY', await tokenOf('Eve'));
    // Eve: East E1 10,000 against her 40,000 (Amy's E2 and quota, Dee's D2 not visible); on West
    // her half of W1 is overlay credit (4,000), on AcN her N2 is the "No territory" overlay (500).
    // Total 10,000 + 4,000 + 500 = 14,500 against 40,000.
    expect(byLabel(r.rows)).toEqual({
      East: row('10000.00', '40000.00', '0.25', 1, 0, '5000.00', '0.00', '0.00'),
      West: row('0.00', '0.00', null, 0, 0, '0.00', '4000.00', '0.00'),
      'No territory': row('0.00', '0.00', null, 0, 0, '0.00', '500.00', '0.00'),
    });
    expect(metrics(r.total)).toEqual(row('14500.00', '40000.00', '0.3625', 3, 0, '5000.00', null, null));
  });
});

describe('credit is rounded per line, half-even, and totals are sums of the lines', () => {
  it('FY2027-Q2: the lines 33.34 + 33.34 + 33.33 + 0.34 + 0.65 = 101.00', async () => {
    const res = await client.data<{
      performance: { rows: { label: string; bookings: string; avgDealSize: string }[]; total: { bookings: string } };
    }>(`{ performance(period: "FY2027-Q2", groupBy: REP) {
           rows { label bookings avgDealSize } total { bookings avgDealSize } } }`);
    expect(res.performance.rows).toEqual([
      { label: 'Amy', bookings: '0.34', avgDealSize: '0.34' },
      { label: 'Dee', bookings: '33.34', avgDealSize: '33.34' },
      { label: 'Eve', bookings: '33.34', avgDealSize: '33.34' },
      { label: 'Wes', bookings: '33.33', avgDealSize: '33.33' },
      { label: 'Zed', bookings: '0.65', avgDealSize: '0.32' },
    ]);
    // 101.00 over the four deals: an average of 25.25.
    expect(res.performance.total).toEqual({ bookings: '101.00', avgDealSize: '25.25' });
  });
});
