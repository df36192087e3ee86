// Authentication and scopes: no anonymous access; API keys created by admins, shown once, stored
// as HMACs, revocable, expiring; JWTs (HS256 and JWKS) mapped to an organization, a rep and
// scopes; scope checks per field; every key change in the audit trail.
import { createServer as createHttpServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, issueApiKey, parseApiKey } from '../api/src/access/api-keys.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';

const JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 8);
  client = await createTestClient(db, {
    listen: true,
    security: { jwt: { secret: JWT_SECRET, issuer: 'https://idp.test' } },
  });
  admin = (await client.adminKey()) as string;
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

async function post(headers: Record<string, string>, query = '{ organization { name } }') {
  const res = await fetch(`${client.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse };
}

describe('no credentials', () => {
  it('answers only the health endpoints', async () => {
    expect((await fetch(`${client.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${client.url}/readyz`)).status).toBe(200);
    const res = await post({});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="coxswain"/);
    expect(code(res.body)).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
    const get = await fetch(`${client.url}/graphql?query=${encodeURIComponent('{ __schema { types { name } } }')}`);
    expect(get.status).toBe(401);
    // Not even the schema: validation never runs for an anonymous request.
    const invalid = await post({}, '{ nope }');
    expect(invalid.status).toBe(401);
    expect(JSON.stringify(invalid.body)).not.toMatch(/nope|Query/);
  });

  it('refuses garbage, a wrong checksum and an unknown key alike', async () => {
    const valid = admin;
    const flipped = `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`;
    const unknown = (await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'x', scopes: ['admin'] }))
      .token;
    await db.sql.query(`DELETE FROM "ApiKey" WHERE prefix = $1`, [unknown.slice(0, 16)]);
    for (const header of [
      'Bearer',
      'Bearer nonsense',
      'Basic YWRtaW46YWRtaW4=',
      `Bearer ${flipped}`,
      `Bearer ${unknown}`,
    ]) {
      const res = await post({ authorization: header });
      expect(res.status, header).toBe(401);
      expect(res.body.errors?.[0]?.message).toMatch(/Invalid credentials|Authentication required/);
    }
  });
});

describe('API keys', () => {
  const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
      secret apiKey { id prefix name scopes status rep { name } } userErrors { code field message } } }`;

  it('are created by an admin, shown once, stored as an HMAC, and work at once', async () => {
    const res = await client.request<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[]; status: string } };
    }>(CREATE, { input: { name: 'Looker', scopes: ['READ_PIPELINE', 'READ_ACCOUNTS'] } });
    expect(res.errors).toBeUndefined();
    const { secret, apiKey } = res.data?.createApiKey ?? ({} as never);
    expect(secret).toMatch(/^cxs_[0-9A-Za-z]{12}_[0-9A-Za-z]{38}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.scopes).toEqual(['READ_PIPELINE', 'READ_ACCOUNTS']);
    expect(apiKey.status).toBe('ACTIVE');
    const [row] = await db.sql.query<{ secretHash: string; scopes: string[] }>(
      'SELECT "secretHash", scopes FROM "ApiKey" WHERE prefix = $1',
      [apiKey.prefix],
    );
    const parsed = parseApiKey(secret);
    expect(row?.secretHash).toBe(hashSecret(parsed?.secret as string));
    expect(row?.secretHash).not.toContain(parsed?.secret);
    expect(row?.scopes).toEqual(['read:pipeline', 'read:accounts']);
    const dump = await db.sql.query<{ t: string }>(`SELECT row_to_json(k)::text AS t FROM "ApiKey" k`);
    expect(dump.some((r) => r.t.includes(parsed?.secret as string))).toBe(false);
    const use = await post(bearer(secret), '{ viewer { principal kind scopes } }');
    expect(use.status).toBe(200);
    expect(use.body.data).toMatchObject({ viewer: { kind: 'API_KEY', scopes: ['READ_ACCOUNTS', 'READ_PIPELINE'] } });
    const [used] = await db.sql.query<{ lastUsedAt: Date | null }>(
      'SELECT "lastUsedAt" FROM "ApiKey" WHERE prefix = $1',
      [apiKey.prefix],
    );
    expect(used?.lastUsedAt).not.toBeNull();
  });

  it('replays an idempotent create without the secret and without a second key', async () => {
    const input = { name: 'Retry', scopes: ['READ_PEOPLE'], idempotencyKey: 'create-retry-1' };
    const first = await client.data<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE, { input });
    const second = await client.data<{ createApiKey: { secret: string | null; apiKey: { id: string } } }>(CREATE, {
      input,
    });
    expect(first.createApiKey.secret).toBeTruthy();
    expect(second.createApiKey.secret).toBeNull();
    expect(second.createApiKey.apiKey.id).toBe(first.createApiKey.apiKey.id);
    const rows = await db.sql.query(`SELECT id FROM "ApiKey" WHERE name = 'Retry'`);
    expect(rows).toHaveLength(1);
    const records = await db.sql.query<{ response: unknown }>(`SELECT response FROM "IdempotencyRecord"`);
    expect(JSON.stringify(records)).not.toContain(first.createApiKey.secret.slice(17));
  });

  it('refuses bad input field by field and creates nothing', async () => {
    const before = await db.sql.query('SELECT id FROM "ApiKey"');
    const res = await client.data<{ createApiKey: { secret: null; userErrors: { code: string; field: string[] }[] } }>(
      CREATE,
      {
        input: {
          name: ' ',
          scopes: [],
          repId: toGlobalId('Rep', 999_999),
          expiresAt: '2001-01-01T00:00:00Z',
        },
      },
    );
    expect(res.createApiKey.secret).toBeNull();
    expect(res.createApiKey.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
      ['REQUIRED', 'input.name'],
      ['REQUIRED', 'input.scopes'],
      ['OUT_OF_RANGE', 'input.expiresAt'],
      ['NOT_FOUND', 'input.repId'],
    ]);
    expect(await db.sql.query('SELECT id FROM "ApiKey"')).toHaveLength(before.length);
  });

  it('are refused once revoked, and the revocation is audited with the admin key as actor', async () => {
    const key = await client.data<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE, {
      input: { name: 'To revoke', scopes: ['READ_PEOPLE'] },
    });
    const token = key.createApiKey.secret;
    expect((await post(bearer(token))).status).toBe(200);
    const revoked = await client.data<{ revokeApiKey: { apiKey: { status: string }; userErrors: unknown[] } }>(
      `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { status } userErrors { code } } }`,
      { id: key.createApiKey.apiKey.id },
    );
    expect(revoked.revokeApiKey).toEqual({ apiKey: { status: 'REVOKED' }, userErrors: [] });
    const res = await post(bearer(token));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toMatch(/revoked/);
    const adminId = Number(
      (await db.sql.query<{ id: number }>('SELECT id FROM "ApiKey" WHERE prefix = $1', [admin.slice(0, 16)]))[0]?.id,
    );
    const audit = await db.sql.query<{ action: string; actorType: string; actorId: string; apiKeyId: number }>(
      `SELECT action, "actorType", "actorId", "apiKeyId" FROM "AuditEvent" WHERE "entityType" = 'ApiKey'
        AND "entityId" = $1 ORDER BY id`,
      [String(Buffer.from(key.createApiKey.apiKey.id, 'base64').toString().split(':')[1])],
    );
    expect(audit).toEqual([
      { action: 'apiKey.create', actorType: 'API_KEY', actorId: `key:${adminId}`, apiKeyId: adminId },
      { action: 'apiKey.revoke', actorType: 'API_KEY', actorId: `key:${adminId}`, apiKeyId: adminId },
    ]);
    const events = await db.sql.query<{ t: string }>(`SELECT row_to_json(a)::text AS t FROM "AuditEvent" a`);
    expect(events.some((e) => e.t.includes('secretHash') || e.t.includes('hmac-sha256'))).toBe(false);
  });

  it('are refused once expired, and when their rep has left', async () => {
    // Issued for an hour (a key cannot be issued already expired), then the hour passes.
    const expired = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'expired',
      scopes: ['admin'],
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await db.sql.query(`UPDATE "ApiKey" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [expired.id]);
    const res = await post(bearer(expired.token));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toMatch(/expired/);
    const rep = fx.reps[2] as number;
    const repKey = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'rep',
      scopes: ['read:people'],
      repId: rep,
    });
    expect((await post(bearer(repKey.token))).status).toBe(200);
    await db.sql.query(`UPDATE "Rep" SET "terminationDate" = '2020-01-31' WHERE id = $1`, [rep]);
    expect((await post(bearer(repKey.token))).status).toBe(401);
    await db.sql.query(`UPDATE "Rep" SET "terminationDate" = NULL WHERE id = $1`, [rep]);
  });

  it('can be managed by admins only', async () => {
    const reader = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'r',
      scopes: ['read:pipeline', 'write:plans'],
    });
    const res = await client.request(CREATE, { input: { name: 'x', scopes: ['ADMIN'] } }, bearer(reader.token));
    expect(res.data).toBeNull();
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.extensions?.requiredScopes).toEqual(['admin']);
    const list = await client.request('{ apiKeys(first: 10) { totalCount } }', {}, bearer(reader.token));
    expect(code(list)).toBe('FORBIDDEN');
    // Its own key only, through node(id) too.
    const own = await client.request<{ viewer: { apiKey: { id: string; name: string } } }>(
      '{ viewer { apiKey { id name } } }',
      {},
      bearer(reader.token),
    );
    expect(own.data?.viewer.apiKey.name).toBe('r');
    const [adminRow] = await db.sql.query<{ id: number }>('SELECT id FROM "ApiKey" WHERE prefix = $1', [
      admin.slice(0, 16),
    ]);
    const other = await client.request<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: toGlobalId('ApiKey', adminRow?.id as number) },
      bearer(reader.token),
    );
    expect(other.data?.node).toBeNull();
  });
});

describe('scopes', () => {
  it('refuse fields outside the granted scopes, name the scope, and let write imply read', async () => {
    const key = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 's',
      scopes: ['read:accounts', 'write:plans'],
    });
    const ok = await client.request<{ accounts: { totalCount: number } }>(
      '{ accounts(first: 1) { totalCount } }',
      {},
      bearer(key.token),
    );
    expect(ok.errors).toBeUndefined();
    const denied = await client.request('{ opportunities(first: 1) { totalCount } }', {}, bearer(key.token));
    expect(code(denied)).toBe('FORBIDDEN');
    expect(denied.errors?.[0]?.message).toMatch(/read:pipeline/);
    // Nested: an account's deals are pipeline data.
    const nested = await client.request<{ accounts: { edges: { node: { name: string; opportunities: unknown } }[] } }>(
      '{ accounts(first: 1) { edges { node { name opportunities(first: 1) { totalCount } } } } }',
      {},
      bearer(key.token),
    );
    expect(nested.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(nested.errors?.[0]?.path).toEqual(['accounts', 'edges', 0, 'node', 'opportunities']);
    const viewer = await client.data<{ viewer: { scopes: string[] } }>('{ viewer { scopes } }').catch(() => null);
    expect(viewer?.viewer.scopes).toContain('ADMIN');
    const implied = await client.request<{ viewer: { scopes: string[] } }>(
      '{ viewer { scopes } }',
      {},
      bearer(key.token),
    );
    expect(implied.data?.viewer.scopes).toEqual(['READ_ACCOUNTS', 'READ_PLANS', 'WRITE_PLANS']);
  });
});

describe('JWTs', () => {
  const sign = (claims: Record<string, unknown>, secret = JWT_SECRET, ttl = '10m') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setIssuer('https://idp.test')
      .setExpirationTime(ttl)
      .sign(new TextEncoder().encode(secret));

  it('map sub, org, email and scope to a user principal acting as that rep', async () => {
    const [rep] = await db.sql.query<{ email: string; id: number }>('SELECT email, id FROM "Rep" WHERE id = $1', [
      fx.reps[0],
    ]);
    const token = await sign({
      sub: 'u-42',
      org: 'fixture',
      email: rep?.email.toUpperCase(),
      scope: 'read:people read:pipeline openid',
    });
    const res = await post(bearer(token), '{ viewer { principal kind scopes rep { id } visibleRepCount } }');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      viewer: {
        principal: 'user:u-42',
        kind: 'USER',
        scopes: ['READ_PEOPLE', 'READ_PIPELINE'],
        rep: { id: toGlobalId('Rep', rep?.id as number) },
        visibleRepCount: 1,
      },
    });
  });

  it('are refused when forged, expired, from another issuer, or for an unknown organization', async () => {
    const cases = [
      await sign({ sub: 'u', org: 'fixture', scope: 'admin' }, 'another-secret-that-is-long-enough-0123456789'),
      await sign({ sub: 'u', org: 'fixture', scope: 'admin' }, JWT_SECRET, '-1m'),
      await sign({ sub: 'u', org: 'nope', scope: 'admin' }),
      await sign({ sub: 'u', scope: 'admin' }),
      await new SignJWT({ sub: 'u', org: 'fixture', scope: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt()
        .setIssuer('https://evil.test')
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(JWT_SECRET)),
      // alg "none": an unsigned token.
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u","org":"fixture","scope":"admin"}').toString('base64url')}.x`,
    ];
    for (const token of cases) expect((await post(bearer(token))).status).toBe(401);
  });

  it('verify asymmetric tokens against a JWKS', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const jwks = createHttpServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const port = (jwks.address() as { port: number }).port;
    const jwksClient = await createTestClient(db, {
      security: { jwt: { jwksUrl: `http://127.0.0.1:${port}/jwks.json` } },
    });
    try {
      const token = await new SignJWT({ sub: 'svc', org: 'fixture', scope: 'read:accounts' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      const res = await jwksClient.request<{ accounts: { totalCount: number } }>(
        '{ accounts(first: 1) { totalCount } }',
        {},
        bearer(token),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.accounts.totalCount).toBe(4);
      const hs = await sign({ sub: 'u', org: 'fixture', scope: 'admin' });
      const refused = await jwksClient.request('{ organization { name } }', {}, bearer(hs));
      expect(code(refused)).toBe('UNAUTHENTICATED');
    } finally {
      await jwksClient.close();
      jwks.close();
    }
  });
});
