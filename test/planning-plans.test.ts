// Sales plan lifecycle over GraphQL, checked against SQL: idempotent creates, optimistic
// versions (and two concurrent updates at one version), one ACTIVE plan per fiscal year (and two
// concurrent activations), archive, clone, scenario comparison, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanningFixture, dbId, gid, mutation, mutationOk, type PlanningFixture } from './planning-fixture.js';
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

const PLAN = 'salesPlan { id name status version fiscalYear targetAmount }';
type Plan = { id: string; name: string; status: string; version: number; fiscalYear: number; targetAmount: string };

async function createPlan(name: string, fiscalYear = 2027, targetAmount: string | null = '1000000.00') {
  const r = await mutationOk<{ salesPlan: Plan }>(client, 'createSalesPlan', { fiscalYear, name, targetAmount }, PLAN);
  return r.salesPlan;
}

const planRow = async (id: string) =>
  (
    await db.sql.query<{ name: string; status: string; version: number; targetAmount: string | null }>(
      'SELECT name, status, version, "targetAmount"::text AS "targetAmount" FROM "SalesPlan" WHERE id = $1',
      [dbId(id)],
    )
  )[0];

describe('creating and updating plans', () => {
  it('creates a DRAFT plan once per idempotency key', async () => {
    const input = { fiscalYear: 2027, name: 'FY27 base', targetAmount: '1500000.00', idempotencyKey: 'plan-1' };
    const first = await mutationOk<{ salesPlan: Plan }>(client, 'createSalesPlan', input, PLAN);
    const again = await mutationOk<{ salesPlan: Plan }>(client, 'createSalesPlan', input, PLAN);
    expect(again.salesPlan.id).toBe(first.salesPlan.id);
    expect(first.salesPlan).toMatchObject({ status: 'DRAFT', version: 1, targetAmount: '1500000.00' });
    const rows = await db.sql.query(`SELECT id FROM "SalesPlan" WHERE name = 'FY27 base'`);
    expect(rows).toHaveLength(1);
    const reused = await mutation(client, 'createSalesPlan', { ...input, name: 'Other' }, PLAN);
    expect(reused.userErrors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await db.sql.query('SELECT id FROM "SalesPlan"');
    const cents = await mutation(client, 'createSalesPlan', { fiscalYear: 2027, name: 'X', targetAmount: '1.005' });
    expect(cents.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'targetAmount'] });
    const blank = await mutation(client, 'createSalesPlan', { fiscalYear: 2027, name: '  ' });
    expect(blank.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'name'] });
    expect(await db.sql.query('SELECT id FROM "SalesPlan"')).toHaveLength(before.length);
  });

  it('updates at the expected version and refuses a stale one without changing anything', async () => {
    const plan = await createPlan('Versioned');
    const updated = await mutationOk<{ salesPlan: Plan }>(
      client,
      'updateSalesPlan',
      { id: plan.id, expectedVersion: 1, name: 'Versioned v2', targetAmount: '2000000.50' },
      PLAN,
    );
    expect(updated.salesPlan).toMatchObject({ name: 'Versioned v2', version: 2, targetAmount: '2000000.50' });
    const stale = await mutation(client, 'updateSalesPlan', { id: plan.id, expectedVersion: 1, name: 'Lost' }, PLAN);
    expect(stale.userErrors[0]).toMatchObject({ code: 'STALE_VERSION', field: ['input', 'expectedVersion'] });
    expect(stale.userErrors[0]?.message).toMatch(/version 2/);
    expect(await planRow(plan.id)).toEqual({
      name: 'Versioned v2',
      status: 'DRAFT',
      version: 2,
      targetAmount: '2000000.50',
    });
    // null clears the target, absent leaves it.
    await mutationOk(client, 'updateSalesPlan', { id: plan.id, expectedVersion: 2, targetAmount: null });
    expect(await planRow(plan.id)).toMatchObject({ name: 'Versioned v2', version: 3, targetAmount: null });
  });

  it('lets exactly one of two concurrent updates at the same version win', async () => {
    const plan = await createPlan('Race');
    const [a, b] = await Promise.all(
      ['Race A', 'Race B'].map((name) =>
        mutation<{ salesPlan: Plan | null }>(
          client,
          'updateSalesPlan',
          { id: plan.id, expectedVersion: 1, name },
          PLAN,
        ),
      ),
    );
    const results = [a, b].map((r) => r?.userErrors[0]?.code ?? 'OK').sort();
    expect(results).toEqual(['OK', 'STALE_VERSION']);
    const winner = (a?.userErrors.length ? b : a)?.salesPlan?.name;
    expect(await planRow(plan.id)).toMatchObject({ name: winner, version: 2 });
    const audits = await db.sql.query(
      `SELECT id FROM "AuditEvent" WHERE action = 'salesPlan.update' AND "entityId" = $1`,
      [String(dbId(plan.id))],
    );
    expect(audits).toHaveLength(1);
  });
});

