// Each organization's share of PostgreSQL's pool (api/src/db/gate.ts, docs/security.md "Database
// share"): one organization's concurrent requests hold at most K connections, another
// organization's request is served meanwhile, a request's aliased fields hold at most their own
// limit, and a request that waits past the bound is answered THROTTLED (503).
//
// The requests of organization A read "Product" while the test holds an ACCESS EXCLUSIVE lock
// on that table, so each statement that reaches PostgreSQL stays there, waiting on the lock; the
// statements in flight are counted by PostgreSQL itself (pg_stat_activity), sampled during the
// run. Organization B's request reads no product. PostgreSQL only, whatever COXSWAIN_TEST_DB
// says: the shared pool is PostgreSQL's (PGlite has one connection and no gate).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import type { GateLimits } from '../api/src/db/gate.js';
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
async function serverWith(poolSize: number, gate: GateLimits) {
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

/** Holds an ACCESS EXCLUSIVE lock on "Product" until `release`; counts statements waiting on locks. */
async function productLock() {
  const holder = new pg.Client({ connectionString: db.url });
  const observer = new pg.Client({ connectionString: db.url });
  await holder.connect();
  await observer.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE "Product" IN ACCESS EXCLUSIVE MODE');
  const database = new URL(db.url as string).pathname.slice(1);
  const waiting = async () => {
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = $1 AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE '%"Product"%'`,
      [database],
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

const PRODUCTS = '{ products(first: 5) { edges { node { name } } } }';
const ORGANIZATION = '{ organization { name } }';

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
    expect(second.status).toBe(503);
    expect(second.retryAfter).toBe('1');
    expect(second.body.data).toBeUndefined();
    expect(second.body.errors?.[0]?.extensions).toMatchObject({
      code: 'THROTTLED',
      reason: 'ORGANIZATION_DATABASE_SHARE',
    });
    expect(second.body.errors?.[0]?.message).toMatch(/waited 300 ms/);
    // The first request was never refused; once the lock is gone it is served.
    expect((await first).body.errors).toBeUndefined();
    // The refused request gave back everything: the organization holds nothing now.
    expect(server.pool.gate?.held(organizationA)).toBe(0);
    await server.close();
  });
});
