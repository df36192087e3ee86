// The stored credit lines ("OpportunityCredit", migration 20261208014000, docs/performance.md
// "Stored credit lines") are kept by triggers on deals and splits. After every kind of write
// (ingestion upsert creating deals, split changes, owner moves, amount, stage and date changes,
// tombstones, raw SQL writes of several rows, concurrent calls) they must equal the credit worked
// out here from the source rows: REVENUE splits at their percentage, the owner at 100% when a deal
// has none, OVERLAY splits in addition, each line amount x percent rounded half-even to the cent
// (computed in JS with decimal.js, not by the database's expression).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import type { OpportunityRowInput } from '../api/src/ingestion/opportunities.js';
import { deleteOpportunities, upsertOpportunities } from '../api/src/ingestion/service.js';
import { performance } from '../api/src/performance/service.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { tenantPrisma } from '../api/src/shared/tenant.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

const HalfEven = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
const d = (s: string) => new Date(`${s}T00:00:00Z`);
/** More concurrent transactions than the pool's connections: they queue for one. */
const WAIT = { maxWait: 60_000, timeout: 60_000 };

interface Line {
  opportunityId: number;
  repId: number;
  splitType: string;
  line: string;
  counted: boolean;
  revenueLines: number;
  stage: string;
  createdDate: string;
  closeDate: string;
}

const order = (a: Line, b: Line) =>
  a.opportunityId - b.opportunityId || a.repId - b.repId || a.splitType.localeCompare(b.splitType);

