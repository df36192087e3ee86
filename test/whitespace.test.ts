// Account whitespace on a hand-built fixture whose every cell is worked out by hand below:
// two industries x two segments, a product owned by 2 of 3 peers with known ARRs, an odd and an
// even count of owners, a median that falls on half a cent, a group of one account (no peers),
// open, won and lost deals, an owned product with expansion pipeline, a retired product, and a
// second organization whose rows must never count.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { ORGANIZATION_WIDE, onlyReps } from '../api/src/access/visibility.js';
import type { PrismaClient } from '../api/src/generated/prisma/client.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { whitespaceMatrix, whitespaceOpportunities, whitespaceSummary } from '../api/src/whitespace/service.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fx: Fixture;
/** Authorization headers of Mia and Sam (their subtrees); without one the client acts as an admin. */
let as: { admin: Record<string, string>; mia: Record<string, string>; sam: Record<string, string> };

interface Fixture {
  organizationId: number;
  accounts: Record<string, number>;
  products: Record<string, number>;
  reps: Record<string, number>;
  territories: Record<string, number>;
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Accounts (industry / segment, owner, territory, region):
 *   A1..A4  Software / SMB   A1 A2 Rae, A3 A4 Sam   West SMB (child of West)   NA
 *   B1      Software / ENT   Mia (the manager)      none                       NA
 *   C1..C3  Retail / SMB     Rae                    West                       NA
 *   D1..D3  Retail / ENT     D1 D2 Tom, D3 nobody   none                       EMEA
 * Installed products (ARR):
 *   Core Seats (Core):            A1 1000.00, A2 1501.00, C1 2000.00, C2 3000.00
 *   Analytics Pro (Analytics):    A1 800.00, D1 1000.01, D2 1000.00
 *   Security Shield (Security):   A2 300.00, A3 500.00, A4 700.00, C2 100.10
 *   Legacy Sync (Core, retired):  A3 40.00
 * Deals: A3 open PROPOSAL 600.00 + open DISCOVERY 150.00 of Analytics Pro; C2 open NEGOTIATION
 * 50.00 of Security Shield (owned: expansion); C3 won Analytics Pro; C1 lost Security Shield;
 * A4 open Legacy Sync (retired: not a column).
 */
async function buildFixture(prisma: PrismaClient): Promise<Fixture> {
  const org = await prisma.organization.create({ data: { name: 'Whitespace Co', slug: 'whitespace' } });
  const organizationId = org.id;
  const rep = async (name: string, role: 'MANAGER' | 'AE', managerId: number | null) =>
    (
      await prisma.rep.create({
        data: {
          organizationId,
          name,
          email: `${name}@ws.test`,
          role,
          managerId,
          region: 'NA',
          hireDate: day('2024-01-01'),
        },
      })
    ).id;
  const mia = await rep('Mia', 'MANAGER', null);
  const reps = {
    Mia: mia,
    Rae: await rep('Rae', 'AE', mia),
    Sam: await rep('Sam', 'AE', mia),
    Tom: await rep('Tom', 'AE', null),
  };
  const plan = await prisma.salesPlan.create({ data: { organizationId, fiscalYear: 2026, name: 'FY2026' } });
  const west = await prisma.territory.create({
    data: { organizationId, salesPlanId: plan.id, name: 'West', kind: 'GEO' },
  });
  const westSmb = await prisma.territory.create({
    data: { organizationId, salesPlanId: plan.id, name: 'West SMB', kind: 'SEGMENT', parentId: west.id },
  });
  const products: Record<string, number> = {};
  for (const [name, family, active] of [
    ['Core Seats', 'Core', true],
    ['Analytics Pro', 'Analytics', true],
    ['Legacy Sync', 'Core', false],
    ['Security Shield', 'Security', true],
  ] as const) {
    products[name] = (
      await prisma.product.create({ data: { organizationId, name, family, listPrice: '100.00', active } })
    ).id;
  }
  const accounts: Record<string, number> = {};
  const layout: [string, string, 'SMB' | 'ENT', number | null, number | null, string][] = [
    ['A1', 'Software', 'SMB', reps.Rae, westSmb.id, 'NA'],
    ['A2', 'Software', 'SMB', reps.Rae, westSmb.id, 'NA'],
    ['A3', 'Software', 'SMB', reps.Sam, westSmb.id, 'NA'],
    ['A4', 'Software', 'SMB', reps.Sam, westSmb.id, 'NA'],
    ['B1', 'Software', 'ENT', reps.Mia, null, 'NA'],
    ['C1', 'Retail', 'SMB', reps.Rae, west.id, 'NA'],
    ['C2', 'Retail', 'SMB', reps.Rae, west.id, 'NA'],
    ['C3', 'Retail', 'SMB', reps.Rae, west.id, 'NA'],
    ['D1', 'Retail', 'ENT', reps.Tom, null, 'EMEA'],
    ['D2', 'Retail', 'ENT', reps.Tom, null, 'EMEA'],
    ['D3', 'Retail', 'ENT', null, null, 'EMEA'],
  ];
  for (const [name, industry, segment, ownerId, territoryId, region] of layout) {
    accounts[name] = (
      await prisma.account.create({
        data: {
          organizationId,
          name,
          industry,
          segment,
          employees: segment === 'SMB' ? 50 : 5000,
          country: region === 'NA' ? 'US' : 'DE',
          region,
          ownerId,
          territoryId,
        },
      })
    ).id;
  }
  const owns: [string, string, string][] = [
    ['A1', 'Core Seats', '1000.00'],
    ['A2', 'Core Seats', '1501.00'],
    ['C1', 'Core Seats', '2000.00'],
    ['C2', 'Core Seats', '3000.00'],
    ['A1', 'Analytics Pro', '800.00'],
    ['D1', 'Analytics Pro', '1000.01'],
    ['D2', 'Analytics Pro', '1000.00'],
    ['A2', 'Security Shield', '300.00'],
    ['A3', 'Security Shield', '500.00'],
    ['A4', 'Security Shield', '700.00'],
    ['C2', 'Security Shield', '100.10'],
    ['A3', 'Legacy Sync', '40.00'],
  ];
  for (const [account, product, arr] of owns) {
    await prisma.accountProduct.create({
      data: {
        organizationId,
        accountId: accounts[account]!,
        productId: products[product]!,
        since: day('2025-01-01'),
        arr,
      },
    });
  }
  const deals: [
    string,
    string,
    string,
    'PROPOSAL' | 'DISCOVERY' | 'NEGOTIATION' | 'PROSPECTING' | 'CLOSED_WON' | 'CLOSED_LOST',
  ][] = [
    ['A3', 'Analytics Pro', '600.00', 'PROPOSAL'],
    ['A3', 'Analytics Pro', '150.00', 'DISCOVERY'],
    ['C2', 'Security Shield', '50.00', 'NEGOTIATION'],
    ['C3', 'Analytics Pro', '900.00', 'CLOSED_WON'],
    ['C1', 'Security Shield', '400.00', 'CLOSED_LOST'],
    ['A4', 'Legacy Sync', '70.00', 'PROSPECTING'],
  ];
  for (const [i, [account, product, amount, stage]] of deals.entries()) {
    await prisma.opportunity.create({
      data: {
        organizationId,
        name: `Deal ${i + 1}`,
        accountId: accounts[account]!,
        ownerId: reps.Rae,
        amount,
        type: 'NEW_BUSINESS',
        stage,
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
        createdDate: day('2026-01-10'),
        closeDate: day('2026-06-30'),
        lineItems: {
          create: [
            { organizationId, productId: products[product]!, quantity: '1', unitPrice: amount, totalPrice: amount },
          ],
        },
      },
    });
  }
  // Another organization with a Software / SMB account: it must be nobody's peer.
  const other = await prisma.organization.create({ data: { name: 'Other Co', slug: 'other' } });
  const otherProduct = await prisma.product.create({
    data: { organizationId: other.id, name: 'Core Seats', family: 'Core', listPrice: '1.00' },
  });
  const otherAccount = await prisma.account.create({
    data: {
      organizationId: other.id,
      name: 'X1',
      industry: 'Software',
      segment: 'SMB',
      employees: 10,
      country: 'US',
      region: 'NA',
    },
  });
  await prisma.accountProduct.create({
    data: {
      organizationId: other.id,
      accountId: otherAccount.id,
      productId: otherProduct.id,
      since: day('2025-01-01'),
      arr: '99999.00',
    },
  });
  return {
    organizationId,
    accounts,
    products,
    reps,
    territories: { West: west.id, 'West SMB': westSmb.id },
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildFixture(db.prisma);
  client = await createTestClient(db);
  const bearer = async (name: string, repId: number | null) => {
    // Rep and Account fields need read:people and read:accounts (access/scopes.ts); rows stay
    // limited to the rep's subtree whatever the scopes.
    const scopes =
      repId === null ? (['admin'] as const) : (['read:performance', 'read:accounts', 'read:people'] as const);
    const key = await issueApiKey(db.sql, { organizationId: fx.organizationId, name, scopes, repId });
    return { authorization: `Bearer ${key.token}` };
  };
  as = {
    admin: await bearer('admin', null),
    mia: await bearer('mia', fx.reps.Mia!),
    sam: await bearer('sam', fx.reps.Sam!),
  };
});

/** Sends an operation (as `headers`, default the admin), failing on GraphQL errors. */
async function ask<T>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<T> {
  const res = await client.request<T>(query, variables, headers);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** Sends an operation as the admin and returns the whole response, errors included. */
const send = (query: string, variables?: Record<string, unknown>) => client.request(query, variables);
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

/** A decimal in canonical form, so "1250.50" and "1250.5" compare equal. */
const dec = (v: string | null) => (v === null ? null : new Decimal(v).toFixed());

// ---------------------------------------------------------------- expectations, by hand

// Columns: active products by family then name (Legacy Sync is retired).
const COLUMNS = ['Analytics Pro', 'Core Seats', 'Security Shield'];

type Cell =
  | ['OWNED', arr: string, openPipeline?: string]
  | ['IN_PIPELINE', openPipeline: string]
  | ['WHITESPACE', propensity: string, value: string, peers: number, owners: number, median?: string];

// Peer groups over the whole organization: Software/SMB 4 accounts (3 peers each), Software/ENT
// 1 (no peer), Retail/SMB 3 (2 peers), Retail/ENT 3 (2 peers).
//   Core Seats in Software/SMB: owners A1 1000.00, A2 1501.00 -> 2 of 3 peers = 0.666667, median 1250.50
//   Analytics Pro in Software/SMB: owner A1 800.00 -> 1/3 = 0.333333, median 800
//   Security Shield in Software/SMB: owners 300, 500, 700 -> 3/3 = 1, median 500 (odd count)
//   Core Seats in Retail/SMB: owners 2000, 3000 -> 2/2 = 1, median 2500 (even count)
//   Security Shield in Retail/SMB: owner C2 100.10 -> 1/2 = 0.5, median 100.10
//   Analytics Pro in Retail/ENT: owners 1000.00, 1000.01 -> 2/2 = 1, median 1000.005, estimated
//     value 1000.00 (rounded half-even to the cent: the 0 before the half is even; docs/design.md §11)
// Every family has one active product (Legacy Sync is retired), so the default FAMILY columns are
// these products' columns.
const MATRIX: Record<string, { value: string; ws: number; owned: number; piped: number; cells: Cell[] }> = {
  A1: {
    value: '500',
    ws: 1,
    owned: 2,
    piped: 0,
    cells: [
      ['OWNED', '800.00'],
      ['OWNED', '1000.00'],
      ['WHITESPACE', '1', '500', 3, 3],
    ],
  },
  A2: {
    value: '800',
    ws: 1,
    owned: 2,
    piped: 0,
    cells: [
      ['WHITESPACE', '0.333333', '800', 3, 1],
      ['OWNED', '1501.00'],
      ['OWNED', '300.00'],
    ],
  },
  A3: {
    value: '1250.50',
    ws: 1,
    owned: 1,
    piped: 1,
    cells: [
      ['IN_PIPELINE', '750.00'],
      ['WHITESPACE', '0.666667', '1250.50', 3, 2],
      ['OWNED', '500.00'],
    ],
  },
  A4: {
    value: '2050.50',
    ws: 2,
    owned: 1,
    piped: 0,
    cells: [
      ['WHITESPACE', '0.333333', '800', 3, 1],
      ['WHITESPACE', '0.666667', '1250.50', 3, 2],
      ['OWNED', '700.00'],
    ],
  },
  B1: {
    value: '0',
    ws: 3,
    owned: 0,
    piped: 0,
    cells: [
      ['WHITESPACE', '0', '0', 0, 0],
      ['WHITESPACE', '0', '0', 0, 0],
      ['WHITESPACE', '0', '0', 0, 0],
    ],
  },
  C1: {
    value: '100.10',
    ws: 2,
    owned: 1,
    piped: 0,
    cells: [
      ['WHITESPACE', '0', '0', 2, 0],
      ['OWNED', '2000.00'],
      ['WHITESPACE', '0.5', '100.10', 2, 1],
    ],
  },
  C2: {
    value: '0',
    ws: 1,
    owned: 2,
    piped: 0,
    cells: [
      ['WHITESPACE', '0', '0', 2, 0],
      ['OWNED', '3000.00'],
      ['OWNED', '100.10', '50.00'],
    ],
  },
  C3: {
    value: '2600.10',
    ws: 3,
    owned: 0,
    piped: 0,
    cells: [
      ['WHITESPACE', '0', '0', 2, 0],
      ['WHITESPACE', '1', '2500', 2, 2],
      ['WHITESPACE', '0.5', '100.10', 2, 1],
    ],
  },
  D1: {
    value: '0',
    ws: 2,
    owned: 1,
    piped: 0,
    cells: [
      ['OWNED', '1000.01'],
      ['WHITESPACE', '0', '0', 2, 0],
      ['WHITESPACE', '0', '0', 2, 0],
    ],
  },
  D2: {
    value: '0',
    ws: 2,
    owned: 1,
    piped: 0,
    cells: [
      ['OWNED', '1000.00'],
      ['WHITESPACE', '0', '0', 2, 0],
      ['WHITESPACE', '0', '0', 2, 0],
    ],
  },
  D3: {
    value: '1000.00',
    ws: 3,
    owned: 0,
    piped: 0,
    cells: [
      ['WHITESPACE', '1', '1000.00', 2, 2, '1000.005'],
      ['WHITESPACE', '0', '0', 2, 0],
      ['WHITESPACE', '0', '0', 2, 0],
    ],
  },
};
// Total value, highest first; ties by account creation order.
const BY_VALUE = ['C3', 'A4', 'A3', 'D3', 'A2', 'A1', 'C1', 'B1', 'C2', 'D1', 'D2'];

interface CellOut {
  product: { name: string };
  status: string;
  arr: string | null;
  openPipeline: string;
  propensity: string | null;
  estimatedValue: string | null;
  evidence: {
    industry: string;
    segment: string;
    peerCount: number;
    owningPeerCount: number;
    medianArr: string | null;
  } | null;
}
interface RowOut {
  account: { name: string };
  ownedCount: number;
  inPipelineCount: number;
  whitespaceCount: number;
  totalEstimatedValue: string;
  cells: CellOut[];
}
interface MatrixOut {
  whitespace: {
    totalCount: number;
    products: { name: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: RowOut }[];
  };
}

const MATRIX_QUERY = `query($scope: WhitespaceScope, $filter: WhitespaceFilter, $orderBy: AccountWhitespaceOrder, $first: Int, $after: String) {
  whitespace(scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount products { name } pageInfo { hasNextPage endCursor }
    edges { cursor node { account { name } ownedCount inPipelineCount whitespaceCount totalEstimatedValue
      cells { product { name } status arr openPipeline propensity estimatedValue
        evidence { industry segment peerCount owningPeerCount medianArr } } } } } }`;

function expectCell(account: string, column: string, got: CellOut, want: Cell) {
  const where = `${account} x ${column}`;
  expect(got.product.name, where).toBe(column);
  expect(got.status, where).toBe(want[0]);
  if (want[0] === 'OWNED') {
    expect([dec(got.arr), dec(got.openPipeline)], where).toEqual([dec(want[1]), dec(want[2] ?? '0')]);
    expect([got.propensity, got.estimatedValue, got.evidence], where).toEqual([null, null, null]);
  } else if (want[0] === 'IN_PIPELINE') {
    expect([got.arr, dec(got.openPipeline)], where).toEqual([null, dec(want[1])]);
    expect([got.propensity, got.estimatedValue, got.evidence], where).toEqual([null, null, null]);
  } else {
    const [, propensity, value, peers, owners, median] = want;
    expect([got.arr, dec(got.openPipeline)], where).toEqual([null, '0']);
    expect([dec(got.propensity), dec(got.estimatedValue)], where).toEqual([dec(propensity), dec(value)]);
    expect(got.evidence?.peerCount, where).toBe(peers);
    expect(got.evidence?.owningPeerCount, where).toBe(owners);
    expect(dec(got.evidence?.medianArr ?? null), where).toBe(owners > 0 ? dec(median ?? value) : null);
  }
}

function expectRow(row: RowOut, columns = COLUMNS, matrix = MATRIX) {
  const name = row.account.name;
  const want = matrix[name]!;
  expect(dec(row.totalEstimatedValue), name).toBe(dec(want.value));
  expect([row.whitespaceCount, row.ownedCount, row.inPipelineCount], name).toEqual([want.ws, want.owned, want.piped]);
  const cells = columns.map((c) => want.cells[COLUMNS.indexOf(c)]!);
  expect(
    row.cells.map((c) => c.product.name),
    name,
  ).toEqual(columns);
  for (const [i, cell] of row.cells.entries()) expectCell(name, columns[i]!, cell, cells[i]!);
}

// Sam sees none of Rae's deals (a peer's): A3's Analytics Pro is whitespace for him, not in
// pipeline (1 of 3 peers owns it, median 800), so A3 is worth 1250.50 + 800 = 2050.50, tied with
// A4 and listed first (lower account id).
const SAM_MATRIX: typeof MATRIX = {
  ...MATRIX,
  A3: {
    value: '2050.50',
    ws: 2,
    owned: 1,
    piped: 0,
    cells: [['WHITESPACE', '0.333333', '800', 3, 1], MATRIX.A3!.cells[1]!, MATRIX.A3!.cells[2]!],
  },
};

const names = (data: MatrixOut) => data.whitespace.edges.map((e) => e.node.account.name);
const gid = (type: string, id: number) => toGlobalId(type, id);

// ---------------------------------------------------------------- the matrix

describe('whitespace matrix', () => {
  it('gives every cell its status, propensity, estimated value and evidence, sorted by total value', async () => {
    const data = await ask<MatrixOut>(MATRIX_QUERY, { first: 20 });
    expect(data.whitespace.totalCount).toBe(11);
    expect(data.whitespace.products.map((p) => p.name)).toEqual(COLUMNS);
    expect(names(data)).toEqual(BY_VALUE);
    for (const { node } of data.whitespace.edges) expectRow(node);
    const a3 = data.whitespace.edges.find((e) => e.node.account.name === 'A3')!.node.cells[1]!;
    expect(a3.evidence).toMatchObject({ industry: 'Software', segment: 'SMB' });
    expect(data.whitespace.pageInfo.hasNextPage).toBe(false);
  });

  it('pages with cursors without gaps or repeats, in each sort order', async () => {
    const orders: [Record<string, string> | null, string[]][] = [
      [null, BY_VALUE],
      [{ field: 'ACCOUNT_NAME', direction: 'ASC' }, Object.keys(MATRIX)],
      [{ field: 'ACCOUNT_NAME', direction: 'DESC' }, Object.keys(MATRIX).reverse()],
      // Whitespace count: 3 (B1 C3 D3), 2 (A4 C1 D1 D2), 1 (A1 A2 A3 C2); ties by creation order.
      [{ field: 'WHITESPACE_COUNT' }, ['B1', 'C3', 'D3', 'A4', 'C1', 'D1', 'D2', 'A1', 'A2', 'A3', 'C2']],
      [
        { field: 'TOTAL_ESTIMATED_VALUE', direction: 'ASC' },
        ['B1', 'C2', 'D1', 'D2', 'C1', 'A1', 'A2', 'D3', 'A3', 'A4', 'C3'],
      ],
    ];
    for (const [orderBy, expected] of orders) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: MatrixOut = await ask<MatrixOut>(MATRIX_QUERY, { orderBy, first: 3, after });
        expect(page.whitespace.totalCount).toBe(11);
        seen.push(...names(page));
        if (!page.whitespace.pageInfo.hasNextPage) break;
        after = page.whitespace.pageInfo.endCursor;
      }
      expect(seen, JSON.stringify(orderBy)).toEqual(expected);
    }
  });

  it('with a minimum propensity lists only accounts with whitespace at or above it, and only those cells', async () => {
    const data = await ask<MatrixOut>(MATRIX_QUERY, { filter: { minPropensity: '0.5' }, first: 20 });
    // Qualifying whitespace: C3 Core 2500 + Security 100.10; A4 and A3 Core 1250.50; D3 Analytics
    // 1000.00; A1 Security 500; C1 Security 100.10. A2 (0.333333), B1, C2, D1, D2 (0) drop out.
    expect(names(data)).toEqual(['C3', 'A3', 'A4', 'D3', 'A1', 'C1']);
    expect(data.whitespace.totalCount).toBe(6);
    const rows = Object.fromEntries(data.whitespace.edges.map((e) => [e.node.account.name, e.node]));
    expect(rows.C3!.cells.map((c) => [c.product.name, c.status])).toEqual([
      ['Core Seats', 'WHITESPACE'],
      ['Security Shield', 'WHITESPACE'],
    ]);
    expect([rows.C3!.whitespaceCount, dec(rows.C3!.totalEstimatedValue)]).toEqual([2, '2600.1']);
    // A4 keeps its owned cell but loses its 0.333333 whitespace.
    expect(rows.A4!.cells.map((c) => [c.product.name, c.status])).toEqual([
      ['Core Seats', 'WHITESPACE'],
      ['Security Shield', 'OWNED'],
    ]);
    expect([rows.A4!.whitespaceCount, dec(rows.A4!.totalEstimatedValue)]).toEqual([1, '1250.5']);
    // The threshold compares with the propensity as shown: 2/3 shows as 0.666667 and passes 0.666667.
    const shown = await ask<MatrixOut>(MATRIX_QUERY, { filter: { minPropensity: '0.666667' }, first: 20 });
    expect(names(shown)).toEqual(['C3', 'A3', 'A4', 'D3', 'A1']);
    const above = await ask<MatrixOut>(MATRIX_QUERY, { filter: { minPropensity: '0.666668' }, first: 20 });
    expect(names(above)).toEqual(['C3', 'D3', 'A1']);
  });

  it('keeps only the columns of the requested product families', async () => {
    const data = await ask<MatrixOut>(MATRIX_QUERY, { filter: { families: ['Core'] }, first: 20 });
    expect(data.whitespace.products.map((p) => p.name)).toEqual(['Core Seats']);
    // Core Seats whitespace: C3 2500, A3 and A4 1250.50; the rest 0 or owned.
    expect(names(data).slice(0, 3)).toEqual(['C3', 'A3', 'A4']);
    for (const { node } of data.whitespace.edges) {
      const want = MATRIX[node.account.name]!.cells[COLUMNS.indexOf('Core Seats')]!;
      expect(node.cells).toHaveLength(1);
      expectCell(node.account.name, 'Core Seats', node.cells[0]!, want);
      expect(node.whitespaceCount).toBe(want[0] === 'WHITESPACE' ? 1 : 0);
    }
  });

  it('filters cells by status', async () => {
    const data = await ask<{
      whitespace: { edges: { node: { account: { name: string }; cells: { product: { name: string } }[] } }[] };
    }>(
      `{ whitespace(first: 20, orderBy: { field: ACCOUNT_NAME, direction: ASC }) { edges { node { account { name }
          cells(statuses: [OWNED, IN_PIPELINE]) { product { name } } } } } }`,
    );
    const a3 = data.whitespace.edges.find((e) => e.node.account.name === 'A3')!;
    expect(a3.node.cells.map((c) => c.product.name)).toEqual(['Analytics Pro', 'Security Shield']);
  });
});

