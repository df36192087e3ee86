// Money to the cent (docs/design.md §11). On the wire, every money figure prints with exactly two
// decimals ("900.00") while a fraction keeps its own places ("0.6"); checked here on the
// forecast, whitespace and planning over the planning fixture (test/planning-fixture.ts). In SQL,
// sqlRoundCents (api/src/shared/money.ts) rounds to the cent half to even, as roundCents does,
// although PostgreSQL's round() of a numeric takes a half away from zero.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../api/src/generated/prisma/client.js';
import { sqlDecimalText, sqlMoneyText, sqlRoundCents } from '../api/src/shared/money.js';
import { buildPlanningFixture, gid, mutationOk, type PlanningFixture } from './planning-fixture.js';
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

describe('sqlRoundCents', () => {
  it('rounds to the cent half to even, negatives and non-halves included', async () => {
    // Half a cent goes to the even cent: 2.345 -> 2.34 (4 even), 2.355 -> 2.36, 33.335 -> 33.34,
    // 0.005 -> 0.00, 0.015 -> 0.02; anything above a half goes up: 2.3450001 -> 2.35; a negative
    // half goes to the even cent too: -2.345 -> -2.34, -2.355 -> -2.36; -2.3449 -> -2.34.
    const cases: [string, string][] = [
      ['2.345', '2.34'],
      ['2.355', '2.36'],
      ['2.3450001', '2.35'],
      ['-2.345', '-2.34'],
      ['-2.355', '-2.36'],
      ['-2.3449', '-2.34'],
      ['33.335', '33.34'],
      ['0.005', '0.00'],
      ['0.015', '0.02'],
      ['-0.005', '0.00'],
      ['1666.6665', '1666.67'],
      ['7', '7.00'],
    ];
    for (const [value, expected] of cases) {
      const [row] = await db.prisma.$queryRaw<{ r: string }[]>(
        Prisma.sql`SELECT (${sqlRoundCents(Prisma.sql`${value}::numeric`)})::text AS r`,
      );
      // -0.005 rounds to zero, which numeric prints without a sign.
      expect([value, row?.r]).toEqual([value, expected]);
    }
  });
});

describe('sqlMoneyText and sqlDecimalText', () => {
  it('print a numeric as the Decimal scalar prints money and other decimals', async () => {
    // Written out by hand: money keeps at least two places and every exact place beyond
    // ("1666.6665"), whatever scale the numeric carries; other decimals drop trailing zeros.
    const cases: [value: string, money: string, decimal: string][] = [
      ['0', '0.00', '0'],
      ['0.000000', '0.00', '0'],
      ['7', '7.00', '7'],
      ['1.5', '1.50', '1.5'],
      ['1.500000', '1.50', '1.5'],
      ['20.00', '20.00', '20'],
      ['-0.50', '-0.50', '-0.5'],
      ['1666.6665', '1666.6665', '1666.6665'],
      ['0.883301', '0.883301', '0.883301'],
      ['123456789012.345600', '123456789012.3456', '123456789012.3456'],
    ];
    for (const [value, money, decimal] of cases) {
      const [row] = await db.prisma.$queryRaw<{ m: string; d: string }[]>(
        Prisma.sql`SELECT ${sqlMoneyText(Prisma.sql`${value}::numeric`)} AS m,
                          ${sqlDecimalText(Prisma.sql`${value}::numeric`)} AS d`,
      );
      expect([value, row?.m, row?.d]).toEqual([value, money, decimal]);
    }
  });
});

describe('money on the wire', () => {
  it('prints forecast money with two decimals and a stage probability with its own places', async () => {
    // FY2027-Q1 is 2026-02-01 .. 2026-05-01 (fiscal year from February): Bob won Birch's 900.00 on
    // 2026-03-01, his only deal closing then. PROPOSAL's default probability is 0.6.
    const data = await client.data<{
      forecast: {
        node: { closed: string; quota: string | null };
        winRates: { stages: { stage: string; probability: string }[] };
      };
    }>(
      `query($id: ID!) { forecast(periodKey: "FY2027-Q1", repId: $id) {
         node { closed } winRates { stages { stage probability } } } }`,
      { id: gid('Rep', fx.reps.bob) },
    );
    expect(data.forecast.node.closed).toBe('900.00');
    expect(data.forecast.winRates.stages.find((s) => s.stage === 'PROPOSAL')?.probability).toBe('0.6');
  });

  it('prints whitespace money with two decimals and a propensity with its own places', async () => {
    // Family Core. Delta, Fir and Gum (Software, SMB) own none of it; their peer group's one owner
    // is Acme (ARR 1000.00). Delta's peers are Acme, Fir and Gum: 1 of 3 own Core, propensity
    // 0.333333 (6 places), estimated value the median of one ARR, 1000.00.
    const data = await client.data<{
      whitespaceOpportunities: {
        edges: { node: { account: { name: string }; propensity: string; estimatedValue: string } }[];
      };
    }>(`{ whitespaceOpportunities(first: 10) { edges { node { account { name } propensity estimatedValue } } } }`);
    const delta = data.whitespaceOpportunities.edges.find((e) => e.node.account.name === 'Delta')?.node;
    expect(delta).toEqual({ account: { name: 'Delta' }, propensity: '0.333333', estimatedValue: '1000.00' });
  });

  it('prints planning money with two decimals and an attrition rate with its own places', async () => {
    const created = await mutationOk<{ salesPlan: { id: string; targetAmount: string } }>(
      client,
      'createSalesPlan',
      { fiscalYear: 2027, name: 'Scale', targetAmount: '500000' },
      'salesPlan { id targetAmount }',
    );
    expect(created.salesPlan.targetAmount).toBe('500000.00');
    const line = await mutationOk<{ capacityLine: { rampedProductivity: string; attritionRate: string } }>(
      client,
      'createCapacityLine',
      {
        salesPlanId: created.salesPlan.id,
        role: 'AE',
        headcount: 1,
        startMonth: 1,
        rampMonths: 0,
        rampedProductivity: '1000',
        attritionRate: '0.5',
      },
      'capacityLine { rampedProductivity attritionRate }',
    );
    expect(line.capacityLine).toEqual({ rampedProductivity: '1000.00', attritionRate: '0.5' });
    // With no attrition the one head books 1000.00 a month, 12000.00 a year; attrition only lowers
    // that, so the capacity is below 12000 and the gap to the target above 488000.
    const capacity = (
      await client.data<{ node: { capacity: { target: string; yearCapacity: string; gap: string } } }>(
        `query($id: ID!) { node(id: $id) { ... on SalesPlan { capacity { target yearCapacity gap } } } }`,
        { id: created.salesPlan.id },
      )
    ).node.capacity;
    expect(capacity.target).toBe('500000.00');
    expect(capacity.yearCapacity).toMatch(/^\d+\.\d\d$/);
    expect(capacity.gap).toMatch(/^\d+\.\d\d$/);
    expect(new Prisma.Decimal(capacity.target).minus(capacity.yearCapacity).toFixed(2)).toBe(capacity.gap);
  });
});
