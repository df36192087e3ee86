// Revenue retention (docs/design.md §13) on a fixture small enough to work every figure out by
// hand: six accounts, their installed products and ARR history, across FY2026-Q1 and FY2026-Q2
// (fiscal year = calendar year). The hand arithmetic is below; groupings and the visibility of a
// rep-bound and a manager-bound caller are compared with SQL that reads the ARR of every day with
// the per-day query of docs/ingestion.md, a different method from the service's spans.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import type { Scope } from '../api/src/access/scopes.js';
import { ORGANIZATION_WIDE, onlyReps } from '../api/src/access/visibility.js';
import { retention } from '../api/src/retention/service.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let organizationId: number;
const keys: Record<'admin' | 'ana' | 'mia' | 'ben', Record<string, string>> = {
  admin: {},
  ana: {},
  mia: {},
  ben: {},
};
const reps: Record<string, number> = {};

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Reps: Mia (MANAGER) manages Ana (AE); Ben (AE) reports to no one. Territories East and West.
 * Accounts (segment, industry, territory, owner) and their history:
 *   A (SMB, Software, East, Ana): P1 since 2025-06-01 at 1000.00; 1500.50 from 2026-02-15;
 *       1200.25 from 2026-05-10.
 *   B (MID, Retail, West, Ben): P1 since 2025-01-01 at 2000.00, ended 2026-03-01 (exclusive);
 *       P2 since 2026-05-01 at 800.10.
 *   C (SMB, Software, none, Ana): P1 since 2026-02-01 at 300.33; P2 since 2026-04-01 at 100.00.
 *   D (ENT, Retail, East, Ben): P1 since 2025-03-01 at 5000.00, 4000.00 from 2026-06-30;
 *       P2 since 2026-01-15 at 250.00, ended 2026-03-15 (added and dropped inside Q1).
 *   E (MID, Software, West, Ana): P1 since 2026-03-10 at 700.00, ended 2026-03-20; P2 since
 *       2026-06-01 at 90.00.
 *   F (ENT, Manufacturing, none, Ana): P1 since 2025-01-01 at 10000.00, ended 2026-04-01 (so
 *       installed through 2026-03-31, the last day of Q1).
 *
 * Starting ARR = ARR on the day before the period, ending ARR = on its last day.
 * FY2026-Q1 (2025-12-31 -> 2026-03-31):
 *   A 1000.00 -> 1500.50 expansion 500.50; B 2000.00 -> 0 churn 2000.00; C 0 -> 300.33 new 300.33
 *   (no ARR ever before); D 5000.00 -> 5000.00 (P2 came and went inside the quarter: no movement);
 *   E 0 -> 0 (inside the quarter only: absent); F 10000.00 -> 10000.00.
 *   starting 1000 + 2000 + 5000 + 10000 = 18000.00; ending 1500.50 + 300.33 + 5000 + 10000
 *   = 16800.83 = 18000.00 + 300.33 + 500.50 + 0 - 0 - 2000.00.
 *   retained min(1000, 1500.50) + 0 + 5000 + 10000 = 16000.00: GRR 16000 / 18000 = 0.888889;
 *   cohort ending 1500.50 + 0 + 5000 + 10000 = 16500.50: NRR 16500.50 / 18000 = 0.916694(44);
 *   starting accounts A B D F = 4, churned B = 1: logo churn 0.25.
 * FY2026-Q2 (2026-03-31 -> 2026-06-30):
 *   A 1500.50 -> 1200.25 contraction 300.25; B 0 -> 800.10 reactivation (ARR before: 2025);
 *   C 300.33 -> 400.33 expansion 100.00 (P2 from the quarter's first day); D 5000.00 -> 4000.00
 *   contraction 1000.00 (effective on the last day); E 0 -> 90.00 reactivation (ARR in March);
 *   F 10000.00 -> 0 churn 10000.00.
 *   starting 16800.83 (Q1's ending); ending 1200.25 + 800.10 + 400.33 + 4000 + 90 = 6490.68
 *   = 16800.83 + 0 + 100.00 + 890.10 - 1300.25 - 10000.00.
 *   retained 1200.25 + 300.33 + 4000 + 0 = 5500.58: GRR 5500.58 / 16800.83 = 0.327399(30);
 *   cohort ending 1200.25 + 400.33 + 4000 + 0 = 5600.58: NRR 0.333351(39); logo churn 1/4.
 * FY2025-Q1: nobody had ARR on 2024-12-31: B, F (from 2025-01-01) and D (from 2025-03-01) are
 *   new (2000 + 10000 + 5000 = 17000.00); GRR, NRR and logo churn are null with their reason.
 */
async function buildFixture() {
  const org = await db.prisma.organization.create({
    data: { name: 'Retention Co', slug: 'retention', fiscalYearStartMonth: 1 },
  });
  organizationId = org.id;
  const rep = (name: string, role: 'AE' | 'MANAGER', managerId: number | null = null) =>
    db.prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}@retention.test`,
        role,
        region: 'NA',
        hireDate: day('2024-01-01'),
        managerId,
      },
    });
  reps.Mia = (await rep('Mia', 'MANAGER')).id;
  reps.Ana = (await rep('Ana', 'AE', reps.Mia)).id;
  reps.Ben = (await rep('Ben', 'AE')).id;
  const plan = await db.prisma.salesPlan.create({
    data: { organizationId, fiscalYear: 2026, name: 'FY2026', status: 'ACTIVE' },
  });
  const territory = async (name: string) =>
    (await db.prisma.territory.create({ data: { organizationId, salesPlanId: plan.id, name, kind: 'GEO' } })).id;
  const east = await territory('East');
  const west = await territory('West');
  const products: number[] = [];
  for (const name of ['P1', 'P2']) {
    products.push(
      (await db.prisma.product.create({ data: { organizationId, name, family: name, listPrice: '100.00' } })).id,
    );
  }
  type Segment = 'SMB' | 'MID' | 'ENT';
  const accounts: [string, Segment, string, number | null, string][] = [
    ['A', 'SMB', 'Software', east, 'Ana'],
    ['B', 'MID', 'Retail', west, 'Ben'],
    ['C', 'SMB', 'Software', null, 'Ana'],
    ['D', 'ENT', 'Retail', east, 'Ben'],
    ['E', 'MID', 'Software', west, 'Ana'],
    ['F', 'ENT', 'Manufacturing', null, 'Ana'],
  ];
  const ids: Record<string, number> = {};
  for (const [name, segment, industry, territoryId, owner] of accounts) {
    ids[name] = (
      await db.prisma.account.create({
        data: {
          organizationId,
          name,
          industry,
          segment,
          employees: 100,
          country: 'US',
          region: 'NA',
          territoryId,
          ownerId: reps[owner],
        },
      })
    ).id;
  }
  // [account, product (0/1), since, endDate, [[effectiveFrom, arr], ...]]
  const installs: [string, number, string, string | null, [string, string][]][] = [
    [
      'A',
      0,
      '2025-06-01',
      null,
      [
        ['2025-06-01', '1000.00'],
        ['2026-02-15', '1500.50'],
        ['2026-05-10', '1200.25'],
      ],
    ],
    ['B', 0, '2025-01-01', '2026-03-01', [['2025-01-01', '2000.00']]],
    ['B', 1, '2026-05-01', null, [['2026-05-01', '800.10']]],
    ['C', 0, '2026-02-01', null, [['2026-02-01', '300.33']]],
    ['C', 1, '2026-04-01', null, [['2026-04-01', '100.00']]],
    [
      'D',
      0,
      '2025-03-01',
      null,
      [
        ['2025-03-01', '5000.00'],
        ['2026-06-30', '4000.00'],
      ],
    ],
    ['D', 1, '2026-01-15', '2026-03-15', [['2026-01-15', '250.00']]],
    ['E', 0, '2026-03-10', '2026-03-20', [['2026-03-10', '700.00']]],
    ['E', 1, '2026-06-01', null, [['2026-06-01', '90.00']]],
    ['F', 0, '2025-01-01', '2026-04-01', [['2025-01-01', '10000.00']]],
  ];
  for (const [account, p, since, endDate, history] of installs) {
    const accountId = ids[account] as number;
    const productId = products[p] as number;
    await db.prisma.accountProduct.create({
      data: {
        organizationId,
        accountId,
        productId,
        since: day(since),
        endDate: endDate ? day(endDate) : null,
        arr: history.at(-1)?.[1] as string,
      },
    });
    for (const [from, arr] of history) {
      await db.prisma.accountProductArr.create({
        data: { organizationId, accountId, productId, effectiveFrom: day(from), arr },
      });
    }
  }
  const key = async (name: string, scopes: Scope[], repId: number | null) =>
    ({
      authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId, name, scopes, repId })).token}`,
    }) as Record<string, string>;
  keys.admin = await key('admin', ['admin'], null);
  keys.ana = await key('ana', ['read:performance'], reps.Ana as number);
  keys.mia = await key('mia', ['read:performance'], reps.Mia as number);
  keys.ben = await key('ben', ['read:performance'], reps.Ben as number);
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  await buildFixture();
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const FIGURES = `startingArr newArr expansionArr reactivationArr contractionArr churnedArr endingArr retainedArr
  cohortEndingArr startingAccounts endingAccounts newAccounts reactivatedAccounts expandedAccounts
  contractedAccounts churnedAccounts
  grossRevenueRetention { value nullReason } netRevenueRetention { value nullReason }
  logoChurnRate { value nullReason } logoRetentionRate { value nullReason }`;
