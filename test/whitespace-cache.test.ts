// Remembered peer statistics (api/src/whitespace/peer-cache.ts) are never stale: after an
// ingestion call or a change of installed products the next answer is the new one, worked out by
// hand below, and a remembered answer always equals one computed from scratch.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { upsertAccounts } from '../api/src/ingestion/service.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { cachedPeerStats, forgetPeerStats } from '../api/src/whitespace/peer-cache.js';
import { whitespaceOpportunities, whitespaceSummary } from '../api/src/whitespace/service.js';
import { todayIso } from '../api/src/whitespace/sql.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let organizationId: number;
let products: { core: number; analytics: number };
let accounts: Record<string, number>;

const prisma = () => tenantPrisma(db.prisma, organizationId);
const revision = async () =>
  (
    await db.sql.query<{ r: string }>('SELECT "peerStatsRevision"::text AS r FROM "Organization" WHERE id = $1', [
      organizationId,
    ])
  )[0]?.r;

/** The product summary and the top list, as plain values (Decimals as text) to compare. */
async function answer() {
  const summary = await whitespaceSummary(prisma(), organizationId, { visibility: ORGANIZATION_WIDE }, 'product');
  const top = await whitespaceOpportunities(prisma(), organizationId, { visibility: ORGANIZATION_WIDE }, { first: 10 });
  return JSON.parse(JSON.stringify({ summary, top }));
}

/**
 * The answer with the statistics as remembered (whatever their revision), checked to equal the
 * answer computed with nothing remembered; the product rows by product and the top list.
 */
async function current() {
  const remembered = await answer();
  forgetPeerStats();
  expect(await answer()).toEqual(remembered);
  const row = (id: number) => remembered.summary.groups.find((g: { productId: number }) => g.productId === id);
  return { core: row(products.core), analytics: row(products.analytics), top: remembered.top };
}

beforeAll(async () => {
  db = await createTestDatabase();
});

// Every test gets an organization of its own with the fixture below, so that any test runs alone
// and in any order (the remembered statistics are kept per organization).
let fixtures = 0;
beforeEach(async () => {
  fixtures += 1;
  const org = await db.prisma.organization.create({
    data: { name: `Cache Co ${fixtures}`, slug: `cache-${fixtures}` },
  });
  organizationId = org.id;
  const product = async (name: string, family: string) =>
    (await db.prisma.product.create({ data: { organizationId, name, family, listPrice: '100.00' } })).id;
  products = { core: await product('Core Seats', 'Core'), analytics: await product('Analytics', 'Analytics') };
  // Four Software accounts of 50 employees: segment SMB, one peer group.
  const caller = { prisma: prisma(), organizationId, principal: 'system:test' };
  const rows = ['A1', 'A2', 'A3', 'A4'].map((externalId) => ({
    externalId,
    name: externalId,
    industry: 'Software',
    country: 'US',
    region: 'NA',
    employees: 50,
  }));
  const outcome = await upsertAccounts(caller, rows);
  expect(outcome.userErrors).toEqual([]);
  expect(outcome.created).toBe(4);
  accounts = Object.fromEntries(
    (await db.prisma.account.findMany({ where: { organizationId } })).map((a) => [a.name, a.id]),
  );
  for (const [name, arr] of [
    ['A1', '100.00'],
    ['A2', '300.00'],
  ] as const) {
    await db.prisma.accountProduct.create({
      data: {
        organizationId,
        accountId: accounts[name]!,
        productId: products.core,
        since: new Date('2025-01-01'),
        arr,
      },
    });
  }
});

afterAll(async () => {
  await db?.destroy();
});

