// Issue 23: a management cycle made hierarchy queries run away. Three guarantees, each against
// SQL written here:
// - no cycle can be written: concurrent upsertReps calls that each close half of a cycle (X under
//   Y, Y under X) leave exactly one committed and the other refused on its field, and raw SQL
//   behind the API is refused at commit, also when two transactions race (PostgreSQL: PGlite has
//   one connection, so nothing there runs concurrently);
// - every hierarchy walk ends on a cycle stored anyway (written with the triggers off), with the
//   reachable set as its answer: subtree counts, performance, trend, attainment, ramp, forecast
//   and visibility, on the selected backend;
// - every statement of a request has a deadline (PostgreSQL's statement_timeout): past it the
//   client gets TIMEOUT and the pool serves the next request (PostgreSQL: PGlite cannot interrupt
//   a statement, docs/security.md).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** Reps of `organizationId` that lie on a cycle of manager links (a UNION walk up: it always ends). */
async function repsOnCycles(db: Database, organizationId: number): Promise<number[]> {
  const rows = await db.sql.query<{ id: number }>(
    `WITH RECURSIVE up(start, id) AS (
       SELECT id, "managerId" FROM "Rep" WHERE "organizationId" = $1 AND "managerId" IS NOT NULL
       UNION
       SELECT u.start, r."managerId" FROM up u JOIN "Rep" r ON r.id = u.id WHERE r."managerId" IS NOT NULL
     )
     SELECT DISTINCT start AS id FROM up WHERE start = id ORDER BY 1`,
    [organizationId],
  );
  return rows.map((r) => Number(r.id));
}

/** `repId` and every rep reachable below it through manager links (UNION: ends on a cycle). */
async function reachableBelow(db: Database, repId: number): Promise<number[]> {
  const rows = await db.sql.query<{ id: number }>(
    `WITH RECURSIVE down(id) AS (
       SELECT $1::int UNION SELECT r.id FROM "Rep" r JOIN down ON r."managerId" = down.id
     )
     SELECT id FROM down ORDER BY id`,
    [repId],
  );
  return rows.map((r) => Number(r.id));
}

interface RepsPayload {
  results: { externalId: string; status: string }[];
  userErrors: { code: string; message: string; field: string[] | null }[];
}

const UPSERT_REPS = `mutation($input: UpsertRepsInput!) {
  upsertReps(input: $input) { results { externalId status } userErrors { code message field } } }`;

const repRow = (externalId: string, managerExternalId: string | null) => ({
  externalId,
  name: `Rep ${externalId}`,
  email: `${externalId.toLowerCase()}@race.test`,
  role: 'AE',
  region: 'NA',
  hireDate: '2025-01-01',
  managerExternalId,
});

async function upsertReps(client: TestClient, rows: Record<string, unknown>[]): Promise<RepsPayload> {
  const res = await client.request<{ upsertReps: RepsPayload }>(UPSERT_REPS, { input: { rows } });
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data?.upsertReps as RepsPayload;
}

