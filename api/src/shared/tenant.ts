// Tenant isolation and hierarchy visibility in one place (docs/design.md §2): every Prisma call made
// through the request's client is confined to the caller's organization, whatever IDs it was
// given, and, for the restricted models (deals, quotas, forecasts, pay, API keys, audit), to the
// rows the caller may see. Reads get `organizationId` and the row policy added to their filter,
// to their nested list relations, relation counts and relation filters (access/row-policy.ts);
// creates get `organizationId` set and are refused when they would create a row the caller could
// not see.
//
// Raw SQL cannot be rewritten this way, so the client guards it instead (checkRawSql): a
// statement must bind the client's organization id as a parameter and name "organizationId", or
// it is refused before it reaches the database; the Unsafe variants (text built by hand) are
// refused outright. Services filter by visibility with visibleRepSql (and visibleDealSql) from
// access/, over the required `Visibility` they are handed. test/security-raw-sql.test.ts fails on raw SQL anywhere else in api/src
// that is not on its list of statements run outside a request. docs/security.md has the limits.
import { RowScope } from '../access/row-policy.js';
import { hasScope } from '../access/scopes.js';
import type { Visibility } from '../access/visibility.js';
import type { StatementReader } from '../db/database.js';
import { compileNestedRead } from '../db/nested-read.js';
import { asOrganization, isConfining } from '../db/row-security.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { Viewer } from './context.js';
import { UserInputError } from './errors.js';
import { MAX_ROW_ID } from './ids.js';
import { nestedReadFallbacks } from './metrics.js';

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

/**
 * Sends a Prisma statement now: a PrismaPromise runs when first awaited, and it must run in the
 * organization's context (asOrganization), not in the awaiting caller's.
 */
function sent<T>(statement: PromiseLike<T> | undefined): Promise<T> {
  if (!statement) return Promise.reject(new Error('no such model'));
  return new Promise<T>((resolve, reject) => {
    statement.then(resolve, reject);
  });
}

/** What a findUnique runs as outside a transaction (see $allOperations). */
const UNBATCHED: Partial<Record<string, 'findFirst' | 'findFirstOrThrow'>> = {
  findUnique: 'findFirst',
  findUniqueOrThrow: 'findFirstOrThrow',
};

/**
 * A whole statement that only takes a transaction-scoped advisory lock (it reads and writes no
 * rows): its arguments are parameters and casts, nothing after it.
 */
const ADVISORY_LOCK =
  /^\s*SELECT\s+pg_advisory_xact_lock\s*\(\s*(?:hashtextextended\s*\(\s*\?\s*,\s*0\s*\)|\?(?:::int)?(?:\s*,\s*\?(?:::int)?)?)\s*\)\s*;?\s*$/i;
