// Tenant isolation of raw SQL in one place: the request's Prisma client (shared/tenant.ts) refuses
// a raw statement that does not bind the caller's organization, and this file fails when raw SQL
// appears anywhere in api/src other than through that client, unless the file is on OUTSIDE
// below with the reason it runs outside a request's organization.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { rowFreeSql, tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';

const API = path.resolve(import.meta.dirname, '../api/src');

/** Files whose raw SQL runs before or outside any organization's request, with the reason. */
const OUTSIDE: Record<string, string> = {
  'access/api-keys.ts': 'Looks keys up by their hash before the organization is known; issues and revokes keys.',
  'access/authenticate.ts': "Loads the authenticated key's or token's organization settings.",
  'access/visibility.ts': "Resolves the caller's subtree while authenticating, by organization and rep id.",
  'access/cli.ts': 'Operator command line: creates and revokes keys for a named organization.',
  'access/demo-key.ts': 'Issues the development key of `pnpm start` for the demo organization.',
  'organization/provision.ts':
    'Operator provisioning (pnpm org create): creates an organization and its first key, before it has any request.',
  'jobs/queue.ts':
    "pg-boss's own statements on its own schema (pgboss.*), sent through its SQL executor: job rows, never tenant data.",
  'bulk/store.ts':
    "Bulk operations' jobs read their operation by id before its organization is known; submissions take a per-organization advisory lock and enqueue in the same transaction. Every statement names the operation's organization.",
  'db/create-database.ts': 'Creates the database DATABASE_URL names at start-up, on the maintenance database.',
  'db/database.ts': "The pool's statement reader (Database.read); only the tenant client calls it, after its guard.",
  'db/migrate.ts': 'Applies migrations to the whole database.',
  'db/schema-engine.ts': 'Applies migrations to the whole database.',
  'db/sql-runner.ts': 'The SQL connection itself (pg or PGlite).',
  'db/replica.ts':
    'Reads the WAL positions of the primary and the standby (pg_current_wal_lsn, pg_last_wal_replay_lsn): no table, no tenant row.',
  'seed/cli.ts': 'Loads demo data into a new organization.',
  'seed/load.ts': 'Loads demo data into a new organization.',
  'server.ts': 'The readiness probe: SELECT 1.',
  'events/delivery.ts':
    'The webhook delivery worker, a background job: every statement names the subscription (of one organization) it works for.',
};

/** Files with statements marked row-free (shared/tenant.ts rowFreeSql), with the reason. */
const ROW_FREE: Record<string, string> = {
  'ingestion/bulk-sql.ts': 'allocateIds reserves ids from a sequence, which belongs to no organization.',
};

/**
 * The pool's statement reader (Database.read) runs raw SQL no guard sees; only the tenant client
 * may call it, and these files may hand it over.
 */
const READER = /\bdb\.read\b/;
const READER_HANDED: Record<string, string> = {
  'shared/context.ts': "Gives the reader to the request's tenant client, which checks each statement before it.",
};

