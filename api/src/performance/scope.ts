// What a performance request looks at: the period(s) and the scope (a hierarchy subtree, a
// territory subtree, a region, a segment, a product, or several of these at once), checked and
// turned into plain sets before any metric is computed. Unknown keys and IDs of another
// organization are user errors naming the argument; a valid scope that matches nothing gives an
// empty, well-formed result.
import { narrow, type RepSet, type Visibility } from '../access/visibility.js';
import type { Segment } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { subtree } from '../people/hierarchy.js';
import { type Period, PeriodKeyError, parsePeriodKey } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import type { TenantPrisma } from '../shared/tenant.js';

/**
 * Everything the performance services need from a request. Services never read the GraphQL
 * context, so they can be called (and tested) without HTTP.
 */
export interface PerformanceContext {
  prisma: TenantPrisma;
  organizationId: number;
  fiscalYearStartMonth: number;
  /** The organization's IANA time zone: which day is today (default UTC). */
  timeZone?: string;
  /**
   * What the caller may see (access/visibility.ts): every metric is restricted to credit, deals
   * and quotas of `visibility.reps`. Required: the whole organization is said with
   * ORGANIZATION_WIDE, never by leaving it out.
   */
  visibility: Visibility;
}

/** A scope as the API receives it, with IDs already decoded; every given condition applies. */
export interface ScopeInput {
  /** A rep or manager: that rep and everyone below them. */
  repId?: number | null;
  /** A territory and its child territories (deals by the account's territory). */
  territoryId?: number | null;
  /** Reps of this region (Rep.region). */
  region?: string | null;
  /** Reps of this segment (Rep.segment). */
  segment?: Segment | null;
  /** Only the line items of this product. */
  productId?: number | null;
}

/** A scope checked against the database and turned into sets. */
export interface ResolvedScope {
  /** Credited reps must be in this set: the visible reps, narrowed to the subtree of `repId` when given. */
  reps: RepSet;
  region: string | null;
  segment: Segment | null;
  /** Deals of accounts in these territories; null = any territory. */
  territoryIds: number[] | null;
  /** Measure only this product's line items; null = whole deals. */
  productId: number | null;
  /**
   * Roll up by the hierarchy (manager links, account placements) as it was on this day; null or
   * absent = as it stands today (docs/design.md "Effective-dated history").
   */
  hierarchyAsOf?: Date | null;
}

export function parsePeriod(key: string, fiscalYearStartMonth: number, field: string[] = ['period']): Period {
  try {
    return parsePeriodKey(key.trim(), fiscalYearStartMonth);
  } catch (e) {
    if (e instanceof PeriodKeyError) throw new UserInputError('INVALID', e.message, field);
    throw e;
  }
}

async function territorySubtree(prisma: TenantPrisma, organizationId: number, territoryId: number): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Territory" WHERE "organizationId" = ${organizationId} AND id = ${territoryId}
      UNION -- not UNION ALL: a cycle in parent links ends the walk instead of looping
      SELECT t.id FROM "Territory" t JOIN tree ON t."parentId" = tree.id WHERE t."organizationId" = ${organizationId}
    )
    SELECT id FROM tree`);
  return rows.map((r) => r.id);
}

/**
 * Checks a scope and resolves it to sets, with at most one query per kind of ID given (so a
 * request costs a fixed number of queries). `field` is the argument's path, e.g. ['scope'].
 */
export async function resolveScope(
  ctx: PerformanceContext,
  input: ScopeInput | null | undefined,
  field: string[] = ['scope'],
  hierarchyAsOf: Date | null = null,
): Promise<ResolvedScope> {
  const scope: ResolvedScope = {
    reps: ctx.visibility.reps,
    region: input?.region ?? null,
    segment: input?.segment ?? null,
    territoryIds: null,
    productId: null,
    hierarchyAsOf,
  };
  if (input?.repId != null) {
    const ids = (await subtree(ctx.prisma, ctx.organizationId, input.repId, hierarchyAsOf)).map((r) => r.id);
    if (ids.length === 0)
      throw new UserInputError('NOT_FOUND', 'No such rep in this organization', [...field, 'repId']);
    scope.reps = narrow(scope.reps, ids);
  }
  if (input?.territoryId != null) {
    const ids = await territorySubtree(ctx.prisma, ctx.organizationId, input.territoryId);
    if (ids.length === 0) {
      throw new UserInputError('NOT_FOUND', 'No such territory in this organization', [...field, 'territoryId']);
    }
    scope.territoryIds = ids;
  }
  if (input?.productId != null) {
    const product = await ctx.prisma.product.findFirst({ where: { id: input.productId }, select: { id: true } });
    if (!product)
      throw new UserInputError('NOT_FOUND', 'No such product in this organization', [...field, 'productId']);
    scope.productId = product.id;
  }
  return scope;
}
