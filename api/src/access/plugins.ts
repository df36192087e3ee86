// The server's guards as yoga plugins, each a `useX(options)` factory with an exported options
// type, in the style of graphql-yoga's own plugins:
// - useAuthentication: refuses a request without a valid credential (401) before it is parsed;
// - useOperationLimits: depth, aliases, tokens and directives (GraphQL Armor), field suggestions;
// - useOperationCost: computed cost, per-caller leaky-bucket budget (429 + Retry-After), and the
//   Shopify-shaped `extensions.cost` on every response;
// - useCsrfPrevention: the CSRF header rule, for requests without a bearer credential;
// - useTrustedDocuments: persisted operations; first-party callers (JWT) may send only those.

import { createHash } from 'node:crypto';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { type DocumentNode, type ExecutionResult, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isStatementCancelled, STATEMENT_TIMEOUT_MESSAGE } from '../db/session.js';
import type { Context } from '../shared/context.js';
import { logger } from '../shared/logger.js';
import { rateLimitRefusals } from '../shared/metrics.js';
import { requestIdOf } from '../shared/request-id.js';
import { looksLikeApiKey } from './api-keys.js';
import { type AuthenticationOutcome, type Authenticator, bearerToken } from './authenticate.js';
import { actualCost, type CostWeights, DEFAULT_COST_WEIGHTS, type RequestedCost, requestedCosts } from './cost.js';
import { nestingDepth } from './nesting.js';
import type { CostBucketStore, LeakyBucket } from './rate-limit.js';

/** Closed set of request-level error codes (`extensions.code`), beside the user-error codes. */
export const REQUEST_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'THROTTLED',
  'PERSISTED_QUERY_REQUIRED',
  'PERSISTED_QUERY_NOT_FOUND',
  'REQUEST_ENTITY_TOO_LARGE',
  'TIMEOUT',
  'INTERNAL',
] as const;

// ---------------------------------------------------------------- authentication

export interface AuthenticationPluginOptions {
  authenticator: Authenticator;
}

export interface AuthenticationPlugin extends Plugin {
  /** The outcome for a request that passed the plugin (null when it was not seen). */
  outcomeFor(request: Request): Authenticated | null;
}

type Authenticated = Extract<AuthenticationOutcome, { ok: true }>;

export function useAuthentication({ authenticator }: AuthenticationPluginOptions): AuthenticationPlugin {
  const outcomes = new WeakMap<Request, Authenticated>();
  return {
    outcomeFor: (request) => outcomes.get(request) ?? null,
    async onRequest({ request, endResponse, fetchAPI }) {
      // CORS preflights carry no credentials by design; yoga's CORS plugin answers them earlier.
      if (request.method === 'OPTIONS') return;
      let outcome: AuthenticationOutcome;
      try {
        outcome = await authenticator.authenticate(request);
      } catch (error) {
        // The credential store is unreachable: masked like any unexpected error. A lookup
        // cancelled at its statement deadline is said as such (the database is overloaded).
        const requestId = requestIdOf(request);
        const timedOut = isStatementCancelled(error);
        if (timedOut) logger.warn({ err: error, requestId }, 'authentication cancelled at its deadline');
        else logger.error({ err: error, requestId }, 'authentication failed');
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                timedOut
                  ? { message: STATEMENT_TIMEOUT_MESSAGE, extensions: { code: 'TIMEOUT', requestId } }
                  : {
                      message: 'Unexpected error; quote the requestId when reporting it.',
                      extensions: { code: 'INTERNAL', requestId },
                    },
              ],
            }),
            { status: timedOut ? 503 : 500, headers: { 'content-type': 'application/json; charset=utf-8' } },
          ),
        );
        return;
      }
      if (outcome.ok) {
        outcomes.set(request, outcome);
        return;
      }
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: outcome.message, extensions: { code: 'UNAUTHENTICATED' } }] }),
          {
            status: 401,
            headers: {
              'content-type': 'application/json; charset=utf-8',
              'www-authenticate': `Bearer realm="coxswain", error="${outcome.error}"`,
            },
          },
        ),
      );
    },
  };
}

