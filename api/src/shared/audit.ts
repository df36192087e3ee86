// Audit trail (docs/design.md §4): who changed what, when, with before and after. Written inside the
// transaction of the change it records, so there is never a change without its event or an
// event without its change.
import { queueDeliveries } from '../events/outbox.js';
import { changeEventOf } from '../events/topics.js';
import type { Context } from './context.js';
import type { TenantPrisma } from './tenant.js';

/**
 * A client that can write audit events: a transaction of the request's client. An action that is
 * also a change event (events/topics.ts) queues its webhook deliveries with a raw statement.
 */
export type AuditWriter = Pick<TenantPrisma, 'auditEvent' | '$executeRaw'>;

export interface AuditEntry {
  /** Verb of the change, e.g. `salesPlan.update`. */
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

function actorType(principal: string): 'API_KEY' | 'USER' | 'SYSTEM' {
  if (principal.startsWith('key:')) return 'API_KEY';
  if (principal.startsWith('system')) return 'SYSTEM';
  return 'USER';
}

/** JSON copy of a row: Decimals become strings and Dates ISO strings, via their toJSON. */
function snapshot(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export async function recordAudit(
  tx: AuditWriter,
  ctx: Pick<Context, 'viewer' | 'requestId' | 'organization'>,
  entry: AuditEntry,
): Promise<void> {
  const { principal } = ctx.viewer;
  const event = changeEventOf(entry.action);
  const created = await tx.auditEvent.create({
    select: { id: true },
    data: {
      organizationId: ctx.organization.id,
      actorType: actorType(principal),
      actorId: principal,
      apiKeyId: principal.startsWith('key:') ? Number(principal.slice(4)) : null,
      repId: ctx.viewer.repId,
      requestId: ctx.requestId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      topic: event?.topic ?? null,
      eventType: event?.eventType ?? null,
    },
  });
  if (event) await queueDeliveries(tx, ctx.organization.id, created.id, event);
}
