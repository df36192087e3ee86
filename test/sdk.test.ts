// The typed SDK end to end: a live server over HTTP on the embedded database (or PostgreSQL per
// COXSWAIN_TEST_DB), driven only through `createClient` from sdk/src. A partner loads the
// organization with the ingestion operations, then every operation of the library runs at least
// once and its data is checked against SQL over the same tables or against numbers worked out by
// hand here. Also: walking a multi-page connection, user errors and GraphQL errors as typed
// exceptions, a retry on a simulated 503 (and none for an unsafe mutation), the CSV export row by
// row against SQL, and every query replayed with urql (an unrelated client) given only the
// generated TypedDocumentNodes, which must return the same data. Every mutation of the library is
// sent by urql instead of the SDK (the SDK's fetch hands it over), so the SQL checks after each
// mutation check what urql wrote. Also: every root field of api/schema.graphql has an operation,
// Retry-After in both forms, timeouts, JWT auth, and a trusted-documents server accepting the
// SDK's hashed operations (persisted-documents.json) while refusing arbitrary text.
//
// Calendar: fiscal years start in January here, so FY2026 is calendar 2026 and FY2026-Q1 is
// January to March 2026.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fetchExchange, Client as UrqlClient } from '@urql/core';
import { buildSchema, type DocumentNode, Kind, parse } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityOptionsFromEnv } from '../api/src/access/config.js';
import { parsePeriodKey } from '../api/src/shared/calendar.js';
import { decodeRowId, toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import * as documents from '../sdk/src/documents.js';
import {
  type CoxswainClient,
  collect,
  createClient,
  exportRows,
  fetchAll,
  GraphQLRequestError,
  HttpError,
  NetworkError,
  paginate,
  persistedDocumentHashes,
  RateLimitError,
  retryAfterSeconds,
  UserErrorsError,
} from '../sdk/src/index.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

/** HS256 secret of the test servers' JWTs (first-party users). */
const JWT_SECRET = 'sdk-test-jwt-secret-at-least-32-characters';
const root = path.resolve(import.meta.dirname, '..');

let db: TestDatabase;
let server: TestClient;
let client: CoxswainClient;
let url: string;
let apiKey: string;
let org: number;

/** Every operation name the SDK sent, to prove the whole library ran. */
const sent = new Set<string>();
/** Mutations urql sent in the SDK's place. */
const mutatedByUrql = new Set<string>();
/** Queries replayed with urql at the moment the SDK sent them, and the differences. */
let replayed = 0;
const differences: { operationName: string; sdk: unknown; urql: unknown }[] = [];
const generated = documents as unknown as Record<string, DocumentNode>;
let urql: UrqlClient;

/** urql adds `__typename` to every selection for its cache; the SDK asks only where a document does. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__typename')
        .map(([k, v]) => [k, withoutTypename(v)]),
    );
  }
  return value;
}

/**
 * The SDK's fetch in these tests. A mutation is sent by urql (an unrelated GraphQL client) with
 * only the generated TypedDocumentNode and the SDK's variables, and urql's result is handed back
 * to the SDK, so what the tests then check in SQL is what urql wrote. A query goes through, and is
 * replayed at once with urql, which must return the same data, or the same errors.
 */
const recordingFetch: typeof fetch = async (input, init) => {
  const body = JSON.parse(String(init?.body)) as { query: string; variables?: object; operationName?: string };
  if (!body.operationName) return fetch(input, init);
  sent.add(body.operationName);
  const document = generated[`${body.operationName}Document`];
  if (!document) throw new Error(`no generated document for ${body.operationName}`);
  if (/^\s*mutation\b/m.test(body.query)) {
    const result = await urql.mutation(document, body.variables ?? {}).toPromise();
    if (result.error?.networkError) throw result.error.networkError;
    mutatedByUrql.add(body.operationName);
    const errors = result.error?.graphQLErrors.map((e) => ({ message: e.message, extensions: e.extensions }));
    return Response.json({
      data: withoutTypename(result.data ?? null),
      ...(errors?.length ? { errors } : {}),
      extensions: result.extensions,
    });
  }
  const response = await fetch(input, init);
  const sdk = (await response.clone().json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const result = await urql.query(document, body.variables ?? {}).toPromise();
  replayed++;
  const expected = {
    data: withoutTypename(sdk.data ?? null),
    errors: sdk.errors?.map((e) => [e.message, e.extensions?.code]) ?? [],
  };
  const actual = {
    data: withoutTypename(result.data ?? null),
    errors: result.error?.graphQLErrors.map((e) => [e.message, e.extensions?.code]) ?? [],
  };
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    differences.push({ operationName: body.operationName, sdk: expected, urql: actual });
  }
  return response;
};

/** The operation library as written in sdk/src/operations/*.graphql. */
const operationsDir = path.resolve(import.meta.dirname, '../sdk/src/operations');
const operations = readdirSync(operationsDir)
  .filter((f) => f.endsWith('.graphql'))
  .flatMap((f) => parse(readFileSync(path.join(operationsDir, f), 'utf8')).definitions)
  .filter((d) => d.kind === Kind.OPERATION_DEFINITION);

const money = (v: string | number | null | undefined) => new Decimal(v ?? 0).toFixed(2);
const gid = toGlobalId;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.sql.query<T>(text, params);
}

/** Database id of a row by its externalId. */
async function idOf(table: string, externalId: string): Promise<number> {
  const [row] = await sql<{ id: number }>(
    `SELECT id FROM "${table}" WHERE "organizationId" = $1 AND "externalId" = $2`,
    [org, externalId],
  );
  if (!row) throw new Error(`${table} ${externalId} not found`);
  return row.id;
}

const REPS = [
  { externalId: 'VP', name: 'Vera VP', role: 'EXECUTIVE', region: 'NA', hireDate: '2020-01-06' },
  {
    externalId: 'MGR',
    name: 'Mo Manager',
    role: 'MANAGER',
    region: 'NA',
    hireDate: '2021-01-04',
    managerExternalId: 'VP',
  },
  { externalId: 'AE1', name: 'Ada AE', role: 'AE', region: 'NA', hireDate: '2025-01-06', managerExternalId: 'MGR' },
  { externalId: 'AE2', name: 'Ben AE', role: 'AE', region: 'NA', hireDate: '2025-02-03', managerExternalId: 'MGR' },
  { externalId: 'AE3', name: 'Cleo AE', role: 'AE', region: 'EMEA', hireDate: '2025-03-03', managerExternalId: 'MGR' },
] as const;
const AES = ['AE1', 'AE2', 'AE3'] as const;
const PRODUCTS = [
  { externalId: 'P1', name: 'Core', family: 'Platform', listPrice: '1000.00' },
  { externalId: 'P2', name: 'Analytics', family: 'Analytics', listPrice: '500.00' },
  { externalId: 'P3', name: 'Support', family: 'Services', listPrice: '200.00' },
];
const ACCOUNT_COUNT = 12;
const accountRow = (i: number) => ({
  externalId: `ACC-${String(i + 1).padStart(2, '0')}`,
  // A comma and a quote in some names, so the CSV export must quote them.
  name: i % 4 === 1 ? `Account ${i + 1}, "Ltd"` : `Account ${i + 1}`,
  industry: i % 2 ? 'Retail' : 'Software',
  country: i % 3 === 2 ? 'DE' : 'US',
  region: i % 3 === 2 ? 'EMEA' : 'NA',
  employees: [50, 500, 5000][i % 3] as number,
  ownerExternalId: AES[i % 3],
  ...(i === 0 ? { annualRevenue: '1250000.50', domain: 'account1.example' } : {}),
});
const STAGES = ['CLOSED_WON', 'CLOSED_LOST', 'PROPOSAL', 'NEGOTIATION', 'DISCOVERY'] as const;
const DEAL_COUNT = 30;
const dealRow = (i: number) => ({
  externalId: `OPP-${String(i + 1).padStart(2, '0')}`,
  name: `Deal ${i + 1}`,
  accountExternalId: `ACC-${String((i % ACCOUNT_COUNT) + 1).padStart(2, '0')}`,
  ownerExternalId: AES[i % 3],
  type: 'NEW_BUSINESS' as const,
  stage: STAGES[i % 5],
  createdDate: '2025-12-01',
  closeDate: `2026-${String((i % 6) + 1).padStart(2, '0')}-${10 + (i % 5)}`,
  lineItems: [{ productExternalId: PRODUCTS[i % 3]?.externalId, quantity: String((i % 4) + 1), unitPrice: '100.50' }],
});

beforeAll(async () => {
  db = await createTestDatabase();
  const o = await db.prisma.organization.create({ data: { name: 'SDK Co', slug: 'sdk-co', fiscalYearStartMonth: 1 } });
  org = o.id;
  server = await createTestClient(db, { listen: true, security: { jwt: { secret: JWT_SECRET } } });
  apiKey = (await server.adminKey()) as string;
  url = `${server.url}/graphql`;
  client = createClient({ url, apiKey, fetch: recordingFetch, backoffMs: 1 });
  urql = new UrqlClient({
    url,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: `Bearer ${apiKey}` } },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  // destroy, not close: on PostgreSQL it also drops the test database.
  await db?.destroy();
});

