// The background job queue: pg-boss, whose jobs live in PostgreSQL tables (schema `pgboss`) of
// the same database as the data. On PostgreSQL it keeps a small pool of its own, so that any API
// process may pick up any job; on the embedded PGlite it runs in-process over the one shared
// connection (pg-boss accepts any `executeSql`). Why pg-boss and not graphile-worker: both need
// Node 22 in their current majors, pg-boss 10 runs on Node 20, and only pg-boss takes a custom
// SQL executor, which is what lets the same queue run on PGlite (docs/jobs.md).
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';
import { APP_ROLE, outsideOrganization } from '../db/row-security.js';
import { postgresSessionOptions, statementTimeoutFromEnv } from '../db/session.js';
import { logger } from '../shared/logger.js';

export type { Job } from 'pg-boss';

/** Connections of the queue's own pool on PostgreSQL: polling and job state, never analytics. */
const QUEUE_POOL_SIZE = 2;

/** How often an idle worker asks for new jobs; pg-boss's minimum is 0.5 s. */
export const DEFAULT_POLLING_INTERVAL_SECONDS = 0.5;

export interface JobQueue {
  /** The pg-boss instance, started. */
  readonly boss: PgBoss;
  /** Creates a queue if it does not exist yet (idempotent, safe across processes). */
  ensureQueue(name: string, options?: Omit<PgBoss.Queue, 'name'>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A pg-boss executor that runs its statements inside a caller's transaction (a Prisma
 * interactive transaction), so that a job is enqueued if and only if the change commits.
 */
export function transactionExecutor(tx: {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? []));
      return { rows };
    },
  };
}

/** PGlite's executor: parameterised statements one by one; scripts (migrations) with `exec`. */
function pgliteExecutor(db: Database): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: await db.sql.query(text, values) };
      try {
        return { rows: await db.sql.query(text) };
      } catch (error) {
        // The extended protocol refuses several statements in one text (42601); pg-boss sends
        // its schema scripts that way and reads no rows from them.
        if ((error as { code?: string }).code !== '42601') throw error;
        await db.sql.exec(text);
        return { rows: [] };
      }
    },
  };
}

const queues = new WeakMap<Database, Promise<JobQueue>>();

/**
 * The database's job queue, started on first use and stopped when the database closes. One per
 * Database object, so that the server, its workers and tests in one process share it.
 */
export function jobQueue(db: Database): Promise<JobQueue> {
  let queue = queues.get(db);
  if (!queue) {
    // Often first used by a request: the queue, its timers and its grant are no organization's.
    queue = outsideOrganization(() => startJobQueue(db));
    queues.set(db, queue);
    db.beforeClose(async () => (await queue)?.stop());
  }
  return queue;
}

async function startJobQueue(db: Database): Promise<JobQueue> {
  const common = {
    pollingIntervalSeconds: DEFAULT_POLLING_INTERVAL_SECONDS,
  } satisfies PgBoss.ConstructorOptions;
  const boss = db.connectionString
    ? new PgBoss({
        ...common,
        connectionString: db.connectionString,
        max: QUEUE_POOL_SIZE,
        application_name: 'coxswain-jobs',
        // The same deadline as every other statement (docs/database.md); pg uses `options` as
        // the connection's startup options, which a transaction pooler refuses (the database
        // carries them there, docs/scaling.md).
        ...(db.pooler === 'transaction'
          ? {}
          : ({ options: postgresSessionOptions(statementTimeoutFromEnv()) } as object)),
      })
    : new PgBoss({ ...common, db: pgliteExecutor(db) });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  // A request enqueues in its own transaction (transactionExecutor), which runs as the
  // row-level security role (db/row-security.ts): it may add a job to a known queue, and read
  // no job. pg-boss creates its schema here, after the migrations, hence the grant here.
  if (db.connectionString) {
    await db.sql.exec(
      `GRANT USAGE ON SCHEMA pgboss TO ${APP_ROLE}; GRANT SELECT ON pgboss.queue TO ${APP_ROLE}; GRANT INSERT, SELECT (id) ON pgboss.job TO ${APP_ROLE}`,
    );
  }
  const known = new Set<string>();
  return {
    boss,
    async ensureQueue(name, options) {
      if (known.has(name)) return;
      // createQueue is idempotent in pg-boss 10 (it ignores an existing queue of the same name).
      await boss.createQueue(name, { ...options, name });
      known.add(name);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5_000, wait: true });
    },
  };
}
