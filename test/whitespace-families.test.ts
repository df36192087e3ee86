// Whitespace by product family (docs/design.md §6 "Editions are one need", issue 18 defect 8) and
// its money rounding (§11, defect 9), on a fixture small enough to work out every number by hand
// below: one family sold in three editions plus an add-on, a family of one product, accounts
// owning different editions, one with the family in open pipeline, and medians that end in half a
// cent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { whitespaceMatrix } from '../api/src/whitespace/service.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let admin: Record<string, string>;
let organizationId: number;
const accounts: Record<string, number> = {};
const products: Record<string, number> = {};

const day = (s: string) => new Date(`${s}T00:00:00Z`);
/** A decimal in canonical form ("1000.00" and "1000" compare equal). */
const dec = (v: string | null | undefined) => (v == null ? null : new Decimal(v).toFixed());

/**
 * Products, written through upsertProducts (the ingestion path for `editionRank`):
 *   Analytics Starter (rank 1), Analytics Pro (rank 2), Analytics Enterprise (rank 3),
 *   Analytics Add-on (no rank: not an edition), all of family Analytics; Core Seats (family Core).
 * Accounts A..G, all Software / SMB: one peer group of 7, so every account has 6 peers.
 * Installed products (ARR):
 *   A: Analytics Starter 1000.00 + Analytics Add-on 1000.01 (family ARR 2000.01)
 *   B: Analytics Pro 2000.00, Core Seats 11000.13
 *   C: Analytics Enterprise 4000.00
 *   D: Core Seats 11000.12
 * Open deal: E, PROPOSAL, one line item of Analytics Pro 900.00. F and G own nothing.
 *
 * FAMILY granularity (the default), columns Analytics and Core:
 *   Analytics: owners A B C (any product of the family); their family ARRs 2000.01, 2000.00,
 *     4000.00 -> median 2000.01 (A's two products added up; A's Starter alone would give 2000.00).
 *     A, B, C OWNED; E IN_PIPELINE (900.00); D, F, G WHITESPACE: propensity 3/6 = 0.5, estimated
 *     value 2000.01, expected 0.5 x 2000.01 = 1000.005 -> 1000.00 (half-even: 0 is even; half
 *     up would give 1000.01).
 *   Core: owners B 11000.13, D 11000.12 -> median 11000.125 -> estimated value 11000.12
 *     (half-even; PostgreSQL's round() would give 11000.13); propensity 2/6 = 0.333333; expected
 *     0.333333 x 11000.12 = 3666.70299996 -> 3666.70. B, D OWNED; A C E F G WHITESPACE.
 *   Upgrades (OWNED Analytics cells): A's highest edition is Starter (1000.00); the higher
 *     editions Pro (owned by B) and Enterprise (by C) have one owning peer each, so the lower one,
 *     Pro: median 2000.00 - 1000.00 = 1000.00, propensity 1/6 = 0.166667, expected 166.667 ->
 *     166.67. B's Pro (2000.00) -> Enterprise (C): 4000.00 - 2000.00 = 2000.00, 0.166667,
 *     expected 333.334 -> 333.33. C owns the top edition: no upgrade.
 * Under the old rule (every product a column) A was whitespace for Analytics Pro and Enterprise,
 * and D for all four Analytics products.
 */
