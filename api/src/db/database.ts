// One code path, two databases: PostgreSQL when a URL is given (DATABASE_URL), otherwise an
// embedded PGlite (real PostgreSQL compiled to WebAssembly) persisted under a data folder, so a
// new user needs no server. Both run the same migrations and the same Prisma client.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { logger } from '../shared/logger.js';
import { DatabaseGate, type GateLimits, gateLimitsFromEnv } from './gate.js';
import { migrate } from './migrate.js';
import { ReplicaRouter, type ReplicaSettings } from './replica.js';
import { bindOrganization, markConfining, RowSecurityClient, rowSecurityFromEnv } from './row-security.js';
import { POSTGRES_SESSION_OPTIONS, postgresSessionOptions, statementTimeoutFromEnv } from './session.js';
import { pgliteRunner, pgRunner, type SqlRunner } from './sql-runner.js';

export { POSTGRES_SESSION_OPTIONS };

export type DatabaseKind = 'postgres' | 'pglite';

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Raw SQL on the same database, for migrations, bulk loads and benchmarks. */
  sql: SqlRunner;
  /** Where the data lives, without credentials. */
  location: string;
  /**
   * PostgreSQL's connection string, for components that keep their own small pool (the job
   * queue, jobs/queue.ts); null on PGlite, whose one connection everything shares.
   */
  connectionString: string | null;
  /**
   * Runs one read statement straight on PostgreSQL's pool, outside Prisma, and counts it with
   * Prisma's: the one-statement reader's path (shared/tenant.ts), where Prisma's raw-query layer
   * cost 0.6 ms of a 100-row page. Null on PGlite, whose one connection Prisma's adapter must
   * keep in order.
   */
  read: StatementReader | null;
  /**
   * Runs `fn` with a reader like `read` whose statements all run on one connection of the pool,
   * in a READ ONLY REPEATABLE READ transaction: one snapshot for all of them. The bulk export's
   * compiled path reads with it (bulk/runner.ts). `randomPageCost` sets the planner's
   * random_page_cost for that transaction only. Null on PGlite, which has one connection.
   */
  readInSnapshot:
    | (<T>(fn: (read: StatementReader) => Promise<T>, options?: { randomPageCost?: number }) => Promise<T>)
    | null;
  /**
   * Each organization's share of PostgreSQL's pool (db/gate.ts): the server runs a request's
   * execution in `gate.begin(organizationId).run`. Null on PGlite, whose one connection serves
   * statements one at a time anyway.
   */
  gate: DatabaseGate | null;
  /** What sits between the server and PostgreSQL (COXSWAIN_DB_POOLER); `none` on PGlite. */
  pooler: PoolerMode;
  /**
   * The streaming replica that analytics reads may go to, and the choice between it and this
   * primary (db/replica.ts); null without DATABASE_REPLICA_URL and on PGlite.
   */
  replica: ReplicaRouter | null;
  /** Number of SQL statements sent so far, Prisma's and `read`'s (tests use deltas to catch N+1). */
  queryCount(): number;
  /** Runs `fn` when the database closes, before its connections end (e.g. to stop the job queue). */
  beforeClose(fn: () => Promise<void>): void;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded database is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Connection pool size for PostgreSQL. */
  poolSize?: number;
  /**
   * PostgreSQL's `statement_timeout` on every pooled connection, in milliseconds (0 = none);
   * default COXSWAIN_STATEMENT_TIMEOUT_MS, else 30 s. PGlite cannot interrupt a statement: unused.
   */
  statementTimeoutMs?: number;
  /** Limits of the pool's gate over the environment's (db/gate.ts). */
  gate?: Partial<GateLimits>;
  /**
   * Whether an organization's work runs under row-level security on PostgreSQL
   * (db/row-security.ts); default COXSWAIN_ROW_SECURITY, else off.
   */
  rowSecurity?: boolean;
  /**
   * A streaming replica for analytics reads (DATABASE_REPLICA_URL, db/replica.ts); its pool has
   * the primary's size and passes the primary's gate.
   */
  replica?: ReplicaSettings;
  /**
   * A transaction-mode pooler (PgBouncer) sits between the server and PostgreSQL
   * (COXSWAIN_DB_POOLER=transaction): no named prepared statements and no startup options, whose
   * settings the database or role then carries (docs/scaling.md). Default: the environment's.
   */
  pooler?: PoolerMode;
  /** Used by the replica's own Database: the primary's gate instead of one of its own. */
  sharedGate?: DatabaseGate;
}

type CheckoutCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/**
 * A pg pool whose every checkout passes the gate: pool.query, Prisma's adapter (which queries
 * the pool and checks out a client per transaction) and the reader below all call `connect`.
 * Each checkout is also bound to the organization whose work takes it (db/row-security.ts).
 */
class GatedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly gate: DatabaseGate,
    private readonly rowSecurity: boolean,
  ) {
    super({ ...config, Client: RowSecurityClient });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: CheckoutCallback): void;
  override connect(callback?: CheckoutCallback): Promise<pg.PoolClient> | undefined {
    // The `then` runs in the caller's async context, where the organization's work is known.
    const checkout = this.gate
      .checkout(() => super.connect())
      .then((client) => bindOrganization(client, this.rowSecurity));
    if (!callback) return checkout;
    checkout.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    );
    return undefined;
  }
}

/** A statement as Prisma.sql builds it: text with $n placeholders and their values. */
export type StatementReader = (statement: { text: string; values: unknown[] }) => Promise<Record<string, unknown>[]>;

/**
 * Statements each connection keeps prepared. A page's statement depends on the selection and,
 * for managers, on how many reps they see, so texts are many; a connection prepares the first
 * 100 it meets and runs later ones unprepared, which keeps the server's memory bounded.
 */
const PREPARED_PER_CONNECTION = 100;

/**
 * `read` for a pg pool: each distinct text is a named prepared statement on the connection that
 * runs it, so PostgreSQL parses it once per connection (0.3 ms a page saved; docs/benchmarks.md).
 */
function poolReader(pool: pg.Pool, count: () => void, namedStatements: boolean): StatementReader {
  const prepared = new WeakMap<pg.PoolClient, Set<string>>();
  // Turned off for good by the first sign of a transaction-mode pooler, which hands each
  // statement to any server connection: one prepared on another is missing (26000) or one of
  // the same name exists already (42P05).
  let named = namedStatements;
  return async function read({ text, values }): Promise<Record<string, unknown>[]> {
    count();
    const client = await pool.connect();
    let names = prepared.get(client);
    if (!names) {
      names = new Set<string>();
      prepared.set(client, names);
    }
    const name = createHash('sha1').update(text).digest('base64url');
    const prepare = named && (names.has(name) || names.size < PREPARED_PER_CONNECTION);
    try {
      const result = await client.query(prepare ? { name, text, values } : { text, values });
      if (prepare) names.add(name);
      client.release();
      return result.rows;
    } catch (error) {
      // As pool.query does: a failed statement may have left the connection unusable.
      client.release(error as Error);
      const code = (error as { code?: string }).code;
      if (prepare && (code === '26000' || code === '42P05')) {
        named = false;
        logger.warn({ code }, 'named prepared statements refused (a transaction-mode pooler?): reading unprepared');
        return read({ text, values });
      }
      throw error;
    }
  };
}

/** What sits between the server and PostgreSQL: nothing, or a pooler in transaction mode. */
export type PoolerMode = 'none' | 'transaction';

/** COXSWAIN_DB_POOLER: `none` (default) or `transaction` (PgBouncer's pool_mode = transaction). */
export function poolerFromEnv(env: NodeJS.ProcessEnv = process.env): PoolerMode {
  const raw = env.COXSWAIN_DB_POOLER?.trim() || 'none';
  if (raw !== 'none' && raw !== 'transaction') {
    throw new Error(`COXSWAIN_DB_POOLER must be none or transaction, not "${raw}"`);
  }
  return raw;
}

/** `readInSnapshot` for a pg pool. */
function snapshotReader(pool: pg.Pool, count: () => void): NonNullable<Database['readInSnapshot']> {
  return async (fn, options = {}) => {
    const cost = options.randomPageCost;
    if (cost !== undefined && !(Number.isFinite(cost) && cost > 0)) throw new Error(`not a page cost: ${cost}`);
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      if (cost !== undefined) await client.query(`SET LOCAL random_page_cost = ${cost}`);
      const result = await fn(async ({ text, values }) => {
        count();
        return (await client.query({ text, values })).rows;
      });
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      // Released with the error, the connection is closed, which also ends its transaction.
      client.release(error as Error);
      throw error;
    }
  };
}

