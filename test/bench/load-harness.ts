// Shared pieces of the load and restart benchmarks (test/bench/load.ts, test/bench/restart.ts):
// a throw-away copy of a database, the real server (`api/src/main.ts`) started as a child process
// with its resident memory sampled, an API key made with the real CLI, the SDK's operations read
// from sdk/src/operations, and an autocannon run that checks every response body for GraphQL
// errors and keeps each request's send and receive times.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { type DefinitionNode, Kind, parse, print, visit } from 'graphql';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '../..');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A database of the same server as `url`, with another name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * `CREATE DATABASE name TEMPLATE source`: PostgreSQL refuses while anyone is connected to the
 * source (other benchmarks on a shared server), so it is retried for up to two minutes.
 */
export async function copyDatabase(url: string, source: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
        return withDatabase(url, name);
      } catch (err) {
        if (!/being accessed by other users/.test((err as Error).message) || attempt >= 120) throw err;
        await sleep(1000);
      }
    }
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** `pnpm api-key create` against the database: an admin key of the organization `org` (default its first). */
export async function createAdminKey(databaseUrl: string, org?: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>('SELECT slug FROM "Organization" ORDER BY id LIMIT 1');
  await client.end();
  const slug = org ?? rows[0]?.slug;
  if (!slug) throw new Error('the database has no organization');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'api/src/access/cli.ts',
      'create',
      '--org',
      slug,
      '--scopes',
      'admin',
      '--name',
      'load benchmark',
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  const token = /cxs_[\w-]+/.exec(run.stdout)?.[0];
  if (run.status !== 0 || !token) throw new Error(`api-key create failed: ${run.stderr || run.stdout}`);
  return token;
}

export interface RunningServer {
  url: string;
  pid: number;
  /** File receiving the server's stdout and stderr (its JSON log). */
  logFile: string;
  /** Resident set size samples in MB, about one a second. */
  rss: number[];
  stop(): Promise<void>;
}

/**
 * `pnpm start` as a child process (tsx, api/src/main.ts) on DATABASE_URL, without the demo key or
 * seeding, with the given environment on top (the cost budget of the benchmark), from `root` (a
 * checkout of another commit, to compare two versions in one run). Resolves once /readyz answers 200.
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string>,
  logFile: string,
  root: string = ROOT,
): Promise<RunningServer> {
  // Something already answering on the port (a server left over from an interrupted run) would
  // pass the readiness check below in place of the child.
  const taken = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use; stop what listens there or pass --port`);
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      COXSWAIN_SEED: 'none',
      COXSWAIN_DEMO_KEY: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000; // tsx compiles the server first: slow on a loaded machine
  for (;;) {
    if (child.exitCode != null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200 && child.exitCode == null) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill('SIGKILL'); // else the child keeps the port and the next run finds it taken
      throw new Error('server not ready after 180 s');
    }
    await sleep(250);
  }
  const pid = child.pid as number;
  const rss: number[] = [];
  // Sampled by a shell loop, not a timer of this process: autocannon's response handling in this
  // process can keep timers from running for seconds at high request rates.
  const sampler = spawn(
    'sh',
    ['-c', `while kill -0 ${pid} 2>/dev/null; do grep VmRSS /proc/${pid}/status; sleep 1; done`],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  sampler.stdout?.setEncoding('utf8');
  sampler.stdout?.on('data', (chunk: string) => {
    for (const m of chunk.matchAll(/VmRSS:\s+(\d+)/g)) rss.push(Number(m[1]) / 1024);
  });
  return {
    url,
    pid,
    logFile,
    rss,
    async stop() {
      sampler.kill();
      if (child.exitCode != null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/**
 * The named operations of sdk/src/operations (what SDK users send), each with the fragments it
 * uses, printed as one document.
 */
