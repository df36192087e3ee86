// Each organization's share of PostgreSQL's pool (api/src/db/gate.ts, docs/security.md "Database
// share"): one organization's concurrent requests hold at most K connections, another
// organization's request is served meanwhile, a request's aliased fields hold at most their own
// limit, and a request that waits past the bound is answered THROTTLED (503). Heavy requests
// (analytics, access/cost.ts `isHeavy`) of one organization execute at most H at once, while its
// pages and another organization's analytics are served meanwhile.
//
// The requests of organization A read "Product" (its analytics "SalesPlan") while the test
// holds an ACCESS EXCLUSIVE lock on that table, so each statement that reaches PostgreSQL stays
// there, waiting on the lock; the statements in flight are counted by PostgreSQL itself
// (pg_stat_activity), sampled during the run. Organization B's request reads no product.
// PostgreSQL only, whatever COXSWAIN_TEST_DB says: the shared pool is PostgreSQL's (PGlite has
// one connection and no gate); the classification of heavy requests is plain arithmetic.

import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { HEAVY_QUERY_COST, isHeavy, requestedCosts } from '../api/src/access/cost.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { DatabaseGate, type GateLimits, gateLimitsFromEnv } from '../api/src/db/gate.js';
import { schema } from '../api/src/schema.js';
import { createServer } from '../api/src/server.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { TEST_CLIENT_SECURITY } from './support/graphql.js';

