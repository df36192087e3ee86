// Ingestion benchmark (issue 17): 2,000-row `upsertOpportunities` calls over HTTP that update
// stored deals of `large` with their line items and splits, against the real server
// (`api/src/main.ts` as a child process). Every row changes the quantity of its first line item,
// so every deal is UPDATED: its amount changes, that line item is rewritten (in place since
// 2026-12-07 evening; deleted and inserted before) and a history row is written, the heaviest
// path of a CRM sync.
//
//   pnpm bench:ingestion [--calls 6] [--rows 2000] [--baseline DIR] [--database NAME]
//                        [--baseline-database NAME] [--development]
//
// DATABASE_URL names the server and the source database (default coxswain_large on 127.0.0.1);
// the source is never written: the script copies it (CREATE DATABASE ... TEMPLATE) and drops the
// copy at the end, unless --database names an existing copy to write to (kept). With --baseline,
// a second server runs from DIR (a checkout of an earlier commit with its node_modules) on the
// same database, and the calls alternate between the two servers, each on its own deals, so the
// machine's drift hits both alike; the report gives both rates and their ratio. When the two
// versions differ in their migrations (an index dropped), the baseline needs a database of its
// own: --baseline-database names a second existing copy (kept), with the same deals, on which the
// baseline server runs (and applies only its own migrations). With a database each, the report
// also gives each call's CPU time (the server's Node process and the PostgreSQL backends of its
// database, from /proc): on a shared machine wall time stretches with the load, CPU time far less.
// The servers run with NODE_ENV=production, as deployed (graphql-js then skips its development
// checks; bench:compare does the same), with an API key secret made for the run unless
// COXSWAIN_API_KEY_SECRET is set; --development runs them as `pnpm dev` does.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCHMARK_COST_ENV, SINGLE_TENANT_ENV } from './load.js';
import {
  copyDatabase,
  createAdminKey,
  dropDatabase,
  type RunningServer,
  startServer,
  withDatabase,
} from './load-harness.js';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '6' },
    rows: { type: 'string', default: '2000' },
    baseline: { type: 'string' },
    database: { type: 'string' },
    'baseline-database': { type: 'string' },
    port: { type: 'string', default: '4710' },
    development: { type: 'boolean', default: false },
  },
});
const CALLS = Number(values.calls);
const ROWS = Number(values.rows);
const PORT = Number(values.port);
const SOURCE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
const COPY = 'bench_ingestion';

interface DealRow {
  externalId: string;
  name: string;
  accountExternalId: string;
  ownerExternalId: string;
  type: string;
  stage: string;
  forecastCategory: string;
  createdDate: string;
  closeDate: string;
  lineItems: { productExternalId: string; quantity: string; unitPrice: string }[];
  splits: { repExternalId: string; percent: string; splitType: string }[];
}

/** Deals with line items, as a CRM would send them, oldest first. */
async function loadDeals(url: string, count: number): Promise<DealRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ row: DealRow }>(
      `SELECT json_build_object(
         'externalId', o."externalId", 'name', o.name, 'accountExternalId', a."externalId",
         'ownerExternalId', r."externalId", 'type', o.type, 'stage', o.stage,
         'forecastCategory', o."forecastCategory",
         'createdDate', to_char(o."createdDate", 'YYYY-MM-DD'), 'closeDate', to_char(o."closeDate", 'YYYY-MM-DD'),
         'lineItems', (SELECT json_agg(json_build_object('productExternalId', p."externalId",
                          'quantity', l.quantity::text, 'unitPrice', l."unitPrice"::text) ORDER BY l.id)
                         FROM "OpportunityLineItem" l JOIN "Product" p ON p.id = l."productId"
                        WHERE l."opportunityId" = o.id),
         'splits', COALESCE((SELECT json_agg(json_build_object('repExternalId', sr."externalId",
                          'percent', s.percent::text, 'splitType', s."splitType") ORDER BY s.id)
                         FROM "OpportunitySplit" s JOIN "Rep" sr ON sr.id = s."repId"
                        WHERE s."opportunityId" = o.id), '[]'::json)) AS row
         FROM "Opportunity" o
         JOIN "Account" a ON a.id = o."accountId"
         JOIN "Rep" r ON r.id = o."ownerId"
        WHERE EXISTS (SELECT 1 FROM "OpportunityLineItem" l WHERE l."opportunityId" = o.id)
        ORDER BY o.id LIMIT $1`,
      [count],
    );
    return rows.map((r) => r.row);
  } finally {
    await client.end();
  }
}

