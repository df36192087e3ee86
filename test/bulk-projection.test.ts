// The compiled projection of a bulk export (api/src/bulk/projection.ts) against GraphQL execution:
// the same operation run by createBulkRunner with the fast path on and off writes the same file,
// byte for byte, for representative documents (nested objects and lists, aliases, fragments,
// `__typename`, nulls, money, days, instants, enums), in the three formats, for an
// admin, a manager-bound and a rep-bound key, with pages small enough that most pages are
// projected. Which path ran is checked too: compilable documents take the projection, the others
// (a nested connection, a computed field) stay on GraphQL. The rows themselves are checked
// against SQL over the fixture (ids per caller, money text).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import type { Scope } from '../api/src/access/scopes.js';
import { resolveVisibility } from '../api/src/access/visibility.js';
import { createBulkRunner } from '../api/src/bulk/runner.js';
import { submitBulkOperation } from '../api/src/bulk/service.js';
import { localExportStorage } from '../api/src/bulk/storage.js';
import { schema } from '../api/src/schema.js';
import { buildContext, type Viewer } from '../api/src/shared/context.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';

let db: TestDatabase;
let fx: CoreFixture;
let folder: string;
const callers: Record<string, Viewer> = {};

const DOCUMENTS: Record<string, { query: string; compiled: boolean }> = {
  // The benchmark's document: nested objects and a nested list of objects.
  bench: {
    compiled: true,
    query: `{ opportunities { edges { node {
      id name amount stage closeDate
      account { id name industry }
      owner { id name email }
      lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`,
  },
  // Aliases, a named and an inline fragment, __typename, nullable columns (externalId,
  // domain, annualRevenue, a manager), two sibling lists, instants and enums, another order.
  shapes: {
    compiled: true,
    query: `{ deals: opportunities(orderBy: { field: AMOUNT, direction: DESC }) { edges { node {
      ...Deal
      total: amount
      __typename
      account { ... on Account { accountName: name domain annualRevenue segment owner { name manager { name } } } }
      splits { percent splitType rep { id name } }
      history { changedAt stage amount closeDate forecastCategory }
      lineItems { product { listPrice editionRank } quantity }
    } } } }
    fragment Deal on Opportunity { id externalId type forecastCategory createdDate updatedAt }`,
  },
  // A filter on the root connection.
  filtered: {
    compiled: true,
    query: `{ opportunities(filter: { stages: [CLOSED_WON, PROPOSAL, PROSPECTING] }) { edges { node { id stage amount owner { name } } } } }`,
  },
  // A computed field (probability) is not compiled: GraphQL runs every page.
  computed: {
    compiled: false,
    query: `{ opportunities { edges { node { id probability amount } } } }`,
  },
  // A nested connection is not compiled either.
  nestedConnection: {
    compiled: false,
    query: `{ opportunities { edges { node { id account { name opportunities { edges { node { id name } } } } } } } }`,
  },
};

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'bulk-projection-'));
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 23);
  const org = fx.organizationId;
  // Nulls and values the fixture does not have: an account without domain nor revenue and one
  // with revenue in cents; a deal without external id; splits and a history of changes.
  await db.sql.query(`UPDATE "Account" SET domain = NULL, "annualRevenue" = NULL WHERE id = $1`, [fx.accounts[0]]);
  await db.sql.query(`UPDATE "Account" SET "annualRevenue" = 1250.5 WHERE id = $1`, [fx.accounts[1]]);
  const deals = await db.sql.query<{ id: number }>(
    `SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY id`,
    [org],
  );
  await db.sql.query(`UPDATE "Opportunity" SET "externalId" = NULL WHERE id = $1`, [deals[1]?.id]);
  for (const [i, deal] of deals.slice(0, 6).entries()) {
    await db.sql.query(
      `INSERT INTO "OpportunitySplit" ("organizationId", "opportunityId", "repId", percent, "splitType") VALUES ($1, $2, $3, 0.5, 'REVENUE')`,
      [org, deal.id, fx.reps[i % fx.reps.length]],
    );
    await db.sql.query(
      `INSERT INTO "OpportunityHistory" ("organizationId", "opportunityId", "changedAt", stage, amount, "closeDate", "forecastCategory")
       VALUES ($1, $2, '2026-03-01T10:15:30.123Z', 'PROPOSAL', 1000.1, '2026-06-30', 'PIPELINE')`,
      [org, deal.id],
    );
  }
  const keys: Record<string, { scopes: Scope[]; repId: number | null }> = {
    admin: { scopes: ['admin'], repId: null },
    manager: { scopes: ['read:pipeline', 'read:accounts', 'read:people'], repId: fx.managers[0] as number },
    rep: { scopes: ['read:pipeline', 'read:accounts', 'read:people'], repId: fx.reps[0] as number },
  };
  for (const [name, key] of Object.entries(keys)) {
    const issued = await issueApiKey(db.sql, { organizationId: org, name, scopes: key.scopes, repId: key.repId });
    callers[name] = {
      organizationId: org,
      principal: `key:${issued.id}`,
      repId: key.repId,
      scopes: new Set(key.scopes),
      apiKeyId: issued.id,
    };
  }
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `query` as `caller` through the runner with the fast path on or off: the file and the path. */
async function exportWith(caller: Viewer, query: string, format: 'NDJSON' | 'CSV' | 'PARQUET', fastPath: boolean) {
  const organization = await db.prisma.organization.findUniqueOrThrow({
    where: { id: caller.organizationId },
    select: { id: true, name: true, fiscalYearStartMonth: true, timeZone: true, currency: true },
  });
  const ctx = buildContext(db, caller, organization, 'test', await resolveVisibility(db.sql, caller));
  const { bulkOperation, userErrors } = await submitBulkOperation(ctx, schema, { query, format });
  expect(userErrors).toEqual([]);
  const id = bulkOperation?.id as number;
  const storage = localExportStorage(path.join(folder, 'store'));
  let chosen: string | null = null;
  // Pages of 4 root nodes: the first page runs through GraphQL, the other five or so are projected.
  const runner = createBulkRunner(db, {
    storage,
    settings: { fastPath, pageSize: 4, workDir: path.join(folder, 'work') },
    onPath: (_id, p) => {
      chosen = p;
    },
  });
  await runner.run(id);
  const op = await db.prisma.bulkOperation.findUniqueOrThrow({ where: { id } });
  expect(op.status).toBe('COMPLETED');
  const bytes = readFileSync(path.join(folder, 'store', op.fileKey as string));
  await storage.remove(op.fileKey as string);
  return { bytes, path: chosen, rows: op.rootObjectCount, objects: op.objectCount };
}

