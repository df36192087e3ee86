// Whitespace on demo data (api/src/seed: the demo size with fewer accounts and deals, so that the
// cell-by-cell reference stays quick on PGlite) against a reference written independently of the
// service: raw SQL takes every account x product cell literally (ownership, open line items, and
// for each cell its own peers: the other accounts of its industry and segment, with the ARRs of
// those that own the product), and the arithmetic (propensity, median, totals) is done here in
// TypeScript with exact decimals. The reference is per product, so the service is asked for the
// PRODUCT granularity (columns are products, editions apart); families are covered by
// test/whitespace-families.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_SIZES, generateDataset } from '../api/src/seed/generate.js';
import { loadDataset } from '../api/src/seed/load.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let organizationId: number;
let cells: RefCell[];
let accounts: Map<number, RefAccount>;
let productCount: number;

interface RefAccount {
  id: number;
  ownerId: number | null;
  territoryId: number | null;
  segment: string;
  industry: string;
}

interface RefCell {
  accountId: number;
  productId: number;
  status: 'OWNED' | 'IN_PIPELINE' | 'WHITESPACE';
  arr: Decimal | null;
  openPipeline: Decimal;
  peers: number;
  owners: number;
  propensity: Decimal;
  /** The exact median of the owning peers' ARR (0 without owners). */
  median: Decimal;
  /** The estimated value: the median rounded half-even to the cent (docs/design.md §11). */
  value: Decimal;
}

const ZERO = new Decimal(0);
const round6 = (part: number, whole: number) =>
  whole === 0 ? ZERO : new Decimal(part).div(whole).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);

function median(sorted: Decimal[]): Decimal {
  if (sorted.length === 0) return ZERO;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : sorted[mid - 1]!.plus(sorted[mid]!).div(2);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const dataset = generateDataset({ ...DATASET_SIZES.demo, name: 'whitespace', accounts: 600, opportunities: 6_000 });
  await loadDataset(db.sql, dataset, { onProgress: null });
  organizationId = dataset.organizations[0]!.id;
  client = await createTestClient(db);

  const accountRows = await db.sql.query<{
    id: number;
    ownerId: number | null;
    territoryId: number | null;
    segment: string;
    industry: string;
  }>(
    `SELECT id, "ownerId", "territoryId", segment::text AS segment, industry FROM "Account" WHERE "organizationId" = $1`,
    [organizationId],
  );
  accounts = new Map(accountRows.map((a) => [a.id, a]));
  // Every active product x every account, taken literally; peers of a cell are the other
  // accounts of the same industry and segment, with the ARRs of those owning the product.
  const rows = await db.sql.query<{
    account_id: number;
    product_id: number;
    own_arr: string | null;
    open_amount: string | null;
    peers: number;
    owner_arrs: string[] | null;
  }>(
    `WITH products AS (SELECT id FROM "Product" WHERE "organizationId" = $1 AND active),
          grid AS (
            SELECT a.id AS account_id, a.industry, a.segment, p.id AS product_id, ap.arr AS own_arr,
                   (SELECT sum(li."totalPrice") FROM "Opportunity" o
                      JOIN "OpportunityLineItem" li ON li."opportunityId" = o.id
                     WHERE o."accountId" = a.id AND li."productId" = p.id
                       AND o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')) AS open_amount
              FROM "Account" a
             CROSS JOIN products p
              LEFT JOIN "AccountProduct" ap ON ap."accountId" = a.id AND ap."productId" = p.id
                   AND ap.since <= $2::date AND (ap."endDate" IS NULL OR ap."endDate" > $2::date)
             WHERE a."organizationId" = $1)
     SELECT g.account_id, g.product_id, g.own_arr::text, g.open_amount::text,
            (SELECT count(*)::int FROM "Account" b
              WHERE b."organizationId" = $1 AND b.industry = g.industry AND b.segment = g.segment
                AND b.id <> g.account_id) AS peers,
            (SELECT array_agg(bp.arr::text ORDER BY bp.arr) FROM "Account" b
               JOIN "AccountProduct" bp ON bp."accountId" = b.id AND bp."productId" = g.product_id
                AND bp.since <= $2::date AND (bp."endDate" IS NULL OR bp."endDate" > $2::date)
              WHERE b."organizationId" = $1 AND b.industry = g.industry AND b.segment = g.segment
                AND b.id <> g.account_id) AS owner_arrs
       FROM grid g`,
    // Owned today (the API's default day): an installed product that has ended is not owned.
    [organizationId, new Date().toISOString().slice(0, 10)],
  );
  productCount = new Set(rows.map((r) => r.product_id)).size;
  cells = rows.map((r) => {
    const arrs = (r.owner_arrs ?? []).map((v) => new Decimal(v));
    return {
      accountId: r.account_id,
      productId: r.product_id,
      status: r.own_arr !== null ? 'OWNED' : r.open_amount !== null ? 'IN_PIPELINE' : 'WHITESPACE',
      arr: r.own_arr === null ? null : new Decimal(r.own_arr),
      openPipeline: r.open_amount === null ? ZERO : new Decimal(r.open_amount),
      peers: r.peers,
      owners: arrs.length,
      propensity: round6(arrs.length, r.peers),
      median: median(arrs),
      value: median(arrs).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN),
    };
  });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const canon = (v: Decimal | string | null) => (v === null ? null : new Decimal(v).toFixed());

