// Bulk exports: the whole result of one connection query as a file, run by the server as a
// background job outside the per-request cost budget (Shopify's bulk operations). bulkExport
// submits the query, follows the operation until it ends, and hands back the file as a stream.
import { BulkOperationError, HttpError, NetworkError, type UserErrorEntry, UserErrorsError } from './errors.js';

/** File format of an export: NDJSON (one JSON object per root node), CSV, or Parquet. */
export type BulkExportFormat = 'ndjson' | 'csv' | 'parquet';

/** Where a bulk operation stands, as the server reports it. */
export type BulkOperationStatus = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELED';

/** A bulk operation as the server describes it. */
export interface BulkOperationInfo {
  id: string;
  status: BulkOperationStatus;
  format: 'NDJSON' | 'CSV' | 'PARQUET';
  /** Objects written so far (root nodes and the objects nested under them). */
  objectCount: number;
  /** Root nodes written so far. */
  rootObjectCount: number;
  /** Size of the finished file in bytes. */
  fileSize: number | null;
  errorCode: string | null;
  createdAt: string;
  completedAt: string | null;
  /** Signed download URL, set once COMPLETED; it expires at urlExpiresAt. */
  url: string | null;
  urlExpiresAt: string | null;
}

/** Progress of a running export, reported after every poll. */
export interface BulkExportProgress {
  status: BulkOperationStatus;
  objectCount: number;
  rootObjectCount: number;
}

export interface BulkExportOptions {
  /** A query document whose root is one connection, e.g. `{ opportunities { edges { node { id name } } } }`. */
  query: string;
  /** File format (default `ndjson`). */
  format?: BulkExportFormat;
  /** Called after every poll while the export runs. */
  onProgress?: (progress: BulkExportProgress) => void;
  /** Time between polls in ms (default 1,000). */
  pollIntervalMs?: number;
  /** Aborting cancels the operation on the server (bulkOperationCancel) and rejects. */
  signal?: AbortSignal;
}

/** A finished export: the operation, and its file as a stream of bytes. */
export interface BulkExport {
  operation: BulkOperationInfo;
  /**
   * The file, downloaded from the operation's signed URL. In Node, `Readable.fromWeb(stream)`
   * makes it a Node stream.
   */
  stream: ReadableStream<Uint8Array>;
}

const OPERATION_FIELDS = `id status format objectCount rootObjectCount fileSize errorCode createdAt completedAt url urlExpiresAt`;

const RUN_QUERY = `mutation BulkOperationRunQuery($input: BulkOperationRunQueryInput!) {
  bulkOperationRunQuery(input: $input) { bulkOperation { ${OPERATION_FIELDS} } userErrors { code message field } }
}`;
const POLL = `query BulkOperation($id: ID!) { bulkOperation(id: $id) { ${OPERATION_FIELDS} } }`;
const CANCEL = `mutation BulkOperationCancel($input: BulkOperationCancelInput!) {
  bulkOperationCancel(input: $input) { bulkOperation { id status } userErrors { code message field } }
}`;

/** What bulkExport needs of the client: its request function, endpoint and fetch. */
export interface BulkTransport {
  request<TData>(document: string, variables: Record<string, unknown>, call?: { signal?: AbortSignal }): Promise<TData>;
  url: string;
  fetch: typeof fetch;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function bulkExport(transport: BulkTransport, options: BulkExportOptions): Promise<BulkExport> {
  const { signal } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const format = (options.format ?? 'ndjson').toUpperCase();
  const { bulkOperationRunQuery: run } = await transport.request<{
    bulkOperationRunQuery: { bulkOperation: BulkOperationInfo | null; userErrors: UserErrorEntry[] };
  }>(RUN_QUERY, { input: { query: options.query, format } }, { signal });
  // A document the server cannot run, or too many running exports (also with throwOnUserErrors off).
  if (run.userErrors.length) throw new UserErrorsError(run.userErrors, run);
  let operation = run.bulkOperation;
  if (!operation) throw new BulkOperationError('the server accepted the export but returned no operation', null, null);
  const id = operation.id;
  try {
    while (operation.status === 'CREATED' || operation.status === 'RUNNING') {
      await wait(pollIntervalMs, signal);
      const { bulkOperation } = await transport.request<{ bulkOperation: BulkOperationInfo | null }>(
        POLL,
        { id },
        { signal },
      );
      if (!bulkOperation) throw new BulkOperationError(`bulk operation ${id} is gone`, id, null);
      operation = bulkOperation;
      options.onProgress?.({
        status: operation.status,
        objectCount: operation.objectCount,
        rootObjectCount: operation.rootObjectCount,
      });
    }
  } catch (error) {
    // Stop the job the caller no longer waits for; the abort reason is what the caller sees.
    if (signal?.aborted) await transport.request(CANCEL, { input: { id } }).catch(() => undefined);
    throw error;
  }
  if (operation.status !== 'COMPLETED' || !operation.url) {
    throw new BulkOperationError(
      `bulk operation ${id} ended ${operation.status}${operation.errorCode ? ` (${operation.errorCode})` : ''}`,
      id,
      operation.errorCode,
      operation.status,
    );
  }
  // The URL is signed: it carries its own authorization (a presigned object-store URL would
  // refuse a second one), so no credential is sent with it.
  let response: Response;
  try {
    response = await transport.fetch(new URL(operation.url, transport.url), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(String((error as Error).message), error);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new HttpError(response.status, `download of bulk operation ${id} failed: HTTP ${response.status}`);
  }
  return { operation, stream: response.body };
}
