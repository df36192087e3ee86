// Change events that partner sync depends on, and the delivery log's upkeep, against a real
// database and a real HTTP receiver started here:
// - upsertQuotas emits `quota.changed` per plan it changed, in its transaction (none when refused
//   or unchanged), as planning's setQuotas does;
// - deleteAccounts(cascade: true) emits an `opportunity.deleted` per cascaded deal, with a
//   statement count that does not grow with the deals;
// - every attempt is kept (a receiver that fails, then succeeds), and a scheduled pg-boss job
//   prunes delivered deliveries older than the retention with their attempts, never pending ones;
// - rotateWebhookSecret signs with both secrets during the overlap (hand-computed HMACs, the SDK
//   verifier with either secret), with userErrors for bad input and nothing changed.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { RETENTION_CRON, RETENTION_QUEUE, startWebhookWorker, type WebhookWorker } from '../api/src/events/delivery.js';
import { jobQueue } from '../api/src/jobs/queue.js';
import { verifyWebhookSignature, WebhookSignatureError } from '../sdk/src/webhooks.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';
import { Receiver } from './support/webhook-receiver.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HOUR = 3_600_000;

let db: TestDatabase;
let client: TestClient;
let orgId: number;
let otherOrgId: number;
let ingestKeyId: number;
let ingest: Record<string, string>;
let hooks: Record<string, string>;
let otherHooks: Record<string, string>;
let worker: WebhookWorker;

