// The deal groupings of performance (issue 20; docs/design.md §5 "Which metric allows which
// grouping"): TYPE, ACCOUNT_INDUSTRY and ACCOUNT_SEGMENT, on a hand-sized fixture whose every
// number is worked out below, through the GraphQL server, as an admin, a manager-bound and a
// rep-bound caller; and the refusal of quota metrics on their rows. (The same groupings against
// independent SQL on the demo dataset, with visibility: test/performance-seeded.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

// Fiscal years start in January: FY2026-Q1 is 2026-01-01 .. 2026-04-01.
//
// People (role, manager, FY2026-Q1 quota): Mona MANAGER -; Ana AE Mona 100,000; Ben AE Mona 50,000;
// Sam SE Mona 10,000 (overlay: never in a team row or total); Zed AE (no manager) 20,000.
// Every rep's own segment is SMB, so the rep SEGMENT grouping would put everything in one row.
// Accounts (industry, segment): Acme (Retail, ENT), Bolt (Retail, SMB), Core (Software, MID).
//
// Deals (type, owner, account, stage, amount, created, closed; splits):
//   D1 NEW_BUSINESS Ana Acme WON      60,000 01-05 02-04 (30 days)
//   D2 EXPANSION    Ben Core WON      40,000 01-05 03-06 (60 days); REVENUE Ben 50% / Ana 50%, OVERLAY Sam 100%
//   D3 NEW_BUSINESS Ben Bolt LOST     30,000 01-05 02-10
//   D4 RENEWAL      Ana Acme PROPOSAL 40,000 01-05 03-20 (open, probability 0.6)
//   D5 RENEWAL      Zed Core WON      10,000 01-05 01-25 (20 days)
//   D6 EXPANSION    Zed Bolt WON       5,000 01-05 03-01 (55 days); REVENUE Zed 50% / Ben 50%
//   D7 NEW_BUSINESS Ben Core DISCOVERY 8,000 02-01 05-10 (created in Q1, closes in Q2)
//
// FY2026-Q1 by TYPE (revenue credit; Sam's overlay 40,000 counts nowhere here):
//   New business: D1 60,000; won 1, lost 1 (D3); winRate 0.5; cycle 30; created D1 + D3 + D7 =
//                 98,000; nothing open closing in Q1.
//   Expansion:    D2 20,000 + 20,000 and D6 2,500 + 2,500 = 45,000; won 2 (each deal once);
//                 average 22,500; cycle (60 + 55) / 2 = 57.5; created 45,000.
//   Renewal:      D5 10,000; won 1; cycle 20; created D4 + D5 = 50,000; open D4 40,000, weighted
//                 24,000; velocity 1 x 10,000 x 1 / (1 x 20) = 500.
//   Total:        115,000 (the rows add up to it: each deal is in one row); won 4, lost 1;
//                 quota Ana + Ben + Zed = 170,000 (Sam's overlay quota never in a total);
//                 attainment 115,000 / 170,000 = 0.676471.
// By ACCOUNT_INDUSTRY:
//   Retail (Acme, Bolt): D1 60,000 + D6 5,000 = 65,000; won 2, lost 1 (D3); winRate 0.666667;
//                 average 32,500; cycle (30 + 55) / 2 = 42.5; created 60,000 + 30,000 + 40,000 +
//                 5,000 = 135,000; open D4 40,000, weighted 24,000; velocity 1 x 65,000 x 2 / (3 x
//                 85) = 509.80.
//   Software (Core): D2 40,000 + D5 10,000 = 50,000; won 2; average 25,000; cycle (60 + 20) / 2
//                 = 40; created 40,000 + 10,000 + 8,000 = 58,000.
// By ACCOUNT_SEGMENT (the account's, not the rep's):
//   ENT (Acme): D1 60,000; won 1; cycle 30; created 100,000; open D4 40,000.
//   SMB (Bolt): D6 5,000; won 1, lost 1; winRate 0.5; cycle 55; created 35,000.
//   MID (Core): as Software above.
//
// Sources and competitors (Q1): D1 Inbound/Rival, D2 Partner/-, D3 Inbound/Rival, D4 Outbound/Other Co,
// D5 -/-, D6 Partner/Rival, D7 Outbound/-.
// By SOURCE: Inbound D1 60,000 won, D3 lost, created 90,000; Partner D2 + D6 45,000, won 2;
//   Outbound nothing closed, created D4 + D7 48,000, open D4 40,000; No source D5 10,000.
// By COMPETITOR: Rival D1 + D6 65,000, won 2, lost 1 (D3), winRate 0.666667, created 95,000; Other
//   Co D4 open 40,000; No competitor D2 + D5 50,000, won 2, created 58,000 (D7 too).
// FY2026-Q2 (2026-04-01 .. 07-01), lost deals created 04-02 (loss reasons Price and Timing):
//   D8  Zed NEW_BUSINESS Core LOST 12,000 05-05, Timing, Other Co, Inbound
//   D9  Ben EXPANSION    Acme LOST  6,000 05-10, Price, Rival; REVENUE Ben 50% / Zed 50%
//   D10 Ana NEW_BUSINESS Bolt LOST  3,000 05-12, no reason
//   D11 Ana RENEWAL      Acme WON   9,000 05-15, Rival, Partner
// By LOSS_REASON (lostCount only): Timing 1 (D8), Price 1 (D9), No loss reason 1 (D10; D11 won and
//   D7 open closing in Q2 are in that row too, but only lostCount is defined). Mona's key: no
//   Timing row (D8 is Zed's), Price 1 (Ben's half of D9), No loss reason 1. Ana's key: No loss
//   reason 1 only.
//
// Mona's key sees Mona, Ana, Ben and Sam (not Zed), by TYPE:
//   New business as above (Ana's and Ben's deals). Expansion: D2 40,000 + Ben's half of D6
//   2,500 = 42,500; won 2; average 21,250. Renewal: D5 is Zed's, unseen: bookings 0, no closed
//   deal (winRate, average and cycle null); D4 open 40,000, created 40,000. Total 102,500 against
//   Ana's and Ben's 150,000 (0.683333).
// Ana's key sees Ana only: New business D1 60,000, won 1, lost 0 (D3 is Ben's), created 60,000;
//   Expansion Ana's half of D2 20,000, won 1, cycle 60, created 20,000; Renewal D4 open 40,000.