async function buildFixture() {
  const org = await db.prisma.organization.create({ data: { name: 'Families Co', slug: 'families' } });
  organizationId = org.id;
  const key = await issueApiKey(db.sql, { organizationId, name: 'admin', scopes: ['admin'], repId: null });
  admin = { authorization: `Bearer ${key.token}` };
  const res = await client.request<{
    upsertProducts: { results: { externalId: string; id: string }[]; userErrors: unknown[] };
  }>(
    `mutation($input: UpsertProductsInput!) { upsertProducts(input: $input) {
       results { externalId id } userErrors { code message field } } }`,
    {
      input: {
        rows: [
          { externalId: 'AN-S', name: 'Analytics Starter', family: 'Analytics', editionRank: 1, listPrice: '10' },
          { externalId: 'AN-P', name: 'Analytics Pro', family: 'Analytics', editionRank: 2, listPrice: '20' },
          { externalId: 'AN-E', name: 'Analytics Enterprise', family: 'Analytics', editionRank: 3, listPrice: '40' },
          { externalId: 'AN-A', name: 'Analytics Add-on', family: 'Analytics', listPrice: '5' },
          { externalId: 'CORE', name: 'Core Seats', family: 'Core', listPrice: '100' },
        ],
      },
    },
    admin,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.upsertProducts.userErrors).toEqual([]);
  const stored = await db.prisma.product.findMany({ where: { organizationId }, orderBy: { id: 'asc' } });
  for (const p of stored) products[p.name] = p.id;
  expect(stored.map((p) => [p.name, p.editionRank])).toEqual([
    ['Analytics Starter', 1],
    ['Analytics Pro', 2],
    ['Analytics Enterprise', 3],
    ['Analytics Add-on', null],
    ['Core Seats', null],
  ]);
  const rep = await db.prisma.rep.create({
    data: {
      organizationId,
      name: 'Rae',
      email: 'rae@families.test',
      role: 'AE',
      region: 'NA',
      hireDate: day('2024-01-01'),
    },
  });
  for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
    accounts[name] = (
      await db.prisma.account.create({
        data: {
          organizationId,
          name,
          industry: 'Software',
          segment: 'SMB',
          employees: 50,
          country: 'US',
          region: 'NA',
          ownerId: rep.id,
        },
      })
    ).id;
  }
  const owns: [string, string, string][] = [
    ['A', 'Analytics Starter', '1000.00'],
    ['A', 'Analytics Add-on', '1000.01'],
    ['B', 'Analytics Pro', '2000.00'],
    ['B', 'Core Seats', '11000.13'],
    ['C', 'Analytics Enterprise', '4000.00'],
    ['D', 'Core Seats', '11000.12'],
  ];
  for (const [account, product, arr] of owns) {
    await db.prisma.accountProduct.create({
      data: {
        organizationId,
        accountId: accounts[account]!,
        productId: products[product]!,
        since: day('2025-01-01'),
        arr,
      },
    });
  }
  await db.prisma.opportunity.create({
    data: {
      organizationId,
      name: 'E Analytics',
      accountId: accounts.E!,
      ownerId: rep.id,
      amount: '900.00',
      type: 'NEW_BUSINESS',
      stage: 'PROPOSAL',
      forecastCategory: 'PIPELINE',
      createdDate: day('2026-01-10'),
      closeDate: day('2026-06-30'),
      lineItems: {
        create: [
          {
            organizationId,
            productId: products['Analytics Pro']!,
            quantity: '1',
            unitPrice: '900.00',
            totalPrice: '900.00',
          },
        ],
      },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  await buildFixture();
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await client.request<T>(query, variables, admin);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

interface CellOut {
  product: { name: string };
  family: string;
  status: string;
  arr: string | null;
  openPipeline: string;
  propensity: string | null;
  estimatedValue: string | null;
  expectedValue: string | null;
  evidence: { peerCount: number; owningPeerCount: number; medianArr: string | null } | null;
  upgrade: {
    fromProduct: { name: string };
    toProduct: { name: string };
    propensity: string;
    estimatedValue: string;
    expectedValue: string;
    evidence: { peerCount: number; owningPeerCount: number; medianArr: string };
  } | null;
}
interface RowOut {
  account: { name: string };
  ownedCount: number;
  inPipelineCount: number;
  whitespaceCount: number;
  totalEstimatedValue: string;
  totalExpectedValue: string;
  cells: CellOut[];
}

const MATRIX_QUERY = `query($granularity: WhitespaceGranularity) {
  whitespace(granularity: $granularity, orderBy: { field: ACCOUNT_NAME, direction: ASC }, first: 20) {
    totalCount products { name }
    edges { node { account { name } ownedCount inPipelineCount whitespaceCount totalEstimatedValue totalExpectedValue
      cells { product { name } family status arr openPipeline propensity estimatedValue expectedValue
        evidence { peerCount owningPeerCount medianArr }
        upgrade { fromProduct { name } toProduct { name } propensity estimatedValue expectedValue
          evidence { peerCount owningPeerCount medianArr } } } } } } }`;

async function matrix(granularity?: string): Promise<Map<string, RowOut>> {
  const data = await ask<{
    whitespace: { totalCount: number; products: { name: string }[]; edges: { node: RowOut }[] };
  }>(MATRIX_QUERY, granularity ? { granularity } : {});
  expect(data.whitespace.totalCount).toBe(7);
  return new Map(data.whitespace.edges.map((e) => [e.node.account.name, e.node]));
}

/** A cell as [status, arr or propensity, value, expected, open pipeline]. */
const brief = (c: CellOut) =>
  c.status === 'WHITESPACE'
    ? [c.family, c.status, dec(c.propensity), dec(c.estimatedValue), dec(c.expectedValue), dec(c.evidence?.medianArr)]
    : [c.family, c.status, dec(c.arr), dec(c.openPipeline)];

// Analytics: 3 of 6 peers, value 2000.01 (median exact), expected 1000.00.
const ANALYTICS_WS = ['Analytics', 'WHITESPACE', '0.5', '2000.01', '1000', '2000.01'];
// Core: 2 of 6 peers, median 11000.125, value 11000.12, expected 3666.70.
const CORE_WS = ['Core', 'WHITESPACE', '0.333333', '11000.12', '3666.7', '11000.125'];

describe('whitespace by product family (the default)', () => {
  it('counts a family as one need: statuses, propensity, estimated and expected value per cell', async () => {
    const rows = await matrix();
    const cells = Object.fromEntries([...rows].map(([name, r]) => [name, r.cells.map(brief)]));
    expect(cells).toEqual({
      A: [['Analytics', 'OWNED', '2000.01', '0'], CORE_WS],
      B: [
        ['Analytics', 'OWNED', '2000', '0'],
        ['Core', 'OWNED', '11000.13', '0'],
      ],
      C: [['Analytics', 'OWNED', '4000', '0'], CORE_WS],
      D: [ANALYTICS_WS, ['Core', 'OWNED', '11000.12', '0']],
      E: [['Analytics', 'IN_PIPELINE', null, '900'], CORE_WS],
      F: [ANALYTICS_WS, CORE_WS],
      G: [ANALYTICS_WS, CORE_WS],
    });
    // A family column is named by its lowest edition (Starter); Core by its one product.
    expect(rows.get('D')!.cells.map((c) => c.product.name)).toEqual(['Analytics Starter', 'Core Seats']);
    expect(rows.get('D')!.cells[0]!.evidence).toMatchObject({ peerCount: 6, owningPeerCount: 3 });
    expect(rows.get('A')!.cells[1]!.evidence).toMatchObject({ peerCount: 6, owningPeerCount: 2 });
  });

  it('gives each account its counts and totals: sums of the rounded cell values', async () => {
    const rows = await matrix();
    const totals = Object.fromEntries(
      [...rows].map(([name, r]) => [
        name,
        [r.ownedCount, r.inPipelineCount, r.whitespaceCount, dec(r.totalEstimatedValue), dec(r.totalExpectedValue)],
      ]),
    );
    expect(totals).toEqual({
      A: [1, 0, 1, '11000.12', '3666.7'],
      B: [2, 0, 0, '0', '0'],
      C: [1, 0, 1, '11000.12', '3666.7'],
      D: [1, 0, 1, '2000.01', '1000'],
      E: [0, 1, 1, '11000.12', '3666.7'],
      // 2000.01 + 11000.12 = 13000.13; 1000.00 + 3666.70 = 4666.70.
      F: [0, 0, 2, '13000.13', '4666.7'],
      G: [0, 0, 2, '13000.13', '4666.7'],
    });
  });

  it('shows the upgrade to a higher edition on an owned family, outside whitespace', async () => {
    const rows = await matrix();
    const upgrade = (name: string) => {
      const u = rows.get(name)!.cells[0]!.upgrade;
      return (
        u && [
          u.fromProduct.name,
          u.toProduct.name,
          dec(u.propensity),
          dec(u.estimatedValue),
          dec(u.expectedValue),
          u.evidence.owningPeerCount,
          dec(u.evidence.medianArr),
        ]
      );
    };
    expect(upgrade('A')).toEqual(['Analytics Starter', 'Analytics Pro', '0.166667', '1000', '166.67', 1, '2000']);
    expect(upgrade('B')).toEqual(['Analytics Pro', 'Analytics Enterprise', '0.166667', '2000', '333.33', 1, '4000']);
    expect(upgrade('C')).toBeNull();
    // No upgrade on whitespace, pipeline or single-product columns.
    for (const r of rows.values()) {
      for (const c of r.cells) if (c.status !== 'OWNED' || c.family !== 'Analytics') expect(c.upgrade).toBeNull();
    }
  });

  it('sums whitespace by family and in total, estimated and expected', async () => {
    const data = await ask<{
      whitespaceSummary: {
        groups: Record<string, unknown>[];
        total: Record<string, unknown>;
      };
    }>(`{ whitespaceSummary(groupBy: PRODUCT) {
      groups { family product { name } accountCount productCount ownedCount inPipelineCount whitespaceCount
        penetration totalEstimatedValue totalExpectedValue openPipeline }
      total { accountCount productCount ownedCount inPipelineCount whitespaceCount
        penetration totalEstimatedValue totalExpectedValue openPipeline } } }`);
    const line = (g: Record<string, unknown>) => [
      g.family ?? null,
      g.accountCount,
      g.productCount,
      g.ownedCount,
      g.inPipelineCount,
      g.whitespaceCount,
      dec(g.penetration as string | null),
      dec(g.totalEstimatedValue as string),
      dec(g.totalExpectedValue as string),
      dec(g.openPipeline as string),
    ];
    expect(data.whitespaceSummary.groups.map(line)).toEqual([
      // Core: owned B D -> 2/7 = 0.285714; whitespace A C E F G: 5 x 11000.12 = 55000.60,
      // 5 x 3666.70 = 18333.50.
      ['Core', 7, 1, 2, 0, 5, '0.285714', '55000.6', '18333.5', '0'],
      // Analytics: owned A B C -> 3/7 = 0.428571; E in pipeline (900.00); whitespace D F G:
      // 3 x 2000.01 = 6000.03, 3 x 1000.00 = 3000.00.
      ['Analytics', 7, 1, 3, 1, 3, '0.428571', '6000.03', '3000', '900'],
    ]);
    // 7 accounts x 2 families = 14 cells: 5 owned (5/14 = 0.357143), 1 in pipeline, 8 whitespace
    // worth 55000.60 + 6000.03 = 61000.63, expected 18333.50 + 3000.00 = 21333.50.
    expect(line(data.whitespaceSummary.total)).toEqual([null, 7, 2, 5, 1, 8, '0.357143', '61000.63', '21333.5', '900']);
  });

  it('ranks the top opportunities by family, with expected values', async () => {
    const data = await ask<{
      whitespaceOpportunities: {
        totalCount: number;
        edges: {
          node: {
            account: { name: string };
            product: { name: string };
            family: string;
            estimatedValue: string;
            expectedValue: string;
          };
        }[];
      };
    }>(`{ whitespaceOpportunities(first: 20) { totalCount
      edges { node { account { name } product { name } family estimatedValue expectedValue } } } }`);
    expect(data.whitespaceOpportunities.totalCount).toBe(8);
    expect(
      data.whitespaceOpportunities.edges.map(({ node: n }) => [
        n.account.name,
        n.family,
        n.product.name,
        dec(n.estimatedValue),
        dec(n.expectedValue),
      ]),
    ).toEqual([
      ...['A', 'C', 'E', 'F', 'G'].map((a) => [a, 'Core', 'Core Seats', '11000.12', '3666.7']),
      ...['D', 'F', 'G'].map((a) => [a, 'Analytics', 'Analytics Starter', '2000.01', '1000']),
    ]);
  });
});

describe('whitespace by product (the catalog view)', () => {
  it('keeps editions apart and rounds each cell half-even to the cent', async () => {
    const rows = await matrix('PRODUCT');
    const names = rows.get('D')!.cells.map((c) => c.product.name);
    expect(names).toEqual([
      'Analytics Add-on',
      'Analytics Enterprise',
      'Analytics Pro',
      'Analytics Starter',
      'Core Seats',
    ]);
    // D owns no Analytics product: each one has one owner among its 6 peers (1/6 = 0.166667);
    // expected 0.166667 x 1000.01 = 166.6683 -> 166.67, x 4000 = 666.668 -> 666.67, x 2000 =
    // 333.334 -> 333.33, x 1000 = 166.667 -> 166.67.
    expect(rows.get('D')!.cells.map(brief)).toEqual([
      ['Analytics', 'WHITESPACE', '0.166667', '1000.01', '166.67', '1000.01'],
      ['Analytics', 'WHITESPACE', '0.166667', '4000', '666.67', '4000'],
      ['Analytics', 'WHITESPACE', '0.166667', '2000', '333.33', '2000'],
      ['Analytics', 'WHITESPACE', '0.166667', '1000', '166.67', '1000'],
      ['Core', 'OWNED', '11000.12', '0'],
    ]);
    // A owns Starter and the add-on: Enterprise and Pro are whitespace of their own here.
    expect(rows.get('A')!.cells.map((c) => c.status)).toEqual([
      'OWNED',
      'WHITESPACE',
      'WHITESPACE',
      'OWNED',
      'WHITESPACE',
    ]);
    // Core Seats: median 11000.125 rounds half-even to 11000.12; the evidence keeps it exact.
    expect(brief(rows.get('A')!.cells[4]!)).toEqual(CORE_WS);
    // No upgrades at product granularity.
    for (const r of rows.values()) for (const c of r.cells) expect(c.upgrade).toBeNull();
  });
});

describe('remembered peer statistics', () => {
  it('follow a product leaving the family statistics (retired): no stale family median', async () => {
    const service = tenantPrisma(db.prisma, organizationId);
    const before = await whitespaceMatrix(service, organizationId, {
      scope: { accountIds: [accounts.D!] },
      visibility: ORGANIZATION_WIDE,
    });
    expect(before.edges[0]!.node.cells[0]!.estimatedValue!.toFixed()).toBe('2000.01');
    // Retiring the add-on takes it out of A's family ARR: 1000.00, 2000.00, 4000.00 -> median 2000.
    // Only a Product row changes, which the statistics' revision must follow.
    await db.prisma.product.update({ where: { id: products['Analytics Add-on']! }, data: { active: false } });
    const after = await whitespaceMatrix(service, organizationId, {
      scope: { accountIds: [accounts.D!] },
      visibility: ORGANIZATION_WIDE,
    });
    expect(after.edges[0]!.node.cells[0]!.estimatedValue!.toFixed()).toBe('2000');
    await db.prisma.product.update({ where: { id: products['Analytics Add-on']! }, data: { active: true } });
  });

  it('refuses an edition rank out of range on ingestion, naming the field', async () => {
    const res = await client.request<{ upsertProducts: { userErrors: { code: string; field: string[] }[] } }>(
      `mutation($input: UpsertProductsInput!) { upsertProducts(input: $input) { userErrors { code field } } }`,
      { input: { rows: [{ externalId: 'AN-X', name: 'X', family: 'Analytics', editionRank: 0, listPrice: '1' }] } },
      admin,
    );
    expect(res.data!.upsertProducts.userErrors).toEqual([
      { code: 'OUT_OF_RANGE', field: ['input', 'rows', '0', 'editionRank'] },
    ]);
  });
});
