// Territories over GraphQL on the hand-sized book of planning-fixture.ts: the hierarchy and its
// checks, rule routing (preview, apply, conflicts, unmatched accounts), manual moves, rep
// assignments with effective dates, and territory balance with its spread, all against numbers
// worked out by hand from the fixture table.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

const version = async (planId: string) =>
  (await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [dbId(planId)]))[0]
    ?.version as number;

async function createPlan(name: string): Promise<string> {
  const r = await mutationOk<{ salesPlan: { id: string } }>(
    client,
    'createSalesPlan',
    { fiscalYear: 2027, name },
    'salesPlan { id }',
  );
  return r.salesPlan.id;
}

async function territory(planId: string, name: string, kind: string, rules: object[], parentId?: string) {
  const r = await mutationOk<{ territory: { id: string } }>(
    client,
    'createTerritory',
    { salesPlanId: planId, name, kind, rules, parentId },
    'territory { id }',
  );
  return r.territory.id;
}

/** The plan of the routing table in planning-fixture.ts terms. */
async function buildRoutingPlan(name: string) {
  const plan = await createPlan(name);
  const na = await territory(plan, 'North America', 'GEO', [{ region: 'NA' }]);
  const t = {
    plan,
    na,
    smb: await territory(plan, 'NA SMB', 'SEGMENT', [{ region: 'NA', maxEmployees: 199, priority: 10 }], na),
    mid: await territory(plan, 'NA Mid-Ent', 'SEGMENT', [{ region: 'NA', minEmployees: 200, priority: 10 }], na),
    emea: await territory(plan, 'EMEA', 'GEO', [
      { region: 'EMEA', priority: 5 },
      { country: 'FR', priority: 5 },
    ]),
    overlay: await territory(plan, 'Software Overlay', 'INDUSTRY', [
      { industry: 'Software', region: 'EMEA', priority: 5 },
    ]),
  };
  return t;
}

const placements = async () =>
  Object.fromEntries(
    (
      await db.sql.query<{ name: string; territory: string | null }>(
        `SELECT a.name, t.name AS territory FROM "Account" a LEFT JOIN "Territory" t ON t.id = a."territoryId"
          WHERE a."organizationId" = $1 ORDER BY a.name`,
        [fx.organizationId],
      )
    ).map((r) => [r.name, r.territory]),
  );

describe('the territory hierarchy', () => {
  it('refuses duplicate names, cycles, parents of other plans, bad ranges, and deleting a parent', async () => {
    const plan = await createPlan('Hierarchy');
    const other = await createPlan('Hierarchy other');
    const root = await territory(plan, 'Root', 'GEO', []);
    const child = await territory(plan, 'Child', 'GEO', [], root);
    const foreign = await territory(other, 'Foreign', 'GEO', []);
    const dup = await mutation(client, 'createTerritory', { salesPlanId: plan, name: 'Root', kind: 'GEO' });
    expect(dup.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'name'] });
    const v = await version(plan);
    const cycle = await mutation(client, 'updateTerritory', { id: root, expectedVersion: v, parentId: child });
    expect(cycle.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'parentId'] });
    const cross = await mutation(client, 'updateTerritory', { id: child, expectedVersion: v, parentId: foreign });
    expect(cross.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'parentId'] });
    const range = await mutation(client, 'setTerritoryRules', {
      territoryId: child,
      expectedVersion: v,
      rules: [{ minEmployees: 500, maxEmployees: 100 }],
    });
    expect(range.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'rules', '0', 'maxEmployees'] });
    const parent = await mutation(client, 'deleteTerritory', { id: root, expectedVersion: v });
    expect(parent.userErrors[0]?.code).toBe('CONFLICT');
    expect(await version(plan)).toBe(v);
    // A valid move to the top level and a delete go through, each a new version.
    await mutationOk(client, 'updateTerritory', { id: child, expectedVersion: v, parentId: null, name: 'Top' });
    await mutationOk(client, 'deleteTerritory', { id: root, expectedVersion: v + 1 });
    const left = await db.sql.query('SELECT name, "parentId" FROM "Territory" WHERE "salesPlanId" = $1', [dbId(plan)]);
    expect(left).toEqual([{ name: 'Top', parentId: null }]);
  });
});

