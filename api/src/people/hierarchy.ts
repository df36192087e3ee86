// The sales hierarchy (Rep.managerId) as sets: a rep's subtree is computed with one recursive
// query, so callers never walk the tree one level per query.
import { Prisma } from '../generated/prisma/client.js';
import type { TenantPrisma } from '../shared/tenant.js';

/**
 * IDs of `repId` and everyone below it, with their depth below `repId` (0 = the rep). The CYCLE
 * clause ends the walk where it would reach a rep already on its path, so manager links that form
 * a cycle (which the database refuses, but older data may hold) give a finite answer.
 */
export async function subtree(
  prisma: TenantPrisma,
  organizationId: number,
  repId: number,
): Promise<{ id: number; depth: number }[]> {
  return prisma.$queryRaw<{ id: number; depth: number }[]>(Prisma.sql`
    WITH RECURSIVE tree AS (
      SELECT id, 0 AS depth FROM "Rep" WHERE "organizationId" = ${organizationId} AND id = ${repId}
      UNION ALL
      SELECT r.id, t.depth + 1 FROM "Rep" r JOIN tree t ON r."managerId" = t.id
       WHERE r."organizationId" = ${organizationId}
    ) CYCLE id SET looped USING path
    SELECT id, depth FROM tree WHERE NOT looped ORDER BY depth, id`);
}
