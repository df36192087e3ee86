// Top-down allocation reaches every individual quota carrier (docs/design.md §10, issue 18
// defect 5): PRIMARY assignment holders and an account manager without a territory, a December
// hire prorated by the months of the plan year they are there, the year written with its
// quarters and months so that quotaCheck is clean right after. Every amount is worked out by hand.
//
// The organization's fiscal year is the calendar year (start month 1): FY2027 is 2027, last
// year FY2026 is 2026.
//
// rep  role       hired        left         territory (PRIMARY)   won in FY2026
// Ana  AE         2020-01-06   -            West from 2027-01-01  6,000.00 (12 months there)
// Max  AM         2026-07-01   -            none                  2,000.00 (6 months there: Jul-Dec)
// Dee  AE         2027-12-01   -            East from 2027-12-01  - (hired in December of the plan year)
// Lee  AE         2019-03-04   2026-10-30   -                     1,000.00 (gone before FY2027)
// Mia  MANAGER    2018-01-08   -            -                     - (team quota 90,000.00)
// Sam  SE         2021-05-03   -            -                     - (overlay quota 20,000.00)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, dbId, gid, mutation, mutationOk } from './planning-fixture.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let org: number;
const reps = {} as Record<'ana' | 'max' | 'dee' | 'lee' | 'mia' | 'sam', number>;
let territories: Record<'west' | 'east', string>;

