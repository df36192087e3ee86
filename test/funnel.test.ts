// Funnel and win/loss (issue 20) on a hand-computed fixture: four deals created in FY2026 with
// known stage dates, and one created the year before that closes in FY2026. Every expected number
// is worked out by hand in the comments; the rep-bound and organization-wide callers are checked
// against SQL over the deals they may see. A grouping a report does not take is refused on groupBy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let org: number;
const keys: Record<'manager' | 'rep' | 'org', Record<string, string>> = { manager: {}, rep: {}, org: {} };
let repB: number;

const READER = ['read:performance', 'read:pipeline', 'read:people'] as never;

async function gql<T>(who: keyof typeof keys, query: string): Promise<T> {
  const res = await client.request<T>(query, {}, keys[who]);
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Funnel Co', slug: 'funnel', fiscalYearStartMonth: 1 } })).id;
  const rep = (name: string, role: 'MANAGER' | 'AE', region: string, managerId: number | null = null) =>
    p.rep.create({
      data: {
        organizationId: org,
        name,
        email: `${name}@f.test`,
        role,
        region,
        managerId,
        hireDate: new Date('2024-01-01'),
      },
    });
  const m = await rep('M', 'MANAGER', 'NA');
  const a = await rep('A', 'AE', 'NA', m.id);
  const b = await rep('B', 'AE', 'EMEA', m.id);
  const m2 = await rep('M2', 'MANAGER', 'APAC');
  const c = await rep('C', 'AE', 'APAC', m2.id);
  repB = b.id;
  const account = await p.account.create({
    data: {
      organizationId: org,
      name: 'X',
      industry: 'Software',
      country: 'US',
      region: 'NA',
      employees: 50,
      segment: 'SMB',
    },
  });
  const price = await p.lossReason.create({
    data: { organizationId: org, externalId: 'Price', label: 'Price too high' },
  });
  const timing = await p.lossReason.create({
    data: { organizationId: org, externalId: 'Timing', label: 'Bad timing' },
  });
  type Step = [at: string, stage: string, amount?: string];
  const deal = async (
    name: string,
    ownerId: number,
    amount: string,
    closeDate: string,
    steps: Step[],
    extra: { source?: string; lossReasonId?: number; competitor?: string; type?: 'NEW_BUSINESS' | 'EXPANSION' } = {},
  ) => {
    const last = steps.at(-1) as Step;
    const stage = last[1] as never;
    const category = last[1] === 'CLOSED_WON' ? 'CLOSED' : last[1] === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE';
    const o = await p.opportunity.create({
      data: {
        organizationId: org,
        name,
        accountId: account.id,
        ownerId,
        amount,
        type: extra.type ?? 'NEW_BUSINESS',
        stage,
        forecastCategory: category,
        createdDate: new Date(steps[0]?.[0].slice(0, 10) as string),
        closeDate: new Date(closeDate),
        source: extra.source ?? null,
        lossReasonId: extra.lossReasonId ?? null,
        competitor: extra.competitor ?? null,
      },
    });
    await p.opportunityHistory.createMany({
      data: steps.map(([at, s, amt]) => ({
        organizationId: org,
        opportunityId: o.id,
        changedAt: new Date(at),
        stage: s as never,
        amount: amt ?? amount,
        closeDate: new Date(closeDate),
        forecastCategory: s === 'CLOSED_WON' ? 'CLOSED' : s === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
      })),
    });
    return o;
  };
  // D1 (A, Inbound): P 01-01, Q 01-11, D 01-31, PROPOSAL 02-10, won 03-02 (skips NEGOTIATION).
  const d1 = await deal(
    'D1',
    a.id,
    '100.00',
    '2026-03-02',
    [
      ['2026-01-01T00:00:00Z', 'PROSPECTING'],
      ['2026-01-11T00:00:00Z', 'QUALIFICATION'],
      ['2026-01-31T00:00:00Z', 'DISCOVERY'],
      ['2026-02-10T00:00:00Z', 'PROPOSAL'],
      ['2026-03-02T00:00:00Z', 'CLOSED_WON'],
    ],
    { source: 'Inbound' },
  );
  // D2 (A, Inbound): P 02-01, Q 02-06, an amount change 02-16 (still Q), lost 03-08 to Acme on price.
  await deal(
    'D2',
    a.id,
    '200.00',
    '2026-03-08',
    [
      ['2026-02-01T00:00:00Z', 'PROSPECTING', '150.00'],
      ['2026-02-06T00:00:00Z', 'QUALIFICATION', '150.00'],
      ['2026-02-16T00:00:00Z', 'QUALIFICATION'],
      ['2026-03-08T00:00:00Z', 'CLOSED_LOST'],
    ],
    { source: 'Inbound', lossReasonId: price.id, competitor: 'Acme' },
  );
  // D3 (B, Outbound): created in QUALIFICATION 03-01, DISCOVERY 03-04, still open.
  await deal(
    'D3',
    b.id,
    '300.00',
    '2026-06-30',
    [
      ['2026-03-01T00:00:00Z', 'QUALIFICATION'],
      ['2026-03-04T00:00:00Z', 'DISCOVERY'],
    ],
    { source: 'Outbound' },
  );
  // D4 (B, no source, expansion): P 04-01, lost 04-03 on timing.
  await deal(
    'D4',
    b.id,
    '400.00',
    '2026-04-03',
    [
      ['2026-04-01T00:00:00Z', 'PROSPECTING'],
      ['2026-04-03T00:00:00Z', 'CLOSED_LOST'],
    ],
    { lossReasonId: timing.id, type: 'EXPANSION' },
  );
  // D5 (A): created FY2025, won 2026-01-15 against Acme: in win/loss for FY2026, not in its funnel.
  await deal(
    'D5',
    a.id,
    '50.00',
    '2026-01-15',
    [
      ['2025-12-01T00:00:00Z', 'NEGOTIATION'],
      ['2026-01-15T00:00:00Z', 'CLOSED_WON'],
    ],
    { source: 'Partner', competitor: 'Acme' },
  );
  // D6 (C, outside M's team): open, created in FY2026; only the organization-wide key sees it.
  await deal('D6', c.id, '700.00', '2026-05-30', [['2026-05-01T00:00:00Z', 'PROSPECTING']]);
  // A split credits B with half of D1: B, bound to their own deals, sees D1, D3 and D4.
  await p.opportunitySplit.createMany({
    data: [
      { organizationId: org, opportunityId: d1.id, repId: a.id, percent: '0.5', splitType: 'REVENUE' },
      { organizationId: org, opportunityId: d1.id, repId: b.id, percent: '0.5', splitType: 'REVENUE' },
    ],
  });
  client = await createTestClient(db);
  const key = async (repId: number | null) => ({
    authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId: org, name: `k${repId}`, scopes: READER, repId })).token}`,
  });
  keys.manager = await key(m.id);
  keys.rep = await key(b.id);
  keys.org = await key(null);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const STAGES = `stages { stage reached conversionRate stays meanDays medianDays lostAt }`;
const FUNNEL_ROW = `key label deals pipelineCreated wonCount pipelineWon lostCount lostWithoutStage ${STAGES}`;

describe('funnel', () => {
  it('matches the hand-computed funnel of the four deals created in FY2026', async () => {
    const data = await gql<{ funnel: { total: unknown } }>(
      'manager',
      `{ funnel(period: "FY2026") { total { ${FUNNEL_ROW} } } }`,
    );
    // Highest stage: D1 won (5), D2 QUALIFICATION (1), D3 DISCOVERY (2), D4 PROSPECTING (0).
    // Reached: P 4, Q 3, D 2, PROPOSAL 1, NEGOTIATION 1 (D1 went past it), WON 1.
    // Stays: P: D1 10 d, D2 5 d, D4 2 d -> mean 17/3 = 5.67, median 5.
    //        Q: D1 20 d, D2 30 d (02-06 to 03-08; the amount change is no new stay), D3 3 d -> 53/3 = 17.67, median 20.
    //        D: D1 10 d (D3 is still there: not counted). PROPOSAL: D1 20 d. NEGOTIATION: none.
    // Lost at: D4 in PROSPECTING, D2 in QUALIFICATION.
    expect(data.funnel.total).toEqual({
      key: 'TOTAL',
      label: 'Total',
      deals: 4,
      pipelineCreated: '1000.00',
      wonCount: 1,
      pipelineWon: '100.00',
      lostCount: 2,
      lostWithoutStage: 0,
      stages: [
        {
          stage: 'PROSPECTING',
          reached: 4,
          conversionRate: '0.75',
          stays: 3,
          meanDays: '5.67',
          medianDays: '5',
          lostAt: 1,
        },
        {
          stage: 'QUALIFICATION',
          reached: 3,
          conversionRate: '0.666667',
          stays: 3,
          meanDays: '17.67',
          medianDays: '20',
          lostAt: 1,
        },
        {
          stage: 'DISCOVERY',
          reached: 2,
          conversionRate: '0.5',
          stays: 1,
          meanDays: '10',
          medianDays: '10',
          lostAt: 0,
        },
        { stage: 'PROPOSAL', reached: 1, conversionRate: '1', stays: 1, meanDays: '20', medianDays: '20', lostAt: 0 },
        {
          stage: 'NEGOTIATION',
          reached: 1,
          conversionRate: '1',
          stays: 0,
          meanDays: null,
          medianDays: null,
          lostAt: 0,
        },
        {
          stage: 'CLOSED_WON',
          reached: 1,
          conversionRate: null,
          stays: 0,
          meanDays: null,
          medianDays: null,
          lostAt: 0,
        },
      ],
    });
  });

  it('gives pipeline created and won by source, and conversion by region', async () => {
    const data = await gql<{
      bySource: {
        rows: {
          key: string;
          label: string;
          deals: number;
          pipelineCreated: string;
          wonCount: number;
          pipelineWon: string;
        }[];
      };
      byRegion: { rows: { key: string; stages: { reached: number }[] }[] };
    }>(
      'manager',
      `{ bySource: funnel(period: "FY2026", groupBy: SOURCE) { rows { key label deals pipelineCreated wonCount pipelineWon } }
         byRegion: funnel(period: "FY2026", groupBy: REGION) { rows { key stages { reached } } } }`,
    );
    // Inbound: D1 + D2 = 300.00, D1 won (100.00); Outbound: D3; no source: D4.
    expect(data.bySource.rows).toEqual([
      { key: '', label: 'No source', deals: 1, pipelineCreated: '400.00', wonCount: 0, pipelineWon: '0.00' },
      { key: 'Inbound', label: 'Inbound', deals: 2, pipelineCreated: '300.00', wonCount: 1, pipelineWon: '100.00' },
      { key: 'Outbound', label: 'Outbound', deals: 1, pipelineCreated: '300.00', wonCount: 0, pipelineWon: '0.00' },
    ]);
    // EMEA (B): D3 (top DISCOVERY), D4 (top PROSPECTING); NA (A): D1 (won), D2 (top QUALIFICATION).
    expect(data.byRegion.rows.map((r) => [r.key, r.stages.map((s) => s.reached)])).toEqual([
      ['EMEA', [2, 1, 1, 0, 0, 0]],
      ['NA', [2, 2, 1, 1, 1, 1]],
    ]);
  });

  it('refuses a grouping the funnel does not take, naming groupBy', async () => {
    for (const groupBy of ['PRODUCT', 'LOSS_REASON']) {
      const res = await client.request(
        `{ funnel(period: "FY2026", groupBy: ${groupBy}) { total { deals } } }`,
        {},
        keys.org,
      );
      expect(res.errors?.[0]?.message).toMatch(new RegExp(`^funnel cannot be grouped by ${groupBy}: `));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
    }
  });
});

describe('win/loss', () => {
  it('matches the hand-computed win rate, loss reasons and competitors of the deals closed in FY2026', async () => {
    const data = await gql<{ winLoss: { total: unknown; rows: unknown[] } }>(
      'manager',
      `{ winLoss(period: "FY2026", groupBy: REGION) {
          rows { key wonCount lostCount winRate }
          total { wonCount lostCount wonAmount lostAmount winRate
                  lossReasons { key label lostCount lostAmount }
                  competitors { key label lostCount wonCount winRate } } } }`,
    );
    // Closed in FY2026: D1 won 100, D5 won 50, D2 lost 200 (Price, Acme), D4 lost 400 (Timing).
    expect(data.winLoss.total).toEqual({
      wonCount: 2,
      lostCount: 2,
      wonAmount: '150.00',
      lostAmount: '600.00',
      winRate: '0.5',
      lossReasons: [
        { key: 'Price', label: 'Price too high', lostCount: 1, lostAmount: '200.00' },
        { key: 'Timing', label: 'Bad timing', lostCount: 1, lostAmount: '400.00' },
      ],
      // Acme: lost D2, won D5 -> 1/2; none named: D1 won, D4 lost -> 1/2.
      competitors: [
        { key: '', label: 'No competitor named', lostCount: 1, wonCount: 1, winRate: '0.5' },
        { key: 'Acme', label: 'Acme', lostCount: 1, wonCount: 1, winRate: '0.5' },
      ],
    });
    // EMEA (B): D4 lost -> 0; NA (A): D1, D5 won, D2 lost -> 2/3.
    expect(data.winLoss.rows).toEqual([
      { key: 'EMEA', wonCount: 0, lostCount: 1, winRate: '0' },
      { key: 'NA', wonCount: 2, lostCount: 1, winRate: '0.666667' },
    ]);
  });

  it('refuses LOSS_REASON and PRODUCT, naming groupBy', async () => {
    for (const groupBy of ['PRODUCT', 'LOSS_REASON']) {
      const res = await client.request(
        `{ winLoss(period: "FY2026", groupBy: ${groupBy}) { total { winRate } } }`,
        {},
        keys.org,
      );
      expect(res.errors?.[0]?.message).toMatch(new RegExp(`^winLoss cannot be grouped by ${groupBy}: `));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
    }
  });
});

describe('visibility', () => {
  // The deals a caller may see, by SQL: owned by, or split to, one of `repIds` (null = all).
  async function visible(repIds: number[] | null, where: string) {
    const [row] = await db.sql.query<{ n: number; amount: string | null; won: number; lost: number }>(
      `SELECT count(*)::int AS n, sum(amount)::text AS amount,
              count(*) FILTER (WHERE stage = 'CLOSED_WON')::int AS won, count(*) FILTER (WHERE stage = 'CLOSED_LOST')::int AS lost
         FROM "Opportunity" o
        WHERE o."organizationId" = $1 AND ${where}
          AND ($2::int[] IS NULL OR o."ownerId" = ANY($2) OR EXISTS (
                SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" = ANY($2)))`,
      [org, repIds],
    );
    return row as { n: number; amount: string | null; won: number; lost: number };
  }

  for (const [who, repIds] of [
    ['rep', () => [repB]],
    ['org', () => null],
  ] as const) {
    it(`counts exactly the deals a ${who === 'rep' ? 'rep-bound' : 'organization-wide'} caller may see`, async () => {
      const created = await visible(repIds(), `o."createdDate" >= '2026-01-01' AND o."createdDate" < '2027-01-01'`);
      const closed = await visible(
        repIds(),
        `o."closeDate" >= '2026-01-01' AND o."closeDate" < '2027-01-01' AND o.stage IN ('CLOSED_WON', 'CLOSED_LOST')`,
      );
      const data = await gql<{
        funnel: { total: { deals: number; pipelineCreated: string; wonCount: number } };
        winLoss: { total: { wonCount: number; lostCount: number } };
      }>(
        who,
        '{ funnel(period: "FY2026") { total { deals pipelineCreated wonCount } } winLoss(period: "FY2026") { total { wonCount lostCount } } }',
      );
      expect(data.funnel.total).toEqual({ deals: created.n, pipelineCreated: created.amount, wonCount: created.won });
      expect(data.winLoss.total).toEqual({ wonCount: closed.won, lostCount: closed.lost });
    });
  }

  it('keeps a manager scope to the deals of their subtree the caller may see', async () => {
    const data = await gql<{ funnel: { total: { deals: number } } }>(
      'rep',
      `{ funnel(period: "FY2026", scope: { region: "EMEA" }) { total { deals } } }`,
    );
    // B sees D1 (split), D3, D4 created in FY2026; of them, owned by an EMEA rep: D3, D4.
    expect(data.funnel.total.deals).toBe(2);
  });
});