// ---------------------------------------------------------------- CSRF

export interface CsrfPreventionOptions {
  /** Headers of which one must be present on a request a browser sends without a preflight. */
  requestHeaders?: string[];
}

/**
 * CSRF protects credentials a browser attaches on its own (cookies, cached Basic credentials): a
 * request it could send cross-site without a preflight (a GET, a form post) must carry one of
 * `requestHeaders` (403 otherwise), which a cross-site page cannot set without a preflight.
 * A request carrying `Authorization: Bearer` is exempt: no browser attaches a bearer token on its
 * own, and a page that sets the header has passed a CORS preflight, so such a request is the
 * caller's own. This lets GraphQL clients send queries as GET with their defaults (urql).
 */
export function useCsrfPrevention(options: CsrfPreventionOptions = {}): Plugin {
  const rule = useCSRFPrevention(options);
  return {
    onRequestParse(payload) {
      if (bearerToken(payload.request) !== null) return;
      return rule.onRequestParse?.(payload);
    },
  };
}

// ---------------------------------------------------------------- static limits

export interface OperationLimitsOptions {
  /** Deepest field nesting (fragments do not add levels; introspection is exempt). */
  maxDepth: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Lexical tokens per document (checked while parsing). */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Deepest nesting of brackets (`[`, `{`, `(`) in the document text, checked before parsing. */
  maxNesting: number;
  /** Suggest field names in validation errors ("Did you mean ...?"); off in production. */
  fieldSuggestions: boolean;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimitsOptions = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
  maxNesting: 100,
  fieldSuggestions: true,
};

const limitRejections = new WeakSet<GraphQLError>();

/** Whether an error is one of useOperationLimits' refusals. */
export function isLimitRejection(error: unknown): boolean {
  return error instanceof Error && limitRejections.has(error as GraphQLError);
}

export function useOperationLimits(options: OperationLimitsOptions): Plugin {
  const onReject = [(_ctx: unknown, error: GraphQLError) => void limitRejections.add(error)];
  return {
    onPluginInit({ addPlugin }) {
      const armor = [
        maxDepthPlugin({ n: options.maxDepth, flattenFragments: true, onReject }),
        maxAliasesPlugin({ n: options.maxAliases, onReject }),
        maxTokensPlugin({ n: options.maxTokens, onReject }),
        maxDirectivesPlugin({ n: options.maxDirectives, onReject }),
        options.fieldSuggestions ? null : blockFieldSuggestionsPlugin(),
      ];
      for (const plugin of armor) if (plugin) addPlugin(plugin as Plugin);
    },
    // Before the parser, whose recursion a deeply nested literal overflows (access/nesting.ts).
    onParse({ params }) {
      const text = typeof params.source === 'string' ? params.source : params.source.body;
      const depth = nestingDepth(text);
      if (depth > options.maxNesting) {
        const error = new GraphQLError(
          `Brackets nest ${depth} deep; at most ${options.maxNesting} levels of [ { ( are accepted.`,
          { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
        );
        limitRejections.add(error);
        throw error;
      }
    },
  };
}

// ---------------------------------------------------------------- error codes

/** extensions.code of the request-level errors yoga raises with only an HTTP status. */
const CODE_OF_STATUS: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'REQUEST_ENTITY_TOO_LARGE',
  429: 'THROTTLED',
};

function isGraphQLErrorLike(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * The error with our code and status. `legacy200`: a GraphQL request error on a well-formed
 * request (parse, validation, variable coercion), which GraphQL over HTTP answers 200 under the
 * legacy `application/json` and 400 under `application/graphql-response+json` (yoga's `spec` flag
 * does that choice).
 */
function withCode(error: GraphQLError, code: string, status: number | undefined, legacy200 = false): GraphQLError {
  const http = (error.extensions?.http as { status?: number; headers?: Record<string, string> } | undefined) ?? {};
  const coded = new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...error.extensions,
      code,
      ...(status || http.status
        ? { http: { headers: http.headers, status: status ?? http.status, ...(legacy200 ? { spec: true } : {}) } }
        : {}),
    },
  });
  if (legacy200) legacyStatusErrors.add(coded);
  return coded;
}

