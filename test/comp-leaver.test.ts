// A rep who leaves while their comp assignment is still open is paid only for the days up to their
// last day worked (docs/design.md §8 "Leavers"): commission on deals closed by then, a draw
// prorated to those days, and nothing in later periods. Every amount is worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompAssignment } from '../api/src/comp/assignments.js';
import { compPlanCost } from '../api/src/comp/cost.js';
import { createCompPlan, publishCompPlan } from '../api/src/comp/plans.js';
import { computePayoutRun } from '../api/src/comp/runs.js';
import { buildContext, type Context } from '../api/src/shared/context.js';
import { dec } from '../api/src/shared/money.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let ctx: Context;
let org: number;
const rep: Record<'leo' | 'kim', number> = { leo: 0, kim: 0 };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  org = (await p.organization.create({ data: { name: 'Leaver Co', slug: 'leaver', fiscalYearStartMonth: 1 } })).id;
  ctx = buildContext(
    db,
    { organizationId: org, principal: 'user:comp-admin', repId: null, scopes: new Set(['admin']) },
    { id: org, name: 'Leaver Co', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
    'req-leaver',
  );
  // Leo's last day worked is 14 Feb 2026; Kim stays.
  for (const [name, terminationDate] of [
    ['leo', d('2026-02-14')],
    ['kim', null],
  ] as const) {
    rep[name] = (
      await p.rep.create({
        data: {
          organizationId: org,
          name,
          email: `${name}@leaver.test`,
          role: 'AE',
          region: 'NA',
          hireDate: d('2024-01-01'),
          terminationDate,
        },
      })
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
        employees: 50,
        segment: 'SMB',
      },
    })
  ).id;
  // A flat 10% commission needs no quota.
  const { compPlanId } = await createCompPlan(ctx, {
    name: 'Flat',
    effectiveStart: d('2026-01-01'),
    components: [
      {
        name: 'Commission',
        kind: 'COMMISSION',
        period: 'QUARTER',
        tiers: [{ fromAttainment: dec('0'), toAttainment: null, rate: dec('0.1') }],
      },
    ],
  });
  await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });
  // Both assignments are left open: nobody ended Leo's when he left.
  for (const name of ['leo', 'kim'] as const) {
    await createCompAssignment(ctx, {
      repId: rep[name],
      compPlanId,
      startDate: d('2026-01-01'),
      endDate: null,
      baseSalary: dec('80000.00'),
      targetIncentive: dec('20000.00'),
      ...(name === 'leo' ? { drawAmount: dec('3000.00'), drawRecoverable: false } : {}),
    });
  }
  const won = async (owner: 'leo' | 'kim', amount: string, close: string) =>
    p.opportunity.create({
      data: {
        organizationId: org,
        name: `${owner} ${close}`,
        accountId: account,
        ownerId: rep[owner],
        amount,
        type: 'NEW_BUSINESS',
        stage: 'CLOSED_WON',
        forecastCategory: 'CLOSED',
        createdDate: d('2025-12-01'),
        closeDate: d(close),
      },
    });
  await won('leo', '10000.00', '2026-01-20'); // before his last day
  await won('leo', '50000.00', '2026-03-10'); // closed after he left, still in his name
  await won('kim', '20000.00', '2026-03-10');
  await won('kim', '4000.00', '2026-05-05');
});
afterAll(() => db?.destroy());

async function linesOf(payoutRunId: number, repId: number) {
  return db.sql.query<{ kind: string; amount: string }>(
    `SELECT kind::text AS kind, amount::text AS amount FROM "PayoutLine"
      WHERE "payoutRunId" = $1 AND "repId" = $2 ORDER BY kind`,
    [payoutRunId, repId],
  );
}

describe('a rep who left with an open comp assignment', () => {
  it('is paid for the days up to the last day worked, in the quarter of leaving', async () => {
    const { payoutRunId } = await computePayoutRun(ctx, { periodKey: 'FY2026-Q1' });
    // Leo's assignment runs 1 Jan to 14 Feb: 45 of the quarter's 90 days.
    // Commission: only the 20 Jan deal, 10,000 x 0.1 = 1,000.00.
    // Draw: 3,000 x 45 / 90 = 1,500.00 guaranteed; 1,500 - 1,000 = 500.00 topped up.
    expect(await linesOf(payoutRunId, rep.leo)).toEqual([
      { kind: 'COMMISSION', amount: '1000.00' },
      { kind: 'DRAW', amount: '500.00' },
    ]);
    // Kim, employed all quarter: 20,000 x 0.1 = 2,000.00.
    expect(await linesOf(payoutRunId, rep.kim)).toEqual([{ kind: 'COMMISSION', amount: '2000.00' }]);
  });

  it('gets no lines, not even a draw, in a later period', async () => {
    const { payoutRunId } = await computePayoutRun(ctx, { periodKey: 'FY2026-Q2' });
    expect(await linesOf(payoutRunId, rep.leo)).toEqual([]);
    // Kim: 4,000 x 0.1 = 400.00.
    expect(await linesOf(payoutRunId, rep.kim)).toEqual([{ kind: 'COMMISSION', amount: '400.00' }]);
  });
});

describe('plan cost of a plan whose only rep left', () => {
  it('names the years the rep was employed on it, not the years after', async () => {
    const p = db.prisma;
    // Lee's last day was 30 Jun 2025; his assignment to Solo, from 1 Jan 2025, was left open.
    const lee = (
      await p.rep.create({
        data: {
          organizationId: org,
          name: 'lee',
          email: 'lee@leaver.test',
          role: 'AE',
          region: 'NA',
          hireDate: d('2024-01-01'),
          terminationDate: d('2025-06-30'),
        },
      })
    ).id;
    const flat = [
      {
        name: 'Commission',
        kind: 'COMMISSION' as const,
        period: 'QUARTER' as const,
        tiers: [{ fromAttainment: dec('0'), toAttainment: null, rate: dec('0.1') }],
      },
    ];
    const plan = async (name: string) => {
      const { compPlanId } = await createCompPlan(ctx, { name, effectiveStart: d('2025-01-01'), components: flat });
      await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });
      return compPlanId;
    };
    const solo = await plan('Solo');
    const proposed = await plan('Solo v2');
    await createCompAssignment(ctx, {
      repId: lee,
      compPlanId: solo,
      startDate: d('2025-01-01'),
      endDate: null,
      baseSalary: dec('80000.00'),
      targetIncentive: dec('20000.00'),
    });
    // FY2026 has nobody on Solo: Lee was employed on it in FY2025 only.
    await expect(
      compPlanCost(ctx, { compPlanId: proposed, baselineCompPlanId: solo, fiscalYear: 2026 }),
    ).rejects.toMatchObject({
      errors: [
        {
          code: 'OUT_OF_RANGE',
          field: ['input', 'fiscalYear'],
          message: expect.stringMatching(/reps are assigned to it in FY2025$/),
        },
      ],
    });
  });
});
