// Load benchmark (issue 10): autocannon on loopback against the real server (`api/src/main.ts`
// as a child process) on a copy of the `large` database, with a mix of the SDK's operations:
// the nested page of bench:compare, the performance report, whitespace for one territory, the
// forecast of the whole organization and a payout statement. Reports throughput, latency
// percentiles, errors (non-2xx and GraphQL errors, counted from every response body) and the
// server's resident memory sampled every second.
//
//   pnpm bench:load [--duration 60] [--connections 50]
//
// DATABASE_URL names the server and the source database (default coxswain_large on 127.0.0.1);
// the source is never written: the script copies it (CREATE DATABASE ... TEMPLATE), creates an
// API key on the copy with `pnpm api-key create`, and drops the copy at the end. The server runs
// with a benchmark cost configuration: the 100-deal page costs 1,302 points, above the default
// per-operation maximum of 1,000, and 50 connections would drain any caller's default budget
// in seconds, so both limits are raised (docs/benchmarks.md).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  copyDatabase,
  createAdminKey,
  dropDatabase,
  type LoadRequest,
  type LoadResult,
  logErrors,
  runLoad,
  sdkOperations,
  startServer,
  warmUp,
} from './load-harness.js';

/**
 * The load is one organization's: the per-organization share of the pool (half of it, and one
 * heavy request at a time, docs/security.md "Database share") is for several organizations, so
 * here it is the whole pool and no heavy limit (0). With 10 heavy slots, a third of the 50
 * connections' requests being analytics, 16 of 373 waited past the 10 s bound (2026-12-07).
 */
export const SINGLE_TENANT_ENV = { COXSWAIN_TENANT_MAX_CONCURRENCY: '10', COXSWAIN_TENANT_MAX_HEAVY: '0' };

export const BENCHMARK_COST_ENV = {
  COXSWAIN_MAX_QUERY_COST: '100000',
  COXSWAIN_COST_BUCKET_SIZE: '1000000000',
  COXSWAIN_COST_RESTORE_RATE: '1000000000',
};

/** The nested page of bench:compare, as a client sends it. */
export const NESTED_PAGE = `query NestedPage { opportunities(first: 100) { edges { node {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`;

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * The read mix, in the order each connection cycles through it: six nested pages for each of the
 * four analytics reads and one statement, as a dashboard's list pages outnumber its reports.
 */
export function readMix(options: {
  performancePeriod: string;
  forecastPeriod: string;
  statementPeriod: string;
  territoryId: number;
  repId: number;
}): LoadRequest[] {
  const ops = sdkOperations();
  const op = (name: string) => {
    const text = ops.get(name);
    if (!text) throw new Error(`no operation ${name} in sdk/src/operations`);
    return text;
  };
  const page: LoadRequest = { name: 'nested page', query: NESTED_PAGE };
  return [
    page,
    page,
    { name: 'performance', query: op('Performance'), variables: { period: options.performancePeriod } },
    page,
    page,
    {
      name: 'whitespace',
      query: op('WhitespaceOpportunities'),
      variables: { scope: { territoryId: globalId('Territory', options.territoryId) }, first: 20 },
    },
    page,
    { name: 'forecast', query: op('Forecast'), variables: { periodKey: options.forecastPeriod } },
    page,
    {
      name: 'statement',
      query: op('PayoutStatement'),
      variables: { periodKey: options.statementPeriod, repId: globalId('Rep', options.repId) },
    },
  ];
}

