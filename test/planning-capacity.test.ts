// Capacity over GraphQL: capacity lines (idempotent create, versioned update and delete, audit)
// and the capacity model month by month against the target, worked out by hand.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPlanningFixture, dbId, gid, mutation, mutationOk } from './planning-fixture.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let plan: string;

let plans = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await buildPlanningFixture(db.prisma);
  client = await createTestClient(db);
});
// A plan of its own for each test, so that it runs alone and in any order.
beforeEach(async () => {
  plans += 1;
  const r = await mutationOk<{ salesPlan: { id: string } }>(
    client,
    'createSalesPlan',
    { fiscalYear: 2027, name: `Capacity ${plans}`, targetAmount: '500000.00' },
    'salesPlan { id }',
  );
  plan = r.salesPlan.id;
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

const version = async () =>
  (await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [dbId(plan)]))[0]
    ?.version as number;

type Capacity = {
  months: { month: number; periodKey: string; heads: string; rampedHeads: string; productiveCapacity: string }[];
  yearCapacity: string;
  target: string;
  gap: string;
  hireCapacity: string;
  hiresNeeded: number;
};
const capacity = async (newHire?: object) =>
  (
    await client.data<{ node: { capacity: Capacity } }>(
      `query($id: ID!, $hire: NewHireProfileInput) { node(id: $id) { ... on SalesPlan { capacity(newHire: $hire) {
          months { month periodKey heads rampedHeads productiveCapacity }
          yearCapacity target gap hireCapacity hiresNeeded } } } }`,
      { id: plan, hire: newHire },
    )
  ).node.capacity;

/** The plan's lines: 4 AEs from month 1, ramped, 24% attrition; 2 SEs from month 10 on a 4-month ramp. */
async function givenLines() {
  await mutationOk(client, 'createCapacityLine', {
    salesPlanId: plan,
    role: 'AE',
    headcount: 4,
    startMonth: 1,
    rampMonths: 0,
    rampedProductivity: '12500.00',
    attritionRate: '0.24',
  });
  await mutationOk(client, 'createCapacityLine', {
    salesPlanId: plan,
    role: 'SE',
    headcount: 2,
    startMonth: 10,
    rampMonths: 4,
    rampedProductivity: '3000.00',
  });
}

describe('capacity lines', () => {
  it('creates once per idempotency key, validates fields, and audits changes', async () => {
    const input = {
      salesPlanId: plan,
      role: 'AE',
      headcount: 4,
      startMonth: 1,
      rampMonths: 0,
      rampedProductivity: '12500.00',
      attritionRate: '0.24',
      idempotencyKey: 'line-1',
    };
    const first = await mutationOk<{ capacityLine: { id: string } }>(
      client,
      'createCapacityLine',
      input,
      'capacityLine { id }',
    );
    const again = await mutationOk<{ capacityLine: { id: string } }>(
      client,
      'createCapacityLine',
      input,
      'capacityLine { id }',
    );
    expect(again.capacityLine.id).toBe(first.capacityLine.id);
    const bad = await mutation(client, 'createCapacityLine', { ...input, idempotencyKey: null, startMonth: 13 });
    expect(bad.userErrors[0]).toMatchObject({ code: 'OUT_OF_RANGE', field: ['input', 'startMonth'] });
    const attrition = await mutation(client, 'createCapacityLine', {
      ...input,
      idempotencyKey: null,
      attritionRate: '1.5',
    });
    expect(attrition.userErrors[0]).toMatchObject({ code: 'OUT_OF_RANGE', field: ['input', 'attritionRate'] });
    const lines = await db.sql.query('SELECT id FROM "CapacityLine" WHERE "salesPlanId" = $1', [dbId(plan)]);
    expect(lines).toHaveLength(1);

    const se = await mutationOk<{ capacityLine: { id: string } }>(
      client,
      'createCapacityLine',
      { salesPlanId: plan, role: 'SE', headcount: 1, startMonth: 10, rampMonths: 4, rampedProductivity: '3000.00' },
      'capacityLine { id }',
    );
    const v = await version();
    const stale = await mutation(client, 'updateCapacityLine', {
      id: se.capacityLine.id,
      expectedVersion: v - 1,
      headcount: 2,
    });
    expect(stale.userErrors[0]?.code).toBe('STALE_VERSION');
    await mutationOk(client, 'updateCapacityLine', { id: se.capacityLine.id, expectedVersion: v, headcount: 2 });
    const [audit] = await db.sql.query<{
      before: { headcount: number };
      after: { headcount: number; salesPlanVersion: number };
    }>(`SELECT before, after FROM "AuditEvent" WHERE action = 'capacityLine.update' AND "entityId" = $1`, [
      String(dbId(se.capacityLine.id)),
    ]);
    expect(audit?.before.headcount).toBe(1);
    expect(audit?.after).toMatchObject({ headcount: 2, salesPlanVersion: v + 1 });
  });

  it('computes productive capacity per month and for the year against the target', async () => {
    await givenLines();
    // AE: 4 heads, 24% attrition (0.08 heads a month), 12500.00 each: 50000 - 1000 (m - 1).
    // SE: 2 heads from month 10 on a 4-month ramp, 3000.00 each: 1500, 3000, 4500.
    const c = await capacity();
    const expected = (m: number) => 50000 - 1000 * (m - 1) + (m >= 10 ? 1500 * (m - 9) : 0);
    expect(c.months.map((m) => Number(m.productiveCapacity))).toEqual(
      Array.from({ length: 12 }, (_, i) => expected(i + 1)),
    );
    expect(c.months[11]).toEqual({
      month: 12,
      periodKey: 'FY2027-M12',
      heads: '5.12',
      rampedHeads: '4.62',
      productiveCapacity: '43500.00',
    });
    // 600000 - 66000 + 9000; a surplus of 43000: no hires needed.
    expect(c).toMatchObject({ yearCapacity: '543000.00', target: '500000.00', gap: '-43000.00', hiresNeeded: 0 });
  });

  it('turns a shortfall into hires', async () => {
    await givenLines();
    await mutationOk(client, 'updateSalesPlan', {
      id: plan,
      expectedVersion: await version(),
      targetAmount: '700000.00',
    });
    // Like the largest line: 12 x 12500.00 = 150000 a year; 157000 / 150000 -> 2.
    expect(await capacity()).toMatchObject({ gap: '157000.00', hireCapacity: '150000.00', hiresNeeded: 2 });
    // Starting in month 4 on a 3-month ramp at 9000.00: 3000 + 6000 + 7 x 9000 = 72000 -> 3.
    expect(await capacity({ startMonth: 4, rampMonths: 3, rampedProductivity: '9000.00' })).toMatchObject({
      gap: '157000.00',
      hireCapacity: '72000.00',
      hiresNeeded: 3,
    });
  });

  it('deletes a line at the expected version', async () => {
    await givenLines();
    const [line] = await db.sql.query<{ id: number }>(
      `SELECT id FROM "CapacityLine" WHERE "salesPlanId" = $1 AND role = 'SE'`,
      [dbId(plan)],
    );
    await mutationOk(client, 'deleteCapacityLine', {
      id: gid('CapacityLine', line?.id as number),
      expectedVersion: await version(),
    });
    expect((await capacity()).yearCapacity).toBe('534000.00');
  });
});
