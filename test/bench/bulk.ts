// bench:bulk — bulk operations on `large` (500,000 opportunities), in one run, on a copy of
// coxswain_large (the export writes its operation rows and pg-boss's tables):
// 1. the paginated GraphQL path (pages of 50, the default cost limits) for --paginated seconds,
//    extrapolated to the whole set;
// 2. with the benchmark's cost budget: nested-page p95 of --clients concurrent interactive
//    clients without an export, then the NDJSON export (submission to last byte downloaded) with
//    the same clients running, then CSV and Parquet alone;
// 3. `psql \copy` of the equivalent join to a file, the physical limit;
// 4. the API process's memory (RSS) before and during the exports.
// With --worker the exports run in a `pnpm worker` process (the API with COXSWAIN_BULK_WORKER=off),
// as a deployment that keeps jobs off its API processes does; its memory is reported beside.
// --fast-path off runs them through GraphQL execution per page (COXSWAIN_BULK_FAST_PATH).
// Prints a Markdown table for docs/benchmarks.md.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { BENCHMARK_COST_ENV, NESTED_PAGE, SINGLE_TENANT_ENV } from './load.js';
import { copyDatabase, createAdminKey, dropDatabase, startServer } from './load-harness.js';

const { values } = parseArgs({
  options: {
    paginated: { type: 'string', default: '60' },
    clients: { type: 'string', default: '4' },
    baseline: { type: 'string', default: '20' },
    port: { type: 'string', default: '4741' },
    worker: { type: 'boolean', default: false },
    'fast-path': { type: 'string', default: 'on' },
  },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const source = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
const sourceName = new URL(source).pathname.slice(1);
const copyName = `bulkcore_large_${process.pid}`;
const folder = mkdtempSync(path.join(tmpdir(), 'bulkcore-bench-'));

const EXPORT = `{ opportunities { edges { node {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`;

const COPY_SQL = `SELECT o.id, o.name, o.amount, o.stage, o."closeDate", a.id AS account_id, a.name AS account_name,
  a.industry, r.id AS owner_id, r.name AS owner_name, r.email,
  (SELECT json_agg(json_build_object('quantity', li.quantity, 'unitPrice', li."unitPrice", 'totalPrice', li."totalPrice",
     'product', json_build_object('id', p.id, 'name', p.name, 'family', p.family)) ORDER BY li.id)
     FROM "OpportunityLineItem" li JOIN "Product" p ON p.id = li."productId" WHERE li."opportunityId" = o.id) AS line_items
  FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId"`;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}

async function gql<T>(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

/** Interactive clients sending the nested page until `stop`; their latencies in ms. */
function interactive(url: string, token: string, clients: number) {
  const latencies: number[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const started = performance.now();
      await gql(url, token, NESTED_PAGE);
      latencies.push(performance.now() - started);
    }
  });
  return {
    latencies,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function exportOnce(url: string, token: string, format: string) {
  const started = performance.now();
  const run = await gql<{
    bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: { message: string }[] };
  }>(
    url,
    token,
    'mutation($q: String!, $f: BulkOperationFormat) { bulkOperationRunQuery(input: { query: $q, format: $f }) { bulkOperation { id } userErrors { message } } }',
    { q: EXPORT, f: format },
  );
  const id = run.bulkOperationRunQuery.bulkOperation?.id;
  if (!id) throw new Error(JSON.stringify(run.bulkOperationRunQuery.userErrors));
  let op: { status: string; url: string | null; rootObjectCount: number; objectCount: number; fileSize: number };
  for (;;) {
    await sleep(250);
    op = (
      await gql<{ bulkOperation: typeof op }>(
        url,
        token,
        'query($id: ID!) { bulkOperation(id: $id) { status url rootObjectCount objectCount fileSize } }',
        { id },
      )
    ).bulkOperation;
    if (op.status === 'COMPLETED') break;
    if (op.status === 'FAILED' || op.status === 'CANCELED') throw new Error(`${format} export ${op.status}`);
  }
  const res = await fetch(op.url as string);
  const file = path.join(folder, `download.${format.toLowerCase()}`);
  await pipeline(Readable.fromWeb(res.body as never), createWriteStream(file));
  const seconds = (performance.now() - started) / 1000;
  const bytes = statSync(file).size;
  rmSync(file);
  return { seconds, rows: op.rootObjectCount, objects: op.objectCount, bytes };
}

async function paginated(url: string, token: string, seconds: number) {
  const query = `query($after: String) { opportunities(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
    id name amount stage closeDate account { id name industry } owner { id name email }
    lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`;
  const end = Date.now() + seconds * 1000;
  let rows = 0;
  let after: string | null = null;
  let throttled = 0;
  while (Date.now() < end) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { after } }),
    });
    if (res.status === 429) {
      throttled++;
      // As the SDK does: wait for the bucket to refill (Retry-After), then retry.
      await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
      continue;
    }
    const body = (await res.json()) as {
      data?: {
        opportunities: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
      };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.some((e) => e.extensions?.code === 'THROTTLED')) {
      throttled++;
      await sleep(1000);
      continue;
    }
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    rows += body.data.opportunities.edges.length;
    after = body.data.opportunities.pageInfo.endCursor;
  }
  return { rows, seconds, throttled };
}

