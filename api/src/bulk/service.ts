// Bulk operations for the graph: submit (validate, try, enqueue), cancel, and which operations a
// caller may see: those of its organization that it submitted (the same API key or user), or all
// of the organization's for admins.

import { execute, type GraphQLSchema } from 'graphql';
import { hasScope } from '../access/scopes.js';
import type { BulkOperation, Prisma } from '../generated/prisma/client.js';
import { type AuditWriter, recordAudit } from '../shared/audit.js';
import type { Context } from '../shared/context.js';
import { type UserErrorShape, UserInputError, userError } from '../shared/errors.js';
import { parseId } from '../shared/ids.js';
import { exportColumns } from './files/index.js';
import { bulkSettingsFromEnv } from './settings.js';
import { insertBulkOperation, maxConcurrentFromEnv } from './store.js';
import { AFTER_VARIABLE, FIRST_VARIABLE, planBulkQuery } from './validate.js';

export type BulkFormat = 'NDJSON' | 'CSV' | 'PARQUET';

export interface BulkPayload {
  bulkOperation: BulkOperation | null;
  userErrors: UserErrorShape[];
}

/** The operations the caller may see, as a filter: its own, or the organization's for admins. */
export function visibleOperations(ctx: Context): Prisma.BulkOperationWhereInput {
  return hasScope(ctx.viewer.scopes, 'admin') ? {} : { principal: ctx.viewer.principal };
}

/**
 * Runs the first row of the query as the caller, now: an export the caller's scopes do not allow,
 * or arguments the resolvers refuse (a malformed ID in a filter), are answered at submission
 * rather than as a failed job.
 */
async function tryFirstRow(ctx: Context, schema: GraphQLSchema, document: Parameters<typeof execute>[0]['document']) {
  const result = await execute({
    schema,
    document,
    contextValue: ctx,
    variableValues: { [FIRST_VARIABLE]: 1, [AFTER_VARIABLE]: null },
  });
  const [error] = result.errors ?? [];
  if (!error) return null;
  const forbidden = error.extensions?.code === 'FORBIDDEN';
  return userError(
    forbidden ? 'FORBIDDEN' : 'INVALID',
    forbidden ? `the caller may not run this query: ${error.message}` : `the query fails when run: ${error.message}`,
    ['input', 'query'],
  );
}

export async function submitBulkOperation(
  ctx: Context,
  schema: GraphQLSchema,
  input: { query: string; format: BulkFormat },
): Promise<BulkPayload> {
  const plan = planBulkQuery(schema, input.query);
  if ('userErrors' in plan) return { bulkOperation: null, userErrors: plan.userErrors };
  try {
    // The file's columns: shapes a file cannot hold are refused here rather than by the job.
    exportColumns(schema, plan.document);
  } catch (error) {
    if (error instanceof UserInputError) return { bulkOperation: null, userErrors: [error.userError] };
    throw error;
  }
  const refused = await tryFirstRow(ctx, schema, plan.pageDocument);
  if (refused) return { bulkOperation: null, userErrors: [refused] };
  const { viewer } = ctx;
  const limit = maxConcurrentFromEnv();
  const outcome = await insertBulkOperation(
    ctx.db,
    {
      organizationId: viewer.organizationId,
      principal: viewer.principal,
      apiKeyId: viewer.apiKeyId ?? null,
      repId: viewer.repId,
      // Kept for JWT users, whose token cannot be read again; keys are re-read when the job starts.
      scopes: viewer.apiKeyId == null ? [...viewer.scopes] : [],
      query: input.query,
      format: input.format,
    },
    { concurrent: limit, runtimeMs: bulkSettingsFromEnv().maxRuntimeMs },
    (tx, operation) =>
      recordAudit(tx as unknown as AuditWriter, ctx, {
        action: 'bulkOperation.runQuery',
        entityType: 'BulkOperation',
        entityId: operation.id,
        after: { status: operation.status, format: operation.format, query: operation.query },
      }),
  );
  if (!outcome.ok) {
    return {
      bulkOperation: null,
      userErrors: [
        userError(
          'CONFLICT',
          `the organization already has ${outcome.running} bulk operations created or running, the most it may have at once (${outcome.limit}); wait for one to finish or cancel one`,
        ),
      ],
    };
  }
  return { bulkOperation: outcome.operation, userErrors: [] };
}

export async function cancelBulkOperation(ctx: Context, globalId: string): Promise<BulkPayload> {
  const field = ['input', 'id'];
  const id = parseId(globalId, 'BulkOperation', field);
  const where = { id, ...visibleOperations(ctx) };
  const found = await ctx.prisma.bulkOperation.findFirst({ where });
  if (!found) return { bulkOperation: null, userErrors: [userError('NOT_FOUND', 'input.id does not exist', field)] };
  // The cancel and its audit event commit together (docs/design.md §4); the job sees CANCELED at
  // its next progress write and deletes its partial file.
  const count = await ctx.prisma.$transaction(async (tx) => {
    const changed = await tx.bulkOperation.updateMany({
      where: { ...where, status: { in: ['CREATED', 'RUNNING'] } },
      data: { status: 'CANCELED', completedAt: new Date() },
    });
    if (changed.count > 0) {
      await recordAudit(tx, ctx, {
        action: 'bulkOperation.cancel',
        entityType: 'BulkOperation',
        entityId: id,
        before: { status: found.status },
        after: { status: 'CANCELED' },
      });
    }
    return changed.count;
  });
  const current = await ctx.prisma.bulkOperation.findFirst({ where });
  if (count === 0) {
    return {
      bulkOperation: current,
      userErrors: [
        userError(
          'IMMUTABLE',
          `the operation is already ${current?.status}; only a CREATED or RUNNING one can be canceled`,
          field,
        ),
      ],
    };
  }
  return { bulkOperation: current, userErrors: [] };
}
