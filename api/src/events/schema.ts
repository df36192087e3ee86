// The events module's graph: webhook subscriptions and their delivery log (scope write:webhooks),
// and the audit trail as a connection for admins (`auditEvents`). Resolvers parse, authorise and
// call subscriptions.ts; the tenant client confines every read and write to the organization, so
// another organization's subscription, delivery or event is simply not found.
import { builder } from '../shared/builder.js';
import { type UserErrorShape, UserInputError, userError } from '../shared/errors.js';
import { decodeRowId, parseId, toGlobalId } from '../shared/ids.js';
import { userErrorsField } from '../shared/user-errors-schema.js';
import {
  createSubscription,
  DEFAULT_ROTATION_OVERLAP_SECONDS,
  deleteSubscription,
  MAX_DESCRIPTION,
  MAX_ROTATION_OVERLAP_SECONDS,
  rotateSecret,
  setSubscriptionStatus,
  WEBHOOKS_SCOPE,
} from './subscriptions.js';
import { ALL_WEBHOOK_TOPICS, WEBHOOK_TOPICS, type WebhookTopic } from './topics.js';

const WEBHOOKS = { scope: WEBHOOKS_SCOPE } as const;
const ADMIN = { scope: 'admin' } as const;

/** `payoutRun.approved` → `PAYOUT_RUN_APPROVED`. */
const enumName = (topic: string) =>
  topic
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace('.', '_')
    .toUpperCase();

export const WebhookTopicEnum = builder.enumType('WebhookTopic', {
  description:
    'A kind of change a webhook subscription receives. The event `topic` field carries the value in its wire form (e.g. `payoutRun.approved`).',
  values: Object.fromEntries(
    ALL_WEBHOOK_TOPICS.map((topic) => [enumName(topic), { value: topic, description: WEBHOOK_TOPICS[topic] }]),
  ) as Record<string, { value: WebhookTopic; description: string }>,
});

const SubscriptionStatusEnum = builder.enumType('WebhookSubscriptionStatus', {
  description: 'Whether a subscription receives events now.',
  values: {
    ACTIVE: { value: 'ACTIVE', description: 'Events are delivered.' },
    PAUSED: { value: 'PAUSED', description: 'Paused by an admin: events are kept and delivered on resume.' },
    DISABLED: {
      value: 'DISABLED',
      description: 'Disabled by the platform after repeated failed deliveries (see disabledReason); events are kept.',
    },
  } as const,
});

const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery stands.',
  values: {
    PENDING: {
      value: 'PENDING',
      description: 'Not yet accepted by the receiver (not tried yet, or failed and waiting).',
    },
    DELIVERED: { value: 'DELIVERED', description: 'The receiver answered 2xx.' },
  } as const,
});

builder.prismaNode('WebhookSubscription', {
  id: { field: 'id' },
  authScopes: WEBHOOKS,
  nullable: true,
  description: 'An endpoint of the organization that receives signed change events (docs/webhooks.md).',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed (http or https).' }),
    description: t.exposeString('description', { nullable: true, description: 'What the endpoint is for.' }),
    topics: t.field({
      type: [WebhookTopicEnum],
      select: { topics: true },
      description: 'Topics it receives.',
      resolve: (s) => s.topics.filter((x): x is WebhookTopic => Object.hasOwn(WEBHOOK_TOPICS, x)),
    }),
    status: t.field({
      type: SubscriptionStatusEnum,
      select: { status: true },
      description: 'Whether events are delivered now.',
      resolve: (s) => s.status as 'ACTIVE' | 'PAUSED' | 'DISABLED',
    }),
    disabledReason: t.exposeString('disabledReason', {
      nullable: true,
      description: 'Why the platform disabled it (the failures and the last error); null unless DISABLED.',
    }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'When it was disabled.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', {
      description: 'Failed delivery attempts in a row (0 after a success).',
    }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description: 'While failing: when deliveries are retried (exponential backoff).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    previousSecretExpiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      select: { previousSecretExpiresAt: true },
      description:
        'After rotateWebhookSecret: until when deliveries are also signed with the previous secret (a second v1= signature); null when only one secret signs.',
      resolve: (s) =>
        s.previousSecretExpiresAt && s.previousSecretExpiresAt.getTime() > Date.now()
          ? s.previousSecretExpiresAt
          : null,
    }),
    pendingDeliveryCount: t.relationCount('deliveries', {
      where: { status: 'PENDING' },
      description: 'Events not yet accepted by the receiver.',
    }),
  }),
});

