// The one-statement reader (api/src/db/nested-read.ts through the tenant client's
// $findManyNested): for every argument shape the graph produces it must return what Prisma's own
// findMany returns for the same arguments through the same tenant client, apply the tenant and
// row policy the same way (checked against SQL written here), and do it in one statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE, onlyReps } from '../api/src/access/visibility.js';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { compileNestedRead } from '../api/src/db/nested-read.js';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
/** A deal owned outside Mona's team but split to Ada, who is on it. */
let splitDeal: number;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 30);
  const [ada, , cy] = fx.reps as [number, number, number];
  // Deals Cy owns are outside Mona's team; one is split to Ada, so Mona sees it through the split.
  const [row] = await db.sql.query<{ id: number }>(
    `SELECT id FROM "Opportunity" WHERE "organizationId" = $1 AND "ownerId" = $2 ORDER BY id LIMIT 1`,
    [fx.organizationId, cy],
  );
  splitDeal = (row as { id: number }).id;
  await db.prisma.opportunitySplit.createMany({
    data: [
      { organizationId: fx.organizationId, opportunityId: splitDeal, repId: cy, percent: '0.6', splitType: 'REVENUE' },
      { organizationId: fx.organizationId, opportunityId: splitDeal, repId: ada, percent: '0.4', splitType: 'REVENUE' },
    ],
  });
  // A nullable column with values and nulls, for the null filters and the Decimal revival.
  await db.sql.query(`UPDATE "Account" SET "annualRevenue" = 1250000.50, domain = 'a.example' WHERE id = $1`, [
    fx.accounts[0],
  ]);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

// With the database's reader, as requests have it: on PostgreSQL the statements skip Prisma.
const admin = (on: Database = db) =>
  tenantPrisma(
    on.prisma,
    fx.organizationId,
    { visibility: ORGANIZATION_WIDE, viewer: { scopes: new Set(['admin']), apiKeyId: null } },
    on.read,
  );

/** Mona's view: herself and her two reps. */
const mona = () => {
  const [m1] = fx.managers as [number];
  const [ada, bob] = fx.reps as [number, number];
  return tenantPrisma(
    db.prisma,
    fx.organizationId,
    {
      visibility: { reps: onlyReps([m1, ada, bob]), pay: onlyReps([m1, ada, bob]), draftPay: false },
      viewer: { scopes: new Set(['read:pipeline', 'read:accounts', 'read:people']), apiKeyId: null },
    },
    db.read,
  );
};

