// Forecast scopes, snapshots and backtests (issue 19) against numbers worked out by hand on a small
// organization with a known deal history, and against SQL written here for a rep-bound and a
// manager-bound caller.
//
// Fiscal year = calendar year, UTC. FY2025-Q4 = 2025-10-01..2026-01-01, FY2026-Q1 = 2026-01-01..
// 04-01 (90 days: 12 full weeks), FY2026-Q2 = 04-01..07-01 (91 days: 13 weeks). Week w of a
// period ends at its start + 7w days: Q1 week 5 = 2026-02-05, Q2 week 5 = 2026-05-06, week 6 =
// 2026-05-13. The service clock is NOW = 2026-08-15 (Q3 open).
//
//   Vera (EXECUTIVE) ── Mona (MANAGER) ── Ada (AE)
//                    └─ Max (MANAGER)  ── Cy (AE)
//
// History (at, stage, category, amount, close):
//   z  Ada  2025-11-15 CLOSED_WON 1000 close 2025-11-15                 (FY2025-Q4 bookings: 1000)
//   e1 Ada  2025-12-20 PROPOSAL COMMIT 2000 close 02-15; 2026-02-15 CLOSED_WON 2000
//   e2 Cy   2026-01-10 NEGOTIATION BEST_CASE 1000 close 03-10; 2026-03-10 CLOSED_LOST OMITTED
//   d1 Ada  2026-03-20 PROPOSAL BEST_CASE 1000 close 06-15; 05-10 NEGOTIATION COMMIT 1200;
//           06-10 CLOSED_WON 1200 close 06-10. Line items now: P1 (family Core) 900 + P2 (family Add) 300.
//   d2 Ada  2026-04-02 DISCOVERY PIPELINE 500 close 05-30; 05-12 the same, close 08-15 (pushed out)
//   d3 Cy   2026-04-20 QUALIFICATION COMMIT 800 close 06-20; 06-25 CLOSED_LOST OMITTED
//   d4 Cy   2026-05-08 PROPOSAL COMMIT 300 close 06-01; 05-30 CLOSED_WON 300 close 05-30
// Accounts: Ada's deals on West (territory West below All, segment SMB, region NA); Cy's on East
// (territory East below All, segment ENT, region EMEA).
// Calls (Vera, COMMIT): FY2026-Q1 1800 on 2026-02-01; FY2026-Q2 1200 on 2026-05-01.
//
// Win rates: Q1's window (deals closed in 2025, history before 2026-01-01) has only z, which went
// through no open stage: the stage probabilities (PROPOSAL 0.6, NEGOTIATION 0.8, QUALIFICATION 0.2,
// DISCOVERY 0.4). Q2's window (closed 2025-04-01..2026-04-01) has z, e1 (PROPOSAL, won) and e2
// (NEGOTIATION, lost): PROPOSAL 1, NEGOTIATION 0, the others their probabilities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveVisibility } from '../api/src/access/visibility.js';
import { forecastBacktest, score } from '../api/src/forecast/backtest.js';
import { changeSummary } from '../api/src/forecast/changes.js';
import { resolveDealScope } from '../api/src/forecast/dimension.js';
import { forecastPeriod } from '../api/src/forecast/period.js';
import { callerOf, resolveNode } from '../api/src/forecast/scope.js';
import { forecastSnapshot, snapshotPoint, weekEnd } from '../api/src/forecast/snapshot.js';
import type { ForecastCategory, OpportunityStage, RepRole } from '../api/src/generated/prisma/client.js';
import { buildContext } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const instant = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
const money = (v: Decimal | string | null | undefined) => (v == null ? null : new Decimal(v).toFixed(2));
const NOW = instant('2026-08-15');
const CLOCK = { fiscalYearStartMonth: 1, timeZone: 'UTC' };
const period = (key: string) => forecastPeriod(key, CLOCK, NOW, ['periodKey']);

const S = {
  org: 0,
  other: 0,
  vera: 0,
  mona: 0,
  ada: 0,
  max: 0,
  cy: 0,
  all: 0,
  west: 0,
  east: 0,
  p1: 0,
  p2: 0,
  otherProduct: 0,
  d1: 0,
  d2: 0,
  d4: 0,
};

