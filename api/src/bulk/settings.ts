// Settings of bulk operations, from the environment (docs/bulk-operations.md lists them).
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BulkSettings {
  /** Root nodes per page. */
  pageSize: number;
  /** Longest an operation may run, in milliseconds: past it the job fails with TIMEOUT. */
  maxRuntimeMs: number;
  /** How often a running job records its counts and heartbeat. */
  progressIntervalMs: number;
  /** A RUNNING operation whose heartbeat is older than this was interrupted. */
  staleAfterMs: number;
  /** How long a finished file can be downloaded. */
  urlTtlMs: number;
  /** Where files are written before they are stored. */
  workDir: string;
  /**
   * Serialise the reader's rows with the compiled projection when the document allows it
   * (bulk/projection.ts); false executes every page through GraphQL (the benchmark compares both).
   */
  fastPath: boolean;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw == null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw == null || raw === '') return fallback;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  throw new Error(`${name} must be on or off, got ${raw}`);
}

/** Settings from COXSWAIN_BULK_* (docs/bulk-operations.md lists them with their defaults). */
export function bulkSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): BulkSettings {
  return {
    pageSize: positive(env, 'COXSWAIN_BULK_PAGE_SIZE', 500),
    maxRuntimeMs: positive(env, 'COXSWAIN_BULK_MAX_RUNTIME_MS', 30 * 60_000),
    progressIntervalMs: positive(env, 'COXSWAIN_BULK_PROGRESS_INTERVAL_MS', 1_000),
    staleAfterMs: positive(env, 'COXSWAIN_BULK_STALE_MS', 60_000),
    urlTtlMs: positive(env, 'COXSWAIN_BULK_URL_TTL_MS', 7 * 86_400_000),
    workDir: env.COXSWAIN_BULK_WORK_DIR || path.join(tmpdir(), 'coxswain-bulk'),
    fastPath: onOff(env, 'COXSWAIN_BULK_FAST_PATH', true),
  };
}
