// Effective-dated history (issue 20): who reported to whom and which territory held which account
// on a past day, performance rolled up by the hierarchy as it was then, bad `asOf` days, and the
// history kept by writers, also under concurrent calls. Every expected number is worked out by
// hand from the fixture below, or read with SQL from the history tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// Fiscal years start in February: FY2026 is 2025-02-01 .. 2026-02-01, its Q1 2025-02-01 ..
// 2025-05-01 and its Q3 2025-08-01 .. 2025-11-01. Everyone is hired 2024-01-15, the
// organization's first record.
//
// People:   Vera EXECUTIVE; Mona and Dan MANAGERs under Vera; Ivy AE under Mona throughout;
//           Ada AE under Mona until 2025-08-01, under Dan from then on (today too).
// Territories (FY2026 plan): North and South; account Acme is in North until 2025-08-01, in South
//           from then on. Ada is PRIMARY in both all year.
// Deals, all won, on Acme: A1 Ada 5,000 closing 2025-04-10 (Q1); A2 Ada 7,000 closing 2025-10-10
//           (Q3); I1 Ivy 1,000 closing 2025-04-20 (Q1).
// Quotas FY2026-Q1: Ada 10,000, Ivy 4,000.
//
// Q1 by MANAGER, CURRENT (Ada under Dan):            Dan 5,000 / 10,000; Mona 1,000 / 4,000.
// Q1 by MANAGER, AS_OF_PERIOD (2025-04-30, Mona's):  Mona 6,000 / 14,000; no Dan row.
// Q3 by MANAGER, both (2025-10-31: Dan's):           Dan 7,000.
// Q1 scope Mona: CURRENT {Mona, Ivy} 1,000; AS_OF_PERIOD {Mona, Ivy, Ada} 6,000.
// Q1 by TERRITORY (Ada's A1; Ivy holds no territory, so her I1 is "No territory"'s):
//   CURRENT South 5,000; AS_OF_PERIOD North 5,000.

