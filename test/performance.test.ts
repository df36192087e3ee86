// Performance metrics (docs/design.md §5) on a hand-sized fixture whose every number is worked out by
// hand below, through the real GraphQL server; plus bad input, visibility and query counts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { ORGANIZATION_WIDE, onlyReps } from '../api/src/access/visibility.js';
import type { PrismaClient } from '../api/src/generated/prisma/client.js';
import { performance as performanceService } from '../api/src/performance/service.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// ---------------------------------------------------------------- fixture

// A hand-sized sales organization whose expected numbers are worked out by hand below. Fiscal years start in February: FY2027-Q1 is
// 2026-02-01 .. 2026-05-01 (exclusive), FY2026-Q4 is 2025-11-01 .. 2026-02-01.
//
// People (role, region, segment, manager):
//   Vera   EXECUTIVE NA   -      -
//   Mona   MANAGER   NA   -      Vera   team quota 50,000 for Q1 (a team quota: never summed)
//   Max    MANAGER   EMEA -      Vera
//   Ada    AE        NA   MID    Mona   hired 2026-01-15; monthly quotas M01-M03 10,000 each
//   Bob    AE        NA   SMB    Mona   quarter quota Q1 20,000 and month M01 5,000
//   Cy     AE        EMEA ENT    Max    monthly quotas M01-M03 8,000 each
//   Sam    SE        NA   -      Mona   quarter quota Q1 10,000 (overlay rep)
//   Nia    AE        APAC -      Max    hired 2026-02-10; no quota
// Plans: FY2027 ACTIVE (the quotas above), FY2027 DRAFT (Ada Q1 999,999: ignored), FY2026
// ARCHIVED (Ada FY2026-Q4 12,000), FY2026 DRAFT (Ada FY2026-Q4 55,555: ignored).
// Territories (FY2027 plan): NA > NA West, EMEA. PRIMARY: Ada NA West, Bob NA, Cy EMEA; Sam
// OVERLAY on NA. Accounts: Acc1 NA West, Acc2 NA, Acc3 EMEA, Acc4 none.
//
// Deals (owner, amount, stage, created -> closed, account, lines, splits):
//   D1  Ada 10,000 WON   2026-01-20 -> 2026-02-20 Acc1  P1 6,000 + P2 4,000
//   D2  Ada 20,000 WON   2026-02-01 -> 2026-04-30 Acc2  P1 20,000; REVENUE Ada 60% Bob 40%; OVERLAY Sam 100%
//   D3  Bob  5,000 WON   2026-03-01 -> 2026-05-01 Acc2  P2 5,000   (closes on the first day of Q2)
//   D4  Bob  8,000 LOST  2026-02-15 -> 2026-03-15 Acc1  P1 8,000
//   D5  Cy  12,000 WON   2026-02-10 -> 2026-03-12 Acc3  P2 12,000
//   D6  Cy   4,000 NEGOTIATION 2026-03-05 -> 2026-04-20 Acc3  P1 4,000
//   D7  Ada  6,000 PROPOSAL    2026-04-01 -> 2026-04-25 Acc1  P2 6,000; OVERLAY Sam 50%
//   D8  Nia  3,000 WON   2026-02-01 -> 2026-02-11 Acc4  P3 3,000
//   D9  Bob  7,000 DISCOVERY   2026-04-10 -> 2026-06-15 Acc2  P3 7,000
//   D10 Ada  2,500 WON   2026-01-16 -> 2026-01-31 Acc1  P1 2,500   (last day of FY2026)
// A second organization has a rep, an account and a won deal on the same dates.

const d = (s: string) => new Date(`${s}T00:00:00Z`);

interface PerformanceFixture {
  organizationId: number;
  otherOrganizationId: number;
  otherRep: number;
  reps: Record<'vera' | 'mona' | 'max' | 'ada' | 'bob' | 'cy' | 'sam' | 'nia', number>;
  territories: Record<'na' | 'naWest' | 'emea', number>;
  products: [number, number, number];
  accounts: number[];
}

