// Ranges and the commission liability forecast against distributions worked out by hand: a
// three-deal node (one deal split between two reps, so it must count once in their manager), the
// pay of one rep under a tiered plan across the two outcomes of its open deal, a seeded property
// test of exact against Monte Carlo percentiles, bad input, and rep-bound and manager-bound callers
// against SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { resolveVisibility } from '../api/src/access/visibility.js';
import { createCompAssignment } from '../api/src/comp/assignments.js';
import { createCompPlan, publishCompPlan } from '../api/src/comp/plans.js';
import {
  dkwEpsilon,
  exactDistribution,
  exactPercentile,
  monteCarlo,
  samplePercentile,
  seededUniform,
  type Trial,
} from '../api/src/forecast/distribution.js';
import { forecastLiability } from '../api/src/forecast/liability.js';
import { forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecastRange, parsePercentiles, rangeMonteCarlo } from '../api/src/forecast/range.js';
import { computeForecast } from '../api/src/forecast/rollup.js';
import { callerOf } from '../api/src/forecast/scope.js';
import type { ForecastCategory, OpportunityStage, RepRole } from '../api/src/generated/prisma/client.js';
import { buildContext } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { dec } from '../api/src/shared/money.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const money = (v: unknown) => new Decimal(String(v)).toFixed(2);
const organization = (id: number) => ({ id, name: 'Org', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' });

async function org(db: TestDatabase, slug: string) {
  return (await db.prisma.organization.create({ data: { name: slug, slug, fiscalYearStartMonth: 1 } })).id;
}

async function rep(db: TestDatabase, organizationId: number, name: string, role: RepRole, managerId: number | null) {
  return (
    await db.prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}.${organizationId}@test`,
        role,
        managerId,
        region: 'NA',
        hireDate: day('2020-01-01'),
      },
    })
  ).id;
}

async function deal(
  db: TestDatabase,
  organizationId: number,
  ownerId: number,
  stage: OpportunityStage,
  category: ForecastCategory,
  amount: string,
  close: string,
  splits: { repId: number; percent: string }[] = [],
) {
  const account = await db.prisma.account.create({
    data: {
      organizationId,
      name: 'Acct',
      industry: 'Software',
      country: 'US',
      region: 'NA',
      employees: 5,
      segment: 'SMB',
    },
  });
  return (
    await db.prisma.opportunity.create({
      data: {
        organizationId,
        name: `Deal ${amount}`,
        accountId: account.id,
        ownerId,
        amount,
        type: 'NEW_BUSINESS',
        stage,
        forecastCategory: category,
        createdDate: day('2029-01-02'),
        closeDate: day(close),
        splits: splits.length
          ? {
              create: splits.map((s) => ({ organizationId, repId: s.repId, percent: s.percent, splitType: 'REVENUE' })),
            }
          : undefined,
      },
    })
  ).id;
}

// FY2030-Q2 = 2030-04-01 .. 2030-07-01 (fiscal year = calendar year): open for years to come, and
// no deal closed in the year before it, so every stage's win rate is its default probability
// (NEGOTIATION 0.8, DISCOVERY 0.4, QUALIFICATION 0.2).
const PERIOD = 'FY2030-Q2';
const NOW = new Date('2030-05-01T12:00:00Z');

describe('ranges: a three-deal node, by hand', () => {
  let db: TestDatabase;
  let client: TestClient;
  const A = { org: 0, mona: 0, ada: 0, bob: 0, cy: 0 };

  // Mona manages Ada and Bob (Cy reports to nobody: outside Mona's subtree).
  //   Ada  won 1000.00 | NEGOTIATION COMMIT 100.00 (0.8) | DISCOVERY BEST_CASE 400.00 (0.4), split 50/50 with Bob
  //   Bob  QUALIFICATION PIPELINE 200.00 (0.2)
  //   not counted: Ada's OMITTED 5000.00, Bob's lost 7000.00, Ada's deal closing in Q3, Cy's deal
  // Mona's node: closed 1000, trials 100@0.8, 200@0.2, 400@0.4 (the split deal once, its two lines summed).
  //   added  0: 0.2 x 0.8 x 0.6 = 0.096      400: 0.2 x 0.8 x 0.4 = 0.064
  //        100: 0.8 x 0.8 x 0.6 = 0.384      500: 0.8 x 0.8 x 0.4 = 0.256
  //        200: 0.2 x 0.2 x 0.6 = 0.024      600: 0.2 x 0.2 x 0.4 = 0.016
  //        300: 0.8 x 0.2 x 0.6 = 0.096      700: 0.8 x 0.2 x 0.4 = 0.064
  //   cumulative 0.096, 0.480, 0.504, 0.600, 0.664, 0.920, 0.936, 1
  //   P10 = 1100 (0.096 < 0.1 <= 0.480), P50 = 1200 (0.480 < 0.5 <= 0.504), P90 = 1500 (0.664 < 0.9 <= 0.920)
  //   expected = 1000 + 80 + 40 + 160 = 1280, maximum 1700.
  // Ada: closed 1000, trials 100@0.8, 200@0.4: 0: 0.12, 100: 0.48, 200: 0.08, 300: 0.32
  //   cumulative 0.12, 0.60, 0.68, 1: P10 1000, P50 1100, P90 1300.
  // Bob: trials 200@0.2, 200@0.4: 0: 0.48, 200: 0.12 + 0.32 = 0.44, 400: 0.08: P10 0, P50 200, P90 200.
  beforeAll(async () => {
    db = await createTestDatabase();
    client = await createTestClient(db);
    A.org = await org(db, 'range-a');
    A.mona = await rep(db, A.org, 'Mona', 'MANAGER', null);
    A.ada = await rep(db, A.org, 'Ada', 'AE', A.mona);
    A.bob = await rep(db, A.org, 'Bob', 'AE', A.mona);
    A.cy = await rep(db, A.org, 'Cy', 'AE', null);
    await deal(db, A.org, A.ada, 'CLOSED_WON', 'CLOSED', '1000.00', '2030-04-10');
    await deal(db, A.org, A.ada, 'NEGOTIATION', 'COMMIT', '100.00', '2030-05-10');
    await deal(db, A.org, A.ada, 'DISCOVERY', 'BEST_CASE', '400.00', '2030-06-10', [
      { repId: A.ada, percent: '0.5' },
      { repId: A.bob, percent: '0.5' },
    ]);
    await deal(db, A.org, A.bob, 'QUALIFICATION', 'PIPELINE', '200.00', '2030-06-20');
    await deal(db, A.org, A.ada, 'PROPOSAL', 'OMITTED', '5000.00', '2030-05-01');
    await deal(db, A.org, A.bob, 'CLOSED_LOST', 'OMITTED', '7000.00', '2030-05-01');
    await deal(db, A.org, A.ada, 'NEGOTIATION', 'COMMIT', '9000.00', '2030-07-15');
    await deal(db, A.org, A.cy, 'NEGOTIATION', 'COMMIT', '3000.00', '2030-05-15');
  });
  afterAll(async () => {
    await client?.close();
    await db?.destroy();
  });

  const caller = () =>
    callerOf(
      buildContext(
        db,
        { organizationId: A.org, principal: 'dev', repId: null, scopes: new Set(['admin']) },
        organization(A.org),
        'req-range',
      ),
      NOW,
    );
  const period = () => forecastPeriod(PERIOD, organization(A.org), NOW, ['periodKey']);
  const amounts = (ps: { amount: Decimal }[]) => ps.map((p) => money(p.amount));

  it('the pure distribution of the three trials is the table above', () => {
    const d = exactDistribution(100_000, [
      { cents: 10_000, rate: 0.8 },
      { cents: 20_000, rate: 0.2 },
      { cents: 40_000, rate: 0.4 },
    ]);
    expect(d.bucketCents).toBe(1);
    expect(d.errorCents).toBe(0);
    const mass = new Map<number, number>();
    d.pmf.forEach((p, i) => {
      if (p > 0) mass.set((d.low + i) * d.bucketCents, p);
    });
    const table: [number, number][] = [
      [0, 0.096],
      [10_000, 0.384],
      [20_000, 0.024],
      [30_000, 0.096],
      [40_000, 0.064],
      [50_000, 0.256],
      [60_000, 0.016],
      [70_000, 0.064],
    ];
    expect([...mass.keys()]).toEqual(table.map(([c]) => c));
    for (const [c, p] of table) expect(mass.get(c)).toBeCloseTo(p, 12);
    expect([0.1, 0.5, 0.9].map((p) => exactPercentile(d, p))).toEqual([110_000, 120_000, 150_000]);
  });

  it("Mona's node and her reports: percentiles by hand, the split deal once, the projection as the mean", async () => {
    const range = await computeForecastRange(caller(), period(), A.mona);
    expect(money(range.node.closed)).toBe('1000.00');
    expect(range.node.openDeals).toBe(3);
    expect(amounts(range.node.percentiles)).toEqual(['1100.00', '1200.00', '1500.00']);
    expect(money(range.node.projection)).toBe('1280.00');
    expect(money(range.node.maximum)).toBe('1700.00');
    // The range's mean is the forecast's projection, figure for figure.
    const forecast = await computeForecast(caller(), period(), A.mona);
    expect(money(range.node.projection)).toBe(money(forecast.node.projection));
    const [ada, bob] = range.children;
    expect([ada?.repId, bob?.repId]).toEqual([A.ada, A.bob]);
    expect(amounts(ada?.percentiles ?? [])).toEqual(['1000.00', '1100.00', '1300.00']);
    expect(amounts(bob?.percentiles ?? [])).toEqual(['0.00', '200.00', '200.00']);
    // Other percentiles: P48 is still 1100 (cumulative 0.480 reaches 0.48), P93 is 1600.
    const other = await computeForecastRange(caller(), period(), A.mona, [0.48, 0.93]);
    expect(amounts(other.node.percentiles)).toEqual(['1100.00', '1600.00']);
  });

  it('the Monte Carlo cross-check lands within its stated error', async () => {
    const range = await computeForecastRange(caller(), period(), A.mona);
    const mc = rangeMonteCarlo(range.node, [0.1, 0.5, 0.9], 20_000, 7);
    expect(mc.epsilon).toBeCloseTo(Math.sqrt(Math.log(200) / 40_000), 12);
    mc.percentiles.forEach((p, i) => {
      expect(p.amount.greaterThanOrEqualTo(mc.lower[i]?.amount as Decimal)).toBe(true);
      expect(p.amount.lessThanOrEqualTo(mc.upper[i]?.amount as Decimal)).toBe(true);
    });
    // Seeded: the same seed draws the same outcomes.
    expect(amounts(rangeMonteCarlo(range.node, [0.1, 0.5, 0.9], 20_000, 7).percentiles)).toEqual(
      amounts(mc.percentiles),
    );
  });

  it('refuses percentiles outside (0, 1), naming the argument', async () => {
    for (const bad of [[0], [1], [0.5, 1.5], [-0.1], []]) {
      expect(() => parsePercentiles(bad, ['percentiles'])).toThrowError(/percentiles/);
    }
    const response = await client.request(
      `query($p: [Float!]) { forecastRange(periodKey: "${PERIOD}", percentiles: $p) { node { expected } } }`,
      { p: [0.1, 1] },
    );
    expect(response.errors?.[0]?.extensions?.field ?? response.errors?.[0]?.path).toBeDefined();
    expect(response.errors?.[0]?.message).toMatch(/percentiles/);
  });

  it('rep-bound and manager-bound callers: their own node, matching SQL; a node above them refused', async () => {
    const scopes = ['read:forecast', 'read:people'] as const;
    const keyFor = async (repId: number) =>
      (await issueApiKey(db.sql, { organizationId: A.org, name: `k${repId}`, scopes, repId })).token;
    const query = `query($rep: ID) { forecastRange(periodKey: "${PERIOD}", repId: $rep) {
      node { rep { id } closed expected maximum openDeals percentiles { percentile amount } }
      children { rep { id } maximum } } }`;
    // SQL: each deal once per node, its credited lines in the node's subtree summed.
    const sqlMaximum = async (repIds: number[]) => {
      const [row] = await db.sql.query<{ total: string | null }>(
        `WITH line AS (
           SELECT o.id, coalesce(s."repId", o."ownerId") AS rep, o.amount * coalesce(s.percent, 1) AS credited
             FROM "Opportunity" o LEFT JOIN "OpportunitySplit" s ON s."opportunityId" = o.id AND s."splitType" = 'REVENUE'
            WHERE o."organizationId" = $1 AND o."closeDate" >= '2030-04-01' AND o."closeDate" < '2030-07-01'
              AND (o.stage = 'CLOSED_WON' OR (o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')
                   AND o."forecastCategory" IN ('COMMIT', 'BEST_CASE', 'PIPELINE'))))
         SELECT sum(credited)::text AS total FROM line WHERE rep = ANY($2::int[])`,
        [A.org, repIds],
      );
      return money(row?.total ?? 0);
    };
    const headers = (token: string) => ({ authorization: `Bearer ${token}` });
    type Data = { forecastRange: { node: { rep: { id: string }; maximum: string }; children: { maximum: string }[] } };
    const ada = await client.request<Data>(query, {}, headers(await keyFor(A.ada)));
    expect(ada.errors).toBeUndefined();
    expect(ada.data?.forecastRange.node.rep.id).toBe(toGlobalId('Rep', A.ada));
    expect(money(ada.data?.forecastRange.node.maximum)).toBe(await sqlMaximum([A.ada]));
    const above = await client.request(query, { rep: toGlobalId('Rep', A.mona) }, headers(await keyFor(A.ada)));
    expect(above.errors?.[0]?.extensions?.code ?? above.errors?.[0]?.message).toBeTruthy();
    expect(above.data?.forecastRange ?? null).toBeNull();
    const mona = await client.request<Data>(query, {}, headers(await keyFor(A.mona)));
    expect(mona.errors).toBeUndefined();
    expect(money(mona.data?.forecastRange.node.maximum)).toBe(await sqlMaximum([A.mona, A.ada, A.bob]));
    expect(mona.data?.forecastRange.children.map((c) => money(c.maximum))).toEqual([
      await sqlMaximum([A.ada]),
      await sqlMaximum([A.bob]),
    ]);
    const beside = await client.request(query, { rep: toGlobalId('Rep', A.cy) }, headers(await keyFor(A.mona)));
    expect(beside.data?.forecastRange ?? null).toBeNull();
    expect(JSON.stringify(beside.errors)).toMatch(/repId/);
  });
});

describe('ranges: exact and Monte Carlo percentiles agree within the stated error (seeded property)', () => {
  it('on 30 random nodes', () => {
    const uniform = seededUniform(20261208);
    const percentiles = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
    for (let node = 0; node < 30; node++) {
      const n = 1 + Math.floor(uniform() * 60);
      const trials: Trial[] = Array.from({ length: n }, () => ({
        cents: 1 + Math.floor(uniform() * (uniform() < 0.2 ? 50_000_000 : 2_000_000)),
        rate: Math.round(uniform() * 1000) / 1000,
      }));
      const base = Math.floor(uniform() * 10_000_000);
      const exact = exactDistribution(base, trials);
      const samples = 20_000;
      const draw = monteCarlo(base, trials, samples, node + 1);
      const eps = dkwEpsilon(samples);
      for (const p of percentiles) {
        const mc = samplePercentile(draw.totals, p);
        const low = p - eps <= 0 ? base : exactPercentile(exact, p - eps) - exact.errorCents;
        const high = p + eps >= 1 ? Number.POSITIVE_INFINITY : exactPercentile(exact, p + eps) + exact.errorCents;
        expect(mc, `node ${node}, p ${p}`).toBeGreaterThanOrEqual(low);
        expect(mc, `node ${node}, p ${p}`).toBeLessThanOrEqual(high);
      }
    }
  });

  it('with a one-cent bucket the convolution equals enumerating every outcome', () => {
    const uniform = seededUniform(77);
    for (let node = 0; node < 20; node++) {
      const n = 1 + Math.floor(uniform() * 10);
      const trials: Trial[] = Array.from({ length: n }, () => ({
        cents: 1 + Math.floor(uniform() * 5000),
        rate: uniform(),
      }));
      const d = exactDistribution(0, trials, 1);
      const enumerated = new Map<number, number>();
      for (let mask = 0; mask < 1 << n; mask++) {
        let p = 1;
        let total = 0;
        trials.forEach((t, i) => {
          const won = (mask & (1 << i)) !== 0;
          p *= won ? t.rate : 1 - t.rate;
          if (won) total += t.cents;
        });
        enumerated.set(total, (enumerated.get(total) ?? 0) + p);
      }
      for (const [total, p] of enumerated) {
        const at = total - d.low;
        const got = at >= 0 && at < d.pmf.length ? (d.pmf[at] as number) : 0;
        expect(Math.abs(got - p)).toBeLessThan(1e-12);
      }
    }
  });
});

describe('liability: one rep, a tiered plan, the two outcomes of its open deal', () => {
  let db: TestDatabase;
  let client: TestClient;
  const B = { org: 0, mona: 0, ada: 0, bob: 0 };

  // Ada: quota FY2030-Q2 10,000.00; marginal commission 5% to 100% of quota, 10% above.
  // Won 8,000.00; open NEGOTIATION (0.8) 4,000.00.
  //   lost (0.2): credit 8,000  -> 8,000 x 0.05 = 400.00
  //   won  (0.8): credit 12,000 -> 10,000 x 0.05 + 2,000 x 0.10 = 700.00
  //   expected 0.2 x 400 + 0.8 x 700 = 640.00 (the expected credit, 11,200, would pay 620.00:
  //   the tiers make pay nonlinear); P10 400.00 (cumulative 0.2), P50 and P90 700.00.
  // Bob has no comp assignment and Mona manages both: Mona's subtree owes what Ada does.
  beforeAll(async () => {
    db = await createTestDatabase();
    client = await createTestClient(db);
    B.org = await org(db, 'range-b');
    B.mona = await rep(db, B.org, 'Mona', 'MANAGER', null);
    B.ada = await rep(db, B.org, 'Ada', 'AE', B.mona);
    B.bob = await rep(db, B.org, 'Bob', 'AE', B.mona);
    await deal(db, B.org, B.ada, 'CLOSED_WON', 'CLOSED', '8000.00', '2030-04-10');
    await deal(db, B.org, B.ada, 'NEGOTIATION', 'COMMIT', '4000.00', '2030-05-20');
    await deal(db, B.org, B.bob, 'NEGOTIATION', 'COMMIT', '50000.00', '2030-05-20');
    const plan = await db.prisma.salesPlan.create({
      data: { organizationId: B.org, fiscalYear: 2030, name: 'FY30', status: 'ACTIVE' },
    });
    await db.prisma.quota.create({
      data: {
        organizationId: B.org,
        salesPlanId: plan.id,
        repId: B.ada,
        periodKey: PERIOD,
        periodStart: day('2030-04-01'),
        periodEnd: day('2030-07-01'),
        amount: '10000.00',
      },
    });
    const ctx = adminContext();
    const { compPlanId } = await createCompPlan(ctx, {
      name: 'AE plan',
      effectiveStart: day('2030-01-01'),
      components: [
        {
          name: 'Commission',
          kind: 'COMMISSION',
          period: 'QUARTER',
          tiers: [
            { fromAttainment: dec('0'), toAttainment: dec('1'), rate: dec('0.05') },
            { fromAttainment: dec('1'), toAttainment: null, rate: dec('0.10') },
          ],
        },
      ],
    });
    await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });
    await createCompAssignment(ctx, {
      repId: B.ada,
      compPlanId,
      startDate: day('2030-01-01'),
      endDate: null,
      baseSalary: dec('80000.00'),
      targetIncentive: dec('40000.00'),
    });
  });
  afterAll(async () => {
    await client?.close();
    await db?.destroy();
  });

  function adminContext() {
    return buildContext(
      db,
      { organizationId: B.org, principal: 'user:comp-admin', repId: null, scopes: new Set(['admin']) },
      organization(B.org),
      'req-liability',
    );
  }
  const period = (key = PERIOD) => forecastPeriod(key, organization(B.org), NOW, ['periodKey']);
  const options = { percentiles: [0.1, 0.5, 0.9], samples: 100, seed: 1 };

  it('Ada: both outcomes through the tiers, exactly', async () => {
    const writesBefore = await db.prisma.payoutLine.count();
    const l = await forecastLiability(callerOf(adminContext(), NOW), period(), B.ada, options);
    expect(l.method).toBe('EXACT');
    expect(l.outcomes).toBe(2);
    expect(l.openDeals).toBe(1);
    expect(money(l.node.closedOnly)).toBe('400.00');
    expect(money(l.node.expected)).toBe('640.00');
    expect(l.node.percentiles.map((p) => money(p.amount))).toEqual(['400.00', '700.00', '700.00']);
    expect(l.node.components.map((c) => [c.kind, c.name, money(c.expected)])).toEqual([
      ['COMMISSION', 'Commission', '640.00'],
    ]);
    expect(l.reps.map((r) => [r.repId, money(r.expected)])).toEqual([[B.ada, '640.00']]);
    // The engine writes nothing.
    expect(await db.prisma.payoutLine.count()).toBe(writesBefore);
  });

  it("Mona's subtree: Ada's pay (Bob has no plan); by direct report", async () => {
    const l = await forecastLiability(callerOf(adminContext(), NOW), period(), B.mona, options);
    // Bob's deal is an open deal of the subtree (two deals: four outcomes) that pays nobody.
    expect(l.outcomes).toBe(4);
    expect(money(l.node.expected)).toBe('640.00');
    expect(l.children.map((c) => [c.repId, money(c.expected)])).toEqual([
      [B.ada, '640.00'],
      [B.bob, '0.00'],
    ]);
  });

  it('refuses an ended period, a period without a plan, bad percentiles and samples, naming the argument', async () => {
    const caller = callerOf(adminContext(), NOW);
    await expect(forecastLiability(caller, period('FY2029-Q4'), B.ada, options)).rejects.toMatchObject({
      userError: { field: ['periodKey'] },
    });
    await expect(forecastLiability(caller, period('FY2029-Q4'), B.ada, options)).rejects.toThrow(/ended/);
    const later = forecastPeriod('FY2031-Q2', organization(B.org), new Date('2031-05-01T00:00:00Z'), ['periodKey']);
    // The plan has no end, so name a node without one: Bob.
    await expect(
      forecastLiability(callerOf(adminContext(), new Date('2031-05-01T00:00:00Z')), later, B.bob, options),
    ).rejects.toMatchObject({ userError: { field: ['periodKey'] } });
    await expect(forecastLiability(caller, period(), B.ada, { ...options, samples: 0 })).rejects.toMatchObject({
      userError: { field: ['samples'] },
    });
    const response = await client.request(
      `{ forecastLiability(periodKey: "${PERIOD}", repId: "${toGlobalId('Rep', B.ada)}", percentiles: [0.5, 0]) { node { expected } } }`,
    );
    expect(response.errors?.[0]?.message).toMatch(/percentiles/);
    const ended = await client.request(
      `{ forecastLiability(periodKey: "FY2020-Q1", repId: "${toGlobalId('Rep', B.ada)}") { node { expected } } }`,
    );
    expect(ended.errors?.[0]?.message).toMatch(/periodKey/);
  });

  it('a rep-bound caller sees its own liability and is refused its manager; a manager sees its subtree', async () => {
    const callerFor = async (repId: number, scopes: string[]) => {
      const viewer = { organizationId: B.org, principal: `user:${repId}`, repId, scopes: new Set(scopes) };
      return callerOf(
        buildContext(db, viewer, organization(B.org), 'req-vis', await resolveVisibility(db.sql, viewer)),
        NOW,
      );
    };
    const ada = await callerFor(B.ada, ['read:forecast', 'read:comp']);
    expect(money((await forecastLiability(ada, period(), B.ada, options)).node.expected)).toBe('640.00');
    // Over GraphQL the node is resolved as the forecast resolves it: Mona is above Ada.
    const token = (
      await issueApiKey(db.sql, {
        organizationId: B.org,
        name: 'ada',
        scopes: ['read:forecast', 'read:comp'],
        repId: B.ada,
      })
    ).token;
    const refused = await client.request(
      `{ forecastLiability(periodKey: "${PERIOD}", repId: "${toGlobalId('Rep', B.mona)}") { node { expected } } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(JSON.stringify(refused.errors)).toMatch(/repId/);
    const mine = await client.request<{ forecastLiability: { node: { expected: string } } }>(
      `{ forecastLiability(periodKey: "${PERIOD}") { node { expected } } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(mine.errors).toBeUndefined();
    expect(money(mine.data?.forecastLiability.node.expected)).toBe('640.00');
    // Without read:comp the caller's pay visibility is nobody's: refused naming repId.
    const noPay = await callerFor(B.mona, ['read:forecast']);
    await expect(forecastLiability(noPay, period(), B.mona, options)).rejects.toMatchObject({
      userError: { field: ['repId'] },
    });
    const mona = await callerFor(B.mona, ['read:forecast', 'read:comp']);
    expect(money((await forecastLiability(mona, period(), B.mona, options)).node.expected)).toBe('640.00');
  });
});
