// The compensation API through GraphQL (the schema executed with a caller's context): payload
// shapes, user errors that write nothing, idempotent creates with audit events, a run whose line
// errors block approval, statements, what-if simulation and plan cost modelling, with payouts
// computed by hand. Fiscal years start in February here: FY2027-Q1 is Feb-Apr 2026.
//
// Every test stands alone (runs alone with -t, in any order): each gets an organization of its
// own (beforeEach) and builds the state it starts from with the given* steps below, written
// once, through the same mutations the earlier tests check.
import { graphql } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { schema } from '../api/src/schema.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient } from './support/graphql.js';

let db: TestDatabase;
let org: number;
let r1: number;
let r2: number;
let salesPlanId: number;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function context(viewer: Partial<Context['viewer']> = {}): Context {
  return buildContext(
    db,
    {
      organizationId: org,
      principal: 'user:ops',
      repId: null,
      scopes: new Set(['write:comp', 'read:people']),
      ...viewer,
    },
    { id: org, name: 'Feb Co', fiscalYearStartMonth: 2, timeZone: 'UTC', currency: 'USD' },
  );
}

// biome-ignore lint/suspicious/noExplicitAny: responses are navigated by shape in assertions
async function gql<T = Record<string, any>>(
  source: string,
  variables: Record<string, unknown> = {},
  ctx = context(),
): Promise<T> {
  const res = await graphql({ schema, source, variableValues: variables, contextValue: ctx });
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

/** Rows in every table of the database, to show that a read-only operation wrote nothing anywhere. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.sql.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const { t } of tables) {
    const [row] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`);
    out[t] = row?.n ?? 0;
  }
  return out;
}

async function quotas(repId: number, months: number, amount: string) {
  await db.prisma.quota.createMany({
    data: Array.from({ length: months }, (_, i) => ({
      organizationId: org,
      salesPlanId,
      repId,
      periodKey: `FY2027-M${String(i + 1).padStart(2, '0')}`,
      periodStart: new Date(Date.UTC(2026, 1 + i, 1)),
      periodEnd: new Date(Date.UTC(2026, 2 + i, 1)),
      amount,
    })),
  });
}

let organizations = 0;
beforeAll(async () => {
  db = await createTestDatabase();
});
// A fresh organization for every test: R1 with a quota of 10,000 a month and one won deal of
// 36,000 closed in FY2027-Q1, R2 with no quota yet.
beforeEach(async () => {
  const p = db.prisma;
  organizations += 1;
  org = (
    await p.organization.create({ data: { name: 'Feb Co', slug: `feb-${organizations}`, fiscalYearStartMonth: 2 } })
  ).id;
  const mk = (name: string) =>
    p.rep
      .create({
        data: {
          organizationId: org,
          name,
          email: `${name}@feb.test`,
          role: 'AE',
          region: 'NA',
          hireDate: d('2024-01-01'),
        },
      })
      .then((r) => r.id);
  r1 = await mk('R1');
  r2 = await mk('R2');
  salesPlanId = (
    await p.salesPlan.create({ data: { organizationId: org, fiscalYear: 2027, name: 'FY27', status: 'ACTIVE' } })
  ).id;
  await quotas(r1, 12, '10000.00'); // 30,000 a quarter; R2 has none yet
  const account = await p.account.create({
    data: {
      organizationId: org,
      name: 'Acme',
      industry: 'Retail',
      country: 'US',
      region: 'NA',
      employees: 10,
      segment: 'SMB',
    },
  });
  await p.opportunity.create({
    data: {
      organizationId: org,
      name: 'Big one',
      accountId: account.id,
      ownerId: r1,
      amount: '36000.00',
      type: 'NEW_BUSINESS',
      stage: 'CLOSED_WON',
      forecastCategory: 'CLOSED',
      createdDate: d('2026-01-10'),
      closeDate: d('2026-03-15'),
    },
  });
});
afterAll(() => db?.destroy());

const CREATE_PLAN = `mutation($input: CreateCompPlanInput!) {
  createCompPlan(input: $input) { compPlan { id name status version components { name kind tiers { fromAttainment toAttainment rate } } }
    userErrors { code message field } } }`;
const component = (tiers: { fromAttainment: string; toAttainment?: string; rate: string }[]) => ({
  name: 'Commission',
  kind: 'COMMISSION',
  period: 'QUARTER',
  tiers,
});
const countPlans = () => db.prisma.compPlan.count({ where: { organizationId: org } });
const PLAN_INPUT = {
  name: 'AE FY27',
  effectiveStart: '2026-02-01',
  idempotencyKey: 'plan-1',
  components: [
    component([
      { fromAttainment: '0', toAttainment: '1', rate: '0.1' },
      { fromAttainment: '1', rate: '0.15' },
    ]),
  ],
};

/** The AE FY27 plan as a draft at version 1: 10% to quota, 15% above. */
async function givenPlan(): Promise<string> {
  const data = await gql(CREATE_PLAN, { input: PLAN_INPUT });
  expect(data.createCompPlan.userErrors).toEqual([]);
  return data.createCompPlan.compPlan.id;
}

/** givenPlan published, and R1 and R2 assigned to it from 2026-02-01 (90,000 base, 60,000 target). */
async function givenAssignedPlan(): Promise<string> {
  const planId = await givenPlan();
  const pub = await gql(
    `mutation($input: PublishCompPlanInput!) { publishCompPlan(input: $input) { userErrors { code } } }`,
    { input: { id: planId, expectedVersion: 1 } },
  );
  expect(pub.publishCompPlan.userErrors).toEqual([]);
  for (const rep of [r1, r2]) {
    const ok = await gql(
      `mutation($input: CreateCompAssignmentInput!) { createCompAssignment(input: $input) { userErrors { code } } }`,
      {
        input: {
          compPlanId: planId,
          repId: toGlobalId('Rep', rep),
          startDate: '2026-02-01',
          baseSalary: '90000.00',
          targetIncentive: '60000.00',
        },
      },
    );
    expect(ok.createCompAssignment.userErrors).toEqual([]);
  }
  return planId;
}

/** A FY2027-Q1 payout run computed on givenAssignedPlan, R2 still without quota (version 1). */
async function givenComputedRun(): Promise<{ planId: string; runId: string }> {
  const planId = await givenAssignedPlan();
  const data = await gql(
    `mutation { computePayoutRun(input: { periodKey: "FY2027-Q1" }) { payoutRun { id } userErrors { code } } }`,
  );
  expect(data.computePayoutRun.userErrors).toEqual([]);
  return { planId, runId: data.computePayoutRun.payoutRun.id };
}

/** givenComputedRun with R2's quota added, recomputed and approved: R1 paid 3,900 for FY2027-Q1. */
async function givenApprovedRun(): Promise<{ planId: string; runId: string }> {
  const { planId, runId } = await givenComputedRun();
  await quotas(r2, 12, '10000.00');
  const re = await gql(
    `mutation($input: RecomputePayoutRunInput!) { recomputePayoutRun(input: $input) { userErrors { code } } }`,
    { input: { id: runId, expectedVersion: 1 } },
  );
  expect(re.recomputePayoutRun.userErrors).toEqual([]);
  const ok = await gql(
    `mutation($input: ApprovePayoutRunInput!) { approvePayoutRun(input: $input) { payoutRun { status } userErrors { code } } }`,
    { input: { id: runId, expectedVersion: 2 } },
  );
  expect(ok.approvePayoutRun).toEqual({ payoutRun: { status: 'APPROVED' }, userErrors: [] });
  return { planId, runId };
}

/** The draft next version of planId: 8% to quota, 20% above. */
async function givenDraftVersion(planId: string): Promise<string> {
  const version = await gql(
    `mutation($input: CreateCompPlanVersionInput!) { createCompPlanVersion(input: $input) { compPlan { id version } userErrors { code } } }`,
    { input: { id: planId } },
  );
  const draft = version.createCompPlanVersion.compPlan.id;
  const updated = await gql(
    `mutation($input: UpdateCompPlanInput!) { updateCompPlan(input: $input) { userErrors { code } } }`,
    {
      input: {
        id: draft,
        expectedVersion: 1,
        components: [
          component([
            { fromAttainment: '0', toAttainment: '1', rate: '0.08' },
            { fromAttainment: '1', rate: '0.2' },
          ]),
        ],
      },
    },
  );
  expect(updated.updateCompPlan.userErrors).toEqual([]);
  return draft;
}

describe('comp plans through GraphQL', () => {
  it('refuses overlapping tiers and a negative rate, naming the fields, and writes nothing', async () => {
    const data = await gql(CREATE_PLAN, {
      input: {
        name: 'Bad',
        effectiveStart: '2026-02-01',
        components: [
          component([
            { fromAttainment: '0', toAttainment: '1', rate: '0.1' },
            { fromAttainment: '0.8', rate: '-0.15' },
          ]),
        ],
      },
    });
    expect(data.createCompPlan.compPlan).toBeNull();
    expect(data.createCompPlan.userErrors).toEqual([
      {
        code: 'OUT_OF_RANGE',
        message: 'tier 2 rate must not be below 0',
        field: ['input', 'components', '0', 'tiers', '1', 'rate'],
      },
    ]);
    const overlap = await gql(CREATE_PLAN, {
      input: {
        name: 'Bad',
        effectiveStart: '2026-02-01',
        components: [
          component([
            { fromAttainment: '0', toAttainment: '1', rate: '0.1' },
            { fromAttainment: '0.8', rate: '0.15' },
          ]),
        ],
      },
    });
    expect(overlap.createCompPlan.userErrors).toMatchObject([
      { code: 'INVALID', field: ['input', 'components', '0', 'tiers', '1', 'fromAttainment'] },
    ]);
    expect(await countPlans()).toBe(0);
  });

  it('creates once per idempotency key, with an audit event', async () => {
    const input = PLAN_INPUT;
    const first = await gql(CREATE_PLAN, { input });
    const again = await gql(CREATE_PLAN, { input });
    expect(again.createCompPlan.compPlan.id).toBe(first.createCompPlan.compPlan.id);
    expect(first.createCompPlan.compPlan).toMatchObject({
      status: 'DRAFT',
      version: 1,
      components: [
        {
          kind: 'COMMISSION',
          tiers: [{ fromAttainment: '0', toAttainment: '1', rate: '0.1' }, { toAttainment: null }],
        },
      ],
    });
    expect(await countPlans()).toBe(1);
    const events = await db.prisma.auditEvent.findMany({ where: { organizationId: org, action: 'compPlan.create' } });
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({
      name: 'AE FY27',
      components: [{ tiers: [{ rate: '0.1' }, { rate: '0.15' }] }],
    });
  });

  it('updates at the version read only, then publishes', async () => {
    const planId = await givenPlan();
    const UPDATE = `mutation($input: UpdateCompPlanInput!) { updateCompPlan(input: $input) {
      compPlan { version clawbackWindowDays } userErrors { code field } } }`;
    const stale = await gql(UPDATE, { input: { id: planId, expectedVersion: 7, clawbackWindowDays: 60 } });
    expect(stale.updateCompPlan.userErrors).toEqual([{ code: 'STALE_VERSION', field: ['input', 'expectedVersion'] }]);
    const ok = await gql(UPDATE, { input: { id: planId, expectedVersion: 1, clawbackWindowDays: 60 } });
    expect(ok.updateCompPlan).toEqual({ compPlan: { version: 2, clawbackWindowDays: 60 }, userErrors: [] });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { organizationId: org, action: 'compPlan.update' },
    });
    expect([(audit.before as { version: number }).version, (audit.after as { version: number }).version]).toEqual([
      1, 2,
    ]);
    const pub = await gql(
      `mutation($input: PublishCompPlanInput!) { publishCompPlan(input: $input) { compPlan { status } userErrors { code } } }`,
      {
        input: { id: planId, expectedVersion: 2 },
      },
    );
    expect(pub.publishCompPlan).toEqual({ compPlan: { status: 'PUBLISHED' }, userErrors: [] });
    const frozen = await gql(UPDATE, { input: { id: planId, expectedVersion: 3, clawbackWindowDays: 30 } });
    expect(frozen.updateCompPlan.userErrors).toEqual([{ code: 'IMMUTABLE', field: ['input', 'id'] }]);
  });

  it('assigns the plan; an overlapping assignment is refused and writes nothing', async () => {
    const planId = await givenPlan();
    expect((await gql(PUBLISH, { input: { id: planId, expectedVersion: 1 } })).publishCompPlan.userErrors).toEqual([]);
    const ASSIGN = `mutation($input: CreateCompAssignmentInput!) { createCompAssignment(input: $input) {
      compAssignment { startDate endDate targetIncentive rep { name } } userErrors { code field } } }`;
    const base = { compPlanId: planId, baseSalary: '90000.00', targetIncentive: '60000.00' };
    for (const rep of [r1, r2]) {
      const ok = await gql(ASSIGN, { input: { ...base, repId: toGlobalId('Rep', rep), startDate: '2026-02-01' } });
      expect(ok.createCompAssignment.userErrors).toEqual([]);
    }
    const overlap = await gql(ASSIGN, {
      input: { ...base, repId: toGlobalId('Rep', r1), startDate: '2026-06-01', endDate: '2026-09-01' },
    });
    expect(overlap.createCompAssignment).toEqual({
      compAssignment: null,
      userErrors: [{ code: 'CONFLICT', field: ['input', 'startDate'] }],
    });
    expect(await db.prisma.compAssignment.count({ where: { organizationId: org } })).toBe(2);
  });
});

