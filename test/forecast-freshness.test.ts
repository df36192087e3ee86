// The stage win rates of the projection are computed once per organization, period start and deal
// revision and stored (ForecastWinRate); every write to deals or their history changes the
// revision in its own transaction. Checked here against numbers worked out by hand: the stored
// rates are the ones a fresh computation gives, a warm request really reads them, and after an
// ingestion call (and a hand-written UPDATE) that changes a deal in the window the projection
// moves to the new hand-computed value.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forecastPeriod } from '../api/src/forecast/period.js';
import { computeForecast, stageWinRates } from '../api/src/forecast/rollup.js';
import { callerOf } from '../api/src/forecast/scope.js';
import { freshWinRateSql } from '../api/src/forecast/sql.js';
import type { ForecastCategory, OpportunityStage } from '../api/src/generated/prisma/client.js';
import { upsertOpportunities } from '../api/src/ingestion/service.js';
import { buildContext } from '../api/src/shared/context.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date('2026-05-15T12:00:00Z');
const F = { org: 0, other: 0, ria: 0, otherRep: 0, account: 0, otherAccount: 0 };

// Org F, fiscal year = calendar year, UTC. Period FY2026-Q2 starts 2026-04-01; the win rates look
// at deals closed 2025-04-01 .. 2026-04-01 and at their history before 2026-04-01:
//   w1 PROSPECTING, PROPOSAL -> won      w2 PROSPECTING, PROPOSAL -> lost      w3 PROSPECTING -> lost
// => PROSPECTING 1/3 = 0.333333, PROPOSAL 1/2 = 0.5; QUALIFICATION, DISCOVERY, NEGOTIATION none
//    (stage probabilities 0.2, 0.4, 0.8).
// Deals in the period: won 500, PROSPECTING PIPELINE 3000, PROPOSAL BEST_CASE 1000
// => projection 500 + 3000 x 0.333333 + 1000 x 0.5 = 1999.999 -> 2000.00.
function period() {
  return forecastPeriod('FY2026-Q2', { fiscalYearStartMonth: 1, timeZone: 'UTC' }, NOW, ['periodKey']);
}