// ---------------------------------------------------------------- scopes

describe('scopes', () => {
  const scoped = async (scope: Record<string, unknown>) =>
    names(
      await ask<MatrixOut>(MATRIX_QUERY, {
        scope,
        orderBy: { field: 'ACCOUNT_NAME', direction: 'ASC' },
        first: 100,
      }),
    );

  it('selects accounts by owner, manager subtree, territory tree, region, industry, segment and list', async () => {
    expect(await scoped({ repId: gid('Rep', fx.reps.Rae!) })).toEqual(['A1', 'A2', 'C1', 'C2', 'C3']);
    // The manager's own account (B1) and those of everyone below.
    expect(await scoped({ managerId: gid('Rep', fx.reps.Mia!) })).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'B1',
      'C1',
      'C2',
      'C3',
    ]);
    expect(await scoped({ managerId: gid('Rep', fx.reps.Tom!) })).toEqual(['D1', 'D2']);
    // A territory includes the territories below it.
    expect(await scoped({ territoryId: gid('Territory', fx.territories.West!) })).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'C1',
      'C2',
      'C3',
    ]);
    expect(await scoped({ territoryId: gid('Territory', fx.territories['West SMB']!) })).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
    ]);
    expect(await scoped({ region: 'EMEA' })).toEqual(['D1', 'D2', 'D3']);
    expect(await scoped({ industry: 'Retail' })).toEqual(['C1', 'C2', 'C3', 'D1', 'D2', 'D3']);
    expect(await scoped({ segments: ['ENT'] })).toEqual(['B1', 'D1', 'D2', 'D3']);
    expect(await scoped({ accountIds: [gid('Account', fx.accounts.D3!), gid('Account', fx.accounts.A4!)] })).toEqual([
      'A4',
      'D3',
    ]);
    // Conditions combine.
    expect(await scoped({ territoryId: gid('Territory', fx.territories.West!), industry: 'Retail' })).toEqual([
      'C1',
      'C2',
      'C3',
    ]);
  });

  it('keeps peers organization-wide: a scoped account shows the same cells as unscoped', async () => {
    const data = await ask<MatrixOut>(MATRIX_QUERY, {
      scope: { accountIds: [gid('Account', fx.accounts.A4!)] },
    });
    expect(names(data)).toEqual(['A4']);
    expectRow(data.whitespace.edges[0]!.node);
  });

  it('matches nothing for unknown IDs, and refuses an ID of the wrong type naming the field', async () => {
    expect(await scoped({ repId: gid('Rep', 999_999) })).toEqual([]);
    const wrong = await send(MATRIX_QUERY, { scope: { accountIds: [gid('Rep', fx.reps.Rae!)] } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['scope', 'accountIds', '0'] });
  });

  it("shows a rep their own accounts and a manager their subtree's, with organization-wide peers", async () => {
    const sam = await ask<MatrixOut>(MATRIX_QUERY, { first: 20 }, as.sam);
    expect(names(sam)).toEqual(['A3', 'A4']);
    for (const { node } of sam.whitespace.edges) expectRow(node, COLUMNS, SAM_MATRIX);
    const mia = await ask<MatrixOut>(MATRIX_QUERY, { first: 20 }, as.mia);
    expect(names(mia)).toEqual(BY_VALUE.filter((a) => !a.startsWith('D')));
    const outside = await ask<MatrixOut>(MATRIX_QUERY, { scope: { repId: gid('Rep', fx.reps.Tom!) } }, as.mia);
    expect(outside.whitespace.totalCount).toBe(0);
    const bySam = await ask<{ whitespaceSummary: { groups: SummaryRowOut[]; total: SummaryRowOut } }>(
      `{ whitespaceSummary(groupBy: REP) { groups { rep { name } ${METRICS} } total { ${METRICS} } } }`,
      {},
      as.sam,
    );
    // 6 cells: 2 owned, none in pipeline (the open deals are Rae's), 4 whitespace worth 2 x 2050.50.
    expect(summaryLines(bySam.whitespaceSummary.groups, (r) => r.rep?.name ?? null)).toEqual([
      line('Sam', 2, 3, 2, 0, 4, '0.333333', '4101.00', '0.00'),
    ]);
    const top = await ask<OpportunitiesOut>(OPPORTUNITIES_QUERY, {}, as.sam);
    expect(top.whitespaceOpportunities.edges.map((e) => topLine(e.node))).toEqual(
      want([
        ...TOP.filter((t) => t[0] === 'A3' || t[0] === 'A4').slice(0, 2),
        ['A3', 'Analytics Pro', '800', '0.333333', 3, 1],
        ...TOP.filter((t) => t[0] === 'A4' && t[1] === 'Analytics Pro'),
      ]),
    );
  });

  it('needs the read:performance scope', async () => {
    const key = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'accounts only',
      scopes: ['read:accounts'],
    });
    const res = await client.request('{ whitespace { totalCount } }', {}, { authorization: `Bearer ${key.token}` });
    expect(res.data?.whitespace ?? null).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
  });

  it('applies a visibility restriction to accounts and deals while peer statistics stay organization-wide', async () => {
    const prisma = tenantPrisma(db.prisma, fx.organizationId);
    const page = await whitespaceMatrix(
      prisma,
      fx.organizationId,
      { visibility: { ...ORGANIZATION_WIDE, reps: onlyReps([fx.reps.Sam!]) } },
      { first: 20 },
    );
    expect(page.edges.map((e) => e.node.accountId)).toEqual([fx.accounts.A3, fx.accounts.A4]);
    const a3 = page.edges[0]!.node.cells.find((c) => c.productId === fx.products['Core Seats'])!;
    expect([a3.propensity?.toFixed(), a3.estimatedValue?.toFixed(), a3.evidence?.peerCount]).toEqual([
      '0.666667',
      '1250.5',
      3,
    ]);
    // Rae's open deals on A3 are not Sam's to see: the cell is whitespace with no pipeline.
    const pro = page.edges[0]!.node.cells.find((c) => c.productId === fx.products['Analytics Pro'])!;
    expect([pro.status, pro.openPipeline.toFixed()]).toEqual(['WHITESPACE', '0']);
    const summary = await whitespaceSummary(
      prisma,
      fx.organizationId,
      { visibility: { ...ORGANIZATION_WIDE, reps: onlyReps([fx.reps.Sam!]) } },
      'rep',
    );
    expect(summary.groups.map((g) => g.repId)).toEqual([fx.reps.Sam]);
    const top = await whitespaceOpportunities(
      prisma,
      fx.organizationId,
      { visibility: { ...ORGANIZATION_WIDE, reps: onlyReps([]) } },
      { first: 5 },
    );
    expect([top.totalCount, top.edges]).toEqual([0, []]);
  });
});