describe('activation and archiving', () => {
  it('activates one plan per fiscal year and refuses a second while the first is active', async () => {
    const first = await createPlan('FY2030 A', 2030);
    const second = await createPlan('FY2030 B', 2030);
    const other = await createPlan('FY2031', 2031);
    const ok = await mutationOk<{ salesPlan: Plan }>(
      client,
      'activateSalesPlan',
      { id: first.id, expectedVersion: 1 },
      PLAN,
    );
    expect(ok.salesPlan).toMatchObject({ status: 'ACTIVE', version: 2 });
    const refused = await mutation(client, 'activateSalesPlan', { id: second.id, expectedVersion: 1 }, PLAN);
    expect(refused.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'id'] });
    expect(refused.userErrors[0]?.message).toMatch(/FY2030 A/);
    expect(await planRow(second.id)).toMatchObject({ status: 'DRAFT', version: 1 });
    // Another fiscal year is independent.
    await mutationOk(client, 'activateSalesPlan', { id: other.id, expectedVersion: 1 });
    // Archiving the active one frees the year.
    await mutationOk(client, 'archiveSalesPlan', { id: first.id, expectedVersion: 2 });
    await mutationOk(client, 'activateSalesPlan', { id: second.id, expectedVersion: 1 });
    const active = await db.sql.query<{ name: string }>(
      `SELECT name FROM "SalesPlan" WHERE "organizationId" = $1 AND "fiscalYear" = 2030 AND status = 'ACTIVE'`,
      [fx.organizationId],
    );
    expect(active).toEqual([{ name: 'FY2030 B' }]);
  });

  it('leaves exactly one ACTIVE plan when two activations race', async () => {
    for (let round = 0; round < 4; round++) {
      const fiscalYear = 2040 + round;
      const plans = [
        await createPlan(`Race ${fiscalYear} A`, fiscalYear),
        await createPlan(`Race ${fiscalYear} B`, fiscalYear),
      ];
      const results = await Promise.all(
        plans.map((p) => mutation(client, 'activateSalesPlan', { id: p.id, expectedVersion: 1 }, PLAN)),
      );
      expect(results.map((r) => r.userErrors[0]?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const active = await db.sql.query(
        `SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND "fiscalYear" = $2 AND status = 'ACTIVE'`,
        [fx.organizationId, fiscalYear],
      );
      expect(active).toHaveLength(1);
    }
  });

  it('has the database refuse a second ACTIVE plan of a fiscal year, whoever writes it', async () => {
    const first = await createPlan('FY2034 A', 2034);
    const second = await createPlan('FY2034 B', 2034);
    const elsewhere = await createPlan('FY2035', 2035);
    await mutationOk(client, 'activateSalesPlan', { id: first.id, expectedVersion: 1 });
    // Straight SQL bypasses the application's check; the partial unique index still holds.
    await expect(
      db.sql.query(`UPDATE "SalesPlan" SET status = 'ACTIVE' WHERE id = $1`, [dbId(second.id)]),
    ).rejects.toThrow(/SalesPlan_one_active_per_fiscal_year|duplicate key/);
    expect(await planRow(second.id)).toMatchObject({ status: 'DRAFT' });
    // Other years, other statuses and the other organization's FY2027 plan are not constrained.
    await db.sql.query(`UPDATE "SalesPlan" SET status = 'ACTIVE' WHERE id = $1`, [dbId(elsewhere.id)]);
    await db.sql.query(`UPDATE "SalesPlan" SET status = 'ARCHIVED' WHERE id = $1`, [dbId(second.id)]);
    const active = await db.sql.query<{ fiscalYear: number }>(
      `SELECT "fiscalYear" FROM "SalesPlan" WHERE "organizationId" = $1 AND "fiscalYear" IN (2034, 2035)
          AND status = 'ACTIVE' ORDER BY 1`,
      [fx.organizationId],
    );
    expect(active).toEqual([{ fiscalYear: 2034 }, { fiscalYear: 2035 }]);
  });

  it('makes an archived plan read-only', async () => {
    const plan = await createPlan('To archive', 2032);
    await mutationOk(client, 'archiveSalesPlan', { id: plan.id, expectedVersion: 1 });
    const update = await mutation(client, 'updateSalesPlan', { id: plan.id, expectedVersion: 2, name: 'Nope' });
    expect(update.userErrors[0]?.code).toBe('IMMUTABLE');
    const activate = await mutation(client, 'activateSalesPlan', { id: plan.id, expectedVersion: 2 });
    expect(activate.userErrors[0]?.code).toBe('IMMUTABLE');
    const territory = await mutation(client, 'createTerritory', { salesPlanId: plan.id, name: 'T', kind: 'GEO' });
    expect(territory.userErrors[0]?.code).toBe('IMMUTABLE');
    expect(await planRow(plan.id)).toMatchObject({ name: 'To archive', status: 'ARCHIVED', version: 2 });
  });
});

