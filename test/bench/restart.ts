// Restart benchmark (issue 10): the load of bench:load, plus forecast submissions (writes with
// unique idempotency keys and notes), against the real server on a private PostgreSQL instance
// that is stopped in the middle of the run and started again. Never touches the shared server:
// the script runs initdb and pg_ctl (from /usr/lib/postgresql/*/bin, or PG_BIN) in a temporary
// folder on another port (as the `postgres` user when run as root, which initdb refuses), loads
// the `demo` dataset with the seed CLI, and deletes everything at the end.
//
//   pnpm bench:restart [--duration 60] [--connections 50] [--down 3]
//
// Shows: how long after PostgreSQL accepts connections again the server answers /readyz and
// GraphQL by itself (target 10 s); that /readyz said "not ready" while the database was down;
// errors inside the outage window (requests in flight between the stop and readiness) apart from
// those outside it (must be 0); and that every acknowledged submission is in the database after
// the run (checked with SQL). --down 0 uses `pg_ctl restart -m fast` instead of stop, wait, start.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { periodContaining } from '../../api/src/shared/calendar.js';
import { BENCHMARK_COST_ENV, printResult, readMix, SINGLE_TENANT_ENV, serverErrors } from './load.js';
import { createAdminKey, type LoadRequest, ROOT, runLoad, startServer, timeline, warmUp } from './load-harness.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    down: { type: 'string', default: '3' },
    'pg-port': { type: 'string', default: '55432' },
    port: { type: 'string', default: '4732' },
    out: { type: 'string' },
    /** Reads to leave out of the mix, by name (e.g. one that fails on the demo data). */
    skip: { type: 'string', multiple: true, default: [] },
  },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions[0]) throw new Error('no PostgreSQL binaries in /usr/lib/postgresql; set PG_BIN');
  return path.join(base, versions[0], 'bin');
}

