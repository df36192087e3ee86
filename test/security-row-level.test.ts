// Row-level security (docs/security.md, "Tenant isolation"), turned on with
// COXSWAIN_ROW_SECURITY=on: on PostgreSQL a statement that forgets its organization filter,
// sent as an organization's work by any path of the pool
// (pool.query, Prisma with and without a transaction, the one-statement reader, the snapshot
// reader), returns none of another organization's rows and cannot write them; and every table
// with an organization has its policy, on both databases, so that a new table without one fails
// here. The embedded PGlite runs every statement on its one connection as its owner, to which
// the policies do not apply: there the tenant client's raw-SQL guard is what refuses such a
// statement, checked below on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, asOrganization, ORGANIZATION_SETTING } from '../api/src/db/row-security.js';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';

/** Every table of the public schema with an "organizationId" column, read from the catalogue. */
async function tenantTables(db: TestDatabase): Promise<string[]> {
  const rows = await db.sql.query<{ table: string }>(
    `SELECT c.relname AS "table" FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organizationId' AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  return rows.map((r) => r.table);
}

describe('row-level security: a policy on every table with an organization', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.destroy());

  it('enables row security and a policy on the setting for every table with "organizationId" and Organization', async () => {
    const tables = await tenantTables(db);
    expect(tables.length).toBeGreaterThan(30);
    const rows = await db.sql.query<{ table: string; enabled: boolean; policies: string[] }>(
      `SELECT c.relname AS "table", c.relrowsecurity AS enabled,
              coalesce(array_agg(p.qual || ' / ' || p.with_check) FILTER (WHERE p.policyname IS NOT NULL), '{}') AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_policies p ON p.schemaname = n.nspname AND p.tablename = c.relname
        WHERE n.nspname = 'public' AND c.relname = ANY($1::text[])
        GROUP BY c.relname, c.relrowsecurity ORDER BY 1`,
      [[...tables, 'Organization']],
    );
    const missing = rows
      .filter(
        (r) =>
          !r.enabled ||
          r.policies.length !== 1 ||
          !r.policies[0]?.includes(ORGANIZATION_SETTING) ||
          !r.policies[0]?.includes(r.table === 'Organization' ? 'id' : '"organizationId"'),
      )
      .map((r) => r.table);
    expect(rows).toHaveLength(tables.length + 1);
    expect(
      missing,
      'tables without an enabled organization policy (add one in the migration that creates them)',
    ).toEqual([]);
  });

  it('lets the application role use every tenant table and no other', async () => {
    const tables = await tenantTables(db);
    const rows = await db.sql.query<{ table: string }>(
      `SELECT t AS "table" FROM unnest($1::text[]) t
        WHERE NOT has_table_privilege($2, format('%I', t), 'SELECT, INSERT, UPDATE, DELETE')`,
      [tables, APP_ROLE],
    );
    expect(rows).toEqual([]);
    const [history] = await db.sql.query<{ allowed: boolean }>(
      `SELECT has_table_privilege($1, '"_prisma_migrations"', 'SELECT') AS allowed`,
      [APP_ROLE],
    );
    expect(history?.allowed).toBe(false);
  });
});

describe('row-level security: a statement without its organization filter', () => {
  let db: TestDatabase;
  let fx: CoreFixture;
  /** Rows per table of the fixture's organization and of the other one, counted as the owner. */
  let owned: Map<string, { mine: number; others: number }>;
  beforeAll(async () => {
    // Row-level security is off by default (docs/security.md): this database turns it on.
    db = await createTestDatabase(undefined, { rowSecurity: true });
    fx = await buildCoreFixture(db.prisma);
    owned = new Map();
    for (const table of await tenantTables(db)) {
      const [row] = await db.sql.query<{ mine: number; others: number }>(
        `SELECT count(*) FILTER (WHERE "organizationId" = $1)::int AS mine,
                count(*) FILTER (WHERE "organizationId" <> $1)::int AS others FROM "${table}"`,
        [fx.organizationId],
      );
      owned.set(table, row ?? { mine: 0, others: 0 });
    }
  });
  afterAll(() => db?.destroy());

  it('is refused by the tenant client before the database sees it, on both databases', async () => {
    const prisma = tenantPrisma(db.prisma, fx.organizationId);
    await expect(prisma.$queryRaw`SELECT id FROM "Opportunity"`).rejects.toThrow(/must filter by "organizationId"/);
  });

  it('returns only the organization’s rows of every tenant table on PostgreSQL (the pool’s single statements)', async () => {
    if (db.kind !== 'postgres') {
      // The embedded database's one connection is its owner (a superuser), whom policies skip.
      const [me] = await db.sql.query<{ superuser: boolean }>(
        'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
      );
      expect(me?.superuser).toBe(true);
      return;
    }
    // The other organization has rows to leak: the deal, account and rep of the fixture.
    expect(owned.get('Opportunity')?.others).toBeGreaterThan(0);
    expect(owned.get('Account')?.others).toBeGreaterThan(0);
    for (const [table, counts] of owned) {
      const rows = await asOrganization(fx.organizationId, () =>
        db.sql.query<{ mine: number; others: number }>(
          `SELECT count(*) FILTER (WHERE "organizationId" = $1)::int AS mine,
                  count(*) FILTER (WHERE "organizationId" <> $1)::int AS others FROM "${table}"`,
          [fx.organizationId],
        ),
      );
      expect({ table, ...rows[0] }).toEqual({ table, mine: counts.mine, others: 0 });
    }
    const orgs = await asOrganization(fx.organizationId, () =>
      db.sql.query<{ id: number }>('SELECT id FROM "Organization"'),
    );
    expect(orgs).toEqual([{ id: fx.organizationId }]);
    // Outside an organization's work the pool is the owner's, which sees both (authentication, jobs).
    const [all] = await db.sql.query<{ n: number }>(
      'SELECT count(DISTINCT "organizationId")::int AS n FROM "Opportunity"',
    );
    expect(all?.n).toBe(2);
  });

  it('returns only the organization’s rows through Prisma, in and out of transactions, and the readers', async () => {
    if (db.kind !== 'postgres') return;
    const mine = owned.get('Opportunity')?.mine;
    const read = db.read;
    const readInSnapshot = db.readInSnapshot;
    if (!read || !readInSnapshot) throw new Error('PostgreSQL has readers');
    const forgetful = Prisma.sql`SELECT "organizationId", count(*)::int AS n FROM "Opportunity" GROUP BY 1`;
    const counts = await asOrganization(fx.organizationId, async () => ({
      findMany: (await db.prisma.opportunity.findMany({ select: { organizationId: true } })).length,
      findUnique: await db.prisma.opportunity.findUnique({ where: { id: fx.opportunities[0] ?? 0 } }),
      raw: await db.prisma.$queryRaw(forgetful),
      interactive: await db.prisma.$transaction((tx) => tx.$queryRaw(forgetful)),
      isolated: await db.prisma.$transaction((tx) => tx.$queryRaw(forgetful), { isolationLevel: 'RepeatableRead' }),
      batch: await db.prisma.$transaction([db.prisma.$queryRaw(forgetful), db.prisma.opportunity.count()]),
      reader: await read({ text: forgetful.text, values: forgetful.values }),
      snapshot: await readInSnapshot((r) => r({ text: forgetful.text, values: forgetful.values })),
    }));
    const own = [{ organizationId: fx.organizationId, n: mine }];
    expect(counts.findMany).toBe(mine);
    expect(counts.findUnique?.organizationId).toBe(fx.organizationId);
    expect(counts.raw).toEqual(own);
    expect(counts.interactive).toEqual(own);
    expect(counts.isolated).toEqual(own);
    expect(counts.batch).toEqual([own, mine]);
    expect(counts.reader).toEqual(own);
    expect(counts.snapshot).toEqual(own);
  });

  it('cannot read, change or create another organization’s rows by id on PostgreSQL', async () => {
    if (db.kind !== 'postgres') return;
    const other = fx.otherOrganizationId;
    const [deal] = await db.sql.query<{ id: number; name: string }>(
      'SELECT id, name FROM "Opportunity" WHERE "organizationId" = $1',
      [other],
    );
    if (!deal) throw new Error('the fixture gives the other organization a deal');
    const seen = await asOrganization(fx.organizationId, () =>
      db.sql.query('SELECT id FROM "Opportunity" WHERE id = $1', [deal.id]),
    );
    expect(seen).toEqual([]);
    // Awaited inside: a PrismaPromise runs where it is first awaited.
    const changed = await asOrganization(
      fx.organizationId,
      async () => await db.prisma.opportunity.updateMany({ where: { id: deal.id }, data: { name: 'taken' } }),
    );
    expect(changed.count).toBe(0);
    await expect(
      asOrganization(fx.organizationId, () =>
        db.sql.query(
          `INSERT INTO "LossReason" ("organizationId", "externalId", label) VALUES ($1, 'planted', 'planted')`,
          [other],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const [after] = await db.sql.query<{ name: string }>('SELECT name FROM "Opportunity" WHERE id = $1', [deal.id]);
    expect(after?.name).toBe(deal.name);
    const [planted] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "LossReason" WHERE "externalId" = 'planted'`,
    );
    expect(planted?.n).toBe(0);
  });

  it('keeps concurrent organizations apart on a shared pool', async () => {
    if (db.kind !== 'postgres') return;
    const orgs = [fx.organizationId, fx.otherOrganizationId];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const org = orgs[i % 2] ?? 0;
        return asOrganization(org, async () => {
          const rows =
            i % 4 < 2
              ? await db.prisma.$queryRaw<{ o: number }[]>`SELECT DISTINCT "organizationId" AS o FROM "Opportunity"`
              : await db.prisma.$transaction(
                  (tx) => tx.$queryRaw<{ o: number }[]>`SELECT DISTINCT "organizationId" AS o FROM "Opportunity"`,
                );
          return { org, seen: rows.map((r) => r.o) };
        });
      }),
    );
    for (const r of results) expect(r.seen).toEqual([r.org]);
  });
});
