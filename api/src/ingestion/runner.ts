// What every bulk upsert shares: the row limit, the idempotency key, one transaction per call, the
// audit event and the payload. An entity module supplies only `apply`: validate its rows, write
// the accepted ones with a few set-based statements, and say what happened to each.
import { createHash } from 'node:crypto';
import { recordChangeEvents } from '../events/outbox.js';
import { Prisma } from '../generated/prisma/client.js';
import { type UserErrorShape, userError } from '../shared/errors.js';
import { toGlobalId } from '../shared/ids.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { Tx } from '../shared/transactions.js';
import { sqlState } from './bulk-sql.js';
import { MAX_TEXT, RowErrors } from './validation.js';

/** Most rows one call may carry. */
export const MAX_ROWS = 2000;
/** How long a stored result answers a repeated idempotency key. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A call of MAX_ROWS rows must finish well within this (Prisma's default of 5 s is too short). */
const TRANSACTION_TIMEOUT_MS = 120_000;

/** Who writes, and through which client. `prisma` must be the organization's tenant-scoped client. */
export interface IngestionCaller {
  prisma: TenantPrisma;
  organizationId: number;
  /** `key:<id>`, `user:<sub>`, `dev` or `system:<job>`: recorded on the audit event and idempotency record. */
  principal: string;
  repId?: number | null;
  requestId?: string | null;
}

/**
 * How a row of an existing record is read (docs/ingestion.md "Partial updates"). MERGE, the
 * default: an omitted field or list keeps its stored value and an explicit null clears it.
 * REPLACE: the row is the whole record, an omitted field is stored as empty (or its default).
 * A row that creates a record must carry its required fields in both modes.
 */
export type UpsertMode = 'MERGE' | 'REPLACE';
export const DEFAULT_UPSERT_MODE: UpsertMode = 'MERGE';

export interface UpsertOptions {
  /** Makes the call safe to retry: see `runUpsert`. */
  idempotencyKey?: string | null;
  /** Default MERGE. */
  mode?: UpsertMode | null;
}

/** DELETED is the status of a row of a tombstone call (deletions.ts). */
export type RowStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DELETED';

export interface RowResult {
  /** Position of the row in `input.rows`. */
  index: number;
  externalId: string;
  /** Global ID of the node. */
  id: string;
  status: RowStatus;
}

export interface UpsertOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows deleted by a tombstone call (0 for an upsert). */
  deleted: number;
  /** One per accepted row, in input order. */
  results: RowResult[];
  userErrors: UserErrorShape[];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: boolean;
}

/** What an entity module gets to work with: the transaction, the organization, the clock. */
export interface Batch {
  tx: Tx;
  organizationId: number;
  /** One instant for the whole call: timestamps and history rows use it. */
  now: Date;
  errors: RowErrors;
  /** Facts the entity adds to the call's audit event (e.g. what a deletion cascaded to). */
  audit: Record<string, unknown>;
  mode: UpsertMode;
}

export interface AppliedRow {
  index: number;
  externalId: string;
  id: number;
  status: RowStatus;
}

export interface EntityUpsert<Row> {
  /** Audit action and idempotency operation, e.g. `opportunities.upsert`. */
  operation: string;
  /**
   * Node type of the rows: audit entityType and global ID typename. Rows that are no node of
   * their own name the node they belong to: an installed product its Account, a history event
   * its Opportunity.
   */
  typename: 'Rep' | 'Account' | 'Product' | 'Opportunity' | 'Quota' | 'LossReason';
  /** Audit entityType when it differs from typename (e.g. `AccountProduct`). */
  auditEntityType?: string;
  apply(batch: Batch, rows: Row[]): Promise<AppliedRow[]>;
}

function emptyOutcome(userErrors: UserErrorShape[]): UpsertOutcome {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, results: [], userErrors, replayed: false };
}

/**
 * JSON with sorted keys and Decimals and Dates as text. An explicit null stays apart from an absent
 * field: in MERGE mode the first clears the stored value and the second keeps it.
 */
