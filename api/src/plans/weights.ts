// Allocation weights, one statement each. Last year is the fiscal year before the plan's.
// - EQUAL: 1 each.
// - LAST_YEAR_BOOKINGS: a rep's credited bookings (docs/design.md §5: revenue splits, else the owner
//   100%); a territory's won amount on the accounts it holds under the plan.
// - ACCOUNT_POTENTIAL: the annual revenue of the accounts a territory holds under the plan (the
//   customer's size as the proxy for what it can buy); a rep's is that of the territories they
//   are PRIMARY in during the period, or, for a rep with no PRIMARY assignment in the period (an
//   account manager), that of the accounts they own.
import { Prisma } from '../generated/prisma/client.js';
import { Decimal } from '../shared/scalars.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { Tx } from '../shared/transactions.js';
import { effectiveCtes } from './routing.js';

export type WeightBasis = 'EQUAL' | 'LAST_YEAR_BOOKINGS' | 'ACCOUNT_POTENTIAL';
type Db = TenantPrisma | Tx;
type Span = { start: Date; end: Date };
type Plan = { id: number; organizationId: number };

function toMap(rows: { id: number; w: Decimal | null }[]): Map<number, Decimal> {
  return new Map(rows.map((r) => [r.id, new Decimal(r.w ?? 0)]));
}

export async function repWeights(
  db: Db,
  plan: Plan,
  basis: WeightBasis,
  repIds: number[],
  period: Span,
  lastYear: Span,
): Promise<Map<number, Decimal>> {
  const org = plan.organizationId;
  if (basis === 'EQUAL') return new Map(repIds.map((id) => [id, new Decimal(1)]));
  if (basis === 'LAST_YEAR_BOOKINGS') {
    return toMap(
      await db.$queryRaw<{ id: number; w: Decimal }[]>(Prisma.sql`
        WITH won AS (
          SELECT o.id, o.amount, o."ownerId" FROM "Opportunity" o
           WHERE o."organizationId" = ${org} AND o.stage = 'CLOSED_WON'
             AND o."closeDate" >= ${lastYear.start}::date AND o."closeDate" < ${lastYear.end}::date
        ), credit AS (
          SELECT s."repId" AS rep_id, w.amount * s.percent AS credit
            FROM won w JOIN "OpportunitySplit" s ON s."opportunityId" = w.id AND s."splitType" = 'REVENUE'
           WHERE s."organizationId" = ${org}
          UNION ALL
          SELECT w."ownerId", w.amount FROM won w
           WHERE NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s
                              WHERE s."opportunityId" = w.id AND s."splitType" = 'REVENUE')
        )
        SELECT rep_id AS id, sum(credit) AS w FROM credit WHERE rep_id = ANY(${repIds}::int[]) GROUP BY rep_id`),
    );
  }
  return toMap(
    await db.$queryRaw<{ id: number; w: Decimal }[]>(Prisma.sql`
      WITH RECURSIVE ${effectiveCtes(org, plan.id)},
      held AS (
        SELECT DISTINCT a."repId", a."territoryId" FROM "TerritoryAssignment" a
         WHERE a."organizationId" = ${org} AND a.role = 'PRIMARY' AND a."repId" = ANY(${repIds}::int[])
           AND a."startDate" < ${period.end}::date AND (a."endDate" IS NULL OR a."endDate" > ${period.start}::date)
           AND a."territoryId" IN (SELECT t.id FROM "Territory" t
                                    WHERE t."organizationId" = ${org} AND t."salesPlanId" = ${plan.id})
      )
      SELECT h."repId" AS id, sum(acc."annualRevenue") AS w
        FROM held h JOIN effective e ON e.territory_id = h."territoryId"
        JOIN "Account" acc ON acc.id = e.account_id
       GROUP BY h."repId"
      UNION ALL
      SELECT acc."ownerId", sum(acc."annualRevenue") FROM "Account" acc
       WHERE acc."organizationId" = ${org} AND acc."ownerId" = ANY(${repIds}::int[])
         AND acc."ownerId" NOT IN (SELECT "repId" FROM held)
       GROUP BY acc."ownerId"`),
  );
}

/** A territory's weight covers its whole subtree (a parent weighs what its children hold). */
export async function territoryWeights(
  db: Db,
  plan: Plan,
  basis: WeightBasis,
  territoryIds: number[],
  lastYear: Span,
): Promise<Map<number, Decimal>> {
  const org = plan.organizationId;
  if (basis === 'EQUAL') return new Map(territoryIds.map((id) => [id, new Decimal(1)]));
  const measure =
    basis === 'LAST_YEAR_BOOKINGS'
      ? Prisma.sql`(SELECT sum(o.amount) FROM "Opportunity" o
                     WHERE o."organizationId" = ${org} AND o."accountId" = e.account_id AND o.stage = 'CLOSED_WON'
                       AND o."closeDate" >= ${lastYear.start}::date AND o."closeDate" < ${lastYear.end}::date)`
      : Prisma.sql`(SELECT acc."annualRevenue" FROM "Account" acc WHERE acc.id = e.account_id)`;
  return toMap(
    await db.$queryRaw<{ id: number; w: Decimal }[]>(Prisma.sql`
      WITH RECURSIVE ${effectiveCtes(org, plan.id)},
      lineage AS (
        SELECT id AS territory_id, id AS ancestor_id, "parentId" AS next_id
          FROM "Territory" WHERE "organizationId" = ${org} AND "salesPlanId" = ${plan.id}
        UNION -- not UNION ALL: a cycle in parent links repeats rows, which ends the walk
        SELECT l.territory_id, t.id, t."parentId" FROM lineage l JOIN "Territory" t ON t.id = l.next_id
      )
      SELECT l.ancestor_id AS id, sum(${measure}) AS w
        FROM effective e JOIN lineage l ON l.territory_id = e.territory_id
       WHERE l.ancestor_id = ANY(${territoryIds}::int[])
       GROUP BY l.ancestor_id`),
  );
}
