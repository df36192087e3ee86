// The MANAGER grouping (issue 18): one row per manager holding the manager's own credit and that
// of their direct reports who are not managers, so every credit and quota lands in exactly one
// row and the rows add up to the organization's total. Every number below is worked out by hand.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { type PerformanceRow, performance } from '../api/src/performance/service.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildHierarchy } from './support/fixture.js';

// Fiscal years start in February: FY2027-Q1 is 2026-02-01 .. 2026-05-01.
//
// People (role, manager, FY2027-Q1 quota):
//   Vera  EXECUTIVE  -     150,000 (team quota: never summed)
//   Dan   MANAGER    Vera  100,000 (team quota)   a second-level manager: Mona reports to him
//   Mona  MANAGER    Dan    50,000 (team quota)   a first-line manager
//   Ivy   AE         Dan    10,000                an individual contributor reporting to Dan
//   Ada   AE         Mona   30,000
//   Ola   AE         -       1,000                no manager
// Deals closing in the quarter (created 2026-02-02):
//   W1 Vera  1,000 WON      W2 Dan  2,000 WON      W3 Mona 4,000 WON      W4 Ivy 8,000 WON
//   W5 Ada  20,000 WON, REVENUE splits Ada 50% / Ivy 50%
//   W6 Ada  16,000 WON      L1 Ada  5,000 LOST     W7 Ola    500 WON
//
// Expected MANAGER rows (bookings / quota / won / lost):
//   Vera        1,000 = W1                                      /      0 / 1 / 0
//   Dan        20,000 = W2 2,000 + W4 8,000 + Ivy's half of W5  / 10,000 / 3 / 0
//   Mona       30,000 = W3 4,000 + W6 16,000 + Ada's half of W5 / 30,000 / 3 / 1
//   No manager    500 = W7                                      /  1,000 / 1 / 0
// Total 51,500 bookings (1,000 + 2,000 + 4,000 + 8,000 + 20,000 + 16,000 + 500) and 41,000
// quota (10,000 + 30,000 + 1,000): the rows' sums. Won deals: 7 in the total; W5 is one deal in
// each of the two teams it is split across, so the rows count 8.
// Before issue 18 a rep's row was their manager's: Mona's W3 landed in Dan's row, Dan's W2 in
// Vera's, Vera's W1 under "No manager", and Dan's row held his first-line manager's deals.

let db: TestDatabase;
let organizationId: number;
const ids: Record<string, number> = {};

const d = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  organizationId = (
    await prisma.organization.create({ data: { name: 'Teams Co', slug: 'teams', fiscalYearStartMonth: 2 } })
  ).id;
  Object.assign(
    ids,
    await buildHierarchy(prisma, organizationId, 'teams.test', [
      ['Vera', 'EXECUTIVE', null],
      ['Dan', 'MANAGER', 'Vera'],
      ['Mona', 'MANAGER', 'Dan'],
      ['Ivy', 'AE', 'Dan'],
      ['Ada', 'AE', 'Mona'],
      ['Ola', 'AE', null],
    ]),
  );

  const plan = await prisma.salesPlan.create({
    data: { organizationId, fiscalYear: 2027, name: 'FY2027', status: 'ACTIVE' },
  });
  const quotas: [string, string][] = [
    ['Vera', '150000'],
    ['Dan', '100000'],
    ['Mona', '50000'],
    ['Ivy', '10000'],
    ['Ada', '30000'],
    ['Ola', '1000'],
  ];
  for (const [name, amount] of quotas) {
    await prisma.quota.create({
      data: {
        organizationId,
        salesPlanId: plan.id,
        repId: ids[name] as number,
        periodKey: 'FY2027-Q1',
        periodStart: d('2026-02-01'),
        periodEnd: d('2026-05-01'),
        amount,
      },
    });
  }
  const account = await prisma.account.create({
    data: {
      organizationId,
      name: 'Acme',
      industry: 'Software',
      country: 'US',
      region: 'NA',
      employees: 500,
      segment: 'MID',
    },
  });
  const deal = async (name: string, owner: string, amount: string, stage: 'CLOSED_WON' | 'CLOSED_LOST') =>
    prisma.opportunity.create({
      data: {
        organizationId,
        name,
        accountId: account.id,
        ownerId: ids[owner] as number,
        amount,
        type: 'NEW_BUSINESS',
        stage,
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : 'OMITTED',
        createdDate: d('2026-02-02'),
        closeDate: d('2026-03-10'),
      },
    });
  await deal('W1', 'Vera', '1000', 'CLOSED_WON');
  await deal('W2', 'Dan', '2000', 'CLOSED_WON');
  await deal('W3', 'Mona', '4000', 'CLOSED_WON');
  await deal('W4', 'Ivy', '8000', 'CLOSED_WON');
  const w5 = await deal('W5', 'Ada', '20000', 'CLOSED_WON');
  for (const name of ['Ada', 'Ivy']) {
    await prisma.opportunitySplit.create({
      data: { organizationId, opportunityId: w5.id, repId: ids[name] as number, percent: '0.5', splitType: 'REVENUE' },
    });
  }
  await deal('W6', 'Ada', '16000', 'CLOSED_WON');
  await deal('L1', 'Ada', '5000', 'CLOSED_LOST');
  await deal('W7', 'Ola', '500', 'CLOSED_WON');
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

const ctx = () => ({
  prisma: tenantPrisma(db.prisma, organizationId),
  organizationId,
  fiscalYearStartMonth: 2,
  visibility: ORGANIZATION_WIDE,
});

const summary = (rows: PerformanceRow[]) =>
  Object.fromEntries(
    rows.map((r) => [
      r.label,
      [r.bookings.toFixed(), r.quota.toFixed(), r.wonCount, r.lostCount, r.repId == null ? null : r.key],
    ]),
  );

describe('performance grouped by MANAGER', () => {
  it("puts a manager's own deals in their own row and gives each first-line team one row", async () => {
    const r = await performance(ctx(), { period: 'FY2027-Q1', groupBy: 'MANAGER' });
    expect(summary(r.rows)).toEqual({
      Vera: ['1000', '0', 1, 0, String(ids.Vera)],
      Dan: ['20000', '10000', 3, 0, String(ids.Dan)],
      Mona: ['30000', '30000', 3, 1, String(ids.Mona)],
      'No manager': ['500', '1000', 1, 0, null],
    });
    expect([r.total.bookings.toFixed(), r.total.quota.toFixed(), r.total.wonCount]).toEqual(['51500', '41000', 7]);
  });

  it("a manager's subtree: her team's row is the subtree's total", async () => {
    const mona = await performance(ctx(), { period: 'FY2027-Q1', groupBy: 'MANAGER', scope: { repId: ids.Mona } });
    expect(summary(mona.rows)).toEqual({ Mona: ['30000', '30000', 3, 1, String(ids.Mona)] });
    expect([mona.total.bookings.toFixed(), mona.total.quota.toFixed()]).toEqual(['30000', '30000']);
    // Dan's subtree: Dan, Mona, Ivy and Ada. W5 is whole in the total (10,000 + 10,000) and once per team.
    const dan = await performance(ctx(), { period: 'FY2027-Q1', groupBy: 'MANAGER', scope: { repId: ids.Dan } });
    expect(summary(dan.rows)).toEqual({
      Dan: ['20000', '10000', 3, 0, String(ids.Dan)],
      Mona: ['30000', '30000', 3, 1, String(ids.Mona)],
    });
    expect([dan.total.bookings.toFixed(), dan.total.quota.toFixed(), dan.total.wonCount]).toEqual([
      '50000',
      '40000',
      5,
    ]);
  });
});
