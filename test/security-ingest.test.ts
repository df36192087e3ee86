// write:ingest is organization-level (docs/security.md, Scopes): ingestion matches rows across the
// whole organization, so a caller acting as a rep could otherwise rewrite its peers' deals and
// hierarchy. A key bound to a rep cannot be created with write:ingest or admin (the createApiKey
// mutation, issueApiKey and the `pnpm api-key` CLI), and a rep-bound caller that holds it anyway
// (a key created before, a user token mapped to a rep) is refused every ingestion mutation with
// FORBIDDEN, with SQL showing nothing changed.

import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { run as apiKeyCli } from '../api/src/access/cli.js';
import { schema } from '../api/src/schema.js';
import { buildContext } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';
import { readOrganization } from './support/organization.js';

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
/** Ada (an AE) and Bob, her peer under the same manager. */
let ada: { id: number; externalId: string };
let bob: { id: number; externalId: string };
/** A key of Ada's with write:ingest, as one created before the rule: put in place with SQL. */
let legacyKey: string;
/** An organization-level ingestion key: the control that the same rows are otherwise accepted. */
let integrationKey: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 8);
  const reps = await db.sql.query<{ id: number; externalId: string }>(
    'SELECT id, "externalId" FROM "Rep" WHERE id = ANY($1::int[]) ORDER BY id',
    [fx.reps.slice(0, 2)],
  );
  [ada, bob] = reps as [typeof ada, typeof bob];
  const legacy = await issueApiKey(db.sql, {
    organizationId: fx.organizationId,
    name: 'ada sync',
    scopes: ['write:ingest', 'read:pipeline'],
  });
  await db.sql.query('UPDATE "ApiKey" SET "repId" = $1 WHERE id = $2', [ada.id, legacy.id]);
  legacyKey = legacy.token;
  integrationKey = (
    await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'crm sync', scopes: ['write:ingest'] })
  ).token;
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

/** Every row ingestion can touch, as text, to compare before and after. */
async function snapshot(): Promise<string[]> {
  const out: string[] = [];
  for (const table of ['Rep', 'Account', 'Product', 'Opportunity', 'OpportunityLineItem', 'OpportunitySplit']) {
    const rows = await db.sql.query<{ t: string }>(`SELECT row_to_json(x)::text AS t FROM "${table}" x ORDER BY id`);
    out.push(...rows.map((r) => `${table} ${r.t}`));
  }
  return out;
}

/** A deal as an upsert row, read back from SQL: the whole record, as the CRM would send it. */
async function dealRow(externalId: string): Promise<Record<string, unknown>> {
  const [o] = await db.sql.query<Record<string, unknown>>(
    `SELECT o."externalId", o.name, a."externalId" AS "accountExternalId", r."externalId" AS "ownerExternalId",
            o.amount::text AS amount, o.type::text AS type, o.stage::text AS stage,
            o."forecastCategory"::text AS "forecastCategory",
            to_char(o."createdDate", 'YYYY-MM-DD') AS "createdDate", to_char(o."closeDate", 'YYYY-MM-DD') AS "closeDate"
       FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId"
      WHERE o."organizationId" = $1 AND o."externalId" = $2`,
    [fx.organizationId, externalId],
  );
  if (!o) throw new Error(`no deal ${externalId}`);
  const lineItems = await db.sql.query<Record<string, unknown>>(
    `SELECT p."externalId" AS "productExternalId", i.quantity::text AS quantity, i."unitPrice"::text AS "unitPrice"
       FROM "OpportunityLineItem" i JOIN "Opportunity" o ON o.id = i."opportunityId" JOIN "Product" p ON p.id = i."productId"
      WHERE o."organizationId" = $1 AND o."externalId" = $2 ORDER BY i.id`,
    [fx.organizationId, externalId],
  );
  return { ...o, lineItems };
}

