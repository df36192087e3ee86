// How ingestion's rows travel to and from the database (issue 17: statements read and write their
// rows as one JSON text): text with quotes, backslashes, line breaks and characters outside ASCII,
// and decimals at the edge of their columns, land exactly as sent (checked in SQL), read back equal
// (a re-send is UNCHANGED), and the change events carry the externalIds as sent. Decimal bounds
// are checked against limits worked out by hand from the column types.
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
  results: { index: number; externalId: string; status: string }[];
  userErrors: { code: string; field: string[] | null; message: string }[];
}

async function upsert(field: string, type: string, rows: Record<string, unknown>[]): Promise<Payload> {
  const res = await client.request<Record<string, Payload>>(
    `mutation($input: ${type}!) { ${field}(input: $input) {
       created updated unchanged results { index externalId status } userErrors { code field message } } }`,
    { input: { rows } },
    headers,
  );
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data?.[field] as Payload;
}
const upsertDeals = (rows: Record<string, unknown>[]) =>
  upsert('upsertOpportunities', 'UpsertOpportunitiesInput', rows);

// Names and externalIds that JSON must escape, and characters outside ASCII and the BMP.
const NAME = 'Ünïcødé "quoted" \\ back\\slash\nline\ttab \u2028 😀 — 東京';
const ODD_ID = 'OPP "1" \\ é';

