// Load with a read replica against without (docs/scaling.md, docs/benchmarks.md): a primary and
// a streaming standby made here with initdb, pg_basebackup and pg_ctl on private ports
// (test/support/replica-cluster.ts), the `demo` dataset loaded with the seed CLI, and two API
// processes on the same primary, one with DATABASE_REPLICA_URL and one without, loaded in turn
// with bench:load's read mix (50 connections) in interleaved blocks (A B B A ...). Prints each
// side's throughput, p95 and errors per block and the ratios, with the load average. Deletes
// the instances at the end. On one host the replica shares the cores with the primary: what is
// measured is the overhead and the spread of the work, not the capacity of a second machine.
//
//   pnpm bench:replica [--block 20] [--blocks 4] [--connections 50]
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { periodContaining } from '../../api/src/shared/calendar.js';
import { startReplicaCluster } from '../support/replica-cluster.js';
import { BENCHMARK_COST_ENV, readMix, SINGLE_TENANT_ENV } from './load.js';
import { createAdminKey, type LoadResult, ROOT, runLoad, startServer, warmUp } from './load-harness.js';

const { values } = parseArgs({
  options: {
    block: { type: 'string', default: '20' },
    blocks: { type: 'string', default: '4' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '4741' },
  },
});

async function main() {
  const cluster = await startReplicaCluster('coxswain');
  const stops: (() => Promise<void>)[] = [];
  try {
    const url = cluster.primaryUrl();
    console.log(`primary on ${cluster.primaryPort}, standby on ${cluster.standbyPort}; loading the demo dataset ...`);
    const seed = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/seed/cli.ts', '--size', 'demo', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });
    if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr || seed.stdout}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const one = async <T extends pg.QueryResultRow>(text: string) => (await client.query<T>(text)).rows[0] as T;
    const org = await one<{ fiscalYearStartMonth: number }>(
      'SELECT "fiscalYearStartMonth" FROM "Organization" LIMIT 1',
    );
    const territory = await one<{ id: number }>(
      `SELECT "territoryId" AS id FROM "Account" WHERE "territoryId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const rep = await one<{ id: number }>(
      `SELECT "ownerId" AS id FROM "Opportunity" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    await client.end();
    const token = await createAdminKey(url);
    await cluster.waitForReplay(120_000);

    const quarter = periodContaining(new Date(), 'QUARTER', org.fiscalYearStartMonth);
    const previous = periodContaining(
      new Date(quarter.start.getTime() - 86_400_000),
      'QUARTER',
      org.fiscalYearStartMonth,
    );
    const month = periodContaining(new Date(quarter.start.getTime() - 86_400_000), 'MONTH', org.fiscalYearStartMonth);
    const requests = readMix({
      performancePeriod: previous.key,
      forecastPeriod: quarter.key,
      statementPeriod: month.key,
      territoryId: territory.id,
      repId: rep.id,
    });
    const env = { ...BENCHMARK_COST_ENV, ...SINGLE_TENANT_ENV };
    const port = Number(values.port);
    const plain = await startServer(
      url,
      port,
      env,
      path.join(tmpdir(), `coxswain-replica-bench-plain-${process.pid}.log`),
    );
    stops.push(() => plain.stop());
    const replicated = await startServer(
      url,
      port + 1,
      { ...env, DATABASE_REPLICA_URL: cluster.standbyUrl() },
      path.join(tmpdir(), `coxswain-replica-bench-replica-${process.pid}.log`),
    );
    stops.push(() => replicated.stop());
    await warmUp(plain.url, token, requests);
    await warmUp(replicated.url, token, requests);

    const sides = { 'without replica': plain, 'with replica': replicated } as const;
    const results: Record<string, LoadResult[]> = { 'without replica': [], 'with replica': [] };
    const blocks = Number(values.blocks);
    const loads: string[] = [];
    for (let b = 0; b < blocks; b++) {
      // A B, then B A: each side as often first as second.
      const order = (b % 2 === 0 ? ['without replica', 'with replica'] : ['with replica', 'without replica']) as (
        | 'without replica'
        | 'with replica'
      )[];
      for (const name of order) {
        const load = loadavg()[0]?.toFixed(1) as string;
        const r = await runLoad({
          url: sides[name].url,
          token,
          requests,
          connections: Number(values.connections),
          durationS: Number(values.block),
        });
        (results[name] as LoadResult[]).push(r);
        loads.push(load);
        const failed = r.outcomes.filter((o) => o.failed).length;
        console.log(
          `block ${b + 1} ${name}: ${r.throughput.toFixed(1)} requests/s, p95 ${r.latency.p95.toFixed(0)} ms, ${failed} failed (load average ${load})`,
        );
      }
    }
    const ready = (await (await fetch(`${replicated.url}/readyz`)).json()) as Record<string, unknown>;
    const sum = (name: string) => {
      const rs = results[name] as LoadResult[];
      const requestsDone = rs.reduce((n, r) => n + r.requests, 0);
      const seconds = rs.reduce((n, r) => n + r.durationS, 0);
      const p95s = rs.map((r) => r.latency.p95).sort((a, b) => a - b);
      const failed = rs.reduce((n, r) => n + r.outcomes.filter((o) => o.failed).length, 0);
      return { throughput: requestsDone / seconds, p95: p95s[Math.floor(p95s.length / 2)] as number, failed };
    };
    const a = sum('without replica');
    const b = sum('with replica');
    console.log(
      `\n${values.connections} connections, ${blocks} x 2 blocks of ${values.block} s, load average ${loads.join(', ')}\n` +
        `without replica: ${a.throughput.toFixed(1)} requests/s, median block p95 ${a.p95.toFixed(0)} ms, ${a.failed} failed\n` +
        `with replica:    ${b.throughput.toFixed(1)} requests/s, median block p95 ${b.p95.toFixed(0)} ms, ${b.failed} failed\n` +
        `ratio with/without: throughput ${(b.throughput / a.throughput).toFixed(2)}x, p95 ${(b.p95 / a.p95).toFixed(2)}x\n` +
        `replica at the end (/readyz): ${JSON.stringify(ready.replica)}`,
    );
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    cluster.destroy();
  }
}

await main();
