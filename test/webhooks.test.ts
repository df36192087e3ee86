// Change events and webhooks against a real database and a real HTTP receiver started here: the
// outbox writes one event per committed change (none for a refused one), subscriptions are
// confined to their organization, URLs are checked, and deliveries reach a receiver that fails
// (500), times out or is down and then recovers exactly once per event id, in commit order per
// record, signed so that the SDK's verifier and a hand-computed HMAC both accept them.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { startWebhookWorker, type WebhookWorker } from '../api/src/events/delivery.js';
import { recordAudit } from '../api/src/shared/audit.js';
import { buildContext } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { verifyWebhookSignature, WebhookSignatureError } from '../sdk/src/webhooks.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';
import { type Mode, Receiver } from './support/webhook-receiver.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: TestDatabase;
let client: TestClient;
let orgId: number;
let otherOrgId: number;
let ingest: Record<string, string>;
let webhooksKey: Record<string, string>;
let otherWebhooks: Record<string, string>;
let worker: WebhookWorker;

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await db.prisma.organization.create({ data: { name: 'Hook Co', slug: 'hooks' } })).id;
  otherOrgId = (await db.prisma.organization.create({ data: { name: 'Other Co', slug: 'other-hooks' } })).id;
  client = await createTestClient(db);
  const bearer = async (organizationId: number, scopes: ('write:ingest' | 'write:webhooks')[]) => ({
    authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId, name: scopes.join(' '), scopes })).token}`,
  });
  ingest = await bearer(orgId, ['write:ingest']);
  webhooksKey = await bearer(orgId, ['write:webhooks']);
  otherWebhooks = await bearer(otherOrgId, ['write:webhooks']);
  worker = await startWebhookWorker(db, {
    sweepIntervalMs: 50,
    backoffBaseMs: 200,
    backoffMaxMs: 800,
    requestTimeoutMs: 400,
    maxConsecutiveFailures: 1000,
    leaseMs: 5_000,
    allowPrivateUrls: true,
  });
});
afterAll(async () => {
  await worker?.stop();
  await client?.close();
  await db?.destroy();
});

async function gql<T>(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const res = await client.request<T>(query, variables, headers);
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

interface CreatePayload {
  createWebhookSubscription: {
    webhookSubscription: { id: string; status: string; topics: string[] } | null;
    secret: string | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
  webhookSubscription { id status topics } secret userErrors { code field message } } }`;

const subscribe = (headers: Record<string, string>, url: string, topics = ['ACCOUNT']) =>
  gql<CreatePayload>(headers, CREATE, { input: { url, topics } }).then((d) => d.createWebhookSubscription);

const account = (externalId: string, employees: number) => ({
  externalId,
  name: `Account ${externalId}`,
  industry: 'Software',
  country: 'US',
  region: 'NA',
  employees,
});

async function upsertAccounts(rows: Record<string, unknown>[]) {
  const d = await gql<{
    upsertAccounts: { results: { externalId: string; id: string; status: string }[]; userErrors: unknown[] };
  }>(
    ingest,
    `mutation($input: UpsertAccountsInput!) { upsertAccounts(input: $input) {
      results { externalId id status } userErrors { code field } } }`,
    { input: { rows } },
  );
  return d.upsertAccounts;
}

async function waitFor(check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}

