// HTTP server: GraphQL (with GraphiQL) at /graphql, liveness at /healthz, readiness at /readyz,
// signed downloads of bulk export files at /exports/<key> (api/src/bulk/download.ts).
// The database is opened by the caller so that tests, the CLI and benchmarks share this code.
//
// Every GraphQL request passes, in order: CORS, authentication (401 before anything is parsed),
// the body-size limit (413), CSRF prevention (requests without a bearer token), persisted
// documents (trusted list, then automatic persisted queries), bracket nesting, parse with a
// token limit, validation with depth / alias / directive limits (and no introspection or field
// suggestions in production), input hygiene (no NUL characters), the cost limit and the
// caller's budget (429), then execution on a
// context whose Prisma client only reaches the caller's organization and visible rows. See
// docs/security.md.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator } from './access/authenticate.js';
import { resolveSecurityOptions, type SecurityOptions, type SecurityOverrides } from './access/config.js';
import { useDatabaseShare } from './access/database-share.js';
import {
  DocumentCache,
  isLimitRejection,
  normalizeRequestError,
  useAuthentication,
  useCsrfPrevention,
  useErrorCodes,
  useInputHygiene,
  useOperationCost,
  useOperationLimits,
  useTrustedDocuments,
} from './access/plugins.js';
import { type CostBucketStore, memoryBucketStore, redisBucketStore } from './access/rate-limit.js';
import { useReadReplica } from './access/read-replica.js';
import { DOWNLOAD_PREFIX, serveExportDownload } from './bulk/download.js';
import { exportStorage as environmentExportStorage } from './bulk/links.js';
import type { ExportStorage } from './bulk/storage.js';
import type { Database } from './db/database.js';
import { isStatementCancelled, STATEMENT_TIMEOUT_MESSAGE } from './db/session.js';
import { type GraphiQLPageOptions, renderGraphiQLPage } from './graphiql/page.js';
import { schema } from './schema.js';
import { buildContext, type Context } from './shared/context.js';
import { UserInputError } from './shared/errors.js';
import { logger } from './shared/logger.js';
import { requestIdOf } from './shared/request-id.js';
import { userInputGraphQLError } from './shared/user-error-plugin.js';

export interface ServerOptions {
  db: Database;
  /**
   * GraphiQL on GET /graphql (default on outside production); its settings turn it on with
   * other tabs or a pre-filled key (api/src/graphiql/page.ts).
   */
  graphiql?: boolean | GraphiQLPageOptions;
  /** Security settings over the environment's (docs/security.md); tests set limits and clocks here. */
  security?: SecurityOverrides;
  /**
   * Where bulk export files are stored, signed and served from (default: the environment's,
   * api/src/bulk/storage.ts); the bulk worker of the process must write to the same store.
   */
  exports?: ExportStorage;
}

export interface CoxswainServer {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  http: Server;
  /** The settings in force. */
  security: SecurityOptions;
  /** The store of bulk export files this server serves downloads from. */
  exports: ExportStorage;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting connections, lets in-flight requests finish, then closes. */
  close(): Promise<void>;
}

/**
 * GraphQLErrors are raised on purpose for the client (by graphql-js for parse, validation and
 * variable errors, by yoga for malformed requests, and by our services as user errors). Compared
 * by name, not instanceof: tsx can load graphql's CommonJS and ESM builds side by side, whose
 * classes differ.
 */
function isGraphQLErrorLike(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** Pothos rejects malformed cursors and arguments with this error class: the client's fault. */
function isPothosValidationError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'PothosValidationError';
}