// ---------------------------------------------------------------- summary

interface SummaryRowOut {
  product?: { name: string } | null;
  rep?: { name: string } | null;
  territory?: { name: string } | null;
  segment?: string | null;
  industry?: string | null;
  accountCount: number;
  productCount: number;
  ownedCount: number;
  inPipelineCount: number;
  whitespaceCount: number;
  penetration: string | null;
  totalEstimatedValue: string;
  openPipeline: string;
}

const METRICS =
  'accountCount productCount ownedCount inPipelineCount whitespaceCount penetration totalEstimatedValue openPipeline';

async function summary(groupBy: string, key: string, filter?: object) {
  return (
    await ask<{ whitespaceSummary: { groupBy: string; groups: SummaryRowOut[]; total: SummaryRowOut } }>(
      `query($filter: WhitespaceFilter) { whitespaceSummary(groupBy: ${groupBy}, filter: $filter) {
          groupBy total { ${METRICS} } groups { ${key} ${METRICS} } } }`,
      { filter },
    )
  ).whitespaceSummary;
}

/** [key, accounts, products, owned, inPipeline, whitespace, penetration, value, openPipeline] */
type SummaryLine = [string | null, number, number, number, number, number, string | null, string, string];

function summaryLines(rows: SummaryRowOut[], key: (r: SummaryRowOut) => string | null): SummaryLine[] {
  return rows.map((r) => [
    key(r),
    r.accountCount,
    r.productCount,
    r.ownedCount,
    r.inPipelineCount,
    r.whitespaceCount,
    dec(r.penetration),
    dec(r.totalEstimatedValue)!,
    dec(r.openPipeline)!,
  ]);
}

