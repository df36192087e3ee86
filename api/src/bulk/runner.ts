// The job that runs a bulk operation (queue `bulk-export`, pg-boss): it executes the submitted
// GraphQL document page by page on its root connection, as the caller, and streams each page's
// root nodes into the export file, so memory holds one page at a time. docs/bulk-operations.md
// says why pages of the graph and not a database cursor, and how the pages see one snapshot.
//
// Faults: an error in a page fails the operation (QUERY_FAILED, ACCESS_DENIED or TIMEOUT) and
// deletes the partial file; a cancel is seen at the next heartbeat and does the same; a process
// that dies leaves its operation RUNNING without heartbeats, which any worker marks FAILED
// (INTERRUPTED) once they are older than the stale limit. A file is stored, and the operation
// COMPLETED, only after the writer has finished the whole file.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { execute, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Database } from '../db/database.js';
import { asOrganization } from '../db/row-security.js';
import { isStatementCancelled } from '../db/session.js';
import type { BulkOperation, BulkOperationErrorCode } from '../generated/prisma/client.js';
import { jobQueue } from '../jobs/queue.js';
import { schema as apiSchema } from '../schema.js';
import { buildContext, type Context } from '../shared/context.js';
import { logger } from '../shared/logger.js';
import { tenantPrisma } from '../shared/tenant.js';
import { EXPORT_CONTENT_TYPES, exportColumns, openExportFile } from './files/index.js';
import { exportStorage } from './links.js';
import { withReadAhead } from './prefetch.js';
import { rebuildCaller } from './principal.js';
import { type BulkProjection, compileProjection } from './projection.js';
import { type BulkSettings, bulkSettingsFromEnv } from './settings.js';
import type { ExportStorage } from './storage.js';
import {
  BULK_EXPORT_QUEUE,
  BULK_MAINTENANCE_QUEUE,
  expiredFiles,
  failInterrupted,
  forgetFile,
  loadOperation,
  markCompleted,
  markFailed,
  markRunning,
  recordProgress,
} from './store.js';
import { AFTER_VARIABLE, type BulkQueryPlan, FIRST_VARIABLE, PAGE_INFO_ALIAS, planBulkQuery } from './validate.js';

/** random_page_cost of the compiled path's transaction (runOnPostgres). */
const EXPORT_RANDOM_PAGE_COST = 1.1;
/**
 * Longest an export waits for the replica to replay the writes made before it started, before
 * it reads the primary instead: replay usually takes milliseconds.
 */
const EXPORT_REPLICA_WAIT_MS = 2_000;

const EXTENSIONS = { NDJSON: 'jsonl', CSV: 'csv', PARQUET: 'parquet' };

/** Storage key of an operation's file: under its organization, so keys never collide across tenants. */
export function fileKeyOf(op: Pick<BulkOperation, 'organizationId' | 'id' | 'format'>): string {
  return `org-${op.organizationId}/bulk-operation-${op.id}.${EXTENSIONS[op.format]}`;
}

/** Why a job stopped before its end. */
class Stopped extends Error {
  constructor(readonly code: BulkOperationErrorCode | 'CANCELED') {
    super(code);
  }
}

/** The error code of a GraphQL error of a page. */
function codeOf(errors: readonly GraphQLError[]): BulkOperationErrorCode {
  if (errors.some((e) => e.extensions?.code === 'FORBIDDEN')) return 'ACCESS_DENIED';
  if (errors.some((e) => isStatementCancelled(e.originalError))) return 'TIMEOUT';
  return 'QUERY_FAILED';
}

/**
 * Objects in a page: every object in it, nested ones included (a deal with its account, owner
 * and two line items is five), as Shopify counts a bulk operation's objects.
 */
