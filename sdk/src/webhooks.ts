// Verifying Coxswain webhook deliveries (docs/webhooks.md). A delivery carries
// `Coxswain-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` (Stripe's
// layout; several v1 entries may appear while a secret is rotated) and the same digest in base64
// as `X-Coxswain-Hmac-Sha256` with `X-Coxswain-Timestamp` (Shopify's layout). Uses Web Crypto, so
// it runs in Node 20+, Deno, Bun, edge runtimes and browsers alike.

/** A change event as delivered. */
export interface WebhookEvent {
  /** Event id: the same on every attempt. Store it and drop repeats (delivery is at least once). */
  id: string;
  /** E.g. `opportunity.updated`, `payoutRun.paid`. */
  type: string;
  /** The subscription topic, e.g. `opportunity`, `payoutRun.paid`. */
  topic: string;
  /** When the change was committed (ISO 8601). */
  createdAt: string;
  data: {
    entityType: string;
    /** Global ID of the changed record. */
    entityId: string;
    externalId: string | null;
    action: string;
    requestId: string | null;
  };
}

export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received (not re-serialised JSON). */
  payload: string | Uint8Array;
  /** The `Coxswain-Signature` header; or give `hmacHeader` and `timestampHeader`. */
  signatureHeader?: string | null;
  /** The `X-Coxswain-Hmac-Sha256` header (base64). */
  hmacHeader?: string | null;
  /** The `X-Coxswain-Timestamp` header (Unix seconds). */
  timestampHeader?: string | null;
  /** The subscription's secret, `whsec_…`. */
  secret: string;
  /** Largest accepted age (and clock skew) of the timestamp, in seconds; default 300. */
  toleranceSeconds?: number;
  /** Current time in ms (tests). */
  now?: number;
}

export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSignatureError';
  }
}

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function base64ToBytes(text: string): Uint8Array | null {
  try {
    const binary = atob(text.trim());
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Equal lengths and bytes, in time independent of where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

async function hmac(secret: string, timestamp: string, payload: string | Uint8Array): Promise<Uint8Array> {
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const prefix = encoder.encode(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix);
  message.set(body, prefix.length);
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
}

/**
 * Checks a delivery's signature and timestamp and returns the parsed event; throws
 * WebhookSignatureError when the signature does not match, the timestamp is outside the
 * tolerance (a replayed or delayed request), or a header is missing.
 */
export async function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const tolerance = options.toleranceSeconds ?? 300;
  let timestamp: string | undefined;
  const candidates: Uint8Array[] = [];
  if (options.signatureHeader) {
    for (const part of options.signatureHeader.split(',')) {
      const [name, value] = part.trim().split('=', 2);
      if (name === 't') timestamp = value;
      else if (name === 'v1' && value) {
        const bytes = hexToBytes(value);
        if (bytes) candidates.push(bytes);
      }
    }
  } else if (options.hmacHeader && options.timestampHeader) {
    timestamp = options.timestampHeader.trim();
    const bytes = base64ToBytes(options.hmacHeader);
    if (bytes) candidates.push(bytes);
  }
  if (!timestamp || !/^\d+$/.test(timestamp) || candidates.length === 0) {
    throw new WebhookSignatureError('missing or malformed signature headers');
  }
  const age = (options.now ?? Date.now()) / 1000 - Number(timestamp);
  if (Math.abs(age) > tolerance) {
    throw new WebhookSignatureError(`timestamp is ${Math.round(age)} s off, outside the ${tolerance} s tolerance`);
  }
  const expected = await hmac(options.secret, timestamp, options.payload);
  if (!candidates.some((c) => constantTimeEqual(c, expected))) {
    throw new WebhookSignatureError('signature does not match the payload and secret');
  }
  const text = typeof options.payload === 'string' ? options.payload : new TextDecoder().decode(options.payload);
  return JSON.parse(text) as WebhookEvent;
}
