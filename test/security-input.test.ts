// Malformed input that once reached an unexpected error (issue 23, items 6-9): each answer here
// is the documented client-class one (docs/security.md, Errors and Abuse limits), never INTERNAL.
// - IDs that decode but cannot name a row (wrong case, internal models, prototype keys, NaN, past
//   the integer column) are unknown IDs for node/nodes and user errors naming the field elsewhere;
// - a list or object literal nested thousands deep, which overflowed the parser's stack, is
//   refused before parsing with 400 QUERY_TOO_COMPLEX;
// - a body without a query is 400 under GraphQL over HTTP, whatever the Accept header;
// - period keys outside FY1970-FY2200 (FY0000 meant 1900) are refused naming the argument.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../api/src/shared/ids.js';
import { parseDateInput } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let adaId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 4);
  client = await createTestClient(db);
  const [ada] = await db.sql.query<{ id: number }>(
    `SELECT id FROM "Rep" WHERE "organizationId" = $1 AND name = 'Ada AE'`,
    [fx.organizationId],
  );
  adaId = ada?.id as number;
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** POSTs a raw body with the client's admin key; returns the status and the parsed answer. */
async function post(body: string, accept?: string): Promise<{ status: number; body: GraphQLResponse }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${await client.adminKey()}`,
  };
  if (accept) headers.accept = accept;
  const res = await client.server.yoga.fetch('http://coxswain.test/graphql', { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as GraphQLResponse };
}

const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('IDs that decode but name no row', () => {
  const malformed = () => [
    `rep:${adaId}`,
    `REP:${adaId}`,
    'Rep:NaN',
    'Rep:-1',
    'Rep:0',
    `Rep:0${adaId}`,
    `Rep:${adaId}abc`,
    'Rep:1e3',
    'Rep:2147483648',
    'Rep:9223372036854775808',
    `Rep:${'9'.repeat(40)}`,
    'AuditEvent:1',
    'IdempotencyRecord:1',
    'Organization:1',
    'Query:1',
    '__proto__:1',
    'constructor:1',
    'hasOwnProperty:1',
  ];

  it('answer null from node(id:) and nodes(ids:), beside a valid ID that still resolves', async () => {
    const valid = toGlobalId('Rep', adaId);
    for (const raw of malformed()) {
      const res = await client.request<{ node: unknown; nodes: unknown[] }>(
        'query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }',
        { id: b64(raw), ids: [b64(raw), valid] },
      );
      expect({ raw, errors: res.errors }).toEqual({ raw, errors: undefined });
      expect(res.data).toEqual({ node: null, nodes: [null, { id: valid }] });
    }
    // Not base64 of `Type:id` at all: unknown too.
    const garbage = await client.request('{ node(id: "%%%") { id } nodes(ids: ["x", ""]) { id } }');
    expect(garbage).toMatchObject({ data: { node: null, nodes: [null, null] } });
    expect(garbage.errors).toBeUndefined();
  });

  it('are user errors naming the field in filters and mutation inputs', async () => {
    for (const raw of malformed()) {
      const filter = await client.request(
        'query($id: ID) { reps(first: 1, filter: { managerId: $id }) { totalCount } }',
        {
          id: b64(raw),
        },
      );
      expect(filter.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
        ['INVALID', ['filter', 'managerId']],
      ]);
      const revoke = await client.request<{ revokeApiKey: { userErrors: { code: string; field: string[] }[] } }>(
        'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code field } } }',
        { id: b64(raw.replace(/^Rep:/, 'ApiKey:')) },
      );
      expect(revoke.errors).toBeUndefined();
      expect(revoke.data?.revokeApiKey.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'id'] }]);
    }
    const [keys] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "ApiKey" WHERE "revokedAt" IS NOT NULL',
    );
    expect(keys?.n).toBe(0);
  });
});

describe('cursors that decode but name no row', () => {
  // `GPC:` + a tagged value is the Prisma plugin's cursor; ours always carry a row id (N:<id>).
  const forged = ['GPC:N:NaN', 'GPC:N:2147483648', 'GPC:N:-1', 'GPC:N:1.5', 'GPC:S:x', 'GPC:J:[1]'];

  it('are user errors on a connection and on a nested paged list, never INTERNAL', async () => {
    const [own] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Account" WHERE "organizationId" = $1 AND "ownerId" = $2',
      [fx.organizationId, adaId],
    );
    for (const raw of forged) {
      const top = await client.request('query($c: String) { reps(first: 1, after: $c) { edges { node { id } } } }', {
        c: b64(raw),
      });
      expect({ raw, codes: codes(top) }).toEqual({ raw, codes: ['INVALID'] });
      const nested = await client.request(
        'query($id: ID!, $c: String) { node(id: $id) { ... on Rep { ownedAccounts(first: 1, after: $c) { edges { node { id } } } } } }',
        { id: toGlobalId('Rep', adaId), c: b64(raw) },
      );
      expect({ raw, codes: codes(nested) }).toEqual({ raw, codes: ['INVALID'] });
    }
    // A cursor the list gave out still pages.
    const page =
      'query($id: ID!, $c: String) { node(id: $id) { ... on Rep { ownedAccounts(first: 1, after: $c) { totalCount edges { cursor } } } } }';
    type Page = { node: { ownedAccounts: { totalCount: number; edges: { cursor: string }[] } } };
    const first = await client.request<Page>(page, { id: toGlobalId('Rep', adaId), c: null });
    const next = await client.request<Page>(page, {
      id: toGlobalId('Rep', adaId),
      c: first.data?.node.ownedAccounts.edges[0]?.cursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data?.node.ownedAccounts.totalCount).toBe(own?.n);
  });
});

describe('deeply nested documents', () => {
  it('refuses a 2,400-deep list literal (under the token limit) with 400 QUERY_TOO_COMPLEX before parsing', async () => {
    const deep = `{ reps(first: 1, filter: { roles: ${'['.repeat(2400)}AE${']'.repeat(2400)} }) { totalCount } }`;
    const res = await post(JSON.stringify({ query: deep }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(res.body.errors?.[0]?.message).toBe('Brackets nest 2403 deep; at most 100 levels of [ { ( are accepted.');
  });

  it('refuses a 1,200-deep input object literal the same way', async () => {
    const deep = `{ reps(first: 1, filter: ${'{ a: '.repeat(1200)}1${' }'.repeat(1200)}) { totalCount } }`;
    const res = await post(JSON.stringify({ query: deep }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts only structure: brackets in strings, block strings and comments do not nest', async () => {
    const text = '['.repeat(500);
    const res = await client.request<{ reps: { totalCount: number } }>(
      `{ reps(first: 1, filter: { search: "${text}" }) { totalCount } } # ${text}`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.reps.totalCount).toBe(0);
    const block = await client.request<{ reps: { totalCount: number } }>(
      `{ reps(first: 1, filter: { search: """${text} \\""" ${text}""" }) { totalCount } }`,
    );
    expect(block.errors).toBeUndefined();
    expect(block.data?.reps.totalCount).toBe(0);
  });

  it('accepts a document nested to the limit', async () => {
    // 100 levels: the selection set, the argument list, the filter object and 97 list levels.
    const list = `${'['.repeat(97)}AE${']'.repeat(97)}`;
    const res = await client.request<{ reps: { totalCount: number } }>(
      `{ reps(first: 1, filter: { roles: ${list} }) { totalCount } }`,
    );
    // Nested lists are not a [RepRole!]: refused by validation, not by the nesting limit.
    expect(codes(res)).toEqual(['BAD_REQUEST']);
  });

  it('answers deeply nested variables: a client error where used, ignored where unused', async () => {
    // Written as text: JSON.stringify itself recurses too deep for this value.
    const roles = `${'['.repeat(100_000)}"AE"${']'.repeat(100_000)}`;
    const query = JSON.stringify('query($f: RepFilter) { reps(first: 1, filter: $f) { totalCount } }');
    const used = await post(`{"query":${query},"variables":{"f":{"roles":${roles}}}}`);
    expect(used.status).toBe(400);
    expect(codes(used.body)).toEqual(['BAD_REQUEST']);
    const unused = await post(`{"query":${query},"variables":{"f":{},"unused":${roles}}}`);
    const [reps] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = $1',
      [fx.organizationId],
    );
    expect(unused).toEqual({ status: 200, body: expect.objectContaining({ data: { reps: { totalCount: reps?.n } } }) });
  });
});

