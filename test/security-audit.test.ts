// Audit coverage, generated from the schema so that a new mutation is covered without editing this
// file: every mutation is called by an admin API key with input synthesised from its type (IDs
// of real rows of the caller's organization), and a call that changed any row of any table must
// have written, in the same request, an AuditEvent naming the key (actor type, principal, key id)
// and the request id. A call whose input was refused must have changed nothing. Writing paths the
// synthesised inputs do not reach (22 of 37 mutations refuse them) are not proven here.
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isCompositeType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { schema } from '../api/src/schema.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { models, oneOfEverything } from './support/every-model.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';
import { minimalOperation, modelOf, synthesise } from './support/synthesise.js';

/** Tables a call may change without an audit event, with the reason. */
const NOT_AUDITED: Record<string, string> = {
  AuditEvent: 'The audit trail itself.',
  IdempotencyRecord: 'Stored replies of idempotent calls; the change they answer is audited.',
};

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let rows: Map<string, number>;
let key: { id: number; token: string };

const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
);
/** The node type an ID argument or field refers to: by its name (`salesPlanId`), else by the mutation's. */
function idFor(name: string, mutation: string): string {
  const base = name.replace(/Ids?$/, '').toLowerCase();
  const byName = nodeTypes.find((t) => t.name.toLowerCase() === base);
  const byMutation = [...nodeTypes]
    .sort((a, b) => b.name.length - a.name.length)
    .find((t) => mutation.toLowerCase().includes(t.name.toLowerCase()));
  const type = byName ?? byMutation ?? (schema.getType('Rep') as GraphQLObjectType);
  return toGlobalId(type.name, rows.get(modelOf(type) as string) as number);
}

/** Synthetic values: IDs of the caller's rows (see idFor), periods as period keys. */
function synth(type: GraphQLInputType, name: string, mutation: string): unknown {
  return synthesise(type, name, (scalar, field) => {
    if (scalar === 'ID') return idFor(field, mutation);
    return {
      String: /period/i.test(field) ? 'FY2027-Q1' : `audit ${field}`,
      Int: 1,
      Float: 1,
      Boolean: false,
      Decimal: '1',
      Date: '2027-03-01',
      DateTime: '2027-03-01T00:00:00Z',
      JSON: {},
    }[scalar];
  });
}

/** Sets every `expectedVersion` to the current version of the row its input object names. */
async function withVersions(value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map(withVersions));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = await withVersions(v);
  if ('expectedVersion' in out) {
    // The versioned row the input names: its `id`, else the first `...Id` whose model has a version.
    const refs = Object.entries(out)
      .filter(([k, v]) => (k === 'id' || k.endsWith('Id')) && typeof v === 'string')
      .sort(([a], [b]) => Number(b === 'id') - Number(a === 'id'))
      .map(([, v]) =>
        Buffer.from(v as string, 'base64')
          .toString()
          .split(':'),
      )
      .map(([type, id]) => ({ model: modelOf(schema.getType(type ?? '') as GraphQLNamedType), id: Number(id) }))
      .filter(({ model }) => models[model as string]?.fields.some((f) => f.name === 'version'));
    const ref = refs[0];
    if (ref) {
      const [row] = await db.sql.query<{ version: number }>(`SELECT version FROM "${ref.model}" WHERE id = $1`, [
        ref.id,
      ]);
      out.expectedVersion = row?.version ?? 1;
    }
  }
  return out;
}

function operationFor(field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  const payload = isObjectType(named) ? named.getFields() : {};
  const selection = isCompositeType(named)
    ? payload.userErrors
      ? ' { __typename userErrors { code field } }'
      : ' { __typename }'
    : '';
  return minimalOperation('mutation', field, selection, (a) => synth(a.type, a.name, field.name));
}

