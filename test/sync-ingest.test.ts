// Partner sync through GraphQL against a real database (docs/ingestion.md): installed products
// with effective-dated ARR, quotas by rep externalId and period key, back-dated history (and the
// forecast's win rates moving from defaults to the imported ones), and tombstones with their
// cascade rules. Expected values are worked out by hand on the small fixture below and read back
// with SQL; bad rows come back as userErrors on their field with nothing written for them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let orgId: number;
let otherOrgId: number;
let ingest: Record<string, string>;
let admin: Record<string, string>;
let repBound: Record<string, string>;

interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}
interface Payload {
  created?: number;
  updated?: number;
  unchanged?: number;
  deleted?: number;
  replayed: boolean;
  results: { index: number; externalId: string; id: string; status?: string }[];
  userErrors: UserError[];
}

const UPSERT =
  'created updated unchanged replayed results { index externalId id status } userErrors { code message field }';
const DELETE = 'deleted replayed results { index externalId id } userErrors { code message field }';

async function call(
  field: string,
  type: string,
  input: Record<string, unknown>,
  headers = ingest,
): Promise<{ payload?: Payload; errors?: { extensions?: { code?: string } }[] }> {
  const selection = field.startsWith('delete') ? DELETE : UPSERT;
  const res = await client.request<Record<string, Payload>>(
    `mutation($input: ${type}!) { ${field}(input: $input) { ${selection} } }`,
    { input },
    headers,
  );
  return { payload: res.data?.[field] ?? undefined, errors: res.errors as never };
}

async function ok(field: string, type: string, input: Record<string, unknown>): Promise<Payload> {
  const { payload, errors } = await call(field, type, input);
  if (errors?.length || !payload) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
  return payload;
}

const errorPaths = (p: Payload) => p.userErrors.map((e) => `${e.field?.join('.')}: ${e.code}`).sort();

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.sql.query<T>(text, params);
}