const QUERY = `query($period: String!, $groupBy: RetentionGrouping) {
  retention(period: $period, groupBy: $groupBy) {
    period { key start end } groupBy
    total { ${FIGURES} }
    rows { label segment industry territory { name } ${FIGURES} }
  } }`;

interface Ratio {
  value: string | null;
  nullReason: string | null;
}
interface Figures {
  startingArr: string;
  newArr: string;
  expansionArr: string;
  reactivationArr: string;
  contractionArr: string;
  churnedArr: string;
  endingArr: string;
  retainedArr: string;
  cohortEndingArr: string;
  startingAccounts: number;
  endingAccounts: number;
  newAccounts: number;
  reactivatedAccounts: number;
  expandedAccounts: number;
  contractedAccounts: number;
  churnedAccounts: number;
  grossRevenueRetention: Ratio;
  netRevenueRetention: Ratio;
  logoChurnRate: Ratio;
  logoRetentionRate: Ratio;
}
interface Report {
  period: { key: string; start: string; end: string };
  groupBy: string | null;
  total: Figures;
  rows: (Figures & {
    label: string;
    segment: string | null;
    industry: string | null;
    territory: { name: string } | null;
  })[];
}

async function ask(who: keyof typeof keys, period: string, groupBy?: string): Promise<Report> {
  const res = await client.request<{ retention: Report }>(QUERY, { period, groupBy }, keys[who]);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data!.retention;
}

