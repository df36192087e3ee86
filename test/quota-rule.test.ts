// One quota rule everywhere (issue 18, defect 4; docs/design.md §5 "Quota: whose, which rows,
// which plan"): performance, forecast, planning and comp read a rep's quota for a period the same
// way. The fixture is §5's example, built by hand; every number below is worked out by hand.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { calculateRunLines } from '../api/src/comp/runs.js';
import { forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast } from '../api/src/forecast/rollup.js';
import { callerOf } from '../api/src/forecast/scope.js';
import { type PerformanceRow, performance } from '../api/src/performance/service.js';
import { quotasForPeriod } from '../api/src/plans/quotas.js';
import { parsePeriodKey } from '../api/src/shared/calendar.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildHierarchy } from './support/fixture.js';

// Fiscal years start in February: FY2027-Q3 is 2026-08-01 .. 2026-11-01, its months M07 (August),
// M08 (September) and M09 (October). FY2026-M08 is September 2025.
//
// Mia (MANAGER) leads Ana (AE), Ben (AE) and Sam (SE, overlay).
// FY2027, ACTIVE plan:
//   Ana  M07 30,000, M08 30,000, M09 40,000, no quarter row: Q3 = 100,000 (up by summing)
//   Ben  Q3 50,000 only: M07, M08, M09 = 5,000,000 cents / 3 = 1,666,666 cents each and 2 cents
//        left over, to the earlier months: 16,666.67, 16,666.67, 16,666.66 (down by spreading)
//   Sam  Q3 40,000 (overlay: his REP row only)
//   Mia  Q3 140,000 (a team quota: never added to the individual quotas)
// Team quota 100,000 + 50,000 = 150,000 (not 140,000, nor 290,000, nor 190,000).
// A DRAFT FY2027 plan gives Ben Q3 999,999: never counts.
// FY2026: only an ARCHIVED plan (the year is over): Ben's year 120,000, no other row, so each
// quarter is 30,000 and each month 10,000 (spread twice). A DRAFT FY2026 plan gives him 1,000,000.
//
// Deals (FY2027-Q3):
//   D1 Ana, won 60,000, closes 2026-08-20 (M07)
//   D2 Ben, won 40,000, closes 2026-09-15 (M08): revenue splits Ben 50% / Ana 50%, overlay Sam 100%
//   D3 Ben, lost 30,000, closes 2026-09-20 (M08)
// And D5: Ben, won 12,000, closes 2025-09-10 (FY2026-M08), no split.

let db: TestDatabase;
let org: number;
const ids: Record<string, number> = {};
let activePlan: number;

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const NOW = d('2026-08-10');

function context(): Context {
  return buildContext(
    db,
    { organizationId: org, principal: 'user:ops', repId: null, scopes: new Set(['admin']) },
    { id: org, name: 'Rule Co', fiscalYearStartMonth: 2, timeZone: 'UTC', currency: 'USD' },
    'req-quota-rule',
  );
}