beforeAll(async () => {
  db = await createTestDatabase();
  const organization = await db.prisma.organization.create({
    data: { name: 'Carriers Co', slug: 'carriers', fiscalYearStartMonth: 1 },
  });
  org = organization.id;
  const rows: [keyof typeof reps, string, 'AE' | 'AM' | 'MANAGER' | 'SE', string, string | null][] = [
    ['ana', 'Ana', 'AE', '2020-01-06', null],
    ['max', 'Max', 'AM', '2026-07-01', null],
    ['dee', 'Dee', 'AE', '2027-12-01', null],
    ['lee', 'Lee', 'AE', '2019-03-04', '2026-10-30'],
    ['mia', 'Mia', 'MANAGER', '2018-01-08', null],
    ['sam', 'Sam', 'SE', '2021-05-03', null],
  ];
  for (const [key, name, role, hired, left] of rows) {
    const rep = await db.prisma.rep.create({
      data: {
        organizationId: org,
        name,
        email: `${key}@carriers.test`,
        role,
        region: 'NA',
        hireDate: day(hired),
        terminationDate: left ? day(left) : null,
        rampMonths: 3,
      },
    });
    reps[key] = rep.id;
  }
  const account = await db.prisma.account.create({
    data: {
      organizationId: org,
      name: 'Acme',
      region: 'NA',
      country: 'US',
      industry: 'Software',
      employees: 50,
      segment: 'SMB',
    },
  });
  const won = (owner: keyof typeof reps, amount: string, closeDate: string) =>
    db.prisma.opportunity.create({
      data: {
        organizationId: org,
        name: `${owner} ${amount}`,
        accountId: account.id,
        ownerId: reps[owner],
        amount,
        type: 'NEW_BUSINESS',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        createdDate: day('2026-01-05'),
        closeDate: day(closeDate),
      },
    });
  await won('ana', '6000.00', '2026-05-15');
  await won('max', '2000.00', '2026-09-30');
  await won('lee', '1000.00', '2026-04-01');
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const version = async (planId: string) =>
  (await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [dbId(planId)]))[0]
    ?.version as number;

async function planWithTerritories(name: string, targetAmount: string): Promise<string> {
  const plan = (
    await mutationOk<{ salesPlan: { id: string } }>(
      client,
      'createSalesPlan',
      { fiscalYear: 2027, name, targetAmount },
      'salesPlan { id }',
    )
  ).salesPlan.id;
  const territory = async (tname: string, region: string) =>
    (
      await mutationOk<{ territory: { id: string } }>(
        client,
        'createTerritory',
        { salesPlanId: plan, name: tname, kind: 'GEO', rules: [{ region }] },
        'territory { id }',
      )
    ).territory.id;
  territories = { west: await territory('West', 'NA'), east: await territory('East', 'EMEA') };
  const assign = (territoryId: string, rep: number, startDate: string) =>
    mutationOk(client, 'createTerritoryAssignment', {
      territoryId,
      repId: gid('Rep', rep),
      role: 'PRIMARY',
      startDate,
    });
  await assign(territories.west, reps.ana, '2027-01-01');
  await assign(territories.east, reps.dee, '2027-12-01');
  return plan;
}

async function quotas(plan: string): Promise<Record<string, string>> {
  const rows = await db.sql.query<{ name: string; periodKey: string; amount: string }>(
    `SELECT r.name, q."periodKey", q.amount::text FROM "Quota" q JOIN "Rep" r ON r.id = q."repId"
      WHERE q."salesPlanId" = $1 ORDER BY r.name, q."periodKey"`,
    [dbId(plan)],
  );
  return Object.fromEntries(rows.map((r) => [`${r.name} ${r.periodKey}`, r.amount]));
}

const setQuotas = async (plan: string, rows: [keyof typeof reps, string, string][]) =>
  mutationOk(client, 'setQuotas', {
    salesPlanId: plan,
    expectedVersion: await version(plan),
    quotas: rows.map(([rep, periodKey, amount]) => ({ repId: gid('Rep', reps[rep]), periodKey, amount })),
  });

type Check = {
  quotaTotal: string;
  repCount: number;
  matchesTarget: boolean;
  mismatches: { rep: { name: string }; periodKey: string }[];
};
async function quotaCheck(plan: string): Promise<Check> {
  const data = await client.data<{ node: { quotaCheck: Check } }>(
    `query($id: ID!) { node(id: $id) { ... on SalesPlan {
        quotaCheck { quotaTotal repCount matchesTarget mismatches { rep { name } periodKey } } } } }`,
    { id: plan },
  );
  return data.node.quotaCheck;
}

/** `{ "<rep> FY2027-M01": amounts[0], ... }` */
const months = (prefix: string, amounts: string[]) =>
  Object.fromEntries(amounts.map((a, i) => [`${prefix} FY2027-M${String(i + 1).padStart(2, '0')}`, a]));

describe("allocating the year by last year's bookings", () => {
  let plan: string;
  let allocation: { total: string; reps: { rep: { name: string }; amount: string }[] };

  beforeAll(async () => {
    plan = await planWithTerritories('Carriers by bookings', '100000.01');
    // The plan was kept monthly and quarterly before: rows the allocation must replace, and the
    // team and overlay quotas it must leave alone.
    await setQuotas(plan, [
      ['ana', 'FY2027-Q1', '300.00'],
      ['ana', 'FY2027-M01', '100.00'],
      ['ana', 'FY2027-M02', '100.00'],
      ['ana', 'FY2027-M03', '100.00'],
      ['max', 'FY2027-M01', '50.00'],
      ['lee', 'FY2027-M01', '10.00'],
      ['mia', 'FY2027', '90000.00'],
      ['sam', 'FY2027', '20000.00'],
    ]);
    const r = await mutationOk<{ allocation: typeof allocation }>(
      client,
      'allocateQuotas',
      {
        salesPlanId: plan,
        expectedVersion: await version(plan),
        over: 'REPS',
        weight: 'LAST_YEAR_BOOKINGS',
        rampDiscount: false,
      },
      'allocation { total reps { rep { name } amount } }',
    );
    allocation = r.allocation;
  });

  it('reaches the account manager and prorates the December hire by her month of the plan year', () => {
    // Carriers: Ana (PRIMARY in West), Max (an AM, no territory), Dee (an AE hired 2027-12-01);
    // not Lee (left 2026-10-30), Mia (team quota) or Sam (overlay).
    // Full-year weights: Ana 6,000 (12 of last year's months); Max 2,000 x 12 / 6 = 4,000
    // (annualised over his 6 months); Dee had no month last year: the others' mean,
    // (6,000 + 4,000) / 2 = 5,000.
    // Share of the plan year each is there: Ana 12/12, Max 12/12, Dee 1/12 (December).
    // Weights: 6,000, 4,000, 5,000 / 12 = 416.666...; sum 10,416.666... = 125,000 / 12.
    // Of 100,000.01: Ana 100,000.01 x 72,000 / 125,000 = 57,600.005760, Max x 48,000 / 125,000 =
    // 38,400.003840, Dee x 5,000 / 125,000 = 4,000.000400. Floors 57,600.00 + 38,400.00 +
    // 4,000.00 = 100,000.00; the left-over cent to the largest remainder, Ana's (.576 of a cent).
    expect(Object.fromEntries(allocation.reps.map((x) => [x.rep.name, x.amount]))).toEqual({
      Ana: '57600.01',
      Max: '38400.00',
      Dee: '4000.00',
    });
    expect(allocation.total).toBe('100000.01');
  });

  it("writes the year's quarters and months, replacing the carriers' rows and no others", async () => {
    // Phasing, by each rep's months there (no ramp here: 1 a month while employed), to the cent,
    // earlier parts first on a tie. Ana and Max are there all year, so evenly:
    // Ana 57,600.01 / 4 = 14,400.0025: Q1 14,400.01, Q2-Q4 14,400.00; Q1 / 3 = 4,800.0033: M01
    // 4,800.01, M02-M03 4,800.00; every other month 4,800.00.
    // Max 38,400.00: quarters 9,600.00, months 3,200.00.
    // Dee is there in December only (weights 0 x 11, then 1): her 4,000.00 is all in Q4 and M12;
    // the months before her hire carry 0.00 rather than a twelfth each.
    expect(await quotas(plan)).toEqual({
      'Ana FY2027': '57600.01',
      'Ana FY2027-Q1': '14400.01',
      'Ana FY2027-Q2': '14400.00',
      'Ana FY2027-Q3': '14400.00',
      'Ana FY2027-Q4': '14400.00',
      ...months('Ana', ['4800.01', ...Array(11).fill('4800.00')]),
      'Dee FY2027': '4000.00',
      'Dee FY2027-Q1': '0.00',
      'Dee FY2027-Q2': '0.00',
      'Dee FY2027-Q3': '0.00',
      'Dee FY2027-Q4': '4000.00',
      ...months('Dee', [...Array(11).fill('0.00'), '4000.00']),
      'Max FY2027': '38400.00',
      'Max FY2027-Q1': '9600.00',
      'Max FY2027-Q2': '9600.00',
      'Max FY2027-Q3': '9600.00',
      'Max FY2027-Q4': '9600.00',
      ...months('Max', Array(12).fill('3200.00')),
      // The team and the overlay quota stay; Lee's leftover month is gone with the other carriers'.
      'Mia FY2027': '90000.00',
      'Sam FY2027': '20000.00',
    });
  });

  it('writes quarters and months that add up to the year exactly', async () => {
    // By SQL over the written rows.
    const sums = await db.sql.query<{ name: string; year: string; quarters: string; months: string }>(
      `SELECT r.name,
              sum(q.amount) FILTER (WHERE q."periodKey" = 'FY2027')::text AS year,
              sum(q.amount) FILTER (WHERE q."periodKey" LIKE 'FY2027-Q%')::text AS quarters,
              sum(q.amount) FILTER (WHERE q."periodKey" LIKE 'FY2027-M%')::text AS months
         FROM "Quota" q JOIN "Rep" r ON r.id = q."repId"
        WHERE q."salesPlanId" = $1 AND r.role IN ('AE', 'AM') GROUP BY r.name ORDER BY r.name`,
      [dbId(plan)],
    );
    expect(sums.map((x) => x.name)).toEqual(['Ana', 'Dee', 'Max']);
    for (const x of sums) expect([x.name, x.quarters, x.months]).toEqual([x.name, x.year, x.year]);
  });

  it('leaves quotaCheck clean right after', async () => {
    // quotaCheck is clean right after: the three individual quotas add up to the target (the team
    // and the overlay quota are not counted) and no quarter or year disagrees with its parts.
    expect(await quotaCheck(plan)).toEqual({
      quotaTotal: '100000.01',
      repCount: 3,
      matchesTarget: true,
      mismatches: [],
    });
  });
});

describe('allocating over territories and refusals', () => {
  it('gives the account manager a share beside the territories when allocating over territories', async () => {
    const plan = await planWithTerritories('Carriers by territory', '900.00');
    const a = (
      await client.data<{
        previewQuotaAllocation: {
          territories: { territory: { name: string }; amount: string }[];
          reps: { rep: { name: string }; amount: string }[];
        };
      }>(
        `query($input: QuotaAllocationInput!) { previewQuotaAllocation(input: $input) {
            territories { territory { name } amount } reps { rep { name } amount } } }`,
        { input: { salesPlanId: plan, over: 'TERRITORIES', weight: 'EQUAL', rampDiscount: false } },
      )
    ).previewQuotaAllocation;
    // Units: the leaf territories East and West, and Max, who holds no territory: 1 each (Max's
    // 1 x 12/12 of the year). 900.00 / 3 = 300.00 each; East's goes to Dee (its only PRIMARY
    // rep, covering December), West's to Ana.
    expect(a.territories.map((t) => [t.territory.name, t.amount])).toEqual([
      ['East', '300.00'],
      ['West', '300.00'],
    ]);
    expect(Object.fromEntries(a.reps.map((x) => [x.rep.name, x.amount]))).toEqual({
      Dee: '300.00',
      Ana: '300.00',
      Max: '300.00',
    });
  });

  it('refuses a team quota and a mix of overlay and individual reps', async () => {
    const plan = await planWithTerritories('Carriers refused', '1000.00');
    const v = await version(plan);
    const base = { salesPlanId: plan, expectedVersion: v, over: 'REPS', weight: 'EQUAL' };
    const team = await mutation(client, 'allocateQuotas', {
      ...base,
      repIds: [gid('Rep', reps.ana), gid('Rep', reps.mia)],
    });
    expect(team.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'repIds', '1'] });
    const mixed = await mutation(client, 'allocateQuotas', {
      ...base,
      repIds: [gid('Rep', reps.ana), gid('Rep', reps.sam)],
    });
    expect(mixed.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'repIds', '1'] });
    // An overlay allocation is not a share of the plan's target: it needs its own.
    const overlay = await mutation(client, 'allocateQuotas', { ...base, repIds: [gid('Rep', reps.sam)] });
    expect(overlay.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'target'] });
    expect(await version(plan)).toBe(v);
  });
});