/** A first-party user's JWT for the SDK Co organization, mapped to a rep by email. */
function userToken(email: string, scope = 'read:people read:all'): Promise<string> {
  return new SignJWT({ sub: `user-${email}`, org: 'sdk-co', scope, email })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

describe('ingestion (a partner loading its CRM)', () => {
  it('upserts products, reps, accounts and opportunities, and replays an idempotent call', async () => {
    const products = await client.upsertProducts({ input: { rows: PRODUCTS } });
    expect(products.upsertProducts).toMatchObject({ created: 3, updated: 0, userErrors: [] });
    const reps = await client.upsertReps({
      input: { rows: REPS.map((r) => ({ ...r, email: `${r.externalId.toLowerCase()}@sdk.test` })) },
    });
    expect(reps.upsertReps.created).toBe(REPS.length);
    const accounts = await client.upsertAccounts({
      input: { rows: Array.from({ length: ACCOUNT_COUNT }, (_, i) => accountRow(i)) },
    });
    expect(accounts.upsertAccounts.created).toBe(ACCOUNT_COUNT);
    const rows = Array.from({ length: DEAL_COUNT }, (_, i) => dealRow(i));
    const input = { idempotencyKey: 'sdk-deals-1', rows };
    const deals = await client.upsertOpportunities({ input });
    expect(deals.upsertOpportunities).toMatchObject({ created: DEAL_COUNT, replayed: false, userErrors: [] });
    const again = await client.upsertOpportunities({ input });
    expect(again.upsertOpportunities).toMatchObject({ created: DEAL_COUNT, replayed: true });

    // The rows landed with their ids and amounts (quantity x 100.50, worked out here).
    const landed = await sql<{ externalId: string; id: number; amount: string }>(
      `SELECT "externalId", id, amount::text FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY "externalId"`,
      [org],
    );
    expect(landed.map((r) => r.externalId)).toEqual(rows.map((r) => r.externalId));
    for (const [i, r] of landed.entries()) expect(money(r.amount)).toBe(money(((i % 4) + 1) * 100.5));
    const results = deals.upsertOpportunities.results;
    expect(results.map((r) => [r.externalId, r.id, r.status])).toEqual(
      landed.map((r) => [r.externalId, gid('Opportunity', r.id), 'CREATED']),
    );
    const counts = await sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM "Rep" WHERE "organizationId" = $1)::int * 1000
            + (SELECT count(*) FROM "Account" WHERE "organizationId" = $1)::int AS n`,
      [org],
    );
    expect(counts[0]?.n).toBe(REPS.length * 1000 + ACCOUNT_COUNT);

    // Installed products, which the CRM feed does not carry: every third account owns Core,
    // every fourth owns Analytics.
    const p1 = await idOf('Product', 'P1');
    const p2 = await idOf('Product', 'P2');
    for (let i = 0; i < ACCOUNT_COUNT; i++) {
      const accountId = await idOf('Account', accountRow(i).externalId);
      if (i % 3 === 0) {
        await db.prisma.accountProduct.create({
          data: {
            organizationId: org,
            accountId,
            productId: p1,
            since: new Date('2024-01-01'),
            arr: `${1000 * (i + 1)}.00`,
          },
        });
      }
      if (i % 4 === 0) {
        await db.prisma.accountProduct.create({
          data: {
            organizationId: org,
            accountId,
            productId: p2,
            since: new Date('2024-06-01'),
            arr: `${300 * (i + 1)}.00`,
          },
        });
      }
    }
  });

  it("upserts the organization's loss reasons and lists them as stored", async () => {
    const res = await client.upsertLossReasons({
      input: {
        rows: [
          { externalId: 'Price', label: 'Price too high' },
          { externalId: 'NoDecision', label: 'No decision', active: false },
        ],
      },
    });
    expect(res.upsertLossReasons).toMatchObject({ created: 2, userErrors: [] });
    const stored = await sql<{ id: number; externalId: string; label: string; active: boolean }>(
      `SELECT id, "externalId", label, active FROM "LossReason" WHERE "organizationId" = $1 ORDER BY "externalId"`,
      [org],
    );
    const { lossReasons } = await client.lossReasons();
    expect(lossReasons).toEqual(
      stored.map((r) => ({ id: gid('LossReason', r.id), externalId: r.externalId, label: r.label, active: r.active })),
    );
  });

  it('surfaces a refused row as a typed UserErrorsError with its code and field, writing nothing', async () => {
    const error = await client
      .upsertReps({
        input: { rows: [{ externalId: 'BAD', name: 'Bad', role: 'AE', region: 'NA', hireDate: '2025-01-01' }] },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrorsError);
    const e = error as UserErrorsError;
    expect(e.code).toBe('REQUIRED');
    expect(e.field).toEqual(['input', 'rows', '0', 'email']);
    expect(e.userErrors).toHaveLength(1);
    expect(await sql(`SELECT 1 FROM "Rep" WHERE "externalId" = 'BAD'`)).toEqual([]);
  });

  it('surfaces a rejected request as a typed GraphQLRequestError with its code', async () => {
    const error = await client.performance({ period: 'NOT-A-PERIOD' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBeTruthy();
    expect((error as GraphQLRequestError).message).toMatch(/period/i);
  });
});

describe('core entities', () => {
  it('reads the organization and the caller', async () => {
    const { organization } = await client.organization();
    const [row] = await sql<{ name: string; slug: string; fiscalYearStartMonth: number }>(
      `SELECT name, slug, "fiscalYearStartMonth" FROM "Organization" WHERE id = $1`,
      [org],
    );
    expect(organization).toMatchObject({ ...row });
    const { viewer } = await client.viewer();
    const [key] = await sql<{ scopes: string[] }>(
      `SELECT scopes FROM "ApiKey" WHERE "organizationId" = $1 AND name = 'test client'`,
      [org],
    );
    expect(viewer.kind).toBe('API_KEY');
    expect(viewer.scopes.map((s) => s.toLowerCase().replace('_', ':'))).toEqual(
      expect.arrayContaining(key?.scopes ?? ['missing']),
    );
  });

  it('walks a multi-page connection of reps and accounts with paginate', async () => {
    const pages: number[] = [];
    const reps = await collect(
      paginate(async (after) => {
        const { reps } = await client.reps({ first: 2, after, orderBy: { field: 'NAME' } });
        pages.push(reps.edges.length);
        return reps;
      }),
    );
    expect(pages).toEqual([2, 2, 1]);
    const sqlReps = await sql<{ id: number; name: string; manager: string | null }>(
      `SELECT r.id, r.name, m.name AS manager FROM "Rep" r LEFT JOIN "Rep" m ON m.id = r."managerId"
        WHERE r."organizationId" = $1 ORDER BY r.name`,
      [org],
    );
    expect(reps.map((r) => [r.id, r.name, r.manager?.name ?? null])).toEqual(
      sqlReps.map((r) => [gid('Rep', r.id), r.name, r.manager]),
    );

    const accounts = await collect(paginate((after) => client.accounts({ first: 5, after }).then((d) => d.accounts)));
    const sqlAccounts = await sql<{ id: number; name: string; segment: string }>(
      `SELECT id, name, segment FROM "Account" WHERE "organizationId" = $1`,
      [org],
    );
    expect(accounts.map((a) => [a.id, a.name, a.segment]).sort()).toEqual(
      sqlAccounts.map((a) => [gid('Account', a.id), a.name, a.segment]).sort(),
    );
  });

  it('lists products and filtered opportunities, and fetches a node', async () => {
    const { products } = await client.products({ first: 10 });
    const sqlProducts = await sql<{ id: number; listPrice: string; family: string }>(
      `SELECT id, "listPrice"::text AS "listPrice", family FROM "Product" WHERE "organizationId" = $1`,
      [org],
    );
    expect(products.totalCount).toBe(sqlProducts.length);
    expect(products.edges.map((e) => [e.node.id, money(e.node.listPrice), e.node.family]).sort()).toEqual(
      sqlProducts.map((p) => [gid('Product', p.id), money(p.listPrice), p.family]).sort(),
    );

    const { opportunities } = await client.opportunities({ first: 50, filter: { stages: ['CLOSED_WON'] } });
    const won = await sql<{ id: number; amount: string; account: number }>(
      `SELECT id, amount::text, "accountId" AS account FROM "Opportunity"
        WHERE "organizationId" = $1 AND stage = 'CLOSED_WON'`,
      [org],
    );
    expect(opportunities.totalCount).toBe(won.length);
    expect(opportunities.edges.map((e) => [e.node.id, money(e.node.amount), e.node.account.id]).sort()).toEqual(
      won.map((w) => [gid('Opportunity', w.id), money(w.amount), gid('Account', w.account)]).sort(),
    );
    for (const { node } of opportunities.edges) {
      expect(node.lineItems).toHaveLength(1);
      expect(money(node.lineItems[0]?.totalPrice)).toBe(money(node.amount));
    }

    const first = won[0] as { id: number; amount: string };
    const { node } = await client.node({ id: gid('Opportunity', first.id) });
    expect(node?.__typename).toBe('Opportunity');
    expect(node && 'amount' in node ? money(node.amount) : null).toBe(money(first.amount));

    // Several at once, in the order asked, null for an id that does not exist.
    const [rep] = await sql<{ id: number; email: string }>(
      `SELECT id, email FROM "Rep" WHERE "organizationId" = $1 ORDER BY id LIMIT 1`,
      [org],
    );
    const [account] = await sql<{ id: number; name: string }>(
      `SELECT id, name FROM "Account" WHERE "organizationId" = $1 ORDER BY id DESC LIMIT 1`,
      [org],
    );
    const [missing] = await sql<{ id: number }>(`SELECT coalesce(max(id), 0) + 1000 AS id FROM "Account"`);
    const { nodes } = await client.nodes({
      ids: [
        gid('Account', account?.id as number),
        gid('Rep', rep?.id as number),
        gid('Account', missing?.id as number),
      ],
    });
    expect(nodes.map((n) => n && [n.__typename, n.id])).toEqual([
      ['Account', gid('Account', account?.id as number)],
      ['Rep', gid('Rep', rep?.id as number)],
      null,
    ]);
    expect(nodes[0] && 'industry' in nodes[0] ? nodes[0].name : null).toBe(account?.name);
    expect(nodes[1] && 'email' in nodes[1] ? nodes[1].email : null).toBe(rep?.email);
  });

  it('lists the installed base, and only what changed since a time with updatedSince', async () => {
    // Two installed products at least (by SQL where missing), each changed a day after the last.
    await sql(
      `INSERT INTO "AccountProduct" ("organizationId", "accountId", "productId", since, arr)
       SELECT $1::int, a.id, p.id, '2026-01-01', 1200.50
         FROM (SELECT id FROM "Account" WHERE "organizationId" = $1::int ORDER BY id LIMIT 2) a,
              (SELECT id FROM "Product" WHERE "organizationId" = $1::int ORDER BY id LIMIT 1) p
       ON CONFLICT ("accountId", "productId") DO NOTHING`,
      [org],
    );
    await sql(
      `UPDATE "AccountProduct" x SET "updatedAt" = $2::timestamp + n.rank * interval '1 day'
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS rank FROM "AccountProduct" WHERE "organizationId" = $1::int) n
        WHERE x.id = n.id`,
      [org, '2026-03-01T00:00:00Z'],
    );
    const rows = await sql<{ id: number; account: number; product: number; arr: string; updatedAt: string }>(
      `SELECT id, "accountId" AS account, "productId" AS product, arr::text,
              to_char("updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
         FROM "AccountProduct" WHERE "organizationId" = $1 ORDER BY id`,
      [org],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const { installedProducts: all } = await client.installedProducts({ first: 100 });
    expect(all.edges.map((e) => [e.node.account.id, e.node.product.id, money(e.node.arr)])).toEqual(
      rows.map((r) => [gid('Account', r.account), gid('Product', r.product), money(r.arr)]),
    );
    // Since the last one's time: that one only.
    const last = rows.at(-1) as (typeof rows)[number];
    const { installedProducts: changed } = await client.installedProducts({
      first: 10,
      filter: { updatedSince: last.updatedAt },
    });
    expect(changed.totalCount).toBe(1);
    expect(changed.edges.map((e) => [e.node.account.id, e.node.updatedAt])).toEqual([
      [gid('Account', last.account), last.updatedAt],
    ]);
  });
});

// ---------------------------------------------------------------- planning

let planId = '';
let planVersion = 0;
let naTerritory = '';
let emeaTerritory = '';
/** Monthly quota of each AE, so a quarter's quota is three of them. */
const MONTHLY_QUOTA: Record<(typeof AES)[number], string> = { AE1: '500.00', AE2: '1000.00', AE3: '2000.00' };

describe('planning', () => {
  it('creates a plan with territories, rules, an assignment, quotas and a capacity line', async () => {
    const created = await client.createSalesPlan({
      input: { fiscalYear: 2026, name: 'FY26', targetAmount: '42000.00' },
    });
    const plan = created.createSalesPlan.salesPlan;
    expect(plan).toMatchObject({ fiscalYear: 2026, status: 'DRAFT' });
    planId = plan?.id as string;
    planVersion = plan?.version as number;

    const na = await client.createTerritory({
      input: { salesPlanId: planId, name: 'North America', kind: 'GEO', rules: [{ region: 'NA' }] },
    });
    naTerritory = na.createTerritory.territory?.id as string;
    planVersion = na.createTerritory.salesPlan?.version as number;
    const emea = await client.createTerritory({ input: { salesPlanId: planId, name: 'EMEA', kind: 'GEO' } });
    emeaTerritory = emea.createTerritory.territory?.id as string;
    planVersion = emea.createTerritory.salesPlan?.version as number;
    const rules = await client.setTerritoryRules({
      input: { territoryId: emeaTerritory, expectedVersion: planVersion, rules: [{ region: 'EMEA', priority: 1 }] },
    });
    expect(rules.setTerritoryRules.territory?.rules.map((r) => r.region)).toEqual(['EMEA']);
    planVersion = rules.setTerritoryRules.salesPlan?.version as number;

    const ae1 = gid('Rep', await idOf('Rep', 'AE1'));
    const assignment = await client.createTerritoryAssignment({
      input: { territoryId: naTerritory, repId: ae1, role: 'PRIMARY', startDate: '2026-01-01' },
    });
    expect(assignment.createTerritoryAssignment.assignment).toMatchObject({ role: 'PRIMARY', rep: { id: ae1 } });
    planVersion = assignment.createTerritoryAssignment.salesPlan?.version as number;

    const quotaRows = [];
    for (const ae of AES) {
      const repId = gid('Rep', await idOf('Rep', ae));
      for (let m = 1; m <= 6; m++) {
        quotaRows.push({ repId, periodKey: `FY2026-M${String(m).padStart(2, '0')}`, amount: MONTHLY_QUOTA[ae] });
      }
    }
    const set = await client.setQuotas({
      input: { salesPlanId: planId, expectedVersion: planVersion, quotas: quotaRows },
    });
    expect(set.setQuotas.writtenCount).toBe(18);
    planVersion = set.setQuotas.salesPlan?.version as number;

    const capacity = await client.createCapacityLine({
      input: {
        salesPlanId: planId,
        role: 'AE',
        headcount: 2,
        startMonth: 1,
        rampMonths: 3,
        rampedProductivity: '1000.00',
      },
    });
    expect(capacity.createCapacityLine.capacityLine).toMatchObject({ headcount: 2, rampMonths: 3 });
    planVersion = capacity.createCapacityLine.salesPlan?.version as number;

    const [stored] = await sql<{ territories: number; quotas: string; lines: number; assignments: number }>(
      `SELECT (SELECT count(*) FROM "Territory" WHERE "salesPlanId" = p.id)::int AS territories,
              (SELECT sum(amount) FROM "Quota" WHERE "salesPlanId" = p.id)::text AS quotas,
              (SELECT count(*) FROM "CapacityLine" WHERE "salesPlanId" = p.id)::int AS lines,
              (SELECT count(*) FROM "TerritoryAssignment" a JOIN "Territory" t ON t.id = a."territoryId"
                WHERE t."salesPlanId" = p.id)::int AS assignments
         FROM "SalesPlan" p WHERE p."organizationId" = $1`,
      [org],
    );
    expect(stored).toMatchObject({ territories: 2, lines: 1, assignments: 1 });
    expect(money(stored?.quotas)).toBe(money(6 * (500 + 1000 + 2000)));
  });

  it('edits and removes territories, assignments and capacity lines of the draft', async () => {
    // A territory made by mistake: renamed, re-kinded, then removed.
    const temp = await client.createTerritory({ input: { salesPlanId: planId, name: 'Temp', kind: 'GEO' } });
    const tempId = temp.createTerritory.territory?.id as string;
    planVersion = temp.createTerritory.salesPlan?.version as number;
    const renamed = await client.updateTerritory({
      input: { id: tempId, expectedVersion: planVersion, name: 'Named accounts', kind: 'NAMED' },
    });
    expect(renamed.updateTerritory.territory).toMatchObject({ id: tempId, name: 'Named accounts', kind: 'NAMED' });
    planVersion = renamed.updateTerritory.salesPlan?.version as number;
    const tempDb = Number(
      (await sql<{ id: number }>(`SELECT id FROM "Territory" WHERE name = 'Named accounts'`))[0]?.id,
    );
    expect(gid('Territory', tempDb)).toBe(tempId);
    expect(await sql(`SELECT name, kind FROM "Territory" WHERE id = $1`, [tempDb])).toEqual([
      { name: 'Named accounts', kind: 'NAMED' },
    ]);
    const deleted = await client.deleteTerritory({ input: { id: tempId, expectedVersion: planVersion } });
    expect(deleted.deleteTerritory.salesPlan?.version).toBeGreaterThan(planVersion);
    planVersion = deleted.deleteTerritory.salesPlan?.version as number;
    expect(await sql(`SELECT 1 FROM "Territory" WHERE id = $1`, [tempDb])).toEqual([]);

    // An overlay assignment of next year: its dates changed, then removed as made in error (it
    // has not started, so nothing of it is history yet).
    const next = new Date().getUTCFullYear() + 1;
    const ae2 = gid('Rep', await idOf('Rep', 'AE2'));
    const overlay = await client.createTerritoryAssignment({
      input: { territoryId: naTerritory, repId: ae2, role: 'OVERLAY', startDate: `${next}-01-01` },
    });
    const overlayId = overlay.createTerritoryAssignment.assignment?.id as string;
    planVersion = overlay.createTerritoryAssignment.salesPlan?.version as number;
    const changed = await client.updateTerritoryAssignment({
      input: { id: overlayId, expectedVersion: planVersion, startDate: `${next}-02-01`, endDate: `${next}-12-31` },
    });
    expect(changed.updateTerritoryAssignment.assignment).toMatchObject({
      id: overlayId,
      role: 'OVERLAY',
      startDate: `${next}-02-01`,
      endDate: `${next}-12-31`,
      rep: { id: ae2 },
      territory: { id: naTerritory },
    });
    planVersion = changed.updateTerritoryAssignment.salesPlan?.version as number;
    const overlayRows = () =>
      sql<{ id: number; role: string; start: string; end: string | null }>(
        `SELECT a.id, a.role, to_char(a."startDate", 'YYYY-MM-DD') AS start, to_char(a."endDate", 'YYYY-MM-DD') AS "end"
           FROM "TerritoryAssignment" a JOIN "Rep" r ON r.id = a."repId" WHERE r."externalId" = 'AE2'`,
      );
    const [stored] = await overlayRows();
    expect(gid('TerritoryAssignment', stored?.id as number)).toBe(overlayId);
    expect(stored).toMatchObject({ role: 'OVERLAY', start: `${next}-02-01`, end: `${next}-12-31` });
    const removed = await client.deleteTerritoryAssignment({ input: { id: overlayId, expectedVersion: planVersion } });
    expect(removed.deleteTerritoryAssignment.territory?.id).toBe(naTerritory);
    expect(removed.deleteTerritoryAssignment.territory?.assignments.map((a) => a.id)).not.toContain(overlayId);
    planVersion = removed.deleteTerritoryAssignment.salesPlan?.version as number;
    expect(await overlayRows()).toEqual([]);

    // The capacity line gets a third head; a second line is added and removed again.
    const [line] = await sql<{ id: number }>(
      `SELECT c.id FROM "CapacityLine" c JOIN "SalesPlan" p ON p.id = c."salesPlanId" WHERE p."organizationId" = $1`,
      [org],
    );
    const lineId = gid('CapacityLine', line?.id as number);
    const grown = await client.updateCapacityLine({
      input: { id: lineId, expectedVersion: planVersion, headcount: 3, attritionRate: '0.05' },
    });
    expect(grown.updateCapacityLine.capacityLine).toMatchObject({ id: lineId, headcount: 3, rampMonths: 3 });
    planVersion = grown.updateCapacityLine.salesPlan?.version as number;
    const [updated] = await sql<{ headcount: number; attrition: string; productivity: string }>(
      `SELECT headcount, "attritionRate"::text AS attrition, "rampedProductivity"::text AS productivity
         FROM "CapacityLine" WHERE id = $1`,
      [line?.id],
    );
    expect(updated?.headcount).toBe(3);
    expect(new Decimal(updated?.attrition as string).eq('0.05')).toBe(true);
    expect(money(updated?.productivity)).toBe('1000.00');
    const extra = await client.createCapacityLine({
      input: {
        salesPlanId: planId,
        role: 'SDR',
        headcount: 1,
        startMonth: 6,
        rampMonths: 2,
        rampedProductivity: '10.00',
      },
    });
    planVersion = extra.createCapacityLine.salesPlan?.version as number;
    const extraId = extra.createCapacityLine.capacityLine?.id as string;
    const dropped = await client.deleteCapacityLine({ input: { id: extraId, expectedVersion: planVersion } });
    expect(dropped.deleteCapacityLine.salesPlan?.capacityLines.map((l) => l.id)).toEqual([lineId]);
    planVersion = dropped.deleteCapacityLine.salesPlan?.version as number;
    const lines = await sql<{ id: number }>(
      `SELECT c.id FROM "CapacityLine" c JOIN "SalesPlan" p ON p.id = c."salesPlanId" WHERE p."organizationId" = $1`,
      [org],
    );
    expect(lines.map((l) => l.id)).toEqual([line?.id]);
  });

  it('reads plans, territories, quotas and the plan health', async () => {
    const { salesPlans } = await client.salesPlans({ first: 10 });
    expect(salesPlans.edges.map((e) => e.node.id)).toEqual([planId]);
    const { territories } = await client.territories({ first: 10, filter: { salesPlanId: planId } });
    const sqlTerritories = await sql<{ id: number; name: string }>(
      `SELECT id, name FROM "Territory" WHERE "organizationId" = $1 ORDER BY name`,
      [org],
    );
    expect(territories.edges.map((e) => [e.node.id, e.node.name]).sort()).toEqual(
      sqlTerritories.map((t) => [gid('Territory', t.id), t.name]).sort(),
    );
    const quotas = await collect(
      paginate((after) => client.quotas({ first: 10, after, filter: { salesPlanId: planId } }).then((d) => d.quotas)),
    );
    const sqlQuotas = await sql<{ id: number; amount: string }>(
      `SELECT id, amount::text FROM "Quota" WHERE "organizationId" = $1`,
      [org],
    );
    expect(quotas.map((q) => [q.id, money(q.amount)]).sort()).toEqual(
      sqlQuotas.map((q) => [gid('Quota', q.id), money(q.amount)]).sort(),
    );

    const { node } = await client.salesPlan({ id: planId });
    if (!node || !('quotaCheck' in node)) throw new Error('not a plan');
    expect(money(node.quotaCheck.quotaTotal)).toBe(money(6 * 3500));
    expect(money(node.quotaCheck.target)).toBe('42000.00');
    expect(node.capacityLines).toHaveLength(1);
    expect(
      node.territoryBalance.unassigned.accountCount +
        node.territoryBalance.territories.reduce((n, t) => n + (t.isLeaf ? t.accountCount : 0), 0),
    ).toBe(ACCOUNT_COUNT);
  });

  it('activates the plan, previews and applies its rules, and moves an account by hand', async () => {
    const active = await client.activateSalesPlan({ input: { id: planId, expectedVersion: planVersion } });
    expect(active.activateSalesPlan.salesPlan?.status).toBe('ACTIVE');
    planVersion = active.activateSalesPlan.salesPlan?.version as number;

    const byRegion = await sql<{ region: string; n: number }>(
      `SELECT region, count(*)::int AS n FROM "Account" WHERE "organizationId" = $1 GROUP BY region`,
      [org],
    );
    const count = (region: string) => byRegion.find((r) => r.region === region)?.n ?? 0;
    const { previewTerritoryRules: preview } = await client.previewTerritoryRules({ salesPlanId: planId, limit: 50 });
    expect(preview).toMatchObject({
      accountCount: ACCOUNT_COUNT,
      routedCount: ACCOUNT_COUNT,
      conflictCount: 0,
      unmatchedCount: 0,
    });
    const proposed = Object.fromEntries(preview.territories.map((t) => [t.territory.id, t.proposedAccountCount]));
    expect(proposed).toEqual({ [naTerritory]: count('NA'), [emeaTerritory]: count('EMEA') });

    const applied = await client.applyTerritoryRules({ input: { salesPlanId: planId, expectedVersion: planVersion } });
    expect(applied.applyTerritoryRules).toMatchObject({ routedCount: ACCOUNT_COUNT, unmatchedCount: 0 });
    planVersion = applied.applyTerritoryRules.salesPlan?.version as number;
    const placed = await sql<{ region: string; territory: number }>(
      `SELECT a.region, t.id AS territory FROM "Account" a JOIN "Territory" t ON t.id = a."territoryId"
        WHERE a."organizationId" = $1`,
      [org],
    );
    expect(placed).toHaveLength(ACCOUNT_COUNT);
    for (const p of placed) expect(gid('Territory', p.territory)).toBe(p.region === 'NA' ? naTerritory : emeaTerritory);

    const first = gid('Account', await idOf('Account', 'ACC-01'));
    const moved = await client.moveAccountsToTerritory({
      input: { territoryId: emeaTerritory, accountIds: [first], expectedVersion: planVersion },
    });
    expect(moved.moveAccountsToTerritory.movedCount).toBe(1);
    planVersion = moved.moveAccountsToTerritory.salesPlan?.version as number;
    const [acc] = await sql<{ territoryId: number }>(`SELECT "territoryId" FROM "Account" WHERE id = $1`, [
      await idOf('Account', 'ACC-01'),
    ]);
    expect(gid('Territory', acc?.territoryId as number)).toBe(emeaTerritory);
  });

  it('previews and allocates a quarter top-down, evenly over the AEs', async () => {
    const repIds = await Promise.all(AES.map(async (ae) => gid('Rep', await idOf('Rep', ae))));
    const input = {
      salesPlanId: planId,
      over: 'REPS' as const,
      weight: 'EQUAL' as const,
      periodKey: 'FY2026-Q3',
      target: '9000.00',
      repIds,
    };
    const { previewQuotaAllocation: preview } = await client.previewQuotaAllocation({ input });
    expect(preview.lines.map((l) => [l.rep.id, money(l.amount)]).sort()).toEqual(
      repIds.map((id) => [id, '3000.00']).sort(),
    );
    const allocated = await client.allocateQuotas({ input: { ...input, expectedVersion: planVersion } });
    expect(money(allocated.allocateQuotas.allocation?.total)).toBe('9000.00');
    planVersion = allocated.allocateQuotas.salesPlan?.version as number;
    const rows = await sql<{ amount: string }>(
      `SELECT amount::text FROM "Quota" WHERE "organizationId" = $1 AND "periodKey" = 'FY2026-Q3'`,
      [org],
    );
    expect(rows.map((r) => money(r.amount))).toEqual(['3000.00', '3000.00', '3000.00']);
  });

  it('clones the plan into a scenario, renames and compares it, then archives it', async () => {
    const clone = await client.cloneSalesPlan({ input: { id: planId, name: 'FY26 what-if' } });
    const scenario = clone.cloneSalesPlan.salesPlan;
    const [base] = await sql<{ quotas: number; territories: number }>(
      `SELECT (SELECT count(*) FROM "Quota" WHERE "salesPlanId" = $1)::int AS quotas,
              (SELECT count(*) FROM "Territory" WHERE "salesPlanId" = $1)::int AS territories`,
      [
        (
          await sql<{ id: number }>(`SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND name = 'FY26'`, [org])
        )[0]?.id,
      ],
    );
    expect(clone.cloneSalesPlan.copied).toMatchObject({ quotas: base?.quotas, territories: base?.territories });
    expect(scenario?.clonedFrom?.id).toBe(planId);
    const renamed = await client.updateSalesPlan({
      input: { id: scenario?.id as string, expectedVersion: scenario?.version as number, name: 'FY26 stretch' },
    });
    expect(renamed.updateSalesPlan.salesPlan?.name).toBe('FY26 stretch');
    const { compareSalesPlans: cmp } = await client.compareSalesPlans({
      baseId: planId,
      scenarioId: scenario?.id as string,
    });
    expect(money(cmp.base.quotaTotal)).toBe(money(cmp.scenario.quotaTotal));
    expect(money(cmp.delta.quotaTotal)).toBe('0.00');
    expect(cmp.delta.territoryCount).toBe(0);
    const archived = await client.archiveSalesPlan({
      input: { id: scenario?.id as string, expectedVersion: renamed.updateSalesPlan.salesPlan?.version as number },
    });
    expect(archived.archiveSalesPlan.salesPlan?.status).toBe('ARCHIVED');
    const plans = await sql<{ name: string; status: string }>(
      `SELECT name, status FROM "SalesPlan" WHERE "organizationId" = $1 ORDER BY id`,
      [org],
    );
    expect(plans).toEqual([
      { name: 'FY26', status: 'ACTIVE' },
      { name: 'FY26 stretch', status: 'ARCHIVED' },
    ]);
  });
});

// ---------------------------------------------------------------- analytics

interface DealRow {
  owner: string;
  amount: string;
  stage: string;
  closeDate: string;
  category: string;
}
let dealRows: DealRow[] = [];
const inQuarter = (d: DealRow, q: number) => Math.ceil(Number(d.closeDate.slice(5, 7)) / 3) === q;
const sum = (rows: DealRow[]) => money(rows.reduce((s, r) => s.plus(r.amount), new Decimal(0)).toString());

describe('performance', () => {
  beforeAll(async () => {
    dealRows = await sql<DealRow>(
      `SELECT r."externalId" AS owner, o.amount::text AS amount, o.stage, to_char(o."closeDate", 'YYYY-MM-DD') AS "closeDate",
              o."forecastCategory" AS category
         FROM "Opportunity" o JOIN "Rep" r ON r.id = o."ownerId" WHERE o."organizationId" = $1`,
      [org],
    );
  });

  it('reports bookings and quota per rep for a quarter', async () => {
    const { performance } = await client.performance({ period: 'FY2026-Q1', groupBy: 'REP' });
    const wonQ1 = dealRows.filter((d) => d.stage === 'CLOSED_WON' && inQuarter(d, 1));
    expect(money(performance.total.bookings)).toBe(sum(wonQ1));
    expect(performance.total.wonCount).toBe(wonQ1.length);
    for (const ae of AES) {
      const row = performance.rows.find((r) => r.label === REPS.find((x) => x.externalId === ae)?.name);
      expect(money(row?.bookings)).toBe(sum(wonQ1.filter((d) => d.owner === ae)));
      expect(money(row?.quota)).toBe(money(new Decimal(MONTHLY_QUOTA[ae]).times(3).toString()));
    }
  });

  it('trends two quarters and compares two reps', async () => {
    const { performanceTrend } = await client.performanceTrend({ period: 'FY2026-Q2', periods: 2 });
    expect(performanceTrend.points.map((p) => p.period.key)).toEqual(['FY2026-Q1', 'FY2026-Q2']);
    for (const [i, point] of performanceTrend.points.entries()) {
      expect(money(point.total.bookings)).toBe(
        sum(dealRows.filter((d) => d.stage === 'CLOSED_WON' && inQuarter(d, i + 1))),
      );
    }
    const [ae1, ae2] = [await idOf('Rep', 'AE1'), await idOf('Rep', 'AE2')];
    const { performanceComparison: cmp } = await client.performanceComparison({
      period: 'FY2026-Q1',
      a: { repId: gid('Rep', ae1) },
      b: { repId: gid('Rep', ae2) },
    });
    const won = (ae: string) => dealRows.filter((d) => d.owner === ae && d.stage === 'CLOSED_WON' && inQuarter(d, 1));
    expect(money(cmp.a.bookings)).toBe(sum(won('AE1')));
    expect(money(cmp.b.bookings)).toBe(sum(won('AE2')));
  });

  it('distributes attainment over the reps with a quota', async () => {
    const { attainmentDistribution: dist } = await client.attainmentDistribution({ period: 'FY2026-Q1' });
    const attained = AES.filter((ae) =>
      new Decimal(sum(dealRows.filter((d) => d.owner === ae && d.stage === 'CLOSED_WON' && inQuarter(d, 1)))).gte(
        new Decimal(MONTHLY_QUOTA[ae]).times(3),
      ),
    );
    expect(dist.repCount).toBe(AES.length);
    expect(dist.repsAtOrAboveQuota).toBe(attained.length);
    expect(dist.histogram.reduce((n, b) => n + b.repCount, 0)).toBe(AES.length);
    expect(dist.bands.map((b) => b.band)).toEqual(['BOTTOM_20', 'MIDDLE_60', 'TOP_20']);
    expect(dist.bands.flatMap((b) => b.reps.map((r) => r.rank))).toEqual(AES.map((_, i) => i + 1));
    expect(dist.bands[1]?.repCount).toBe(dist.movingTheMiddle.middleRepCount);
  });

  it('splits bookings by deal type and counts lost deals by reason', async () => {
    const types = await sql<{ type: string; stage: string; amount: string; closeDate: string }>(
      `SELECT o.type::text AS type, o.stage::text AS stage, o.amount::text AS amount,
              to_char(o."closeDate", 'YYYY-MM-DD') AS "closeDate" FROM "Opportunity" o WHERE o."organizationId" = $1`,
      [org],
    );
    const { performance: byType } = await client.performanceByDeal({ period: 'FY2026-Q1', groupBy: 'TYPE' });
    for (const row of byType.rows) {
      const won = types.filter(
        (d) =>
          d.type === row.dealType && d.stage === 'CLOSED_WON' && Math.ceil(Number(d.closeDate.slice(5, 7)) / 3) === 1,
      );
      expect(money(row.bookings)).toBe(sum(won as unknown as DealRow[]));
      expect(row.wonCount).toBe(won.length);
    }
    const { performance: lost } = await client.lostDealsByReason({ period: 'FY2026-Q1' });
    const lostQ1 = dealRows.filter((d) => d.stage === 'CLOSED_LOST' && inQuarter(d, 1));
    expect(lost.total.lostCount).toBe(lostQ1.length);
    expect(lost.rows.reduce((n, r) => n + r.lostCount, 0)).toBe(lostQ1.length);
  });

  it('follows the ramp of the 2025 hires', async () => {
    const { newHireRamp: ramp } = await client.newHireRamp({
      hiredFrom: '2025-01-01',
      hiredTo: '2025-12-31',
      months: 6,
    });
    expect(ramp.repCount).toBe(AES.length);
    for (const ae of AES) {
      const name = REPS.find((r) => r.externalId === ae)?.name;
      const first = dealRows
        .filter((d) => d.owner === ae && d.stage === 'CLOSED_WON')
        .map((d) => d.closeDate)
        .sort()[0];
      expect(ramp.reps.find((r) => r.name === name)?.firstDealDate).toBe(first);
    }
  });
});

describe('whitespace', () => {
  /** account id -> product id -> status, from SQL by docs/design.md §6. */
  let statuses: Map<string, Map<string, string>>;
  beforeAll(async () => {
    const cells = await sql<{ account: number; product: number; status: string }>(
      `SELECT a.id AS account, p.id AS product,
              CASE WHEN EXISTS (SELECT 1 FROM "AccountProduct" ap WHERE ap."accountId" = a.id AND ap."productId" = p.id) THEN 'OWNED'
                   WHEN EXISTS (SELECT 1 FROM "Opportunity" o JOIN "OpportunityLineItem" li ON li."opportunityId" = o.id
                                 WHERE o."accountId" = a.id AND li."productId" = p.id
                                   AND o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')) THEN 'IN_PIPELINE'
                   ELSE 'WHITESPACE' END AS status
         FROM "Account" a CROSS JOIN "Product" p
        WHERE a."organizationId" = $1 AND p."organizationId" = $1`,
      [org],
    );
    statuses = new Map();
    for (const c of cells) {
      const a = gid('Account', c.account);
      if (!statuses.has(a)) statuses.set(a, new Map());
      statuses.get(a)?.set(gid('Product', c.product), c.status);
    }
  });

  it('returns the matrix cell by cell, over two pages', async () => {
    const nodes = await collect(paginate((after) => client.whitespace({ first: 7, after }).then((d) => d.whitespace)));
    expect(nodes).toHaveLength(ACCOUNT_COUNT);
    for (const node of nodes) {
      const expected = statuses.get(node.account.id);
      expect(Object.fromEntries(node.cells.map((c) => [c.product.id, c.status]))).toEqual(
        Object.fromEntries(expected ?? []),
      );
      expect(node.ownedCount).toBe([...(expected?.values() ?? [])].filter((s) => s === 'OWNED').length);
    }
  });

  it('sums by product and ranks the whitespace opportunities', async () => {
    const all = [...statuses.values()].flatMap((m) => [...m.values()]);
    const { whitespaceSummary } = await client.whitespaceSummary({ groupBy: 'PRODUCT' });
    expect(whitespaceSummary.total).toMatchObject({
      accountCount: ACCOUNT_COUNT,
      ownedCount: all.filter((s) => s === 'OWNED').length,
      inPipelineCount: all.filter((s) => s === 'IN_PIPELINE').length,
      whitespaceCount: all.filter((s) => s === 'WHITESPACE').length,
    });
    const { whitespaceOpportunities: top } = await client.whitespaceOpportunities({ first: 50 });
    expect(top.edges.length).toBeGreaterThan(0);
    for (const { node } of top.edges) expect(statuses.get(node.account.id)?.get(node.product.id)).toBe('WHITESPACE');
    const values = top.edges.map((e) => new Decimal(e.node.estimatedValue));
    for (let i = 1; i < values.length; i++) expect(values[i - 1]?.gte(values[i] as Decimal)).toBe(true);
  });
});

describe('forecast', () => {
  it('rolls the manager up, records a call, and lists what moved', async () => {
    const mgr = gid('Rep', await idOf('Rep', 'MGR'));
    const q2 = dealRows.filter((d) => inQuarter(d, 2));
    const { forecast } = await client.forecast({ periodKey: 'FY2026-Q2', repId: mgr });
    expect(forecast.node.rep.id).toBe(mgr);
    expect(money(forecast.node.closed)).toBe(sum(q2.filter((d) => d.stage === 'CLOSED_WON')));
    expect(money(forecast.node.openPipeline)).toBe(
      sum(q2.filter((d) => ['COMMIT', 'BEST_CASE', 'PIPELINE'].includes(d.category) && !d.stage.startsWith('CLOSED'))),
    );
    expect(forecast.children.map((c) => c.rep.name).sort()).toEqual(['Ada AE', 'Ben AE', 'Cleo AE']);

    // Calls are taken for the current quarter (fiscal years are calendar years here).
    const today = new Date();
    const current = `FY${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
    const submitted = await client.submitForecast({
      input: { periodKey: current, repId: mgr, category: 'COMMIT', amount: '5000.00', note: 'from the SDK' },
    });
    expect(submitted.submitForecast.submission).toMatchObject({ category: 'COMMIT', note: 'from the SDK' });
    const [row] = await sql<{ amount: string; periodKey: string }>(
      `SELECT amount::text, "periodKey" FROM "ForecastSubmission" WHERE "organizationId" = $1`,
      [org],
    );
    expect({ ...row, amount: money(row?.amount) }).toEqual({ amount: '5000.00', periodKey: current });
    const after = await client.forecast({ periodKey: current, repId: mgr });
    expect(money(after.forecast.node.commitCall.submission?.amount)).toBe('5000.00');

    const { forecastChanges } = await client.forecastChanges({
      periodKey: 'FY2026-Q2',
      repId: mgr,
      since: '2020-01-01T00:00:00Z',
      // A fixed end, so the replay below sees the same window (the default is now).
      until: new Date(Date.now() + 60_000).toISOString(),
      first: 100,
    });
    expect(forecastChanges.changes.totalCount).toBe(forecastChanges.summary.reduce((n, s) => n + s.count, 0));
    const q2Ids = new Set(
      (
        await sql<{ id: number }>(
          `SELECT id FROM "Opportunity" WHERE "organizationId" = $1 AND "closeDate" >= '2026-04-01' AND "closeDate" < '2026-07-01'`,
          [org],
        )
      ).map((r) => gid('Opportunity', r.id)),
    );
    for (const { node } of forecastChanges.changes.edges) expect(q2Ids.has(node.opportunity.id)).toBe(true);
  });

  it('backtests an ended quarter against what closed', async () => {
    const mgr = gid('Rep', await idOf('Rep', 'MGR'));
    const { forecastAccuracy } = await client.forecastAccuracy({ periodKey: 'FY2026-Q1', repId: mgr, week: 12 });
    expect(forecastAccuracy.period.closed).toBe(true);
    expect(money(forecastAccuracy.node.actual)).toBe(
      sum(dealRows.filter((d) => d.stage === 'CLOSED_WON' && inQuarter(d, 1))),
    );
    expect(forecastAccuracy.children).toHaveLength(AES.length);
  });

  it('takes a snapshot now and backtests a quarter with its scores', async () => {
    const mgr = gid('Rep', await idOf('Rep', 'MGR'));
    const q2 = dealRows.filter((d) => inQuarter(d, 2));
    const { forecastSnapshot } = await client.forecastSnapshot({ periodKey: 'FY2026-Q2', repId: mgr });
    expect(forecastSnapshot.asOf).toBeNull();
    expect(money(forecastSnapshot.node.closed)).toBe(sum(q2.filter((d) => d.stage === 'CLOSED_WON')));
    const { forecastBacktest } = await client.forecastBacktest({ periodKeys: ['FY2026-Q1'], repId: mgr });
    expect(money(forecastBacktest.node.periods[0]?.actual)).toBe(
      sum(dealRows.filter((d) => d.stage === 'CLOSED_WON' && inQuarter(d, 1))),
    );
    expect(forecastBacktest.node.weeks.length).toBeGreaterThan(0);
    expect(forecastBacktest.children).toHaveLength(AES.length);
  });

  it('draws a range chart (README "A forecast range chart and a commission accrual") and refuses an ended accrual', async () => {
    const mgr = gid('Rep', await idOf('Rep', 'MGR'));
    const q2 = dealRows.filter((d) => inQuarter(d, 2));
    const { forecastRange } = await client.forecastRange({ periodKey: 'FY2026-Q2', repId: mgr });
    const closed = sum(q2.filter((d) => d.stage === 'CLOSED_WON'));
    expect(money(forecastRange.node.closed)).toBe(closed);
    expect(money(forecastRange.node.maximum)).toBe(
      sum(
        q2.filter(
          (d) =>
            d.stage === 'CLOSED_WON' ||
            (['COMMIT', 'BEST_CASE', 'PIPELINE'].includes(d.category) && !d.stage.startsWith('CLOSED')),
        ),
      ),
    );
    expect(forecastRange.node.percentiles.map((p) => p.percentile)).toEqual([0.1, 0.5, 0.9]);
    const [p10, p50, p90] = forecastRange.node.percentiles.map((p) => Number(p.amount));
    expect((p10 as number) <= (p50 as number) && (p50 as number) <= (p90 as number)).toBe(true);
    expect(forecastRange.children.map((c) => c.rep.name).sort()).toEqual(['Ada AE', 'Ben AE', 'Cleo AE']);
    // An ended quarter has a payout run, not a liability forecast: refused naming periodKey.
    await expect(client.forecastLiability({ periodKey: 'FY2026-Q2', repId: mgr })).rejects.toThrow(/periodKey/);
  });
});

// ---------------------------------------------------------------- compensation

describe('compensation', () => {
  let compPlanId = '';
  let ae1 = '';
  /** 10% commission on every booking, worked out by hand from the SQL bookings. */
  const commission = (bookings: string) => money(new Decimal(bookings).times('0.1').toString());

  it('creates, publishes and assigns a plan', async () => {
    ae1 = gid('Rep', await idOf('Rep', 'AE1'));
    const created = await client.createCompPlan({
      input: {
        name: 'AE 2026',
        effectiveStart: '2026-01-01',
        components: [
          { name: 'Commission', kind: 'COMMISSION', period: 'QUARTER', tiers: [{ fromAttainment: '0', rate: '0.1' }] },
        ],
      },
    });
    const plan = created.createCompPlan.compPlan;
    compPlanId = plan?.id as string;
    const published = await client.publishCompPlan({
      input: { id: compPlanId, expectedVersion: plan?.version as number },
    });
    expect(published.publishCompPlan.compPlan?.status).toBe('PUBLISHED');
    const assigned = await client.createCompAssignment({
      input: { compPlanId, repId: ae1, startDate: '2026-01-01', baseSalary: '60000.00', targetIncentive: '60000.00' },
    });
    expect(assigned.createCompAssignment.compAssignment?.rep.id).toBe(ae1);

    const { compPlans } = await client.compPlans({ first: 10 });
    const sqlPlans = await sql<{ id: number; status: string }>(
      `SELECT id, status FROM "CompPlan" WHERE "organizationId" = $1`,
      [org],
    );
    expect(compPlans.edges.map((e) => [e.node.id, e.node.status])).toEqual(
      sqlPlans.map((p) => [gid('CompPlan', p.id), p.status]),
    );
    const { compAssignments } = await client.compAssignments({ first: 10, filter: { repId: ae1 } });
    expect(compAssignments.edges.map((e) => money(e.node.baseSalary))).toEqual(['60000.00']);
  });

  it('computes, lists and approves a payout run, and reads the statement', async () => {
    const bookings = sum(dealRows.filter((d) => d.owner === 'AE1' && d.stage === 'CLOSED_WON' && inQuarter(d, 1)));
    const computed = await client.computePayoutRun({ input: { periodKey: 'FY2026-Q1' } });
    const run = computed.computePayoutRun.payoutRun;
    expect(computed.computePayoutRun.created).toBe(true);
    expect(money(run?.summary.total)).toBe(commission(bookings));

    const { payoutRuns } = await client.payoutRuns({ first: 10 });
    expect(payoutRuns.edges.map((e) => e.node.id)).toEqual([run?.id]);
    const { payoutRun } = await client.payoutRun({ periodKey: 'FY2026-Q1', first: 50 });
    const lines = await sql<{ amount: string; credit: string }>(
      `SELECT amount::text, credit::text FROM "PayoutLine" WHERE "organizationId" = $1 AND kind = 'COMMISSION'`,
      [org],
    );
    expect(lines.map((l) => [money(l.credit), money(l.amount)])).toEqual([[bookings, commission(bookings)]]);
    expect(payoutRun?.lines.edges.map((e) => [e.node.rep.id, money(e.node.credit), money(e.node.amount)])).toEqual([
      [ae1, bookings, commission(bookings)],
    ]);

    const approved = await client.approvePayoutRun({
      input: { id: run?.id as string, expectedVersion: run?.version as number },
    });
    expect(approved.approvePayoutRun.payoutRun?.status).toBe('APPROVED');
    const [status] = await sql<{ status: string }>(`SELECT status FROM "PayoutRun" WHERE "organizationId" = $1`, [org]);
    expect(status?.status).toBe('APPROVED');

    const { payoutStatement } = await client.payoutStatement({ periodKey: 'FY2026-Q1', repId: ae1 });
    expect(money(payoutStatement.total)).toBe(commission(bookings));
    expect(payoutStatement.payoutRun?.status).toBe('APPROVED');
  });

  it('simulates one more deal without writing anything', async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "PayoutLine"`);
    const { simulateCompensation: sim } = await client.simulateCompensation({
      input: { periodKey: 'FY2026-Q1', repId: ae1, deals: [{ amount: '1000.00', closeDate: '2026-02-15' }] },
    });
    expect(money(sim.difference)).toBe('100.00');
    expect(await sql(`SELECT count(*)::int AS n FROM "PayoutLine"`)).toEqual(before);
  });

  it('pays the run, resolves a dispute into an adjustment, and pays adjustments in the next run', async () => {
    const [q1] = await sql<{ id: number; version: number }>(
      `SELECT id, version FROM "PayoutRun" WHERE "organizationId" = $1 AND "periodKey" = 'FY2026-Q1'`,
      [org],
    );
    const paid = await client.markPayoutRunPaid({
      input: { id: gid('PayoutRun', q1?.id as number), expectedVersion: q1?.version as number },
    });
    expect(paid.markPayoutRunPaid.payoutRun?.status).toBe('PAID');
    expect(await sql(`SELECT status, "paidAt" IS NOT NULL AS paid FROM "PayoutRun" WHERE id = $1`, [q1?.id])).toEqual([
      { status: 'PAID', paid: true },
    ]);

    // A dispute on the paid commission line, resolved with a 25.00 correction.
    const [line] = await sql<{ id: number; amount: string }>(
      `SELECT id, amount::text FROM "PayoutLine" WHERE "payoutRunId" = $1 AND kind = 'COMMISSION'`,
      [q1?.id],
    );
    const lineId = gid('PayoutLine', line?.id as number);
    const opened = await client.openDispute({ input: { payoutLineId: lineId, reason: 'a split was missed' } });
    const dispute = opened.openDispute.dispute;
    expect(dispute).toMatchObject({ status: 'OPEN', reason: 'a split was missed', rep: { id: ae1 } });
    expect(dispute?.payoutLine?.id).toBe(lineId);
    expect(money(dispute?.payoutLine?.amount)).toBe(money(line?.amount));
    const { disputes } = await client.disputes({ first: 10, filter: { statuses: ['OPEN'] } });
    const openRows = await sql<{ id: number; line: number }>(
      `SELECT id, "payoutLineId" AS line FROM "Dispute" WHERE "organizationId" = $1 AND status = 'OPEN'`,
      [org],
    );
    expect(disputes.edges.map((e) => [e.node.id, e.node.payoutLine?.id])).toEqual(
      openRows.map((d) => [gid('Dispute', d.id), gid('PayoutLine', d.line)]),
    );
    const resolved = await client.resolveDispute({
      input: { id: dispute?.id as string, outcome: 'RESOLVED', resolution: 'split added', adjustmentAmount: '25.00' },
    });
    expect(resolved.resolveDispute.dispute).toMatchObject({ status: 'RESOLVED', resolution: 'split added' });
    expect(money(resolved.resolveDispute.dispute?.adjustment?.amount)).toBe('25.00');
    const [stored] = await sql<{ status: string; amount: string; run: number | null }>(
      `SELECT d.status, a.amount::text, a."payoutRunId" AS run
         FROM "Dispute" d JOIN "PayoutAdjustment" a ON a.id = d."adjustmentId" WHERE d."organizationId" = $1`,
      [org],
    );
    expect({ ...stored, amount: money(stored?.amount) }).toEqual({ status: 'RESOLVED', amount: '25.00', run: null });

    // A correction the other way, entered by hand.
    const entered = await client.createPayoutAdjustment({
      input: { repId: ae1, amount: '-10.00', reason: 'duplicate SPIFF' },
    });
    expect(entered.createPayoutAdjustment.payoutAdjustment).toMatchObject({
      reason: 'duplicate SPIFF',
      rep: { id: ae1 },
    });
    const { payoutAdjustments } = await client.payoutAdjustments({ first: 10, filter: { pending: true } });
    const pending = await sql<{ id: number; amount: string }>(
      `SELECT id, amount::text FROM "PayoutAdjustment" WHERE "organizationId" = $1 AND "payoutRunId" IS NULL`,
      [org],
    );
    expect(payoutAdjustments.edges.map((e) => [e.node.id, money(e.node.amount)]).sort()).toEqual(
      pending.map((a) => [gid('PayoutAdjustment', a.id), money(a.amount)]).sort(),
    );
    expect(pending.map((a) => money(a.amount)).sort()).toEqual(['-10.00', '25.00']);

    // The next run pays both on ADJUSTMENT lines; one more adjustment, and a recompute pays it too.
    const q2 = sum(dealRows.filter((d) => d.owner === 'AE1' && d.stage === 'CLOSED_WON' && inQuarter(d, 2)));
    const computed = await client.computePayoutRun({ input: { periodKey: 'FY2026-Q2' } });
    const run = computed.computePayoutRun.payoutRun;
    expect(money(run?.summary.total)).toBe(money(new Decimal(commission(q2)).plus('15').toString()));
    await client.createPayoutAdjustment({ input: { repId: ae1, amount: '5.00', reason: 'late SPIFF' } });
    const recomputed = await client.recomputePayoutRun({
      input: { id: run?.id as string, expectedVersion: run?.version as number },
    });
    const expected = money(new Decimal(commission(q2)).plus('20').toString());
    expect(money(recomputed.recomputePayoutRun.payoutRun?.summary.total)).toBe(expected);
    const [q2Lines] = await sql<{ total: string; adjustments: number; unpaid: number }>(
      `SELECT sum(l.amount)::text AS total, count(*) FILTER (WHERE l.kind = 'ADJUSTMENT')::int AS adjustments,
              (SELECT count(*) FROM "PayoutAdjustment" WHERE "organizationId" = $1 AND "payoutRunId" IS NULL)::int AS unpaid
         FROM "PayoutLine" l JOIN "PayoutRun" r ON r.id = l."payoutRunId"
        WHERE r."organizationId" = $1 AND r."periodKey" = 'FY2026-Q2'`,
      [org],
    );
    expect({ ...q2Lines, total: money(q2Lines?.total) }).toEqual({ total: expected, adjustments: 3, unpaid: 0 });
  });

  it('versions, edits, prices and retires the plan, and ends the assignment', async () => {
    const draft = await client.createCompPlanVersion({ input: { id: compPlanId, effectiveStart: '2027-01-01' } });
    const v2 = draft.createCompPlanVersion.compPlan;
    expect(v2).toMatchObject({ status: 'DRAFT', effectiveStart: '2027-01-01', previousVersion: { id: compPlanId } });
    const edited = await client.updateCompPlan({
      input: {
        id: v2?.id as string,
        expectedVersion: v2?.version as number,
        components: [
          { name: 'Commission', kind: 'COMMISSION', period: 'QUARTER', tiers: [{ fromAttainment: '0', rate: '0.2' }] },
        ],
      },
    });
    expect(edited.updateCompPlan.compPlan?.id).toBe(v2?.id);
    const rates = await sql<{ plan: number; rate: string }>(
      `SELECT c."compPlanId" AS plan, t.rate::text FROM "CompTier" t JOIN "CompComponent" c ON c.id = t."componentId"
        WHERE t."organizationId" = $1 ORDER BY c."compPlanId"`,
      [org],
    );
    expect(rates.map((r) => [gid('CompPlan', r.plan), new Decimal(r.rate).toFixed(2)])).toEqual([
      [compPlanId, '0.10'],
      [v2?.id, '0.20'],
    ]);

    // What the draft would have cost over FY2026: 20% instead of 10% of AE1's bookings, by hand.
    const before = await sql(`SELECT count(*)::int AS n FROM "PayoutLine"`);
    const bookings = sum(dealRows.filter((d) => d.owner === 'AE1' && d.stage === 'CLOSED_WON'));
    const { compPlanCost: cost } = await client.compPlanCost({
      input: { compPlanId: v2?.id as string, fiscalYear: 2026 },
    });
    expect(cost).toMatchObject({ repCount: 1, compPlan: { id: v2?.id }, baselineCompPlan: { id: compPlanId } });
    const proposed = money(new Decimal(bookings).times('0.2').toString());
    expect([money(cost.proposedTotal), money(cost.baselineTotal), money(cost.difference)]).toEqual([
      proposed,
      commission(bookings),
      commission(bookings),
    ]);
    expect(cost.reps.map((r) => [r.rep?.id, money(r.proposed), money(r.baseline)])).toEqual([
      [ae1, proposed, commission(bookings)],
    ]);
    expect(await sql(`SELECT count(*)::int AS n FROM "PayoutLine"`)).toEqual(before);

    const [v1] = await sql<{ version: number }>(
      `SELECT version FROM "CompPlan" WHERE "organizationId" = $1 ORDER BY id LIMIT 1`,
      [org],
    );
    const retired = await client.retireCompPlan({
      input: { id: compPlanId, expectedVersion: v1?.version as number },
    });
    expect(retired.retireCompPlan.compPlan?.status).toBe('RETIRED');
    const statuses = await sql<{ id: number; status: string }>(
      `SELECT id, status FROM "CompPlan" WHERE "organizationId" = $1 ORDER BY id`,
      [org],
    );
    expect(statuses.map((p) => [gid('CompPlan', p.id), p.status])).toEqual([
      [compPlanId, 'RETIRED'],
      [v2?.id, 'DRAFT'],
    ]);

    // The assignment: a raise, then its end, each at the version read.
    const { compAssignments } = await client.compAssignments({ first: 10, filter: { repId: ae1 } });
    const assignment = compAssignments.edges[0]?.node;
    const raised = await client.updateCompAssignment({
      input: { id: assignment?.id as string, expectedVersion: assignment?.version as number, baseSalary: '65000.00' },
    });
    const ended = await client.endCompAssignment({
      input: {
        id: assignment?.id as string,
        expectedVersion: raised.updateCompAssignment.compAssignment?.version as number,
        endDate: '2027-01-01',
      },
    });
    expect(ended.endCompAssignment.compAssignment).toMatchObject({ endDate: '2027-01-01', id: assignment?.id });
    const [stored] = await sql<{ endDate: string; baseSalary: string }>(
      `SELECT to_char("endDate", 'YYYY-MM-DD') AS "endDate", "baseSalary"::text AS "baseSalary"
         FROM "CompAssignment" WHERE "organizationId" = $1`,
      [org],
    );
    expect({ ...stored, baseSalary: money(stored?.baseSalary) }).toEqual({
      endDate: '2027-01-01',
      baseSalary: '65000.00',
    });
  });
});

describe('access', () => {
  it('issues, lists and revokes an API key', async () => {
    const created = await client.createApiKey({ input: { name: 'bi extract', scopes: ['READ_ALL'] } });
    const key = created.createApiKey.apiKey;
    expect(created.createApiKey.secret?.startsWith(key?.prefix as string)).toBe(true);
    // The new key works on its own.
    const bi = createClient({ url, apiKey: created.createApiKey.secret as string });
    expect((await bi.organization()).organization.slug).toBe('sdk-co');

    const { apiKeys } = await client.apiKeys({ first: 10 });
    const sqlKeys = await sql<{ id: number; name: string }>(
      `SELECT id, name FROM "ApiKey" WHERE "organizationId" = $1 AND "revokedAt" IS NULL`,
      [org],
    );
    expect(apiKeys.edges.map((e) => [e.node.id, e.node.name]).sort()).toEqual(
      sqlKeys.map((k) => [gid('ApiKey', k.id), k.name]).sort(),
    );

    const revoked = await client.revokeApiKey({ input: { id: key?.id as string } });
    expect(revoked.revokeApiKey.apiKey?.status).toBe('REVOKED');
    const [row] = await sql<{ revoked: boolean }>(
      `SELECT "revokedAt" IS NOT NULL AS revoked FROM "ApiKey" WHERE name = 'bi extract'`,
    );
    expect(row?.revoked).toBe(true);
  });
});

// ---------------------------------------------------------------- client behaviour

describe('bulk operations', () => {
  it('submits an export, reads and lists it, and cancels it (no worker runs here: it waits)', async () => {
    const { bulkOperationRunQuery: run } = await client.bulkOperationRunQuery({
      input: { query: '{ reps { edges { node { id name } } } }', format: 'CSV' },
    });
    const id = run.bulkOperation?.id as string;
    const [row] = await sql<{ status: string; format: string }>(
      'SELECT status::text AS status, format::text AS format FROM "BulkOperation" WHERE id = $1',
      [Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1])],
    );
    expect(run.bulkOperation).toMatchObject({ status: row?.status, format: 'CSV', objectCount: 0, url: null });
    const { bulkOperation } = await client.bulkOperation({ id });
    expect(bulkOperation?.id).toBe(id);
    const { bulkOperations } = await client.bulkOperations({ first: 10, status: 'CREATED' });
    expect(bulkOperations.edges.map((e) => e.node.id)).toContain(id);
    const { bulkOperationCancel } = await client.bulkOperationCancel({ input: { id } });
    expect(bulkOperationCancel.bulkOperation?.status).toBe('CANCELED');
    const [after] = await sql<{ status: string }>('SELECT status::text AS status FROM "BulkOperation" WHERE id = $1', [
      Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]),
    ]);
    expect(after?.status).toBe('CANCELED');
  });
});

describe('client behaviour', () => {
  it('retries a query on a simulated 503 and reports the attempts and cost', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) return new Response('unavailable', { status: 503, headers: { 'retry-after': '0' } });
      return fetch(input, init);
    };
    const seen: number[] = [];
    const c = createClient({ url, apiKey, fetch: flaky, backoffMs: 1, onResponse: (info) => seen.push(info.attempts) });
    const { organization } = await c.organization();
    expect(organization.slug).toBe('sdk-co');
    expect(calls).toBe(2);
    expect(c.lastResponse).toMatchObject({ operationName: 'Organization', status: 200, attempts: 2 });
    expect(seen).toEqual([2]);
    expect(c.lastResponse?.cost?.actualQueryCost ?? c.lastResponse?.cost?.requestedQueryCost).toBeGreaterThan(0);
  });

  it('does not retry a mutation without an idempotency key, and throws an HttpError', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls++;
      return new Response('unavailable', { status: 503 });
    };
    const c = createClient({ url, apiKey, fetch: down, backoffMs: 1 });
    const error = await c
      .approvePayoutRun({ input: { id: gid('PayoutRun', 1), expectedVersion: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(calls).toBe(1);
  });

  it('retries network failures up to `retries`, then throws a NetworkError; a spent budget is a RateLimitError', async () => {
    let calls = 0;
    const refused: typeof fetch = async () => {
      calls++;
      throw new TypeError('fetch failed: connection refused');
    };
    const c = createClient({ url, apiKey, fetch: refused, retries: 2, backoffMs: 1 });
    const error = await c.organization().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(calls).toBe(3);

    const limited: typeof fetch = async () =>
      new Response(
        JSON.stringify({ errors: [{ message: 'cost budget exhausted', extensions: { code: 'RATE_LIMITED' } }] }),
        {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '7' },
        },
      );
    const r = createClient({ url, apiKey, fetch: limited, retries: 0 });
    const limit = await r.organization().catch((e: unknown) => e);
    expect(limit).toBeInstanceOf(RateLimitError);
    expect(limit).toMatchObject({ status: 429, retryAfterSeconds: 7, message: 'cost budget exhausted' });
  });

  it('waits as long as a 429 Retry-After asks, in seconds or as an HTTP-date', async () => {
    // The header parsed, against seconds worked out by hand.
    const now = Date.parse('Wed, 21 Oct 2026 07:27:30 GMT');
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBeNull();
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();

    const throttled = (retryAfter: () => string) => {
      const times: number[] = [];
      const f: typeof fetch = async (input, init) => {
        times.push(Date.now());
        if (times.length > 1) return fetch(input, init);
        return new Response(JSON.stringify({ errors: [{ message: 'cost budget exhausted' }] }), {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': retryAfter() },
        });
      };
      return { times, fetch: f };
    };
    // Seconds: the retry comes a second later although the backoff alone would be 1 ms.
    const seconds = throttled(() => '1');
    const a = createClient({ url, apiKey, fetch: seconds.fetch, backoffMs: 1 });
    expect((await a.organization()).organization.slug).toBe('sdk-co');
    expect(a.lastResponse).toMatchObject({ status: 200, attempts: 2 });
    expect((seconds.times[1] as number) - (seconds.times[0] as number)).toBeGreaterThanOrEqual(990);
    // An HTTP-date (whole seconds) between one and two seconds ahead: the retry waits for it.
    const at = Math.ceil(Date.now() / 1000) * 1000 + 1000;
    const dated = throttled(() => new Date(at).toUTCString());
    const b = createClient({ url, apiKey, fetch: dated.fetch, backoffMs: 1 });
    expect((await b.organization()).organization.slug).toBe('sdk-co');
    expect(dated.times).toHaveLength(2);
    expect(dated.times[1]).toBeGreaterThanOrEqual(at - 10);
    // Out of retries, the error carries what the date asked for.
    const later = Date.now() + 60_000;
    const refused = throttled(() => new Date(later).toUTCString());
    const error = await createClient({ url, apiKey, fetch: refused.fetch, retries: 0 })
      .organization()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    const wait = (error as RateLimitError).retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('abandons an attempt after timeoutMs, retries it, then throws a NetworkError', async () => {
    let calls = 0;
    const hanging: typeof fetch = (_input, init) => {
      calls++;
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      });
    };
    const c = createClient({ url, apiKey, fetch: hanging, timeoutMs: 50, retries: 1, backoffMs: 1 });
    const error = await c.organization().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe('timed out after 50 ms');
    expect(calls).toBe(2);
  });

  it('authenticates a first-party user with a JWT `token`', async () => {
    const c = createClient({ url, token: await userToken('mgr@sdk.test') });
    const { viewer } = await c.viewer();
    const [mgr] = await sql<{ id: number; name: string }>(
      `SELECT id, name FROM "Rep" WHERE "organizationId" = $1 AND email = 'mgr@sdk.test'`,
      [org],
    );
    expect(viewer).toMatchObject({
      kind: 'USER',
      principal: 'user:user-mgr@sdk.test',
      rep: { id: gid('Rep', mgr?.id as number), name: mgr?.name },
    });
    // A token signed with another secret is refused as unauthenticated.
    const forged = await new SignJWT({ sub: 'x', org: 'sdk-co', scope: 'read:all' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-of-at-least-32-characters!'));
    const error = await createClient({ url, token: forged })
      .viewer()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('UNAUTHENTICATED');
  });

  it('exports a multi-page connection as CSV, checked row by row against SQL', async () => {
    const rows = paginate((after) =>
      client.accounts({ first: 5, after, orderBy: { field: 'NAME' } }).then((d) => d.accounts),
    );
    const csv = (
      await collect(
        exportRows(rows, {
          format: 'csv',
          columns: [
            'id',
            'externalId',
            'name',
            'industry',
            'employees',
            'annualRevenue',
            { header: 'owner', path: 'owner.name' },
          ],
        }),
      )
    ).join('');
    const lines = csv.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.shift()).toBe('id,externalId,name,industry,employees,annualRevenue,owner');
    const expected = await sql<Record<string, string | number | null>>(
      `SELECT a.id, a."externalId", a.name, a.industry, a.employees, a."annualRevenue"::text AS "annualRevenue", r.name AS owner
         FROM "Account" a LEFT JOIN "Rep" r ON r.id = a."ownerId" WHERE a."organizationId" = $1 ORDER BY a.name, a.id`,
      [org],
    );
    expect(lines).toHaveLength(expected.length);
    const quote = (v: unknown) => {
      const s = v == null ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    };
    for (const [i, row] of expected.entries()) {
      const revenue = row.annualRevenue == null ? null : money(row.annualRevenue as string);
      const got = lines[i]?.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/) ?? [];
      const gotRevenue = got[5] ? money(got[5]) : null;
      expect([...got.slice(0, 5), gotRevenue, got[6]]).toEqual([
        gid('Account', row.id as number),
        row.externalId,
        quote(row.name),
        row.industry,
        String(row.employees),
        revenue,
        row.owner,
      ]);
    }
    const ndjson = (
      await collect(exportRows([{ a: { b: 1 } }], { format: 'ndjson', columns: [{ header: 'b', path: 'a.b' }] }))
    ).join('');
    expect(ndjson).toBe('{"b":1}\n');
  });

  it('runs page requests with bounded concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const ids = (
      await sql<{ id: number }>(`SELECT id FROM "Account" WHERE "organizationId" = $1 ORDER BY id`, [org])
    ).map((r) => gid('Account', r.id));
    const names = await fetchAll(
      ids,
      async (id) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        const { node } = await client.node({ id });
        inFlight--;
        return node && 'industry' in node ? node.name : null;
      },
      { concurrency: 3 },
    );
    expect(peak).toBeLessThanOrEqual(3);
    const sqlNames = await sql<{ name: string }>(`SELECT name FROM "Account" WHERE "organizationId" = $1 ORDER BY id`, [
      org,
    ]);
    expect(names).toEqual(sqlNames.map((r) => r.name));
  });
});

// ---------------------------------------------------------------- persisted (trusted) documents

describe('trusted documents', () => {
  const manifestPath = path.join(root, 'sdk/src/generated/persisted-documents.json');
  let trusted: TestClient;
  let trustedUrl = '';
  beforeAll(async () => {
    // The manifest read the way the server reads it in production (COXSWAIN_TRUSTED_DOCUMENTS).
    const { trustedDocuments } = securityOptionsFromEnv({ COXSWAIN_TRUSTED_DOCUMENTS: manifestPath });
    trusted = await createTestClient(db, { listen: true, security: { trustedDocuments, jwt: { secret: JWT_SECRET } } });
    trustedUrl = `${trusted.url}/graphql`;
  });
  afterAll(async () => {
    await trusted?.close();
  });

  it('codegen emits every operation of the library under the sha256 of its text', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    for (const [hash, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
      expect(parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)).toHaveLength(1);
    }
    const named = Object.fromEntries(
      Object.entries(manifest).map(([hash, text]) => [/^(?:query|mutation) (\w+)/.exec(text)?.[1], hash]),
    );
    expect(Object.keys(named).sort()).toEqual(operations.map((o) => o.name?.value).sort());
    expect(persistedDocumentHashes).toEqual(named);
  });

  it("accepts the SDK's hashed operations from a JWT caller and refuses arbitrary documents", async () => {
    const token = await userToken('mgr@sdk.test', 'read:people read:all write:forecast');
    const bodies: Record<string, unknown>[] = [];
    const spy: typeof fetch = (input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    };
    const app = createClient({ url: trustedUrl, token, persistedDocuments: persistedDocumentHashes, fetch: spy });
    const { organization } = await app.organization();
    const [row] = await sql<{ name: string; slug: string }>(`SELECT name, slug FROM "Organization" WHERE id = $1`, [
      org,
    ]);
    expect(organization).toMatchObject({ name: row?.name, slug: row?.slug });
    expect(bodies[0]).toEqual({
      operationName: 'Organization',
      extensions: { persistedQuery: { version: 1, sha256Hash: persistedDocumentHashes.Organization } },
    });

    // A hashed mutation with variables: the manager's best-case call, checked in SQL.
    const mgr = gid('Rep', await idOf('Rep', 'MGR'));
    // Calls are taken for periods that have not ended: next year's first quarter, whatever today is.
    const periodKey = `FY${new Date().getUTCFullYear() + 1}-Q1`;
    const submitted = await app.submitForecast({
      input: { periodKey, repId: mgr, category: 'BEST_CASE', amount: '7000.00', note: 'hashed' },
    });
    expect(submitted.submitForecast.submission).toMatchObject({ category: 'BEST_CASE', note: 'hashed' });
    expect(bodies.at(-1)).not.toHaveProperty('query');
    const [call] = await sql<{ amount: string; submittedBy: string }>(
      `SELECT amount::text, "submittedBy" FROM "ForecastSubmission" WHERE "organizationId" = $1 AND note = 'hashed'`,
      [org],
    );
    expect({ ...call, amount: money(call?.amount) }).toEqual({
      amount: '7000.00',
      submittedBy: 'user:user-mgr@sdk.test',
    });

    // The same user sending text (arbitrary, or even the library's own) is refused.
    const arbitrary = await app.request('query Org { organization { name } }').catch((e: unknown) => e);
    expect(arbitrary).toBeInstanceOf(GraphQLRequestError);
    expect((arbitrary as GraphQLRequestError).code).toBe('PERSISTED_QUERY_REQUIRED');
    const text = await createClient({ url: trustedUrl, token })
      .organization()
      .catch((e: unknown) => e);
    expect((text as GraphQLRequestError).code).toBe('PERSISTED_QUERY_REQUIRED');
    // A partner's API key may still send any document.
    const partner = createClient({ url: trustedUrl, apiKey });
    const data = await partner.request<{ organization: { slug: string } }>('query { organization { slug } }');
    expect(data.organization.slug).toBe(row?.slug);
  });
});

// ---------------------------------------------------------------- partner sync

describe('partner sync (installed products, quotas, history, tombstones)', () => {
  it('runs each sync operation and the rows land, or leave, as SQL shows', async () => {
    const installed = await client.upsertInstalledProducts({
      input: {
        rows: [{ accountExternalId: 'ACC-02', productExternalId: 'P3', arr: '480.00', startDate: '2025-03-01' }],
      },
    });
    expect(installed.upsertInstalledProducts).toMatchObject({ created: 1, userErrors: [] });
    const acc2 = await idOf('Account', 'ACC-02');
    const p3 = await idOf('Product', 'P3');
    const arr = await sql<{ arr: string; effectiveFrom: string }>(
      `SELECT arr::text, "effectiveFrom"::text AS "effectiveFrom" FROM "AccountProductArr" WHERE "accountId" = $1 AND "productId" = $2`,
      [acc2, p3],
    );
    expect(arr).toEqual([{ arr: '480.00', effectiveFrom: '2025-03-01' }]);

    const plan = await db.prisma.salesPlan.create({
      data: { organizationId: org, fiscalYear: 2030, name: 'FY30 sync', status: 'ACTIVE' },
    });
    const quotas = await client.upsertQuotas({
      input: { rows: [{ repExternalId: 'AE1', periodKey: 'FY2030-Q1', amount: '90000.00' }] },
    });
    expect(quotas.upsertQuotas).toMatchObject({ created: 1, userErrors: [] });
    const quota = await sql<{ amount: string; periodStart: string }>(
      `SELECT amount::text, "periodStart"::text AS "periodStart" FROM "Quota" WHERE "salesPlanId" = $1`,
      [plan.id],
    );
    expect(quota).toEqual([{ amount: '90000.00', periodStart: '2030-01-01' }]);

    const history = await client.importOpportunityHistory({
      input: {
        rows: [
          {
            opportunityExternalId: 'OPP-01',
            changedAt: '2025-12-02T10:00:00Z',
            stage: 'QUALIFICATION',
            amount: '100.50',
            closeDate: '2026-01-10',
          },
        ],
      },
    });
    expect(history.importOpportunityHistory).toMatchObject({ created: 1, userErrors: [] });
    const opp1 = await idOf('Opportunity', 'OPP-01');
    const events = await sql<{ stage: string }>(
      `SELECT stage::text FROM "OpportunityHistory" WHERE "opportunityId" = $1 AND "changedAt" = '2025-12-02 10:00:00'`,
      [opp1],
    );
    expect(events).toEqual([{ stage: 'QUALIFICATION' }]);

    // Records made for deleting, so the data the other tests read stays as it is.
    await client.upsertProducts({
      input: { rows: [{ externalId: 'P-DEL', name: 'Gone', family: 'Old', listPrice: '1.00' }] },
    });
    await client.upsertAccounts({
      input: {
        rows: [{ externalId: 'ACC-DEL', name: 'Gone', industry: 'Retail', country: 'US', region: 'NA', employees: 5 }],
      },
    });
    await client.upsertOpportunities({
      input: { rows: [{ ...dealRow(0), externalId: 'OPP-DEL', accountExternalId: 'ACC-DEL' }] },
    });
    const removedDeal = await client.deleteOpportunities({ input: { rows: [{ externalId: 'OPP-DEL' }] } });
    expect(removedDeal.deleteOpportunities).toMatchObject({ deleted: 1, userErrors: [] });
    const removedAccount = await client.deleteAccounts({ input: { rows: [{ externalId: 'ACC-DEL' }] } });
    expect(removedAccount.deleteAccounts).toMatchObject({ deleted: 1, userErrors: [] });
    const removedProduct = await client.deleteProducts({ input: { rows: [{ externalId: 'P-DEL' }] } });
    expect(removedProduct.deleteProducts).toMatchObject({ deleted: 1, userErrors: [] });
    const removedInstalled = await client.deleteInstalledProducts({
      input: { rows: [{ accountExternalId: 'ACC-02', productExternalId: 'P3' }] },
    });
    expect(removedInstalled.deleteInstalledProducts).toMatchObject({ deleted: 1, userErrors: [] });
    const left = await sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM "Opportunity" WHERE "organizationId" = $1 AND "externalId" = 'OPP-DEL')
            + (SELECT count(*) FROM "Account" WHERE "organizationId" = $1 AND "externalId" = 'ACC-DEL')
            + (SELECT count(*) FROM "Product" WHERE "organizationId" = $1 AND "externalId" = 'P-DEL')
            + (SELECT count(*) FROM "AccountProduct" WHERE "accountId" = $2 AND "productId" = $3) AS n`,
      [org, acc2, p3],
    );
    expect(Number(left[0]?.n)).toBe(0);
  });
});