/** Decimals and Dates as text, so results of both paths compare by value. */
function plain(value: unknown): unknown {
  if (Prisma.Decimal.isDecimal(value)) return `D:${(value as Prisma.Decimal).toFixed()}`;
  if (value instanceof Date) return `T:${value.toISOString()}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

type Client = ReturnType<typeof admin>;
type Args = Record<string, unknown>;

/**
 * Runs both paths and returns the nested one's rows and statement count, after comparing them.
 * Unless `fallback`, the arguments must be ones the compiler translates (no silent findMany).
 */
async function both(prisma: Client, model: Prisma.ModelName, args: Args, fallback = false) {
  expect('unsupported' in compileNestedRead(model, args)).toBe(fallback);
  const delegate = (prisma as unknown as Record<string, { findMany(a: Args): Promise<unknown[]> }>)[
    `${model[0]?.toLowerCase()}${model.slice(1)}`
  ] as { findMany(a: Args): Promise<unknown[]> };
  const expected = await delegate.findMany(args);
  const before = db.queryCount();
  const actual = await prisma.$findManyNested<Record<string, unknown>>(model, args);
  const statements = db.queryCount() - before;
  expect(plain(actual)).toEqual(plain(expected));
  return { rows: actual, statements };
}

const sqlIds = async (text: string, params: unknown[]) =>
  (await db.sql.query<{ id: number }>(text, params)).map((r) => r.id);

describe('one statement, the same rows as findMany', () => {
  it('a page with to-one and list relations, in select mode, with exact decimals and dates', async () => {
    const { rows, statements } = await both(admin(), 'Opportunity', {
      take: 11,
      orderBy: [{ closeDate: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        amount: true,
        closeDate: true,
        account: { select: { id: true, name: true, annualRevenue: true, domain: true } },
        owner: { select: { id: true, name: true, manager: { select: { name: true } } } },
        lineItems: {
          orderBy: [{ id: 'asc' }],
          select: { quantity: true, totalPrice: true, product: { select: { name: true, listPrice: true } } },
        },
      },
    });
    expect(statements).toBe(1);
    expect(rows).toHaveLength(11);
    const first = rows[0] as { amount: unknown; closeDate: unknown; lineItems: { quantity: unknown }[] };
    expect(Prisma.Decimal.isDecimal(first.amount)).toBe(true);
    expect(first.closeDate).toBeInstanceOf(Date);
    expect(Prisma.Decimal.isDecimal(first.lineItems[0]?.quantity)).toBe(true);
    // The order and the line items against SQL written here.
    const ids = await sqlIds(
      `SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY "closeDate", id LIMIT 11`,
      [fx.organizationId],
    );
    expect(rows.map((r) => r.id)).toEqual(ids);
    const [lines] = await db.sql.query<{ n: number; total: string }>(
      `SELECT count(*)::int AS n, sum("totalPrice")::text AS total FROM "OpportunityLineItem" WHERE "opportunityId" = ANY($1)`,
      [ids],
    );
    const items = rows.flatMap((r) => (r as { lineItems: { totalPrice: Prisma.Decimal }[] }).lineItems);
    expect(items).toHaveLength(lines?.n as number);
    expect(items.reduce((s, l) => s.plus(l.totalPrice), new Prisma.Decimal(0)).toFixed(2)).toBe(lines?.total);
  });

  it('include mode returns every column, and relation counts with their filters', async () => {
    const { statements } = await both(admin(), 'Account', {
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: {
        owner: true,
        opportunities: { where: { stage: 'CLOSED_WON' }, orderBy: [{ id: 'desc' }], take: 2 },
        _count: { select: { opportunities: { where: { stage: { in: ['PROPOSAL'] } } }, products: true } },
      },
    });
    expect(statements).toBe(1);
  });

  it('relations read set-wise at every depth, under to-one rows, lists and paged lists', async () => {
    const shapes: [Prisma.ModelName, Args][] = [
      // A list under a to-one under a to-one (the top managers have no manager: null rows).
      [
        'Opportunity',
        {
          take: 7,
          orderBy: [{ closeDate: 'desc' }, { id: 'asc' }],
          select: {
            id: true,
            owner: {
              select: {
                name: true,
                manager: { select: { name: true, directReports: { orderBy: { id: 'asc' }, select: { id: true } } } },
              },
            },
          },
        },
      ],
      // A filtered list under a list, with to-one rows and counts at the second depth.
      [
        'Account',
        {
          orderBy: { id: 'asc' },
          include: {
            opportunities: {
              where: { stage: { not: 'CLOSED_LOST' } },
              orderBy: [{ amount: 'desc' }, { id: 'asc' }],
              include: {
                lineItems: { orderBy: { id: 'asc' }, include: { product: true } },
                splits: { orderBy: { id: 'asc' }, include: { rep: { select: { name: true } } } },
                _count: { select: { lineItems: true } },
              },
            },
          },
        },
      ],
      // A paged list (read per parent) with a to-one row and a list of its own.
      [
        'Account',
        {
          orderBy: { id: 'desc' },
          select: {
            id: true,
            opportunities: {
              take: 2,
              skip: 1,
              orderBy: { id: 'desc' },
              select: { id: true, owner: { select: { name: true } }, lineItems: { orderBy: { id: 'asc' } } },
            },
          },
        },
      ],
    ];
    for (const [model, args] of shapes) {
      for (const prisma of [admin(), mona()]) {
        const { statements } = await both(prisma, model, args);
        expect(statements).toBe(1);
      }
    }
    // The deepest list by hand: every open deal's line items for the first account, counted in SQL.
    const { rows } = await both(admin(), 'Account', shapes[1]?.[1] as Args);
    const first = rows[0] as { id: number; opportunities: { lineItems: { product: { id: number } }[] }[] };
    const [count] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OpportunityLineItem" l JOIN "Opportunity" o ON o.id = l."opportunityId"
       WHERE o."accountId" = $1 AND o.stage <> 'CLOSED_LOST'`,
      [first.id],
    );
    const lines = first.opportunities.flatMap((o) => o.lineItems);
    expect(count?.n).toBeGreaterThan(0);
    expect(lines).toHaveLength(count?.n as number);
    expect(lines.every((l) => typeof l.product.id === 'number')).toBe(true);
  });

  it('filters: scalar operators, null, AND/OR/NOT and relation filters', async () => {
    const [ada, bob] = fx.reps as [number, number];
    const filters: Args[] = [
      { stage: { in: ['PROPOSAL', 'CLOSED_WON'] }, amount: { gte: new Prisma.Decimal('200.00') } },
      { ownerId: { notIn: [ada] }, closeDate: { gt: new Date('2026-05-15T00:00:00Z'), lte: new Date('2026-09-15') } },
      { OR: [{ ownerId: ada }, { name: 'Deal 2' }], NOT: { stage: 'CLOSED_WON' } },
      { name: { in: ['Deal 2', 'Deal 3'] }, amount: { not: new Prisma.Decimal('100.50') } },
      { account: { is: { annualRevenue: null } } },
      { account: { annualRevenue: { not: null }, owner: { is: { id: bob } } } },
      { splits: { some: { percent: { lt: '0.5' } } } },
      { splits: { none: {} }, lineItems: { every: { quantity: { equals: '2' } } } },
      { id: { in: [] } },
      { OR: [] },
      { NOT: [{ ownerId: ada }, { ownerId: bob }] },
    ];
    for (const where of filters) {
      const { statements } = await both(admin(), 'Opportunity', { where, orderBy: { id: 'asc' } });
      expect(statements).toBe(1);
    }
    // One of them by hand: deals with a split under half.
    const { rows } = await both(admin(), 'Opportunity', {
      where: { splits: { some: { percent: { lt: '0.5' } } } },
      select: { id: true },
    });
    expect(rows.map((r) => r.id)).toEqual([splitDeal]);
  });

  it('cursors page forwards and backwards over a descending order with ties, like findMany', async () => {
    const orderBy = [{ amount: 'desc' }, { id: 'desc' }];
    const all = await sqlIds(`SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY amount DESC, id DESC`, [
      fx.organizationId,
    ]);
    // Amounts repeat (100.50, 201.00, 301.50), so ties are broken by id.
    const middle = all[12] as number;
    const fromMiddle = async (paging: { skip?: number; take: number }) =>
      (
        await both(admin(), 'Opportunity', { cursor: { id: middle }, ...paging, orderBy, select: { id: true } })
      ).rows.map((r) => r.id);
    expect(await fromMiddle({ skip: 1, take: 5 })).toEqual(all.slice(13, 18));
    expect(await fromMiddle({ skip: 1, take: -5 })).toEqual(all.slice(7, 12));
    expect(await fromMiddle({ take: 2 })).toEqual(all.slice(12, 14));
  });
});

