// Webhook delivery benchmark (issue 17): events per minute delivered to a local receiver, and the
// delay from commit to arrival, against the real server (a child process, api/src/main.ts) on a
// private PostgreSQL database (`webhooks_bench_<pid>`, dropped at the end).
//
//   pnpm bench:webhooks [--events 10000] [--rate 10000] [--duration 60] [--port 4741]
//
// 1. Throughput: `--events` account events committed as fast as ingestion takes them (2,000-row
//    upsertAccounts calls), delivered to a receiver in this process; events/minute from the first
//    commit to the last arrival. Run with per-subscription concurrency 16 (the default) and 1,
//    interleaved (16, 1, 16, 1), each on a fresh server, so the ratio is not machine drift.
// 2. Delay: `--rate` events a minute for `--duration` seconds (a call each second), while another
//    organization's ingestion load runs flat out (2,000-row upsertAccounts calls updating every
//    row); per event, arrival time minus the time its call's response (the commit) came back:
//    p50, p95, max.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { issueApiKey } from '../../api/src/access/api-keys.js';
import { openDatabase } from '../../api/src/db/database.js';
import { TEST_PG_ADMIN_URL } from '../support/databases.js';
import { Receiver } from '../support/webhook-receiver.js';
import { BENCHMARK_COST_ENV, SINGLE_TENANT_ENV } from './load.js';
import { startServer } from './load-harness.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '60' },
    port: { type: 'string', default: '4741' },
    /** Leave out the throughput phase. */
    'delay-only': { type: 'boolean', default: false },
  },
});
const EVENTS = Number(values.events);
const RATE = Number(values.rate);
const DURATION = Number(values.duration);
const PORT = Number(values.port);
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

  async function withServer<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
    const server = await startServer(
      databaseUrl,
      PORT,
      { ...BENCHMARK_COST_ENV, ...SINGLE_TENANT_ENV, ...env },
      path.join(tmpdir(), `${name}.log`),
    );
    try {
      return await fn();
    } finally {
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
    return created.createWebhookSubscription.secret;
  }

  async function throughput(concurrency: number) {
    round++;
    return withServer({ COXSWAIN_WEBHOOK_CONCURRENCY: String(concurrency) }, async () => {
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
        concurrency,
        commitSeconds: (committed - started) / 1000,
        totalSeconds: (done - started) / 1000,
        perMinute: Math.round((EVENTS / (done - started)) * 60_000),
        duplicates: receiver.duplicates,
      };
    });
  }

  async function delay() {
    round++;
    return withServer({}, async () => {
      await subscribe();
      let loading = true;
      let loadCalls = 0;
      // Another organization's ingestion, flat out: 2,000 rows a call, each call updating them all.
      const background = (async () => {
        for (let n = 0; loading; n++) {
          const rows = Array.from({ length: 2000 }, (_, i) => account(`L-${i}`, 10 + (n % 50)));
          await gql(load.ingest, UPSERT, { input: { rows } });
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
      loading = false;
      await background;
      const unknown = receiver.stored.filter((s) => !committedAt.has(s.externalId as string));
      if (unknown.length) console.error('arrived without a commit time', unknown.slice(0, 3));
      const delays = receiver.stored
        .map((s) => s.receivedAt - (committedAt.get(s.externalId as string) ?? Number.NaN))
        .sort((a, b) => a - b);
      return {
        events: expected,
        arrived: receiver.stored.length,
        perMinute: Math.round((expected / (Date.now() - started)) * 60_000),
        loadRowsPerSecond: Math.round((loadCalls * 2000) / ((Date.now() - started) / 1000)),
        p50: quantile(delays, 0.5),
        p95: quantile(delays, 0.95),
        max: delays[delays.length - 1],
      };
    });
  }

  const runs: Awaited<ReturnType<typeof throughput>>[] = [];
  for (const concurrency of values['delay-only'] ? [] : [16, 1, 16, 1]) {
    const r = await throughput(concurrency);
    console.log(JSON.stringify({ phase: 'throughput', ...r }));
    runs.push(r);
  }
  const mean = (c: number) => {
    const xs = runs.filter((r) => r.concurrency === c).map((r) => r.perMinute);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  if (runs.length)
    console.log(
      JSON.stringify({
        phase: 'throughput-ratio',
        concurrency16PerMinute: Math.round(mean(16)),
        concurrency1PerMinute: Math.round(mean(1)),
        ratio: Number((mean(16) / mean(1)).toFixed(2)),
      }),
    );
  console.log(JSON.stringify({ phase: 'delay-under-ingestion', ...(await delay()) }));
  await receiver.stop();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