const pendingCount = async (subscriptionId: number) =>
  Number(
    (
      await db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "subscriptionId" = $1 AND status = 'PENDING'`,
        [subscriptionId],
      )
    )[0]?.n,
  );

/** Row id of a subscription from its global ID. */
const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

describe('subscriptions', () => {
  it('refuse a URL that is not http(s), and private addresses when configured for production', async () => {
    const ftp = await subscribe(webhooksKey, 'ftp://example.com/hooks');
    expect(ftp.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'url']]]);
    const junk = await subscribe(webhooksKey, 'not a url');
    expect(junk.userErrors.map((e) => e.field)).toEqual([['input', 'url']]);
    const previous = process.env.COXSWAIN_WEBHOOK_PRIVATE_URLS;
    process.env.COXSWAIN_WEBHOOK_PRIVATE_URLS = 'refuse';
    try {
      for (const url of [
        'http://127.0.0.1:9/x',
        'http://localhost/x',
        'https://10.1.2.3/x',
        'http://[::1]/x',
        'http://192.168.0.7/x',
        'http://169.254.169.254/latest/meta-data',
        'http://[::ffff:10.0.0.1]/x',
      ]) {
        const refused = await subscribe(webhooksKey, url);
        expect(
          refused.userErrors.map((e) => e.field),
          url,
        ).toEqual([['input', 'url']]);
        expect(refused.webhookSubscription).toBeNull();
      }
      // A public literal address passes the check (nothing is sent at creation).
      const ok = await subscribe(webhooksKey, 'https://93.184.215.14/hooks');
      expect(ok.userErrors).toEqual([]);
      await gql(webhooksKey, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
        id: ok.webhookSubscription?.id,
      });
    } finally {
      if (previous === undefined) delete process.env.COXSWAIN_WEBHOOK_PRIVATE_URLS;
      else process.env.COXSWAIN_WEBHOOK_PRIVATE_URLS = previous;
    }
    const [row] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "WebhookSubscription"');
    expect(row?.n).toBe(0);
  });

  it("are not found from another organization, and another organization's events are not delivered", async () => {
    const receiver = new Receiver();
    await receiver.start();
    const mine = await subscribe(webhooksKey, receiver.url);
    receiver.secret = mine.secret as string;
    const id = mine.webhookSubscription?.id as string;
    const other = await gql<{ node: unknown; webhookSubscriptions: { totalCount: number } }>(
      otherWebhooks,
      'query($id: ID!) { node(id: $id) { id } webhookSubscriptions { totalCount } }',
      { id },
    );
    expect(other).toEqual({ node: null, webhookSubscriptions: { totalCount: 0 } });
    for (const op of ['pauseWebhookSubscription', 'deleteWebhookSubscription']) {
      const d = await gql<Record<string, { userErrors: { code: string }[] }>>(
        otherWebhooks,
        `mutation($id: ID!) { ${op}(input: { id: $id }) { userErrors { code } } }`,
        { id },
      );
      expect(d[op]?.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
    // The other organization's audit events and deliveries are invisible too.
    const deliveries = await gql<{ webhookDeliveries: { totalCount: number } }>(
      otherWebhooks,
      '{ webhookDeliveries { totalCount } }',
    );
    expect(deliveries.webhookDeliveries.totalCount).toBe(0);
    // A change in the other organization reaches no subscription of this one.
    await db.prisma.account.create({
      data: {
        organizationId: otherOrgId,
        externalId: 'X',
        name: 'X',
        industry: 'X',
        country: 'US',
        region: 'NA',
        employees: 1,
        segment: 'SMB',
      },
    });
    const otherIngest = {
      authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId: otherOrgId, name: 'i', scopes: ['write:ingest'] })).token}`,
    };
    const res = await client.request(
      'mutation($input: UpsertAccountsInput!) { upsertAccounts(input: $input) { updated } }',
      { input: { rows: [account('X', 50)] } },
      otherIngest,
    );
    expect(res.errors).toBeUndefined();
    await worker.sweep();
    await sleep(500);
    expect(receiver.requests).toBe(0);
    const [count] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "subscriptionId" = $1',
      [rowId(id)],
    );
    expect(count?.n).toBe(0);
    await gql(webhooksKey, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
      id,
    });
    await receiver.stop();
  });
});