const d = (s: string) => new Date(`${s}T00:00:00Z`);

let db: TestDatabase;
let client: TestClient;
let organizationId: number;
const reps: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  const prisma = db.prisma;
  organizationId = (
    await prisma.organization.create({ data: { name: 'Deal Co', slug: 'deal-groupings', fiscalYearStartMonth: 1 } })
  ).id;
  const plan = await prisma.salesPlan.create({
    data: { organizationId, fiscalYear: 2026, name: 'FY2026', status: 'ACTIVE' },
  });
  const people: [string, 'MANAGER' | 'AE' | 'SE', string | null, string | null][] = [
    ['Mona', 'MANAGER', null, null],
    ['Ana', 'AE', 'Mona', '100000.00'],
    ['Ben', 'AE', 'Mona', '50000.00'],
    ['Sam', 'SE', 'Mona', '10000.00'],
    ['Zed', 'AE', null, '20000.00'],
  ];
  for (const [name, role, manager, quota] of people) {
    const rep = await prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}@deal.test`,
        role,
        region: 'NA',
        segment: 'SMB',
        managerId: manager ? reps[manager] : null,
        hireDate: d('2024-01-15'),
      },
    });
    reps[name] = rep.id;
    if (quota) {
      await prisma.quota.create({
        data: {
          organizationId,
          salesPlanId: plan.id,
          repId: rep.id,
          periodKey: 'FY2026-Q1',
          periodStart: d('2026-01-01'),
          periodEnd: d('2026-04-01'),
          amount: quota,
        },
      });
    }
  }
  const accounts: Record<string, number> = {};
  for (const [name, industry, segment, employees] of [
    ['Acme', 'Retail', 'ENT', 5000],
    ['Bolt', 'Retail', 'SMB', 50],
    ['Core', 'Software', 'MID', 500],
  ] as const) {
    accounts[name] = (
      await prisma.account.create({
        data: { organizationId, name, industry, country: 'US', region: 'NA', employees, segment },
      })
    ).id;
  }
  const reasons: Record<string, number> = {};
  for (const [externalId, label] of [
    ['PRICE', 'Price'],
    ['TIMING', 'Timing'],
  ]) {
    reasons[label as string] = (
      await prisma.lossReason.create({
        data: { organizationId, externalId: externalId as string, label: label as string },
      })
    ).id;
  }
  const attributes: Record<string, [string | null, string | null, string | null]> = {
    D1: ['Inbound', 'Rival', null],
    D2: ['Partner', null, null],
    D3: ['Inbound', 'Rival', null],
    D4: ['Outbound', 'Other Co', null],
    D5: [null, null, null],
    D6: ['Partner', 'Rival', null],
    D7: ['Outbound', null, null],
    D8: ['Inbound', 'Other Co', 'Timing'],
    D9: [null, 'Rival', 'Price'],
    D10: [null, null, null],
    D11: ['Partner', 'Rival', null],
  };
  const deal = (
    name: string,
    type: 'NEW_BUSINESS' | 'EXPANSION' | 'RENEWAL',
    owner: string,
    account: string,
    stage: 'CLOSED_WON' | 'CLOSED_LOST' | 'PROPOSAL' | 'DISCOVERY',
    amount: string,
    created: string,
    closed: string,
    splits: [string, string, 'REVENUE' | 'OVERLAY'][] = [],
  ) =>
    prisma.opportunity.create({
      data: {
        organizationId,
        name,
        type,
        source: attributes[name]?.[0] ?? null,
        competitor: attributes[name]?.[1] ?? null,
        lossReasonId: attributes[name]?.[2] ? reasons[attributes[name]?.[2] as string] : null,
        ownerId: reps[owner] as number,
        accountId: accounts[account] as number,
        amount,
        stage,
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
        createdDate: d(created),
        closeDate: d(closed),
        splits: {
          create: splits.map(([rep, percent, splitType]) => ({
            organizationId,
            repId: reps[rep] as number,
            percent,
            splitType,
          })),
        },
      },
    });
  await deal('D1', 'NEW_BUSINESS', 'Ana', 'Acme', 'CLOSED_WON', '60000.00', '2026-01-05', '2026-02-04');
  await deal('D2', 'EXPANSION', 'Ben', 'Core', 'CLOSED_WON', '40000.00', '2026-01-05', '2026-03-06', [
    ['Ben', '0.5', 'REVENUE'],
    ['Ana', '0.5', 'REVENUE'],
    ['Sam', '1', 'OVERLAY'],
  ]);
  await deal('D3', 'NEW_BUSINESS', 'Ben', 'Bolt', 'CLOSED_LOST', '30000.00', '2026-01-05', '2026-02-10');
  await deal('D4', 'RENEWAL', 'Ana', 'Acme', 'PROPOSAL', '40000.00', '2026-01-05', '2026-03-20');
  await deal('D5', 'RENEWAL', 'Zed', 'Core', 'CLOSED_WON', '10000.00', '2026-01-05', '2026-01-25');
  await deal('D6', 'EXPANSION', 'Zed', 'Bolt', 'CLOSED_WON', '5000.00', '2026-01-05', '2026-03-01', [
    ['Zed', '0.5', 'REVENUE'],
    ['Ben', '0.5', 'REVENUE'],
  ]);
  await deal('D7', 'NEW_BUSINESS', 'Ben', 'Core', 'DISCOVERY', '8000.00', '2026-02-01', '2026-05-10');
  await deal('D8', 'NEW_BUSINESS', 'Zed', 'Core', 'CLOSED_LOST', '12000.00', '2026-04-02', '2026-05-05');
  await deal('D9', 'EXPANSION', 'Ben', 'Acme', 'CLOSED_LOST', '6000.00', '2026-04-02', '2026-05-10', [
    ['Ben', '0.5', 'REVENUE'],
    ['Zed', '0.5', 'REVENUE'],
  ]);
  await deal('D10', 'NEW_BUSINESS', 'Ana', 'Bolt', 'CLOSED_LOST', '3000.00', '2026-04-02', '2026-05-12');
  await deal('D11', 'RENEWAL', 'Ana', 'Acme', 'CLOSED_WON', '9000.00', '2026-04-02', '2026-05-15');
  client = await createTestClient(db);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const FIELDS = `bookings wonCount lostCount winRate avgDealSize salesCycleDays pipelineCreated openPipeline
  openCount weightedPipeline velocity`;
interface Row {
  label: string;
  bookings: string;
  wonCount: number;
  lostCount: number;
  winRate: string | null;
  avgDealSize: string | null;
  salesCycleDays: string | null;
  pipelineCreated: string;
  openPipeline: string;
  openCount: number;
  weightedPipeline: string;
  velocity: string | null;
}

const row = (
  bookings: string,
  [wonCount, lostCount]: [number, number],
  winRate: string | null,
  avgDealSize: string | null,
  salesCycleDays: string | null,
  pipelineCreated: string,
  [openPipeline, openCount, weightedPipeline]: [string, number, string],
  velocity: string | null,
) => ({
  bookings,
  wonCount,
  lostCount,
  winRate,
  avgDealSize,
  salesCycleDays,
  pipelineCreated,
  openPipeline,
  openCount,
  weightedPipeline,
  velocity,
});
const NOTHING_OPEN: [string, number, string] = ['0.00', 0, '0.00'];
const D4_OPEN: [string, number, string] = ['40000.00', 1, '24000.00'];

const byLabel = (rows: Row[]) => Object.fromEntries(rows.map(({ label, ...rest }) => [label, rest]));

const tokenOf = async (rep: string) =>
  (
    await issueApiKey(db.sql, {
      organizationId,
      name: `viewer ${rep}`,
      scopes: ['read:performance'],
      repId: reps[rep] as number,
    })
  ).token;

interface Report {
  rows: (Row & {
    key: string;
    dealType: string | null;
    accountIndustry: string | null;
    accountSegment: string | null;
    source: string | null;
    competitor: string | null;
  })[];
  total: Row & { quota: string; attainment: string | null };
}

async function report(groupBy: string, token: string | null = null): Promise<Report> {
  const res = await client.request<{ performance: Report }>(
    `{ performance(period: "FY2026-Q1", groupBy: ${groupBy}) {
         rows { key label dealType accountIndustry accountSegment source competitor ${FIELDS} }
         total { label quota attainment ${FIELDS} } } }`,
    {},
    token ? { authorization: `Bearer ${token}` } : undefined,
  );
  expect(res.errors).toBeUndefined();
  return (res.data as { performance: Report }).performance;
}

const strip = (rows: Report['rows']) =>
  byLabel(
    rows.map(
      ({ key: _k, dealType: _t, accountIndustry: _i, accountSegment: _s, source: _o, competitor: _c, ...r }) => r,
    ),
  );

const NEW_BUSINESS = row('60000.00', [1, 1], '0.5', '60000.00', '30', '98000.00', NOTHING_OPEN, '0.00');
const EXPANSION = row('45000.00', [2, 0], '1', '22500.00', '57.5', '45000.00', NOTHING_OPEN, '0.00');
const RENEWAL = row('10000.00', [1, 0], '1', '10000.00', '20', '50000.00', D4_OPEN, '500.00');
const SOFTWARE = row('50000.00', [2, 0], '1', '25000.00', '40', '58000.00', NOTHING_OPEN, '0.00');

describe('deal groupings, as an admin', () => {
  it('TYPE: new business, expansion and renewal; the rows add up to the total', async () => {
    const r = await report('TYPE');
    expect(strip(r.rows)).toEqual({ 'New business': NEW_BUSINESS, Expansion: EXPANSION, Renewal: RENEWAL });
    expect(r.rows.map((x) => [x.key, x.dealType])).toEqual([
      ['EXPANSION', 'EXPANSION'],
      ['NEW_BUSINESS', 'NEW_BUSINESS'],
      ['RENEWAL', 'RENEWAL'],
    ]);
    const { label: _l, quota, attainment, ...total } = r.total;
    expect([quota, attainment]).toEqual(['170000.00', '0.676471']);
    expect(total).toMatchObject({ bookings: '115000.00', wonCount: 4, lostCount: 1, pipelineCreated: '193000.00' });
  });

  it("ACCOUNT_INDUSTRY: the deal's account's industry", async () => {
    const r = await report('ACCOUNT_INDUSTRY');
    expect(strip(r.rows)).toEqual({
      Retail: row('65000.00', [2, 1], '0.666667', '32500.00', '42.5', '135000.00', D4_OPEN, '509.80'),
      Software: SOFTWARE,
    });
    expect(r.rows.map((x) => x.accountIndustry)).toEqual(['Retail', 'Software']);
  });

  it("ACCOUNT_SEGMENT: the account's segment, not the rep's", async () => {
    const r = await report('ACCOUNT_SEGMENT');
    expect(strip(r.rows)).toEqual({
      ENT: row('60000.00', [1, 0], '1', '60000.00', '30', '100000.00', D4_OPEN, '2000.00'),
      MID: SOFTWARE,
      SMB: row('5000.00', [1, 1], '0.5', '5000.00', '55', '35000.00', NOTHING_OPEN, '0.00'),
    });
    expect(r.rows.map((x) => x.accountSegment)).toEqual(['ENT', 'MID', 'SMB']);
  });
});

describe('deal groupings count only the deals the caller may see', () => {
  it("a manager-bound caller: Mona's team, without Zed's credit", async () => {
    const r = await report('TYPE', await tokenOf('Mona'));
    expect(strip(r.rows)).toEqual({
      'New business': NEW_BUSINESS,
      Expansion: row('42500.00', [2, 0], '1', '21250.00', '57.5', '42500.00', NOTHING_OPEN, '0.00'),
      Renewal: row('0.00', [0, 0], null, null, null, '40000.00', D4_OPEN, null),
    });
    expect([r.total.bookings, r.total.quota, r.total.attainment]).toEqual(['102500.00', '150000.00', '0.683333']);
  });

  it("a rep-bound caller: Ana's own credit only", async () => {
    const r = await report('TYPE', await tokenOf('Ana'));
    expect(strip(r.rows)).toEqual({
      'New business': row('60000.00', [1, 0], '1', '60000.00', '30', '60000.00', NOTHING_OPEN, '0.00'),
      Expansion: row('20000.00', [1, 0], '1', '20000.00', '60', '20000.00', NOTHING_OPEN, '0.00'),
      Renewal: row('0.00', [0, 0], null, null, null, '40000.00', D4_OPEN, null),
    });
    const industries = await report('ACCOUNT_INDUSTRY', await tokenOf('Ana'));
    // Ana: D1 60,000 and D4 open on Acme (Retail); her half of D2 20,000 on Core (Software).
    expect(industries.rows.map((x) => [x.label, x.bookings, x.openPipeline])).toEqual([
      ['Retail', '60000.00', '40000.00'],
      ['Software', '20000.00', '0.00'],
    ]);
  });
});

describe('source, competitor and loss reason', () => {
  it('SOURCE: where bookings and pipeline come from', async () => {
    const r = await report('SOURCE');
    expect(strip(r.rows)).toEqual({
      Inbound: row('60000.00', [1, 1], '0.5', '60000.00', '30', '90000.00', NOTHING_OPEN, '0.00'),
      Partner: EXPANSION,
      Outbound: row('0.00', [0, 0], null, null, null, '48000.00', D4_OPEN, null),
      'No source': row('10000.00', [1, 0], '1', '10000.00', '20', '10000.00', NOTHING_OPEN, '0.00'),
    });
    expect(r.rows.map((x) => [x.key, x.source])).toEqual([
      ['Inbound', 'Inbound'],
      ['', null],
      ['Outbound', 'Outbound'],
      ['Partner', 'Partner'],
    ]);
  });

  it('COMPETITOR: win rate against each competitor', async () => {
    const r = await report('COMPETITOR');
    expect(strip(r.rows)).toEqual({
      Rival: row('65000.00', [2, 1], '0.666667', '32500.00', '42.5', '95000.00', NOTHING_OPEN, '0.00'),
      'Other Co': row('0.00', [0, 0], null, null, null, '40000.00', D4_OPEN, null),
      'No competitor': SOFTWARE,
    });
  });

  it('LOSS_REASON: lost deals per reason, by caller', async () => {
    // The row's loss reason object needs read:pipeline, which the viewers' keys lack: they read labels.
    const lost = async (token: string | null) => {
      const res = await client.request<{
        performance: { rows: { label: string; lostCount: number; lossReason?: { label: string } | null }[] };
      }>(
        `{ performance(period: "FY2026-Q2", groupBy: LOSS_REASON) { rows { label lostCount ${token ? '' : 'lossReason { label }'} } } }`,
        {},
        token ? { authorization: `Bearer ${token}` } : undefined,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.performance.rows.map((x) => [x.label, x.lostCount, x.lossReason?.label ?? null]);
    };
    expect(await lost(null)).toEqual([
      ['No loss reason', 1, null],
      ['Price', 1, 'Price'],
      ['Timing', 1, 'Timing'],
    ]);
    expect(await lost(await tokenOf('Mona'))).toEqual([
      ['No loss reason', 1, null],
      ['Price', 1, null],
    ]);
    expect(await lost(await tokenOf('Ana'))).toEqual([['No loss reason', 1, null]]);
  });
});

// Independent SQL over the same rows: each deal's revenue credit lines (its REVENUE splits, else
// its owner at 100%) of the visible reps, summed by the grouping's column, with no CTE of the service.
const KEYS: Record<string, string> = {
  TYPE: 'o.type::text',
  ACCOUNT_INDUSTRY: 'a.industry',
  ACCOUNT_SEGMENT: 'a.segment::text',
  SOURCE: "coalesce(o.source, '')",
  COMPETITOR: "coalesce(o.competitor, '')",
  LOSS_REASON: `coalesce(o."lossReasonId"::text, '')`,
};

async function independent(grouping: string, visible: number[], start: string, end: string) {
  const inClose = '(o."closeDate" >= $2::date AND o."closeDate" < $3::date)';
  const inCreated = '(o."createdDate" >= $2::date AND o."createdDate" < $3::date)';
  const rows = await db.sql.query<{ k: string; bookings: string; won: number; lost: number; created: string }>(
    `WITH credit AS (
       SELECT s."opportunityId" AS opp, s."repId" AS rep, s.percent AS share FROM "OpportunitySplit" s
        WHERE s."organizationId" = $1 AND s."splitType" = 'REVENUE'
       UNION ALL
       SELECT o.id, o."ownerId", 1 FROM "Opportunity" o
        WHERE o."organizationId" = $1
          AND NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."splitType" = 'REVENUE'))
     SELECT ${KEYS[grouping]} AS k,
            coalesce(sum(round(o.amount * c.share, 2)) FILTER (WHERE o.stage = 'CLOSED_WON' AND ${inClose}), 0)::numeric(18, 2)::text AS bookings,
            count(DISTINCT o.id) FILTER (WHERE o.stage = 'CLOSED_WON' AND ${inClose})::int AS won,
            count(DISTINCT o.id) FILTER (WHERE o.stage = 'CLOSED_LOST' AND ${inClose})::int AS lost,
            coalesce(sum(round(o.amount * c.share, 2)) FILTER (WHERE ${inCreated}), 0)::numeric(18, 2)::text AS created
       FROM credit c JOIN "Opportunity" o ON o.id = c.opp JOIN "Account" a ON a.id = o."accountId"
      WHERE c.rep = ANY($4::int[]) AND (${inClose} OR ${inCreated})
      GROUP BY 1 ORDER BY 1`,
    [organizationId, start, end, visible],
  );
  return rows.map((r) => (grouping === 'LOSS_REASON' ? [r.k, r.lost] : [r.k, r.bookings, r.won, r.lost, r.created]));
}

describe('every deal grouping as a manager-bound and a rep-bound caller, against independent SQL', () => {
  it.each(Object.keys(KEYS))('%s', async (grouping) => {
    const [start, end, key] =
      grouping === 'LOSS_REASON'
        ? ['2026-04-01', '2026-07-01', 'FY2026-Q2']
        : ['2026-01-01', '2026-04-01', 'FY2026-Q1'];
    const fields = grouping === 'LOSS_REASON' ? 'key lostCount' : 'key bookings wonCount lostCount pipelineCreated';
    for (const [viewer, visible] of [
      ['Mona', ['Mona', 'Ana', 'Ben', 'Sam']],
      ['Ana', ['Ana']],
    ] as const) {
      const res = await client.request<{
        performance: {
          rows: { key: string; bookings: string; wonCount: number; lostCount: number; pipelineCreated: string }[];
        };
      }>(
        `{ performance(period: "${key}", groupBy: ${grouping}) { rows { ${fields} } } }`,
        {},
        {
          authorization: `Bearer ${await tokenOf(viewer)}`,
        },
      );
      expect(res.errors).toBeUndefined();
      const got = (res.data?.performance.rows ?? [])
        .map((r) =>
          grouping === 'LOSS_REASON'
            ? [r.key, r.lostCount]
            : [r.key, r.bookings, r.wonCount, r.lostCount, r.pipelineCreated],
        )
        .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
      const want = await independent(
        grouping,
        visible.map((name) => reps[name] as number),
        start,
        end,
      );
      expect(want.length).toBeGreaterThan(0);
      expect(got).toEqual(want);
    }
  });
});

describe('metrics a grouping does not define are refused, naming the argument', () => {
  const refused = async (query: string) => {
    const res = await client.request(query);
    expect(res.data ?? null).toBeNull();
    return res.errors?.[0];
  };

  it('quota, attainment or coverage on the rows of a deal grouping: groupBy', async () => {
    for (const [grouping, field] of [
      ['TYPE', 'quota'],
      ['ACCOUNT_INDUSTRY', 'attainment'],
      ['ACCOUNT_SEGMENT', 'coverage'],
      ['SOURCE', 'quota'],
      ['COMPETITOR', 'attainment'],
      ['LOSS_REASON', 'bookings'],
    ]) {
      const e = await refused(`{ performance(period: "FY2026-Q1", groupBy: ${grouping}) { rows { label ${field} } } }`);
      expect(e?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
      expect(e?.message).toContain(`groupBy ${grouping} does not support ${field}`);
    }
  });

  it('through a fragment, in a trend, and as a sort order (orderBy.metric)', async () => {
    const fragment = await refused(`{ performance(period: "FY2026-Q1", groupBy: TYPE) { rows { ...m } } }
      fragment m on PerformanceRow { label attainment }`);
    expect(fragment?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
    const trend = await refused(`{ performanceTrend(period: "FY2026-Q1", periods: 2, groupBy: ACCOUNT_SEGMENT) {
        points { rows { ... on PerformanceRow { quota } } } } }`);
    expect(trend?.extensions).toMatchObject({ code: 'INVALID', field: ['groupBy'] });
    const sorted = await refused(`{ performance(period: "FY2026-Q1", groupBy: TYPE, orderBy: { metric: ATTAINMENT }) {
        rows { label } } }`);
    expect(sorted?.extensions).toMatchObject({ code: 'INVALID', field: ['orderBy', 'metric'] });
  });

  it('the total keeps its quota, and other metrics sort the rows', async () => {
    const res = await client.data<{ performance: { rows: { label: string }[]; total: { quota: string } } }>(
      `{ performance(period: "FY2026-Q1", groupBy: TYPE, orderBy: { metric: BOOKINGS }) {
           rows { label } total { quota } } }`,
    );
    expect(res.performance.rows.map((r) => r.label)).toEqual(['New business', 'Expansion', 'Renewal']);
    expect(res.performance.total.quota).toBe('170000.00');
  });
});
