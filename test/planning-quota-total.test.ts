// A plan's quota total counts each dollar of quota once (issue 18): the individual quotas only,
// compared with the target; managers' team quotas against their reports' quotas are a separate
// figure (over-assignment). Every number below is worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildHierarchy } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// Fiscal years start in February: FY2027 is 2026-02-01 .. 2027-02-01.
//
// Plan "FY2027" (ACTIVE, target 90,000), fiscal-year quotas (role, manager):
//   Vera  EXECUTIVE  -      85,000  the year row                       team quota
//   Dan   MANAGER    Vera   90,000  the year row                       team quota
//   Mona  MANAGER    Dan    60,000  four quarters of 15,000            team quota
//   Ivy   AE         Dan    30,000  the year row                       individual
//   Ada   AE         Mona   36,000  twelve months of 3,000             individual
//   Bob   AE         Mona   33,000  the year row                       individual
//   Sam   SE         Mona   50,000  the year row                       overlay (on Ada's and Bob's deals)
// quotaTotal = Ivy 30,000 + Ada 36,000 + Bob 33,000 = 99,000 over 3 reps; difference to the target
// 99,000 - 90,000 = 9,000; tolerance half a cent x 3 = 0.015, rounded down 0.01.
// (Before issue 18 every row was added: 85,000 + 90,000 + 60,000 + 30,000 + 36,000 + 33,000 +
// 50,000 = 384,000 over 7 reps.)
// Team over-assignment (direct reports' quotas - the manager's team quota, Sam left out):
//   Vera  reports Dan 90,000                      - 85,000 =  5,000, ratio 90/85 = 1.058824 (1.0588235...)
//   Dan   reports Mona 60,000 + Ivy 30,000 = 90,000 - 90,000 =     0, ratio 1
//   Mona  reports Ada 36,000 + Bob 33,000 = 69,000 - 60,000 =  9,000, ratio 1.15
// overassignmentTotal 14,000 = 5,000 + 0 + 9,000 (= the individual 99,000 - Vera's 85,000).
// Plan "Scenario" (DRAFT, no target): Vera 100,000, Ada 40,000, Sam 10,000: quotaTotal 40,000;
// compared with FY2027, the scenario's quotaTotal is 40,000 - 99,000 = -59,000 apart.

let db: TestDatabase;
let client: TestClient;
const ids: Record<string, number> = {};
let planId: number;
let scenarioId: number;

const d = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  const organizationId = (
    await prisma.organization.create({ data: { name: 'Quota Co', slug: 'quota', fiscalYearStartMonth: 2 } })
  ).id;
  Object.assign(
    ids,
    await buildHierarchy(prisma, organizationId, 'quota.test', [
      ['Vera', 'EXECUTIVE', null],
      ['Dan', 'MANAGER', 'Vera'],
      ['Mona', 'MANAGER', 'Dan'],
      ['Ivy', 'AE', 'Dan'],
      ['Ada', 'AE', 'Mona'],
      ['Bob', 'AE', 'Mona'],
      ['Sam', 'SE', 'Mona'],
    ]),
  );

  const plan = async (name: string, status: 'ACTIVE' | 'DRAFT', targetAmount: string | null) =>
    (await prisma.salesPlan.create({ data: { organizationId, fiscalYear: 2027, name, status, targetAmount } })).id;
  planId = await plan('FY2027', 'ACTIVE', '90000.00');
  scenarioId = await plan('Scenario', 'DRAFT', null);
  const quota = (salesPlanId: number, name: string, periodKey: string, start: string, end: string, amount: string) =>
    prisma.quota.create({
      data: {
        organizationId,
        salesPlanId,
        repId: ids[name] as number,
        periodKey,
        periodStart: d(start),
        periodEnd: d(end),
        amount,
      },
    });
  const year = (salesPlanId: number, name: string, amount: string) =>
    quota(salesPlanId, name, 'FY2027', '2026-02-01', '2027-02-01', amount);
  await year(planId, 'Vera', '85000');
  await year(planId, 'Dan', '90000');
  await year(planId, 'Ivy', '30000');
  await year(planId, 'Bob', '33000');
  await year(planId, 'Sam', '50000');
  const quarters = ['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01', '2027-02-01'];
  for (let q = 1; q <= 4; q++) {
    await quota(planId, 'Mona', `FY2027-Q${q}`, quarters[q - 1] as string, quarters[q] as string, '15000');
  }
  for (let m = 1; m <= 12; m++) {
    const start = new Date(Date.UTC(2026, m, 1)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2026, m + 1, 1)).toISOString().slice(0, 10);
    await quota(planId, 'Ada', `FY2027-M${String(m).padStart(2, '0')}`, start, end, '3000');
  }
  await year(scenarioId, 'Vera', '100000');
  await year(scenarioId, 'Ada', '40000');
  await year(scenarioId, 'Sam', '10000');
  client = await createTestClient(db);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const planGid = (id: number) => toGlobalId('SalesPlan', id);

