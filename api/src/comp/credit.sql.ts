// Set-based credit (docs/design.md §5 applied to pay): one SQL statement returns every rep's share of
// every deal won in a window, whatever the number of reps. A deal credits its REVENUE splits, or
// its owner at 100% when it has none, plus its OVERLAY splits; a rep's shares of one deal are
// summed. Line-item totals per product family come along, so components filtered by family take
// the credited share of matching line items without another query. The same rule credits the open
// deals a liability forecast treats as possible wins (forecast/liability.ts).
//
// Raw SQL is not confined by the tenant client: every table is filtered by "organizationId".
import { Prisma } from '../generated/prisma/client.js';
import type { OpportunityStage, OpportunityType } from '../generated/prisma/enums.js';
import { type Dec, dec } from '../shared/money.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { CreditFact } from './calculate.js';
import type { Interval } from './periods.js';

interface FactRow {
  repId: number;
  opportunityId: number;
  name: string;
  closeDate: string;
  type: OpportunityType;
  stage: OpportunityStage;
  amount: string;
  share: string;
  families: Record<string, string> | null;
}

export function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Won deals (the default) or, with `deals: 'open'`, the open deals the forecast counts (an open
 * stage in COMMIT, BEST_CASE or PIPELINE), credited as they would be once won.
 */
export async function loadCreditFacts(
  prisma: Pick<TenantPrisma, '$queryRaw'>,
  organizationId: number,
  window: Interval,
  repIds?: readonly number[],
  deals: 'won' | 'open' = 'won',
): Promise<CreditFact[]> {
  const stageFilter =
    deals === 'won'
      ? Prisma.sql`o.stage = 'CLOSED_WON'`
      : Prisma.sql`o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AND o."forecastCategory" IN ('COMMIT', 'BEST_CASE', 'PIPELINE')`;
  const repFilter = repIds ? Prisma.sql`AND sh.rep = ANY(${[...repIds]}::int[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<FactRow[]>(Prisma.sql`
    WITH won AS (
      SELECT o.id, o.name, o."ownerId", o.amount, o.type, o.stage, o."closeDate"
        FROM "Opportunity" o
       WHERE o."organizationId" = ${organizationId}
         AND ${stageFilter}
         AND o."closeDate" >= ${window.start}::date AND o."closeDate" < ${window.end}::date
    ),
    shares AS (
      SELECT s."opportunityId" AS opp, s."repId" AS rep, s.percent
        FROM "OpportunitySplit" s JOIN won ON won.id = s."opportunityId"
       WHERE s."organizationId" = ${organizationId}
      UNION ALL
      SELECT won.id, won."ownerId", 1 FROM won
       WHERE NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s
                          WHERE s."organizationId" = ${organizationId}
                            AND s."opportunityId" = won.id AND s."splitType" = 'REVENUE')
    ),
    families AS (
      SELECT f.opp, jsonb_object_agg(f.family, f.total::text) AS families
        FROM (SELECT li."opportunityId" AS opp, p.family, sum(li."totalPrice") AS total
                FROM "OpportunityLineItem" li
                JOIN won ON won.id = li."opportunityId"
                JOIN "Product" p ON p.id = li."productId" AND p."organizationId" = ${organizationId}
               WHERE li."organizationId" = ${organizationId}
               GROUP BY 1, 2) f
       GROUP BY f.opp
    )
    SELECT sh.rep AS "repId", won.id AS "opportunityId", won.name,
           to_char(won."closeDate", 'YYYY-MM-DD') AS "closeDate", won.type::text AS type, won.stage::text AS stage,
           won.amount::text AS amount, sum(sh.percent)::text AS share, fam.families
      FROM shares sh
      JOIN won ON won.id = sh.opp
      LEFT JOIN families fam ON fam.opp = won.id
     WHERE true ${repFilter}
     GROUP BY sh.rep, won.id, won.name, won."closeDate", won.type, won.stage, won.amount, fam.families
     ORDER BY won."closeDate", won.id, sh.rep`);
  return rows.map((r) => ({
    repId: r.repId,
    opportunityId: r.opportunityId,
    name: r.name,
    closeDate: parseDay(r.closeDate),
    type: r.type,
    stage: r.stage,
    amount: dec(r.amount),
    share: dec(r.share),
    families: new Map<string, Dec>(Object.entries(r.families ?? {}).map(([k, v]) => [k, dec(v)])),
  }));
}
