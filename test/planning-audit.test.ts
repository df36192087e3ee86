// The audit trail of the territory mutations over GraphQL: territory create, update and delete,
// setTerritoryRules, moveAccountsToTerritory, and rep assignment create, end (update) and delete.
// Each event's before and after are checked against the rows read with SQL around the change,
// and a refused change leaves no event.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPlanningFixture, dbId, gid, mutation, mutationOk, type PlanningFixture } from './planning-fixture.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fx: PlanningFixture;
let plan: string;

let plans = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildPlanningFixture(db.prisma);
  client = await createTestClient(db);
});
// Each test gets a plan of its own, ACTIVE (accounts are moved only in the ACTIVE plan), with every
// account unplaced, and creates the territories it needs: it runs alone and in any order.
beforeEach(async () => {
  await db.sql.query(`UPDATE "SalesPlan" SET status = 'ARCHIVED' WHERE "organizationId" = $1 AND status = 'ACTIVE'`, [
    fx.organizationId,
  ]);
  await db.sql.query('UPDATE "Account" SET "territoryId" = NULL WHERE "organizationId" = $1', [fx.organizationId]);
  plans += 1;
  const r = await mutationOk<{ salesPlan: { id: string } }>(
    client,
    'createSalesPlan',
    { fiscalYear: 2027, name: `Audited territories ${plans}` },
    'salesPlan { id }',
  );
  plan = r.salesPlan.id;
  await mutationOk(client, 'activateSalesPlan', { id: plan, expectedVersion: 1 });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

interface Event {
  id: number;
  action: string;
  entityType: string;
  entityId: string;
  actorType: string;
  actorId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const version = async () =>
  (await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [dbId(plan)]))[0]
    ?.version as number;

/** The audit events written since event id `since`, in order. */
const eventsSince = (since: number) =>
  db.sql.query<Event>(
    `SELECT id, action, "entityType", "entityId", "actorType", "actorId", before, after FROM "AuditEvent"
      WHERE "organizationId" = $1 AND id > $2 ORDER BY id`,
    [fx.organizationId, since],
  );

const lastEventId = async () =>
  (await db.sql.query<{ id: number | null }>('SELECT max(id) AS id FROM "AuditEvent"'))[0]?.id ?? 0;

/** Runs `change` and returns the one audit event it wrote. */
async function auditOf(change: () => Promise<unknown>): Promise<Event> {
  const since = await lastEventId();
  await change();
  const events = await eventsSince(since);
  expect(events).toHaveLength(1);
  const event = events[0] as Event;
  // The test client calls with an admin API key.
  expect(event.actorType).toBe('API_KEY');
  expect(event.actorId).toMatch(/^key:\d+$/);
  return event;
}

const territoryRow = async (id: number) =>
  (
    await db.sql.query<Record<string, unknown>>(
      'SELECT id, "salesPlanId", name, kind, "parentId" FROM "Territory" WHERE id = $1',
      [id],
    )
  )[0];

/** A territory's rules as SQL reads them, in the audit's field names. */
const rulesOf = (territoryId: number) =>
  db.sql.query<Record<string, unknown>>(
    `SELECT id, "territoryId", priority, region, country, industry, "minEmployees", "maxEmployees"
       FROM "TerritoryRule" WHERE "territoryId" = $1 ORDER BY id`,
    [territoryId],
  );

const ruleFields = (rules: unknown) =>
  (rules as Record<string, unknown>[]).map((r) => ({
    id: r.id,
    territoryId: r.territoryId,
    priority: r.priority,
    region: r.region,
    country: r.country,
    industry: r.industry,
    minEmployees: r.minEmployees,
    maxEmployees: r.maxEmployees,
  }));

const placementOf = async (accountId: number) =>
  (
    await db.sql.query<{ territoryId: number | null }>('SELECT "territoryId" FROM "Account" WHERE id = $1', [accountId])
  )[0]?.territoryId;

/** A territory of the test's plan, created before the change the test audits. */
async function territory(name: string, rules: object[] = []): Promise<number> {
  const r = await mutationOk<{ territory: { id: string } }>(
    client,
    'createTerritory',
    { salesPlanId: plan, name, kind: 'GEO', rules },
    'territory { id }',
  );
  return dbId(r.territory.id);
}

/** Moves accounts into a territory of the test's plan. */
const move = async (territoryId: number, accounts: number[]) =>
  mutationOk(client, 'moveAccountsToTerritory', {
    territoryId: gid('Territory', territoryId),
    expectedVersion: await version(),
    accountIds: accounts.map((id) => gid('Account', id)),
  });

describe('audit trail of territories, rules, account moves and assignments', () => {
  let na: number;
  let emea: number;

  it('records a territory created, with its rules, and one updated, before and after', async () => {
    const created = await auditOf(async () => {
      const r = await mutationOk<{ territory: { id: string } }>(
        client,
        'createTerritory',
        { salesPlanId: plan, name: 'North America', kind: 'GEO', rules: [{ region: 'NA', maxEmployees: 199 }] },
        'territory { id }',
      );
      na = dbId(r.territory.id);
    });
    expect(created).toMatchObject({ action: 'territory.create', entityType: 'Territory', entityId: String(na) });
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ ...(await territoryRow(na)), salesPlanVersion: await version() });
    expect(ruleFields(created.after?.rules)).toEqual(await rulesOf(na));
    expect(await rulesOf(na)).toMatchObject([{ region: 'NA', maxEmployees: 199 }]);

    const parent = await mutationOk<{ territory: { id: string } }>(
      client,
      'createTerritory',
      { salesPlanId: plan, name: 'Americas', kind: 'GEO' },
      'territory { id }',
    );
    const beforeRow = await territoryRow(na);
    const v = await version();
    const updated = await auditOf(() =>
      mutationOk(client, 'updateTerritory', {
        id: gid('Territory', na),
        expectedVersion: v,
        name: 'North America West',
        kind: 'SEGMENT',
        parentId: parent.territory.id,
      }),
    );
    expect(updated).toMatchObject({ action: 'territory.update', entityId: String(na) });
    expect(updated.before).toMatchObject({ ...beforeRow, parentId: null });
    expect(updated.after).toMatchObject({
      ...(await territoryRow(na)),
      name: 'North America West',
      kind: 'SEGMENT',
      parentId: dbId(parent.territory.id),
      salesPlanVersion: await version(),
    });
    expect(updated.after?.salesPlanVersion).toBe(v + 1);
  });

  it('records replaced rules: the old ones before, the new ones after', async () => {
    na = await territory('North America', [{ region: 'NA', maxEmployees: 199 }]);
    const old = await rulesOf(na);
    const event = await auditOf(async () =>
      mutationOk(client, 'setTerritoryRules', {
        territoryId: gid('Territory', na),
        expectedVersion: await version(),
        rules: [
          { country: 'US', priority: 3 },
          { region: 'NA', industry: 'Software', minEmployees: 50, maxEmployees: 500, priority: 7 },
        ],
      }),
    );
    expect(event).toMatchObject({ action: 'territory.setRules', entityType: 'Territory', entityId: String(na) });
    expect(ruleFields(event.before?.rules)).toEqual(old);
    const now = await rulesOf(na);
    expect(now).toMatchObject([
      { country: 'US', priority: 3, region: null },
      { region: 'NA', industry: 'Software', minEmployees: 50, maxEmployees: 500, priority: 7 },
    ]);
    expect(ruleFields(event.after?.rules)).toEqual(now);
    expect(event.after?.salesPlanVersion).toBe(await version());
    // The old rule rows are gone.
    expect(now.map((r) => r.id)).not.toContain(old[0]?.id);
  });

  it('records accounts moved by hand with the territory each came from', async () => {
    na = await territory('North America');
    emea = await territory('EMEA');
    const { acme, birch, delta } = fx.accounts;
    const first = await auditOf(() => move(na, [acme, birch]));
    expect(first).toMatchObject({ action: 'territory.moveAccounts', entityType: 'Territory', entityId: String(na) });
    expect(first.before).toEqual({
      accounts: [
        { accountId: acme, territoryId: null },
        { accountId: birch, territoryId: null },
      ],
    });
    expect(first.after).toEqual({ territoryId: na, accountIds: [acme, birch], salesPlanVersion: await version() });
    expect([await placementOf(acme), await placementOf(birch)]).toEqual([na, na]);
    // Birch is already in North America: only Acme and Delta move, each from where it was.
    const second = await auditOf(() => move(emea, [acme, delta]));
    expect(second.before).toEqual({
      accounts: [
        { accountId: acme, territoryId: na },
        { accountId: delta, territoryId: null },
      ],
    });
    expect(second.after).toMatchObject({ territoryId: emea, accountIds: [acme, delta] });
    expect([await placementOf(acme), await placementOf(delta)]).toEqual([emea, emea]);
  });

  it('records an assignment created, ended and deleted', async () => {
    // Next year's dates: only an assignment that has not started is deleted (a started one is
    // ended today, its days worked kept as history).
    const next = new Date().getUTCFullYear() + 1;
    na = await territory('North America');
    let assignmentId = 0;
    const assignmentRow = async () =>
      (
        await db.sql.query<{ territoryId: number; repId: number; role: string; startDate: Date; endDate: Date | null }>(
          'SELECT "territoryId", "repId", role, "startDate", "endDate" FROM "TerritoryAssignment" WHERE id = $1',
          [assignmentId],
        )
      )[0];
    const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
    const created = await auditOf(async () => {
      const r = await mutationOk<{ assignment: { id: string } }>(
        client,
        'createTerritoryAssignment',
        {
          territoryId: gid('Territory', na),
          repId: gid('Rep', fx.reps.ada),
          role: 'PRIMARY',
          startDate: `${next}-02-01`,
        },
        'assignment { id }',
      );
      assignmentId = dbId(r.assignment.id);
    });
    const row = await assignmentRow();
    expect(created).toMatchObject({
      action: 'territoryAssignment.create',
      entityType: 'TerritoryAssignment',
      entityId: String(assignmentId),
    });
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({
      id: assignmentId,
      territoryId: na,
      repId: fx.reps.ada,
      role: 'PRIMARY',
      startDate: iso(row?.startDate),
      endDate: null,
      salesPlanVersion: await version(),
    });
    expect(iso(row?.startDate)).toBe(`${next}-02-01T00:00:00.000Z`);

    const ended = await auditOf(async () =>
      mutationOk(client, 'updateTerritoryAssignment', {
        id: gid('TerritoryAssignment', assignmentId),
        expectedVersion: await version(),
        endDate: `${next}-08-01`,
      }),
    );
    expect(ended).toMatchObject({ action: 'territoryAssignment.update', entityId: String(assignmentId) });
    expect(ended.before).toMatchObject({ role: 'PRIMARY', startDate: `${next}-02-01T00:00:00.000Z`, endDate: null });
    const endedRow = await assignmentRow();
    expect(iso(endedRow?.endDate)).toBe(`${next}-08-01T00:00:00.000Z`);
    expect(ended.after).toMatchObject({
      startDate: iso(endedRow?.startDate),
      endDate: iso(endedRow?.endDate),
      salesPlanVersion: await version(),
    });

    const deleted = await auditOf(async () =>
      mutationOk(client, 'deleteTerritoryAssignment', {
        id: gid('TerritoryAssignment', assignmentId),
        expectedVersion: await version(),
      }),
    );
    expect(deleted).toMatchObject({ action: 'territoryAssignment.delete', entityId: String(assignmentId) });
    expect(deleted.before).toMatchObject({
      id: assignmentId,
      repId: fx.reps.ada,
      endDate: `${next}-08-01T00:00:00.000Z`,
    });
    expect(deleted.after).toEqual({ salesPlanVersion: await version() });
    expect(await assignmentRow()).toBeUndefined();
  });

  it('records a territory deleted with its rules, assignments and the accounts it held', async () => {
    emea = await territory('EMEA');
    await move(emea, [fx.accounts.acme, fx.accounts.delta]);
    await mutationOk(client, 'setTerritoryRules', {
      territoryId: gid('Territory', emea),
      expectedVersion: await version(),
      rules: [{ region: 'EMEA' }],
    });
    await mutationOk(client, 'createTerritoryAssignment', {
      territoryId: gid('Territory', emea),
      repId: gid('Rep', fx.reps.cy),
      role: 'OVERLAY',
      startDate: '2026-03-01',
    });
    const territoryBefore = await territoryRow(emea);
    const rules = await rulesOf(emea);
    const assignments = await db.sql.query<{ id: number; repId: number; role: string }>(
      'SELECT id, "repId", role FROM "TerritoryAssignment" WHERE "territoryId" = $1 ORDER BY id',
      [emea],
    );
    const held = (
      await db.sql.query<{ id: number }>('SELECT id FROM "Account" WHERE "territoryId" = $1 ORDER BY id', [emea])
    ).map((a) => a.id);
    expect(held).toEqual([fx.accounts.acme, fx.accounts.delta].sort((a, b) => a - b));
    const event = await auditOf(async () =>
      mutationOk(client, 'deleteTerritory', { id: gid('Territory', emea), expectedVersion: await version() }),
    );
    expect(event).toMatchObject({ action: 'territory.delete', entityType: 'Territory', entityId: String(emea) });
    expect(event.before).toMatchObject({ ...territoryBefore, children: [] });
    expect(ruleFields(event.before?.rules)).toEqual(rules);
    expect(event.before?.assignments).toMatchObject(assignments);
    expect([...((event.before?.accounts ?? []) as number[])].sort((a, b) => a - b)).toEqual(held);
    expect(event.after).toEqual({ salesPlanVersion: await version() });
    // The change itself: territory, rules and assignments gone, its accounts unassigned.
    expect(await territoryRow(emea)).toBeUndefined();
    expect(await rulesOf(emea)).toEqual([]);
    expect([await placementOf(fx.accounts.acme), await placementOf(fx.accounts.delta)]).toEqual([null, null]);
  });

  it('writes no event for a refused change', async () => {
    na = await territory('North America');
    const since = await lastEventId();
    const v = await version();
    const refused = [
      await mutation(client, 'updateTerritory', { id: gid('Territory', na), expectedVersion: v - 1, name: 'Stale' }),
      await mutation(client, 'setTerritoryRules', {
        territoryId: gid('Territory', na),
        expectedVersion: v,
        rules: [{ minEmployees: 10, maxEmployees: 5 }],
      }),
      await mutation(client, 'moveAccountsToTerritory', {
        territoryId: gid('Territory', na),
        expectedVersion: v,
        accountIds: [gid('Account', fx.otherAccountId)],
      }),
      await mutation(client, 'createTerritoryAssignment', {
        territoryId: gid('Territory', na),
        repId: gid('Rep', fx.reps.bob),
        role: 'PRIMARY',
        startDate: '2026-05-01',
        endDate: '2026-04-01',
      }),
    ];
    expect(refused.map((r) => r.userErrors[0]?.code)).toEqual(['STALE_VERSION', 'INVALID', 'NOT_FOUND', 'INVALID']);
    expect(await eventsSince(since)).toEqual([]);
    expect(await version()).toBe(v);
  });
});