const asRoot = process.getuid?.() === 0;
/** Runs a PostgreSQL program, as `postgres` when we are root. */
function pgRun(program: string, args: string[]): void {
  const bin = path.join(pgBin(), program);
  const run = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' })
    : spawnSync(bin, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${run.stderr || run.stdout}`);
}

const pgPort = Number(values['pg-port']);
const folder = mkdtempSync(path.join(tmpdir(), 'coxswain-restart-'));
const dataDir = path.join(folder, 'data');
if (asRoot) {
  const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  chownSync(folder, Number(ids.stdout), Number(gids.stdout));
}
const pgCtl = (...args: string[]) => pgRun('pg_ctl', ['-D', dataDir, '-w', '-t', '60', ...args]);
const serverOptions = `-p ${pgPort} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=on`;
const url = `postgresql://postgres@127.0.0.1:${pgPort}/coxswain`;
/** Kept after the run (outside the deleted folder) for the stacks of any errors. */
const serverLog = path.join(tmpdir(), `coxswain-restart-server-${process.pid}.log`);

async function main() {
  pgRun('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  pgCtl('-o', serverOptions, '-l', path.join(folder, 'postgres.log'), 'start');
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${pgPort}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE coxswain');
  await admin.end();
  console.log(`private PostgreSQL on port ${pgPort} in ${folder}; loading the demo dataset ...`);
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
    'SELECT "fiscalYearStartMonth" FROM "Organization" ORDER BY id LIMIT 1',
  );
  const territory = await one<{ id: number }>(
    `SELECT "territoryId" AS id FROM "Account" WHERE "territoryId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const rep = await one<{ id: number }>(
    `SELECT "ownerId" AS id FROM "Opportunity" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const size = await one<{ deals: number; accounts: number; reps: number }>(
    `SELECT (SELECT count(*)::int FROM "Opportunity") AS deals, (SELECT count(*)::int FROM "Account") AS accounts,
            (SELECT count(*)::int FROM "Rep") AS reps`,
  );
  await client.end();

  const today = new Date();
  const quarter = periodContaining(today, 'QUARTER', org.fiscalYearStartMonth);
  const previousQuarter = periodContaining(
    new Date(quarter.start.getTime() - 86_400_000),
    'QUARTER',
    org.fiscalYearStartMonth,
  );
  const month = periodContaining(new Date(quarter.start.getTime() - 86_400_000), 'MONTH', org.fiscalYearStartMonth);
  const token = await createAdminKey(url);
  const server = await startServer(
    url,
    Number(values.port),
    { ...BENCHMARK_COST_ENV, ...SINGLE_TENANT_ENV },
    serverLog,
  );
  stopServer = () => server.stop();

  const runTag = `restart-${process.pid}-${Date.now()}`;
  const acknowledged = new Map<string, number>();
  const repGlobalId = Buffer.from(`Rep:${rep.id}`).toString('base64');
  const submit: LoadRequest = {
    name: 'submit forecast',
    query: `mutation SubmitForecast($input: SubmitForecastInput!) { submitForecast(input: $input) {
      submission { id note } userErrors { code message field } } }`,
    makeVariables: (n) => ({
      input: {
        periodKey: quarter.key,
        category: 'COMMIT',
        amount: `${1000 + (n % 1000)}.25`,
        repId: repGlobalId,
        note: `${runTag}-${n}`,
        idempotencyKey: `${runTag}-${n}`,
      },
    }),
    onData: (data) => {
      const payload = data.submitForecast as { submission: { id: string; note: string } | null; userErrors: unknown[] };
      if (payload.submission && payload.userErrors.length === 0) {
        const id = Number(Buffer.from(payload.submission.id, 'base64').toString().split(':')[1]);
        acknowledged.set(payload.submission.note, id);
      }
    },
  };
  const skipped = new Set(values.skip);
  const mix = readMix({
    performancePeriod: previousQuarter.key,
    forecastPeriod: quarter.key,
    statementPeriod: month.key,
    territoryId: territory.id,
    repId: rep.id,
  });
  const reads = mix.filter((r) => !skipped.has(r.name));
  if (skipped.size) console.log(`left out of the mix: ${[...skipped].join(', ')}`);
  // A write after every second read.
  const requests = reads.flatMap((r, i) => (i % 2 === 1 ? [r, submit] : [r]));
  await warmUp(server.url, token, requests);
  acknowledged.clear();
  server.rss.length = 0;

  // /readyz every 200 ms, and the database stopped halfway through the run.
  const readiness: { at: number; status: number }[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      let status = 0;
      try {
        status = (await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2000) })).status;
      } catch {}
      readiness.push({ at: Date.now(), status });
      await sleep(200);
    }
  })();
  const durationS = Number(values.duration);
  const downS = Number(values.down);
  const events: Record<string, number> = {};
  const restart = (async () => {
    await sleep((durationS * 1000) / 2);
    events.stopping = Date.now();
    if (downS > 0) {
      pgCtl('-m', 'fast', 'stop');
      events.stopped = Date.now();
      await sleep(downS * 1000);
      pgCtl('-o', serverOptions, '-l', path.join(folder, 'postgres.log'), 'start');
    } else {
      pgCtl('-m', 'fast', '-o', serverOptions, '-l', path.join(folder, 'postgres.log'), 'restart');
      events.stopped = events.stopping;
    }
    events.started = Date.now();
  })();
  const connections = Number(values.connections);
  console.log(
    `load: ${connections} connections for ${durationS} s on ${size.deals} deals, database down at ${durationS / 2} s ...`,
  );
  const result = await runLoad({ url: server.url, token, requests, connections, durationS });
  await restart;
  probing = false;
  await prober;

  const stopping = events.stopping as number;
  const started = events.started as number;
  const readyAgain = readiness.find((r) => r.at >= started && r.status === 200)?.at ?? Number.NaN;
  const firstGraphqlOk =
    result.outcomes.filter((o) => !o.failed && o.sentAt >= started).sort((a, b) => a.receivedAt - b.receivedAt)[0]
      ?.receivedAt ?? Number.NaN;
  const whileDown = readiness.filter((r) => r.at > (events.stopped as number) + 200 && r.at < started);
  const windowEnd = Math.max(readyAgain, firstGraphqlOk);
  const inWindow = (o: { sentAt: number; receivedAt: number }) => o.receivedAt >= stopping && o.sentAt <= windowEnd;
  const failed = result.outcomes.filter((o) => o.failed);
  const failedInside = failed.filter(inWindow);
  const failedOutside = failed.filter((o) => !inWindow(o));

  // Every acknowledged submission must be stored, with its amount and note.
  const check = new pg.Client({ connectionString: url });
  await check.connect();
  const ids = [...acknowledged.values()];
  const { rows } = await check.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ForecastSubmission" WHERE id = ANY($1::int[]) AND note LIKE $2`,
    [ids, `${runTag}-%`],
  );
  const { rows: stored } = await check.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ForecastSubmission" WHERE note LIKE $1`,
    [`${runTag}-%`],
  );
  await check.end();
  await server.stop();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const report = [
    printResult(
      `Restart: ${connections} connections, ${durationS} s, database ${downS > 0 ? `stopped for ${downS} s` : 'restarted'} at ${durationS / 2} s, ${new Date().toISOString().slice(0, 16)}Z`,
      result,
      server.rss,
    ),
    '',
    `${skipped.size ? `left out of the mix: ${[...skipped].join(', ')}\n` : ''}dataset: demo (${size.deals} deals, ${size.accounts} accounts, ${size.reps} reps) on a private PostgreSQL`,
    `database down from ${s(0)} to ${s(started - stopping)} (pg_ctl ${downS > 0 ? 'stop -m fast, start' : 'restart -m fast'}); /readyz 200 again ${s(readyAgain - started)} after PostgreSQL was back, first successful GraphQL response ${s(firstGraphqlOk - started)} after (target 10 s)`,
    `/readyz while the database was down: ${whileDown.filter((r) => r.status === 503).length} x 503, ${whileDown.filter((r) => r.status === 200).length} x 200, ${whileDown.filter((r) => r.status !== 503 && r.status !== 200).length} x other`,
    `failed responses inside the outage window (in flight between the stop and recovery, ${s(windowEnd - stopping)}): ${failedInside.length}; outside it: ${failedOutside.length}`,
    'responses per second (ok/failed), from the start of the load:',
    timeline(result.outcomes, result.startedAt)
      .map(
        ([second, ok, bad]) =>
          `${second}:${ok}/${bad}${second === Math.floor((stopping - result.startedAt) / 1000) ? ' (stop)' : ''}`,
      )
      .join(' '),
    `writes: ${acknowledged.size} submissions acknowledged, ${rows[0]?.n} of them found by SQL afterwards (${stored[0]?.n} stored with this run's notes, acknowledged or not)`,
  ].join('\n');
  console.log(`\n${report}\n${serverErrors(server.logFile)}\n(server log: ${serverLog})`);
  if (values.out) writeFileSync(values.out, `${report}\n`);
  const recovered = Math.max(readyAgain, firstGraphqlOk) - started <= 10_000;
  if (
    failedOutside.length > 0 ||
    rows[0]?.n !== acknowledged.size ||
    !recovered ||
    whileDown.some((r) => r.status === 200) ||
    result.socketErrors + result.timeouts > 0
  ) {
    process.exitCode = 1;
  }
}

let stopServer: (() => Promise<void>) | undefined;
try {
  await main();
} finally {
  await stopServer?.();
  try {
    pgCtl('-m', 'immediate', 'stop');
  } catch {}
  rmSync(folder, { recursive: true, force: true });
}
