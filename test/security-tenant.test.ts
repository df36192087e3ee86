// Tenant isolation, generated from the schema and the data model so that new root fields, node
// types, mutations and models are covered without editing this file:
// - another organization gets one row of every model (built from the Prisma data model), with a
//   FOREIGN marker in every text column;
// - every node type is asked for by node(id) and nodes(ids) with the other organization's IDs;
// - every root field is queried with a selection built from its type, its required arguments
//   synthesised, and each ID argument (also inside input objects) set to foreign IDs;
// - every mutation is called with synthesised input holding foreign IDs;
// and nothing that comes back may carry a foreign ID or the marker, the other organization's rows
// must be unchanged, and no row of the caller's organization may reference a foreign row.
// Fields whose arguments cannot be synthesised into a valid request go in MANUAL.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../api/src/schema.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { models, oneOfEverything } from './support/every-model.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './support/graphql.js';
import { modelOf } from './support/synthesise.js';

const MARKER = 'FOREIGN';
/** Root fields whose arguments need hand-written values: field -> [arguments, variables]. */
const MANUAL: Record<string, { args: string; variables: Record<string, unknown> }> = {};

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
/** Model -> ids of the other organization's rows. */
const foreign = new Map<string, Set<number>>();
const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
);

async function tableSnapshot(organizationId: number): Promise<string> {
  const parts: string[] = [];
  for (const model of Object.keys(models)) {
    if (!models[model]?.fields.some((f) => f.name === 'organizationId')) continue;
    const rows = await db.sql.query<{ h: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS h FROM "${model}" t WHERE t."organizationId" = $1`,
      [organizationId],
    );
    parts.push(`${model}:${rows[0]?.h}`);
  }
  return parts.join('\n');
}

/** Rows of one organization that reference a row of another, for every foreign key. */
async function crossTenantReferences(): Promise<string[]> {
  const found: string[] = [];
  for (const [model, { fields }] of Object.entries(models)) {
    for (const f of fields) {
      const [fk] = f.relationFromFields ?? [];
      if (!fk || f.type === 'Organization' || !models[f.type]?.fields.some((x) => x.name === 'organizationId'))
        continue;
      const [row] = await db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${model}" a JOIN "${f.type}" b ON a."${fk}" = b.id
          WHERE a."organizationId" <> b."organizationId"`,
      );
      if (row?.n) found.push(`${model}.${fk} -> ${f.type}: ${row.n}`);
    }
  }
  return found;
}

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 6);
  await oneOfEverything(db.prisma, fx.otherOrganizationId, MARKER);
  for (const model of Object.keys(models)) {
    if (!models[model]?.fields.some((f) => f.name === 'organizationId')) continue;
    const rows = await db.sql.query<{ id: number }>(`SELECT id FROM "${model}" WHERE "organizationId" = $1`, [
      fx.otherOrganizationId,
    ]);
    foreign.set(model, new Set(rows.map((r) => r.id)));
  }
  client = await createTestClient(db);
});
afterAll(async () => {
  await client?.close();
  await db?.destroy();
});

/** Every foreign ID or marker anywhere in a response. */
function leaks(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes(MARKER)) out.push(value);
    const decoded = /^[A-Za-z0-9+/]+=*$/.test(value) ? Buffer.from(value, 'base64').toString() : '';
    const m = /^([A-Za-z]+):(\d+)$/.exec(decoded);
    const type = m && schema.getType(m[1] as string);
    const model = type && modelOf(type);
    if (m && model && foreign.get(model)?.has(Number(m[2]))) out.push(`${decoded} (foreign ${model})`);
  } else if (Array.isArray(value)) {
    for (const v of value) leaks(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) leaks(v, out);
  }
  return out;
}

function foreignIdsFor(name: string): string[] {
  const base = name.replace(/Ids?$/, '');
  const guess = nodeTypes.find((t) => t.name.toLowerCase() === base.toLowerCase());
  const types = guess ? [guess] : nodeTypes;
  return types.flatMap((t) =>
    [...(foreign.get(modelOf(t) as string) ?? [])].slice(0, 1).map((id) => toGlobalId(t.name, id)),
  );
}

/** A value of an input type; ID fields take `idFor(name)`. */
function synth(type: GraphQLInputType, name: string, idFor: (name: string) => string, depth = 0): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [synth(nullable.ofType, name, idFor, depth)];
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) {
      if (isNonNullType(f.type) || (getNamedType(f.type).name === 'ID' && depth < 3)) {
        out[f.name] = synth(f.type, f.name, idFor, depth + 1);
      }
    }
    return out;
  }
  const scalar = getNamedType(nullable).name;
  return (
    {
      ID: idFor(name),
      String: name.toLowerCase().includes('period') ? 'FY2027-Q1' : 'x',
      Int: name === 'first' || name === 'last' ? 5 : 2027,
      Float: 1,
      Boolean: false,
      Decimal: '1',
      Date: '2026-06-01',
      DateTime: '2026-06-01T00:00:00Z',
      JSON: {},
    } as Record<string, unknown>
  )[scalar];
}

