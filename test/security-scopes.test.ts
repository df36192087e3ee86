// Scope coverage, from the built schema so that a new root field or node type is covered without
// editing this file:
// - every root field (query and mutation) and every object type implementing Node names the scope
//   it needs (Pothos scope-auth `authScopes`), except the few public fields of PUBLIC below;
// - a key holding only read:accounts is refused every root field whose scope it lacks, and a key
//   holding exactly that scope is not; node(id) and nodes(ids) hand it no object of a type whose
//   scope it lacks, while an admin key gets every one of them.

import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  graphql,
  isCompositeType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { ROW_RULES } from '../api/src/access/row-policy.js';
import { hasScope, isScope } from '../api/src/access/scopes.js';
import { ORGANIZATION_WIDE } from '../api/src/access/visibility.js';
import { schema } from '../api/src/schema.js';
import { buildContext } from '../api/src/shared/context.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { oneOfEverything } from './support/every-model.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';
import { readOrganization } from './support/organization.js';
import { minimalOperation, modelOf, synthesise } from './support/synthesise.js';

/** Root fields any authenticated caller may use, with the reason. */
const PUBLIC: Record<string, string> = {
  'Query.node': 'Returns objects whose types carry their own scopes (checked below); unknown or refused IDs are null.',
  'Query.nodes': 'As node, for a list of IDs.',
  'Query.viewer': 'The caller itself: principal, scopes and visibility counts; its rep and key are scoped types.',
  'Query.organization': "The caller's organization settings (name, fiscal calendar, currency), no business rows.",
  'Query.bulkOperation':
    "The caller's own operation (admins: the organization's); the type's rule and the lookup's filter both check the submitter.",
  'Query.bulkOperations': "The caller's own operations (admins: the organization's), filtered as bulkOperation.",
  'Mutation.bulkOperationRunQuery':
    "Needs the scopes of the query it runs, checked by executing it for one row as the caller at submission and again by the job (docs/security.md, 'Bulk operations').",
  'Mutation.bulkOperationCancel':
    "Cancels the caller's own operation (admins: the organization's); others' IDs are unknown.",
};

type AuthScopes = { scope?: string } | ((...args: never[]) => unknown) | undefined;
const scopesOf = (thing: { extensions?: unknown }) =>
  (thing.extensions as { pothosOptions?: { authScopes?: AuthScopes } } | undefined)?.pothosOptions?.authScopes;

const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => !!t);
const rootFields = roots.flatMap((root) =>
  Object.values(root.getFields()).map((field) => ({ root, field, key: `${root.name}.${field.name}` })),
);
const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
);

describe('every root field and node type requires a scope', () => {
  it('root fields name a known scope, or are public with a reason', () => {
    const missing = rootFields.filter(({ key, field }) => !scopesOf(field) && !PUBLIC[key]).map((f) => f.key);
    expect(missing).toEqual([]);
    const unknown = rootFields
      .map(({ key, field }) => [key, scopesOf(field)] as const)
      .filter(([, s]) => s && typeof s !== 'function' && !(s.scope && isScope(s.scope)));
    expect(unknown).toEqual([]);
    // The allow-list holds only fields that exist and need it.
    for (const key of Object.keys(PUBLIC)) {
      const entry = rootFields.find((f) => f.key === key);
      expect(entry, key).toBeDefined();
      expect(scopesOf(entry?.field as GraphQLField<unknown, unknown>), key).toBeUndefined();
    }
  });

  it('node types carry a type-level scope, so node(id) cannot bypass the root fields', () => {
    expect(nodeTypes.length).toBeGreaterThan(10);
    expect(nodeTypes.filter((t) => !scopesOf(t)).map((t) => t.name)).toEqual([]);
    const unknown = nodeTypes
      .map((t) => [t.name, scopesOf(t)] as const)
      .filter(([, s]) => s && typeof s !== 'function' && !(s.scope && isScope(s.scope)));
    expect(unknown).toEqual([]);
  });
});

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let rows: Map<string, number>;
let accountsKey: { id: number; token: string };
const keysByScope = new Map<string, string>();

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function keyWith(scope: string): Promise<string> {
  let token = keysByScope.get(scope);
  if (!token) {
    token = (await issueApiKey(db.sql, { organizationId: fx.organizationId, name: scope, scopes: [scope] as never }))
      .token;
    keysByScope.set(scope, token);
  }
  return token;
}

/** A syntactically valid value: scope checks run before any resolver parses it. */
function synth(type: GraphQLInputType): unknown {
  const scalars: Record<string, unknown> = {
    ID: toGlobalId('Rep', fx.reps[0] as number),
    String: 'FY2026-Q2',
    Int: 1,
    Float: 1,
    Boolean: false,
    Decimal: '1',
    Date: '2026-03-01',
    DateTime: '2026-03-01T00:00:00Z',
    JSON: {},
  };
  return synthesise(type, '', (scalar) => scalars[scalar]);
}

function operationFor(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>) {
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const kind = root === schema.getMutationType() ? 'mutation' : 'query';
  return minimalOperation(kind, field, selection, (a) => synth(a.type));
}

const forbiddenAt = (res: GraphQLResponse, field: string) =>
  (res.errors ?? []).some((e) => e.path?.[0] === field && e.extensions?.code === 'FORBIDDEN');

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 4);
  rows = await oneOfEverything(db.prisma, fx.organizationId, 'SCOPED');
  client = await createTestClient(db);
  accountsKey = await issueApiKey(db.sql, {
    organizationId: fx.organizationId,
    name: 'accounts only',
    scopes: ['read:accounts'],
  });
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