let db: TestDatabase;
let client: TestClient;
let org: number;
let plan: number;
const rep: Record<string, number> = {};
const territory: Record<string, number> = {};
let acme: number;

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** Runs `write` with the history's effective day set to `day`, as a backdated load would. */
async function on(day: string, write: string, params: unknown[]) {
  await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT set_config('coxswain.effective_date', $1, true)`, day);
    await tx.$executeRawUnsafe(write, ...params);
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  org = (await prisma.organization.create({ data: { name: 'History Co', slug: 'history', fiscalYearStartMonth: 2 } }))
    .id;
  const people: [string, 'EXECUTIVE' | 'MANAGER' | 'AE', string | null][] = [
    ['Vera', 'EXECUTIVE', null],
    ['Mona', 'MANAGER', 'Vera'],
    ['Dan', 'MANAGER', 'Vera'],
    ['Ivy', 'AE', 'Mona'],
    ['Ada', 'AE', 'Mona'],
  ];
  for (const [name, role, manager] of people) {
    const created = await prisma.rep.create({
      data: {
        organizationId: org,
        externalId: `ext-${name.toLowerCase()}`,
        name,
        email: `${name.toLowerCase()}@history.test`,
        role,
        region: 'NA',
        managerId: manager ? rep[manager] : null,
        hireDate: d('2024-01-15'),
      },
    });
    rep[name] = created.id;
  }
  await on('2025-08-01', 'UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [rep.Dan, rep.Ada]);

  plan = (
    await prisma.salesPlan.create({ data: { organizationId: org, fiscalYear: 2026, name: 'FY2026', status: 'ACTIVE' } })
  ).id;
  for (const name of ['North', 'South']) {
    territory[name] = (
      await prisma.territory.create({ data: { organizationId: org, salesPlanId: plan, name, kind: 'GEO' } })
    ).id;
    await prisma.territoryAssignment.create({
      data: {
        organizationId: org,
        territoryId: territory[name] as number,
        repId: rep.Ada as number,
        role: 'PRIMARY',
        startDate: d('2025-02-01'),
        endDate: d('2026-02-01'),
      },
    });
  }
  acme = (
    await prisma.account.create({
      data: {
        organizationId: org,
        name: 'Acme',
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 500,
        segment: 'MID',
      },
    })
  ).id;
  await on('2024-01-15', 'UPDATE "Account" SET "territoryId" = $1 WHERE id = $2', [territory.North, acme]);
  await on('2025-08-01', 'UPDATE "Account" SET "territoryId" = $1 WHERE id = $2', [territory.South, acme]);

  const deal = (name: string, owner: string, amount: string, closeDate: string) =>
    prisma.opportunity.create({
      data: {
        organizationId: org,
        name,
        accountId: acme,
        ownerId: rep[owner] as number,
        amount,
        type: 'NEW_BUSINESS',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        createdDate: d('2025-02-03'),
        closeDate: d(closeDate),
      },
    });
  await deal('A1', 'Ada', '5000', '2025-04-10');
  await deal('A2', 'Ada', '7000', '2025-10-10');
  await deal('I1', 'Ivy', '1000', '2025-04-20');
  for (const [name, amount] of [
    ['Ada', '10000'],
    ['Ivy', '4000'],
  ] as const) {
    await prisma.quota.create({
      data: {
        organizationId: org,
        salesPlanId: plan,
        repId: rep[name] as number,
        periodKey: 'FY2026-Q1',
        periodStart: d('2025-02-01'),
        periodEnd: d('2025-05-01'),
        amount,
      },
    });
  }
  client = await createTestClient(db);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const gid = (name: string) => toGlobalId('Rep', rep[name] as number);
const nameOf = (id: string | null) => Object.keys(rep).find((n) => gid(n) === id) ?? null;

interface Row {
  label: string;
  key: string;
  bookings: string;
  quota: string;
}
interface Report {
  performance: { total: { bookings: string; quota: string }; rows: Row[] };
}

const PERFORMANCE = `query($period: String!, $groupBy: PerformanceGrouping, $scope: PerformanceScope, $hierarchy: PerformanceHierarchy) {
  performance(period: $period, groupBy: $groupBy, scope: $scope, hierarchy: $hierarchy) {
    total { bookings quota } rows { label key bookings quota } } }`;

const rows = (r: Report) => Object.fromEntries(r.performance.rows.map((x) => [x.label, [x.bookings, x.quota]]));

describe('the manager history', () => {
  it('closes the old link and opens the new one on the day of the move, without overlap', async () => {
    const links = await db.sql.query<{ manager: number | null; from: string; to: string | null }>(
      `SELECT "managerId" AS manager, "validFrom"::text AS from, "validTo"::text AS to FROM "RepManagerHistory"
        WHERE "repId" = $1 ORDER BY "validFrom"`,
      [rep.Ada],
    );
    expect(links).toEqual([
      { manager: rep.Mona, from: '2024-01-15', to: '2025-08-01' },
      { manager: rep.Dan, from: '2025-08-01', to: null },
    ]);
  });
});

describe('hierarchy(asOf)', () => {
  const HIERARCHY = `query($asOf: Date, $rootId: ID) { hierarchy(asOf: $asOf, rootId: $rootId) {
    rep { id } manager { id } depth validFrom validTo } }`;
  type Entry = {
    rep: { id: string };
    manager: { id: string } | null;
    depth: number;
    validFrom: string;
    validTo: string | null;
  };
  const managerOf = (entries: Entry[], name: string) =>
    nameOf(entries.find((e) => e.rep.id === gid(name))?.manager?.id ?? null);

  it('answers who reported to whom before and after the move', async () => {
    const before = (await client.data<{ hierarchy: Entry[] }>(HIERARCHY, { asOf: '2025-07-31' })).hierarchy;
    const after = (await client.data<{ hierarchy: Entry[] }>(HIERARCHY, { asOf: '2025-08-01' })).hierarchy;
    const today = (await client.data<{ hierarchy: Entry[] }>(HIERARCHY, {})).hierarchy;
    expect(managerOf(before, 'Ada')).toBe('Mona');
    expect(managerOf(after, 'Ada')).toBe('Dan');
    expect(managerOf(today, 'Ada')).toBe('Dan');
    expect(before.map((e) => [nameOf(e.rep.id), e.depth])).toEqual([
      ['Vera', 0],
      ['Mona', 1],
      ['Dan', 1],
      ['Ivy', 2],
      ['Ada', 2],
    ]);
    const ada = before.find((e) => e.rep.id === gid('Ada'));
    expect([ada?.validFrom, ada?.validTo]).toEqual(['2024-01-15', '2025-08-01']);
  });

  it("lists each entry's direct reports of that day, not today's", async () => {
    const reports = async (asOf: string) =>
      Object.fromEntries(
        (
          await client.data<{ hierarchy: { rep: { name: string }; directReports: { rep: { name: string } }[] }[] }>(
            'query($asOf: Date) { hierarchy(asOf: $asOf) { rep { name } directReports { rep { name } } } }',
            { asOf },
          )
        ).hierarchy
          .filter((e) => e.directReports.length > 0)
          .map((e) => [e.rep.name, e.directReports.map((r) => r.rep.name)]),
      );
    // Reps were created Vera, Mona, Dan, Ivy, Ada: by id.
    expect(await reports('2025-07-31')).toEqual({ Vera: ['Mona', 'Dan'], Mona: ['Ivy', 'Ada'] });
    expect(await reports('2025-08-01')).toEqual({ Vera: ['Mona', 'Dan'], Mona: ['Ivy'], Dan: ['Ada'] });
  });

  it("starts from a root: Mona's team on a day before the move holds Ada, after it not", async () => {
    const team = async (asOf: string) =>
      (await client.data<{ hierarchy: Entry[] }>(HIERARCHY, { asOf, rootId: gid('Mona') })).hierarchy.map((e) =>
        nameOf(e.rep.id),
      );
    expect(await team('2025-05-01')).toEqual(['Mona', 'Ivy', 'Ada']);
    expect(await team('2025-09-01')).toEqual(['Mona', 'Ivy']);
  });

  it('refuses an asOf before the first record or in the future, naming the argument', async () => {
    for (const query of [
      'query($asOf: Date) { hierarchy(asOf: $asOf) { depth } }',
      'query($asOf: Date) { territories(asOf: $asOf) { totalCount } }',
      'query($asOf: Date) { quotas(asOf: $asOf) { totalCount } }',
      'query($asOf: Date) { territories { edges { node { assignments(asOf: $asOf) { id } } } } }',
      'query($asOf: Date) { territories { edges { node { accounts(asOf: $asOf) { totalCount } } } } }',
    ]) {
      for (const asOf of ['2024-01-14', '2099-01-01']) {
        const res = await client.request(query, { asOf });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['asOf'] });
      }
      // The first record's day itself is accepted.
      expect((await client.request(query, { asOf: '2024-01-15' })).errors).toBeUndefined();
    }
  });
});

describe('territories(asOf) and quotas(asOf)', () => {
  it('lists the territory that held the account on the day', async () => {
    const names = async (asOf: string) =>
      (
        await client.data<{ territories: { edges: { node: { name: string } }[] } }>(
          'query($asOf: Date) { territories(asOf: $asOf) { edges { node { name } } } }',
          { asOf },
        )
      ).territories.edges.map((e) => e.node.name);
    // Before FY2026 no assignment: only the placement of Acme makes North live.
    expect(await names('2024-06-01')).toEqual(['North']);
    // In FY2026 Ada is assigned to both.
    expect(await names('2025-09-01')).toEqual(['North', 'South']);
    expect(await names('2026-03-01')).toEqual(['South']);
  });

  const NESTED = `query($asOf: Date) { territories(asOf: $asOf) { edges { node { name
    assignments { rep { name } startDate }
    accounts { totalCount edges { node { name } } } } } } }`;
  type Nested = {
    territories: {
      edges: {
        node: {
          name: string;
          assignments: { rep: { name: string }; startDate: string }[];
          accounts: { totalCount: number; edges: { node: { name: string } }[] };
        };
      }[];
    };
  };
  const nested = async (asOf?: string) =>
    Object.fromEntries(
      (await client.data<Nested>(NESTED, asOf ? { asOf } : {})).territories.edges.map(({ node }) => [
        node.name,
        {
          assignments: node.assignments.map((a) => [a.rep.name, a.startDate]),
          accounts: [node.accounts.totalCount, ...node.accounts.edges.map((e) => e.node.name)],
        },
      ]),
    );

  it("answers a listed territory's assignments and accounts as of the listing's day", async () => {
    // Before FY2026 nobody is assigned; Acme is placed in North.
    expect(await nested('2024-06-01')).toEqual({ North: { assignments: [], accounts: [1, 'Acme'] } });
    // On 2025-09-01 Acme has moved to South; Ada holds both all year.
    expect(await nested('2025-09-01')).toEqual({
      North: { assignments: [['Ada', '2025-02-01']], accounts: [0] },
      South: { assignments: [['Ada', '2025-02-01']], accounts: [1, 'Acme'] },
    });
    // Without a day: every span, and the accounts placed today.
    expect(await nested()).toMatchObject({
      North: { assignments: [['Ada', '2025-02-01']], accounts: [0] },
      South: { assignments: [['Ada', '2025-02-01']], accounts: [1, 'Acme'] },
    });
  });

  it("takes a nested asOf over the listing's, and on a territory fetched by ID", async () => {
    const over = await client.data<{
      territories: { edges: { node: { name: string; accounts: { totalCount: number } } }[] };
    }>(`{ territories(asOf: "2025-09-01") { edges { node { name accounts(asOf: "2024-06-01") { totalCount } } } } }`);
    expect(over.territories.edges.map((e) => [e.node.name, e.node.accounts.totalCount])).toEqual([
      ['North', 1],
      ['South', 0],
    ]);
    const north = await client.data<{
      node: { before: { totalCount: number }; after: { name: string }[]; now: { name: string }[] };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Territory {
        before: accounts(asOf: "2025-01-01") { totalCount }
        after: assignments(asOf: "2026-03-01") { startDate }
        now: assignments { startDate } } } }`,
      { id: toGlobalId('Territory', territory.North as number) },
    );
    expect(north.node.before.totalCount).toBe(1);
    // Ada's span ended on 2026-02-01 (exclusive); every span is listed without a day.
    expect(north.node.after).toEqual([]);
    expect(north.node.now).toHaveLength(1);
  });

  it('lists the quotas in force on the day', async () => {
    const count = async (asOf: string) =>
      (
        await client.data<{ quotas: { totalCount: number } }>(
          'query($asOf: Date) { quotas(asOf: $asOf) { totalCount } }',
          { asOf },
        )
      ).quotas.totalCount;
    expect(await count('2025-04-30')).toBe(2);
    expect(await count('2025-05-01')).toBe(0);
  });
});

