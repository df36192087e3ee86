// Webhook delivery (docs/webhooks.md). The outbox (outbox.ts) leaves PENDING WebhookDelivery rows
// in the change's transaction; this worker sends them after commit:
//
// - A dispatcher in every API process looks, every `sweepIntervalMs`, for active subscriptions
//   with due pending deliveries and no worker, and enqueues a pg-boss job per subscription
//   (queue `webhook-delivery`, policy `short`: one queued job per subscription however often it
//   is enqueued). Nothing is lost when a process dies: the rows are the truth, and the next sweep
//   of any process finds them.
// - The job takes the subscription's lease (one worker per subscription at a time, in any
//   process, expiring if the process dies), then loops: claim the oldest pending deliveries in
//   event id order (a batch), group them by record, send the groups concurrently and each group
//   in order, stopping a group at its first failure, and record the outcomes in one statement.
// - A failed attempt backs the subscription off exponentially (`nextAttemptAt`) and schedules the
//   retry as a pg-boss job starting then; the failed delivery and everything after it for the same
//   record wait, so each record's events arrive in commit order. After `maxConsecutiveFailures`
//   failed runs in a row the subscription is DISABLED with the reason; deliveries stay PENDING and
//   go out when an admin resumes it.
//
// - Wake-up: on PostgreSQL the outbox's statements NOTIFY the channel `coxswain_webhooks` with the
//   subscription id at commit, and every worker LISTENs on its own connection, so a delivery run
//   starts within milliseconds of the commit instead of waiting for a sweep and pg-boss's polling.
//   One run per subscription per process (`runs`); the lease keeps it to one across processes.
// - Every attempt is logged (WebhookDeliveryAttempt), and a scheduled pg-boss job (queue
//   `webhook-retention`) prunes delivered deliveries and their attempts after the retention.
//
// Delivery is at least once: a receiver that times out after storing an event gets it again, with
// the same event id to deduplicate on.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import pg from 'pg';
import type { Database } from '../db/database.js';
import { jobQueue } from '../jobs/queue.js';
import { toGlobalId } from '../shared/ids.js';
import { logger } from '../shared/logger.js';
import { deliveryHeaders } from './signing.js';
import { privateUrlsAllowed, webhookUrlProblem } from './urls.js';

export const DELIVERY_QUEUE = 'webhook-delivery';
/** The scheduled job that prunes delivered deliveries and their attempts. */
export const RETENTION_QUEUE = 'webhook-retention';
/** Its schedule (pg-boss cron, UTC): every hour at minute 17. */
export const RETENTION_CRON = '17 * * * *';
/** The channel the outbox NOTIFYs at commit with the id of a subscription that has new deliveries. */
export const WAKE_CHANNEL = 'coxswain_webhooks';

export interface DeliveryOptions {
  /** How often the dispatcher looks for pending deliveries (ms). */
  sweepIntervalMs: number;
  /** Deliveries claimed per round trip for one subscription. */
  batchSize: number;
  /** Requests in flight per subscription (different records; one record's events go in order). */
  concurrency: number;
  /** A receiver that has not answered by then has failed the attempt (ms). */
  requestTimeoutMs: number;
  /** Backoff after the n-th failed run in a row: min(base × 2^(n-1), max), ± 20 % jitter (ms). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Failed runs in a row after which the subscription is disabled. */
  maxConsecutiveFailures: number;
  /** How long a worker's claim on a subscription lasts without renewal (ms). */
  leaseMs: number;
  /** A job stops claiming new batches after this long and leaves the rest to the next job (ms). */
  runBudgetMs: number;
  /** How long a job keeps polling (every LINGER_POLL_MS) for new events once none is left (ms). */
  lingerMs: number;
  /** Whether private and loopback receivers are allowed (urls.ts). */
  allowPrivateUrls: boolean;
  /** Delivered deliveries (and their attempts) older than this are pruned (ms). */
  retentionMs: number;
  /** Delivery runs one process keeps going at once (each for one subscription). */
  maxRuns: number;
  /** LISTEN for the outbox's wake-ups (PostgreSQL only; PGlite runs in-process and polls). */
  listen: boolean;
  /** How often the retention worker asks pg-boss for its scheduled job (s). */
  retentionPollSeconds: number;
}