describe('requests that are not well-formed GraphQL requests', () => {
  it('answer 400 to a persisted-query hash without a query (no trusted documents configured)', async () => {
    const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      const res = await post(body, accept);
      expect({ accept, status: res.status, codes: codes(res.body) }).toEqual({
        accept,
        status: 400,
        codes: ['PERSISTED_QUERY_NOT_FOUND'],
      });
    }
  });

  it('answer 400 to a body with neither a query nor a hash, and to a body that is not JSON', async () => {
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      for (const body of ['{}', '{"variables":{}}', '{"query":', 'null']) {
        const res = await post(body, accept);
        expect({ accept, body, status: res.status, codes: codes(res.body) }).toEqual({
          accept,
          body,
          status: 400,
          codes: ['BAD_REQUEST'],
        });
      }
    }
  });
});

describe('period keys', () => {
  const compute = (periodKey: string) =>
    client.data<{
      computePayoutRun: {
        payoutRun: { periodKey: string; periodStart: string } | null;
        userErrors: { code: string; field: string[]; message: string }[];
      };
    }>(
      'mutation($k: String!) { computePayoutRun(input: { periodKey: $k }) { payoutRun { periodKey periodStart } userErrors { code field message } } }',
      { k: periodKey },
    );

  it('refuses fiscal years outside FY1970-FY2200 naming the argument, and writes nothing', async () => {
    for (const key of ['FY0000', 'FY0099', 'FY0099-Q2', 'FY1969', 'FY2201', 'FY99999']) {
      const { computePayoutRun } = await compute(key);
      expect(computePayoutRun.payoutRun).toBeNull();
      expect(computePayoutRun.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'periodKey'] }]);
      expect(computePayoutRun.userErrors[0]?.message).toContain(key);
    }
    const [runs] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "PayoutRun"');
    expect(runs?.n).toBe(0);

    const performance = await client.request('{ performance(period: "FY0026") { total { label } } }');
    expect(performance.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['INVALID', ['period']],
    ]);
    const cost = await client.request(
      'query($id: ID!) { compPlanCost(input: { compPlanId: $id, fiscalYear: 1900 }) { fiscalYear } }',
      { id: toGlobalId('CompPlan', 1) },
    );
    expect(cost.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['INVALID', ['input', 'fiscalYear']],
    ]);
  });

  it('still computes FY2027, which starts on 2026-02-01 for a February fiscal year', async () => {
    const { computePayoutRun } = await compute('FY2027');
    expect(computePayoutRun).toEqual({
      payoutRun: { periodKey: 'FY2027', periodStart: '2026-02-01' },
      userErrors: [],
    });
    const rows = await db.sql.query<{ key: string; start: string; end: string }>(
      `SELECT "periodKey" AS key, "periodStart"::text AS start, "periodEnd"::text AS end FROM "PayoutRun"`,
    );
    expect(rows).toEqual([{ key: 'FY2027', start: '2026-02-01', end: '2027-02-01' }]);
  });
});

describe('Date inputs', () => {
  it('reads years 1-99 as themselves (Date.UTC made 0050 into 1950 and refused it), and refuses year 0', () => {
    expect(parseDateInput('0050-03-04').toISOString()).toBe('0050-03-04T00:00:00.000Z');
    expect(parseDateInput('0001-01-01').toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(() => parseDateInput('0000-01-01')).toThrow('from 0001-01-01');
  });
});