function canonical(value: unknown): string {
  if (value == null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    if (Prisma.Decimal.isDecimal(value)) return JSON.stringify(value.toFixed());
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * sha256 of the canonical JSON of the rows (and of the mode when it is not the default): equal
 * inputs hash equally whatever their key order.
 */
export function hashRows(rows: unknown[], mode: UpsertMode = DEFAULT_UPSERT_MODE): string {
  const text = canonical(rows);
  return createHash('sha256')
    .update(mode === DEFAULT_UPSERT_MODE ? text : `${mode}:${text}`)
    .digest('hex');
}

function actorType(principal: string): 'API_KEY' | 'USER' | 'SYSTEM' {
  if (principal.startsWith('key:')) return 'API_KEY';
  if (principal.startsWith('system')) return 'SYSTEM';
  return 'USER'; // `user:<sub>`, and `dev` (the local development principal)
}

/**
 * Runs one bulk upsert call:
 * - 1..MAX_ROWS rows, else a user error on `input.rows` and nothing happens;
 * - with an idempotency key (per organization, principal and operation, 24 h): a repeat with the
 *   same rows returns the stored payload (`replayed: true`) and writes nothing; a repeat with other
 *   rows gets IDEMPOTENCY_KEY_REUSED on `input.idempotencyKey`;
 * - otherwise one transaction: the entity's writes, one audit event when anything was written,
 *   and the idempotency record. A database failure rolls all of it back and is thrown.
 */
export async function runUpsert<Row>(
  caller: IngestionCaller,
  entity: EntityUpsert<Row>,
  rows: Row[],
  options: UpsertOptions = {},
): Promise<UpsertOutcome> {
  if (rows.length < 1 || rows.length > MAX_ROWS) {
    return emptyOutcome([
      userError(
        'OUT_OF_RANGE',
        `input.rows must hold between 1 and ${MAX_ROWS} rows; got ${rows.length}. Split larger loads into several calls.`,
        ['input', 'rows'],
      ),
    ]);
  }
  const key = options.idempotencyKey ?? null;
  if (key != null && (key.length === 0 || key.length > MAX_TEXT)) {
    return emptyOutcome([
      userError(
        key.length === 0 ? 'REQUIRED' : 'TOO_LONG',
        `input.idempotencyKey must have 1 to ${MAX_TEXT} characters`,
        ['input', 'idempotencyKey'],
      ),
    ]);
  }

  const { prisma, organizationId, principal } = caller;
  const mode = options.mode ?? DEFAULT_UPSERT_MODE;
  const scope = { principal, operation: entity.operation, key: key ?? '' };
  const requestHash = key == null ? '' : hashRows(rows, mode);
  const replay = async (): Promise<UpsertOutcome | null> => {
    const found = await prisma.idempotencyRecord.findFirst({
      where: { ...scope, createdAt: { gte: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } },
    });
    if (!found) return null;
    if (found.requestHash !== requestHash) {
      return emptyOutcome([
        userError(
          'IDEMPOTENCY_KEY_REUSED',
          'input.idempotencyKey was already used with different rows in the last 24 hours; use a new key for new input',
          ['input', 'idempotencyKey'],
        ),
      ]);
    }
    // Results stored before tombstones existed have no `deleted`.
    const stored = found.response as unknown as Omit<UpsertOutcome, 'replayed' | 'deleted'> & { deleted?: number };
    return { ...stored, deleted: stored.deleted ?? 0, replayed: true };
  };
  if (key != null) {
    const earlier = await replay();
    if (earlier) return earlier;
  }

  const now = new Date();
  try {
    return await prisma.$transaction(
      async (tx) => {
        const errors = new RowErrors();
        const audit: Record<string, unknown> = {};
        const applied = await entity.apply({ tx, organizationId, now, errors, audit, mode }, rows);
        const outcome: UpsertOutcome = {
          created: applied.filter((r) => r.status === 'CREATED').length,
          updated: applied.filter((r) => r.status === 'UPDATED').length,
          unchanged: applied.filter((r) => r.status === 'UNCHANGED').length,
          deleted: applied.filter((r) => r.status === 'DELETED').length,
          results: applied
            .sort((a, b) => a.index - b.index)
            .map((r) => ({
              index: r.index,
              externalId: r.externalId,
              id: toGlobalId(entity.typename, r.id),
              status: r.status,
            })),
          userErrors: errors.list(),
          replayed: false,
        };
        if (outcome.created + outcome.updated + outcome.deleted > 0) {
          // One change event per written record (webhook topics), then the call's summary. Rows
          // keyed by another type than their node (installed products, history) name it in
          // auditEntityType; a type without a topic writes no event.
          await recordChangeEvents(
            tx,
            { organizationId, principal, repId: caller.repId, requestId: caller.requestId },
            entity.auditEntityType ?? entity.typename,
            applied
              .filter((r) => r.status !== 'UNCHANGED')
              .sort((a, b) => a.index - b.index)
              .map((r) => ({
                id: r.id,
                externalId: r.externalId,
                change: r.status as 'CREATED' | 'UPDATED' | 'DELETED',
              })),
          );
          await tx.auditEvent.create({
            data: {
              organizationId,
              actorType: actorType(principal),
              actorId: principal,
              apiKeyId: principal.startsWith('key:') ? Number(principal.slice(4)) || null : null,
              repId: caller.repId ?? null,
              requestId: caller.requestId ?? null,
              action: entity.operation,
              entityType: entity.auditEntityType ?? entity.typename,
              entityId: 'bulk',
              after: {
                created: outcome.created,
                updated: outcome.updated,
                unchanged: outcome.unchanged,
                deleted: outcome.deleted,
                rejected: new Set(outcome.userErrors.map((e) => e.field?.[2])).size,
                externalIds: applied.filter((r) => r.status !== 'UNCHANGED').map((r) => r.externalId),
                ...audit,
              },
            },
          });
        }
        if (key != null) {
          // A record of the same key older than the TTL no longer counts: replace it.
          await tx.idempotencyRecord.deleteMany({
            where: { ...scope, createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } },
          });
          const { replayed: _, ...response } = outcome;
          await tx.idempotencyRecord.create({
            data: { ...scope, organizationId, requestHash, response: JSON.parse(JSON.stringify(response)) },
          });
        }
        return outcome;
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    if (sqlState(error) !== '23505') throw error;
    // A concurrent call with the same idempotency key committed first: answer with its result.
    if (key != null) {
      const earlier = await replay();
      if (earlier) return earlier;
    }
    // A concurrent call created rows with the same externalIds: nothing of this call was written.
    return emptyOutcome([
      userError(
        'CONFLICT',
        'another call wrote rows with the same externalIds at the same time; nothing was written, retry the call',
        ['input', 'rows'],
      ),
    ]);
  }
}