export function sdkOperations(): Map<string, string> {
  const dir = path.join(ROOT, 'sdk/src/operations');
  const definitions: DefinitionNode[] = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')).definitions);
  const fragments = new Map<string, DefinitionNode>();
  for (const d of definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const spreadsOf = (node: DefinitionNode) => {
    const names = new Set<string>();
    visit(node, { FragmentSpread: (s) => void names.add(s.name.value) });
    return names;
  };
  const operations = new Map<string, string>();
  for (const d of definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
    const used = new Set<string>();
    const pending = [...spreadsOf(d)];
    while (pending.length) {
      const name = pending.pop() as string;
      if (used.has(name)) continue;
      used.add(name);
      const fragment = fragments.get(name);
      if (fragment) pending.push(...spreadsOf(fragment));
    }
    const parts = [d, ...[...used].map((n) => fragments.get(n) as DefinitionNode)];
    operations.set(d.name.value, parts.map((p) => print(p)).join('\n'));
  }
  return operations;
}

export interface LoadRequest {
  /** Label in the report. */
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Variables made per request (writes with unique keys); overrides `variables`. */
  makeVariables?: (sequence: number) => Record<string, unknown>;
  /** Called with the parsed body of each 2xx response without errors. */
  onData?: (data: Record<string, unknown>, variables: Record<string, unknown>) => void;
}

export interface Outcome {
  name: string;
  sentAt: number;
  receivedAt: number;
  status: number;
  /** Non-2xx, GraphQL errors or an unparseable body. */
  failed: boolean;
  message?: string;
}

export interface LoadResult {
  /** Epoch ms when the load started. */
  startedAt: number;
  durationS: number;
  requests: number;
  throughput: number;
  latency: { p50: number; p95: number; p99: number; max: number };
  outcomes: Outcome[];
  /** autocannon's own count of socket errors and timeouts (no response at all). */
  socketErrors: number;
  timeouts: number;
  perOperation: Record<string, { requests: number; p50: number; p95: number; failed: number }>;
}

/** The server log's error messages (level 50) with their counts, most frequent first. */
export function logErrors(logFile: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level: number; msg: string; err?: { message?: string } };
      if (entry.level < 50) continue;
      const key = `${entry.msg}${entry.err?.message ? `: ${entry.err.message}` : ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } catch {}
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Responses per second of the run: [second, ok, failed]. */
export function timeline(outcomes: Outcome[], start: number): [number, number, number][] {
  const rows: [number, number, number][] = [];
  for (const o of outcomes) {
    const second = Math.floor((o.receivedAt - start) / 1000);
    while (rows.length <= second) rows.push([rows.length, 0, 0]);
    const row = rows[second] as [number, number, number];
    if (o.failed) row[2]++;
    else row[1]++;
  }
  return rows;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

interface ConnectionContext {
  request?: LoadRequest;
  variables?: Record<string, unknown>;
  sentAt?: number;
}

/** Sends each request once, in order, and fails on the first error (a wrong variable, a missing key). */
export async function warmUp(url: string, token: string, requests: LoadRequest[]): Promise<void> {
  for (const request of requests) {
    const variables = request.makeVariables ? request.makeVariables(-1) : (request.variables ?? {});
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: request.query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (!response.ok || body.errors?.length) {
      throw new Error(`${request.name}: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
    }
  }
}

/** autocannon with `connections` keep-alive connections for `durationS`, each cycling through the requests. */
export async function runLoad(options: {
  url: string;
  token: string;
  requests: LoadRequest[];
  connections: number;
  durationS: number;
  timeoutS?: number;
}): Promise<LoadResult> {
  const outcomes: Outcome[] = [];
  let sequence = 0;
  const requests = options.requests.map((request) => ({
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (req: autocannon.Request, context: ConnectionContext) => {
      const variables = request.makeVariables ? request.makeVariables(sequence++) : (request.variables ?? {});
      context.request = request;
      context.variables = variables;
      context.sentAt = Date.now();
      return { ...req, body: JSON.stringify({ query: request.query, variables }) };
    },
    onResponse: (status: number, body: string, context: ConnectionContext) => {
      const receivedAt = Date.now();
      let failed = status < 200 || status >= 300;
      let message: string | undefined = failed ? `HTTP ${status}` : undefined;
      try {
        const parsed = JSON.parse(body) as { data?: Record<string, unknown>; errors?: { message: string }[] };
        if (parsed.errors?.length) {
          failed = true;
          message = parsed.errors[0]?.message;
        } else if (!failed && parsed.data) {
          request.onData?.(parsed.data, context.variables ?? {});
        }
      } catch {
        failed = true;
        message ??= 'unparseable body';
      }
      outcomes.push({
        name: request.name,
        sentAt: context.sentAt ?? receivedAt,
        receivedAt,
        status,
        failed,
        message,
      });
    },
  }));
  const started = Date.now();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    timeout: options.timeoutS ?? 60,
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
    requests,
  });
  const durationS = (Date.now() - started) / 1000;
  const latencies = outcomes.map((o) => o.receivedAt - o.sentAt);
  const perOperation: LoadResult['perOperation'] = {};
  for (const request of options.requests) {
    const mine = outcomes.filter((o) => o.name === request.name);
    const ms = mine.map((o) => o.receivedAt - o.sentAt);
    perOperation[request.name] = {
      requests: mine.length,
      p50: quantile(ms, 0.5),
      p95: quantile(ms, 0.95),
      failed: mine.filter((o) => o.failed).length,
    };
  }
  return {
    startedAt: started,
    durationS,
    requests: outcomes.length,
    throughput: outcomes.length / durationS,
    latency: {
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
      max: Math.max(...latencies),
    },
    outcomes,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    perOperation,
  };
}