/** Raw SQL on the SQL connection (pg or PGlite), which no guard sees. */
const CONNECTION = /\b(?:sql|conn|c|db|client|pool|admin)\.(?:query|exec)\s*[<(]/;
/** Prisma's raw methods: guarded on the tenant client, not on the base client or as Unsafe text. */
const PRISMA_RAW = /\$(?:query|execute)Raw(?:Unsafe)?\b/;
const UNGUARDED_PRISMA = /\bdb\.prisma\.\$(?:query|execute)Raw|Raw(?:Unsafe)\b/;
const RAW = new RegExp(`${CONNECTION.source}|${PRISMA_RAW.source}`);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('raw SQL in api/src', () => {
  const files = sources(API).map((f) => ({ rel: path.relative(API, f), text: readFileSync(f, 'utf8') }));

  it('goes through the tenant client, or sits in a file that runs outside a request', () => {
    const offenders: string[] = [];
    for (const { rel, text } of files) {
      if (OUTSIDE[rel] || rel === 'shared/tenant.ts') continue;
      text.split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        if (CONNECTION.test(line) || UNGUARDED_PRISMA.test(line) || (READER.test(line) && !READER_HANDED[rel])) {
          offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });

  it('takes the tenant client, not the base PrismaClient, where Prisma raw methods are called', () => {
    // A module that calls $queryRaw on a parameter typed as the base client would bypass the guard.
    const offenders = files
      .filter(({ rel, text }) => !OUTSIDE[rel] && rel !== 'shared/tenant.ts' && PRISMA_RAW.test(text))
      .filter(({ text }) => /:\s*(?:Pick<\s*)?PrismaClient\b/.test(text))
      .map((f) => f.rel);
    expect(offenders).toEqual([]);
  });

  it('marks statements row-free only in the files listed with a reason', () => {
    const marked = files
      .filter(({ rel, text }) => rel !== 'shared/tenant.ts' && /rowFreeSql\(|coxswain:row-free/.test(text))
      .map((f) => f.rel)
      .sort();
    expect(marked).toEqual(Object.keys(ROW_FREE).sort());
  });

  it('lists only files that exist and still hold raw SQL', () => {
    for (const rel of Object.keys(OUTSIDE)) {
      const file = files.find((f) => f.rel === rel);
      expect(file, rel).toBeDefined();
      expect(RAW.test(file?.text ?? ''), rel).toBe(true);
    }
  });
});

describe('the tenant client', () => {
  let db: TestDatabase;
  let fx: CoreFixture;
  beforeAll(async () => {
    db = await createTestDatabase();
    fx = await buildCoreFixture(db.prisma, 2);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('runs raw SQL bound to its organization, and refuses SQL that is not, before the database sees it', async () => {
    const prisma = tenantPrisma(db.prisma, fx.organizationId);
    const [own] = await prisma.$queryRaw<{ n: number }[]>(
      Prisma.sql`SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = ${fx.organizationId}`,
    );
    const [bySql] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = $1',
      [fx.organizationId],
    );
    expect(own?.n).toBe(bySql?.n);
    const before = db.queryCount();
    const refused = [
      prisma.$queryRaw(Prisma.sql`SELECT count(*)::int AS n FROM "Rep"`),
      prisma.$queryRaw(Prisma.sql`SELECT count(*) FROM "Rep" WHERE "organizationId" = ${fx.otherOrganizationId}`),
      prisma.$queryRaw(
        Prisma.sql`SELECT count(*) FROM "Rep" WHERE "organizationId" = ${Prisma.raw(String(fx.organizationId))}`,
      ),
      prisma.$executeRaw(Prisma.sql`UPDATE "Rep" SET name = name WHERE id = ${fx.reps[0] as number}`),
      // The organization's id bound, but not as the organization: here as a LIMIT.
      prisma.$queryRaw(
        Prisma.sql`SELECT "organizationId" FROM "Rep" WHERE "organizationId" > 0 LIMIT ${fx.organizationId}`,
      ),
      // An advisory lock with a read of every organization's rows behind it.
      prisma.$queryRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${7}::int) UNION ALL TABLE "ApiKey"`),
      prisma.$queryRawUnsafe(`SELECT count(*) FROM "Rep" WHERE "organizationId" = $1`, fx.organizationId),
      prisma.$executeRawUnsafe(`DELETE FROM "Rep" WHERE "organizationId" = $1`, fx.otherOrganizationId),
    ];
    for (const statement of refused) await expect(statement).rejects.toThrow(/tenant client/);
    // Inside a transaction too.
    await expect(prisma.$transaction((tx) => tx.$queryRaw(Prisma.sql`SELECT id FROM "Opportunity"`))).rejects.toThrow(
      /tenant client/,
    );
    // Only the transaction's own bookkeeping reached the database (one entry in Prisma's query
    // log), none of the refused statements.
    expect(db.queryCount() - before).toBe(1);
    // A hand-written marker does not make a statement row-free unless it leads the statement as rowFreeSql puts it.
    await expect(prisma.$queryRaw(Prisma.sql`SELECT id FROM "Rep" /* coxswain:row-free */`)).rejects.toThrow(
      /tenant client/,
    );
    const [seq] = await prisma.$queryRaw<{ n: number }[]>(rowFreeSql(Prisma.sql`SELECT 1::int AS n`));
    expect(seq?.n).toBe(1);
    // A transaction-scoped advisory lock reads no rows and is let through.
    await prisma.$transaction((tx) => tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(${7}::int, ${8}::int)`));
  });
});