/** The row with one more unit on its first line item: a changed amount, so a real update. */
function bumped(deal: DealRow): DealRow {
  const [first, ...rest] = deal.lineItems;
  if (!first) throw new Error(`deal ${deal.externalId} has no line items`);
  const quantity = (Number(first.quantity) + 1).toFixed(2); // at most 2 decimals, well within float range
  return { ...deal, lineItems: [{ ...first, quantity }, ...rest] };
}

const MUTATION = `mutation Upsert($input: UpsertOpportunitiesInput!) {
  upsertOpportunities(input: $input) { created updated unchanged results { index id status } userErrors { code field message } }
}`;

async function call(server: RunningServer, key: string, rows: DealRow[]): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: MUTATION, variables: { input: { rows } } }),
  });
  const body = (await res.json()) as {
    data?: { upsertOpportunities: { updated: number; userErrors: unknown[] } };
    errors?: unknown[];
  };
  const ms = performance.now() - started;
  const payload = body.data?.upsertOpportunities;
  if (!payload || body.errors?.length || payload.userErrors.length || payload.updated !== rows.length) {
    throw new Error(`call failed: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return ms;
}

/** CPU time (user + system) of a process so far, in ms, from /proc (clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // the process is gone
  }
}

/**
 * CPU ms spent so far by a server (its Node process) and by the PostgreSQL backends serving its
 * database, per process. Compared before and after a call it gives the call's CPU cost, which a
 * loaded machine stretches far less than its wall time. Only meaningful when each server has its
 * database of its own (--baseline-database) and PostgreSQL runs on this machine.
 */
async function cpuByProcess(monitor: pg.Client, serverPid: number, database: string): Promise<Map<string, number>> {
  const { rows } = await monitor.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`,
    [database],
  );
  const out = new Map([[`node:${serverPid}`, processCpuMs(serverPid)]]);
  for (const { pid } of rows) out.set(`pg:${pid}`, processCpuMs(pid));
  return out;
}

