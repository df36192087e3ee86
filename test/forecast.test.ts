// Forecasting against numbers worked out by hand: a three-level hierarchy with deals in every
// category (and ones that must not count), revenue and overlay splits, quotas set by month, by
// quarter and on managers, stage win rates from a known history, manager overrides, pipeline
// changes and accuracy from reconstructed history, bad input, and the number of SQL statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveVisibility } from '../api/src/access/visibility.js';
import { forecastAccuracy } from '../api/src/forecast/accuracy.js';
import { changePage, changeSummary } from '../api/src/forecast/changes.js';
import { forecastDeals } from '../api/src/forecast/deals.js';
import { forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast, type ForecastNode, stageWinRates } from '../api/src/forecast/rollup.js';
import { callerOf, resolveNode } from '../api/src/forecast/scope.js';
import { submitForecast } from '../api/src/forecast/submissions.js';
import type { ForecastCategory, OpportunityStage, RepRole } from '../api/src/generated/prisma/client.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const instant = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
const cents = (v: Decimal | string | number | null | undefined) => (v == null ? null : new Decimal(v).toFixed(2));

function contextFor(organizationId: number, repId: number | null = null, principal = 'dev'): Context {
  return buildContext(
    db,
    { organizationId, principal, repId, scopes: new Set(['admin']) },
    { id: organizationId, name: 'Org', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
    'req-forecast',
  );
}

// ---------------------------------------------------------------- builders

async function org(slug: string) {
  return (await db.prisma.organization.create({ data: { name: slug, slug, fiscalYearStartMonth: 1 } })).id;
}

async function rep(organizationId: number, name: string, role: RepRole, managerId: number | null) {
  const r = await db.prisma.rep.create({
    data: {
      organizationId,
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}.${organizationId}@test`,
      role,
      managerId,
      region: 'NA',
      hireDate: day('2020-01-01'),
    },
  });
  return r.id;
}

const accounts = new Map<number, number>();
async function accountOf(organizationId: number) {
  let id = accounts.get(organizationId);
  if (id === undefined) {
    id = (
      await db.prisma.account.create({
        data: {
          organizationId,
          name: 'Acct',
          industry: 'Software',
          country: 'US',
          region: 'NA',
          employees: 50,
          segment: 'SMB',
        },
      })
    ).id;
    accounts.set(organizationId, id);
  }
  return id;
}

interface State {
  at: string;
  stage: OpportunityStage;
  category: ForecastCategory;
  amount: string;
  close: string;
}

/** A deal whose current state is the last of `states` (each also a history row when `history`). */
async function deal(
  organizationId: number,
  ownerId: number,
  states: State[],
  options: { history?: boolean; splits?: { repId: number; percent: string; type: 'REVENUE' | 'OVERLAY' }[] } = {},
) {
  const now = states.at(-1) as State;
  const first = states[0] as State;
  const o = await db.prisma.opportunity.create({
    data: {
      organizationId,
      name: `Deal ${ownerId} ${now.amount}`,
      accountId: await accountOf(organizationId),
      ownerId,
      amount: now.amount,
      type: 'NEW_BUSINESS',
      stage: now.stage,
      forecastCategory: now.category,
      createdDate: day(first.at.slice(0, 10)),
      closeDate: day(now.close),
      splits: options.splits
        ? {
            create: options.splits.map((s) => ({
              organizationId,
              repId: s.repId,
              percent: s.percent,
              splitType: s.type,
            })),
          }
        : undefined,
      history:
        options.history === false
          ? undefined
          : {
              create: states.map((s) => ({
                organizationId,
                changedAt: instant(s.at),
                stage: s.stage,
                forecastCategory: s.category,
                amount: s.amount,
                closeDate: day(s.close),
              })),
            },
    },
  });
  return o.id;
}

/** A deal in its current state only (no history needed by the test). */
function openDeal(
  organizationId: number,
  ownerId: number,
  stage: OpportunityStage,
  category: ForecastCategory,
  amount: string,
  close: string,
  splits?: { repId: number; percent: string; type: 'REVENUE' | 'OVERLAY' }[],
) {
  return deal(organizationId, ownerId, [{ at: '2026-03-01', stage, category, amount, close }], {
    history: false,
    splits,
  });
}

async function quota(
  organizationId: number,
  salesPlanId: number,
  repId: number,
  key: string,
  start: string,
  end: string,
  amount: string,
) {
  await db.prisma.quota.create({
    data: { organizationId, salesPlanId, repId, periodKey: key, periodStart: day(start), periodEnd: day(end), amount },
  });
}

// ---------------------------------------------------------------- the hand-built organization

// Org A, fiscal year = calendar year, UTC. Period FY2026-Q2 = 2026-04-01 .. 2026-07-01.
//
//   Vera (VP) ── Mona (manager) ── Ada, Bob
//             └─ Max (manager)  ── Cy, Sam (SE, an overlay role)
//
// Deals closing in the period (credited amounts):
//   Ada  won 1000 | NEGOTIATION COMMIT 2000 | PROPOSAL BEST_CASE 3000 | DISCOVERY PIPELINE 4000
//        not counted: lost 5000, open OMITTED 600, COMMIT 7000 closing 2026-07-01 (next period)
//   Bob  won 500 split 60% Bob / 40% Cy (revenue) -> Bob 300, Cy 200
//        NEGOTIATION COMMIT 1500 with a 100% OVERLAY split to Cy (ignored) | PROPOSAL PIPELINE 800
//   Cy   QUALIFICATION BEST_CASE 1000 | won 2500 (+ 200 from Bob's deal)
//   Vera PROPOSAL COMMIT 400 (a manager's own deal)
//
// History behind the win rates (deals closed 2025-04-01 .. 2026-04-01, stages they went through):
//   h1 PROSPECTING, DISCOVERY, PROPOSAL -> won      h2 PROSPECTING, PROPOSAL -> lost
//   h3 DISCOVERY, NEGOTIATION -> won                h4 PROPOSAL, NEGOTIATION -> lost
//   h5 PROSPECTING -> lost                          h6 PROSPECTING, PROPOSAL -> won but closed 2025-03-15 (outside)
// => PROSPECTING 1/3 = 0.333333, QUALIFICATION none -> 0.2 (stage probability), DISCOVERY 2/2 = 1,
//    PROPOSAL 1/3 = 0.333333, NEGOTIATION 1/2 = 0.5.
const A = { org: 0, vera: 0, mona: 0, max: 0, ada: 0, bob: 0, cy: 0, sam: 0, plan: 0 };
// A second, larger tree in the same organization, for query counts and the default node.
const BIG = { root: 0, reps: 0 };
// Org B: changes and accuracy from history (see that describe block).
const B = { org: 0, mike: 0, rita: 0, raj: 0, d1: 0, d2: 0, d3: 0, d4: 0, d6: 0, d7: 0 };
let otherOrgRep = 0;

const NOW = instant('2026-05-15T12:00:00Z');

async function buildOrgA() {
  A.org = await org('forecast-a');
  A.vera = await rep(A.org, 'Vera VP', 'EXECUTIVE', null);
  A.mona = await rep(A.org, 'Mona Manager', 'MANAGER', A.vera);
  A.max = await rep(A.org, 'Max Manager', 'MANAGER', A.vera);
  A.ada = await rep(A.org, 'Ada AE', 'AE', A.mona);
  A.bob = await rep(A.org, 'Bob AE', 'AE', A.mona);
  A.cy = await rep(A.org, 'Cy AE', 'AE', A.max);
  A.sam = await rep(A.org, 'Sam SE', 'SE', A.max);
  const { org: o, ada, bob, cy, vera } = A;
  await openDeal(o, ada, 'CLOSED_WON', 'CLOSED', '1000.00', '2026-04-10');
  await openDeal(o, ada, 'NEGOTIATION', 'COMMIT', '2000.00', '2026-06-30');
  await openDeal(o, ada, 'PROPOSAL', 'BEST_CASE', '3000.00', '2026-05-20');
  await openDeal(o, ada, 'DISCOVERY', 'PIPELINE', '4000.00', '2026-04-01');
  await openDeal(o, ada, 'CLOSED_LOST', 'OMITTED', '5000.00', '2026-05-01');
  await openDeal(o, ada, 'PROSPECTING', 'OMITTED', '600.00', '2026-05-01');
  await openDeal(o, ada, 'NEGOTIATION', 'COMMIT', '7000.00', '2026-07-01');
  await openDeal(o, bob, 'CLOSED_WON', 'CLOSED', '500.00', '2026-04-20', [
    { repId: bob, percent: '0.6', type: 'REVENUE' },
    { repId: cy, percent: '0.4', type: 'REVENUE' },
  ]);
  await openDeal(o, bob, 'NEGOTIATION', 'COMMIT', '1500.00', '2026-06-01', [
    { repId: cy, percent: '1', type: 'OVERLAY' },
  ]);
  await openDeal(o, bob, 'PROPOSAL', 'PIPELINE', '800.00', '2026-06-15');
  await openDeal(o, cy, 'QUALIFICATION', 'BEST_CASE', '1000.00', '2026-06-20');
  await openDeal(o, cy, 'CLOSED_WON', 'CLOSED', '2500.00', '2026-05-05');
  await openDeal(o, vera, 'PROPOSAL', 'COMMIT', '400.00', '2026-06-10');

  const h = (at: string, stage: OpportunityStage, close: string): State => ({
    at,
    stage,
    category: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
    amount: '999.00',
    close,
  });
  await deal(o, ada, [
    h('2025-07-01', 'PROSPECTING', '2025-10-10'),
    h('2025-08-01', 'DISCOVERY', '2025-10-10'),
    h('2025-09-01', 'PROPOSAL', '2025-10-10'),
    h('2025-10-10', 'CLOSED_WON', '2025-10-10'),
  ]);
  await deal(o, bob, [
    h('2025-08-01', 'PROSPECTING', '2025-11-10'),
    h('2025-09-01', 'PROPOSAL', '2025-11-10'),
    h('2025-11-10', 'CLOSED_LOST', '2025-11-10'),
  ]);
  await deal(o, cy, [
    h('2025-10-01', 'DISCOVERY', '2026-01-15'),
    h('2025-12-01', 'NEGOTIATION', '2026-01-15'),
    h('2026-01-15', 'CLOSED_WON', '2026-01-15'),
  ]);
  await deal(o, cy, [
    h('2025-11-01', 'PROPOSAL', '2026-02-01'),
    h('2025-12-15', 'NEGOTIATION', '2026-02-01'),
    h('2026-02-01', 'CLOSED_LOST', '2026-02-01'),
  ]);
  await deal(o, ada, [h('2025-05-01', 'PROSPECTING', '2025-06-01'), h('2025-06-01', 'CLOSED_LOST', '2025-06-01')]);
  await deal(o, bob, [
    h('2025-01-01', 'PROSPECTING', '2025-03-15'),
    h('2025-02-01', 'PROPOSAL', '2025-03-15'),
    h('2025-03-15', 'CLOSED_WON', '2025-03-15'),
  ]);

  // Quotas. Active FY2026 plan: Ada by month (3 x 1000), Bob by quarter 5000 (his months, 3 x 2000,
  // are covered by it), Cy by month (3 x 1500, plus July outside the period), Mona a team quota
  // of 9000 (never counted: her node is Ada 3000 + Bob 5000 = 8000), Max none (=> Cy's 4500; Sam's
  // overlay quota of 7777 is his alone), Vera none (=> 8000 + 4500 = 12500). A draft and an
  // archived plan of the same year must be ignored.
  const plan = async (status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED', fiscalYear = 2026) =>
    (
      await db.prisma.salesPlan.create({
        data: { organizationId: o, fiscalYear, name: `${status} ${fiscalYear}`, status },
      })
    ).id;
  A.plan = await plan('ACTIVE');
  for (const [m, s, e] of [
    ['04', '2026-04-01', '2026-05-01'],
    ['05', '2026-05-01', '2026-06-01'],
    ['06', '2026-06-01', '2026-07-01'],
  ] as const) {
    await quota(o, A.plan, ada, `FY2026-M${m}`, s, e, '1000.00');
    await quota(o, A.plan, bob, `FY2026-M${m}`, s, e, '2000.00');
    await quota(o, A.plan, cy, `FY2026-M${m}`, s, e, '1500.00');
  }
  await quota(o, A.plan, cy, 'FY2026-M07', '2026-07-01', '2026-08-01', '1500.00');
  await quota(o, A.plan, bob, 'FY2026-Q2', '2026-04-01', '2026-07-01', '5000.00');
  await quota(o, A.plan, A.mona, 'FY2026-Q2', '2026-04-01', '2026-07-01', '9000.00');
  await quota(o, A.plan, A.sam, 'FY2026-Q2', '2026-04-01', '2026-07-01', '7777.00');
  const draft = await plan('DRAFT');
  await quota(o, draft, ada, 'FY2026-Q2', '2026-04-01', '2026-07-01', '99999.00');
  const archived = await plan('ARCHIVED');
  await quota(o, archived, ada, 'FY2026-Q2', '2026-04-01', '2026-07-01', '88888.00');
  // FY2025 has only an archived plan (the year is over): it is the one in force for FY2025 periods.
  const fy2025 = await plan('ARCHIVED', 2025);
  await quota(o, fy2025, ada, 'FY2025-Q4', '2025-10-01', '2026-01-01', '1234.00');
}

async function buildBigTree() {
  // 1 root, 4 managers, 10 reps each, every rep with one open deal in the period and no history.
  BIG.root = await rep(A.org, 'Zed Big VP', 'EXECUTIVE', null);
  BIG.reps = 1;
  for (let m = 0; m < 4; m++) {
    const manager = await rep(A.org, `Big Manager ${m}`, 'MANAGER', BIG.root);
    BIG.reps++;
    for (let r = 0; r < 10; r++) {
      const id = await rep(A.org, `Big Rep ${m}-${r}`, 'AE', manager);
      BIG.reps++;
      await openDeal(A.org, id, 'PROPOSAL', 'COMMIT', '100.00', '2026-05-01');
    }
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  await buildOrgA();
  await buildBigTree();
  await buildOrgB();
  const other = await org('forecast-other');
  otherOrgRep = await rep(other, 'Olga Other', 'MANAGER', null);
  await openDeal(other, otherOrgRep, 'NEGOTIATION', 'COMMIT', '123456.00', '2026-05-01');
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

function periodA(key = 'FY2026-Q2', now = NOW) {
  return forecastPeriod(key, { fiscalYearStartMonth: 1, timeZone: 'UTC' }, now, ['periodKey']);
}

function figures(n: ForecastNode) {
  return {
    closed: cents(n.closed),
    commit: cents(n.commit),
    bestCase: cents(n.bestCase),
    pipeline: cents(n.pipeline),
    commitForecast: cents(n.commitForecast),
    bestCaseForecast: cents(n.bestCaseForecast),
    openPipeline: cents(n.openPipeline),
    weightedPipeline: cents(n.weightedPipeline),
    projection: cents(n.projection),
    quota: cents(n.quota),
    gap: cents(n.gap),
  };
}

// ---------------------------------------------------------------- figures

describe('forecast figures, by hand', () => {
  it('uses the historical win rate of each stage, and the stage probability without history', async () => {
    const rates = await stageWinRates(callerOf(contextFor(A.org), NOW), periodA());
    expect(rates.map((r) => [r.stage, r.closedDeals, r.wonDeals, new Decimal(r.rate).toFixed(6)])).toEqual([
      ['PROSPECTING', 3, 1, '0.333333'],
      ['QUALIFICATION', 0, 0, '0.200000'],
      ['DISCOVERY', 2, 2, '1.000000'],
      ['PROPOSAL', 3, 1, '0.333333'],
      ['NEGOTIATION', 2, 1, '0.500000'],
    ]);
  });

  it('rolls the three levels up: reps, managers and the VP with their own deals', async () => {
    const f = await computeForecast(callerOf(contextFor(A.org), NOW), periodA(), A.vera);
    // Vera = Mona + Max + her own PROPOSAL COMMIT 400.
    //   closed 1000 + 300 + 2700 = 4000; commit 2000 + 1500 + 400 = 3900; bestCase 3000 + 1000;
    //   pipeline 4000 + 800; weighted: Ada 2000x.8 + 3000x.6 + 4000x.4 = 5000, Bob 1500x.8 + 800x.6 = 1680,
    //   Cy 1000x.2 = 200, Vera 400x.6 = 240 => 7120.
    //   projection: 4000 + Ada (2000x.5 + 3000x.333333 + 4000x1 = 5999.999) + Bob (750 + 266.6664)
    //   + Cy 200 + Vera 133.3332 = 11349.9986 -> 11350.00. quota 12500, gap 12500 - 7900 = 4600.
    expect(figures(f.node)).toEqual({
      closed: '4000.00',
      commit: '3900.00',
      bestCase: '4000.00',
      pipeline: '4800.00',
      commitForecast: '7900.00',
      bestCaseForecast: '11900.00',
      openPipeline: '12700.00',
      weightedPipeline: '7120.00',
      projection: '11350.00',
      quota: '12500.00',
      gap: '4600.00',
    });
    expect(f.node.subtreeSize).toBe(7);
    // Children by name: Max, then Mona.
    expect(f.children.map((c) => c.repId)).toEqual([A.max, A.mona]);
    const [max, mona] = f.children as [ForecastNode, ForecastNode];
    // Max = Cy: closed 2700, bestCase 1000, weighted 200, projection 2700 + 200, quota 3 x 1500.
    expect(figures(max)).toEqual({
      closed: '2700.00',
      commit: '0.00',
      bestCase: '1000.00',
      pipeline: '0.00',
      commitForecast: '2700.00',
      bestCaseForecast: '3700.00',
      openPipeline: '1000.00',
      weightedPipeline: '200.00',
      projection: '2900.00',
      quota: '4500.00',
      gap: '1800.00',
    });
    // Mona = Ada + Bob: projection 1300 + 5999.999 + 1016.6664 = 8316.6654 -> 8316.67; quota Ada
    // 3000 + Bob 5000 (her team quota of 9000 never counts), gap 8000 - 4800 = 3200.
    expect(figures(mona)).toEqual({
      closed: '1300.00',
      commit: '3500.00',
      bestCase: '3000.00',
      pipeline: '4800.00',
      commitForecast: '4800.00',
      bestCaseForecast: '7800.00',
      openPipeline: '11300.00',
      weightedPipeline: '6680.00',
      projection: '8316.67',
      quota: '8000.00',
      gap: '3200.00',
    });
    expect([max.subtreeSize, mona.subtreeSize]).toEqual([3, 3]);
    const maxTree = await computeForecast(callerOf(contextFor(A.org), NOW), periodA(), A.max);
    expect(maxTree.children.map((c) => [c.repId, cents(c.quota)])).toEqual([
      [A.cy, '4500.00'],
      [A.sam, '7777.00'],
    ]);
  });

  it('gives the reps their own numbers, quota by quarter over months, and months summed', async () => {
    const f = await computeForecast(callerOf(contextFor(A.org), NOW), periodA(), A.mona);
    const [ada, bob] = f.children as [ForecastNode, ForecastNode];
    expect([ada.repId, bob.repId]).toEqual([A.ada, A.bob]);
    // Ada: 1000 won, projection 1000 + 5999.999 -> 7000.00, quota 3 x 1000.
    expect(figures(ada)).toMatchObject({
      closed: '1000.00',
      commit: '2000.00',
      bestCase: '3000.00',
      pipeline: '4000.00',
    });
    expect(figures(ada)).toMatchObject({ weightedPipeline: '5000.00', projection: '7000.00', quota: '3000.00' });
    // Bob: 60% of 500 won; the overlay split gives Cy nothing; projection 300 + 750 + 266.6664 -> 1316.67.
    expect(figures(bob)).toMatchObject({ closed: '300.00', commit: '1500.00', pipeline: '800.00' });
    expect(figures(bob)).toMatchObject({ weightedPipeline: '1680.00', projection: '1316.67', quota: '5000.00' });
  });

  it('takes the archived plan of a year that has no active one', async () => {
    const f = await computeForecast(callerOf(contextFor(A.org), NOW), periodA('FY2025-Q4'), A.ada);
    expect(cents(f.node.quota)).toBe('1234.00');
  });

  it('lists the deals behind a figure with their credit, adding up to the figure', async () => {
    const caller = callerOf(contextFor(A.org), NOW);
    const closed = await forecastDeals(caller, periodA(), A.max, 'CLOSED', { offset: 0, limit: 10 });
    expect(closed.totalCount).toBe(2);
    expect(closed.deals.map((d) => [cents(d.creditedAmount), new Decimal(d.creditShare).toFixed(2)])).toEqual([
      ['2500.00', '1.00'],
      ['200.00', '0.40'],
    ]);
    const open = await forecastDeals(caller, periodA(), A.vera, 'OPEN_PIPELINE', { offset: 0, limit: 100 });
    // Ada 2000, 3000, 4000; Bob 1500, 800; Cy 1000; Vera 400.
    expect(open.totalCount).toBe(7);
    const sum = (k: 'creditedAmount' | 'weightedAmount') =>
      cents(open.deals.reduce((s, d) => s.plus(d[k]), new Decimal(0)));
    expect([sum('creditedAmount'), sum('weightedAmount')]).toEqual(['12700.00', '7120.00']);
    const page2 = await forecastDeals(caller, periodA(), A.vera, 'OPEN_PIPELINE', { offset: 5, limit: 5 });
    expect(page2.deals.map((d) => cents(d.creditedAmount))).toEqual(['800.00', '400.00']);
    expect(page2.totalCount).toBe(7);
  });
});

// ---------------------------------------------------------------- calls

describe('calls and manager overrides', () => {
  it('layers calls over the rollup: the manager call replaces the subtree, the rollup stays', async () => {
    const at = (iso: string) => callerOf(contextFor(A.org, null, 'user:ops'), instant(iso));
    const submit = (iso: string, repId: number, category: ForecastCategory, amount: string) =>
      submitForecast(at(iso), { repId, periodKey: 'FY2026-Q2', category, amount: new Decimal(amount) });
    for (const r of [
      await submit('2026-05-10T09:00:00Z', A.ada, 'COMMIT', '2200.00'),
      await submit('2026-05-12T09:00:00Z', A.ada, 'COMMIT', '2500.00'),
      await submit('2026-05-13T09:00:00Z', A.mona, 'COMMIT', '4000.00'),
      await submit('2026-05-13T10:00:00Z', A.cy, 'BEST_CASE', '3500.00'),
    ]) {
      expect(r.userErrors).toEqual([]);
    }

    const vera = await computeForecast(callerOf(contextFor(A.org), NOW), periodA(), A.vera);
    const [max, mona] = vera.children as [ForecastNode, ForecastNode];
    const call = (c: ForecastNode['commitCall']) => ({
      rollup: cents(c.rollup),
      submitted: cents(c.submission?.amount),
      subtreeCall: cents(c.subtreeCall),
      final: cents(c.final),
      gap: cents(c.gap),
    });
    // Mona: rollup 4800; below her Ada calls 2500 over a 3000 rollup => 4300; her own call 4000
    // wins: gap 8000 - 4000.
    expect(call(mona.commitCall)).toEqual({
      rollup: '4800.00',
      submitted: '4000.00',
      subtreeCall: '4300.00',
      final: '4000.00',
      gap: '4000.00',
    });
    // Vera: rollup 7900; Mona's call replaces her subtree (Ada's call is below it): 7900 - 800;
    // gap 12500 - 7100.
    expect(call(vera.node.commitCall)).toEqual({
      rollup: '7900.00',
      submitted: null,
      subtreeCall: '7100.00',
      final: '7100.00',
      gap: '5400.00',
    });
    expect(call(max.commitCall)).toMatchObject({ rollup: '2700.00', final: '2700.00' });
    // Best case: Cy calls 3500 over 3700; Max and Vera take it, 200 less.
    expect(call(max.bestCaseCall)).toMatchObject({ rollup: '3700.00', submitted: null, final: '3500.00' });
    expect(call(vera.node.bestCaseCall)).toMatchObject({ rollup: '11900.00', final: '11700.00' });
    // The rollups themselves did not move.
    expect(cents(vera.node.commitForecast)).toBe('7900.00');
    expect(cents(mona.commitForecast)).toBe('4800.00');

    const monaTree = await computeForecast(callerOf(contextFor(A.org), NOW), periodA(), A.mona);
    const ada = monaTree.children[0] as ForecastNode;
    expect(call(ada.commitCall)).toEqual({
      rollup: '3000.00',
      submitted: '2500.00',
      subtreeCall: '3000.00',
      final: '2500.00',
      gap: '500.00',
    });
    expect(ada.commitCall.submission?.submittedBy).toBe('user:ops');
  });

  it('shows the latest call and the history of calls through the API', async () => {
    const data = await client.data<{
      forecast: {
        children: {
          rep: { name: string };
          commitCall: { submission: { amount: string } | null; history: { amount: string }[] };
        }[];
      };
    }>(
      `query($id: ID!) { forecast(periodKey: "FY2026-Q2", repId: $id) {
          children { rep { name } commitCall { submission { amount } history { amount } } } } }`,
      {
        id: toGlobalId('Rep', A.mona),
      },
    );
    const ada = data.forecast.children.find((c) => c.rep.name === 'Ada AE');
    expect(cents(ada?.commitCall.submission?.amount)).toBe('2500.00');
    expect(ada?.commitCall.history.map((h) => cents(h.amount))).toEqual(['2500.00', '2200.00']);
  });
});

// ---------------------------------------------------------------- the API and bad input

const FORECAST = `query($id: ID) { forecast(periodKey: "FY2026-Q2", repId: $id) {
    period { key start end closed }
    winRates { from to stages { stage rate } }
    node { rep { name } subtreeSize hasDirectReports closed commit bestCase pipeline commitForecast bestCaseForecast
      openPipeline weightedPipeline projection quota gap
      commitCall { rollup subtreeCall final submission { amount } } bestCaseCall { rollup final } }
    children { rep { name } closed commitForecast projection quota commitCall { final } } } }`;

interface ForecastData {
  forecast: {
    period: { key: string; start: string; end: string };
    winRates: { from: string; to: string; stages: { stage: string; rate: string }[] };
    node: { rep: { name: string }; subtreeSize: number } & Record<
      'closed' | 'commitForecast' | 'bestCaseForecast' | 'openPipeline' | 'projection' | 'quota',
      string
    >;
    children: { rep: { name: string }; closed: string }[];
  };
}

describe('forecast query', () => {
  it('returns the hand-checked figures with their tree and win-rate window', async () => {
    const data = await client.data<ForecastData>(FORECAST, { id: toGlobalId('Rep', A.vera) });
    expect(data.forecast.period).toMatchObject({ key: 'FY2026-Q2', start: '2026-04-01', end: '2026-07-01' });
    expect(data.forecast.winRates).toMatchObject({ from: '2025-04-01', to: '2026-04-01' });
    const n = data.forecast.node;
    expect(n.rep.name).toBe('Vera VP');
    expect([n.closed, n.commitForecast, n.bestCaseForecast, n.openPipeline, n.projection, n.quota].map(cents)).toEqual([
      '4000.00',
      '7900.00',
      '11900.00',
      '12700.00',
      '11350.00',
      '12500.00',
    ]);
    expect(data.forecast.children.map((c) => [c.rep.name, cents(c.closed)])).toEqual([
      ['Max Manager', '2700.00'],
      ['Mona Manager', '1300.00'],
    ]);
  });

  it('defaults to the top of the hierarchy: the root with the most people under it', async () => {
    const data = await client.data<ForecastData>(FORECAST, {});
    expect(data.forecast.node.rep.name).toBe('Zed Big VP');
    expect(data.forecast.node.subtreeSize).toBe(BIG.reps);
  });

  it('costs the same number of SQL statements for 7 people as for 45', async () => {
    const count = async (id: number) => {
      const before = db.queryCount();
      const data = await client.data<ForecastData>(FORECAST, { id: toGlobalId('Rep', id) });
      expect(data.forecast.node.subtreeSize).toBeGreaterThan(0);
      return db.queryCount() - before;
    };
    const small = await count(A.vera);
    const large = await count(BIG.root);
    expect(small).toBe(large);
    // context, node check, rollup, reps of the tree, win rates
    expect(small).toBeLessThanOrEqual(5);
  });

  it('refuses a rep of another organization and a malformed period, naming the argument', async () => {
    const foreign = await client.request(FORECAST, { id: toGlobalId('Rep', otherOrgRep) });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['repId'] });
    const period = await client.request(`{ forecast(periodKey: "2026Q2") { period { key } } }`);
    expect(period.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['periodKey'] });
  });
});

describe('submitForecast', () => {
  const SUBMIT = `mutation($input: SubmitForecastInput!) { submitForecast(input: $input) {
      submission { id amount category note owner { name } } userErrors { code field message } } }`;
  const counts = async () => {
    const [r] = await db.sql.query<{ s: number; a: number }>(
      `SELECT (SELECT count(*) FROM "ForecastSubmission")::int AS s, (SELECT count(*) FROM "AuditEvent")::int AS a`,
    );
    return r;
  };
  type Payload = {
    submitForecast: {
      submission: { amount: string; category: string; note: string; owner: { name: string } } | null;
      userErrors: { code: string; field: string[] }[];
    };
  };

  it('records a call with its audit event, once per idempotency key', async () => {
    const before = await counts();
    const input = {
      repId: toGlobalId('Rep', A.max),
      periodKey: 'FY2099-Q1',
      category: 'COMMIT',
      amount: '3100.50',
      note: 'Cy closes the big one',
      idempotencyKey: 'call-1',
    };
    const first = await client.data<Payload>(SUBMIT, { input });
    const again = await client.data<Payload>(SUBMIT, { input });
    expect(first.submitForecast.userErrors).toEqual([]);
    expect(first.submitForecast.submission).toMatchObject({ category: 'COMMIT', owner: { name: 'Max Manager' } });
    expect(cents(first.submitForecast.submission?.amount)).toBe('3100.50');
    expect(again).toEqual(first);
    const after = await counts();
    expect([after?.s, after?.a]).toEqual([(before?.s ?? 0) + 1, (before?.a ?? 0) + 1]);
    const [audit] = await db.sql.query<{ action: string; after: { amount: string; ownerId: number } }>(
      `SELECT action, after FROM "AuditEvent" WHERE "entityType" = 'ForecastSubmission' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ action: 'forecastSubmission.create', after: { amount: '3100.5', ownerId: A.max } });
  });

  it('refuses a closed period, a negative amount, CLOSED or PIPELINE and a foreign rep, writing nothing', async () => {
    const before = await counts();
    const refused = async (input: Record<string, unknown>) =>
      (await client.data<Payload>(SUBMIT, { input })).submitForecast;
    const base = { repId: toGlobalId('Rep', A.ada), periodKey: 'FY2099-Q1', category: 'COMMIT', amount: '10.00' };
    const cases = [
      [{ ...base, periodKey: 'FY2020-Q1' }, 'IMMUTABLE', 'periodKey'],
      [{ ...base, amount: '-1.00' }, 'OUT_OF_RANGE', 'amount'],
      [{ ...base, category: 'CLOSED' }, 'INVALID', 'category'],
      [{ ...base, category: 'PIPELINE' }, 'INVALID', 'category'],
      [{ ...base, repId: toGlobalId('Rep', otherOrgRep) }, 'NOT_FOUND', 'repId'],
      [{ ...base, repId: toGlobalId('Account', 1) }, 'INVALID', 'repId'],
      [{ ...base, amount: '10.001' }, 'INVALID', 'amount'],
      [{ ...base, note: 'x'.repeat(2001) }, 'TOO_LONG', 'note'],
    ] as const;
    for (const [input, code, field] of cases) {
      const r = await refused(input);
      expect(r.submission).toBeNull();
      expect(r.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets a rep-bound caller call only for its own subtree', async () => {
    const asMax = callerOf(contextFor(A.org, A.max, 'user:max'), NOW);
    const input = { periodKey: 'FY2026-Q2', category: 'COMMIT' as const, amount: new Decimal('10.00') };
    const outside = await submitForecast(asMax, { ...input, repId: A.ada });
    expect(outside).toEqual({
      submissionId: null,
      userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'repId'] })],
    });
    const above = await submitForecast(asMax, { ...input, repId: A.vera });
    expect(above.userErrors[0]?.code).toBe('FORBIDDEN');
    const below = await submitForecast(asMax, { ...input, repId: A.cy });
    expect(below.userErrors).toEqual([]);
    // Without repId the caller's own node is meant.
    const own = await submitForecast(asMax, input);
    const row = await db.prisma.forecastSubmission.findUniqueOrThrow({ where: { id: own.submissionId as number } });
    expect([row.ownerId, row.submittedBy]).toEqual([A.max, 'user:max']);
    // Cy's and Max's calls are undone so the override expectations above stay as they were.
    await db.prisma.forecastSubmission.deleteMany({ where: { id: { in: [below.submissionId as number, row.id] } } });
  });

  it('reads only what the visibility allows and calls only within the own subtree', async () => {
    const organization = { id: A.org, name: 'Org', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' };
    const callerFor = async (principal: string, repId: number | null, scopes: string[]) => {
      const viewer = { organizationId: A.org, principal, repId, scopes: new Set(scopes) };
      return callerOf(
        buildContext(db, viewer, organization, 'req-visibility', await resolveVisibility(db.sql, viewer)),
        NOW,
      );
    };
    const refused = (promise: Promise<unknown>) =>
      expect(promise).rejects.toMatchObject({ userError: { code: 'FORBIDDEN', field: ['repId'] } });
    const call = { periodKey: 'FY2026-Q2', category: 'COMMIT' as const, amount: new Decimal('10.00') };
    const before = await db.prisma.forecastSubmission.count();
    // A manager's token: Max's subtree (Max, Cy, Sam), nothing beside or above it.
    const max = await callerFor('user:max', A.max, ['read:forecast', 'write:forecast']);
    expect(await resolveNode(max, periodA(), A.cy, ['repId'])).toBe(A.cy);
    expect(await resolveNode(max, periodA(), undefined, ['repId'])).toBe(A.max);
    await refused(resolveNode(max, periodA(), A.ada, ['repId']));
    await refused(resolveNode(max, periodA(), A.vera, ['repId']));
    // A user token bound to no rep sees no rep: no default node, no explicit one, no call.
    const nobody = await callerFor('user:nobody', null, ['read:forecast', 'write:forecast']);
    await refused(resolveNode(nobody, periodA(), undefined, ['repId']));
    await refused(resolveNode(nobody, periodA(), A.vera, ['repId']));
    expect((await submitForecast(nobody, { ...call, repId: A.vera })).userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'repId'] }),
    ]);
    // Sales ops acting as a rep reads the whole organization but calls only within its own subtree.
    const ops = await callerFor('user:ops-max', A.max, ['read:all', 'read:forecast', 'write:forecast']);
    expect(await resolveNode(ops, periodA(), A.ada, ['repId'])).toBe(A.ada);
    expect((await computeForecast(ops, periodA(), A.ada)).node.repId).toBe(A.ada);
    expect((await submitForecast(ops, { ...call, repId: A.ada })).userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'repId'] }),
    ]);
    expect(await db.prisma.forecastSubmission.count()).toBe(before);
  });
});