const line = (...l: SummaryLine): SummaryLine => [
  l[0],
  l[1],
  l[2],
  l[3],
  l[4],
  l[5],
  dec(l[6]),
  dec(l[7])!,
  dec(l[8])!,
];

// The whole organization: 11 accounts x 3 columns = 33 cells; 11 owned, 1 in pipeline (A3
// Analytics Pro), 21 whitespace worth 8301.205 (sum of the account values); open pipeline
// 750.00 (A3) + 50.00 (C2) = 800.00; penetration 11/33.
const TOTAL = line(null, 11, 3, 11, 1, 21, '0.333333', '8301.20', '800.00');

describe('whitespace summary', () => {
  it('by product: accounts, owned, penetration, whitespace count and value, open pipeline', async () => {
    const s = await summary('PRODUCT', 'product { name }');
    expect(s.groupBy).toBe('PRODUCT');
    expect(summaryLines(s.groups, (r) => r.product!.name)).toEqual([
      // Owned by A1 A2 C1 C2; whitespace A3 A4 1250.50 each, C3 2500, B1 D1 D2 D3 0.
      line('Core Seats', 11, 1, 4, 0, 7, '0.363636', '5001.00', '0'),
      // Owned by A1 D1 D2; A3 in pipeline (750.00); whitespace A2 A4 800 each, D3 1000.00, B1 C1 C2 C3 0.
      line('Analytics Pro', 11, 1, 3, 1, 7, '0.272727', '2600.00', '750.00'),
      // Owned by A2 A3 A4 C2 (C2 also has 50.00 of open expansion); whitespace A1 500, C1 C3 100.10 each.
      line('Security Shield', 11, 1, 4, 0, 7, '0.363636', '700.20', '50.00'),
    ]);
    expect(summaryLines([s.total], () => null)).toEqual([TOTAL]);
  });

  it('by rep (account owner), territory, segment and industry, each with the same total', async () => {
    const rep = await summary('REP', 'rep { name }');
    expect(summaryLines(rep.groups, (r) => r.rep?.name ?? null)).toEqual([
      line('Rae', 5, 3, 7, 0, 8, '0.466667', '4000.20', '50.00'),
      line('Sam', 2, 3, 2, 1, 3, '0.333333', '3301.00', '750.00'),
      line(null, 1, 3, 0, 0, 3, '0', '1000.00', '0'),
      line('Mia', 1, 3, 0, 0, 3, '0', '0', '0'),
      line('Tom', 2, 3, 2, 0, 4, '0.333333', '0', '0'),
    ]);
    const territory = await summary('TERRITORY', 'territory { name }');
    expect(summaryLines(territory.groups, (r) => r.territory?.name ?? null)).toEqual([
      line('West SMB', 4, 3, 6, 1, 5, '0.5', '4601.00', '750.00'),
      line('West', 3, 3, 3, 0, 6, '0.333333', '2700.20', '50.00'),
      line(null, 4, 3, 2, 0, 10, '0.166667', '1000.00', '0'),
    ]);
    const segment = await summary('SEGMENT', 'segment');
    expect(summaryLines(segment.groups, (r) => r.segment ?? null)).toEqual([
      line('SMB', 7, 3, 9, 1, 11, '0.428571', '7301.20', '800.00'),
      line('ENT', 4, 3, 2, 0, 10, '0.166667', '1000.00', '0'),
    ]);
    const industry = await summary('INDUSTRY', 'industry');
    expect(summaryLines(industry.groups, (r) => r.industry ?? null)).toEqual([
      line('Software', 5, 3, 6, 1, 8, '0.4', '4601.00', '750.00'),
      line('Retail', 6, 3, 5, 0, 13, '0.277778', '3700.20', '50.00'),
    ]);
    for (const s of [rep, territory, segment, industry]) expect(summaryLines([s.total], () => null)).toEqual([TOTAL]);
  });

  it('applies the family filter and the propensity threshold', async () => {
    const core = await summary('PRODUCT', 'product { name }', { families: ['Core'] });
    expect(summaryLines(core.groups, (r) => r.product!.name)).toEqual([
      line('Core Seats', 11, 1, 4, 0, 7, '0.363636', '5001.00', '0'),
    ]);
    expect(summaryLines([core.total], () => null)).toEqual([line(null, 11, 1, 4, 0, 7, '0.363636', '5001.00', '0')]);
    // At 0.5 or more: Core Seats A3 A4 C3; Analytics Pro D3; Security Shield A1 C1 C3.
    const half = await summary('PRODUCT', 'product { name }', { minPropensity: '0.5' });
    expect(summaryLines(half.groups, (r) => r.product!.name)).toEqual([
      line('Core Seats', 11, 1, 4, 0, 3, '0.363636', '5001.00', '0'),
      line('Analytics Pro', 11, 1, 3, 1, 1, '0.272727', '1000.00', '750.00'),
      line('Security Shield', 11, 1, 4, 0, 3, '0.363636', '700.20', '50.00'),
    ]);
  });
});