async function repRow(externalId: string): Promise<Record<string, unknown>> {
  const [r] = await db.sql.query<Record<string, unknown>>(
    `SELECT r."externalId", r.name, r.email, r.role::text AS role, m."externalId" AS "managerExternalId", r.region,
            to_char(r."hireDate", 'YYYY-MM-DD') AS "hireDate"
       FROM "Rep" r LEFT JOIN "Rep" m ON m.id = r."managerId"
      WHERE r."organizationId" = $1 AND r."externalId" = $2`,
    [fx.organizationId, externalId],
  );
  if (!r) throw new Error(`no rep ${externalId}`);
  return r;
}

/** Bob's won deal: the target of the first two attacks. */
async function bobsWonDeal(): Promise<string> {
  const [row] = await db.sql.query<{ externalId: string }>(
    `SELECT "externalId" FROM "Opportunity" WHERE "ownerId" = $1 AND stage = 'CLOSED_WON' ORDER BY id LIMIT 1`,
    [bob.id],
  );
  if (!row) throw new Error('the fixture gives Bob a won deal');
  return row.externalId;
}

const MUTATION = {
  opportunities:
    'mutation($rows: [UpsertOpportunityRow!]!) { upsertOpportunities(input: { rows: $rows }) { created updated userErrors { code field } } }',
  reps: 'mutation($rows: [UpsertRepRow!]!) { upsertReps(input: { rows: $rows }) { created updated userErrors { code field } } }',
};

const ATTACKS = [
  "change a peer's won deal amount",
  "give oneself a 100% revenue split on a peer's deal",
  'create a deal owned by a peer',
  'move a peer under oneself',
] as const;

/** The four writes a rep-bound ingestion key made outside its rep's visibility (named as in ATTACKS). */
async function attacks(): Promise<
  { name: (typeof ATTACKS)[number]; kind: keyof typeof MUTATION; rows: Record<string, unknown>[] }[]
> {
  const won = await dealRow(await bobsWonDeal());
  const toAda = [{ repExternalId: ada.externalId, percent: '1', splitType: 'REVENUE' }];
  return [
    {
      name: ATTACKS[0],
      kind: 'opportunities',
      rows: [{ ...won, lineItems: null, amount: '1000000.00' }],
    },
    {
      name: ATTACKS[1],
      kind: 'opportunities',
      rows: [{ ...won, splits: toAda }],
    },
    {
      name: ATTACKS[2],
      kind: 'opportunities',
      rows: [{ ...won, externalId: 'OPP-PLANTED', name: 'Planted' }],
    },
    {
      name: ATTACKS[3],
      kind: 'reps',
      rows: [{ ...(await repRow(bob.externalId)), managerExternalId: ada.externalId }],
    },
  ];
}

