// Abuse limits: deep, aliased, long and directive-heavy documents are refused before anything
// runs; every operation is priced (Shopify's cost model) and charged to the caller's leaky
// bucket, in memory or in Redis, which empties and refills at the documented rate; 429 with
// Retry-After when it is empty. Also: production mode (no introspection or field suggestions),
// CSRF prevention, CORS, trusted documents, automatic persisted queries, and masked errors with a
// request id.
import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import {
  DEFAULT_BUCKET,
  DEFAULT_MAX_QUERY_COST,
  resolveSecurityOptions,
  securityOptionsFromEnv,
} from '../api/src/access/config.js';
import { DocumentCache } from '../api/src/access/plugins.js';
import { memoryBucketStore, redisBucketStore } from '../api/src/access/rate-limit.js';
import { logger } from '../api/src/shared/logger.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient, type TestClientOptions } from './support/graphql.js';

const REDIS_URL = process.env.COXSWAIN_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let db: TestDatabase;
let fx: CoreFixture;
let token: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 6);
  token = (await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'limits', scopes: ['admin'] })).token;
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await db?.destroy();
});

async function clientWith(security: TestClientOptions['security']) {
  const c = await createTestClient(db, { security });
  clients.push(c);
  return c;
}

/** POSTs in-process and returns status, headers and body. */
async function send(c: TestClient, query: string, headers: Record<string, string> = {}, variables?: unknown) {
  const res = await c.server.yoga.fetch('http://coxswain.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse };
}

const cost = (body: GraphQLResponse) =>
  body.extensions?.cost as {
    requestedQueryCost: number;
    actualQueryCost: number | null;
    throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
  };

describe('static limits', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = await clientWith({ cost: { bucket: DEFAULT_BUCKET, maxQueryCost: DEFAULT_MAX_QUERY_COST } });
  });

  const refusedBeforeExecution = async (query: string, pattern: RegExp) => {
    const before = db.queryCount();
    const res = await send(c, query);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors?.[0]?.message).toMatch(pattern);
    expect(db.queryCount()).toBe(before);
  };

  it('refuses a deep query', async () => {
    const deep = `{ reps(first: 1) { edges { node { ${'manager { '.repeat(14)}name${' }'.repeat(14)} } } } }`;
    await refusedBeforeExecution(deep, /depth limit of 15/);
  });

  it('refuses too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: organization { name }`).join(' ')} }`;
    await refusedBeforeExecution(aliased, /Aliases limit of 30/);
  });

  it('refuses a document with too many tokens, while parsing', async () => {
    await refusedBeforeExecution(`{ organization { ${'name '.repeat(5000)} } }`, /Token limit of 5000/);
  });

  it('refuses too many directives', async () => {
    await refusedBeforeExecution(
      `{ organization { name ${'@include(if: true) '.repeat(51)} } }`,
      /Directives limit of 50/,
    );
  });

  it('refuses a wide query whose computed cost is over the maximum, saying its cost', async () => {
    const wide = '{ reps(first: 100) { edges { node { directReports { directReports { name } } } } } }';
    const before = db.queryCount();
    const res = await send(c, wide);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // 2 for the connection + 100 reps x (1 + 10 direct reports x (0.4 + 10 x 0.4)): the direct
    // reports are read in the page's one statement, 0.4 an object (SAME_STATEMENT_OBJECT).
    expect(cost(res.body).requestedQueryCost).toBe(2 + 100 * (1 + 10 * 4.4));
    expect(res.body.errors?.[0]?.message).toMatch(/Query cost 4502 exceeds the maximum of 1000/);
    expect(db.queryCount()).toBe(before);
  });

  it('refuses a page over 100', async () => {
    const res = await send(c, '{ reps(first: 101) { totalCount } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
  });
});

