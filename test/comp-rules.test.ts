// Compensation rules that are not about one payout: set-based computation (a run issues the same
// number of SQL statements for 3 reps as for 30), a YEAR component paid only by the run that ends
// the year, input that is refused without writing anything, and the pay audience built from the
// caller's visibility.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPayoutAdjustment, openDispute } from '../api/src/comp/adjustments.js';
import { createCompAssignment, endCompAssignment } from '../api/src/comp/assignments.js';
import type { LineDraft } from '../api/src/comp/calculate.js';
import type { ComponentInput } from '../api/src/comp/plan-rules.js';
import { createCompPlan, createCompPlanVersion, publishCompPlan } from '../api/src/comp/plans.js';
import { computePayoutRun, INSERT_CHUNK, insertLines } from '../api/src/comp/runs.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { dec, fmt, sum } from '../api/src/shared/money.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tier = (from: string, to: string | null, rate: string) => ({
  fromAttainment: dec(from),
  toAttainment: to === null ? null : dec(to),
  rate: dec(rate),
});

const COMPONENTS: ComponentInput[] = [
  {
    name: 'Commission',
    kind: 'COMMISSION',
    period: 'QUARTER',
    tiers: [tier('0', '1', '0.05'), tier('1', '1.5', '0.08'), tier('1.5', null, '0.12')],
  },
  {
    name: 'Bonus',
    kind: 'BONUS',
    period: 'QUARTER',
    targetShare: dec('0.25'),
    tiers: [tier('0', '1', '0.5'), tier('1', null, '1')],
  },
  { name: 'SPIFF', kind: 'SPIFF', period: 'MONTH', spiffAmount: dec('250.00'), opportunityTypes: ['NEW_BUSINESS'] },
];

function contextFor(organizationId: number, viewer: Partial<Context['viewer']> = {}): Context {
  return buildContext(
    db,
    { organizationId, principal: 'user:ops', repId: null, scopes: new Set(['admin']), ...viewer },
    { id: organizationId, name: 'Org', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
  );
}

/** An organization with `n` reps on one published plan, monthly quotas and two won deals each (one split). */
async function organizationWithReps(slug: string, n: number, components = COMPONENTS) {
  const p = db.prisma;
  const org = (await p.organization.create({ data: { name: slug, slug, fiscalYearStartMonth: 1 } })).id;
  const ctx = contextFor(org);
  await p.rep.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      organizationId: org,
      name: `Rep ${i}`,
      email: `rep${i}@${slug}.test`,
      role: 'AE' as const,
      region: 'NA',
      hireDate: d('2024-01-01'),
    })),
  });
  const reps = (await p.rep.findMany({ where: { organizationId: org }, orderBy: { id: 'asc' } })).map((r) => r.id);
  const sp = await p.salesPlan.create({
    data: { organizationId: org, fiscalYear: 2026, name: 'FY26', status: 'ACTIVE' },
  });
  await p.quota.createMany({
    data: reps.flatMap((repId) =>
      Array.from({ length: 12 }, (_, m) => ({
        organizationId: org,
        salesPlanId: sp.id,
        repId,
        periodKey: `FY2026-M${String(m + 1).padStart(2, '0')}`,
        periodStart: new Date(Date.UTC(2026, m, 1)),
        periodEnd: new Date(Date.UTC(2026, m + 1, 1)),
        amount: '20000.00',
      })),
    ),
  });
  const { compPlanId } = await createCompPlan(ctx, { name: 'Plan', effectiveStart: d('2026-01-01'), components });
  await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });
  for (const repId of reps) {
    await createCompAssignment(ctx, {
      repId,
      compPlanId,
      startDate: d('2026-01-01'),
      baseSalary: dec('70000.00'),
      targetIncentive: dec('40000.00'),
    });
  }
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
  for (const [i, repId] of reps.entries()) {
    for (const [k, close] of ['2026-02-10', '2026-03-25'].entries()) {
      await p.opportunity.create({
        data: {
          organizationId: org,
          name: `Deal ${i}-${k}`,
          accountId: account.id,
          ownerId: repId,
          amount: '30000.00',
          type: 'NEW_BUSINESS',
          stage: 'CLOSED_WON',
          forecastCategory: 'CLOSED',
          createdDate: d('2026-01-02'),
          closeDate: d(close),
          splits:
            k === 1 && reps.length > 1
              ? {
                  create: [
                    { organizationId: org, repId, percent: '0.6', splitType: 'REVENUE' },
                    {
                      organizationId: org,
                      repId: reps[(i + 1) % reps.length] as number,
                      percent: '0.4',
                      splitType: 'REVENUE',
                    },
                  ],
                }
              : undefined,
        },
      });
    }
  }
  return { org, ctx, reps, compPlanId };
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.destroy());

