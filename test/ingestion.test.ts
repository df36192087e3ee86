// Ingestion through GraphQL against a real database: valid rows land and each bad row is reported
// on its field; values are checked in SQL against numbers worked out by hand; re-sending is
// idempotent; a 1,000-row call works in a constant number of statements; idempotency keys replay
// without writing; a database failure in the middle of a call leaves nothing behind.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import type { Scope } from '../api/src/access/scopes.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let orgId: number;
let otherOrgId: number;
let orgs = 0;
/** Request headers of the caller (an integration key), and who the audit trail must name. */
let auth: { headers: Record<string, string>; actorType: string; actorId: string };
const issueKey = (scopes: Scope[]) => issueApiKey(db.sql, { organizationId: orgId, name: `ingest ${scopes}`, scopes });

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  // A second organization holds a rep and an account whose externalIds must stay invisible to
  // every organization of the tests.
  otherOrgId = (await db.prisma.organization.create({ data: { name: 'Other Co', slug: 'other' } })).id;
  await db.prisma.rep.create({
    data: {
      organizationId: otherOrgId,
      externalId: 'ELSEWHERE',
      name: 'Other',
      email: 'other@else.test',
      role: 'AE',
      region: 'NA',
      hireDate: new Date('2025-01-01T00:00:00Z'),
    },
  });
  await db.prisma.account.create({
    data: {
      organizationId: otherOrgId,
      externalId: 'ACC-OTHER',
      name: 'Other',
      industry: 'Retail',
      country: 'US',
      region: 'NA',
      employees: 5,
      segment: 'SMB',
    },
  });
});
// Each test starts from an empty organization of its own and writes what it needs first, so it
// runs alone (`-t`) and in any order.
beforeEach(async () => {
  orgs += 1;
  orgId = (await db.prisma.organization.create({ data: { name: `Ingest Co ${orgs}`, slug: `ingest-${orgs}` } })).id;
  // An integration key: the ingestion scope and nothing else, not bound to a rep.
  const key = await issueKey(['write:ingest']);
  auth = { headers: { authorization: `Bearer ${key.token}` }, actorType: 'API_KEY', actorId: `key:${key.id}` };
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}
interface Payload {
  created: number;
  updated: number;
  unchanged: number;
  replayed: boolean;
  results: { index: number; externalId: string; id: string; status: string }[];
  userErrors: UserError[];
}

const PAYLOAD =
  'created updated unchanged replayed results { index externalId id status } userErrors { code message field }';
const MUTATIONS = {
  reps: ['upsertReps', 'UpsertRepsInput'],
  accounts: ['upsertAccounts', 'UpsertAccountsInput'],
  products: ['upsertProducts', 'UpsertProductsInput'],
  opportunities: ['upsertOpportunities', 'UpsertOpportunitiesInput'],
} as const;

async function upsert(
  kind: keyof typeof MUTATIONS,
  rows: Record<string, unknown>[],
  idempotencyKey?: string,
  mode?: 'MERGE' | 'REPLACE',
): Promise<Payload> {
  const [field, type] = MUTATIONS[kind];
  const res = await client.request<Record<string, Payload>>(
    `mutation($input: ${type}!) { ${field}(input: $input) { ${PAYLOAD} } }`,
    { input: { rows, idempotencyKey, mode } },
    auth.headers,
  );
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data?.[field] as Payload;
}

/** The errors as `path: code`, sorted, for exact comparison. */
const errorPaths = (p: Payload) => p.userErrors.map((e) => `${e.field?.join('.')}: ${e.code}`).sort();

async function count(table: string, where = `"organizationId" = ${Number(orgId)}`): Promise<number> {
  const [row] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`);
  return Number(row?.n);
}

async function idOf(table: string, externalId: string): Promise<number> {
  const [row] = await db.sql.query<{ id: number }>(
    `SELECT id FROM "${table}" WHERE "organizationId" = $1 AND "externalId" = $2`,
    [orgId, externalId],
  );
  if (!row) throw new Error(`no ${table} ${externalId}`);
  return row.id;
}

const TABLES = [
  'Rep',
  'Account',
  'Product',
  'Opportunity',
  'OpportunityLineItem',
  'OpportunitySplit',
  'OpportunityHistory',
  'AuditEvent',
  'IdempotencyRecord',
] as const;
async function counts(): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const t of TABLES) out[t] = await count(t, 'true');
  return out;
}

const rep = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: `Rep ${externalId}`,
  email: `${externalId.toLowerCase()}@ingest.test`,
  role: 'AE',
  region: 'NA',
  hireDate: '2025-02-01',
  ...extra,
});

const acc = (externalId: string, employees: number, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: `Account ${externalId}`,
  industry: 'Software',
  country: 'us',
  region: 'NA',
  employees,
  ...extra,
});

const deal = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  name: `Deal ${externalId}`,
  accountExternalId: 'ACC-200',
  ownerExternalId: 'AE-1',
  type: 'NEW_BUSINESS',
  stage: 'PROPOSAL',
  createdDate: '2026-01-10',
  closeDate: '2026-03-31',
  lineItems: [
    { productExternalId: 'PRD-CORE', quantity: '2', unitPrice: '100.10' },
    { productExternalId: 'PRD-ADDON', quantity: '1', unitPrice: '0.35' },
  ],
  ...extra,
});

/** What a test starts from, written through the same mutations a partner calls. */
const given = {
  /** VP <- MGR-1 <- AE-1 <- AE-2, and an overlay rep with no manager. */
  async reps() {
    const p = await upsert('reps', [
      rep('VP', { role: 'EXECUTIVE', rampMonths: 0 }),
      rep('MGR-1', { role: 'MANAGER', managerExternalId: 'VP' }),
      rep('AE-1', { managerExternalId: 'MGR-1' }),
      rep('AE-2', { managerExternalId: 'AE-1' }),
      rep('OVERLAY-1', { role: 'SE' }),
    ]);
    expect(p.userErrors).toEqual([]);
  },
  async accounts() {
    const p = await upsert('accounts', [acc('ACC-2000', 2000), acc('ACC-200', 200), acc('ACC-1999', 1999)]);
    expect(p.userErrors).toEqual([]);
  },
  async products() {
    const p = await upsert('products', [
      { externalId: 'PRD-CORE', name: 'Core', family: 'Platform', listPrice: '100.10' },
      { externalId: 'PRD-ADDON', name: 'Add-on', family: 'Platform', listPrice: '0.35', active: false },
      { externalId: 'PRD-SEAT', name: 'Seat', family: 'Seats', listPrice: '12' },
    ]);
    expect(p.userErrors).toEqual([]);
  },
  /** Reps, accounts and products: what every deal refers to. */
  async catalogue() {
    await given.reps();
    await given.accounts();
    await given.products();
  },
};

describe('upsertReps', () => {
  it('writes a hierarchy whose managers may come later in the same call, and reports each bad row', async () => {
    const rows = [
      rep('AE-1', { managerExternalId: 'MGR-1' }), // 0: manager is a later row
      rep('MGR-1', { role: 'MANAGER', managerExternalId: 'VP' }), // 1
      rep('VP', { role: 'EXECUTIVE', rampMonths: 0 }), // 2
      rep('AE-2', { managerExternalId: 'ELSEWHERE' }), // 3: another organization's rep
      rep('CYC-A', { managerExternalId: 'CYC-B' }), // 4: cycle A -> B -> A
      rep('CYC-B', { managerExternalId: 'CYC-A' }), // 5
      rep('SELF', { managerExternalId: 'SELF' }), // 6: own manager
      rep('AE-3', { terminationDate: '2025-01-31' }), // 7: leaves before joining
      rep('AE-4', { name: '  ', email: 'ae-1@ingest.test' }), // 8: no name, AE-1's email
      rep('AE-5', { rampMonths: 61 }), // 9
      rep('AE-6', { managerExternalId: 'CYC-A' }), // 10: manager rejected and not stored
      { externalId: 'AE-7', name: 'No Role', email: 'ae7@ingest.test', region: 'NA' }, // 11: no role, no hireDate
    ];
    const p = await upsert('reps', rows);
    expect(errorPaths(p)).toEqual(
      [
        'input.rows.3.managerExternalId: NOT_FOUND',
        'input.rows.4.managerExternalId: INVALID',
        'input.rows.5.managerExternalId: INVALID',
        'input.rows.6.managerExternalId: INVALID',
        'input.rows.7.terminationDate: INVALID',
        'input.rows.8.name: REQUIRED',
        'input.rows.8.email: DUPLICATE',
        'input.rows.0.email: DUPLICATE',
        'input.rows.9.rampMonths: OUT_OF_RANGE',
        'input.rows.10.managerExternalId: NOT_FOUND',
        'input.rows.11.role: REQUIRED',
        'input.rows.11.hireDate: REQUIRED',
      ].sort(),
    );
    // AE-1 shares its email with row 8, so both are refused; MGR-1 and VP land.
    expect(p.results.map((r) => [r.index, r.externalId, r.status])).toEqual([
      [1, 'MGR-1', 'CREATED'],
      [2, 'VP', 'CREATED'],
    ]);
    expect(p.created).toBe(2);

    const stored = await db.sql.query<{ externalId: string; manager: string | null; rampMonths: number; role: string }>(
      `SELECT r."externalId", m."externalId" AS manager, r."rampMonths", r.role::text AS role
       FROM "Rep" r LEFT JOIN "Rep" m ON m.id = r."managerId"
       WHERE r."organizationId" = $1 ORDER BY r."externalId"`,
      [orgId],
    );
    expect(stored).toEqual([
      { externalId: 'MGR-1', manager: 'VP', rampMonths: 3, role: 'MANAGER' },
      { externalId: 'VP', manager: null, rampMonths: 0, role: 'EXECUTIVE' },
    ]);
    for (const r of p.results) expect(r.id).toBe(toGlobalId('Rep', await idOf('Rep', r.externalId)));
  });

  it('links to stored reps, refuses a cycle through stored rows and an email held by another rep', async () => {
    await upsert('reps', [
      rep('VP', { role: 'EXECUTIVE', rampMonths: 0 }),
      rep('MGR-1', { role: 'MANAGER', managerExternalId: 'VP' }),
    ]);
    const p = await upsert('reps', [
      rep('AE-1', { managerExternalId: 'MGR-1' }), // 0
      rep('AE-2', { managerExternalId: 'AE-1' }), // 1: manager earlier in the call
      rep('VP', { role: 'EXECUTIVE', rampMonths: 0, managerExternalId: 'MGR-1' }), // 2: MGR-1 reports to VP: cycle
      rep('AE-8', { email: 'mgr-1@ingest.test' }), // 3: MGR-1's stored email
      rep('OVERLAY-1', { role: 'SE' }), // 4
    ]);
    expect(errorPaths(p)).toEqual(['input.rows.2.managerExternalId: INVALID', 'input.rows.3.email: DUPLICATE']);
    expect(p.results.map((r) => `${r.externalId}:${r.status}`)).toEqual([
      'AE-1:CREATED',
      'AE-2:CREATED',
      'OVERLAY-1:CREATED',
    ]);
    const links = await db.sql.query<{ externalId: string; manager: string | null }>(
      `SELECT r."externalId", m."externalId" AS manager FROM "Rep" r LEFT JOIN "Rep" m ON m.id = r."managerId"
       WHERE r."organizationId" = $1 ORDER BY r."externalId"`,
      [orgId],
    );
    expect(links).toEqual([
      { externalId: 'AE-1', manager: 'MGR-1' },
      { externalId: 'AE-2', manager: 'AE-1' },
      { externalId: 'MGR-1', manager: 'VP' },
      { externalId: 'OVERLAY-1', manager: null },
      { externalId: 'VP', manager: null },
    ]);
    expect(await count('Rep', `"organizationId" = ${otherOrgId}`)).toBe(1);
  });
});

describe('upsertAccounts', () => {
  it('derives the segment from employees, resolves owners and parents, and reports each bad row', async () => {
    await given.reps();
    const p = await upsert('accounts', [
      acc('ACC-199', 199, { ownerExternalId: 'AE-1', parentExternalId: 'ACC-2000' }), // 0: parent later in call
      acc('ACC-200', 200, { annualRevenue: '1250000.50', domain: 'Example.COM' }), // 1
      acc('ACC-1999', 1999), // 2
      acc('ACC-2000', 2000, { ownerExternalId: 'MGR-1' }), // 3
      acc('ACC-BAD-OWNER', 10, { ownerExternalId: 'ELSEWHERE' }), // 4
      acc('ACC-NEG', 10, { annualRevenue: '-1.00' }), // 5
      acc('ACC-LOOP-1', 10, { parentExternalId: 'ACC-LOOP-2' }), // 6
      acc('ACC-LOOP-2', 10, { parentExternalId: 'ACC-LOOP-1' }), // 7
      acc('ACC-PARENT-OTHER', 10, { parentExternalId: 'ACC-OTHER' }), // 8: another organization's account
      acc('ACC-COUNTRY', 10, { country: 'Germany' }), // 9
      acc('ACC-NEG-EMP', -5), // 10
    ]);
    expect(errorPaths(p)).toEqual(
      [
        'input.rows.4.ownerExternalId: NOT_FOUND',
        'input.rows.5.annualRevenue: OUT_OF_RANGE',
        'input.rows.6.parentExternalId: INVALID',
        'input.rows.7.parentExternalId: INVALID',
        'input.rows.8.parentExternalId: NOT_FOUND',
        'input.rows.9.country: INVALID',
        'input.rows.10.employees: OUT_OF_RANGE',
      ].sort(),
    );
    expect(p.created).toBe(4);
    const rows = await db.sql.query<Record<string, unknown>>(
      `SELECT a."externalId", a.segment::text AS segment, a.country, a.domain, a."annualRevenue"::text AS revenue,
              o."externalId" AS owner, pa."externalId" AS parent
       FROM "Account" a LEFT JOIN "Rep" o ON o.id = a."ownerId" LEFT JOIN "Account" pa ON pa.id = a."parentId"
       WHERE a."organizationId" = $1 ORDER BY a.employees`,
      [orgId],
    );
    expect(rows).toEqual([
      {
        externalId: 'ACC-199',
        segment: 'SMB',
        country: 'US',
        domain: null,
        revenue: null,
        owner: 'AE-1',
        parent: 'ACC-2000',
      },
      {
        externalId: 'ACC-200',
        segment: 'MID',
        country: 'US',
        domain: 'example.com',
        revenue: '1250000.50',
        owner: null,
        parent: null,
      },
      { externalId: 'ACC-1999', segment: 'MID', country: 'US', domain: null, revenue: null, owner: null, parent: null },
      {
        externalId: 'ACC-2000',
        segment: 'ENT',
        country: 'US',
        domain: null,
        revenue: null,
        owner: 'MGR-1',
        parent: null,
      },
    ]);
  });

  it('moves an account across a segment boundary on update', async () => {
    await given.accounts();
    const p = await upsert('accounts', [
      {
        externalId: 'ACC-1999',
        name: 'Account ACC-1999',
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 2000,
      },
    ]);
    expect(p.results.map((r) => r.status)).toEqual(['UPDATED']);
    const [row] = await db.sql.query<{ segment: string }>(
      `SELECT segment::text FROM "Account" WHERE "organizationId" = $1 AND "externalId" = 'ACC-1999'`,
      [orgId],
    );
    expect(row?.segment).toBe('ENT');
  });
});

describe('upsertProducts', () => {
  it('writes valid products and refuses negative, over-precise and missing prices, and duplicate keys', async () => {
    const p = await upsert('products', [
      { externalId: 'PRD-CORE', name: 'Core', family: 'Platform', listPrice: '100.10' }, // 0
      { externalId: 'PRD-ADDON', name: 'Add-on', family: 'Platform', listPrice: '0.35', active: false }, // 1
      { externalId: 'PRD-SEAT', name: 'Seat', family: 'Seats', listPrice: '12' }, // 2
      { externalId: 'PRD-NEG', name: 'Neg', family: 'Platform', listPrice: '-0.01' }, // 3
      { externalId: 'PRD-MILLS', name: 'Mills', family: 'Platform', listPrice: '1.005' }, // 4
      { externalId: 'PRD-DUP', name: 'Dup 1', family: 'Platform', listPrice: '1' }, // 5
      { externalId: 'PRD-DUP', name: 'Dup 2', family: 'Platform', listPrice: '2' }, // 6
      { externalId: 'PRD-NOPRICE', name: 'No price', family: 'Platform' }, // 7
      { name: 'No key', family: 'Platform', listPrice: '1' }, // 8
    ]);
    expect(errorPaths(p)).toEqual(
      [
        'input.rows.3.listPrice: OUT_OF_RANGE',
        'input.rows.4.listPrice: INVALID',
        'input.rows.5.externalId: DUPLICATE',
        'input.rows.6.externalId: DUPLICATE',
        'input.rows.7.listPrice: REQUIRED',
        'input.rows.8.externalId: REQUIRED',
      ].sort(),
    );
    const rows = await db.sql.query<Record<string, unknown>>(
      `SELECT "externalId", "listPrice"::text AS price, active FROM "Product" WHERE "organizationId" = $1 ORDER BY "externalId"`,
      [orgId],
    );
    expect(rows).toEqual([
      { externalId: 'PRD-ADDON', price: '0.35', active: false },
      { externalId: 'PRD-CORE', price: '100.10', active: true },
      { externalId: 'PRD-SEAT', price: '12.00', active: true },
    ]);
  });

  it('refuses more rows than the maximum, and none, on input.rows', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({
      externalId: `P-${i}`,
      name: 'P',
      family: 'F',
      listPrice: '1',
    }));
    const before = await count('Product');
    for (const rows of [many, []]) {
      const p = await upsert('products', rows);
      expect(p.userErrors).toHaveLength(1);
      expect(p.userErrors[0]).toMatchObject({ code: 'OUT_OF_RANGE', field: ['input', 'rows'] });
      expect(p.results).toEqual([]);
    }
    expect(await count('Product')).toBe(before);
  });
});

// ---------------------------------------------------------------- opportunities

describe('upsertOpportunities', () => {
  it('computes amounts exactly, writes line items, splits and a first history row, and reports each bad row', async () => {
    await given.catalogue();
    const p = await upsert('opportunities', [
      deal('OPP-1', {
        splits: [
          { repExternalId: 'AE-1', percent: '0.6', splitType: 'REVENUE' },
          { repExternalId: 'AE-2', percent: '0.4', splitType: 'REVENUE' },
          { repExternalId: 'OVERLAY-1', percent: '1', splitType: 'OVERLAY' },
        ],
      }), // 0
      deal('OPP-2', { amount: '200.55' }), // 1: explicit amount equal to the sum
      deal('OPP-3', {
        lineItems: [],
        amount: '5000',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        closeDate: '2026-02-15',
      }), // 2: no line items, explicit amount
      deal('OPP-BAD-ACCOUNT', { accountExternalId: 'ACC-OTHER' }), // 3: another organization's account
      deal('OPP-BAD-OWNER', { ownerExternalId: 'NOBODY' }), // 4
      deal('OPP-BAD-PRODUCT', {
        lineItems: [
          { productExternalId: 'PRD-CORE', quantity: '1', unitPrice: '1' },
          { productExternalId: 'PRD-NONE', quantity: '1', unitPrice: '1' },
        ],
      }), // 5
      deal('OPP-NEG-PRICE', { lineItems: [{ productExternalId: 'PRD-CORE', quantity: '1', unitPrice: '-5' }] }), // 6
      deal('OPP-DATES', { createdDate: '2026-04-01', closeDate: '2026-03-31' }), // 7
      deal('OPP-SPLITS', {
        splits: [
          { repExternalId: 'AE-1', percent: '0.5', splitType: 'REVENUE' },
          { repExternalId: 'AE-2', percent: '0.4', splitType: 'REVENUE' },
        ],
      }), // 8: revenue splits total 0.9
      deal('OPP-DUP'), // 9
      deal('OPP-DUP'), // 10
      deal('OPP-NONAME', { name: null }), // 11
      deal('OPP-AMOUNT', { amount: '200.50' }), // 12: differs from 200.55
      deal('OPP-WON-COMMIT', { stage: 'CLOSED_WON', forecastCategory: 'COMMIT' }), // 13
      deal('OPP-NO-AMOUNT', { lineItems: [] }), // 14
      deal('OPP-SPLIT-REP', { splits: [{ repExternalId: 'NOBODY', percent: '1', splitType: 'REVENUE' }] }), // 15
      deal('OPP-NEG-AMOUNT', { lineItems: [], amount: '-1' }), // 16
      deal('OPP-HALF-CENT', { lineItems: [{ productExternalId: 'PRD-CORE', quantity: '1.5', unitPrice: '0.33' }] }), // 17
    ]);
    expect(errorPaths(p)).toEqual(
      [
        'input.rows.3.accountExternalId: NOT_FOUND',
        'input.rows.4.ownerExternalId: NOT_FOUND',
        'input.rows.5.lineItems.1.productExternalId: NOT_FOUND',
        'input.rows.6.lineItems.0.unitPrice: OUT_OF_RANGE',
        'input.rows.7.closeDate: INVALID',
        'input.rows.8.splits: INVALID',
        'input.rows.9.externalId: DUPLICATE',
        'input.rows.10.externalId: DUPLICATE',
        'input.rows.11.name: REQUIRED',
        'input.rows.12.amount: INVALID',
        'input.rows.13.forecastCategory: INVALID',
        'input.rows.14.amount: REQUIRED',
        'input.rows.15.splits.0.repExternalId: NOT_FOUND',
        'input.rows.16.amount: OUT_OF_RANGE',
        'input.rows.17.lineItems.0: INVALID',
      ].sort(),
    );
    expect(p.results.map((r) => `${r.index}:${r.externalId}:${r.status}`)).toEqual([
      '0:OPP-1:CREATED',
      '1:OPP-2:CREATED',
      '2:OPP-3:CREATED',
    ]);

    // 2 x 100.10 + 1 x 0.35 = 200.55, worked out by hand.
    const opps = await db.sql.query<Record<string, unknown>>(
      `SELECT "externalId", amount::text AS amount, stage::text AS stage, "forecastCategory"::text AS category
       FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY "externalId"`,
      [orgId],
    );
    expect(opps).toEqual([
      { externalId: 'OPP-1', amount: '200.55', stage: 'PROPOSAL', category: 'BEST_CASE' },
      { externalId: 'OPP-2', amount: '200.55', stage: 'PROPOSAL', category: 'BEST_CASE' },
      { externalId: 'OPP-3', amount: '5000.00', stage: 'CLOSED_WON', category: 'CLOSED' },
    ]);
    const items = await db.sql.query<Record<string, unknown>>(
      `SELECT p."externalId" AS product, li.quantity::text AS quantity, li."unitPrice"::text AS price,
              li."totalPrice"::text AS total
       FROM "OpportunityLineItem" li JOIN "Product" p ON p.id = li."productId"
       WHERE li."opportunityId" = $1 ORDER BY p."externalId"`,
      [await idOf('Opportunity', 'OPP-1')],
    );
    expect(items).toEqual([
      { product: 'PRD-ADDON', quantity: '1.00', price: '0.35', total: '0.35' },
      { product: 'PRD-CORE', quantity: '2.00', price: '100.10', total: '200.20' },
    ]);
    const splits = await db.sql.query<Record<string, unknown>>(
      `SELECT r."externalId" AS rep, s.percent::text AS percent, s."splitType"::text AS type
       FROM "OpportunitySplit" s JOIN "Rep" r ON r.id = s."repId" WHERE s."opportunityId" = $1 ORDER BY r."externalId"`,
      [await idOf('Opportunity', 'OPP-1')],
    );
    expect(splits).toEqual([
      { rep: 'AE-1', percent: '0.600000', type: 'REVENUE' },
      { rep: 'AE-2', percent: '0.400000', type: 'REVENUE' },
      { rep: 'OVERLAY-1', percent: '1.000000', type: 'OVERLAY' },
    ]);
    const history = await db.sql.query<Record<string, unknown>>(
      `SELECT o."externalId", h.amount::text AS amount, h.stage::text AS stage, h."closeDate"::text AS close
       FROM "OpportunityHistory" h JOIN "Opportunity" o ON o.id = h."opportunityId"
       WHERE h."organizationId" = $1 ORDER BY o."externalId"`,
      [orgId],
    );
    expect(history).toEqual([
      { externalId: 'OPP-1', amount: '200.55', stage: 'PROPOSAL', close: '2026-03-31' },
      { externalId: 'OPP-2', amount: '200.55', stage: 'PROPOSAL', close: '2026-03-31' },
      { externalId: 'OPP-3', amount: '5000.00', stage: 'CLOSED_WON', close: '2026-02-15' },
    ]);
  });

  it('is unchanged when the same rows are sent again, and replaces line items and records history on change', async () => {
    await given.catalogue();
    await upsert('opportunities', [
      deal('OPP-1', {
        splits: [
          { repExternalId: 'AE-1', percent: '0.6', splitType: 'REVENUE' },
          { repExternalId: 'AE-2', percent: '0.4', splitType: 'REVENUE' },
          { repExternalId: 'OVERLAY-1', percent: '1', splitType: 'OVERLAY' },
        ],
      }),
      deal('OPP-2'),
    ]);
    // REPLACE mode: each row is the whole deal, so the splits OPP-1's second row leaves out go.
    const same = [
      deal('OPP-1', {
        splits: [
          { repExternalId: 'OVERLAY-1', percent: '1.0', splitType: 'OVERLAY' },
          { repExternalId: 'AE-2', percent: '0.40', splitType: 'REVENUE' },
          { repExternalId: 'AE-1', percent: '0.6', splitType: 'REVENUE' },
        ],
      }),
      deal('OPP-2'),
    ];
    const before = await counts();
    const again = await upsert('opportunities', same);
    expect(again.userErrors).toEqual([]);
    expect(again.results.map((r) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);
    // Nothing written: no duplicates, no history, no audit event.
    expect(await counts()).toEqual(before);

    const changed = await upsert(
      'opportunities',
      [
        deal('OPP-1', {
          stage: 'NEGOTIATION',
          lineItems: [{ productExternalId: 'PRD-SEAT', quantity: '3', unitPrice: '12.50' }],
        }),
        deal('OPP-2', { name: 'Renamed deal' }), // not a tracked field: no history row
      ],
      undefined,
      'REPLACE',
    );
    expect(changed.results.map((r) => r.status)).toEqual(['UPDATED', 'UPDATED']);
    const oppId = await idOf('Opportunity', 'OPP-1');
    expect(changed.results[0]?.id).toBe(toGlobalId('Opportunity', oppId));
    // 3 x 12.50 = 37.50; the default category of NEGOTIATION is COMMIT.
    const [opp] = await db.sql.query<Record<string, unknown>>(
      `SELECT amount::text AS amount, "forecastCategory"::text AS category FROM "Opportunity" WHERE id = $1`,
      [oppId],
    );
    expect(opp).toEqual({ amount: '37.50', category: 'COMMIT' });
    const items = await db.sql.query<Record<string, unknown>>(
      `SELECT "totalPrice"::text AS total FROM "OpportunityLineItem" WHERE "opportunityId" = $1`,
      [oppId],
    );
    expect(items).toEqual([{ total: '37.50' }]);
    expect(await count('OpportunitySplit', `"opportunityId" = ${oppId}`)).toBe(0);
    const history = await db.sql.query<Record<string, unknown>>(
      `SELECT stage::text AS stage, amount::text AS amount FROM "OpportunityHistory" WHERE "opportunityId" = $1 ORDER BY id`,
      [oppId],
    );
    expect(history).toEqual([
      { stage: 'PROPOSAL', amount: '200.55' },
      { stage: 'NEGOTIATION', amount: '37.50' },
    ]);
    expect(await count('OpportunityHistory', `"opportunityId" = ${await idOf('Opportunity', 'OPP-2')}`)).toBe(1);
    expect(await count('Opportunity', 'true')).toBe(before.Opportunity);
  });

  it('writes one audit event per writing call, naming the caller', async () => {
    await given.catalogue();
    const deals = [deal('OPP-1'), deal('OPP-2'), deal('OPP-3', { name: 'Third' })];
    await upsert('opportunities', deals);
    await upsert('opportunities', deals);
    await upsert('opportunities', [deal('OPP-1', { stage: 'NEGOTIATION' }), deal('OPP-2', { name: 'Renamed deal' })]);
    const events = await db.sql.query<Record<string, unknown>>(
      `SELECT action, "entityType", "entityId", "actorType", "actorId", after FROM "AuditEvent"
       WHERE "organizationId" = $1 AND action = 'opportunities.upsert' ORDER BY id`,
      [orgId],
    );
    // Three calls: the first created 3, the repeat wrote nothing, the third updated 2.
    expect(events.map((e) => (e.after as { created: number }).created)).toEqual([3, 0]);
    expect(events[1]).toMatchObject({
      entityType: 'Opportunity',
      entityId: 'bulk',
      actorType: auth.actorType,
      actorId: auth.actorId,
      after: { created: 0, updated: 2, externalIds: ['OPP-1', 'OPP-2'] },
    });
  });
});

// ---------------------------------------------------------------- scale

function bulkDeals(prefix: string, n: number) {
  const products = ['PRD-CORE', 'PRD-ADDON', 'PRD-SEAT'];
  return Array.from({ length: n }, (_, i) => ({
    externalId: `${prefix}-${i}`,
    name: `Bulk ${prefix} ${i}`,
    accountExternalId: i % 2 ? 'ACC-200' : 'ACC-2000',
    ownerExternalId: i % 3 ? 'AE-1' : 'AE-2',
    type: 'EXPANSION',
    stage: 'DISCOVERY',
    createdDate: '2026-01-05',
    closeDate: '2026-06-30',
    // quantity (i % 5) + 1 at (i % 100) + 0.25 for each of three products: cents computed below.
    lineItems: products.map((productExternalId, j) => ({
      productExternalId,
      quantity: String((i % 5) + 1 + j),
      unitPrice: `${i % 100}.${String(25 + j).padStart(2, '0')}`,
    })),
    splits: [
      { repExternalId: 'AE-1', percent: '0.5', splitType: 'REVENUE' },
      { repExternalId: 'AE-2', percent: '0.5', splitType: 'REVENUE' },
    ],
  }));
}

/** Sum of amounts in cents, as integers (independent of the service's Decimal arithmetic). */
function expectedCents(rows: ReturnType<typeof bulkDeals>): bigint {
  let cents = 0n;
  for (const r of rows) {
    for (const l of r.lineItems) {
      const [whole, frac] = l.unitPrice.split('.') as [string, string];
      cents += BigInt(l.quantity) * (BigInt(whole) * 100n + BigInt(frac));
    }
  }
  return cents;
}

describe('a 1,000-row call', () => {
  it('lands in a constant number of statements, with exact totals', async () => {
    await given.catalogue();
    const small = bulkDeals('SMALL', 10);
    let q = db.queryCount();
    const p10 = await upsert('opportunities', small);
    const smallQueries = db.queryCount() - q;
    expect(p10.created).toBe(10);

    const big = bulkDeals('BIG', 1000);
    q = db.queryCount();
    const p = await upsert('opportunities', big);
    const bigQueries = db.queryCount() - q;
    expect(p.userErrors).toEqual([]);
    expect(p.created).toBe(1000);
    expect(bigQueries).toBe(smallQueries);
    expect(bigQueries).toBeLessThan(25);
    // Speed is bench:ingestion's to show (docs/benchmarks.md); the statement count is the guard here.

    expect(await count('Opportunity', `"organizationId" = ${orgId} AND "externalId" LIKE 'BIG-%'`)).toBe(1000);
    const [totals] = await db.sql.query<{
      amount: string;
      items: string;
      lines: number;
      splits: number;
      history: number;
    }>(
      `SELECT (SELECT sum(amount)::text FROM "Opportunity" o WHERE o."organizationId" = $1 AND o."externalId" LIKE 'BIG-%') AS amount,
              (SELECT sum("totalPrice")::text FROM "OpportunityLineItem" li JOIN "Opportunity" o ON o.id = li."opportunityId"
                 WHERE o."externalId" LIKE 'BIG-%' AND o."organizationId" = $1) AS items,
              (SELECT count(*)::int FROM "OpportunityLineItem" li JOIN "Opportunity" o ON o.id = li."opportunityId"
                 WHERE o."externalId" LIKE 'BIG-%' AND o."organizationId" = $1) AS lines,
              (SELECT count(*)::int FROM "OpportunitySplit" s JOIN "Opportunity" o ON o.id = s."opportunityId"
                 WHERE o."externalId" LIKE 'BIG-%' AND o."organizationId" = $1) AS splits,
              (SELECT count(*)::int FROM "OpportunityHistory" h JOIN "Opportunity" o ON o.id = h."opportunityId"
                 WHERE o."externalId" LIKE 'BIG-%' AND o."organizationId" = $1) AS history`,
      [orgId],
    );
    const cents = expectedCents(big);
    const expected = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    expect(totals).toEqual({ amount: expected, items: expected, lines: 3000, splits: 2000, history: 1000 });

    // Re-sending all 1,000 writes nothing.
    const before = await counts();
    const again = await upsert('opportunities', big);
    expect(again.unchanged).toBe(1000);
    expect(await counts()).toEqual(before);
  });
});

describe('line items and splits of a stored deal', () => {
  it('take new values in place, keeping their ids; only what cannot be paired is deleted or inserted', async () => {
    await given.catalogue();
    const items = async (oppId: number) =>
      db.sql.query<{ id: number; product: string; quantity: string; unitPrice: string; total: string }>(
        `SELECT l.id, p."externalId" AS product, l.quantity::text AS quantity, l."unitPrice"::text AS "unitPrice",
                l."totalPrice"::text AS total
           FROM "OpportunityLineItem" l JOIN "Product" p ON p.id = l."productId"
          WHERE l."opportunityId" = $1 ORDER BY l.id`,
        [oppId],
      );
    const splits = async (oppId: number) =>
      db.sql.query<{ id: number; rep: string; percent: string }>(
        `SELECT s.id, r."externalId" AS rep, s.percent::text AS percent
           FROM "OpportunitySplit" s JOIN "Rep" r ON r.id = s."repId" WHERE s."opportunityId" = $1 ORDER BY s.id`,
        [oppId],
      );
    const amount = async (oppId: number) =>
      (
        await db.sql.query<{ amount: string }>(`SELECT amount::text AS amount FROM "Opportunity" WHERE id = $1`, [
          oppId,
        ])
      )[0]?.amount;

    const created = await upsert('opportunities', [
      deal('OPP-INPLACE', {
        lineItems: [
          { productExternalId: 'PRD-CORE', quantity: '2', unitPrice: '100.10' },
          { productExternalId: 'PRD-ADDON', quantity: '1', unitPrice: '0.35' },
          { productExternalId: 'PRD-SEAT', quantity: '4', unitPrice: '12' },
        ],
        splits: [
          { repExternalId: 'AE-1', percent: '0.6', splitType: 'REVENUE' },
          { repExternalId: 'AE-2', percent: '0.4', splitType: 'REVENUE' },
        ],
      }),
    ]);
    expect(created.userErrors).toEqual([]);
    const oppId = await idOf('Opportunity', 'OPP-INPLACE');
    const [core, addon, seat] = await items(oppId);
    const [ae1, ae2] = await splits(oppId);
    // 2 x 100.10 + 1 x 0.35 + 4 x 12.00 = 200.20 + 0.35 + 48.00
    expect(await amount(oppId)).toBe('248.55');

    // CORE gets a new quantity, SEAT 4 x 12 stays, ADDON goes and a second SEAT line comes: the
    // ADDON row takes it. The splits keep their reps and get new percents.
    const moved = await upsert('opportunities', [
      deal('OPP-INPLACE', {
        lineItems: [
          { productExternalId: 'PRD-CORE', quantity: '3', unitPrice: '100.10' },
          { productExternalId: 'PRD-SEAT', quantity: '4', unitPrice: '12.00' },
          { productExternalId: 'PRD-SEAT', quantity: '1', unitPrice: '11' },
        ],
        splits: [
          { repExternalId: 'AE-1', percent: '0.7', splitType: 'REVENUE' },
          { repExternalId: 'AE-2', percent: '0.3', splitType: 'REVENUE' },
        ],
      }),
    ]);
    expect(moved.results.map((r) => r.status)).toEqual(['UPDATED']);
    expect(await items(oppId)).toEqual([
      { id: core?.id, product: 'PRD-CORE', quantity: '3.00', unitPrice: '100.10', total: '300.30' },
      { id: addon?.id, product: 'PRD-SEAT', quantity: '1.00', unitPrice: '11.00', total: '11.00' },
      { id: seat?.id, product: 'PRD-SEAT', quantity: '4.00', unitPrice: '12.00', total: '48.00' },
    ]);
    expect(await splits(oppId)).toEqual([
      { id: ae1?.id, rep: 'AE-1', percent: '0.700000' },
      { id: ae2?.id, rep: 'AE-2', percent: '0.300000' },
    ]);
    expect(await amount(oppId)).toBe('359.30'); // 300.30 + 11.00 + 48.00

    // Fewer lines and splits: the ones that go are deleted, CORE and AE-1 keep their rows.
    await upsert('opportunities', [
      deal('OPP-INPLACE', {
        lineItems: [{ productExternalId: 'PRD-CORE', quantity: '3', unitPrice: '100.10' }],
        splits: [{ repExternalId: 'AE-1', percent: '1', splitType: 'REVENUE' }],
      }),
    ]);
    expect(await items(oppId)).toEqual([
      { id: core?.id, product: 'PRD-CORE', quantity: '3.00', unitPrice: '100.10', total: '300.30' },
    ]);
    expect(await splits(oppId)).toEqual([{ id: ae1?.id, rep: 'AE-1', percent: '1.000000' }]);
    expect(await amount(oppId)).toBe('300.30');

    // More lines and a split on another rep: inserted as new rows.
    const [{ last } = { last: 0 }] = await db.sql.query<{ last: number }>(
      'SELECT max(id) AS last FROM "OpportunityLineItem"',
    );
    await upsert('opportunities', [
      deal('OPP-INPLACE', {
        lineItems: [
          { productExternalId: 'PRD-CORE', quantity: '3', unitPrice: '100.10' },
          { productExternalId: 'PRD-ADDON', quantity: '2', unitPrice: '0.35' },
        ],
        splits: [
          { repExternalId: 'AE-1', percent: '1', splitType: 'REVENUE' },
          { repExternalId: 'OVERLAY-1', percent: '0.5', splitType: 'OVERLAY' },
        ],
      }),
    ]);
    const after = await items(oppId);
    expect(after.map((l) => [l.product, l.total])).toEqual([
      ['PRD-CORE', '300.30'],
      ['PRD-ADDON', '0.70'],
    ]);
    expect(after[0]?.id).toBe(core?.id);
    expect(Number(after[1]?.id)).toBeGreaterThan(Number(last));
    expect((await splits(oppId)).map((s) => [s.rep, s.percent])).toEqual([
      ['AE-1', '1.000000'],
      ['OVERLAY-1', '0.500000'],
    ]);
    expect(await amount(oppId)).toBe('301.00'); // 300.30 + 0.70

    // One history row per amount the deal had, stamped at each call.
    const history = await db.sql.query<{ amount: string }>(
      'SELECT amount::text AS amount FROM "OpportunityHistory" WHERE "opportunityId" = $1 ORDER BY "changedAt"',
      [oppId],
    );
    expect(history.map((h) => h.amount)).toEqual(['248.55', '359.30', '300.30', '301.00']);
  });

  it('of equal stored lines, change the first one; an unchanged list writes nothing', async () => {
    await given.catalogue();
    const items = async (oppId: number) =>
      db.sql.query<{ id: number; product: string; quantity: string; unitPrice: string }>(
        `SELECT l.id, p."externalId" AS product, l.quantity::text AS quantity, l."unitPrice"::text AS "unitPrice"
           FROM "OpportunityLineItem" l JOIN "Product" p ON p.id = l."productId"
          WHERE l."opportunityId" = $1 ORDER BY l.id`,
        [oppId],
      );
    const lines = (second: string) => [
      { productExternalId: 'PRD-CORE', quantity: '1', unitPrice: '10' },
      { productExternalId: 'PRD-CORE', quantity: second, unitPrice: '10' },
      { productExternalId: 'PRD-SEAT', quantity: '1', unitPrice: '5' },
    ];
    const created = await upsert('opportunities', [deal('OPP-TWINS', { lineItems: lines('1') })]);
    expect(created.userErrors).toEqual([]);
    const oppId = await idOf('Opportunity', 'OPP-TWINS');
    const [first, second, seat] = await items(oppId);

    // Sent again as stored: nothing changes.
    const same = await upsert('opportunities', [deal('OPP-TWINS', { lineItems: lines('1.00') })]);
    expect(same.results.map((r) => r.status)).toEqual(['UNCHANGED']);
    expect(await items(oppId)).toEqual([first, second, seat]);

    // The second CORE line becomes 2 x 10. The two stored CORE lines are equal; the multiset
    // comparison keeps the later one and the earlier one takes the new values in place.
    const moved = await upsert('opportunities', [deal('OPP-TWINS', { lineItems: lines('2') })]);
    expect(moved.results.map((r) => r.status)).toEqual(['UPDATED']);
    expect(await items(oppId)).toEqual([
      { id: first?.id, product: 'PRD-CORE', quantity: '2.00', unitPrice: '10.00' },
      { id: second?.id, product: 'PRD-CORE', quantity: '1.00', unitPrice: '10.00' },
      { id: seat?.id, product: 'PRD-SEAT', quantity: '1.00', unitPrice: '5.00' },
    ]);
  });
});

// ---------------------------------------------------------------- idempotency and atomicity

describe('idempotency keys', () => {
  it('replays the stored payload without writing, and refuses the key with other rows', async () => {
    await given.catalogue();
    const rows = [deal('IDEM-1'), deal('IDEM-2', { stage: 'CLOSED_LOST', forecastCategory: 'OMITTED' })];
    const first = await upsert('opportunities', rows, 'sync-2026-11-22-1');
    expect(first.created).toBe(2);
    expect(first.replayed).toBe(false);
    const before = await counts();

    const replay = await upsert('opportunities', rows, 'sync-2026-11-22-1');
    expect(replay.replayed).toBe(true);
    expect({ ...replay, replayed: false }).toEqual(first);
    expect(await counts()).toEqual(before);

    const other = await upsert('opportunities', [deal('IDEM-3')], 'sync-2026-11-22-1');
    expect(other.userErrors).toEqual([
      expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }),
    ]);
    expect(other.results).toEqual([]);
    expect(await counts()).toEqual(before);

    // The same key on another mutation is another key.
    const products = await upsert(
      'products',
      [{ externalId: 'PRD-IDEM', name: 'Idem', family: 'F', listPrice: '1' }],
      'sync-2026-11-22-1',
    );
    expect(products.created).toBe(1);
  });

  it('forgets keys after 24 hours', async () => {
    await given.catalogue();
    await upsert('opportunities', [deal('IDEM-1')], 'sync-2026-11-22-1');
    await db.sql.query(
      `UPDATE "IdempotencyRecord" SET "createdAt" = "createdAt" - interval '25 hours'
       WHERE "organizationId" = $1 AND key = 'sync-2026-11-22-1' AND operation = 'opportunities.upsert'`,
      [orgId],
    );
    const p = await upsert('opportunities', [deal('IDEM-3')], 'sync-2026-11-22-1');
    expect(p.userErrors).toEqual([]);
    expect(p.created).toBe(1);
    expect(
      await count(
        'IdempotencyRecord',
        `"organizationId" = ${Number(orgId)} AND key = 'sync-2026-11-22-1' AND operation = 'opportunities.upsert'`,
      ),
    ).toBe(1);
  });
});

describe('a database failure in the middle of a call', () => {
  it('rolls back every row of the call and returns an error', async () => {
    await given.catalogue();
    await upsert('opportunities', [deal('OPP-2')]);
    // A rule the service does not know about, enforced by the database on the line items, which
    // are written after the deals themselves: the call fails half-way through its statements.
    await db.sql.exec(`ALTER TABLE "OpportunityLineItem" ADD CONSTRAINT test_no_quantity_13 CHECK (quantity <> 13)`);
    try {
      const before = await counts();
      const [oppBefore] = await db.sql.query(
        `SELECT * FROM "Opportunity" WHERE "organizationId" = $1 AND "externalId" = 'OPP-2'`,
        [orgId],
      );
      const res = await client.request<Record<string, Payload>>(
        `mutation($input: UpsertOpportunitiesInput!) { upsertOpportunities(input: $input) { ${PAYLOAD} } }`,
        {
          input: {
            idempotencyKey: 'fails-1',
            rows: [
              deal('ATOMIC-1'),
              deal('OPP-2', { stage: 'NEGOTIATION' }),
              deal('ATOMIC-2', { lineItems: [{ productExternalId: 'PRD-SEAT', quantity: '13', unitPrice: '1' }] }),
              deal('ATOMIC-BAD', { accountExternalId: 'NOWHERE' }),
            ],
          },
        },
        auth.headers,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(res.data?.upsertOpportunities ?? null).toBeNull();
      expect(await counts()).toEqual(before);
      const [oppAfter] = await db.sql.query(
        `SELECT * FROM "Opportunity" WHERE "organizationId" = $1 AND "externalId" = 'OPP-2'`,
        [orgId],
      );
      expect(oppAfter).toEqual(oppBefore);
    } finally {
      await db.sql.exec(`ALTER TABLE "OpportunityLineItem" DROP CONSTRAINT test_no_quantity_13`);
    }
    // Nothing was stored under the key, so the retry goes through.
    const retry = await upsert('opportunities', [deal('ATOMIC-1')], 'fails-1');
    expect(retry.created).toBe(1);
  });
});

describe('authorization', () => {
  it('refuses a key without the write:ingest scope and writes nothing', async () => {
    const key = await issueKey(['read:pipeline', 'read:accounts']);
    const before = await counts();
    const res = await client.request(
      `mutation($input: UpsertProductsInput!) { upsertProducts(input: $input) { created } }`,
      { input: { rows: [{ externalId: 'PRD-NOPE', name: 'Nope', family: 'F', listPrice: '1' }] } },
      { authorization: `Bearer ${key.token}` },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('concurrent calls', () => {
  it('with the same idempotency key write once and both answer with the first result', async () => {
    await given.catalogue();
    const rows = [deal('RACE-1'), deal('RACE-2')];
    const before = await counts();
    const [a, b] = await Promise.all([
      upsert('opportunities', rows, 'race-key'),
      upsert('opportunities', rows, 'race-key'),
    ]);
    expect([a, b].map((p) => p.replayed).sort()).toEqual([false, true]);
    expect({ ...a, replayed: false }).toEqual({ ...b, replayed: false });
    expect(a.created).toBe(2);
    const after = await counts();
    expect(after.Opportunity - before.Opportunity).toBe(2);
    expect(after.OpportunityLineItem - before.OpportunityLineItem).toBe(4);
    // The call's summary audit event once (docs/ingestion.md), plus one change event per created
    // deal: change events are audit events with a topic (docs/webhooks.md). The call that lost the
    // race wrote neither.
    expect(after.AuditEvent - before.AuditEvent).toBe(3);
    expect(
      await count(
        'AuditEvent',
        `"organizationId" = ${Number(orgId)} AND topic IS NULL AND action = 'opportunities.upsert'
         AND after->'externalIds' @> '["RACE-1"]'`,
      ),
    ).toBe(1);
    const changeEvents = await db.sql.query<{ eventType: string; externalId: string }>(
      `SELECT "eventType", after->>'externalId' AS "externalId" FROM "AuditEvent"
        WHERE "organizationId" = $1 AND topic = 'opportunity' AND after->>'externalId' LIKE 'RACE-%' ORDER BY id`,
      [orgId],
    );
    expect(changeEvents).toEqual([
      { eventType: 'opportunity.created', externalId: 'RACE-1' },
      { eventType: 'opportunity.created', externalId: 'RACE-2' },
    ]);
    expect(after.IdempotencyRecord - before.IdempotencyRecord).toBe(1);
  });
});

describe('the service without HTTP', () => {
  it('upserts through a tenant client and records a system actor', async () => {
    const { upsertProducts } = await import('../api/src/ingestion/service.js');
    const { tenantPrisma } = await import('../api/src/shared/tenant.js');
    const caller = { prisma: tenantPrisma(db.prisma, orgId), organizationId: orgId, principal: 'system:crm-sync' };
    const out = await upsertProducts(caller, [
      { externalId: 'PRD-SYS', name: 'System', family: 'F', listPrice: new Decimal('9.99') },
      { externalId: 'PRD-SYS-BAD', name: 'System', family: 'F', listPrice: new Decimal('-9.99') },
    ]);
    expect(out.results.map((r) => [r.externalId, r.status])).toEqual([['PRD-SYS', 'CREATED']]);
    expect(out.userErrors.map((e) => e.field)).toEqual([['input', 'rows', '1', 'listPrice']]);
    const [event] = await db.sql.query<{ actorType: string; actorId: string }>(
      `SELECT "actorType", "actorId" FROM "AuditEvent" WHERE "organizationId" = $1 ORDER BY id DESC LIMIT 1`,
      [orgId],
    );
    expect(event).toEqual({ actorType: 'SYSTEM', actorId: 'system:crm-sync' });
  });
});