// ---------------------------------------------------------------- top opportunities

interface OpportunityOut {
  account: { name: string };
  product: { name: string };
  propensity: string;
  estimatedValue: string;
  evidence: { industry: string; segment: string; peerCount: number; owningPeerCount: number; medianArr: string };
}
interface OpportunitiesOut {
  whitespaceOpportunities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: OpportunityOut }[];
  };
}
const OPPORTUNITIES_QUERY = `query($scope: WhitespaceScope, $filter: WhitespaceFilter, $first: Int, $after: String) {
  whitespaceOpportunities(scope: $scope, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { account { name } product { name } propensity estimatedValue
      evidence { industry segment peerCount owningPeerCount medianArr } } } } }`;

// Whitespace cells with an owning peer, by value then propensity, then account and product.
const TOP: [string, string, string, string, number, number][] = [
  ['C3', 'Core Seats', '2500', '1', 2, 2],
  ['A3', 'Core Seats', '1250.50', '0.666667', 3, 2],
  ['A4', 'Core Seats', '1250.50', '0.666667', 3, 2],
  ['D3', 'Analytics Pro', '1000.00', '1', 2, 2],
  ['A2', 'Analytics Pro', '800', '0.333333', 3, 1],
  ['A4', 'Analytics Pro', '800', '0.333333', 3, 1],
  ['A1', 'Security Shield', '500', '1', 3, 3],
  ['C1', 'Security Shield', '100.10', '0.5', 2, 1],
  ['C3', 'Security Shield', '100.10', '0.5', 2, 1],
];

