// Bookkeeping of bulk operations outside a request's tenant client: submission (a per-organization
// lock, the concurrency limit, the row and its job in one transaction, since pg-boss's executor
// needs raw SQL) and the job's own statements, which run before the organization is known (the
// job carries only the operation id). Every statement names the operation's organization or id.
import type { Database } from '../db/database.js';
import type { BulkOperation, BulkOperationErrorCode, Prisma } from '../generated/prisma/client.js';
import { jobQueue, transactionExecutor } from '../jobs/queue.js';

export type BulkOperationRow = BulkOperation;

/** The queue the exports run on. */
export const BULK_EXPORT_QUEUE = 'bulk-export';
/** The queue of the periodic clean-up (expired files, interrupted operations). */
export const BULK_MAINTENANCE_QUEUE = 'bulk-maintenance';

/** Operations CREATED or RUNNING at once per organization, unless COXSWAIN_BULK_MAX_CONCURRENT says otherwise. */
export const DEFAULT_MAX_CONCURRENT = 2;

export function maxConcurrentFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.COXSWAIN_BULK_MAX_CONCURRENT;
  if (raw == null || raw === '') return DEFAULT_MAX_CONCURRENT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`COXSWAIN_BULK_MAX_CONCURRENT must be a positive whole number, got ${raw}`);
  return n;
}

/** First key of the advisory lock that serialises an organization's submissions. */
const SUBMIT_LOCK = 0x62756c6b; // 'bulk'

export interface NewBulkOperation {
  organizationId: number;
  principal: string;
  apiKeyId: number | null;
  repId: number | null;
  scopes: string[];
  query: string;
  format: 'NDJSON' | 'CSV' | 'PARQUET';
}

export type SubmitOutcome = { ok: true; operation: BulkOperation } | { ok: false; running: number; limit: number };

/**
 * Inserts the operation and enqueues its job in one transaction, unless the organization already
 * has `limit` operations CREATED or RUNNING. Concurrent submissions of one organization take the
 * same transaction-scoped advisory lock first, so the count they check cannot be stale.
 */
export async function insertBulkOperation(
  db: Database,
  input: NewBulkOperation,
  limits: { concurrent: number; runtimeMs: number },
): Promise<SubmitOutcome> {
  const limit = limits.concurrent;
  const queue = await jobQueue(db);
  await queue.ensureQueue(BULK_EXPORT_QUEUE);
  return db.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SUBMIT_LOCK}::int, ${input.organizationId}::int)`;
    const running = await tx.bulkOperation.count({
      where: { organizationId: input.organizationId, status: { in: ['CREATED', 'RUNNING'] } },
    });
    if (running >= limit) return { ok: false as const, running, limit };
    const operation = await tx.bulkOperation.create({ data: input });
    // No retry: a job that fails or is interrupted ends its operation FAILED (runner.ts).
    await queue.boss.send(
      BULK_EXPORT_QUEUE,
      { operationId: operation.id },
      {
        db: transactionExecutor(tx as unknown as Prisma.TransactionClient & Parameters<typeof transactionExecutor>[0]),
        retryLimit: 0,
        expireInSeconds: Math.ceil(limits.runtimeMs / 1000) + 120,
      },
    );
    return { ok: true as const, operation };
  });
}

/** The operation a job works on, whatever its organization (the job knows only the id). */
export function loadOperation(db: Database, id: number): Promise<BulkOperation | null> {
  return db.prisma.bulkOperation.findUnique({ where: { id } });
}

/** CREATED -> RUNNING; false when it is no longer CREATED (canceled before it started). */
export async function markRunning(db: Database, op: BulkOperation, now: Date): Promise<boolean> {
  const { count } = await db.prisma.bulkOperation.updateMany({
    where: { id: op.id, organizationId: op.organizationId, status: 'CREATED' },
    data: { status: 'RUNNING', startedAt: now, heartbeatAt: now },
  });
  return count === 1;
}

/**
 * Progress and heartbeat of a RUNNING operation; false when it is no longer RUNNING (canceled,
 * or marked interrupted by another process), which tells the job to stop.
 */
export async function recordProgress(
  db: Database,
  op: BulkOperation,
  counts: { objectCount: number; rootObjectCount: number },
): Promise<boolean> {
  const { count } = await db.prisma.bulkOperation.updateMany({
    where: { id: op.id, organizationId: op.organizationId, status: 'RUNNING' },
    data: { ...counts, heartbeatAt: new Date() },
  });
  return count === 1;
}

export async function markCompleted(
  db: Database,
  op: BulkOperation,
  done: { objectCount: number; rootObjectCount: number; fileSize: number; fileKey: string; urlExpiresAt: Date },
): Promise<boolean> {
  const { count } = await db.prisma.bulkOperation.updateMany({
    where: { id: op.id, organizationId: op.organizationId, status: 'RUNNING' },
    data: { ...done, fileSize: BigInt(done.fileSize), status: 'COMPLETED', completedAt: new Date() },
  });
  return count === 1;
}

export async function markFailed(db: Database, op: BulkOperation, errorCode: BulkOperationErrorCode): Promise<void> {
  await db.prisma.bulkOperation.updateMany({
    where: { id: op.id, organizationId: op.organizationId, status: { in: ['CREATED', 'RUNNING'] } },
    data: { status: 'FAILED', errorCode, completedAt: new Date() },
  });
}

/**
 * RUNNING operations whose job has not been heard of since `staleBefore`: their process died.
 * Marked FAILED (INTERRUPTED) and returned. `beforeCommit` (which removes their partial files)
 * runs inside the transaction of the mark, so no reader sees an operation FAILED while its
 * partial file is still there; the rows stay locked meanwhile, so a job that was only late
 * learns it was interrupted at its next heartbeat, after the commit.
 */
export async function failInterrupted(
  db: Database,
  staleBefore: Date,
  beforeCommit: (operations: BulkOperation[]) => Promise<void> = async () => {},
): Promise<BulkOperation[]> {
  return db.prisma.$transaction(
    async (tx) => {
      const operations = await tx.bulkOperation.updateManyAndReturn({
        where: { status: 'RUNNING', heartbeatAt: { lt: staleBefore } },
        data: { status: 'FAILED', errorCode: 'INTERRUPTED', completedAt: new Date() },
      });
      if (operations.length) await beforeCommit(operations);
      return operations;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** COMPLETED operations whose download has expired and whose file is still stored. */
export function expiredFiles(db: Database, now: Date): Promise<BulkOperation[]> {
  return db.prisma.bulkOperation.findMany({
    where: { status: 'COMPLETED', urlExpiresAt: { lt: now }, fileKey: { not: null } },
    take: 500,
  });
}

export async function forgetFile(db: Database, op: BulkOperation): Promise<void> {
  await db.prisma.bulkOperation.updateMany({
    where: { id: op.id, organizationId: op.organizationId },
    data: { fileKey: null },
  });
}