describe('a rep-bound caller with write:ingest', () => {
  it.each(ATTACKS)('is refused: %s, with FORBIDDEN, and nothing changes', async (name) => {
    const before = await snapshot();
    const attack = (await attacks()).find((a) => a.name === name) as Awaited<ReturnType<typeof attacks>>[number];
    const res = await client.request(
      MUTATION[attack.kind],
      { rows: attack.rows },
      { authorization: `Bearer ${legacyKey}` },
    );
    expect([attack.name, res.data, res.errors?.map((e) => e.extensions?.code)]).toEqual([
      attack.name,
      null,
      ['FORBIDDEN'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('is refused as a user token mapped to a rep, admin included', async () => {
    const org = await readOrganization(db, fx.organizationId);
    const before = await snapshot();
    for (const scopes of [['write:ingest'], ['admin']]) {
      const ctx = buildContext(
        db,
        { organizationId: fx.organizationId, principal: 'user:ada', repId: ada.id, scopes: new Set(scopes) },
        org as NonNullable<typeof org>,
      );
      const [move] = (await attacks()).slice(-1);
      const res = await graphql({
        schema,
        source: MUTATION.reps,
        variableValues: { rows: move?.rows },
        contextValue: ctx,
      });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('the same rows from an organization-level key are written (the refusal is the caller, not the rows)', async () => {
    const [, split] = await attacks();
    const res = await client.request<{ upsertOpportunities: { updated: number; userErrors: unknown[] } }>(
      MUTATION.opportunities,
      { rows: split?.rows },
      { authorization: `Bearer ${integrationKey}` },
    );
    expect(res.data?.upsertOpportunities).toEqual({ created: 0, updated: 1, userErrors: [] });
    const splits = await db.sql.query<{ repId: number; percent: string }>(
      `SELECT s."repId", s.percent::text AS percent FROM "OpportunitySplit" s JOIN "Opportunity" o ON o.id = s."opportunityId"
        WHERE o."externalId" = $1 AND o."organizationId" = $2`,
      [await bobsWonDeal(), fx.organizationId],
    );
    expect(splits).toEqual([{ repId: ada.id, percent: '1.000000' }]);
  });
});

describe('creating a rep-bound key with an organization-level scope', () => {
  const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
    secret apiKey { id } userErrors { code field message } } }`;
  const keyCount = async () =>
    Number((await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "ApiKey"'))[0]?.n);

  it('is refused by createApiKey, naming input.scopes, for WRITE_INGEST and ADMIN; other scopes pass', async () => {
    await client.adminKey(); // minted before counting
    const before = await keyCount();
    for (const scopes of [['WRITE_INGEST'], ['READ_PIPELINE', 'ADMIN']]) {
      const res = await client.request<{
        createApiKey: { secret: string | null; apiKey: unknown; userErrors: { code: string; field: string[] }[] };
      }>(CREATE, { input: { name: 'ada', scopes, repId: toGlobalId('Rep', ada.id) } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createApiKey).toMatchObject({
        secret: null,
        apiKey: null,
        userErrors: [{ code: 'INVALID', field: ['input', 'scopes'] }],
      });
    }
    expect(await keyCount()).toBe(before);
    const reader = await client.request<{ createApiKey: { apiKey: { id: string } | null; userErrors: unknown[] } }>(
      CREATE,
      { input: { name: 'ada reader', scopes: ['READ_PIPELINE'], repId: toGlobalId('Rep', ada.id) } },
    );
    expect(reader.data?.createApiKey.userErrors).toEqual([]);
    const integration = await client.request<{ createApiKey: { userErrors: unknown[] } }>(CREATE, {
      input: { name: 'crm', scopes: ['WRITE_INGEST'] },
    });
    expect(integration.data?.createApiKey.userErrors).toEqual([]);
    expect(await keyCount()).toBe(before + 2);
  });

  it('is refused by issueApiKey', async () => {
    const before = await keyCount();
    await expect(
      issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'x', scopes: ['admin'], repId: ada.id }),
    ).rejects.toThrow(/admin is organization-level/);
    expect(await keyCount()).toBe(before);
  });

  it('is refused by `pnpm api-key create --rep`, exit code 2, on a PostgreSQL database', async () => {
    // The CLI opens DATABASE_URL itself, which an in-memory PGlite cannot offer: its own database.
    const pg = await createTestDatabase('postgres');
    const saved = process.env.DATABASE_URL;
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.join(' '));
    });
    try {
      const own = await buildCoreFixture(pg.prisma, 1);
      const [email] = await pg.sql.query<{ email: string }>('SELECT email FROM "Rep" WHERE id = $1', [own.reps[0]]);
      process.env.DATABASE_URL = pg.url;
      const code = await apiKeyCli([
        'create',
        '--org',
        'fixture',
        '--scopes',
        'read:people,write:ingest',
        '--rep',
        email?.email as string,
      ]);
      expect(code).toBe(2);
      expect(errors.join('\n')).toMatch(
        /--scopes: write:ingest is organization-level .* a key bound to a rep cannot hold it/,
      );
      const [keys] = await pg.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "ApiKey"');
      expect(keys?.n).toBe(0);
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
      await pg.destroy();
    }
  });
});
