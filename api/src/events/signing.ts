// Webhook signatures (docs/webhooks.md): HMAC-SHA256 with the subscription's secret over
// `<timestamp>.<body>`, the timestamp being Unix seconds at sending. Sent the Stripe way
// (`Coxswain-Signature: t=<timestamp>,v1=<hex>`) and the Shopify way (`X-Coxswain-Hmac-Sha256:
// <base64>` of the same digest, with `X-Coxswain-Timestamp`), so receivers can reuse either habit.
// The SDK's verifyWebhookSignature (sdk/src/webhooks.ts) checks them.
//
// While a rotated-out secret's overlap lasts, every attempt is signed with both secrets, newest
// first: two `v1=` entries in `Coxswain-Signature` (Stripe's convention; a verifier accepts the
// request when any entry matches) and two comma-separated digests in `X-Coxswain-Hmac-Sha256`.
import { createHmac, randomBytes } from 'node:crypto';

export const SIGNATURE_HEADER = 'Coxswain-Signature';

/** A new subscription secret: `whsec_` and 32 random bytes, base64url. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export interface WebhookSignature {
  timestamp: number;
  /** Lowercase hex of the HMAC. */
  hex: string;
  base64: string;
}

export function signWebhook(secret: string, body: string, timestamp: number): WebhookSignature {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return { timestamp, hex: digest.toString('hex'), base64: digest.toString('base64') };
}

export interface SignedHeaders {
  [name: string]: string;
}

/**
 * The headers of one delivery attempt, signed with each of `secrets` (the current one first, then
 * a rotated-out one during its overlap).
 */
export function deliveryHeaders(
  secrets: readonly string[],
  body: string,
  event: { id: string; type: string; topic: string; createdAt: Date },
  attempt: number,
  now = Date.now(),
): SignedHeaders {
  const timestamp = Math.floor(now / 1000);
  const signatures = secrets.map((secret) => signWebhook(secret, body, timestamp));
  return {
    'content-type': 'application/json',
    'user-agent': 'Coxswain-Webhooks/1',
    [SIGNATURE_HEADER.toLowerCase()]: `t=${timestamp},${signatures.map((s) => `v1=${s.hex}`).join(',')}`,
    'x-coxswain-hmac-sha256': signatures.map((s) => s.base64).join(','),
    'x-coxswain-timestamp': String(timestamp),
    'x-coxswain-event-id': event.id,
    'x-coxswain-topic': event.topic,
    'x-coxswain-event-type': event.type,
    'x-coxswain-triggered-at': event.createdAt.toISOString(),
    'x-coxswain-delivery-attempt': String(attempt),
  };
}