const RUN_FIELDS = `id status version summary { total lineCount errorCount totals { kind amount } }
  lines(first: 10) { edges { node { rep { name } kind amount credit quota attainment error explanation } } }`;

describe('a payout run through GraphQL', () => {
  it('computes; a line without quota is an error that blocks approval and nothing changes', async () => {
    await givenAssignedPlan();
    const data = await gql(
      `mutation { computePayoutRun(input: { periodKey: "FY2027-Q1" }) { created payoutRun { ${RUN_FIELDS} } userErrors { code } } }`,
    );
    const run = data.computePayoutRun.payoutRun;
    const runId = run.id;
    expect(data.computePayoutRun.created).toBe(true);
    // R1: 36,000 against 3 x 10,000 = 30,000: 30,000 x 0.1 + 6,000 x 0.15 = 3,000 + 900
    expect(run.summary).toEqual({
      total: '3900.00',
      lineCount: 2,
      errorCount: 1,
      totals: [{ kind: 'COMMISSION', amount: '3900.00' }],
    });
    const [one, two] = run.lines.edges.map((e: { node: unknown }) => e.node);
    expect(one).toMatchObject({
      rep: { name: 'R1' },
      amount: '3900.00',
      credit: '36000.00',
      quota: '30000.00',
      attainment: '1.2',
      error: null,
    });
    expect(one.explanation).toContain(
      'Tier 1 (credit 0.00 to 30000.00, 0% to 100% of quota) at rate 0.1: 30000.00 x 0.1 = 3000.00.',
    );
    expect(two).toMatchObject({ rep: { name: 'R2' }, amount: '0.00' });
    expect(two.error).toMatch(/no quota/);
    const approve = await gql(
      `mutation($input: ApprovePayoutRunInput!) { approvePayoutRun(input: $input) { payoutRun { status } userErrors { code message } } }`,
      {
        input: { id: runId, expectedVersion: run.version },
      },
    );
    expect(approve.approvePayoutRun.payoutRun).toBeNull();
    expect(approve.approvePayoutRun.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(approve.approvePayoutRun.userErrors[0].message).toMatch(/1 line\(s\) with errors/);
    const after = await db.prisma.payoutRun.findFirstOrThrow({ where: { organizationId: org } });
    expect([after.status, after.version]).toEqual(['DRAFT', run.version]);
  });

  it('after the quota is added, recompute clears the error and approval succeeds', async () => {
    const { runId } = await givenComputedRun();
    await quotas(r2, 12, '10000.00');
    const re = await gql(
      `mutation($input: RecomputePayoutRunInput!) { recomputePayoutRun(input: $input) { payoutRun { ${RUN_FIELDS} } userErrors { code } } }`,
      {
        input: { id: runId, expectedVersion: 1 },
      },
    );
    expect(re.recomputePayoutRun.payoutRun.summary).toMatchObject({ total: '3900.00', lineCount: 2, errorCount: 0 });
    const ok = await gql(
      `mutation($input: ApprovePayoutRunInput!) { approvePayoutRun(input: $input) { payoutRun { status version } userErrors { code } } }`,
      {
        input: { id: runId, expectedVersion: 2 },
      },
    );
    expect(ok.approvePayoutRun).toEqual({ payoutRun: { status: 'APPROVED', version: 3 }, userErrors: [] });
  });

  it("a rep's statement; a peer is refused", async () => {
    await givenApprovedRun();
    const STATEMENT = `query($rep: ID!) { payoutStatement(repId: $rep, periodKey: "FY2027-Q1") {
      rep { name } periodStart periodEnd payoutRun { status } total drawBalance
      lines { kind amount summary } yearToDate { fiscalYear periodKeys total } } }`;
    const mine = await gql(
      STATEMENT,
      { rep: toGlobalId('Rep', r1) },
      context({ repId: r1, scopes: new Set(['read:comp', 'read:people']) }),
    );
    expect(mine.payoutStatement).toEqual({
      rep: { name: 'R1' },
      periodStart: '2026-02-01',
      periodEnd: '2026-05-01',
      payoutRun: { status: 'APPROVED' },
      total: '3900.00',
      drawBalance: '0.00',
      lines: [{ kind: 'COMMISSION', amount: '3900.00', summary: 'Commission FY2027-Q1: 3900.00' }],
      yearToDate: { fiscalYear: 'FY2027', periodKeys: ['FY2027-Q1'], total: '3900.00' },
    });
    const peer = await graphql({
      schema,
      source: STATEMENT,
      variableValues: { rep: toGlobalId('Rep', r1) },
      contextValue: context({ repId: r2, scopes: new Set(['read:comp', 'read:people']) }),
    });
    expect(peer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['repId'] });
  });
});

