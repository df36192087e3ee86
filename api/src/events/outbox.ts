// The transactional outbox (docs/webhooks.md): a change event is an AuditEvent row with a topic,
// written in the transaction of its change, and so are the deliveries it owes to the
// organization's subscriptions (WebhookDelivery, one per subscription listing the topic). A change
// that rolls back leaves neither; a committed one leaves both, which the delivery worker
// (delivery.ts) sends after commit, whatever happens to the process in between.
//
// Order: events get ids from a sequence when they are inserted, after the change's writes. Two
// transactions changing the same record take the record's row lock in turn, so the second one's
// event is inserted after the first committed: per record, event id order is commit order.
import type { TenantPrisma } from '../shared/tenant.js';
import { type ChangeEventKind, RECORD_TOPICS } from './topics.js';

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
    INSERT INTO "WebhookDelivery" ("organizationId", "subscriptionId", "eventId", "eventType")
    SELECT ${organizationId}, s.id, ${eventId}, ${kind.eventType}
      FROM "WebhookSubscription" s
     WHERE s."organizationId" = ${organizationId} AND ${kind.topic} = ANY (s.topics)`;
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

function actorType(principal: string): 'API_KEY' | 'USER' | 'SYSTEM' {
  if (principal.startsWith('key:')) return 'API_KEY';
  if (principal.startsWith('system')) return 'SYSTEM';
  return 'USER';
}

/**
 * One change event per changed record of a bulk write (ingestion), with its deliveries, in one
 * statement whatever the number of records: the events are inserted from unnested arrays in the
 * order given (their ids follow it), and the deliveries from the inserted events joined with the
 * subscriptions. `typename` is the node type (`Opportunity`, `Account`, `InstalledProduct`);
 * a type without a topic writes nothing. Call it inside the transaction of the writes, after them.
 */
export async function recordChangeEvents(
  tx: OutboxWriter,
  actor: ChangeActor,
  typename: string,
  records: readonly ChangedRecord[],
): Promise<number> {
  const topic = RECORD_TOPICS[typename];
  if (!topic || records.length === 0) return 0;
  const { organizationId, principal } = actor;
  const apiKeyId = principal.startsWith('key:') ? Number(principal.slice(4)) || null : null;
  const entityType = typename === 'AccountProduct' ? 'InstalledProduct' : typename;
  return tx.$executeRaw`
    WITH events AS (
      INSERT INTO "AuditEvent" ("organizationId", "actorType", "actorId", "apiKeyId", "repId", "requestId",
                                "action", "entityType", "entityId", "after", "topic", "eventType")
      SELECT ${organizationId}, ${actorType(principal)}, ${principal}, ${apiKeyId}::int, ${actor.repId ?? null}::int,
             ${actor.requestId ?? null}::text, ${topic} || '.' || lower(r.change), ${entityType}, r.id::text,
             jsonb_build_object('externalId', r.external_id, 'change', r.change),
             ${topic}, ${topic} || '.' || lower(r.change)
        FROM unnest(${records.map((r) => r.id)}::int[], ${records.map((r) => r.externalId)}::text[],
                    ${records.map((r) => r.change)}::text[]) WITH ORDINALITY AS r(id, external_id, change, position)
       ORDER BY r.position
      RETURNING id, "eventType"
    )
    INSERT INTO "WebhookDelivery" ("organizationId", "subscriptionId", "eventId", "eventType")
    SELECT ${organizationId}, s.id, e.id, e."eventType"
      FROM events e CROSS JOIN "WebhookSubscription" s
     WHERE s."organizationId" = ${organizationId} AND ${topic} = ANY (s.topics)
     ORDER BY s.id, e.id`;
}