describe('performance by the hierarchy as of the period', () => {
  const report = (variables: Record<string, unknown>) => client.data<Report>(PERFORMANCE, variables);

  it('rolls Q1 up under the manager Ada had then, and today under her new one', async () => {
    const current = await report({ period: 'FY2026-Q1', groupBy: 'MANAGER' });
    const asOf = await report({ period: 'FY2026-Q1', groupBy: 'MANAGER', hierarchy: 'AS_OF_PERIOD' });
    expect(rows(current)).toEqual({ Dan: ['5000.00', '10000.00'], Mona: ['1000.00', '4000.00'] });
    expect(rows(asOf)).toEqual({ Mona: ['6000.00', '14000.00'] });
    // The organization's total does not depend on the hierarchy.
    expect(asOf.performance.total).toEqual(current.performance.total);
    // CURRENT is the default.
    expect(rows(await report({ period: 'FY2026-Q1', groupBy: 'MANAGER', hierarchy: 'CURRENT' }))).toEqual(
      rows(current),
    );
  });

  it('agrees for Q3, after the move', async () => {
    const asOf = await report({ period: 'FY2026-Q3', groupBy: 'MANAGER', hierarchy: 'AS_OF_PERIOD' });
    expect(rows(asOf)).toEqual({ Dan: ['7000.00', '0.00'] });
  });

  it("scopes Mona's subtree as it was", async () => {
    const scope = { repId: gid('Mona') };
    const current = await report({ period: 'FY2026-Q1', scope });
    const asOf = await report({ period: 'FY2026-Q1', scope, hierarchy: 'AS_OF_PERIOD' });
    expect(current.performance.total).toEqual({ bookings: '1000.00', quota: '4000.00' });
    expect(asOf.performance.total).toEqual({ bookings: '6000.00', quota: '14000.00' });
  });

  it('puts the account in the territory that held it then', async () => {
    const byTerritory = async (hierarchy: string) =>
      (await report({ period: 'FY2026-Q1', groupBy: 'TERRITORY', hierarchy })).performance.rows
        .filter((r) => r.label !== 'No territory' && r.bookings !== '0.00')
        .map((r) => [r.label, r.bookings]);
    expect(await byTerritory('CURRENT')).toEqual([['South', '5000.00']]);
    expect(await byTerritory('AS_OF_PERIOD')).toEqual([['North', '5000.00']]);
  });
});