describe('cloning and comparing scenarios', () => {
  let base: Plan;
  let clone: Plan;

  beforeAll(async () => {
    base = await createPlan('Compare base', 2027, '1000000.00');
    const na = await mutationOk<{ territory: { id: string } }>(
      client,
      'createTerritory',
      { salesPlanId: base.id, name: 'North America', kind: 'GEO', rules: [{ region: 'NA' }] },
      'territory { id }',
    );
    await mutationOk(client, 'createTerritory', {
      salesPlanId: base.id,
      name: 'NA SMB',
      kind: 'SEGMENT',
      parentId: na.territory.id,
      rules: [{ region: 'NA', maxEmployees: 199, priority: 10 }],
    });
    await mutationOk(client, 'createTerritory', {
      salesPlanId: base.id,
      name: 'EMEA',
      kind: 'GEO',
      rules: [{ region: 'EMEA' }, { country: 'FR', priority: 3 }],
    });
    await mutationOk(client, 'createTerritoryAssignment', {
      territoryId: na.territory.id,
      repId: gid('Rep', fx.reps.ada),
      role: 'PRIMARY',
      startDate: '2026-02-01',
    });
    await mutationOk(client, 'createCapacityLine', {
      salesPlanId: base.id,
      role: 'AE',
      headcount: 10,
      startMonth: 1,
      rampMonths: 0,
      rampedProductivity: '10000.00',
    });
    const version = (await planRow(base.id))?.version as number;
    await mutationOk(client, 'setQuotas', {
      salesPlanId: base.id,
      expectedVersion: version,
      quotas: [
        { repId: gid('Rep', fx.reps.ada), periodKey: 'FY2027', amount: '600000.00' },
        { repId: gid('Rep', fx.reps.bob), periodKey: 'FY2027-Q1', amount: '100000.00' },
        { repId: gid('Rep', fx.reps.bob), periodKey: 'FY2027-M04', amount: '50000.00' },
      ],
    });
    const r = await mutationOk<{ salesPlan: Plan; copied: Record<string, number> }>(
      client,
      'cloneSalesPlan',
      { id: base.id, name: 'Compare scenario', idempotencyKey: 'clone-1' },
      `${PLAN} copied { territories rules assignments quotas capacityLines }`,
    );
    clone = r.salesPlan;
    expect(r.copied).toEqual({ territories: 3, rules: 4, assignments: 1, quotas: 3, capacityLines: 1 });
  });

  it('copies territories (hierarchy kept), rules, assignments, quotas and capacity into a new DRAFT', async () => {
    expect(clone).toMatchObject({ status: 'DRAFT', version: 1, fiscalYear: 2027, targetAmount: '1000000.00' });
    const shape = (plan: string) =>
      db.sql.query(
        `SELECT t.name, t.kind, p.name AS parent, t."externalId",
                (SELECT json_agg(json_build_array(r.priority, r.region, r.country, r."maxEmployees") ORDER BY r.priority, r.id)
                   FROM "TerritoryRule" r WHERE r."territoryId" = t.id) AS rules,
                (SELECT json_agg(json_build_array(a."repId", a.role, a."startDate") ORDER BY a.id)
                   FROM "TerritoryAssignment" a WHERE a."territoryId" = t.id) AS assignments
           FROM "Territory" t LEFT JOIN "Territory" p ON p.id = t."parentId"
          WHERE t."salesPlanId" = $1 ORDER BY t.name`,
        [dbId(plan)],
      );
    expect(await shape(clone.id)).toEqual(await shape(base.id));
    const quotas = (plan: string) =>
      db.sql.query(
        `SELECT "repId", "periodKey", "periodStart", "periodEnd", amount::text FROM "Quota" WHERE "salesPlanId" = $1
          ORDER BY "repId", "periodKey"`,
        [dbId(plan)],
      );
    expect(await quotas(clone.id)).toEqual(await quotas(base.id));
    const [row] = await db.sql.query<{ clonedFromId: number }>('SELECT "clonedFromId" FROM "SalesPlan" WHERE id = $1', [
      dbId(clone.id),
    ]);
    expect(row?.clonedFromId).toBe(dbId(base.id));
    // The new territories are distinct rows.
    const shared = await db.sql.query(
      `SELECT a.id FROM "Territory" a JOIN "Territory" b ON a.id = b.id WHERE a."salesPlanId" = $1 AND b."salesPlanId" = $2`,
      [dbId(base.id), dbId(clone.id)],
    );
    expect(shared).toHaveLength(0);
  });

  it('compares headcount, capacity, quota total and territory balance', async () => {
    const version = (await planRow(clone.id))?.version as number;
    await mutationOk(client, 'updateSalesPlan', { id: clone.id, expectedVersion: version, targetAmount: '1200000.00' });
    const line = await db.sql.query<{ id: number }>('SELECT id FROM "CapacityLine" WHERE "salesPlanId" = $1', [
      dbId(clone.id),
    ]);
    await mutationOk(client, 'updateCapacityLine', {
      id: gid('CapacityLine', line[0]?.id as number),
      expectedVersion: version + 1,
      headcount: 12,
    });
    const data = await client.data<{
      compareSalesPlans: {
        base: Record<string, unknown>;
        scenario: Record<string, unknown>;
        delta: Record<string, unknown>;
        territories: {
          name: string;
          base: { accountCount: number; whitespaceValue: string } | null;
          scenario: { accountCount: number; whitespaceValue: string } | null;
        }[];
      };
    }>(
      `query($b: ID!, $s: ID!) { compareSalesPlans(baseId: $b, scenarioId: $s) {
        base { targetAmount plannedHeadcount primaryRepCount productiveCapacity quotaTotal territoryCount unassignedAccountCount }
        scenario { targetAmount plannedHeadcount primaryRepCount productiveCapacity quotaTotal territoryCount unassignedAccountCount }
        delta { targetAmount plannedHeadcount productiveCapacity quotaTotal territoryCount whitespaceSpread }
        territories { name base { accountCount whitespaceValue } scenario { accountCount whitespaceValue } } } }`,
      { b: base.id, s: clone.id },
    );
    const c = data.compareSalesPlans;
    // Capacity: 10 heads x 10000.00 x 12 months; 12 heads in the scenario.
    // Quotas: Ada's year 600000.00 + Bob's quarter 100000.00 and month M04 50000.00 (his year rolls up).
    // Routing: NA SMB takes Acme and Gum (<= 199 employees); North America Birch and Cedar; EMEA
    // Delta and Elm; Fir (APAC) is unassigned. Whitespace: Core's only owner among the Software
    // SMB peers (Acme, Delta, Fir, Gum) is Acme at 1000.00, so Delta and Gum each lack 1000 of it;
    // no one else has a peer owning what they lack. Leaves EMEA and NA SMB hold 1000 each in both
    // plans: the spreads are 0.
    expect(c.base).toEqual({
      targetAmount: '1000000.00',
      plannedHeadcount: 10,
      primaryRepCount: 1,
      productiveCapacity: '1200000.00',
      quotaTotal: '750000.00',
      territoryCount: 3,
      unassignedAccountCount: 1,
    });
    expect(c.scenario).toMatchObject({
      targetAmount: '1200000.00',
      plannedHeadcount: 12,
      productiveCapacity: '1440000.00',
    });
    expect(c.delta).toEqual({
      targetAmount: '200000.00',
      plannedHeadcount: 2,
      productiveCapacity: '240000.00',
      quotaTotal: '0.00',
      territoryCount: 0,
      whitespaceSpread: '0',
    });
    const side = (accountCount: number, whitespaceValue: string) => ({ accountCount, whitespaceValue });
    expect(c.territories).toEqual([
      { name: 'EMEA', base: side(2, '1000.00'), scenario: side(2, '1000.00') },
      { name: 'NA SMB', base: side(2, '1000.00'), scenario: side(2, '1000.00') },
      { name: 'North America', base: side(4, '1000.00'), scenario: side(4, '1000.00') },
    ]);
  });
});