const topLine = (o: OpportunityOut) => [
  o.account.name,
  o.product.name,
  dec(o.estimatedValue),
  dec(o.propensity),
  o.evidence.peerCount,
  o.evidence.owningPeerCount,
];
const want = (rows: typeof TOP) => rows.map(([a, p, v, pr, peers, owners]) => [a, p, dec(v), dec(pr), peers, owners]);

describe('top whitespace opportunities', () => {
  it('ranks whitespace cells with owning peers by value and propensity, with their evidence', async () => {
    const data = await ask<OpportunitiesOut>(OPPORTUNITIES_QUERY, { first: 20 });
    expect(data.whitespaceOpportunities.totalCount).toBe(9);
    expect(data.whitespaceOpportunities.edges.map((e) => topLine(e.node))).toEqual(want(TOP));
    // The evidence keeps the exact median; the estimated value is it rounded half-even to the cent.
    const medians = data.whitespaceOpportunities.edges.map((e) => dec(e.node.evidence.medianArr));
    expect(medians).toEqual(want(TOP).map(([account, , value]) => (account === 'D3' ? '1000.005' : value)));
    expect(data.whitespaceOpportunities.edges[3]!.node.evidence).toMatchObject({ industry: 'Retail', segment: 'ENT' });
  });

  it('pages through ties without gaps or repeats', async () => {
    for (const first of [1, 2, 4]) {
      const seen: OpportunityOut[] = [];
      let after: string | null = null;
      for (;;) {
        const page: OpportunitiesOut = await ask<OpportunitiesOut>(OPPORTUNITIES_QUERY, { first, after });
        seen.push(...page.whitespaceOpportunities.edges.map((e) => e.node));
        if (!page.whitespaceOpportunities.pageInfo.hasNextPage) break;
        after = page.whitespaceOpportunities.pageInfo.endCursor;
      }
      expect(seen.map(topLine), `first ${first}`).toEqual(want(TOP));
    }
  });

  it('applies scope and minimum propensity', async () => {
    const half = await ask<OpportunitiesOut>(OPPORTUNITIES_QUERY, { filter: { minPropensity: '0.5' } });
    expect(half.whitespaceOpportunities.totalCount).toBe(7);
    expect(half.whitespaceOpportunities.edges.map((e) => topLine(e.node))).toEqual(
      want(TOP.filter((t) => new Decimal(t[3]).gte('0.5'))),
    );
    const west = await ask<OpportunitiesOut>(OPPORTUNITIES_QUERY, {
      scope: { territoryId: gid('Territory', fx.territories['West SMB']!) },
    });
    expect(west.whitespaceOpportunities.edges.map((e) => topLine(e.node))).toEqual(
      want(TOP.filter((t) => t[0].startsWith('A'))),
    );
  });
});