/** Errors withCode flagged for 200 under application/json, told apart from yoga's own `spec` flag. */
const legacyStatusErrors = new WeakSet<GraphQLError>();

/**
 * Puts a request-level error in the closed set of codes (REQUEST_ERROR_CODES) with a 4xx status:
 * limit refusals become QUERY_TOO_COMPLEX (400 under either media type: a refusal of ours, not a
 * GraphQL error), graphql-js' parse, validation and variable-coercion errors BAD_REQUEST (400, or
 * 200 under `application/json`), and yoga's malformed-request errors BAD_REQUEST (400). Errors
 * with a path (raised while resolving a field) and errors that already carry one of our codes are
 * returned unchanged.
 */
export function normalizeRequestError(error: GraphQLError): GraphQLError {
  if (legacyStatusErrors.has(error)) return error;
  if (isLimitRejection(error) || isLimitRejection(error.originalError))
    return withCode(error, 'QUERY_TOO_COMPLEX', 400);
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')
    return withCode(error, 'BAD_REQUEST', 400, true);
  const http = error.extensions?.http as { status?: number; spec?: boolean } | undefined;
  // yoga flags a request that is not a well-formed GraphQL request (bad JSON, no query) with
  // `spec`, meaning 200 for application/json; GraphQL over HTTP asks 400 for it under either
  // media type, so the flag is dropped and the 400 kept.
  if (code) return http?.spec ? withCode(error, String(code), undefined) : error;
  const status = http?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return withCode(error, CODE_OF_STATUS[status] ?? 'BAD_REQUEST', status);
  }
  // Left: graphql-js' variable coercion errors (no code, no path), a GraphQL request error.
  return error.path ? error : withCode(error, 'BAD_REQUEST', 400, true);
}

/**
 * Normalizes the errors of results that were not thrown (yoga returns validation errors as a
 * result), so every request-level error reaches the client with a closed code and a 4xx status.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || typeof result !== 'object' || Symbol.asyncIterator in result || Array.isArray(result)) return;
      const single = result as ExecutionResult;
      if (!single.errors?.length) return;
      setResult({
        ...single,
        errors: single.errors.map((e) => (isGraphQLErrorLike(e) ? normalizeRequestError(e) : e)),
      });
    },
  };
}

// ---------------------------------------------------------------- input hygiene

// A plain loop: it visits every value of every request's variables (tens of thousands in a
// 2,000-row ingestion call), where Object.entries would allocate a pair per key.
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value == null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const v of value) if (hasNul(v, depth + 1)) return true;
    return false;
  }
  for (const k of Object.keys(value)) {
    if (k.includes('\u0000') || hasNul((value as Record<string, unknown>)[k], depth + 1)) return true;
  }
  return false;
}

/** Whether a document's string literals hold NUL, by document: yoga's parser cache reuses them. */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  let found = nulInDocument.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
    nulInDocument.set(document, found);
  }
  return found;
}

/**
 * Refuses NUL characters in any string input (PostgreSQL text cannot hold them, so they would
 * otherwise surface as an unexpected database error): BAD_REQUEST before execution.
 */
