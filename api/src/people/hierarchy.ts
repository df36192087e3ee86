// The sales hierarchy (Rep.managerId) as sets: a rep's subtree is computed with one recursive
// query, so callers never walk the tree one level per query. With a day, the hierarchy as it was
// on that day (RepManagerHistory, docs/design.md "Effective-dated history").
import { Prisma } from '../generated/prisma/client.js';
import type { TenantPrisma } from '../shared/tenant.js';

/** The manager links valid on `day` (a UTC midnight standing for a calendar day), as (id, managerId). */
export function managersOn(organizationId: number, day: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT h."repId" AS id, h."managerId" FROM "RepManagerHistory" h
     WHERE h."organizationId" = ${organizationId} AND h."validFrom" <= ${day}::date
       AND (h."validTo" IS NULL OR h."validTo" > ${day}::date)`;
}

/**
 * IDs of `repId` and everyone below it, with their depth below `repId` (0 = the rep); with `asOf`,
 * below it on that day (the rep itself is included whether or not it had a row that day). The
 * CYCLE clause ends the walk where it would reach a rep already on its path, so manager links
 * that form a cycle (which the database refuses, but older data may hold) give a finite answer.
 */
export async function subtree(
  prisma: TenantPrisma,
  organizationId: number,
  repId: number,
  asOf?: Date | null,
): Promise<{ id: number; depth: number }[]> {
  const links = asOf
    ? managersOn(organizationId, asOf)
    : Prisma.sql`SELECT id, "managerId" FROM "Rep" WHERE "organizationId" = ${organizationId}`;
  return prisma.$queryRaw<{ id: number; depth: number }[]>(Prisma.sql`
    WITH RECURSIVE link AS (${links}),
    tree AS (
      SELECT id, 0 AS depth FROM "Rep" WHERE "organizationId" = ${organizationId} AND id = ${repId}
      UNION ALL
      SELECT l.id, t.depth + 1 FROM link l JOIN tree t ON l."managerId" = t.id
    ) CYCLE id SET looped USING path
    SELECT id, depth FROM tree WHERE NOT looped ORDER BY depth, id`);
}