async function count(table: string, where = 'true'): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "${table}" WHERE "organizationId" = ${Number(orgId)} AND ${where}`,
  );
  return Number(row?.n);
}

const deal = (
  externalId: string,
  account: string,
  stage: string,
  amount: string,
  createdDate: string,
  closeDate: string,
) => ({
  externalId,
  name: externalId,
  accountExternalId: account,
  ownerExternalId: 'R1',
  type: 'NEW_BUSINESS',
  stage,
  amount,
  createdDate,
  closeDate,
});

let orgs = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  otherOrgId = (await db.prisma.organization.create({ data: { name: 'Other Co', slug: 'other-sync' } })).id;
  client = await createTestClient(db);
  // Another organization's records with the same kind of externalIds.
  const otherRep = await db.prisma.rep.create({
    data: {
      organizationId: otherOrgId,
      externalId: 'R1',
      name: 'X',
      email: 'x@o.test',
      role: 'AE',
      region: 'NA',
      hireDate: new Date('2024-01-01'),
    },
  });
  const otherAccount = await db.prisma.account.create({
    data: {
      organizationId: otherOrgId,
      externalId: 'OA1',
      name: 'O',
      industry: 'Tech',
      country: 'US',
      region: 'NA',
      employees: 5,
      segment: 'SMB',
    },
  });
  await db.prisma.opportunity.create({
    data: {
      organizationId: otherOrgId,
      externalId: 'OD1',
      name: 'O',
      accountId: otherAccount.id,
      ownerId: otherRep.id,
      amount: '10.00',
      type: 'NEW_BUSINESS',
      stage: 'PROPOSAL',
      forecastCategory: 'BEST_CASE',
      createdDate: new Date('2026-01-01'),
      closeDate: new Date('2026-12-01'),
    },
  });
});
// Each test syncs into an organization of its own, made below, so that it runs alone and in any
// order; the other organization is shared and never written by a test.
beforeEach(async () => {
  orgs += 1;
  // Calendar fiscal year, UTC: FY2026-Q4 is 2026-10-01 to 2027-01-01.
  orgId = (await db.prisma.organization.create({ data: { name: `Sync Co ${orgs}`, slug: `sync-${orgs}` } })).id;
  ingest = {
    authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId: orgId, name: 'crm', scopes: ['write:ingest'] })).token}`,
  };
  admin = {
    authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId: orgId, name: 'ops', scopes: ['admin'] })).token}`,
  };

  await ok('upsertReps', 'UpsertRepsInput', {
    rows: [
      { externalId: 'R1', name: 'Ana AE', email: 'ana@sync.test', role: 'AE', region: 'NA', hireDate: '2024-01-01' },
    ],
  });
  await ok('upsertAccounts', 'UpsertAccountsInput', {
    rows: [
      { externalId: 'A1', name: 'Acme', industry: 'Tech', country: 'US', region: 'NA', employees: 50 },
      { externalId: 'A2', name: 'Bolt', industry: 'Tech', country: 'US', region: 'NA', employees: 500 },
      {
        externalId: 'A3',
        name: 'Bolt EU',
        industry: 'Tech',
        country: 'DE',
        region: 'EMEA',
        employees: 80,
        parentExternalId: 'A2',
      },
    ],
  });
  await ok('upsertProducts', 'UpsertProductsInput', {
    rows: [
      { externalId: 'P1', name: 'Core', family: 'Core', listPrice: '100.00' },
      { externalId: 'P2', name: 'Add-on', family: 'Extras', listPrice: '50.00' },
      { externalId: 'P3', name: 'Legacy', family: 'Old', listPrice: '10.00' },
    ],
  });
  // D1-D3 closed in the twelve months before FY2026-Q4; D4 open and closing in it; D5 on A2.
  await ok('upsertOpportunities', 'UpsertOpportunitiesInput', {
    rows: [
      deal('D1', 'A1', 'CLOSED_WON', '1000.00', '2026-01-10', '2026-04-01'),
      deal('D2', 'A1', 'CLOSED_LOST', '2000.00', '2026-01-10', '2026-05-01'),
      deal('D3', 'A1', 'CLOSED_WON', '3000.00', '2026-01-10', '2026-06-01'),
      deal('D4', 'A1', 'PROPOSAL', '1000.00', '2026-09-01', '2026-11-15'),
      {
        ...deal('D5', 'A2', 'DISCOVERY', '', '2026-09-01', '2026-12-20'),
        amount: undefined,
        lineItems: [{ productExternalId: 'P2', quantity: '2', unitPrice: '50.00' }],
      },
    ],
  });
  // A key of this organization bound to a rep: made as security-ingest.test.ts does (such keys
  // can no longer be created with an organization-level scope).
  const legacy = await issueApiKey(db.sql, { organizationId: orgId, name: 'legacy', scopes: ['write:ingest'] });
  const [rep] = await sql<{ id: number }>(`SELECT id FROM "Rep" WHERE "organizationId" = $1 AND "externalId" = 'R1'`, [
    orgId,
  ]);
  await sql('UPDATE "ApiKey" SET "repId" = $1 WHERE id = $2', [rep?.id, legacy.id]);
  repBound = { authorization: `Bearer ${legacy.token}` };
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

/** D1-D3's history before FY2026-Q4, as a CRM migration sends it: D1 and D3 won, D2 lost. */
const HISTORY = [
  {
    opportunityExternalId: 'D1',
    changedAt: '2026-01-10T09:00:00Z',
    stage: 'PROPOSAL',
    amount: '1000.00',
    closeDate: '2026-04-01',
  },
  {
    opportunityExternalId: 'D1',
    changedAt: '2026-04-01T15:00:00Z',
    stage: 'CLOSED_WON',
    amount: '1000.00',
    closeDate: '2026-04-01',
  },
  {
    opportunityExternalId: 'D2',
    changedAt: '2026-01-10T09:00:00Z',
    stage: 'PROPOSAL',
    amount: '2000.00',
    closeDate: '2026-05-01',
  },
  {
    opportunityExternalId: 'D2',
    changedAt: '2026-05-01T15:00:00Z',
    stage: 'CLOSED_LOST',
    amount: '2000.00',
    closeDate: '2026-05-01',
  },
  {
    opportunityExternalId: 'D3',
    changedAt: '2026-01-10T09:00:00Z',
    stage: 'PROPOSAL',
    amount: '3000.00',
    closeDate: '2026-06-01',
  },
  {
    opportunityExternalId: 'D3',
    changedAt: '2026-03-01T09:00:00Z',
    stage: 'NEGOTIATION',
    amount: '3000.00',
    closeDate: '2026-06-01',
  },
  {
    opportunityExternalId: 'D3',
    changedAt: '2026-06-01T15:00:00Z',
    stage: 'CLOSED_WON',
    amount: '3000.00',
    closeDate: '2026-06-01',
  },
];

/** A1 x P1 at 1,200.00 from 2025-01-01, rising to 1,500.50 on 2025-07-01: two ARR rows. */
const installA1P1 = async () => {
  await ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
    rows: [{ accountExternalId: 'A1', productExternalId: 'P1', arr: '1200.00', startDate: '2025-01-01' }],
  });
  await ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
    rows: [
      {
        accountExternalId: 'A1',
        productExternalId: 'P1',
        arr: '1500.50',
        startDate: '2025-01-01',
        arrEffectiveDate: '2025-07-01',
      },
    ],
  });
};
/** A2 x P3 at 300.00, installed through 2025. */
const installA2P3 = () =>
  ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
    rows: [
      {
        accountExternalId: 'A2',
        productExternalId: 'P3',
        arr: '300.00',
        startDate: '2025-01-01',
        endDate: '2026-01-01',
      },
    ],
  });

describe('upsertInstalledProducts', () => {
  const arrOn = async (account: string, product: string, day: string) => {
    const [row] = await sql<{ arr: string | null }>(
      `SELECT (SELECT h.arr::text FROM "AccountProductArr" h
                WHERE h."accountId" = ap."accountId" AND h."productId" = ap."productId" AND h."effectiveFrom" <= $4::date
                ORDER BY h."effectiveFrom" DESC LIMIT 1) AS arr
         FROM "AccountProduct" ap JOIN "Account" a ON a.id = ap."accountId" JOIN "Product" p ON p.id = ap."productId"
        WHERE ap."organizationId" = $1 AND a."externalId" = $2 AND p."externalId" = $3
          AND ap.since <= $4::date AND (ap."endDate" IS NULL OR ap."endDate" > $4::date)`,
      [orgId, account, product, day],
    );
    return row?.arr ?? null;
  };

  it('creates, keeps ARR history effective-dated, and reports bad rows on their field', async () => {
    const first = await ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
      rows: [
        { accountExternalId: 'A1', productExternalId: 'P1', arr: '1200.00', startDate: '2025-01-01' },
        {
          accountExternalId: 'A2',
          productExternalId: 'P3',
          arr: '300.00',
          startDate: '2025-01-01',
          endDate: '2026-01-01',
        },
        { accountExternalId: 'A2', productExternalId: 'P1', arr: '-1', startDate: '2025-01-01' },
        { accountExternalId: 'NOPE', productExternalId: 'P1', arr: '1', startDate: '2025-01-01' },
        { accountExternalId: 'A1', productExternalId: 'P2', arr: '1', startDate: '2025-02-01', endDate: '2025-01-01' },
      ],
    });
    expect(first.created).toBe(2);
    expect(errorPaths(first)).toEqual([
      'input.rows.2.arr: OUT_OF_RANGE',
      'input.rows.3.accountExternalId: NOT_FOUND',
      'input.rows.4.endDate: INVALID',
    ]);
    expect(first.results.map((r) => r.externalId)).toEqual(['A1/P1', 'A2/P3']);

    // ARR rises from 1,200.00 to 1,500.50 on 2025-07-01: both stay, each for its own days.
    const change = await ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
      rows: [
        {
          accountExternalId: 'A1',
          productExternalId: 'P1',
          arr: '1500.50',
          startDate: '2025-01-01',
          arrEffectiveDate: '2025-07-01',
        },
        {
          accountExternalId: 'A2',
          productExternalId: 'P3',
          arr: '300.00',
          startDate: '2025-01-01',
          endDate: '2026-01-01',
        },
      ],
    });
    expect([change.updated, change.unchanged]).toEqual([1, 1]);
    expect(await arrOn('A1', 'P1', '2024-12-31')).toBe(null);
    expect(await arrOn('A1', 'P1', '2025-06-30')).toBe('1200.00');
    expect(await arrOn('A1', 'P1', '2025-07-01')).toBe('1500.50');
    // Ended on 2026-01-01 (exclusive): installed on 2025-12-31, not on 2026-01-01.
    expect(await arrOn('A2', 'P3', '2025-12-31')).toBe('300.00');
    expect(await arrOn('A2', 'P3', '2026-01-01')).toBe(null);

    // A change dated before the latest change is refused, and nothing of it is written.
    const late = await ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
      rows: [
        {
          accountExternalId: 'A1',
          productExternalId: 'P1',
          arr: '999.00',
          startDate: '2025-01-01',
          arrEffectiveDate: '2025-03-01',
        },
      ],
    });
    expect(errorPaths(late)).toEqual(['input.rows.0.arrEffectiveDate: OUT_OF_RANGE']);
    expect(await count('AccountProductArr')).toBe(3);

    // Whitespace and the graph read the current state from AccountProduct, as before.
    type Installed = { arr: string; since: string; endDate: string | null; product: { externalId: string } };
    const res = await client.request<{
      accounts: { edges: { node: { externalId: string; installedProducts: Installed[] } }[] };
    }>(
      '{ accounts(first: 10) { edges { node { externalId installedProducts { arr since endDate product { externalId } } } } } }',
      {},
      admin,
    );
    const byAccount = Object.fromEntries(
      res.data?.accounts.edges.map((e) => [e.node.externalId, e.node.installedProducts]) ?? [],
    );
    expect(byAccount.A1).toEqual([
      { arr: '1500.50', since: '2025-01-01', endDate: null, product: { externalId: 'P1' } },
    ]);
    expect(byAccount.A2).toEqual([
      { arr: '300.00', since: '2025-01-01', endDate: '2026-01-01', product: { externalId: 'P3' } },
    ]);
  });
});

describe('upsertQuotas', () => {
  it('writes into the fiscal year’s ACTIVE plan, per-row errors for unknown reps and bad periods', async () => {
    const plan = await db.prisma.salesPlan.create({
      data: { organizationId: orgId, fiscalYear: 2026, name: 'FY26', status: 'ACTIVE' },
    });
    await db.prisma.salesPlan.create({ data: { organizationId: orgId, fiscalYear: 2027, name: 'FY27 draft' } });
    const first = await ok('upsertQuotas', 'UpsertQuotasInput', {
      rows: [
        { repExternalId: 'R1', periodKey: 'FY2026-Q3', amount: '30000.00' },
        { repExternalId: 'R1', periodKey: 'FY2026-M10', amount: '12000.00' },
        { repExternalId: 'GHOST', periodKey: 'FY2026-Q3', amount: '1.00' },
        { repExternalId: 'R1', periodKey: 'FY26-Q3', amount: '1.00' },
        { repExternalId: 'R1', periodKey: 'FY2027-Q1', amount: '1.00' },
      ],
    });
    expect(first.created).toBe(2);
    expect(errorPaths(first)).toEqual([
      'input.rows.2.repExternalId: NOT_FOUND',
      'input.rows.3.periodKey: INVALID',
      'input.rows.4.periodKey: NOT_FOUND',
    ]);
    const rows = await sql<{
      periodKey: string;
      periodStart: string;
      periodEnd: string;
      amount: string;
      salesPlanId: number;
    }>(
      `SELECT "periodKey", "periodStart"::text AS "periodStart", "periodEnd"::text AS "periodEnd", amount::text AS amount, "salesPlanId"
         FROM "Quota" WHERE "organizationId" = $1 ORDER BY "periodKey"`,
      [orgId],
    );
    expect(rows).toEqual([
      {
        periodKey: 'FY2026-M10',
        periodStart: '2026-10-01',
        periodEnd: '2026-11-01',
        amount: '12000.00',
        salesPlanId: plan.id,
      },
      {
        periodKey: 'FY2026-Q3',
        periodStart: '2026-07-01',
        periodEnd: '2026-10-01',
        amount: '30000.00',
        salesPlanId: plan.id,
      },
    ]);
    const again = await ok('upsertQuotas', 'UpsertQuotasInput', {
      rows: [
        { repExternalId: 'R1', periodKey: 'FY2026-Q3', amount: '30000.00' },
        { repExternalId: 'R1', periodKey: 'FY2026-M10', amount: '15000.00' },
      ],
    });
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 1, 1]);
    const [version] = await sql<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [plan.id]);
    expect(version?.version).toBe(3); // 1, bumped by each call that wrote
  });
});

describe('importOpportunityHistory', () => {
  const FORECAST = '{ forecast(periodKey: "FY2026-Q4") { winRates { stages { stage rate } } node { projection } } }';
  const rates = async () => {
    const res = await client.request<{
      forecast: { winRates: { stages: { stage: string; rate: string }[] }; node: { projection: string } };
    }>(FORECAST, {}, admin);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    const f = res.data?.forecast;
    return {
      rates: Object.fromEntries(f?.winRates.stages.map((s) => [s.stage, s.rate]) ?? []),
      projection: f?.node.projection,
    };
  };

  it('moves the forecast projection from default win rates to the imported history', async () => {
    // Before: the deals' only history is their creation today, after FY2026-Q4 began: defaults.
    const before = await rates();
    expect(before.rates.PROPOSAL).toBe('0.6');
    // D4 1,000.00 x 0.6 + D5 100.00 x 0.4 (DISCOVERY); nothing closed in Q4.
    expect(before.projection).toBe('640.00');

    const imported = await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows: HISTORY });
    expect([imported.created, imported.userErrors.length]).toEqual([7, 0]);
    // PROPOSAL: D1, D2, D3 were in it before Q4 and closed in the window, D1 and D3 won: 2/3.
    // NEGOTIATION: D3 alone, won: 1. Projection: D4 1,000.00 x 0.666667 = 666.67 (to the cent)
    // + D5 100.00 x 0.4 (DISCOVERY, no imported deal went through it) = 706.67.
    const after = await rates();
    expect(after.rates.PROPOSAL).toBe('0.666667');
    expect(after.rates.NEGOTIATION).toBe('1');
    expect(after.rates.DISCOVERY).toBe('0.4');
    expect(after.projection).toBe('706.67');

    // Re-sending the same events writes nothing.
    const historyRows = await count('OpportunityHistory');
    const again = await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows: HISTORY });
    expect([again.created, again.unchanged]).toEqual([0, 7]);
    expect(await count('OpportunityHistory')).toBe(historyRows);
  });

  it('refuses events out of order, in the future, of unknown or foreign deals, or rewriting one', async () => {
    await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows: [HISTORY[0]] });
    const before = await count('OpportunityHistory');
    const res = await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', {
      rows: [
        {
          opportunityExternalId: 'D4',
          changedAt: '2026-09-02T10:00:00Z',
          stage: 'DISCOVERY',
          amount: '900.00',
          closeDate: '2026-11-15',
        },
        // Out of order: before row 0 of the same deal.
        {
          opportunityExternalId: 'D4',
          changedAt: '2026-09-01T10:00:00Z',
          stage: 'PROSPECTING',
          amount: '900.00',
          closeDate: '2026-11-15',
        },
        // In the future.
        {
          opportunityExternalId: 'D4',
          changedAt: '2099-01-01T00:00:00Z',
          stage: 'PROPOSAL',
          amount: '1000.00',
          closeDate: '2026-11-15',
        },
        // Unknown, and another organization's deal.
        {
          opportunityExternalId: 'NOPE',
          changedAt: '2026-09-01T10:00:00Z',
          stage: 'PROPOSAL',
          amount: '1.00',
          closeDate: '2026-11-15',
        },
        {
          opportunityExternalId: 'OD1',
          changedAt: '2026-09-01T10:00:00Z',
          stage: 'PROPOSAL',
          amount: '1.00',
          closeDate: '2026-11-15',
        },
        // A different state at an instant already stored for D1.
        {
          opportunityExternalId: 'D1',
          changedAt: '2026-01-10T09:00:00Z',
          stage: 'DISCOVERY',
          amount: '1000.00',
          closeDate: '2026-04-01',
        },
        // A closed-won event must be CLOSED.
        {
          opportunityExternalId: 'D2',
          changedAt: '2026-02-01T00:00:00Z',
          stage: 'CLOSED_WON',
          amount: '1.00',
          closeDate: '2026-05-01',
          forecastCategory: 'COMMIT',
        },
      ],
    });
    expect(errorPaths(res)).toEqual([
      'input.rows.1.changedAt: INVALID',
      'input.rows.2.changedAt: OUT_OF_RANGE',
      'input.rows.3.opportunityExternalId: NOT_FOUND',
      'input.rows.4.opportunityExternalId: NOT_FOUND',
      'input.rows.5.changedAt: CONFLICT',
      'input.rows.6.forecastCategory: INVALID',
    ]);
    expect(res.created).toBe(1);
    expect(await count('OpportunityHistory')).toBe(before + 1);
    const [other] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OpportunityHistory" WHERE "organizationId" = $1`,
      [otherOrgId],
    );
    expect(other?.n).toBe(0);
  });

  it('stores each event once when the same import runs twice at the same time', async () => {
    const before = await count('OpportunityHistory');
    const rows = Array.from({ length: 40 }, (_, i) => ({
      opportunityExternalId: ['D1', 'D2'][i % 2],
      changedAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 2) * 60_000).toISOString(),
      stage: 'PROSPECTING',
      amount: '5.00',
      closeDate: '2026-06-01',
    }));
    const both = await Promise.all([
      ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows }),
      ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows }),
    ]);
    // Whichever committed second found the first's rows (UNCHANGED) or collided on the natural
    // key and wrote nothing (CONFLICT, retry): never a second copy.
    expect(both.reduce((n, p) => n + (p.created ?? 0), 0)).toBe(40);
    expect(await count('OpportunityHistory')).toBe(before + 40);
    const retry = await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows });
    expect([retry.created, retry.unchanged]).toEqual([0, 40]);
  });

  it('writes a 600-event call in a constant number of statements', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({
      opportunityExternalId: ['D1', 'D2', 'D3'][i % 3],
      changedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 3_600_000).toISOString(),
      stage: 'QUALIFICATION',
      amount: '10.00',
      closeDate: '2026-06-01',
    }));
    const q = db.queryCount();
    const res = await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows: rows.slice(0, 6) });
    const small = db.queryCount() - q;
    const q2 = db.queryCount();
    const big = await ok('importOpportunityHistory', 'ImportOpportunityHistoryInput', { rows: rows.slice(6) });
    expect(db.queryCount() - q2).toBe(small);
    expect([res.created, big.created]).toEqual([6, 594]);
  });
});