describe('phasing by the months a rep is there and ramped', () => {
  it('phases a quarter by each rep’s monthly productivity with the ramp discount', async () => {
    const plan = await planWithTerritories('Carriers ramped quarter', '1000.00');
    const r = await mutationOk<{ allocation: { reps: { rep: { name: string }; amount: string }[] } }>(
      client,
      'allocateQuotas',
      {
        salesPlanId: plan,
        expectedVersion: await version(plan),
        periodKey: 'FY2027-Q4',
        target: '700.00',
        over: 'REPS',
        weight: 'EQUAL',
        rampDiscount: true,
        repIds: [gid('Rep', reps.ana), gid('Rep', reps.dee)],
      },
      'allocation { reps { rep { name } amount } }',
    );
    // Monthly productivity in Oct, Nov, Dec 2027 (ramp of 3 months): Ana 1, 1, 1 (hired 2020);
    // Dee 0, 0, 1/3 (her first month). Ramp factors: Ana 1, Dee (1/3) / 3 = 1/9. With EQUAL
    // weights, 700.00 x 1 / (10/9) = 630.00 to Ana and 700.00 x (1/9) / (10/9) = 70.00 to Dee.
    expect(Object.fromEntries(r.allocation.reps.map((x) => [x.rep.name, x.amount]))).toEqual({
      Ana: '630.00',
      Dee: '70.00',
    });
    // Phased by those months: Ana 210.00 a month; Dee's 70.00 all in December, her only month.
    expect(await quotas(plan)).toEqual({
      'Ana FY2027-M10': '210.00',
      'Ana FY2027-M11': '210.00',
      'Ana FY2027-M12': '210.00',
      'Ana FY2027-Q4': '630.00',
      'Dee FY2027-M10': '0.00',
      'Dee FY2027-M11': '0.00',
      'Dee FY2027-M12': '70.00',
      'Dee FY2027-Q4': '70.00',
    });
  });
});

