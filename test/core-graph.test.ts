// The core graph against SQL: hierarchy, connections (filters, sorting, paging), tenant
// isolation, and a nested page whose SQL query count does not grow with the page size.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId as encodeGlobalID } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fx: CoreFixture;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 30);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
const nodeIds = (edges: { node: { id: string } }[], type: string) =>
  edges
    .map((e) => e.node.id)
    .map((gid) => {
      const [t, id] = Buffer.from(gid, 'base64').toString().split(':');
      expect(t).toBe(type);
      return Number(id);
    });

describe('rep hierarchy', () => {
  it('directReports and subtree match the manager links in SQL', async () => {
    const data = await client.data<{
      node: { directReports: { id: string }[]; subtree: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Rep {
          directReports { id }
          subtree(first: 100) { totalCount edges { node { id } } } } } }`,
      { id: encodeGlobalID('Rep', fx.vp) },
    );
    const direct = await db.sql.query<{ id: number }>('SELECT id FROM "Rep" WHERE "managerId" = $1 ORDER BY name, id', [
      fx.vp,
    ]);
    expect(
      nodeIds(
        data.node.directReports.map((node) => ({ node })),
        'Rep',
      ),
    ).toEqual(ids(direct));
    // Two levels below the VP, written as joins rather than the service's recursive CTE.
    const below = await db.sql.query<{ id: number }>(
      `SELECT r.id FROM "Rep" r WHERE r."managerId" = $1
       UNION SELECT r.id FROM "Rep" r JOIN "Rep" m ON r."managerId" = m.id WHERE m."managerId" = $1
       ORDER BY id`,
      [fx.vp],
    );
    expect(data.node.subtree.totalCount).toBe(below.length);
    expect(nodeIds(data.node.subtree.edges, 'Rep')).toEqual(ids(below));
  });

  it('a manager node has its manager and the reps below it', async () => {
    const data = await client.data<{ node: { manager: { name: string }; directReports: { name: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Rep { manager { name } directReports { name } } } }`,
      { id: encodeGlobalID('Rep', fx.managers[0] as number) },
    );
    const rows = await db.sql.query<{ name: string }>(
      'SELECT name FROM "Rep" WHERE "managerId" = $1 ORDER BY name, id',
      [fx.managers[0]],
    );
    expect(data.node.manager.name).toBe('Vera VP');
    expect(data.node.directReports).toEqual(rows);
  });
});

describe('connections', () => {
  it('filters reps by region and sorts them by name', async () => {
    const data = await client.data<{ reps: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `{ reps(first: 50, filter: { region: "EMEA" }) { totalCount edges { node { id } } } }`,
    );
    const rows = await db.sql.query<{ id: number }>(
      `SELECT id FROM "Rep" WHERE "organizationId" = $1 AND region = 'EMEA' ORDER BY name, id`,
      [fx.organizationId],
    );
    expect(data.reps.totalCount).toBe(rows.length);
    expect(nodeIds(data.reps.edges, 'Rep')).toEqual(ids(rows));
  });

  it('pages through opportunities sorted by amount with cursors, without gaps or repeats', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        opportunities: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = await client.data(
        `query($after: String) { opportunities(first: 7, after: $after, orderBy: { field: AMOUNT, direction: DESC }) {
            edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...nodeIds(page.opportunities.edges, 'Opportunity'));
      if (!page.opportunities.pageInfo.hasNextPage) break;
      after = page.opportunities.pageInfo.endCursor;
    }
    const rows = await db.sql.query<{ id: number }>(
      'SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY amount DESC, id DESC',
      [fx.organizationId],
    );
    expect(seen).toEqual(ids(rows));
  });

  it('filters opportunities by stage, owner and close-date range', async () => {
    const owner = fx.reps[0] as number;
    const data = await client.data<{ opportunities: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query($owner: ID!) { opportunities(first: 100, filter: { stages: [PROPOSAL], ownerId: $owner,
          closeDateFrom: "2026-04-01", closeDateTo: "2026-09-15" }) { totalCount edges { node { id } } } }`,
      { owner: encodeGlobalID('Rep', owner) },
    );
    const rows = await db.sql.query<{ id: number }>(
      `SELECT id FROM "Opportunity" WHERE "organizationId" = $1 AND stage = 'PROPOSAL' AND "ownerId" = $2
         AND "closeDate" BETWEEN '2026-04-01' AND '2026-09-15' ORDER BY "closeDate", id`,
      [fx.organizationId, owner],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(data.opportunities.totalCount).toBe(rows.length);
    expect(nodeIds(data.opportunities.edges, 'Opportunity')).toEqual(ids(rows));
  });

  it('refuses a page larger than the maximum and an ID of the wrong type, naming the argument', async () => {
    const big = await client.request(`{ accounts(first: 101) { edges { cursor } } }`);
    expect(big.errors?.[0]?.message).toMatch(/100/);
    const wrong = await client.request(
      `query($id: ID!) { opportunities(first: 1, filter: { ownerId: $id }) { totalCount } }`,
      {
        id: encodeGlobalID('Account', fx.accounts[0] as number),
      },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID');
    expect(wrong.errors?.[0]?.extensions?.field).toEqual(['filter', 'ownerId']);
  });
});

describe('tenant isolation', () => {
  it("never returns another organization's rows, whatever ID is given", async () => {
    const [foreign] = await db.sql.query<{ id: number }>('SELECT id FROM "Opportunity" WHERE "organizationId" = $1', [
      fx.otherOrganizationId,
    ]);
    const data = await client.data<{ node: unknown; opportunities: { totalCount: number } }>(
      `query($id: ID!) { node(id: $id) { id } opportunities(first: 1) { totalCount } }`,
      { id: encodeGlobalID('Opportunity', (foreign as { id: number }).id) },
    );
    expect(data.node).toBeNull();
    const [own] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1',
      [fx.organizationId],
    );
    expect(data.opportunities.totalCount).toBe(own?.n);
  });
});

describe('nested page', () => {
  const NESTED = `query($n: Int!) { opportunities(first: $n) { edges { node {
      id name amount account { name owner { name } } owner { name manager { name } }
      lineItems { quantity totalPrice product { name family } } splits { percent rep { name } } } } } }`;

  it('costs the same number of SQL queries for 3 deals as for 30', async () => {
    const count = async (n: number) => {
      const before = db.queryCount();
      const data = await client.data<{ opportunities: { edges: unknown[] } }>(NESTED, { n });
      expect(data.opportunities.edges).toHaveLength(n);
      return db.queryCount() - before;
    };
    const small = await count(3);
    const large = await count(30);
    expect(large).toBe(small);
  });

  it('returns line items whose totals add up to the deal amount in SQL', async () => {
    const data = await client.data<{
      opportunities: { edges: { node: { id: string; amount: string; lineItems: { totalPrice: string }[] } }[] };
    }>(NESTED, { n: 30 });
    const sums = await db.sql.query<{ id: number; total: string }>(
      `SELECT o.id, sum(li."totalPrice")::text AS total FROM "Opportunity" o
         JOIN "OpportunityLineItem" li ON li."opportunityId" = o.id
        WHERE o."organizationId" = $1 GROUP BY o.id`,
      [fx.organizationId],
    );
    const byId = new Map(sums.map((r) => [r.id, Number(r.total).toFixed(2)]));
    for (const { node } of data.opportunities.edges) {
      const [id] = nodeIds([{ node }], 'Opportunity');
      expect(Number(node.amount).toFixed(2)).toBe(byId.get(id as number));
    }
  });
});
