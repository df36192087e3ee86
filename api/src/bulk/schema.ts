// Bulk operations in the graph (Shopify's names): `bulkOperationRunQuery` submits a query whose
// root is one connection, run by a background job into a file; `bulkOperation(id)` and
// `bulkOperations` follow it; `bulkOperationCancel` stops it. docs/bulk-operations.md.
import { type GraphQLEnumType, type GraphQLSchema, Kind, type ValueNode } from 'graphql';
import { builder } from '../shared/builder.js';
import { UserInputError, userError } from '../shared/errors.js';
import { decodeRowId } from '../shared/ids.js';
import { UserErrorRef } from '../shared/user-errors-schema.js';
import { downloadUrl } from './links.js';
import {
  type BulkFormat,
  type BulkPayload,
  cancelBulkOperation,
  submitBulkOperation,
  visibleOperations,
} from './service.js';
import { maxConcurrentFromEnv } from './store.js';
import { BULK_MAX_DEPTH, BULK_MAX_LIST_NESTING } from './validate.js';

const BulkOperationStatusEnum = builder.enumType('BulkOperationStatus', {
  description: 'Where a bulk operation is in its life.',
  values: {
    CREATED: { value: 'CREATED', description: 'Accepted and queued; no job has started it yet.' },
    RUNNING: { value: 'RUNNING', description: 'A job is running the query into the file.' },
    COMPLETED: { value: 'COMPLETED', description: 'The file is complete and can be downloaded from `url`.' },
    FAILED: { value: 'FAILED', description: 'Stopped by an error (see `errorCode`); no file is kept.' },
    CANCELED: { value: 'CANCELED', description: 'Canceled by `bulkOperationCancel`; no file is kept.' },
  } as const,
});

const FORMATS = ['NDJSON', 'CSV', 'PARQUET'] as const;

const BulkOperationFormatEnum = builder.enumType('BulkOperationFormat', {
  description: 'File format of a bulk operation (docs/bulk-operations.md, "Formats").',
  values: {
    NDJSON: { value: 'NDJSON', description: 'One JSON object per line: each root node as the query returns it.' },
    CSV: { value: 'CSV', description: 'RFC 4180 CSV, nested fields flattened into columns.' },
    PARQUET: { value: 'PARQUET', description: 'Apache Parquet, typed columns, for DuckDB, Snowflake, BigQuery.' },
  } as const,
});

const BulkOperationErrorCodeEnum = builder.enumType('BulkOperationErrorCode', {
  description: 'Why a bulk operation FAILED.',
  values: {
    QUERY_FAILED: { value: 'QUERY_FAILED', description: 'The query raised an error on a page.' },
    TIMEOUT: {
      value: 'TIMEOUT',
      description: 'The operation ran past its time limit, or a statement past its deadline.',
    },
    INTERRUPTED: {
      value: 'INTERRUPTED',
      description: 'The process running it stopped (crash or restart); submit the operation again.',
    },
    STORAGE_FAILED: { value: 'STORAGE_FAILED', description: 'The finished file could not be stored.' },
    ACCESS_DENIED: {
      value: 'ACCESS_DENIED',
      description: 'The credential that submitted it was revoked or expired, or lost a scope the query needs.',
    },
  } as const,
});

const BulkOperationRef = builder.prismaNode('BulkOperation', {
  id: { field: 'id' },
  // Only the caller's own operations (or, for admins, the organization's); others' IDs are unknown.
  findUnique: (id, ctx) => ({ id: Number(id), ...visibleOperations(ctx) }) as { id: number },
  // The same rule at the type, so no path (node, nodes, a payload) shows another caller's
  // operation: its submitter, or an admin of the organization.
  authScopes: (op, ctx) => op.principal === ctx.viewer.principal || { scope: 'admin' },
  nullable: true,
  description:
    'A query run as a background job over a whole list, into a file to download (for BI tools and partners).',
  fields: (t) => ({
    status: t.expose('status', { type: BulkOperationStatusEnum, description: 'Where the operation is in its life.' }),
    format: t.expose('format', { type: BulkOperationFormatEnum, description: 'File format.' }),
    query: t.exposeString('query', { description: 'The GraphQL query it runs, as submitted.' }),
    objectCount: t.exposeInt('objectCount', {
      description:
        'Objects written so far, nested objects included (a deal with its account, owner and two line items counts 5); updated about every second while RUNNING.',
    }),
    rootObjectCount: t.exposeInt('rootObjectCount', {
      description: 'Root nodes (rows of the root connection) written so far; updated about every second while RUNNING.',
    }),
    fileSize: t.int({
      nullable: true,
      description: 'Size of the file in bytes, once COMPLETED.',
      resolve: (op) => (op.fileSize == null ? null : Number(op.fileSize)),
    }),
    errorCode: t.expose('errorCode', {
      type: BulkOperationErrorCodeEnum,
      nullable: true,
      description: 'Why it FAILED; null otherwise.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was submitted.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When a job started it.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it ended: COMPLETED, FAILED or CANCELED.',
    }),
    url: t.string({
      nullable: true,
      description:
        'Signed link to download the file (HTTP range requests supported); null until COMPLETED and after `urlExpiresAt`.',
      resolve: (op, _args, ctx) => downloadUrl(op, ctx),
    }),
    urlExpiresAt: t.expose('urlExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When `url` stops working and the file is deleted.',
    }),
  }),
});

const BulkOperationPayload = builder.objectRef<BulkPayload>('BulkOperationPayload').implement({
  description: 'Result of submitting or canceling a bulk operation.',
  fields: (t) => ({
    bulkOperation: t.field({
      type: BulkOperationRef,
      nullable: true,
      description: 'The operation; null when the input was refused.',
      resolve: (p) => p.bulkOperation,
    }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: 'Why the input was refused; `field` names `input.query`, `input.format` or `input.id`.',
      resolve: (p) => p.userErrors,
    }),
  }),
});

