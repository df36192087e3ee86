// The process's export storage (bulkfiles' ExportStorage, configured from the environment) and
// the signed download link of a finished operation.
import type { BulkOperation } from '../generated/prisma/client.js';
import { type ExportStorage, exportStorageFromEnv } from './storage.js';

let storage: ExportStorage | undefined;

/** The storage every bulk operation of this process writes to and links from. */
export function exportStorage(): ExportStorage {
  storage ??= exportStorageFromEnv();
  return storage;
}

/** A signed, expiring link to the operation's file; null until COMPLETED and after expiry. */
export async function downloadUrl(
  op: Pick<BulkOperation, 'status' | 'fileKey' | 'urlExpiresAt'>,
  baseUrl: string,
  now = new Date(),
): Promise<string | null> {
  if (op.status !== 'COMPLETED' || !op.fileKey || !op.urlExpiresAt || op.urlExpiresAt <= now) return null;
  return exportStorage().signedUrl(op.fileKey, op.urlExpiresAt, baseUrl);
}
