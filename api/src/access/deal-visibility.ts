// Which deals a raw SQL statement may count: the rule row-policy.ts applies to Opportunity for the
// tenant client (a deal is visible when its owner or a rep credited by one of its splits is
// visible), written out for the analytical statements with visibleRepSql, so that an aggregate
// counts exactly the deals `node` and the connections show the caller (docs/security.md, Visibility).
import { Prisma } from '../generated/prisma/client.js';
import { type RepSet, visibleRepSql } from './visibility.js';

/**
 * SQL predicate on an "Opportunity" row aliased `deal`: its owner or one of its splits' reps is in
 * `reps` (`ctx.visibility.reps`, or a scope narrowed from it). Splits are read within the organization.
 */
export function visibleDealSql(reps: RepSet, organizationId: number, deal: Prisma.Sql): Prisma.Sql {
  if (reps.kind === 'organization') return Prisma.sql`TRUE`;
  if (reps.ids.size === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${visibleRepSql(reps, Prisma.sql`${deal}."ownerId"`)} OR EXISTS (
    SELECT 1 FROM "OpportunitySplit" vis_split
     WHERE vis_split."opportunityId" = ${deal}.id AND vis_split."organizationId" = ${organizationId}
       AND ${visibleRepSql(reps, Prisma.sql`vis_split."repId"`)}))`;
}