describe('bulk export: compiled projection against GraphQL execution', () => {
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    for (const caller of ['admin', 'manager', 'rep']) {
      const formats =
        name === 'bench' || name === 'shapes' ? (['NDJSON', 'CSV', 'PARQUET'] as const) : (['NDJSON'] as const);
      for (const format of formats) {
        it(`${name}, ${caller} key, ${format}: the same bytes on both paths`, async () => {
          const viewer = callers[caller] as Viewer;
          const graphql = await exportWith(viewer, doc.query, format, false);
          const fast = await exportWith(viewer, doc.query, format, true);
          expect(graphql.path).toBe('graphql');
          expect(fast.path).toBe(doc.compiled ? 'projection' : 'graphql');
          expect(fast.rows).toBe(graphql.rows);
          expect(fast.objects).toBe(graphql.objects);
          expect(fast.bytes.equals(graphql.bytes)).toBe(true);
          // More than one page, so that projected pages are part of what is compared.
          expect(fast.rows).toBeGreaterThan(4);
        }, 60_000);
      }
    }
  }

  it("the projected rows are the caller's deals, money as two-decimal text, as SQL reads them", async () => {
    for (const caller of ['manager', 'rep'] as const) {
      const viewer = callers[caller] as Viewer;
      const out = await exportWith(viewer, '{ opportunities { edges { node { id amount } } } }', 'NDJSON', true);
      expect(out.path).toBe('projection');
      const rows = out.bytes
        .toString('utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; amount: string });
      const got = rows
        .map((r) => [Number(Buffer.from(r.id, 'base64').toString('utf8').split(':')[1]), r.amount] as const)
        .sort((a, b) => a[0] - b[0]);
      // Hierarchy visibility by hand: deals owned by, or split-credited to, the rep's subtree.
      const expected = await db.sql.query<{ id: number; amount: string }>(
        `WITH RECURSIVE tree(id) AS (
           SELECT id FROM "Rep" WHERE "organizationId" = $1 AND id = $2
           UNION SELECT r.id FROM "Rep" r JOIN tree t ON r."managerId" = t.id WHERE r."organizationId" = $1)
         SELECT o.id, to_char(o.amount, 'FM999999999990.00') AS amount FROM "Opportunity" o
          WHERE o."organizationId" = $1
            AND (o."ownerId" IN (SELECT id FROM tree)
                 OR EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" IN (SELECT id FROM tree)))
          ORDER BY o.id`,
        [fx.organizationId, viewer.repId],
      );
      expect(got).toEqual(expected.map((e) => [e.id, e.amount]));
      expect(got.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