function caller() {
  const ctx = buildContext(
    db,
    { organizationId: F.org, principal: 'dev', repId: null, scopes: new Set(['admin']) },
    { id: F.org, name: 'Fresh', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
    'req-freshness',
  );
  return callerOf(ctx, NOW);
}

async function deal(
  organizationId: number,
  externalId: string,
  ownerId: number,
  accountId: number,
  amount: string,
  close: string,
  states: [string, OpportunityStage][],
) {
  const [, stage] = states.at(-1) as [string, OpportunityStage];
  const category = (s: OpportunityStage): ForecastCategory =>
    s === 'CLOSED_WON' ? 'CLOSED' : s === 'CLOSED_LOST' ? 'OMITTED' : s === 'PROPOSAL' ? 'BEST_CASE' : 'PIPELINE';
  await db.prisma.opportunity.create({
    data: {
      organizationId,
      externalId,
      name: externalId,
      accountId,
      ownerId,
      amount,
      type: 'NEW_BUSINESS',
      stage,
      forecastCategory: category(stage),
      createdDate: day((states[0] as [string, OpportunityStage])[0]),
      closeDate: day(close),
      history: {
        create: states.map(([at, s]) => ({
          organizationId,
          changedAt: new Date(`${at}T12:00:00Z`),
          stage: s,
          forecastCategory: category(s),
          amount,
          closeDate: day(close),
        })),
      },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
});

// Every test gets its own two organizations with the deals above, so that any test runs alone and
// in any order.
let fixtures = 0;
beforeEach(async () => {
  fixtures += 1;
  const org = async (slug: string) =>
    (
      await db.prisma.organization.create({
        data: { name: slug, slug: `${slug}-${fixtures}`, fiscalYearStartMonth: 1 },
      })
    ).id;
  const rep = async (organizationId: number, externalId: string) =>
    (
      await db.prisma.rep.create({
        data: {
          organizationId,
          externalId,
          name: externalId,
          email: `${externalId}@test`,
          role: 'AE',
          region: 'NA',
          hireDate: day('2020-01-01'),
        },
      })
    ).id;
  const account = async (organizationId: number) =>
    (
      await db.prisma.account.create({
        data: {
          organizationId,
          externalId: 'acme',
          name: 'Acme',
          industry: 'Software',
          country: 'US',
          region: 'NA',
          employees: 50,
          segment: 'SMB',
        },
      })
    ).id;
  F.org = await org('freshness');
  F.other = await org('freshness-other');
  F.ria = await rep(F.org, 'ria');
  F.otherRep = await rep(F.other, 'olga');
  F.account = await account(F.org);
  F.otherAccount = await account(F.other);
  const { org: o, ria, account: a } = F;
  await deal(o, 'w1', ria, a, '900.00', '2025-09-01', [
    ['2025-06-01', 'PROSPECTING'],
    ['2025-07-01', 'PROPOSAL'],
    ['2025-09-01', 'CLOSED_WON'],
  ]);
  await deal(o, 'w2', ria, a, '800.00', '2025-10-01', [
    ['2025-06-01', 'PROSPECTING'],
    ['2025-07-01', 'PROPOSAL'],
    ['2025-10-01', 'CLOSED_LOST'],
  ]);
  await deal(o, 'w3', ria, a, '700.00', '2025-11-01', [
    ['2025-08-01', 'PROSPECTING'],
    ['2025-11-01', 'CLOSED_LOST'],
  ]);
  await deal(o, 'won', ria, a, '500.00', '2026-04-15', [['2026-04-15', 'CLOSED_WON']]);
  await deal(o, 'p1', ria, a, '3000.00', '2026-05-01', [['2026-03-01', 'PROSPECTING']]);
  await deal(o, 'p2', ria, a, '1000.00', '2026-06-01', [['2026-03-01', 'PROPOSAL']]);
});
afterAll(async () => {
  await db?.destroy();
});

const revisionOf = async (organizationId: number) =>
  (
    await db.sql.query<{ r: string }>('SELECT "dealRevision"::text AS r FROM "Organization" WHERE id = $1', [
      organizationId,
    ])
  )[0]?.r;

/** The stored rates of org F for the period, as (revision, stage, rate) rows in funnel order. */
const stored = () =>
  db.sql.query<{ revision: string; stage: string; closed: number; won: number; rate: string }>(
    `SELECT "dealRevision"::text AS revision, stage::text AS stage, "closedDeals" AS closed, "wonDeals" AS won,
            rate::text AS rate
       FROM "ForecastWinRate" w WHERE "organizationId" = $1 AND "periodStart" = '2026-04-01' ORDER BY w.stage`,
    [F.org],
  );

async function fresh() {
  const rows = await caller().ctx.prisma.$queryRaw<
    { stage: string; closedDeals: number; wonDeals: number; rate: Decimal }[]
  >(freshWinRateSql(F.org, period()));
  return rows.map((r) => [r.stage, r.closedDeals, r.wonDeals, new Decimal(r.rate).toFixed(6)]);
}

const projection = async () =>
  new Decimal((await computeForecast(caller(), period(), F.ria)).node.projection).toFixed(2);
const rates = async () =>
  (await stageWinRates(caller(), period())).map((r) => [
    r.stage,
    r.closedDeals,
    r.wonDeals,
    new Decimal(r.rate).toFixed(6),
  ]);

describe('stored win rates', () => {
  it('are computed on the first request, stored at the revision, and equal a fresh computation', async () => {
    expect(await stored()).toEqual([]);
    expect(await projection()).toBe('2000.00');
    const expected = [
      ['PROSPECTING', 3, 1, '0.333333'],
      ['QUALIFICATION', 0, 0, '0.200000'],
      ['DISCOVERY', 0, 0, '0.400000'],
      ['PROPOSAL', 2, 1, '0.500000'],
      ['NEGOTIATION', 0, 0, '0.800000'],
    ];
    const revision = await revisionOf(F.org);
    const rows = await stored();
    expect(rows.map((r) => r.revision)).toEqual(Array(5).fill(revision));
    expect(rows.map((r) => [r.stage, r.closed, r.won, r.rate])).toEqual(expected);
    expect(await fresh()).toEqual(expected);
    expect(await rates()).toEqual(expected);
  });

  it('are what a warm request reads: a stored rate changed by hand shows in the projection', async () => {
    expect(await projection()).toBe('2000.00'); // stores the rates
    await db.sql.query(
      `UPDATE "ForecastWinRate" SET rate = 0.5 WHERE "organizationId" = $1 AND stage = 'PROSPECTING'`,
      [F.org],
    );
    // 500 + 3000 x 0.5 + 1000 x 0.5 = 2500: the history was not read again.
    expect(await projection()).toBe('2500.00');
    await db.sql.query(
      `UPDATE "ForecastWinRate" SET rate = 0.333333 WHERE "organizationId" = $1 AND stage = 'PROSPECTING'`,
      [F.org],
    );
    expect(await projection()).toBe('2000.00');
  });

  it('are recomputed after an ingestion call changes a deal in the window', async () => {
    const before = await revisionOf(F.org);
    // w2 was lost; the CRM now says it was won (same close date, amount, owner and account).
    const out = await upsertOpportunities(
      { prisma: tenantPrisma(db.prisma, F.org), organizationId: F.org, principal: 'system:crm-sync' },
      [
        {
          externalId: 'w2',
          name: 'w2',
          accountExternalId: 'acme',
          ownerExternalId: 'ria',
          amount: new Decimal('800.00'),
          type: 'NEW_BUSINESS',
          stage: 'CLOSED_WON',
          createdDate: day('2025-06-01'),
          closeDate: day('2025-10-01'),
        },
      ],
    );
    expect(out.userErrors).toEqual([]);
    expect(out.results.map((r) => r.status)).toEqual(['UPDATED']);
    expect(await revisionOf(F.org)).not.toBe(before);
    // The revision's change dropped the stale rows in the same transaction.
    expect(await stored()).toEqual([]);
    // PROSPECTING 2/3 = 0.666667, PROPOSAL 2/2 = 1:
    // projection 500 + 3000 x 0.666667 + 1000 x 1 = 3500.001 -> 3500.00.
    expect(await projection()).toBe('3500.00');
    const expected = [
      ['PROSPECTING', 3, 2, '0.666667'],
      ['QUALIFICATION', 0, 0, '0.200000'],
      ['DISCOVERY', 0, 0, '0.400000'],
      ['PROPOSAL', 2, 2, '1.000000'],
      ['NEGOTIATION', 0, 0, '0.800000'],
    ];
    expect((await stored()).map((r) => [r.stage, r.closed, r.won, r.rate])).toEqual(expected);
    expect(await fresh()).toEqual(expected);
    expect(await rates()).toEqual(expected);
  });

  it('are recomputed after a hand-written UPDATE, and not after writes of another organization', async () => {
    expect(await projection()).toBe('2000.00');
    // w3 (lost, PROSPECTING) moves out of the window: PROSPECTING 1/2 = 0.5 (w1 won, w2 lost).
    await db.sql.query(
      `UPDATE "Opportunity" SET "closeDate" = '2025-03-01' WHERE "externalId" = 'w3' AND "organizationId" = $1`,
      [F.org],
    );
    // 500 + 3000 x 0.5 + 1000 x 0.5 = 2500.
    expect(await projection()).toBe('2500.00');
    const revision = await revisionOf(F.org);
    await deal(F.other, 'x1', F.otherRep, F.otherAccount, '100.00', '2025-12-01', [['2025-11-01', 'CLOSED_LOST']]);
    expect(await revisionOf(F.org)).toBe(revision);
    expect((await stored()).map((r) => r.revision)).toEqual(Array(5).fill(revision));
    expect(await projection()).toBe('2500.00');
  });

  it('are recomputed after the organization changes time zone (the period then starts at another instant)', async () => {
    await projection();
    const revision = await revisionOf(F.org);
    expect((await stored()).map((r) => r.revision)).toEqual(Array(5).fill(revision));
    await db.sql.query(`UPDATE "Organization" SET "timeZone" = 'America/New_York' WHERE id = $1`, [F.org]);
    const moved = await revisionOf(F.org);
    expect(moved).not.toBe(revision);
    // Another setting leaves the revision alone.
    await db.sql.query(`UPDATE "Organization" SET name = name || ' Inc' WHERE id = $1`, [F.org]);
    expect(await revisionOf(F.org)).toBe(moved);
    // The next request computes the rates afresh and stores them under the new revision: the
    // period starts at 04:00 UTC now, which moves no deal of the fixture, so 2000 again.
    expect(await projection()).toBe('2000.00');
    expect((await stored()).filter((r) => r.revision === moved)).toHaveLength(5);
  });
});