/** The bridge: starting + new + expansion + reactivation - contraction - churn, to the cent. */
function bridge(f: Figures): string {
  return new Decimal(f.startingArr)
    .plus(f.newArr)
    .plus(f.expansionArr)
    .plus(f.reactivationArr)
    .minus(f.contractionArr)
    .minus(f.churnedArr)
    .toFixed(2);
}

describe('retention on a hand-computed fixture', () => {
  it('computes FY2026-Q1 as worked out by hand', async () => {
    const r = await ask('admin', 'FY2026-Q1');
    expect(r.period).toEqual({ key: 'FY2026-Q1', start: '2026-01-01', end: '2026-04-01' });
    expect(r.rows).toEqual([]);
    expect(r.total).toEqual({
      startingArr: '18000.00',
      newArr: '300.33',
      expansionArr: '500.50',
      reactivationArr: '0.00',
      contractionArr: '0.00',
      churnedArr: '2000.00',
      endingArr: '16800.83',
      retainedArr: '16000.00',
      cohortEndingArr: '16500.50',
      startingAccounts: 4,
      endingAccounts: 4,
      newAccounts: 1,
      reactivatedAccounts: 0,
      expandedAccounts: 1,
      contractedAccounts: 0,
      churnedAccounts: 1,
      grossRevenueRetention: { value: '0.888889', nullReason: null },
      netRevenueRetention: { value: '0.916694', nullReason: null },
      logoChurnRate: { value: '0.25', nullReason: null },
      logoRetentionRate: { value: '0.75', nullReason: null },
    });
    expect(bridge(r.total)).toBe(r.total.endingArr);
  });

  it('computes FY2026-Q2 as worked out by hand, starting where Q1 ended', async () => {
    const r = await ask('admin', 'FY2026-Q2');
    expect(r.total).toEqual({
      startingArr: '16800.83',
      newArr: '0.00',
      expansionArr: '100.00',
      reactivationArr: '890.10',
      contractionArr: '1300.25',
      churnedArr: '10000.00',
      endingArr: '6490.68',
      retainedArr: '5500.58',
      cohortEndingArr: '5600.58',
      startingAccounts: 4,
      endingAccounts: 5,
      newAccounts: 0,
      reactivatedAccounts: 2,
      expandedAccounts: 1,
      contractedAccounts: 2,
      churnedAccounts: 1,
      grossRevenueRetention: { value: '0.327399', nullReason: null },
      netRevenueRetention: { value: '0.333351', nullReason: null },
      logoChurnRate: { value: '0.25', nullReason: null },
      logoRetentionRate: { value: '0.75', nullReason: null },
    });
    expect(bridge(r.total)).toBe(r.total.endingArr);
    // The half year is Q1 and Q2 chained: 18000.00 -> 6490.68, with B's churn (Q1) and its return
    // (Q2) seen as one account that stays a customer at a lower ARR: 2000.00 -> 800.10.
    const h = await ask('admin', 'FY2026');
    expect(h.total.startingArr).toBe('18000.00');
    expect(bridge(h.total)).toBe(h.total.endingArr);
  });

  it('answers null with a reason, never 0, when nothing was retained from', async () => {
    const r = await ask('admin', 'FY2025-Q1');
    expect(r.total.startingArr).toBe('0.00');
    expect(r.total.newArr).toBe('17000.00');
    expect(r.total.newAccounts).toBe(3);
    expect(r.total.endingArr).toBe('17000.00');
    expect(r.total.grossRevenueRetention).toEqual({ value: null, nullReason: 'NO_STARTING_ARR' });
    expect(r.total.netRevenueRetention).toEqual({ value: null, nullReason: 'NO_STARTING_ARR' });
    expect(r.total.logoChurnRate).toEqual({ value: null, nullReason: 'NO_STARTING_ACCOUNTS' });
  });

  it('groups Q2 by segment as worked out by hand', async () => {
    const r = await ask('admin', 'FY2026-Q2', 'SEGMENT');
    const pick = (f: Figures) => [
      f.startingArr,
      f.endingArr,
      f.grossRevenueRetention.value,
      f.netRevenueRetention.value,
    ];
    // ENT: D and F: 15000.00 -> 4000.00; retained 4000 + 0: GRR = NRR = 4000 / 15000 = 0.266667.
    // MID: B and E reactivated: 0 -> 890.10; no starting ARR.
    // SMB: A and C: 1800.83 -> 1600.58; retained 1200.25 + 300.33 = 1500.58: GRR 0.833271(32);
    //      NRR 1600.58 / 1800.83 = 0.888801(27).
    expect(r.rows.map((row) => [row.label, row.segment, ...pick(row)])).toEqual([
      ['ENT', 'ENT', '15000.00', '4000.00', '0.266667', '0.266667'],
      ['MID', 'MID', '0.00', '890.10', null, null],
      ['SMB', 'SMB', '1800.83', '1600.58', '0.833271', '0.888801'],
    ]);
    for (const row of r.rows) expect(bridge(row)).toBe(row.endingArr);
  });
});

