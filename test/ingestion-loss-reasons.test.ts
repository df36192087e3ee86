// Opportunity source, loss reason and competitor (issue 20): loss reasons are the organization's
// own picklist (upsertLossReasons), and a row naming a reason outside it, an inactive one, or one
// on a deal that is not lost, is refused on its own with a user error naming `lossReason`.
// Every expectation is read back with SQL; the opportunities filters are checked against SQL too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let orgId: number;
let headers: Record<string, string>;

interface Payload {
  created: number;
  updated: number;
  unchanged: number;
  userErrors: { code: string; message: string; field: string[] | null }[];
}

async function upsert(field: string, type: string, rows: Record<string, unknown>[]): Promise<Payload> {
  const res = await client.request<Record<string, Payload>>(
    `mutation($input: ${type}!) { ${field}(input: $input) { created updated unchanged userErrors { code message field } } }`,
    { input: { rows } },
    headers,
  );
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data?.[field] as Payload;
}
const deals = (rows: Record<string, unknown>[]) => upsert('upsertOpportunities', 'UpsertOpportunitiesInput', rows);

const deal = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: `Deal ${externalId}`,
  accountExternalId: 'ACC-1',
  ownerExternalId: 'AE-1',
  type: 'NEW_BUSINESS',
  stage: 'CLOSED_LOST',
  createdDate: '2026-01-10',
  closeDate: '2026-03-31',
  amount: '1000.00',
  ...extra,
});