/** `pnpm worker` (api/src/jobs/worker.ts) on the copy, its RSS sampled each second in MB. */
function startWorker(databaseUrl: string, env: Record<string, string>, logFile: string) {
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/jobs/worker.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', COXSWAIN_WEBHOOKS: 'off', ...env },
    stdio: ['ignore', log, log],
  });
  const rss: number[] = [];
  const timer = setInterval(() => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) rss.push(Number(m[1]) / 1024);
    } catch {}
  }, 1000);
  return {
    rss,
    async stop() {
      clearInterval(timer);
      if (child.exitCode != null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main() {
  console.log(`copying ${sourceName} to ${copyName} ...`);
  const url = await copyDatabase(source, sourceName, copyName);
  const results: string[] = [];
  const loadBefore = loadavg();
  try {
    const token = await createAdminKey(url);
    const env = {
      COXSWAIN_EXPORT_DIR: path.join(folder, 'exports'),
      COXSWAIN_BULK_WORK_DIR: path.join(folder, 'work'),
      COXSWAIN_BULK_FAST_PATH: values['fast-path'] as string,
    };
    // 1. The paginated path with the default cost limits.
    let server = await startServer(url, Number(values.port), env, path.join(folder, 'paginated.log'));
    const page = await paginated(server.url, token, Number(values.paginated));
    await server.stop();
    const total = 500_000;
    const perSecond = page.rows / page.seconds;
    console.log(`paginated: ${page.rows} rows in ${page.seconds} s (${page.throttled} throttled)`);

    // 2. Exports with the benchmark budget for the interactive clients.
    server = await startServer(
      url,
      Number(values.port),
      {
        ...env,
        ...BENCHMARK_COST_ENV,
        ...SINGLE_TENANT_ENV,
        ...(values.worker ? { COXSWAIN_BULK_WORKER: 'off' } : {}),
      },
      path.join(folder, 'exports.log'),
    );
    const worker = values.worker ? startWorker(url, env, path.join(folder, 'worker.log')) : null;
    const clients = Number(values.clients);
    const warm = interactive(server.url, token, clients);
    await sleep(5_000);
    await warm.stop();
    const idleRss = Math.max(...server.rss.slice(-5));
    const quiet = interactive(server.url, token, clients);
    await sleep(Number(values.baseline) * 1000);
    await quiet.stop();
    const rssBefore = server.rss.length;
    const busy = interactive(server.url, token, clients);
    const ndjsonLoaded = await exportOnce(server.url, token, 'NDJSON');
    await busy.stop();
    // Where the growth comes from: the peak with the interactive clients, then without them.
    const rssLoaded = Math.max(...server.rss.slice(rssBefore));
    const rssAfterLoaded = server.rss.length;
    const ndjson = await exportOnce(server.url, token, 'NDJSON');
    const csv = await exportOnce(server.url, token, 'CSV');
    const parquet = await exportOnce(server.url, token, 'PARQUET');
    const peakRss = Math.max(...server.rss.slice(rssBefore));
    const peakAlone = Math.max(...server.rss.slice(rssAfterLoaded));
    const workerRss = worker ? { idle: worker.rss[0] ?? Number.NaN, peak: Math.max(...worker.rss) } : null;
    await worker?.stop();
    await server.stop();

    // 3. \copy of the equivalent join.
    const copyFile = path.join(folder, 'copy.csv');
    const copyStarted = performance.now();
    const copy = spawnSync('psql', [url, '-q', '-c', `\\copy (${COPY_SQL.replace(/\n/g, ' ')}) TO '${copyFile}' CSV`], {
      encoding: 'utf8',
    });
    if (copy.status !== 0) throw new Error(copy.stderr);
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const copyBytes = statSync(copyFile).size;

    const row = (name: string, r: { seconds: number; rows: number; bytes: number }, target: number) =>
      `| ${name} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${Math.round(r.rows / r.seconds).toLocaleString('en')} | ${(r.bytes / 1e6).toFixed(0)} MB | ${(r.seconds / copySeconds).toFixed(2)}x | < ${target} s: ${r.seconds < target ? 'met' : 'missed'} |`;
    results.push(
      '| Path | Rows | Time (submit to last byte) | Rows/s | File | vs \\copy | Target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      row('NDJSON export (interactive clients running)', ndjsonLoaded, 60),
      row('NDJSON export', ndjson, 60),
      row('CSV export', csv, 60),
      row('Parquet export', parquet, 90),
      `| psql \\copy of the equivalent join (CSV) | 500,000 | ${copySeconds.toFixed(1)} s | ${Math.round(total / copySeconds).toLocaleString('en')} | ${(copyBytes / 1e6).toFixed(0)} MB | 1.00x | physical limit |`,
      `| Paginated GraphQL, pages of 50, default cost limits (${page.seconds} s, extrapolated) | ${page.rows} in ${page.seconds} s | ${(total / perSecond / 3600).toFixed(1)} h for 500,000 | ${perSecond.toFixed(1)} | | | |`,
      '',
      `- Nested page p95 (${clients} clients, NESTED_PAGE of bench:load): ${p95(quiet.latencies).toFixed(0)} ms without an export (${quiet.latencies.length} requests), ${p95(busy.latencies).toFixed(0)} ms during the NDJSON export (${busy.latencies.length} requests): ${(p95(busy.latencies) / p95(quiet.latencies)).toFixed(2)}x (target 1.5x).`,
      `- API process RSS: ${idleRss.toFixed(0)} MB warmed up before the exports, peak ${peakRss.toFixed(0)} MB during them: growth ${(peakRss - idleRss).toFixed(0)} MB (target < 200 MB); peak ${rssLoaded.toFixed(0)} MB during the export with the interactive clients, ${peakAlone.toFixed(0)} MB during the three exports without them.`,
      `- Exports run by ${worker ? 'a `pnpm worker` process (API with COXSWAIN_BULK_WORKER=off)' : 'the API process'}, fast path ${values['fast-path']}.${workerRss ? ` Worker RSS ${workerRss.idle.toFixed(0)} MB at start, peak ${workerRss.peak.toFixed(0)} MB.` : ''}`,
      `- Objects in the export: ${ndjson.objects.toLocaleString('en')} (deals, accounts, owners, line items, products).`,
      `- Machine load (1/5/15-minute averages, 2 cores): ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} at the start, ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} at the end.`,
    );
    console.log(results.join('\n'));
    rmSync(folder, { recursive: true, force: true });
  } catch (error) {
    console.error(`failed; the servers' logs are kept in ${folder}`);
    throw error;
  } finally {
    await dropDatabase(url, copyName).catch(() => {});
  }
}

await main();