/** Every account's ARR on a day with the per-day query of docs/ingestion.md. */
const ARR_ON = `coalesce((SELECT sum((SELECT h.arr FROM "AccountProductArr" h
    WHERE h."accountId" = ap."accountId" AND h."productId" = ap."productId" AND h."effectiveFrom" <= d
    ORDER BY h."effectiveFrom" DESC LIMIT 1))
   FROM "AccountProduct" ap
  WHERE ap."accountId" = a.id AND ap.since <= d AND (ap."endDate" IS NULL OR ap."endDate" > d)), 0)`;

interface AccountArr {
  segment: string;
  industry: string;
  territory: string | null;
  s: string;
  e: string;
  before: boolean;
}

/**
 * Per visible account: ARR on the day before `start` and on the day before `end`, and whether it
 * had ARR on any day before `start` (every day since 2024 evaluated one by one).
 */
async function accountsBySql(start: string, end: string, ownerIds: number[] | null): Promise<AccountArr[]> {
  return db.sql.query<AccountArr>(
    `SELECT a.segment::text AS segment, a.industry, t.name AS territory,
            (SELECT ${ARR_ON} FROM (SELECT $2::date - 1 AS d) x)::text AS s,
            (SELECT ${ARR_ON} FROM (SELECT $3::date - 1 AS d) x)::text AS e,
            EXISTS (SELECT 1 FROM generate_series('2024-01-01'::date, $2::date - 1, '1 day') g(day),
                    LATERAL (SELECT g.day::date AS d) x WHERE ${ARR_ON} > 0) AS before
       FROM "Account" a LEFT JOIN "Territory" t ON t.id = a."territoryId"
      WHERE a."organizationId" = $1 AND ($4::int[] IS NULL OR a."ownerId" = ANY($4::int[]))`,
    [organizationId, start, end, ownerIds],
  );
}