async function buildPerformanceFixture(prisma: PrismaClient): Promise<PerformanceFixture> {
  const org = await prisma.organization.create({
    data: { name: 'Perf Co', slug: 'perf', fiscalYearStartMonth: 2 },
  });
  const organizationId = org.id;
  const rep = async (
    name: string,
    role: 'EXECUTIVE' | 'MANAGER' | 'AE' | 'SE',
    region: string,
    segment: 'SMB' | 'MID' | 'ENT' | null,
    managerId: number | null,
    hireDate = '2024-01-15',
  ) =>
    (
      await prisma.rep.create({
        data: {
          organizationId,
          name,
          email: `${name.toLowerCase()}@perf.test`,
          role,
          region,
          segment,
          managerId,
          hireDate: d(hireDate),
        },
      })
    ).id;
  const vera = await rep('Vera', 'EXECUTIVE', 'NA', null, null);
  const mona = await rep('Mona', 'MANAGER', 'NA', null, vera);
  const max = await rep('Max', 'MANAGER', 'EMEA', null, vera);
  const ada = await rep('Ada', 'AE', 'NA', 'MID', mona, '2026-01-15');
  const bob = await rep('Bob', 'AE', 'NA', 'SMB', mona);
  const cy = await rep('Cy', 'AE', 'EMEA', 'ENT', max);
  const sam = await rep('Sam', 'SE', 'NA', null, mona);
  const nia = await rep('Nia', 'AE', 'APAC', null, max, '2026-02-10');

  const plan = (fiscalYear: number, status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED') =>
    prisma.salesPlan.create({ data: { organizationId, fiscalYear, name: `FY${fiscalYear} ${status}`, status } });
  const active = await plan(2027, 'ACTIVE');
  const draft = await plan(2027, 'DRAFT');
  const archived = await plan(2026, 'ARCHIVED');
  const draft26 = await plan(2026, 'DRAFT');
  const months: Record<string, [string, string]> = {
    'FY2027-M01': ['2026-02-01', '2026-03-01'],
    'FY2027-M02': ['2026-03-01', '2026-04-01'],
    'FY2027-M03': ['2026-04-01', '2026-05-01'],
    'FY2027-Q1': ['2026-02-01', '2026-05-01'],
    'FY2026-Q4': ['2025-11-01', '2026-02-01'],
  };
  const quota = (salesPlanId: number, repId: number, periodKey: string, amount: string) => {
    const [start, end] = months[periodKey] as [string, string];
    return prisma.quota.create({
      data: { organizationId, salesPlanId, repId, periodKey, periodStart: d(start), periodEnd: d(end), amount },
    });
  };
  for (const m of ['FY2027-M01', 'FY2027-M02', 'FY2027-M03']) {
    await quota(active.id, ada, m, '10000.00');
    await quota(active.id, cy, m, '8000.00');
  }
  await quota(active.id, bob, 'FY2027-Q1', '20000.00');
  await quota(active.id, bob, 'FY2027-M01', '5000.00');
  await quota(active.id, sam, 'FY2027-Q1', '10000.00');
  await quota(active.id, mona, 'FY2027-Q1', '50000.00');
  await quota(draft.id, ada, 'FY2027-Q1', '999999.00');
  await quota(archived.id, ada, 'FY2026-Q4', '12000.00');
  await quota(draft26.id, ada, 'FY2026-Q4', '55555.00');

  const territory = (name: string, parentId: number | null) =>
    prisma.territory.create({ data: { organizationId, salesPlanId: active.id, name, kind: 'GEO', parentId } });
  const na = await territory('NA', null);
  const naWest = await territory('NA West', na.id);
  const emea = await territory('EMEA', null);
  const assign = (territoryId: number, repId: number, role: 'PRIMARY' | 'OVERLAY', startDate: string) =>
    prisma.territoryAssignment.create({
      data: { organizationId, territoryId, repId, role, startDate: d(startDate) },
    });
  await assign(naWest.id, ada, 'PRIMARY', '2026-02-01');
  await assign(na.id, bob, 'PRIMARY', '2025-01-01');
  await assign(emea.id, cy, 'PRIMARY', '2025-01-01');
  await assign(na.id, sam, 'OVERLAY', '2025-01-01');

  const products: number[] = [];
  for (const name of ['P1', 'P2', 'P3']) {
    products.push(
      (await prisma.product.create({ data: { organizationId, name, family: 'Core', listPrice: '100.00' } })).id,
    );
  }
  const [p1, p2, p3] = products as [number, number, number];
  const accounts: number[] = [];
  for (const [i, territoryId] of [naWest.id, na.id, emea.id, null].entries()) {
    accounts.push(
      (
        await prisma.account.create({
          data: {
            organizationId,
            name: `Acc${i + 1}`,
            industry: 'Software',
            country: 'US',
            region: 'NA',
            employees: 500,
            segment: 'MID',
            territoryId,
          },
        })
      ).id,
    );
  }
  const [acc1, acc2, acc3, acc4] = accounts as [number, number, number, number];

  type Stage = 'CLOSED_WON' | 'CLOSED_LOST' | 'NEGOTIATION' | 'PROPOSAL' | 'DISCOVERY';
  const deal = async (
    name: string,
    ownerId: number,
    amount: string,
    stage: Stage,
    created: string,
    closed: string,
    accountId: number,
    lines: [number, string][],
    splits: [number, string, 'REVENUE' | 'OVERLAY'][] = [],
  ) =>
    prisma.opportunity.create({
      data: {
        organizationId,
        name,
        ownerId,
        amount,
        stage,
        type: 'NEW_BUSINESS',
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
        createdDate: d(created),
        closeDate: d(closed),
        accountId,
        lineItems: {
          create: lines.map(([productId, total]) => ({
            organizationId,
            productId,
            quantity: '1',
            unitPrice: total,
            totalPrice: total,
          })),
        },
        splits: {
          create: splits.map(([repId, percent, splitType]) => ({ organizationId, repId, percent, splitType })),
        },
      },
    });
  await deal('D1', ada, '10000.00', 'CLOSED_WON', '2026-01-20', '2026-02-20', acc1, [
    [p1, '6000.00'],
    [p2, '4000.00'],
  ]);
  await deal(
    'D2',
    ada,
    '20000.00',
    'CLOSED_WON',
    '2026-02-01',
    '2026-04-30',
    acc2,
    [[p1, '20000.00']],
    [
      [ada, '0.6', 'REVENUE'],
      [bob, '0.4', 'REVENUE'],
      [sam, '1', 'OVERLAY'],
    ],
  );
  await deal('D3', bob, '5000.00', 'CLOSED_WON', '2026-03-01', '2026-05-01', acc2, [[p2, '5000.00']]);
  await deal('D4', bob, '8000.00', 'CLOSED_LOST', '2026-02-15', '2026-03-15', acc1, [[p1, '8000.00']]);
  await deal('D5', cy, '12000.00', 'CLOSED_WON', '2026-02-10', '2026-03-12', acc3, [[p2, '12000.00']]);
  await deal('D6', cy, '4000.00', 'NEGOTIATION', '2026-03-05', '2026-04-20', acc3, [[p1, '4000.00']]);
  await deal(
    'D7',
    ada,
    '6000.00',
    'PROPOSAL',
    '2026-04-01',
    '2026-04-25',
    acc1,
    [[p2, '6000.00']],
    [[sam, '0.5', 'OVERLAY']],
  );
  await deal('D8', nia, '3000.00', 'CLOSED_WON', '2026-02-01', '2026-02-11', acc4, [[p3, '3000.00']]);
  await deal('D9', bob, '7000.00', 'DISCOVERY', '2026-04-10', '2026-06-15', acc2, [[p3, '7000.00']]);
  await deal('D10', ada, '2500.00', 'CLOSED_WON', '2026-01-16', '2026-01-31', acc1, [[p1, '2500.00']]);

  // Another organization with a deal on the same dates: never counted.
  const other = await prisma.organization.create({
    data: { name: 'Other', slug: 'perf-other', fiscalYearStartMonth: 2 },
  });
  const otherRep = await prisma.rep.create({
    data: {
      organizationId: other.id,
      name: 'Olga',
      email: 'olga@other.test',
      role: 'AE',
      region: 'NA',
      hireDate: d('2024-01-01'),
    },
  });
  const otherAccount = await prisma.account.create({
    data: {
      organizationId: other.id,
      name: 'Other Acc',
      industry: 'Software',
      country: 'US',
      region: 'NA',
      employees: 10,
      segment: 'SMB',
    },
  });
  await prisma.opportunity.create({
    data: {
      organizationId: other.id,
      name: 'Other deal',
      ownerId: otherRep.id,
      accountId: otherAccount.id,
      amount: '77777.00',
      stage: 'CLOSED_WON',
      type: 'NEW_BUSINESS',
      forecastCategory: 'CLOSED',
      createdDate: d('2026-02-01'),
      closeDate: d('2026-02-15'),
    },
  });
  return {
    organizationId,
    otherOrganizationId: other.id,
    otherRep: otherRep.id,
    reps: { vera, mona, max, ada, bob, cy, sam, nia },
    territories: { na: na.id, naWest: naWest.id, emea: emea.id },
    products: [p1, p2, p3],
    accounts,
  };
}

// ---------------------------------------------------------------- helpers

const ROW = `key label bookings quota attainment wonCount lostCount winRate avgDealSize salesCycleDays
  pipelineCreated openPipeline openCount weightedPipeline coverage velocity`;

interface Row {
  key?: string;
  label?: string;
  bookings: string;
  quota: string;
  attainment: string | null;
  wonCount: number;
  lostCount: number;
  winRate: string | null;
  avgDealSize: string | null;
  salesCycleDays: string | null;
  pipelineCreated: string;
  openPipeline: string;
  openCount: number;
  weightedPipeline: string;
  coverage: string | null;
  velocity: string | null;
}

/** Expected metrics, in the order of docs/design.md §5 (plus openCount after openPipeline). */
function m(
  bookings: string,
  quota: string,
  attainment: string | null,
  wonCount: number,
  lostCount: number,
  winRate: string | null,
  avgDealSize: string | null,
  salesCycleDays: string | null,
  pipelineCreated: string,
  openPipeline: string,
  openCount: number,
  weightedPipeline: string,
  coverage: string | null,
  velocity: string | null,
): Row {
  return {
    bookings,
    quota,
    attainment,
    wonCount,
    lostCount,
    winRate,
    avgDealSize,
    salesCycleDays,
    pipelineCreated,
    openPipeline,
    openCount,
    weightedPipeline,
    coverage,
    velocity,
  };
}

const metricsOnly = ({ key: _k, label: _l, ...rest }: Row) => rest;
const ZERO = m('0.00', '0.00', null, 0, 0, null, null, null, '0.00', '0.00', 0, '0.00', null, null);

// FY2027-Q1 (2026-02-01 .. 2026-05-01). In Q1: D1, D2, D5, D8 won (D3 closes 2026-05-01, in Q2;
// D10 closes 2026-01-31, in FY2026); D4 lost; D6, D7 open closing in Q1; D9 open closing in Q2.
// Cycle days: D1 31 (01-20 -> 02-20), D2 88 (02-01 -> 04-30), D5 30, D8 10, D3 61, D10 15.
// Velocity = openCount x winRate x avgDealSize / salesCycleDays
//          = openCount x bookings x wonCount / ((wonCount + lostCount) x sum of cycle days).

// Ada: D1 100% (10,000), D2 60% (12,000) won; D7 open 6,000 x 0.6. Quota 3 x 10,000.
// Created in Q1: D2 12,000 + D7 6,000. Coverage 6,000 / 8,000. Velocity 1 x 22,000 x 2 / (2 x 119).
const ADA = m(
  '22000.00',
  '30000.00',
  '0.733333',
  2,
  0,
  '1',
  '11000.00',
  '59.5',
  '18000.00',
  '6000.00',
  1,
  '3600.00',
  '0.75',
  '184.87',
);
// Bob: D2 40% (8,000) won, D4 lost; created D2 8,000 + D3 5,000 + D4 8,000 + D9 7,000. Quota: the
// Q1 row 20,000 (his month row M01 5,000 is inside the quarter row and does not add).
const BOB = m('8000.00', '20000.00', '0.4', 1, 1, '0.5', '8000.00', '88', '28000.00', '0.00', 0, '0.00', '0', '0.00');
// Cy: D5 won 12,000; D6 open 4,000 x 0.8. Coverage 4,000 / 12,000. Velocity 1 x 12,000 x 1 / 30.
const CY = m(
  '12000.00',
  '24000.00',
  '0.5',
  1,
  0,
  '1',
  '12000.00',
  '30',
  '16000.00',
  '4000.00',
  1,
  '3200.00',
  '0.333333',
  '400.00',
);
// Nia: D8 won 3,000, no quota: attainment and coverage null.
const NIA = m('3000.00', '0.00', null, 1, 0, '1', '3000.00', '10', '3000.00', '0.00', 0, '0.00', null, '0.00');
// Sam (SE): overlay D2 100% (20,000) and D7 50% (3,000 x 0.6). His own quota 10,000: above it, so
// no coverage. Velocity 1 x 20,000 x 1 / 88.
const SAM = m(
  '20000.00',
  '10000.00',
  '2',
  1,
  0,
  '1',
  '20000.00',
  '88',
  '23000.00',
  '3000.00',
  1,
  '1800.00',
  null,
  '227.27',
);
// Team total: revenue credit only, each deal once. Bookings D1 + D2 + D5 + D8 = 45,000; quota of
// Ada, Bob, Cy = 74,000 (Sam's overlay quota, Mona's team quota and the DRAFT plan left out).
// Created in Q1: D2 20,000 + D3 5,000 + D4 8,000 + D5 12,000 + D6 4,000 + D7 6,000 + D8 3,000 +
// D9 7,000 = 65,000. Cycle 159 / 4. Coverage 10,000 / 29,000. Velocity 2 x 45,000 x 4 / (5 x 159).
const TOTAL_Q1 = m(
  '45000.00',
  '74000.00',
  '0.608108',
  4,
  1,
  '0.8',
  '11250.00',
  '39.75',
  '65000.00',
  '10000.00',
  2,
  '6800.00',
  '0.344828',
  '452.83',
);
// Mona's team (Ada, Bob): D1, D2 (60% + 40% = the whole deal, counted once) won, D4 lost, D7 open.
// Created D2 20,000 + D3 5,000 + D4 8,000 + D7 6,000 + D9 7,000. Velocity 1 x 30,000 x 2 / (3 x 119).
const MONA = m(
  '30000.00',
  '50000.00',
  '0.6',
  2,
  1,
  '0.666667',
  '15000.00',
  '59.5',
  '46000.00',
  '6000.00',
  1,
  '3600.00',
  '0.3',
  '168.07',
);
// Max's team (Cy, Nia): D5, D8 won, D6 open. Coverage 4,000 / 9,000. Velocity 1 x 15,000 x 2 / (2 x 40).
const MAX = m(
  '15000.00',
  '24000.00',
  '0.625',
  2,
  0,
  '1',
  '7500.00',
  '20',
  '19000.00',
  '4000.00',
  1,
  '3200.00',
  '0.444444',
  '375.00',
);

let db: TestDatabase;
let client: TestClient;
let fx: PerformanceFixture;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildPerformanceFixture(db.prisma);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const repId = (name: keyof PerformanceFixture['reps']) => toGlobalId('Rep', fx.reps[name]);

async function report(args: string, variables: Record<string, unknown> = {}) {
  const res = await client.data<{ performance: { rows: Row[]; total: Row } }>(
    `query($scope: PerformanceScope) { performance(${args}, scope: $scope) { rows { ${ROW} } total { ${ROW} } } }`,
    variables,
  );
  return res.performance;
}

function byLabel(rows: Row[]): Record<string, Row> {
  return Object.fromEntries(rows.map((r) => [r.label as string, metricsOnly(r)]));
}

async function errorOf(query: string, variables: Record<string, unknown> = {}) {
  const res = await client.request(query, variables);
  expect(res.data ?? null).toBeNull();
  return res.errors?.[0];
}

// ---------------------------------------------------------------- groupings

describe('performance for FY2027-Q1', () => {
  it('REP: every credited rep, overlay included; the total counts revenue credit once', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: REP');
    expect(r.rows.map((x) => x.label)).toEqual(['Ada', 'Bob', 'Cy', 'Nia', 'Sam']);
    expect(byLabel(r.rows)).toEqual({ Ada: ADA, Bob: BOB, Cy: CY, Nia: NIA, Sam: SAM });
    expect(metricsOnly(r.total)).toEqual(TOTAL_Q1);
    expect(r.total.key).toBe('TOTAL');
  });

  it("MANAGER: teams of direct reports, the split deal counted once in Mona's team", async () => {
    const r = await report('period: "FY2027-Q1", groupBy: MANAGER');
    expect(byLabel(r.rows)).toEqual({ Max: MAX, Mona: MONA });
    expect(metricsOnly(r.total)).toEqual(TOTAL_Q1);
  });

  it('REGION and SEGMENT: by the credited rep', async () => {
    const region = await report('period: "FY2027-Q1", groupBy: REGION');
    // APAC is Nia; EMEA is Cy; NA is Ada and Bob (Sam's overlay credit and quota stay out).
    expect(byLabel(region.rows)).toEqual({ APAC: NIA, EMEA: CY, NA: MONA });
    const segment = await report('period: "FY2027-Q1", groupBy: SEGMENT');
    expect(byLabel(segment.rows)).toEqual({ ENT: CY, MID: ADA, SMB: BOB, 'No segment': NIA });
    expect(segment.rows.find((x) => x.label === 'No segment')?.key).toBe('');
    expect(metricsOnly(segment.total)).toEqual(TOTAL_Q1);
  });

  it('TERRITORY: the PRIMARY reps of each territory, their quotas against their credit there', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: TERRITORY');
    // PRIMARY: Ada NA West (from 2026-02-01), Bob NA, Cy EMEA; Sam (OVERLAY) and Nia have none.
    // test/performance-territory.test.ts covers the overlay figures.
    expect(byLabel(r.rows)).toEqual({
      EMEA: CY,
      // Bob's 40% of D2 (88 days); Ada's 60% and Sam's overlay split are NA's overlay credit.
      // Created: Bob's D2 line 8,000 + D3 5,000 + D9 7,000. Coverage 0 / (20,000 - 8,000).
      NA: m('8000.00', '20000.00', '0.4', 1, 0, '1', '8000.00', '88', '20000.00', '0.00', 0, '0.00', '0', '0.00'),
      // Ada: D1 won (31 days), D7 open; Bob's lost D4 on Acc1 is not NA West's. Quota Ada 30,000.
      // Velocity 1 x 10,000 x 1 / (1 x 31).
      'NA West': m(
        '10000.00',
        '30000.00',
        '0.333333',
        1,
        0,
        '1',
        '10000.00',
        '31',
        '6000.00',
        '6000.00',
        1,
        '3600.00',
        '0.3',
        '322.58',
      ),
      // The reps without a PRIMARY territory: Nia's D8 (Sam's credit is overlay credit only).
      'No territory': NIA,
    });
    expect(metricsOnly(r.total)).toEqual(TOTAL_Q1);
  });

  it('PRODUCT: line-item totals, no quota', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: PRODUCT');
    expect(byLabel(r.rows)).toEqual({
      // D1 6,000 + D2 20,000 won (31, 88 days), D4 lost; D6 4,000 open; created D2 + D4 + D6.
      // Velocity 1 x 26,000 x 2 / (3 x 119).
      P1: m(
        '26000.00',
        '0.00',
        null,
        2,
        1,
        '0.666667',
        '13000.00',
        '59.5',
        '32000.00',
        '4000.00',
        1,
        '3200.00',
        null,
        '145.66',
      ),
      // D1 4,000 + D5 12,000 won (31, 30 days); D7 open; created D3 + D5 + D7. 1 x 16,000 x 2 / (2 x 61).
      P2: m(
        '16000.00',
        '0.00',
        null,
        2,
        0,
        '1',
        '8000.00',
        '30.5',
        '23000.00',
        '6000.00',
        1,
        '3600.00',
        null,
        '262.30',
      ),
      // D8 won; D9 created in Q1 (closes in Q2).
      P3: m('3000.00', '0.00', null, 1, 0, '1', '3000.00', '10', '10000.00', '0.00', 0, '0.00', null, '0.00'),
    });
    expect(metricsOnly(r.total)).toEqual(TOTAL_Q1);
  });

  it("MONTH: each metric in the month of its own date; Bob's quarter spread over his other months", async () => {
    const r = await report('period: "FY2027-Q1", groupBy: MONTH');
    expect(r.rows.map((x) => x.key)).toEqual(['FY2027-M01', 'FY2027-M02', 'FY2027-M03']);
    // Bob's M02 and M03 have no row: each gets (20,000 - his M01 row 5,000) / 2 = 7,500 of his
    // Q1 row (docs/design.md §5, down by spreading), so the months add up to Q1's 74,000.
    expect(byLabel(r.rows)).toEqual({
      // D1 + D8 won; created D2, D4, D5, D8; quota Ada 10,000 + Bob's M01 row 5,000 + Cy 8,000.
      'FY2027-M01': m(
        '13000.00',
        '23000.00',
        '0.565217',
        2,
        0,
        '1',
        '6500.00',
        '20.5',
        '43000.00',
        '0.00',
        0,
        '0.00',
        '0',
        '0.00',
      ),
      // D5 won, D4 lost; created D3, D6. Quota 10,000 + 7,500 + 8,000; 12,000 / 25,500 = 0.470588.
      'FY2027-M02': m(
        '12000.00',
        '25500.00',
        '0.470588',
        1,
        1,
        '0.5',
        '12000.00',
        '30',
        '9000.00',
        '0.00',
        0,
        '0.00',
        '0',
        '0.00',
      ),
      // D2 won on 04-30 (the last day); D6, D7 open; created D7, D9. 2 x 20,000 x 1 / 88.
      // 20,000 / 25,500 = 0.784314; coverage 10,000 / (25,500 - 20,000) = 1.818182.
      'FY2027-M03': m(
        '20000.00',
        '25500.00',
        '0.784314',
        1,
        0,
        '1',
        '20000.00',
        '88',
        '13000.00',
        '10000.00',
        2,
        '6800.00',
        '1.818182',
        '454.55',
      ),
    });
    expect(metricsOnly(r.total)).toEqual(TOTAL_Q1);
  });

  it('QUARTER over the year: D3, closing on 2026-05-01, is in Q2', async () => {
    const r = await report('period: "FY2027", groupBy: QUARTER');
    expect(r.rows.map((x) => x.key)).toEqual(['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4']);
    const rows = byLabel(r.rows);
    expect(rows['FY2027-Q1']).toEqual(TOTAL_Q1);
    // D3 won (61 days); D9 open 7,000 x 0.4; no Q2 quota. Velocity 1 x 5,000 x 1 / 61.
    expect(rows['FY2027-Q2']).toEqual(
      m('5000.00', '0.00', null, 1, 0, '1', '5000.00', '61', '0.00', '7000.00', 1, '2800.00', null, '81.97'),
    );
    expect(rows['FY2027-Q3']).toEqual(ZERO);
    // The year: quotas 74,000; D1..D9 less D4 lost; created as in Q1; cycle 220 / 5; open D6, D7, D9
    // 17,000 against 24,000 left; velocity 3 x 50,000 x 5 / (6 x 220).
    expect(metricsOnly(r.total)).toEqual(
      m(
        '50000.00',
        '74000.00',
        '0.675676',
        5,
        1,
        '0.833333',
        '10000.00',
        '44',
        '65000.00',
        '17000.00',
        3,
        '9600.00',
        '0.708333',
        '568.18',
      ),
    );
  });

  it('without groupBy: only the total', async () => {
    const r = await report('period: "FY2027-Q1"');
    expect(r.rows).toEqual([]);
    expect(metricsOnly(r.total)).toEqual(TOTAL_Q1);
  });

  it('sorts by a metric and keeps the first rows, with the rep object', async () => {
    const res = await client.data<{
      performance: { rows: { label: string; attainment: string; rep: { name: string } }[] };
    }>(
      `{ performance(period: "FY2027-Q1", groupBy: REP, orderBy: { metric: ATTAINMENT }, first: 3) {
          rows { label attainment rep { name email } } } }`,
    );
    expect(res.performance.rows).toEqual([
      { label: 'Sam', attainment: '2', rep: { name: 'Sam', email: 'sam@perf.test' } },
      { label: 'Ada', attainment: '0.733333', rep: { name: 'Ada', email: 'ada@perf.test' } },
      { label: 'Cy', attainment: '0.5', rep: { name: 'Cy', email: 'cy@perf.test' } },
    ]);
  });
});