describe('stored credit lines', () => {
  let db: TestDatabase;
  let org: number;
  const rep: Record<string, number> = {};
  const caller = () => ({ prisma: tenantPrisma(db.prisma, org), organizationId: org, principal: 'system:test' });

  /** What the credit rule gives from the deals and splits as they are now. */
  async function expected(): Promise<Line[]> {
    const deals = await db.sql.query<{
      id: number;
      owner: number;
      amount: string;
      stage: string;
      cd: string;
      xd: string;
    }>(
      `SELECT id, "ownerId" AS owner, amount::text AS amount, stage::text AS stage,
              "createdDate"::text AS cd, "closeDate"::text AS xd
         FROM "Opportunity" WHERE "organizationId" = $1`,
      [org],
    );
    const splits = await db.sql.query<{ oid: number; rep: number; pct: string; type: string }>(
      `SELECT "opportunityId" AS oid, "repId" AS rep, percent::text AS pct, "splitType"::text AS type
         FROM "OpportunitySplit" WHERE "organizationId" = $1`,
      [org],
    );
    const lines: Line[] = [];
    for (const deal of deals) {
      const own = splits.filter((s) => s.oid === deal.id);
      const credit = own.some((s) => s.type === 'REVENUE')
        ? own
        : [{ oid: deal.id, rep: deal.owner, pct: '1', type: 'REVENUE' }, ...own];
      const revenueLines = credit.filter((s) => s.type === 'REVENUE').length;
      for (const s of credit) {
        const revenueOfSameRep = credit.some((o) => o.rep === s.rep && o.type === 'REVENUE');
        lines.push({
          opportunityId: deal.id,
          repId: s.rep,
          splitType: s.type,
          line: new HalfEven(deal.amount).times(s.pct).toDecimalPlaces(2).toFixed(2),
          counted: !(s.type === 'OVERLAY' && revenueOfSameRep),
          revenueLines,
          stage: deal.stage,
          createdDate: deal.cd,
          closeDate: deal.xd,
        });
      }
    }
    return lines.sort(order);
  }

  async function stored(): Promise<Line[]> {
    const rows = await db.sql.query<Line>(
      `SELECT "opportunityId", "repId", "splitType"::text AS "splitType", line::text AS line, counted,
              "revenueLines", stage::text AS stage, "createdDate"::text AS "createdDate",
              "closeDate"::text AS "closeDate"
         FROM "OpportunityCredit" WHERE "organizationId" = $1`,
      [org],
    );
    return rows.sort(order);
  }

  const dealRow = (
    externalId: string,
    owner: string,
    amount: string,
    splits: [string, string, 'REVENUE' | 'OVERLAY'][] | null,
    extra: Partial<OpportunityRowInput> = {},
  ): OpportunityRowInput => ({
    externalId,
    name: externalId,
    accountExternalId: 'ACC-1',
    ownerExternalId: `REP-${owner}`,
    amount: new Decimal(amount),
    type: 'NEW_BUSINESS',
    stage: 'PROPOSAL',
    createdDate: d('2026-08-03'),
    closeDate: d('2026-09-15'),
    ...(splits
      ? {
          splits: splits.map(([r, percent, splitType]) => ({
            repExternalId: `REP-${r}`,
            percent: new Decimal(percent),
            splitType,
          })),
        }
      : {}),
    ...extra,
  });

  async function upsert(rows: OpportunityRowInput[]) {
    const out = await upsertOpportunities(caller(), rows);
    expect(out.userErrors).toEqual([]);
    return out;
  }
  const dealId = async (externalId: string) =>
    (await db.prisma.opportunity.findFirstOrThrow({ where: { organizationId: org, externalId } })).id;

  beforeAll(async () => {
    db = await createTestDatabase();
    const p = db.prisma;
    org = (await p.organization.create({ data: { name: 'Store Co', slug: 'store', fiscalYearStartMonth: 2 } })).id;
    for (const name of ['Ana', 'Ben', 'Cal', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal']) {
      rep[name] = (
        await p.rep.create({
          data: {
            organizationId: org,
            externalId: `REP-${name}`,
            name,
            email: `${name.toLowerCase()}@store.test`,
            role: 'AE',
            region: 'NA',
            hireDate: d('2024-01-15'),
          },
        })
      ).id;
    }
    await p.account.create({
      data: {
        organizationId: org,
        externalId: 'ACC-1',
        name: 'Acme',
        industry: 'Software',
        country: 'US',
        region: 'NA',
        employees: 500,
        segment: 'MID',
      },
    });
  });
  afterAll(() => db?.destroy());

  it('follows ingestion upserts: new deals, split changes, owner moves, amount and stage changes', async () => {
    // D1 no split: Ana 100%. D2 1,000.05 split 50/50 between Ben and Cal: 500.025 each, half-even
    // 500.02. D3 overlay only (Dee 30%): the owner Eve keeps 100%.
    await upsert([
      dealRow('D1', 'Ana', '1200.00', null),
      dealRow('D2', 'Ben', '1000.05', [
        ['Ben', '0.5', 'REVENUE'],
        ['Cal', '0.5', 'REVENUE'],
      ]),
      dealRow('D3', 'Eve', '333.35', [['Dee', '0.3', 'OVERLAY']]),
    ]);
    const lines = await stored();
    expect(lines).toEqual(await expected());
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.repId === rep.Cal)?.line).toBe('500.02');
    // 333.35 x 0.3 = 100.005: half-even 100.00.
    expect(lines.find((l) => l.repId === rep.Dee)?.line).toBe('100.00');

    // Splits added to D1 (the owner's line goes), D2's split changed, D3's owner moved to Fay,
    // D2's amount and stage changed.
    await upsert([
      dealRow('D1', 'Ana', '1200.00', [
        ['Ben', '0.25', 'REVENUE'],
        ['Cal', '0.75', 'REVENUE'],
        ['Ben', '0.1', 'OVERLAY'],
      ]),
      dealRow('D2', 'Ben', '2000.15', [
        ['Ben', '0.333333', 'REVENUE'],
        ['Cal', '0.666667', 'REVENUE'],
      ]),
      dealRow('D3', 'Fay', '333.35', [['Dee', '0.3', 'OVERLAY']], { stage: 'CLOSED_WON', closeDate: d('2026-08-20') }),
    ]);
    const after = await stored();
    expect(after).toEqual(await expected());
    const d1 = await dealId('D1');
    expect(after.filter((l) => l.opportunityId === d1 && l.repId === rep.Ana)).toEqual([]);
    expect(after.find((l) => l.opportunityId === d1 && l.splitType === 'OVERLAY')?.counted).toBe(false);
    expect(after.find((l) => l.repId === rep.Fay)?.stage).toBe('CLOSED_WON');

    // A MERGE row that carries only the amount keeps the splits and reprices every line.
    await upsertOpportunities(caller(), [{ externalId: 'D1', amount: new Decimal('999.99') }]);
    expect(await stored()).toEqual(await expected());
  });

  it('follows tombstones and raw SQL writes of several rows', async () => {
    await upsert([dealRow('T1', 'Gus', '50.00', [['Hal', '1', 'OVERLAY']]), dealRow('T2', 'Hal', '70.00', null)]);
    const out = await deleteOpportunities(caller(), [{ externalId: 'T1' }]);
    expect(out.deleted).toBe(1);
    const t1Lines = await db.sql.query(
      `SELECT 1 FROM "OpportunityCredit" c WHERE c."organizationId" = $1
       AND NOT EXISTS (SELECT 1 FROM "Opportunity" o WHERE o.id = c."opportunityId")`,
      [org],
    );
    expect(t1Lines).toEqual([]);
    expect(await stored()).toEqual(await expected());

    // One statement over many deals: every amount, then every owner, then all overlay splits gone.
    await db.sql.query(`UPDATE "Opportunity" SET amount = amount + 0.01 WHERE "organizationId" = $1`, [org]);
    expect(await stored()).toEqual(await expected());
    await db.sql.query(`UPDATE "Opportunity" SET "ownerId" = $2 WHERE "organizationId" = $1`, [org, rep.Gus]);
    expect(await stored()).toEqual(await expected());
    await db.sql.query(`DELETE FROM "OpportunitySplit" WHERE "organizationId" = $1 AND "splitType" = 'OVERLAY'`, [org]);
    expect(await stored()).toEqual(await expected());
    await db.sql.query(
      `UPDATE "OpportunitySplit" SET percent = 1, "repId" = $2
                         WHERE "organizationId" = $1 AND "repId" = $3`,
      [org, rep.Hal, rep.Ben],
    );
    expect(await stored()).toEqual(await expected());
  });

  it('stays exact under concurrent split writes and upserts on the same deals', async () => {
    await upsert([dealRow('C1', 'Ana', '900.00', null), dealRow('C2', 'Ben', '12345.67', null)]);
    const c1 = await dealId('C1');
    // Eight overlay splits on C1 added at once, each in its own transaction (own connection).
    const names = ['Ben', 'Cal', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ana'];
    await Promise.all(
      names.map((name, k) =>
        db.prisma.$transaction(async (tx) => {
          await tx.opportunitySplit.create({
            data: {
              organizationId: org,
              opportunityId: c1,
              repId: rep[name] as number,
              percent: `0.${k + 1}5`,
              splitType: 'OVERLAY',
            },
          });
        }, WAIT),
      ),
    );
    expect((await stored()).filter((l) => l.opportunityId === c1)).toHaveLength(9);
    expect(await stored()).toEqual(await expected());

    // Rounds of four concurrent writers on both deals (as many as the pool's connections, so
    // none waits past ingestion's transaction timeout): two ingestion calls re-splitting them and
    // changing amounts, a raw amount update, and an overlay split deletion.
    for (let round = 0; round < 3; round++) {
      const calls: Promise<unknown>[] = [];
      for (const k of [0, 1]) {
        const [a, b] = k ? ['Cal', 'Dee'] : ['Eve', 'Fay'];
        calls.push(
          upsert([
            dealRow('C1', 'Ana', `${900 + 2 * round + k}.05`, [
              [a, '0.5', 'REVENUE'],
              [b, '0.5', 'REVENUE'],
            ]),
            dealRow('C2', 'Ben', `${12345 + 2 * round + k}.67`, [[a, '1', 'REVENUE']]),
          ]),
        );
      }
      calls.push(
        db.sql.query(`UPDATE "Opportunity" SET amount = amount + 1 WHERE "organizationId" = $1 AND id = $2`, [org, c1]),
      );
      // A split writer locks the deal first, as ingestion does (the trigger's lock comes after the
      // split rows, so the other order could deadlock two writers: PostgreSQL would abort one).
      calls.push(
        db.prisma.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "Opportunity" WHERE id = ${c1} FOR UPDATE`;
          await tx.$executeRaw`DELETE FROM "OpportunitySplit" WHERE "opportunityId" = ${c1} AND "splitType" = 'OVERLAY'`;
        }, WAIT),
      );
      await Promise.all(calls);
      expect(await stored()).toEqual(await expected());
    }
  });

  it('gives the report the same REP rows and total as the credit worked out here', async () => {
    const report = await performance(
      {
        prisma: tenantPrisma(db.prisma, org),
        organizationId: org,
        fiscalYearStartMonth: 2,
        visibility: ORGANIZATION_WIDE,
      },
      { period: 'FY2027-Q3', groupBy: 'REP' },
    );
    // FY2027-Q3 with fiscal years from February: 2026-08-01 .. 2026-11-01; every deal is in it.
    const lines = await expected();
    const sum = (ls: Line[]) => ls.reduce((a, l) => a.plus(l.line), new HalfEven(0)).toFixed(2);
    const open = lines.filter((l) => !['CLOSED_WON', 'CLOSED_LOST'].includes(l.stage));
    for (const row of report.rows) {
      const mine = open.filter((l) => String(l.repId) === row.key);
      expect(row.openPipeline.toString()).toBe(sum(mine));
      expect(row.openCount).toBe(mine.filter((l) => l.counted).length);
    }
    expect(report.total.openPipeline.toString()).toBe(sum(open.filter((l) => l.splitType === 'REVENUE')));
    expect(report.total.openCount).toBe(new Set(open.map((l) => l.opportunityId)).size);
  });
});
