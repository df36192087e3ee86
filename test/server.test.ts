// The HTTP surface: liveness, readiness that tells the truth about the database, GraphiQL, and
// unexpected failures masked behind a request id.
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await buildCoreFixture(db.prisma, 2);
  client = await createTestClient(db, { listen: true, graphiql: true });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('HTTP endpoints', () => {
  it('answers /healthz and /readyz while the database is up', async () => {
    const health = await fetch(`${client.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${client.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
  });

  it('serves GraphiQL to a browser and GraphQL over POST', async () => {
    const page = await fetch(`${client.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
    const res = await client.request<{ organization: { name: string } }>('{ organization { name } }');
    expect(res.data?.organization.name).toBe('Fixture Co');
  });

  it('reports a malformed query as a client error with its location', async () => {
    const res = await client.request('{ organization { nope } }');
    expect(res.errors?.[0]?.message).toMatch(/nope/);
  });
});

describe('a database that goes away', () => {
  it('says not ready, and masks failures behind a request id', async () => {
    // Its own database and server: closing the shared one would break the tests above.
    const own = await createTestDatabase();
    let served: TestClient | undefined;
    try {
      await buildCoreFixture(own.prisma, 2);
      served = await createTestClient(own, { listen: true });
      await served.adminKey(); // minted while the database is still there
      await own.close();
      const ready = await fetch(`${served.url}/readyz`);
      expect(ready.status).toBe(503);
      const res = await served.request('{ reps(first: 1) { totalCount } }');
      const error = res.errors?.[0];
      expect(error?.message).not.toMatch(/prisma|pglite|sql/i);
      expect(error?.extensions?.code).toBe('INTERNAL');
      expect(error?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await served?.close().catch(() => undefined);
      await own.destroy();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight on a keep-alive connection, closes that connection, then accepts nothing', async () => {
    const own = await createTestDatabase();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let served: TestClient | undefined;
    try {
      await buildCoreFixture(own.prisma, 2);
      served = await createTestClient(own, { listen: true });
      const key = await served.adminKey();
      const [counted] = await own.sql.query<{ reps: number }>(`SELECT count(*)::int AS reps FROM "Rep"
          WHERE "organizationId" = (SELECT id FROM "Organization" ORDER BY id LIMIT 1)`);
      const { url, server } = served;
      const send = (path: string, body?: string) =>
        new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
          const req = httpRequest(
            `${url}${path}`,
            {
              agent,
              method: body ? 'POST' : 'GET',
              headers: body ? { 'content-type': 'application/json', authorization: `Bearer ${key}` } : {},
            },
            (res) => {
              let text = '';
              res.on('data', (chunk) => {
                text += chunk;
              });
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }),
              );
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      // A keep-alive connection is open and idle-able before the shutdown begins.
      expect((await send('/healthz')).connection).toBe('keep-alive');
      const arrived = new Promise((resolve) => server.http.once('request', resolve));
      const inFlight = send('/graphql', JSON.stringify({ query: '{ reps(first: 1) { totalCount } }' }));
      await arrived;
      const closed = server.close();
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.connection).toBe('close');
      expect(JSON.parse(answer.body).data.reps.totalCount).toBe(counted?.reps);
      await closed;
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      agent.destroy();
      // Closing twice is harmless; after a failed assertion it stops the server the test started.
      await served?.close().catch(() => undefined);
      await own.destroy();
    }
  });
});
