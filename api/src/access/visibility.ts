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
import type { Viewer } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import { hasScope } from './scopes.js';

/**
 * Whose rep-bound rows a caller may see: the whole organization, or exactly the listed reps
 * (possibly none). "Everyone" is a value of its own, never a missing or null list, so that a
 * service handed no visibility does not compile instead of reading the whole organization.
 */
export type RepSet = { readonly kind: 'organization' } | { readonly kind: 'reps'; readonly ids: ReadonlySet<number> };

/**
 * What a caller may see (docs/design.md §2, docs/security.md "Visibility"), resolved once per
 * request from the viewer (resolveVisibility) and carried as `ctx.visibility`. Every service that
 * reads rep-bound rows takes it as a required argument; raw SQL applies it with visibleRepSql.
 */
export interface Visibility {
  /** Reps whose deals, quotas, forecasts, accounts and analytics the caller may see. */
  readonly reps: RepSet;
  /** Reps whose pay (comp assignments, payout lines, adjustments, disputes) the caller may see. */
  readonly pay: RepSet;
  /**
   * Sees payout runs in DRAFT and their lines: comp admins only (`write:comp`, `admin`). Everyone
   * else sees pay once its run is approved, however wide their `pay` set is.
   */
  readonly draftPay: boolean;
}

export const WHOLE_ORGANIZATION: RepSet = Object.freeze({ kind: 'organization' });

/** Exactly these reps (none when empty). */
export function onlyReps(ids: Iterable<number>): RepSet {
  return Object.freeze({ kind: 'reps', ids: new Set(ids) });
}

/** Organization-wide visibility, draft pay included: operator tools, benchmarks and system jobs. */
export const ORGANIZATION_WIDE: Visibility = Object.freeze({
  reps: WHOLE_ORGANIZATION,
  pay: WHOLE_ORGANIZATION,
  draftPay: true,
});

const NOBODY: RepSet = onlyReps([]);

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

function setFor(reach: Reach, subtree: RepSet): RepSet {
  if (reach === 'organization') return WHOLE_ORGANIZATION;
  if (reach === 'none') return NOBODY;
  return subtree;
}

/**
 * The caller's visibility, with the rep's subtree read from the hierarchy in one recursive query
 * (UNION, not UNION ALL, so a cycle in manager links cannot make it loop). A subtree that holds
 * every rep of the organization is returned as organization-wide.
 */
export async function resolveVisibility(sql: SqlConnection, viewer: Viewer): Promise<Visibility> {
  let role: string | null = null;
  let subtree: RepSet = NOBODY;
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
    subtree = ids.length > 0 && ids.length === row?.total ? WHOLE_ORGANIZATION : onlyReps(ids);
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
  const own = viewer.repId == null ? NOBODY : onlyReps([viewer.repId]);
  return {
    reps: setFor(repReach(viewer, null), own),
    pay: setFor(payReach(viewer), own),
    draftPay: seesDraftPay(viewer),
  };
}

/** Whether the set holds the rep. */
export function canSee(set: RepSet, repId: number): boolean {
  return set.kind === 'organization' || set.ids.has(repId);
}

/** The reps of `ids` that the set holds: a scope the caller chose, narrowed to what it may see. */
export function narrow(set: RepSet, ids: Iterable<number>): RepSet {
  return onlyReps([...ids].filter((id) => canSee(set, id)));
}

/**
 * The one SQL predicate of visibility, for raw statements over rep-bound rows: `TRUE` for the
 * whole organization, `FALSE` for nobody, else `<column> = ANY(<ids>)` (one array parameter,
 * however large the subtree). Example: Prisma.sql`... WHERE o."organizationId" = ${orgId}
 * AND ${visibleRepSql(ctx.visibility.reps, Prisma.sql`s."repId"`)}`; pay rows take
 * `ctx.visibility.pay`.
 */
export function visibleRepSql(set: RepSet, column: Prisma.Sql): Prisma.Sql {
  if (set.kind === 'organization') return Prisma.sql`TRUE`;
  if (set.ids.size === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} = ANY(${[...set.ids].sort((a, b) => a - b)}::int[])`;
}

/**
 * For arguments that name a rep whose pay is read (a statement's rep): refuses a rep whose pay the
 * caller cannot see with NOT_FOUND, the same answer as for an ID that does not exist, so the answer
 * does not reveal who exists outside the caller's subtree.
 */
export function assertCanSeePay(visibility: Visibility, repId: number, field: (string | number)[]): void {
  if (!canSee(visibility.pay, repId)) {
    throw new UserInputError('NOT_FOUND', `${field.join('.')} does not exist or its pay is not visible to you`, field);
  }
}
