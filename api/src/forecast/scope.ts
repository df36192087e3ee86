// Who asks and which hierarchy node they ask about. What a caller may read is the request's
// visibility (access/visibility.ts, docs/design.md §2): a rep-bound caller their subtree, sales ops,
// admins and service keys the organization, a user token bound to no rep nobody. Calls are
// narrower: a rep-bound caller calls for its own node and the nodes below it only, whatever it
// may read (write:forecast: "for oneself and one's subtree").
import { canSeeRep, visibleRepIds } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';

/** What the forecast services need of a request: its tenant client, viewer, visibility and organization. */
export type ForecastContext = Pick<Context, 'prisma' | 'viewer' | 'visibility' | 'organization' | 'requestId'>;

export interface ForecastCaller {
  ctx: ForecastContext;
  /** Clock of the request: decides which periods are closed and what "today" is. */
  now: Date;
}

export function callerOf(ctx: ForecastContext, now = new Date()): ForecastCaller {
  return { ctx, now };
}

/** The rep without a manager who has the most people below them (ties: the lowest id). */
export function topOfHierarchySql(org: number): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE tree AS (
      SELECT r.id AS root, r.id, ARRAY[r.id] AS path FROM "Rep" r
       WHERE r."organizationId" = ${org} AND r."managerId" IS NULL
      UNION ALL
      SELECT t.root, r.id, t.path || r.id FROM "Rep" r JOIN tree t ON r."managerId" = t.id
       WHERE r."organizationId" = ${org} AND r.id <> ALL (t.path)
    )
    SELECT root AS id FROM tree GROUP BY root ORDER BY count(*) DESC, root LIMIT 1`;
}

/**
 * The node a forecast is about. An explicit rep must exist in the organization and be visible to
 * the caller; for a call (`purpose: 'call'`) by a caller acting as a rep, it must also be that rep
 * or below it. Without one: the caller's own node, or for a caller without a rep who sees the
 * organization the top of the hierarchy (the rep without a manager who has the most people under
 * them; pass `repId` to look at another root).
 */
export async function resolveNode(
  caller: ForecastCaller,
  repId: number | undefined,
  field: string[],
  purpose: 'read' | 'call' = 'read',
): Promise<number> {
  const { prisma, viewer } = caller.ctx;
  const org = caller.ctx.organization.id;
  const outside = () =>
    new UserInputError('FORBIDDEN', `${field.join('.')} is outside the caller's part of the hierarchy`, field);
  if (repId === undefined) {
    if (viewer.repId != null) return viewer.repId;
    if (visibleRepIds(caller.ctx) !== null) throw outside();
    const [top] = await prisma.$queryRaw<{ id: number }[]>(topOfHierarchySql(org));
    if (!top) throw new UserInputError('NOT_FOUND', 'The organization has no reps at the top of its hierarchy', field);
    return top.id;
  }
  // The rep and its managers up to the top: one short walk up the hierarchy.
  const chain = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
    WITH RECURSIVE chain AS (
      SELECT r.id, r."managerId", ARRAY[r.id] AS path FROM "Rep" r
       WHERE r."organizationId" = ${org} AND r.id = ${repId}
      UNION ALL
      SELECT r.id, r."managerId", c.path || r.id FROM "Rep" r JOIN chain c ON r.id = c."managerId"
       WHERE r."organizationId" = ${org} AND r.id <> ALL (c.path)
    )
    SELECT id FROM chain`);
  if (chain.length === 0) throw new UserInputError('NOT_FOUND', `No rep with this ID: ${field.join('.')}`, field);
  if (!canSeeRep(caller.ctx, repId)) throw outside();
  if (purpose === 'call' && viewer.repId != null && !chain.some((r) => r.id === viewer.repId)) throw outside();
  return repId;
}