describe('the outbox', () => {
  it('writes one event per changed record in the change transaction, and none for a refused change', async () => {
    const before = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1 AND topic IS NOT NULL`,
      [orgId],
    );
    // Two valid rows and one refused (no name): the refused row writes nothing.
    const out = await upsertAccounts([account('OB-1', 10), account('OB-2', 20), { ...account('OB-3', 5), name: '' }]);
    expect(out.userErrors.length).toBe(1);
    const events = await db.sql.query<{ entityId: string; eventType: string; after: { externalId: string } }>(
      `SELECT "entityId", "eventType", after FROM "AuditEvent"
        WHERE "organizationId" = $1 AND topic = 'account' ORDER BY id`,
      [orgId],
    );
    expect(events.length - Number(before[0]?.n)).toBe(2);
    expect(events.slice(-2).map((e) => [e.after.externalId, e.eventType])).toEqual([
      ['OB-1', 'account.created'],
      ['OB-2', 'account.created'],
    ]);
    // An unchanged re-send is no change: no event.
    await upsertAccounts([account('OB-1', 10)]);
    const [after] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1 AND topic = 'account'`,
      [orgId],
    );
    expect(after?.n).toBe(events.length);
    // A call refused as a whole (no rows) writes no event either.
    const refused = await client.request(
      'mutation { upsertAccounts(input: { rows: [] }) { userErrors { code } } }',
      {},
      ingest,
    );
    expect(refused.errors).toBeUndefined();
    const [still] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1 AND topic IS NOT NULL`,
      [orgId],
    );
    expect(still?.n).toBe(events.length);
  });

  it('gives a single change with a topic its event and deliveries in its transaction, and a rolled-back one none', async () => {
    const sub = await subscribe(webhooksKey, 'http://127.0.0.1:9/never', ['SALES_PLAN_ACTIVATED', 'DISPUTE_OPENED']);
    const id = rowId(sub.webhookSubscription?.id as string);
    await gql(
      webhooksKey,
      'mutation($id: ID!) { pauseWebhookSubscription(input: { id: $id }) { userErrors { code } } }',
      {
        id: sub.webhookSubscription?.id,
      },
    );
    const ctx = buildContext(
      db,
      { organizationId: orgId, principal: 'system:test', repId: null, scopes: new Set(['admin']) },
      { id: orgId, name: 'Hook Co', fiscalYearStartMonth: 1, timeZone: 'UTC', currency: 'USD' },
    );
    const events = () =>
      db.sql.query<{ action: string; topic: string | null; eventType: string | null; deliveries: number }>(
        `SELECT e.action, e.topic, e."eventType",
                (SELECT count(*)::int FROM "WebhookDelivery" d WHERE d."eventId" = e.id AND d."subscriptionId" = $2) AS deliveries
           FROM "AuditEvent" e WHERE e."organizationId" = $1 AND e."actorId" = 'system:test' ORDER BY e.id`,
        [orgId, id],
      );
    // Refused after the audit write: the transaction rolls back, and the event with it.
    await expect(
      ctx.prisma.$transaction(async (tx) => {
        await recordAudit(tx, ctx, { action: 'salesPlan.activate', entityType: 'SalesPlan', entityId: 1 });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await events()).toEqual([]);
    await ctx.prisma.$transaction(async (tx) => {
      await recordAudit(tx, ctx, { action: 'salesPlan.activate', entityType: 'SalesPlan', entityId: 1 });
      await recordAudit(tx, ctx, { action: 'salesPlan.update', entityType: 'SalesPlan', entityId: 1 });
      await recordAudit(tx, ctx, { action: 'payoutRun.approve', entityType: 'PayoutRun', entityId: 2 });
    });
    // A topic the subscription lists: one delivery; an audit-only action or an unlisted topic: none.
    expect(await events()).toEqual([
      { action: 'salesPlan.activate', topic: 'salesPlan.activated', eventType: 'salesPlan.activated', deliveries: 1 },
      { action: 'salesPlan.update', topic: null, eventType: null, deliveries: 0 },
      { action: 'payoutRun.approve', topic: 'payoutRun.approved', eventType: 'payoutRun.approved', deliveries: 0 },
    ]);
    await gql(webhooksKey, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
      id: sub.webhookSubscription?.id,
    });
  });

  it('writes a 1,000-row call’s events and deliveries with a constant number of statements', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const sub = await subscribe(webhooksKey, receiver.url);
    await gql(
      webhooksKey,
      'mutation($id: ID!) { pauseWebhookSubscription(input: { id: $id }) { userErrors { code } } }',
      {
        id: sub.webhookSubscription?.id,
      },
    );
    const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => account(`BULK-${from + i}`, 100 + i));
    const q0 = db.queryCount();
    await upsertAccounts(rows(10, 0));
    const small = db.queryCount() - q0;
    const q1 = db.queryCount();
    await upsertAccounts(rows(1000, 10));
    const large = db.queryCount() - q1;
    expect(large).toBe(small);
    const id = rowId(sub.webhookSubscription?.id as string);
    expect(await pendingCount(id)).toBe(1010);
    await gql(webhooksKey, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
      id: sub.webhookSubscription?.id,
    });
    await receiver.stop();
  });
});

describe('deliveries', () => {
  it('reach a receiver that fails, times out and is down, exactly once per event, in commit order per record', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const sub = await subscribe(webhooksKey, receiver.url);
    receiver.secret = sub.secret as string;
    const subscriptionId = rowId(sub.webhookSubscription?.id as string);

    // Record ids by externalId, and the events each record must receive, in order.
    const ids = new Map<string, string>();
    const expected: { externalId: string; type: string }[] = [];
    const change = async (employees: number, mode: Mode | 'down') => {
      const out = await upsertAccounts([account('ORD-A', employees), account('ORD-B', employees + 1)]);
      for (const r of out.results) {
        ids.set(r.externalId, r.id);
        expected.push({ externalId: r.externalId, type: `account.${r.status.toLowerCase()}` });
      }
      return mode;
    };

    // Delivered while up.
    await change(1, 'ok');
    await waitFor(() => receiver.stored.length === 2);
    // The receiver answers 500: attempts fail and are retried with backoff.
    receiver.mode = 'fail';
    const failedBefore = receiver.requests;
    await change(2, 'fail');
    await change(3, 'fail');
    await waitFor(() => receiver.requests >= failedBefore + 2);
    // The delivery log shows the 500s (recorded once the attempts of the batch are done).
    const logged500 = async () => {
      const log = await gql<{
        webhookDeliveries: { edges: { node: { lastStatusCode: number | null; status: string } }[] };
      }>(
        webhooksKey,
        'query($f: WebhookDeliveryFilter) { webhookDeliveries(filter: $f, first: 50) { edges { node { lastStatusCode status } } } }',
        { f: { subscriptionId: sub.webhookSubscription?.id, status: 'PENDING' } },
      );
      return log.webhookDeliveries.edges.some((e) => e.node.lastStatusCode === 500);
    };
    await waitFor(logged500, 5_000);
    // It hangs: attempts time out.
    receiver.mode = 'hang';
    const hangBefore = receiver.requests;
    await waitFor(() => receiver.requests > hangBefore);
    // It is down (connection refused).
    const port = receiver.port;
    await receiver.stop();
    await change(4, 'down');
    await sleep(1200);
    const [failing] = await db.sql.query<{ consecutiveFailures: number }>(
      'SELECT "consecutiveFailures" FROM "WebhookSubscription" WHERE id = $1',
      [subscriptionId],
    );
    expect(failing?.consecutiveFailures).toBeGreaterThan(0);
    // Back on the same port: everything arrives.
    receiver.mode = 'ok';
    await receiver.start(port);
    await waitFor(() => receiver.stored.length === expected.length);
    await waitFor(async () => (await pendingCount(subscriptionId)) === 0);
    await sleep(300);

    expect(receiver.badSignatures).toBe(0);
    // Exactly once in the deduplicated store, and the event ids are the audit events of the changes.
    const events = await db.sql.query<{ id: number; entityId: string; eventType: string }>(
      `SELECT e.id, e."entityId", e."eventType" FROM "WebhookDelivery" d JOIN "AuditEvent" e ON e.id = d."eventId"
        WHERE d."subscriptionId" = $1 ORDER BY e.id`,
      [subscriptionId],
    );
    expect(events.length).toBe(expected.length);
    expect(new Set(receiver.stored.map((s) => s.id))).toEqual(
      new Set(events.map((e) => toGlobalId('AuditEvent', e.id))),
    );
    // Per record, arrival order is commit order (the order of the calls above).
    for (const externalId of ['ORD-A', 'ORD-B']) {
      const arrived = receiver.stored.filter((s) => s.externalId === externalId).map((s) => s.type);
      const committed = expected.filter((e) => e.externalId === externalId).map((e) => e.type);
      expect(arrived).toEqual(committed);
      expect(arrived).toEqual(['account.created', 'account.updated', 'account.updated', 'account.updated']);
      const arrivedIds = receiver.stored.filter((s) => s.externalId === externalId).map((s) => s.id);
      expect(arrivedIds).toEqual(
        events
          .filter((e) => e.entityId === String(rowId(ids.get(externalId) as string)))
          .map((e) => toGlobalId('AuditEvent', e.id)),
      );
    }
    // The subscription recovered: failures reset.
    const [recovered] = await db.sql.query<{ consecutiveFailures: number; status: string }>(
      'SELECT "consecutiveFailures", status FROM "WebhookSubscription" WHERE id = $1',
      [subscriptionId],
    );
    expect(recovered).toEqual({ consecutiveFailures: 0, status: 'ACTIVE' });
    await gql(webhooksKey, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
      id: sub.webhookSubscription?.id,
    });
    await receiver.stop();
  });

  it('disables a subscription that keeps failing, with the reason, and resumes it on request', async () => {
    const receiver = new Receiver();
    await receiver.start();
    receiver.mode = 'fail';
    await worker.stop();
    const strict = await startWebhookWorker(db, {
      sweepIntervalMs: 50,
      backoffBaseMs: 50,
      backoffMaxMs: 100,
      requestTimeoutMs: 400,
      maxConsecutiveFailures: 3,
      allowPrivateUrls: true,
    });
    try {
      const sub = await subscribe(webhooksKey, receiver.url);
      receiver.secret = sub.secret as string;
      const id = sub.webhookSubscription?.id as string;
      await upsertAccounts([account('DIS-1', 7)]);
      type Node = { node: { status: string; disabledReason: string | null; consecutiveFailures: number } };
      const read = () =>
        gql<Node>(
          webhooksKey,
          'query($id: ID!) { node(id: $id) { ... on WebhookSubscription { status disabledReason consecutiveFailures } } }',
          { id },
        );
      await waitFor(async () => (await read()).node.status === 'DISABLED');
      const disabled = (await read()).node;
      expect(disabled.consecutiveFailures).toBe(3);
      expect(disabled.disabledReason).toContain('HTTP 500');
      expect(receiver.requests).toBe(3);
      // Disabled: no more attempts.
      await sleep(400);
      expect(receiver.requests).toBe(3);
      receiver.mode = 'ok';
      const resumed = await gql<{ resumeWebhookSubscription: { webhookSubscription: { status: string } } }>(
        webhooksKey,
        'mutation($id: ID!) { resumeWebhookSubscription(input: { id: $id }) { webhookSubscription { status } } }',
        { id },
      );
      expect(resumed.resumeWebhookSubscription.webhookSubscription.status).toBe('ACTIVE');
      await waitFor(() => receiver.stored.length === 1);
      expect(receiver.stored[0]?.externalId).toBe('DIS-1');
      await gql(webhooksKey, 'mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId } }', {
        id,
      });
    } finally {
      await strict.stop();
      worker = await startWebhookWorker(db, {
        sweepIntervalMs: 50,
        backoffBaseMs: 200,
        backoffMaxMs: 800,
        requestTimeoutMs: 400,
        maxConsecutiveFailures: 1000,
        leaseMs: 5_000,
        allowPrivateUrls: true,
      });
      await receiver.stop();
    }
  });
});

describe('signatures', () => {
  it('verify with the SDK helper over the Stripe and Shopify headers, and refuse tampering and replays', async () => {
    const secret = 'whsec_test';
    const body = JSON.stringify({ id: 'evt', type: 'account.updated' });
    const t = 1_800_000_000;
    const digest = createHmac('sha256', secret).update(`${t}.${body}`).digest();
    const now = t * 1000 + 10_000;
    const stripe = `t=${t},v1=${digest.toString('hex')}`;
    await expect(
      verifyWebhookSignature({ payload: body, signatureHeader: stripe, secret, now }),
    ).resolves.toMatchObject({
      id: 'evt',
    });
    await expect(
      verifyWebhookSignature({
        payload: body,
        hmacHeader: digest.toString('base64'),
        timestampHeader: String(t),
        secret,
        now,
      }),
    ).resolves.toMatchObject({ type: 'account.updated' });
    await expect(
      verifyWebhookSignature({ payload: `${body} `, signatureHeader: stripe, secret, now }),
    ).rejects.toBeInstanceOf(WebhookSignatureError);
    await expect(
      verifyWebhookSignature({ payload: body, signatureHeader: stripe, secret: 'whsec_other', now }),
    ).rejects.toBeInstanceOf(WebhookSignatureError);
    // Replayed 6 minutes later: outside the 300 s tolerance.
    await expect(
      verifyWebhookSignature({ payload: body, signatureHeader: stripe, secret, now: t * 1000 + 360_000 }),
    ).rejects.toThrow(/tolerance/);
  });
});

describe('auditEvents', () => {
  it('pages the trail for admins, filtered by actor, entity and time, and hides it from others', async () => {
    const out = await upsertAccounts([account('AUD-1', 3)]);
    const entityId = out.results[0]?.id as string;
    await upsertAccounts([account('AUD-1', 4)]);
    const [expected] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1 AND "entityType" = 'Account' AND "entityId" = $2`,
      [orgId, String(rowId(entityId))],
    );
    const admin = { authorization: `Bearer ${await client.adminKey()}` };
    const page = await gql<{
      auditEvents: {
        totalCount: number;
        edges: { node: { eventType: string; actorId: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      admin,
      'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 1) { totalCount edges { node { eventType actorId } } pageInfo { hasNextPage endCursor } } }',
      { f: { entityId } },
    );
    expect(page.auditEvents.totalCount).toBe(expected?.n);
    expect(page.auditEvents.totalCount).toBe(2);
    expect(page.auditEvents.edges.map((e) => e.node.eventType)).toEqual(['account.updated']);
    expect(page.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await gql<{ auditEvents: { edges: { node: { eventType: string } }[] } }>(
      admin,
      'query($f: AuditEventFilter, $after: String) { auditEvents(filter: $f, first: 5, after: $after) { edges { node { eventType } } } }',
      { f: { entityId }, after: page.auditEvents.pageInfo.endCursor },
    );
    expect(next.auditEvents.edges.map((e) => e.node.eventType)).toEqual(['account.created']);
    // By actor and time window: everything the ingestion key did since a minute ago.
    const actorId = page.auditEvents.edges[0]?.node.actorId as string;
    const [byActor] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1 AND "actorId" = $2`,
      [orgId, actorId],
    );
    const window = await gql<{ auditEvents: { totalCount: number } }>(
      admin,
      'query($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }',
      {
        f: {
          actorId,
          from: new Date(Date.now() - 600_000).toISOString(),
          to: new Date(Date.now() + 1000).toISOString(),
        },
      },
    );
    expect(window.auditEvents.totalCount).toBe(byActor?.n);
    const future = await gql<{ auditEvents: { totalCount: number } }>(
      admin,
      'query($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }',
      { f: { actorId, from: new Date(Date.now() + 60_000).toISOString() } },
    );
    expect(future.auditEvents.totalCount).toBe(0);
    // Not an admin: refused.
    const denied = await client.request('{ auditEvents { totalCount } }', {}, webhooksKey);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
