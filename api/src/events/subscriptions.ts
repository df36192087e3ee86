// Webhook subscriptions (docs/webhooks.md): create, pause/resume, delete. Every change runs in one
// transaction with its audit event (shared/audit.ts); the tenant client confines reads and writes
// to the caller's organization.
import { recordAudit } from '../shared/audit.js';
import type { Context } from '../shared/context.js';
import { type UserErrorShape, userError } from '../shared/errors.js';
import { generateWebhookSecret } from './signing.js';
import { WEBHOOK_TOPICS } from './topics.js';
import { webhookUrlProblem } from './urls.js';

export const WEBHOOKS_SCOPE = 'write:webhooks';
export const MAX_DESCRIPTION = 200;
/** Subscriptions one organization may have. */
export const MAX_SUBSCRIPTIONS = 20;
/** How long a rotated-out secret keeps signing, by default and at most (seconds). */
export const DEFAULT_ROTATION_OVERLAP_SECONDS = 24 * 60 * 60;
export const MAX_ROTATION_OVERLAP_SECONDS = 7 * 24 * 60 * 60;

export interface SubscriptionOutcome {
  subscriptionId: number | null;
  secret?: string | null;
  /** Until when the rotated-out secret also signs (rotateSecret). */
  previousSecretExpiresAt?: Date | null;
  userErrors: UserErrorShape[];
}

/** The subscription as the audit trail records it: never the secret. */
function auditView(s: { id: number; url: string; topics: string[]; status: string; description: string | null }) {
  const { id, url, topics, status, description } = s;
  return { id, url, topics, status, description };
}

export async function createSubscription(
  ctx: Context,
  input: { url: string; topics: string[]; description?: string | null },
): Promise<SubscriptionOutcome> {
  const errors: UserErrorShape[] = [];
  const url = input.url.trim();
  const problem = url ? await webhookUrlProblem(url) : 'must not be empty';
  if (problem) errors.push(userError(url ? 'INVALID' : 'REQUIRED', `input.url ${problem}`, ['input', 'url']));
  const topics = [...new Set(input.topics)];
  if (topics.length === 0)
    errors.push(userError('REQUIRED', 'input.topics must name at least one topic', ['input', 'topics']));
  const unknown = topics.find((t) => !Object.hasOwn(WEBHOOK_TOPICS, t));
  if (unknown) errors.push(userError('INVALID', `input.topics: unknown topic ${unknown}`, ['input', 'topics']));
  const description = input.description?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION) {
    errors.push(
      userError('TOO_LONG', `input.description is longer than ${MAX_DESCRIPTION} characters`, ['input', 'description']),
    );
  }
  if (errors.length) return { subscriptionId: null, userErrors: errors };
  const secret = generateWebhookSecret();
  return ctx.prisma.$transaction(async (tx) => {
    if ((await tx.webhookSubscription.count()) >= MAX_SUBSCRIPTIONS) {
      return {
        subscriptionId: null,
        userErrors: [
          userError('OUT_OF_RANGE', `an organization may have at most ${MAX_SUBSCRIPTIONS} webhook subscriptions`, [
            'input',
          ]),
        ],
      };
    }
    const created = await tx.webhookSubscription.create({
      data: { organizationId: ctx.organization.id, url, topics, description, secret },
    });
    await recordAudit(tx, ctx, {
      action: 'webhookSubscription.create',
      entityType: 'WebhookSubscription',
      entityId: created.id,
      after: auditView(created),
    });
    return { subscriptionId: created.id, secret, userErrors: [] };
  });
}

/**
 * Pauses (`PAUSED`) or resumes (`ACTIVE`) a subscription. Resuming also clears a platform
 * disablement and its backoff, so the oldest pending event goes out at the next sweep.
 */
export async function setSubscriptionStatus(
  ctx: Context,
  id: number,
  status: 'ACTIVE' | 'PAUSED',
): Promise<SubscriptionOutcome> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.webhookSubscription.findFirst({ where: { id } });
    if (!before)
      return { subscriptionId: null, userErrors: [userError('NOT_FOUND', 'input.id does not exist', ['input', 'id'])] };
    if (before.status === status) return { subscriptionId: id, userErrors: [] };
    const after = await tx.webhookSubscription.update({
      where: { id },
      data:
        status === 'ACTIVE'
          ? {
              status,
              disabledReason: null,
              disabledAt: null,
              consecutiveFailures: 0,
              failingSince: null,
              nextAttemptAt: null,
            }
          : { status },
    });
    await recordAudit(tx, ctx, {
      action: status === 'ACTIVE' ? 'webhookSubscription.resume' : 'webhookSubscription.pause',
      entityType: 'WebhookSubscription',
      entityId: id,
      before: { ...auditView(before), disabledReason: before.disabledReason },
      after: auditView(after),
    });
    return { subscriptionId: id, userErrors: [] };
  });
}

/** Deletes a subscription; its deliveries go with it (cascade). */
export async function deleteSubscription(ctx: Context, id: number): Promise<{ deleted: boolean }> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.webhookSubscription.findFirst({ where: { id } });
    if (!before) return { deleted: false };
    await tx.webhookSubscription.delete({ where: { id } });
    await recordAudit(tx, ctx, {
      action: 'webhookSubscription.delete',
      entityType: 'WebhookSubscription',
      entityId: id,
      before: auditView(before),
    });
    return { deleted: true };
  });
}

/**
 * Replaces a subscription's signing secret. For `overlapSeconds` (default a day, at most a week)
 * every delivery is signed with both the new and the old secret, so the receiver can switch at any
 * moment of the window; 0 retires the old secret at once. The new secret is returned once; neither
 * is in the audit trail.
 */
export async function rotateSecret(
  ctx: Context,
  id: number,
  overlapSeconds: number | null | undefined,
): Promise<SubscriptionOutcome> {
  const overlap = overlapSeconds ?? DEFAULT_ROTATION_OVERLAP_SECONDS;
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_ROTATION_OVERLAP_SECONDS) {
    return {
      subscriptionId: null,
      userErrors: [
        userError(
          'OUT_OF_RANGE',
          `input.overlapSeconds must be a whole number from 0 to ${MAX_ROTATION_OVERLAP_SECONDS} (7 days)`,
          ['input', 'overlapSeconds'],
        ),
      ],
    };
  }
  const secret = generateWebhookSecret();
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.webhookSubscription.findFirst({ where: { id } });
    if (!before)
      return { subscriptionId: null, userErrors: [userError('NOT_FOUND', 'input.id does not exist', ['input', 'id'])] };
    const expiresAt = overlap > 0 ? new Date(Date.now() + overlap * 1000) : null;
    await tx.webhookSubscription.update({
      where: { id },
      data: { secret, previousSecret: expiresAt ? before.secret : null, previousSecretExpiresAt: expiresAt },
    });
    await recordAudit(tx, ctx, {
      action: 'webhookSubscription.rotateSecret',
      entityType: 'WebhookSubscription',
      entityId: id,
      before: { id, previousSecretExpiresAt: before.previousSecretExpiresAt },
      after: { id, previousSecretExpiresAt: expiresAt, overlapSeconds: overlap },
    });
    return { subscriptionId: id, secret, previousSecretExpiresAt: expiresAt, userErrors: [] };
  });
}