describe('what-if and plan cost', () => {
  it('simulates a hypothetical deal on the same engine and writes nothing', async () => {
    await givenApprovedRun();
    const before = await rowCounts();
    const data = await gql(
      `query($input: SimulateCompensationInput!) { simulateCompensation(input: $input) {
        actual { total } scenario { total lines { componentName credit amount explanation } } difference } }`,
      {
        input: {
          repId: toGlobalId('Rep', r1),
          periodKey: 'FY2027-Q1',
          deals: [{ amount: '4000.00', closeDate: '2026-04-10' }],
        },
      },
    );
    // 40,000 against 30,000: 3,000 + 10,000 x 0.15 = 4,500; 4,500 - 3,900 = 600
    expect(data.simulateCompensation).toMatchObject({
      actual: { total: '3900.00' },
      scenario: { total: '4500.00' },
      difference: '600.00',
    });
    expect(data.simulateCompensation.scenario.lines[0].explanation.join(' ')).toContain(
      'Hypothetical deal 1 closed 2026-04-10',
    );
    expect(await rowCounts()).toEqual(before);
    const outside = await graphql({
      schema,
      source: `query($input: SimulateCompensationInput!) { simulateCompensation(input: $input) { difference } }`,
      variableValues: {
        input: {
          repId: toGlobalId('Rep', r1),
          periodKey: 'FY2027-Q1',
          deals: [{ amount: '1.00', closeDate: '2026-05-01' }],
        },
      },
      contextValue: context(),
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'OUT_OF_RANGE',
      field: ['input', 'deals', '0', 'closeDate'],
    });
  });

  it('prices a draft version on the year, next to the plan in effect', async () => {
    const { planId } = await givenApprovedRun();
    const draft = await givenDraftVersion(planId);
    const before = await rowCounts();
    const data = await gql(
      `query($input: CompPlanCostInput!) { compPlanCost(input: $input) {
        fiscalYear repCount baselineTotal proposedTotal difference baselineCompPlan { id }
        components { name baseline proposed } reps { rep { name } baseline proposed difference } } }`,
      { input: { compPlanId: draft, fiscalYear: 2027 } },
    );
    // R1 FY2027: Q1 36,000 vs 30,000 (Q2-Q4 nothing). Baseline 3,000 + 900 = 3,900;
    // proposed 30,000 x 0.08 + 6,000 x 0.2 = 2,400 + 1,200 = 3,600. R2 earns nothing either way.
    expect(data.compPlanCost).toEqual({
      fiscalYear: 'FY2027',
      repCount: 2,
      baselineTotal: '3900.00',
      proposedTotal: '3600.00',
      difference: '-300.00',
      baselineCompPlan: { id: planId },
      components: [{ name: 'Commission', baseline: '3900.00', proposed: '3600.00' }],
      reps: [
        { rep: { name: 'R1' }, baseline: '3900.00', proposed: '3600.00', difference: '-300.00' },
        { rep: { name: 'R2' }, baseline: '0.00', proposed: '0.00', difference: '0.00' },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('what-if with a changed plan', () => {
  const SIMULATE = `query($input: SimulateCompensationInput!) { simulateCompensation(input: $input) {
    actual { total } scenario { total errors lines { kind componentName credit quota amount } } difference } }`;

  it('pays the draft version instead of the plan in effect, on the same deals, and writes nothing', async () => {
    const draftPlanId = await givenDraftVersion((await givenApprovedRun()).planId);
    const before = await rowCounts();
    const data = await gql(SIMULATE, {
      input: { repId: toGlobalId('Rep', r1), periodKey: 'FY2027-Q1', compPlanId: draftPlanId },
    });
    // Same 36,000 against 30,000 under the draft's 8% to quota and 20% above:
    // 30,000 x 0.08 + 6,000 x 0.2 = 2,400 + 1,200 = 3,600; the plan in effect pays 3,900.
    expect(data.simulateCompensation).toEqual({
      actual: { total: '3900.00' },
      scenario: {
        total: '3600.00',
        errors: [],
        lines: [
          { kind: 'COMMISSION', componentName: 'Commission', credit: '36000.00', quota: '30000.00', amount: '3600.00' },
        ],
      },
      difference: '-300.00',
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('combines the changed plan with a hypothetical deal, and writes nothing', async () => {
    const draftPlanId = await givenDraftVersion((await givenApprovedRun()).planId);
    const before = await rowCounts();
    const data = await gql(SIMULATE, {
      input: {
        repId: toGlobalId('Rep', r1),
        periodKey: 'FY2027-Q1',
        compPlanId: draftPlanId,
        deals: [{ amount: '4000.00', closeDate: '2026-04-10' }],
      },
    });
    // 40,000 against 30,000: 30,000 x 0.08 + 10,000 x 0.2 = 2,400 + 2,000 = 4,400; 4,400 - 3,900 = 500.
    expect(data.simulateCompensation).toMatchObject({
      actual: { total: '3900.00' },
      scenario: { total: '4400.00', lines: [{ credit: '40000.00', amount: '4400.00' }] },
      difference: '500.00',
    });
    expect(await rowCounts()).toEqual(before);
  });
});

const PUBLISH = `mutation($input: PublishCompPlanInput!) { publishCompPlan(input: $input) {
  compPlan { id status version } userErrors { code field } } }`;
const RETIRE = `mutation($input: RetireCompPlanInput!) { retireCompPlan(input: $input) {
  compPlan { id status version } userErrors { code field } } }`;
const ASSIGN = `mutation($input: CreateCompAssignmentInput!) { createCompAssignment(input: $input) {
  compAssignment { id version endDate } userErrors { code message field } } }`;
const UPDATE_ASSIGNMENT = `mutation($input: UpdateCompAssignmentInput!) { updateCompAssignment(input: $input) {
  compAssignment { version baseSalary targetIncentive drawAmount drawRecoverable } userErrors { code message field } } }`;
const END_ASSIGNMENT = `mutation($input: EndCompAssignmentInput!) { endCompAssignment(input: $input) {
  compAssignment { version endDate } userErrors { code message field } } }`;

async function newRep(name: string): Promise<number> {
  const rep = await db.prisma.rep.create({
    data: { organizationId: org, name, email: `${name}@feb.test`, role: 'AE', region: 'NA', hireDate: d('2024-01-01') },
  });
  return rep.id;
}

async function publishedPlan(name: string, effectiveEnd?: string): Promise<string> {
  const created = await gql(CREATE_PLAN, {
    input: {
      name,
      effectiveStart: '2026-02-01',
      effectiveEnd,
      components: [component([{ fromAttainment: '0', rate: '0.1' }])],
    },
  });
  const id = created.createCompPlan.compPlan.id;
  const pub = await gql(PUBLISH, { input: { id, expectedVersion: 1 } });
  expect(pub.publishCompPlan.userErrors).toEqual([]);
  return id;
}

/** The assignment row as SQL sees it, every column, to show a refused change wrote nothing. */
async function assignmentRow(id: number) {
  const [row] = await db.sql.query<Record<string, unknown>>(
    `SELECT id, "startDate"::text, "endDate"::text, "baseSalary"::text, "targetIncentive"::text,
            "drawAmount"::text, "drawRecoverable", version FROM "CompAssignment" WHERE id = $1`,
    [id],
  );
  return row;
}

async function auditEvents(action: string) {
  return db.sql.query<{ entityId: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
    `SELECT "entityId", before, after FROM "AuditEvent" WHERE "organizationId" = $1 AND action = $2 ORDER BY id`,
    [org, action],
  );
}

const fromGlobalId = (gid: string) => Number(Buffer.from(gid, 'base64').toString().split(':')[1]);

describe('retiring a plan', () => {
  it('retires at the version read, with an audit event; a retired plan cannot be assigned or versioned', async () => {
    const retiring = await publishedPlan('Retiring');
    const stale = await gql(RETIRE, { input: { id: retiring, expectedVersion: 1 } });
    expect(stale.retireCompPlan).toEqual({
      compPlan: null,
      userErrors: [{ code: 'STALE_VERSION', field: ['input', 'expectedVersion'] }],
    });
    const ok = await gql(RETIRE, { input: { id: retiring, expectedVersion: 2 } });
    expect(ok.retireCompPlan).toEqual({
      compPlan: { id: retiring, status: 'RETIRED', version: 3 },
      userErrors: [],
    });
    const [row] = await db.sql.query<{ status: string; version: number }>(
      'SELECT status::text, version FROM "CompPlan" WHERE id = $1',
      [fromGlobalId(retiring)],
    );
    expect(row).toEqual({ status: 'RETIRED', version: 3 });
    const events = await auditEvents('compPlan.retire');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityId: String(fromGlobalId(retiring)),
      before: { status: 'PUBLISHED', version: 2 },
      after: { status: 'RETIRED', version: 3 },
    });
    const again = await gql(RETIRE, { input: { id: retiring, expectedVersion: 3 } });
    expect(again.retireCompPlan.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'id'] }]);

    const rep = await newRep('Retiree');
    const assignments = await db.prisma.compAssignment.count({ where: { organizationId: org } });
    const audits = await db.prisma.auditEvent.count({ where: { organizationId: org } });
    const assign = await gql(ASSIGN, {
      input: {
        repId: toGlobalId('Rep', rep),
        compPlanId: retiring,
        startDate: '2026-08-01',
        baseSalary: '80000.00',
        targetIncentive: '40000.00',
      },
    });
    expect(assign.createCompAssignment.compAssignment).toBeNull();
    expect(assign.createCompAssignment.userErrors).toMatchObject([
      { code: 'CONFLICT', field: ['input', 'compPlanId'], message: expect.stringMatching(/is RETIRED/) },
    ]);
    const version = await gql(
      `mutation($input: CreateCompPlanVersionInput!) { createCompPlanVersion(input: $input) { compPlan { id } userErrors { code field } } }`,
      { input: { id: retiring } },
    );
    expect(version.createCompPlanVersion).toEqual({
      compPlan: null,
      userErrors: [{ code: 'CONFLICT', field: ['input', 'id'] }],
    });
    expect(await db.prisma.compAssignment.count({ where: { organizationId: org } })).toBe(assignments);
    expect(await db.prisma.auditEvent.count({ where: { organizationId: org } })).toBe(audits);
  });
});

describe('changing an assignment', () => {
  it('refuses a stale version and writes nothing; records an accepted change with before and after', async () => {
    await givenAssignedPlan();
    const current = await db.prisma.compAssignment.findFirstOrThrow({ where: { repId: r1 } });
    const id = toGlobalId('CompAssignment', current.id);
    const before = await assignmentRow(current.id);
    const stale = await gql(UPDATE_ASSIGNMENT, {
      input: { id, expectedVersion: current.version + 1, baseSalary: '95000.00' },
    });
    expect(stale.updateCompAssignment).toMatchObject({
      compAssignment: null,
      userErrors: [{ code: 'STALE_VERSION', field: ['input', 'expectedVersion'] }],
    });
    expect(await assignmentRow(current.id)).toEqual(before);
    expect(await auditEvents('compAssignment.update')).toEqual([]);

    const ok = await gql(UPDATE_ASSIGNMENT, {
      input: { id, expectedVersion: current.version, baseSalary: '95000.00' },
    });
    expect(ok.updateCompAssignment).toEqual({
      compAssignment: {
        version: current.version + 1,
        baseSalary: '95000.00',
        targetIncentive: '60000.00',
        drawAmount: null,
        drawRecoverable: false,
      },
      userErrors: [],
    });
    expect(await assignmentRow(current.id)).toEqual({
      ...before,
      baseSalary: '95000.00',
      version: current.version + 1,
    });
    const events = await auditEvents('compAssignment.update');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityId: String(current.id),
      before: { baseSalary: '90000', version: current.version },
      after: { baseSalary: '95000', version: current.version + 1 },
    });
  });

  it('refuses to change terms an approved run paid, naming each field, and writes nothing', async () => {
    await givenApprovedRun();
    // FY2027-Q1 (Feb-Apr 2026) is approved and paid days of R1's assignment, which starts 2026-02-01.
    const current = await db.prisma.compAssignment.findFirstOrThrow({ where: { repId: r1 } });
    const before = await assignmentRow(current.id);
    const refused = await gql(UPDATE_ASSIGNMENT, {
      input: {
        id: toGlobalId('CompAssignment', current.id),
        expectedVersion: current.version,
        targetIncentive: '70000.00',
        drawAmount: '1000.00',
      },
    });
    expect(refused.updateCompAssignment.userErrors).toMatchObject([
      {
        code: 'IMMUTABLE',
        field: ['input', 'targetIncentive'],
        message: expect.stringMatching(/FY2027-Q1 \(APPROVED\)/),
      },
      { code: 'IMMUTABLE', field: ['input', 'drawAmount'] },
    ]);
    expect(await assignmentRow(current.id)).toEqual(before);
  });

  it('changes target and draw of an assignment no approved run has paid; removing the draw ends recoverability', async () => {
    const planId = await givenAssignedPlan();
    const rep = await newRep('Newcomer');
    const created = await gql(ASSIGN, {
      input: {
        repId: toGlobalId('Rep', rep),
        compPlanId: planId,
        startDate: '2026-08-01',
        baseSalary: '70000.00',
        targetIncentive: '30000.00',
      },
    });
    const { id, version } = created.createCompAssignment.compAssignment;
    expect(version).toBe(1);
    const bad = await gql(UPDATE_ASSIGNMENT, {
      input: { id, expectedVersion: 1, drawAmount: '0', drawRecoverable: true, targetIncentive: '1.005' },
    });
    expect(bad.updateCompAssignment.userErrors).toEqual([
      {
        code: 'INVALID',
        message: 'targetIncentive must be a whole number of cents',
        field: ['input', 'targetIncentive'],
      },
      { code: 'OUT_OF_RANGE', message: 'drawAmount must be greater than 0', field: ['input', 'drawAmount'] },
    ]);
    const ok = await gql(UPDATE_ASSIGNMENT, {
      input: { id, expectedVersion: 1, targetIncentive: '36000.00', drawAmount: '2000.00', drawRecoverable: true },
    });
    expect(ok.updateCompAssignment.userErrors).toEqual([]);
    const removed = await gql(UPDATE_ASSIGNMENT, { input: { id, expectedVersion: 2, drawAmount: null } });
    expect(removed.updateCompAssignment.userErrors).toEqual([]);
    const row = await assignmentRow(fromGlobalId(id));
    expect(row).toMatchObject({
      targetIncentive: '36000.00',
      drawAmount: null,
      drawRecoverable: false,
      version: 3,
    });
    const events = await auditEvents('compAssignment.update');
    expect(events.slice(-2).map((e) => [e.before.drawAmount, e.after.drawAmount, e.after.drawRecoverable])).toEqual([
      [null, '2000', true],
      ['2000', null, false],
    ]);
  });

  it('ends an assignment only at the version read', async () => {
    await givenAssignedPlan();
    const current = await db.prisma.compAssignment.findFirstOrThrow({ where: { repId: r2 } });
    const id = toGlobalId('CompAssignment', current.id);
    const before = await assignmentRow(current.id);
    const missing = await gql(END_ASSIGNMENT, { input: { id, endDate: '2027-02-01' } });
    expect(missing.endCompAssignment.userErrors).toMatchObject([
      { code: 'REQUIRED', field: ['input', 'expectedVersion'] },
    ]);
    const stale = await gql(END_ASSIGNMENT, {
      input: { id, endDate: '2027-02-01', expectedVersion: current.version + 1 },
    });
    expect(stale.endCompAssignment.userErrors).toMatchObject([
      { code: 'STALE_VERSION', field: ['input', 'expectedVersion'] },
    ]);
    expect(await assignmentRow(current.id)).toEqual(before);
    const ok = await gql(END_ASSIGNMENT, { input: { id, endDate: '2027-02-01', expectedVersion: current.version } });
    expect(ok.endCompAssignment).toEqual({
      compAssignment: { version: current.version + 1, endDate: '2027-02-01' },
      userErrors: [],
    });
    const [event] = (await auditEvents('compAssignment.end')).filter((e) => e.entityId === String(current.id));
    expect(event).toMatchObject({ before: { endDate: null }, after: { endDate: '2027-02-01T00:00:00.000Z' } });
  });
});

describe('assignments within the days their plan governs', () => {
  it('refuses an end (or no end) past the plan’s effective end, naming endDate, and writes nothing', async () => {
    const ending = await publishedPlan('Ending', '2027-02-01');
    const rep = await newRep('Seasonal');
    const base = {
      repId: toGlobalId('Rep', rep),
      compPlanId: ending,
      startDate: '2026-08-01',
      baseSalary: '50000.00',
      targetIncentive: '20000.00',
    };
    const count = () => db.prisma.compAssignment.count({ where: { repId: rep } });
    const open = await gql(ASSIGN, { input: base });
    expect(open.createCompAssignment.userErrors).toEqual([
      {
        code: 'OUT_OF_RANGE',
        message:
          'Comp plan "Ending" governs until 2027-02-01 (exclusive) and an open-ended assignment would outlast it: endDate must be on or before 2027-02-01',
        field: ['input', 'endDate'],
      },
    ]);
    const late = await gql(ASSIGN, { input: { ...base, endDate: '2027-03-01' } });
    expect(late.createCompAssignment.userErrors).toMatchObject([{ code: 'OUT_OF_RANGE', field: ['input', 'endDate'] }]);
    expect(await count()).toBe(0);

    const ok = await gql(ASSIGN, { input: { ...base, endDate: '2027-02-01' } });
    const { id, version } = ok.createCompAssignment.compAssignment;
    const extend = await gql(END_ASSIGNMENT, { input: { id, endDate: '2027-03-01', expectedVersion: version } });
    expect(extend.endCompAssignment.userErrors).toMatchObject([{ code: 'OUT_OF_RANGE', field: ['input', 'endDate'] }]);
    expect((await assignmentRow(fromGlobalId(id)))?.endDate).toBe('2027-02-01');

    // A later version that governs longer lets the assignment run on under it.
    const next = await gql(
      `mutation($input: CreateCompPlanVersionInput!) { createCompPlanVersion(input: $input) { compPlan { id } userErrors { code } } }`,
      { input: { id: ending, effectiveStart: '2026-11-01' } },
    );
    const nextId = next.createCompPlanVersion.compPlan.id;
    const longer = await gql(
      `mutation($input: UpdateCompPlanInput!) { updateCompPlan(input: $input) { userErrors { code field } } }`,
      { input: { id: nextId, expectedVersion: 1, effectiveEnd: '2027-08-01' } },
    );
    expect(longer.updateCompPlan.userErrors).toEqual([]);
    expect((await gql(PUBLISH, { input: { id: nextId, expectedVersion: 2 } })).publishCompPlan.userErrors).toEqual([]);
    const extended = await gql(END_ASSIGNMENT, { input: { id, endDate: '2027-05-01', expectedVersion: version } });
    expect(extended.endCompAssignment).toEqual({
      compAssignment: { version: version + 1, endDate: '2027-05-01' },
      userErrors: [],
    });
  });
});

describe('draft pay through node(id), with a rep-bound API key', () => {
  it('shows a rep their approved lines and never a draft run’s', async () => {
    await givenApprovedRun();
    const draft = await gql(
      `mutation { computePayoutRun(input: { periodKey: "FY2027-Q2" }) { payoutRun { status } userErrors { code } } }`,
    );
    expect(draft.computePayoutRun).toEqual({ payoutRun: { status: 'DRAFT' }, userErrors: [] });
    const lineOf = async (status: string) => {
      const [row] = await db.sql.query<{ id: number }>(
        `SELECT l.id FROM "PayoutLine" l JOIN "PayoutRun" r ON r.id = l."payoutRunId"
          WHERE r."organizationId" = $1 AND r.status::text = $2 AND l."repId" = $3 ORDER BY l.id LIMIT 1`,
        [org, status, r1],
      );
      return toGlobalId('PayoutLine', row?.id as number);
    };
    const draftLine = await lineOf('DRAFT');
    const approvedLine = await lineOf('APPROVED');
    const NODES = `query($draft: ID!, $approved: ID!) {
      draft: node(id: $draft) { id ... on PayoutLine { amount payoutRun { status } } }
      approved: node(id: $approved) { id ... on PayoutLine { amount payoutRun { status } } }
      both: nodes(ids: [$draft, $approved]) { id } }`;
    const variables = { draft: draftLine, approved: approvedLine };
    const key = await issueApiKey(db.sql, {
      organizationId: org,
      name: 'R1',
      scopes: ['read:comp', 'read:people'],
      repId: r1,
    });
    const compAdmin = await issueApiKey(db.sql, {
      organizationId: org,
      name: 'comp admin',
      scopes: ['read:comp', 'write:comp', 'read:people'],
    });
    const client = await createTestClient(db);
    try {
      const mine = await client.request(NODES, variables, { authorization: `Bearer ${key.token}` });
      expect(mine.errors).toBeUndefined();
      expect(mine.data).toEqual({
        draft: null,
        approved: { id: approvedLine, amount: '3900.00', payoutRun: { status: 'APPROVED' } },
        both: [null, { id: approvedLine }],
      });
      // The draft line is there, and R1's: a comp admin reads it.
      const admin = await client.request(NODES, variables, { authorization: `Bearer ${compAdmin.token}` });
      expect(admin.errors).toBeUndefined();
      expect(admin.data).toMatchObject({ draft: { id: draftLine, payoutRun: { status: 'DRAFT' } } });
    } finally {
      await client.close();
    }
  });
});