describe('allocating a quarter of a plan kept by the year', () => {
  // The plan was kept by the year: Ana has a year row only, Max a year row and a Q1 row, Dee a
  // year row only (an AE carrier, but not named in the allocation). By the spreading rule (§5)
  // their quarters read: Ana 1,200.00 / 4 = 300.00 each; Max Q1 600.00 (set) and
  // (2,400.00 - 600.00) / 3 = 600.00 for each of Q2-Q4; Dee 120.00 / 4 = 30.00 each. Mia's team
  // quota and Sam's overlay quota are not carriers' rows.
  // Allocating Q3: 900.00 EQUAL over Ana and Max (both there all quarter, no ramp): 450.00 each,
  // 150.00 a month. Every carrier's Q3 is replaced (the quarter then adds up to its target), so
  // Dee's Q3 is 0; the quarters outside Q3 keep what they read; and each year row is the sum of
  // its quarters, or it would still spread the old year into Q3 and disagree with its parts:
  //   Ana 300.00 + 300.00 + 450.00 + 300.00 = 1,350.00
  //   Max 600.00 + 600.00 + 450.00 + 600.00 = 2,250.00
  //   Dee  30.00 +  30.00 +   0.00 +  30.00 =    90.00
  let plan: string;
  type Rollup = { total: string; reps: { rep: { name: string }; amount: string }[] };
  const rollup = async (periodKey: string) => {
    const data = await client.data<{ node: { quotaRollup: Rollup } }>(
      `query($id: ID!, $p: String!) { node(id: $id) { ... on SalesPlan {
          quotaRollup(periodKey: $p) { total reps { rep { name } amount } } } } }`,
      { id: plan, p: periodKey },
    );
    const r = data.node.quotaRollup;
    return { total: r.total, reps: Object.fromEntries(r.reps.map((x) => [x.rep.name, x.amount])) };
  };

  beforeAll(async () => {
    plan = await planWithTerritories('Carriers kept by the year', '3600.00');
    await setQuotas(plan, [
      ['ana', 'FY2027', '1200.00'],
      ['max', 'FY2027', '2400.00'],
      ['max', 'FY2027-Q1', '600.00'],
      ['dee', 'FY2027', '120.00'],
      ['mia', 'FY2027', '3000.00'],
      ['sam', 'FY2027', '400.00'],
    ]);
    await mutationOk(client, 'allocateQuotas', {
      salesPlanId: plan,
      expectedVersion: await version(plan),
      periodKey: 'FY2027-Q3',
      target: '900.00',
      over: 'REPS',
      weight: 'EQUAL',
      rampDiscount: false,
      repIds: [gid('Rep', reps.ana), gid('Rep', reps.max)],
    });
  });

  it('reads the quarter as its target and the other quarters as before', async () => {
    expect(await rollup('FY2027-Q3')).toEqual({
      total: '900.00',
      reps: { Ana: '450.00', Max: '450.00', Dee: '0.00', Sam: '100.00', Mia: '750.00' },
    });
    for (const q of ['FY2027-Q2', 'FY2027-Q4']) {
      expect((await rollup(q)).reps).toMatchObject({ Ana: '300.00', Max: '600.00', Dee: '30.00' });
    }
  });

  it('leaves no year row behind: each year is the sum of its quarters', async () => {
    expect(await rollup('FY2027')).toMatchObject({
      total: '3690.00',
      reps: { Ana: '1350.00', Max: '2250.00', Dee: '90.00', Mia: '3000.00', Sam: '400.00' },
    });
    expect((await quotaCheck(plan)).mismatches).toEqual([]);
  });

  it('writes the quarter with its months and freezes the quarters that were spread', async () => {
    expect(await quotas(plan)).toEqual({
      'Ana FY2027': '1350.00',
      'Ana FY2027-Q1': '300.00',
      'Ana FY2027-Q2': '300.00',
      'Ana FY2027-Q3': '450.00',
      'Ana FY2027-Q4': '300.00',
      'Ana FY2027-M07': '150.00',
      'Ana FY2027-M08': '150.00',
      'Ana FY2027-M09': '150.00',
      'Dee FY2027': '90.00',
      'Dee FY2027-Q1': '30.00',
      'Dee FY2027-Q2': '30.00',
      'Dee FY2027-Q4': '30.00',
      'Max FY2027': '2250.00',
      'Max FY2027-Q1': '600.00',
      'Max FY2027-Q2': '600.00',
      'Max FY2027-Q3': '450.00',
      'Max FY2027-Q4': '600.00',
      'Max FY2027-M07': '150.00',
      'Max FY2027-M08': '150.00',
      'Max FY2027-M09': '150.00',
      'Mia FY2027': '3000.00',
      'Sam FY2027': '400.00',
    });
  });
});