describe('cost', () => {
  it('reports requested and actual cost as Shopify does, the actual counted on what came back', async () => {
    // A stopped clock: nothing refills between the charge and the refund.
    const store = memoryBucketStore({ now: () => 0 });
    const c = await clientWith({ cost: { bucket: DEFAULT_BUCKET, maxQueryCost: DEFAULT_MAX_QUERY_COST, store } });
    const res = await send(
      c,
      '{ organization { name } reps(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { name manager { name } directReports { name } } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const rows = await db.sql.query<{ id: number; managerId: number | null; reports: number }>(
      `SELECT r.id, r."managerId", (SELECT count(*)::int FROM "Rep" x WHERE x."managerId" = r.id) AS reports
         FROM "Rep" r WHERE r."organizationId" = $1 ORDER BY r.name, r.id LIMIT 5`,
      [fx.organizationId],
    );
    // Manager and direct reports come in the page's one statement: 0.4 an object.
    // In tenths of a point, rounded up at the end as the server does.
    const tenths = rows.reduce((n, r) => n + 10 + 4 * ((r.managerId ? 1 : 0) + r.reports), 0);
    const actual = 1 + 2 + Math.ceil(tenths / 10);
    expect(cost(res.body)).toEqual({
      // 5 reps x (1 + 0.4 for the manager + 10 x 0.4 for the direct reports) = 5 x 5.4 = 27.
      requestedQueryCost: 1 + 2 + 27,
      actualQueryCost: actual,
      throttleStatus: { maximumAvailable: 1000, restoreRate: 50, currentlyAvailable: 1000 - actual },
    });
    const mutation = await send(
      c,
      'mutation { revokeApiKey(input: { id: "QXBpS2V5Ojk5OTk5" }) { userErrors { code } apiKey { name } } }',
    );
    // 10 for the mutation, 1 for the key, a list of user errors priced at the default 10 items.
    expect(cost(mutation.body)).toMatchObject({ requestedQueryCost: 10 + 1 + 10, actualQueryCost: 10 + 1 });
  });

  it('charges the bucket, refuses with 429 and Retry-After when empty, and refills at the restore rate', async () => {
    let now = 1_000_000;
    const c = await clientWith({
      cost: {
        bucket: { maximumAvailable: 100, restoreRate: 10 },
        maxQueryCost: 100,
        store: memoryBucketStore({ now: () => now }),
      },
    });
    const q = '{ reps(first: 3) { edges { node { name } } } }'; // 2 + 3 x 1, all returned
    for (let i = 1; i <= 20; i++) {
      const res = await send(c, q);
      expect(res.status).toBe(200);
      expect(cost(res.body).throttleStatus?.currentlyAvailable).toBe(100 - 5 * i);
    }
    const throttled = await send(c, q);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.body.errors?.[0]?.extensions?.code).toBe('THROTTLED');
    expect(cost(throttled.body).throttleStatus).toEqual({
      maximumAvailable: 100,
      currentlyAvailable: 0,
      restoreRate: 10,
    });
    now += 300; // 3 points back: still short of 5
    expect((await send(c, q)).status).toBe(429);
    now += 200;
    const refilled = await send(c, q);
    expect(refilled.status).toBe(200);
    expect(cost(refilled.body).throttleStatus?.currentlyAvailable).toBe(0);
    now += 60_000; // never above capacity
    expect(cost((await send(c, q)).body).throttleStatus?.currentlyAvailable).toBe(95);
    // Unused cost is refunded: 20 asked for, fewer reps exist.
    const [{ n } = { n: 0 }] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = $1',
      [fx.organizationId],
    );
    const refund = await send(c, '{ reps(first: 20) { edges { node { name } } } }');
    expect(cost(refund.body)).toMatchObject({ requestedQueryCost: 22, actualQueryCost: 2 + n });
    expect(cost(refund.body).throttleStatus?.currentlyAvailable).toBe(95 - 2 - n);
    // Budgets are per caller: another key has a full bucket.
    const other = (await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'o', scopes: ['admin'] }))
      .token;
    expect(cost((await send(c, q, { authorization: `Bearer ${other}` })).body).throttleStatus?.currentlyAvailable).toBe(
      95,
    );
  });

  it('keeps buckets in Redis when configured, shared by every server instance', async () => {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    expect(await redis.ping()).toBe('PONG');
    const prefix = `coxswain-test:${process.pid}:${randomUUID()}:`;
    // Two servers, each with its own store on the same Redis, and one clock driven by hand, so no
    // refill can happen between the charges however slow the machine is.
    let now = 5_000_000;
    const stores = [0, 1].map(() => redisBucketStore({ url: REDIS_URL, keyPrefix: prefix, now: () => now }));
    try {
      const bucket = { maximumAvailable: 10, restoreRate: 2 };
      const [a, b] = await Promise.all(
        stores.map((store) => clientWith({ cost: { bucket, maxQueryCost: 10, store } })),
      );
      const q = '{ organization { name } }'; // cost 1
      for (let i = 1; i <= 10; i++) {
        const res = await send((i % 2 ? a : b) as TestClient, q);
        expect(res.status).toBe(200);
        expect(cost(res.body).throttleStatus?.currentlyAvailable).toBe(10 - i);
      }
      const throttled = await send(a as TestClient, q);
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('1'); // 1 point at 2 a second: 0.5 s, rounded up
      const keys = await redis.keys(`${prefix}*`);
      expect(keys).toHaveLength(1);
      expect(await redis.hget(keys[0] as string, 'available')).toBe('0');
      now += 250; // half a point back: still refused
      expect((await send(b as TestClient, q)).status).toBe(429);
      now += 250;
      const refilled = await send(b as TestClient, q);
      expect(refilled.status).toBe(200);
      expect(cost(refilled.body).throttleStatus?.currentlyAvailable).toBe(0);
      now += 60_000; // never above capacity
      expect(cost((await send(a as TestClient, q)).body).throttleStatus?.currentlyAvailable).toBe(9);
      // The key expires once the bucket would be full again (plus a minute), so idle callers cost nothing.
      expect(await redis.pttl(keys[0] as string)).toBeGreaterThan(60_000);
      // REDIS_URL alone (Redis' own clock) keeps the bucket in Redis too.
      const configured = await clientWith({
        cost: { bucket, maxQueryCost: 10, redisUrl: REDIS_URL, redisKeyPrefix: `${prefix}url:` },
      });
      const viaUrl = await send(configured, q);
      expect(cost(viaUrl.body).throttleStatus?.currentlyAvailable).toBe(9);
      expect(await redis.keys(`${prefix}url:*`)).toHaveLength(1);
    } finally {
      for (const store of stores) await store.close();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  });
});

