// Quotas over GraphQL: bulk set by rep and period with docs/design.md §5 roll-ups, validation that
// changes nothing, a fixed number of statements whatever the row count, the check against the
// target, and top-down allocation (weights, ramp discount, cents) worked out by hand from
// planning-fixture.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildPlanningFixture,
  day,
  dbId,
  gid,
  mutation,
  mutationOk,
  type PlanningFixture,
} from './planning-fixture.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fx: PlanningFixture;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildPlanningFixture(db.prisma);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const version = async (planId: string) =>
  (await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [dbId(planId)]))[0]
    ?.version as number;

async function createPlan(name: string, targetAmount: string | null = null): Promise<string> {
  const r = await mutationOk<{ salesPlan: { id: string } }>(
    client,
    'createSalesPlan',
    { fiscalYear: 2027, name, targetAmount },
    'salesPlan { id }',
  );
  return r.salesPlan.id;
}

const row = (rep: number, periodKey: string, amount: string | null) => ({ repId: gid('Rep', rep), periodKey, amount });

async function rollup(planId: string, periodKey: string) {
  const data = await client.data<{
    node: { quotaRollup: { total: string; reps: { rep: { name: string }; amount: string; explicit: boolean }[] } };
  }>(
    `query($id: ID!, $p: String!) { node(id: $id) { ... on SalesPlan {
        quotaRollup(periodKey: $p) { total reps { rep { name } amount explicit } } } } }`,
    { id: planId, p: periodKey },
  );
  const r = data.node.quotaRollup;
  return { total: r.total, reps: Object.fromEntries(r.reps.map((q) => [q.rep.name, [q.amount, q.explicit]])) };
}

/** Plans made so far: each test gets a plan of its own, so it runs alone and in any order. */
let plans = 0;