// ---------------------------------------------------------------- history: changes and accuracy

// Org B, FY2025-Q4 = 2025-10-01 .. 2026-01-01 (ended; "now" is 2026-05-15). Mike manages Rita and Raj.
// Week 6 ends 2025-11-12 00:00 UTC. Each deal's history (the last row is its current state):
//   d1 Rita  09-01 PROPOSAL BEST_CASE 1000 close 11-30 | 10-20 NEGOTIATION COMMIT | 11-25 WON 1200 close 11-25
//   d2 Rita  09-15 NEGOTIATION COMMIT 2000 close 12-15 | 12-01 close 2026-01-20 | 2026-01-20 WON
//   d7 Rita  10-01 PROPOSAL PIPELINE 700 close 12-30   | 12-02 BEST_CASE
//   d3 Raj   11-20 DISCOVERY PIPELINE 500 close 12-20  | 12-18 WON close 12-18
//   d4 Raj   08-01 PROPOSAL BEST_CASE 3000 close 2026-02-15 | 11-20 close 12-10 | 12-22 LOST
//   d5 Raj   07-01 PROSPECTING 800 close 10-05         | 10-05 WON
//   d6 Raj   09-01 PROSPECTING PIPELINE 400 close 12-31 | 12-05 amount 450
// Win rates (closed 2024-10-01 .. 2025-10-01): NEGOTIATION won 1 of 2 = 0.5, PROSPECTING 0 of 1 = 0,
// the other stages their probability (PROPOSAL 0.6).
async function buildOrgB() {
  B.org = await org('forecast-b');
  B.mike = await rep(B.org, 'Mike Manager', 'MANAGER', null);
  B.rita = await rep(B.org, 'Rita Rep', 'AE', B.mike);
  B.raj = await rep(B.org, 'Raj Rep', 'AE', B.mike);
  const s = (
    at: string,
    stage: OpportunityStage,
    category: ForecastCategory,
    amount: string,
    close: string,
  ): State => ({
    at,
    stage,
    category,
    amount,
    close,
  });
  B.d1 = await deal(B.org, B.rita, [
    s('2025-09-01', 'PROPOSAL', 'BEST_CASE', '1000.00', '2025-11-30'),
    s('2025-10-20', 'NEGOTIATION', 'COMMIT', '1000.00', '2025-11-30'),
    s('2025-11-25', 'CLOSED_WON', 'CLOSED', '1200.00', '2025-11-25'),
  ]);
  B.d2 = await deal(B.org, B.rita, [
    s('2025-09-15', 'NEGOTIATION', 'COMMIT', '2000.00', '2025-12-15'),
    s('2025-12-01', 'NEGOTIATION', 'COMMIT', '2000.00', '2026-01-20'),
    s('2026-01-20', 'CLOSED_WON', 'CLOSED', '2000.00', '2026-01-20'),
  ]);
  B.d7 = await deal(B.org, B.rita, [
    s('2025-10-01', 'PROPOSAL', 'PIPELINE', '700.00', '2025-12-30'),
    s('2025-12-02', 'PROPOSAL', 'BEST_CASE', '700.00', '2025-12-30'),
  ]);
  B.d3 = await deal(B.org, B.raj, [
    s('2025-11-20', 'DISCOVERY', 'PIPELINE', '500.00', '2025-12-20'),
    s('2025-12-18', 'CLOSED_WON', 'CLOSED', '500.00', '2025-12-18'),
  ]);
  B.d4 = await deal(B.org, B.raj, [
    s('2025-08-01', 'PROPOSAL', 'BEST_CASE', '3000.00', '2026-02-15'),
    s('2025-11-20', 'PROPOSAL', 'BEST_CASE', '3000.00', '2025-12-10'),
    s('2025-12-22', 'CLOSED_LOST', 'OMITTED', '3000.00', '2025-12-22'),
  ]);
  await deal(B.org, B.raj, [
    s('2025-07-01', 'PROSPECTING', 'PIPELINE', '800.00', '2025-10-05'),
    s('2025-10-05', 'CLOSED_WON', 'CLOSED', '800.00', '2025-10-05'),
  ]);
  B.d6 = await deal(B.org, B.raj, [
    s('2025-09-01', 'PROSPECTING', 'PIPELINE', '400.00', '2025-12-31'),
    s('2025-12-05', 'PROSPECTING', 'PIPELINE', '450.00', '2025-12-31'),
  ]);
  // Win-rate history.
  await deal(B.org, B.rita, [
    s('2025-01-01', 'NEGOTIATION', 'COMMIT', '1.00', '2025-03-01'),
    s('2025-03-01', 'CLOSED_WON', 'CLOSED', '1.00', '2025-03-01'),
  ]);
  await deal(B.org, B.rita, [
    s('2025-01-01', 'NEGOTIATION', 'COMMIT', '1.00', '2025-04-01'),
    s('2025-04-01', 'CLOSED_LOST', 'OMITTED', '1.00', '2025-04-01'),
  ]);
  await deal(B.org, B.raj, [
    s('2025-02-01', 'PROSPECTING', 'PIPELINE', '1.00', '2025-05-01'),
    s('2025-05-01', 'CLOSED_LOST', 'OMITTED', '1.00', '2025-05-01'),
  ]);
  // Calls: Rita 2800 before week 6 and 3100 after it; Mike 3500 before it.
  const call = (ownerId: number, amount: string, at: string) =>
    db.prisma.forecastSubmission.create({
      data: {
        organizationId: B.org,
        ownerId,
        periodKey: 'FY2025-Q4',
        category: 'COMMIT',
        amount,
        submittedBy: 'dev',
        submittedAt: instant(at),
      },
    });
  await call(B.rita, '2800.00', '2025-11-10T10:00:00Z');
  await call(B.rita, '3100.00', '2025-11-20T10:00:00Z');
  await call(B.mike, '3500.00', '2025-11-11T10:00:00Z');
}

