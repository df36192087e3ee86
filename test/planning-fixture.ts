// A hand-sized book of business for the planning tests, small enough that every expected number
// is worked out by hand in the tests. The organization's fiscal year starts in February, so the
// plans are for FY2027 (2026-02-01 .. 2027-02-01) and "last year" is FY2026
// (2025-02-01 .. 2026-02-01).
//
// accounts  region country industry  employees  ARR             open pipeline  won in FY2026
// Acme      NA     US      Software  50         1000.00         300.00         400.00
// Birch     NA     US      Retail    500        2000.00+500.00  1000.00        - (900.00 won in FY2027)
// Cedar     NA     CA      Software  5000       7000.00         -              5000.00 (800.00 lost)
// Delta     EMEA   DE      Software  150        -               -              700.00
// Elm       EMEA   FR      Retail    2500       3000.00         -              250.00 (100.00 won in FY2027)
// Fir       APAC   JP      Software  80         -               60.00          -
// Gum       NA     US      Software  199        -               50.00          -
//
// Reps: Ada, Bob, Cy (hired 2024, ramp 3) and Nia (hired 2026-08-10, ramp 3). Won FY2026 deals
// carry credit: Acme's 400.00 is Ada's (no split); Cedar's 5000.00 is split Ada 60% / Bob 40% with
// a Cy overlay; Delta's 700.00 and Elm's 250.00 are Cy's.
import type { PrismaClient } from '../api/src/generated/prisma/client.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import type { TestClient } from './support/graphql.js';

export const day = (s: string) => new Date(`${s}T00:00:00Z`);

export interface PlanningFixture {
  organizationId: number;
  otherOrganizationId: number;
  otherAccountId: number;
  reps: Record<'ada' | 'bob' | 'cy' | 'nia', number>;
  accounts: Record<'acme' | 'birch' | 'cedar' | 'delta' | 'elm' | 'fir' | 'gum', number>;
}

type AccountName = keyof PlanningFixture['accounts'];

