// The one Pothos builder. Plugins: scope-auth (scopes per field, docs/design.md §2; the list of scopes
// is access/scopes.ts, and `write:x` implies `read:x`), prisma (model
// types whose relations load in a fixed number of queries), relay (Node, global IDs,
// connections), simple-objects (computed result types) and dataloader (batching where the
// prisma plugin does not reach); and our own user-error-plugin.ts, which maps a service's user
// error to a coded GraphQL error.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import { GraphQLError } from 'graphql';
import { hasScope } from '../access/scopes.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Context } from './context.js';
import { UserInputError } from './errors.js';
import { decodeNodeId, onlyNodeIds } from './ids.js';
import type { Decimal, DecimalText } from './scalars.js';
import {
  literalValue,
  parseDateInput,
  parseDateTimeInput,
  parseDecimalInput,
  serializeDate,
  serializeDecimal,
} from './scalars.js';
import UserInputErrorPlugin from './user-error-plugin.js';

/** The scope names a failed check asked for (the `scope` auth scope's parameters). */
function requiredScopes(failure: AuthFailure): string[] {
  if (failure.kind === AuthScopeFailureType.AuthScope)
    return typeof failure.parameter === 'string' ? [failure.parameter] : [];
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return failure.failures.flatMap(requiredScopes);
  }
  return [];
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/**
 * In a bulk operation: the largest page of any connection, and the size of a nested connection
 * whose `first` is not given (the whole list up to this cap; docs/bulk-operations.md).
 */
export const BULK_PAGE_LIMIT = 1000;

/**
 * Page sizes outside 0..MAX_PAGE_SIZE are refused rather than silently clamped, so a BI extract
 * never mistakes a clamped page for the whole list.
 */
function checkPageSize(args: { first?: number | null; last?: number | null }, ctx?: Context): number {
  // A bulk operation's job (bulk/runner.ts) pages the root with larger pages and reads nested
  // connections whole, up to its own cap; it never runs on a request.
  if (ctx?.bulkExport) return BULK_PAGE_LIMIT;
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) {
      throw new UserInputError('OUT_OF_RANGE', `${name} must be between 0 and ${MAX_PAGE_SIZE}; got ${n}`, [name]);
    }
  }
  return MAX_PAGE_SIZE;
}

interface BuilderTypes {
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  AuthScopes: {
    /** The caller holds this scope (or `admin`). */
    scope: string;
  };
  Scalars: {
    ID: { Input: string; Output: string | number };
    Decimal: { Input: Decimal; Output: Decimal | DecimalText | string | number };
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}

type Builder = PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>>;

// Typed explicitly: the node(id:) resolvers below refer to the builder inside its own options.
export const builder: Builder = new SchemaBuilder<BuilderTypes>({
  defaultFieldNullability: false,
  plugins: [UserInputErrorPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, SimpleObjectsPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      scope: (name: string) => hasScope(ctx.viewer.scopes, name),
    }),
    // A missing scope is the caller's fault: a FORBIDDEN error naming the scopes that would do.
    unauthorizedError: (_parent, _ctx, info, result) => {
      const needed = [...new Set(requiredScopes(result.failure))];
      const what = needed.length ? `requires scope ${needed.join(' or ')}` : 'is not allowed for this caller';
      return new GraphQLError(`${info.parentType.name}.${info.fieldName} ${what}.`, {
        extensions: { code: 'FORBIDDEN', requiredScopes: needed },
      });
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A malformed ID, or one of a type that is not a Node, is an unknown ID: null, like GitHub's and
    // Shopify's node fields, never an error from deep in the lookup (shared/ids.ts).
    decodeGlobalID: decodeNodeId,
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID (null when unknown or not visible to the caller).',
      args: { id: { description: 'Global ID of the object.' } },
      resolve: async (_root, args, ctx, info) => {
        const [node] = await resolveNodes(builder, ctx, info, onlyNodeIds(info.schema, [args.id]));
        return node;
      },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs (null for unknown or invisible IDs).',
      args: { ids: { description: 'Global IDs of the objects, at most 100.' } },
      resolve: (_root, args, ctx, info) => resolveNodes(builder, ctx, info, onlyNodeIds(info.schema, args.ids)),
    },
    nodeTypeOptions: { description: 'An object with a global ID, fetchable with `node(id:)`.' },
    idFieldOptions: { description: 'Opaque global ID; stable, but never parse it.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    pageInfoFieldOptions: { description: 'Position of this page in the list.' },
    hasNextPageFieldOptions: { description: 'More items follow (page on with `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'Items precede (page back with `before: startCursor`).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page.' },
    edgesFieldOptions: { description: 'The items of the page with their cursors.' },
    nodeFieldOptions: { description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of the item, for `after`/`before`.' },
    firstArgOptions: {
      description: `Page forward: at most this many items (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}).`,
    },
    afterArgOptions: { description: 'Page forward from this cursor.' },
    lastArgOptions: { description: `Page backward: at most this many items (max ${MAX_PAGE_SIZE}).` },
    beforeArgOptions: { description: 'Page backward from this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of a list.' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
  },
  prisma: {
    client: (ctx) => ctx.prisma as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // The plugin accepts a function per field; the global option is typed as a number only.
    maxConnectionSize: checkPageSize as unknown as number,
    // Typed as a number; the plugin also calls a function with the arguments and the context.
    defaultConnectionSize: ((_args: unknown, ctx?: Context) =>
      ctx?.bulkExport ? BULK_PAGE_LIMIT : DEFAULT_PAGE_SIZE) as unknown as number,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
});

builder.queryType({ description: 'Reads: entities, hierarchy and analytics of one organization.' });
builder.mutationType({ description: 'Writes: ingestion, plans and compensation.' });

builder.scalarType('Decimal', {
  description:
    'An exact decimal number carried as a string. Money is in the organization currency and always has two decimals, e.g. "1250.50" (docs/design.md §11); rates and percentages are fractions (1.0 = 100%) with their own places, e.g. "0.75".',
  serialize: serializeDecimal,
  parseValue: parseDecimalInput,
  parseLiteral: (ast) => parseDecimalInput(literalValue(ast)),
});

builder.scalarType('Date', {
  description: 'A calendar day, `YYYY-MM-DD`.',
  serialize: serializeDate,
  parseValue: parseDateInput,
  parseLiteral: (ast) => parseDateInput(literalValue(ast)),
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO-8601 with time zone, e.g. `2026-11-22T09:30:00Z`.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parseDateTimeInput,
  parseLiteral: (ast) => parseDateTimeInput(literalValue(ast)),
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON (used for explanations and audit snapshots).',
  serialize: (v) => v,
  parseValue: (v) => v,
});

/**
 * An enum whose values each carry a description. Typing `values` as a record over a Prisma enum
 * makes the compiler insist that every database value is exposed and described.
 */
export function describedEnum<T extends string>(name: string, description: string, values: Record<T, string>) {
  const config = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, { value: k, description: v as string }]),
  );
  return builder.enumType(name, { description, values: config as { [K in T]: { value: K; description: string } } });
}