describe('remembered peer statistics', () => {
  it('are used while current, and answer exactly as computed ones', async () => {
    forgetPeerStats();
    const cold = await answer();
    const remembered = cachedPeerStats(organizationId, todayIso());
    expect(remembered?.revision).toBe(await revision());
    // The second call used them: it handed back nothing new to remember.
    expect(await answer()).toEqual(cold);
    expect(cachedPeerStats(organizationId, todayIso())).toBe(remembered);
    // Core Seats: A1 and A2 own it; A3 and A4 each have 3 peers of which 2 own it, median
    // (100 + 300) / 2 = 200. Analytics: nobody owns it, 4 cells of value 0.
    const { core, analytics, top } = await current();
    expect(core).toMatchObject({ accountCount: 4, ownedCount: 2, whitespaceCount: 2, totalEstimatedValue: '400' });
    expect(analytics).toMatchObject({ ownedCount: 0, whitespaceCount: 4, totalEstimatedValue: '0' });
    expect(top.totalCount).toBe(2);
    expect(top.edges.map((e: { node: { accountId: number } }) => e.node.accountId)).toEqual([accounts.A3, accounts.A4]);
    expect(top.edges[0].node).toMatchObject({ estimatedValue: '200', propensity: '0.666667' });
  });

  it('change with an installed product: a new one and a changed ARR', async () => {
    await answer(); // remember the statistics of the current revision
    const before = await revision();
    await db.prisma.accountProduct.create({
      data: {
        organizationId,
        accountId: accounts.A3!,
        productId: products.core,
        since: new Date('2025-01-01'),
        arr: '500.00',
      },
    });
    expect(await revision()).not.toBe(before);
    // A4 alone is whitespace on Core Seats: its 3 peers all own it, median of 100, 300, 500.
    let now = await current();
    expect(now.core).toMatchObject({ ownedCount: 3, whitespaceCount: 1, totalEstimatedValue: '300' });
    expect(now.top.edges[0].node).toMatchObject({ accountId: accounts.A4, estimatedValue: '300', propensity: '1' });

    await answer();
    await db.sql.query('UPDATE "AccountProduct" SET arr = 700.00 WHERE "accountId" = $1 AND "productId" = $2', [
      accounts.A2,
      products.core,
    ]);
    // Median of 100, 500, 700.
    now = await current();
    expect(now.core).toMatchObject({ ownedCount: 3, whitespaceCount: 1, totalEstimatedValue: '500' });
  });

  it('change with an ingestion call that moves an account to another segment', async () => {
    await db.prisma.accountProduct.create({
      data: {
        organizationId,
        accountId: accounts.A3!,
        productId: products.core,
        since: new Date('2025-01-01'),
        arr: '500.00',
      },
    });
    await answer();
    const before = await revision();
    const caller = { prisma: prisma(), organizationId, principal: 'system:test' };
    const outcome = await upsertAccounts(caller, [
      { externalId: 'A4', name: 'A4', industry: 'Software', country: 'US', region: 'NA', employees: 5000 },
    ]);
    expect(outcome.userErrors).toEqual([]);
    expect(outcome.updated).toBe(1);
    expect(await revision()).not.toBe(before);
    // A4 is now Software / ENT, a group of one: no peers, propensity 0 and value 0 everywhere;
    // A1..A3 own Core Seats and nobody owns Analytics, so there is no opportunity left.
    const now = await current();
    expect(now.core).toMatchObject({ accountCount: 4, ownedCount: 3, whitespaceCount: 1, totalEstimatedValue: '0' });
    expect(now.top.totalCount).toBe(0);
    // The group sizes, independently: the SMB group has 3 accounts, the ENT group 1.
    const groups = await db.sql.query<{ segment: string; n: number }>(
      `SELECT segment::text, count(*)::int AS n FROM "Account" WHERE "organizationId" = $1 GROUP BY 1 ORDER BY 1`,
      [organizationId],
    );
    expect(groups).toEqual([
      { segment: 'ENT', n: 1 },
      { segment: 'SMB', n: 3 },
    ]);
  });

  it('keep their revision through writes that change no peer group', async () => {
    await answer();
    const before = await revision();
    await db.sql.query(`UPDATE "Account" SET region = 'EMEA' WHERE "organizationId" = $1`, [organizationId]);
    expect(await revision()).toBe(before);
  });
});