export async function buildPlanningFixture(prisma: PrismaClient): Promise<PlanningFixture> {
  const org = await prisma.organization.create({
    data: { name: 'Planning Co', slug: 'planning', fiscalYearStartMonth: 2 },
  });
  const organizationId = org.id;
  const rep = (name: string, hireDate: string) =>
    prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}@planning.test`,
        role: 'AE',
        region: 'NA',
        hireDate: day(hireDate),
        rampMonths: 3,
      },
    });
  const reps = {
    ada: (await rep('Ada', '2024-01-15')).id,
    bob: (await rep('Bob', '2024-03-01')).id,
    cy: (await rep('Cy', '2024-05-20')).id,
    nia: (await rep('Nia', '2026-08-10')).id,
  };
  const product = await prisma.product.create({
    data: { organizationId, name: 'Core', family: 'Core', listPrice: '100.00' },
  });
  const addon = await prisma.product.create({
    data: { organizationId, name: 'Addon', family: 'Core', listPrice: '50.00' },
  });
  const rows: [AccountName, string, string, string, number][] = [
    ['acme', 'NA', 'US', 'Software', 50],
    ['birch', 'NA', 'US', 'Retail', 500],
    ['cedar', 'NA', 'CA', 'Software', 5000],
    ['delta', 'EMEA', 'DE', 'Software', 150],
    ['elm', 'EMEA', 'FR', 'Retail', 2500],
    ['fir', 'APAC', 'JP', 'Software', 80],
    ['gum', 'NA', 'US', 'Software', 199],
  ];
  const accounts = {} as PlanningFixture['accounts'];
  for (const [key, region, country, industry, employees] of rows) {
    const name = key[0]?.toUpperCase() + key.slice(1);
    const account = await prisma.account.create({
      data: {
        organizationId,
        name,
        region,
        country,
        industry,
        employees,
        annualRevenue: `${employees * 1000}.00`,
        segment: employees < 200 ? 'SMB' : employees < 2000 ? 'MID' : 'ENT',
      },
    });
    accounts[key] = account.id;
  }
  const arr = (account: AccountName, amount: string, productId = product.id) =>
    prisma.accountProduct.create({
      data: { organizationId, accountId: accounts[account], productId, since: day('2024-01-01'), arr: amount },
    });
  await arr('acme', '1000.00');
  await arr('birch', '2000.00');
  await arr('birch', '500.00', addon.id);
  await arr('cedar', '7000.00');
  await arr('elm', '3000.00');
  const deal = async (
    account: AccountName,
    owner: keyof PlanningFixture['reps'],
    amount: string,
    stage: 'CLOSED_WON' | 'CLOSED_LOST' | 'PROPOSAL',
    closeDate: string,
    splits: { rep: keyof PlanningFixture['reps']; percent: string; type: 'REVENUE' | 'OVERLAY' }[] = [],
  ) => {
    await prisma.opportunity.create({
      data: {
        organizationId,
        name: `${account} ${amount}`,
        accountId: accounts[account],
        ownerId: reps[owner],
        amount,
        type: 'NEW_BUSINESS',
        stage,
        forecastCategory: stage === 'CLOSED_WON' ? 'CLOSED' : stage === 'CLOSED_LOST' ? 'OMITTED' : 'PIPELINE',
        createdDate: day('2025-01-10'),
        closeDate: day(closeDate),
        splits: {
          create: splits.map((s) => ({ organizationId, repId: reps[s.rep], percent: s.percent, splitType: s.type })),
        },
      },
    });
  };
  await deal('acme', 'ada', '400.00', 'CLOSED_WON', '2025-06-10');
  await deal('acme', 'ada', '300.00', 'PROPOSAL', '2026-09-01');
  await deal('birch', 'bob', '900.00', 'CLOSED_WON', '2026-03-01');
  await deal('birch', 'bob', '1000.00', 'PROPOSAL', '2026-10-01');
  await deal('cedar', 'ada', '5000.00', 'CLOSED_WON', '2025-12-31', [
    { rep: 'ada', percent: '0.6', type: 'REVENUE' },
    { rep: 'bob', percent: '0.4', type: 'REVENUE' },
    { rep: 'cy', percent: '1', type: 'OVERLAY' },
  ]);
  await deal('cedar', 'bob', '800.00', 'CLOSED_LOST', '2025-07-01');
  await deal('delta', 'cy', '700.00', 'CLOSED_WON', '2025-04-01');
  await deal('elm', 'cy', '250.00', 'CLOSED_WON', '2026-01-31');
  await deal('elm', 'cy', '100.00', 'CLOSED_WON', '2026-02-01');
  await deal('fir', 'cy', '60.00', 'PROPOSAL', '2026-11-01');
  await deal('gum', 'ada', '50.00', 'PROPOSAL', '2026-12-01');

  // Another organization with a plan, a territory and a placed account that nothing may touch.
  const other = await prisma.organization.create({ data: { name: 'Other Co', slug: 'other-planning' } });
  const otherPlan = await prisma.salesPlan.create({
    data: { organizationId: other.id, fiscalYear: 2027, name: 'Other plan', status: 'ACTIVE' },
  });
  const otherTerritory = await prisma.territory.create({
    data: { organizationId: other.id, salesPlanId: otherPlan.id, name: 'Other NA', kind: 'GEO' },
  });
  await prisma.territoryRule.create({
    data: { organizationId: other.id, territoryId: otherTerritory.id, region: 'NA' },
  });
  const otherAccount = await prisma.account.create({
    data: {
      organizationId: other.id,
      name: 'Other account',
      region: 'NA',
      country: 'US',
      industry: 'Software',
      employees: 10,
      segment: 'SMB',
      territoryId: otherTerritory.id,
    },
  });
  return {
    organizationId,
    otherOrganizationId: other.id,
    otherAccountId: otherAccount.id,
    reps,
    accounts,
  };
}

export const gid = toGlobalId;

export interface UserErrorResult {
  code: string;
  message: string;
  field: string[] | null;
}

/** Runs a mutation `name(input: $input) { ...selection userErrors { code message field } }`. */
export async function mutation<T = Record<string, unknown>>(
  client: TestClient,
  name: string,
  input: Record<string, unknown>,
  selection = '',
): Promise<T & { userErrors: UserErrorResult[] }> {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  const data = await client.data<Record<string, T & { userErrors: UserErrorResult[] }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code message field } } }`,
    { input },
  );
  return data[name] as T & { userErrors: UserErrorResult[] };
}

/** Like `mutation`, but fails the test on user errors. */
export async function mutationOk<T = Record<string, unknown>>(
  client: TestClient,
  name: string,
  input: Record<string, unknown>,
  selection = '',
): Promise<T> {
  const { userErrors, ...result } = await mutation<T>(client, name, input, selection);
  if (userErrors.length) throw new Error(`${name}: ${JSON.stringify(userErrors)}`);
  return result as T;
}

/** The database id inside a global ID. */
export function dbId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);
}
