// Payout runs against payouts computed by hand on a small fixture: marginal and retroactive tiers
// across a boundary, a cap, a split deal, an overlay split, a product-family SPIFF, a mid-period
// plan change, a recoverable draw over three quarters, a clawback, a dispute paid by an
// adjustment, a new plan version taking effect mid-year, statements, immutability and
// concurrency. Every expected amount is written with its arithmetic.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE, onlyReps, type Visibility } from '../api/src/access/visibility.js';
import { createPayoutAdjustment, openDispute, resolveDispute } from '../api/src/comp/adjustments.js';
import { createCompAssignment } from '../api/src/comp/assignments.js';
import type { ComponentInput } from '../api/src/comp/plan-rules.js';
import { createCompPlan, createCompPlanVersion, publishCompPlan, updateCompPlan } from '../api/src/comp/plans.js';
import { approvePayoutRun, computePayoutRun, markPayoutRunPaid, recomputePayoutRun } from '../api/src/comp/runs.js';
import { payoutStatement } from '../api/src/comp/statements.js';
import type { PrismaClient } from '../api/src/generated/prisma/client.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { dec, fmt, sum } from '../api/src/shared/money.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let ctx: Context;
let org: number;
const rep: Record<string, number> = {};
const plan: Record<string, number> = {};
const deal: Record<string, number> = {};
const run: Record<string, number> = {};

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tier = (from: string, to: string | null, rate: string) => ({
  fromAttainment: dec(from),
  toAttainment: to === null ? null : dec(to),
  rate: dec(rate),
});
// Commission tiers: 5% to 100% of quota, 8% to 150%, 12% above.
const THREE_TIERS = [tier('0', '1', '0.05'), tier('1', '1.5', '0.08'), tier('1.5', null, '0.12')];

function adminContext(organizationId: number): Context {
  return buildContext(
    db,
    { organizationId, principal: 'user:comp-admin', repId: null, scopes: new Set(['admin']) },
    { id: organizationId, name: 'Comp Co', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
    'req-comp',
  );
}

async function publishedPlan(name: string, components: ComponentInput[]): Promise<number> {
  const { compPlanId } = await createCompPlan(ctx, { name, effectiveStart: d('2026-01-01'), components });
  await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });
  return compPlanId;
}

interface DealSpec {
  owner: string;
  amount: string;
  close: string;
  type?: 'NEW_BUSINESS' | 'EXPANSION' | 'RENEWAL';
  stage?: 'CLOSED_WON' | 'CLOSED_LOST' | 'PROPOSAL';
  items?: [family: string, total: string][];
  splits?: [repName: string, percent: string, type: 'REVENUE' | 'OVERLAY'][];
}

async function makeDeal(prisma: PrismaClient, products: Record<string, number>, account: number, s: DealSpec) {
  const stage = s.stage ?? 'CLOSED_WON';
  const o = await prisma.opportunity.create({
    data: {
      organizationId: org,
      name: `${s.owner} ${s.amount} ${s.close}`,
      accountId: account,
      ownerId: rep[s.owner] as number,
      amount: s.amount,
      type: s.type ?? 'NEW_BUSINESS',
      stage,
      forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
      createdDate: d('2025-12-01'),
      closeDate: d(s.close),
      lineItems: {
        create: (s.items ?? [['Core', s.amount]]).map(([family, total]) => ({
          organizationId: org,
          productId: products[family] as number,
          quantity: '1',
          unitPrice: total,
          totalPrice: total,
        })),
      },
      splits: {
        create: (s.splits ?? []).map(([name, percent, splitType]) => ({
          organizationId: org,
          repId: rep[name] as number,
          percent,
          splitType,
        })),
      },
      history: {
        create: [
          {
            organizationId: org,
            changedAt: new Date(`${s.close}T12:00:00Z`),
            stage,
            amount: s.amount,
            closeDate: d(s.close),
            forecastCategory: 'CLOSED',
          },
        ],
      },
    },
  });
  return o.id;
}