/** How often a lingering job looks for new events (ms). */
const LINGER_POLL_MS = 50;

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  sweepIntervalMs: 250,
  batchSize: 200,
  concurrency: 16,
  requestTimeoutMs: 10_000,
  backoffBaseMs: 5_000,
  backoffMaxMs: 30 * 60_000,
  maxConsecutiveFailures: 16,
  leaseMs: 60_000,
  runBudgetMs: 20_000,
  lingerMs: 2_000,
  allowPrivateUrls: privateUrlsAllowed(),
  retentionMs: 30 * 24 * 60 * 60_000,
  maxRuns: 32,
  listen: true,
  retentionPollSeconds: 30,
};

/** Options from the environment (COXSWAIN_WEBHOOK_*), over the defaults. */
export function deliveryOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DeliveryOptions {
  const number = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, not "${raw}"`);
    return Number(raw);
  };
  const d = DEFAULT_DELIVERY_OPTIONS;
  return {
    sweepIntervalMs: number('COXSWAIN_WEBHOOK_SWEEP_MS', d.sweepIntervalMs),
    batchSize: number('COXSWAIN_WEBHOOK_BATCH_SIZE', d.batchSize),
    concurrency: number('COXSWAIN_WEBHOOK_CONCURRENCY', d.concurrency),
    requestTimeoutMs: number('COXSWAIN_WEBHOOK_TIMEOUT_MS', d.requestTimeoutMs),
    backoffBaseMs: number('COXSWAIN_WEBHOOK_BACKOFF_BASE_MS', d.backoffBaseMs),
    backoffMaxMs: number('COXSWAIN_WEBHOOK_BACKOFF_MAX_MS', d.backoffMaxMs),
    maxConsecutiveFailures: number('COXSWAIN_WEBHOOK_MAX_FAILURES', d.maxConsecutiveFailures),
    leaseMs: number('COXSWAIN_WEBHOOK_LEASE_MS', d.leaseMs),
    runBudgetMs: number('COXSWAIN_WEBHOOK_RUN_BUDGET_MS', d.runBudgetMs),
    lingerMs: number('COXSWAIN_WEBHOOK_LINGER_MS', d.lingerMs),
    allowPrivateUrls: privateUrlsAllowed(env),
    retentionMs: number('COXSWAIN_WEBHOOK_RETENTION_DAYS', d.retentionMs / 86_400_000) * 86_400_000,
    maxRuns: number('COXSWAIN_WEBHOOK_MAX_RUNS', d.maxRuns),
    listen: env.COXSWAIN_WEBHOOK_LISTEN !== 'off',
    retentionPollSeconds: d.retentionPollSeconds,
  };
}

/** The backoff before the next run after `failures` failed runs in a row (ms), without jitter. */
export function backoffMs(failures: number, options: Pick<DeliveryOptions, 'backoffBaseMs' | 'backoffMaxMs'>): number {
  return Math.min(options.backoffBaseMs * 2 ** Math.max(0, failures - 1), options.backoffMaxMs);
}

/** What a receiver gets as the request body. */
export interface WebhookEventBody {
  /** Event id (the audit event's global ID): the same on every attempt, to deduplicate on. */
  id: string;
  /** E.g. `opportunity.updated`, `payoutRun.paid`. */
  type: string;
  topic: string;
  /** When the change committed's transaction wrote the event (ISO 8601). */
  createdAt: string;
  data: {
    /** Node type of the changed record, e.g. `Opportunity`, `SalesPlan`. */
    entityType: string;
    /** Global ID of the record: fetch it through the API with your own credential. */
    entityId: string;
    /** For ingested records, their externalId. */
    externalId: string | null;
    /** The audit action, e.g. `opportunities.upsert` or `payoutRun.approve`. */
    action: string;
    /** The request that made the change. */
    requestId: string | null;
  };
}

interface ClaimedRow {
  deliveryId: number;
  eventId: number;
  attempts: number;
  eventType: string;
  topic: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
  /** The subscription's signing secrets as of this claim (a rotation takes effect at the next batch). */
  secret: string;
  previousSecret: string | null;
}

interface Lease {
  id: number;
  url: string;
  secret: string;
  /** The rotated-out secret while its overlap lasts, else null. */
  previousSecret: string | null;
  consecutiveFailures: number;
}

interface Outcome {
  deliveryId: number;
  delivered: boolean;
  statusCode: number | null;
  error: string | null;
  /** When the request was sent, and how long until its answer or failure. */
  attemptedAt: Date;
  durationMs: number;
}

function eventBody(row: ClaimedRow): WebhookEventBody {
  const numeric = /^\d+$/.test(row.entityId);
  const externalId = row.after && typeof row.after.externalId === 'string' ? row.after.externalId : null;
  return {
    id: toGlobalId('AuditEvent', row.eventId),
    type: row.eventType,
    topic: row.topic,
    createdAt: new Date(row.createdAt).toISOString(),
    data: {
      entityType: row.entityType,
      entityId: numeric ? toGlobalId(row.entityType, Number(row.entityId)) : row.entityId,
      externalId,
      action: row.action,
      requestId: row.requestId,
    },
  };
}

/** Runs `fn` over `items` with at most `limit` running at once. */
async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * Kept-alive connections to receivers: node:http rather than fetch, whose per-request overhead
 * was the bottleneck of bench:webhooks. Sockets per receiver are bounded by the concurrency.
 */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

/** POSTs `body` and resolves with the status code; rejects on no answer within `timeoutMs`. */
function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: url.protocol === 'https:' ? AGENTS['https:'] : AGENTS['http:'],
    });
    const timer = setTimeout(() => request.destroy(new Error(`no response within ${timeoutMs} ms`)), timeoutMs);
    request.on('response', (response) => {
      clearTimeout(timer);
      // The body is not read, only drained: the status is the answer, and the socket is reused.
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}

async function send(lease: Lease, row: ClaimedRow, timeoutMs: number): Promise<Outcome> {
  const event = eventBody(row);
  const body = JSON.stringify(event);
  const headers = deliveryHeaders(
    lease.previousSecret ? [lease.secret, lease.previousSecret] : [lease.secret],
    body,
    { id: event.id, type: event.type, topic: event.topic, createdAt: new Date(event.createdAt) },
    row.attempts + 1,
  );
  const attemptedAt = new Date();
  const started = performance.now();
  const timing = () => ({ attemptedAt, durationMs: Math.round(performance.now() - started) });
  try {
    const status = await post(new URL(lease.url), headers, body, timeoutMs);
    const delivered = status >= 200 && status < 300;
    return {
      deliveryId: row.deliveryId,
      delivered,
      statusCode: status,
      error: delivered ? null : `HTTP ${status}`,
      ...timing(),
    };
  } catch (error) {
    const { message, code } = error as Error & { code?: string };
    return {
      deliveryId: row.deliveryId,
      delivered: false,
      statusCode: null,
      error: (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 500),
      ...timing(),
    };
  }
}

export interface WebhookWorker {
  /** Enqueues delivery jobs for every subscription with due deliveries (what each sweep does). */
  sweep(): Promise<number>;
  /** Deletes delivered deliveries (and their attempts) older than the retention; returns how many. */
  prune(): Promise<number>;
  stop(): Promise<void>;
}

/** Rows one pruning statement deletes at most, so that no statement holds locks for long. */
const PRUNE_BATCH = 5_000;

/**
 * Starts the dispatcher and the pg-boss worker of webhook deliveries on `db`; stopped when the
 * database closes or by `stop()`.
 */
export async function startWebhookWorker(
  db: Database,
  overrides: Partial<DeliveryOptions> = {},
): Promise<WebhookWorker> {
  const options = { ...deliveryOptionsFromEnv(), ...overrides };
  let stopped = false;
  const owner = randomUUID();
  const queue = await jobQueue(db);
  await queue.ensureQueue(DELIVERY_QUEUE, {
    policy: 'short',
    // A job only fails when the database does (attempts that fail are recorded, not thrown).
    retryLimit: 5,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: Math.ceil((options.runBudgetMs + options.requestTimeoutMs) / 1000) + 60,
  });
  const sql = db.sql;
  const enqueue = (subscriptionId: number, startAfter?: Date) =>
    queue.boss.send(
      DELIVERY_QUEUE,
      { subscriptionId },
      { singletonKey: String(subscriptionId), ...(startAfter ? { startAfter } : {}) },
    );

  async function takeLease(subscriptionId: number): Promise<Lease | null> {
    const [lease] = await sql.query<Lease>(
      `UPDATE "WebhookSubscription"
          SET "leaseOwner" = $2, "leaseUntil" = (now() AT TIME ZONE 'UTC') + $3 * interval '1 millisecond'
        WHERE id = $1 AND status = 'ACTIVE'
          AND ("leaseUntil" IS NULL OR "leaseUntil" < (now() AT TIME ZONE 'UTC') OR "leaseOwner" = $2)
          AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= (now() AT TIME ZONE 'UTC'))
        RETURNING id, url, secret, "consecutiveFailures",
                  CASE WHEN "previousSecretExpiresAt" > (now() AT TIME ZONE 'UTC') THEN "previousSecret" END
                    AS "previousSecret"`,
      [subscriptionId, owner, options.leaseMs],
    );
    return lease ?? null;
  }

  const releaseLease = (subscriptionId: number) =>
    sql.query(
      `UPDATE "WebhookSubscription" SET "leaseOwner" = NULL, "leaseUntil" = NULL WHERE id = $1 AND "leaseOwner" = $2`,
      [subscriptionId, owner],
    );

  const renewLease = (subscriptionId: number) =>
    sql.query(
      `UPDATE "WebhookSubscription" SET "leaseUntil" = (now() AT TIME ZONE 'UTC') + $3 * interval '1 millisecond'
        WHERE id = $1 AND "leaseOwner" = $2`,
      [subscriptionId, owner, options.leaseMs],
    );

  /** The oldest pending deliveries of a subscription, in event (commit-per-record) order. */
  const claim = (subscriptionId: number) =>
    sql.query<ClaimedRow>(
      `SELECT d.id AS "deliveryId", d."eventId", d.attempts, e."eventType", e.topic, e.action, e."entityType",
              e."entityId", e."requestId", e.after, e."createdAt", s.secret,
              CASE WHEN s."previousSecretExpiresAt" > (now() AT TIME ZONE 'UTC') THEN s."previousSecret" END
                AS "previousSecret"
         FROM "WebhookDelivery" d JOIN "AuditEvent" e ON e.id = d."eventId"
         JOIN "WebhookSubscription" s ON s.id = d."subscriptionId" AND s.status = 'ACTIVE'
        WHERE d."subscriptionId" = $1 AND d.status = 'PENDING'
        ORDER BY d."eventId"
        LIMIT $2`,
      [subscriptionId, options.batchSize],
    );

  /** Records a batch's outcomes, on the deliveries and in the attempt log, in one statement. */
  const record = (outcomes: Outcome[]) =>
    sql.query(
      `WITH o AS (
         SELECT * FROM unnest($1::int[], $2::boolean[], $3::int[], $4::text[], $5::int[], $6::timestamptz[])
                    AS o(id, delivered, code, error, duration, at)
       ), updated AS (
         UPDATE "WebhookDelivery" d
            SET attempts = d.attempts + 1,
                status = (CASE WHEN o.delivered THEN 'DELIVERED' ELSE 'PENDING' END)::"WebhookDeliveryStatus",
                "lastStatusCode" = o.code, "lastError" = o.error,
                "lastAttemptAt" = o.at AT TIME ZONE 'UTC',
                "deliveredAt" = CASE WHEN o.delivered THEN now() AT TIME ZONE 'UTC' END
           FROM o
          WHERE d.id = o.id
         RETURNING d.id, d."organizationId", d.attempts
       )
       INSERT INTO "WebhookDeliveryAttempt"
              ("organizationId", "deliveryId", attempt, "statusCode", error, "durationMs", "attemptedAt")
       SELECT u."organizationId", u.id, u.attempts, o.code, o.error, o.duration, o.at AT TIME ZONE 'UTC'
         FROM updated u JOIN o ON o.id = u.id`,
      [
        outcomes.map((o) => o.deliveryId),
        outcomes.map((o) => o.delivered),
        outcomes.map((o) => o.statusCode),
        outcomes.map((o) => o.error),
        outcomes.map((o) => o.durationMs),
        outcomes.map((o) => o.attemptedAt.toISOString()),
      ],
    );

  async function failed(lease: Lease, lastError: string): Promise<void> {
    const failures = lease.consecutiveFailures + 1;
    if (failures >= options.maxConsecutiveFailures) {
      await sql.query(
        `UPDATE "WebhookSubscription"
            SET status = 'DISABLED', "disabledAt" = now() AT TIME ZONE 'UTC', "consecutiveFailures" = $2,
                "disabledReason" = $3, "nextAttemptAt" = NULL,
                "failingSince" = coalesce("failingSince", now() AT TIME ZONE 'UTC')
          WHERE id = $1`,
        [
          lease.id,
          failures,
          `${failures} delivery attempts in a row failed; the last: ${lastError}. Fix the endpoint, then resume the subscription: pending events are kept.`.slice(
            0,
            1000,
          ),
        ],
      );
      logger.warn({ subscriptionId: lease.id, failures }, 'webhook subscription disabled after repeated failures');
      return;
    }
    const delay = backoffMs(failures, options) * (0.8 + 0.4 * Math.random());
    const at = new Date(Date.now() + delay);
    await sql.query(
      `UPDATE "WebhookSubscription"
          SET "consecutiveFailures" = $2, "nextAttemptAt" = $3::timestamptz AT TIME ZONE 'UTC',
              "failingSince" = coalesce("failingSince", now() AT TIME ZONE 'UTC')
        WHERE id = $1`,
      [lease.id, failures, at.toISOString()],
    );
    // The retry, on pg-boss; the dispatcher would also start it once nextAttemptAt has passed.
    await enqueue(lease.id, at);
  }

  /** Runs of this process, by subscription; `wake` cuts a lingering run's wait short. */
  const runs = new Map<number, { wake: () => void; done: Promise<void> }>();

  /** One run: deliver what is pending for the subscription until none is left or the budget ends. */
  async function run(subscriptionId: number, signal: { woken: boolean; wake: () => void }): Promise<void> {
    const lease = await takeLease(subscriptionId);
    if (!lease) return;
    const renew = setInterval(() => void renewLease(subscriptionId).catch(() => undefined), options.leaseMs / 3);
    try {
      if (!options.allowPrivateUrls) {
        const problem = await webhookUrlProblem(lease.url, false);
        if (problem) {
          await failed(lease, `url ${problem}`);
          return;
        }
      }
      const deadline = Date.now() + options.runBudgetMs;
      let idleSince: number | null = null;
      while (!stopped && Date.now() < deadline) {
        signal.woken = false;
        const rows = await claim(subscriptionId);
        if (rows.length === 0) {
          // Linger a little with the lease: a steady stream of events then goes out at the
          // commit's NOTIFY (or within LINGER_POLL_MS without one), instead of waiting for a
          // sweep and pg-boss's polling (about 0.75 s).
          idleSince ??= Date.now();
          if (Date.now() - idleSince >= options.lingerMs) break;
          if (!signal.woken) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, LINGER_POLL_MS);
              signal.wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
          }
          continue;
        }
        idleSince = null;
        // A run lasts seconds: sign with the secrets as they are now, not as the lease found them,
        // so a rotation without overlap (or a paused subscription) takes effect at the next batch.
        lease.secret = (rows[0] as ClaimedRow).secret;
        lease.previousSecret = (rows[0] as ClaimedRow).previousSecret;
        // Per record, in event order; a record's group stops at its first failure.
        const groups = new Map<string, ClaimedRow[]>();
        for (const row of rows) {
          const key = `${row.entityType}:${row.entityId}`;
          const group = groups.get(key);
          if (group) group.push(row);
          else groups.set(key, [row]);
        }
        const outcomes: Outcome[] = [];
        await forEachLimited([...groups.values()], options.concurrency, async (group) => {
          for (const row of group) {
            const outcome = await send(lease, row, options.requestTimeoutMs);
            outcomes.push(outcome);
            if (!outcome.delivered) break;
          }
        });
        await record(outcomes);
        const failure = outcomes.find((o) => !o.delivered);
        if (failure) {
          await failed(lease, failure.error ?? 'failed');
          return;
        }
        if (lease.consecutiveFailures > 0) {
          await sql.query(
            `UPDATE "WebhookSubscription" SET "consecutiveFailures" = 0, "failingSince" = NULL, "nextAttemptAt" = NULL
              WHERE id = $1`,
            [subscriptionId],
          );
          lease.consecutiveFailures = 0;
        }
        await renewLease(subscriptionId);
      }
    } finally {
      clearInterval(renew);
      await releaseLease(subscriptionId);
    }
  }

  /**
   * Starts a run for the subscription unless this process has one (then wakes it) or already runs
   * `maxRuns` (the sweep finds the subscription again later). Resolves when the run ends.
   */
  function kick(subscriptionId: number): Promise<void> {
    const current = runs.get(subscriptionId);
    if (current) {
      current.wake();
      return current.done;
    }
    if (stopped || runs.size >= options.maxRuns) return Promise.resolve();
    const signal = {
      woken: false,
      wake() {
        signal.woken = true;
      },
    };
    const entry = {
      wake: () => {
        const wake = signal.wake;
        signal.woken = true;
        wake();
      },
      done: run(subscriptionId, signal)
        .catch((error: unknown) => {
          if (!stopped) logger.error({ err: error, subscriptionId }, 'webhook delivery run failed');
        })
        .finally(() => runs.delete(subscriptionId)),
    };
    runs.set(subscriptionId, entry);
    return entry.done;
  }

  const workerId = await queue.boss.work<{ subscriptionId: number }>(
    DELIVERY_QUEUE,
    { batchSize: 4, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      await Promise.all(jobs.map((job) => kick(job.data.subscriptionId)));
    },
  );

  async function sweep(): Promise<number> {
    const due = await sql.query<{ id: number }>(
      `SELECT s.id FROM "WebhookSubscription" s
        WHERE s.status = 'ACTIVE'
          AND (s."nextAttemptAt" IS NULL OR s."nextAttemptAt" <= now() AT TIME ZONE 'UTC')
          AND (s."leaseUntil" IS NULL OR s."leaseUntil" < now() AT TIME ZONE 'UTC')
          AND EXISTS (SELECT 1 FROM "WebhookDelivery" d WHERE d."subscriptionId" = s.id AND d.status = 'PENDING')`,
    );
    for (const { id } of due) if (!runs.has(id)) await enqueue(id);
    return due.length;
  }

  async function prune(): Promise<number> {
    let total = 0;
    for (;;) {
      // Attempts go with their delivery (ON DELETE CASCADE). Pending deliveries are never pruned.
      const [row] = await sql.query<{ n: number }>(
        `WITH gone AS (
           DELETE FROM "WebhookDelivery" WHERE id IN (
             SELECT id FROM "WebhookDelivery"
              WHERE status = 'DELIVERED'
                AND "deliveredAt" < (now() AT TIME ZONE 'UTC') - $1 * interval '1 millisecond'
              LIMIT $2)
           RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [options.retentionMs, PRUNE_BATCH],
      );
      const n = Number(row?.n ?? 0);
      total += n;
      if (n < PRUNE_BATCH || stopped) break;
    }
    if (total > 0) logger.info({ pruned: total, retentionMs: options.retentionMs }, 'webhook deliveries pruned');
    return total;
  }

  await queue.ensureQueue(RETENTION_QUEUE, { policy: 'singleton', retryLimit: 2, expireInSeconds: 3600 });
  // Idempotent: every process schedules the same cron; pg-boss keeps one schedule per queue.
  await queue.boss.schedule(RETENTION_QUEUE, RETENTION_CRON, {}, { tz: 'UTC' });
  const pruneWorkerId = await queue.boss.work(
    RETENTION_QUEUE,
    { pollingIntervalSeconds: options.retentionPollSeconds },
    async () => {
      await prune();
    },
  );

  // The outbox's NOTIFY at commit (PostgreSQL): a run starts at once for the subscription.
  let listener: pg.Client | null = null;
  // A transaction pooler lends the LISTENing server connection to others: workers poll there.
  if (options.listen && db.connectionString && db.pooler !== 'transaction') {
    const client = new pg.Client({ connectionString: db.connectionString, application_name: 'coxswain-webhooks' });
    client.on('notification', (message) => {
      const id = Number(message.payload);
      if (Number.isInteger(id) && id > 0) void kick(id);
    });
    // A lost listener loses no event (the sweep finds every pending row); it is logged, not fatal.
    client.on('error', (error) => {
      if (!stopped) logger.warn({ err: error }, 'webhook wake-up listener lost; deliveries fall back to the sweep');
    });
    await client.connect();
    await client.query(`LISTEN ${WAKE_CHANNEL}`);
    listener = client;
  }

  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((error: unknown) => {
      if (!stopped) logger.error({ err: error }, 'webhook dispatcher sweep failed');
    });
  }, options.sweepIntervalMs);
  timer.unref();

  async function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    await listener?.end().catch(() => undefined);
    await sweeping;
    for (const r of runs.values()) r.wake();
    await Promise.all([...runs.values()].map((r) => r.done));
    // The queue may be stopping at the same time (both close with the database).
    await queue.boss.offWork({ id: workerId }).catch(() => undefined);
    await queue.boss.offWork({ id: pruneWorkerId }).catch(() => undefined);
  }
  db.beforeClose(stop);
  return { sweep, prune, stop };
}