describe('pipeline changes', () => {
  const window = () => ({
    period: periodA('FY2025-Q4'),
    repId: B.mike,
    since: instant('2025-11-12T00:00:00Z'),
    until: instant('2025-12-20T23:59:00Z'),
  });

  it('classifies what moved between two moments from history', async () => {
    const caller = callerOf(contextFor(B.org), NOW);
    const page = await changePage(caller, window(), null, { offset: 0, limit: 50 });
    const byDeal = Object.fromEntries(
      page.changes.map((c) => [c.opportunityId, [c.kind, cents(c.amountBefore), cents(c.amountAfter), cents(c.delta)]]),
    );
    expect(byDeal).toEqual({
      [B.d1]: ['WON', '1000.00', '1200.00', '200.00'],
      [B.d2]: ['PUSHED', '2000.00', '0.00', '-2000.00'],
      [B.d3]: ['WON', '0.00', '500.00', '500.00'],
      [B.d4]: ['PULLED_IN', '0.00', '3000.00', '3000.00'],
      [B.d6]: ['AMOUNT_CHANGED', '400.00', '450.00', '50.00'],
      [B.d7]: ['CATEGORY_CHANGED', '700.00', '700.00', '0.00'],
    });
    expect(page.totalCount).toBe(6);
    const d3 = page.changes.find((c) => c.opportunityId === B.d3);
    expect(d3?.before).toBeNull();
    const d7 = page.changes.find((c) => c.opportunityId === B.d7);
    expect([d7?.before?.forecastCategory, d7?.after.forecastCategory]).toEqual(['PIPELINE', 'BEST_CASE']);
  });

  it('sums the kinds, and the deltas bridge closed + open pipeline between the moments', async () => {
    const caller = callerOf(contextFor(B.org), NOW);
    const summary = await changeSummary(caller, window());
    expect(summary.map((s) => [s.kind, s.count, cents(s.amountBefore), cents(s.amountAfter), cents(s.delta)])).toEqual([
      ['WON', 2, '1000.00', '1700.00', '700.00'],
      ['PUSHED', 1, '2000.00', '0.00', '-2000.00'],
      ['PULLED_IN', 1, '0.00', '3000.00', '3000.00'],
      ['AMOUNT_CHANGED', 1, '400.00', '450.00', '50.00'],
      ['CATEGORY_CHANGED', 1, '700.00', '700.00', '0.00'],
    ]);
    // Counted at `since`: d1 1000, d2 2000, d5 800 (won), d6 400, d7 700 = 4900.
    // At `until`: d1 1200, d3 500, d4 3000, d5 800, d6 450, d7 700 = 6650; 6650 - 4900 = 1750.
    expect(cents(summary.reduce((s, k) => s.plus(k.delta), new Decimal(0)))).toBe('1750.00');
  });

  it("narrows to a rep's subtree and to chosen kinds, through the API", async () => {
    const caller = callerOf(contextFor(B.org), NOW);
    const raj = await changePage(caller, { ...window(), repId: B.raj }, ['WON', 'PULLED_IN'], { offset: 0, limit: 50 });
    expect(raj.changes.map((c) => [c.opportunityId, c.kind])).toEqual([
      [B.d4, 'PULLED_IN'],
      [B.d3, 'WON'],
    ]);
  });
});