const BulkOperationRunQueryInput = builder.inputType('BulkOperationRunQueryInput', {
  description: 'A query to run over a whole list.',
  fields: (t) => ({
    query: t.string({
      required: true,
      description: `A GraphQL query whose root is exactly one connection (e.g. \`opportunities(filter: ...)\` without \`first\`/\`after\`), selecting \`edges { node { ... } }\` or \`nodes { ... }\`, with nested objects, lists and connections below (lists nested at most ${BULK_MAX_LIST_NESTING} deep under the root nodes, at most ${BULK_MAX_DEPTH} fields deep). No variables, no mutation.`,
    }),
    format: t.field({
      type: BulkOperationFormatEnum,
      defaultValue: 'NDJSON',
      description: 'File format (default NDJSON).',
    }),
  }),
});

const BulkOperationCancelInput = builder.inputType('BulkOperationCancelInput', {
  description: 'The operation to cancel.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'ID of a CREATED or RUNNING bulk operation.' }),
  }),
});

/** A user error raised while reading the input (a malformed ID) goes into the payload. */
async function asPayload(work: () => Promise<BulkPayload>): Promise<BulkPayload> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserInputError) return { bulkOperation: null, userErrors: [error.userError] };
    throw error;
  }
}

builder.mutationFields((t) => ({
  bulkOperationRunQuery: t.field({
    type: BulkOperationPayload,
    description: `Runs a query over a whole list as a background job, outside the per-request cost limit, into a file (NDJSON, CSV or Parquet). The caller needs the scopes the query needs; its rows are those the caller sees. At most ${maxConcurrentFromEnv()} operations per organization are CREATED or RUNNING at once. Follow it with \`bulkOperation(id)\`.`,
    args: { input: t.arg({ type: BulkOperationRunQueryInput, required: true, description: 'The query and format.' }) },
    resolve: (_root, { input }, ctx, info) => {
      // A name outside the enum reaches here (see acceptUnknownFormatNames) and is refused as input.
      const format: string = input.format ?? 'NDJSON';
      if (!(FORMATS as readonly string[]).includes(format)) {
        return {
          bulkOperation: null,
          userErrors: [
            userError('INVALID', `format must be one of ${FORMATS.join(', ')}; got ${format}`, ['input', 'format']),
          ],
        };
      }
      return asPayload(() =>
        submitBulkOperation(ctx, info.schema, { query: input.query, format: format as BulkFormat }),
      );
    },
  }),
  bulkOperationCancel: t.field({
    type: BulkOperationPayload,
    description: 'Cancels a CREATED or RUNNING bulk operation; its partial file is deleted.',
    args: { input: t.arg({ type: BulkOperationCancelInput, required: true, description: 'The operation.' }) },
    resolve: (_root, { input }, ctx) => asPayload(() => cancelBulkOperation(ctx, String(input.id))),
  }),
}));

builder.queryFields((t) => ({
  bulkOperation: t.prismaField({
    type: 'BulkOperation',
    nullable: true,
    description: "A bulk operation by ID; null when unknown or not the caller's (admins see the organization's).",
    args: { id: t.arg.id({ required: true, description: 'ID of the operation.' }) },
    resolve: (query, _root, { id }, ctx) => {
      // A malformed ID, or one of another type, names no operation: null, as node(id:) answers.
      const decoded = decodeRowId(String(id));
      return decoded?.typename !== 'BulkOperation'
        ? null
        : ctx.prisma.bulkOperation.findFirst({ ...query, where: { id: decoded.id, ...visibleOperations(ctx) } });
    },
  }),
  bulkOperations: t.prismaConnection(
    {
      type: 'BulkOperation',
      cursor: 'id',
      description: "The caller's bulk operations (admins: the organization's), newest first.",
      args: { status: t.arg({ type: BulkOperationStatusEnum, description: 'Only operations in this status.' }) },
      resolve: (query, _root, { status }, ctx) =>
        ctx.prisma.bulkOperation.findMany({
          ...query,
          where: { ...visibleOperations(ctx), status: status ?? undefined },
          orderBy: [{ id: 'desc' }],
        }),
    },
    { name: 'BulkOperationConnection', description: 'A page of BulkOperation objects.' },
    { name: 'BulkOperationEdge', description: 'A BulkOperation in a page, with its cursor.' },
  ),
}));

/**
 * Lets an unknown format name through the `BulkOperationFormat` enum's coercion, so that
 * `bulkOperationRunQuery` answers it as a user error on `input.format` (issue 16) rather than as
 * a request error. The schema keeps the enum and its three values, so clients and codegen still
 * see and check them (docs/bulk-operations.md, "An unknown format"). Only a name is let through:
 * an enum literal (`format: XML`) or a string variable; another kind of value (a string literal,
 * a number) is still the request error GraphQL makes of it. Called once on the built schema.
 */
export function acceptUnknownFormatNames(schema: GraphQLSchema): void {
  const type = schema.getType('BulkOperationFormat') as GraphQLEnumType;
  const parseValue = type.parseValue.bind(type);
  const parseLiteral = type.parseLiteral.bind(type);
  type.parseValue = (value: unknown) =>
    typeof value === 'string' && !type.getValue(value) ? value : parseValue(value);
  type.parseLiteral = (node: ValueNode, variables?: { [key: string]: unknown } | null) =>
    node.kind === Kind.ENUM && !type.getValue(node.value) ? node.value : parseLiteral(node, variables);
}