describe('webhooks and the audit trail', () => {
  it('creates, lists, pauses, resumes and deletes a subscription, with its deliveries and audit events as SQL shows', async () => {
    const rowId = (id: string) => Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);
    /** A subscription as SQL holds it, in the shape the API gives it. */
    const subscriptionRow = async (id: number) => {
      const [row] = await sql<{
        url: string;
        description: string | null;
        topics: string[];
        status: string;
        secret: string;
        consecutiveFailures: number;
        pending: number;
        createdAt: string;
      }>(
        `SELECT s.url, s.description, s.topics, s.status::text AS status, s.secret,
                s."consecutiveFailures" AS "consecutiveFailures",
                (SELECT count(*)::int FROM "WebhookDelivery" d WHERE d."subscriptionId" = s.id AND d.status = 'PENDING') AS pending,
                to_char(s."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
           FROM "WebhookSubscription" s WHERE s."organizationId" = $1 AND s.id = $2`,
        [org, id],
      );
      return row;
    };

    // A local receiver: in tests (NODE_ENV is not production) private and loopback URLs are allowed.
    const created = await client.createWebhookSubscription({
      input: { url: 'http://127.0.0.1:9/sdk-hooks', topics: ['ACCOUNT'], description: 'SDK test receiver' },
    });
    expect(created.createWebhookSubscription.userErrors).toEqual([]);
    const subscription = created.createWebhookSubscription.webhookSubscription;
    const id = subscription?.id as string;
    const subId = rowId(id);
    expect(id).toBe(gid('WebhookSubscription', subId));
    const stored = await subscriptionRow(subId);
    expect(stored).toMatchObject({
      url: 'http://127.0.0.1:9/sdk-hooks',
      description: 'SDK test receiver',
      topics: ['account'],
      status: 'ACTIVE',
      consecutiveFailures: 0,
      pending: 0,
    });
    // The signing secret is shown once, and is the one the platform signs with.
    expect(created.createWebhookSubscription.secret).toBe(stored?.secret);
    expect(stored?.secret.startsWith('whsec_')).toBe(true);
    expect(subscription).toMatchObject({
      url: stored?.url,
      description: stored?.description,
      topics: ['ACCOUNT'],
      status: 'ACTIVE',
      disabledReason: null,
      disabledAt: null,
      consecutiveFailures: 0,
      nextAttemptAt: null,
      pendingDeliveryCount: 0,
      createdAt: stored?.createdAt,
    });

    // Two account events: one while active, one while paused (events are kept while paused).
    await client.upsertAccounts({
      input: {
        rows: [
          { externalId: 'ACC-HOOK', name: 'Hooked', industry: 'Retail', country: 'US', region: 'NA', employees: 7 },
        ],
      },
    });
    const accountId = await idOf('Account', 'ACC-HOOK');

    const { webhookSubscriptions } = await client.webhookSubscriptions({ first: 100 });
    const sqlSubscriptions = await sql<{ id: number; url: string; status: string }>(
      `SELECT id, url, status::text AS status FROM "WebhookSubscription" WHERE "organizationId" = $1 ORDER BY id DESC`,
      [org],
    );
    expect(webhookSubscriptions.totalCount).toBe(sqlSubscriptions.length);
    expect(webhookSubscriptions.edges.map((e) => [e.node.id, e.node.url, e.node.status])).toEqual(
      sqlSubscriptions.map((s) => [gid('WebhookSubscription', s.id), s.url, s.status]),
    );
    const listed = webhookSubscriptions.edges.find((e) => e.node.id === id)?.node;
    expect(listed?.pendingDeliveryCount).toBe((await subscriptionRow(subId))?.pending);
    expect(listed?.pendingDeliveryCount).toBe(1);

    const paused = await client.pauseWebhookSubscription({ input: { id } });
    expect(paused.pauseWebhookSubscription.userErrors).toEqual([]);
    expect(paused.pauseWebhookSubscription.webhookSubscription?.status).toBe('PAUSED');
    expect((await subscriptionRow(subId))?.status).toBe('PAUSED');

    await client.deleteAccounts({ input: { rows: [{ externalId: 'ACC-HOOK' }] } });

    const resumed = await client.resumeWebhookSubscription({ input: { id } });
    expect(resumed.resumeWebhookSubscription.userErrors).toEqual([]);
    expect(resumed.resumeWebhookSubscription.webhookSubscription).toMatchObject({
      status: 'ACTIVE',
      consecutiveFailures: 0,
      pendingDeliveryCount: 2,
    });
    expect(await subscriptionRow(subId)).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0, pending: 2 });

    const secretsRow = async () =>
      (
        await sql<{ secret: string; previousSecret: string | null; expiresAt: string | null }>(
          `SELECT secret, "previousSecret",
                  to_char("previousSecretExpiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt"
             FROM "WebhookSubscription" WHERE id = $1`,
          [subId],
        )
      )[0];
    const beforeRotation = await secretsRow();
    const rotated = await client.rotateWebhookSecret({ input: { id, overlapSeconds: 600 } });
    expect(rotated.rotateWebhookSecret.userErrors).toEqual([]);
    const afterRotation = await secretsRow();
    expect(afterRotation?.previousSecret).toBe(beforeRotation?.secret);
    expect(rotated.rotateWebhookSecret.secret).toBe(afterRotation?.secret);
    expect(rotated.rotateWebhookSecret.previousSecretExpiresAt).toBe(afterRotation?.expiresAt);
    expect(rotated.rotateWebhookSecret.webhookSubscription?.previousSecretExpiresAt).toBe(afterRotation?.expiresAt);

    // The delivery log: no worker runs here, so both events wait, newest first.
    const { webhookDeliveries } = await client.webhookDeliveries({ first: 10, filter: { subscriptionId: id } });
    const sqlDeliveries = await sql<{
      id: number;
      eventId: number;
      eventType: string;
      status: string;
      attempts: number;
      entityType: string;
      entityId: string;
      createdAt: string;
    }>(
      `SELECT d.id, d."eventId" AS "eventId", d."eventType" AS "eventType", d.status::text AS status, d.attempts,
              e."entityType" AS "entityType", e."entityId" AS "entityId",
              to_char(d."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM "WebhookDelivery" d JOIN "AuditEvent" e ON e.id = d."eventId"
        WHERE d."organizationId" = $1 AND d."subscriptionId" = $2 ORDER BY d.id DESC`,
      [org, subId],
    );
    expect(sqlDeliveries.map((d) => [d.eventType, d.status, d.attempts, d.entityType, d.entityId])).toEqual([
      ['account.deleted', 'PENDING', 0, 'Account', String(accountId)],
      ['account.created', 'PENDING', 0, 'Account', String(accountId)],
    ]);
    expect(webhookDeliveries.totalCount).toBe(sqlDeliveries.length);
    expect(
      webhookDeliveries.edges.map((e) => ({
        id: e.node.id,
        eventId: e.node.eventId,
        eventType: e.node.eventType,
        status: e.node.status,
        attempts: e.node.attempts,
        lastStatusCode: e.node.lastStatusCode,
        lastError: e.node.lastError,
        lastAttemptAt: e.node.lastAttemptAt,
        deliveredAt: e.node.deliveredAt,
        createdAt: e.node.createdAt,
        subscription: e.node.subscription.id,
      })),
    ).toEqual(
      sqlDeliveries.map((d) => ({
        id: gid('WebhookDelivery', d.id),
        eventId: gid('AuditEvent', d.eventId),
        eventType: d.eventType,
        status: d.status,
        attempts: d.attempts,
        lastStatusCode: null,
        lastError: null,
        lastAttemptAt: null,
        deliveredAt: null,
        createdAt: d.createdAt,
        subscription: id,
      })),
    );
    const delivered = await client.webhookDeliveries({
      first: 10,
      filter: { subscriptionId: id, status: 'DELIVERED' },
    });
    expect(delivered.webhookDeliveries.totalCount).toBe(0);

    const deleted = await client.deleteWebhookSubscription({ input: { id } });
    expect(deleted.deleteWebhookSubscription).toEqual({ deletedId: id, userErrors: [] });
    const [left] = await sql<{ subscriptions: number; deliveries: number }>(
      `SELECT (SELECT count(*)::int FROM "WebhookSubscription" WHERE id = $1) AS subscriptions,
              (SELECT count(*)::int FROM "WebhookDelivery" WHERE "subscriptionId" = $1) AS deliveries`,
      [subId],
    );
    expect(left).toEqual({ subscriptions: 0, deliveries: 0 });
    expect(
      (await client.webhookSubscriptions({ first: 100 })).webhookSubscriptions.edges.map((e) => e.node.id),
    ).not.toContain(id);

    // The audit trail: the subscription's life, newest first, as the AuditEvent table holds it.
    type AuditRow = {
      id: number;
      actorType: string;
      actorId: string;
      requestId: string | null;
      action: string;
      entityType: string;
      entityId: string;
      topic: string | null;
      eventType: string | null;
      createdAt: string;
    };
    const auditSelect = `SELECT id, "actorType" AS "actorType", "actorId" AS "actorId", "requestId" AS "requestId", action,
              "entityType" AS "entityType", "entityId" AS "entityId", topic, "eventType" AS "eventType",
              to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM "AuditEvent"`;
    const apiAudit = (edges: { node: Partial<Record<keyof AuditRow, unknown>> }[]) =>
      edges.map(({ node: n }) => ({
        id: n.id,
        actorType: n.actorType,
        actorId: n.actorId,
        requestId: n.requestId,
        action: n.action,
        entityType: n.entityType,
        entityId: n.entityId,
        topic: n.topic,
        eventType: n.eventType,
        createdAt: n.createdAt,
      }));
    const sqlAudit = (rows: AuditRow[]) => rows.map((r) => ({ ...r, id: gid('AuditEvent', r.id) }));

    const lifecycle = await sql<AuditRow>(
      `${auditSelect} WHERE "organizationId" = $1 AND "entityType" = 'WebhookSubscription' AND "entityId" = $2 ORDER BY id DESC`,
      [org, String(subId)],
    );
    expect(lifecycle.map((r) => r.action)).toEqual([
      'webhookSubscription.delete',
      'webhookSubscription.rotateSecret',
      'webhookSubscription.resume',
      'webhookSubscription.pause',
      'webhookSubscription.create',
    ]);
    const { auditEvents: ofSubscription } = await client.auditEvents({
      first: 10,
      filter: { entityType: 'WebhookSubscription' },
    });
    expect(ofSubscription.totalCount).toBe(lifecycle.length);
    expect(apiAudit(ofSubscription.edges)).toEqual(sqlAudit(lifecycle));
    const created0 = ofSubscription.edges.at(-1)?.node;
    expect(created0?.after).toMatchObject({ url: 'http://127.0.0.1:9/sdk-hooks', topics: ['account'] });
    expect(JSON.stringify(created0?.after)).not.toContain(stored?.secret as string);

    // The account's change events, filtered by its global ID: the events the deliveries carried.
    const { auditEvents: ofAccount } = await client.auditEvents({
      first: 10,
      filter: { entityId: gid('Account', accountId) },
    });
    const accountEvents = await sql<AuditRow>(
      `${auditSelect} WHERE "organizationId" = $1 AND "entityType" = 'Account' AND "entityId" = $2 ORDER BY id DESC`,
      [org, String(accountId)],
    );
    expect(apiAudit(ofAccount.edges)).toEqual(sqlAudit(accountEvents));
    expect(accountEvents.map((r) => [r.topic, r.eventType])).toEqual([
      ['account', 'account.deleted'],
      ['account', 'account.created'],
    ]);
    expect(accountEvents.map((r) => gid('AuditEvent', r.id))).toEqual(
      sqlDeliveries.map((d) => gid('AuditEvent', d.eventId)),
    );

    // The whole trail, paged backwards from the end: the oldest three, as SQL orders them.
    const total = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1`, [
      org,
    ]);
    const { auditEvents: oldest } = await client.auditEvents({ last: 3 });
    expect(oldest.totalCount).toBe(total[0]?.n);
    const oldestRows = await sql<AuditRow>(
      `SELECT * FROM (${auditSelect} WHERE "organizationId" = $1 ORDER BY id ASC LIMIT 3) o ORDER BY id DESC`,
      [org],
    );
    expect(apiAudit(oldest.edges)).toEqual(sqlAudit(oldestRows));
  });
});

// ---------------------------------------------------------------- coverage of the schema

describe('retention', () => {
  it('bridges a fiscal year by segment as SQL over the ARR of every account shows', async () => {
    // An installation with history: 600.00 from 2025-03-01, 900.00 from 2025-09-01.
    const installed = await client.upsertInstalledProducts({
      input: {
        rows: [{ accountExternalId: 'ACC-02', productExternalId: 'P3', arr: '600.00', startDate: '2025-03-01' }],
      },
    });
    expect(installed.upsertInstalledProducts).toMatchObject({ created: 1, userErrors: [] });
    const changed = await client.upsertInstalledProducts({
      input: {
        rows: [
          {
            accountExternalId: 'ACC-02',
            productExternalId: 'P3',
            arr: '900.00',
            startDate: '2025-03-01',
            arrEffectiveDate: '2025-09-01',
          },
        ],
      },
    });
    expect(changed.upsertInstalledProducts).toMatchObject({ updated: 1, userErrors: [] });
    const { retention } = await client.retention({ period: 'FY2026', groupBy: 'SEGMENT' });
    const [settings] = await sql<{ fiscalYearStartMonth: number }>(
      'SELECT "fiscalYearStartMonth" FROM "Organization" WHERE id = $1',
      [org],
    );
    const fy = parsePeriodKey('FY2026', settings!.fiscalYearStartMonth);
    const before = (date: Date) => new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
    const arrOn = (day: string) => `coalesce((SELECT sum((SELECT h.arr FROM "AccountProductArr" h
        WHERE h."accountId" = ap."accountId" AND h."productId" = ap."productId" AND h."effectiveFrom" <= '${day}'
        ORDER BY h."effectiveFrom" DESC LIMIT 1)) FROM "AccountProduct" ap
       WHERE ap."accountId" = a.id AND ap.since <= '${day}' AND (ap."endDate" IS NULL OR ap."endDate" > '${day}')), 0)`;
    const rows = await sql<{ segment: string; s: string; e: string }>(
      `SELECT a.segment::text AS segment, ${arrOn(before(fy.start))}::text AS s, ${arrOn(before(fy.end))}::text AS e
         FROM "Account" a WHERE a."organizationId" = $1`,
      [org],
    );
    const total = (pick: (r: { s: string; e: string }) => string, of = rows) =>
      money(of.reduce((acc, r) => acc.plus(pick(r)), new Decimal(0)).toString());
    expect([retention.total.startingArr, retention.total.endingArr].map(money)).toEqual([
      total((r) => r.s),
      total((r) => r.e),
    ]);
    expect(new Decimal(retention.total.endingArr).gt(0)).toBe(true);
    for (const row of retention.rows) {
      const mine = rows.filter((r) => r.segment === row.segment);
      expect([money(row.startingArr), money(row.endingArr)]).toEqual([
        total((r) => r.s, mine),
        total((r) => r.e, mine),
      ]);
      const bridge = new Decimal(row.startingArr)
        .plus(row.newArr)
        .plus(row.expansionArr)
        .plus(row.reactivationArr)
        .minus(row.contractionArr)
        .minus(row.churnedArr);
      expect(money(bridge.toString())).toBe(money(row.endingArr));
    }
  });
});

describe('hierarchy', () => {
  it("lists today's hierarchy as the reps' managers in SQL show, and refuses a future asOf on asOf", async () => {
    const { hierarchy } = await client.hierarchy({});
    const expected = await sql<{ id: number; manager: number | null }>(
      `SELECT id, "managerId" AS manager FROM "Rep" WHERE "organizationId" = $1 AND "hireDate" <= current_date ORDER BY id`,
      [org],
    );
    const got = hierarchy
      .map((e) => ({
        id: decodeRowId(e.rep.id)?.id,
        manager: e.manager ? (decodeRowId(e.manager.id)?.id ?? null) : null,
      }))
      .sort((a, b) => (a.id as number) - (b.id as number));
    expect(got).toEqual(expected);
    await expect(client.hierarchy({ asOf: '2999-01-01' })).rejects.toMatchObject({
      code: 'OUT_OF_RANGE',
      field: ['asOf'],
    });
  });
});

describe('the operation library covers the schema', () => {
  it('has an operation for every root query and mutation field of api/schema.graphql', () => {
    const schema = buildSchema(readFileSync(path.join(root, 'api/schema.graphql'), 'utf8'));
    const covered = new Set(
      operations.flatMap((op) =>
        op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`${op.operation} ${s.name.value}`] : [])),
      ),
    );
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    const missing = roots
      .flatMap(([kind, type]) => Object.keys(type?.getFields() ?? {}).map((field) => `${kind} ${field}`))
      .filter((field) => !covered.has(field));
    expect(missing).toEqual([]);
  });

  it('sdk/README.md names every operation and states their true number', () => {
    const readme = readFileSync(path.join(root, 'sdk/README.md'), 'utf8');
    const counts = [...readme.matchAll(/(\d+) operations/g)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual(counts.map(() => operations.length));
    expect(operations.filter((op) => !readme.includes(`\`${op.name?.value}\``)).map((op) => op.name?.value)).toEqual(
      [],
    );
  });
});