// ---------------------------------------------------------------- bad input

describe('bad input', () => {
  const fields = [
    ['whitespace', 'totalCount'],
    ['whitespaceOpportunities', 'totalCount'],
    ['whitespaceSummary', 'groupBy', 'groupBy: PRODUCT'],
  ] as const;

  it('refuses an unknown product family, naming it and the field', async () => {
    for (const [field, select, extra] of fields) {
      const res = await send(`{ ${field}(${extra ?? ''} filter: { families: ["Core", "Hardware"] }) { ${select} } }`);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({
        code: 'NOT_FOUND',
        field: ['filter', 'families', '1'],
      });
      expect(res.errors?.[0]?.message).toMatch(/Hardware/);
    }
  });

  it('refuses a propensity outside 0..1', async () => {
    for (const value of ['-0.01', '1.000001', '2']) {
      for (const [field, select, extra] of fields) {
        const res = await send(`{ ${field}(${extra ?? ''} filter: { minPropensity: "${value}" }) { ${select} } }`);
        expect(res.errors?.[0]?.extensions, `${field} ${value}`).toMatchObject({
          code: 'OUT_OF_RANGE',
          field: ['filter', 'minPropensity'],
        });
      }
    }
    const ok = await ask<MatrixOut>(MATRIX_QUERY, { filter: { minPropensity: '1' } });
    expect(names(ok)).toEqual(['C3', 'D3', 'A1']);
  });

  it('refuses a page size above the maximum and a foreign cursor', async () => {
    for (const field of ['whitespace', 'whitespaceOpportunities']) {
      const big = await send(`{ ${field}(first: 101) { totalCount } }`);
      expect(big.errors?.[0]?.extensions, field).toMatchObject({ code: 'OUT_OF_RANGE', field: ['first'] });
      const bad = await send(`{ ${field}(first: 5, after: "not-a-cursor") { totalCount } }`);
      expect(bad.errors?.[0]?.extensions, field).toMatchObject({ code: 'INVALID', field: ['after'] });
    }
    // A cursor of one sort order is refused by another.
    const byName = await ask<MatrixOut>(MATRIX_QUERY, { orderBy: { field: 'ACCOUNT_NAME' }, first: 1 });
    const res = await send(MATRIX_QUERY, { first: 1, after: byName.whitespace.pageInfo.endCursor });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['after'] });
  });

  it('refuses an account list longer than the maximum', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => gid('Account', i + 1));
    const res = await send(MATRIX_QUERY, { scope: { accountIds: ids } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['scope', 'accountIds'] });
  });
});