/** CPU ms between two readings, of the processes whose key starts with `kind` (`node:`, `pg:`, or all). */
const cpuSpent = (before: Map<string, number>, after: Map<string, number>, kind = '') =>
  [...after].filter(([p]) => p.startsWith(kind)).reduce((total, [p, ms]) => total + ms - (before.get(p) ?? 0), 0);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const url = values.database
    ? withDatabase(SOURCE_URL, values.database)
    : await copyDatabase(SOURCE_URL, new URL(SOURCE_URL).pathname.slice(1), COPY);
  const servers: { name: string; server: RunningServer; db: string; key?: string }[] = [];
  try {
    const env: Record<string, string> = { ...BENCHMARK_COST_ENV, ...SINGLE_TENANT_ENV };
    if (!values.development) {
      // Production requires a key secret; the key made below (createAdminKey, from this process's
      // environment) must be hashed with the servers' one.
      process.env.COXSWAIN_API_KEY_SECRET ??= randomBytes(32).toString('base64url');
      env.NODE_ENV = 'production';
    }
    // The baseline starts first: the current version's migrations are then applied after it has
    // read its own list.
    if (values.baseline) {
      const root = path.resolve(values.baseline);
      const log = path.join(tmpdir(), 'bench-ingestion-baseline.log');
      const baselineUrl = values['baseline-database'] ? withDatabase(SOURCE_URL, values['baseline-database']) : url;
      servers.push({
        name: 'baseline',
        server: await startServer(baselineUrl, PORT + 1, env, log, root),
        db: baselineUrl,
      });
    }
    const log = path.join(tmpdir(), 'bench-ingestion-current.log');
    servers.push({ name: 'current', server: await startServer(url, PORT, env, log), db: url });
    for (const s of servers) s.key = await createAdminKey(s.db);

    const warmRows = Math.min(200, ROWS);
    const perServer = warmRows + CALLS * ROWS;
    // Each server's rows are read from its own database: what an earlier run changed in one copy
    // is not in the other.
    const deals = await Promise.all(servers.map((s) => loadDeals(s.db, perServer * servers.length)));
    for (const d of deals) {
      if (d.length < perServer * servers.length) throw new Error(`only ${d.length} deals with line items`);
    }
    const slice = (s: number, from: number, n: number) =>
      (deals[s] as DealRow[]).slice(s * perServer + from, s * perServer + from + n).map(bumped);

    for (const [s, { server, key }] of servers.entries()) await call(server, key as string, slice(s, 0, warmRows));
    const times = servers.map(() => [] as number[]);
    const cpu = servers.map(() => [] as number[]);
    const nodeCpu = servers.map(() => [] as number[]);
    const ownDatabases = servers.length === 1 || servers[0]!.db !== servers[1]!.db;
    const monitor = new pg.Client({ connectionString: withDatabase(SOURCE_URL, 'postgres') });
    await monitor.connect();
    const dbName = (s: number) => new URL(servers[s]!.db).pathname.slice(1);
    for (let c = 0; c < CALLS; c++) {
      // Alternate which server goes first, so neither always follows the other's writes.
      const order = c % 2 === 0 ? servers.keys() : [...servers.keys()].reverse();
      for (const s of order) {
        const before = await cpuByProcess(monitor, servers[s]!.server.pid, dbName(s));
        const ms = await call(servers[s]!.server, servers[s]!.key as string, slice(s, warmRows + c * ROWS, ROWS));
        const after = await cpuByProcess(monitor, servers[s]!.server.pid, dbName(s));
        const spent = cpuSpent(before, after);
        const server = cpuSpent(before, after, 'node:');
        times[s]!.push(ms);
        cpu[s]!.push(spent);
        nodeCpu[s]!.push(server);
        console.error(
          `${servers[s]!.name} call ${c + 1}: ${ROWS} rows in ${ms.toFixed(0)} ms, ${spent} ms CPU (server ${server})`,
        );
      }
    }

    const lines = [
      `${CALLS} calls of ${ROWS} rows per server, each row updating a deal of large with its line items and splits (NODE_ENV=${env.NODE_ENV ?? 'development'})`,
      '',
      `| server | rows/s | median call ms | slowest call ms |${ownDatabases ? ' median CPU ms per call (server + database) | of it the server |' : ''}`,
      `| --- | --- | --- | --- |${ownDatabases ? ' --- | --- |' : ''}`,
    ];
    const rates = times.map((t) => (ROWS * t.length * 1000) / t.reduce((a, b) => a + b, 0));
    for (const [s, { name }] of servers.entries()) {
      const t = times[s]!;
      const cpuCell = ownDatabases ? ` ${median(cpu[s]!).toFixed(0)} | ${median(nodeCpu[s]!).toFixed(0)} |` : '';
      lines.push(
        `| ${name} | ${rates[s]!.toFixed(0)} | ${median(t).toFixed(0)} | ${Math.max(...t).toFixed(0)} |${cpuCell}`,
      );
    }
    await monitor.end();
    if (rates.length === 2) {
      lines.push('', `current / baseline: ${(rates[1]! / rates[0]!).toFixed(2)}x by rows/s`);
      if (ownDatabases) {
        lines.push(`baseline / current CPU per call: ${(median(cpu[0]!) / median(cpu[1]!)).toFixed(2)}x`);
        lines.push(
          `baseline / current server CPU per call: ${(median(nodeCpu[0]!) / median(nodeCpu[1]!)).toFixed(2)}x`,
        );
      }
    }
    console.log(lines.join('\n'));
  } finally {
    for (const { server } of servers) await server.stop();
    if (!values.database) await dropDatabase(SOURCE_URL, COPY);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