describe('audit trail', () => {
  it('records every plan change with who, before and after, in the transaction of the change', async () => {
    const plan = await createPlan('Audited', 2033, '10.00');
    await mutationOk(client, 'updateSalesPlan', { id: plan.id, expectedVersion: 1, name: 'Audited v2' });
    await mutationOk(client, 'activateSalesPlan', { id: plan.id, expectedVersion: 2 });
    await mutationOk(client, 'archiveSalesPlan', { id: plan.id, expectedVersion: 3 });
    await mutation(client, 'updateSalesPlan', { id: plan.id, expectedVersion: 1, name: 'refused' });
    const events = await db.sql.query<{
      action: string;
      actorType: string;
      actorId: string;
      before: { name: string; status: string; version: number } | null;
      after: { name: string; status: string; version: number; targetAmount: string };
    }>(
      `SELECT action, "actorType", "actorId", before, after FROM "AuditEvent"
        WHERE "entityType" = 'SalesPlan' AND "entityId" = $1 ORDER BY id`,
      [String(dbId(plan.id))],
    );
    expect(events.map((e) => e.action)).toEqual([
      'salesPlan.create',
      'salesPlan.update',
      'salesPlan.activate',
      'salesPlan.archive',
    ]);
    // The test client calls with an admin API key.
    expect(events.every((e) => e.actorType === 'API_KEY' && /^key:\d+$/.test(e.actorId))).toBe(true);
    expect(events[0]?.before).toBeNull();
    expect(events[0]?.after).toMatchObject({ name: 'Audited', status: 'DRAFT', version: 1, targetAmount: '10' });
    expect(events[1]?.before).toMatchObject({ name: 'Audited', version: 1 });
    expect(events[1]?.after).toMatchObject({ name: 'Audited v2', version: 2 });
    expect(events[2]?.before).toMatchObject({ status: 'DRAFT', version: 2 });
    expect(events[2]?.after).toMatchObject({ status: 'ACTIVE', version: 3 });
    expect(events[3]?.after).toMatchObject({ status: 'ARCHIVED', version: 4 });
  });
});
