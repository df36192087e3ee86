// The process's default export storage (configured from the environment) and the signed download
// link of a finished operation, signed by the storage of the server that answers the request:
// the one its download route serves from and its bulk worker writes to (api/src/main.ts).
import type { BulkOperation } from '../generated/prisma/client.js';
import type { Context } from '../shared/context.js';
import { type ExportStorage, exportStorageFromEnv } from './storage.js';

let storage: ExportStorage | undefined;

/** The storage the environment configures, one instance per process (servers and workers default to it). */
export function exportStorage(): ExportStorage {
  storage ??= exportStorageFromEnv();
  return storage;
}

/**
 * A signed, expiring link to the operation's file; null until COMPLETED and after expiry. Signed
 * by the request's server's storage (`ctx.exports`); a context built outside a server (a job, a
 * script) has none and uses the environment's.
 */
export async function downloadUrl(
  op: Pick<BulkOperation, 'status' | 'fileKey' | 'urlExpiresAt'>,
  ctx: Pick<Context, 'exports' | 'baseUrl'>,
  now = new Date(),
): Promise<string | null> {
  if (op.status !== 'COMPLETED' || !op.fileKey || !op.urlExpiresAt || op.urlExpiresAt <= now) return null;
  return (ctx.exports ?? exportStorage()).signedUrl(op.fileKey, op.urlExpiresAt, ctx.baseUrl ?? 'http://127.0.0.1');
}
