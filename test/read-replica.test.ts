// The read replica (api/src/db/replica.ts, docs/scaling.md) against a real streaming standby
// that this file creates with initdb, pg_basebackup and pg_ctl on private ports and deletes at
// the end (test/support/replica-cluster.ts): analytics go to the standby, a caller's write is
// seen by its next read, a lagging or stopped standby sends reads to the primary without a
// failed request, and reads return to it when it is back. Whether a statement ran on the
// standby is read from the standby itself (pg_stat_database's transaction count), and every
// answer is compared with the same operation on a server without a replica.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { lsnValue } from '../api/src/db/replica.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';
import { type ReplicaCluster, startReplicaCluster } from './support/replica-cluster.js';

const FORECAST = `query($id: ID) { forecast(periodKey: "FY2099-Q1", repId: $id) {
    node { rep { name } commitCall { submission { amount note } } } } }`;
const SUBMIT = `mutation($input: SubmitForecastInput!) { submitForecast(input: $input) {
    submission { id amount } userErrors { code message } } }`;
type Forecast = { forecast: { node: { commitCall: { submission: { amount: string; note: string } | null } } } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('read replica', () => {
  let cluster: ReplicaCluster;
  let db: Database;
  /** The same primary without a replica: the answers to compare with. */
  let plain: Database;
  let client: TestClient;
  let reference: TestClient;
  let fixture: CoreFixture;
  let standbyAdmin: pg.Client;
  let otherKey: string;

  /** Transactions the standby's database has committed (read-only ones included). */
  const standbyTransactions = async () => {
    await standbyAdmin.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await standbyAdmin.query<{ n: string }>(
      `SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = 'coxswain'`,
    );
    return Number(rows[0]?.n);
  };
  /**
   * Runs `fn` and counts its statements on the standby: as the server's reader counts them, and
   * as the standby counts transactions in the database (its health checks are off meanwhile).
   */
  const onStandby = async (fn: () => Promise<unknown>) => {
    const before = db.replica?.standby.queryCount() ?? 0;
    const standbyBefore = await standbyTransactions();
    await fn();
    // pg_stat_database is updated when a backend reports, at most every 0.5 s of activity.
    await sleep(2_000);
    return {
      reader: (db.replica?.standby.queryCount() ?? 0) - before,
      server: (await standbyTransactions()) - standbyBefore,
    };
  };
  const until = async (what: () => boolean | Promise<boolean>, ms = 20_000) => {
    const end = Date.now() + ms;
    while (!(await what())) {
      if (Date.now() > end) throw new Error(`condition not met in time: ${what}`);
      await sleep(50);
    }
  };
  const submit = (amount: string, note: string, headers?: Record<string, string>, via = client) =>
    via.request<{ submitForecast: { userErrors: unknown[] } }>(
      SUBMIT,
      {
        input: {
          repId: toGlobalId('Rep', fixture.reps[0] as number),
          periodKey: 'FY2099-Q1',
          category: 'COMMIT',
          amount,
          note,
        },
      },
      headers,
    );
  const forecastOf = async (c: TestClient, headers?: Record<string, string>) => {
    const r = await c.request<Forecast>(FORECAST, { id: toGlobalId('Rep', fixture.reps[0] as number) }, headers);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data?.forecast.node.commitCall.submission ?? null;
  };

  beforeAll(async () => {
    cluster = await startReplicaCluster('coxswain');
    db = await openDatabase({
      databaseUrl: cluster.primaryUrl(),
      poolSize: 4,
      // Checked only when the test asks (check()), so the standby's transaction count is the reads'.
      replica: { url: cluster.standbyUrl(), maxLagMs: 60_000, checkIntervalMs: 600_000 },
    });
    plain = await openDatabase({ databaseUrl: cluster.primaryUrl(), poolSize: 2, migrate: false });
    fixture = await buildCoreFixture(db.prisma);
    client = await createTestClient(db, { listen: true });
    reference = await createTestClient(plain);
    otherKey = (
      await issueApiKey(db.sql, { organizationId: fixture.organizationId, name: 'second caller', scopes: ['admin'] })
    ).token;
    standbyAdmin = new pg.Client({ connectionString: cluster.standbyUrl('postgres') });
    await standbyAdmin.connect();
    await cluster.waitForReplay();
    await until(async () => (await db.replica?.check())?.state === 'up');
  }, 240_000);

  afterAll(async () => {
    await standbyAdmin?.end().catch(() => {});
    await client?.close();
    await reference?.close();
    await db?.close();
    await plain?.close();
    cluster?.destroy();
  }, 60_000);

  it('reads analytics on the standby and pages on the primary, with the answers of the primary', async () => {
    expect((await submit('1200.00', 'first')).data?.submitForecast.userErrors).toEqual([]);
    await cluster.waitForReplay();
    await db.replica?.check();
    let answer: unknown;
    const analytics = await onStandby(async () => {
      answer = await forecastOf(client, { authorization: `Bearer ${otherKey}` });
    });
    expect(analytics.reader).toBeGreaterThan(0);
    expect(analytics.server).toBeGreaterThan(0);
    expect(answer).toEqual(await forecastOf(reference));
    expect(answer).toMatchObject({ note: 'first' });

    const page = await onStandby(() => client.data(`{ opportunities(first: 5) { edges { node { id name } } } }`));
    expect(page.reader).toBe(0);
    expect(page.server).toBe(0);
  });

  it('gives a caller that just wrote its write, while others still read the standby', async () => {
    await cluster.waitForReplay();
    await db.replica?.check();
    // Replay paused: the standby holds the old value until resumed.
    const before = await forecastOf(reference);
    await standbyAdmin.query('SELECT pg_wal_replay_pause()');
    try {
      expect((await submit('3300.00', 'second')).data?.submitForecast.userErrors).toEqual([]);
      await db.replica?.check();
      expect(db.replica?.status().state).toBe('up');
      let writer: unknown;
      const own = await onStandby(async () => {
        writer = await forecastOf(client);
      });
      expect(own.reader).toBe(0);
      expect(writer).toEqual(await forecastOf(reference));
      expect(writer).toMatchObject({ note: 'second' });
      // Another caller made no write: it reads the standby, which has not replayed it yet.
      let other: unknown;
      const others = await onStandby(async () => {
        other = await forecastOf(client, { authorization: `Bearer ${otherKey}` });
      });
      expect(others.reader).toBeGreaterThan(0);
      expect(other).toEqual(before);
      expect(other).not.toEqual(writer);
    } finally {
      await standbyAdmin.query('SELECT pg_wal_replay_resume()');
    }
    await cluster.waitForReplay();
    await db.replica?.check();
    const back = await onStandby(() => forecastOf(client));
    expect(back.reader).toBeGreaterThan(0);
  });

  it('sends reads to the primary while the lag passes the threshold, and shows the lag in /readyz', async () => {
    const lagging = await openDatabase({
      databaseUrl: cluster.primaryUrl(),
      poolSize: 2,
      migrate: false,
      replica: { url: cluster.standbyUrl(), maxLagMs: 300, checkIntervalMs: 100 },
    });
    const server = await createTestClient(lagging, { listen: true });
    try {
      await until(() => lagging.replica?.status().state === 'up');
      await standbyAdmin.query('SELECT pg_wal_replay_pause()');
      try {
        await submit('4400.00', 'third', { authorization: `Bearer ${otherKey}` }, server);
        await until(() => lagging.replica?.status().state === 'lagging');
        const status = lagging.replica?.status();
        expect(status?.lagMs).toBeGreaterThan(300);
        const ready = (await (await fetch(`${server.url}/readyz`)).json()) as {
          status: string;
          replica: { state: string; lagMs: number; maxLagMs: number; replayLsn: string };
        };
        expect(ready).toMatchObject({ status: 'ready', replica: { state: 'lagging', maxLagMs: 300 } });
        expect(ready.replica.lagMs).toBeGreaterThan(300);
        // The LSN /readyz reports is the standby's own.
        const { rows } = await standbyAdmin.query<{ lsn: string }>('SELECT pg_last_wal_replay_lsn()::text AS lsn');
        expect(lsnValue(ready.replica.replayLsn)).toBe(lsnValue(rows[0]?.lsn as string));
        const before = lagging.replica?.standby.queryCount() ?? 0;
        const answer = await forecastOf(server, { authorization: `Bearer ${otherKey}` });
        expect(lagging.replica?.standby.queryCount()).toBe(before);
        expect(answer).toMatchObject({ note: 'third' });
      } finally {
        await standbyAdmin.query('SELECT pg_wal_replay_resume()');
      }
      await until(() => lagging.replica?.status().state === 'up');
      expect(lagging.replica?.status().lagMs).toBeLessThanOrEqual(300);
    } finally {
      await server.close();
      await lagging.close();
    }
  });

  it('keeps answering when the standby stops mid-load, and returns to it once it is back', async () => {
    await standbyAdmin.end();
    await cluster.waitForReplay();
    await db.replica?.check();
    const expected = await forecastOf(reference);
    let running = true;
    let done = 0;
    const failures: unknown[] = [];
    const worker = async () => {
      while (running) {
        try {
          expect(await forecastOf(client, { authorization: `Bearer ${otherKey}` })).toEqual(expected);
          done++;
        } catch (error) {
          failures.push(error);
          if (failures.length === 1) console.error(error);
        }
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await until(() => done >= 20);
    cluster.stopStandby();
    const stoppedAt = done;
    await until(() => db.replica?.status().state === 'down');
    const ready = (await (await fetch(`${client.url}/readyz`)).json()) as {
      status: string;
      replica: { state: string };
    };
    expect(ready).toMatchObject({ status: 'ready', replica: { state: 'down' } });
    await until(() => done >= stoppedAt + 20);
    cluster.startStandby();
    await until(async () => (await db.replica?.check())?.state === 'up', 60_000);
    const standbyBefore = db.replica?.standby.queryCount() ?? 0;
    const resumedAt = done;
    await until(() => done >= resumedAt + 20);
    running = false;
    await Promise.all(workers);
    expect(failures).toEqual([]);
    expect(db.replica?.standby.queryCount()).toBeGreaterThan(standbyBefore);
    standbyAdmin = new pg.Client({ connectionString: cluster.standbyUrl('postgres') });
    await standbyAdmin.connect();
  }, 180_000);
});