function countObjects(value: unknown): number {
  if (Array.isArray(value)) {
    let n = 0;
    for (const item of value) n += countObjects(item);
    return n;
  }
  if (value === null || typeof value !== 'object') return 0;
  let n = 1;
  // for-in rather than Object.entries: this runs on every object of the export.
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const child = object[key];
    if (child === null || typeof child !== 'object') continue;
    // A connection's wrappers (edges, the connection object) are not objects of the data.
    if (key === 'edges' && Array.isArray(child)) {
      for (const edge of child) n += countObjects((edge as { node?: unknown } | null)?.node);
      n -= 1;
    } else n += countObjects(child);
  }
  return n;
}

/**
 * The compiled projection, if it reproduces the first page exactly: GraphQL's nodes of that page
 * against the projection of the root read GraphQL made for it (the same rows), compared as the
 * NDJSON text they write, and the same answer to whether a page follows. Anything else (no
 * projection, no root read seen, other page arguments, a difference) keeps the export on GraphQL.
 */
function checkedProjection(
  compiled: ReturnType<typeof compileProjection>,
  read: { args: Record<string, unknown>; rows: Record<string, unknown>[] } | null,
  nodes: Record<string, unknown>[],
  hasNextPage: boolean,
  pageSize: number,
): BulkProjection | null {
  if (!('projection' in compiled) || !read || read.args.take !== pageSize + 1) return null;
  if (read.rows.length > pageSize !== hasNextPage) return null;
  try {
    const projected = read.rows.slice(0, pageSize).map(compiled.projection.project);
    return JSON.stringify(projected) === JSON.stringify(nodes) ? compiled.projection : null;
  } catch {
    return null;
  }
}

type Page = Record<string, unknown> & { [PAGE_INFO_ALIAS]: { hasNextPage: boolean; endCursor: string | null } };

export interface BulkRunner {
  /** Runs one operation to its end (the queue's handler; tests call it directly too). */
  run(operationId: number): Promise<void>;
  /** Marks interrupted operations FAILED and deletes their partial files; removes expired files. */
  maintain(now?: Date): Promise<{ interrupted: number; expired: number }>;
}