/** Marks a won deal lost on `day`, with the history row a CRM sync would write. */
async function reverse(id: number, day: string) {
  const o = await db.prisma.opportunity.update({
    where: { id },
    data: { stage: 'CLOSED_LOST', forecastCategory: 'OMITTED' },
  });
  await db.prisma.opportunityHistory.create({
    data: {
      organizationId: org,
      opportunityId: id,
      changedAt: new Date(`${day}T10:00:00Z`),
      stage: 'CLOSED_LOST',
      amount: o.amount,
      closeDate: o.closeDate,
      forecastCategory: 'OMITTED',
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
});

// Every test starts from this fixture in an organization of its own.
let fixtures = 0;
beforeEach(async () => {
  fixtures += 1;
  for (const key of Object.keys(run)) delete run[key];
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Comp Co', slug: `comp-${fixtures}`, fiscalYearStartMonth: 1 } }))
    .id;
  ctx = adminContext(org);
  const mk = async (name: string, role: 'MANAGER' | 'AE' | 'SE', managerId: number | null) => {
    rep[name] = (
      await p.rep.create({
        data: {
          organizationId: org,
          name,
          email: `${name}@comp.test`,
          role,
          managerId,
          region: 'NA',
          hireDate: d('2024-01-01'),
        },
      })
    ).id;
  };
  await mk('M', 'MANAGER', null);
  for (const name of ['A', 'B', 'C', 'D', 'F']) await mk(name, 'AE', rep.M as number);
  await mk('E', 'SE', rep.M as number);
  const products: Record<string, number> = {};
  for (const family of ['Core', 'Analytics']) {
    products[family] = (
      await p.product.create({ data: { organizationId: org, name: family, family, listPrice: '1.00' } })
    ).id;
  }
  const account = (
    await p.account.create({
      data: {
        organizationId: org,
        name: 'Acme',
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 500,
        segment: 'MID',
      },
    })
  ).id;
  // Quotas: 25,000 a month for A-D under the ACTIVE plan (so 75,000 a quarter); a DRAFT scenario
  // with other quotas must be ignored.
  const active = await p.salesPlan.create({
    data: { organizationId: org, fiscalYear: 2026, name: 'FY26', status: 'ACTIVE' },
  });
  const draft = await p.salesPlan.create({
    data: { organizationId: org, fiscalYear: 2026, name: 'FY26 alt', status: 'DRAFT' },
  });
  for (const [salesPlanId, amount] of [
    [active.id, '25000.00'],
    [draft.id, '1000.00'],
  ] as const) {
    for (const name of ['A', 'B', 'C', 'D']) {
      await p.quota.createMany({
        data: Array.from({ length: 12 }, (_, i) => ({
          organizationId: org,
          salesPlanId,
          repId: rep[name] as number,
          periodKey: `FY2026-M${String(i + 1).padStart(2, '0')}`,
          periodStart: new Date(Date.UTC(2026, i, 1)),
          periodEnd: new Date(Date.UTC(2026, i + 1, 1)),
          amount,
        })),
      });
    }
  }

  const newBusiness: ComponentInput['opportunityTypes'] = ['NEW_BUSINESS', 'EXPANSION'];
  plan.ae = await publishedPlan('AE Plan', [
    {
      name: 'Commission',
      kind: 'COMMISSION',
      period: 'QUARTER',
      opportunityTypes: newBusiness,
      tiers: THREE_TIERS,
      capAmount: dec('20000.00'),
    },
    {
      name: 'Attainment bonus',
      kind: 'BONUS',
      period: 'QUARTER',
      opportunityTypes: newBusiness,
      targetShare: dec('0.2'),
      tiers: [tier('0', '0.5', '0'), tier('0.5', '1', '0.5'), tier('1', null, '1')],
    },
    {
      name: 'Analytics SPIFF',
      kind: 'SPIFF',
      period: 'MONTH',
      productFamilies: ['Analytics'],
      spiffAmount: dec('500.00'),
    },
  ]);
  plan.retro = await publishedPlan('Retro Plan', [
    { name: 'Commission', kind: 'COMMISSION', period: 'QUARTER', retroactive: true, tiers: THREE_TIERS },
  ]);
  plan.overlay = await publishedPlan('Overlay Plan', [
    { name: 'Overlay commission', kind: 'COMMISSION', period: 'QUARTER', tiers: [tier('0', null, '0.01')] },
  ]);
  plan.flat = await publishedPlan('Flat Plan', [
    { name: 'Commission', kind: 'COMMISSION', period: 'QUARTER', tiers: [tier('0', null, '0.1')] },
  ]);

  const assign = (name: string, compPlanId: number, start: string, end: string | null, extra = {}) =>
    createCompAssignment(ctx, {
      repId: rep[name] as number,
      compPlanId,
      startDate: d(start),
      endDate: end ? d(end) : null,
      baseSalary: dec('80000.00'),
      targetIncentive: dec('40000.00'),
      ...extra,
    });
  await assign('A', plan.ae, '2026-01-01', null);
  await assign('B', plan.retro, '2026-01-01', null);
  await assign('C', plan.ae, '2026-01-01', null);
  // D changes plan mid-quarter: AE Plan to 15 Feb, Retro Plan from 16 Feb.
  await assign('D', plan.ae, '2026-01-01', '2026-02-16');
  await assign('D', plan.retro, '2026-02-16', null);
  await assign('E', plan.overlay, '2026-01-01', null, { targetIncentive: dec('10000.00') });
  await assign('F', plan.flat, '2026-01-01', null, { drawAmount: dec('5000.00'), drawRecoverable: true });

  const mkDeal = (key: string, s: DealSpec) => makeDeal(p, products, account, s).then((id) => (deal[key] = id));
  await mkDeal('D1', { owner: 'A', amount: '60000.00', close: '2026-02-10' });
  await mkDeal('D2', {
    owner: 'A',
    amount: '45000.00',
    close: '2026-03-20',
    items: [
      ['Core', '25000.00'],
      ['Analytics', '20000.00'],
    ],
    splits: [
      ['A', '0.5', 'REVENUE'],
      ['B', '0.5', 'REVENUE'],
    ],
  });
  await mkDeal('D3', { owner: 'B', amount: '60000.00', close: '2026-01-15' });
  await mkDeal('D4', { owner: 'C', amount: '400000.00', close: '2026-03-01', splits: [['E', '1', 'OVERLAY']] });
  await mkDeal('D5', { owner: 'D', amount: '40000.00', close: '2026-01-20' });
  await mkDeal('D6', { owner: 'D', amount: '50000.00', close: '2026-03-10' });
  // Not credited to A's commission or bonus: a renewal (filtered out), a lost deal, an open deal.
  await mkDeal('D7', { owner: 'A', amount: '10000.00', close: '2026-03-05', type: 'RENEWAL' });
  await mkDeal('D8', { owner: 'A', amount: '99000.00', close: '2026-02-01', stage: 'CLOSED_LOST' });
  await mkDeal('D9', { owner: 'A', amount: '77000.00', close: '2026-03-30', stage: 'PROPOSAL' });
  await mkDeal('F1', { owner: 'F', amount: '20000.00', close: '2026-02-01' });
  await mkDeal('F2', { owner: 'F', amount: '65000.00', close: '2026-05-01' });
  await mkDeal('F3', { owner: 'F', amount: '90000.00', close: '2026-08-01' });
});
afterAll(() => db?.destroy());

interface LineView {
  rep: string;
  kind: string;
  period: string;
  amount: string;
}
const repName = (id: number) => Object.entries(rep).find(([, v]) => v === id)?.[0] ?? String(id);

async function lines(runId: number): Promise<LineView[]> {
  const rows = await db.prisma.payoutLine.findMany({ where: { payoutRunId: runId }, orderBy: { id: 'asc' } });
  return rows
    .map((l) => ({
      rep: repName(l.repId),
      kind: l.kind,
      period: (l.explanation as { periodKey: string }).periodKey,
      amount: dec(l.amount).toFixed(2),
    }))
    .sort((a, b) => `${a.rep}${a.kind}${a.period}${a.amount}`.localeCompare(`${b.rep}${b.kind}${b.period}${b.amount}`));
}

const sorted = (v: LineView[]) =>
  [...v].sort((a, b) =>
    `${a.rep}${a.kind}${a.period}${a.amount}`.localeCompare(`${b.rep}${b.kind}${b.period}${b.amount}`),
  );
const L = (r: string, kind: string, period: string, amount: string): LineView => ({ rep: r, kind, period, amount });
const money = (...parts: string[]) => fmt(sum(parts.map((x) => dec(x))));

async function runRow(id: number) {
  return db.prisma.payoutRun.findUniqueOrThrow({ where: { id } });
}

/**
 * The story of the fiscal year, step by step: each step is also a test below. A test runs, on an
 * organization of its own, every step before the state it needs, so that it runs alone and in any
 * order.
 */
const story = {
  computeQ1: async () => {
    const result = await computePayoutRun(ctx, { periodKey: 'FY2026-Q1' });
    expect(result.created).toBe(true);
    run.q1 = result.payoutRunId;
    const Q = 'FY2026-Q1';
    expect(await lines(run.q1)).toEqual(
      sorted([
        // A, marginal: credit 60,000 (D1) + 45,000 x 0.5 (D2 split) = 82,500 against 3 x 25,000 = 75,000:
        // 75,000 x 0.05 + 7,500 x 0.08 = 3,750 + 600
        L('A', 'COMMISSION', Q, money('3750', '600')),
        // bonus target 40,000 x 0.2 x 3/12 = 2,000; attainment 110% reaches the 100%+ tier (rate 1)
        L('A', 'BONUS', Q, '2000.00'),
        // SPIFF per month on Analytics line items: only D2 (March), A's share 0.5: 500 x 0.5
        L('A', 'SPIFF', 'FY2026-M01', '0.00'),
        L('A', 'SPIFF', 'FY2026-M02', '0.00'),
        L('A', 'SPIFF', 'FY2026-M03', '250.00'),
        // B, retroactive: 60,000 (D3) + 22,500 (D2 split) = 82,500 reaches tier 2: 82,500 x 0.08
        L('B', 'COMMISSION', Q, '6600.00'),
        // C: 400,000: 3,750 + 37,500 x 0.08 + 287,500 x 0.12 = 41,250, capped at 20,000
        L('C', 'COMMISSION', Q, '20000.00'),
        L('C', 'BONUS', Q, '2000.00'),
        L('C', 'SPIFF', 'FY2026-M01', '0.00'),
        L('C', 'SPIFF', 'FY2026-M02', '0.00'),
        L('C', 'SPIFF', 'FY2026-M03', '0.00'),
        // D, AE Plan for 46 of 90 days (1 Jan - 15 Feb): quota 75,000 x 46/90 = 38,333.33;
        // credit 40,000 (D5): 38,333.33 x 0.05 + 1,666.67 x 0.08 = 1,916.6665 + 133.3336 = 2,050.0001
        L('D', 'COMMISSION', Q, '2050.00'),
        // bonus target 2,000 x 46/90 = 1,022.222...; attainment 40,000 / 38,333.33 >= 100%
        L('D', 'BONUS', Q, '1022.22'),
        L('D', 'SPIFF', 'FY2026-M01', '0.00'),
        L('D', 'SPIFF', 'FY2026-M02', '0.00'),
        // Retro Plan for 44 days: quota 36,666.67; 50,000 (D6) is 136%: tier 2 on all credit, 50,000 x 0.08
        L('D', 'COMMISSION', Q, '4000.00'),
        // E, overlay split of D4: 400,000 x 1 x 0.01
        L('E', 'COMMISSION', Q, '4000.00'),
        // F: 20,000 x 0.1 = 2,000 below the 5,000 draw: top-up 3,000 (recoverable)
        L('F', 'COMMISSION', Q, '2000.00'),
        L('F', 'DRAW', Q, '3000.00'),
      ]),
    );
  },
  approveQ1: async () => {
    const r = await runRow(run.q1 as number);
    await expect(approvePayoutRun(ctx, { id: r.id, expectedVersion: r.version + 1 })).rejects.toMatchObject({
      userError: { code: 'STALE_VERSION' },
    });
    await approvePayoutRun(ctx, { id: r.id, expectedVersion: r.version });
    const approved = await runRow(r.id);
    expect([approved.status, approved.version]).toEqual(['APPROVED', r.version + 1]);
    const frozen = await db.prisma.payoutLine.findMany({ where: { payoutRunId: r.id }, orderBy: { id: 'asc' } });
    const audit = await db.prisma.auditEvent.count({ where: { organizationId: org } });
    for (const attempt of [
      () => recomputePayoutRun(ctx, { id: r.id, expectedVersion: approved.version }),
      () => approvePayoutRun(ctx, { id: r.id, expectedVersion: approved.version }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ userError: { code: 'IMMUTABLE', field: ['input', 'id'] } });
    }
    expect(await db.prisma.payoutLine.findMany({ where: { payoutRunId: r.id }, orderBy: { id: 'asc' } })).toEqual(
      frozen,
    );
    expect(await db.prisma.auditEvent.count({ where: { organizationId: org } })).toBe(audit);
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'payoutRun.approve', entityId: String(r.id) },
    });
    expect([(event.before as { status: string }).status, (event.after as { status: string }).status]).toEqual([
      'DRAFT',
      'APPROVED',
    ]);
    expect((event.after as { total: string }).total).toBe('51272.22');
  },
  disputeQ1: async () => {
    const spiff = await db.prisma.payoutLine.findFirstOrThrow({
      where: { payoutRunId: run.q1, repId: rep.A, kind: 'SPIFF', amount: { gt: 0 } },
    });
    const { disputeId } = await openDispute(ctx, { payoutLineId: spiff.id, reason: 'D2 should pay the full SPIFF' });
    await expect(openDispute(ctx, { payoutLineId: spiff.id, reason: 'again' })).rejects.toMatchObject({
      errors: [{ code: 'DUPLICATE' }],
    });
    await resolveDispute(ctx, {
      id: disputeId,
      status: 'RESOLVED',
      resolution: 'Agreed: pay the other half',
      adjustmentAmount: dec('250.00'),
    });
    await expect(resolveDispute(ctx, { id: disputeId, status: 'REJECTED', resolution: 'no' })).rejects.toMatchObject({
      errors: [{ code: 'CONFLICT' }],
    });
    await createPayoutAdjustment(ctx, {
      repId: rep.C as number,
      amount: dec('-100.00'),
      reason: 'Expense overpayment',
    });
  },
  computeQ2: async () => {
    await reverse(deal.D1 as number, '2026-04-05'); // 54 days after its 10 Feb close: within 90 days
    await reverse(deal.D3 as number, '2026-05-20'); // 125 days after its 15 Jan close: too late, kept
    const q2 = await computePayoutRun(ctx, { periodKey: 'FY2026-Q2' });
    run.q2 = q2.payoutRunId;
    const Q = 'FY2026-Q2';
    const zeroSpiffs = (r: string) => ['FY2026-M04', 'FY2026-M05', 'FY2026-M06'].map((m) => L(r, 'SPIFF', m, '0.00'));
    expect(await lines(run.q2)).toEqual(
      sorted([
        L('A', 'COMMISSION', Q, '0.00'),
        L('A', 'BONUS', Q, '0.00'), // 0% attainment: the 0-50% tier pays rate 0
        ...zeroSpiffs('A'),
        // A's Q1 commission paid 4,350.00 on 82,500 credit; D1 was 60,000 of it:
        // 4,350 x 60,000 / 82,500 = 3,163.6363... -> 3,163.64 taken back
        L('A', 'CLAWBACK', Q, '-3163.64'),
        L('A', 'ADJUSTMENT', Q, '250.00'),
        L('B', 'COMMISSION', Q, '0.00'),
        L('C', 'COMMISSION', Q, '0.00'),
        L('C', 'BONUS', Q, '0.00'),
        ...zeroSpiffs('C'),
        L('C', 'ADJUSTMENT', Q, '-100.00'),
        L('D', 'COMMISSION', Q, '0.00'), // Retro Plan only: the AE assignment ended in February
        L('E', 'COMMISSION', Q, '0.00'),
        // F: 65,000 x 0.1 = 6,500; 1,500 above the 5,000 draw repays 1,500 of the 3,000 balance
        L('F', 'COMMISSION', Q, '6500.00'),
        L('F', 'DRAW_RECOVERY', Q, '-1500.00'),
      ]),
    );
    const clawback = await db.prisma.payoutLine.findFirstOrThrow({ where: { payoutRunId: run.q2, kind: 'CLAWBACK' } });
    const original = await db.prisma.payoutLine.findFirstOrThrow({
      where: { payoutRunId: run.q1, repId: rep.A, kind: 'COMMISSION' },
    });
    expect(clawback.originalLineId).toBe(original.id);
    expect(clawback.explanation).toMatchObject({
      opportunityId: deal.D1,
      reversedOn: '2026-04-05',
      originalPeriodKey: 'FY2026-Q1',
    });
    const adjustment = await db.prisma.payoutAdjustment.findFirstOrThrow({ where: { repId: rep.A } });
    expect(adjustment.payoutRunId).toBe(run.q2);
  },
  recomputeQ2: async () => {
    const r = await runRow(run.q2 as number);
    const before = await lines(r.id);
    await recomputePayoutRun(ctx, { id: r.id, expectedVersion: r.version });
    expect(await lines(r.id)).toEqual(before);
    expect((await runRow(r.id)).version).toBe(r.version + 1);
    const stale = recomputePayoutRun(ctx, { id: r.id, expectedVersion: r.version });
    await expect(stale).rejects.toMatchObject({ userError: { code: 'STALE_VERSION' } });
  },
  computeQ3: async () => {
    const r = await runRow(run.q2 as number);
    await approvePayoutRun(ctx, { id: r.id, expectedVersion: r.version });
    await expect(
      updateCompPlan(ctx, { id: plan.flat as number, expectedVersion: 2, name: 'Renamed' }),
    ).rejects.toMatchObject({
      userError: { code: 'IMMUTABLE' },
    });
    const { compPlanId: v2 } = await createCompPlanVersion(ctx, {
      id: plan.flat as number,
      effectiveStart: d('2026-07-01'),
    });
    await updateCompPlan(ctx, {
      id: v2,
      expectedVersion: 1,
      components: [{ name: 'Commission', kind: 'COMMISSION', period: 'QUARTER', tiers: [tier('0', null, '0.2')] }],
    });
    await publishCompPlan(ctx, { id: v2, expectedVersion: 2 });
    run.q3 = (await computePayoutRun(ctx, { periodKey: 'FY2026-Q3' })).payoutRunId;
    const f = (await lines(run.q3)).filter((l) => l.rep === 'F');
    expect(f).toEqual(
      sorted([
        // version 2 (20%) governs July on: 90,000 x 0.2 = 18,000; 13,000 above the draw repays the last 1,500
        L('F', 'COMMISSION', 'FY2026-Q3', '18000.00'),
        L('F', 'DRAW_RECOVERY', 'FY2026-Q3', '-1500.00'),
      ]),
    );
    // A's clawback is not taken twice.
    expect((await lines(run.q3)).filter((l) => l.kind === 'CLAWBACK')).toEqual([]);
  },
  payQ1: async () => {
    const r = await runRow(run.q1 as number);
    await expect(markPayoutRunPaid(ctx, { id: run.q3 as number, expectedVersion: 1 })).rejects.toMatchObject({
      userError: { code: 'CONFLICT' },
    });
    await markPayoutRunPaid(ctx, { id: r.id, expectedVersion: r.version });
    await expect(markPayoutRunPaid(ctx, { id: r.id, expectedVersion: r.version + 1 })).rejects.toMatchObject({
      userError: { code: 'IMMUTABLE' },
    });
    expect((await runRow(r.id)).status).toBe('PAID');
  },
  computeQ4: async () => {
    const q3 = await runRow(run.q3 as number);
    await approvePayoutRun(ctx, { id: q3.id, expectedVersion: q3.version });
    const [x, y] = await Promise.all([
      computePayoutRun(adminContext(org), { periodKey: 'FY2026-Q4' }),
      computePayoutRun(adminContext(org), { periodKey: 'FY2026-Q4' }),
    ]);
    expect(x.payoutRunId).toBe(y.payoutRunId);
    expect([x.created, y.created].sort()).toEqual([false, true]);
    expect(await db.prisma.payoutRun.count({ where: { organizationId: org, periodKey: 'FY2026-Q4' } })).toBe(1);
    // one set of lines: A 5, B 1, C 5, D 1, E 1, F 2 (commission and a 5,000 draw top-up)
    expect(await db.prisma.payoutLine.count({ where: { payoutRunId: x.payoutRunId } })).toBe(15);
    run.q4 = x.payoutRunId;
  },
};

