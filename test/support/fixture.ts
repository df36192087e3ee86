// A small, hand-sized sales organization for tests whose expectations are computed by hand or
// with SQL: a VP with two managers, each with reps; accounts, products and deals with line items.
import type { PrismaClient } from '../../api/src/generated/prisma/client.js';

export interface CoreFixture {
  organizationId: number;
  otherOrganizationId: number;
  vp: number;
  managers: number[];
  reps: number[];
  accounts: number[];
  products: number[];
  opportunities: number[];
}

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Builds the fixture with `opportunityCount` deals, each with `(i % 3) + 1` line items. A second
 * organization gets a mirror rep, account and deal, so isolation can be checked.
 */
export async function buildCoreFixture(prisma: PrismaClient, opportunityCount = 12): Promise<CoreFixture> {
  const org = await prisma.organization.create({
    data: { name: 'Fixture Co', slug: 'fixture', fiscalYearStartMonth: 2 },
  });
  const other = await prisma.organization.create({ data: { name: 'Other Co', slug: 'other' } });
  const organizationId = org.id;
  const rep = (name: string, role: 'EXECUTIVE' | 'MANAGER' | 'AE', managerId: number | null, region = 'NA') =>
    prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase().replace(/ /g, '.')}@fixture.test`,
        role,
        managerId,
        region,
        hireDate: d('2024-01-15'),
        externalId: `REP-${name}`,
      },
    });
  const vp = await rep('Vera VP', 'EXECUTIVE', null);
  const m1 = await rep('Mona Manager', 'MANAGER', vp.id);
  const m2 = await rep('Max Manager', 'MANAGER', vp.id, 'EMEA');
  const reps = [
    await rep('Ada AE', 'AE', m1.id),
    await rep('Bob AE', 'AE', m1.id),
    await rep('Cy AE', 'AE', m2.id, 'EMEA'),
  ];
  const products: { id: number }[] = [];
  for (const [i, family] of ['Core', 'Core', 'Analytics'].entries()) {
    products.push(
      await prisma.product.create({
        data: {
          organizationId,
          name: `Product ${i + 1}`,
          family,
          listPrice: `${(i + 1) * 100}.00`,
          externalId: `PRD-${i + 1}`,
        },
      }),
    );
  }
  const accounts = [];
  for (let i = 0; i < 4; i++) {
    accounts.push(
      await prisma.account.create({
        data: {
          organizationId,
          name: `Account ${String.fromCharCode(65 + i)}`,
          industry: i % 2 ? 'Retail' : 'Software',
          country: 'US',
          region: 'NA',
          employees: [50, 500, 5000, 150][i] as number,
          segment: (['SMB', 'MID', 'ENT', 'SMB'] as const)[i] as 'SMB',
          ownerId: (reps[i % reps.length] as { id: number }).id,
          externalId: `ACC-${i + 1}`,
        },
      }),
    );
  }
  const opportunities = [];
  for (let i = 0; i < opportunityCount; i++) {
    const items = Array.from({ length: (i % 3) + 1 }, (_, k) => {
      const product = products[k % products.length] as { id: number };
      return { organizationId, productId: product.id, quantity: '2', unitPrice: '50.25', totalPrice: '100.50' };
    });
    const amount = (items.length * 100.5).toFixed(2); // exact: 100.50 per item, at most 3 items
    const opp = await prisma.opportunity.create({
      data: {
        organizationId,
        name: `Deal ${i + 1}`,
        accountId: (accounts[i % accounts.length] as { id: number }).id,
        ownerId: (reps[i % reps.length] as { id: number }).id,
        amount,
        type: 'NEW_BUSINESS',
        stage: i % 4 === 0 ? 'CLOSED_WON' : 'PROPOSAL',
        forecastCategory: i % 4 === 0 ? 'CLOSED' : 'BEST_CASE',
        createdDate: d('2026-03-01'),
        closeDate: d(`2026-${String((i % 9) + 3).padStart(2, '0')}-15`),
        externalId: `OPP-${i + 1}`,
        lineItems: { create: items },
      },
    });
    opportunities.push(opp.id);
  }
  const otherRep = await prisma.rep.create({
    data: {
      organizationId: other.id,
      name: 'Olga Other',
      email: 'olga@other.test',
      role: 'AE',
      region: 'NA',
      hireDate: d('2024-01-01'),
    },
  });
  const otherAccount = await prisma.account.create({
    data: {
      organizationId: other.id,
      name: 'Other Account',
      industry: 'Retail',
      country: 'US',
      region: 'NA',
      employees: 10,
      segment: 'SMB',
    },
  });
  await prisma.opportunity.create({
    data: {
      organizationId: other.id,
      name: 'Other Deal',
      accountId: otherAccount.id,
      ownerId: otherRep.id,
      amount: '999.00',
      type: 'NEW_BUSINESS',
      stage: 'PROPOSAL',
      forecastCategory: 'PIPELINE',
      createdDate: d('2026-03-01'),
      closeDate: d('2026-05-01'),
    },
  });
  return {
    organizationId,
    otherOrganizationId: other.id,
    vp: vp.id,
    managers: [m1.id, m2.id],
    reps: reps.map((r) => r.id),
    accounts: accounts.map((a) => a.id),
    products: products.map((p) => p.id),
    opportunities,
  };
}

/** A hand-drawn hierarchy for a test: rows of [name, role, manager's name or null], top first. */
export type HierarchyRow = [name: string, role: 'EXECUTIVE' | 'MANAGER' | 'AE' | 'SE', manager: string | null];

/**
 * Creates the reps of `rows` in `organizationId` (emails `<name>@<emailDomain>`, region NA, hired
 * 2024-01-15) and returns their ids by name.
 */
export async function buildHierarchy(
  prisma: PrismaClient,
  organizationId: number,
  emailDomain: string,
  rows: HierarchyRow[],
): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [name, role, manager] of rows) {
    const created = await prisma.rep.create({
      data: {
        organizationId,
        name,
        email: `${name.toLowerCase()}@${emailDomain}`,
        role,
        region: 'NA',
        managerId: manager ? ids[manager] : null,
        hireDate: d('2024-01-15'),
      },
    });
    ids[name] = created.id;
  }
  return ids;
}