/** The client-facing form of an error raised on purpose; null for an unexpected error. */
function expectedError(error: unknown): GraphQLError | null {
  if (error instanceof UserInputError) return userInputGraphQLError(error);
  if (!isGraphQLErrorLike(error)) return null;
  const original = error.originalError;
  if (original instanceof UserInputError) return userInputGraphQLError(original, error.path);
  if (isPothosValidationError(original)) {
    return new GraphQLError(original.message, { path: error.path, extensions: { code: 'INVALID' } });
  }
  // Raised on purpose for the client: by graphql-js, by yoga for a malformed request, by the
  // limits, or by our services.
  if (!original || isGraphQLErrorLike(original) || isLimitRejection(error) || error.extensions?.http) {
    return normalizeRequestError(error);
  }
  return null;
}

/** Unexpected: log the stack under the request's id, which the client can quote; send nothing internal. */
function internalError(error: unknown, requestId: string): GraphQLError {
  const cause = isGraphQLErrorLike(error) ? (error.originalError ?? error) : error;
  if (isStatementCancelled(cause)) {
    // Not a bug to hide: a statement ran past its deadline (statement_timeout) and the server
    // cancelled it; the client learns that its request was too heavy or the database too busy.
    logger.warn({ err: cause, requestId }, 'statement cancelled at its deadline');
    return new GraphQLError(STATEMENT_TIMEOUT_MESSAGE, {
      path: isGraphQLErrorLike(error) ? error.path : undefined,
      extensions: { code: 'TIMEOUT', requestId },
    });
  }
  logger.error({ err: cause, requestId }, 'unexpected error');
  return new GraphQLError('Unexpected error; quote the requestId when reporting it.', {
    path: isGraphQLErrorLike(error) ? error.path : undefined,
    extensions: { code: 'INTERNAL', requestId },
  });
}

/**
 * Execution errors are masked by useRequestId below, which knows the request; this catches what
 * fails outside execution (no request at hand, so a fresh id, logged the same way).
 */
function maskError(error: unknown): GraphQLError {
  return expectedError(error) ?? internalError(error, randomUUID());
}

/**
 * The request id (shared/request-id.ts) on the response's X-Request-Id and on every unexpected
 * error of the execution, masked here before yoga's own masking (which runs after the user
 * plugins and passes these on as errors raised on purpose).
 */
function useRequestId(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const { requestId } = args.contextValue;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          if (result.errors.every((e) => expectedError(e))) return;
          setResult({ ...result, errors: result.errors.map((e) => expectedError(e) ?? internalError(e, requestId)) });
        },
      };
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}

function bucketStore(security: SecurityOptions): CostBucketStore | undefined {
  const { cost } = security;
  if (!cost.bucket) return undefined;
  if (cost.store) return cost.store;
  return cost.redisUrl ? redisBucketStore({ url: cost.redisUrl, keyPrefix: cost.redisKeyPrefix }) : memoryBucketStore();
}