describe('tenant and row policy', () => {
  it("a manager reads her team's deals and the deal split to her rep, nothing else", async () => {
    const [m1] = fx.managers as [number];
    const [ada, bob] = fx.reps as [number, number];
    const { rows, statements } = await both(mona(), 'Opportunity', {
      orderBy: [{ id: 'asc' }],
      select: {
        id: true,
        owner: { select: { name: true } },
        splits: { orderBy: [{ repId: 'asc' }], select: { repId: true, percent: true } },
      },
    });
    expect(statements).toBe(1);
    const visible = await sqlIds(
      `SELECT o.id FROM "Opportunity" o WHERE o."organizationId" = $1
         AND (o."ownerId" = ANY($2) OR EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" = ANY($2)))
       ORDER BY o.id`,
      [fx.organizationId, [m1, ada, bob]],
    );
    expect(rows.map((r) => r.id)).toEqual(visible);
    expect(visible).toContain(splitDeal);
  });

  it('never returns another organization, whatever the filter asks for', async () => {
    const [other] = await sqlIds(`SELECT id FROM "Opportunity" WHERE "organizationId" = $1`, [fx.otherOrganizationId]);
    const { rows } = await both(admin(), 'Opportunity', { where: { id: other }, select: { id: true } });
    expect(rows).toEqual([]);
  });

  it("a rep's account seen through a deal's to-one relation is not filtered, a deal's owner outside is", async () => {
    // Owners are Reps, which have no row rule: a manager sees the owner of the split deal.
    const { rows } = await both(mona(), 'Opportunity', {
      where: { id: splitDeal },
      select: { id: true, owner: { select: { id: true } }, account: { select: { id: true } } },
    });
    expect(rows).toHaveLength(1);
  });
});