export function useInputHygiene(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (hasNul(args.variableValues) || documentHasNul(args.document)) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError('Strings must not contain NUL (\\u0000) characters.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}

// ---------------------------------------------------------------- cost and budget

export interface OperationCostOptions {
  /** Highest requested cost of one operation; above it the operation is refused unrun. */
  maxQueryCost: number;
  /** The per-caller budget; false computes and reports cost without limiting. */
  bucket: LeakyBucket | false;
  /** Where buckets live (memory or Redis); required when `bucket` is set. */
  store?: CostBucketStore;
  weights?: CostWeights;
  /** Bucket of a request (default: organization and principal). */
  keyFor?: (context: Context) => string;
}

export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

function throttleStatus(bucket: LeakyBucket, available: number): NonNullable<CostExtension['throttleStatus']> {
  return {
    maximumAvailable: bucket.maximumAvailable,
    currentlyAvailable: Math.floor(available),
    restoreRate: bucket.restoreRate,
  };
}

function withCost(result: ExecutionResult, cost: CostExtension): ExecutionResult {
  return { ...result, extensions: { ...result.extensions, cost } };
}

/** The requested cost of each operation being executed, by its context, as useOperationCost computed it. */
const costByContext = new WeakMap<Context, RequestedCost>();

/**
 * The requested cost useOperationCost computed for the operation of `context` (undefined when it
 * did not run): read by the database share (access/database-share.ts) when execution starts.
 */
export function requestedCostOf(context: Context): RequestedCost | undefined {
  return costByContext.get(context);
}

export function useOperationCost(options: OperationCostOptions): Plugin<Context> {
  const weights = options.weights ?? DEFAULT_COST_WEIGHTS;
  const { bucket, store } = options;
  if (bucket && !store) throw new Error('useOperationCost: a bucket needs a store');
  if (bucket && options.maxQueryCost > bucket.maximumAvailable) {
    throw new Error('useOperationCost: maxQueryCost cannot exceed the bucket size');
  }
  const keyFor = options.keyFor ?? ((ctx: Context) => `${ctx.viewer.organizationId}:${ctx.viewer.principal}`);
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const input = {
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null | undefined,
        weights,
      };
      const costs = requestedCosts(input);
      costByContext.set(args.contextValue, costs);
      const requested = costs.total;
      if (requested > options.maxQueryCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query cost ${requested} exceeds the maximum of ${options.maxQueryCost} per operation; ask for smaller pages or fewer fields.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  cost: { requestedQueryCost: requested, maxQueryCost: options.maxQueryCost },
                  http: { status: 400 },
                },
              },
            ),
          ],
          extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null } satisfies CostExtension },
        });
        return;
      }
      const key = bucket ? keyFor(args.contextValue) : '';
      let available = 0;
      if (bucket && store) {
        const taken = await store.take(key, requested, bucket);
        available = taken.available;
        if (!taken.allowed) {
          rateLimitRefusals.inc({ reason: 'cost_budget' });
          const retryAfter = Math.max(1, Math.ceil((requested - taken.available) / bucket.restoreRate));
          const cost: CostExtension = {
            requestedQueryCost: requested,
            actualQueryCost: null,
            throttleStatus: throttleStatus(bucket, taken.available),
          };
          setResultAndStopExecution({
            errors: [
              new GraphQLError(
                `Throttled: this operation costs ${requested} and ${Math.floor(taken.available)} is available; retry in ${retryAfter} s.`,
                {
                  extensions: {
                    code: 'THROTTLED',
                    cost,
                    http: { status: 429, headers: { 'Retry-After': String(retryAfter) } },
                  },
                },
              ),
            ],
            extensions: { cost },
          });
          return;
        }
      }
      return {
        async onExecuteDone({ result, setResult }) {
          if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
          const executed = result as ExecutionResult;
          const actual = Math.min(requested, actualCost(input, executed.data));
          const cost: CostExtension = { requestedQueryCost: requested, actualQueryCost: actual };
          if (bucket && store) {
            const refund = requested - actual;
            available = refund > 0 ? await store.refund(key, refund, bucket) : available;
            cost.throttleStatus = throttleStatus(bucket, available);
          }
          setResult(withCost(executed, cost));
        },
      };
    },
  };
}

// ---------------------------------------------------------------- trusted documents

export interface DocumentCacheLimits {
  /** Most documents kept; the least recently used goes first. */
  maxEntries: number;
  /** Most bytes of document text kept, all documents together (UTF-8). */
  maxBytes: number;
}

/**
 * The automatic-persisted-query store: document texts by key, least recently used first out,
 * bounded in count and in bytes so that no caller can grow it past its limits. A document larger
 * than the whole budget is not kept.
 */
export class DocumentCache {
  private readonly texts = new Map<string, string>();
  private bytes = 0;

  constructor(readonly limits: DocumentCacheLimits) {}

  get size(): number {
    return this.texts.size;
  }