export function createServer({ db, graphiql, security: overrides, exports }: ServerOptions): CoxswainServer {
  const security = resolveSecurityOptions(overrides);
  const exportStorage = exports ?? environmentExportStorage();
  const authenticator = createAuthenticator(db, { jwt: security.jwt, now: security.now });
  const authentication = useAuthentication({ authenticator });
  const store = bucketStore(security);
  const ownsStore = store !== undefined && store !== security.cost.store;
  const plugins: Plugin<Context>[] = [
    useDatabaseShare(db.gate),
    useReadReplica(db.replica),
    useRequestId(),
    authentication as Plugin<Context>,
    useErrorCodes() as Plugin<Context>,
  ];
  if (security.csrf) plugins.push(useCsrfPrevention() as Plugin<Context>);
  // Without a list every caller may send any document. A hash outside the list is looked up in
  // the automatic-persisted-query cache of the caller's organization (callers who may send any
  // document only), else unknown: 400 PERSISTED_QUERY_NOT_FOUND, on which clients send the text.
  const automatic = security.automaticPersistedQueries
    ? {
        cache: new DocumentCache(security.automaticPersistedQueries),
        scopeOf: (request: Request) => {
          const outcome = authentication.outcomeFor(request);
          return outcome ? String(outcome.viewer.organizationId) : null;
        },
      }
    : undefined;
  const trusted = security.trustedDocuments
    ? useTrustedDocuments({ documents: security.trustedDocuments, automatic })
    : useTrustedDocuments({ documents: {}, allowArbitraryOperations: () => true, automatic });
  plugins.push(trusted as Plugin<Context>);
  plugins.push(useOperationLimits(security.limits) as Plugin<Context>, useInputHygiene() as Plugin<Context>);
  if (!security.introspection) plugins.push(useDisableIntrospection() as Plugin<Context>);
  plugins.push(useOperationCost({ maxQueryCost: security.cost.maxQueryCost, bucket: security.cost.bucket, store }));

  const graphiqlPage = typeof graphiql === 'object' ? graphiql : {};
  let graphiqlHtml: Promise<string> | undefined;

  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    graphiql: graphiql === undefined ? !security.production : graphiql !== false,
    // Built once per server, from the installed assets (no CDN).
    renderGraphiQL: () => {
      graphiqlHtml ??= renderGraphiQLPage(graphiqlPage, security.production);
      return graphiqlHtml;
    },
    logging: false,
    landingPage: false,
    cors: security.cors === false ? false : security.cors,
    maxRequestBodySize: security.maxRequestBytes,
    plugins,
    context: async ({ request }) => {
      // Authenticated by the plugin before parsing; a request that reached here without it
      // (a plugin ordering change) is authenticated again rather than trusted.
      const auth = authentication.outcomeFor(request) ?? (await authenticator.authenticate(request));
      if (!auth.ok) {
        throw new GraphQLError(auth.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      return {
        ...buildContext(db, auth.viewer, auth.organization, requestIdOf(request), auth.visibility),
        baseUrl: new URL(request.url).origin,
        exports: exportStorage,
      };
    },
    maskedErrors: { maskError },
  });

  // Set by close(): responses then ask the client to drop the connection, and readiness says
  // no, so keep-alive clients and load balancers move away while in-flight requests finish.
  let draining = false;
  const unanswered = new Set<ServerResponse>();
  const http = createHttpServer(async (req, res) => {
    const started = performance.now();
    const url = req.url ?? '/';
    if (draining) res.shouldKeepAlive = false;
    unanswered.add(res);
    res.on('close', () => unanswered.delete(res));
    if (url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (url === '/readyz') {
      if (draining) {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"not ready","server":"stopping"}');
        return;
      }
      // The replica's state is a detail: down or lagging, its reads go to the primary.
      const replica = db.replica ? { replica: db.replica.status() } : {};
      try {
        await db.sql.query('SELECT 1');
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'ready', database: 'up', ...replica }));
      } catch {
        res
          .writeHead(503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'not ready', database: 'down', ...replica }));
      }
      return;
    }
    // A download's query string is its credential: it stays out of the log.
    const download = url.startsWith(DOWNLOAD_PREFIX);
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          url: download ? url.split('?')[0] : url,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    if (download) {
      await serveExportDownload(req, res, exportStorage, security.now?.() ?? new Date());
      return;
    }
    await yoga(req, res);
  });
  // Idle keep-alive sockets outlive the clients' own idle timeouts (undici 4 s, load balancers
  // 60 s): when the server closed first, a client could send its next request on a socket being
  // closed and get a reset. headersTimeout must exceed keepAliveTimeout (Node's rule).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;

  return {
    yoga,
    http,
    security,
    exports: exportStorage,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async close() {
      draining = true;
      for (const res of unanswered) if (!res.headersSent) res.shouldKeepAlive = false;
      await new Promise<void>((resolve) => {
        // Busy keep-alive sockets close after their current response (Connection: close);
        // sockets that fall idle in between are closed as they do.
        const sweep = setInterval(() => http.closeIdleConnections(), 100);
        sweep.unref();
        http.close(() => {
          clearInterval(sweep);
          resolve();
        });
        http.closeIdleConnections();
      });
      if (ownsStore) await store?.close();
    },
  };
}