describe('funnel and win/loss (the README example)', () => {
  it('reports the deals created and closed in the period, as SQL counts them', async () => {
    // The calls of sdk/README.md "Funnel and win/loss".
    const { funnel } = await client.funnel({ period: 'FY2026', groupBy: 'SOURCE' });
    const { winLoss } = await client.winLoss({ period: 'FY2026', groupBy: 'TYPE' });
    const [created] = await sql<{ n: number; amount: string | null; won: string | null }>(
      `SELECT count(*)::int AS n, sum(amount)::text AS amount, sum(amount) FILTER (WHERE stage = 'CLOSED_WON')::text AS won
         FROM "Opportunity" WHERE "organizationId" = $1 AND "createdDate" >= '2026-01-01' AND "createdDate" < '2027-01-01'`,
      [org],
    );
    expect(funnel.total.deals).toBe(created?.n);
    expect(money(funnel.total.pipelineCreated)).toBe(money(created?.amount ?? 0));
    expect(money(funnel.total.pipelineWon)).toBe(money(created?.won ?? 0));
    expect(funnel.total.stages.map((s) => s.stage)).toEqual([
      'PROSPECTING',
      'QUALIFICATION',
      'DISCOVERY',
      'PROPOSAL',
      'NEGOTIATION',
      'CLOSED_WON',
    ]);
    const byType = await sql<{ type: string; won: number; lost: number }>(
      `SELECT type::text, count(*) FILTER (WHERE stage = 'CLOSED_WON')::int AS won, count(*) FILTER (WHERE stage = 'CLOSED_LOST')::int AS lost
         FROM "Opportunity" WHERE "organizationId" = $1 AND "closeDate" >= '2026-01-01' AND "closeDate" < '2027-01-01'
          AND stage IN ('CLOSED_WON', 'CLOSED_LOST') GROUP BY type ORDER BY type`,
      [org],
    );
    expect(winLoss.rows.map((r) => [r.key, r.wonCount, r.lostCount])).toEqual(
      byType.map((r) => [r.type, r.won, r.lost]),
    );
  });
});

