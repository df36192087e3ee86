// Hierarchy visibility (docs/design.md §2), as CRM role hierarchies do it: a rep sees their own deals,
// quotas and pay; a manager sees their whole subtree; sales ops and admins see the organization.
// Pay has its own, narrower rule: the rep, the managers above them, and comp admins; runs in DRAFT
// and their lines are comp admins' work in progress, seen by nobody else (whoever else sees the
// organization's pay sees it approved).
//
// The request's visibility is computed once, when the caller is authenticated, and carried as
// `ctx.visibility`. The tenant Prisma client applies it to every read of a restricted model
// (row-policy.ts); services that write raw SQL apply it with the helpers below.

import type { SqlConnection } from '../db/sql-runner.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Context, Viewer, Visibility } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import { hasScope } from './scopes.js';

export type { Visibility } from '../shared/context.js';

export const ORGANIZATION_WIDE: Visibility = Object.freeze({ reps: null, pay: null, draftPay: true });

const NONE: ReadonlySet<number> = new Set();

type Reach = 'organization' | 'subtree' | 'none';

/** Service keys act for the organization; user tokens without a rep see no rep-bound rows. */
function isService(viewer: Viewer): boolean {
  return viewer.repId == null && (viewer.principal.startsWith('key:') || viewer.principal.startsWith('system'));
}

/** Sales ops and the administrative write scopes work on everyone's deals and quotas. */
const ORGANIZATION_ROW_SCOPES = ['read:all', 'write:plans', 'write:comp'];

function repReach(viewer: Viewer, repRole: string | null): Reach {
  if (ORGANIZATION_ROW_SCOPES.some((s) => hasScope(viewer.scopes, s))) return 'organization';
  if (viewer.repId != null) return repRole === 'SALES_OPS' ? 'organization' : 'subtree';
  return isService(viewer) ? 'organization' : 'none';
}

function payReach(viewer: Viewer): Reach {
  if (hasScope(viewer.scopes, 'write:comp')) return 'organization';
  if (!hasScope(viewer.scopes, 'read:comp')) return 'none';
  if (viewer.repId != null) return 'subtree';
  return isService(viewer) ? 'organization' : 'none';
}

/** Comp administration: the only callers who see DRAFT payout runs and their lines. */
function seesDraftPay(viewer: Viewer): boolean {
  return hasScope(viewer.scopes, 'write:comp');
}

function setFor(reach: Reach, subtree: ReadonlySet<number> | null): ReadonlySet<number> | null {
  if (reach === 'organization') return null;
  if (reach === 'none') return NONE;
  return subtree;
}

/**
 * The caller's visibility, with the rep's subtree read from the hierarchy in one recursive query
 * (UNION, not UNION ALL, so a cycle in manager links cannot make it loop). A subtree that holds
 * every rep of the organization is returned as organization-wide.
 */
export async function resolveVisibility(sql: SqlConnection, viewer: Viewer): Promise<Visibility> {
  let role: string | null = null;
  let subtree: ReadonlySet<number> | null = null;
  if (viewer.repId != null) {
    const [row] = await sql.query<{ ids: number[] | null; role: string | null; total: number }>(
      `WITH RECURSIVE tree(id) AS (
         SELECT id FROM "Rep" WHERE "organizationId" = $1 AND id = $2
         UNION
         SELECT r.id FROM "Rep" r JOIN tree t ON r."managerId" = t.id WHERE r."organizationId" = $1
       )
       SELECT (SELECT array_agg(id ORDER BY id) FROM tree) AS ids,
              (SELECT role::text FROM "Rep" WHERE "organizationId" = $1 AND id = $2) AS role,
              (SELECT count(*)::int FROM "Rep" WHERE "organizationId" = $1) AS total`,
      [viewer.organizationId, viewer.repId],
    );
    const ids = (row?.ids ?? []).map(Number);
    role = row?.role ?? null;
    subtree = ids.length > 0 && ids.length === row?.total ? null : new Set(ids);
  }
  return {
    reps: setFor(repReach(viewer, role), subtree),
    pay: setFor(payReach(viewer), subtree),
    draftPay: seesDraftPay(viewer),
  };
}

/**
 * Visibility known without the database: organization-wide for admins and service principals,
 * the rep alone for a rep-bound caller (the least it may see). Used when a context is built by
 * hand; the server always resolves the full subtree.
 */
export function visibilityFromViewer(viewer: Viewer): Visibility {
  const own: ReadonlySet<number> | null = viewer.repId == null ? NONE : new Set([viewer.repId]);
  return {
    reps: setFor(repReach(viewer, null), own),
    pay: setFor(payReach(viewer), own),
    draftPay: seesDraftPay(viewer),
  };
}

type WithVisibility = Pick<Context, 'visibility'>;

/** Rep ids whose deals, quotas, forecasts and analytics the caller may see; null = all. */
export function visibleRepIds(ctx: WithVisibility): number[] | null {
  return ctx.visibility.reps == null ? null : [...ctx.visibility.reps].sort((a, b) => a - b);
}

/** Rep ids whose pay the caller may see; null = everyone's. */
export function visiblePayRepIds(ctx: WithVisibility): number[] | null {
  return ctx.visibility.pay == null ? null : [...ctx.visibility.pay].sort((a, b) => a - b);
}

export function canSeeRep(ctx: WithVisibility, repId: number): boolean {
  return ctx.visibility.reps == null || ctx.visibility.reps.has(repId);
}

export function canSeePay(ctx: WithVisibility, repId: number): boolean {
  return ctx.visibility.pay == null || ctx.visibility.pay.has(repId);
}

function inSql(ids: number[] | null, column: Prisma.Sql): Prisma.Sql {
  if (ids == null) return Prisma.sql`TRUE`;
  if (ids.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} IN (${Prisma.join(ids)})`;
}

/**
 * SQL predicate for raw queries over rep-bound rows: `TRUE` organization-wide, else
 * `<column> IN (...)`. Example: Prisma.sql`... WHERE o."organizationId" = ${orgId}
 * AND ${repVisibilitySql(ctx, Prisma.sql`s."repId"`)}`.
 */
export function repVisibilitySql(ctx: WithVisibility, column: Prisma.Sql): Prisma.Sql {
  return inSql(visibleRepIds(ctx), column);
}

/** Like repVisibilitySql, for pay rows (payout lines, statements, comp assignments). */
export function payVisibilitySql(ctx: WithVisibility, column: Prisma.Sql): Prisma.Sql {
  return inSql(visiblePayRepIds(ctx), column);
}

/**
 * For arguments that name a rep whose pay is read (a statement's rep): refuses a rep whose pay the
 * caller cannot see with NOT_FOUND, the same answer as for an ID that does not exist, so the answer
 * does not reveal who exists outside the caller's subtree.
 */
export function assertCanSeePay(ctx: WithVisibility, repId: number, field: (string | number)[]): void {
  if (!canSeePay(ctx, repId)) throw new UserInputError('NOT_FOUND', `${field.join('.')} does not exist`, field);
}