export function createBulkRunner(
  db: Database,
  options: {
    storage?: ExportStorage;
    settings?: Partial<BulkSettings>;
    schema?: GraphQLSchema;
    /** Called after each page is written (tests use it to break the database mid-way). */
    onPage?: () => Promise<void>;
    /** Called once the path of an export is chosen (tests check which one ran). */
    onPath?: (operationId: number, path: 'projection' | 'graphql') => void;
  } = {},
): BulkRunner {
  const settings = { ...bulkSettingsFromEnv(), ...options.settings };
  const storage = options.storage ?? exportStorage();
  const schema = options.schema ?? apiSchema;
  const localPath = (op: BulkOperation) =>
    path.join(settings.workDir, `bulk-operation-${op.id}.${EXTENSIONS[op.format]}`);

  /**
   * Writes the export's pages. Each page is executed through GraphQL, unless the document's
   * selection compiles (bulk/projection.ts) and the projection reproduces the first page
   * exactly: then the pages after it are the reader's rows, projected. `snapshot`: the pages run
   * in one REPEATABLE READ transaction, with one page read ahead.
   */
  async function runPages(
    op: BulkOperation,
    ctx: Context,
    plan: BulkQueryPlan,
    compiled: ReturnType<typeof compileProjection> | null,
    write: (rows: Record<string, unknown>[]) => Promise<void>,
    progress: { objectCount: number; rootObjectCount: number; stopped: Stopped | null },
    deadline: number,
    snapshot: boolean,
    /** Give up before writing anything when the first page is not projected (or fails). */
    projectedOnly = false,
  ): Promise<'done' | 'not projected'> {
    // Read-ahead only inside the snapshot: there the next page reads the same whenever it runs,
    // and PostgreSQL works on it while Node completes this one (PGlite shares Node's thread).
    const model = plan.nodeType.extensions?.pothosPrismaModel;
    const reader = typeof model === 'string' ? withReadAhead(ctx.prisma, model, snapshot) : null;
    const pageCtx = reader ? { ...ctx, prisma: reader.prisma } : ctx;
    let projection: BulkProjection | null = null;
    let after: string | null = null;
    for (let first = true; ; first = false) {
      if (progress.stopped) throw progress.stopped;
      if (Date.now() > deadline) throw new Stopped('TIMEOUT');
      // Between pages the event loop serves interactive requests first: a page is one long
      // synchronous completion, and the export is the one that can wait.
      await new Promise((resolve) => setImmediate(resolve));
      let nodes: Record<string, unknown>[];
      let hasNextPage: boolean;
      if (projection && reader) {
        // The compiled path: the reader's next page (as the connection would read it), projected.
        const rows = (await reader.readNext()) ?? [];
        const shown = rows.slice(0, settings.pageSize);
        try {
          nodes = shown.map(projection.project);
        } catch (error) {
          logger.warn({ operationId: op.id, err: error }, 'bulk operation page failed');
          throw new Stopped('QUERY_FAILED');
        }
        hasNextPage = rows.length > settings.pageSize;
      } else {
        reader?.pageStarts();
        const result = await execute({
          schema,
          document: plan.pageDocument,
          contextValue: pageCtx,
          variableValues: { [FIRST_VARIABLE]: settings.pageSize, [AFTER_VARIABLE]: after },
        });
        if (result.errors?.length) {
          if (projectedOnly) return 'not projected';
          logger.warn(
            { operationId: op.id, errors: result.errors.map((e) => e.message) },
            'bulk operation page failed',
          );
          throw new Stopped(codeOf(result.errors));
        }
        const connection = (result.data as Record<string, Page>)[plan.rootKey] as Page;
        nodes = (
          plan.nodesAt === 'nodes'
            ? (connection.nodes as Record<string, unknown>[])
            : (connection.edges as { node: Record<string, unknown> }[]).map((e) => e.node)
        ).filter((n) => n != null);
        const pageInfo = connection[PAGE_INFO_ALIAS];
        hasNextPage = pageInfo.hasNextPage && pageInfo.endCursor != null;
        after = pageInfo.endCursor;
        if (first) {
          if (compiled && reader) {
            projection = checkedProjection(compiled, reader.lastRead(), nodes, hasNextPage, settings.pageSize);
          }
          if (!projection && projectedOnly) return 'not projected';
          options.onPath?.(op.id, projection ? 'projection' : 'graphql');
          logger.info(
            {
              operationId: op.id,
              path: projection ? 'compiled projection' : 'graphql',
              notCompiled: compiled && 'notCompiled' in compiled ? compiled.notCompiled : undefined,
            },
            'bulk operation path chosen',
          );
        }
      }
      await write(nodes);
      await options.onPage?.();
      progress.rootObjectCount += nodes.length;
      progress.objectCount += countObjects(nodes);
      if (!hasNextPage) return 'done';
    }
  }

  /**
   * The export on PostgreSQL. A document whose selection compiles runs on one pooled connection
   * in a READ ONLY REPEATABLE READ transaction of its own (Database.readInSnapshot), through a
   * tenant client built like the request's whose one-statement reads go to that connection
   * without Prisma's raw-query layer (which cost about as much as the statement on a page of
   * JSON): its first page through GraphQL, the others projected. If the first page is not
   * projected after all, nothing has been written and the export starts again as below. Any
   * other document runs every page through GraphQL in a Prisma REPEATABLE READ transaction.
   */
  async function runOnPostgres(
    op: BulkOperation,
    ctx: Context,
    plan: BulkQueryPlan,
    compiled: ReturnType<typeof compileProjection> | null,
    write: (rows: Record<string, unknown>[]) => Promise<void>,
    progress: { objectCount: number; rootObjectCount: number; stopped: Stopped | null },
    deadline: number,
  ): Promise<void> {
    // The replica reads the export when it has replayed every write acknowledged before the
    // export started (docs/scaling.md); else, and on PGlite, the primary.
    const source = db.replica && (await db.replica.caughtUp(EXPORT_REPLICA_WAIT_MS)) ? db.replica.standby : db;
    const readInSnapshot = source.readInSnapshot;
    if (readInSnapshot && compiled && 'projection' in compiled) {
      const outcome = await readInSnapshot(
        (read) => {
          const client = tenantPrisma(
            source.prisma,
            ctx.viewer.organizationId,
            { visibility: ctx.visibility, viewer: ctx.viewer },
            read,
          );
          return runPages(op, { ...ctx, prisma: client }, plan, compiled, write, progress, deadline, true, true);
        },
        // Every page joins its few hundred deals to their accounts and owners. At the default
        // cost (4) PostgreSQL hashes the whole account table for each page; priced as the
        // cached, index-friendly reads they are, the joins probe primary keys: about 3x faster
        // a page (docs/benchmarks.md). Only the planner's choice changes, never the rows.
        { randomPageCost: EXPORT_RANDOM_PAGE_COST },
      );
      if (outcome === 'done') return;
      logger.info({ operationId: op.id }, 'bulk operation: first page not projected; running it through GraphQL');
    }
    // One snapshot for every page: REPEATABLE READ makes the pages read the database as it was
    // at the first one, so a deal moved or changed during the export is neither skipped nor
    // exported twice.
    const prisma =
      source === db
        ? ctx.prisma
        : tenantPrisma(source.prisma, ctx.viewer.organizationId, { visibility: ctx.visibility, viewer: ctx.viewer });
    await prisma.$transaction(
      (tx) =>
        runPages(
          op,
          { ...ctx, prisma: tx as unknown as Context['prisma'] },
          plan,
          null,
          write,
          progress,
          deadline,
          true,
        ),
      { isolationLevel: 'RepeatableRead', timeout: settings.maxRuntimeMs + 60_000, maxWait: 30_000 },
    );
  }

  async function run(operationId: number): Promise<void> {
    const op = await loadOperation(db, operationId);
    if (!op || !(await markRunning(db, op, new Date()))) return;
    const deadline = Date.now() + settings.maxRuntimeMs;
    const caller = await rebuildCaller(db, op);
    if (!caller.ok) {
      logger.warn({ operationId, reason: caller.reason }, 'bulk operation refused: its caller lost access');
      await markFailed(db, op, 'ACCESS_DENIED');
      return;
    }
    const plan = planBulkQuery(schema, op.query);
    if ('userErrors' in plan) {
      await markFailed(db, op, 'QUERY_FAILED');
      return;
    }
    await mkdir(settings.workDir, { recursive: true });
    const file = localPath(op);
    const writer = await openExportFile({
      format: op.format,
      columns: exportColumns(schema, plan.document),
      path: file,
    });
    const progress = { objectCount: 0, rootObjectCount: 0, stopped: null as Stopped | null };
    // Counts and heartbeat on a timer, outside the snapshot transaction, so that pollers see them
    // at once and a cancel (or an interrupted mark by another process) stops the job.
    const beat = async () => {
      const { objectCount, rootObjectCount } = progress;
      const running = await recordProgress(db, op, { objectCount, rootObjectCount }).catch(() => true);
      if (!running) progress.stopped ??= new Stopped('CANCELED');
    };
    const timer = setInterval(() => void beat(), settings.progressIntervalMs);
    timer.unref();
    const ctx: Context = {
      ...buildContext(db, caller.viewer, caller.organization, `bulk-operation-${op.id}`, caller.visibility),
      bulkExport: true,
    };
    const write = (rows: Record<string, unknown>[]) => writer.write(rows);
    try {
      const compiled = settings.fastPath ? compileProjection(plan, ctx.viewer.scopes) : null;
      const work = async () => {
        if (db.kind === 'postgres') return runOnPostgres(op, ctx, plan, compiled, write, progress, deadline);
        await runPages(op, ctx, plan, compiled, write, progress, deadline, false);
      };
      // Under row-level security as the organization, as a request is (db/row-security.ts).
      const organizationWork = () => asOrganization(op.organizationId, work);
      await (db.gate ? db.gate.begin(op.organizationId).run(organizationWork) : organizationWork());
      clearInterval(timer);
      const { bytes } = await writer.finish();
      const key = fileKeyOf(op);
      try {
        await storage.put(key, file, EXPORT_CONTENT_TYPES[op.format]);
      } catch (error) {
        logger.error({ err: error, operationId }, 'bulk operation file could not be stored');
        await writer.abort().catch(() => {});
        await markFailed(db, op, 'STORAGE_FAILED');
        return;
      }
      const done = await markCompleted(db, op, {
        objectCount: progress.objectCount,
        rootObjectCount: progress.rootObjectCount,
        fileSize: bytes,
        fileKey: key,
        urlExpiresAt: new Date(Date.now() + settings.urlTtlMs),
      });
      // Canceled (or marked interrupted) while the file was being stored: the file goes too.
      if (!done) await storage.remove(key);
    } catch (error) {
      clearInterval(timer);
      await writer.abort().catch(() => {});
      const stopped = error instanceof Stopped ? error.code : null;
      if (stopped === 'CANCELED') return;
      const code: BulkOperationErrorCode = stopped ?? (isStatementCancelled(error) ? 'TIMEOUT' : 'QUERY_FAILED');
      if (!(error instanceof Stopped)) logger.error({ err: error, operationId }, 'bulk operation failed');
      await markFailed(db, op, code);
    }
  }

  async function maintain(now = new Date()) {
    // The dead process's partial files (when this process shares its work folder) are deleted
    // before the FAILED mark commits: whoever reads an operation FAILED (INTERRUPTED) finds its
    // partial file gone already.
    const interrupted = await failInterrupted(db, new Date(now.getTime() - settings.staleAfterMs), async (ops) => {
      for (const op of ops) {
        logger.warn({ operationId: op.id }, 'bulk operation interrupted: its job stopped sending heartbeats');
        await rm(localPath(op), { force: true }).catch((error: unknown) => {
          logger.error({ err: error, operationId: op.id }, 'partial file of an interrupted bulk operation not deleted');
        });
      }
    });
    const expired = await expiredFiles(db, now);
    for (const op of expired) {
      await storage.remove(op.fileKey as string);
      await forgetFile(db, op);
    }
    return { interrupted: interrupted.length, expired: expired.length };
  }

  return { run, maintain };
}