builder.prismaObject('WebhookDeliveryAttempt', {
  description: 'One attempt to deliver an event: what the receiver answered, or why there was no answer.',
  fields: (t) => ({
    attempt: t.exposeInt('attempt', { description: '1 for the first attempt of the delivery.' }),
    statusCode: t.exposeInt('statusCode', {
      nullable: true,
      description: 'HTTP status of the answer; null when no response came (refused, timed out).',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why the attempt failed; null when it delivered.' }),
    durationMs: t.exposeInt('durationMs', { description: 'From sending the request to its answer or failure (ms).' }),
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime', description: 'When the request was sent.' }),
  }),
});

builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  authScopes: WEBHOOKS,
  nullable: true,
  description: 'One change event owed to one subscription, and what happened when it was sent: the delivery log.',
  fields: (t) => ({
    subscription: t.relation('subscription', { description: 'The endpoint.' }),
    eventId: t.id({
      select: { eventId: true },
      description: 'The event id the receiver sees (body `id`, header `X-Coxswain-Event-Id`).',
      resolve: (d) => toGlobalId('AuditEvent', d.eventId),
    }),
    eventType: t.exposeString('eventType', { description: 'E.g. `opportunity.updated`.' }),
    status: t.field({
      type: DeliveryStatusEnum,
      select: { status: true },
      description: 'Delivered or still pending.',
      resolve: (d) => d.status as 'PENDING' | 'DELIVERED',
    }),
    attempts: t.exposeInt('attempts', { description: 'Attempts so far.' }),
    lastStatusCode: t.exposeInt('lastStatusCode', {
      nullable: true,
      description: 'HTTP status of the last attempt; null when there was no response (refused, timed out).',
    }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true, description: 'Last attempt.' }),
    attemptLog: t.relation('attemptLog', {
      query: { orderBy: { attempt: 'asc' } },
      description:
        'Every attempt so far, first to last (kept until the delivered delivery is pruned after the retention, docs/webhooks.md).',
    }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When it was accepted.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was committed.' }),
  }),
});

builder.prismaNode('AuditEvent', {
  id: { field: 'id' },
  authScopes: ADMIN,
  nullable: true,
  description:
    'One change in the audit trail: who, what, when, with before and after. Changes with a topic are also change events sent to webhooks; the ID is the event id they carry.',
  fields: (t) => ({
    actorType: t.exposeString('actorType', { description: '`API_KEY`, `USER` or `SYSTEM`.' }),
    actorId: t.exposeString('actorId', {
      description: '`key:<id>`, `user:<sub>` or the system job: the `principal` of the caller.',
    }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request that made the change.' }),
    action: t.exposeString('action', { description: 'Verb of the change, e.g. `salesPlan.activate`.' }),
    entityType: t.exposeString('entityType', { description: 'Type of the changed record, e.g. `SalesPlan`.' }),
    entityId: t.exposeString('entityId', {
      description: 'Row id of the changed record (`bulk` for the summary of an ingestion call).',
    }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'The record before the change.' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'The record after the change.' }),
    topic: t.exposeString('topic', { nullable: true, description: 'Webhook topic, when the change is an event.' }),
    eventType: t.exposeString('eventType', {
      nullable: true,
      description: 'Event type sent to webhooks, e.g. `opportunity.updated`; null when not an event.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the change was made.' }),
  }),
});

// ---------------------------------------------------------------- queries

