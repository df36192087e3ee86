// Rule routing, as sets. A rule matches an account when every criterion it gives matches (AND;
// text criteria compare exactly, the employee range is inclusive at both ends); a territory's
// rules are alternatives (OR), the best-priority match standing for the territory. The territory
// with the highest priority wins; when several territories tie at the top the account is
// assigned to none and reported as a conflict (Salesforce's default).
import { Prisma } from '../generated/prisma/client.js';

/**
 * CTEs `raw_matches` (every matching rule), `rule_matches` (best rule per account and territory)
 * and `routing` (one row per account matched by any rule: the winning territory and rule, or
 * NULL on a tie, with the tied territories). Start the statement with `WITH RECURSIVE` or `WITH`.
 */
export function routingCtes(org: number, plan: number): Prisma.Sql {
  return Prisma.sql`
    plan_rules AS (
      SELECT r.id AS rule_id, r."territoryId" AS territory_id, r.priority, r.region, r.country, r.industry,
             r."minEmployees" AS min_employees, r."maxEmployees" AS max_employees
        FROM "TerritoryRule" r JOIN "Territory" t ON t.id = r."territoryId"
       WHERE r."organizationId" = ${org} AND t."organizationId" = ${org} AND t."salesPlanId" = ${plan}
    ), raw_matches AS (
      SELECT a.id AS account_id, pr.territory_id, pr.priority, pr.rule_id
        FROM "Account" a
        JOIN plan_rules pr
          ON (pr.region IS NULL OR pr.region = a.region)
         AND (pr.country IS NULL OR pr.country = a.country)
         AND (pr.industry IS NULL OR pr.industry = a.industry)
         AND (pr.min_employees IS NULL OR a.employees >= pr.min_employees)
         AND (pr.max_employees IS NULL OR a.employees <= pr.max_employees)
       WHERE a."organizationId" = ${org}
    ), rule_matches AS (
      SELECT DISTINCT ON (account_id, territory_id) account_id, territory_id, priority, rule_id
        FROM raw_matches ORDER BY account_id, territory_id, priority DESC, rule_id
    ), top_matches AS (
      SELECT m.*, rank() OVER (PARTITION BY m.account_id ORDER BY m.priority DESC) AS place FROM rule_matches m
    ), routing AS (
      SELECT account_id, max(priority) AS priority,
             CASE WHEN count(*) = 1 THEN min(territory_id) END AS territory_id,
             CASE WHEN count(*) = 1 THEN min(rule_id) END AS rule_id,
             array_agg(territory_id ORDER BY territory_id) AS tied_territory_ids
        FROM top_matches WHERE place = 1 GROUP BY account_id
    )`;
}

/**
 * CTEs `clone_lineage` and `placed`: every account of the organization with the territory it is
 * placed in under the plan, or NULL. An account is placed in a territory of the plan when its live
 * territory is one, or when a territory of the plan was cloned (directly or through a chain of
 * clones) from its live territory: a scenario holds the same placements as the plan it was cloned
 * from. `clone_lineage` is recursive: start the statement with `WITH RECURSIVE`.
 */
export function placementCtes(org: number, plan: number): Prisma.Sql {
  return Prisma.sql`
    clone_lineage AS (
      SELECT t.id AS territory_id, t."clonedFromId" AS source_id FROM "Territory" t
       WHERE t."organizationId" = ${org} AND t."salesPlanId" = ${plan} AND t."clonedFromId" IS NOT NULL
      UNION -- not UNION ALL: stops on a repeated row
      SELECT l.territory_id, s."clonedFromId" FROM clone_lineage l JOIN "Territory" s ON s.id = l.source_id
       WHERE s."organizationId" = ${org} AND s."clonedFromId" IS NOT NULL
    ), placed AS (
      SELECT a.id AS account_id, COALESCE(pt.id, cl.territory_id) AS territory_id
        FROM "Account" a
        LEFT JOIN "Territory" pt
          ON pt.id = a."territoryId" AND pt."organizationId" = ${org} AND pt."salesPlanId" = ${plan}
        LEFT JOIN (SELECT source_id, min(territory_id) AS territory_id FROM clone_lineage GROUP BY source_id) cl
          ON pt.id IS NULL AND cl.source_id = a."territoryId"
       WHERE a."organizationId" = ${org}
    )`;
}

/**
 * Adds `effective`: every account of the organization with its territory under the plan, which
 * is the territory it is placed in under the plan (`placed`: placed by rules or moved by hand, in
 * the plan or in the territory a scenario's territory was cloned from), else where the plan's
 * rules route it (NULL: unmatched or a conflict). Start the statement with `WITH RECURSIVE`.
 */
export function effectiveCtes(org: number, plan: number): Prisma.Sql {
  return Prisma.sql`${routingCtes(org, plan)}, ${placementCtes(org, plan)},
    effective AS (
      SELECT p.account_id, COALESCE(p.territory_id, rt.territory_id) AS territory_id
        FROM placed p LEFT JOIN routing rt ON rt.account_id = p.account_id
    )`;
}