const perfCtx = () => ({
  prisma: tenantPrisma(db.prisma, org),
  organizationId: org,
  fiscalYearStartMonth: 2,
  visibility: ORGANIZATION_WIDE,
});

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Rule Co', slug: 'rule', fiscalYearStartMonth: 2 } })).id;
  Object.assign(
    ids,
    await buildHierarchy(p, org, 'rule.test', [
      ['Mia', 'MANAGER', null],
      ['Ana', 'AE', 'Mia'],
      ['Ben', 'AE', 'Mia'],
      ['Sam', 'SE', 'Mia'],
    ]),
  );
  const plan = async (fiscalYear: number, status: 'ACTIVE' | 'ARCHIVED' | 'DRAFT') =>
    (await p.salesPlan.create({ data: { organizationId: org, fiscalYear, name: `${status} ${fiscalYear}`, status } }))
      .id;
  const quota = (salesPlanId: number, rep: string, periodKey: string, start: string, end: string, amount: string) =>
    p.quota.create({
      data: {
        organizationId: org,
        salesPlanId,
        repId: ids[rep] as number,
        periodKey,
        periodStart: d(start),
        periodEnd: d(end),
        amount,
      },
    });
  activePlan = await plan(2027, 'ACTIVE');
  await quota(activePlan, 'Ana', 'FY2027-M07', '2026-08-01', '2026-09-01', '30000');
  await quota(activePlan, 'Ana', 'FY2027-M08', '2026-09-01', '2026-10-01', '30000');
  await quota(activePlan, 'Ana', 'FY2027-M09', '2026-10-01', '2026-11-01', '40000');
  await quota(activePlan, 'Ben', 'FY2027-Q3', '2026-08-01', '2026-11-01', '50000');
  await quota(activePlan, 'Sam', 'FY2027-Q3', '2026-08-01', '2026-11-01', '40000');
  await quota(activePlan, 'Mia', 'FY2027-Q3', '2026-08-01', '2026-11-01', '140000');
  await quota(await plan(2027, 'DRAFT'), 'Ben', 'FY2027-Q3', '2026-08-01', '2026-11-01', '999999');
  await quota(await plan(2026, 'ARCHIVED'), 'Ben', 'FY2026', '2025-02-01', '2026-02-01', '120000');
  await quota(await plan(2026, 'DRAFT'), 'Ben', 'FY2026', '2025-02-01', '2026-02-01', '1000000');

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
  const deal = (name: string, owner: string, amount: string, stage: 'CLOSED_WON' | 'CLOSED_LOST', close: string) =>
    p.opportunity.create({
      data: {
        organizationId: org,
        name,
        accountId: account.id,
        ownerId: ids[owner] as number,
        amount,
        type: 'NEW_BUSINESS',
        stage,
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : 'OMITTED',
        createdDate: d('2025-06-01'),
        closeDate: d(close),
      },
    });
  await deal('D1', 'Ana', '60000', 'CLOSED_WON', '2026-08-20');
  const d2 = await deal('D2', 'Ben', '40000', 'CLOSED_WON', '2026-09-15');
  for (const [rep, percent, splitType] of [
    ['Ben', '0.5', 'REVENUE'],
    ['Ana', '0.5', 'REVENUE'],
    ['Sam', '1', 'OVERLAY'],
  ] as const) {
    await p.opportunitySplit.create({
      data: { organizationId: org, opportunityId: d2.id, repId: ids[rep] as number, percent, splitType },
    });
  }
  await deal('D3', 'Ben', '30000', 'CLOSED_LOST', '2026-09-20');
  await deal('D5', 'Ben', '12000', 'CLOSED_WON', '2025-09-10');

  // Comp: a monthly marginal commission, 10% up to 100% of quota, 15% to 150%, 20% above; Ben is
  // assigned from FY2026 on.
  const comp = await p.compPlan.create({
    data: { organizationId: org, name: 'AE plan', status: 'PUBLISHED', effectiveStart: d('2025-02-01') },
  });
  const component = await p.compComponent.create({
    data: { organizationId: org, compPlanId: comp.id, name: 'Commission', kind: 'COMMISSION', period: 'MONTH' },
  });
  for (const [fromAttainment, toAttainment, rate] of [
    ['0', '1', '0.10'],
    ['1', '1.5', '0.15'],
    ['1.5', null, '0.20'],
  ] as const) {
    await p.compTier.create({
      data: { organizationId: org, componentId: component.id, fromAttainment, toAttainment, rate },
    });
  }
  await p.compAssignment.create({
    data: {
      organizationId: org,
      compPlanId: comp.id,
      repId: ids.Ben as number,
      startDate: d('2025-02-01'),
      baseSalary: '60000',
      targetIncentive: '24000',
    },
  });
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

const quotas = (rows: PerformanceRow[]) => Object.fromEntries(rows.map((r) => [r.label, r.quota.toFixed(2)]));

describe('performance', () => {
  it('REP rows: summed months, the quarter row, the overlay quota; no team quota', async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'REP' });
    // Mia has no credit and only a team quota: no REP row.
    expect(quotas(r.rows)).toEqual({ Ana: '100000.00', Ben: '50000.00', Sam: '40000.00' });
    // Total: Ana 100,000 + Ben 50,000; Sam's overlay and Mia's team quota left out.
    expect(r.total.quota.toFixed(2)).toBe('150000.00');
    // Bookings 60,000 + 40,000 = 100,000 / 150,000 = 0.666667.
    expect(r.total.attainment?.toFixed(6)).toBe('0.666667');
    // M07: Ana's month row; Ben's and Sam's quarter rows spread, the leftover cents to M07 first:
    // 5,000,000 cents / 3 = 1,666,666 r 2 and 4,000,000 cents / 3 = 1,333,333 r 1.
    const m07 = await performance(perfCtx(), { period: 'FY2027-M07', groupBy: 'REP' });
    expect(quotas(m07.rows)).toEqual({ Ana: '30000.00', Ben: '16666.67', Sam: '13333.34' });
    expect(m07.total.quota.toFixed(2)).toBe('46666.67');
  });

  it("MANAGER row: Mia's team is 150,000, not her 140,000", async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'MANAGER' });
    expect(quotas(r.rows)).toEqual({ Mia: '150000.00' });
    expect(r.total.quota.toFixed(2)).toBe('150000.00');
    // M09: Ana 40,000 + Ben 16,666.66; Mia's spread team quota (46,666.66) never counts.
    const m09 = await performance(perfCtx(), { period: 'FY2027-M09', groupBy: 'MANAGER' });
    expect(quotas(m09.rows)).toEqual({ Mia: '56666.66' });
  });

  it("MONTH rows: Ben's quarter row spread over his months, the months adding up to the quarter", async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-Q3', groupBy: 'MONTH' });
    // M07 30,000 + 16,666.67; M08 30,000 + 16,666.67; M09 40,000 + 16,666.66: 150,000 in all.
    expect(quotas(r.rows)).toEqual({
      'FY2027-M07': '46666.67',
      'FY2027-M08': '46666.67',
      'FY2027-M09': '56666.66',
    });
    expect(r.total.quota.toFixed(2)).toBe('150000.00');
  });

  it("a month of Ben's own: his share of the quarter, with its attainment", async () => {
    const r = await performance(perfCtx(), { period: 'FY2027-M08', scope: { repId: ids.Ben }, groupBy: 'REP' });
    expect(quotas(r.rows)).toEqual({ Ben: '16666.67' });
    // Half of D2 = 20,000 / 16,666.67 = 1.19999976 -> 1.200000.
    expect(r.rows[0]?.attainment?.toFixed(6)).toBe('1.200000');
  });
});

