// The API process killed (SIGKILL) between commit and delivery: a child server (api/src/main.ts)
// commits changes while the receiver holds every request without answering, is killed with
// requests in flight, and a new server on the same database delivers everything: each committed
// event reaches the receiver's deduplicated store once, in commit order per record, and nothing
// arrives that the database does not hold. Both databases: PostgreSQL, and PGlite in a folder
// (the test opens it only while no server does, since PGlite is one process's).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, selectedBackend, type TestDatabase } from './support/databases.js';
import { Receiver } from './support/webhook-receiver.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backend = selectedBackend();

let pgDb: TestDatabase | null = null;
let dataDir: string | null = null;
let child: ChildProcess | null = null;
const receiver = new Receiver();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The database, opened by the test: PostgreSQL's stays open; PGlite's only while no server runs. */
async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  if (pgDb) return fn(pgDb);
  const db = await openDatabase({ dataDir: dataDir as string });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function startServer(port: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...(pgDb ? { DATABASE_URL: pgDb.url } : { DATABASE_URL: '', COXSWAIN_DATA_DIR: dataDir as string }),
      PORT: String(port),
      COXSWAIN_SEED: 'none',
      COXSWAIN_DEMO_KEY: 'off',
      LOG_LEVEL: 'warn',
      COXSWAIN_WEBHOOK_SWEEP_MS: '50',
      COXSWAIN_WEBHOOK_TIMEOUT_MS: '30000',
      COXSWAIN_WEBHOOK_BACKOFF_BASE_MS: '200',
      COXSWAIN_WEBHOOK_BACKOFF_MAX_MS: '500',
      COXSWAIN_WEBHOOK_LEASE_MS: '2000',
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode != null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return proc;
    } catch {}
    if (Date.now() > deadline) throw new Error('server not ready after 90 s');
    await sleep(200);
  }
}

async function killed(proc: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill(signal);
  await exited;
}

beforeAll(async () => {
  if (backend === 'postgres') pgDb = await createTestDatabase('postgres');
  else dataDir = mkdtempSync(path.join(tmpdir(), 'webhooks-restart-'));
});
afterAll(async () => {
  if (child && child.exitCode == null) await killed(child, 'SIGKILL');
  await receiver.stop();
  await pgDb?.destroy();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the API process killed between commit and delivery', () => {
  it('delivers every committed event after restart, once, in commit order per record, and invents none', async () => {
    const keys = await withDatabase(async (db) => {
      const org = await db.prisma.organization.create({ data: { name: 'Restart Co', slug: 'restart' } });
      const issue = (scopes: ('write:ingest' | 'write:webhooks')[]) =>
        issueApiKey(db.sql, { organizationId: org.id, name: scopes.join(' '), scopes }).then((k) => k.token);
      return { ingest: await issue(['write:ingest']), webhooks: await issue(['write:webhooks']) };
    });
    await receiver.start();
    const port = await freePort();
    child = await startServer(port);
    const gql = async <T>(token: string, query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const created = await gql<{ createWebhookSubscription: { secret: string; userErrors: unknown[] } }>(
      keys.webhooks,
      'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { code } } }',
      { input: { url: receiver.url, topics: ['ACCOUNT'] } },
    );
    receiver.secret = created.createWebhookSubscription.secret;

    // The receiver takes requests and never answers: deliveries are in flight when the kill comes.
    receiver.mode = 'hang';
    const committed: { externalId: string; status: string }[] = [];
    for (let call = 0; call < 6; call++) {
      const rows = Array.from({ length: 10 }, (_, i) => ({
        externalId: `R-${i}`,
        name: `Account ${i}`,
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 10 + call,
      }));
      const out = await gql<{ upsertAccounts: { results: { externalId: string; status: string }[] } }>(
        keys.ingest,
        'mutation($input: UpsertAccountsInput!) { upsertAccounts(input: $input) { results { externalId status } } }',
        { input: { rows } },
      );
      committed.push(...out.upsertAccounts.results);
    }
    const deadline = Date.now() + 20_000;
    while (receiver.requests === 0 && Date.now() < deadline) await sleep(50);
    expect(receiver.requests).toBeGreaterThan(0);
    await killed(child, 'SIGKILL');
    expect(receiver.stored).toEqual([]);

    // Back up: the receiver answers, a new server process takes over.
    receiver.mode = 'ok';
    child = await startServer(port);
    const until = Date.now() + 60_000;
    while (receiver.stored.length < committed.length && Date.now() < until) await sleep(100);
    await sleep(1000); // anything extra would arrive now
    await killed(child, 'SIGTERM');
    child = null;

    const events = await withDatabase((db) =>
      db.sql.query<{ id: number; entityId: string; eventType: string; externalId: string }>(
        `SELECT id, "entityId", "eventType", after->>'externalId' AS "externalId" FROM "AuditEvent"
          WHERE topic = 'account' ORDER BY id`,
      ),
    );
    // The database holds one event per committed change: nothing lost by the kill...
    expect(events.map((e) => `${e.externalId}:${e.eventType}`)).toEqual(
      committed.map((c) => `${c.externalId}:account.${c.status.toLowerCase()}`),
    );
    // ...every one of them arrived once, and nothing else did.
    expect(receiver.badSignatures).toBe(0);
    expect(receiver.stored.map((s) => s.id).sort()).toEqual(events.map((e) => toGlobalId('AuditEvent', e.id)).sort());
    // Per record, in commit order.
    for (let i = 0; i < 10; i++) {
      const arrived = receiver.stored.filter((s) => s.externalId === `R-${i}`).map((s) => s.id);
      const inOrder = events.filter((e) => e.externalId === `R-${i}`).map((e) => toGlobalId('AuditEvent', e.id));
      expect(arrived).toEqual(inOrder);
      expect(arrived.length).toBe(6);
    }
  }, 240_000);
});