describe('set-based computation', () => {
  it('a run issues the same number of SQL statements for 3 reps as for 30', async () => {
    const statements = async (n: number) => {
      const { ctx } = await organizationWithReps(`reps${n}`, n);
      const before = db.queryCount();
      const { created } = await computePayoutRun(ctx, { periodKey: 'FY2026-Q1' });
      expect(created).toBe(true);
      const used = db.queryCount() - before;
      const lines = await db.prisma.payoutLine.count({ where: { organizationId: ctx.organization.id } });
      // commission + bonus + three monthly SPIFFs per rep
      expect(lines).toBe(n * 5);
      return used;
    };
    const three = await statements(3);
    const thirty = await statements(30);
    expect(thirty).toBe(three);
    expect(three).toBeLessThan(30);
  });

  it('writes lines in chunks of one statement each, in order, every digit kept', async () => {
    const { ctx, reps } = await organizationWithReps('chunks', 2);
    const org = ctx.organization.id;
    const run = await db.prisma.payoutRun.create({
      data: {
        organizationId: org,
        periodKey: 'FY2026-Q3',
        periodStart: d('2026-07-01'),
        periodEnd: d('2026-10-01'),
        computedAt: new Date(),
      },
    });
    const kinds = ['COMMISSION', 'SPIFF', 'ADJUSTMENT'] as const;
    const n = INSERT_CHUNK + 101;
    // Amounts written out by hand: i.cc with cc = i mod 100, negative every 7th, one very large.
    const amountOf = (i: number) =>
      i === 0 ? '123456789012345.67' : `${i % 7 === 0 ? '-' : ''}${i}.${String(i % 100).padStart(2, '0')}`;
    const drafts: LineDraft[] = Array.from({ length: n }, (_, i) => ({
      repId: reps[i % 2] as number,
      kind: kinds[i % 3] as LineDraft['kind'],
      componentId: null,
      credit: i % 3 === 2 ? null : dec(`${i + 1}000.50`),
      quota: null,
      attainment: i % 3 === 0 ? dec('1.234565') : null,
      amount: dec(amountOf(i)),
      originalLineId: null,
      assignmentId: null,
      explanation: { summary: `line ${i}`, periodKey: 'FY2026-Q3', steps: [`step of line ${i}`] },
    }));
    const before = db.queryCount();
    await insertLines(db.prisma, org, run.id, drafts);
    expect(db.queryCount() - before).toBe(2); // 2,601 lines: one statement per 2,500
    const stored = await db.sql.query<{
      repId: number;
      kind: string;
      credit: string | null;
      attainment: string | null;
      amount: string;
      summary: string;
    }>(
      `SELECT "repId", kind::text AS kind, credit::text AS credit, attainment::text AS attainment,
              amount::text AS amount, explanation->>'summary' AS summary
         FROM "PayoutLine" WHERE "payoutRunId" = $1 ORDER BY id`,
      [run.id],
    );
    expect(stored).toEqual(
      drafts.map((_, i) => ({
        repId: reps[i % 2],
        kind: kinds[i % 3],
        credit: i % 3 === 2 ? null : `${i + 1}000.50`,
        attainment: i % 3 === 0 ? '1.234565' : null,
        amount: amountOf(i),
        summary: `line ${i}`,
      })),
    );
    const [total] = await db.sql.query<{ total: string }>(
      'SELECT sum(amount)::text AS total FROM "PayoutLine" WHERE "payoutRunId" = $1',
      [run.id],
    );
    expect(total?.total).toBe(fmt(sum(drafts.map((l) => l.amount))));
  });
});

