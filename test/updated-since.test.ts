// Incremental extracts (issue 16): `filter: { updatedSince }` on the opportunities, accounts,
// reps, quotas and installedProducts connections returns the rows changed at or after the instant,
// and no other, compared with SQL over the same tables. Every row starts with an old updatedAt;
// then one row of each kind changes through its real write path (the ingestion mutations' bulk
// SQL, setQuotas' raw SQL, Prisma's @updatedAt), a quota is sent again unchanged (it must not
// move), and the other organization changes too (never returned). Also: the filter is read
// through the (organizationId, updatedAt, id) index, by EXPLAIN of the statement the
// opportunities connection runs, on 6,000 deals of which 3 changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileNestedRead } from '../api/src/db/nested-read.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let fx: CoreFixture;
let server: TestClient;
let planId: number;
let since: string;

const OLD = '2026-01-01T00:00:00Z';
const TABLES = ['Opportunity', 'Account', 'Rep', 'Quota', 'AccountProduct'] as const;
/** Connection, node type and table of each filtered connection. */
const CONNECTIONS = [
  ['opportunities', 'Opportunity', 'Opportunity'],
  ['accounts', 'Account', 'Account'],
  ['reps', 'Rep', 'Rep'],
  ['quotas', 'Quota', 'Quota'],
] as const;

const sql = <T>(text: string, params: unknown[] = []) => db.sql.query<T>(text, params);

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 12);
  server = await createTestClient(db);
  const plan = await db.prisma.salesPlan.create({
    data: { organizationId: fx.organizationId, fiscalYear: 2026, name: 'FY2026' },
  });
  planId = plan.id;
  await setQuotas(fx.reps.map((id) => ({ repId: toGlobalId('Rep', id), periodKey: 'FY2026', amount: '1000.00' })));
  await sql(
    `INSERT INTO "AccountProduct" ("organizationId", "accountId", "productId", since, arr)
     SELECT $1, a.id, $2, '2026-01-01', 500 FROM unnest($3::int[]) AS a(id)`,
    [fx.organizationId, fx.products[0], fx.accounts],
  );
  // Everything, in both organizations, last changed long ago.
  for (const table of TABLES) await sql(`UPDATE "${table}" SET "updatedAt" = $1`, [OLD]);
  since = new Date().toISOString();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.destroy();
});

async function setQuotas(quotas: { repId: string; periodKey: string; amount: string }[]) {
  const { version } = await row<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [planId]);
  const { setQuotas } = await server.data<{ setQuotas: { writtenCount: number; userErrors: unknown[] } }>(
    `mutation($input: SetQuotasInput!) { setQuotas(input: $input) { writtenCount userErrors { field message } } }`,
    { input: { salesPlanId: toGlobalId('SalesPlan', planId), expectedVersion: version, quotas } },
  );
  expect(setQuotas).toEqual({ writtenCount: quotas.length, userErrors: [] });
}

async function row<T>(text: string, params: unknown[]): Promise<T> {
  const [r] = await sql<T>(text, params);
  if (!r) throw new Error(`no row for ${text}`);
  return r;
}

async function ingest(field: string, type: string, rows: unknown[]) {
  const { [field]: payload } = await server.data<Record<string, { userErrors: unknown[]; updated: number }>>(
    `mutation($rows: [${type}!]!) { ${field}(input: { rows: $rows }) { updated userErrors { field message } } }`,
    { rows },
  );
  expect(payload?.userErrors).toEqual([]);
  expect(payload?.updated).toBe(1);
}