describe('writing a cycle (PostgreSQL: real concurrent transactions)', () => {
  let db: TestDatabase;
  let client: TestClient;
  let orgId: number;
  const RACES = 12;

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    orgId = (await db.prisma.organization.create({ data: { name: 'Race Co', slug: 'race' } })).id;
    client = await createTestClient(db);
    const rows = [repRow('TOP', null)];
    for (let i = 0; i < RACES; i++) rows.push(repRow(`X${i}`, 'TOP'), repRow(`Y${i}`, 'TOP'));
    expect((await upsertReps(client, rows)).userErrors).toEqual([]);
  });
  afterAll(async () => {
    await client?.close();
    await db?.destroy();
  });

  it('refuses a cycle in one call, on the field that closes it', async () => {
    const payload = await upsertReps(client, [repRow('TOP', 'X0')]);
    expect(payload.results).toEqual([]);
    expect(payload.userErrors).toEqual([
      {
        code: 'INVALID',
        message: expect.stringContaining('cycle'),
        field: ['input', 'rows', '0', 'managerExternalId'],
      },
    ]);
  });

  it(`lets exactly one of two racing calls X->Y and Y->X commit, ${RACES} races, no cycle`, async () => {
    let refused = 0;
    for (let i = 0; i < RACES; i++) {
      const [a, b] = await Promise.all([
        upsertReps(client, [repRow(`X${i}`, `Y${i}`)]),
        upsertReps(client, [repRow(`Y${i}`, `X${i}`)]),
      ]);
      const outcomes = [a, b].map((p) => (p.userErrors.length === 0 ? 'committed' : 'refused')).sort();
      expect(outcomes).toEqual(['committed', 'refused']);
      const loser = a.userErrors.length ? a : b;
      expect(loser.results).toEqual([]);
      expect(loser.userErrors).toEqual([
        {
          code: 'INVALID',
          message: expect.stringContaining('cycle'),
          field: ['input', 'rows', '0', 'managerExternalId'],
        },
      ]);
      refused++;
      // What SQL says: one of the pair reports to the other, the other still to TOP.
      const pair = await db.sql.query<{ externalId: string; manager: string }>(
        `SELECT r."externalId", m."externalId" AS manager FROM "Rep" r JOIN "Rep" m ON m.id = r."managerId"
          WHERE r."organizationId" = $1 AND r."externalId" = ANY($2::text[]) ORDER BY 1`,
        [orgId, [`X${i}`, `Y${i}`]],
      );
      const winner = a.userErrors.length ? `Y${i}` : `X${i}`;
      const other = winner === `X${i}` ? `Y${i}` : `X${i}`;
      expect(new Map(pair.map((r) => [r.externalId, r.manager]))).toEqual(
        new Map([
          [winner, other],
          [other, 'TOP'],
        ]),
      );
    }
    expect(refused).toBe(RACES);
    expect(await repsOnCycles(db, orgId)).toEqual([]);
  });

  it('refuses raw SQL that closes a cycle, also from two transactions racing', async () => {
    const ids = new Map(
      (
        await db.sql.query<{ id: number; externalId: string }>(
          `SELECT id, "externalId" FROM "Rep" WHERE "organizationId" = $1`,
          [orgId],
        )
      ).map((r) => [r.externalId, Number(r.id)]),
    );
    const [top, x] = [ids.get('TOP'), ids.get('X0')] as [number, number];
    await expect(db.sql.query('UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [x, top])).rejects.toThrow(
      /must not form a cycle/,
    );
    // Two new roots P and Q; one transaction puts P under Q, the other Q under P, each commits
    // after both have written.
    const [p, q] = (
      await db.sql.query<{ id: number }>(
        `INSERT INTO "Rep" ("organizationId", name, email, role, region, "hireDate", "updatedAt")
         SELECT $1, n, n || '@raw.test', 'AE', 'NA', '2025-01-01', now() FROM unnest(ARRAY['p', 'q']) AS n
         RETURNING id`,
        [orgId],
      )
    ).map((r) => Number(r.id)) as [number, number];
    const clients = [new pg.Client({ connectionString: db.url }), new pg.Client({ connectionString: db.url })];
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const [c1, c2] = clients as [pg.Client, pg.Client];
      await c1.query('BEGIN');
      await c2.query('BEGIN');
      await c1.query('UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [q, p]);
      await c2.query('UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [p, q]);
      const commits = await Promise.allSettled([c1.query('COMMIT'), c2.query('COMMIT')]);
      expect(commits.map((c) => c.status).sort()).toEqual(['fulfilled', 'rejected']);
      const failed = commits.find((c) => c.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason).toMatchObject({ code: '23514', constraint: 'Rep_managerId_acyclic' });
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(await repsOnCycles(db, orgId)).toEqual([]);
  });
});

describe('walking a cycle stored behind the API', () => {
  let db: TestDatabase;
  let fx: CoreFixture;
  let client: TestClient;
  let m1: number;
  let ada: number;
  let bob: number;
  const before = new Map<string, unknown>();

  const PERFORMANCE = `query($id: ID!) {
    performance(period: "FY2027", scope: { repId: $id }) { period { start end } total { bookings quota wonCount } }
    performanceTrend(period: "FY2027-Q4", periods: 4, scope: { repId: $id }) { points { total { bookings } } }
    attainmentDistribution(period: "FY2027", scope: { repId: $id }) { repCount }
    newHireRamp(hiredFrom: "2024-01-01", hiredTo: "2024-02-01", months: 3, asOf: "2024-06-01", scope: { repId: $id }) {
      repCount }
    forecast(periodKey: "FY2027-Q2", repId: $id) { node { subtreeSize closed quota } }
    node(id: $id) { ... on Rep { subtree(first: 10) { totalCount edges { node { id } } } } } }`;

  async function ask(query: string, variables: Record<string, unknown>, token?: string) {
    const res: GraphQLResponse<Record<string, unknown>> = await client.request(
      query,
      variables,
      token ? { authorization: `Bearer ${token}` } : {},
    );
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, unknown>;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    fx = await buildCoreFixture(db.prisma, 24);
    [m1] = fx.managers as [number];
    [ada, bob] = fx.reps as [number, number];
    const plan = await db.prisma.salesPlan.create({
      data: { organizationId: fx.organizationId, fiscalYear: 2027, name: 'FY27', status: 'ACTIVE' },
    });
    for (const rep of [fx.vp, ...fx.managers, ...fx.reps]) {
      await db.prisma.quota.create({
        data: {
          organizationId: fx.organizationId,
          salesPlanId: plan.id,
          repId: rep,
          periodKey: 'FY2027',
          periodStart: d('2026-02-01'),
          periodEnd: d('2027-02-01'),
          amount: '1000',
        },
      });
    }
    client = await createTestClient(db);
    // The answers while the hierarchy is a tree: Mona (m1) leads Ada and Bob.
    before.set('m1', await ask(PERFORMANCE, { id: toGlobalId('Rep', m1) }));
    // Behind the API's back, with triggers off (as a superuser may): Mona now reports to Ada,
    // who reports to Mona. Reachable below Mona: still Mona, Ada and Bob.
    await db.sql.withConnection(async (conn) => {
      await conn.exec('SET session_replication_role = replica');
      await conn.query('UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [ada, m1]);
      await conn.exec('RESET session_replication_role');
    });
  });
  afterAll(async () => {
    await client?.close();
    await db?.destroy();
  });

  it('refuses, on this backend too, a cycle written by one call or one statement', async () => {
    // Vera (VP) over Max over Cy: Vera under Cy would close a cycle.
    const [, m2] = fx.managers as [number, number];
    const cy = fx.reps[2] as number;
    const res = await client.request<{ upsertReps: RepsPayload }>(UPSERT_REPS, {
      input: {
        rows: [
          {
            externalId: 'REP-Vera VP',
            name: 'Vera VP',
            email: 'vera.vp@fixture.test',
            role: 'EXECUTIVE',
            region: 'NA',
            hireDate: '2024-01-15',
            managerExternalId: 'REP-Cy AE',
          },
        ],
      },
    });
    expect(res.data?.upsertReps.userErrors).toEqual([
      {
        code: 'INVALID',
        message: expect.stringContaining('cycle'),
        field: ['input', 'rows', '0', 'managerExternalId'],
      },
    ]);
    await expect(db.sql.query('UPDATE "Rep" SET "managerId" = $1 WHERE id = $2', [cy, fx.vp])).rejects.toThrow(
      /must not form a cycle/,
    );
    const [row] = await db.sql.query<{ managerId: number | null }>('SELECT "managerId" FROM "Rep" WHERE id = $1', [
      fx.vp,
    ]);
    expect(row?.managerId).toBeNull();
    expect(await reachableBelow(db, fx.vp)).toContain(m2);
  });

  it('stores the cycle the test needs', async () => {
    expect(await repsOnCycles(db, fx.organizationId)).toEqual([m1, ada].sort((a, b) => a - b));
    expect(await reachableBelow(db, m1)).toEqual([m1, ada, bob].sort((a, b) => a - b));
  });

  it('answers subtree, performance, trend, attainment, ramp and forecast with the reachable set', async () => {
    // A walk that looped on the cycle would never answer: the test's own timeout catches it.
    const after = await ask(PERFORMANCE, { id: toGlobalId('Rep', m1) });
    // The reachable set below Mona did not change: every figure is the tree's.
    expect(after).toEqual(before.get('m1'));

    const reachable = await reachableBelow(db, m1);
    const perf = after.performance as {
      period: { start: string; end: string };
      total: Record<string, string | number>;
    };
    const [sql] = await db.sql.query<{ bookings: string; won: number }>(
      `SELECT coalesce(sum(amount), 0)::text AS bookings, count(*)::int AS won FROM "Opportunity"
        WHERE "organizationId" = $1 AND stage = 'CLOSED_WON' AND "ownerId" = ANY($2::int[])
          AND "closeDate" >= $3::date AND "closeDate" < $4::date`,
      [fx.organizationId, reachable, perf.period.start, perf.period.end],
    );
    expect(new Decimal(perf.total.bookings as string).eq(sql?.bookings as string)).toBe(true);
    expect(new Decimal(sql?.bookings as string).gt(0)).toBe(true);
    expect(perf.total.wonCount).toBe(sql?.won);
    // Individual quotas (1000 each) of the reachable reps; managers' and executives' are team quotas.
    const [individual] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Rep" WHERE id = ANY($1::int[]) AND role NOT IN ('MANAGER', 'EXECUTIVE')`,
      [reachable],
    );
    expect(individual?.n).toBe(2);
    expect(new Decimal(perf.total.quota as string).eq((individual?.n as number) * 1000)).toBe(true);
    const trend = (after.performanceTrend as { points: { total: { bookings: string } }[] }).points;
    expect(trend.reduce((s, p) => s.plus(p.total.bookings), new Decimal(0)).eq(sql?.bookings as string)).toBe(true);
    expect((after.attainmentDistribution as { repCount: number }).repCount).toBe(individual?.n);
    // Every fixture rep was hired on 2024-01-15.
    expect((after.newHireRamp as { repCount: number }).repCount).toBe(reachable.length);
    expect((after.forecast as { node: { subtreeSize: number } }).node.subtreeSize).toBe(reachable.length);
    const subtree = (after.node as { subtree: { totalCount: number; edges: { node: { id: string } }[] } }).subtree;
    expect(subtree.totalCount).toBe(reachable.length - 1);
    expect(subtree.edges.map((e) => e.node.id).sort()).toEqual(
      reachable
        .filter((id) => id !== m1)
        .map((id) => toGlobalId('Rep', id))
        .sort(),
    );
  });

  it('resolves the visibility of a rep on the cycle to the reps reachable below them', async () => {
    // Ada now has Mona below her, and Bob below Mona.
    const token = (
      await issueApiKey(db.sql, {
        organizationId: fx.organizationId,
        name: 'ada',
        scopes: ['read:people', 'read:pipeline'],
        repId: ada,
      })
    ).token;
    const reachable = await reachableBelow(db, ada);
    expect(reachable).toEqual([m1, ada, bob].sort((a, b) => a - b));
    const data = await ask('{ opportunities(first: 1) { totalCount } }', {}, token);
    const [sql] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1 AND "ownerId" = ANY($2::int[])`,
      [fx.organizationId, reachable],
    );
    expect((data.opportunities as { totalCount: number }).totalCount).toBe(sql?.n);
    expect(sql?.n).toBeGreaterThan(0);
  });
});

describe('statement deadline (PostgreSQL statement_timeout)', () => {
  let db: TestDatabase;
  let tight: Database;
  let client: TestClient;
  let blocker: pg.Client;
  let orgId: number;
  const TIMEOUT_MS = 200;
  const POOL = 2;

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    orgId = (await db.prisma.organization.create({ data: { name: 'Slow Co', slug: 'slow' } })).id;
    await db.prisma.rep.create({
      data: {
        organizationId: orgId,
        name: 'R',
        email: 'r@slow.test',
        role: 'AE',
        region: 'NA',
        hireDate: d('2025-01-01'),
      },
    });
    // The same database through a server whose statements may run 200 ms, on a pool of 2.
    tight = await openDatabase({ databaseUrl: db.url, poolSize: POOL, statementTimeoutMs: TIMEOUT_MS, migrate: false });
    client = await createTestClient(tight);
    blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker?.end();
    await client?.close();
    await tight?.close();
    await db?.destroy();
  });

  it('cancels a statement past the deadline with TIMEOUT, and the pool serves the next request', async () => {
    await client.adminKey(); // minted before any table is locked
    // Statements that cannot finish: another session holds locks. Deals cannot be read; reps
    // can be read (authentication joins them) but not written.
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE "Opportunity" IN ACCESS EXCLUSIVE MODE');
    await blocker.query('LOCK TABLE "Rep" IN EXCLUSIVE MODE');
    const elapsed: number[] = [];
    try {
      // More requests than connections: each must give its connection back.
      for (let i = 0; i < POOL * 3; i++) {
        const started = Date.now();
        const res = await client.request('{ opportunities(first: 1) { totalCount } }');
        elapsed.push(Date.now() - started);
        expect(res.data?.opportunities ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT', requestId: expect.any(String) });
        expect(res.errors?.[0]?.message).toMatch(/deadline/);
      }
      // Inside a transaction (an ingestion call writing a rep) too.
      const res = await client.request(UPSERT_REPS, { input: { rows: [repRow('NEW', null)] } });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT', requestId: expect.any(String) });
      // And authentication's own lookup, before any execution: 503 TIMEOUT, not a masked 500.
      await blocker.query('LOCK TABLE "Rep" IN ACCESS EXCLUSIVE MODE');
      const key = (await client.adminKey()) as string;
      const auth = await client.server.yoga.fetch('http://coxswain.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ viewer { principal } }' }),
      });
      expect(auth.status).toBe(503);
      expect(((await auth.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    } finally {
      await blocker.query('ROLLBACK');
    }
    expect(Math.min(...elapsed)).toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(Math.max(...elapsed)).toBeLessThan(5_000);
    // No statement of the tight pool is left running or waiting on the server.
    const [left] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    expect(left?.n).toBe(0);
    const res = await client.request<{ opportunities: { totalCount: number }; reps: { totalCount: number } }>(
      '{ opportunities(first: 1) { totalCount } reps(first: 1) { totalCount } }',
    );
    expect(res.errors).toBeUndefined();
    const [count] = await db.sql.query<{ reps: number; deals: number }>(
      `SELECT (SELECT count(*)::int FROM "Rep" WHERE "organizationId" = $1) AS reps,
              (SELECT count(*)::int FROM "Opportunity" WHERE "organizationId" = $1) AS deals`,
      [orgId],
    );
    expect(res.data?.opportunities.totalCount).toBe(count?.deals);
    // The ingestion call was rolled back as a whole: the one rep of the setup, no NEW.
    expect(res.data?.reps.totalCount).toBe(1);
    expect(count?.reps).toBe(1);
  });
});