describe('scopes', () => {
  it("a manager's subtree", async () => {
    const r = await report('period: "FY2027-Q1", groupBy: REP', { scope: { repId: repId('mona') } });
    expect(byLabel(r.rows)).toEqual({ Ada: ADA, Bob: BOB, Sam: SAM });
    expect(metricsOnly(r.total)).toEqual(MONA);
  });

  it('a territory and its children: deals of their accounts, quotas of their PRIMARY reps', async () => {
    const r = await report('period: "FY2027-Q1"', {
      scope: { territoryId: toGlobalId('Territory', fx.territories.na) },
    });
    expect(metricsOnly(r.total)).toEqual(MONA);
  });

  it('a product: its line items only, credited by split', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: REP', {
      scope: { productId: toGlobalId('Product', fx.products[0]) },
    });
    const rows = byLabel(r.rows);
    // Ada: D1's P1 line 6,000 + 60% of D2's 20,000.
    expect(rows.Ada?.bookings).toBe('18000.00');
    expect(rows.Ada?.quota).toBe('0.00');
    expect(r.total.bookings).toBe('26000.00');
    expect(r.total.attainment).toBeNull();
  });

  it('region and segment together', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: REP', { scope: { region: 'NA', segment: 'SMB' } });
    expect(byLabel(r.rows)).toEqual({ Bob: BOB });
  });

  it('an empty scope gives an empty, well-formed result', async () => {
    const r = await report('period: "FY2027-Q1", groupBy: REP', { scope: { region: 'Mars' } });
    expect(r.rows).toEqual([]);
    expect(metricsOnly(r.total)).toEqual(ZERO);
  });

  it('the visible-rep set (issue 9) restricts credit and quotas', async () => {
    const ctx = {
      prisma: tenantPrisma(db.prisma, fx.organizationId),
      organizationId: fx.organizationId,
      fiscalYearStartMonth: 2,
      visibility: { ...ORGANIZATION_WIDE, reps: onlyReps([fx.reps.ada]) },
    };
    const r = await performanceService(ctx, { period: 'FY2027-Q1', groupBy: 'REP' });
    expect(r.rows.map((x) => x.label)).toEqual(['Ada']);
    expect(r.total.bookings.toFixed()).toBe('22000');
    expect(r.total.quota.toFixed()).toBe('30000');
    const outside = await performanceService(ctx, { period: 'FY2027-Q1', scope: { repId: fx.reps.max } });
    expect(outside.total.bookings.toFixed()).toBe('0');
  });

  it("through GraphQL, a rep-bound key sees its own subtree's credit and quotas (docs/design.md §2)", async () => {
    const as = async (rep: number, query: string) => {
      const key = await issueApiKey(db.sql, {
        organizationId: fx.organizationId,
        name: `viewer ${rep}`,
        scopes: ['read:performance'],
        repId: rep,
      });
      const res = await client.request<{
        performance: { rows: Row[]; total: Row };
        attainmentDistribution: { repCount: number };
      }>(query, undefined, { authorization: `Bearer ${key.token}` });
      expect(res.errors).toBeUndefined();
      return res.data as NonNullable<typeof res.data>;
    };
    const q = `{ performance(period: "FY2027-Q1", groupBy: REP) { rows { ${ROW} } total { ${ROW} } }
                 attainmentDistribution(period: "FY2027-Q1") { repCount } }`;
    // Mona (manager) sees Ada, Bob and Sam: her team's total is the MANAGER row of her team.
    const mona = await as(fx.reps.mona, q);
    expect(byLabel(mona.performance.rows)).toEqual({ Ada: ADA, Bob: BOB, Sam: SAM });
    expect(metricsOnly(mona.performance.total)).toEqual(MONA);
    expect(mona.attainmentDistribution.repCount).toBe(3);
    // Ada (a rep) sees only herself; asking for Max's subtree gives nothing of his team.
    const ada = await as(fx.reps.ada, q);
    expect(byLabel(ada.performance.rows)).toEqual({ Ada: ADA });
    expect(metricsOnly(ada.performance.total)).toEqual(ADA);
    expect(ada.attainmentDistribution.repCount).toBe(1);
    const other = await as(
      fx.reps.ada,
      `{ performance(period: "FY2027-Q1", scope: { repId: "${repId('max')}" }) { total { bookings quota } }
         attainmentDistribution(period: "FY2027-Q1") { repCount } }`,
    );
    expect(other.performance.total).toEqual({ bookings: '0.00', quota: '0.00' });
  });
});