type Step = keyof typeof story;

/** Runs the story from the start up to and including `step`. */
async function upTo(step: Step) {
  for (const name of Object.keys(story) as Step[]) {
    await story[name]();
    if (name === step) return;
  }
}

describe('a quarterly run computed by hand (FY2026-Q1)', () => {
  it('pays each rep and component as the arithmetic says', () => upTo('computeQ1'));

  it('explains the tiers, the proration and the cap in words and numbers', async () => {
    await upTo('computeQ1');
    const rows = await db.prisma.payoutLine.findMany({ where: { payoutRunId: run.q1, kind: 'COMMISSION' } });
    const byRep = (name: string) => rows.filter((l) => l.repId === rep[name]);
    const a = byRep('A')[0];
    expect([a?.credit?.toFixed(2), a?.quota?.toFixed(2), a?.attainment?.toFixed(6)]).toEqual([
      '82500.00',
      '75000.00',
      '1.100000',
    ]);
    const steps = (a!.explanation as { steps: string[] }).steps.join('\n');
    expect(steps).toContain('75000.00 x 0.05 = 3750.00');
    expect(steps).toContain('7500.00 x 0.08 = 600.00');
    const c = byRep('C')[0]?.explanation as { steps: string[]; cap: { withheld: string } };
    expect(c.cap.withheld).toBe('21250.00'); // 41,250 - 20,000
    const dLines = byRep('D').map((l) => l.explanation as { steps: string[]; quota: { amount: string } });
    expect(dLines.map((x) => x.quota.amount).sort()).toEqual(['36666.67', '38333.33']); // 75,000 x 44/90, x 46/90
    expect(dLines.some((x) => x.steps.some((s) => s.includes('46 of 90 days')))).toBe(true);
  });

  it('totals the run as the exact sum of its rounded lines', async () => {
    await upTo('computeQ1');
    const agg = await db.prisma.payoutLine.aggregate({ where: { payoutRunId: run.q1 }, _sum: { amount: true } });
    // 6,600 (A) + 6,600 (B) + 22,000 (C) + 7,072.22 (D) + 4,000 (E) + 5,000 (F)
    expect(dec(agg._sum.amount ?? 0).toFixed(2)).toBe(
      money('4350', '2000', '250', '6600', '22000', '2050', '1022.22', '4000', '4000', '2000', '3000'),
    );
    expect(dec(agg._sum.amount ?? 0).toFixed(2)).toBe('51272.22');
  });

  it('computing the period again creates nothing and changes nothing', async () => {
    await upTo('computeQ1');
    const before = await db.prisma.payoutLine.findMany({ where: { payoutRunId: run.q1 }, orderBy: { id: 'asc' } });
    const again = await computePayoutRun(ctx, { periodKey: 'FY2026-Q1' });
    expect(again).toEqual({ payoutRunId: run.q1, created: false });
    expect(await db.prisma.payoutLine.findMany({ where: { payoutRunId: run.q1 }, orderBy: { id: 'asc' } })).toEqual(
      before,
    );
    expect(await db.prisma.payoutRun.count({ where: { organizationId: org } })).toBe(1);
  });

  it('refuses a run whose period overlaps an existing run', async () => {
    await upTo('computeQ1');
    await expect(computePayoutRun(ctx, { periodKey: 'FY2026-M02' })).rejects.toMatchObject({
      userError: { code: 'CONFLICT', field: ['input', 'periodKey'] },
    });
    expect(await db.prisma.payoutRun.count({ where: { organizationId: org } })).toBe(1);
  });
});

