// The transactional outbox (docs/webhooks.md): a change event is an AuditEvent row with a topic,
// written in the transaction of its change, and so are the deliveries it owes to the
// organization's subscriptions (WebhookDelivery, one per subscription listing the topic). A change
// that rolls back leaves neither; a committed one leaves both, which the delivery worker
// (delivery.ts) sends after commit, whatever happens to the process in between.
//
// Order: events get ids from a sequence when they are inserted, after the change's writes. Two
// transactions changing the same record take the record's row lock in turn, so the second one's
// event is inserted after the first committed: per record, event id order is commit order.
//
// Wake-up: the statements that queue deliveries also NOTIFY `coxswain_webhooks` (delivery.ts
// WAKE_CHANNEL) once per subscription; PostgreSQL delivers a notification at commit and drops it
// on rollback, so delivery workers start at the commit, and never for a change that did not happen.
import type { TenantPrisma } from '../shared/tenant.js';
import { type ChangeEventKind, RECORD_TOPICS, type WebhookTopic } from './topics.js';

/** What the outbox needs of a transaction: raw statements (bound to the organization). */
export type OutboxWriter = Pick<TenantPrisma, '$executeRaw'>;

/** Queues one event for every subscription of the organization that lists its topic. */
export async function queueDeliveries(
  tx: OutboxWriter,
  organizationId: number,
  eventId: number,
  kind: ChangeEventKind,
): Promise<void> {
  await tx.$executeRaw`
    WITH deliveries AS (
      INSERT INTO "WebhookDelivery" ("organizationId", "subscriptionId", "eventId", "eventType")
      SELECT ${organizationId}, s.id, ${eventId}, ${kind.eventType}
        FROM "WebhookSubscription" s
       WHERE s."organizationId" = ${organizationId} AND ${kind.topic} = ANY (s.topics)
      RETURNING "subscriptionId"
    )
    SELECT pg_notify('coxswain_webhooks', d."subscriptionId"::text) FROM deliveries d`;
}

export type RecordChange = 'CREATED' | 'UPDATED' | 'DELETED';

export interface ChangedRecord {
  id: number;
  externalId: string;
  change: RecordChange;
}

export interface ChangeActor {
  organizationId: number;
  /** `key:<id>`, `user:<sub>`, `dev` or `system:<job>`. */
  principal: string;
  repId?: number | null;
  requestId?: string | null;
}

/** One change event as the outbox writes it. */
export interface ChangeEvent {
  /** Node type of the changed record, e.g. `Opportunity`, `SalesPlan`. */
  entityType: string;
  entityId: number;
  topic: WebhookTopic;
  /** What receivers see as `type`, e.g. `opportunity.deleted`. */
  eventType: string;
  /** The audit action. */
  action: string;
  /** The audit event's `after`; its `externalId`, when a string, is the body's `data.externalId`. */
  after: Record<string, unknown>;
}

function actorType(principal: string): 'API_KEY' | 'USER' | 'SYSTEM' {
  if (principal.startsWith('key:')) return 'API_KEY';
  if (principal.startsWith('system')) return 'SYSTEM';
  return 'USER';
}

/**
 * The events as one JSON text, `[[entityType, entityId, topic, eventType, action, after], …]`: one
 * parameter for the driver to send, where an array per column had it escape every element.
 */
function eventsJson(events: readonly ChangeEvent[]): string {
  return JSON.stringify(events.map((e) => [e.entityType, String(e.entityId), e.topic, e.eventType, e.action, e.after]));
}

/** Events an entity's bulk write left for the call's recordChangeEvents, by transaction. */
const deferred = new WeakMap<object, ChangeEvent[]>();

/**
 * Leaves change events of a bulk write (ingestion) that are not the rows' own, for the call's
 * `recordChangeEvents` to write with the call's actor in the same transaction and statement, before
 * the rows' own events: the deals an account's cascade deleted, the plans whose quotas an
 * upsertQuotas call changed. A transaction that rolls back drops them with itself.
 */
export function deferChangeEvents(tx: object, events: readonly ChangeEvent[]): void {
  if (events.length === 0) return;
  deferred.set(tx, [...(deferred.get(tx) ?? []), ...events]);
}

/**
 * One change event per changed record of a bulk write (ingestion), with its deliveries, in one
 * statement whatever the number of records: the events are inserted from one JSON array in the
 * order given (their ids follow it), and the deliveries from the inserted events joined with the
 * subscriptions. `typename` is the node type (`Opportunity`, `Account`, `InstalledProduct`);
 * a type without a topic writes no event of its rows. Events deferred in the transaction
 * (`deferChangeEvents`) go first. Call it inside the transaction of the writes, after them.
 */
export async function recordChangeEvents(
  tx: OutboxWriter,
  actor: ChangeActor,
  typename: string,
  records: readonly ChangedRecord[],
): Promise<number> {
  const topic = RECORD_TOPICS[typename];
  const entityType = typename === 'AccountProduct' ? 'InstalledProduct' : typename;
  const events: ChangeEvent[] = [...(deferred.get(tx) ?? [])];
  deferred.delete(tx);
  if (topic) {
    for (const r of records) {
      const eventType = `${topic}.${r.change.toLowerCase()}`;
      events.push({
        entityType,
        entityId: r.id,
        topic,
        eventType,
        action: eventType,
        after: { externalId: r.externalId, change: r.change },
      });
    }
  }
  if (events.length === 0) return 0;
  const { organizationId, principal } = actor;
  const apiKeyId = principal.startsWith('key:') ? Number(principal.slice(4)) || null : null;
  await tx.$executeRaw`
    WITH events AS (
      INSERT INTO "AuditEvent" ("organizationId", "actorType", "actorId", "apiKeyId", "repId", "requestId",
                                "action", "entityType", "entityId", "after", "topic", "eventType")
      SELECT ${organizationId}, ${actorType(principal)}, ${principal}, ${apiKeyId}::int, ${actor.repId ?? null}::int,
             ${actor.requestId ?? null}::text, r.e->>4, r.e->>0, r.e->>1, (r.e->5)::jsonb, r.e->>2, r.e->>3
        FROM json_array_elements(${eventsJson(events)}::json) WITH ORDINALITY AS r(e, position)
       ORDER BY r.position
      RETURNING id, topic, "eventType"
    ), deliveries AS (
      INSERT INTO "WebhookDelivery" ("organizationId", "subscriptionId", "eventId", "eventType")
      SELECT ${organizationId}, s.id, e.id, e."eventType"
        FROM events e JOIN "WebhookSubscription" s ON e.topic = ANY (s.topics)
       WHERE s."organizationId" = ${organizationId}
       ORDER BY s.id, e.id
      RETURNING "subscriptionId"
    )
    SELECT pg_notify('coxswain_webhooks', d."subscriptionId"::text)
      FROM (SELECT DISTINCT "subscriptionId" FROM deliveries) d`;
  return events.length;
}