const DeliveryFilter = builder.inputType('WebhookDeliveryFilter', {
  description: 'Conditions a delivery must meet.',
  fields: (t) => ({
    subscriptionId: t.id({ description: 'Only this subscription’s deliveries.' }),
    status: t.field({ type: DeliveryStatusEnum, description: 'Only deliveries in this status.' }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Conditions an audit event must meet (all that are given).',
  fields: (t) => ({
    actorId: t.string({ description: 'The principal that made the change, e.g. `key:12`.' }),
    entityType: t.string({ description: 'Type of the changed record, e.g. `Opportunity`.' }),
    entityId: t.id({ description: 'Global ID of the changed record (implies its type).' }),
    action: t.string({ description: 'Verb, e.g. `payoutRun.approve`.' }),
    from: t.field({ type: 'DateTime', description: 'Changes at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Changes before this instant.' }),
  }),
});

function deliveryWhere(
  filter: { subscriptionId?: string | null; status?: 'PENDING' | 'DELIVERED' | null } | null | undefined,
) {
  return {
    ...(filter?.subscriptionId
      ? { subscriptionId: parseId(filter.subscriptionId, 'WebhookSubscription', ['filter', 'subscriptionId']) }
      : {}),
    ...(filter?.status ? { status: filter.status } : {}),
  };
}

interface AuditFilterShape {
  actorId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

function auditWhere(filter: AuditFilterShape | null | undefined) {
  if (!filter) return {};
  let entity: { entityType: string; entityId: string } | null = null;
  if (filter.entityId) {
    const decoded = decodeRowId(filter.entityId);
    if (!decoded)
      throw new UserInputError('INVALID', 'filter.entityId must be the ID of a record', ['filter', 'entityId']);
    entity = { entityType: decoded.typename, entityId: String(decoded.id) };
  }
  if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime()) {
    throw new UserInputError('OUT_OF_RANGE', 'filter.from must not be after filter.to', ['filter', 'from']);
  }
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(entity ?? {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}

builder.queryFields((t) => ({
  webhookSubscriptions: t.prismaConnection(
    {
      type: 'WebhookSubscription',
      cursor: 'id',
      authScopes: WEBHOOKS,
      description: 'Webhook subscriptions of the organization, newest first (write:webhooks).',
      totalCount: (_root, _args, ctx) => ctx.prisma.webhookSubscription.count(),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.webhookSubscription.findMany({ ...query, orderBy: [{ id: 'desc' }] }),
    },
    { name: 'WebhookSubscriptionConnection', description: 'A page of WebhookSubscription objects.' },
    { name: 'WebhookSubscriptionEdge', description: 'A WebhookSubscription in a page, with its cursor.' },
  ),
  webhookDeliveries: t.prismaConnection(
    {
      type: 'WebhookDelivery',
      cursor: 'id',
      authScopes: WEBHOOKS,
      description: 'The delivery log, newest first (write:webhooks).',
      args: { filter: t.arg({ type: DeliveryFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.webhookDelivery.count({ where: deliveryWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.prisma.webhookDelivery.findMany({ ...query, where: deliveryWhere(filter), orderBy: [{ id: 'desc' }] }),
    },
    { name: 'WebhookDeliveryConnection', description: 'A page of WebhookDelivery objects.' },
    { name: 'WebhookDeliveryEdge', description: 'A WebhookDelivery in a page, with its cursor.' },
  ),
  auditEvents: t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      authScopes: ADMIN,
      description: 'The audit trail of the organization, newest first (admin only).',
      args: { filter: t.arg({ type: AuditEventFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.auditEvent.count({ where: auditWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.prisma.auditEvent.findMany({ ...query, where: auditWhere(filter), orderBy: [{ id: 'desc' }] }),
    },
    { name: 'AuditEventConnection', description: 'A page of AuditEvent objects.' },
    { name: 'AuditEventEdge', description: 'An AuditEvent in a page, with its cursor.' },
  ),
}));

// ---------------------------------------------------------------- mutations

const CreateInput = builder.inputType('CreateWebhookSubscriptionInput', {
  description: 'A new webhook endpoint.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description: 'Where to POST events: http or https; in production not a private, loopback or link-local address.',
    }),
    topics: t.field({ type: [WebhookTopicEnum], required: true, description: 'Topics to receive (at least one).' }),
    description: t.string({ description: `What the endpoint is for (at most ${MAX_DESCRIPTION} characters).` }),
  }),
});

const IdInput = builder.inputType('WebhookSubscriptionIdInput', {
  description: 'The subscription to act on.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'ID of the WebhookSubscription.' }),
  }),
});

const RotateInput = builder.inputType('RotateWebhookSecretInput', {
  description: 'The subscription whose signing secret to replace, and how long the old one keeps signing.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'ID of the WebhookSubscription.' }),
    overlapSeconds: t.int({
      description: `How long deliveries are signed with both secrets (default ${DEFAULT_ROTATION_OVERLAP_SECONDS}, a day; 0 to ${MAX_ROTATION_OVERLAP_SECONDS}).`,
    }),
  }),
});

interface PayloadShape {
  subscriptionId: number | null;
  secret?: string | null;
  previousSecretExpiresAt?: Date | null;
  userErrors: UserErrorShape[];
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

function payloadFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, PayloadShape>, description: string) {
  return {
    webhookSubscription: t.prismaField({
      type: 'WebhookSubscription',
      nullable: true,
      description,
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.webhookSubscription.findUnique({ ...query, where: { id: p.subscriptionId ?? 0 } }),
    }),
    userErrors: userErrorsField(t),
  };
}

const CreatePayload = builder.objectRef<PayloadShape>('CreateWebhookSubscriptionPayload').implement({
  description: 'Result of createWebhookSubscription.',
  fields: (t) => ({
    ...payloadFields(t, 'The new subscription; null when the input was refused.'),
    secret: t.string({
      nullable: true,
      description:
        'The signing secret (`whsec_…`): verify each delivery with it (SDK verifyWebhookSignature). Shown only in this response.',
      resolve: (p) => p.secret ?? null,
    }),
  }),
});

const RotatePayload = builder.objectRef<PayloadShape>('RotateWebhookSecretPayload').implement({
  description: 'Result of rotateWebhookSecret.',
  fields: (t) => ({
    ...payloadFields(t, 'The subscription; null when the input was refused.'),
    secret: t.string({
      nullable: true,
      description: 'The new signing secret (`whsec_…`), shown only in this response.',
      resolve: (p) => p.secret ?? null,
    }),
    previousSecretExpiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Until when the previous secret also signs; null when the overlap is 0.',
      resolve: (p) => p.previousSecretExpiresAt ?? null,
    }),
  }),
});

const StatusPayload = builder.objectRef<PayloadShape>('WebhookSubscriptionStatusPayload').implement({
  description: 'Result of pauseWebhookSubscription and resumeWebhookSubscription.',
  fields: (t) => payloadFields(t, 'The subscription; null when the input was refused.'),
});

interface DeletePayloadShape {
  deletedId: string | null;
  userErrors: UserErrorShape[];
}

const DeletePayload = builder.objectRef<DeletePayloadShape>('DeleteWebhookSubscriptionPayload').implement({
  description: 'Result of deleteWebhookSubscription.',
  fields: (t) => ({
    deletedId: t.id({ nullable: true, description: 'ID of the deleted subscription.', resolve: (p) => p.deletedId }),
    userErrors: userErrorsField(t),
  }),
});

function subscriptionId(id: string): number | UserErrorShape {
  try {
    return parseId(id, 'WebhookSubscription', ['input', 'id']);
  } catch (error) {
    if (error instanceof UserInputError) return error.userError;
    throw error;
  }
}

builder.mutationFields((t) => ({
  createWebhookSubscription: t.field({
    type: CreatePayload,
    authScopes: WEBHOOKS,
    description: 'Subscribes an endpoint to topics and returns its signing secret once (write:webhooks).',
    args: { input: t.arg({ type: CreateInput, required: true, description: 'The endpoint.' }) },
    resolve: (_root, { input }, ctx) => createSubscription(ctx, input),
  }),
  pauseWebhookSubscription: t.field({
    type: StatusPayload,
    authScopes: WEBHOOKS,
    description: 'Stops deliveries; events keep being recorded and go out on resume (write:webhooks).',
    args: { input: t.arg({ type: IdInput, required: true, description: 'The subscription.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = subscriptionId(input.id);
      return typeof id === 'number'
        ? setSubscriptionStatus(ctx, id, 'PAUSED')
        : { subscriptionId: null, userErrors: [id] };
    },
  }),
  resumeWebhookSubscription: t.field({
    type: StatusPayload,
    authScopes: WEBHOOKS,
    description:
      'Delivers again, from the oldest pending event: a paused or disabled subscription becomes active, its failure count reset (write:webhooks).',
    args: { input: t.arg({ type: IdInput, required: true, description: 'The subscription.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = subscriptionId(input.id);
      return typeof id === 'number'
        ? setSubscriptionStatus(ctx, id, 'ACTIVE')
        : { subscriptionId: null, userErrors: [id] };
    },
  }),
  rotateWebhookSecret: t.field({
    type: RotatePayload,
    authScopes: WEBHOOKS,
    description:
      'Replaces the signing secret; during the overlap each delivery carries a signature by each secret (two v1= entries), so either verifies (write:webhooks).',
    args: { input: t.arg({ type: RotateInput, required: true, description: 'The subscription and the overlap.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = subscriptionId(input.id);
      return typeof id === 'number'
        ? rotateSecret(ctx, id, input.overlapSeconds)
        : { subscriptionId: null, userErrors: [id] };
    },
  }),
  deleteWebhookSubscription: t.field({
    type: DeletePayload,
    authScopes: WEBHOOKS,
    description: 'Deletes a subscription with its pending deliveries and its delivery log (write:webhooks).',
    args: { input: t.arg({ type: IdInput, required: true, description: 'The subscription.' }) },
    resolve: async (_root, { input }, ctx) => {
      const id = subscriptionId(input.id);
      if (typeof id !== 'number') return { deletedId: null, userErrors: [id] };
      const outcome = await deleteSubscription(ctx, id);
      return outcome.deleted
        ? { deletedId: input.id, userErrors: [] }
        : { deletedId: null, userErrors: [userError('NOT_FOUND', 'input.id does not exist', ['input', 'id'])] };
    },
  }),
}));