describe('approval and immutability', () => {
  it('approves at the version read, then refuses every change', () => upTo('approveQ1'));
});

describe('the next quarters: clawback, dispute, adjustment, draw recovery, plan version', () => {
  it('a dispute on an approved line is resolved with an adjustment that the next run pays', () => upTo('disputeQ1'));

  it('claws back a deal reversed within the window, referencing the original line, in the next run', () =>
    upTo('computeQ2'));

  it('a recompute of the draft run rewrites its lines and keeps the adjustments it paid', () => upTo('recomputeQ2'));

  it('a new plan version applies from its effective date; the recoverable draw is repaid in Q3', () =>
    upTo('computeQ3'));

  it('marks an approved run paid, once', () => upTo('payQ1'));
});

describe('statements', () => {
  const admin = ORGANIZATION_WIDE;
  const own = (name: string): Visibility => ({
    reps: onlyReps([rep[name] as number]),
    pay: onlyReps([rep[name] as number]),
    draftPay: false,
  });
  const manager = (): Visibility => {
    const team = onlyReps(['M', 'A', 'B', 'C', 'D', 'E', 'F'].map((n) => rep[n] as number));
    return { reps: team, pay: team, draftPay: false };
  };

  it("shows a rep's period with totals, year-to-date and the draw balance", async () => {
    await upTo('computeQ3');
    const s = await payoutStatement(ctx, own('A'), { repId: rep.A as number, periodKey: 'FY2026-Q2' });
    expect(s.run?.id).toBe(run.q2);
    // 0 + 0 + 0 x 3 - 3,163.64 + 250
    expect(fmt(s.total)).toBe(money('-3163.64', '250'));
    expect(s.totals.map((t) => [t.kind, fmt(t.amount)])).toEqual([
      ['COMMISSION', '0.00'],
      ['BONUS', '0.00'],
      ['SPIFF', '0.00'],
      ['CLAWBACK', '-3163.64'],
      ['ADJUSTMENT', '250.00'],
    ]);
    // Q1 6,600.00 + Q2 -2,913.64
    expect(fmt(s.yearToDate.total)).toBe(money('4350', '2000', '250', '-3163.64', '250'));
    expect(s.yearToDate.periodKeys).toEqual(['FY2026-Q1', 'FY2026-Q2']);
    const f = (period: string) => payoutStatement(ctx, own('F'), { repId: rep.F as number, periodKey: period });
    expect(fmt((await f('FY2026-Q1')).drawBalance)).toBe('3000.00');
    expect(fmt((await f('FY2026-Q2')).drawBalance)).toBe('1500.00'); // 3,000 - 1,500
  });

  it('own, subtree or comp admin; never a peer', async () => {
    await upTo('approveQ1');
    await expect(
      payoutStatement(ctx, own('B'), { repId: rep.A as number, periodKey: 'FY2026-Q1' }),
    ).rejects.toMatchObject({
      userError: { code: 'NOT_FOUND', field: ['repId'] },
    });
    expect(
      (await payoutStatement(ctx, manager(), { repId: rep.A as number, periodKey: 'FY2026-Q1' })).lines,
    ).toHaveLength(5);
    expect((await payoutStatement(ctx, admin, { repId: rep.A as number, periodKey: 'FY2026-Q1' })).lines).toHaveLength(
      5,
    );
  });

  it('a rep sees approved runs only; a comp admin also sees the draft', async () => {
    await upTo('computeQ3');
    const mine = await payoutStatement(ctx, own('F'), { repId: rep.F as number, periodKey: 'FY2026-Q3' });
    expect([mine.run, mine.lines, fmt(mine.drawBalance)]).toEqual([null, [], '1500.00']);
    const preview = await payoutStatement(ctx, admin, { repId: rep.F as number, periodKey: 'FY2026-Q3' });
    expect([preview.run?.status, preview.lines.length, fmt(preview.drawBalance)]).toEqual(['DRAFT', 2, '0.00']);
  });
});

describe('concurrency', () => {
  it('two computes of one period at once make one run', () => upTo('computeQ4'));

  it('two recomputes at one version: one wins, the other is stale', async () => {
    await upTo('computeQ4');
    const r = await runRow(run.q4 as number);
    const outcomes = await Promise.allSettled([
      recomputePayoutRun(adminContext(org), { id: r.id, expectedVersion: r.version }),
      recomputePayoutRun(adminContext(org), { id: r.id, expectedVersion: r.version }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ userError: { code: 'STALE_VERSION' } });
    expect(await db.prisma.payoutLine.count({ where: { payoutRunId: r.id } })).toBe(15);
  });
});