describe('trend and comparison', () => {
  it('the last two quarters in one call; FY2026 quotas from its ARCHIVED plan', async () => {
    const res = await client.data<{
      performanceTrend: { points: { period: { key: string }; total: Row; rows: Row[] }[] };
    }>(
      `{ performanceTrend(period: "FY2027-Q1", periods: 2, groupBy: REGION) {
          points { period { key } total { ${ROW} } rows { ${ROW} } } } }`,
    );
    const [q4, q1] = res.performanceTrend.points;
    expect(q4?.period.key).toBe('FY2026-Q4');
    // D10 won 2,500 on 2026-01-31 (15 days); created D10 + D1 (2026-01-20); quota 12,000 from the
    // ARCHIVED FY2026 plan (its DRAFT's 55,555 left out).
    const FY26Q4 = m(
      '2500.00',
      '12000.00',
      '0.208333',
      1,
      0,
      '1',
      '2500.00',
      '15',
      '12500.00',
      '0.00',
      0,
      '0.00',
      '0',
      '0.00',
    );
    expect(metricsOnly(q4?.total as Row)).toEqual(FY26Q4);
    expect(byLabel(q4?.rows ?? [])).toEqual({ NA: FY26Q4 });
    expect(q1?.period.key).toBe('FY2027-Q1');
    expect(metricsOnly(q1?.total as Row)).toEqual(TOTAL_Q1);
    expect(byLabel(q1?.rows ?? [])).toEqual({ APAC: NIA, EMEA: CY, NA: MONA });
  });

  it('region NA against EMEA, with the ratio of every metric', async () => {
    const res = await client.data<{
      performanceComparison: { a: Row; b: Row; ratio: Record<string, string | null> };
    }>(
      `{ performanceComparison(period: "FY2027-Q1", a: { region: "NA" }, b: { region: "EMEA" }) {
          a { ${ROW} } b { ${ROW} } ratio { bookings quota attainment wonCount lostCount winRate avgDealSize
          salesCycleDays pipelineCreated openPipeline openCount weightedPipeline coverage velocity } } }`,
    );
    const c = res.performanceComparison;
    expect(metricsOnly(c.a)).toEqual(MONA);
    expect(metricsOnly(c.b)).toEqual(CY);
    expect(c.ratio).toEqual({
      bookings: '2.5', // 30,000 / 12,000
      quota: '2.083333', // 50,000 / 24,000
      attainment: '1.2', // 0.6 / 0.5
      wonCount: '2',
      lostCount: null, // 1 / 0
      winRate: '0.666667',
      avgDealSize: '1.25',
      salesCycleDays: '1.983333', // 59.5 / 30
      pipelineCreated: '2.875',
      openPipeline: '1.5',
      openCount: '1',
      weightedPipeline: '1.125',
      coverage: '0.900001', // 0.3 / 0.333333
      velocity: '0.420175', // 168.07 / 400
    });
  });
});

