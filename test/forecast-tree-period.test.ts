// The forecast tree of a period holds the reps employed during it (docs/design.md §7, "The tree"):
// hired before the period ends and, if they left, with a last day on or after its first day; sales
// ops is never a node. A rep who is no node is not listed and is never a default node, the deals
// still credited to them count in the nodes above them, and the people below a departed manager
// hang from the nearest node above; only the quotas of the period's employees count. Every number
// is worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveVisibility } from '../api/src/access/visibility.js';
import { forecastAccuracy } from '../api/src/forecast/accuracy.js';
import { type ForecastPeriod, forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast } from '../api/src/forecast/rollup.js';
import { callerOf, type ForecastCaller, resolveNode } from '../api/src/forecast/scope.js';
import { submitForecast } from '../api/src/forecast/submissions.js';
import type { ForecastCategory, OpportunityStage, RepRole } from '../api/src/generated/prisma/client.js';
import { buildContext } from '../api/src/shared/context.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let org: number;
let account: number;
const NOW = new Date('2026-11-22T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cents = (v: Decimal | null | undefined) => (v == null ? null : new Decimal(v).toFixed(2));
const ids: Record<string, number> = {};
const organization = { id: 0, name: 'Tree', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' };

async function rep(name: string, role: RepRole, manager: string | null, hired: string, left: string | null = null) {
  const r = await db.prisma.rep.create({
    data: {
      organizationId: org,
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@tree.test`,
      role,
      managerId: manager === null ? null : ids[manager],
      region: 'NA',
      hireDate: day(hired),
      terminationDate: left === null ? null : day(left),
    },
  });
  ids[name] = r.id;
}

interface State {
  at: string;
  stage: OpportunityStage;
  category: ForecastCategory;
}

/** A deal of `amount` closing on `close`, owned by (and so credited 100% to) `owner`; its history is `states`. */
async function deal(owner: string, amount: string, close: string, states: State[]) {
  const now = states.at(-1) as State;
  await db.prisma.opportunity.create({
    data: {
      organizationId: org,
      name: `${owner} ${amount}`,
      accountId: account,
      ownerId: ids[owner] as number,
      amount,
      type: 'NEW_BUSINESS',
      stage: now.stage,
      forecastCategory: now.category,
      createdDate: day((states[0] as State).at),
      closeDate: day(close),
      history: {
        create: states.map((s) => ({
          organizationId: org,
          changedAt: new Date(`${s.at}T12:00:00Z`),
          stage: s.stage,
          forecastCategory: s.category,
          amount,
          closeDate: day(close),
        })),
      },
    },
  });
}

const open = (at: string, stage: OpportunityStage, category: ForecastCategory): State => ({ at, stage, category });
const won = (at: string): State => ({ at, stage: 'CLOSED_WON', category: 'CLOSED' });

async function callerFor(repId: number | null, scopes: string[]): Promise<ForecastCaller> {
  const viewer = { organizationId: org, principal: `user:${repId}`, repId, scopes: new Set(scopes) };
  return callerOf(buildContext(db, viewer, organization, 'req-tree', await resolveVisibility(db.sql, viewer)), NOW);
}

let admin: ForecastCaller;
const period = (key: string): ForecastPeriod => forecastPeriod(key, organization, NOW, ['periodKey']);
const names = (repIds: number[]) => repIds.map((id) => Object.keys(ids).find((n) => ids[n] === id));

beforeAll(async () => {
  db = await createTestDatabase();
  org = (await db.prisma.organization.create({ data: { name: 'Tree', slug: 'tree', fiscalYearStartMonth: 1 } })).id;
  organization.id = org;
  account = (
    await db.prisma.account.create({
      data: {
        organizationId: org,
        name: 'Acct',
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 50,
        segment: 'SMB',
      },
    })
  ).id;
  // FY2026-Q2 runs from 2026-04-01 to 2026-06-30 (fiscal year starting in January).
  await rep('Dana Exec', 'EXECUTIVE', null, '2020-01-01');
  await rep('Mia Manager', 'MANAGER', 'Dana Exec', '2020-01-01');
  await rep('Ops Analyst', 'SALES_OPS', 'Dana Exec', '2020-01-01'); // no quota, no deals: never a node
  await rep('Max Manager', 'MANAGER', 'Dana Exec', '2020-01-01', '2026-02-27'); // left before Q2
  await rep('Cy Rep', 'AE', 'Max Manager', '2020-01-01'); // still reports to Max in the data
  await rep('Ana Rep', 'AE', 'Mia Manager', '2020-01-01');
  await rep('Leo Rep', 'AE', 'Mia Manager', '2020-01-01', '2026-03-31'); // last day the day before Q2
  await rep('Eve Rep', 'AE', 'Mia Manager', '2020-01-01', '2026-04-01'); // last day Q2's first day: a node
  await rep('Ray Rep', 'AE', 'Mia Manager', '2026-06-30'); // hired on Q2's last day: a node
  await rep('Kim Rep', 'AE', 'Mia Manager', '2026-07-01'); // hired after Q2 ends: no node of Q2, one of Q3

  await deal('Ana Rep', '5000', '2026-05-10', [open('2026-03-20', 'PROPOSAL', 'COMMIT'), won('2026-05-10')]);
  await deal('Ana Rep', '2000', '2026-06-20', [open('2026-03-20', 'PROPOSAL', 'COMMIT')]);
  // Leo's won deal is still credited to Leo, who left before the quarter.
  await deal('Leo Rep', '10000', '2026-04-10', [open('2026-03-20', 'NEGOTIATION', 'COMMIT'), won('2026-04-10')]);
  await deal('Eve Rep', '1000', '2026-04-01', [open('2026-03-20', 'NEGOTIATION', 'COMMIT'), won('2026-04-01')]);
  await deal('Ray Rep', '3000', '2026-06-29', [open('2026-06-30', 'NEGOTIATION', 'BEST_CASE')]);
  await deal('Cy Rep', '4000', '2026-06-15', [open('2026-03-20', 'PROPOSAL', 'COMMIT'), won('2026-06-15')]);
  // Max's own won deal, credited to a manager who left before the quarter.
  await deal('Max Manager', '500', '2026-04-20', [open('2026-03-20', 'PROPOSAL', 'COMMIT'), won('2026-04-20')]);
  await deal('Kim Rep', '7000', '2026-08-15', [open('2026-07-02', 'DISCOVERY', 'PIPELINE')]);

  // Quotas of the ACTIVE FY2026 plan. A year row spreads evenly over its quarters (docs/design.md
  // §5), so the quota rule gives Leo and Kim a share of Q2 although neither worked in it.
  const plan = await db.prisma.salesPlan.create({
    data: { organizationId: org, fiscalYear: 2026, name: 'FY2026', status: 'ACTIVE' },
  });
  const quota = (name: string, periodKey: string, start: string, end: string, amount: string) =>
    db.prisma.quota.create({
      data: {
        organizationId: org,
        salesPlanId: plan.id,
        repId: ids[name] as number,
        periodKey,
        periodStart: day(start),
        periodEnd: day(end),
        amount,
      },
    });
  await quota('Ana Rep', 'FY2026', '2026-01-01', '2027-01-01', '40000'); // 10,000 a quarter
  await quota('Leo Rep', 'FY2026', '2026-01-01', '2027-01-01', '40000'); // left 03-31: Q1 only
  await quota('Kim Rep', 'FY2026', '2026-01-01', '2027-01-01', '20000'); // hired 07-01: Q3 and Q4
  await quota('Eve Rep', 'FY2026-Q2', '2026-04-01', '2026-07-01', '6000'); // left on Q2's first day
  await quota('Cy Rep', 'FY2026-Q2', '2026-04-01', '2026-07-01', '8000');
  await quota('Ops Analyst', 'FY2026-Q2', '2026-04-01', '2026-07-01', '1000'); // employed: counts (§4)
  await quota('Mia Manager', 'FY2026-Q2', '2026-04-01', '2026-07-01', '30000'); // team quota: never counts

  admin = await callerFor(null, ['admin']);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

describe('the forecast tree of a period', () => {
  it("lists only the period's employees under a manager, with a departed rep's deal in the manager's figures", async () => {
    const f = await computeForecast(admin, period('FY2026-Q2'), ids['Mia Manager'] as number);
    // Leo (left 2026-03-31) and Kim (hired 2026-07-01) are no nodes; Eve (left on 04-01) and Ray
    // (hired on 06-30) were employed during the quarter.
    expect(names(f.children.map((c) => c.repId))).toEqual(['Ana Rep', 'Eve Rep', 'Ray Rep']);
    // closed = Ana 5,000 + Leo 10,000 + Eve 1,000 = 16,000; commit = Ana's open 2,000;
    // bestCase = Ray's 3,000; commitForecast = 16,000 + 2,000 = 18,000.
    expect([f.node.closed, f.node.commit, f.node.bestCase, f.node.commitForecast].map(cents)).toEqual([
      '16000.00',
      '2000.00',
      '3000.00',
      '18000.00',
    ]);
    // Mia, Ana, Eve and Ray.
    expect(f.node.subtreeSize).toBe(4);
    // The children add up to the node less the deals of people who are no node: 16,000 - 10,000.
    const childClosed = f.children.reduce((s, c) => s.plus(c.closed), new Decimal(0));
    expect(cents(childClosed)).toBe('6000.00');
  });

  it('lifts the reports of a departed manager to the nearest node, and leaves sales ops out', async () => {
    const f = await computeForecast(admin, period('FY2026-Q2'), ids['Dana Exec'] as number);
    // Max left before the quarter, so Cy hangs from Dana; Ops Analyst is sales ops.
    expect(names(f.children.map((c) => c.repId))).toEqual(['Cy Rep', 'Mia Manager']);
    // closed = Mia's 16,000 + Cy 4,000 + Max's own 500 = 20,500.
    expect(cents(f.node.closed)).toBe('20500.00');
    // Dana, Mia's 4, Cy.
    expect(f.node.subtreeSize).toBe(6);
  });

  it("counts the quota of the period's employees only, not of a rep who left before it or joins after it", async () => {
    const q2 = await computeForecast(admin, period('FY2026-Q2'), ids['Mia Manager'] as number);
    // Ana's share of her year 40,000 / 4 = 10,000 + Eve's Q2 row 6,000 = 16,000. Not Leo's share
    // of his year (10,000; he left on 2026-03-31) nor Kim's (20,000 / 4 = 5,000; hired 07-01), nor
    // Mia's team quota of 30,000.
    expect(cents(q2.node.quota)).toBe('16000.00');
    expect(q2.children.map((c) => [names([c.repId])[0], cents(c.quota)])).toEqual([
      ['Ana Rep', '10000.00'],
      ['Eve Rep', '6000.00'],
      ['Ray Rep', '0.00'],
    ]);
    // gap = 16,000 - commitForecast 18,000.
    expect(cents(q2.node.gap)).toBe('-2000.00');
    // Dana: Mia's 16,000 + Cy 8,000 (employed; his departed manager Max is no node) + the sales ops
    // analyst's 1,000 (employed, an individual quota although no node, docs/design.md §4) = 25,000.
    const dana = await computeForecast(admin, period('FY2026-Q2'), ids['Dana Exec'] as number);
    expect(cents(dana.node.quota)).toBe('25000.00');
    // In Q3 Kim works from the first day: Ana 10,000 + Kim 5,000 = 15,000, still without Leo.
    const q3 = await computeForecast(admin, period('FY2026-Q3'), ids['Mia Manager'] as number);
    expect(cents(q3.node.quota)).toBe('15000.00');
  });

  it('holds the reps of another period in that period', async () => {
    const f = await computeForecast(admin, period('FY2026-Q3'), ids['Mia Manager'] as number);
    // Q3 starts 2026-07-01: Kim is hired that day; Eve and Leo had left.
    expect(names(f.children.map((c) => c.repId))).toEqual(['Ana Rep', 'Kim Rep', 'Ray Rep']);
    expect(cents(f.node.pipeline)).toBe('7000.00');
  });

  it('never makes a rep who is no node of the period a node, nor a default node', async () => {
    const q2 = period('FY2026-Q2');
    for (const name of ['Leo Rep', 'Kim Rep', 'Max Manager', 'Ops Analyst']) {
      await expect(resolveNode(admin, q2, ids[name], ['repId'])).rejects.toMatchObject({
        userError: { code: 'NOT_FOUND', field: ['repId'] },
      });
    }
    expect(await resolveNode(admin, period('FY2026-Q3'), ids['Kim Rep'], ['repId'])).toBe(ids['Kim Rep']);
    // The top of the hierarchy for a caller without a rep.
    expect(await resolveNode(admin, q2, undefined, ['repId'])).toBe(ids['Dana Exec']);
    // Sales ops acting as its rep sees the organization: its default node is the top, not itself.
    const ops = await callerFor(ids['Ops Analyst'] as number, ['read:forecast', 'write:forecast']);
    expect(await resolveNode(ops, q2, undefined, ['repId'])).toBe(ids['Dana Exec']);
    // Kim's own default node does not exist in Q2, and Kim sees only Kim's subtree.
    const kim = await callerFor(ids['Kim Rep'] as number, ['read:forecast']);
    await expect(resolveNode(kim, q2, undefined, ['repId'])).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND', field: ['repId'] },
    });
    // No call for a departed rep in a later period.
    const q1of2027 = { periodKey: 'FY2027-Q1', category: 'COMMIT' as const, amount: new Decimal('10.00') };
    expect((await submitForecast(admin, { ...q1of2027, repId: ids['Leo Rep'] })).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'repId'] }),
    ]);
  });

  it('backtests the same tree: the departed rep counts in the manager, the lifted rep is a child', async () => {
    const q2 = period('FY2026-Q2');
    // Week 6 ends at 2026-04-01 + 42 days = 2026-05-13 00:00.
    const acc = await forecastAccuracy(admin, q2, ids['Dana Exec'] as number, day('2026-05-13'));
    expect(names(acc.children.map((c) => c.repId))).toEqual(['Cy Rep', 'Mia Manager']);
    const byName = new Map(acc.children.map((c) => [names([c.repId])[0], c]));
    const mia = byName.get('Mia Manager');
    const cy = byName.get('Cy Rep');
    // Mia then: won Leo 10,000 (04-10), Eve 1,000 (04-01), Ana 5,000 (05-10) = 16,000; commit Ana's
    // 2,000 (Ray's deal did not exist yet): 18,000. Actual 16,000: error 2,000 / 16,000 = 0.125.
    expect([mia?.actual, mia?.closedAtPoint, mia?.commitForecast.forecast].map(cents)).toEqual([
      '16000.00',
      '16000.00',
      '18000.00',
    ]);
    expect(mia?.commitForecast.error?.toString()).toBe('0.125');
    // Cy then: 4,000 in COMMIT, won later: actual 4,000, error 0.
    expect([cy?.actual, cy?.closedAtPoint, cy?.commitForecast.forecast].map(cents)).toEqual([
      '4000.00',
      '0.00',
      '4000.00',
    ]);
    // Dana then: 16,000 + Max's 500 (04-20) = 16,500 won, + commit 2,000 + 4,000 = 22,500; actual
    // 20,500: error 2,000 / 20,500 = 0.0975609... = 0.097561.
    expect([acc.node.actual, acc.node.commitForecast.forecast].map(cents)).toEqual(['20500.00', '22500.00']);
    expect(acc.node.commitForecast.error?.toString()).toBe('0.097561');
  });
});
