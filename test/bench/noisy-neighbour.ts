// Noisy neighbour (issue 23, item 5): organization A floods the server with concurrent heavy
// analytics while organization B loads a simple page; B's latency alone and during the flood,
// interleaved (quiet phase, flood phase, quiet, flood...), for the server as configured (each
// organization holds at most half the pool, a request two connections, and one heavy request of
// an organization executes at a time) and, in the same run, with the connection share only (no
// heavy limit) and with no gate at all (every limit raised to the pool's size), or others given
// by --limits. Target: B's p95 during the flood within 2x of B's p95 alone.
//
//   pnpm bench:noisy [--rounds 3] [--quiet 6] [--flood 15] [--workers 6] [--aliases 6] [--port 4110]
//                    [--limits default,5,10]   (servers compared: the default limits; N connections
//                    per organization and no heavy limit; N/H: N connections and H heavy requests)
//
// DATABASE_URL names the server and the source database (default coxswain_large on 127.0.0.1);
// the source is never written: the script copies it (CREATE DATABASE ... TEMPLATE), adds
// organization B (20 products) to the copy, makes an admin key for each organization with
// `pnpm api-key create`, starts the real server (api/src/main.ts) on loopback and drops the copy
// at the end. A's requests each ask `--aliases` newHireRamp fields over different hiring windows
// (the operation of the issue, as many aliases as the cost limit accepts); A's budget is lifted
// (as in bench:load) so that only the pool's gate stands between A and B. Bounded: A sends only
// during flood phases, from `--workers` loops, and its requests in flight are awaited (B idle)
// before the next quiet phase.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCHMARK_COST_ENV } from './load.js';
import {
  copyDatabase,
  createAdminKey,
  dropDatabase,
  quantile,
  type RunningServer,
  startServer,
} from './load-harness.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    quiet: { type: 'string', default: '6' },
    flood: { type: 'string', default: '15' },
    workers: { type: 'string', default: '6' },
    aliases: { type: 'string', default: '6' },
    port: { type: 'string', default: '4110' },
    limits: { type: 'string', default: 'default,5,10' },
  },
});
/**
 * Servers to compare, one per entry: `default` (the server's own limits), N connections per
 * organization with no heavy limit, or N/H with H heavy requests per organization; 10, the
 * pool's size, with as many per request, is no gate.
 */
const LIMITS = (values.limits as string).split(',');
const ROUNDS = Number(values.rounds);
const QUIET_MS = Number(values.quiet) * 1000;
const FLOOD_MS = Number(values.flood) * 1000;
const WORKERS = Number(values.workers);
const ALIASES = Number(values.aliases);
const PORT = Number(values.port);
/** B's pace: one page every 50 ms, one at a time (a user clicking, not a load generator). */
const B_PAUSE_MS = 50;
const POOL_SIZE = 10;