/** Summary lines from reference cells: [key, accounts, owned, inPipeline, whitespace, penetration, value, pipeline]. */
function reference(
  key: (c: RefCell) => string | null,
  subset: RefCell[] = cells,
  minPropensity: Decimal | null = null,
  perProduct = false,
) {
  const groups = new Map<
    string | null,
    { accounts: Set<number>; owned: number; piped: number; ws: number; value: Decimal; pipeline: Decimal }
  >();
  for (const c of subset) {
    const k = key(c);
    let g = groups.get(k);
    if (!g) {
      g = { accounts: new Set(), owned: 0, piped: 0, ws: 0, value: ZERO, pipeline: ZERO };
      groups.set(k, g);
    }
    g.accounts.add(c.accountId);
    g.pipeline = g.pipeline.plus(c.openPipeline);
    if (c.status === 'OWNED') g.owned++;
    else if (c.status === 'IN_PIPELINE') g.piped++;
    else if (minPropensity === null || c.propensity.gte(minPropensity)) {
      g.ws++;
      g.value = g.value.plus(c.value);
    }
  }
  return [...groups.entries()]
    .map(([k, g]) => {
      const products = perProduct ? 1 : productCount;
      return [
        k,
        g.accounts.size,
        g.owned,
        g.piped,
        g.ws,
        canon(round6(g.owned, g.accounts.size * products)),
        canon(g.value),
        canon(g.pipeline),
      ] as const;
    })
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

interface GroupOut {
  key: string | null;
  accountCount: number;
  ownedCount: number;
  inPipelineCount: number;
  whitespaceCount: number;
  penetration: string | null;
  totalEstimatedValue: string;
  openPipeline: string;
}

const METRICS = 'accountCount ownedCount inPipelineCount whitespaceCount penetration totalEstimatedValue openPipeline';
const lines = (groups: GroupOut[]) =>
  groups
    .map(
      (g) =>
        [
          g.key,
          g.accountCount,
          g.ownedCount,
          g.inPipelineCount,
          g.whitespaceCount,
          canon(g.penetration),
          canon(g.totalEstimatedValue),
          canon(g.openPipeline),
        ] as const,
    )
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const dbId = (gid: string) => Number(Buffer.from(gid, 'base64').toString().split(':')[1]);

async function summary(groupBy: string, keyField: string, variables: Record<string, unknown> = {}) {
  const data = await client.data<{
    whitespaceSummary: { groups: (GroupOut & Record<string, unknown>)[]; total: GroupOut };
  }>(
    `query($scope: WhitespaceScope, $filter: WhitespaceFilter) {
       whitespaceSummary(scope: $scope, filter: $filter, granularity: PRODUCT, groupBy: ${groupBy}) {
         total { ${METRICS} } groups { ${keyField} ${METRICS} } } }`,
    variables,
  );
  const s = data.whitespaceSummary;
  const values = s.groups.map((g) => new Decimal(g.totalEstimatedValue));
  // Highest total estimated value first.
  for (let i = 1; i < values.length; i++) expect(values[i]!.lte(values[i - 1]!)).toBe(true);
  return s;
}

describe('whitespace on the demo data, against an independent reference', () => {
  it('has the shape the fixture needs: owned, in-pipeline and valued whitespace cells', () => {
    expect(cells.filter((c) => c.status === 'OWNED').length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.status === 'IN_PIPELINE').length).toBeGreaterThan(100);
    expect(cells.filter((c) => c.status === 'WHITESPACE' && c.owners > 0).length).toBeGreaterThan(1000);
  });

  it('summary by product, rep, territory, segment and industry, and the total', async () => {
    const byProduct = await summary('PRODUCT', 'product { id }');
    expect(lines(byProduct.groups.map((g) => ({ ...g, key: String(dbId((g.product as { id: string }).id)) })))).toEqual(
      reference((c) => String(c.productId), cells, null, true),
    );
    const byRep = await summary('REP', 'rep { id }');
    expect(
      lines(byRep.groups.map((g) => ({ ...g, key: g.rep ? String(dbId((g.rep as { id: string }).id)) : null }))),
    ).toEqual(
      reference((c) =>
        accounts.get(c.accountId)!.ownerId === null ? null : String(accounts.get(c.accountId)!.ownerId),
      ),
    );
    const byTerritory = await summary('TERRITORY', 'territory { id }');
    expect(
      lines(
        byTerritory.groups.map((g) => ({
          ...g,
          key: g.territory ? String(dbId((g.territory as { id: string }).id)) : null,
        })),
      ),
    ).toEqual(
      reference((c) => {
        const t = accounts.get(c.accountId)!.territoryId;
        return t === null ? null : String(t);
      }),
    );
    const bySegment = await summary('SEGMENT', 'segment');
    expect(lines(bySegment.groups.map((g) => ({ ...g, key: g.segment as string })))).toEqual(
      reference((c) => accounts.get(c.accountId)!.segment),
    );
    const byIndustry = await summary('INDUSTRY', 'industry');
    expect(lines(byIndustry.groups.map((g) => ({ ...g, key: g.industry as string })))).toEqual(
      reference((c) => accounts.get(c.accountId)!.industry),
    );
    expect(lines([{ ...byProduct.total, key: null }])).toEqual(reference(() => null));
  });

  it('summary with a propensity threshold and a territory scope (with its sub-territories)', async () => {
    const min = new Decimal('0.3');
    const half = await summary('PRODUCT', 'product { id }', { filter: { minPropensity: min.toFixed() } });
    expect(lines(half.groups.map((g) => ({ ...g, key: String(dbId((g.product as { id: string }).id)) })))).toEqual(
      reference((c) => String(c.productId), cells, min, true),
    );
    // The territory with the most accounts in its tree, and the tree computed here from parent links.
    const territories = await db.sql.query<{ id: number; parentId: number | null }>(
      'SELECT id, "parentId" FROM "Territory" WHERE "organizationId" = $1',
      [organizationId],
    );
    const children = new Map<number, number[]>();
    for (const t of territories) {
      if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
    }
    const tree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(tree)];
    const accountsIn = (id: number) => {
      const ids = new Set(tree(id));
      return [...accounts.values()].filter((a) => a.territoryId !== null && ids.has(a.territoryId)).length;
    };
    const parents = territories.filter((t) => children.has(t.id));
    expect(parents.length).toBeGreaterThan(0);
    const chosen = parents.reduce((best, t) => (accountsIn(t.id) > accountsIn(best.id) ? t : best));
    const inTree = new Set(tree(chosen.id));
    const scoped = cells.filter((c) => {
      const t = accounts.get(c.accountId)!.territoryId;
      return t !== null && inTree.has(t);
    });
    const result = await summary('INDUSTRY', 'industry', {
      scope: { territoryId: toGlobalId('Territory', chosen.id) },
    });
    expect(lines(result.groups.map((g) => ({ ...g, key: g.industry as string })))).toEqual(
      reference((c) => accounts.get(c.accountId)!.industry, scoped),
    );
  });

  it('the whole matrix, page by page: every account total and every cell', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    const byCell = new Map(cells.map((c) => [`${c.accountId}:${c.productId}`, c]));
    const byAccount = new Map<number, RefCell[]>();
    for (const c of cells) byAccount.set(c.accountId, [...(byAccount.get(c.accountId) ?? []), c]);
    const totals = new Map<number, Decimal>();
    for (const c of cells) {
      if (c.status === 'WHITESPACE') totals.set(c.accountId, (totals.get(c.accountId) ?? ZERO).plus(c.value));
    }
    for (;;) {
      type Page = {
        whitespace: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: {
            node: {
              account: { id: string };
              whitespaceCount: number;
              ownedCount: number;
              inPipelineCount: number;
              totalEstimatedValue: string;
              cells: {
                product: { id: string };
                status: string;
                arr: string | null;
                openPipeline: string;
                propensity: string | null;
                estimatedValue: string | null;
                evidence: { peerCount: number; owningPeerCount: number } | null;
              }[];
            };
          }[];
        };
      };
      const page: Page = await client.data<Page>(
        `query($after: String) { whitespace(granularity: PRODUCT, first: 100, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { account { id } whitespaceCount ownedCount inPipelineCount totalEstimatedValue
              cells { product { id } status arr openPipeline propensity estimatedValue
                evidence { peerCount owningPeerCount } } } } } }`,
        { after },
      );
      expect(page.whitespace.totalCount).toBe(accounts.size);
      for (const { node } of page.whitespace.edges) {
        const accountId = dbId(node.account.id);
        seen.push(accountId);
        const own = byAccount.get(accountId) ?? [];
        expect(node.cells).toHaveLength(productCount);
        expect(canon(node.totalEstimatedValue)).toBe(canon(totals.get(accountId) ?? ZERO));
        expect([node.whitespaceCount, node.ownedCount, node.inPipelineCount]).toEqual([
          own.filter((c) => c.status === 'WHITESPACE').length,
          own.filter((c) => c.status === 'OWNED').length,
          own.filter((c) => c.status === 'IN_PIPELINE').length,
        ]);
        for (const cell of node.cells) {
          const ref = byCell.get(`${accountId}:${dbId(cell.product.id)}`)!;
          const ws = ref.status === 'WHITESPACE';
          expect([
            cell.status,
            canon(cell.arr),
            canon(cell.openPipeline),
            canon(cell.propensity),
            canon(cell.estimatedValue),
            cell.evidence && [cell.evidence.peerCount, cell.evidence.owningPeerCount],
          ]).toEqual([
            ref.status,
            canon(ref.arr),
            canon(ref.openPipeline),
            ws ? canon(ref.propensity) : null,
            ws ? canon(ref.value) : null,
            ws ? [ref.peers, ref.owners] : null,
          ]);
        }
      }
      if (!page.whitespace.pageInfo.hasNextPage) break;
      after = page.whitespace.pageInfo.endCursor;
    }
    // Every account once, by total value (highest first), ties by id.
    const expected = [...accounts.keys()].sort((a, b) => {
      const d = (totals.get(b) ?? ZERO).comparedTo(totals.get(a) ?? ZERO);
      return d !== 0 ? d : a - b;
    });
    expect(seen).toEqual(expected);
    // Every page of the demo's matrix by family: about 22 s alone, more beside another test file.
  }, 180_000);

  it('the top opportunities, two pages deep', async () => {
    const ranked = cells
      .filter((c) => c.status === 'WHITESPACE' && c.owners > 0)
      .sort(
        (a, b) =>
          b.value.comparedTo(a.value) ||
          b.propensity.comparedTo(a.propensity) ||
          a.accountId - b.accountId ||
          a.productId - b.productId,
      );
    type Page = {
      whitespaceOpportunities: {
        totalCount: number;
        pageInfo: { endCursor: string };
        edges: {
          node: {
            account: { id: string };
            product: { id: string };
            propensity: string;
            estimatedValue: string;
            evidence: { peerCount: number; owningPeerCount: number; medianArr: string };
          };
        }[];
      };
    };
    const query = `query($after: String) { whitespaceOpportunities(granularity: PRODUCT, first: 100, after: $after) {
        totalCount pageInfo { endCursor }
        edges { node { account { id } product { id } propensity estimatedValue
          evidence { peerCount owningPeerCount medianArr } } } } }`;
    const first: Page = await client.data<Page>(query, {});
    const second: Page = await client.data<Page>(query, { after: first.whitespaceOpportunities.pageInfo.endCursor });
    expect(first.whitespaceOpportunities.totalCount).toBe(ranked.length);
    const got = [...first.whitespaceOpportunities.edges, ...second.whitespaceOpportunities.edges].map(({ node }) => [
      dbId(node.account.id),
      dbId(node.product.id),
      canon(node.estimatedValue),
      canon(node.propensity),
      node.evidence.peerCount,
      node.evidence.owningPeerCount,
      canon(node.evidence.medianArr),
    ]);
    expect(got).toEqual(
      ranked
        .slice(0, 200)
        .map((c) => [
          c.accountId,
          c.productId,
          canon(c.value),
          canon(c.propensity),
          c.peers,
          c.owners,
          canon(c.median),
        ]),
    );
  });
});