/** The bridge of a set of accounts, classified by the rules of docs/design.md §13. */
function expected(accounts: AccountArr[]) {
  const z = () => new Decimal(0);
  const f = { s: z(), e: z(), n: z(), x: z(), r: z(), c: z(), ch: z(), retained: z(), churned: 0, starting: 0 };
  for (const a of accounts) {
    const s = new Decimal(a.s);
    const e = new Decimal(a.e);
    f.s = f.s.plus(s);
    f.e = f.e.plus(e);
    if (s.isZero() && e.gt(0)) {
      if (a.before) f.r = f.r.plus(e);
      else f.n = f.n.plus(e);
    } else if (s.gt(0)) {
      f.starting++;
      f.retained = f.retained.plus(Decimal.min(s, e));
      if (e.isZero()) {
        f.ch = f.ch.plus(s);
        f.churned++;
      } else if (e.gt(s)) f.x = f.x.plus(e.minus(s));
      else f.c = f.c.plus(s.minus(e));
    }
  }
  return {
    startingArr: f.s.toFixed(2),
    endingArr: f.e.toFixed(2),
    newArr: f.n.toFixed(2),
    expansionArr: f.x.toFixed(2),
    reactivationArr: f.r.toFixed(2),
    contractionArr: f.c.toFixed(2),
    churnedArr: f.ch.toFixed(2),
    retainedArr: f.retained.toFixed(2),
    startingAccounts: f.starting,
    churnedAccounts: f.churned,
  };
}

function shown(f: Figures) {
  return {
    startingArr: f.startingArr,
    endingArr: f.endingArr,
    newArr: f.newArr,
    expansionArr: f.expansionArr,
    reactivationArr: f.reactivationArr,
    contractionArr: f.contractionArr,
    churnedArr: f.churnedArr,
    retainedArr: f.retainedArr,
    startingAccounts: f.startingAccounts,
    churnedAccounts: f.churnedAccounts,
  };
}

const PERIODS: [string, string, string][] = [
  ['FY2026-Q1', '2026-01-01', '2026-04-01'],
  ['FY2026-Q2', '2026-04-01', '2026-07-01'],
  ['FY2026', '2026-01-01', '2027-01-01'],
];

