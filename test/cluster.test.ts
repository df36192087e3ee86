// Several API processes under `pnpm start:cluster` (api/src/cluster.ts) on one port: they share
// cost buckets through Redis; a worker killed under load loses only the requests it held and is
// replaced; SIGHUP replaces every worker one at a time without a failed request. PostgreSQL only,
// whatever COXSWAIN_TEST_DB says: the embedded database belongs to one process.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

const root = path.resolve(import.meta.dirname, '..');
const QUERY = JSON.stringify({ query: 'query Name { organization { name } }' });

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

interface Cluster {
  child: ChildProcess;
  port: number;
  /** Pids of the workers that logged `worker listening`, in order. */
  listening: number[];
  log: string[];
  /** The log without the request lines. */
  events(): string[];
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function startCluster(db: TestDatabase, env: Record<string, string>): Promise<Cluster> {
  const port = await freePort();
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/cluster.ts'], {
    cwd: root,
    env: {
      PATH: PATH ?? '',
      HOME: HOME ?? '',
      LOG_LEVEL: 'info',
      DATABASE_URL: db.url as string,
      PORT: String(port),
      COXSWAIN_WORKERS: '2',
      COXSWAIN_SEED: 'none',
      COXSWAIN_DEMO_KEY: 'off',
      COXSWAIN_WEBHOOKS: 'off',
      COXSWAIN_BULK_WORKER: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cluster: Cluster = {
    child,
    port,
    listening: [],
    log: [],
    events: () => cluster.log.filter((line) => !line.includes('"method"')).slice(-30),
    async waitFor(predicate, timeoutMs = 400_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out; log:\n${cluster.events().join('\n')}`);
        if (child.exitCode !== null) throw new Error(`cluster exited; log:\n${cluster.events().join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      cluster.log.push(line);
      if (line.includes('"worker listening"')) cluster.listening.push(JSON.parse(line).pid);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  await cluster.waitFor(() => cluster.listening.length >= 2);
  return cluster;
}

/** One request on its own connection: the outcome, never a throw. */
function ask(port: number, key: string): Promise<{ ok: boolean; status: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ ok: res.statusCode === 200 && !body.includes('"errors"'), status: res.statusCode ?? 0, body }),
        );
        res.on('error', (error) => resolve({ ok: false, status: 0, body, error: error.message }));
      },
    );
    req.on('error', (error) => resolve({ ok: false, status: 0, body: '', error: error.message }));
    // A connection handed to a worker as it is killed gets neither an answer nor an error: the
    // client's own deadline ends it, as a load balancer's would.
    req.setTimeout(10_000, () => req.destroy(new Error('no answer within 10 s')));
    req.end(QUERY);
  });
}

async function givenOrganizationKey(db: TestDatabase): Promise<string> {
  const org = await db.prisma.organization.create({ data: { name: 'Cluster Co', slug: `cluster-${Date.now()}` } });
  return (await issueApiKey(db.sql, { organizationId: org.id, name: 'cluster test', scopes: ['admin'] })).token;
}

describe('two processes share cost buckets through Redis', () => {
  let db: TestDatabase;
  let cluster: Cluster;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    cluster = await startCluster(db, {
      REDIS_URL: 'redis://127.0.0.1:6379',
      COXSWAIN_REDIS_PREFIX: `coxswain-test-cluster-${process.pid}-${Date.now()}:`,
      COXSWAIN_COST_BUCKET_SIZE: '1000',
      COXSWAIN_COST_RESTORE_RATE: '1',
    });
  }, 240_000);
  afterAll(async () => {
    await cluster?.stop();
    await db?.destroy();
  });

  it('each request draws from the one bucket whichever process answers it', async () => {
    const key = await givenOrganizationKey(db);
    const started = Date.now();
    const answers = [];
    // One at a time on new connections: the primary hands them to the workers in turn.
    for (let i = 0; i < 10; i++) answers.push(await ask(cluster.port, key));
    const seconds = Math.ceil((Date.now() - started) / 1000);
    expect(answers.every((a) => a.ok)).toBe(true);
    const available = answers.map(
      (a) => JSON.parse(a.body).extensions.cost.throttleStatus.currentlyAvailable as number,
    );
    // Each costs 1 point. One bucket: 10 taken, at most `seconds` restored (1 a second). A bucket
    // per process would have lost 5 each and show 995 or more at the end.
    expect(available.at(-1)).toBeLessThanOrEqual(990 + seconds);
    expect(available.at(-1)).toBeLessThan(995);
  }, 120_000);
});