export function printResult(title: string, r: LoadResult, rss: number[]): string {
  const f = (n: number) => n.toFixed(0);
  const failed = r.outcomes.filter((o) => o.failed).length;
  const lines = [
    `### ${title}`,
    '',
    `${r.requests} responses in ${r.durationS.toFixed(1)} s: ${r.throughput.toFixed(1)} requests/s; latency p50 ${f(r.latency.p50)} ms, p95 ${f(r.latency.p95)} ms, p99 ${f(r.latency.p99)} ms, max ${f(r.latency.max)} ms`,
    `errors: ${failed} failed responses (non-2xx or GraphQL errors), ${r.socketErrors} socket errors, ${r.timeouts} timeouts`,
    `server RSS: min ${f(Math.min(...rss))} MB, median ${f([...rss].sort((a, b) => a - b)[Math.floor(rss.length / 2)] ?? 0)} MB, max ${f(Math.max(...rss))} MB (${rss.length} samples)`,
    '',
    '| operation | responses | p50 ms | p95 ms | failed |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(r.perOperation).map(
      ([name, s]) => `| ${name} | ${s.requests} | ${f(s.p50)} | ${f(s.p95)} | ${s.failed} |`,
    ),
  ];
  const messages = new Map<string, number>();
  for (const o of r.outcomes) if (o.failed) messages.set(o.message ?? '?', (messages.get(o.message ?? '?') ?? 0) + 1);
  for (const [m, n] of messages) lines.push(`- ${n} x ${m}`);
  return lines.join('\n');
}

export function serverErrors(logFile: string): string {
  const errors = logErrors(logFile);
  return errors.length
    ? `server log errors:\n${errors.map(([m, n]) => `- ${n} x ${m}`).join('\n')}`
    : 'server log errors: none';
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '60' },
      connections: { type: 'string', default: '50' },
      port: { type: 'string', default: '4731' },
      out: { type: 'string' },
    },
  });
  const source = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
  const sourceName = new URL(source).pathname.slice(1);
  const copyName = `coxswain_bench_load_${process.pid}`;
  console.log(`copying ${sourceName} to ${copyName} ...`);
  const url = await copyDatabase(source, sourceName, copyName);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const token = await createAdminKey(url);
    server = await startServer(
      url,
      Number(values.port),
      { ...BENCHMARK_COST_ENV, ...SINGLE_TENANT_ENV },
      path.join(tmpdir(), `${copyName}.log`),
    );
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The biggest territory and the rep with the most deals: the heaviest of their kind.
    const { rows: territory } = await client.query<{ id: number }>(
      `SELECT "territoryId" AS id FROM "Account" WHERE "territoryId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { rows: rep } = await client.query<{ id: number }>(
      `SELECT "ownerId" AS id FROM "Opportunity" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { rows: size } = await client.query<{ deals: number; accounts: number; reps: number }>(
      `SELECT (SELECT count(*)::int FROM "Opportunity") AS deals, (SELECT count(*)::int FROM "Account") AS accounts,
              (SELECT count(*)::int FROM "Rep") AS reps`,
    );
    await client.end();
    const requests = readMix({
      performancePeriod: 'FY2027-Q3',
      forecastPeriod: 'FY2027-Q4',
      statementPeriod: 'FY2027-M09',
      territoryId: territory[0]?.id as number,
      repId: rep[0]?.id as number,
    });
    // One pass of the mix first, so that the forecast's win rates are cached as in steady state.
    await warmUp(server.url, token, requests);
    server.rss.length = 0;
    const connections = Number(values.connections);
    const durationS = Number(values.duration);
    console.log(`load: ${connections} connections for ${durationS} s on ${size[0]?.deals} deals ...`);
    const result = await runLoad({ url: server.url, token, requests, connections, durationS });
    const report = printResult(
      `Load: ${connections} connections, ${durationS} s, ${new Date().toISOString().slice(0, 16)}Z`,
      result,
      server.rss,
    );
    console.log(`\n${report}\n${serverErrors(server.logFile)}`);
    if (values.out) writeFileSync(values.out, `${report}\n`);
    const failed = result.outcomes.filter((o) => o.failed).length + result.socketErrors + result.timeouts;
    if (failed > 0) process.exitCode = 1;
  } finally {
    await server?.stop();
    await dropDatabase(source, copyName);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