describe('trend, comparison and distribution by the hierarchy of the period', () => {
  // Q1 ends 2025-04-30 (Ada under Mona), Q2 2025-07-31 (Mona), Q3 2025-10-31 (Dan).
  const TREND = `query($hierarchy: PerformanceHierarchy, $scope: PerformanceScope, $groupBy: PerformanceGrouping) {
    performanceTrend(period: "FY2026-Q3", periods: 3, scope: $scope, groupBy: $groupBy, hierarchy: $hierarchy) {
      points { period { key } total { bookings quota } rows { label bookings quota } } } }`;
  type Trend = {
    performanceTrend: {
      points: { period: { key: string }; total: { bookings: string; quota: string }; rows: Row[] }[];
    };
  };
  const trend = async (variables: Record<string, unknown>) =>
    (await client.data<Trend>(TREND, variables)).performanceTrend.points.map((p) => [
      p.period.key,
      Object.fromEntries(p.rows.map((x) => [x.label, [x.bookings, x.quota]])),
    ]);

  it('rolls each point of a trend up by the hierarchy of its own last day', async () => {
    expect(await trend({ groupBy: 'MANAGER', hierarchy: 'AS_OF_PERIOD' })).toEqual([
      ['FY2026-Q1', { Mona: ['6000.00', '14000.00'] }],
      ['FY2026-Q2', {}],
      ['FY2026-Q3', { Dan: ['7000.00', '0.00'] }],
    ]);
    expect(await trend({ groupBy: 'MANAGER' })).toEqual([
      ['FY2026-Q1', { Dan: ['5000.00', '10000.00'], Mona: ['1000.00', '4000.00'] }],
      ['FY2026-Q2', {}],
      ['FY2026-Q3', { Dan: ['7000.00', '0.00'] }],
    ]);
  });

  it("scopes a trend to Mona's subtree of each period", async () => {
    const totals = async (hierarchy: string) =>
      (await client.data<Trend>(TREND, { scope: { repId: gid('Mona') }, hierarchy })).performanceTrend.points.map(
        (p) => p.total.bookings,
      );
    // Ada's Q1 5,000 is Mona's as of Q1; her Q3 7,000 is Dan's both ways.
    expect(await totals('AS_OF_PERIOD')).toEqual(['6000.00', '0.00', '0.00']);
    expect(await totals('CURRENT')).toEqual(['1000.00', '0.00', '0.00']);
  });

  it("compares Mona's team with Dan's as they were, and as they are", async () => {
    const COMPARE = `query($a: PerformanceScope!, $b: PerformanceScope!, $hierarchy: PerformanceHierarchy) {
      performanceComparison(period: "FY2026-Q1", a: $a, b: $b, hierarchy: $hierarchy) {
        a { bookings quota } b { bookings quota } ratio { bookings } } }`;
    type Compare = {
      performanceComparison: {
        a: { bookings: string; quota: string };
        b: { bookings: string; quota: string };
        ratio: { bookings: string | null };
      };
    };
    const compare = async (hierarchy: string) =>
      (await client.data<Compare>(COMPARE, { a: { repId: gid('Mona') }, b: { repId: gid('Dan') }, hierarchy }))
        .performanceComparison;
    // As of 2025-04-30 Dan had nobody: 0 bookings, so no ratio.
    expect(await compare('AS_OF_PERIOD')).toEqual({
      a: { bookings: '6000.00', quota: '14000.00' },
      b: { bookings: '0.00', quota: '0.00' },
      ratio: { bookings: null },
    });
    // Today Ada is Dan's: 1,000 / 5,000.
    expect(await compare('CURRENT')).toEqual({
      a: { bookings: '1000.00', quota: '4000.00' },
      b: { bookings: '5000.00', quota: '10000.00' },
      ratio: { bookings: '0.2' },
    });
  });

  it("ranks the reps of Mona's team as it was in the distribution", async () => {
    const DISTRIBUTION = `query($hierarchy: PerformanceHierarchy) {
      attainmentDistribution(period: "FY2026-Q1", scope: { repId: "${gid('Mona')}" }, hierarchy: $hierarchy) {
        repCount mean bands { band reps { name attainment } } } }`;
    type Distribution = {
      attainmentDistribution: {
        repCount: number;
        mean: string;
        bands: { band: string; reps: { name: string; attainment: string }[] }[];
      };
    };
    const reps = (d: Distribution) =>
      d.attainmentDistribution.bands.flatMap((b) => b.reps.map((r) => [b.band, r.name, r.attainment]));
    // Ada 5,000 / 10,000 = 0.5 and Ivy 1,000 / 4,000 = 0.25: mean 0.375; of 2 reps none is in a
    // 20% band (floor(2 x 0.2) = 0).
    const asOf = await client.data<Distribution>(DISTRIBUTION, { hierarchy: 'AS_OF_PERIOD' });
    expect(asOf.attainmentDistribution.repCount).toBe(2);
    expect(asOf.attainmentDistribution.mean).toBe('0.375');
    expect(reps(asOf)).toEqual([
      ['MIDDLE_60', 'Ivy', '0.25'],
      ['MIDDLE_60', 'Ada', '0.5'],
    ]);
    const current = await client.data<Distribution>(DISTRIBUTION, { hierarchy: 'CURRENT' });
    expect(reps(current)).toEqual([['MIDDLE_60', 'Ivy', '0.25']]);
  });
});