let db: TestDatabase;
let organizationA: number;
let keyA: string;
let keyB: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  db = await createTestDatabase('postgres');
  const a = await db.prisma.organization.create({ data: { name: 'Noisy Co', slug: 'noisy' } });
  const b = await db.prisma.organization.create({ data: { name: 'Quiet Co', slug: 'quiet' } });
  organizationA = a.id;
  for (const i of [1, 2, 3]) {
    await db.prisma.product.create({
      data: { organizationId: a.id, name: `Noisy ${i}`, family: 'Core', listPrice: '10.00', externalId: `N-${i}` },
    });
  }
  keyA = (await issueApiKey(db.sql, { organizationId: a.id, name: 'A', scopes: ['admin'] })).token;
  keyB = (await issueApiKey(db.sql, { organizationId: b.id, name: 'B', scopes: ['admin'] })).token;
});
afterAll(async () => {
  await db?.destroy();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A server on its own pool of the test database, with the given gate. */
async function serverWith(poolSize: number, gate: Partial<GateLimits>) {
  const pool: Database = await openDatabase({ databaseUrl: db.url, migrate: false, poolSize, gate });
  const server = createServer({ db: pool, security: TEST_CLIENT_SECURITY });
  const send = async (key: string, query: string): Promise<Answer> => {
    const res = await server.yoga.fetch('http://coxswain.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as Answer['body'],
    };
  };
  return {
    pool,
    send,
    async close() {
      await server.close();
      await pool.close();
    },
  };
}

/** Holds an ACCESS EXCLUSIVE lock on `table` until `release`; counts statements waiting on locks. */
async function tableLock(table: 'Product' | 'SalesPlan') {
  const holder = new pg.Client({ connectionString: db.url });
  const observer = new pg.Client({ connectionString: db.url });
  await holder.connect();
  await observer.connect();
  await holder.query('BEGIN');
  await holder.query(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  const database = new URL(db.url as string).pathname.slice(1);
  const waiting = async () => {
    // By the lock, not the statement's text: pg_stat_activity keeps only its first 1 KB.
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(DISTINCT l.pid)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE a.datname = $1 AND NOT l.granted AND l.relation = $2::regclass`,
      [database, `"${table}"`],
    );
    return rows[0]?.n ?? 0;
  };
  /**
   * Samples `waiting` until `count` statements wait (or 10 s), then for a second more, when the
   * requests sent at once have all reached the pool: the largest count seen.
   */
  const sample = async (count: number) => {
    let most = 0;
    const deadline = Date.now() + 10_000;
    while (most < count && Date.now() < deadline) {
      most = Math.max(most, await waiting());
      await sleep(20);
    }
    const settle = Date.now() + 1_000;
    while (Date.now() < settle) {
      most = Math.max(most, await waiting());
      await sleep(20);
    }
    return most;
  };
  return {
    sample,
    async release() {
      await holder.query('COMMIT');
      await holder.end();
      await observer.end();
    },
  };
}

/** Resolves with the answer, or with 'timed out' after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([promise, sleep(ms).then(() => 'timed out' as const)]);
}

/** A refusal of the gate: 503, retry in a second, no data, the reason and the bound waited. */
function expectThrottled(answer: Answer, reason: string) {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe('1');
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'THROTTLED', reason });
  expect(answer.body.errors?.[0]?.message).toMatch(/waited 300 ms/);
}

const PRODUCTS = '{ products(first: 5) { edges { node { name } } } }';
const ORGANIZATION = '{ organization { name } }';
/** One analytics field (newHireRamp weighs 61 points): one statement, which reads "SalesPlan" among others. */
const RAMP = '{ newHireRamp(hiredFrom: "2024-01-01", hiredTo: "2025-01-01") { repCount repsWithFirstDeal } }';
const productLock = () => tableLock('Product');

describe("an organization's share of the pool", () => {
  it('holds at most K connections for one organization while another is served at once', async () => {
    // A pool of 4, K = 2: without the gate A's 5 requests would hold all 4 connections and B's
    // would wait for the lock to go.
    const server = await serverWith(4, { perTenant: 2, perRequest: 4, waitMs: 60_000 });
    const lock = await productLock();
    let pendingA = 5;
    const requestsA = Array.from({ length: 5 }, () =>
      server.send(keyA, PRODUCTS).finally(() => {
        pendingA--;
      }),
    );
    try {
      const most = await lock.sample(2);
      expect(most).toBe(2);
      expect(server.pool.gate?.held(organizationA)).toBe(2);
      // B's request needs one connection: two of the pool are free and B's share is untouched.
      const b = await within(server.send(keyB, ORGANIZATION), 5_000);
      expect(b).not.toBe('timed out');
      expect((b as Answer).body).toEqual({
        data: { organization: { name: 'Quiet Co' } },
        extensions: expect.anything(),
      });
      expect(pendingA).toBe(5);
    } finally {
      await lock.release();
    }
    const answers = await Promise.all(requestsA);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data?.products as { edges?: unknown[] } | undefined)?.edges).toHaveLength(3);
    }
    expect(server.pool.gate?.held(organizationA)).toBe(0);
    await server.close();
  });

  it("caps a request's aliased fields at the request's own limit", async () => {
    const server = await serverWith(6, { perTenant: 6, perRequest: 1, waitMs: 60_000 });
    const lock = await productLock();
    const aliased = `{ a: ${PRODUCTS.slice(1, -1)} b: ${PRODUCTS.slice(1, -1)} c: ${PRODUCTS.slice(1, -1)} }`;
    const request = server.send(keyA, aliased);
    try {
      expect(await lock.sample(1)).toBe(1);
    } finally {
      await lock.release();
    }
    const answer = await request;
    expect(answer.body.errors).toBeUndefined();
    expect(Object.keys(answer.body.data ?? {}).sort()).toEqual(['a', 'b', 'c']);
    await server.close();
  });

  it('answers THROTTLED (503) when a request waited past the bound for its organization', async () => {
    const server = await serverWith(4, { perTenant: 1, perRequest: 2, waitMs: 300 });
    const lock = await productLock();
    const first = server.send(keyA, PRODUCTS);
    let second: Answer;
    try {
      await lock.sample(1);
      const started = Date.now();
      second = await server.send(keyA, PRODUCTS);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await lock.release();
    }
    expectThrottled(second, 'ORGANIZATION_DATABASE_SHARE');
    // The first request was never refused; once the lock is gone it is served.
    expect((await first).body.errors).toBeUndefined();
    // The refused request gave back everything: the organization holds nothing now.
    expect(server.pool.gate?.held(organizationA)).toBe(0);
    await server.close();
  });
});

describe('heavy requests', () => {
  const costOf = (query: string) => requestedCosts({ schema, document: parse(query) });

  it('are the operations whose analytics fields weigh at least HEAVY_QUERY_COST', () => {
    // 1 s of database time at 30 ms a point.
    expect(HEAVY_QUERY_COST).toBe(34);
    // newHireRamp 61 (QUERY_FIELD_COSTS) and its scalars 0.
    expect(costOf(RAMP)).toEqual({ total: 61, analytics: 61 });
    expect(isHeavy(costOf(RAMP))).toBe(true);
    // Two aliases of it, next to a page: 2 x 61 of analytics; the page adds 2 + 5 x 1 to the total.
    const mixed = `{ a: ${RAMP.slice(1, -1)} b: ${RAMP.slice(1, -1)} ${PRODUCTS.slice(1, -1)} }`;
    expect(costOf(mixed)).toEqual({ total: 2 * 61 + 2 + 5, analytics: 122 });
    // A page of 100 products costs more than the threshold, but none of it is analytics.
    const page = '{ products(first: 100) { edges { node { name } } } }';
    expect(costOf(page)).toEqual({ total: 2 + 100, analytics: 0 });
    expect(isHeavy(costOf(page))).toBe(false);
    expect(isHeavy(costOf(ORGANIZATION))).toBe(false);
  });

  it('run one at a time per organization unless COXSWAIN_TENANT_MAX_HEAVY says otherwise', () => {
    expect(gateLimitsFromEnv(10, {}).heavyPerTenant).toBe(1);
    expect(gateLimitsFromEnv(10, { COXSWAIN_TENANT_MAX_HEAVY: '3' }).heavyPerTenant).toBe(3);
    expect(() => gateLimitsFromEnv(10, { COXSWAIN_TENANT_MAX_HEAVY: '-1' })).toThrow(/COXSWAIN_TENANT_MAX_HEAVY/);
    // 0 turns the heavy limit off: a heavy request is then gated as any other.
    const off = gateLimitsFromEnv(10, { COXSWAIN_TENANT_MAX_HEAVY: '0' });
    expect(off.heavyPerTenant).toBe(0);
    expect(new DatabaseGate(off).begin(1, { heavy: true }).heavy).toBe(false);
    expect(new DatabaseGate(gateLimitsFromEnv(10, {})).begin(1, { heavy: true }).heavy).toBe(true);
  });
});

describe("an organization's heavy requests", () => {
  it('execute one statement at a time while its pages and another organization are served at once', async () => {
    // A pool of 8, 4 connections per organization, 2 per request, 1 heavy request. A sends three
    // requests of two aliased ramps: 4 statements would reach PostgreSQL without the heavy limit
    // (A's share), 2 if the one heavy request took two connections at once.
    const server = await serverWith(8, { perTenant: 4, perRequest: 2, heavyPerTenant: 1, waitMs: 60_000 });
    const lock = await tableLock('SalesPlan');
    const twoRamps = `{ a: ${RAMP.slice(1, -1)} b: ${RAMP.slice(1, -1)} }`;
    const requestsA = Array.from({ length: 3 }, () => server.send(keyA, twoRamps));
    let requestB: Promise<Answer> | undefined;
    try {
      expect(await lock.sample(1)).toBe(1);
      expect(server.pool.gate?.heavyRunning(organizationA)).toBe(1);
      // A's page is light: it takes a connection of A's share, not a heavy slot.
      const page = await within(server.send(keyA, PRODUCTS), 5_000);
      expect(page).not.toBe('timed out');
      expect((page as Answer).body.errors).toBeUndefined();
      expect((page as Answer).body.data?.products).toMatchObject({ edges: [{}, {}, {}] });
      // B's analytics take B's heavy slot: its statement reaches PostgreSQL next to A's one.
      requestB = server.send(keyB, RAMP);
      expect(await lock.sample(2)).toBe(2);
    } finally {
      await lock.release();
    }
    // Neither organization hired anyone: every ramp has no rep.
    const noRep = { repCount: 0, repsWithFirstDeal: 0 };
    for (const answer of await Promise.all(requestsA)) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ data: { a: noRep, b: noRep } });
      expect(answer.body.errors).toBeUndefined();
    }
    const answerB = await requestB;
    expect(answerB?.body.errors).toBeUndefined();
    expect(answerB?.body.data?.newHireRamp).toEqual(noRep);
    expect(server.pool.gate?.heavyRunning(organizationA)).toBe(0);
    expect(server.pool.gate?.held(organizationA)).toBe(0);
    await server.close();
  });

  it('answer THROTTLED (503) when one waited past the bound for a heavy slot', async () => {
    const server = await serverWith(8, { perTenant: 4, perRequest: 2, heavyPerTenant: 1, waitMs: 300 });
    const lock = await tableLock('SalesPlan');
    const first = server.send(keyA, RAMP);
    let second: Answer;
    let page: Answer | 'timed out';
    try {
      await lock.sample(1);
      const started = Date.now();
      second = await server.send(keyA, RAMP);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      page = await within(server.send(keyA, PRODUCTS), 5_000);
    } finally {
      await lock.release();
    }
    expectThrottled(second, 'ORGANIZATION_ANALYTICS_SHARE');
    // The page was not made to wait for the heavy slot.
    expect(page).not.toBe('timed out');
    expect((page as Answer).body.errors).toBeUndefined();
    expect((await first).body.errors).toBeUndefined();
    expect(server.pool.gate?.heavyRunning(organizationA)).toBe(0);
    await server.close();
  });
});