describe('rule routing', () => {
  let t: Awaited<ReturnType<typeof buildRoutingPlan>>;
  let plans = 0;
  // Each test routes a plan of its own from every account unplaced and no plan ACTIVE, so that
  // it runs alone and in any order.
  beforeEach(async () => {
    await db.sql.query(`UPDATE "SalesPlan" SET status = 'ARCHIVED' WHERE "organizationId" = $1 AND status = 'ACTIVE'`, [
      fx.organizationId,
    ]);
    await db.sql.query('UPDATE "Account" SET "territoryId" = NULL WHERE "organizationId" = $1', [fx.organizationId]);
    plans += 1;
    t = await buildRoutingPlan(`Routing ${plans}`);
  });
  /** Activates the test's plan and applies its rules: Delta (a conflict) and Fir (no match) stay unplaced. */
  async function activateAndApply() {
    await mutationOk(client, 'activateSalesPlan', { id: t.plan, expectedVersion: await version(t.plan) });
    await mutationOk(client, 'applyTerritoryRules', { salesPlanId: t.plan, expectedVersion: await version(t.plan) });
  }

  it('previews where each rule routes every account, with conflicts and unmatched accounts', async () => {
    const data = await client.data<{ previewTerritoryRules: Record<string, unknown> }>(
      `query($id: ID!) { previewTerritoryRules(salesPlanId: $id) {
          accountCount routedCount conflictCount unmatchedCount changeCount
          territories { territory { name } proposedAccountCount currentAccountCount gainedCount lostCount }
          rules { rule { territory { name } priority region country } matchedCount routedCount }
          accounts { account { name } proposedTerritory { name } rule { region maxEmployees minEmployees } }
          conflicts { account { name } proposedTerritory { name } tiedTerritories { name } }
          unmatched { account { name } } } }`,
      { id: t.plan },
    );
    const p = data.previewTerritoryRules;
    expect(p).toMatchObject({ accountCount: 7, routedCount: 5, conflictCount: 1, unmatchedCount: 1, changeCount: 5 });
    const byName = (rows: unknown) =>
      Object.fromEntries(
        (rows as { territory: { name: string }; [k: string]: unknown }[]).map(({ territory, ...rest }) => [
          territory.name,
          rest,
        ]),
      );
    expect(byName(p.territories)).toEqual({
      'North America': { proposedAccountCount: 0, currentAccountCount: 0, gainedCount: 0, lostCount: 0 },
      'NA SMB': { proposedAccountCount: 2, currentAccountCount: 0, gainedCount: 2, lostCount: 0 },
      'NA Mid-Ent': { proposedAccountCount: 2, currentAccountCount: 0, gainedCount: 2, lostCount: 0 },
      EMEA: { proposedAccountCount: 1, currentAccountCount: 0, gainedCount: 1, lostCount: 0 },
      'Software Overlay': { proposedAccountCount: 0, currentAccountCount: 0, gainedCount: 0, lostCount: 0 },
    });
    // NA matches Acme, Birch, Cedar, Gum but always loses to a priority-10 segment; Elm matches
    // both EMEA rules (alternatives, so no conflict) and the first decides; Delta ties EMEA with
    // Software Overlay.
    expect(
      (
        p.rules as {
          rule: { territory: { name: string }; country: string | null };
          matchedCount: number;
          routedCount: number;
        }[]
      ).map((r) => [r.rule.territory.name, r.rule.country, r.matchedCount, r.routedCount]),
    ).toEqual([
      ['North America', null, 4, 0],
      ['NA SMB', null, 2, 2],
      ['NA Mid-Ent', null, 2, 2],
      ['EMEA', null, 2, 1],
      ['EMEA', 'FR', 1, 0],
      ['Software Overlay', null, 1, 0],
    ]);
    expect(
      (p.accounts as { account: { name: string }; proposedTerritory: { name: string } }[]).map((a) => [
        a.account.name,
        a.proposedTerritory.name,
      ]),
    ).toEqual([
      ['Acme', 'NA SMB'],
      ['Birch', 'NA Mid-Ent'],
      ['Cedar', 'NA Mid-Ent'],
      ['Elm', 'EMEA'],
      ['Gum', 'NA SMB'],
    ]);
    expect(p.conflicts).toEqual([
      {
        account: { name: 'Delta' },
        proposedTerritory: null,
        tiedTerritories: [{ name: 'EMEA' }, { name: 'Software Overlay' }],
      },
    ]);
    expect(p.unmatched).toEqual([{ account: { name: 'Fir' } }]);
  });

  it('narrows the account list to one territory and caps the lists', async () => {
    const data = await client.data<{ previewTerritoryRules: { accounts: { account: { name: string } }[] } }>(
      `query($id: ID!, $t: ID!) { previewTerritoryRules(salesPlanId: $id, territoryId: $t, limit: 1) {
          accounts { account { name } } } }`,
      { id: t.plan, t: t.smb },
    );
    expect(data.previewTerritoryRules.accounts).toEqual([{ account: { name: 'Acme' } }]);
    const big = await client.request(
      `query($id: ID!) { previewTerritoryRules(salesPlanId: $id, limit: 101) { accountCount } }`,
      {
        id: t.plan,
      },
    );
    expect(big.errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
  });

  it('applies rules only for the ACTIVE plan', async () => {
    const refused = await mutation(client, 'applyTerritoryRules', {
      salesPlanId: t.plan,
      expectedVersion: await version(t.plan),
    });
    expect(refused.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'salesPlanId'] });
    expect(Object.values(await placements()).every((p) => p === null)).toBe(true);
  });

  it('places every account in one statement: the winner, or none on a conflict or no match', async () => {
    await mutationOk(client, 'activateSalesPlan', { id: t.plan, expectedVersion: await version(t.plan) });
    const before = db.queryCount();
    const r = await mutationOk<Record<string, number>>(
      client,
      'applyTerritoryRules',
      { salesPlanId: t.plan, expectedVersion: await version(t.plan) },
      'movedCount routedCount conflictCount unmatchedCount',
    );
    const statements = db.queryCount() - before;
    expect(r).toEqual({ movedCount: 5, routedCount: 5, conflictCount: 1, unmatchedCount: 1 });
    expect(await placements()).toEqual({
      Acme: 'NA SMB',
      Birch: 'NA Mid-Ent',
      Cedar: 'NA Mid-Ent',
      Delta: null,
      Elm: 'EMEA',
      Fir: null,
      Gum: 'NA SMB',
    });
    // The other organization's account keeps its own territory.
    const [foreign] = await db.sql.query<{ name: string }>(
      'SELECT t.name FROM "Account" a JOIN "Territory" t ON t.id = a."territoryId" WHERE a.id = $1',
      [fx.otherAccountId],
    );
    expect(foreign?.name).toBe('Other NA');
    // The audit event holds each moved account's territory before and after.
    const [audit] = await db.sql.query<{ before: { accounts: number[][] }; after: { accounts: number[][] } }>(
      `SELECT before, after FROM "AuditEvent" WHERE action = 'territoryRules.apply' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit?.before.accounts).toEqual(
      [fx.accounts.acme, fx.accounts.birch, fx.accounts.cedar, fx.accounts.elm, fx.accounts.gum]
        .sort((a, b) => a - b)
        .map((id) => [id, null]),
    );
    expect(audit?.after.accounts).toContainEqual([fx.accounts.acme, dbId(t.smb)]);

    // The same statements for many more accounts.
    await db.prisma.account.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        organizationId: fx.organizationId,
        name: `Bulk ${i}`,
        region: i % 2 ? 'NA' : 'EMEA',
        country: 'US',
        industry: 'Retail',
        employees: 10 + i * 100,
        segment: 'SMB' as const,
      })),
    });
    const again = db.queryCount();
    const bulk = await mutationOk<{ movedCount: number }>(
      client,
      'applyTerritoryRules',
      { salesPlanId: t.plan, expectedVersion: await version(t.plan) },
      'movedCount',
    );
    expect(bulk.movedCount).toBe(60);
    expect(db.queryCount() - again).toBe(statements);
    await db.sql.query(`DELETE FROM "Account" WHERE name LIKE 'Bulk %'`);
  });

  it('keeps manual moves with preserveExisting, and realigns them without', async () => {
    await activateAndApply();
    const moved = await mutationOk<{ movedCount: number }>(
      client,
      'moveAccountsToTerritory',
      { territoryId: t.emea, expectedVersion: await version(t.plan), accountIds: [gid('Account', fx.accounts.delta)] },
      'movedCount',
    );
    expect(moved.movedCount).toBe(1);
    const kept = await mutationOk<{ movedCount: number }>(
      client,
      'applyTerritoryRules',
      { salesPlanId: t.plan, expectedVersion: await version(t.plan), preserveExisting: true },
      'movedCount',
    );
    expect(kept.movedCount).toBe(0);
    expect((await placements()).Delta).toBe('EMEA');
    const realigned = await mutationOk<{ movedCount: number }>(
      client,
      'applyTerritoryRules',
      { salesPlanId: t.plan, expectedVersion: await version(t.plan) },
      'movedCount',
    );
    expect(realigned.movedCount).toBe(1);
    expect((await placements()).Delta).toBeNull();
  });

  it('refuses a stale version and unknown accounts without moving anything', async () => {
    await activateAndApply();
    const v = await version(t.plan);
    const stale = await mutation(client, 'applyTerritoryRules', { salesPlanId: t.plan, expectedVersion: v - 1 });
    expect(stale.userErrors[0]?.code).toBe('STALE_VERSION');
    const foreign = await mutation(client, 'moveAccountsToTerritory', {
      territoryId: t.emea,
      expectedVersion: v,
      accountIds: [gid('Account', fx.accounts.fir), gid('Account', fx.otherAccountId)],
    });
    expect(foreign.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'accountIds', '1'] });
    expect((await placements()).Fir).toBeNull();
    expect(await version(t.plan)).toBe(v);
  });
});

describe('territory balance', () => {
  it('sums accounts, ARR, open pipeline and last year bookings per territory, with the spread over leaves', async () => {
    const t = await buildRoutingPlan('Balance');
    const at = (territoryId: string, repId: number, role: string) =>
      mutationOk(client, 'createTerritoryAssignment', {
        territoryId,
        repId: gid('Rep', repId),
        role,
        startDate: '2026-02-01',
      });
    await at(t.smb, fx.reps.ada, 'PRIMARY');
    await at(t.mid, fx.reps.bob, 'PRIMARY');
    await at(t.emea, fx.reps.cy, 'PRIMARY');
    await at(t.na, fx.reps.cy, 'OVERLAY');
    const data = await client.data<{
      node: {
        territoryBalance: {
          territories: Record<string, unknown>[];
          unassigned: Record<string, unknown>;
          spread: Record<string, string | null>;
        };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on SalesPlan { territoryBalance {
          territories { name isLeaf primaryRepCount accountCount totalArr openPipeline lastYearBookings }
          unassigned { accountCount totalArr openPipeline lastYearBookings }
          spread { accountCount totalArr openPipeline lastYearBookings } } } } }`,
      { id: t.plan },
    );
    const b = data.node.territoryBalance;
    // This DRAFT holds no accounts (the live ones belong to the active plan), so its rules place them.
    const row = (name: string, isLeaf: boolean, reps: number, n: number, arr: string, pipe: string, ly: string) => ({
      name,
      isLeaf,
      primaryRepCount: reps,
      accountCount: n,
      totalArr: arr,
      openPipeline: pipe,
      lastYearBookings: ly,
    });
    expect(b.territories).toEqual([
      row('EMEA', true, 1, 1, '3000.00', '0.00', '250.00'),
      row('NA Mid-Ent', true, 1, 2, '9500.00', '1000.00', '5000.00'),
      row('NA SMB', true, 1, 2, '1000.00', '350.00', '400.00'),
      row('North America', false, 2, 4, '10500.00', '1350.00', '5400.00'),
      row('Software Overlay', true, 0, 0, '0.00', '0.00', '0.00'),
    ]);
    expect(b.unassigned).toEqual({
      accountCount: 2,
      totalArr: '0.00',
      openPipeline: '60.00',
      lastYearBookings: '700.00',
    });
    const cv = (xs: number[]) => {
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length) / mean;
    };
    // Leaves in name order: EMEA, NA Mid-Ent, NA SMB, Software Overlay.
    expect(Number(b.spread.accountCount)).toBeCloseTo(cv([1, 2, 2, 0]), 6);
    expect(Number(b.spread.totalArr)).toBeCloseTo(cv([3000, 9500, 1000, 0]), 6);
    expect(Number(b.spread.openPipeline)).toBeCloseTo(cv([0, 1000, 350, 0]), 6);
    expect(Number(b.spread.lastYearBookings)).toBeCloseTo(cv([250, 5000, 400, 0]), 6);
    expect(b.spread.accountCount).toMatch(/^\d+\.\d{1,6}$/);
  });

  it('adds the whitespace value of each territory: estimated values of cells neither owned nor in pipeline', async () => {
    const t = await buildRoutingPlan('Whitespace balance');
    const org = fx.organizationId;
    const [core, addon] = await db.sql.query<{ id: number }>(
      `SELECT id FROM "Product" WHERE "organizationId" = $1 ORDER BY name = 'Core' DESC`,
      [org],
    );
    // Delta (Software, SMB) comes to own Core 3000.00 and Addon 400.00, and Fir's open 60.00 deal
    // carries a Core line item.
    await db.sql.query(
      `INSERT INTO "AccountProduct" ("organizationId", "accountId", "productId", since, arr)
       VALUES ($1, $2, $3, '2024-01-01', 3000.00), ($1, $2, $4, '2024-01-01', 400.00)`,
      [org, fx.accounts.delta, core?.id, addon?.id],
    );
    await db.sql.query(
      `INSERT INTO "OpportunityLineItem" ("organizationId", "opportunityId", "productId", quantity, "unitPrice", "totalPrice")
       SELECT $1, id, $2, 1, 60.00, 60.00 FROM "Opportunity" WHERE "accountId" = $3 AND stage = 'PROPOSAL'`,
      [org, core?.id, fx.accounts.fir],
    );
    try {
      const data = await client.data<{
        node: {
          territoryBalance: {
            territories: { name: string; whitespaceValue: string }[];
            unassigned: { whitespaceValue: string };
            spread: { whitespaceValue: string | null };
          };
        };
      }>(
        `query($id: ID!) { node(id: $id) { ... on SalesPlan { territoryBalance {
            territories { name whitespaceValue } unassigned { whitespaceValue } spread { whitespaceValue } } } } }`,
        { id: t.plan },
      );
      const b = data.node.territoryBalance;
      // Peers are the same industry and segment. Core and Addon are one family, Core: whitespace
      // counts it as one need (docs/design.md §6). Software SMB = Acme, Delta, Fir, Gum: the family
      // is owned by Acme (1000) and Delta (3000 + 400 = 3400): median 2200.
      //   Acme and Delta own the family: 0. Fir: Core in pipeline: 0. Gum: 2200.
      // Birch (Retail MID) owns both; Cedar (Software ENT) and Elm (Retail ENT) have no peer: 0.
      // NA SMB = Acme + Gum = 2200; North America adds Birch and Cedar (0); EMEA = Elm, 0;
      // unassigned = Delta + Fir = 0.
      expect(b.territories.map((r) => [r.name, r.whitespaceValue])).toEqual([
        ['EMEA', '0.00'],
        ['NA Mid-Ent', '0.00'],
        ['NA SMB', '2200.00'],
        ['North America', '2200.00'],
        ['Software Overlay', '0.00'],
      ]);
      expect(b.unassigned.whitespaceValue).toBe('0.00');
      // Leaves 0, 0, 2200, 0: mean 550, population sd sqrt((3 x 550^2 + 1650^2) / 4) = 550 sqrt(3).
      expect(b.spread.whitespaceValue).toBe(Math.sqrt(3).toFixed(6));
    } finally {
      await db.sql.query(`DELETE FROM "AccountProduct" WHERE "accountId" = $1`, [fx.accounts.delta]);
      await db.sql.query(
        `DELETE FROM "OpportunityLineItem" WHERE "opportunityId" IN (SELECT id FROM "Opportunity" WHERE "accountId" = $1)`,
        [fx.accounts.fir],
      );
    }
  });
});