describe('visibility applies as today', () => {
  const token = async (name: string) =>
    (
      await issueApiKey(db.sql, {
        organizationId: org,
        name: `${name} key`,
        scopes: ['read:performance', 'read:people'] as never,
        repId: rep[name] as number,
      })
    ).token;

  /** Won bookings in FY2026-Q1 by the manager of the owner on `day`, over the owners in `visible`. */
  async function byManagerSql(day: string, visible: number[]) {
    const found = await db.sql.query<{ manager: number; bookings: string }>(
      `SELECT h."managerId" AS manager, sum(o.amount)::numeric(18,2)::text AS bookings
         FROM "Opportunity" o JOIN "RepManagerHistory" h ON h."repId" = o."ownerId"
          AND h."validFrom" <= $2::date AND (h."validTo" IS NULL OR h."validTo" > $2::date)
        WHERE o."organizationId" = $1 AND o.stage = 'CLOSED_WON' AND o."closeDate" >= '2025-02-01'
          AND o."closeDate" < '2025-05-01' AND o."ownerId" = ANY($3::int[])
        GROUP BY 1 ORDER BY 1`,
      [org, day, visible],
    );
    return Object.fromEntries(found.map((r) => [Object.keys(rep).find((n) => rep[n] === r.manager), r.bookings]));
  }

  async function asCaller(name: string, hierarchy: string) {
    const res = await client.request<Report>(
      PERFORMANCE,
      { period: 'FY2026-Q1', groupBy: 'MANAGER', hierarchy },
      { authorization: `Bearer ${await token(name)}` },
    );
    expect(res.errors).toBeUndefined();
    return Object.fromEntries((res.data as Report).performance.rows.map((r) => [r.label, r.bookings]));
  }

  it("a rep-bound caller (Ada) sees her own deals, under the manager of the period's end or of today", async () => {
    expect(await asCaller('Ada', 'AS_OF_PERIOD')).toEqual(await byManagerSql('2025-04-30', [rep.Ada as number]));
    expect(await asCaller('Ada', 'AS_OF_PERIOD')).toEqual({ Mona: '5000.00' });
    expect(await asCaller('Ada', 'CURRENT')).toEqual({ Dan: '5000.00' });
  });

  it("a manager-bound caller (Mona) sees today's team only, even where the period's hierarchy held more", async () => {
    // Mona's subtree today: Mona and Ivy. Ada, in her team in Q1, is not visible to her now.
    const visible = [rep.Mona as number, rep.Ivy as number];
    expect(await asCaller('Mona', 'AS_OF_PERIOD')).toEqual(await byManagerSql('2025-04-30', visible));
    expect(await asCaller('Mona', 'AS_OF_PERIOD')).toEqual({ Mona: '1000.00' });
  });
});