async function gql<T>(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const res = await client.request<T>(query, variables, headers);
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

const sql = <T>(text: string, params: unknown[] = []) => db.sql.query<T>(text, params);

async function waitFor(check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}

interface Sub {
  id: string;
  row: number;
  secret: string;
}
async function subscribe(url: string, topics: string[], headers = hooks): Promise<Sub> {
  const d = await gql<{ createWebhookSubscription: { webhookSubscription: { id: string }; secret: string } }>(
    headers,
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
      webhookSubscription { id } secret userErrors { code } } }`,
    { input: { url, topics } },
  );
  const { webhookSubscription, secret } = d.createWebhookSubscription;
  return {
    id: webhookSubscription.id,
    row: Number(Buffer.from(webhookSubscription.id, 'base64').toString().split(':')[1]),
    secret,
  };
}
const setStatus = (sub: Sub, verb: 'pause' | 'resume' | 'delete') =>
  gql(hooks, `mutation($id: ID!) { ${verb}WebhookSubscription(input: { id: $id }) { userErrors { code } } }`, {
    id: sub.id,
  });

async function ingestCall(field: string, type: string, input: Record<string, unknown>) {
  const d = await gql<Record<string, { userErrors: { code: string; field: string[] }[] }>>(
    ingest,
    `mutation($input: ${type}!) { ${field}(input: $input) { userErrors { code field } } }`,
    { input },
  );
  return d[field] as { userErrors: { code: string; field: string[] }[] };
}

/** Change events of a topic written for the organization, oldest first. */
const eventsOf = (topic: string, sinceId = 0) =>
  sql<{
    id: number;
    eventType: string;
    entityType: string;
    entityId: string;
    action: string;
    actorId: string;
    externalId: string | null;
  }>(
    `SELECT id, "eventType", "entityType", "entityId", action, "actorId", after->>'externalId' AS "externalId"
       FROM "AuditEvent" WHERE "organizationId" = $1 AND topic = $2 AND id > $3 ORDER BY id`,
    [orgId, topic, sinceId],
  );
const lastEventId = async () =>
  Number((await sql<{ id: number | null }>('SELECT max(id) AS id FROM "AuditEvent"'))[0]?.id ?? 0);
const deliveriesOf = (sub: Sub) =>
  sql<{ eventId: number; eventType: string }>(
    `SELECT "eventId", "eventType" FROM "WebhookDelivery" WHERE "subscriptionId" = $1 ORDER BY "eventId"`,
    [sub.row],
  );

beforeAll(async () => {
  db = await createTestDatabase();
  orgId = (await db.prisma.organization.create({ data: { name: 'Sync Hooks', slug: 'sync-hooks' } })).id;
  otherOrgId = (await db.prisma.organization.create({ data: { name: 'Other', slug: 'other-sync-hooks' } })).id;
  client = await createTestClient(db);
  const key = await issueApiKey(db.sql, { organizationId: orgId, name: 'crm', scopes: ['write:ingest'] });
  ingestKeyId = Number(
    (
      await sql<{ id: number }>('SELECT id FROM "ApiKey" WHERE "organizationId" = $1 ORDER BY id DESC LIMIT 1', [orgId])
    )[0]?.id,
  );
  ingest = { authorization: `Bearer ${key.token}` };
  const bearer = async (organizationId: number) => ({
    authorization: `Bearer ${(await issueApiKey(db.sql, { organizationId, name: 'hooks', scopes: ['write:webhooks'] })).token}`,
  });
  hooks = await bearer(orgId);
  otherHooks = await bearer(otherOrgId);
  worker = await startWebhookWorker(db, {
    sweepIntervalMs: 50,
    backoffBaseMs: 200,
    backoffMaxMs: 400,
    requestTimeoutMs: 2_000,
    maxConsecutiveFailures: 1000,
    leaseMs: 5_000,
    lingerMs: 200,
    allowPrivateUrls: true,
    retentionMs: HOUR,
    retentionPollSeconds: 0.5,
  });
  await ingestCall('upsertReps', 'UpsertRepsInput', {
    rows: [
      { externalId: 'R1', name: 'Ana', email: 'ana@hooks.test', role: 'AE', region: 'NA', hireDate: '2024-01-01' },
    ],
  });
});
afterAll(async () => {
  await worker?.stop();
  await client?.close();
  await db?.destroy();
});

describe('upsertQuotas', () => {
  it('emits quota.changed per plan it changed, in its transaction; none when refused or unchanged', async () => {
    const fy26 = await db.prisma.salesPlan.create({
      data: { organizationId: orgId, fiscalYear: 2026, name: 'FY26', status: 'ACTIVE' },
    });
    const fy27 = await db.prisma.salesPlan.create({
      data: { organizationId: orgId, fiscalYear: 2027, name: 'FY27', status: 'ACTIVE' },
    });
    const sub = await subscribe('http://127.0.0.1:9/never', ['QUOTA_CHANGED']);
    await setStatus(sub, 'pause');
    const since = await lastEventId();
    // Quotas in two plans, and a refused row: one event per plan written.
    const first = await ingestCall('upsertQuotas', 'UpsertQuotasInput', {
      rows: [
        { repExternalId: 'R1', periodKey: 'FY2026-Q3', amount: '30000.00' },
        { repExternalId: 'R1', periodKey: 'FY2026-Q4', amount: '31000.00' },
        { repExternalId: 'R1', periodKey: 'FY2027-Q1', amount: '32000.00' },
        { repExternalId: 'GHOST', periodKey: 'FY2026-Q1', amount: '1.00' },
      ],
    });
    expect(first.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const events = await eventsOf('quota.changed', since);
    expect(events.map((e) => [e.eventType, e.entityType, Number(e.entityId), e.action, e.actorId])).toEqual([
      ['quota.changed', 'SalesPlan', fy26.id, 'quotas.upsert', `key:${ingestKeyId}`],
      ['quota.changed', 'SalesPlan', fy27.id, 'quotas.upsert', `key:${ingestKeyId}`],
    ]);
    expect((await deliveriesOf(sub)).map((d) => d.eventId)).toEqual(events.map((e) => e.id));
    // Unchanged: no event. Every row refused: no event.
    const mark = await lastEventId();
    await ingestCall('upsertQuotas', 'UpsertQuotasInput', {
      rows: [{ repExternalId: 'R1', periodKey: 'FY2026-Q3', amount: '30000.00' }],
    });
    const refused = await ingestCall('upsertQuotas', 'UpsertQuotasInput', {
      rows: [{ repExternalId: 'R1', periodKey: 'FY2030-Q1', amount: '5.00' }],
    });
    expect(refused.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await eventsOf('quota.changed', mark)).toEqual([]);
    // A change of one plan's quota: one event, for that plan.
    await ingestCall('upsertQuotas', 'UpsertQuotasInput', {
      rows: [{ repExternalId: 'R1', periodKey: 'FY2027-Q1', amount: '33000.00' }],
    });
    expect((await eventsOf('quota.changed', mark)).map((e) => Number(e.entityId))).toEqual([fy27.id]);
    await setStatus(sub, 'delete');
  });
});

describe('deleteAccounts with cascade', () => {
  const deal = (externalId: string, account: string) => ({
    externalId,
    name: externalId,
    accountExternalId: account,
    ownerExternalId: 'R1',
    type: 'NEW_BUSINESS',
    stage: 'PROSPECTING',
    amount: '1000.00',
    createdDate: '2026-01-05',
    closeDate: '2026-12-20',
  });
  const accountRow = (externalId: string) => ({
    externalId,
    name: externalId,
    industry: 'Tech',
    country: 'US',
    region: 'NA',
    employees: 10,
  });

  it('emits opportunity.deleted for each cascaded deal, before the account’s event, set-based', async () => {
    const sub = await subscribe('http://127.0.0.1:9/never', ['OPPORTUNITY', 'ACCOUNT']);
    await setStatus(sub, 'pause');
    await ingestCall('upsertAccounts', 'UpsertAccountsInput', {
      rows: [accountRow('CA-1'), accountRow('CA-2'), accountRow('CA-KEEP')],
    });
    await ingestCall('upsertOpportunities', 'UpsertOpportunitiesInput', {
      rows: [
        deal('CD-1', 'CA-1'),
        deal('CD-2', 'CA-1'),
        ...Array.from({ length: 20 }, (_, i) => deal(`CD-BIG-${i}`, 'CA-2')),
        deal('CD-KEEP', 'CA-KEEP'),
      ],
    });
    const dealsOf = (account: string) =>
      sql<{ id: number; externalId: string }>(
        `SELECT o.id, o."externalId" FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId"
          WHERE o."organizationId" = $1 AND a."externalId" = $2 ORDER BY o.id`,
        [orgId, account],
      );
    const small = await dealsOf('CA-1');
    const big = await dealsOf('CA-2');
    expect([small.length, big.length]).toEqual([2, 20]);
    const accountIds = await sql<{ id: number; externalId: string }>(
      `SELECT id, "externalId" FROM "Account" WHERE "organizationId" = $1 AND "externalId" IN ('CA-1', 'CA-2')`,
      [orgId],
    );
    const accountId = (x: string) => accountIds.find((a) => a.externalId === x)?.id;

    // Refused without cascade: nothing deleted, no event.
    const mark = await lastEventId();
    const refused = await ingestCall('deleteAccounts', 'DeleteAccountsInput', { rows: [{ externalId: 'CA-1' }] });
    expect(refused.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(await eventsOf('opportunity', mark)).toEqual([]);

    const q0 = db.queryCount();
    await ingestCall('deleteAccounts', 'DeleteAccountsInput', { rows: [{ externalId: 'CA-1' }], cascade: true });
    const smallStatements = db.queryCount() - q0;
    const q1 = db.queryCount();
    await ingestCall('deleteAccounts', 'DeleteAccountsInput', { rows: [{ externalId: 'CA-2' }], cascade: true });
    const bigStatements = db.queryCount() - q1;
    expect(bigStatements).toBe(smallStatements);

    const events = await sql<{ id: number; topic: string; eventType: string; entityId: string; externalId: string }>(
      `SELECT id, topic, "eventType", "entityId", after->>'externalId' AS "externalId" FROM "AuditEvent"
        WHERE "organizationId" = $1 AND id > $2 AND topic IS NOT NULL ORDER BY id`,
      [orgId, mark],
    );
    const expected = [
      ...small.map((d) => ['opportunity.deleted', String(d.id), d.externalId]),
      ['account.deleted', String(accountId('CA-1')), 'CA-1'],
      ...big.map((d) => ['opportunity.deleted', String(d.id), d.externalId]),
      ['account.deleted', String(accountId('CA-2')), 'CA-2'],
    ];
    expect(events.map((e) => [e.eventType, e.entityId, e.externalId])).toEqual(expected);
    // Each event owes the subscription (listing both topics) one delivery; the kept deal has none.
    expect((await deliveriesOf(sub)).filter((d) => d.eventId > mark).map((d) => d.eventId)).toEqual(
      events.map((e) => e.id),
    );
    expect((await dealsOf('CA-KEEP')).length).toBe(1);
    await setStatus(sub, 'delete');
  });
});

describe('the delivery log', () => {
  it('keeps every attempt of a receiver that fails, then succeeds', async () => {
    const receiver = new Receiver();
    await receiver.start();
    receiver.mode = 'fail';
    const sub = await subscribe(receiver.url, ['ACCOUNT']);
    receiver.secret = sub.secret;
    await ingestCall('upsertAccounts', 'UpsertAccountsInput', {
      rows: [{ externalId: 'LOG-1', name: 'Log', industry: 'Tech', country: 'US', region: 'NA', employees: 1 }],
    });
    await waitFor(() => receiver.requests >= 2);
    receiver.mode = 'ok';
    await waitFor(() => receiver.stored.length === 1);
    await waitFor(
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "subscriptionId" = $1 AND status = 'DELIVERED'`,
            [sub.row],
          )
        )[0]?.n === 1,
    );
    const failedRequests = receiver.requests - 1;
    const d = await gql<{
      webhookDeliveries: {
        edges: {
          node: {
            status: string;
            attempts: number;
            lastStatusCode: number;
            attemptLog: {
              attempt: number;
              statusCode: number | null;
              error: string | null;
              durationMs: number;
              attemptedAt: string;
            }[];
          };
        }[];
      };
    }>(
      hooks,
      `query($id: ID!) { webhookDeliveries(first: 5, filter: { subscriptionId: $id }) { edges { node {
        status attempts lastStatusCode attemptLog { attempt statusCode error durationMs attemptedAt } } } } }`,
      { id: sub.id },
    );
    const node = d.webhookDeliveries.edges[0]?.node;
    // The receiver saw `failedRequests` 500s and one success; the log has each, in order.
    expect(node?.status).toBe('DELIVERED');
    expect(node?.attempts).toBe(failedRequests + 1);
    expect(node?.attemptLog.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      ...Array.from({ length: failedRequests }, (_, i) => [i + 1, 500, 'HTTP 500']),
      [failedRequests + 1, 204, null],
    ]);
    const stored = await sql<{ attempt: number; statusCode: number | null; durationMs: number; attemptedAt: Date }>(
      `SELECT a.attempt, a."statusCode", a."durationMs", a."attemptedAt" FROM "WebhookDeliveryAttempt" a
         JOIN "WebhookDelivery" d ON d.id = a."deliveryId" WHERE d."subscriptionId" = $1 ORDER BY a.attempt`,
      [sub.row],
    );
    expect(stored.map((a) => a.durationMs)).toEqual(node?.attemptLog.map((a) => a.durationMs));
    expect(stored.every((a) => a.durationMs >= 0)).toBe(true);
    const times = node?.attemptLog.map((a) => Date.parse(a.attemptedAt)) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Another organization does not see the subscription's deliveries.
    const other = await gql<{ webhookDeliveries: { totalCount: number } }>(
      otherHooks,
      '{ webhookDeliveries(first: 5) { totalCount } }',
    );
    expect(other.webhookDeliveries.totalCount).toBe(0);
    await setStatus(sub, 'delete');
    await receiver.stop();
  });

  it('is pruned by the scheduled retention job: delivered rows past the retention, with their attempts', async () => {
    const schedules = await sql<{ name: string; cron: string }>(
      'SELECT name, cron FROM pgboss.schedule WHERE name = $1',
      [RETENTION_QUEUE],
    );
    expect(schedules).toEqual([{ name: RETENTION_QUEUE, cron: RETENTION_CRON }]);

    const receiver = new Receiver();
    await receiver.start();
    const sub = await subscribe(receiver.url, ['ACCOUNT']);
    receiver.secret = sub.secret;
    const rows = ['RET-1', 'RET-2', 'RET-3', 'RET-4'].map((externalId) => ({
      externalId,
      name: externalId,
      industry: 'Tech',
      country: 'US',
      region: 'NA',
      employees: 1,
    }));
    await ingestCall('upsertAccounts', 'UpsertAccountsInput', { rows });
    await waitFor(() => receiver.stored.length === 4);
    await waitFor(
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "subscriptionId" = $1 AND status = 'DELIVERED'`,
            [sub.row],
          )
        )[0]?.n === 4,
    );
    await setStatus(sub, 'pause');
    // One more event stays pending (paused); make it and two delivered ones older than the retention.
    await ingestCall('upsertAccounts', 'UpsertAccountsInput', { rows: [{ ...rows[0], employees: 2 }] });
    const deliveries = await sql<{ id: number; status: string }>(
      `SELECT id, status::text AS status FROM "WebhookDelivery" WHERE "subscriptionId" = $1 ORDER BY id`,
      [sub.row],
    );
    expect(deliveries.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'PENDING']);
    const [old1, old2, recent1, recent2, pending] = deliveries.map((d) => d.id) as number[];
    await sql(
      `UPDATE "WebhookDelivery" SET "deliveredAt" = (now() AT TIME ZONE 'UTC') - interval '2 hours',
              "createdAt" = (now() AT TIME ZONE 'UTC') - interval '2 hours'
        WHERE id = ANY($1::int[])`,
      [[old1, old2]],
    );
    await sql(
      `UPDATE "WebhookDelivery" SET "deliveredAt" = (now() AT TIME ZONE 'UTC') - interval '50 minutes' WHERE id = $1`,
      [recent1],
    );
    await sql(
      `UPDATE "WebhookDelivery" SET "createdAt" = (now() AT TIME ZONE 'UTC') - interval '3 hours' WHERE id = $1`,
      [pending],
    );
    // What the job should leave, computed here from the rule (delivered and older than an hour).
    const expectedLeft = [recent1, recent2, pending].sort((a, b) => (a as number) - (b as number));
    const attemptsBefore = await sql<{ deliveryId: number }>(
      `SELECT "deliveryId" FROM "WebhookDeliveryAttempt" WHERE "deliveryId" = ANY($1::int[])`,
      [[old1, old2]],
    );
    expect(attemptsBefore.length).toBe(2);

    // The scheduled job, run now rather than at minute 17: pg-boss hands it to the worker.
    const queue = await jobQueue(db);
    await queue.boss.send(RETENTION_QUEUE, {});
    await waitFor(
      async () =>
        (
          await sql<{ n: number }>('SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE id = ANY($1::int[])', [
            [old1, old2],
          ])
        )[0]?.n === 0,
    );
    const left = await sql<{ id: number }>(`SELECT id FROM "WebhookDelivery" WHERE "subscriptionId" = $1 ORDER BY id`, [
      sub.row,
    ]);
    expect(left.map((d) => d.id)).toEqual(expectedLeft);
    expect(
      await sql('SELECT 1 FROM "WebhookDeliveryAttempt" WHERE "deliveryId" = ANY($1::int[])', [[old1, old2]]),
    ).toEqual([]);
    // The events themselves stay in the audit trail.
    expect((await eventsOf('account')).filter((e) => e.externalId === 'RET-1').length).toBe(2);
    await setStatus(sub, 'delete');
    await receiver.stop();
  });
});

describe('secret rotation', () => {
  const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) {
    secret previousSecretExpiresAt webhookSubscription { id previousSecretExpiresAt } userErrors { code field } } }`;
  interface RotatePayload {
    rotateWebhookSecret: {
      secret: string | null;
      previousSecretExpiresAt: string | null;
      webhookSubscription: { id: string; previousSecretExpiresAt: string | null } | null;
      userErrors: { code: string; field: string[] }[];
    };
  }
  const hmacHex = (secret: string, t: string, body: string) =>
    createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  const hmacBase64 = (secret: string, t: string, body: string) =>
    createHmac('sha256', secret).update(`${t}.${body}`).digest('base64');

  it('signs with both secrets during the overlap; either verifies; bad input changes nothing', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const sub = await subscribe(receiver.url, ['ACCOUNT']);
    const oldSecret = sub.secret;
    const storedSecret = async () =>
      (
        await sql<{ secret: string; previousSecret: string | null }>(
          'SELECT secret, "previousSecret" FROM "WebhookSubscription" WHERE id = $1',
          [sub.row],
        )
      )[0];

    // Refused: an overlap out of range, another organization's subscription.
    const bad = await gql<RotatePayload>(hooks, ROTATE, { input: { id: sub.id, overlapSeconds: 8 * 24 * 3600 } });
    expect(bad.rotateWebhookSecret.userErrors).toEqual([{ code: 'OUT_OF_RANGE', field: ['input', 'overlapSeconds'] }]);
    const foreign = await gql<RotatePayload>(otherHooks, ROTATE, { input: { id: sub.id } });
    expect(foreign.rotateWebhookSecret.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    expect(await storedSecret()).toEqual({ secret: oldSecret, previousSecret: null });

    const before = Date.now();
    const rotated = await gql<RotatePayload>(hooks, ROTATE, { input: { id: sub.id, overlapSeconds: 3600 } });
    const { secret: newSecret, previousSecretExpiresAt } = rotated.rotateWebhookSecret;
    expect(rotated.rotateWebhookSecret.userErrors).toEqual([]);
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    expect(await storedSecret()).toEqual({ secret: newSecret, previousSecret: oldSecret });
    const expires = Date.parse(previousSecretExpiresAt as string);
    expect(expires).toBeGreaterThanOrEqual(before + 3600_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000 + 1000);
    expect(rotated.rotateWebhookSecret.webhookSubscription?.previousSecretExpiresAt).toBe(previousSecretExpiresAt);
    // Audited, without either secret.
    const [audit] = await sql<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM "AuditEvent" WHERE "organizationId" = $1 AND action = 'webhookSubscription.rotateSecret'
        AND "entityId" = $2`,
      [orgId, String(sub.row)],
    );
    expect(JSON.stringify(audit)).not.toContain(oldSecret);
    expect(JSON.stringify(audit)).not.toContain(newSecret as string);

    // A receiver still on the old secret accepts the delivery (its check takes any v1 entry).
    receiver.secret = oldSecret;
    const row = { name: 'Rot', industry: 'Tech', country: 'US', region: 'NA', employees: 1 };
    await ingestCall('upsertAccounts', 'UpsertAccountsInput', { rows: [{ externalId: 'ROT-1', ...row }] });
    await waitFor(() => receiver.stored.length === 1);
    const request = receiver.log.at(-1) as { headers: Record<string, string | string[] | undefined>; body: string };
    const header = String(request.headers['coxswain-signature']);
    const t = String(/t=(\d+)/.exec(header)?.[1]);
    expect(header).toBe(
      `t=${t},v1=${hmacHex(newSecret as string, t, request.body)},v1=${hmacHex(oldSecret, t, request.body)}`,
    );
    expect(request.headers['x-coxswain-hmac-sha256']).toBe(
      `${hmacBase64(newSecret as string, t, request.body)},${hmacBase64(oldSecret, t, request.body)}`,
    );
    // The SDK verifier accepts it with either secret, and refuses a third.
    for (const secret of [oldSecret, newSecret as string]) {
      const event = await verifyWebhookSignature({ payload: request.body, signatureHeader: header, secret });
      expect(event.data.externalId).toBe('ROT-1');
    }
    await expect(
      verifyWebhookSignature({ payload: request.body, signatureHeader: header, secret: 'whsec_other' }),
    ).rejects.toBeInstanceOf(WebhookSignatureError);

    // Rotated again with no overlap: only the newest secret signs.
    const again = await gql<RotatePayload>(hooks, ROTATE, { input: { id: sub.id, overlapSeconds: 0 } });
    const newest = again.rotateWebhookSecret.secret as string;
    expect(again.rotateWebhookSecret.previousSecretExpiresAt).toBeNull();
    expect(await storedSecret()).toEqual({ secret: newest, previousSecret: null });
    receiver.secret = newest;
    await ingestCall('upsertAccounts', 'UpsertAccountsInput', { rows: [{ externalId: 'ROT-2', ...row }] });
    await waitFor(() => receiver.stored.length === 2);
    const last = receiver.log.at(-1) as { headers: Record<string, string | string[] | undefined>; body: string };
    const t2 = String(/t=(\d+)/.exec(String(last.headers['coxswain-signature']))?.[1]);
    expect(last.headers['coxswain-signature']).toBe(`t=${t2},v1=${hmacHex(newest, t2, last.body)}`);
    await expect(
      verifyWebhookSignature({
        payload: last.body,
        signatureHeader: String(last.headers['coxswain-signature']),
        secret: oldSecret,
      }),
    ).rejects.toBeInstanceOf(WebhookSignatureError);
    expect(receiver.badSignatures).toBe(0);
    await setStatus(sub, 'delete');
    await receiver.stop();
  });
});
