// The Coxswain client: one typed method per operation of the library (generated), over fetch,
// with authentication, timeouts, typed errors, safe retries and the cost of every response.

import { type BulkExport, type BulkExportOptions, bulkExport } from './bulk.js';
import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
  HttpError,
  NetworkError,
  RateLimitError,
  type UserErrorEntry,
  UserErrorsError,
} from './errors.js';
import { IDEMPOTENT_MUTATIONS, RETRY_SAFE_OPERATIONS } from './generated/operations.js';
import { getSdk, type Sdk } from './generated/sdk.js';

/** Shopify-shaped cost report the server puts in `extensions.cost`. */
export interface QueryCost {
  requestedQueryCost?: number;
  actualQueryCost?: number;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

/** What the client learned from one HTTP exchange. */
export interface ResponseInfo {
  operationName: string;
  status: number;
  attempts: number;
  cost: QueryCost | null;
  extensions: Record<string, unknown> | null;
}

export interface ClientOptions {
  /** GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** API key (partners, BI): sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** JWT (frontend users): sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** fetch implementation (default: globalThis.fetch). */
  fetch?: typeof fetch;
  /** Retries of retry-safe operations on 429, 503 and network errors (default 2). */
  retries?: number;
  /** Per-attempt timeout in ms (default 30,000). */
  timeoutMs?: number;
  /** First backoff in ms, doubled each retry, with jitter; Retry-After wins when longer (default 250). */
  backoffMs?: number;
  /** Throw UserErrorsError when a mutation payload has userErrors (default true). */
  throwOnUserErrors?: boolean;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Called after every response, e.g. to watch the cost budget. */
  onResponse?: (info: ResponseInfo) => void;
  /**
   * Operation name -> sha256 of its persisted document (`persistedDocumentHashes`): the library's
   * operations are then sent as `extensions.persistedQuery` hashes instead of their text, as a
   * server in trusted-documents mode requires from first-party apps. `request(text)` still sends
   * text.
   */
  persistedDocuments?: Readonly<Record<string, string>>;
}

/** Per-call options: the last argument of every method. */
export interface CallOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

type LowerFirst<S extends string> = S extends `${infer H}${infer T}` ? `${Lowercase<H>}${T}` : S;

/** Methods named after the operations, lower-camel-cased: `client.reps(...)`, `client.upsertAccounts(...)`. */
export type Operations = { [K in keyof Sdk as LowerFirst<K & string>]: Sdk[K] };

export interface CoxswainClient extends Operations {
  /** Sends any operation text, for documents outside the library. */
  request<TData, TVariables = Record<string, unknown>>(
    document: string,
    variables?: TVariables,
    options?: CallOptions,
  ): Promise<TData>;
  /**
   * Exports the whole result of a connection query as a file (NDJSON, CSV or Parquet): the server
   * runs it as a background job outside the cost budget; this submits it, polls its progress and
   * returns the finished file as a stream. Throws BulkOperationError when it fails or is canceled.
   */
  bulkExport(options: BulkExportOptions): Promise<BulkExport>;
  /** What the last response said (cost, status, attempts). */
  readonly lastResponse: ResponseInfo | null;
}

const OPERATION_NAME = /\b(query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
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

function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Seconds a Retry-After header asks for: delta-seconds, or an HTTP-date (RFC 9110 §10.2.3) counted
 * from now; null when absent, unreadable or already past.
 */
export function retryAfterSeconds(value: string | null, now: number = Date.now()): number | null {
  if (value == null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return seconds > 0 ? seconds : null;
  }
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  const seconds = (date - now) / 1000;
  return seconds > 0 ? seconds : null;
}

/** userErrors of each top-level payload, so a refused mutation cannot pass silently. */
function collectUserErrors(data: unknown): UserErrorEntry[] {
  if (!data || typeof data !== 'object') return [];
  return Object.values(data as Record<string, unknown>).flatMap((payload) =>
    payload && typeof payload === 'object' && Array.isArray((payload as { userErrors?: unknown }).userErrors)
      ? ((payload as { userErrors: UserErrorEntry[] }).userErrors ?? [])
      : [],
  );
}

export function createClient(options: ClientOptions): CoxswainClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = options.retries ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const backoffMs = options.backoffMs ?? 250;
  const credential = options.apiKey ?? options.token;
  let lastResponse: ResponseInfo | null = null;

  async function request<TData, TVariables>(
    document: string,
    variables?: TVariables,
    call?: CallOptions,
    fromLibrary = false,
  ): Promise<TData> {
    const match = OPERATION_NAME.exec(document);
    const operationName = match?.[2] ?? 'anonymous';
    const isMutation = match?.[1] === 'mutation';
    let vars = variables as Record<string, unknown> | undefined;
    // A create retried after a lost response must not run twice: give it a key up front.
    if (IDEMPOTENT_MUTATIONS.has(operationName) && vars?.input && typeof vars.input === 'object') {
      const input = vars.input as Record<string, unknown>;
      if (input.idempotencyKey == null) vars = { ...vars, input: { ...input, idempotencyKey: newIdempotencyKey() } };
    }
    const retrySafe = !isMutation || RETRY_SAFE_OPERATIONS.has(operationName);
    // A library operation in persisted mode goes as its hash; the server holds the same print.
    const hash = fromLibrary ? options.persistedDocuments?.[operationName] : undefined;
    const body = JSON.stringify(
      hash
        ? { operationName, variables: vars, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : { query: document, variables: vars, operationName: match ? operationName : undefined },
    );
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options.headers,
      ...call?.headers,
    };
    if (credential) headers.authorization = `Bearer ${credential}`;

    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = call?.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
      let response: Response;
      try {
        response = await doFetch(options.url, { method: 'POST', headers, body, signal });
      } catch (error) {
        if (call?.signal?.aborted) throw error;
        if (retrySafe && attempt <= retries) {
          await sleep(backoff(attempt, null), call?.signal);
          continue;
        }
        throw new NetworkError(
          timeout.aborted ? `timed out after ${timeoutMs} ms` : String((error as Error).message),
          error,
        );
      }
      const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
      if ((response.status === 429 || response.status === 503) && retrySafe && attempt <= retries) {
        await response.body?.cancel();
        await sleep(backoff(attempt, retryAfter), call?.signal);
        continue;
      }
      const text = await response.text();
      let json: { data?: TData; errors?: GraphQLErrorEntry[]; extensions?: Record<string, unknown> } | null = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      lastResponse = {
        operationName,
        status: response.status,
        attempts: attempt,
        cost: (json?.extensions?.cost as QueryCost | undefined) ?? null,
        extensions: json?.extensions ?? null,
      };
      options.onResponse?.(lastResponse);
      if (response.status === 429) {
        throw new RateLimitError(429, json?.errors?.[0]?.message ?? 'rate limited', retryAfter);
      }
      if (json?.errors?.length) throw new GraphQLRequestError(json.errors, json.data ?? null);
      if (!json || !('data' in json)) {
        throw new HttpError(response.status, `HTTP ${response.status} without a GraphQL result`, retryAfter);
      }
      if (options.throwOnUserErrors !== false) {
        const userErrors = collectUserErrors(json.data);
        if (userErrors.length) throw new UserErrorsError(userErrors, json.data);
      }
      return json.data as TData;
    }
  }

  function backoff(attempt: number, retryAfter: number | null): number {
    const exponential = backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
    return Math.max(exponential, (retryAfter ?? 0) * 1000);
  }

  const sdk = getSdk<CallOptions>((doc, vars, call) => request(doc, vars, call, true));
  const methods = Object.fromEntries(
    Object.entries(sdk).map(([name, fn]) => [name.charAt(0).toLowerCase() + name.slice(1), fn]),
  ) as Operations;
  const client = Object.assign(methods, {
    request: <TData, TVariables>(document: string, variables?: TVariables, call?: CallOptions) =>
      request<TData, TVariables>(document, variables, call),
    bulkExport: (bulk: BulkExportOptions) =>
      bulkExport(
        {
          request: <TData>(document: string, variables: Record<string, unknown>, call?: CallOptions) =>
            request<TData, Record<string, unknown>>(document, variables, call),
          url: options.url,
          fetch: doFetch,
        },
        bulk,
      ),
  }) as CoxswainClient;
  Object.defineProperty(client, 'lastResponse', { get: () => lastResponse, enumerable: true });
  return client;
}
