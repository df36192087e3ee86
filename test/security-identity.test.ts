// Who a JWT acts for (issue 23): a rep's email is unique ignoring case (ingestion refuses a
// case-variant as a row error, concurrent calls included, and the database index backs it); a
// token whose email matches more than one rep is refused rather than bound to one of them; a rep
// claim binds the token to a rep by externalId; a token promising a longer life than the server
// grants (exp - iat over COXSWAIN_JWT_MAX_AGE), or without iat or exp, is refused with its reason.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { MIGRATIONS_DIR } from '../api/src/db/migrate.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';

const JWT_SECRET = 'identity-test-secret-that-is-long-enough-0123456789';
const INDEX = 'Rep_organizationId_lower_email_key';
let db: TestDatabase;
let client: TestClient;
let orgId: number;
let ingestKey: string;

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await db.prisma.organization.create({ data: { name: 'Identity Co', slug: 'ident' } })).id;
  client = await createTestClient(db, { security: { jwt: { secret: JWT_SECRET } } });
  ingestKey = (await issueApiKey(db.sql, { organizationId: orgId, name: 'ingest', scopes: ['write:ingest'] })).token;
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

interface Payload {
  created: number;
  updated: number;
  results: { index: number; externalId: string; status: string }[];
  userErrors: { code: string; message: string; field: string[] | null }[];
}

const rep = (externalId: string, email: string, role = 'AE') => ({
  externalId,
  name: `Rep ${externalId}`,
  email,
  role,
  region: 'NA',
  hireDate: '2024-01-15',
});

async function upsertReps(rows: Record<string, unknown>[]): Promise<Payload> {
  const res = await client.request<{ upsertReps: Payload }>(
    `mutation($input: UpsertRepsInput!) { upsertReps(input: $input) {
       created updated results { index externalId status } userErrors { code message field } } }`,
    { input: { rows } },
    { authorization: `Bearer ${ingestKey}` },
  );
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data?.upsertReps as Payload;
}

const errorPaths = (p: Payload) => p.userErrors.map((e) => `${e.field?.join('.')}: ${e.code}`).sort();

/** The stored reps of the organization whose email is `email` ignoring case, by SQL. */
async function repsWithEmail(email: string) {
  return db.sql.query<{ id: number; externalId: string; email: string; role: string }>(
    `SELECT id, "externalId", email, role::text FROM "Rep"
      WHERE "organizationId" = $1 AND lower(email) = lower($2) ORDER BY id`,
    [orgId, email],
  );
}

/** A token issued now, expiring `lifetime` seconds later; null leaves the claim out. */
const sign = (claims: Record<string, unknown>, { iat = true, lifetime = 600 as number | null } = {}) => {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' });
  if (iat) jwt.setIssuedAt(now);
  if (lifetime != null) jwt.setExpirationTime(now + lifetime);
  return jwt.sign(new TextEncoder().encode(JWT_SECRET));
};

const VIEWER = '{ viewer { principal rep { id } } }';
type Viewer = { viewer: { principal: string; rep: { id: string } | null } };
const asUser = async (token: string) => client.request<Viewer>(VIEWER, {}, { authorization: `Bearer ${token}` });
const refusal = (res: GraphQLResponse) => {
  expect(res.data).toBeUndefined();
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  return res.errors?.[0]?.message;
};

