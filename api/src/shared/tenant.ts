// Tenant isolation and hierarchy visibility in one place (DESIGN.md §2): every Prisma call made
// through the request's client is confined to the caller's organization, whatever IDs it was
// given, and, for the restricted models (deals, quotas, forecasts, pay, API keys, audit), to the
// rows the caller may see. Reads get `organizationId` and the row policy added to their filter,
// to their nested list relations, relation counts and relation filters (access/row-policy.ts);
// creates get `organizationId` set and are refused when they would create a row the caller could
// not see.
//
// Raw SQL is not covered: services that use $queryRaw must filter by organization themselves
// (each does so with `"organizationId" = ${orgId}` as its first predicate) and by visibility
// with repVisibilitySql / payVisibilitySql from access/visibility.ts.
import { RowScope } from '../access/row-policy.js';
import { hasScope } from '../access/scopes.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Viewer, Visibility } from './context.js';

const FILTERED = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);

/** Operations whose result rows carry relations that may need the to-one check. */
const RETURNS_ROWS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'create',
  'createManyAndReturn',
  'update',
  'updateManyAndReturn',
  'upsert',
  'delete',
]);

type Args = Record<string, unknown> & { where?: Record<string, unknown> };

function withOrgData(data: unknown, organizationId: number): unknown {
  if (Array.isArray(data)) return data.map((d) => withOrgData(d, organizationId));
  const row = { ...(data as Record<string, unknown>) };
  if ('organization' in row) row.organization = { connect: { id: organizationId } };
  else row.organizationId = organizationId;
  return row;
}

/** Who the client reads for: without it, the client is confined to the organization only. */
export interface TenantAccess {
  visibility: Visibility;
  viewer: Pick<Viewer, 'scopes' | 'apiKeyId'>;
}

export function tenantPrisma(prisma: PrismaClient, organizationId: number, access?: TenantAccess) {
  const scope = new RowScope(
    organizationId,
    access
      ? {
          visibility: access.visibility,
          admin: hasScope(access.viewer.scopes, 'admin'),
          apiKeyId: access.viewer.apiKeyId ?? null,
        }
      : null,
  );
  return prisma.$extends({
    name: 'tenant',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          let a = { ...(args as Args) };
          if (model === 'Organization') {
            if (FILTERED.has(operation)) {
              const where = a.where ?? {};
              const and = Array.isArray(where.AND) ? where.AND : where.AND ? [where.AND] : [];
              a.where = { ...where, AND: [...and, { id: organizationId }] };
            } else if (operation.startsWith('create')) {
              throw new Error('organizations cannot be created through a tenant client');
            }
            return query(scope.selection(model, a));
          }
          if (FILTERED.has(operation)) a.where = { ...scope.topWhere(model, a.where), organizationId };
          if (operation === 'create' || operation === 'createMany' || operation === 'createManyAndReturn') {
            scope.checkWrite(model, a.data);
            a.data = withOrgData(a.data, organizationId);
          }
          if (operation === 'update' || operation === 'updateMany' || operation === 'updateManyAndReturn') {
            scope.checkWrite(model, a.data);
          }
          if (operation === 'upsert') {
            scope.checkWrite(model, a.create);
            scope.checkWrite(model, a.update);
            a.create = withOrgData(a.create, organizationId);
          }
          a = scope.selection(model, a);
          if (!RETURNS_ROWS.has(operation) || !scope.needsResultCheck(model, a)) return query(a);
          return query(a).then((result) => scope.filterResult(model, a, result));
        },
      },
    },
  });
}

export type TenantPrisma = ReturnType<typeof tenantPrisma>;
