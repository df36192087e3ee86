// An installed product is owned only while it is installed (issue 20; docs/design.md §6): from its
// `since` day until the day before its `endDate`. One that has ended no longer makes its account's
// cell OWNED nor counts among the peers' owners, on the matrix's day (`filter.asOf`, default
// today). Hand-worked below, through the GraphQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// Four Retail accounts of 500 employees (segment MID, one peer group: each has 3 peers), one
// product "Core Seats" (family Core). Installed (since, endDate exclusive, ARR):
//   A1  2025-01-01  -           100
//   A2  2025-01-01  2026-06-01  300   (ended: the last installed day is 2026-05-31)
//   A3  2025-01-01  2026-09-01  700
//   A4  2026-08-01  -           900   (installed later)
//
// asOf 2026-05-31: A1, A2, A3 own Core; A4 is whitespace: its 3 peers all own it, propensity 1,
//   estimated value the median of 100, 300, 700 = 300.
// asOf 2026-06-01: A2 has ended: A1 and A3 own it. A2 and A4 are whitespace; each has 3 peers of
//   which 2 own it (A1, A3): propensity 0.666667, median (100 + 700) / 2 = 400; 800 in all.
// asOf 2026-08-15: A1, A3, A4 own it; A2 is whitespace: propensity 1, median of 100, 700, 900 = 700.
// asOf 2026-09-01: A3 has ended too: A1 and A4 own it; A2 and A3 are whitespace, 2 owners of 3
//   peers, median (100 + 900) / 2 = 500 each.
// Before issue 20 every row counted whatever its endDate: A1, A2, A3 (and A4 once installed) owned.

const d = (s: string) => new Date(`${s}T00:00:00Z`);

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  const organizationId = (await db.prisma.organization.create({ data: { name: 'Ended Co', slug: 'ended' } })).id;
  const core = await db.prisma.product.create({
    data: { organizationId, name: 'Core Seats', family: 'Core', listPrice: '100.00' },
  });
  for (const [name, since, endDate, arr] of [
    ['A1', '2025-01-01', null, '100.00'],
    ['A2', '2025-01-01', '2026-06-01', '300.00'],
    ['A3', '2025-01-01', '2026-09-01', '700.00'],
    ['A4', '2026-08-01', null, '900.00'],
  ] as const) {
    const account = await db.prisma.account.create({
      data: { organizationId, name, industry: 'Retail', country: 'US', region: 'NA', employees: 500, segment: 'MID' },
    });
    await db.prisma.accountProduct.create({
      data: {
        organizationId,
        accountId: account.id,
        productId: core.id,
        since: d(since),
        endDate: endDate ? d(endDate) : null,
        arr,
      },
    });
  }
  client = await createTestClient(db);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

interface Answer {
  whitespaceSummary: { total: { ownedCount: number; whitespaceCount: number; totalEstimatedValue: string } };
  whitespaceOpportunities: {
    edges: { node: { account: { name: string }; propensity: string; estimatedValue: string } }[];
  };
  whitespace: { edges: { node: { account: { name: string }; cells: { status: string; arr: string | null }[] } }[] };
}

async function on(asOf: string) {
  const res = await client.data<Answer>(
    `query($filter: WhitespaceFilter) {
       whitespaceSummary(groupBy: PRODUCT, filter: $filter) {
         total { ownedCount whitespaceCount totalEstimatedValue } }
       whitespaceOpportunities(filter: $filter) {
         edges { node { account { name } propensity estimatedValue } } }
       whitespace(filter: $filter, orderBy: { field: ACCOUNT_NAME, direction: ASC }) {
         edges { node { account { name } cells { status arr } } } } }`,
    { filter: { asOf } },
  );
  return {
    total: res.whitespaceSummary.total,
    whitespace: res.whitespaceOpportunities.edges
      .map((e) => [e.node.account.name, e.node.propensity, e.node.estimatedValue])
      .sort(),
    cells: Object.fromEntries(
      res.whitespace.edges.map((e) => [e.node.account.name, e.node.cells.map((c) => `${c.status} ${c.arr}`)[0]]),
    ),
  };
}

describe('an installed product that has ended is not owned', () => {
  it('on its last installed day it is still owned', async () => {
    const a = await on('2026-05-31');
    expect(a.total).toEqual({ ownedCount: 3, whitespaceCount: 1, totalEstimatedValue: '300.00' });
    expect(a.whitespace).toEqual([['A4', '1', '300.00']]);
    expect(a.cells).toEqual({ A1: 'OWNED 100.00', A2: 'OWNED 300.00', A3: 'OWNED 700.00', A4: 'WHITESPACE null' });
  });

  it('from its end date on, neither the account nor the peers own it', async () => {
    const a = await on('2026-06-01');
    expect(a.total).toEqual({ ownedCount: 2, whitespaceCount: 2, totalEstimatedValue: '800.00' });
    expect(a.whitespace).toEqual([
      ['A2', '0.666667', '400.00'],
      ['A4', '0.666667', '400.00'],
    ]);
    expect(a.cells).toEqual({ A1: 'OWNED 100.00', A2: 'WHITESPACE null', A3: 'OWNED 700.00', A4: 'WHITESPACE null' });
  });

  it('a later install is owned from its since day; the day decides, not the remembered statistics', async () => {
    // Each day after another: remembered peer statistics of one day are never used for another.
    const august = await on('2026-08-15');
    expect(august.total).toEqual({ ownedCount: 3, whitespaceCount: 1, totalEstimatedValue: '700.00' });
    expect(august.whitespace).toEqual([['A2', '1', '700.00']]);
    const september = await on('2026-09-01');
    expect(september.total).toEqual({ ownedCount: 2, whitespaceCount: 2, totalEstimatedValue: '1000.00' });
    expect(september.whitespace).toEqual([
      ['A2', '0.666667', '500.00'],
      ['A3', '0.666667', '500.00'],
    ]);
    expect(await on('2026-05-31')).toMatchObject({ total: { ownedCount: 3, totalEstimatedValue: '300.00' } });
  });
});
