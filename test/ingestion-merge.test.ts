// Partial updates (issue 17): in MERGE mode, the default, a row of a stored record changes only the
// fields it carries; an explicit null clears an optional field or a list; REPLACE takes the row as
// the whole record. Every expectation is read back with SQL against values written in the test.
// Two concurrent partial updates of different fields of one deal both survive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { partialRow } from '../sdk/src/partial.js';
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

const MUTATIONS = {
  reps: ['upsertReps', 'UpsertRepsInput'],
  accounts: ['upsertAccounts', 'UpsertAccountsInput'],
  products: ['upsertProducts', 'UpsertProductsInput'],
  opportunities: ['upsertOpportunities', 'UpsertOpportunitiesInput'],
} as const;

async function upsert(
  kind: keyof typeof MUTATIONS,
  rows: Record<string, unknown>[],
  mode?: 'MERGE' | 'REPLACE',
): Promise<Payload> {
  const [field, type] = MUTATIONS[kind];
  const res = await client.request<Record<string, Payload>>(
    `mutation($input: ${type}!) { ${field}(input: $input) { created updated unchanged userErrors { code message field } } }`,
    { input: mode ? { rows, mode } : { rows } },
    headers,
  );
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data?.[field] as Payload;
}

async function deal(externalId: string) {
  const [row] = await db.sql.query<Record<string, unknown>>(
    `SELECT o.name, o.amount::text AS amount, o.stage::text AS stage, o."forecastCategory"::text AS category,
            to_char(o."closeDate", 'YYYY-MM-DD') AS "closeDate",
            (SELECT string_agg(p."externalId" || ' ' || l.quantity::text || ' x ' || l."unitPrice"::text, ', ' ORDER BY p."externalId")
               FROM "OpportunityLineItem" l JOIN "Product" p ON p.id = l."productId" WHERE l."opportunityId" = o.id) AS items,
            (SELECT string_agg(r."externalId" || ' ' || s."splitType"::text || ' ' || s.percent::text, ', ' ORDER BY r."externalId")
               FROM "OpportunitySplit" s JOIN "Rep" r ON r.id = s."repId" WHERE s."opportunityId" = o.id) AS splits
       FROM "Opportunity" o WHERE o."organizationId" = $1 AND o."externalId" = $2`,
    [orgId, externalId],
  );
  return row;
}