export interface BulkWorker {
  runner: BulkRunner;
  stop(): Promise<void>;
}

/**
 * Registers this process as a worker of bulk operations: the `bulk-export` queue (one export at
 * a time per process), and the maintenance job, scheduled every minute across all processes and
 * run once at start (which is when a restarted process finds the operations its predecessor left).
 */
export async function startBulkWorker(
  db: Database,
  options: { storage?: ExportStorage; settings?: Partial<BulkSettings> } = {},
): Promise<BulkWorker> {
  const runner = createBulkRunner(db, options);
  const queue = await jobQueue(db);
  await queue.ensureQueue(BULK_EXPORT_QUEUE);
  await queue.ensureQueue(BULK_MAINTENANCE_QUEUE);
  await runner.maintain();
  const workers = [
    await queue.boss.work<{ operationId: number }>(BULK_EXPORT_QUEUE, { batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await runner.run(job.data.operationId);
    }),
    await queue.boss.work(BULK_MAINTENANCE_QUEUE, async () => {
      await runner.maintain();
    }),
  ];
  await queue.boss.schedule(BULK_MAINTENANCE_QUEUE, '* * * * *');
  return {
    runner,
    async stop() {
      for (const id of workers) await queue.boss.offWork({ id } as never).catch(() => {});
    },
  };
}