describe('retention against SQL over every day', () => {
  it.each(PERIODS)('groups %s by segment, industry and territory as SQL does', async (key, start, end) => {
    const accounts = await accountsBySql(start, end, null);
    const counted = accounts.filter((a) => new Decimal(a.s).gt(0) || new Decimal(a.e).gt(0));
    for (const [groupBy, of] of [
      ['SEGMENT', (a: AccountArr) => a.segment],
      ['INDUSTRY', (a: AccountArr) => a.industry],
      ['TERRITORY', (a: AccountArr) => a.territory ?? 'No territory'],
    ] as const) {
      const r = await ask('admin', key, groupBy);
      const labels = [...new Set(counted.map(of))].sort((a, b) => a.localeCompare(b));
      expect(
        r.rows.map((row) => row.label),
        groupBy,
      ).toEqual(labels);
      for (const row of r.rows) {
        expect(shown(row), `${groupBy} ${row.label}`).toEqual(expected(counted.filter((a) => of(a) === row.label)));
        expect(bridge(row)).toBe(row.endingArr);
      }
      expect(shown(r.total)).toEqual(expected(counted));
      // The rows add up to the total.
      const sum = (pick: (f: Figures) => string) =>
        r.rows.reduce((acc, row) => acc.plus(pick(row)), new Decimal(0)).toFixed(2);
      expect(sum((f) => f.startingArr)).toBe(r.total.startingArr);
      expect(sum((f) => f.endingArr)).toBe(r.total.endingArr);
      expect(sum((f) => f.churnedArr)).toBe(r.total.churnedArr);
    }
  });

  it('counts only the accounts a rep-bound or manager-bound caller may see', async () => {
    const own = {
      ana: [reps.Ana as number],
      mia: [reps.Mia as number, reps.Ana as number],
      ben: [reps.Ben as number],
    };
    for (const [who, owners] of Object.entries(own) as [keyof typeof own, number[]][]) {
      for (const [key, start, end] of PERIODS) {
        const accounts = (await accountsBySql(start, end, owners)).filter(
          (a) => new Decimal(a.s).gt(0) || new Decimal(a.e).gt(0),
        );
        const r = await ask(who, key, 'SEGMENT');
        expect(shown(r.total), `${who} ${key}`).toEqual(expected(accounts));
        expect(r.rows.map((row) => row.label)).toEqual([...new Set(accounts.map((a) => a.segment))].sort());
      }
    }
    // By hand: Ben sees B and D. Q2: B 0 -> 800.10 reactivation, D 5000.00 -> 4000.00.
    const ben = await ask('ben', 'FY2026-Q2');
    expect([ben.total.startingArr, ben.total.reactivationArr, ben.total.contractionArr, ben.total.endingArr]).toEqual([
      '5000.00',
      '800.10',
      '1000.00',
      '4800.10',
    ]);
    // A user token bound to no rep sees no rep-bound row: the accounts of this organization all
    // have owners, so nothing counts.
    const service = await retention(
      {
        prisma: tenantPrisma(db.prisma, organizationId),
        organizationId,
        fiscalYearStartMonth: 1,
        visibility: { ...ORGANIZATION_WIDE, reps: onlyReps([]) },
      },
      { period: 'FY2026-Q2' },
    );
    expect(service.total.startingArr.toFixed(2)).toBe('0.00');
    expect(service.total.grossRevenueRetention).toEqual({ value: null, nullReason: 'NO_STARTING_ARR' });
  });

  it('costs one SQL statement, whatever the grouping', async () => {
    const ctx = {
      prisma: tenantPrisma(db.prisma, organizationId),
      organizationId,
      fiscalYearStartMonth: 1,
      visibility: ORGANIZATION_WIDE,
    };
    for (const groupBy of [null, 'SEGMENT', 'INDUSTRY', 'TERRITORY']) {
      const before = db.queryCount();
      await retention(ctx, { period: 'FY2026', groupBy });
      expect(db.queryCount() - before, String(groupBy)).toBe(1);
    }
  });
});

describe('bad input', () => {
  const ctx = () => ({
    prisma: tenantPrisma(db.prisma, organizationId),
    organizationId,
    fiscalYearStartMonth: 1,
    visibility: ORGANIZATION_WIDE,
  });

  it('refuses an unknown period key naming `period`', async () => {
    for (const period of ['FY2026-Q5', 'FY26', '2026', 'FY2026-M13']) {
      const res = await client.request(QUERY, { period }, keys.admin);
      expect(res.data?.retention ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['period'] });
    }
  });

  it('refuses an unknown grouping naming `groupBy`', async () => {
    await expect(retention(ctx(), { period: 'FY2026', groupBy: 'REP' })).rejects.toMatchObject({
      userError: { code: 'INVALID', field: ['groupBy'] },
      message: expect.stringContaining('groupBy must be one of SEGMENT, INDUSTRY, TERRITORY'),
    });
    // Through GraphQL the enum refuses it before the resolver, naming the variable and the value.
    const res = await client.request(QUERY, { period: 'FY2026', groupBy: 'REP' }, keys.admin);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/\$groupBy.*"REP".*RetentionGrouping/);
  });

  it('refuses a caller without read:performance', async () => {
    const key = await issueApiKey(db.sql, { organizationId, name: 'accounts', scopes: ['read:accounts'], repId: null });
    const res = await client.request(QUERY, { period: 'FY2026' }, { authorization: `Bearer ${key.token}` });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