describe('a key with only read:accounts', () => {
  const held = new Set(['read:accounts']);
  const scoped = rootFields.filter(({ field }) => {
    const s = scopesOf(field);
    return s && typeof s !== 'function' && s.scope;
  });
  const refused = scoped.filter(({ field }) => !hasScope(held, (scopesOf(field) as { scope: string }).scope));

  it('is refused forecast, quotas, plans and comp root fields', () => {
    const names = refused.map((f) => f.field.name);
    for (const name of [
      'forecast',
      'forecastChanges',
      'forecastAccuracy',
      'forecastSnapshot',
      'forecastBacktest',
      'forecastRange',
      'forecastLiability',
      'submitForecast',
      'previewTerritoryRules',
      'quotas',
      'salesPlans',
      'territories',
      'compPlans',
      'payoutRuns',
      'payoutStatement',
      'apiKeys',
    ]) {
      expect(names).toContain(name);
    }
    expect(scoped.length - refused.length).toBeGreaterThan(0);
  });

  it('gets FORBIDDEN from every root field whose scope it lacks, and that scope alone lets each query through', async () => {
    const before = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "AuditEvent"');
    for (const { root, field } of refused) {
      const { query, variables } = operationFor(root, field);
      const res = await client.request(query, variables, bearer(accountsKey.token));
      expect(forbiddenAt(res, field.name), `${field.name}: ${JSON.stringify(res.errors)}`).toBe(true);
      expect((res.data as Record<string, unknown> | null | undefined)?.[field.name] ?? null).toBeNull();
    }
    // Refused mutations wrote nothing (every write records an audit event).
    expect(await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "AuditEvent"')).toEqual(before);
    for (const { root, field } of [...refused, ...scoped.filter((f) => !refused.includes(f))]) {
      if (root === schema.getMutationType()) continue; // a call that gets through may write
      const { query, variables } = operationFor(root, field);
      const token = await keyWith((scopesOf(field) as { scope: string }).scope);
      const res = await client.request(query, variables, bearer(token));
      // Through: neither refused nor failed (a synthesised argument may still be a user error).
      const stopped = (res.errors ?? []).filter((e) =>
        ['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL'].includes(String(e.extensions?.code)),
      );
      expect(stopped, `${field.name}: ${JSON.stringify(res.errors)}`).toEqual([]);
    }
  });

  it('gets no object of a type whose scope it lacks through node(id) or nodes(ids); an admin gets all', async () => {
    const ids = nodeTypes.map((t) => {
      const id = rows.get(modelOf(t) as string);
      if (id === undefined) throw new Error(`no row for ${t.name}`);
      return { type: t, id: toGlobalId(t.name, id) };
    });
    const NODE = 'query($id: ID!) { node(id: $id) { id __typename } }';
    for (const { type, id } of ids) {
      const admin = await client.request<{ node: { id: string } | null }>(NODE, { id });
      expect(admin.data?.node?.id, `${type.name} for admin`).toBe(id);
      const res = await client.request<{ node: { id: string } | null }>(NODE, { id }, bearer(accountsKey.token));
      const s = scopesOf(type) as { scope?: string } | undefined;
      if (s?.scope && hasScope(held, s.scope)) {
        expect(res.data?.node?.id, type.name).toBe(id);
      } else {
        // Null: refused by the type's scope (FORBIDDEN), or first hidden by the row policy (pay
        // rows without pay visibility, other callers' keys); the next test isolates the scope.
        expect(res.data?.node ?? null, type.name).toBeNull();
      }
    }
    const many = await client.request<{ nodes: ({ __typename: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }',
      { ids: ids.map((i) => i.id) },
      bearer(accountsKey.token),
    );
    const seen = (many.data?.nodes ?? []).filter((n) => n !== null).map((n) => n?.__typename);
    expect(seen.sort()).toEqual(['Account', 'Product']);
  });

  it('is refused every such type by its scope alone, even with organization-wide row and pay visibility', async () => {
    // A context built by hand: every row visible, so only the type-level scope stands in the way.
    const viewer = { organizationId: fx.organizationId, principal: 'key:0', repId: null, scopes: held };
    const org = await readOrganization(db, fx.organizationId);
    const contextValue = buildContext(db, viewer, org, 'scopes', ORGANIZATION_WIDE);
    for (const type of nodeTypes) {
      const id = toGlobalId(type.name, rows.get(modelOf(type) as string) as number);
      const res = (await graphql({
        schema,
        source: 'query($id: ID!) { node(id: $id) { id } }',
        variableValues: { id },
        contextValue,
      })) as GraphQLResponse<{ node: { id: string } | null }>;
      const s = scopesOf(type) as { scope?: string } | undefined;
      if (s?.scope && hasScope(held, s.scope)) {
        expect(res.data?.node?.id, type.name).toBe(id);
      } else {
        expect(res.data?.node ?? null, type.name).toBeNull();
        // ApiKey's rule (the own key, else admin) is a function; the row policy of API keys,
        // which keys on the scopes and not on visibility, already hides other keys. Likewise the
        // admins-only row rule (AuditEvent) hides the row before its type's scope is asked.
        if (s?.scope && ROW_RULES[modelOf(type) as string]?.kind !== 'admin')
          expect(forbiddenAt(res, 'node'), `${type.name}: ${JSON.stringify(res.errors)}`).toBe(true);
      }
    }
  });

  it('sees its own ApiKey through viewer and node(id), and no other key', async () => {
    const own = await client.request<{ viewer: { apiKey: { id: string } | null } }>(
      '{ viewer { apiKey { id } } }',
      {},
      bearer(accountsKey.token),
    );
    expect(own.data?.viewer.apiKey?.id).toBe(toGlobalId('ApiKey', accountsKey.id));
    const other = await client.request<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: toGlobalId('ApiKey', rows.get('ApiKey') as number) },
      bearer(accountsKey.token),
    );
    expect(other.data?.node ?? null).toBeNull();
  });
});