/** Text right before a parameter that binds it as the organization: `"organizationId" = `. */
const ORGANIZATION_BINDING = /"organizationId"\s*=\s*$/;
/** A statement so far that inserts rows whose first column, the organization, is the next parameter. */
const ORGANIZATION_INSERT = /^\s*INSERT\s+INTO\s+"\w+"\s*\(\s*"organizationId"[^)]*\)\s*(?:SELECT|VALUES\s*\()\s*$/i;

/** Leads a statement marked by rowFreeSql (a comment: Prisma copies the statement object). */
const ROW_FREE = '/* coxswain:row-free */ ';

/**
 * Marks a statement that reads and writes no rows of any organization (e.g. reserving ids from a
 * sequence), so a tenant client runs it without the organization binding. Every file using it is
 * listed, with its reason, in test/security-raw-sql.test.ts.
 */
export function rowFreeSql(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(ROW_FREE)}${sql}`;
}

/**
 * Refuses a raw statement of a tenant client that does not bind the organization: somewhere in
 * its text `"organizationId" =` must be followed by a parameter holding the caller's organization
 * id, or the statement inserts rows whose leading "organizationId" column is that parameter (a
 * number inlined in the text, another organization's id, or the same number bound elsewhere, say
 * as a LIMIT, does not count).
 */
export function checkRawSql(sql: unknown, organizationId: number): void {
  const { strings, values } = (sql ?? {}) as { strings?: readonly string[]; values?: readonly unknown[] };
  if (!Array.isArray(strings) || !Array.isArray(values)) {
    throw new Error('raw SQL through a tenant client must be a Prisma.sql template');
  }
  const text = strings.join('?');
  if (text.startsWith(ROW_FREE)) return;
  if (ADVISORY_LOCK.test(text)) return;
  const bound = values.some(
    (value, i) =>
      value === organizationId &&
      (ORGANIZATION_BINDING.test(strings[i] ?? '') || ORGANIZATION_INSERT.test(strings.slice(0, i + 1).join('?'))),
  );
  if (!bound) {
    throw new Error(
      `raw SQL through a tenant client must filter by "organizationId" = the bound organization (${organizationId}): ${text.slice(0, 120)}`,
    );
  }
}

/**
 * Every connection pages by `id` (an integer column), so a cursor the client sends decodes to
 * `{ id: <row id> }`, at the top of a findMany or on a nested paged list. A cursor that decodes
 * to anything else (`NaN`, a string, a number past the column) was forged or corrupted: refused
 * as the client's error here, where every read passes, instead of failing in the database.
 */
function refuseForgedCursors(args: unknown): void {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return;
  for (const [key, value] of Object.entries(args)) {
    // Filters and written rows hold no cursor; skipping them keeps bulk writes off this walk.
    if (key === 'where' || key === 'data' || key === 'create' || key === 'update') continue;
    if (key === 'cursor') {
      const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [];
      const [name, id] = entries[0] ?? [];
      const rowId = entries.length === 1 && name === 'id' && Number.isInteger(id) && (id as number) >= 1;
      if (!rowId || (id as number) > MAX_ROW_ID) {
        throw new UserInputError('INVALID', 'The cursor in `after` or `before` is not one this list gave out');
      }
    } else refuseForgedCursors(value);
  }
}

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

/**
 * `reader` (Database.read) runs $findManyNested's statements outside Prisma; without it they go
 * through Prisma's $queryRaw.
 */
export function tenantPrisma(
  prisma: PrismaClient,
  organizationId: number,
  access?: TenantAccess,
  reader?: StatementReader | null,
) {
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
  const confining = isConfining(prisma);
  /** A read's own filter: the caller's, rewritten, with the organization and the row policy. */
  const confine = (model: string, where: unknown) => ({ ...scope.topWhere(model, where), organizationId });
  const refuseUnsafe = () => {
    throw new Error('raw SQL text built by hand ($queryRawUnsafe / $executeRawUnsafe) is refused by a tenant client');
  };
  return prisma.$extends({
    name: 'tenant',
    client: {
      /**
       * findMany of `model` as one SQL statement building the nested rows as JSON
       * (db/nested-read.ts), with the same tenant and row-policy rewriting as findMany and the same
       * raw-SQL guard; arguments the compiler does not translate run as findMany. With a `reader`
       * and outside a transaction the statement skips Prisma's raw-query layer.
       */
      async $findManyNested<T>(model: Prisma.ModelName, args: Args): Promise<T[]> {
        const client = Prisma.getExtensionContext(this) as unknown as TenantClientMethods;
        refuseForgedCursors(args);
        const scoped = scope.selection(model, { ...args, where: confine(model, args.where) });
        const read = compileNestedRead(model, scoped);
        if ('unsupported' in read) {
          nestedReadFallbacks.inc({ model });
          const delegate = client[`${model[0]?.toLowerCase()}${model.slice(1)}`] as { findMany(a: Args): Promise<T[]> };
          return delegate.findMany(args);
        }
        // A transaction's client (it has no $connect) must run the statement on its own connection.
        const direct = reader && typeof client.$connect === 'function';
        if (direct) checkRawSql(read.sql, organizationId);
        const [row] = direct
          ? ((await asOrganization(organizationId, () => reader({ text: read.sql.text, values: read.sql.values }))) as {
              rows: string;
            }[])
          : await client.$queryRaw<{ rows: string }[]>(read.sql);
        const rows = read.parse(row?.rows ?? '[]');
        return (scope.needsResultCheck(model, scoped) ? scope.filterResult(model, scoped, rows) : rows) as T[];
      },
    },
    query: {
      $queryRaw({ args, query }) {
        checkRawSql(args, organizationId);
        return asOrganization(organizationId, () => sent(query(args)));
      },
      $executeRaw({ args, query }) {
        checkRawSql(args, organizationId);
        return asOrganization(organizationId, () => sent(query(args)));
      },
      $queryRawUnsafe: refuseUnsafe,
      $executeRawUnsafe: refuseUnsafe,
      $allModels: {
        $allOperations(params) {
          const { model, operation, args, query } = params;
          // Prisma's own request parameters: whether the operation belongs to a transaction.
          const internal = (params as { __internalParams?: { transaction?: unknown } }).__internalParams;
          return asOrganization(organizationId, () => {
            // Prisma batches the findUniques of one tick into one statement across clients, sent
            // in the first caller's context: under row-level security another organization's
            // rows would vanish from it. There, outside a transaction, they run as findFirst.
            const unbatched = confining ? UNBATCHED[operation] : undefined;
            if (unbatched && internal && !internal.transaction) {
              const delegate = (prisma as unknown as Record<string, Record<string, (a: Args) => PromiseLike<unknown>>>)[
                `${model[0]?.toLowerCase()}${model.slice(1)}`
              ];
              // `then` here, so that the lazy statement is sent in this organization's context.
              return sent(confined(model, unbatched, args as Args, (a) => sent(delegate?.[unbatched]?.(a))));
            }
            return sent(confined(model, operation, args as Args, query as (a: Args) => Promise<unknown>));
          });
        },
      },
    },
  });

  /** A model operation confined to the organization and the row policy. */
  function confined(model: string, operation: string, args: Args, query: (a: Args) => Promise<unknown>) {
    let a = { ...args };
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
    refuseForgedCursors(a);
    if (FILTERED.has(operation)) a.where = confine(model, a.where);
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
  }
}

/** What $findManyNested needs of the extended client: the guarded $queryRaw and the delegates. */
type TenantClientMethods = Record<string, unknown> & {
  $queryRaw<R>(sql: Prisma.Sql): Promise<R>;
  $connect?: unknown;
};

export type TenantPrisma = ReturnType<typeof tenantPrisma>;