describe('component periods inside a run', () => {
  it('a YEAR component is paid only by the run whose period ends the year, on the whole year', async () => {
    const { ctx, reps } = await organizationWithReps('yearly', 1, [
      {
        name: 'Annual accelerator',
        kind: 'COMMISSION',
        period: 'YEAR',
        tiers: [tier('0', '1', '0.02'), tier('1', null, '0.04')],
      },
    ]);
    const q1 = await computePayoutRun(ctx, { periodKey: 'FY2026-Q1' });
    expect(await db.prisma.payoutLine.count({ where: { payoutRunId: q1.payoutRunId } })).toBe(0);
    const q4 = await computePayoutRun(ctx, { periodKey: 'FY2026-Q4' });
    const [line] = await db.prisma.payoutLine.findMany({ where: { payoutRunId: q4.payoutRunId } });
    // A lone rep has no split partner: credit 30,000 + 30,000 = 60,000
    // against 12 x 20,000 = 240,000: 60,000 x 0.02 = 1,200
    expect([line?.repId, line?.credit?.toFixed(2), line?.quota?.toFixed(2), line?.amount.toFixed(2)]).toEqual([
      reps[0],
      '60000.00',
      '240000.00',
      '1200.00',
    ]);
    expect((line!.explanation as { periodKey: string }).periodKey).toBe('FY2026');
  });
});