describe('forecast', () => {
  it("a node's quota is its subtree's individual quotas: 150,000 for Mia, not her 140,000", async () => {
    const period = forecastPeriod('FY2027-Q3', { fiscalYearStartMonth: 2, timeZone: 'UTC' }, NOW, ['periodKey']);
    const f = await computeForecast(callerOf(context(), NOW), period, ids.Mia as number);
    expect(f.node.quota.toFixed(2)).toBe('150000.00');
    // Closed 60,000 + 20,000 + 20,000 = 100,000; gap 150,000 - 100,000.
    expect(f.node.gap.toFixed(2)).toBe('50000.00');
    expect(Object.fromEntries(f.children.map((c) => [c.repId, c.quota.toFixed(2)]))).toEqual({
      [ids.Ana as number]: '100000.00',
      [ids.Ben as number]: '50000.00',
      [ids.Sam as number]: '40000.00',
    });
  });

  it("a month reads its share: Ben's M09 is 16,666.66", async () => {
    const period = forecastPeriod('FY2027-M09', { fiscalYearStartMonth: 2, timeZone: 'UTC' }, NOW, ['periodKey']);
    const f = await computeForecast(callerOf(context(), NOW), period, ids.Mia as number);
    // Ana 40,000 + Ben 16,666.66.
    expect(f.node.quota.toFixed(2)).toBe('56666.66');
  });
});

describe('planning quotaRollup', () => {
  it("lists Ben's spread month, not set explicitly", async () => {
    const ctx = context();
    const rows = await quotasForPeriod(ctx, { id: activePlan, fiscalYear: 2027 }, parsePeriodKey('FY2027-M07', 2));
    expect(rows.map((q) => [q.repId, q.amount.toFixed(2), q.explicit, q.countsInTotal])).toEqual(
      [
        [ids.Ana, '30000.00', true, true],
        [ids.Ben, '16666.67', false, true],
        // Mia's and Sam's quarter rows spread too: 140,000 / 3 and 40,000 / 3, leftover cent first.
        [ids.Sam, '13333.34', false, false],
        [ids.Mia, '46666.67', false, false],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
  });
});

describe('comp', () => {
  const benLine = async (key: string) => {
    const ctx = context();
    const lines = await calculateRunLines(ctx, parsePeriodKey(key, 2), null);
    const line = lines.find((l) => l.repId === ids.Ben && l.kind === 'COMMISSION');
    if (!line) throw new Error(`no commission line for Ben in ${key}`);
    return line;
  };

  it("a monthly component reads Ben's spread month quota", async () => {
    const line = await benLine('FY2027-M08');
    // Credit: half of D2 = 20,000. Quota 16,666.67. Marginal: 16,666.67 x 0.10 = 1,666.667, plus
    // (20,000 - 16,666.67) x 0.15 = 3,333.33 x 0.15 = 499.9995: 2,166.6665 -> 2,166.67.
    expect(line.explanation.error).toBeUndefined();
    expect(line.quota?.toFixed(2)).toBe('16666.67');
    expect(line.amount.toFixed(2)).toBe('2166.67');
  });

  it('a year whose plan is archived pays on its quotas (spread from the year row)', async () => {
    const line = await benLine('FY2026-M08');
    // Year 120,000 -> quarter 30,000 -> month 10,000. Credit 12,000 (D5): 10,000 x 0.10 + 2,000 x
    // 0.15 = 1,300.
    expect(line.explanation.error).toBeUndefined();
    expect(line.quota?.toFixed(2)).toBe('10000.00');
    expect(line.amount.toFixed(2)).toBe('1300.00');
  });
});