// ---------------------------------------------------------------- set-based

describe('query count', () => {
  const count = async (query: string, variables: Record<string, unknown>) => {
    const before = db.queryCount();
    await ask(query, variables);
    return db.queryCount() - before;
  };
  const small = () => ({ scope: { accountIds: [gid('Account', fx.accounts.A1!)] } });

  it('is the same for one account as for the whole organization, whatever is selected', async () => {
    const matrix = `query($scope: WhitespaceScope) { whitespace(scope: $scope, first: 100) { totalCount products { name }
        edges { node { account { name owner { name manager { name } } territory { name } }
          cells { product { name family } status propensity } } } } }`;
    const top = `query($scope: WhitespaceScope) { whitespaceOpportunities(scope: $scope, first: 100) {
        edges { node { account { name owner { name } } product { name } } } } }`;
    const grouped = (by: string, key: string) =>
      `query($scope: WhitespaceScope) { whitespaceSummary(scope: $scope, groupBy: ${by}) { groups { ${key} whitespaceCount } } }`;
    for (const query of [
      matrix,
      top,
      grouped('PRODUCT', 'product { name }'),
      grouped('REP', 'rep { name manager { name } }'),
      grouped('TERRITORY', 'territory { name }'),
    ]) {
      const one = await count(query, small());
      const all = await count(query, {});
      expect(all, query).toBe(one);
    }
  });

  it('runs one SQL statement per analysis in the service (two with a family filter)', async () => {
    const prisma = tenantPrisma(db.prisma, fx.organizationId);
    const statements = async (run: () => Promise<unknown>) => {
      const before = db.queryCount();
      await run();
      return db.queryCount() - before;
    };
    const all = { visibility: ORGANIZATION_WIDE };
    for (const request of [
      all,
      { ...all, scope: { accountIds: [fx.accounts.A1!] } },
      { ...all, minPropensity: new Decimal('0.5') },
    ]) {
      expect(await statements(() => whitespaceMatrix(prisma, fx.organizationId, request, { first: 100 }))).toBe(1);
      expect(await statements(() => whitespaceSummary(prisma, fx.organizationId, request, 'territory'))).toBe(1);
      expect(await statements(() => whitespaceOpportunities(prisma, fx.organizationId, request, { first: 100 }))).toBe(
        1,
      );
    }
    // The family names are checked against the catalog first.
    const core = { ...all, families: ['Core'] };
    expect(await statements(() => whitespaceMatrix(prisma, fx.organizationId, core, { first: 100 }))).toBe(2);
  });
});