describe('refused input writes nothing', () => {
  let ctx: Context;
  let org: number;
  let repId: number;
  let planId: number;
  const counts = async () =>
    Promise.all([
      db.prisma.compPlan.count({ where: { organizationId: org } }),
      db.prisma.compComponent.count({ where: { organizationId: org } }),
      db.prisma.compAssignment.count({ where: { organizationId: org } }),
      db.prisma.payoutAdjustment.count({ where: { organizationId: org } }),
      db.prisma.auditEvent.count({ where: { organizationId: org } }),
    ]);

  beforeAll(async () => {
    const o = await organizationWithReps('refusals', 2);
    ctx = o.ctx;
    org = o.org;
    repId = o.reps[0] as number;
    planId = o.compPlanId;
  });

  it('rate tables: gaps, an open tier that is not last, missing kind settings', async () => {
    const before = await counts();
    const attempt = createCompPlan(ctx, {
      name: 'Bad',
      effectiveStart: d('2026-01-01'),
      components: [
        {
          name: 'Gap',
          kind: 'COMMISSION',
          period: 'QUARTER',
          tiers: [tier('0', '0.5', '0.05'), tier('0.6', null, '0.1')],
        },
        {
          name: 'Open',
          kind: 'COMMISSION',
          period: 'QUARTER',
          tiers: [tier('0', null, '0.05'), tier('1', null, '0.1')],
        },
        { name: 'Bonus', kind: 'BONUS', period: 'YEAR', tiers: [tier('0', null, '1')] },
        { name: 'Spiff', kind: 'SPIFF', period: 'MONTH', spiffAmount: dec('10.001'), tiers: [tier('0', null, '1')] },
      ],
    });
    await expect(attempt).rejects.toMatchObject({
      errors: [
        { code: 'INVALID', field: ['input', 'components', 0, 'tiers', 1, 'fromAttainment'] },
        { code: 'INVALID', field: ['input', 'components', 1, 'tiers', 1, 'fromAttainment'] },
        { code: 'REQUIRED', field: ['input', 'components', 2, 'targetShare'] },
        { code: 'INVALID', field: ['input', 'components', 3, 'spiffAmount'] },
        { code: 'INVALID', field: ['input', 'components', 3, 'tiers'] },
      ].map((e) => ({ ...e, field: e.field.map(String) })),
    });
    expect(await counts()).toEqual(before);
  });

  it('assignments: a draft plan, a start outside the plan, a recoverable draw without amount, an overlap', async () => {
    const { compPlanId: draft } = await createCompPlan(ctx, {
      name: 'Draft',
      effectiveStart: d('2026-01-01'),
      components: COMPONENTS,
    });
    const before = await counts();
    const base = {
      repId,
      compPlanId: planId,
      startDate: d('2026-07-01'),
      baseSalary: dec('1.00'),
      targetIncentive: dec('1.00'),
    };
    await expect(createCompAssignment(ctx, { ...base, compPlanId: draft })).rejects.toMatchObject({
      errors: [{ code: 'CONFLICT' }],
    });
    await expect(createCompAssignment(ctx, { ...base, startDate: d('2025-12-31') })).rejects.toMatchObject({
      errors: [{ code: 'OUT_OF_RANGE', field: ['input', 'startDate'] }],
    });
    await expect(createCompAssignment(ctx, { ...base, drawRecoverable: true })).rejects.toMatchObject({
      errors: [{ code: 'INVALID', field: ['input', 'drawRecoverable'] }],
    });
    await expect(createCompAssignment(ctx, base)).rejects.toMatchObject({
      errors: [{ code: 'CONFLICT', field: ['input', 'startDate'] }],
    });
    expect(await counts()).toEqual(before);
    // Ending the current assignment makes room for the next one.
    const current = await db.prisma.compAssignment.findFirstOrThrow({ where: { repId } });
    await endCompAssignment(ctx, { id: current.id, endDate: d('2026-07-01'), expectedVersion: current.version });
    await createCompAssignment(ctx, base);
    await expect(
      endCompAssignment(ctx, { id: current.id, endDate: d('2026-08-01'), expectedVersion: current.version + 1 }),
    ).rejects.toMatchObject({
      errors: [{ code: 'CONFLICT', field: ['input', 'endDate'] }],
    });
  });

  it('adjustments, disputes on draft lines, versions of drafts', async () => {
    const before = await counts();
    await expect(createPayoutAdjustment(ctx, { repId, amount: dec('0'), reason: ' ' })).rejects.toMatchObject({
      errors: [{ code: 'OUT_OF_RANGE' }, { code: 'REQUIRED', field: ['input', 'reason'] }],
    });
    await expect(
      createPayoutAdjustment(ctx, { repId: 999_999, amount: dec('5.00'), reason: 'x' }),
    ).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND' },
    });
    const run = await computePayoutRun(ctx, { periodKey: 'FY2026-Q1' });
    const line = await db.prisma.payoutLine.findFirstOrThrow({ where: { payoutRunId: run.payoutRunId } });
    const afterRun = await counts();
    await expect(openDispute(ctx, { payoutLineId: line.id, reason: 'wrong' })).rejects.toMatchObject({
      errors: [{ code: 'CONFLICT' }],
    });
    const { compPlanId: draft } = await createCompPlan(ctx, {
      name: 'Draft 2',
      effectiveStart: d('2026-01-01'),
      components: COMPONENTS,
    });
    await expect(createCompPlanVersion(ctx, { id: draft })).rejects.toMatchObject({ userError: { code: 'CONFLICT' } });
    await createCompPlanVersion(ctx, { id: planId });
    await expect(createCompPlanVersion(ctx, { id: planId })).rejects.toMatchObject({ userError: { code: 'CONFLICT' } });
    expect(afterRun[3]).toBe(before[3]);
  });
});

describe('pay visibility from the caller', () => {
  const pay = (ctx: Context) => ({
    draftPay: ctx.visibility.draftPay,
    pay: ctx.visibility.pay.kind === 'organization' ? 'organization' : [...ctx.visibility.pay.ids],
  });
  it('comp admins see everyone and drafts; a rep sees their own pay only', async () => {
    const org = (await db.prisma.organization.create({ data: { name: 'aud', slug: 'aud' } })).id;
    expect(pay(contextFor(org, { scopes: new Set(['write:comp']) }))).toEqual({ draftPay: true, pay: 'organization' });
    const rep = pay(contextFor(org, { repId: 42, principal: 'user:42', scopes: new Set(['read:comp']) }));
    expect(rep).toEqual({ draftPay: false, pay: [42] });
    const none = pay(contextFor(org, { repId: 42, principal: 'user:42', scopes: new Set(['read:people']) }));
    expect(none).toEqual({ draftPay: false, pay: [] });
    // An organization-level read:comp key (payroll export): everyone's pay, but no drafts.
    const payroll = pay(contextFor(org, { principal: 'key:7', scopes: new Set(['read:comp']) }));
    expect(payroll).toEqual({ draftPay: false, pay: 'organization' });
  });
});
