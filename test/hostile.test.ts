// Hostile input: over a thousand generated malformed or oversized requests (bad JSON, wrong
// variable types, huge strings and lists, unknown enum values, SQL-like and NUL-laden strings,
// malformed IDs, query bombs, garbage mutation input, wrong methods and credentials). Each must
// get a client-class answer (4xx, or a GraphQL error whose code is not INTERNAL; inputs that are
// valid, such as SQL-like search text, may also succeed), the server must keep answering, and the
// database must be unchanged, row for row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 12);
  token = (await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'hostile', scopes: ['admin'] })).token;
  // Production limits, with a budget too large to throttle this suite (throttling is tested elsewhere).
  client = await createTestClient(db, {
    listen: true,
    security: {
      cost: { maxQueryCost: 1000, bucket: { maximumAvailable: 10_000_000, restoreRate: 10_000_000 } },
      maxRequestBytes: 1_000_000,
    },
  });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  kind: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** true: must be refused (4xx or errors); false: may also succeed. */
  refused: boolean;
}

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

function generateCases(): Case[] {
  const r = rng(20261122);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const cases: Case[] = [];
  const add = (kind: string, body: string, refused = true, extra: Partial<Case> = {}) =>
    cases.push({ kind, body, refused, ...extra });
  const valid = json('query($first: Int) { reps(first: $first) { edges { node { name } } } }', { first: 3 });

  // Bad JSON: truncations, garbage bytes, wrong shapes.
  for (let i = 0; i < 150; i++) add('bad-json', valid.slice(0, Math.floor(r() * (valid.length - 1))));
  for (let i = 0; i < 50; i++) {
    add(
      'garbage',
      Array.from({ length: 1 + Math.floor(r() * 200) }, () => String.fromCharCode(Math.floor(r() * 0x2fff))).join(''),
    );
  }
  for (const shape of [
    'null',
    '[]',
    '"x"',
    '42',
    '{}',
    '{"query":123}',
    '{"query":"{","variables":"x"}',
    '{"query":null}',
    '{"variables":{}}',
    '{"query":["a"]}',
  ]) {
    for (let i = 0; i < 5; i++) add('wrong-shape', shape);
  }

  // Wrong variable types.
  const typed = [
    [
      'query($first: Int) { reps(first: $first) { totalCount } }',
      'first',
      ['abc', 1.5, true, {}, [], 2 ** 40, '1', -(2 ** 40)],
    ],
    ['query($id: ID!) { node(id: $id) { id } }', 'id', [123.4, {}, [], true, null]],
    [
      'query($m: Decimal) { opportunities(first: 1, filter: { minAmount: $m }) { totalCount } }',
      'm',
      [1.5, '1e400', 'abc', '1'.repeat(40), {}, true],
    ],
    [
      'query($d: Date) { opportunities(first: 1, filter: { closeDateFrom: $d }) { totalCount } }',
      'd',
      ['2026-13-45', '2026-02-30', 20260101, 'yesterday', '', {}],
    ],
    [
      'query($f: RepFilter) { reps(first: 1, filter: $f) { totalCount } }',
      'f',
      // (`{ roles: 'AE' }` is valid: GraphQL coerces a single value to a one-element list.)
      ['x', 1, [1], { region: 5 }, { roles: 5 }, { active: 'yes' }, { nope: 1 }],
    ],
  ] as const;
  for (let i = 0; i < 200; i++) {
    const [q, name, values] = pick(typed);
    add('variable-type', json(q, { [name]: pick(values as readonly unknown[]) }));
  }

  // Unknown enum values, in literals and variables.
  for (let i = 0; i < 100; i++) {
    const bad = pick(['NOPE', 'ae', 'DROP_TABLE', 'CLOSED_WON_', '__proto__', 'constructor', 'A'.repeat(300)]);
    if (r() < 0.5) add('enum', json(`{ reps(first: 1, filter: { roles: [${bad}] }) { totalCount } }`));
    else
      add(
        'enum',
        json('query($s: [OpportunityStage!]) { opportunities(first: 1, filter: { stages: $s }) { totalCount } }', {
          s: [bad],
        }),
      );
  }

  // SQL-like and otherwise nasty strings in filters: valid input, must never break anything.
  const nasty = [
    "' OR 1=1 --",
    '"; DROP TABLE "Rep"; --',
    '\'); DELETE FROM "Opportunity"; --',
    '%',
    '_',
    '\\',
    '%%_\\%',
    '$1',
    '#{x}',
    '<script>',
    '😀'.repeat(50),
    'ᚠ'.repeat(100),
  ];
  for (let i = 0; i < 150; i++) {
    const s = pick(nasty) + (r() < 0.3 ? pick(nasty) : '');
    const which = Math.floor(r() * 3);
    if (which === 0)
      add(
        'sql-like',
        json('query($s: String) { reps(first: 5, filter: { search: $s }) { totalCount } }', { s }),
        false,
      );
    else if (which === 1)
      add(
        'sql-like',
        json('query($s: String) { accounts(first: 5, filter: { search: $s, region: $s }) { totalCount } }', { s }),
        false,
      );
    else
      add(
        'sql-like-id',
        json('query($s: ID) { opportunities(first: 1, filter: { ownerId: $s }) { totalCount } }', { s }),
      );
  }
  for (let i = 0; i < 30; i++)
    add(
      'nul',
      json('query($s: String) { reps(first: 1, filter: { search: $s }) { totalCount } }', { s: `a\u0000${i}` }),
    );

  // Huge strings and lists.
  for (let i = 0; i < 40; i++) {
    add(
      'huge-string',
      json('query($s: String) { products(first: 1, filter: { search: $s }) { totalCount } }', {
        s: 'x'.repeat(50_000 + Math.floor(r() * 400_000)),
      }),
      false,
    );
  }
  for (let i = 0; i < 5; i++) add('oversize-body', json('{ organization { name } }', { pad: 'y'.repeat(1_100_000) }));
  for (let i = 0; i < 30; i++) {
    const n = 1000 + Math.floor(r() * 20_000);
    if (r() < 0.5)
      add(
        'huge-list',
        json('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
          ids: Array.from({ length: n }, (_, k) => toGlobalId('Rep', k + 1)),
        }),
      );
    else
      add(
        'huge-list',
        json('query($r: [RepRole!]) { reps(first: 1, filter: { roles: $r }) { totalCount } }', {
          r: Array(n).fill('AE'),
        }),
        false,
      );
  }

  // Malformed IDs and page sizes.
  for (let i = 0; i < 60; i++) {
    const id = pick([
      'x',
      '',
      Buffer.from('Rep:-1').toString('base64'),
      Buffer.from('Rep:1e999').toString('base64'),
      Buffer.from('Opportunity:abc').toString('base64'),
      Buffer.from(`Account:${'9'.repeat(40)}`).toString('base64'),
      Buffer.from('__proto__:1').toString('base64'),
      '='.repeat(100),
      'A'.repeat(5000),
    ]);
    add('bad-id', json('query($id: ID!) { reps(first: 1, filter: { managerId: $id }) { totalCount } }', { id }));
  }
  for (let i = 0; i < 40; i++) {
    add(
      'page-size',
      json('query($n: Int) { accounts(first: $n) { totalCount } }', {
        n: pick([-1, 101, 1000, 2 ** 31 - 1, -(2 ** 31)]),
      }),
    );
  }

  // Query bombs.
  for (let i = 0; i < 20; i++)
    add(
      'deep',
      json(`{ reps(first: 1) { edges { node { ${'manager { '.repeat(20 + i)}name${' }'.repeat(20 + i)} } } } }`),
    );
  for (let i = 0; i < 20; i++)
    add(
      'aliases',
      json(`{ ${Array.from({ length: 40 + i * 10 }, (_, k) => `a${k}: organization { name }`).join(' ')} }`),
    );
  for (let i = 0; i < 10; i++)
    add('directives', json(`{ organization { name ${'@skip(if: false) '.repeat(60 + i)} } }`));
  for (let i = 0; i < 10; i++) add('tokens', json(`{ organization { ${'name '.repeat(6000 + i)} } }`));
  for (let i = 0; i < 20; i++)
    add(
      'cost',
      json('{ reps(first: 100) { edges { node { directReports { directReports { directReports { name } } } } } } }'),
    );
  for (let i = 0; i < 10; i++) {
    add(
      'fragment-cycle',
      json(
        'query { organization { ...A } } fragment A on Organization { name ...B } fragment B on Organization { ...A }',
      ),
    );
  }

  // Mutations with garbage input: refused, nothing written.
  const mutation =
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code } } }';
  for (let i = 0; i < 60; i++) {
    add(
      'mutation',
      json(
        mutation,
        pick([
          { input: { name: 'n'.repeat(101 + i), scopes: ['ADMIN'] } },
          { input: { name: 'x', scopes: [] } },
          { input: { name: 'x', scopes: ['NOT_A_SCOPE'] } },
          { input: { name: 'x', scopes: ['ADMIN'], repId: "' OR 1=1" } },
          { input: { name: 'x', scopes: ['ADMIN'], expiresAt: '1999-01-01T00:00:00Z' } },
          { input: { name: 'x', scopes: ['ADMIN'], expiresAt: 'tomorrow' } },
          { input: { name: null, scopes: ['ADMIN'] } },
          { input: 'x' },
          {},
        ]),
      ),
    );
  }
  for (let i = 0; i < 20; i++) {
    add(
      'mutation',
      json('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }', {
        id: pick(['x', toGlobalId('Rep', 1), toGlobalId('ApiKey', 999_999)]),
      }),
    );
  }
  for (let i = 0; i < 10; i++) {
    cases.push({
      kind: 'mutation-via-get',
      method: 'GET',
      refused: true,
      headers: { 'x-graphql-yoga-csrf': '1' },
      body: `mutation { revokeApiKey(input: { id: "x" }) { userErrors { code } } }`,
    });
  }

  // Wrong methods, content types and credentials.
  for (const method of ['PUT', 'DELETE', 'PATCH'])
    for (let i = 0; i < 10; i++) cases.push({ kind: 'method', method, body: valid, refused: true });
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
  ]) {
    for (let i = 0; i < 8; i++)
      cases.push({ kind: 'content-type', body: valid, headers: { 'content-type': type }, refused: true });
  }
  for (const auth of [
    '',
    'Bearer',
    'Bearer x.y.z',
    `Bearer ${'cxs_'.padEnd(60, 'A')}`,
    'Basic Zm9vOmJhcg==',
    `Bearer ${'a'.repeat(5000)}`,
  ]) {
    for (let i = 0; i < 5; i++)
      cases.push({ kind: 'auth', body: valid, headers: { authorization: auth }, refused: true });
  }
  return cases;
}

