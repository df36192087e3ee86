// Entry point of `pnpm start:cluster`: N API processes on one host with Node's cluster module,
// sharing one port (the primary hands connections to the workers in turn), their cost buckets in
// Redis (REDIS_URL) and their database. The primary prepares the database once (creates it,
// migrates, seeds an empty one, like `pnpm start`), then forks COXSWAIN_WORKERS workers, each
// running api/src/main.ts without that preparation. It then:
// - replaces a worker that dies (a crash, an OOM kill), at most once a second;
// - on SIGHUP, replaces the workers one at a time (a rolling restart for a new build or new
//   settings): the new worker listens first, then the old one drains (server.close(): in-flight
//   requests finish, keep-alive clients are told to reconnect) and exits;
// - on SIGINT/SIGTERM, stops every worker the same draining way, then itself;
// - with COXSWAIN_METRICS_PORT, serves the workers' Prometheus metrics summed on that port.
// PostgreSQL only: the embedded database (PGlite) belongs to one process. See README.md
// "Deployment" for running it behind a load balancer.
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { AggregatorRegistry } from 'prom-client';
import { issueDemoKey } from './access/demo-key.js';
import { DatabaseSetupError, ensureDatabase } from './db/create-database.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty } from './seed/cli.js';
import { settingsProblems } from './settings.js';
import { logger } from './shared/logger.js';

/** Workers to run: COXSWAIN_WORKERS, else one per CPU. */
export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.COXSWAIN_WORKERS;
  if (value === undefined || value === '') return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new Error(`COXSWAIN_WORKERS must be a whole number from 1 to 256, got ${value}`);
  }
  return Number(value);
}

/** Port of the summed metrics of the workers (COXSWAIN_METRICS_PORT); none by default. */
export function metricsPortFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const value = env.COXSWAIN_METRICS_PORT;
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value) || Number(value) > 65_535) {
    throw new Error(`COXSWAIN_METRICS_PORT must be a port number (0-65535), got ${value}`);
  }
  return Number(value);
}

/** Longest a worker may take to start listening before a rolling restart gives up on it. */
const START_TIMEOUT_MS = 180_000;
/** Longest an old worker may drain before it is killed (main.ts forces its own exit at 10 s). */
const STOP_TIMEOUT_MS = 15_000;
/** Replacements of dead workers are spaced by this much, so a worker that crashes at start cannot spin. */
const RESPAWN_DELAY_MS = 1_000;

async function prepareDatabase(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  const db = await openDatabase({ databaseUrl, poolSize: 2 });
  try {
    if (process.env.COXSWAIN_SEED !== 'none') {
      await seedIfEmpty(db, (process.env.COXSWAIN_SEED as 'demo' | 'large' | undefined) ?? 'demo');
    }
    // Outside production, a demo admin key as `pnpm start` prints one (its workers issue none).
    const demoKey = await issueDemoKey(db);
    if (demoKey) {
      process.stdout.write(
        `\nAdmin API key for ${demoKey.organizationName} (shown once; replaced at the next start):\n\n  ${demoKey.token}\n\n`,
      );
    }
  } finally {
    await db.close();
  }
}

async function runPrimary(): Promise<void> {
  const problems = settingsProblems();
  let count = 1;
  let metricsPort: number | null = null;
  try {
    count = workersFromEnv();
    metricsPort = metricsPortFromEnv();
  } catch (error) {
    problems.push((error as Error).message);
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (!databaseUrl) problems.push('DATABASE_URL must be set: the workers share one PostgreSQL database');
  if (problems.length > 0) {
    logger.fatal({ problems }, `Coxswain cannot start; fix these settings:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  try {
    await prepareDatabase(databaseUrl as string);
  } catch (error) {
    if (!(error instanceof DatabaseSetupError)) throw error;
    logger.fatal(error.message);
    process.exit(1);
  }

  cluster.setupPrimary({ exec: new URL('./main.ts', import.meta.url).pathname });
  /** Workers being replaced or stopped on purpose: their exit is not a crash. */
  const retiring = new WeakSet<Worker>();
  let stopping = false;
  let lastRespawn = 0;

  const fork = () => cluster.fork({ COXSWAIN_CLUSTER_WORKER: '1' });
  const listening = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`worker ${worker.process.pid} did not listen`)),
        START_TIMEOUT_MS,
      );
      worker.once('listening', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`worker ${worker.process.pid} exited before listening`));
      });
    });
  /** SIGTERM: the worker's own shutdown drains its requests; killed if it overstays. */
  const stop = (worker: Worker) =>
    new Promise<void>((resolve) => {
      retiring.add(worker);
      if (worker.isDead()) return resolve();
      const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.process.kill('SIGTERM');
    });

  cluster.on('listening', (worker, address) => {
    logger.info({ pid: worker.process.pid, port: address.port }, 'worker listening');
  });
  cluster.on('exit', (worker, code, signal) => {
    if (retiring.has(worker) || stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died; starting a replacement');
    const wait = Math.max(0, lastRespawn + RESPAWN_DELAY_MS - Date.now());
    lastRespawn = Date.now() + wait;
    setTimeout(() => {
      if (!stopping) fork();
    }, wait);
  });

  /** A SIGHUP during a rolling restart joins it rather than starting a second one. */
  let restarting = false;
  const rollingRestart = async () => {
    const old = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    logger.info({ workers: old.length }, 'rolling restart: replacing workers one at a time');
    for (const worker of old) {
      if (stopping) return;
      const replacement = fork();
      try {
        await listening(replacement);
      } catch (error) {
        // A build that does not start leaves the old workers serving.
        logger.error({ err: error }, 'rolling restart stopped: a new worker did not start');
        return;
      }
      await stop(worker);
    }
    logger.info('rolling restart done');
  };
  process.on('SIGHUP', () => {
    if (restarting) return;
    restarting = true;
    void rollingRestart().finally(() => {
      restarting = false;
    });
  });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the workers: finishing in-flight requests');
    await Promise.all(Object.values(cluster.workers ?? {}).map((w) => (w ? stop(w) : undefined)));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (metricsPort !== null) {
    const aggregator = new AggregatorRegistry();
    const host = process.env.HOST ?? '127.0.0.1';
    createServer(async (req, res) => {
      if (req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = await aggregator.clusterMetrics();
        res.writeHead(200, { 'content-type': aggregator.contentType }).end(body);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    }).listen(metricsPort, host, () => logger.info({ port: metricsPort }, 'cluster metrics'));
  }

  logger.info({ workers: count }, 'starting API workers');
  for (let i = 0; i < count; i++) fork();
}

if (cluster.isPrimary) await runPrimary();
