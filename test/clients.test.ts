// Third-party GraphQL clients against a live server on a loopback port, with their defaults:
// - the GraphQL-over-HTTP audits of the graphql-http package (every MUST and SHOULD);
// - CSRF: a bearer-token request passes as a GET without the CSRF header (urql's default), while
//   what a browser could send cross-site on its own (a simple GET, a form post) is refused, and
//   the rule still holds for credentials a browser attaches itself (a cookie);
// - automatic persisted queries with Apollo Client's PersistedQueryLink: a miss answers
//   PERSISTED_QUERY_NOT_FOUND, the link sends the text, and the next request is a hash alone;
// - the client matrix of sdk/README.md: every snippet marked `<!-- client-matrix: NAME -->` is
//   taken from the README as it is, written to a scratch directory and run (graphql-codegen's
//   client preset is run with the README's config, scalars map included, and its output
//   typechecked), and what each prints is checked against SQL over the same tables.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CodegenConfig, generate } from '@graphql-codegen/cli';
import { serverAudits } from 'graphql-http';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useCsrfPrevention } from '../api/src/access/plugins.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const root = path.resolve(import.meta.dirname, '..');

let db: TestDatabase;
let fx: CoreFixture;
let server: TestClient;
let endpoint: string;
let key: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 3);
  server = await createTestClient(db, { listen: true });
  endpoint = `${server.url}/graphql`;
  key = (await server.adminKey()) as string;
});
afterAll(async () => {
  await server?.close();
  await db?.destroy();
});

/** fetch with the admin key, as a client configured with it sends every request. */
const authorizedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${key}`);
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  // The audits are listed without a server (their functions call it); one test each.
  const audits = serverAudits({
    url: () => endpoint,
    fetchFn: (...args: Parameters<typeof fetch>) => authorizedFetch(...args),
  });
  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? result.reason : undefined).toBe('ok');
  });
});

describe('CSRF and bearer tokens', () => {
  const query = '{ organization { name } }';
  const get = (headers: Record<string, string>) => fetch(`${endpoint}?query=${encodeURIComponent(query)}`, { headers });

  it('serves a GET carrying a bearer token without the CSRF header (urql sends queries as GET)', async () => {
    const res = await get({ authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { organization: { name: 'Fixture Co' } }, extensions: expect.anything() });
  });

  it('refuses what a cross-site page can send on its own: a simple GET, a form post', async () => {
    // A browser sends these without a preflight and can attach only its own credentials
    // (cookies, cached Basic credentials), never a bearer token.
    const crossSite = { origin: 'https://evil.example', cookie: 'session=stolen' };
    const simpleGet = await get(crossSite);
    const formPost = await fetch(endpoint, {
      method: 'POST',
      headers: { ...crossSite, 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { revokeApiKey(input: { id: "x" }) { userErrors { code } } }')}`,
    });
    const basic = await get({ ...crossSite, authorization: 'Basic Zm9vOmJhcg==' });
    for (const res of [simpleGet, formPost, basic]) {
      expect(res.status).toBe(401);
      expect(((await res.json()) as { data?: unknown }).data).toBeUndefined();
    }
  });

  it('keeps the CSRF rule for a credential a browser sends on its own (a cookie)', () => {
    // No cookie credential exists today; the rule itself, as a server that had one would run it.
    const rule = useCsrfPrevention();
    const verdict = (init: RequestInit, query = '?query=%7B%20me%20%7D') => {
      try {
        rule.onRequestParse?.({ request: new Request(`http://coxswain.test/graphql${query}`, init) } as never);
        return 'passed';
      } catch (error) {
        const { message, extensions } = error as { message: string; extensions: { http: { status: number } } };
        return `${extensions.http.status} ${message}`;
      }
    };
    const cookie = { cookie: 'session=1' };
    const refused = '403 Required CSRF header(s) not present';
    expect(verdict({ headers: cookie })).toBe(refused);
    const form = { method: 'POST', body: 'query=%7B%20me%20%7D' };
    expect(verdict({ ...form, headers: { ...cookie, 'content-type': 'application/x-www-form-urlencoded' } }, '')).toBe(
      refused,
    );
    expect(verdict({ ...form, headers: { ...cookie, 'content-type': 'text/plain' } }, '')).toBe(refused);
    // A page's script that sets a header has passed a CORS preflight: the CSRF header, or a bearer token.
    expect(verdict({ headers: { ...cookie, 'x-graphql-yoga-csrf': '1' } })).toBe('passed');
    expect(verdict({ headers: { ...cookie, authorization: 'Bearer abc' } })).toBe('passed');
    expect(verdict({ headers: { ...cookie, authorization: 'Basic Zm9vOmJhcg==' } })).toBe(refused);
  });
});

// ---------------------------------------------------------------- the client matrix

/** The snippets of sdk/README.md, by the name of their `<!-- client-matrix: NAME -->` marker. */
function readmeSnippets(): Map<string, string> {
  const readme = readFileSync(path.join(root, 'sdk/README.md'), 'utf8');
  const snippets = new Map<string, string>();
  for (const m of readme.matchAll(/<!-- client-matrix: ([\w-]+) -->\n```tsx?\n([\s\S]*?)```/g)) {
    snippets.set(m[1] as string, m[2] as string);
  }
  return snippets;
}

interface Deal {
  name: string;
  amount: string;
  closeDate: string;
}

let scratch: string;