async function send(c: Case, overHttp: boolean) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...c.headers };
  const method = c.method ?? 'POST';
  const init: RequestInit = method === 'GET' ? { method, headers } : { method, headers, body: c.body };
  const path = method === 'GET' ? `/graphql?query=${encodeURIComponent(c.body ?? '')}` : '/graphql';
  const res = overHttp
    ? await fetch(`${client.url}${path}`, init)
    : await client.server.yoga.fetch(`http://coxswain.test${path}`, init);
  const text = await res.text();
  let body: GraphQLResponse | null = null;
  try {
    body = JSON.parse(text) as GraphQLResponse;
  } catch {
    body = null;
  }
  return { status: res.status, body, text };
}

/** Every table's rows, hashed (ApiKey without lastUsedAt, which a successful request updates). */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await db.sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const row = name === 'ApiKey' ? `(t.id, t.prefix, t."secretHash", t.scopes, t."revokedAt", t."expiresAt")` : 't';
    const [r] = await db.sql.query<{ n: number; h: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(${row}::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`,
    );
    out[name] = `${r?.n}:${r?.h}`;
  }
  return out;
}

describe('hostile input', () => {
  it('gets client-class answers for 1,000+ malformed requests, keeps serving, and changes nothing', async () => {
    const cases = generateCases();
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const before = await databaseFingerprint();
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        const c = cases[index] as Case;
        // Every tenth over loopback HTTP; oversize bodies in-process, since a server that refuses a
        // body early may reset the connection while the client is still sending it.
        const res = await send(c, index % 10 === 0 && c.kind !== 'oversize-body').catch((error) => {
          throw new Error(`#${index} ${c.kind} over HTTP: ${error}`, { cause: error });
        });
        const codes = res.body?.errors?.map((e) => e.extensions?.code) ?? [];
        const problem =
          res.status >= 500
            ? `status ${res.status}`
            : codes.includes('INTERNAL')
              ? 'INTERNAL error'
              : res.status !== 405 && res.status !== 404 && res.status !== 415 && !res.body
                ? `not JSON: ${res.text.slice(0, 80)}`
                : c.refused &&
                    res.status < 400 &&
                    !res.body?.errors?.length &&
                    !Object.values((res.body?.data ?? {}) as Record<string, { userErrors?: unknown[] } | null>).some(
                      (payload) => payload?.userErrors?.length,
                    )
                  ? 'accepted'
                  : null;
        if (problem)
          failures.push(
            `#${index} ${c.kind}: ${problem} ${res.status} ${JSON.stringify(c.headers ?? {})} ${(c.body ?? '').slice(0, 160)}`,
          );
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(failures).toEqual([]);
    expect([...kinds.keys()].length).toBeGreaterThan(20);
    // Still up and answering correctly.
    expect((await fetch(`${client.url}/healthz`)).status).toBe(200);
    const ok = await send({ kind: 'valid', body: json('{ reps(first: 100) { totalCount } }'), refused: false }, true);
    expect(ok.body?.data).toEqual({ reps: { totalCount: 6 } });
    expect(await databaseFingerprint()).toEqual(before);
  });
});