interface State {
  at: string;
  stage: OpportunityStage;
  category: ForecastCategory;
  amount: string;
  close: string;
}

async function rep(name: string, role: RepRole, managerId: number | null) {
  const r = await db.prisma.rep.create({
    data: {
      organizationId: S.org,
      name,
      email: `${name.toLowerCase()}@snapshot.test`,
      role,
      managerId,
      region: 'NA',
      hireDate: day('2020-01-01'),
    },
  });
  return r.id;
}

async function deal(ownerId: number, accountId: number, states: State[]) {
  const now = states.at(-1) as State;
  const o = await db.prisma.opportunity.create({
    data: {
      organizationId: S.org,
      name: `Deal ${ownerId} ${states[0]?.at}`,
      accountId,
      ownerId,
      amount: now.amount,
      type: 'NEW_BUSINESS',
      stage: now.stage,
      forecastCategory: now.category,
      createdDate: day((states[0] as State).at.slice(0, 10)),
      closeDate: day(now.close),
      history: {
        create: states.map((s) => ({
          organizationId: S.org,
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

async function build() {
  S.org = (
    await db.prisma.organization.create({ data: { name: 'snap', slug: 'forecast-snapshot', fiscalYearStartMonth: 1 } })
  ).id;
  S.vera = await rep('Vera', 'EXECUTIVE', null);
  S.mona = await rep('Mona', 'MANAGER', S.vera);
  S.max = await rep('Max', 'MANAGER', S.vera);
  S.ada = await rep('Ada', 'AE', S.mona);
  S.cy = await rep('Cy', 'AE', S.max);
  const plan = await db.prisma.salesPlan.create({ data: { organizationId: S.org, fiscalYear: 2026, name: 'FY2026' } });
  const territory = (name: string, parentId: number | null) =>
    db.prisma.territory
      .create({ data: { organizationId: S.org, salesPlanId: plan.id, name, kind: 'GEO', parentId } })
      .then((t) => t.id);
  S.all = await territory('All', null);
  S.west = await territory('West', S.all);
  S.east = await territory('East', S.all);
  const account = (name: string, territoryId: number, segment: 'SMB' | 'ENT', region: string) =>
    db.prisma.account
      .create({
        data: {
          organizationId: S.org,
          name,
          industry: 'Software',
          country: 'US',
          region,
          employees: 50,
          segment,
          territoryId,
        },
      })
      .then((a) => a.id);
  const west = await account('West Co', S.west, 'SMB', 'NA');
  const east = await account('East Co', S.east, 'ENT', 'EMEA');
  const product = (organizationId: number, name: string, family: string) =>
    db.prisma.product.create({ data: { organizationId, name, family, listPrice: '100.00' } }).then((p) => p.id);
  S.p1 = await product(S.org, 'P1', 'Core');
  S.p2 = await product(S.org, 'P2', 'Add');

  await deal(S.ada, west, [
    { at: '2025-11-15', stage: 'CLOSED_WON', category: 'CLOSED', amount: '1000.00', close: '2025-11-15' },
  ]);
  await deal(S.ada, west, [
    { at: '2025-12-20', stage: 'PROPOSAL', category: 'COMMIT', amount: '2000.00', close: '2026-02-15' },
    { at: '2026-02-15', stage: 'CLOSED_WON', category: 'CLOSED', amount: '2000.00', close: '2026-02-15' },
  ]);
  await deal(S.cy, east, [
    { at: '2026-01-10', stage: 'NEGOTIATION', category: 'BEST_CASE', amount: '1000.00', close: '2026-03-10' },
    { at: '2026-03-10', stage: 'CLOSED_LOST', category: 'OMITTED', amount: '1000.00', close: '2026-03-10' },
  ]);
  S.d1 = await deal(S.ada, west, [
    { at: '2026-03-20', stage: 'PROPOSAL', category: 'BEST_CASE', amount: '1000.00', close: '2026-06-15' },
    { at: '2026-05-10', stage: 'NEGOTIATION', category: 'COMMIT', amount: '1200.00', close: '2026-06-15' },
    { at: '2026-06-10', stage: 'CLOSED_WON', category: 'CLOSED', amount: '1200.00', close: '2026-06-10' },
  ]);
  await db.prisma.opportunityLineItem.createMany({
    data: [
      {
        organizationId: S.org,
        opportunityId: S.d1,
        productId: S.p1,
        quantity: '9',
        unitPrice: '100.00',
        totalPrice: '900.00',
      },
      {
        organizationId: S.org,
        opportunityId: S.d1,
        productId: S.p2,
        quantity: '3',
        unitPrice: '100.00',
        totalPrice: '300.00',
      },
    ],
  });
  S.d2 = await deal(S.ada, west, [
    { at: '2026-04-02', stage: 'DISCOVERY', category: 'PIPELINE', amount: '500.00', close: '2026-05-30' },
    { at: '2026-05-12', stage: 'DISCOVERY', category: 'PIPELINE', amount: '500.00', close: '2026-08-15' },
  ]);
  await deal(S.cy, east, [
    { at: '2026-04-20', stage: 'QUALIFICATION', category: 'COMMIT', amount: '800.00', close: '2026-06-20' },
    { at: '2026-06-25', stage: 'CLOSED_LOST', category: 'OMITTED', amount: '800.00', close: '2026-06-25' },
  ]);
  S.d4 = await deal(S.cy, east, [
    { at: '2026-05-08', stage: 'PROPOSAL', category: 'COMMIT', amount: '300.00', close: '2026-06-01' },
    { at: '2026-05-30', stage: 'CLOSED_WON', category: 'CLOSED', amount: '300.00', close: '2026-05-30' },
  ]);
  const call = (periodKey: string, amount: string, at: string) =>
    db.prisma.forecastSubmission.create({
      data: {
        organizationId: S.org,
        ownerId: S.vera,
        periodKey,
        category: 'COMMIT',
        amount,
        submittedBy: 'user:vera',
        submittedAt: instant(at),
      },
    });
  await call('FY2026-Q1', '1800.00', '2026-02-01');
  await call('FY2026-Q2', '1200.00', '2026-05-01');

  S.other = (
    await db.prisma.organization.create({
      data: { name: 'o', slug: 'forecast-snapshot-other', fiscalYearStartMonth: 1 },
    })
  ).id;
  S.otherProduct = await product(S.other, 'Foreign', 'Core');
}

beforeAll(async () => {
  db = await createTestDatabase();
  await build();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

/** A request's caller: organization-wide (repId null, admin) or bound to a rep with its visibility. */
async function callerFor(repId: number | null) {
  const viewer = {
    organizationId: S.org,
    principal: repId === null ? 'dev' : `user:${repId}`,
    repId,
    scopes: new Set(repId === null ? ['admin'] : ['read:forecast']),
  };
  const org = { id: S.org, name: 'snap', currency: 'USD', ...CLOCK };
  return callerOf(buildContext(db, viewer, org, 'req-snapshot', await resolveVisibility(db.sql, viewer)), NOW);
}

async function snapshot(repId: number, key: string, point: { week?: number; asOf?: Date }, scope = null as never) {
  const caller = await callerFor(null);
  const p = period(key);
  return forecastSnapshot(caller, p, repId, await snapshotPoint(caller, p, point), scope);
}

describe('snapshots', () => {
  it('shows week 5 of FY2026-Q2 as it stood, not as today', async () => {
    const week5 = await snapshot(S.vera, 'FY2026-Q2', { week: 5 });
    expect(week5.asOf).toEqual(day('2026-05-06'));
    // d1 BEST_CASE 1000 (PROPOSAL), d2 PIPELINE 500 (DISCOVERY), d3 COMMIT 800 (QUALIFICATION); d4 not yet created.
    const n = week5.forecast.node;
    expect([n.closed, n.commit, n.bestCase, n.pipeline].map(money)).toEqual(['0.00', '800.00', '1000.00', '500.00']);
    expect(money(n.commitForecast)).toBe('800.00');
    expect(money(n.bestCaseForecast)).toBe('1800.00');
    // 1000 x 0.6 + 800 x 0.2 + 500 x 0.4 (stage probabilities)
    expect(money(n.weightedPipeline)).toBe('960.00');
    // Q2 rates: PROPOSAL 1, QUALIFICATION 0.2, DISCOVERY 0.4: 1000 + 160 + 200
    expect(money(n.projection)).toBe('1360.00');
    // Vera's call of 2026-05-01 stood then.
    expect(money(n.commitCall.final)).toBe('1200.00');
    const byRep = new Map(week5.forecast.children.map((c) => [c.repId, c]));
    expect(money(byRep.get(S.mona)?.bestCaseForecast)).toBe('1000.00');
    expect(money(byRep.get(S.max)?.commitForecast)).toBe('800.00');

    // Today: d1 (1200) and d4 (300) won, d2 pushed to Q3, d3 lost.
    const today = await snapshot(S.vera, 'FY2026-Q2', {});
    expect(today.asOf).toBeNull();
    expect([today.forecast.node.closed, today.forecast.node.openPipeline].map(money)).toEqual(['1500.00', '0.00']);
  });

  it('moves from week 5 to week 6 as forecastChanges lists it', async () => {
    const week6 = await snapshot(S.vera, 'FY2026-Q2', { week: 6 });
    // d1 now NEGOTIATION COMMIT 1200, d2 pushed out, d3 COMMIT 800, d4 PROPOSAL COMMIT 300.
    expect([week6.forecast.node.commit, week6.forecast.node.bestCase, week6.forecast.node.pipeline].map(money)).toEqual(
      ['2300.00', '0.00', '0.00'],
    );
    const caller = await callerFor(null);
    const summary = await changeSummary(caller, {
      period: period('FY2026-Q2'),
      repId: S.vera,
      since: weekEnd(period('FY2026-Q2'), 5, 'UTC'),
      until: weekEnd(period('FY2026-Q2'), 6, 'UTC'),
    });
    expect(summary.map((s) => [s.kind, s.count, money(s.delta)])).toEqual([
      ['PUSHED', 1, '-500.00'],
      ['ADDED', 1, '300.00'],
      ['AMOUNT_CHANGED', 1, '200.00'],
    ]);
    // The deltas add up to the change of closed + open pipeline between the snapshots (2300 - 2300).
    const week5 = await snapshot(S.vera, 'FY2026-Q2', { week: 5 });
    const total = (n: typeof week5.forecast.node) => n.closed.plus(n.openPipeline);
    const moved = summary.reduce((s, c) => s.plus(c.delta), new Decimal(0));
    expect(money(moved)).toBe(money(total(week6.forecast.node).minus(total(week5.forecast.node))));
  });

  it('refuses a moment in the future, before the history, or outside the weeks, naming the argument', async () => {
    const caller = await callerFor(null);
    const q3 = period('FY2026-Q3');
    await expect(snapshotPoint(caller, q3, { asOf: instant('2026-08-20') })).rejects.toMatchObject({
      userError: { code: 'OUT_OF_RANGE', field: ['asOf'] },
    });
    // Q3 week 3 ends 2026-07-22, before NOW; week 7 ends 2026-08-19, after it.
    await expect(snapshotPoint(caller, q3, { week: 3 })).resolves.toMatchObject({ week: 3 });
    await expect(snapshotPoint(caller, q3, { week: 7 })).rejects.toMatchObject({ userError: { field: ['week'] } });
    // The organization's history starts 2025-11-15 12:00.
    await expect(
      snapshotPoint(caller, period('FY2025-Q4'), { asOf: instant('2025-11-15T11:00:00Z') }),
    ).rejects.toMatchObject({ userError: { code: 'OUT_OF_RANGE', field: ['asOf'] } });
    await expect(snapshotPoint(caller, period('FY2026-Q2'), { week: 14 })).rejects.toMatchObject({
      userError: { code: 'OUT_OF_RANGE', field: ['week'] },
    });
    await expect(
      snapshotPoint(caller, period('FY2026-Q2'), { week: 1, asOf: instant('2026-04-05') }),
    ).rejects.toMatchObject({ userError: { field: ['asOf'] } });
  });
});

describe('scopes', () => {
  const scoped = async (input: Parameters<typeof resolveDealScope>[1], point: { week?: number } = {}) => {
    const caller = await callerFor(null);
    const p = period('FY2026-Q2');
    const scope = await resolveDealScope(caller, input, ['scope']);
    return forecastSnapshot(caller, p, S.vera, await snapshotPoint(caller, p, point), scope);
  };

  it('counts a product or family by its share of each deal', async () => {
    // d1 now: P1 900 of 1200 (share 0.75); d4 has no line items.
    const p1 = await scoped({ productId: S.p1 });
    expect(money(p1.forecast.node.closed)).toBe('900.00');
    const add = await scoped({ productFamily: 'Add' });
    expect(money(add.forecast.node.closed)).toBe('300.00');
    // At week 5 d1 was 1000 in BEST_CASE: today's mix, 0.75 x 1000.
    const then = await scoped({ productId: S.p1 }, { week: 5 });
    expect([then.forecast.node.bestCase, then.forecast.node.commit].map(money)).toEqual(['750.00', '0.00']);
  });

  it('counts the deals of a territory subtree, a segment or a region', async () => {
    const all = await scoped({ territoryId: S.all });
    expect(money(all.forecast.node.closed)).toBe('1500.00');
    const west = await scoped({ territoryId: S.west });
    expect(money(west.forecast.node.closed)).toBe('1200.00');
    const ent = await scoped({ segment: 'ENT' });
    expect(money(ent.forecast.node.closed)).toBe('300.00');
    const emea = await scoped({ region: 'EMEA' }, { week: 5 });
    expect(money(emea.forecast.node.commit)).toBe('800.00');
    expect(money(emea.forecast.node.bestCase)).toBe('0.00');
  });

  it('refuses a scope outside the organization, naming the argument', async () => {
    const caller = await callerFor(null);
    await expect(resolveDealScope(caller, { productId: S.otherProduct }, ['scope'])).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND', field: ['scope', 'productId'] },
    });
    await expect(resolveDealScope(caller, { region: 'Mars' }, ['scope'])).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND', field: ['scope', 'region'] },
    });
    await expect(resolveDealScope(caller, { productFamily: 'None' }, ['scope'])).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND', field: ['scope', 'productFamily'] },
    });
    await expect(resolveDealScope(caller, { territoryId: 999_999 }, ['scope'])).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND', field: ['scope', 'territoryId'] },
    });
  });
});

describe('backtests', () => {
  const backtest = async (repId: number | null, keys: string[]) => {
    const caller = await callerFor(repId);
    const periods = keys.map(period);
    const roots: number[] = [];
    for (const p of periods) roots.push(await resolveNode(caller, p, undefined, ['repId']));
    return forecastBacktest(caller, periods, roots);
  };

  it('scores calls, rollups and projection at week 5 over two ended quarters by hand', async () => {
    const bt = await backtest(null, ['FY2026-Q1', 'FY2026-Q2']);
    const node = bt.node;
    expect(node.repId).toBe(S.vera);
    // Actual Q1 2000 (e1), naive = FY2025-Q4 bookings 1000; actual Q2 1500 (d1 + d4), naive = Q1's 2000.
    expect(node.periods.map((p) => [p.period.key, money(p.actual), money(p.naive)])).toEqual([
      ['FY2026-Q1', '2000.00', '1000.00'],
      ['FY2026-Q2', '1500.00', '2000.00'],
    ]);
    expect(node.periods.map((p) => p.weeks.length)).toEqual([12, 13]);
    // Week 5: Q1 commit call 1800 (-0.1), Q2 1200 (-0.2): MAPE 0.15, bias -0.15,
    // MASE = mean(200, 300) / mean(|1000 - 2000|, |2000 - 1500|) = 250 / 750.
    const w5 = node.weeks.find((w) => w.week === 5);
    const s = (x: { mape: Decimal | null; bias: Decimal | null; mase: Decimal | null; observations: number }) => [
      x.observations,
      x.mape?.toFixed(6),
      x.bias?.toFixed(6),
      x.mase?.toFixed(6),
    ];
    expect(s(w5!.scores.commitCall)).toEqual([2, '0.150000', '-0.150000', '0.333333']);
    // Commit rollup: Q1 2000 (e1 COMMIT) error 0; Q2 800 error -700/1500 = -0.466667.
    // MAPE (0 + 0.4666..)/2, MASE mean(0, 700) / 750.
    expect(s(w5!.scores.commitForecast)).toEqual([2, '0.233333', '-0.233333', '0.466667']);
    // Best case: Q1 3000 (+0.5), Q2 1800 (+0.2): MASE mean(1000, 300) / 750.
    expect(s(w5!.scores.bestCaseForecast)).toEqual([2, '0.350000', '0.350000', '0.866667']);
    // Projection: Q1 2000 x 0.6 + 1000 x 0.8 = 2000 (error 0); Q2 1360 (-140/1500 = -0.093333).
    expect(s(w5!.scores.projection)).toEqual([2, '0.046667', '-0.046667', '0.093333']);
    // No BEST_CASE calls.
    expect(s(w5!.scores.bestCaseCall)).toEqual([0, undefined, undefined, undefined]);
    // Week 4 ends before either call (Q1 01-29, Q2 04-29): no observation.
    expect(node.weeks.find((w) => w.week === 4)?.scores.commitCall.observations).toBe(0);
    // Call reliability: Q1 weeks 5-12 (8 weeks) at |-0.1|, Q2 weeks 5-13 (9 weeks) at |-0.2|:
    // 1 - (0.8 + 1.8) / 17 = 0.847059.
    expect(node.callReliability?.toFixed(6)).toBe('0.847059');
    // The per-period figures of week 5 are the snapshot's.
    const q2w5 = node.periods[1]?.weeks.find((w) => w.week === 5);
    expect([q2w5?.measures.commitForecast.forecast, q2w5?.measures.projection.forecast].map(money)).toEqual([
      '800.00',
      '1360.00',
    ]);
    // Direct reports: Mona actual Q2 1200 (d1), Max 300 (d4); neither called.
    expect(bt.children.map((c) => [c.repId, money(c.periods[1]?.actual), c.callReliability])).toEqual([
      [S.max, '300.00', null],
      [S.mona, '1200.00', null],
    ]);
  });

  it('equals the snapshot at every week for every node', async () => {
    const bt = await backtest(null, ['FY2026-Q2']);
    const caller = await callerFor(null);
    const p = period('FY2026-Q2');
    for (const week of [1, 5, 6, 9, 13]) {
      const snap = await forecastSnapshot(caller, p, S.vera, await snapshotPoint(caller, p, { week }), null);
      for (const n of [snap.forecast.node, ...snap.forecast.children]) {
        const b = (n.repId === S.vera ? bt.node : bt.children.find((c) => c.repId === n.repId))?.periods[0]?.weeks[
          week - 1
        ];
        expect(
          [
            b?.measures.commitForecast.forecast,
            b?.measures.bestCaseForecast.forecast,
            b?.measures.projection.forecast,
          ].map(money),
        ).toEqual([n.commitForecast, n.bestCaseForecast, n.projection].map(money));
      }
    }
  });

  it('scores MASE against SQL for a manager-bound caller and refuses what it cannot see', async () => {
    const bt = await backtest(S.mona, ['FY2026-Q1', 'FY2026-Q2']);
    expect(bt.node.repId).toBe(S.mona);
    expect(bt.children.map((c) => c.repId)).toEqual([S.ada]);
    // Won by Mona's subtree (Mona, Ada), from SQL over the deals table.
    const won = async (from: string, to: string) => {
      const rows = await db.sql.query<{ total: string | null }>(
        `SELECT sum(o.amount)::text AS total FROM "Opportunity" o
          WHERE o."organizationId" = $1 AND o.stage = 'CLOSED_WON' AND o."ownerId" = ANY($2::int[])
            AND o."closeDate" >= $3::date AND o."closeDate" < $4::date`,
        [S.org, [S.mona, S.ada], from, to],
      );
      return money(rows[0]?.total ?? '0');
    };
    expect(bt.node.periods.map((p) => [money(p.actual), money(p.naive)])).toEqual([
      [await won('2026-01-01', '2026-04-01'), await won('2025-10-01', '2026-01-01')],
      [await won('2026-04-01', '2026-07-01'), await won('2026-01-01', '2026-04-01')],
    ]);
    const mona = await callerFor(S.mona);
    await expect(resolveNode(mona, period('FY2026-Q1'), S.vera, ['repId'])).rejects.toMatchObject({
      userError: { code: 'FORBIDDEN', field: ['repId'] },
    });
  });

  it('scores by hand in the pure scorer (zero actual, exact naive)', () => {
    const d = (v: string) => new Decimal(v);
    // A period with nothing won is left out of MAPE and bias but kept in MASE's means.
    const r = score([
      { forecast: d('110'), actual: d('100'), naive: d('80') },
      { forecast: d('10'), actual: d('0'), naive: d('30') },
    ]);
    // MAPE = bias = 0.1; MASE = mean(10, 10) / mean(20, 30) = 10 / 25.
    expect([r.observations, r.mape?.toFixed(6), r.bias?.toFixed(6), r.mase?.toFixed(6)]).toEqual([
      2,
      '0.100000',
      '0.100000',
      '0.400000',
    ]);
    expect(score([{ forecast: d('1'), actual: d('5'), naive: d('5') }]).mase).toBeNull();
  });
});

describe('visibility against SQL', () => {
  // Won and open COMMIT credited to the given owners in Q2, as the deals stand now.
  const sqlNow = async (owners: number[]) => {
    const rows = await db.sql.query<{ closed: string | null; commit: string | null }>(
      `SELECT sum(amount) FILTER (WHERE stage = 'CLOSED_WON')::text AS closed,
              sum(amount) FILTER (WHERE stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AND "forecastCategory" = 'COMMIT')::text AS commit
         FROM "Opportunity" WHERE "organizationId" = $1 AND "ownerId" = ANY($2::int[])
          AND "closeDate" >= '2026-04-01' AND "closeDate" < '2026-07-01'`,
      [S.org, owners],
    );
    return [money(rows[0]?.closed ?? '0'), money(rows[0]?.commit ?? '0')];
  };
  // The same at the end of week 5, from each deal's last history row at or before it.
  const sqlWeek5 = async (owners: number[]) => {
    const rows = await db.sql.query<{ best: string | null; pipeline: string | null }>(
      `SELECT sum(s.amount) FILTER (WHERE s."forecastCategory" = 'BEST_CASE')::text AS best,
              sum(s.amount) FILTER (WHERE s."forecastCategory" = 'PIPELINE')::text AS pipeline
         FROM "Opportunity" o CROSS JOIN LATERAL (
                SELECT h.* FROM "OpportunityHistory" h WHERE h."opportunityId" = o.id AND h."changedAt" <= '2026-05-06'
                 ORDER BY h."changedAt" DESC LIMIT 1) s
        WHERE o."organizationId" = $1 AND o."ownerId" = ANY($2::int[])
          AND s."closeDate" >= '2026-04-01' AND s."closeDate" < '2026-07-01' AND s.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`,
      [S.org, owners],
    );
    return [money(rows[0]?.best ?? '0'), money(rows[0]?.pipeline ?? '0')];
  };

  for (const [who, repOf, owners] of [
    ['a rep-bound caller (Ada)', () => S.ada, () => [S.ada]],
    ['a manager-bound caller (Max)', () => S.max, () => [S.max, S.cy]],
  ] as const) {
    it(`counts only ${who}'s subtree, now and at week 5, and in a scope`, async () => {
      const caller = await callerFor(repOf());
      const p = period('FY2026-Q2');
      const node = await resolveNode(caller, p, undefined, ['repId']);
      expect(node).toBe(repOf());
      const now = await forecastSnapshot(caller, p, node, { asOf: null, week: null }, null);
      expect([now.forecast.node.closed, now.forecast.node.commit].map(money)).toEqual(await sqlNow(owners()));
      const week5 = await forecastSnapshot(caller, p, node, await snapshotPoint(caller, p, { week: 5 }), null);
      expect([week5.forecast.node.bestCase, week5.forecast.node.pipeline].map(money)).toEqual(await sqlWeek5(owners()));
      // The whole territory tree as scope still counts only the caller's deals.
      const scope = await resolveDealScope(caller, { territoryId: S.all }, ['scope']);
      const inScope = await forecastSnapshot(caller, p, node, { asOf: null, week: null }, scope);
      expect(money(inScope.forecast.node.closed)).toBe((await sqlNow(owners()))[0]);
      await expect(resolveNode(caller, p, S.vera, ['repId'])).rejects.toMatchObject({
        userError: { code: 'FORBIDDEN', field: ['repId'] },
      });
    });
  }
});

describe('GraphQL', () => {
  it('answers a week-5 snapshot with what moved since week 4, and a backtest; refuses an open period', async () => {
    const vera = toGlobalId('Rep', S.vera);
    const snap = await client.request<{
      forecastSnapshot: {
        asOf: string;
        scoped: boolean;
        node: { commitForecast: string; commitCall: string | null; quota: string | null };
        changesSince: { summary: { kind: string; delta: string }[] };
      };
    }>(
      `query($rep: ID) { forecastSnapshot(periodKey: "FY2026-Q2", repId: $rep, week: 6) {
         asOf scoped node { commitForecast commitCall quota } changesSince(week: 5) { summary { kind delta } } } }`,
      { rep: vera },
    );
    expect(snap.errors).toBeUndefined();
    expect(snap.data?.forecastSnapshot.node.commitForecast).toBe('2300.00');
    expect(snap.data?.forecastSnapshot.node.commitCall).toBe('1200.00');
    expect(snap.data?.forecastSnapshot.changesSince.summary.map((s) => s.delta)).toEqual([
      '-500.00',
      '300.00',
      '200.00',
    ]);
    const scoped = await client.request<{
      forecastSnapshot: { scoped: boolean; node: { closed: string; commitCall: null } };
    }>(
      `query($rep: ID, $p: ID) { forecastSnapshot(periodKey: "FY2026-Q2", repId: $rep, scope: { productId: $p }) {
         scoped node { closed commitCall } } }`,
      { rep: vera, p: toGlobalId('Product', S.p1) },
    );
    expect(scoped.data?.forecastSnapshot).toEqual({ scoped: true, node: { closed: '900.00', commitCall: null } });
    const bt = await client.request<{
      forecastBacktest: { node: { callReliability: string; weeks: { week: number; commitCall: { mase: string } }[] } };
    }>(
      `query($rep: ID) { forecastBacktest(periodKeys: ["FY2026-Q1", "FY2026-Q2"], repId: $rep) {
         node { callReliability weeks { week commitCall { mape bias mase } } } } }`,
      { rep: vera },
    );
    expect(bt.errors).toBeUndefined();
    expect(bt.data?.forecastBacktest.node.callReliability).toBe('0.847059');
    expect(bt.data?.forecastBacktest.node.weeks.find((w) => w.week === 5)?.commitCall.mase).toBe('0.333333');
    // The organization's clock is the real one here: FY2030-Q1 has not ended.
    const open = await client.request(
      `query($rep: ID) { forecastBacktest(periodKeys: ["FY2026-Q1", "FY2030-Q1"], repId: $rep) { periods { key } } }`,
      { rep: vera },
    );
    expect(open.errors?.[0]?.extensions).toMatchObject({ field: ['periodKeys', '1'] });
    const future = await client.request(
      `query($rep: ID) { forecastSnapshot(periodKey: "FY2026-Q2", repId: $rep, asOf: "2099-01-01T00:00:00Z") { asOf } }`,
      { rep: vera },
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['asOf'] });
  });
});