describe('a worker killed under load, and a rolling restart', () => {
  let db: TestDatabase;
  let cluster: Cluster;
  let key: string;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    key = await givenOrganizationKey(db);
    // A budget this load cannot exhaust: refusals would blur the count of failed requests.
    cluster = await startCluster(db, {
      COXSWAIN_COST_BUCKET_SIZE: '1000000',
      COXSWAIN_COST_RESTORE_RATE: '1000000',
    });
  }, 240_000);
  afterAll(async () => {
    await cluster?.stop();
    await db?.destroy();
  });

  const CONCURRENCY = 6;

  /** Runs CONCURRENCY clients asking in a loop until `until` resolves; every outcome with its time. */
  async function underLoad(until: () => Promise<void>) {
    const outcomes: { startedAt: number; at: number; ok: boolean; error?: string; status: number }[] = [];
    let running = true;
    const clients = Array.from({ length: CONCURRENCY }, async () => {
      while (running) {
        const startedAt = Date.now();
        const answer = await ask(cluster.port, key);
        outcomes.push({ startedAt, at: Date.now(), ok: answer.ok, error: answer.error, status: answer.status });
      }
    });
    try {
      await until();
    } finally {
      running = false;
      await Promise.all(clients);
    }
    return outcomes;
  }

  it('SIGKILL of one worker fails at most the requests it held, and it is replaced', async () => {
    const before = [...cluster.listening];
    const victim = before.at(-1) as number;
    let killedAt = 0;
    let replacedAt = 0;
    const outcomes = await underLoad(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      killedAt = Date.now();
      process.kill(victim, 'SIGKILL');
      await cluster.waitFor(() => cluster.listening.length > before.length);
      replacedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    });
    const failed = outcomes.filter((o) => !o.ok);
    // A request fails only if the killed process held it: at most one per client, each around the kill.
    expect(failed.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const f of failed) expect(f.at).toBeGreaterThanOrEqual(killedAt);
    expect(failed.every((f) => f.status === 0)).toBe(true);
    // The other worker kept answering while the replacement started, and all answer after it.
    expect(outcomes.filter((o) => o.ok && o.at > killedAt && o.at < replacedAt).length).toBeGreaterThan(0);
    // Every request sent once the replacement listened is answered (one the killed worker held may
    // end later, at its deadline: it started before).
    for (const f of failed) expect(f.startedAt).toBeLessThan(replacedAt);
    expect(outcomes.filter((o) => o.startedAt > replacedAt + 500).every((o) => o.ok)).toBe(true);
    expect(cluster.listening.at(-1)).not.toBe(victim);
    expect(cluster.log.some((l) => l.includes('worker died; starting a replacement'))).toBe(true);
  }, 300_000);

  it('SIGHUP replaces every worker one at a time without a failed request', async () => {
    const before = new Set(cluster.listening);
    const done = cluster.log.filter((l) => l.includes('rolling restart done')).length;
    const stopped = cluster.log.filter((l) => l.includes('rolling restart stopped')).length;
    const outcomes = await underLoad(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      cluster.child.kill('SIGHUP');
      const ended = () => cluster.log.filter((l) => /rolling restart (done|stopped)/.test(l)).length;
      await cluster.waitFor(() => ended() > done + stopped);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    expect(cluster.log.filter((l) => l.includes('rolling restart done')).length, cluster.events().join('\n')).toBe(
      done + 1,
    );
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    // Two new workers listened, and none of the old ones is alive.
    const fresh = cluster.listening.filter((pid) => !before.has(pid));
    expect(fresh.length).toBe(2);
    for (const pid of before) {
      expect(() => process.kill(pid, 0)).toThrow();
    }
  }, 600_000);
});