const deal = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: NAME,
  accountExternalId: 'ACC "Ω"',
  ownerExternalId: 'AE\\1',
  type: 'NEW_BUSINESS',
  stage: 'PROPOSAL',
  createdDate: '2026-01-10',
  closeDate: '2026-03-31',
  lineItems: [{ productExternalId: 'PRD-1', quantity: '2', unitPrice: '100.10' }],
  splits: [{ repExternalId: 'AE\\1', percent: '0.000001', splitType: 'OVERLAY' }],
  ...extra,
});

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await db.prisma.organization.create({ data: { name: 'Wire Co', slug: 'wire' } })).id;
  client = await createTestClient(db);
  const key = await issueApiKey(db.sql, { organizationId: orgId, name: 'wire', scopes: ['write:ingest'] });
  headers = { authorization: `Bearer ${key.token}` };
  const reps = await upsert('upsertReps', 'UpsertRepsInput', [
    { externalId: 'AE\\1', name: NAME, email: 'ae1@wire.test', role: 'AE', region: 'NA', hireDate: '2025-01-01' },
  ]);
  const accounts = await upsert('upsertAccounts', 'UpsertAccountsInput', [
    {
      externalId: 'ACC "Ω"',
      name: 'Ωmega',
      industry: 'Software',
      country: 'DE',
      region: 'EMEA',
      ownerExternalId: 'AE\\1',
      employees: 10,
    },
  ]);
  const products = await upsert('upsertProducts', 'UpsertProductsInput', [
    { externalId: 'PRD-1', name: 'Core', family: 'Core', listPrice: '100.10' },
  ]);
  for (const p of [reps, accounts, products]) expect(p.userErrors).toEqual([]);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('ingestion rows on the wire', () => {
  it('stores text and decimals exactly as sent, reads them back equal, and names them in change events', async () => {
    // Quantity 9,999,999,999.99 is the largest Decimal(12,2); x 1.00 is the line total.
    const rows = [
      deal(ODD_ID),
      deal('OPP-BIG', { lineItems: [{ productExternalId: 'PRD-1', quantity: '9999999999.99', unitPrice: '1.00' }] }),
    ];
    const first = await upsertDeals(rows);
    expect(first.userErrors).toEqual([]);
    expect(first.results.map((r) => `${r.externalId}:${r.status}`)).toEqual([`${ODD_ID}:CREATED`, 'OPP-BIG:CREATED']);

    const stored = await db.sql.query<{ externalId: string; name: string; amount: string; percent: string }>(
      `SELECT o."externalId", o.name, o.amount::text AS amount, s.percent::text AS percent
         FROM "Opportunity" o JOIN "OpportunitySplit" s ON s."opportunityId" = o.id
        WHERE o."organizationId" = $1 ORDER BY o."externalId"`,
      [orgId],
    );
    expect(stored).toEqual([
      { externalId: ODD_ID, name: NAME, amount: '200.20', percent: '0.000001' },
      { externalId: 'OPP-BIG', name: NAME, amount: '9999999999.99', percent: '0.000001' },
    ]);
    const events = await db.sql.query<{ externalId: string; eventType: string }>(
      `SELECT after->>'externalId' AS "externalId", "eventType" FROM "AuditEvent"
        WHERE "organizationId" = $1 AND "entityType" = 'Opportunity' AND topic IS NOT NULL ORDER BY id`,
      [orgId],
    );
    expect(events).toEqual([
      { externalId: ODD_ID, eventType: 'opportunity.created' },
      { externalId: 'OPP-BIG', eventType: 'opportunity.created' },
    ]);

    // Read back through the same path, every value equals the one sent: nothing to write.
    const again = await upsertDeals(rows);
    expect(again.userErrors).toEqual([]);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);
  });

  it('refuses decimals past their column by digits and bounds, naming the field', async () => {
    const p = await upsertDeals([
      // 10^10 units: one digit more than Decimal(12,2) holds before the point.
      deal('OPP-Q-BIG', { lineItems: [{ productExternalId: 'PRD-1', quantity: '10000000000', unitPrice: '1' }] }),
      // 10^16: one digit more than money's Decimal(18,2).
      deal('OPP-P-BIG', { lineItems: [{ productExternalId: 'PRD-1', quantity: '1', unitPrice: '10000000000000000' }] }),
      // 10^9 x 10^7 = 10^16: each factor fits, their product does not.
      deal('OPP-T-BIG', {
        lineItems: [{ productExternalId: 'PRD-1', quantity: '1000000000', unitPrice: '10000000' }],
      }),
      deal('OPP-Q-ZERO', { lineItems: [{ productExternalId: 'PRD-1', quantity: '0', unitPrice: '1' }] }),
      deal('OPP-PCT', { splits: [{ repExternalId: 'AE\\1', percent: '1.000001', splitType: 'OVERLAY' }] }),
      deal('OPP-PCT-0', { splits: [{ repExternalId: 'AE\\1', percent: '0', splitType: 'OVERLAY' }] }),
      deal('OPP-PCT-7', { splits: [{ repExternalId: 'AE\\1', percent: '0.0000001', splitType: 'OVERLAY' }] }),
      // The largest money amount, without line items: 9,999,999,999,999,999.99.
      deal('OPP-MAX', { lineItems: [], amount: '9999999999999999.99' }),
    ]);
    expect(p.userErrors.map((e) => `${e.field?.join('.')}: ${e.code}`)).toEqual([
      'input.rows.0.lineItems.0.quantity: OUT_OF_RANGE',
      'input.rows.1.lineItems.0.unitPrice: OUT_OF_RANGE',
      'input.rows.2.lineItems.0: OUT_OF_RANGE',
      'input.rows.3.lineItems.0.quantity: OUT_OF_RANGE',
      'input.rows.4.splits.0.percent: OUT_OF_RANGE',
      'input.rows.5.splits.0.percent: OUT_OF_RANGE',
      'input.rows.6.splits.0.percent: INVALID',
    ]);
    expect(p.userErrors[0]?.message).toContain('lineItems.0.quantity is too large; got 10000000000');
    expect(p.results.map((r) => `${r.externalId}:${r.status}`)).toEqual(['OPP-MAX:CREATED']);
    const [max] = await db.sql.query<{ amount: string }>(
      `SELECT amount::text AS amount FROM "Opportunity" WHERE "organizationId" = $1 AND "externalId" = 'OPP-MAX'`,
      [orgId],
    );
    expect(max?.amount).toBe('9999999999999999.99');
  });
});
