// The API process killed (SIGKILL) in the middle of a bulk export, for real: a child server runs
// the export, is killed once rows are being written, and a new server on the same database
// finds the operation. It must end FAILED (INTERRUPTED) with its partial file deleted, never
// COMPLETED with a truncated file. On PGlite the child owns the database folder, so this test
// reads the result through the restarted server's API only.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { openDatabase } from '../api/src/db/database.js';
import { createTestDatabase, selectedBackend, type TestDatabase } from './support/databases.js';
import { buildCoreFixture } from './support/fixture.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Deals added to the fixture, so that an export of one deal per page runs for several seconds. */
const EXTRA_DEALS = 3_000;

let pgDb: TestDatabase | undefined;
let folder: string;
let token: string;
let databaseEnv: Record<string, string>;
const children: ChildProcess[] = [];

async function startChild(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...databaseEnv,
      PORT: String(port),
      COXSWAIN_SEED: 'none',
      COXSWAIN_DEMO_KEY: 'off',
      LOG_LEVEL: 'warn',
      COXSWAIN_EXPORT_DIR: path.join(folder, 'exports'),
      COXSWAIN_BULK_WORK_DIR: path.join(folder, 'work'),
      COXSWAIN_BULK_PAGE_SIZE: '1',
      COXSWAIN_BULK_PROGRESS_INTERVAL_MS: '100',
      COXSWAIN_BULK_STALE_MS: '2000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode != null) throw new Error(`server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return child;
    if (Date.now() > deadline) throw new Error('server not ready after 60 s');
    await sleep(200);
  }
}

async function graphql<T>(port: number, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Op {
  status: string;
  errorCode: string | null;
  rootObjectCount: number;
  url: string | null;
  fileSize: number | null;
}
const GET = 'query($id: ID!) { bulkOperation(id: $id) { status errorCode rootObjectCount url fileSize } }';

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'bulkcore-restart-'));
  if (selectedBackend() === 'postgres') pgDb = await createTestDatabase('postgres');
  const db = pgDb ?? (await openDatabase({ dataDir: path.join(folder, 'data') }));
  const fx = await buildCoreFixture(db.prisma, 3);
  await db.sql.query(
    `INSERT INTO "Opportunity" ("organizationId", name, "accountId", "ownerId", amount, type, stage, "forecastCategory", "createdDate", "closeDate")
     SELECT $1, 'Bulk deal ' || g, $2, $3, 100.00, 'NEW_BUSINESS', 'PROPOSAL', 'PIPELINE', DATE '2026-03-01', DATE '2026-06-30'
       FROM generate_series(1, ${EXTRA_DEALS}) g`,
    [fx.organizationId, fx.accounts[0], fx.reps[0]],
  );
  token = (await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'restart', scopes: ['admin'] })).token;
  databaseEnv = pgDb ? { DATABASE_URL: pgDb.url as string } : { COXSWAIN_DATA_DIR: path.join(folder, 'data') };
  // On PGlite the child process opens the folder: this process lets go of it first.
  if (!pgDb) await db.close();
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode == null) child.kill('SIGKILL');
  await pgDb?.destroy();
  rmSync(folder, { recursive: true, force: true });
});

describe('an API process killed during an export', () => {
  it('leaves the operation FAILED (INTERRUPTED) after a restart, never COMPLETED with a partial file', async () => {
    const port = 4800 + (process.pid % 500);
    const first = await startChild(port);
    const run = await graphql<{ bulkOperationRunQuery: { bulkOperation: { id: string } } }>(
      port,
      `mutation { bulkOperationRunQuery(input: { query: "{ opportunities { edges { node { id name account { name } } } } }" }) {
         bulkOperation { id } userErrors { message } } }`,
    );
    const id = run.bulkOperationRunQuery.bulkOperation.id;
    // Killed while rows are being written: some are counted, the end is far away.
    const deadline = Date.now() + 60_000;
    let seen: Op;
    for (;;) {
      seen = (await graphql<{ bulkOperation: Op }>(port, GET, { id })).bulkOperation;
      if (seen.status === 'RUNNING' && seen.rootObjectCount > 0) break;
      if (Date.now() > deadline) throw new Error(`export not running: ${JSON.stringify(seen)}`);
      await sleep(100);
    }
    const workDir = path.join(folder, 'work');
    expect(readdirSync(workDir)).toHaveLength(1);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect(seen.rootObjectCount).toBeLessThan(EXTRA_DEALS);

    await sleep(2_500);
    await startChild(port);
    let after: Op;
    for (;;) {
      after = (await graphql<{ bulkOperation: Op }>(port, GET, { id })).bulkOperation;
      if (after.status !== 'RUNNING') break;
      if (Date.now() > deadline + 30_000) throw new Error('still RUNNING after the restart');
      await sleep(200);
    }
    expect(after).toMatchObject({ status: 'FAILED', errorCode: 'INTERRUPTED', url: null, fileSize: null });
    // The partial file is gone and nothing was stored.
    expect(readdirSync(workDir)).toEqual([]);
    expect(existsSync(path.join(folder, 'exports')) ? readdirSync(path.join(folder, 'exports')) : []).toEqual([]);
  }, 180_000);
});
