// compPlanCost prices the year users mean (issue 18): by default the last completed fiscal year in
// which reps are assigned to the plan being replaced, and a year in which nobody is assigned is
// an error that says why, never 0 reps and 0 cost. Payouts worked out by hand below.
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../api/src/schema.js';
import { periodContaining } from '../api/src/shared/calendar.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

// Fiscal years start in February: FY2024 is 2023-02-01 .. 2024-02-01.
//
// "AE plan" v1 (PUBLISHED): one yearly commission, 10% of credit from 0% attainment up. Its draft
// v2 pays 12%. R1 (AE) is assigned to v1 from 2023-02-01 to 2024-02-01 (exclusive): FY2024 only.
// FY2024's ACTIVE sales plan gives R1 a 100,000 year quota; R1 won 50,000 on 2023-06-15.
// Priced on FY2024: baseline 50,000 x 0.10 = 5,000; proposed 50,000 x 0.12 = 6,000; +1,000.
// (Before issue 18 the default year was the one before the current year, in which nobody is
// assigned: 0 reps, 0 cost, no error.)
// "Empty plan" v1 (PUBLISHED) has nobody assigned, ever; its draft v2 cannot be priced.
// "New plan" v1 (PUBLISHED) has R2 assigned from the start of the current fiscal year only.

let db: TestDatabase;
let org: number;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const current = periodContaining(new Date(), 'YEAR', 2);
let aeDraft: number;
let emptyDraft: number;
let newDraft: number;

function context(): Context {
  return buildContext(
    db,
    { organizationId: org, principal: 'user:ops', repId: null, scopes: new Set(['write:comp', 'read:people']) },
    { id: org, name: 'Cost Co', fiscalYearStartMonth: 2, timeZone: 'UTC', currency: 'USD' },
  );
}

const COST = `query($input: CompPlanCostInput!) { compPlanCost(input: $input) {
  fiscalYear repCount baselineTotal proposedTotal difference reps { rep { name } baseline proposed } } }`;

async function cost(input: Record<string, unknown>) {
  return graphql({ schema, source: COST, variableValues: { input }, contextValue: context() });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Cost Co', slug: 'cost', fiscalYearStartMonth: 2 } })).id;
  const rep = (name: string) =>
    p.rep
      .create({
        data: {
          organizationId: org,
          name,
          email: `${name}@cost.test`,
          role: 'AE',
          region: 'NA',
          hireDate: d('2022-01-01'),
        },
      })
      .then((r) => r.id);
  const r1 = await rep('R1');
  const r2 = await rep('R2');
  const plan = async (name: string, status: 'PUBLISHED' | 'DRAFT', rate: string, previousVersionId: number | null) => {
    const created = await p.compPlan.create({
      data: {
        organizationId: org,
        name,
        status,
        version: previousVersionId ? 2 : 1,
        previousVersionId,
        effectiveStart: d('2023-02-01'),
      },
    });
    const component = await p.compComponent.create({
      data: { organizationId: org, compPlanId: created.id, name: 'Commission', kind: 'COMMISSION', period: 'YEAR' },
    });
    await p.compTier.create({ data: { organizationId: org, componentId: component.id, fromAttainment: '0', rate } });
    return created.id;
  };
  const assign = (compPlanId: number, repId: number, startDate: Date, endDate: Date | null) =>
    p.compAssignment.create({
      data: {
        organizationId: org,
        compPlanId,
        repId,
        startDate,
        endDate,
        baseSalary: '80000',
        targetIncentive: '20000',
      },
    });
  const ae = await plan('AE plan', 'PUBLISHED', '0.10', null);
  aeDraft = await plan('AE plan', 'DRAFT', '0.12', ae);
  await assign(ae, r1, d('2023-02-01'), d('2024-02-01'));
  const empty = await plan('Empty plan', 'PUBLISHED', '0.10', null);
  emptyDraft = await plan('Empty plan', 'DRAFT', '0.12', empty);
  const fresh = await plan('New plan', 'PUBLISHED', '0.10', null);
  newDraft = await plan('New plan', 'DRAFT', '0.12', fresh);
  await assign(fresh, r2, current.start, null);

  const salesPlan = await p.salesPlan.create({
    data: { organizationId: org, fiscalYear: 2024, name: 'FY24', status: 'ACTIVE' },
  });
  await p.quota.create({
    data: {
      organizationId: org,
      salesPlanId: salesPlan.id,
      repId: r1,
      periodKey: 'FY2024',
      periodStart: d('2023-02-01'),
      periodEnd: d('2024-02-01'),
      amount: '100000',
    },
  });
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
      name: 'Won',
      accountId: account.id,
      ownerId: r1,
      amount: '50000',
      type: 'NEW_BUSINESS',
      stage: 'CLOSED_WON',
      forecastCategory: 'CLOSED',
      createdDate: d('2023-05-01'),
      closeDate: d('2023-06-15'),
    },
  });
}, 120_000);
afterAll(() => db?.destroy());

describe('the year compPlanCost prices', () => {
  it('defaults to the last completed year in which reps are assigned to the plan it replaces', async () => {
    const res = await cost({ compPlanId: toGlobalId('CompPlan', aeDraft) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.compPlanCost).toEqual({
      fiscalYear: 'FY2024',
      repCount: 1,
      baselineTotal: '5000.00',
      proposedTotal: '6000.00',
      difference: '1000.00',
      reps: [{ rep: { name: 'R1' }, baseline: '5000.00', proposed: '6000.00' }],
    });
  });

  it('refuses a year in which nobody is assigned, naming the years in which reps are', async () => {
    const res = await cost({ compPlanId: toGlobalId('CompPlan', aeDraft), fiscalYear: 2025 });
    expect(res.data?.compPlanCost ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_RANGE', field: ['input', 'fiscalYear'] });
    expect(res.errors?.[0]?.message).toBe(
      'nobody is assigned to "AE plan" or its other versions in FY2025, so there is no one to price the plan on; reps are assigned to it in FY2024',
    );
  });

  it('refuses a plan whose line nobody was ever assigned to', async () => {
    const res = await cost({ compPlanId: toGlobalId('CompPlan', emptyDraft) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID', field: ['input', 'compPlanId'] });
    expect(res.errors?.[0]?.message).toBe(
      `nobody is assigned to "Empty plan" or its other versions in any fiscal year up to ${current.key}: there is no one to price the plan on`,
    );
  });

  it('takes the current year when reps are assigned only in it', async () => {
    const res = await cost({ compPlanId: toGlobalId('CompPlan', newDraft) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.compPlanCost).toMatchObject({ fiscalYear: current.key, repCount: 1 });
  });
});