/** One digest per table (every row of every organization), in one statement. */
async function snapshot(): Promise<Record<string, string>> {
  const parts = Object.keys(models)
    .filter((m) => !NOT_AUDITED[m])
    .map((m) => {
      // A key's last-used time moves on every request; its other columns are what a write changes.
      const row = m === 'ApiKey' ? '(t.id, t.name, t.scopes, t."revokedAt", t."expiresAt", t."repId")' : 't';
      return `'${m}', (SELECT md5(coalesce(string_agg(${row}::text, '|' ORDER BY ${row}::text), '')) FROM "${m}" t)`;
    });
  const [result] = await db.sql.query<{ s: Record<string, string> }>(
    `SELECT json_build_object(${parts.join(', ')}) AS s`,
  );
  return result?.s ?? {};
}

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 4);
  rows = await oneOfEverything(db.prisma, fx.organizationId, 'AUDIT');
  client = await createTestClient(db);
  key = await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'auditor', scopes: ['admin'] });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('every mutation', () => {
  // Calls that close a row (archive, retire, delete, end, pay, revoke) go last, so the rows stay
  // open for the others.
  const closing = (name: string) => /^(archive|retire|delete|end|markPayoutRunPaid|revoke)/.test(name);
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).sort(
    (a, b) => Number(closing(a.name)) - Number(closing(b.name)),
  );

  it('that changes rows writes an AuditEvent naming the key and the request; one that refuses changes nothing', async () => {
    expect(mutations.length).toBeGreaterThan(30);
    const audited: string[] = [];
    const missing: string[] = [];
    const halfWritten: string[] = [];
    const silent: string[] = [];
    for (const field of mutations) {
      const { query, variables: synthesised } = operationFor(field);
      const variables = (await withVersions(synthesised)) as Record<string, unknown>;
      const before = await snapshot();
      const [{ last } = { last: 0 }] = await db.sql.query<{ last: number }>(
        'SELECT coalesce(max(id), 0)::int AS last FROM "AuditEvent"',
      );
      const requestId = `audit-${field.name}`;
      const res = (await client.request(query, variables, {
        authorization: `Bearer ${key.token}`,
        'x-request-id': requestId,
      })) as GraphQLResponse;
      const after = await snapshot();
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      const payload = res.data?.[field.name] as { userErrors?: unknown[] } | null | undefined;
      const refused = Boolean(res.errors?.length) || Boolean(payload?.userErrors?.length) || payload == null;
      if (refused) {
        // A refused call leaves every table as it was.
        if (changed.length) halfWritten.push(`${field.name} refused but changed ${changed.join(', ')}`);
        continue;
      }
      if (!changed.length) {
        silent.push(field.name);
        continue;
      }
      const events = await db.sql.query<{
        actorType: string;
        actorId: string;
        apiKeyId: number | null;
        requestId: string | null;
        organizationId: number;
      }>('SELECT "actorType", "actorId", "apiKeyId", "requestId", "organizationId" FROM "AuditEvent" WHERE id > $1', [
        last,
      ]);
      const named = events.filter(
        (e) =>
          e.actorType === 'API_KEY' &&
          e.actorId === `key:${key.id}` &&
          e.apiKeyId === key.id &&
          e.requestId === requestId &&
          e.organizationId === fx.organizationId,
      );
      if (named.length && named.length === events.length) audited.push(field.name);
      else
        missing.push(
          `${field.name} changed ${changed.join(', ')}: ${JSON.stringify(events)} ${JSON.stringify(res.errors ?? '')}`,
        );
    }
    expect(halfWritten).toEqual([]);
    // A call that reported success must have written something (and so been audited above).
    expect(silent).toEqual([]);
    expect(missing).toEqual([]);
    // The synthesised inputs reach the writing path of 15 of the 37 mutations today (the others
    // refuse them: conflicts, missing tiers, periods); a change that made them all refuse would
    // empty this test, so it must not go unnoticed.
    expect(audited.length).toBeGreaterThanOrEqual(15);
  });
});