  get(key: string): string | undefined {
    const text = this.texts.get(key);
    if (text !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.texts.delete(key);
      this.texts.set(key, text);
    }
    return text;
  }

  set(key: string, text: string): void {
    const size = Buffer.byteLength(text);
    if (size > this.limits.maxBytes) return;
    this.delete(key);
    this.texts.set(key, text);
    this.bytes += size;
    for (const oldest of this.texts.keys()) {
      if (this.texts.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const text = this.texts.get(key);
    if (text === undefined) return;
    this.texts.delete(key);
    this.bytes -= Buffer.byteLength(text);
  }
}

export interface AutomaticPersistedQueriesOptions {
  cache: DocumentCache;
  /**
   * The partition of the cache a request reads and writes (its organization), so that no tenant
   * can learn from a hit which documents another one sends; null: the cache is not used.
   */
  scopeOf: (request: Request) => string | null;
}

export interface TrustedDocumentsOptions {
  /** sha256 hash -> document, e.g. GraphQL Codegen's persisted-documents.json. */
  documents: ReadonlyMap<string, string> | Record<string, string>;
  /**
   * Who may also send documents that are not in the list. Default: API keys (partners, BI,
   * services); first-party apps, which authenticate users with JWTs, are persisted-only.
   */
  allowArbitraryOperations?: (request: Request) => boolean;
  /**
   * Automatic persisted queries (Apollo's protocol) for the callers who may send arbitrary
   * documents: a hash outside the list is looked up in the cache, and a query sent with its hash
   * is cached once it has parsed and validated. Without it, a hash outside the list is unknown.
   */
  automatic?: AutomaticPersistedQueriesOptions;
}

function persistedHashOf(params: { extensions?: Record<string, unknown> }): string | null {
  const persisted = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

export function useTrustedDocuments(options: TrustedDocumentsOptions): Plugin {
  const documents = options.documents instanceof Map ? options.documents : new Map(Object.entries(options.documents));
  const allow = options.allowArbitraryOperations ?? ((request: Request) => looksLikeApiKey(bearerToken(request) ?? ''));
  const { automatic } = options;
  const cacheKey = (request: Request, hash: string) => {
    const scope = automatic && allow(request) ? automatic.scopeOf(request) : null;
    return scope === null ? null : `${scope}:${hash}`;
  };
  /** Documents sent with their hash, by request context: cached once they validate. */
  const registering = new WeakMap<object, { key: string; query: string }>();
  const persisted = usePersistedOperations({
    getPersistedOperation: (hash, request) => {
      const listed = documents.get(hash);
      if (listed !== undefined) return listed;
      const key = cacheKey(request, hash);
      return key === null ? null : (automatic?.cache.get(key) ?? null);
    },
    allowArbitraryOperations: (request) => allow(request),
    customErrors: {
      persistedQueryOnly: {
        message: 'Only persisted operations are accepted from this client; send extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Send a query or extensions.persistedQuery { version: 1, sha256Hash }.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
      notFound: {
        // Apollo Server's answer, word for word: persisted-query links (Apollo Client, urql)
        // recognise it by this message or code and send the document with its hash.
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
    },
  }) as Plugin;
  if (!automatic) return persisted;
  return {
    onPluginInit({ addPlugin }) {
      addPlugin({
        onParams({ params, request, context }) {
          const hash = persistedHashOf(params);
          if (hash === null || typeof params.query !== 'string') return;
          const key = cacheKey(request, hash);
          if (key === null) return;
          if (createHash('sha256').update(params.query).digest('hex') !== hash) {
            throw new GraphQLError('extensions.persistedQuery.sha256Hash is not the sha256 of the query.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          registering.set(context, { key, query: params.query });
        },
        // Only a document that parsed and passed validation (with the depth, alias and directive
        // limits) is kept: junk cannot fill the cache. Cost is computed at every execution.
        onValidate({ context }) {
          const pending = registering.get(context);
          if (!pending) return;
          return ({ valid }) => {
            if (valid) automatic.cache.set(pending.key, pending.query);
          };
        },
      });
      addPlugin(persisted);
    },
  };
}