const source = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
const sourceName = new URL(source).pathname.slice(1);
const copyName = `coxswain_noisy_${process.pid}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const B_PAGE = '{ organization { name } products(first: 20) { edges { node { name family listPrice } } } }';

/** A's operation: `ALIASES` newHireRamp fields, each over another year of hires. */
function floodQuery(sequence: number): string {
  const fields = Array.from({ length: ALIASES }, (_, i) => {
    const year = 2016 + ((sequence + i) % 10);
    return `r${i}: newHireRamp(hiredFrom: "${year}-02-01", hiredTo: "${year + 1}-01-31") { repCount repsWithFirstDeal avgMonthsToFirstDeal }`;
  });
  return `{ ${fields.join(' ')} }`;
}

async function send(url: string, token: string, query: string): Promise<{ ms: number; status: number; ok: boolean }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  return { ms: performance.now() - started, status: res.status, ok: res.ok && !body.errors?.length };
}

interface Variant {
  name: string;
  env: Record<string, string>;
}

interface VariantResult {
  name: string;
  alone: number[];
  flood: number[];
  bErrors: number;
  aDone: number;
  aThrottled: number;
  aFailed: number;
}

async function runVariant(variant: Variant, url: string, keyA: string, keyB: string): Promise<VariantResult> {
  const result: VariantResult = {
    name: variant.name,
    alone: [],
    flood: [],
    bErrors: 0,
    aDone: 0,
    aThrottled: 0,
    aFailed: 0,
  };
  // Warm: B's page 30 times and one of A's, so no phase pays the server's first compilations.
  for (let i = 0; i < 30; i++) await send(url, keyB, B_PAGE);
  await send(url, keyA, floodQuery(0));
  let sequence = 0;
  const phaseB = async (into: number[], until: number) => {
    while (performance.now() < until) {
      const r = await send(url, keyB, B_PAGE);
      if (r.ok) into.push(r.ms);
      else result.bErrors++;
      await sleep(B_PAUSE_MS);
    }
  };
  for (let round = 0; round < ROUNDS; round++) {
    await phaseB(result.alone, performance.now() + QUIET_MS);
    const until = performance.now() + FLOOD_MS;
    const workers = Array.from({ length: WORKERS }, async () => {
      while (performance.now() < until) {
        const r = await send(url, keyA, floodQuery(sequence++));
        if (r.ok) result.aDone++;
        else if (r.status === 503 || r.status === 429) result.aThrottled++;
        else result.aFailed++;
      }
    });
    // B starts once A's first requests are in: a second into the phase.
    await sleep(1000);
    await phaseB(result.flood, until);
    await Promise.all(workers);
    console.error(
      `${variant.name} round ${round + 1}: B alone ${result.alone.length} pages, during the flood ${result.flood.length}`,
    );
  }
  return result;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

let server: RunningServer | undefined;
try {
  const url = await copyDatabase(source, sourceName, copyName);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const {
    rows: [b],
  } = await admin.query<{ id: number }>(
    `INSERT INTO "Organization" (name, slug) VALUES ('Quiet Neighbour', 'quiet-neighbour') RETURNING id`,
  );
  await admin.query(
    `INSERT INTO "Product" ("organizationId", "externalId", name, family, "listPrice")
     SELECT $1, 'QN-' || i, 'Quiet product ' || i, 'Core', 100 + i FROM generate_series(1, 20) AS i`,
    [b?.id],
  );
  const {
    rows: [a],
  } = await admin.query<{ slug: string }>('SELECT slug FROM "Organization" ORDER BY id LIMIT 1');
  await admin.end();
  const keyA = await createAdminKey(url, a?.slug);
  const keyB = await createAdminKey(url, 'quiet-neighbour');
  // 0: no heavy limit, heavy requests gated as any other (the server before the heavy slots).
  const noHeavyLimit = '0';
  const variants = LIMITS.map((limit): Variant => {
    if (limit === 'default') {
      return { name: 'defaults: 5 connections per organization, 2 per request, 1 heavy request', env: {} };
    }
    const [connections, heavy] = limit.split('/');
    if (Number(connections) >= POOL_SIZE && heavy === undefined) {
      return {
        name: `no gate: ${POOL_SIZE} per organization and per request (the pool), no heavy limit`,
        env: {
          COXSWAIN_TENANT_MAX_CONCURRENCY: String(POOL_SIZE),
          COXSWAIN_REQUEST_MAX_CONCURRENCY: String(POOL_SIZE),
          COXSWAIN_TENANT_MAX_HEAVY: noHeavyLimit,
        },
      };
    }
    return {
      name: `${connections} connections per organization, 2 per request, ${heavy === undefined ? 'no heavy limit' : `${heavy} heavy`}`,
      env: { COXSWAIN_TENANT_MAX_CONCURRENCY: String(connections), COXSWAIN_TENANT_MAX_HEAVY: heavy ?? noHeavyLimit },
    };
  });
  const results: VariantResult[] = [];
  for (const variant of variants) {
    const logFile = path.join(tmpdir(), `coxswain-noisy-${process.pid}-${results.length}.log`);
    server = await startServer(url, PORT, { ...BENCHMARK_COST_ENV, ...variant.env }, logFile);
    results.push(await runVariant(variant, server.url, keyA, keyB));
    await server.stop();
    server = undefined;
  }
  console.log(
    `\nbench:noisy on a copy of ${sourceName}: ${ROUNDS} rounds of ${QUIET_MS / 1000} s quiet + ${FLOOD_MS / 1000} s flood; ` +
      `A: ${WORKERS} loops of ${ALIASES} aliased newHireRamp; B: one simple page every ${B_PAUSE_MS} ms`,
  );
  console.log(
    '| server | B p50 alone ms | B p95 alone ms | B p50 flood ms | B p95 flood ms | p95 flood / alone | B pages (alone / flood) | B errors | A answered / throttled / failed |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const p95Alone = quantile(r.alone, 0.95);
    const p95Flood = quantile(r.flood, 0.95);
    console.log(
      `| ${r.name} | ${fmt(quantile(r.alone, 0.5))} | ${fmt(p95Alone)} | ${fmt(quantile(r.flood, 0.5))} | ${fmt(p95Flood)} | ` +
        `${(p95Flood / p95Alone).toFixed(2)}x | ${r.alone.length} / ${r.flood.length} | ${r.bErrors} | ${r.aDone} / ${r.aThrottled} / ${r.aFailed} |`,
    );
  }
} finally {
  await server?.stop();
  await dropDatabase(source, copyName);
}