describe('production mode and browsers', () => {
  it('defaults to no introspection, no field suggestions and no CORS under NODE_ENV=production, unless enabled', () => {
    const prod = securityOptionsFromEnv({ NODE_ENV: 'production' });
    expect([prod.production, prod.introspection, prod.limits.fieldSuggestions, prod.cors]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    const enabled = securityOptionsFromEnv({
      NODE_ENV: 'production',
      COXSWAIN_INTROSPECTION: 'true',
      COXSWAIN_FIELD_SUGGESTIONS: '1',
    });
    expect([enabled.introspection, enabled.limits.fieldSuggestions]).toEqual([true, true]);
    const dev = securityOptionsFromEnv({});
    expect([dev.production, dev.introspection, dev.limits.fieldSuggestions]).toEqual([false, true, true]);
    expect(securityOptionsFromEnv({ COXSWAIN_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('turns introspection and suggestions off with `production: true` alone; an explicit setting wins', async () => {
    const resolved = resolveSecurityOptions({ production: true }, {});
    expect([resolved.introspection, resolved.limits.fieldSuggestions, resolved.cors]).toEqual([false, false, false]);
    const prod = await clientWith({ production: true });
    expect((await send(prod, '{ __schema { queryType { name } } }')).body.errors?.[0]?.message).toMatch(
      /introspection/i,
    );
    expect((await send(prod, '{ organization { nam } }')).body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const open = await clientWith({ production: true, introspection: true });
    expect((await send(open, '{ __schema { queryType { name } } }')).body.errors).toBeUndefined();
  });

  it('hides the schema: no introspection, no field suggestions', async () => {
    const prod = await clientWith({ production: true, introspection: false, limits: { fieldSuggestions: false } });
    // A validation error: 400 under application/graphql-response+json, 200 under application/json.
    const intro = await send(prod, '{ __schema { types { name } } }', { accept: 'application/graphql-response+json' });
    expect(intro.status).toBe(400);
    expect(intro.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(intro.body.errors?.[0]?.message).toMatch(/introspection/i);
    const legacy = await send(prod, '{ __schema { types { name } } }', { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.data).toBeUndefined();
    expect(legacy.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const typo = await send(prod, '{ organization { nam } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const dev = await clientWith({});
    expect((await send(dev, '{ organization { nam } }')).body.errors?.[0]?.message).toMatch(/Did you mean "name"/);
    expect((await send(dev, '{ __schema { queryType { name } } }')).body.errors).toBeUndefined();
  });

  it('asks no CSRF header of a GET carrying a bearer token, which no browser sends on its own', async () => {
    // What a browser can send cross-site, and the rule for cookies: test/clients.test.ts.
    const c = await clientWith({});
    const url = `http://coxswain.test/graphql?query=${encodeURIComponent('{ organization { name } }')}`;
    const res = await c.server.yoga.fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { organization: { name: 'Fixture Co' } } });
    expect((await c.server.yoga.fetch(url)).status).toBe(401);
  });

  it('answers CORS preflights for the configured origins only', async () => {
    const c = await clientWith({ cors: { origin: ['https://app.example.com'], credentials: false } });
    const preflight = (origin: string) =>
      c.server.yoga.fetch('http://coxswain.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    expect((await preflight('https://app.example.com')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example.com',
    );
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example.com',
    );
  });
});

describe('trusted documents', () => {
  const DOC = 'query Org { organization { name } }';
  const HASH = createHash('sha256').update(DOC).digest('hex');
  const JWT_SECRET = 'trusted-documents-secret-long-enough-0123456789';

  it('accept only persisted operations from first-party (JWT) callers, anything from API keys', async () => {
    const c = await clientWith({ trustedDocuments: { [HASH]: DOC }, jwt: { secret: JWT_SECRET } });
    const jwt = await new SignJWT({ sub: 'u1', org: 'fixture', scope: 'read:people' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JWT_SECRET));
    const asUser = { authorization: `Bearer ${jwt}` };
    const arbitrary = await send(c, DOC, asUser);
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    const persisted = await c.server.yoga.fetch('http://coxswain.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }),
    });
    expect(await persisted.json()).toMatchObject({ data: { organization: { name: 'Fixture Co' } } });
    const unknown = await c.server.yoga.fetch('http://coxswain.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    });
    expect(((await unknown.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const partner = await send(c, '{ reps(first: 1) { totalCount } }');
    expect(partner.body.errors).toBeUndefined();
  });
});

describe('automatic persisted queries', () => {
  const DOC = 'query Reps { reps(first: 1) { totalCount } }';
  const HASH = createHash('sha256').update(DOC).digest('hex');
  const JWT_SECRET = 'automatic-persisted-queries-secret-0123456789';

  /** Sends a body; `query` and `hash` as an APQ client would. */
  async function apq(c: TestClient, body: { query?: string; hash: string }, authorization = `Bearer ${token}`) {
    const res = await c.server.yoga.fetch('http://coxswain.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        query: body.query,
        extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } },
      }),
    });
    const json = (await res.json()) as GraphQLResponse;
    return {
      status: res.status,
      code: json.errors?.[0]?.extensions?.code,
      message: json.errors?.[0]?.message,
      data: json.data,
    };
  }

  it('miss with the standard answer, then cache a document sent with its hash, per organization', async () => {
    const c = await clientWith({});
    const miss = await apq(c, { hash: HASH });
    expect(miss).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'PersistedQueryNotFound' });
    const [reps] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = $1',
      [fx.organizationId],
    );
    expect(await apq(c, { query: DOC, hash: HASH })).toMatchObject({
      status: 200,
      data: { reps: { totalCount: reps?.n } },
    });
    expect(await apq(c, { hash: HASH })).toMatchObject({ status: 200, data: { reps: { totalCount: reps?.n } } });
    // Another organization's caller does not see this organization's cache.
    const other = (
      await issueApiKey(db.sql, { organizationId: fx.otherOrganizationId, name: 'apq', scopes: ['admin'] })
    ).token;
    expect(await apq(c, { hash: HASH }, `Bearer ${other}`)).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('keep nothing whose hash is wrong or that does not validate', async () => {
    const c = await clientWith({});
    const wrong = await apq(c, { query: DOC, hash: 'f'.repeat(64) });
    expect(wrong).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(await apq(c, { hash: 'f'.repeat(64) })).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    const invalid = '{ nope }';
    const invalidHash = createHash('sha256').update(invalid).digest('hex');
    expect((await apq(c, { query: invalid, hash: invalidHash })).code).toBe('BAD_REQUEST');
    expect(await apq(c, { hash: invalidHash })).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('neither register nor serve unlisted documents for a persisted-only (JWT) caller', async () => {
    const listed = 'query Org { organization { name } }';
    const c = await clientWith({
      trustedDocuments: { [createHash('sha256').update(listed).digest('hex')]: listed },
      jwt: { secret: JWT_SECRET },
    });
    const jwt = await new SignJWT({ sub: 'u1', org: 'fixture', scope: 'read:people' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JWT_SECRET));
    // An API key registers the document; the JWT user cannot run it by hash, nor send its text.
    expect((await apq(c, { query: DOC, hash: HASH })).status).toBe(200);
    expect((await apq(c, { hash: HASH })).status).toBe(200);
    expect(await apq(c, { hash: HASH }, `Bearer ${jwt}`)).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(await apq(c, { query: DOC, hash: HASH }, `Bearer ${jwt}`)).toMatchObject({
      code: 'PERSISTED_QUERY_REQUIRED',
    });
  });

  it('answer a hash outside the list as unknown, every time, when turned off', async () => {
    const c = await clientWith({ automaticPersistedQueries: false });
    expect((await apq(c, { query: DOC, hash: HASH })).status).toBe(200);
    expect(await apq(c, { hash: HASH })).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('bound the cache in entries and bytes, least recently used out first', () => {
    const cache = new DocumentCache({ maxEntries: 2, maxBytes: 10 });
    cache.set('a', 'aaa');
    cache.set('b', 'bbb');
    expect(cache.get('a')).toBe('aaa'); // a is now the most recently used
    cache.set('c', 'ccc'); // 3 entries > 2: b goes
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['aaa', undefined, 'ccc']);
    cache.set('d', 'dddddddd'); // 3 + 3 + 8 = 14 bytes > 10: a goes (least recently used), then c (11 > 10)
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([undefined, undefined, 'dddddddd']);
    cache.set('e', 'é'.repeat(6)); // 12 bytes in UTF-8: larger than the whole budget, not kept
    expect([cache.get('e'), cache.size]).toEqual([undefined, 1]);
  });
});

describe('masked errors', () => {
  it('hide internals behind a request id and keep the server answering', async () => {
    const c = await clientWith({});
    await db.sql.exec('ALTER TABLE "Product" RENAME TO "Product_hidden"');
    const logged = vi.spyOn(logger, 'error');
    try {
      const res = await send(c, '{ products(first: 1) { totalCount } }');
      const error = res.body.errors?.[0];
      expect(error?.message).toBe('Unexpected error; quote the requestId when reporting it.');
      expect(JSON.stringify(res.body)).not.toMatch(/prisma|Product_hidden|relation|sql|stack/i);
      expect(error?.extensions).toEqual({ code: 'INTERNAL', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      // One id: the response header, the error's requestId and the server-side log line with the stack.
      const requestId = error?.extensions?.requestId;
      expect(res.headers.get('x-request-id')).toBe(requestId);
      const lines = logged.mock.calls.map(([fields]) => fields as { requestId?: string; err?: Error });
      expect(lines.map((l) => l.requestId)).toEqual([requestId]);
      expect(lines[0]?.err?.stack).toMatch(/Product/);
      // A client's own X-Request-Id is kept throughout.
      const traced = await send(c, '{ products(first: 1) { totalCount } }', { 'x-request-id': 'trace-42.a' });
      expect(traced.headers.get('x-request-id')).toBe('trace-42.a');
      expect(traced.body.errors?.[0]?.extensions?.requestId).toBe('trace-42.a');
      expect((logged.mock.calls.at(-1)?.[0] as { requestId?: string } | undefined)?.requestId).toBe('trace-42.a');
    } finally {
      logged.mockRestore();
      await db.sql.exec('ALTER TABLE "Product_hidden" RENAME TO "Product"');
    }
    expect((await send(c, '{ products(first: 1) { totalCount } }')).body.errors).toBeUndefined();
  });
});
