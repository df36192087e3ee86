// Webhook delivery benchmark (issue 17): the delay from commit to arrival while the ingestion load
// runs, and events per minute delivered to a local receiver, against the real server (a child
// process, api/src/main.ts) on a private PostgreSQL database (`webhooks_bench_<pid>`, dropped at
// the end).
//
//   pnpm bench:webhooks [--events 10000] [--rate 10000] [--duration 60] [--rounds 2] [--port 4741]
//
// Two ways of running delivery, interleaved (worker, in-process, worker, in-process...), a fresh
// server (and worker) each round, so that their ratio is not the machine's drift:
// - `worker`: the API process serves requests only (COXSWAIN_WEBHOOKS=off) and a second process,
//   `pnpm worker` (api/src/jobs/worker.ts), delivers, woken by the outbox's NOTIFY;
// - `in-process`: the API process delivers too (the PGlite default, and the old PostgreSQL one).
// 1. Delay: `--rate` events a minute for `--duration` seconds (an upsertAccounts call each second),
//    while another organization's ingestion runs flat out in the same API process: 2,000-row
//    upsertOpportunities calls of deals with two line items each, every deal's amount changed, the
//    call shape of bench:ingestion; per event, arrival time minus the time its call's response (the
//    commit) came back: p50, p95, max.
// 2. Throughput: `--events` account events committed as fast as ingestion takes them (2,000-row
//    upsertAccounts calls), delivered to a receiver in this process; events/minute from the first
//    commit to the last arrival.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { issueApiKey } from '../../api/src/access/api-keys.js';
import { openDatabase } from '../../api/src/db/database.js';
import { TEST_PG_ADMIN_URL } from '../support/databases.js';
import { Receiver } from '../support/webhook-receiver.js';
import { BENCHMARK_COST_ENV, SINGLE_TENANT_ENV } from './load.js';
import { ROOT, startServer } from './load-harness.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '2' },
    port: { type: 'string', default: '4741' },
    /** Leave out the throughput phase. */
    'delay-only': { type: 'boolean', default: false },
  },
});
const EVENTS = Number(values.events);
const RATE = Number(values.rate);
const DURATION = Number(values.duration);
const PORT = Number(values.port);
const ROUNDS = Number(values.rounds);
type Mode = 'worker' | 'in-process';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const name = `webhooks_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(TEST_PG_ADMIN_URL);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

const quantile = (sorted: number[], q: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : Number.NaN;

const account = (externalId: string, employees: number) => ({
  externalId,
  name: `Account ${externalId}`,
  industry: 'Software',
  country: 'US',
  region: 'NA',
  employees,
});

async function gql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const UPSERT =
  'mutation($input: UpsertAccountsInput!) { upsertAccounts(input: $input) { created updated userErrors { code } } }';

const OPPORTUNITIES =
  'mutation($input: UpsertOpportunitiesInput!) { upsertOpportunities(input: $input) { updated userErrors { code } } }';

/** The load organization's deals: 2,000 of them on 200 accounts, two line items each. */
const LOAD_DEALS = 2000;
const loadDeal = (i: number, quantity: number) => ({
  externalId: `LD-${i}`,
  name: `Deal ${i}`,
  accountExternalId: `LA-${i % 200}`,
  ownerExternalId: 'LR-1',
  type: 'NEW_BUSINESS',
  stage: 'PROSPECTING',
  createdDate: '2026-01-05',
  closeDate: '2026-12-20',
  lineItems: [
    { productExternalId: 'LP-1', quantity: String(quantity), unitPrice: '100.00' },
    { productExternalId: `LP-${2 + (i % 4)}`, quantity: '1', unitPrice: '50.00' },
  ],
});

/** `pnpm worker` as a child process; ready once its LISTEN connection is open. */
async function startWorker(logFile: string): Promise<{ stop(): Promise<void> }> {
  const log = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/jobs/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', COXSWAIN_BULK_WORKER: 'off' },
    stdio: ['ignore', log, log],
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode != null) throw new Error(`worker exited with ${child.exitCode}`);
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'coxswain-webhooks'`,
      [name],
    );
    if (Number(rows[0]?.n) > 0) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('worker not listening after 180 s');
    }
    await sleep(250);
  }
  return {
    async stop() {
      if (child.exitCode != null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

try {
  const db = await openDatabase({ databaseUrl, poolSize: 2 });
  const orgs: { ingest: string; webhooks: string }[] = [];
  for (const slug of ['bench-hooks', 'bench-load']) {
    const org = await db.prisma.organization.create({ data: { name: slug, slug } });
    const issue = (scopes: ('write:ingest' | 'write:webhooks')[]) =>
      issueApiKey(db.sql, { organizationId: org.id, name: slug, scopes }).then((k) => k.token);
    orgs.push({ ingest: await issue(['write:ingest']), webhooks: await issue(['write:webhooks']) });
  }
  await db.close();
  const [hooks, load] = orgs as [{ ingest: string; webhooks: string }, { ingest: string; webhooks: string }];
  const receiver = new Receiver();
  await receiver.start();
  let round = 0;
  const logFile = path.join(tmpdir(), `${name}.log`);

  async function withServer<T>(mode: Mode, fn: () => Promise<T>): Promise<T> {
    const server = await startServer(
      databaseUrl,
      PORT,
      { ...BENCHMARK_COST_ENV, ...SINGLE_TENANT_ENV, COXSWAIN_WEBHOOKS: mode === 'worker' ? 'off' : 'on' },
      logFile,
    );
    const worker = mode === 'worker' ? await startWorker(logFile) : null;
    try {
      return await fn();
    } finally {
      await worker?.stop();
      await server.stop();
    }
  }

  /** A fresh subscription for the round; earlier rounds' subscriptions are deleted. */
  async function subscribe(): Promise<string> {
    const d = await gql<{ webhookSubscriptions: { edges: { node: { id: string } }[] } }>(
      hooks.webhooks,
      '{ webhookSubscriptions(first: 50) { edges { node { id } } } }',
      {},
    );
    for (const { node } of d.webhookSubscriptions.edges) {
      await gql(hooks.webhooks, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
        id: node.id,
      });
    }
    const created = await gql<{ createWebhookSubscription: { secret: string } }>(
      hooks.webhooks,
      'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }',
      { input: { url: receiver.url, topics: ['ACCOUNT'] } },
    );
    receiver.secret = created.createWebhookSubscription.secret;
    receiver.stored = [];
    receiver.seen.clear();
    receiver.requests = 0;
    receiver.log = [];
    return created.createWebhookSubscription.secret;
  }

  /** The load organization's reps, accounts, products and deals (once, through the API). */
  async function prepareLoad() {
    await withServer('in-process', async () => {
      await gql(
        load.ingest,
        'mutation($input: UpsertRepsInput!) { upsertReps(input: $input) { userErrors { code } } }',
        {
          input: {
            rows: [
              {
                externalId: 'LR-1',
                name: 'Load',
                email: 'load@bench.test',
                role: 'AE',
                region: 'NA',
                hireDate: '2024-01-01',
              },
            ],
          },
        },
      );
      await gql(load.ingest, UPSERT, {
        input: { rows: Array.from({ length: 200 }, (_, i) => account(`LA-${i}`, 10)) },
      });
      await gql(
        load.ingest,
        'mutation($input: UpsertProductsInput!) { upsertProducts(input: $input) { userErrors { code } } }',
        {
          input: {
            rows: Array.from({ length: 5 }, (_, i) => ({
              externalId: `LP-${i + 1}`,
              name: `Product ${i + 1}`,
              family: 'Core',
              listPrice: '100.00',
            })),
          },
        },
      );
      const out = await gql<{ upsertOpportunities: { userErrors: unknown[] } }>(load.ingest, OPPORTUNITIES, {
        input: { rows: Array.from({ length: LOAD_DEALS }, (_, i) => loadDeal(i, 1)) },
      });
      if (out.upsertOpportunities.userErrors.length)
        throw new Error(JSON.stringify(out.upsertOpportunities.userErrors[0]));
    });
  }

  async function throughput(mode: Mode) {
    round++;
    return withServer(mode, async () => {
      await subscribe();
      const started = Date.now();
      for (let sent = 0; sent < EVENTS; sent += 2000) {
        const rows = Array.from({ length: Math.min(2000, EVENTS - sent) }, (_, i) =>
          account(`T${round}-${sent + i}`, 5),
        );
        await gql(hooks.ingest, UPSERT, { input: { rows } });
      }
      const committed = Date.now();
      while (receiver.stored.length < EVENTS) {
        if (Date.now() - committed > 300_000) throw new Error(`only ${receiver.stored.length} of ${EVENTS} arrived`);
        await sleep(20);
      }
      const done = Date.now();
      return {
        mode,
        commitSeconds: (committed - started) / 1000,
        totalSeconds: (done - started) / 1000,
        perMinute: Math.round((EVENTS / (done - started)) * 60_000),
        duplicates: receiver.duplicates,
      };
    });
  }

  async function delay(mode: Mode) {
    round++;
    return withServer(mode, async () => {
      await subscribe();
      let loading = true;
      let loadCalls = 0;
      // The ingestion benchmark's calls, flat out: 2,000 deals with line items, every amount changed.
      const background = (async () => {
        for (let n = 0; loading; n++) {
          const rows = Array.from({ length: LOAD_DEALS }, (_, i) => loadDeal(i, 2 + (n % 50)));
          await gql(load.ingest, OPPORTUNITIES, { input: { rows } });
          loadCalls++;
        }
      })();
      const perCall = Math.round(RATE / 60);
      const committedAt = new Map<string, number>();
      const started = Date.now();
      for (let call = 0; call < DURATION; call++) {
        const due = started + call * 1000;
        if (due > Date.now()) await sleep(due - Date.now());
        const rows = Array.from({ length: perCall }, (_, i) => account(`D${round}-${call}-${i}`, 5));
        await gql(hooks.ingest, UPSERT, { input: { rows } });
        const at = Date.now();
        for (const r of rows) committedAt.set(r.externalId, at);
      }
      const expected = committedAt.size;
      const deadline = Date.now() + 120_000;
      while (receiver.stored.length < expected && Date.now() < deadline) await sleep(20);
      const elapsed = (Date.now() - started) / 1000;
      loading = false;
      await background;
      const unknown = receiver.stored.filter((s) => !committedAt.has(s.externalId as string));
      if (unknown.length) console.error('arrived without a commit time', unknown.slice(0, 3));
      const delays = receiver.stored
        .map((s) => s.receivedAt - (committedAt.get(s.externalId as string) ?? Number.NaN))
        .sort((a, b) => a - b);
      return {
        mode,
        events: expected,
        arrived: receiver.stored.length,
        duplicates: receiver.duplicates,
        perMinute: Math.round((expected / elapsed) * 60),
        loadRowsPerSecond: Math.round((loadCalls * LOAD_DEALS) / elapsed),
        p50: quantile(delays, 0.5),
        p95: quantile(delays, 0.95),
        max: delays[delays.length - 1],
      };
    });
  }

  await prepareLoad();
  const order: Mode[] = Array.from({ length: ROUNDS }, () => ['worker', 'in-process'] as Mode[]).flat();
  const delays: Awaited<ReturnType<typeof delay>>[] = [];
  for (const mode of order) {
    const r = await delay(mode);
    console.log(JSON.stringify({ phase: 'delay-under-ingestion', ...r }));
    delays.push(r);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const p95Of = (mode: Mode) => mean(delays.filter((d) => d.mode === mode).map((d) => d.p95));
  console.log(
    JSON.stringify({
      phase: 'delay-ratio',
      workerP95: Math.round(p95Of('worker')),
      inProcessP95: Math.round(p95Of('in-process')),
      ratio: Number((p95Of('in-process') / p95Of('worker')).toFixed(2)),
    }),
  );
  if (!values['delay-only']) {
    const runs: Awaited<ReturnType<typeof throughput>>[] = [];
    for (const mode of order) {
      const r = await throughput(mode);
      console.log(JSON.stringify({ phase: 'throughput', ...r }));
      runs.push(r);
    }
    const perMinute = (mode: Mode) => mean(runs.filter((r) => r.mode === mode).map((r) => r.perMinute));
    console.log(
      JSON.stringify({
        phase: 'throughput-ratio',
        workerPerMinute: Math.round(perMinute('worker')),
        inProcessPerMinute: Math.round(perMinute('in-process')),
        ratio: Number((perMinute('worker') / perMinute('in-process')).toFixed(2)),
      }),
    );
  }
  await receiver.stop();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
