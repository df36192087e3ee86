// Forecast money follows "half-even per line, totals as sums of rounded lines" (docs/design.md
// §11): each rep's credited amount of one deal is a line rounded half-even to the cent, its
// weighted and projected amounts are that line times the stage probability or win rate rounded the
// same way, and every node figure is a sum of lines. Worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecastDeals } from '../api/src/forecast/deals.js';
import { type ForecastPeriod, forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast } from '../api/src/forecast/rollup.js';
import { callerOf, type ForecastCaller } from '../api/src/forecast/scope.js';
import type { ForecastCategory, OpportunityStage } from '../api/src/generated/prisma/client.js';
import { buildContext } from '../api/src/shared/context.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let caller: ForecastCaller;
let org: number;
let account: number;
const ids: Record<string, number> = {};
const NOW = new Date('2026-05-15T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cents = (v: Decimal | null | undefined) => (v == null ? null : new Decimal(v).toFixed(2));
const organization = { id: 0, name: 'Cents', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' };
let q2: ForecastPeriod;

async function rep(name: string, role: 'MANAGER' | 'AE', manager: string | null) {
  const r = await db.prisma.rep.create({
    data: {
      organizationId: org,
      name,
      email: `${name.toLowerCase()}@cents.test`,
      role,
      managerId: manager === null ? null : ids[manager],
      region: 'NA',
      hireDate: day('2020-01-01'),
    },
  });
  ids[name] = r.id;
}

/** A deal closing in FY2026-Q2, split between `splits` by revenue share (none: all to the owner). */
async function deal(
  owner: string,
  amount: string,
  stage: OpportunityStage,
  category: ForecastCategory,
  splits: [string, string][] = [],
) {
  await db.prisma.opportunity.create({
    data: {
      organizationId: org,
      name: `${owner} ${amount}`,
      accountId: account,
      ownerId: ids[owner] as number,
      amount,
      type: 'NEW_BUSINESS',
      stage,
      forecastCategory: category,
      createdDate: day('2026-03-01'),
      closeDate: day('2026-05-20'),
      splits: {
        create: splits.map(([name, percent]) => ({
          organizationId: org,
          repId: ids[name] as number,
          percent,
          splitType: 'REVENUE' as const,
        })),
      },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  org = (await db.prisma.organization.create({ data: { name: 'Cents', slug: 'cents', fiscalYearStartMonth: 1 } })).id;
  organization.id = org;
  account = (
    await db.prisma.account.create({
      data: {
        organizationId: org,
        name: 'Acct',
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 50,
        segment: 'SMB',
      },
    })
  ).id;
  await rep('Mia', 'MANAGER', null);
  await rep('Ana', 'AE', 'Mia');
  await rep('Ben', 'AE', 'Mia');
  // Won: 66.67 split half and half credits Ana and Ben 33.335 each; 33.33 is Ana's alone.
  await deal('Ana', '66.67', 'CLOSED_WON', 'CLOSED', [
    ['Ana', '0.5'],
    ['Ben', '0.5'],
  ]);
  await deal('Ana', '33.33', 'CLOSED_WON', 'CLOSED');
  // Open in COMMIT at PROPOSAL (probability 0.6; no closed history, so the win rate is 0.6 too):
  // 66.65 split half and half credits each 33.325.
  await deal('Ben', '66.65', 'PROPOSAL', 'COMMIT', [
    ['Ana', '0.5'],
    ['Ben', '0.5'],
  ]);
  caller = callerOf(
    buildContext(db, { organizationId: org, principal: 'dev', repId: null, scopes: new Set(['admin']) }, organization),
    NOW,
  );
  q2 = forecastPeriod('FY2026-Q2', organization, NOW, ['periodKey']);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
});

describe('forecast money: half-even per line, totals as sums of rounded lines', () => {
  it('rounds each credited line half-even and sums the lines', async () => {
    const f = await computeForecast(caller, q2, ids.Mia as number);
    // closed lines: 33.335 -> 33.34 (half-even: 4 is even), 33.335 -> 33.34, 33.33:
    // 33.34 + 33.34 + 33.33 = 100.01 (rounding the exact sum 100.00 would give 100.00).
    expect(cents(f.node.closed)).toBe('100.01');
    // commit lines: 33.325 -> 33.32 (half-even: 2 is even; half away from zero would give 33.33), twice.
    expect(cents(f.node.commit)).toBe('66.64');
    // weighted lines: 33.32 x 0.6 = 19.992 -> 19.99, twice = 39.98 (not 66.65 x 0.6 = 39.99).
    expect(cents(f.node.weightedPipeline)).toBe('39.98');
    // projection = closed 100.01 + the projected lines 19.99 + 19.99 = 139.99.
    expect(cents(f.node.projection)).toBe('139.99');
    expect(cents(f.node.commitForecast)).toBe('166.65');
    const byName = new Map(f.children.map((c) => [c.repId, c]));
    const ana = byName.get(ids.Ana as number);
    const ben = byName.get(ids.Ben as number);
    // Ana: closed 33.34 + 33.33 = 66.67, commit 33.32; Ben: closed 33.34, commit 33.32.
    expect([ana?.closed, ana?.commit, ben?.closed, ben?.commit].map(cents)).toEqual([
      '66.67',
      '33.32',
      '33.34',
      '33.32',
    ]);
    // The children's lines add up to the node exactly.
    expect(cents(new Decimal(ana?.closed ?? 0).plus(ben?.closed ?? 0))).toBe('100.01');
  });

  it("lists the deals behind a figure as the sums of the subtree's lines, adding up to the figure", async () => {
    const closed = await forecastDeals(caller, q2, ids.Mia as number, 'CLOSED', { offset: 0, limit: 10 });
    // 66.67: Ana's line 33.34 + Ben's 33.34 = 66.68; 33.33: Ana's line.
    expect(closed.deals.map((d) => [cents(d.creditedAmount), d.creditShare.toString()])).toEqual([
      ['66.68', '1'],
      ['33.33', '1'],
    ]);
    const open = await forecastDeals(caller, q2, ids.Mia as number, 'OPEN_PIPELINE', { offset: 0, limit: 10 });
    // 33.32 + 33.32 = 66.64; weighted and projected 19.99 + 19.99 = 39.98.
    expect(open.deals.map((d) => [cents(d.creditedAmount), cents(d.weightedAmount), cents(d.projectedAmount)])).toEqual(
      [['66.64', '39.98', '39.98']],
    );
    // One rep's share of the split deal: Ana's line alone.
    const ana = await forecastDeals(caller, q2, ids.Ana as number, 'CLOSED', { offset: 0, limit: 10 });
    expect(ana.deals.map((d) => cents(d.creditedAmount))).toEqual(['33.34', '33.33']);
  });
});