async function stored(externalId: string) {
  const [row] = await db.sql.query<{ source: string | null; reason: string | null; competitor: string | null }>(
    `SELECT o.source, lr."externalId" AS reason, o.competitor
       FROM "Opportunity" o LEFT JOIN "LossReason" lr ON lr.id = o."lossReasonId"
      WHERE o."organizationId" = $1 AND o."externalId" = $2`,
    [orgId, externalId],
  );
  return row;
}

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await db.prisma.organization.create({ data: { name: 'Loss Co', slug: 'loss' } })).id;
  client = await createTestClient(db);
  const key = await issueApiKey(db.sql, {
    organizationId: orgId,
    name: 'sync',
    scopes: ['write:ingest', 'read:pipeline'],
  });
  headers = { authorization: `Bearer ${key.token}` };
  const results = [
    await upsert('upsertReps', 'UpsertRepsInput', [
      { externalId: 'AE-1', name: 'Ann', email: 'ann@loss.test', role: 'AE', region: 'NA', hireDate: '2025-01-01' },
    ]),
    await upsert('upsertAccounts', 'UpsertAccountsInput', [
      { externalId: 'ACC-1', name: 'Globex', industry: 'Software', country: 'US', region: 'NA', employees: 50 },
    ]),
    await upsert('upsertLossReasons', 'UpsertLossReasonsInput', [
      { externalId: 'Price', label: 'Price too high' },
      { externalId: 'Timing', label: 'Bad timing' },
      { externalId: 'Legacy', label: 'Old reason', active: false },
    ]),
  ];
  for (const r of results) expect(r.userErrors).toEqual([]);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('loss reasons', () => {
  it('stores source, loss reason and competitor, and keeps them on a partial update', async () => {
    const res = await deals([deal('D1', { source: ' Inbound ', lossReason: 'Price', competitor: 'Acme' })]);
    expect(res).toMatchObject({ created: 1, userErrors: [] });
    expect(await stored('D1')).toEqual({ source: 'Inbound', reason: 'Price', competitor: 'Acme' });
    const merge = await deals([{ externalId: 'D1', name: 'Renamed' }]);
    expect(merge).toMatchObject({ updated: 1, userErrors: [] });
    expect(await stored('D1')).toEqual({ source: 'Inbound', reason: 'Price', competitor: 'Acme' });
    expect((await deals([{ externalId: 'D1', lossReason: 'Timing' }])).updated).toBe(1);
    expect((await stored('D1'))?.reason).toBe('Timing');
  });

  it('refuses an unknown loss reason as a per-row user error naming the field; the other rows land', async () => {
    const res = await deals([deal('D2', { lossReason: 'Pricing' }), deal('D3', { lossReason: 'Price' })]);
    expect(res.created).toBe(1);
    expect(res.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message: `rows[0]: lossReason: "Pricing" is not one of the organization's loss reasons (upsertLossReasons)`,
        field: ['input', 'rows', '0', 'lossReason'],
      },
    ]);
    expect(await stored('D2')).toBeUndefined();
    expect((await stored('D3'))?.reason).toBe('Price');
  });

  it('refuses an inactive reason and a reason on a deal that is not lost', async () => {
    const res = await deals([
      deal('D4', { lossReason: 'Legacy' }),
      deal('D5', { stage: 'CLOSED_WON', lossReason: 'Price' }),
    ]);
    expect(res.created).toBe(0);
    expect(res.userErrors.map((e) => [e.code, e.field?.at(-1)])).toEqual([
      ['INVALID', 'lossReason'],
      ['INVALID', 'lossReason'],
    ]);
  });

  it('drops a kept reason when the deal leaves CLOSED_LOST (a reopened deal was not lost for it)', async () => {
    await deals([deal('D6', { lossReason: 'Price', competitor: 'Acme' })]);
    expect((await deals([{ externalId: 'D6', stage: 'NEGOTIATION' }])).userErrors).toEqual([]);
    expect(await stored('D6')).toEqual({ source: null, reason: null, competitor: 'Acme' });
  });

  it('reads the fields back and filters the opportunities connection by them, as SQL does', async () => {
    await deals([
      deal('F1', { source: 'Partner', lossReason: 'Timing', competitor: 'Initech' }),
      deal('F2', { source: 'Partner', stage: 'PROSPECTING', competitor: 'Acme' }),
    ]);
    const res = await client.request<{
      a: {
        totalCount: number;
        edges: {
          node: {
            externalId: string;
            source: string;
            competitor: string;
            lossReason: { externalId: string; label: string } | null;
          };
        }[];
      };
      b: { totalCount: number };
      c: { totalCount: number };
      reasons: { externalId: string; active: boolean }[];
    }>(
      `{ a: opportunities(filter: { sources: ["Partner"] }, orderBy: { field: NAME }) {
           totalCount edges { node { externalId source competitor lossReason { externalId label } } } }
         b: opportunities(filter: { lossReasons: ["Timing"] }) { totalCount }
         c: opportunities(filter: { competitors: ["Acme"] }) { totalCount }
         reasons: lossReasons { externalId active } }`,
      {},
      headers,
    );
    expect(res.errors).toBeUndefined();
    const count = async (where: string) =>
      Number(
        (
          await db.sql.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM "Opportunity" o LEFT JOIN "LossReason" lr ON lr.id = o."lossReasonId"
              WHERE o."organizationId" = $1 AND ${where}`,
            [orgId],
          )
        )[0]?.n,
      );
    expect(res.data?.a.totalCount).toBe(await count(`o.source = 'Partner'`));
    expect(res.data?.a.edges.map((e) => e.node)).toEqual([
      {
        externalId: 'F1',
        source: 'Partner',
        competitor: 'Initech',
        lossReason: { externalId: 'Timing', label: 'Bad timing' },
      },
      { externalId: 'F2', source: 'Partner', competitor: 'Acme', lossReason: null },
    ]);
    expect(res.data?.b.totalCount).toBe(await count(`lr."externalId" = 'Timing'`));
    expect(res.data?.c.totalCount).toBe(await count(`o.competitor = 'Acme'`));
    expect(res.data?.reasons).toEqual([
      { externalId: 'Legacy', active: false },
      { externalId: 'Price', active: true },
      { externalId: 'Timing', active: true },
    ]);
  });
});