describe('tombstones', () => {
  it('deletes opportunities with their history; unknown and foreign externalIds are row errors; the audit trail stays', async () => {
    const res = await ok('deleteOpportunities', 'DeleteOpportunitiesInput', {
      rows: [{ externalId: 'D4' }, { externalId: 'GONE' }, { externalId: 'OD1' }],
    });
    expect(res.deleted).toBe(1);
    expect(errorPaths(res)).toEqual(['input.rows.1.externalId: NOT_FOUND', 'input.rows.2.externalId: NOT_FOUND']);
    expect(await count('Opportunity', `"externalId" = 'D4'`)).toBe(0);
    expect(await count('OpportunityHistory', `"opportunityId" NOT IN (SELECT id FROM "Opportunity")`)).toBe(0);
    const [other] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Opportunity" WHERE "externalId" = 'OD1'`);
    expect(other?.n).toBe(1);
    const audit = await sql<{ after: { externalIds: string[]; deleted: number } }>(
      `SELECT after FROM "AuditEvent" WHERE "organizationId" = $1 AND action = 'opportunities.delete'`,
      [orgId],
    );
    expect(audit.map((a) => [a.after.externalIds, a.after.deleted])).toEqual([[['D4'], 1]]);
    // Gone from the graph: the opportunities connection no longer lists it.
    const graph = await client.request<{ opportunities: { edges: { node: { externalId: string } }[] } }>(
      '{ opportunities(first: 50) { edges { node { externalId } } } }',
      {},
      admin,
    );
    expect(graph.data?.opportunities.edges.map((e) => e.node.externalId).sort()).toEqual(['D1', 'D2', 'D3', 'D5']);
  });

  it('refuses an account with deals unless cascade, then deletes its deals and installed products and detaches its children', async () => {
    await installA1P1();
    await installA2P3();
    const refused = await ok('deleteAccounts', 'DeleteAccountsInput', { rows: [{ externalId: 'A2' }] });
    expect(errorPaths(refused)).toEqual(['input.rows.0.externalId: CONFLICT']);
    expect(refused.userErrors[0]?.message).toContain('has 1 opportunities and 1 installed products');
    expect(await count('Account', `"externalId" = 'A2'`)).toBe(1);

    const done = await ok('deleteAccounts', 'DeleteAccountsInput', { rows: [{ externalId: 'A2' }], cascade: true });
    expect(done.deleted).toBe(1);
    expect(await count('Account', `"externalId" = 'A2'`)).toBe(0);
    expect(await count('Opportunity', `"externalId" = 'D5'`)).toBe(0);
    expect(await count('OpportunityLineItem')).toBe(0);
    expect(await count('AccountProduct')).toBe(1); // A1 x P1 only
    expect(await count('AccountProductArr')).toBe(2); // A1 x P1's two ARR rows
    const [child] = await sql<{ parentId: number | null }>(
      `SELECT "parentId" FROM "Account" WHERE "organizationId" = $1 AND "externalId" = 'A3'`,
      [orgId],
    );
    expect(child).toEqual({ parentId: null });
    const [audit] = await sql<{ after: { cascadedOpportunities: string[]; cascadedInstalledProducts: number } }>(
      `SELECT after FROM "AuditEvent" WHERE "organizationId" = $1 AND action = 'accounts.delete'`,
      [orgId],
    );
    expect(audit?.after.cascadedOpportunities).toEqual(['D5']);
    expect(audit?.after.cascadedInstalledProducts).toBe(1);
  });

  it('deletes installed products and products by the cascade rules', async () => {
    await installA1P1();
    const ip = await ok('deleteInstalledProducts', 'DeleteInstalledProductsInput', {
      rows: [
        { accountExternalId: 'A1', productExternalId: 'P1' },
        { accountExternalId: 'A1', productExternalId: 'P2' },
      ],
    });
    expect(ip.deleted).toBe(1);
    expect(errorPaths(ip)).toEqual(['input.rows.1.productExternalId: NOT_FOUND']);
    expect([await count('AccountProduct'), await count('AccountProductArr')]).toEqual([0, 0]);

    await ok('upsertInstalledProducts', 'UpsertInstalledProductsInput', {
      rows: [{ accountExternalId: 'A3', productExternalId: 'P3', arr: '10.00', startDate: '2026-01-01' }],
    });
    await ok('upsertOpportunities', 'UpsertOpportunitiesInput', {
      rows: [
        {
          ...deal('D6', 'A3', 'PROSPECTING', '', '2026-09-01', '2026-12-01'),
          amount: undefined,
          lineItems: [{ productExternalId: 'P2', quantity: '1', unitPrice: '50.00' }],
        },
      ],
    });
    const refused = await ok('deleteProducts', 'DeleteProductsInput', {
      rows: [{ externalId: 'P2' }, { externalId: 'P3' }],
    });
    expect(errorPaths(refused)).toEqual(['input.rows.0.externalId: CONFLICT', 'input.rows.1.externalId: CONFLICT']);
    const cascaded = await ok('deleteProducts', 'DeleteProductsInput', {
      rows: [{ externalId: 'P2' }, { externalId: 'P3' }],
      cascade: true,
    });
    expect(errorPaths(cascaded)).toEqual(['input.rows.0.externalId: CONFLICT']); // on D6's line items, cascade or not
    expect(cascaded.results.map((r) => r.externalId)).toEqual(['P3']);
    expect(await count('Product', `"externalId" IN ('P2', 'P3')`)).toBe(1);
    expect(await count('AccountProduct')).toBe(0);
  });

  it('is refused to a rep-bound key, with nothing changed', async () => {
    for (const [field, type, input] of [
      ['deleteOpportunities', 'DeleteOpportunitiesInput', { rows: [{ externalId: 'D1' }] }],
      [
        'importOpportunityHistory',
        'ImportOpportunityHistoryInput',
        {
          rows: [
            {
              opportunityExternalId: 'D1',
              changedAt: '2026-02-01T00:00:00Z',
              stage: 'PROPOSAL',
              amount: '1.00',
              closeDate: '2026-04-01',
            },
          ],
        },
      ],
      [
        'upsertQuotas',
        'UpsertQuotasInput',
        { rows: [{ repExternalId: 'R1', periodKey: 'FY2026-Q1', amount: '1.00' }] },
      ],
      [
        'upsertInstalledProducts',
        'UpsertInstalledProductsInput',
        { rows: [{ accountExternalId: 'A1', productExternalId: 'P1', arr: '1.00', startDate: '2026-01-01' }] },
      ],
    ] as const) {
      const res = await call(field, type, input, repBound);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    expect(await count('Opportunity', `"externalId" = 'D1'`)).toBe(1);
    expect(await count('Quota', `"periodKey" = 'FY2026-Q1'`)).toBe(0);
    expect(await count('AccountProduct')).toBe(0);
  });
});