describe('the library through urql, with only the generated documents', () => {
  it('ran every operation of the library, and urql sent every mutation', () => {
    const library = Object.keys(documents)
      .filter((k) => k.endsWith('Document'))
      .map((k) => k.slice(0, -'Document'.length));
    expect(library.sort()).toEqual(operations.map((op) => op.name?.value).sort());
    expect(library.filter((name) => !sent.has(name))).toEqual([]);
    const mutations = operations.filter((op) => op.operation === 'mutation').map((op) => op.name?.value as string);
    expect(mutations.length).toBeGreaterThan(30);
    expect(mutations.filter((name) => !mutatedByUrql.has(name))).toEqual([]);
  });

  it('ingests through urql with a generated mutation document', async () => {
    const result = await urql
      .mutation(documents.UpsertProductsDocument, {
        input: { rows: [{ externalId: 'P4', name: 'Training', family: 'Services', listPrice: '150.00' }] },
      })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.upsertProducts).toMatchObject({ created: 1, userErrors: [] });
    const [row] = await sql<{ id: number; listPrice: string }>(
      `SELECT id, "listPrice"::text AS "listPrice" FROM "Product" WHERE "organizationId" = $1 AND "externalId" = 'P4'`,
      [org],
    );
    expect(result.data?.upsertProducts.results[0]?.id).toBe(gid('Product', row?.id as number));
    expect(money(row?.listPrice)).toBe('150.00');
  });

  it('returned the same data for every query through urql', () => {
    expect(replayed).toBeGreaterThan(30);
    expect(differences).toEqual([]);
  });
});