describe('attainment distribution', () => {
  it('histogram, percentiles, mean, share at or above quota, moving the middle', async () => {
    const res = await client.data<{ attainmentDistribution: Record<string, unknown> }>(
      `{ attainmentDistribution(period: "FY2027-Q1", improvement: "0.1") {
          repCount p10 p25 median p75 p90 mean repsAtOrAboveQuota shareAtOrAboveQuota
          histogram { lowerBound upperBound repCount share }
          movingTheMiddle { improvement middleRepCount middleBookings middleGain topDecileRepCount
            topDecileBookings topDecileGain middleToTopRatio } } }`,
    );
    const d = res.attainmentDistribution;
    // Reps with a quota, by attainment: Bob 0.4, Cy 0.5, Ada 0.7333.., Sam 2.0 (Nia has none).
    // Percentile p at rank h = 3p (from 0): p10 = 0.4 + 0.3 x 0.1; p25 = 0.4 + 0.75 x 0.1;
    // median = 0.5 + 0.5 x 0.2333..; p75 = 0.7333.. + 0.25 x 1.2666..; p90 = 0.7333.. + 0.7 x 1.2666..
    expect({ ...d, histogram: undefined, movingTheMiddle: undefined }).toEqual({
      repCount: 4,
      p10: '0.43',
      p25: '0.475',
      median: '0.616667',
      p75: '1.05',
      p90: '1.62',
      mean: '0.908333', // 3.6333.. / 4
      repsAtOrAboveQuota: 1,
      shareAtOrAboveQuota: '0.25',
      histogram: undefined,
      movingTheMiddle: undefined,
    });
    const histogram = d.histogram as {
      lowerBound: string;
      upperBound: string | null;
      repCount: number;
      share: string;
    }[];
    expect(histogram).toHaveLength(21);
    expect(histogram[0]).toEqual({ lowerBound: '0', upperBound: '0.1', repCount: 0, share: '0' });
    expect(histogram[20]).toEqual({ lowerBound: '2', upperBound: null, repCount: 1, share: '0.25' });
    expect(histogram.map((b) => b.repCount)).toEqual([0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // 4 reps: floor(20% of 4) = 0 on each side, so the middle is all four (62,000 of bookings);
    // the top decile is ceil(10% of 4) = 1 rep, Sam, whose average deal is 20,000.
    expect(d.movingTheMiddle).toEqual({
      improvement: '0.1',
      middleRepCount: 4,
      middleBookings: '62000.00',
      middleGain: '6200.00',
      topDecileRepCount: 1,
      topDecileBookings: '20000.00',
      topDecileGain: '20000.00',
      middleToTopRatio: '0.31',
    });
  });

  it('an empty scope has no percentiles', async () => {
    const res = await client.data<{ attainmentDistribution: Record<string, unknown> }>(
      `{ attainmentDistribution(period: "FY2027-Q1", scope: { region: "Mars" }) {
          repCount median mean shareAtOrAboveQuota movingTheMiddle { middleGain middleToTopRatio } } }`,
    );
    expect(res.attainmentDistribution).toEqual({
      repCount: 0,
      median: null,
      mean: null,
      shareAtOrAboveQuota: null,
      movingTheMiddle: { middleGain: '0.00', middleToTopRatio: null },
    });
  });
});

describe('new-hire ramp', () => {
  it('months to first deal and attainment by tenure month', async () => {
    const res = await client.data<{ newHireRamp: Record<string, unknown> }>(
      `{ newHireRamp(hiredFrom: "2026-01-01", hiredTo: "2026-03-01", months: 4, asOf: "2026-04-15") {
          repCount repsWithFirstDeal avgMonthsToFirstDeal medianMonthsToFirstDeal
          reps { name hireDate firstDealDate daysToFirstDeal monthsToFirstDeal rep { name }
                 months { tenureMonth start bookings quota attainment } }
          tenureMonths { tenureMonth repCount bookings quota attainment repsWithFirstDeal } } }`,
    );
    expect(res.newHireRamp).toEqual({
      repCount: 2,
      repsWithFirstDeal: 2,
      avgMonthsToFirstDeal: '1',
      medianMonthsToFirstDeal: '1',
      reps: [
        {
          // Hired 2026-01-15; D10 won 2026-01-31. January is FY2026-M12: the archived FY2026 plan
          // has only her Q4 row, 12,000, spread over its months: 4,000; 2,500 / 4,000 = 0.625.
          // April: 60% of D2.
          name: 'Ada',
          hireDate: '2026-01-15',
          firstDealDate: '2026-01-31',
          daysToFirstDeal: 16,
          monthsToFirstDeal: 1,
          rep: { name: 'Ada' },
          months: [
            { tenureMonth: 1, start: '2026-01-01', bookings: '2500.00', quota: '4000.00', attainment: '0.625' },
            { tenureMonth: 2, start: '2026-02-01', bookings: '10000.00', quota: '10000.00', attainment: '1' },
            { tenureMonth: 3, start: '2026-03-01', bookings: '0.00', quota: '10000.00', attainment: '0' },
            { tenureMonth: 4, start: '2026-04-01', bookings: '12000.00', quota: '10000.00', attainment: '1.2' },
          ],
        },
        {
          // Hired 2026-02-10, D8 won 2026-02-11; her 4th month (May) starts after asOf.
          name: 'Nia',
          hireDate: '2026-02-10',
          firstDealDate: '2026-02-11',
          daysToFirstDeal: 1,
          monthsToFirstDeal: 1,
          rep: { name: 'Nia' },
          months: [
            { tenureMonth: 1, start: '2026-02-01', bookings: '3000.00', quota: '0.00', attainment: null },
            { tenureMonth: 2, start: '2026-03-01', bookings: '0.00', quota: '0.00', attainment: null },
            { tenureMonth: 3, start: '2026-04-01', bookings: '0.00', quota: '0.00', attainment: null },
          ],
        },
      ],
      tenureMonths: [
        // 5,500 / 4,000 = 1.375.
        {
          tenureMonth: 1,
          repCount: 2,
          bookings: '5500.00',
          quota: '4000.00',
          attainment: '1.375',
          repsWithFirstDeal: 2,
        },
        { tenureMonth: 2, repCount: 2, bookings: '10000.00', quota: '10000.00', attainment: '1', repsWithFirstDeal: 2 },
        { tenureMonth: 3, repCount: 2, bookings: '0.00', quota: '10000.00', attainment: '0', repsWithFirstDeal: 2 },
        {
          tenureMonth: 4,
          repCount: 1,
          bookings: '12000.00',
          quota: '10000.00',
          attainment: '1.2',
          repsWithFirstDeal: 1,
        },
      ],
    });
  });
});

describe('bad input', () => {
  it('an unknown period key names the period argument', async () => {
    const e = await errorOf('{ performance(period: "FY2027-Q5") { total { bookings } } }');
    expect(e?.extensions?.code).toBe('INVALID');
    expect(e?.extensions?.field).toEqual(['period']);
    expect(e?.message).toMatch(/FY2027-Q5/);
  });

  it('a scope ID of the wrong type or of another organization', async () => {
    const q =
      'query($scope: PerformanceScope) { performance(period: "FY2027-Q1", scope: $scope) { total { bookings } } }';
    const wrongType = await errorOf(q, { scope: { repId: toGlobalId('Account', fx.accounts[0] as number) } });
    expect(wrongType?.extensions).toMatchObject({ code: 'INVALID', field: ['scope', 'repId'] });
    const foreign = await errorOf(q, { scope: { repId: toGlobalId('Rep', fx.otherRep) } });
    expect(foreign?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['scope', 'repId'] });
    const noTerritory = await errorOf(q, { scope: { territoryId: toGlobalId('Territory', 999_999) } });
    expect(noTerritory?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['scope', 'territoryId'] });
    const garbage = await errorOf(q, { scope: { productId: 'not-an-id' } });
    expect(garbage?.extensions).toMatchObject({ code: 'INVALID', field: ['scope', 'productId'] });
  });

  it('comparison, trend, grouping, distribution and ramp arguments', async () => {
    const cmp = await errorOf(
      `query($b: PerformanceScope!) { performanceComparison(period: "FY2027-Q1", a: {}, b: $b) { a { bookings } } }`,
      { b: { repId: toGlobalId('Rep', fx.otherRep) } },
    );
    expect(cmp?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['b', 'repId'] });
    const periods = await errorOf('{ performanceTrend(period: "FY2027-Q1", periods: 0) { grouping } }');
    expect(periods?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['periods'] });
    const trendBy = await errorOf('{ performanceTrend(period: "FY2027-Q1", groupBy: MONTH) { grouping } }');
    expect(trendBy?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
    const quarterOfMonth = await errorOf('{ performance(period: "FY2027-M01", groupBy: QUARTER) { grouping } }');
    expect(quarterOfMonth?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
    const improvement = await errorOf(
      '{ attainmentDistribution(period: "FY2027-Q1", improvement: "-1") { repCount } }',
    );
    expect(improvement?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['improvement'] });
    const window = await errorOf('{ newHireRamp(hiredFrom: "2026-03-01", hiredTo: "2026-01-01") { repCount } }');
    expect(window?.extensions).toMatchObject({ code: 'INVALID', field: ['hiredTo'] });
    const first = await errorOf('{ performance(period: "FY2027-Q1", groupBy: REP, first: -1) { grouping } }');
    expect(first?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['first'] });
  });
});