describe('setting quotas in bulk', () => {
  let plan: string;
  beforeEach(async () => {
    plans += 1;
    plan = await createPlan(`Quotas ${plans}`, '2100.00');
  });

  /** Months for Ada, a quarter and a month for Bob, a year and a quarter for Cy: the first write. */
  const setFirstQuotas = () =>
    mutationOk<{ writtenCount: number; salesPlan: { version: number } }>(
      client,
      'setQuotas',
      {
        salesPlanId: plan,
        expectedVersion: 1,
        quotas: [
          row(fx.reps.ada, 'FY2027-M01', '100.00'),
          row(fx.reps.ada, 'FY2027-M02', '200.00'),
          row(fx.reps.ada, 'FY2027-M03', '300.50'),
          row(fx.reps.bob, 'FY2027-Q1', '500.00'),
          row(fx.reps.bob, 'FY2027-M01', '100.00'),
          row(fx.reps.cy, 'FY2027', '1000.00'),
          row(fx.reps.cy, 'FY2027-Q2', '250.00'),
        ],
      },
      'writtenCount salesPlan { version }',
    );

  it('sets months, quarters and years, and rolls them up where only parts are set', async () => {
    const r = await setFirstQuotas();
    expect(r).toEqual({ writtenCount: 7, salesPlan: { version: 2 } });
    // Fiscal months of a February year: M03 is April 2026.
    const [m03] = await db.sql.query<{ periodStart: Date; periodEnd: Date }>(
      `SELECT "periodStart", "periodEnd" FROM "Quota" WHERE "salesPlanId" = $1 AND "periodKey" = 'FY2027-M03'`,
      [dbId(plan)],
    );
    expect([m03?.periodStart, m03?.periodEnd].map((x) => new Date(x as Date).toISOString().slice(0, 10))).toEqual([
      '2026-04-01',
      '2026-05-01',
    ]);
    // Q1: Ada's months (100 + 200 + 300.50), Bob's own quarter; Cy's year row less his Q2 row,
    // spread over his three other quarters: (1,000 - 250) / 3 = 250 (docs/design.md §5).
    expect(await rollup(plan, 'FY2027-Q1')).toEqual({
      total: '1350.50',
      reps: { Ada: ['600.50', false], Bob: ['500.00', true], Cy: ['250.00', false] },
    });
    // The year: Ada's Q1 from months, Bob's Q1, Cy's own year.
    expect(await rollup(plan, 'FY2027')).toEqual({
      total: '2100.50',
      reps: { Ada: ['600.50', false], Bob: ['500.00', false], Cy: ['1000.00', true] },
    });
    // M01: Cy's Q1 share spread again: 25,000 cents / 3 = 8,333 and a cent left over, to M01.
    expect(await rollup(plan, 'FY2027-M01')).toEqual({
      total: '283.34',
      reps: { Ada: ['100.00', true], Bob: ['100.00', true], Cy: ['83.34', false] },
    });
  });

  it('checks the total against the target within rounding, and explicit periods against their parts', async () => {
    await setFirstQuotas();
    const data = await client.data<{ node: { quotaCheck: Record<string, unknown> } }>(
      `query($id: ID!) { node(id: $id) { ... on SalesPlan { quotaCheck {
          target quotaTotal repCount difference tolerance matchesTarget
          mismatches { rep { name } periodKey amount partsTotal } } } } }`,
      { id: plan },
    );
    expect(data.node.quotaCheck).toEqual({
      target: '2100.00',
      quotaTotal: '2100.50',
      repCount: 3,
      difference: '0.50',
      // Half a cent for each of 3 reps, rounded down: 0.01.
      tolerance: '0.01',
      matchesTarget: false,
      mismatches: [
        { rep: { name: 'Bob' }, periodKey: 'FY2027-Q1', amount: '500.00', partsTotal: '100.00' },
        { rep: { name: 'Cy' }, periodKey: 'FY2027', amount: '1000.00', partsTotal: '250.00' },
      ],
    });
  });

  it('refuses unknown periods, other years, duplicates, unknown reps and bad amounts, changing nothing', async () => {
    await setFirstQuotas();
    const count = async () =>
      (
        await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "Quota" WHERE "salesPlanId" = $1', [
          dbId(plan),
        ])
      )[0]?.n;
    const before = await count();
    const v = await version(plan);
    const r = await mutation(client, 'setQuotas', {
      salesPlanId: plan,
      expectedVersion: v,
      quotas: [
        row(fx.reps.ada, 'FY2027-M13', '1.00'),
        row(fx.reps.ada, 'FY2026-M01', '1.00'),
        row(fx.reps.ada, 'FY2027-M05', '1.00'),
        row(fx.reps.ada, 'FY2027-M05', '2.00'),
        row(999_999, 'FY2027-M06', '1.00'),
        row(fx.reps.bob, 'FY2027-M07', '-1.00'),
        row(fx.reps.bob, 'FY2027-M08', '1.001'),
        row(fx.reps.cy, 'FY2027-M09', '5.00'),
      ],
    });
    expect(r.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['INVALID', 'input.quotas.0.periodKey'],
      ['OUT_OF_RANGE', 'input.quotas.1.periodKey'],
      ['DUPLICATE', 'input.quotas.3'],
      ['OUT_OF_RANGE', 'input.quotas.5.amount'],
      ['INVALID', 'input.quotas.6.amount'],
      ['NOT_FOUND', 'input.quotas.4.repId'],
    ]);
    expect(await count()).toBe(before);
    expect(await version(plan)).toBe(v);
    const stale = await mutation(client, 'setQuotas', {
      salesPlanId: plan,
      expectedVersion: v - 1,
      quotas: [row(fx.reps.cy, 'FY2027-M09', '5.00')],
    });
    expect(stale.userErrors[0]?.code).toBe('STALE_VERSION');
    expect(await count()).toBe(before);
  });

  it('replaces and removes quotas, and audits the amounts before and after', async () => {
    await setFirstQuotas();
    const r = await mutationOk<{ writtenCount: number; removedCount: number }>(
      client,
      'setQuotas',
      {
        salesPlanId: plan,
        expectedVersion: await version(plan),
        quotas: [row(fx.reps.ada, 'FY2027-M01', '150.00'), row(fx.reps.bob, 'FY2027-M01', null)],
      },
      'writtenCount removedCount',
    );
    expect(r).toEqual({ writtenCount: 1, removedCount: 1 });
    const rows = await db.sql.query<{ repId: number; amount: string }>(
      `SELECT "repId", amount::text FROM "Quota" WHERE "salesPlanId" = $1 AND "periodKey" = 'FY2027-M01'`,
      [dbId(plan)],
    );
    expect(rows).toEqual([{ repId: fx.reps.ada, amount: '150.00' }]);
    const [audit] = await db.sql.query<{ before: { quotas: object[] }; after: { quotas: object[] } }>(
      `SELECT before, after FROM "AuditEvent" WHERE action = 'quotas.set' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit?.before.quotas).toEqual(
      [
        { repId: fx.reps.ada, periodKey: 'FY2027-M01', amount: '100.00' },
        { repId: fx.reps.bob, periodKey: 'FY2027-M01', amount: '100.00' },
      ].sort((a, b) => a.repId - b.repId),
    );
    expect(audit?.after.quotas).toEqual([
      { repId: fx.reps.ada, periodKey: 'FY2027-M01', amount: '150' },
      { repId: fx.reps.bob, periodKey: 'FY2027-M01', amount: null },
    ]);
  });

  it('uses the same number of statements for 12 rows as for 48', async () => {
    const reps = [fx.reps.ada, fx.reps.bob, fx.reps.cy, fx.reps.nia];
    const months = Array.from({ length: 12 }, (_, i) => `FY2027-M${String(i + 1).padStart(2, '0')}`);
    const statements = async (rows: object[]) => {
      const before = db.queryCount();
      await mutationOk(client, 'setQuotas', { salesPlanId: plan, expectedVersion: await version(plan), quotas: rows });
      return db.queryCount() - before;
    };
    const small = await statements(months.map((m) => row(fx.reps.ada, m, '10.00')));
    const large = await statements(reps.flatMap((r) => months.map((m) => row(r, m, '20.00'))));
    expect(large).toBe(small);
    const [sum] = await db.sql.query<{ n: number; total: string }>(
      `SELECT count(*)::int AS n, sum(amount)::text AS total FROM "Quota"
        WHERE "salesPlanId" = $1 AND "periodKey" LIKE 'FY2027-M%'`,
      [dbId(plan)],
    );
    expect(sum).toEqual({ n: 48, total: '960.00' });
  });
});

describe('top-down allocation', () => {
  let plan: string;
  let t: Record<'na' | 'smb' | 'mid' | 'emea' | 'overlay', string>;
  /** Zed: an AE employed all year, in no territory. */
  let zed: number;
  beforeAll(async () => {
    zed = (
      await db.prisma.rep.create({
        data: {
          organizationId: fx.organizationId,
          name: 'Zed',
          email: 'zed@planning.test',
          role: 'AE',
          region: 'NA',
          hireDate: day('2020-01-01'),
        },
      })
    ).id;
  });

  async function territory(name: string, kind: string, rules: object[], parentId?: string) {
    const r = await mutationOk<{ territory: { id: string } }>(
      client,
      'createTerritory',
      { salesPlanId: plan, name, kind, rules, parentId },
      'territory { id }',
    );
    return r.territory.id;
  }
  const assign = (territoryId: string, rep: number, startDate: string) =>
    mutationOk(client, 'createTerritoryAssignment', {
      territoryId,
      repId: gid('Rep', rep),
      role: 'PRIMARY',
      startDate,
    });

  beforeEach(async () => {
    plans += 1;
    plan = await createPlan(`Allocation ${plans}`, '10000.00');
    const na = await territory('North America', 'GEO', [{ region: 'NA' }]);
    t = {
      na,
      smb: await territory('NA SMB', 'SEGMENT', [{ region: 'NA', maxEmployees: 199, priority: 10 }], na),
      mid: await territory('NA Mid-Ent', 'SEGMENT', [{ region: 'NA', minEmployees: 200, priority: 10 }], na),
      emea: await territory('EMEA', 'GEO', [{ region: 'EMEA', priority: 5 }]),
      overlay: await territory('Software Overlay', 'INDUSTRY', [{ industry: 'Software', region: 'EMEA', priority: 5 }]),
    };
    await assign(t.smb, fx.reps.ada, '2026-02-01');
    await assign(t.mid, fx.reps.bob, '2026-02-01');
    await assign(t.mid, fx.reps.nia, '2026-08-10');
    await assign(t.emea, fx.reps.cy, '2026-02-01');
  });

  const ALLOCATION = `periodKey target total reps { rep { name } amount }
    territories { territory { name } baseWeight amount }
    lines { rep { name } territory { name } baseWeight rampFactor weight exactAmount amount }`;
  type Allocation = {
    total: string;
    reps: { rep: { name: string }; amount: string }[];
    territories: { territory: { name: string }; baseWeight: string; amount: string }[];
    lines: {
      rep: { name: string };
      territory: { name: string } | null;
      rampFactor: string;
      exactAmount: string;
      amount: string;
    }[];
  };
  const preview = async (input: object) =>
    (
      await client.data<{ previewQuotaAllocation: Allocation }>(
        `query($input: QuotaAllocationInput!) { previewQuotaAllocation(input: $input) { ${ALLOCATION} } }`,
        { input: { salesPlanId: plan, ...input } },
      )
    ).previewQuotaAllocation;
  const byRep = (a: Allocation) => Object.fromEntries(a.reps.map((r) => [r.rep.name, r.amount]));

  it('splits equally over reps with a new hire ramping: 1, 1 and 5/12 of a year', async () => {
    // Nia starts in August (fiscal month 7): nothing for six months, 1/3 and 2/3 while ramping,
    // then four full months: 5/12. Shares 1000 x 12/29 = 413.793..., 1000 x 5/29 = 172.413...;
    // the left-over cent goes to the largest remainder (Nia's .379 beats .310).
    const a = await preview({
      target: '1000.00',
      over: 'REPS',
      weight: 'EQUAL',
      repIds: [gid('Rep', fx.reps.ada), gid('Rep', fx.reps.bob), gid('Rep', fx.reps.nia)],
    });
    expect(byRep(a)).toEqual({ Ada: '413.79', Bob: '413.79', Nia: '172.42' });
    expect(a.total).toBe('1000.00');
    const nia = a.lines.find((l) => l.rep.name === 'Nia');
    expect(nia).toMatchObject({ rampFactor: '0.416667', exactAmount: '172.413793', territory: null });
    // Without the ramp discount Nia still only works six of the twelve months.
    const flat = await preview({
      target: '1000.00',
      over: 'REPS',
      weight: 'EQUAL',
      rampDiscount: false,
      repIds: [gid('Rep', fx.reps.ada), gid('Rep', fx.reps.bob), gid('Rep', fx.reps.nia)],
    });
    expect(byRep(flat)).toEqual({ Ada: '400.00', Bob: '400.00', Nia: '200.00' });
  });

  it("splits over territories by last year's bookings, then over each territory's reps by coverage", async () => {
    // Won in FY2026 on the accounts each territory routes: NA SMB 400 (Acme), NA Mid-Ent 5000
    // (Cedar), EMEA 250 (Elm), Software Overlay 0 (Delta ties, so it is nobody's). Of 1000.00:
    // 70.7964..., 884.9557..., 44.2477...: two left-over cents to EMEA (.78) and NA SMB (.65).
    const a = await preview({ target: '1000.00', over: 'TERRITORIES', weight: 'LAST_YEAR_BOOKINGS' });
    expect(a.territories.map((x) => [x.territory.name, x.baseWeight, x.amount])).toEqual([
      ['EMEA', '250', '44.25'],
      ['NA Mid-Ent', '5000', '884.95'],
      ['NA SMB', '400', '70.80'],
      ['Software Overlay', '0', '0.00'],
    ]);
    // NA Mid-Ent: Bob covers 12 months; Nia's assignment is in force from September 1 on, her ramp
    // month 2: 2/3 + 4 = 14/3. 884.95 x 36/50 = 637.164, x 14/50 = 247.786: the cent to Nia.
    // Zed carries quota but is in no territory: a territory split gives him nothing.
    expect(byRep(a)).toEqual({ Ada: '70.80', Bob: '637.16', Cy: '44.25', Nia: '247.79', Zed: '0.00' });
    expect(a.lines.find((l) => l.rep.name === 'Nia')).toMatchObject({
      territory: { name: 'NA Mid-Ent' },
      rampFactor: '0.388889',
      exactAmount: '247.786',
    });
    expect(a.total).toBe('1000.00');
  });

  it("writes an allocation by reps' credited bookings, replacing the period's other quotas", async () => {
    // Every AE employed in FY2027 carries a quota, Zed too (no territory). Credited FY2026
    // bookings, each rep there all of FY2026: Ada 400 + 60% of 5000 = 3400, Bob 40% of 5000 =
    // 2000, Cy 700 + 250 = 950 (his overlay on Cedar is not revenue credit), Zed 0. Nia had no
    // month of FY2026: she weighs the others' mean, 6350 / 4 = 1587.5, times her ramp factor 5/12
    // (above) = 661.458333... Sum 6350 + 661.458333... = 84137.5 / 12. Of 10000.00:
    // Ada 10000 x 40800 / 84137.5 = 4849.2052, Bob 2852.4736, Cy 1354.9250, Nia 943.3962:
    // floors add up to 9999.98, the two cents to Nia (.62) and Ada (.52).
    await mutationOk(client, 'setQuotas', {
      salesPlanId: plan,
      expectedVersion: await version(plan),
      quotas: [row(zed, 'FY2027', '99.00'), row(zed, 'FY2027-Q1', '10.00')],
    });
    const r = await mutationOk<{ allocation: Allocation }>(
      client,
      'allocateQuotas',
      { salesPlanId: plan, expectedVersion: await version(plan), over: 'REPS', weight: 'LAST_YEAR_BOOKINGS' },
      `allocation { ${ALLOCATION} }`,
    );
    expect(byRep(r.allocation)).toEqual({ Ada: '4849.21', Bob: '2852.47', Cy: '1354.92', Nia: '943.40', Zed: '0.00' });
    const rows = await db.sql.query<{ name: string; amount: string }>(
      `SELECT r.name, q.amount::text FROM "Quota" q JOIN "Rep" r ON r.id = q."repId"
        WHERE q."salesPlanId" = $1 AND q."periodKey" = 'FY2027' ORDER BY r.name`,
      [dbId(plan)],
    );
    expect(rows).toEqual([
      { name: 'Ada', amount: '4849.21' },
      { name: 'Bob', amount: '2852.47' },
      { name: 'Cy', amount: '1354.92' },
      { name: 'Nia', amount: '943.40' },
      { name: 'Zed', amount: '0.00' },
    ]);
    // Zed's year and quarter are replaced by the allocation's zero year and its phasing.
    const zedRows = await db.sql.query<{ periodKey: string; amount: string }>(
      `SELECT "periodKey", amount::text FROM "Quota" WHERE "repId" = $1 AND "periodKey" IN ('FY2027', 'FY2027-Q1')
        ORDER BY "periodKey"`,
      [zed],
    );
    expect(zedRows).toEqual([
      { periodKey: 'FY2027', amount: '0.00' },
      { periodKey: 'FY2027-Q1', amount: '0.00' },
    ]);
    const [audit] = await db.sql.query<{ after: { target: string; quotas: { repId: number; amount: string }[] } }>(
      `SELECT after FROM "AuditEvent" WHERE action = 'quotas.allocate' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit?.after.target).toBe('10000');
    expect(audit?.after.quotas).toContainEqual({ repId: fx.reps.bob, amount: '2852.47' });
  });

  it('refuses territories without a PRIMARY rep, all-zero weights and a period without a target', async () => {
    const v = await version(plan);
    const uncovered = await mutation(client, 'allocateQuotas', {
      salesPlanId: plan,
      expectedVersion: v,
      target: '100.00',
      over: 'TERRITORIES',
      weight: 'EQUAL',
      territoryIds: [t.na, t.smb],
    });
    expect(uncovered.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'territoryIds'] });
    expect(uncovered.userErrors[0]?.message).toMatch(/North America/);
    const zero = await mutation(client, 'allocateQuotas', {
      salesPlanId: plan,
      expectedVersion: v,
      over: 'REPS',
      weight: 'LAST_YEAR_BOOKINGS',
      repIds: [gid('Rep', fx.reps.nia)],
    });
    expect(zero.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'weight'] });
    const quarter = await mutation(client, 'allocateQuotas', {
      salesPlanId: plan,
      expectedVersion: v,
      periodKey: 'FY2027-Q2',
      over: 'REPS',
      weight: 'EQUAL',
    });
    expect(quarter.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'target'] });
    expect(await version(plan)).toBe(v);
  });
});