describe('updatedSince', () => {
  it('returns exactly the rows changed since the instant, as SQL reads them', async () => {
    // A rep, an account and a deal change through ingestion (bulk SQL updates).
    const rep = await row<{ externalId: string; email: string; role: string; region: string; manager: string | null }>(
      `SELECT r."externalId", r.email, r.role::text AS role, r.region, m."externalId" AS manager
         FROM "Rep" r LEFT JOIN "Rep" m ON m.id = r."managerId" WHERE r.id = $1`,
      [fx.reps[0]],
    );
    await ingest('upsertReps', 'UpsertRepRow', [
      {
        externalId: rep.externalId,
        name: 'Renamed Rep',
        email: rep.email,
        role: rep.role,
        region: rep.region,
        hireDate: '2024-01-15',
        managerExternalId: rep.manager,
      },
    ]);
    const account = await row<{ externalId: string; domain: string; industry: string; country: string }>(
      `SELECT "externalId", domain, industry, country FROM "Account" WHERE id = $1`,
      [fx.accounts[1]],
    );
    await ingest('upsertAccounts', 'UpsertAccountRow', [
      { ...account, name: 'Renamed Account', region: 'NA', employees: 300 },
    ]);
    const deal = await row<{ externalId: string; account: string; owner: string; product: string }>(
      `SELECT o."externalId", a."externalId" AS account, r."externalId" AS owner, p."externalId" AS product
         FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId",
              "Product" p
        WHERE o.id = $1 AND p.id = $2`,
      [fx.opportunities[2], fx.products[0]],
    );
    await ingest('upsertOpportunities', 'UpsertOpportunityRow', [
      {
        externalId: deal.externalId,
        name: 'Renamed Deal',
        accountExternalId: deal.account,
        ownerExternalId: deal.owner,
        type: 'NEW_BUSINESS',
        stage: 'PROPOSAL',
        createdDate: '2026-03-01',
        closeDate: '2026-06-30',
        lineItems: [{ productExternalId: deal.product, quantity: '2', unitPrice: '150.00' }],
      },
    ]);
    // One quota changes and one is sent again as it is (setQuotas' raw upsert).
    await setQuotas([
      { repId: toGlobalId('Rep', fx.reps[1] as number), periodKey: 'FY2026', amount: '2500.00' },
      { repId: toGlobalId('Rep', fx.reps[2] as number), periodKey: 'FY2026', amount: '1000.00' },
    ]);
    // An installed product changes through Prisma (@updatedAt).
    const installed = await row<{ id: number }>(
      `SELECT id FROM "AccountProduct" WHERE "organizationId" = $1 ORDER BY id LIMIT 1`,
      [fx.organizationId],
    );
    await db.prisma.accountProduct.update({ where: { id: installed.id }, data: { arr: '750.00' } });
    // The other organization changes as well: never in this organization's extract.
    await sql(`UPDATE "Opportunity" SET name = 'Other change', "updatedAt" = now() WHERE "organizationId" = $1`, [
      fx.otherOrganizationId,
    ]);

    // By hand: exactly these rows changed.
    const expected: Record<string, number[]> = {
      Opportunity: [fx.opportunities[2] as number],
      Account: [fx.accounts[1] as number],
      Rep: [fx.reps[0] as number],
      Quota: [(await row<{ id: number }>(`SELECT id FROM "Quota" WHERE "repId" = $1`, [fx.reps[1]])).id],
      AccountProduct: [installed.id],
    };
    for (const table of TABLES) {
      const changed = await sql<{ id: number }>(
        `SELECT id FROM "${table}" WHERE "organizationId" = $1 AND "updatedAt" >= $2 ORDER BY id`,
        [fx.organizationId, since],
      );
      expect(
        changed.map((r) => r.id),
        table,
      ).toEqual(expected[table]);
    }

    for (const [field, type, table] of CONNECTIONS) {
      const data = await server.data<Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>(
        `query($since: DateTime) { ${field}(first: 100, filter: { updatedSince: $since }) {
           totalCount edges { node { id updatedAt } } } }`,
        { since },
      );
      const ids = (expected[table] as number[]).map((id) => toGlobalId(type, id));
      expect(
        data[field]?.edges.map((e) => e.node.id),
        field,
      ).toEqual(ids);
      expect(data[field]?.totalCount, field).toBe(ids.length);
    }
    const { installedProducts } = await server.data<{
      installedProducts: { edges: { node: { account: { id: string }; arr: string; updatedAt: string } }[] };
    }>(
      `query($since: DateTime) { installedProducts(first: 100, filter: { updatedSince: $since }) {
         edges { node { account { id } arr updatedAt } } } }`,
      { since },
    );
    const [ip] = await sql<{ account: number; updatedAt: string }>(
      `SELECT "accountId" AS account, to_char("updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
         FROM "AccountProduct" WHERE id = $1`,
      [installed.id],
    );
    expect(installedProducts.edges.map((e) => [e.node.account.id, e.node.arr, e.node.updatedAt])).toEqual([
      [toGlobalId('Account', ip?.account as number), '750.00', ip?.updatedAt],
    ]);

    // Without the filter, every row comes back: the filter, not the data, made the difference.
    const { opportunities } = await server.data<{ opportunities: { totalCount: number } }>(
      '{ opportunities { totalCount } }',
    );
    expect(opportunities.totalCount).toBe(fx.opportunities.length);
  });

  it('reads the changed deals through the (organizationId, updatedAt, id) index', async () => {
    // Its own database: the 6,000 deals below would change every other test's counts.
    const own = await createTestDatabase();
    try {
      const ofx = await buildCoreFixture(own.prisma, 2);
      const sql = <T>(text: string, params: unknown[] = []) => own.sql.query<T>(text, params);
      // 6,000 more deals that changed long ago, then 3 that changed now: the statistics must tell
      // the planner that the filter is selective.
      await sql(
        `INSERT INTO "Opportunity" ("organizationId", name, "accountId", "ownerId", amount, type, stage,
                                  "forecastCategory", "createdDate", "closeDate", "updatedAt")
       SELECT $1, 'Bulk ' || g, $2, $3, 100, 'NEW_BUSINESS', 'PROSPECTING', 'PIPELINE',
              '2026-01-01', DATE '2026-01-01' + (g % 365), $4
         FROM generate_series(1, 6000) AS g`,
        [ofx.organizationId, ofx.accounts[0], ofx.reps[0], OLD],
      );
      const marker = new Date(Date.now() + 1).toISOString();
      await sql(
        `UPDATE "Opportunity" SET "updatedAt" = $2::timestamp + interval '1 second'
        WHERE id IN (SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY id DESC LIMIT 3)`,
        [ofx.organizationId, marker],
      );
      await sql('ANALYZE "Opportunity"');
      // The statement the connection runs for the first page of `opportunities(filter: { updatedSince })`
      // (its default order), with the organization the tenant client adds.
      const read = compileNestedRead('Opportunity', {
        where: { AND: [{ organizationId: ofx.organizationId }, { updatedAt: { gte: new Date(marker) } }] },
        orderBy: [{ closeDate: 'asc' }, { id: 'asc' }],
        take: 101,
        select: { id: true, name: true },
      });
      if ('unsupported' in read) throw new Error(read.unsupported);
      const plan = await sql<Record<string, unknown>>(`EXPLAIN ${read.sql.text}`, read.sql.values);
      const text = plan.map((r) => Object.values(r).join('')).join('\n');
      expect(text).toContain('Opportunity_organizationId_updatedAt_id_idx');
      expect(text).not.toMatch(/Seq Scan on "Opportunity"/);
      const rows = JSON.parse(
        (await sql<{ rows: string }>(read.sql.text, read.sql.values))[0]?.rows ?? '[]',
      ) as unknown[];
      expect(rows).toHaveLength(3);
    } finally {
      await own.destroy();
    }
  });
  it('each of the five filtered tables has an index led by (organizationId, updatedAt, id)', async () => {
    // The connections filter on organizationId (the tenant client) and updatedAt, in id order within
    // an instant: the catalog must hold that index for each table (the EXPLAIN above proves its use).
    const indexes = await sql<{ table: string; columns: string[] }>(
      `SELECT t.relname AS table, array_agg(a.attname::text ORDER BY k.n) AS columns
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname IN ('Opportunity', 'Account', 'Rep', 'Quota', 'AccountProduct')
        GROUP BY i.indexrelid, t.relname`,
    );
    const led = indexes
      .filter((i) => i.columns.slice(0, 3).join(',') === 'organizationId,updatedAt,id')
      .map((i) => i.table)
      .sort();
    expect(led).toEqual(['Account', 'AccountProduct', 'Opportunity', 'Quota', 'Rep']);
  });
});
