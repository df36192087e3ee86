// Who asks and which hierarchy node they ask about. What a caller may read is the request's
// visibility (access/visibility.ts, docs/design.md §2): a rep-bound caller their subtree, sales ops,
// admins and service keys the organization, a user token bound to no rep nobody. Calls are
// narrower: a rep-bound caller calls for its own node and the nodes below it only, whatever it
// may read (write:forecast: "for oneself and one's subtree").
import { canSee } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import type { ForecastPeriod } from './period.js';
import { isNodeOf } from './sql.js';

/** What the forecast services need of a request: its tenant client, viewer, visibility and organization. */
export type ForecastContext = Pick<
  Context,
  'prisma' | 'viewer' | 'visibility' | 'organization' | 'requestId' | 'readOnly'
>;

export interface ForecastCaller {
  ctx: ForecastContext;
  /** Clock of the request: decides which periods are closed and what "today" is. */
  now: Date;
}

export function callerOf(ctx: ForecastContext, now = new Date()): ForecastCaller {
  return { ctx, now };
}

/**
 * The top of the period's tree: among the nodes of the period with no node above them (a rep
 * without a manager, or one whose managers are all no node of the period), the one with the most
 * nodes below them (ties: the lowest id).
 */
export function topOfHierarchySql(org: number, period: ForecastPeriod): Prisma.Sql {
  const node = isNodeOf('r', period);
  return Prisma.sql`
    WITH RECURSIVE tree AS (
      SELECT CASE WHEN ${node} THEN r.id END AS root, r.id, ${node} AS node, ARRAY[r.id] AS path FROM "Rep" r
       WHERE r."organizationId" = ${org} AND r."managerId" IS NULL
      UNION ALL
      SELECT coalesce(t.root, CASE WHEN ${node} THEN r.id END), r.id, ${node}, t.path || r.id
        FROM "Rep" r JOIN tree t ON r."managerId" = t.id
       WHERE r."organizationId" = ${org} AND r.id <> ALL (t.path)
    )
    SELECT root AS id FROM tree WHERE node GROUP BY root ORDER BY count(*) DESC, root LIMIT 1`;
}

/**
 * The node a forecast is about. An explicit rep must exist in the organization, be visible to the
 * caller and be a node of the period's tree (docs/design.md §7: employed during the period, not
 * sales ops); for a call (`purpose: 'call'`) by a caller acting as a rep, it must also be that rep
 * or below it. Without one: the caller's own node when it is a node of the period; else, for a
 * caller who sees the organization (sales ops, a service key), the top of the period's tree (the
 * node with no node above it that has the most nodes under it; pass `repId` to look at another).
 * `period` is null only when the period key given was invalid (already reported): then the
 * membership is not checked.
 */
export async function resolveNode(
  caller: ForecastCaller,
  period: ForecastPeriod | null,
  repId: number | undefined,
  field: string[],
  purpose: 'read' | 'call' = 'read',
): Promise<number> {
  const { prisma, viewer } = caller.ctx;
  const org = caller.ctx.organization.id;
  const outside = () =>
    new UserInputError('FORBIDDEN', `${field.join('.')} is outside the caller's part of the hierarchy`, field);
  const isNode = period ? isNodeOf('r', period) : Prisma.sql`true`;
  const noNode = (who: string) =>
    new UserInputError(
      'NOT_FOUND',
      `${who} is no node of the forecast tree of ${period?.key}: not employed during it, or sales ops`,
      field,
    );
  if (repId === undefined) {
    const orgWide = caller.ctx.visibility.reps.kind === 'organization';
    if (viewer.repId != null) {
      if (!period) return viewer.repId;
      const [own] = await prisma.$queryRaw<{ node: boolean }[]>(Prisma.sql`
        SELECT ${isNode} AS node FROM "Rep" r WHERE r."organizationId" = ${org} AND r.id = ${viewer.repId}`);
      if (own?.node) return viewer.repId;
      if (!orgWide || purpose === 'call') throw noNode("The caller's rep");
    } else if (!orgWide) {
      throw outside();
    }
    if (!period) throw new UserInputError('REQUIRED', `${field.join('.')} is required without a valid period`, field);
    const [top] = await prisma.$queryRaw<{ id: number }[]>(topOfHierarchySql(org, period));
    if (!top) throw new UserInputError('NOT_FOUND', `The organization has no node at the top of ${period.key}`, field);
    return top.id;
  }
  // The rep and its managers up to the top: one short walk up the hierarchy.
  const chain = await prisma.$queryRaw<{ id: number; node: boolean }[]>(Prisma.sql`
    WITH RECURSIVE chain AS (
      SELECT r.id, r."managerId", ARRAY[r.id] AS path, ${isNode} AS node FROM "Rep" r
       WHERE r."organizationId" = ${org} AND r.id = ${repId}
      UNION ALL
      SELECT r.id, r."managerId", c.path || r.id, ${isNode} FROM "Rep" r JOIN chain c ON r.id = c."managerId"
       WHERE r."organizationId" = ${org} AND r.id <> ALL (c.path)
    )
    SELECT id, node FROM chain`);
  const own = chain.find((r) => r.id === repId);
  if (!own) throw new UserInputError('NOT_FOUND', `No rep with this ID: ${field.join('.')}`, field);
  if (!canSee(caller.ctx.visibility.reps, repId)) throw outside();
  if (purpose === 'call' && viewer.repId != null && !chain.some((r) => r.id === viewer.repId)) throw outside();
  if (!own.node) throw noNode(`${field.join('.')}`);
  return repId;
}