describe('where the statement runs', () => {
  it("inside a transaction, on the transaction's connection", async () => {
    const read = (prisma: Pick<Client, '$findManyNested'>) =>
      prisma.$findManyNested<{ name: string }>('Opportunity', { where: { id: splitDeal }, select: { name: true } });
    const [before] = await read(admin());
    await expect(
      admin().$transaction(async (tx) => {
        await tx.opportunity.update({ where: { id: splitDeal }, data: { name: 'Renamed, not committed' } });
        // Only a read on the transaction's own connection sees the uncommitted name.
        expect(await read(tx)).toEqual([{ name: 'Renamed, not committed' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await read(admin())).toEqual([before]);
  });

  it('on PostgreSQL, as a statement each connection prepares once, at most 100 of them; on PGlite, through Prisma', async () => {
    if (db.kind === 'pglite') {
      // PGlite's one connection is Prisma's too: only Prisma's adapter may order statements on it.
      expect(db.read).toBeNull();
      return;
    }
    // One connection, so the reader's statements and pg_prepared_statements share a session.
    const one = await openDatabase({ databaseUrl: db.url, poolSize: 1, migrate: false });
    try {
      const read = one.read as NonNullable<typeof one.read>;
      const prepared = async () =>
        (
          await one.sql.query<{ statement: string }>(
            `SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT % + $1::int AS n'`,
          )
        ).map((r) => r.statement);
      const before = one.queryCount();
      for (let i = 0; i < 3; i++) {
        expect(await read({ text: 'SELECT 0 + $1::int AS n', values: [i] })).toEqual([{ n: i }]);
      }
      expect(one.queryCount() - before).toBe(3);
      expect(await prepared()).toEqual(['SELECT 0 + $1::int AS n']);
      // A request's client reads through it (its page statement is prepared); a transaction does not.
      const client = admin(one);
      const pages = `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE 'WITH t AS%'`;
      await client.$transaction((tx) => tx.$findManyNested('Rep', { select: { id: true } }));
      expect(await one.sql.query(pages)).toEqual([{ n: 0 }]);
      await client.$findManyNested('Rep', { select: { id: true } });
      expect(await one.sql.query(pages)).toEqual([{ n: 1 }]);
      for (let k = 1; k <= 100; k++) {
        expect(await read({ text: `SELECT ${k} + $1::int AS n`, values: [1] })).toEqual([{ n: k + 1 }]);
      }
      // With the page's statement, 'SELECT 0 ..' to 'SELECT 98 ..' fill the connection's 100; the
      // texts after them still answer, unprepared.
      const all = await one.sql.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
      expect(all).toHaveLength(100);
      expect(await prepared()).toContain('SELECT 98 + $1::int AS n');
      expect(await prepared()).not.toContain('SELECT 99 + $1::int AS n');
    } finally {
      await one.close();
    }
  });
});

describe('arguments the compiler does not translate', () => {
  it('are named, and run as findMany with the same result', async () => {
    const unsupported = compileNestedRead('Opportunity', { distinct: ['ownerId'] });
    expect(unsupported).toEqual({ unsupported: 'argument distinct' });
    expect(compileNestedRead('Opportunity', { orderBy: { account: { name: 'asc' } } })).toEqual({
      unsupported: 'order by account',
    });
    // NULLs compare as unknown, so a cursor over a nullable order column is left to Prisma.
    expect(
      compileNestedRead('Account', {
        cursor: { id: fx.accounts[0] },
        orderBy: [{ annualRevenue: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      }),
    ).toEqual({ unsupported: 'cursor over nullable annualRevenue' });
    // A visibility of 40,000 reps would pass PostgreSQL's 65,535 parameters per statement.
    const wide = Array.from({ length: 40_000 }, (_, i) => i + 1);
    expect(compileNestedRead('Opportunity', { where: { ownerId: { in: wide } } })).toEqual({
      unsupported: 'more than 30000 parameters',
    });
    expect(compileNestedRead('Opportunity', { where: { name: { contains: 'Deal' } } })).toEqual({
      unsupported: 'filter operator contains',
    });
    await both(admin(), 'Opportunity', { where: { name: { contains: 'Deal 1' } }, select: { id: true } }, true);
    const { statements } = await both(
      admin(),
      'Opportunity',
      {
        distinct: ['ownerId'],
        orderBy: [{ ownerId: 'asc' }, { id: 'asc' }],
        select: { ownerId: true },
      },
      true,
    );
    expect(statements).toBe(1);
  });
});

describe('the opportunities connection', () => {
  type Page = {
    opportunities: {
      totalCount: number;
      edges: { cursor: string; node: { id: string; name: string; lineItems: { product: { name: string } }[] } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
  };
  const PAGE = `query($first: Int, $last: Int, $after: String, $before: String) {
    opportunities(first: $first, last: $last, after: $after, before: $before, orderBy: { field: AMOUNT, direction: DESC }) {
      totalCount
      edges { cursor node { id name account { name } owner { name } lineItems { quantity product { name } } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  it('reads a nested page in one statement (plus the count), matching SQL forwards and backwards', async () => {
    const before = db.queryCount();
    const first = await client.data<Page>(PAGE, { first: 10 });
    // The page, and totalCount; authentication's statements go through the SQL connection.
    expect(db.queryCount() - before).toBe(2);
    const rows = await db.sql.query<{ id: number; name: string; products: string[] }>(
      `SELECT o.id, o.name, coalesce((SELECT array_agg(p.name ORDER BY l.id) FROM "OpportunityLineItem" l
          JOIN "Product" p ON p.id = l."productId" WHERE l."opportunityId" = o.id), '{}') AS products
       FROM "Opportunity" o WHERE o."organizationId" = $1 ORDER BY o.amount DESC, o.id DESC`,
      [fx.organizationId],
    );
    const shape = (edges: Page['opportunities']['edges']) =>
      edges.map((e) => [e.node.id, e.node.name, e.node.lineItems.map((l) => l.product.name)]);
    const expected = (from: number, to: number) =>
      rows.slice(from, to).map((r) => [toGlobalId('Opportunity', r.id), r.name, r.products]);
    expect(first.opportunities.totalCount).toBe(rows.length);
    expect(shape(first.opportunities.edges)).toEqual(expected(0, 10));
    expect(first.opportunities.pageInfo.hasNextPage).toBe(true);
    const second = await client.data<Page>(PAGE, { first: 10, after: first.opportunities.pageInfo.endCursor });
    expect(shape(second.opportunities.edges)).toEqual(expected(10, 20));
    const back = await client.data<Page>(PAGE, { last: 5, before: second.opportunities.pageInfo.startCursor });
    expect(shape(back.opportunities.edges)).toEqual(expected(5, 10));
    expect(back.opportunities.pageInfo.hasPreviousPage).toBe(true);
  });
});
