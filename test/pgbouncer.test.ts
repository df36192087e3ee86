// The server behind a real PgBouncer in transaction mode (Debian's package, 1.18: no named
// prepared statements, no `options` startup parameter), started by this file on a private port
// in front of the test server (test/support/replica-cluster.ts) with COXSWAIN_DB_POOLER's
// `transaction` mode (docs/scaling.md). The core of the suite runs through it: nested pages,
// a mutation, an analytics report, many requests at once on fewer server connections, and the
// pooler restarted under the running server. Every answer is compared with the same operation
// on a server connected straight to PostgreSQL, and the write with SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBulkWorker } from '../api/src/bulk/runner.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../api/src/db/session.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, TEST_PG_ADMIN_URL, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';
import { type PgBouncer, startPgBouncer } from './support/replica-cluster.js';

const PAGE = `query($first: Int, $after: String) {
  opportunities(first: $first, after: $after, orderBy: { field: AMOUNT, direction: DESC }) {
    totalCount
    edges { cursor node { id name amount account { name } owner { name } lineItems { quantity product { name } } } }
    pageInfo { hasNextPage endCursor } } }`;
const PERFORMANCE = `{ performance(period: "FY2026", groupBy: REP) { rows { bookings quota } total { bookings quota } } }`;
const SUBMIT = `mutation($input: SubmitForecastInput!) { submitForecast(input: $input) {
    submission { id amount note } userErrors { code message } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('behind PgBouncer in transaction mode', () => {
  let direct: TestDatabase;
  let pooled: Database;
  let bouncer: PgBouncer;
  let fixture: CoreFixture;
  let client: TestClient;
  let reference: TestClient;

  beforeAll(async () => {
    // Its own database on the test server, whichever backend the suite runs on.
    direct = await createTestDatabase('postgres');
    const name = new URL(direct.url as string).pathname.slice(1);
    // Behind the pooler the database carries the session settings the server otherwise sends
    // at connection (db/session.ts), as docs/scaling.md tells operators to do.
    await direct.sql.exec(
      `ALTER DATABASE "${name}" SET jit = off; ALTER DATABASE "${name}" SET work_mem = '64MB';
       ALTER DATABASE "${name}" SET statement_timeout = ${DEFAULT_STATEMENT_TIMEOUT_MS}`,
    );
    fixture = await buildCoreFixture(direct.prisma);
    const server = new URL(TEST_PG_ADMIN_URL);
    // Fewer server connections than the server's pool: the pooler multiplexes them.
    bouncer = await startPgBouncer({ host: server.hostname, port: Number(server.port || 5432) }, 3);
    pooled = await openDatabase({ databaseUrl: bouncer.url(name), poolSize: 8, pooler: 'transaction', migrate: false });
    client = await createTestClient(pooled, { listen: true });
    reference = await createTestClient(direct);
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    await reference?.close();
    await pooled?.close();
    await bouncer?.destroy();
    await direct?.destroy();
  }, 60_000);

  it('reads nested pages, forwards through every cursor, as a direct connection does', async () => {
    let after: string | null = null;
    let pages = 0;
    do {
      type Page = { opportunities: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const variables = { first: 5, after };
      const viaPooler: Page = await client.data<Page>(PAGE, variables);
      expect(viaPooler).toEqual(await reference.data(PAGE, variables));
      after = viaPooler.opportunities.pageInfo.hasNextPage ? viaPooler.opportunities.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(1);
  });

  it('runs the session settings the database carries', async () => {
    const [row] = await pooled.sql.query<{ timeout: string; jit: string; mem: string }>(
      `SELECT current_setting('statement_timeout') AS timeout, current_setting('jit') AS jit,
              current_setting('work_mem') AS mem`,
    );
    expect(row).toEqual({ timeout: `${DEFAULT_STATEMENT_TIMEOUT_MS / 1000}s`, jit: 'off', mem: '64MB' });
  });

  it('writes through a mutation, as SQL on the database then reads', async () => {
    const input = {
      repId: toGlobalId('Rep', fixture.reps[0] as number),
      periodKey: 'FY2099-Q1',
      category: 'COMMIT',
      amount: '1234.56',
      note: 'through the pooler',
      idempotencyKey: 'pooler-1',
    };
    const r = await client.data<{ submitForecast: { userErrors: unknown[]; submission: { amount: string } } }>(SUBMIT, {
      input,
    });
    expect(r.submitForecast.userErrors).toEqual([]);
    const rows = await direct.sql.query<{ amount: string }>(
      `SELECT amount::text AS amount FROM "ForecastSubmission" WHERE note = 'through the pooler'`,
    );
    expect(rows).toEqual([{ amount: '1234.56' }]);
  });

  it('answers an analytics report as a direct connection does', async () => {
    expect(await client.data(PERFORMANCE)).toEqual(await reference.data(PERFORMANCE));
  });

  it('serves 40 concurrent pages on 3 server connections, the same statement text on each', async () => {
    const expected = await reference.data(PAGE, { first: 10 });
    const answers = await Promise.all(Array.from({ length: 40 }, () => client.request(PAGE, { first: 10 })));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected);
    }
    // No statement stayed prepared on the server connections PgBouncer shares.
    const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`,
        [new URL(direct.url as string).pathname.slice(1)],
      );
      // The pooler's 3, and the direct test database's own pool (at most 4).
      expect(rows[0]?.n).toBeLessThanOrEqual(3 + 4);
    } finally {
      await admin.end();
    }
  });

  it('drops named prepared statements by itself when a pooler refuses them, the setting left unset', async () => {
    // A pooler that swallows the startup options, in front of one server connection: the second
    // pool connection preparing the page's statement meets the first one's (42P05).
    const server = new URL(TEST_PG_ADMIN_URL);
    const lenient = await startPgBouncer(
      { host: server.hostname, port: Number(server.port || 5432) },
      1,
      undefined,
      true,
    );
    const name = new URL(direct.url as string).pathname.slice(1);
    const unset = await openDatabase({ databaseUrl: lenient.url(name), poolSize: 4, pooler: 'none', migrate: false });
    const unsetClient = await createTestClient(unset);
    try {
      const expected = await reference.data(PAGE, { first: 10 });
      const answers = await Promise.all(Array.from({ length: 12 }, () => unsetClient.request(PAGE, { first: 10 })));
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual(expected);
      }
    } finally {
      await unsetClient.close();
      await unset.close();
      await lenient.destroy();
    }
  });

  it('runs a bulk export on the job queue through the pooler, every deal as SQL reads them', async () => {
    const folders = ['COXSWAIN_EXPORT_DIR', 'COXSWAIN_BULK_WORK_DIR'].map((name) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'coxswain-pooler-export-'));
      process.env[name] = folder;
      return folder;
    });
    // The queue's own pool connects through the pooler too (its startup options left out).
    const worker = await startBulkWorker(pooled, { settings: { pageSize: 5, progressIntervalMs: 50 } });
    try {
      type Run = { bulkOperationRunQuery: { bulkOperation: { id: string }; userErrors: unknown[] } };
      const run = await client.data<Run>(
        `mutation($query: String!) { bulkOperationRunQuery(input: { query: $query, format: NDJSON }) {
           bulkOperation { id } userErrors { code message } } }`,
        { query: '{ opportunities { edges { node { id name } } } }' },
      );
      expect(run.bulkOperationRunQuery.userErrors).toEqual([]);
      const id = run.bulkOperationRunQuery.bulkOperation.id;
      const until = Date.now() + 60_000;
      let op: { status: string; url: string | null } | undefined;
      for (;;) {
        op = (
          await client.data<{ bulkOperation: { status: string; url: string | null } }>(
            'query($id: ID!) { bulkOperation(id: $id) { status url } }',
            { id },
          )
        ).bulkOperation;
        if (op.status === 'COMPLETED' || op.status === 'FAILED' || Date.now() > until) break;
        await sleep(100);
      }
      expect(op?.status).toBe('COMPLETED');
      const text = await (await fetch(op?.url as string)).text();
      const names = text
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { name: string }).name)
        .sort();
      const rows = await direct.sql.query<{ name: string }>(
        'SELECT name FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY name',
        [fixture.organizationId],
      );
      expect(names).toEqual(rows.map((r) => r.name).sort());
    } finally {
      await worker.stop();
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    }
  });

  it('recovers by itself when the pooler restarts', async () => {
    const expected = await reference.data(PAGE, { first: 3 });
    expect(await client.data(PAGE, { first: 3 })).toEqual(expected);
    await bouncer.stop();
    const down = await client.request(PAGE, { first: 3 });
    expect(down.errors?.length).toBeGreaterThan(0);
    expect((await fetch(`${client.url}/readyz`)).status).toBe(503);
    await bouncer.start();
    // The pool drops the connections the pooler closed and opens new ones: the first requests
    // after the restart may still meet a closed one, then every request is answered.
    const until = Date.now() + 15_000;
    let answered = 0;
    while (answered < 5) {
      const r = await client.request(PAGE, { first: 3 });
      if (!r.errors) {
        expect(r.data).toEqual(expected);
        answered++;
      } else if (Date.now() > until) {
        throw new Error(`no recovery: ${JSON.stringify(r.errors)}`);
      } else {
        await sleep(100);
      }
    }
    expect((await fetch(`${client.url}/readyz`)).status).toBe(200);
  });
});
