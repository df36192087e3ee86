// previewTerritoryRules on a cloned scenario compares with the scenario's own placements
// (docs/design.md §10 "Previewing rules", issue 18 defect 6): a clone holds the same placements
// as its source, so an unchanged clone moves nothing, and a changed rule moves exactly the
// accounts it re-routes. Fixture: planning-fixture.ts (accounts and their sizes in its header).
//
// The ACTIVE plan "Base" has three territories, realigned:
//   NA Small  region NA, employees <= 199   Acme (50), Gum (199)
//   NA Large  region NA, employees >= 200   Birch (500), Cedar (5000)
//   EMEA      region EMEA                   Delta (150), Elm (2500)
// Fir (APAC) matches no rule: unmatched, in no territory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanningFixture, dbId, gid, mutationOk, type PlanningFixture } from './planning-fixture.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fx: PlanningFixture;
let base: string;

const version = async (planId: string) =>
  (await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [dbId(planId)]))[0]
    ?.version as number;

async function territoryIds(planId: string): Promise<Record<string, string>> {
  const rows = await db.sql.query<{ id: number; name: string }>(
    'SELECT id, name FROM "Territory" WHERE "salesPlanId" = $1',
    [dbId(planId)],
  );
  return Object.fromEntries(rows.map((r) => [r.name, gid('Territory', r.id)]));
}

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildPlanningFixture(db.prisma);
  client = await createTestClient(db);
  base = (
    await mutationOk<{ salesPlan: { id: string } }>(
      client,
      'createSalesPlan',
      { fiscalYear: 2027, name: 'Base' },
      'salesPlan { id }',
    )
  ).salesPlan.id;
  const territory = (name: string, rules: object[]) =>
    mutationOk(client, 'createTerritory', { salesPlanId: base, name, kind: 'GEO', rules });
  await territory('NA Small', [{ region: 'NA', maxEmployees: 199 }]);
  await territory('NA Large', [{ region: 'NA', minEmployees: 200 }]);
  await territory('EMEA', [{ region: 'EMEA' }]);
  await mutationOk(client, 'activateSalesPlan', { id: base, expectedVersion: await version(base) });
  await mutationOk(client, 'applyTerritoryRules', {
    salesPlanId: base,
    expectedVersion: await version(base),
    preserveExisting: false,
  });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

type Preview = {
  accountCount: number;
  changeCount: number;
  territories: {
    territory: { name: string };
    proposedAccountCount: number;
    currentAccountCount: number;
    gainedCount: number;
    lostCount: number;
  }[];
  accounts: {
    account: { name: string };
    currentTerritory: { name: string } | null;
    proposedTerritory: { name: string };
  }[];
};
async function preview(planId: string): Promise<Preview> {
  const data = await client.data<{ previewTerritoryRules: Preview }>(
    `query($id: ID!) { previewTerritoryRules(salesPlanId: $id) {
        accountCount changeCount
        territories { territory { name } proposedAccountCount currentAccountCount gainedCount lostCount }
        accounts { account { name } currentTerritory { name } proposedTerritory { name } } } }`,
    { id: planId },
  );
  return data.previewTerritoryRules;
}
const byTerritory = (p: Preview) =>
  Object.fromEntries(
    p.territories.map((t) => [
      t.territory.name,
      [t.currentAccountCount, t.proposedAccountCount, t.gainedCount, t.lostCount],
    ]),
  );
/** Accounts whose territory would change, as [account, from, to]. */
const moves = (p: Preview) =>
  p.accounts
    .filter((a) => a.currentTerritory?.name !== a.proposedTerritory.name)
    .map((a) => [a.account.name, a.currentTerritory?.name ?? null, a.proposedTerritory.name]);

describe('previewing the rules of a cloned scenario', () => {
  let scenario: string;

  beforeAll(async () => {
    scenario = (
      await mutationOk<{ salesPlan: { id: string } }>(
        client,
        'cloneSalesPlan',
        { id: base, name: 'What-if' },
        'salesPlan { id }',
      )
    ).salesPlan.id;
  });

  it('moves nothing while the clone is unchanged, and holds what its source holds', async () => {
    // [current, proposed, gained, lost] per territory: the table in the header, for both plans.
    const expected = { 'NA Small': [2, 2, 0, 0], 'NA Large': [2, 2, 0, 0], EMEA: [2, 2, 0, 0] };
    const source = await preview(base);
    expect(source).toMatchObject({ accountCount: 7, changeCount: 0 });
    expect(byTerritory(source)).toEqual(expected);
    const clone = await preview(scenario);
    expect(clone).toMatchObject({ accountCount: 7, changeCount: 0 });
    expect(byTerritory(clone)).toEqual(expected);
    expect(moves(clone)).toEqual([]);
  });

  it('moves exactly the accounts a changed rule re-routes', async () => {
    // NA Large now takes NA accounts from 150 employees, at priority 10 over NA Small's rule:
    // of the NA accounts, Gum (199) matches both and goes to NA Large; Acme (50) matches NA Small
    // only; Birch and Cedar stay in NA Large. EMEA's and Fir's are untouched. One move.
    const ids = await territoryIds(scenario);
    await mutationOk(client, 'setTerritoryRules', {
      territoryId: ids['NA Large'],
      expectedVersion: await version(scenario),
      rules: [{ region: 'NA', minEmployees: 150, priority: 10 }],
    });
    const clone = await preview(scenario);
    expect(clone).toMatchObject({ accountCount: 7, changeCount: 1 });
    expect(byTerritory(clone)).toEqual({
      'NA Small': [2, 1, 0, 1],
      'NA Large': [2, 3, 1, 0],
      EMEA: [2, 2, 0, 0],
    });
    expect(moves(clone)).toEqual([['Gum', 'NA Small', 'NA Large']]);
    // The source plan's preview is unaffected by its scenario.
    expect((await preview(base)).changeCount).toBe(0);
  });

  it('makes the placements live when the scenario is activated, so the rows agree with the preview', async () => {
    await mutationOk(client, 'archiveSalesPlan', { id: base, expectedVersion: await version(base) });
    await mutationOk(client, 'activateSalesPlan', { id: scenario, expectedVersion: await version(scenario) });
    // Every placed account now sits in the scenario's copy of its territory, by SQL.
    const placed = await db.sql.query<{ name: string; territory: string | null; plan: number | null }>(
      `SELECT a.name, t.name AS territory, t."salesPlanId" AS plan FROM "Account" a
         LEFT JOIN "Territory" t ON t.id = a."territoryId"
        WHERE a."organizationId" = $1 ORDER BY a.name`,
      [fx.organizationId],
    );
    const s = dbId(scenario);
    expect(placed).toEqual([
      { name: 'Acme', territory: 'NA Small', plan: s },
      { name: 'Birch', territory: 'NA Large', plan: s },
      { name: 'Cedar', territory: 'NA Large', plan: s },
      { name: 'Delta', territory: 'EMEA', plan: s },
      { name: 'Elm', territory: 'EMEA', plan: s },
      { name: 'Fir', territory: null, plan: null },
      { name: 'Gum', territory: 'NA Small', plan: s },
    ]);
    // Realigning moves the one account the preview said.
    const applied = await mutationOk<{ movedCount: number }>(
      client,
      'applyTerritoryRules',
      { salesPlanId: scenario, expectedVersion: await version(scenario), preserveExisting: false },
      'movedCount',
    );
    expect(applied.movedCount).toBe(1);
  });
});
