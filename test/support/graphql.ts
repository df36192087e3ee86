// Runs GraphQL operations against the real server stack (yoga, authentication, limits, context,
// schema) with an in-process fetch, or over HTTP on a loopback port when `listen` is asked for.
//
// Credentials: the server accepts no anonymous request, so on its first request the client mints
// an admin API key (through the API-key service) for the organization named by COXSWAIN_ORG (its
// slug), else the first organization, and sends it as `Authorization: Bearer ...`. A request
// whose `headers` include `authorization` sends only the headers given. When the key stops working
// (the test reset the database), a new one is minted once and the request retried.
//
// Cost: test clients report cost in `extensions.cost` but have no budget and no per-operation
// maximum, so suites that send many or large operations are not throttled; suites that test
// limits pass `security` (see api/src/access/config.ts).
import { issueApiKey } from '../../api/src/access/api-keys.js';
import type { SecurityOverrides } from '../../api/src/access/config.js';
import type { ExportStorage } from '../../api/src/bulk/storage.js';
import type { Database } from '../../api/src/db/database.js';
import type { GraphiQLPageOptions } from '../../api/src/graphiql/page.js';
import { type CoxswainServer, createServer } from '../../api/src/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface TestClient {
  server: CoxswainServer;
  /** Base URL when listening over HTTP. */
  url?: string;
  /**
   * Sends one operation; `headers` are added to the request. With an `authorization` header
   * among them, the minted admin key is not sent.
   */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like request, but throws when the response has errors, and returns data. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The admin API key the client sends (minted on first use); null without an organization. */
  adminKey(): Promise<string | null>;
  close(): Promise<void>;
}

export interface TestClientOptions {
  listen?: boolean;
  graphiql?: boolean | GraphiQLPageOptions;
  /** Security settings for this server (default: no budget and no per-operation cost maximum). */
  security?: SecurityOverrides;
  /** The server's store of bulk export files (default: the environment's). */
  exports?: ExportStorage;
}

export const TEST_CLIENT_SECURITY: SecurityOverrides = {
  cost: { bucket: false, maxQueryCost: Number.MAX_SAFE_INTEGER },
};

async function mintAdminKey(db: Database): Promise<string | null> {
  const slug = process.env.COXSWAIN_ORG;
  const [org] = await db.sql.query<{ id: number }>(
    slug ? 'SELECT id FROM "Organization" WHERE slug = $1' : 'SELECT id FROM "Organization" ORDER BY id LIMIT 1',
    slug ? [slug] : [],
  );
  if (!org) return null;
  const key = await issueApiKey(db.sql, { organizationId: org.id, name: 'test client', scopes: ['admin'] });
  return key.token;
}

export async function createTestClient(
  db: Database,
  { listen = false, graphiql = false, security, exports }: TestClientOptions = {},
): Promise<TestClient> {
  const server = createServer({
    db,
    graphiql,
    exports,
    security: {
      ...TEST_CLIENT_SECURITY,
      ...security,
      cost: { ...TEST_CLIENT_SECURITY.cost, ...security?.cost },
    },
  });
  let url: string | undefined;
  if (listen) {
    const port = await server.listen(0);
    url = `http://127.0.0.1:${port}`;
  }
  let minted: Promise<string | null> | null = null;
  const adminKey = () => {
    minted ??= mintAdminKey(db).catch((error: unknown) => {
      minted = null;
      throw error;
    });
    return minted;
  };

  const send = async (
    query: string,
    variables: Record<string, unknown> | undefined,
    headers: Record<string, string>,
  ) => {
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    };
    const res = url
      ? await fetch(`${url}/graphql`, init)
      : await server.yoga.fetch('http://coxswain.test/graphql', init);
    return { status: res.status, body: (await res.json()) as GraphQLResponse<never> };
  };

  const request: TestClient['request'] = async (query, variables, headers = {}) => {
    const own = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
    if (own) return (await send(query, variables, headers)).body;
    const withKey = async () => {
      const key = await adminKey();
      return send(query, variables, key ? { ...headers, authorization: `Bearer ${key}` } : headers);
    };
    let res = await withKey();
    if (res.status === 401) {
      // The key is gone (the database was reset) or the organization appeared since: mint again.
      minted = null;
      res = await withKey();
    }
    return res.body;
  };

  return {
    server,
    url,
    request,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const res = await request<T>(query, variables);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
    adminKey,
    close: () => server.close(),
  };
}
