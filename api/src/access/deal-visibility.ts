// Which deals a raw SQL statement may count: the rule row-policy.ts applies to Opportunity for the
// tenant client (a deal is visible when its owner or a rep credited by one of its splits is
// visible), written out for the analytical statements, so that an aggregate counts exactly the
// deals `node` and the connections show the caller (docs/security.md, Visibility).
import { Prisma } from '../generated/prisma/client.js';
import { visibleRepIds } from './visibility.js';

/**
 * SQL predicate on an "Opportunity" row aliased `deal`: its owner or one of its splits' reps is in
 * `repIds` (null = every deal, an empty list = none). Splits are read within the organization.
 */
export function visibleDealSql(repIds: readonly number[] | null, organizationId: number, deal: Prisma.Sql): Prisma.Sql {
  if (repIds == null) return Prisma.sql`TRUE`;
  if (repIds.length === 0) return Prisma.sql`FALSE`;
  const ids = [...repIds];
  return Prisma.sql`(${deal}."ownerId" = ANY(${ids}::int[]) OR EXISTS (
    SELECT 1 FROM "OpportunitySplit" vis_split
     WHERE vis_split."opportunityId" = ${deal}.id AND vis_split."organizationId" = ${organizationId}
       AND vis_split."repId" = ANY(${ids}::int[])))`;
}

/** visibleDealSql with the caller's visibility. */
export function dealVisibilitySql(
  ctx: Parameters<typeof visibleRepIds>[0],
  organizationId: number,
  deal: Prisma.Sql,
): Prisma.Sql {
  return visibleDealSql(visibleRepIds(ctx), organizationId, deal);
}