const fullDeal = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: `Deal ${externalId}`,
  accountExternalId: 'ACC-1',
  ownerExternalId: 'AE-1',
  type: 'NEW_BUSINESS',
  stage: 'PROPOSAL',
  createdDate: '2026-01-10',
  closeDate: '2026-03-31',
  lineItems: [
    { productExternalId: 'PRD-CORE', quantity: '2', unitPrice: '100.10' },
    { productExternalId: 'PRD-ADDON', quantity: '1', unitPrice: '0.35' },
  ],
  splits: [
    { repExternalId: 'AE-1', percent: '0.75', splitType: 'REVENUE' },
    { repExternalId: 'AE-2', percent: '0.25', splitType: 'REVENUE' },
  ],
  ...extra,
});

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await db.prisma.organization.create({ data: { name: 'Merge Co', slug: 'merge' } })).id;
  client = await createTestClient(db);
  const key = await issueApiKey(db.sql, { organizationId: orgId, name: 'sync', scopes: ['write:ingest'] });
  headers = { authorization: `Bearer ${key.token}` };
  const rep = (externalId: string, extra: Record<string, unknown> = {}) => ({
    externalId,
    name: `Rep ${externalId}`,
    email: `${externalId.toLowerCase()}@merge.test`,
    role: 'AE',
    region: 'NA',
    hireDate: '2025-02-01',
    ...extra,
  });
  const reps = await upsert('reps', [
    rep('MGR-1', { role: 'MANAGER' }),
    rep('AE-1', { managerExternalId: 'MGR-1', rampMonths: 5 }),
    rep('AE-2', { managerExternalId: 'MGR-1' }),
  ]);
  const accounts = await upsert('accounts', [
    {
      externalId: 'ACC-1',
      name: 'Globex',
      domain: 'globex.example',
      industry: 'Software',
      country: 'US',
      region: 'NA',
      employees: 500,
      annualRevenue: '1000000.00',
      ownerExternalId: 'AE-1',
    },
  ]);
  const products = await upsert('products', [
    { externalId: 'PRD-CORE', name: 'Core', family: 'Platform', listPrice: '100.10', editionRank: 1 },
    { externalId: 'PRD-ADDON', name: 'Add-on', family: 'Platform', listPrice: '0.35' },
    { externalId: 'PRD-SEAT', name: 'Seat', family: 'Platform', listPrice: '12.50' },
  ]);
  for (const p of [reps, accounts, products]) expect(p.userErrors).toEqual([]);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('MERGE, the default', () => {
  it('keeps omitted line items, splits and scalars, and replaces a list that is sent', async () => {
    expect((await upsert('opportunities', [fullDeal('OPP-1')])).created).toBe(1);
    // 2 x 100.10 + 1 x 0.35 = 200.55
    const stored = await deal('OPP-1');
    expect(stored).toMatchObject({
      amount: '200.55',
      items: 'PRD-ADDON 1.00 x 0.35, PRD-CORE 2.00 x 100.10',
      splits: 'AE-1 REVENUE 0.750000, AE-2 REVENUE 0.250000',
    });

    // Only a new name: every other field, the line items and the splits stay.
    const renamed = await upsert('opportunities', [{ externalId: 'OPP-1', name: 'Globex expansion' }]);
    expect(renamed).toMatchObject({ updated: 1, userErrors: [] });
    expect(await deal('OPP-1')).toEqual({ ...stored, name: 'Globex expansion' });

    // Line items sent: they replace the stored ones and set the amount (3 x 12.50 = 37.50);
    // the omitted splits stay.
    const items = await upsert('opportunities', [
      { externalId: 'OPP-1', lineItems: [{ productExternalId: 'PRD-SEAT', quantity: '3', unitPrice: '12.50' }] },
    ]);
    expect(items.userErrors).toEqual([]);
    expect(await deal('OPP-1')).toMatchObject({
      amount: '37.50',
      items: 'PRD-SEAT 3.00 x 12.50',
      splits: 'AE-1 REVENUE 0.750000, AE-2 REVENUE 0.250000',
      closeDate: '2026-03-31',
    });

    // The same partial row again writes nothing.
    const again = await upsert('opportunities', [{ externalId: 'OPP-1', name: 'Globex expansion' }]);
    expect(again).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it('clears a list or an optional field sent as null, and refuses null on a required field', async () => {
    await upsert('opportunities', [fullDeal('OPP-NULL')]);
    const cleared = await upsert('opportunities', [{ externalId: 'OPP-NULL', splits: null, lineItems: [] }]);
    expect(cleared.userErrors).toEqual([]);
    // No line items left and no amount sent: the stored amount (200.55) stays.
    expect(await deal('OPP-NULL')).toMatchObject({ items: null, splits: null, amount: '200.55' });

    const refused = await upsert('opportunities', [{ externalId: 'OPP-NULL', name: null, closeDate: null }]);
    expect(refused.userErrors.map((e) => `${e.field?.join('.')}: ${e.code}`).sort()).toEqual([
      'input.rows.0.closeDate: REQUIRED',
      'input.rows.0.name: REQUIRED',
    ]);
    expect(await deal('OPP-NULL')).toMatchObject({ name: 'Deal OPP-NULL', closeDate: '2026-03-31' });

    // Accounts: an omitted domain is kept, a null one cleared; an omitted owner is kept.
    await upsert('accounts', [{ externalId: 'ACC-1', employees: 2500 }]);
    const account = async () =>
      (
        await db.sql.query<Record<string, unknown>>(
          `SELECT a.domain, a.segment::text AS segment, a."annualRevenue"::text AS revenue, r."externalId" AS owner
             FROM "Account" a LEFT JOIN "Rep" r ON r.id = a."ownerId" WHERE a."organizationId" = $1 AND a."externalId" = 'ACC-1'`,
          [orgId],
        )
      )[0];
    // 2,500 employees: ENT (docs/design.md §4: 2000 <= ENT).
    expect(await account()).toEqual({
      domain: 'globex.example',
      segment: 'ENT',
      revenue: '1000000.00',
      owner: 'AE-1',
    });
    await upsert('accounts', [{ externalId: 'ACC-1', domain: null, ownerExternalId: null }]);
    expect(await account()).toEqual({ domain: null, segment: 'ENT', revenue: '1000000.00', owner: null });
  });

  it('moves the forecast category to the new stage default unless the row sends one', async () => {
    await upsert('opportunities', [fullDeal('OPP-CAT', { forecastCategory: 'PIPELINE' })]);
    await upsert('opportunities', [{ externalId: 'OPP-CAT', closeDate: '2026-04-30' }]);
    expect(await deal('OPP-CAT')).toMatchObject({ stage: 'PROPOSAL', category: 'PIPELINE' });
    await upsert('opportunities', [{ externalId: 'OPP-CAT', stage: 'NEGOTIATION' }]);
    expect(await deal('OPP-CAT')).toMatchObject({ stage: 'NEGOTIATION', category: 'COMMIT' });
  });

  it('requires every required field of a new deal', async () => {
    const p = await upsert('opportunities', [{ externalId: 'OPP-NEW', name: 'Only a name' }]);
    expect(p.created).toBe(0);
    expect(p.userErrors.map((e) => e.field?.join('.')).sort()).toEqual([
      'input.rows.0.accountExternalId',
      'input.rows.0.closeDate',
      'input.rows.0.createdDate',
      'input.rows.0.ownerExternalId',
      'input.rows.0.stage',
      'input.rows.0.type',
    ]);
  });

  it('keeps a rep manager and ramp, and a product flag, when the row leaves them out', async () => {
    await upsert('reps', [{ externalId: 'AE-1', region: 'EMEA' }]);
    const [rep] = await db.sql.query<Record<string, unknown>>(
      `SELECT r.region, r."rampMonths", m."externalId" AS manager FROM "Rep" r LEFT JOIN "Rep" m ON m.id = r."managerId"
        WHERE r."organizationId" = $1 AND r."externalId" = 'AE-1'`,
      [orgId],
    );
    expect(rep).toEqual({ region: 'EMEA', rampMonths: 5, manager: 'MGR-1' });

    await upsert('products', [{ externalId: 'PRD-CORE', active: false }]);
    await upsert('products', [{ externalId: 'PRD-CORE', listPrice: '110.00' }]);
    const [product] = await db.sql.query<Record<string, unknown>>(
      `SELECT active, "listPrice"::text AS price, "editionRank" FROM "Product" WHERE "organizationId" = $1 AND "externalId" = 'PRD-CORE'`,
      [orgId],
    );
    expect(product).toEqual({ active: false, price: '110.00', editionRank: 1 });
  });
});

describe("the SDK's partialRow", () => {
  it('sends only what changed since the last sync, and null for a field that went away', async () => {
    const previous = fullDeal('OPP-SDK');
    await upsert('opportunities', [previous]);
    const { splits: _, ...withoutSplits } = previous;
    const next = { ...withoutSplits, closeDate: '2026-06-30' };
    const row = partialRow<Record<string, unknown>>(previous, next);
    expect(row).toEqual({ externalId: 'OPP-SDK', closeDate: '2026-06-30', splits: null });
    expect(partialRow<Record<string, unknown>>(next, { ...next })).toBeNull();

    expect((await upsert('opportunities', [row as Record<string, unknown>])).userErrors).toEqual([]);
    expect(await deal('OPP-SDK')).toMatchObject({
      closeDate: '2026-06-30',
      splits: null,
      items: 'PRD-ADDON 1.00 x 0.35, PRD-CORE 2.00 x 100.10',
      amount: '200.55',
    });
  });
});

describe('REPLACE', () => {
  it('takes the row as the whole deal: omitted line items and splits are removed', async () => {
    await upsert('opportunities', [fullDeal('OPP-R')]);
    const { lineItems: _, splits: __, ...bare } = fullDeal('OPP-R');
    const replaced = await upsert('opportunities', [{ ...bare, amount: '900.00' }], 'REPLACE');
    expect(replaced).toMatchObject({ updated: 1, userErrors: [] });
    expect(await deal('OPP-R')).toMatchObject({ amount: '900.00', items: null, splits: null });

    // Without line items and amount, REPLACE refuses the row (the amount is required).
    const refused = await upsert('opportunities', [bare], 'REPLACE');
    expect(refused.userErrors.map((e) => `${e.field?.join('.')}: ${e.code}`)).toEqual([
      'input.rows.0.amount: REQUIRED',
    ]);
  });
});

describe('concurrent partial updates', () => {
  it('of different fields of one deal both survive', async () => {
    await upsert('opportunities', [fullDeal('OPP-RACE')]);
    // quantity x 12.50, worked out by hand for rounds 1 to 5 (quantities 11 to 15).
    const amounts = ['137.50', '150.00', '162.50', '175.00', '187.50'];
    for (let round = 1; round <= 5; round++) {
      const name = `Race round ${round}`;
      const closeDate = `2026-0${round + 3}-15`;
      const quantity = String(round + 10);
      // Three calls at once, each carrying one field: the name, the close date, the line items.
      const results = await Promise.all([
        upsert('opportunities', [{ externalId: 'OPP-RACE', name }]),
        upsert('opportunities', [{ externalId: 'OPP-RACE', closeDate }]),
        upsert('opportunities', [
          { externalId: 'OPP-RACE', lineItems: [{ productExternalId: 'PRD-SEAT', quantity, unitPrice: '12.50' }] },
        ]),
      ]);
      for (const r of results) expect(r).toMatchObject({ updated: 1, userErrors: [] });
      expect(await deal('OPP-RACE')).toMatchObject({
        name,
        closeDate,
        items: `PRD-SEAT ${quantity}.00 x 12.50`,
        amount: amounts[round - 1],
        splits: 'AE-1 REVENUE 0.750000, AE-2 REVENUE 0.250000',
      });
    }
  });
});