describe('forecast accuracy', () => {
  it('takes the calls and the forecasts of week 6 from history and compares them with what closed', async () => {
    const caller = callerOf(contextFor(B.org), NOW);
    const period = periodA('FY2025-Q4');
    const asOf = instant('2025-11-12T00:00:00Z');
    const acc = await forecastAccuracy(caller, period, B.mike, asOf);
    const m = (x: { forecast: Decimal | null; error: Decimal | null }) => [
      cents(x.forecast),
      x.error === null ? null : new Decimal(x.error).toFixed(6),
    ];
    // At week 6: Rita commit d1 1000 + d2 2000, pipeline d7 700 (projection 1000x.5 + 2000x.5 + 700x.6 = 1920);
    // Raj won d5 800, pipeline d6 400 (PROSPECTING 0). Won in the period: Rita d1 1200; Raj d3 500 + d5 800.
    const mike = acc.node;
    expect([cents(mike.actual), cents(mike.closedAtPoint)]).toEqual(['2500.00', '800.00']);
    expect(m(mike.commitCall)).toEqual(['3500.00', '0.400000']);
    expect(m(mike.bestCaseCall)).toEqual([null, null]);
    expect(m(mike.commitForecast)).toEqual(['3800.00', '0.520000']);
    expect(m(mike.bestCaseForecast)).toEqual(['3800.00', '0.520000']);
    expect(m(mike.projection)).toEqual(['2720.00', '0.088000']);
    const [raj, rita] = acc.children;
    expect([raj?.repId, rita?.repId]).toEqual([B.raj, B.rita]);
    // Rita's call at week 6 is the 2800 of 11-10 (the 3100 came later): (2800 - 1200) / 1200.
    expect(m(rita?.commitCall as never)).toEqual(['2800.00', '1.333333']);
    expect(m(rita?.commitForecast as never)).toEqual(['3000.00', '1.500000']);
    expect(m(rita?.projection as never)).toEqual(['1920.00', '0.600000']);
    expect(m(raj?.commitForecast as never)).toEqual(['800.00', '-0.384615']);
    expect(cents(raj?.commitForecast.absoluteError)).toBe('0.38');
  });

  it('answers for ended periods only, at a point inside them, through the API', async () => {
    const ok = await client.request(
      `query($id: ID!) { forecastAccuracy(periodKey: "FY2026-Q2", repId: $id, week: 6) { asOf node { actual } } }`,
      { id: toGlobalId('Rep', A.mona) },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ forecastAccuracy: { asOf: '2026-05-13T00:00:00.000Z', node: { actual: '1300.00' } } });
    const open = await client.request(`{ forecastAccuracy(periodKey: "FY2099-Q1", week: 6) { asOf } }`);
    expect(open.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['periodKey'] });
    const late = await client.request(`{ forecastAccuracy(periodKey: "FY2026-Q2", week: 14) { asOf } }`);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['week'] });
  });
});