describe('query count', () => {
  it('a REP-grouped request issues the same few queries for 3 reps and for 30', async () => {
    // A second organization with a manager over 30 reps, each with a won deal in the quarter.
    const big = await db.prisma.organization.create({
      data: { name: 'Big', slug: 'perf-big', fiscalYearStartMonth: 2 },
    });
    const boss = await db.prisma.rep.create({
      data: {
        organizationId: big.id,
        name: 'Boss',
        email: 'boss@big.test',
        role: 'MANAGER',
        region: 'NA',
        hireDate: new Date('2024-01-01'),
      },
    });
    const account = await db.prisma.account.create({
      data: {
        organizationId: big.id,
        name: 'Big Acc',
        industry: 'Retail',
        country: 'US',
        region: 'NA',
        employees: 50,
        segment: 'SMB',
      },
    });
    for (let i = 0; i < 30; i++) {
      const rep = await db.prisma.rep.create({
        data: {
          organizationId: big.id,
          name: `Rep ${String(i).padStart(2, '0')}`,
          email: `rep${i}@big.test`,
          role: 'AE',
          region: 'NA',
          managerId: boss.id,
          hireDate: new Date('2024-01-01'),
        },
      });
      await db.prisma.opportunity.create({
        data: {
          organizationId: big.id,
          name: `Deal ${i}`,
          ownerId: rep.id,
          accountId: account.id,
          amount: '1000.00',
          stage: 'CLOSED_WON',
          type: 'NEW_BUSINESS',
          forecastCategory: 'CLOSED',
          createdDate: new Date('2026-02-01'),
          closeDate: new Date('2026-03-01'),
        },
      });
    }
    const q = `query($scope: PerformanceScope) { performance(period: "FY2027-Q1", groupBy: REP, scope: $scope) {
        rows { label bookings rep { name manager { name } } } total { bookings } } }`;
    const count = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
      const before = db.queryCount();
      const res = await client.request<{ performance: { rows: unknown[] } }>(q, variables, headers);
      expect(res.errors).toBeUndefined();
      return { queries: db.queryCount() - before, rows: res.data?.performance.rows.length };
    };
    const small = await count({ scope: { repId: repId('mona') } });
    // The second organization's request authenticates with its own admin key (minted before the
    // count starts, so both counts cover the same work).
    const key = await issueApiKey(db.sql, { organizationId: big.id, name: 'perf-big admin', scopes: ['admin'] });
    const auth = { authorization: `Bearer ${key.token}` };
    await client.request('{ organization { name } }', undefined, auth);
    const large = await count({ scope: { repId: toGlobalId('Rep', boss.id) } }, auth);
    expect(small.rows).toBe(3);
    expect(large.rows).toBe(30);
    expect(large.queries).toBe(small.queries);
    // Organization, subtree, the metric statement, the reps (with their managers).
    expect(small.queries).toBeLessThanOrEqual(5);
  });
});