/** A selection of every argument-free field, two levels deep, connections paged. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    const required = field.args.filter((a) => isNonNullType(a.type));
    if (required.length) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) {
      parts.push(field.name);
    } else if (depth < 2 && isCompositeType(inner)) {
      const paged = field.args.some((a) => a.name === 'first') ? '(first: 5)' : '';
      parts.push(`${field.name}${paged} ${selection(field.type, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>) {
  const defs = field.args.filter((a) => a.name in args);
  const vars = defs.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const call = defs.length ? `(${defs.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call} ${selection(field.type)} }`;
}

/** Argument sets to try: the required ones synthesised, then each ID path set to foreign IDs. */
function argumentSets(field: GraphQLField<unknown, unknown>): Record<string, unknown>[] {
  const first = (name: string) => foreignIdsFor(name)[0] as string;
  const base: Record<string, unknown> = {};
  for (const arg of field.args as GraphQLArgument[]) {
    if (isNonNullType(arg.type)) base[arg.name] = synth(arg.type, arg.name, first);
    else if (arg.name === 'first') base.first = 5;
  }
  const sets = [base];
  for (const arg of field.args as GraphQLArgument[]) {
    const named = getNamedType(arg.type);
    if (named.name === 'ID') {
      for (const id of foreignIdsFor(arg.name)) {
        sets.push({ ...base, [arg.name]: isListType(getNullableType(arg.type)) ? [id] : id });
      }
    } else if (isInputObjectType(named)) {
      for (const f of Object.values(named.getFields())) {
        if (!isScalarType(getNamedType(f.type)) || getNamedType(f.type).name !== 'ID') continue;
        for (const id of foreignIdsFor(f.name)) {
          const value = synth(arg.type, arg.name, first) as Record<string, unknown>;
          const obj = Array.isArray(value) ? value[0] : value;
          obj[f.name] = isListType(getNullableType(f.type)) ? [id] : id;
          sets.push({ ...base, [arg.name]: value });
        }
      }
    }
  }
  return sets;
}

function expectNoLeak(name: string, res: GraphQLResponse) {
  expect(leaks(res), name).toEqual([]);
  const validation = res.errors?.find((e) => !e.path && e.extensions?.code === 'BAD_REQUEST');
  expect(validation?.message, `${name}: the generated request is invalid; add the field to MANUAL`).toBeUndefined();
}

describe('tenant isolation, generated from the schema', () => {
  it('the other organization holds a row of every model, and every node type maps to one', () => {
    for (const [model, ids] of foreign) expect(ids.size, model).toBeGreaterThan(0);
    expect(nodeTypes.length).toBeGreaterThan(5);
    for (const type of nodeTypes) expect(foreign.get(modelOf(type) as string)?.size, type.name).toBeGreaterThan(0);
  });

  it('node(id) and nodes(ids) return null for every foreign ID of every node type', async () => {
    for (const type of nodeTypes) {
      const ids = [...(foreign.get(modelOf(type) as string) ?? [])].map((id) => toGlobalId(type.name, id));
      const res = await client.request<{ node: unknown; nodes: unknown[] }>(
        `query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id ... on ${type.name} ${selection(type)} } }`,
        { id: ids[0], ids },
      );
      expect(res.errors, type.name).toBeUndefined();
      expect(res.data?.node, type.name).toBeNull();
      expect(
        res.data?.nodes.every((n) => n === null),
        type.name,
      ).toBe(true);
    }
  });

  it('every root field, with foreign IDs in every ID argument, returns nothing of the other organization', async () => {
    const fields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
      (f) => !['node', 'nodes'].includes(f.name),
    );
    expect(fields.length).toBeGreaterThan(5);
    let requests = 0;
    for (const field of fields) {
      const manual = MANUAL[field.name];
      if (manual) {
        const res = await client.request(
          `query { ${field.name}${manual.args} ${selection(field.type)} }`,
          manual.variables,
        );
        expectNoLeak(field.name, res);
        continue;
      }
      for (const args of argumentSets(field)) {
        const res = await client.request(operation('query', field, args), args);
        expectNoLeak(`${field.name} ${JSON.stringify(args)}`, res);
        requests++;
      }
    }
    expect(requests).toBeGreaterThan(fields.length);
  });

  it('every mutation, given foreign IDs, changes nothing of the other organization and links nothing to it', async () => {
    const before = await tableSnapshot(fx.otherOrganizationId);
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      for (const args of argumentSets(field)) {
        const res = await client.request(operation('mutation', field, args), args);
        expectNoLeak(`${field.name} ${JSON.stringify(args)}`, res);
      }
    }
    expect(await tableSnapshot(fx.otherOrganizationId)).toBe(before);
    expect(await crossTenantReferences()).toEqual([]);
  });
});