function countingClient(adapter: PrismaPg | PrismaPGlite, onQuery: () => void): PrismaClient {
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', onQuery);
  return client as unknown as PrismaClient;
}

export const DEFAULT_DATA_DIR = '.coxswain/data';

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  let queries = 0;
  let prisma: PrismaClient;
  let sql: SqlRunner;
  let location: string;
  let closeDriver: () => Promise<void>;
  let kind: DatabaseKind;
  let read: StatementReader | null = null;
  let readInSnapshot: Database['readInSnapshot'] = null;
  let gate: DatabaseGate | null = null;
  let replica: ReplicaRouter | null = null;
  let pooler: PoolerMode = 'none';

  if (options.databaseUrl) {
    kind = 'postgres';
    const poolSize = options.poolSize ?? 10;
    gate = options.sharedGate ?? new DatabaseGate({ ...gateLimitsFromEnv(poolSize), ...options.gate });
    pooler = options.pooler ?? poolerFromEnv();
    const statementTimeoutMs = options.statementTimeoutMs ?? statementTimeoutFromEnv();
    const rowSecurity = options.rowSecurity ?? rowSecurityFromEnv();
    const pool = new GatedPool(
      {
        connectionString: options.databaseUrl,
        max: poolSize,
        // PgBouncer refuses the `options` startup parameter; behind it the database or role
        // carries these settings (ALTER DATABASE ... SET, docs/scaling.md).
        options: pooler === 'transaction' ? undefined : postgresSessionOptions(statementTimeoutMs),
      },
      gate,
      rowSecurity,
    );
    // Without a listener an idle client's error (e.g. the server restarting) crashes the process;
    // the pool discards the client and the next query reconnects.
    pool.on('error', () => {});
    // The pool listens only to idle clients. A checked-out client that is between statements
    // (inside a Prisma transaction, or just past one) when PostgreSQL shuts down receives the
    // server's FATAL message as an 'error' event with no listener, which crashed the server
    // (bench:restart). With this listener the client is merely marked unusable, its pending
    // statement fails, and the pool discards it on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    const url = new URL(options.databaseUrl);
    location = `postgresql://${url.host}${url.pathname}`;
    prisma = countingClient(new PrismaPg(pool), () => queries++);
    if (rowSecurity) markConfining(prisma);
    sql = pgRunner(pool);
    read = poolReader(pool, () => queries++, pooler === 'none');
    readInSnapshot = snapshotReader(pool, () => queries++);
    closeDriver = () => pool.end();
    if (options.replica) {
      const standby = await openDatabase({
        databaseUrl: options.replica.url,
        migrate: false,
        poolSize,
        statementTimeoutMs,
        pooler,
        sharedGate: gate,
      });
      replica = new ReplicaRouter(sql, standby, options.replica);
      replica.start();
      const closePrimary = closeDriver;
      closeDriver = async () => {
        await replica?.stop();
        await closePrimary();
      };
    }
  } else {
    kind = 'pglite';
    const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
    if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
    const pglite = await PGlite.create(dataDir);
    location = dataDir;
    prisma = countingClient(new PrismaPGlite(pglite), () => queries++);
    sql = pgliteRunner(pglite);
    closeDriver = () => pglite.close();
  }
  if (options.migrate !== false) await migrate(sql);
  let closing: Promise<void> | undefined;
  const closeFirst: (() => Promise<void>)[] = [];
  return {
    kind,
    prisma,
    sql,
    location,
    connectionString: options.databaseUrl ?? null,
    read,
    readInSnapshot,
    gate,
    pooler,
    replica,
    queryCount: () => queries + (replica?.standby.queryCount() ?? 0),
    beforeClose(fn) {
      closeFirst.push(fn);
    },
    close() {
      // Idempotent: shutdown paths and tests may both close the same database.
      closing ??= Promise.all(closeFirst.map((fn) => fn()))
        .then(() => prisma.$disconnect())
        .then(closeDriver);
      return closing;
    },
  };
}