describe('rep emails are unique ignoring case', () => {
  it('refuses, row by row, an email a stored rep holds in another case, and writes nothing for that row', async () => {
    const first = await upsertReps([rep('ANN', 'Ann.Lee@Ident.test')]);
    expect(first.created).toBe(1);

    const p = await upsertReps([
      rep('ANN-2', 'ann.lee@ident.test', 'MANAGER'), // 0: ANN's email in lower case
      rep('CAL', 'cal@ident.test'), // 1: fine
    ]);
    expect(errorPaths(p)).toEqual(['input.rows.0.email: DUPLICATE']);
    expect(p.userErrors[0]?.message).toMatch(/belongs to another rep \(externalId "ANN"\) as "Ann.Lee@Ident.test"/);
    expect(p.results.map((r) => r.externalId)).toEqual(['CAL']);
    expect(await repsWithEmail('ANN.LEE@ident.test')).toEqual([
      expect.objectContaining({ externalId: 'ANN', email: 'Ann.Lee@Ident.test', role: 'AE' }),
    ]);
    expect(await repsWithEmail('cal@ident.test')).toHaveLength(1);

    // The rep itself may change the case of its own email.
    const own = await upsertReps([rep('ANN', 'ann.lee@ident.test')]);
    expect(own.userErrors).toEqual([]);
    expect(own.updated).toBe(1);
    expect((await repsWithEmail('ann.lee@ident.test')).map((r) => [r.externalId, r.email])).toEqual([
      ['ANN', 'ann.lee@ident.test'],
    ]);
  });

  it('refuses both rows of one call whose emails differ only in case', async () => {
    const p = await upsertReps([
      rep('DEE', 'Dee@ident.test'), // 0
      rep('FAY', 'fay@ident.test'), // 1: fine
      rep('DEE-2', 'dEE@IDENT.test', 'MANAGER'), // 2
    ]);
    expect(errorPaths(p)).toEqual(['input.rows.0.email: DUPLICATE', 'input.rows.2.email: DUPLICATE']);
    expect(p.userErrors[0]?.message).toMatch(/also appears in rows\[2\]/);
    expect(await repsWithEmail('dee@ident.test')).toEqual([]);
    expect(await repsWithEmail('fay@ident.test')).toHaveLength(1);
  });

  it('lets only one of two concurrent calls store a case-variant email; the other gets a row error', async () => {
    // Padding rows make each call's transaction long enough for the two to overlap.
    const padding = (tag: string) =>
      Array.from({ length: 150 }, (_, i) => rep(`${tag}-${i}`, `${tag}-${i}@ident.test`));
    for (let round = 0; round < 4; round++) {
      const email = `gus${round}@ident.test`;
      const [a, b] = await Promise.all([
        upsertReps([rep(`GUS-${round}-A`, email), ...padding(`pa${round}`)]),
        upsertReps([rep(`GUS-${round}-B`, email.toUpperCase(), 'MANAGER'), ...padding(`pb${round}`)]),
      ]);
      const stored = await repsWithEmail(email);
      expect(stored, `round ${round}`).toHaveLength(1);
      const [winner, loser] = stored[0]?.externalId === `GUS-${round}-A` ? [a, b] : [b, a];
      expect(winner.userErrors, `round ${round}`).toEqual([]);
      expect(winner.created).toBe(151);
      // The loser's clash is its row's error, not a failed call: its other rows landed.
      expect(errorPaths(loser), `round ${round}`).toEqual(['input.rows.0.email: DUPLICATE']);
      expect(loser.created).toBe(150);
    }
    const [n] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = $1 AND "externalId" LIKE 'p%'`,
      [orgId],
    );
    expect(Number(n?.n)).toBe(4 * 2 * 150);
  });

  it('holds for every writer: the database refuses a case-variant insert', async () => {
    const insert = (externalId: string, email: string) =>
      db.sql.query(
        `INSERT INTO "Rep" ("organizationId", "externalId", name, email, role, region, "hireDate", "updatedAt")
         VALUES ($1, $2, 'Raw', $3, 'AE', 'NA', '2024-01-01', now())`,
        [orgId, externalId, email],
      );
    await insert('RAW-1', 'raw@ident.test');
    await expect(insert('RAW-2', 'RAW@Ident.TEST')).rejects.toThrow(new RegExp(INDEX));
    expect((await repsWithEmail('raw@ident.test')).map((r) => r.externalId)).toEqual(['RAW-1']);
  });
});

describe('JWT identity', () => {
  it('binds a token by its rep claim (externalId) before its email', async () => {
    const [jo, kim] = await db.sql.query<{ id: number }>(
      `INSERT INTO "Rep" ("organizationId", "externalId", name, email, role, region, "hireDate", "updatedAt")
       VALUES ($1, 'JO', 'Jo', 'Jo@ident.test', 'AE', 'NA', '2024-01-01', now()),
              ($1, 'KIM', 'Kim', 'kim@ident.test', 'AE', 'NA', '2024-01-01', now())
       RETURNING id`,
      [orgId],
    );
    const byRep = await asUser(
      await sign({ sub: 'u-kim', org: 'ident', rep: 'KIM', email: 'jo@ident.test', scope: 'read:people' }),
    );
    expect(byRep.errors).toBeUndefined();
    expect(byRep.data?.viewer.rep?.id).toBe(toGlobalId('Rep', kim?.id as number));
    const byEmail = await asUser(
      await sign({ sub: 'u-jo', org: 'ident', email: 'JO@ident.test', scope: 'read:people' }),
    );
    expect(byEmail.data?.viewer.rep?.id).toBe(toGlobalId('Rep', jo?.id as number));
    // A rep claim naming no rep is refused, not quietly bound to no rep (or to the email's rep).
    const unknown = await asUser(await sign({ sub: 'u-x', org: 'ident', rep: 'NOBODY', email: 'kim@ident.test' }));
    expect(refusal(unknown)).toMatch(/rep claim names externalId "NOBODY", which no rep of the organization has/);
  });

  it('refuses a token whose lifetime (exp - iat) is longer than the server grants', async () => {
    const month = await asUser(await sign({ sub: 'u-jo', org: 'ident' }, { lifetime: 30 * 86_400 }));
    expect(refusal(month)).toMatch(/lifetime \(exp - iat\) is 30 days, longer than the 1 day this server accepts/);
    const justOver = await asUser(await sign({ sub: 'u-jo', org: 'ident' }, { lifetime: 86_401 }));
    expect(refusal(justOver)).toMatch(/lifetime \(exp - iat\) is 86401 s/);
    // Exactly the maximum is accepted.
    const day = await asUser(await sign({ sub: 'u-jo', org: 'ident' }, { lifetime: 86_400 }));
    expect(day.errors).toBeUndefined();
    expect(day.data?.viewer.principal).toBe('user:u-jo');
  });

  it('refuses a token without iat or without exp, saying which', async () => {
    expect(refusal(await asUser(await sign({ sub: 'u', org: 'ident' }, { iat: false })))).toMatch(/no "iat" claim/);
    expect(refusal(await asUser(await sign({ sub: 'u', org: 'ident' }, { lifetime: null })))).toMatch(/no "exp" claim/);
  });

  it('refuses a token whose email matches two reps instead of picking one (index dropped to make them)', async () => {
    // Only a database without the index can hold such reps (one migrated before it, or edited by
    // hand); the lookup must not depend on the index to be safe.
    await db.sql.exec(`DROP INDEX "${INDEX}"`);
    try {
      await db.sql.query(
        `INSERT INTO "Rep" ("organizationId", "externalId", name, email, role, region, "hireDate", "updatedAt")
         VALUES ($1, 'TWIN-1', 'Twin AE', 'twin@ident.test', 'AE', 'NA', '2024-01-01', now()),
                ($1, 'TWIN-2', 'Twin VP', 'Twin@Ident.test', 'EXECUTIVE', 'NA', '2024-01-01', now())`,
        [orgId],
      );
      for (const email of ['twin@ident.test', 'Twin@Ident.test', 'TWIN@IDENT.TEST']) {
        const res = await asUser(await sign({ sub: 'u-twin', org: 'ident', email, scope: 'read:people' }));
        expect(refusal(res)).toMatch(/email matches more than one rep/);
      }
      // The rep claim still binds such a user unambiguously.
      const [twin2] = await db.sql.query<{ id: number }>(`SELECT id FROM "Rep" WHERE "externalId" = 'TWIN-2'`);
      const byRep = await asUser(
        await sign({ sub: 'u-twin', org: 'ident', rep: 'TWIN-2', email: 'twin@ident.test', scope: 'read:people' }),
      );
      expect(byRep.data?.viewer.rep?.id).toBe(toGlobalId('Rep', twin2?.id as number));

      // The migration that creates the index names the duplicates instead of failing on the index.
      const migration = (await readdir(MIGRATIONS_DIR)).find((d) => d.endsWith('_c_rep_email_unique_ignoring_case'));
      const sql = await readFile(path.join(MIGRATIONS_DIR, migration as string, 'migration.sql'), 'utf8');
      await expect(db.sql.exec(sql)).rejects.toThrow(/have the same email "twin@ident.test" up to case/);
    } finally {
      await db.sql.query(`DELETE FROM "Rep" WHERE "externalId" LIKE 'TWIN-%'`);
      await db.sql.exec(`CREATE UNIQUE INDEX "${INDEX}" ON "Rep" ("organizationId", lower(email))`);
    }
  });
});