/** Runs a snippet as a module of the scratch directory; returns the deals it printed. */
async function run(file: string, code: string): Promise<Deal[]> {
  const target = path.join(scratch, file);
  writeFileSync(target, code);
  const printed: Deal[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((name, amount, closeDate) => {
    printed.push({ name, amount, closeDate });
  });
  try {
    await import(target);
  } finally {
    log.mockRestore();
  }
  return printed;
}

/** The organization's deals read with SQL, the first ten by id (the connections' order). */
async function dealsBySql(): Promise<Deal[]> {
  return db.sql.query<Deal>(
    `SELECT name, amount::text AS amount, to_char("closeDate", 'YYYY-MM-DD') AS "closeDate"
       FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY id LIMIT 10`,
    [fx.organizationId],
  );
}

/** Amounts compared as decimals: the API's text may have another number of decimals than SQL's. */
function expectSameDeals(printed: Deal[], expected: Deal[]) {
  expect(expected.length).toBeGreaterThan(0);
  expect(printed.map((d) => [d.name, d.closeDate])).toEqual(expected.map((d) => [d.name, d.closeDate]));
  for (const [i, deal] of printed.entries()) {
    expect(typeof deal.amount).toBe('string');
    expect(new Decimal(deal.amount).equals(new Decimal(expected[i]?.amount as string))).toBe(true);
  }
}

describe('client matrix (the snippets of sdk/README.md)', () => {
  const snippets = readmeSnippets();
  const requests: { method: string; body: string | null; status: number }[] = [];
  const realFetch = globalThis.fetch;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(root, 'test', '.client-matrix-'));
    process.env.COXSWAIN_URL = endpoint;
    process.env.COXSWAIN_API_KEY = key;
    // Every request the clients send, to see the methods and bodies their defaults produce.
    globalThis.fetch = async (input, init) => {
      const res = await realFetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/graphql') {
        const body = init?.body == null ? null : String(init.body);
        requests.push({ method: init?.method ?? 'GET', body, status: res.status });
      }
      return res;
    };
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    delete process.env.COXSWAIN_URL;
    delete process.env.COXSWAIN_API_KEY;
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('has every snippet the matrix promises', () => {
    expect([...snippets.keys()].sort()).toEqual(
      ['apollo', 'apollo-apq', 'codegen-app', 'codegen-config', 'graphql-request', 'urql'].sort(),
    );
  });

  it.each(['urql', 'apollo', 'graphql-request'])('%s, with its defaults, prints the deals', async (name) => {
    requests.length = 0;
    const printed = await run(`${name}.ts`, snippets.get(name) as string);
    expectSameDeals(printed, await dealsBySql());
    // urql sends queries as GET, the others POST; none sends a CSRF header.
    expect(requests.map((r) => r.method)).toEqual([name === 'urql' ? 'GET' : 'POST']);
  });

  it('apollo-apq: a miss answers PERSISTED_QUERY_NOT_FOUND, the link sends the text, then the hash alone', async () => {
    requests.length = 0;
    const printed = await run('apollo-apq.ts', snippets.get('apollo-apq') as string);
    const expected = await dealsBySql();
    expectSameDeals(printed.slice(0, expected.length), expected);
    expectSameDeals(printed.slice(expected.length), expected);
    const sent = requests.map((r) => {
      const body = JSON.parse(r.body ?? '{}');
      return {
        status: r.status,
        query: typeof body.query === 'string',
        hash: body.extensions?.persistedQuery?.sha256Hash,
      };
    });
    const hash = sent[0]?.hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sent).toEqual([
      { status: 400, query: false, hash },
      { status: 200, query: true, hash },
      { status: 200, query: false, hash },
    ]);
  });

  it('codegen-config and codegen-app: the client preset with the scalars map types Decimal and Date as string', async () => {
    const src = path.join(scratch, 'src');
    mkdirSync(src, { recursive: true });
    writeFileSync(path.join(src, 'deals.ts'), snippets.get('codegen-app') as string);
    writeFileSync(path.join(scratch, 'codegen.ts'), snippets.get('codegen-config') as string);
    const { default: config } = (await import(path.join(scratch, 'codegen.ts'))) as { default: CodegenConfig };
    await generate({ ...config, cwd: scratch, silent: true }, true);
    // The generated types: the scalars map is in them, and the app typechecks against them. A
    // copy that expects a number where a Decimal comes proves the check is not vacuous.
    const types = readFileSync(path.join(src, 'gql', 'graphql.ts'), 'utf8');
    expect(types).toMatch(/Decimal: \{ input: string; output: string; \}/);
    expect(types).toMatch(/Date: \{ input: string; output: string; \}/);
    const app = snippets.get('codegen-app') as string;
    const wrong = app.replace('const amount: string', 'const amount: number');
    expect(wrong).not.toBe(app);
    writeFileSync(path.join(src, 'wrong.ts'), wrong);
    const diagnostics = typecheck([path.join(src, 'deals.ts'), path.join(src, 'wrong.ts')]);
    expect(diagnostics).toEqual([{ file: 'wrong.ts', message: "Type 'string' is not assignable to type 'number'." }]);
    rmSync(path.join(src, 'wrong.ts'));
    requests.length = 0;
    const printed = await run('src/deals.ts', snippets.get('codegen-app') as string);
    expectSameDeals(printed, await dealsBySql());
  });
});

/** TypeScript's diagnostics for files of the scratch directory, under strict settings. */
function typecheck(files: string[]): { file: string | undefined; message: string }[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file && path.basename(d.file.fileName),
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}