describe('writers keep the history', () => {
  it('moving accounts by mutation closes the placement and opens a new one today', async () => {
    const { salesPlan } = await client.data<{ salesPlan: { version: number } }>(
      'query($id: ID!) { salesPlan: node(id: $id) { ... on SalesPlan { version } } }',
      { id: toGlobalId('SalesPlan', plan) },
    );
    const other = await db.prisma.account.create({
      data: {
        organizationId: org,
        name: 'Other',
        industry: 'Retail',
        country: 'US',
        region: 'NA',
        employees: 50,
        segment: 'SMB',
      },
    });
    await on('2025-01-10', 'UPDATE "Account" SET "territoryId" = $1 WHERE id = $2', [territory.North, other.id]);
    const res = await client.data<{ moveAccountsToTerritory: { userErrors: unknown[] } }>(
      `mutation($input: MoveAccountsToTerritoryInput!) { moveAccountsToTerritory(input: $input) { userErrors { code } } }`,
      {
        input: {
          territoryId: toGlobalId('Territory', territory.South as number),
          expectedVersion: salesPlan.version,
          accountIds: [toGlobalId('Account', other.id)],
        },
      },
    );
    expect(res.moveAccountsToTerritory.userErrors).toEqual([]);
    const [{ today }] = (await db.sql.query<{ today: string }>(
      `SELECT (now() AT TIME ZONE 'UTC')::date::text AS today`,
    )) as [{ today: string }];
    const spans = await db.sql.query(
      `SELECT "territoryId" AS t, "validFrom"::text AS from, "validTo"::text AS to FROM "AccountTerritoryHistory"
        WHERE "accountId" = $1 ORDER BY "validFrom"`,
      [other.id],
    );
    expect(spans).toEqual([
      { t: territory.North, from: '2025-01-10', to: today },
      { t: territory.South, from: today, to: null },
    ]);
  });

  it("ingestion that changes a rep's manager keeps the old link", async () => {
    const res = await client.data<{ upsertReps: { updated: number; userErrors: unknown[] } }>(
      `mutation($input: UpsertRepsInput!) { upsertReps(input: $input) { updated userErrors { code message } } }`,
      { input: { rows: [{ externalId: 'ext-ivy', managerExternalId: 'ext-dan' }] } },
    );
    expect(res.upsertReps).toEqual({ updated: 1, userErrors: [] });
    const links = await db.sql.query<{ manager: number; open: boolean }>(
      `SELECT "managerId" AS manager, "validTo" IS NULL AS open FROM "RepManagerHistory" WHERE "repId" = $1 ORDER BY "validFrom"`,
      [rep.Ivy],
    );
    expect(links).toEqual([
      { manager: rep.Mona, open: false },
      { manager: rep.Dan, open: true },
    ]);
  });

  it('concurrent ingestion calls moving one rep leave one open link, the one of Rep.managerId', async () => {
    const managers = ['ext-mona', 'ext-dan', 'ext-vera', 'ext-mona', 'ext-dan', 'ext-vera'];
    const results = await Promise.all(
      managers.map((m) =>
        client.data<{ upsertReps: { userErrors: unknown[] } }>(
          `mutation($input: UpsertRepsInput!) { upsertReps(input: $input) { userErrors { code } } }`,
          { input: { rows: [{ externalId: 'ext-ada', managerExternalId: m }] } },
        ),
      ),
    );
    expect(results.map((r) => r.upsertReps.userErrors)).toEqual(managers.map(() => []));
    const [check] = await db.sql.query<{ open: number; matches: boolean; closed_before_today: number }>(
      `SELECT count(*) FILTER (WHERE h."validTo" IS NULL)::int AS open,
              bool_and(h."validTo" IS NOT NULL OR h."managerId" IS NOT DISTINCT FROM r."managerId") AS matches,
              count(*) FILTER (WHERE h."validTo" IS NOT NULL)::int AS closed_before_today
         FROM "RepManagerHistory" h JOIN "Rep" r ON r.id = h."repId" WHERE h."repId" = $1`,
      [rep.Ada],
    );
    // The two links of the fixture, the second closed today; today's changes replace one another.
    expect(check).toEqual({ open: 1, matches: true, closed_before_today: 2 });
  });

  it('concurrent manager changes never leave overlapping or two open links', async () => {
    const kit = await db.prisma.rep.create({
      data: {
        organizationId: org,
        name: 'Kit',
        email: 'kit@history.test',
        role: 'AE',
        region: 'NA',
        managerId: rep.Mona as number,
        hireDate: d('2024-01-15'),
      },
    });
    const days = [
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
    ];
    const managers = [rep.Mona, rep.Dan, rep.Vera];
    await Promise.all(
      days.map((day, i) =>
        on(day, 'UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [managers[i % managers.length], kit.id]),
      ),
    );
    const [check] = await db.sql.query<{ overlaps: number; open: number; open_matches: boolean; empty: number }>(
      `SELECT
         (SELECT count(*)::int FROM "RepManagerHistory" a JOIN "RepManagerHistory" b ON a."repId" = b."repId" AND a.id < b.id
           AND a."validFrom" < coalesce(b."validTo", 'infinity') AND b."validFrom" < coalesce(a."validTo", 'infinity')
           WHERE a."repId" = $1) AS overlaps,
         (SELECT count(*)::int FROM "RepManagerHistory" WHERE "repId" = $1 AND "validTo" IS NULL) AS open,
         (SELECT h."managerId" IS NOT DISTINCT FROM r."managerId" FROM "RepManagerHistory" h JOIN "Rep" r ON r.id = h."repId"
           WHERE h."repId" = $1 AND h."validTo" IS NULL) AS open_matches,
         (SELECT count(*)::int FROM "RepManagerHistory" WHERE "repId" = $1 AND "validTo" <= "validFrom") AS empty`,
      [kit.id],
    );
    expect(check).toEqual({ overlaps: 0, open: 1, open_matches: true, empty: 0 });
  });
});

describe('territory assignment mutations keep the history', () => {
  // Everything here is on a territory of its own, East, so the reports above are untouched.
  let east = 0;
  let today = '';
  const next = `${new Date().getUTCFullYear() + 1}`;
  const version = async () =>
    (
      await client.data<{ salesPlan: { version: number } }>(
        'query($id: ID!) { salesPlan: node(id: $id) { ... on SalesPlan { version } } }',
        { id: toGlobalId('SalesPlan', plan) },
      )
    ).salesPlan.version;
  type Payload = { assignment: { id: string; role: string } | null; userErrors: { code: string; field: string[] }[] };
  const call = async (name: string, input: Record<string, unknown>) => {
    const input_ = name === 'createTerritoryAssignment' ? input : { expectedVersion: await version(), ...input };
    const kind = name.charAt(0).toUpperCase() + name.slice(1);
    return (
      await client.data<Record<string, Payload>>(
        `mutation($input: ${kind}Input!) { ${name}(input: $input) { assignment { id role } userErrors { code field } } }`,
        { input: input_ },
      )
    )[name] as Payload;
  };
  const assign = async (who: string, startDate: string) =>
    (
      await call('createTerritoryAssignment', {
        territoryId: toGlobalId('Territory', east),
        repId: gid(who),
        role: 'PRIMARY',
        startDate,
      })
    ).assignment?.id as string;
  const spans = (who: string) =>
    db.sql.query<{ role: string; from: string; to: string | null }>(
      `SELECT role::text, "startDate"::text AS from, "endDate"::text AS to FROM "TerritoryAssignment"
        WHERE "territoryId" = $1 AND "repId" = $2 ORDER BY "startDate", id`,
      [east, rep[who]],
    );

  beforeAll(async () => {
    east = (
      await db.prisma.territory.create({ data: { organizationId: org, salesPlanId: plan, name: 'East', kind: 'GEO' } })
    ).id;
    // The organization's time zone is UTC.
    today = (
      (await db.sql.query<{ d: string }>(`SELECT (now() AT TIME ZONE 'UTC')::date::text AS d`))[0] as { d: string }
    ).d;
  });

  it('a new role on a started assignment ends it today and opens a new one from today', async () => {
    const id = await assign('Ivy', '2025-03-01');
    const changed = await call('updateTerritoryAssignment', { id, role: 'OVERLAY' });
    expect(changed.userErrors).toEqual([]);
    expect(changed.assignment?.role).toBe('OVERLAY');
    expect(changed.assignment?.id).not.toBe(id);
    expect(await spans('Ivy')).toEqual([
      { role: 'PRIMARY', from: '2025-03-01', to: today },
      { role: 'OVERLAY', from: today, to: null },
    ]);
    // Its start is history: refused, naming the field.
    const moved = await call('updateTerritoryAssignment', { id, startDate: '2025-04-01' });
    expect(moved.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'startDate'] });
    // So is the role of the part that has ended.
    const relabel = await call('updateTerritoryAssignment', { id, role: 'OVERLAY' });
    expect(relabel.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'role'] });
    expect(await spans('Ivy')).toHaveLength(2);
  });

  it('deleting a started assignment ends it today; an ended one is refused and kept', async () => {
    const id = await assign('Vera', '2025-03-01');
    const removed = await call('deleteTerritoryAssignment', { id });
    expect(removed.userErrors).toEqual([]);
    expect(removed.assignment?.id).toBe(id);
    expect(await spans('Vera')).toEqual([{ role: 'PRIMARY', from: '2025-03-01', to: today }]);
    const again = await call('deleteTerritoryAssignment', { id });
    expect(again.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'id'] });
    expect(await spans('Vera')).toEqual([{ role: 'PRIMARY', from: '2025-03-01', to: today }]);
  });

  it("realigning accounts by the plan's rules keeps where they were", async () => {
    const rules = await client.data<{ setTerritoryRules: { userErrors: unknown[] } }>(
      `mutation($input: SetTerritoryRulesInput!) { setTerritoryRules(input: $input) { userErrors { code } } }`,
      {
        input: {
          territoryId: toGlobalId('Territory', east),
          expectedVersion: await version(),
          rules: [{ industry: 'Software' }],
        },
      },
    );
    expect(rules.setTerritoryRules.userErrors).toEqual([]);
    const applied = await client.data<{ applyTerritoryRules: { userErrors: unknown[] } }>(
      `mutation($input: ApplyTerritoryRulesInput!) { applyTerritoryRules(input: $input) { userErrors { code } } }`,
      { input: { salesPlanId: toGlobalId('SalesPlan', plan), expectedVersion: await version() } },
    );
    expect(applied.applyTerritoryRules.userErrors).toEqual([]);
    const placements = await db.sql.query<{ t: number; from: string; to: string | null }>(
      `SELECT "territoryId" AS t, "validFrom"::text AS from, "validTo"::text AS to FROM "AccountTerritoryHistory"
        WHERE "accountId" = $1 ORDER BY "validFrom"`,
      [acme],
    );
    // Acme (Software) goes to East today; North and South stay as they were.
    expect(placements).toEqual([
      { t: territory.North, from: '2024-01-15', to: '2025-08-01' },
      { t: territory.South, from: '2025-08-01', to: today },
      { t: east, from: today, to: null },
    ]);
  });

  it('an assignment not started yet has no history: edited in place, deleted outright', async () => {
    const id = await assign('Dan', `${next}-03-01`);
    const changed = await call('updateTerritoryAssignment', { id, startDate: `${next}-04-01`, role: 'OVERLAY' });
    expect(changed.assignment).toEqual({ id, role: 'OVERLAY' });
    expect(await spans('Dan')).toEqual([{ role: 'OVERLAY', from: `${next}-04-01`, to: null }]);
    const removed = await call('deleteTerritoryAssignment', { id });
    expect(removed).toEqual({ assignment: null, userErrors: [] });
    expect(await spans('Dan')).toEqual([]);
  });
});