describe('rep assignments', () => {
  it('refuses an overlapping assignment of the same rep and territory, with the end day exclusive', async () => {
    const plan = await createPlan('Assignments');
    const smb = await territory(plan, 'SMB', 'SEGMENT', []);
    const assign = (input: object) =>
      mutation<{ assignment: { id: string; startDate: string; endDate: string | null } | null }>(
        client,
        'createTerritoryAssignment',
        { territoryId: smb, repId: gid('Rep', fx.reps.ada), role: 'PRIMARY', ...input },
        'assignment { id startDate endDate }',
      );
    const first = await assign({ startDate: '2026-02-01' });
    expect(first.userErrors).toEqual([]);
    const overlap = await assign({ startDate: '2026-06-01' });
    expect(overlap.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'startDate'] });
    const ended = await mutationOk<{ assignment: { endDate: string } }>(
      client,
      'updateTerritoryAssignment',
      { id: first.assignment?.id, expectedVersion: await version(plan), endDate: '2026-06-01' },
      'assignment { endDate }',
    );
    expect(ended.assignment.endDate).toBe('2026-06-01');
    expect((await assign({ startDate: '2026-06-01' })).userErrors).toEqual([]);
    const overlay = await assign({ role: 'OVERLAY', startDate: '2026-05-01', endDate: '2026-07-01' });
    expect(overlay.userErrors[0]?.code).toBe('CONFLICT');
    const backwards = await assign({ startDate: '2026-09-01', endDate: '2026-09-01' });
    expect(backwards.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'endDate'] });
    // Another rep shares the territory (a pooled territory) at the same time.
    const pooled = await mutation(client, 'createTerritoryAssignment', {
      territoryId: smb,
      repId: gid('Rep', fx.reps.bob),
      role: 'PRIMARY',
      startDate: '2026-02-01',
    });
    expect(pooled.userErrors).toEqual([]);
    const rows = await db.sql.query<{ repId: number; startDate: Date; endDate: Date | null }>(
      `SELECT a."repId", a."startDate", a."endDate" FROM "TerritoryAssignment" a
        WHERE a."territoryId" = $1 ORDER BY a."repId", a."startDate"`,
      [dbId(smb)],
    );
    const iso = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : null);
    expect(rows.map((r) => [r.repId, iso(r.startDate), iso(r.endDate)])).toEqual([
      [fx.reps.ada, '2026-02-01', '2026-06-01'],
      [fx.reps.ada, '2026-06-01', null],
      [fx.reps.bob, '2026-02-01', null],
    ]);
  });
});