describe("a plan's quota total", () => {
  it('quotaCheck counts the individual quotas once against the target, and reports team over-assignment apart', async () => {
    const data = await client.data<{ node: { quotaCheck: Record<string, unknown> } }>(
      `query($id: ID!) { node(id: $id) { ... on SalesPlan { quotaCheck {
          target quotaTotal repCount difference tolerance matchesTarget
          teamOverassignment { manager { name } teamQuota reportsQuota reportCount overassignment ratio }
          overassignmentTotal } } } }`,
      { id: planGid(planId) },
    );
    expect(data.node.quotaCheck).toEqual({
      target: '90000.00',
      quotaTotal: '99000.00',
      repCount: 3,
      difference: '9000.00',
      tolerance: '0.01',
      matchesTarget: false,
      teamOverassignment: [
        {
          manager: { name: 'Vera' },
          teamQuota: '85000.00',
          reportsQuota: '90000.00',
          reportCount: 1,
          overassignment: '5000.00',
          ratio: '1.058824',
        },
        {
          manager: { name: 'Dan' },
          teamQuota: '90000.00',
          reportsQuota: '90000.00',
          reportCount: 2,
          overassignment: '0.00',
          ratio: '1',
        },
        {
          manager: { name: 'Mona' },
          teamQuota: '60000.00',
          reportsQuota: '69000.00',
          reportCount: 2,
          overassignment: '9000.00',
          ratio: '1.15',
        },
      ],
      overassignmentTotal: '14000.00',
    });
  });

  it('quotaRollup lists every quota and totals the individual ones', async () => {
    const data = await client.data<{
      node: {
        quotaRollup: { total: string; reps: { rep: { name: string }; amount: string; countsInTotal: boolean }[] };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on SalesPlan {
          quotaRollup(periodKey: "FY2027") { total reps { rep { name } amount countsInTotal } } } } }`,
      { id: planGid(planId) },
    );
    const r = data.node.quotaRollup;
    expect(r.total).toBe('99000.00');
    expect(Object.fromEntries(r.reps.map((q) => [q.rep.name, [q.amount, q.countsInTotal]]))).toEqual({
      Vera: ['85000.00', false],
      Dan: ['90000.00', false],
      Mona: ['60000.00', false],
      Ivy: ['30000.00', true],
      Ada: ['36000.00', true],
      Bob: ['33000.00', true],
      Sam: ['50000.00', false],
    });
  });

  it('compareSalesPlans totals the individual quotas of each plan', async () => {
    const data = await client.data<{
      compareSalesPlans: {
        base: { quotaTotal: string };
        scenario: { quotaTotal: string };
        delta: { quotaTotal: string };
      };
    }>(
      `query($b: ID!, $s: ID!) { compareSalesPlans(baseId: $b, scenarioId: $s) {
          base { quotaTotal } scenario { quotaTotal } delta { quotaTotal } } }`,
      { b: planGid(planId), s: planGid(scenarioId) },
    );
    expect(data.compareSalesPlans).toEqual({
      base: { quotaTotal: '99000.00' },
      scenario: { quotaTotal: '40000.00' },
      delta: { quotaTotal: '-59000.00' },
    });
  });
});
