// Cost model honesty (issue 16): the SDK's own library and documented examples must run under the
// server's default limits (api/src/access/config.ts: 1,000 points per operation, a bucket of 1,000
// refilled at 50 a second), over HTTP, as a new user would run them with a fresh API key.
// - Every operation of the library (sdk/src/generated/persisted-documents.json, the printed text
//   of each) is sent with a fresh admin key, its `first` at the largest page size the docs use for
//   it (sdk/README.md and docs/*.md; the server's default page when they set none), its other
//   required variables filled in by type. The test fails when any is refused for its cost
//   (QUERY_TOO_COMPLEX or THROTTLED): the cost check runs before execution, so a mutation whose
//   sample input is refused afterwards still proves its cost is accepted.
// - The extract examples of sdk/README.md marked `<!-- readme-example: NAME -->` run as written
//   (imported as modules from a scratch directory), and what they write is compared with SQL. The
//   bulk-export example needs the job worker; test/sdk-bulk-export.test.ts runs it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { DEFAULT_BUCKET, DEFAULT_MAX_QUERY_COST } from '../api/src/access/config.js';
import { schema } from '../api/src/schema.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const root = path.resolve(import.meta.dirname, '..');

let db: TestDatabase;
let fx: CoreFixture;
let server: TestClient;
let endpoint: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 12);
  // The defaults, not the test clients' unlimited settings.
  server = await createTestClient(db, {
    listen: true,
    security: { cost: { bucket: DEFAULT_BUCKET, maxQueryCost: DEFAULT_MAX_QUERY_COST } },
  });
  endpoint = `${server.url}/graphql`;
});
afterAll(async () => {
  await server?.close();
  await db?.destroy();
});

/** A new admin key: a full bucket, as a new user starts with. */
async function freshKey(): Promise<string> {
  const key = await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'cost honesty', scopes: ['admin'] });
  return key.token;
}

/** The library's operations: name -> printed text. */
function libraryOperations(): Map<string, { text: string; operation: OperationDefinitionNode }> {
  const manifest = JSON.parse(
    readFileSync(path.join(root, 'sdk/src/generated/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const operations = new Map<string, { text: string; operation: OperationDefinitionNode }>();
  for (const text of Object.values(manifest)) {
    const operation = parse(text).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (operation?.name) operations.set(operation.name.value, { text, operation });
  }
  return operations;
}

/**
 * The largest `first` the docs pass to each method or root field: `client.opportunities({ first: 100`
 * and `opportunities(first: 100` both count for `opportunities`.
 */
function documentedPageSizes(): Map<string, number> {
  const files = [
    path.join(root, 'sdk/README.md'),
    path.join(root, 'README.md'),
    ...readdirMarkdown(path.join(root, 'docs')),
  ];
  const sizes = new Map<string, number>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:client\.)?(\w+)\(\s*\{?[^()]*?\bfirst:\s*(\d+)/g)) {
      const name = (m[1] as string).toLowerCase();
      sizes.set(name, Math.max(sizes.get(name) ?? 0, Number(m[2])));
    }
  }
  return sizes;
}

function readdirMarkdown(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(dir, f));
}

/** A value of an input type, enough to pass coercion (required fields only). */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type, field.name);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return toGlobalId('Rep', fx.reps[0] as number);
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Decimal':
      return '1.00';
    case 'Date':
      return '2026-03-01';
    case 'DateTime':
      return '2026-03-01T00:00:00.000Z';
    case 'JSON':
      return {};
    default:
      return /period/i.test(name) ? 'FY2026-Q1' : 'FY2026';
  }
}

describe('every operation of the SDK library, under the default limits', () => {
  const operations = libraryOperations();
  const pageSizes = documentedPageSizes();

  it('finds the library and the documented extract page size', () => {
    expect(operations.size).toBeGreaterThan(70);
    // The README's extracts page by 100, the maximum.
    expect(pageSizes.get('opportunities')).toBe(100);
  });

  it.each([...operations.keys()].sort())('%s is not refused for its cost', async (name) => {
    const { text, operation } = operations.get(name) as { text: string; operation: OperationDefinitionNode };
    const method = name.charAt(0).toLowerCase() + name.slice(1);
    const rootField = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
    const field = rootField?.kind === Kind.FIELD ? rootField.name.value.toLowerCase() : '';
    const variables: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const variable = definition.variable.name.value;
      if (variable === 'first') {
        const documented = pageSizes.get(method.toLowerCase()) ?? pageSizes.get(field);
        if (documented !== undefined) variables.first = documented;
        continue;
      }
      if (definition.type.kind !== Kind.NON_NULL_TYPE) continue;
      variables[variable] = sample(typeFromAST(schema, definition.type) as GraphQLInputType, variable);
    }
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await freshKey()}` },
      body: JSON.stringify({ query: text, variables, operationName: name }),
    });
    const body = (await res.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
      extensions?: { cost?: { requestedQueryCost?: number } };
    };
    const refused = (body.errors ?? []).filter((e) =>
      ['QUERY_TOO_COMPLEX', 'THROTTLED'].includes(e.extensions?.code ?? ''),
    );
    expect(refused.map((e) => e.message)).toEqual([]);
    // The cost check ran (it precedes execution) and accepted the operation.
    expect(body.extensions?.cost?.requestedQueryCost).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
  });
});

describe('the extract examples of sdk/README.md run as written', () => {
  let scratch: string;
  const cwd = process.cwd();

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(root, 'test', '.readme-examples-'));
    process.env.COXSWAIN_URL = endpoint;
    process.env.COXSWAIN_API_KEY = await freshKey();
    // 150 won deals in the fiscal year of the example: two pages of 100.
    await db.sql.query(
      `INSERT INTO "Opportunity" ("organizationId", name, "accountId", "ownerId", amount, type, stage,
                                  "forecastCategory", "createdDate", "closeDate", "externalId")
       SELECT $1, 'Won ' || g, $2, $3, 1000 + g, 'NEW_BUSINESS', 'CLOSED_WON', 'CLOSED',
              '2026-01-15', DATE '2026-02-01' + g, 'WON-' || g
         FROM generate_series(1, 150) AS g`,
      [fx.organizationId, fx.accounts[0], fx.reps[0]],
    );
  });
  afterAll(() => {
    process.chdir(cwd);
    delete process.env.COXSWAIN_URL;
    delete process.env.COXSWAIN_API_KEY;
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  function example(name: string): string {
    const readme = readFileSync(path.join(root, 'sdk/README.md'), 'utf8');
    const m = new RegExp(`<!-- readme-example: ${name} -->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(readme);
    if (!m) throw new Error(`no example ${name} in sdk/README.md`);
    return m[1] as string;
  }

  it('paginated-extract: the won deals of the fiscal year, 100 a page, as CSV, equal SQL', async () => {
    const file = path.join(scratch, 'paginated-extract.ts');
    writeFileSync(file, example('paginated-extract'));
    process.chdir(scratch);
    try {
      await import(file);
    } finally {
      process.chdir(cwd);
    }
    const lines = readFileSync(path.join(scratch, 'won-deals.csv'), 'utf8').trimEnd().split('\r\n');
    const expected = await db.sql.query<{ id: number; name: string; amount: string; account: string; owner: string }>(
      `SELECT o.id, o.name, o.amount::text AS amount, a.name AS account, r.name AS owner
         FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId"
        WHERE o."organizationId" = $1 AND o.stage = 'CLOSED_WON'
          AND o."closeDate" BETWEEN '2026-02-01' AND '2027-01-31'
        ORDER BY o."closeDate", o.id`,
      [fx.organizationId],
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(lines[0]).toBe('id,externalId,name,amount,closeDate,account,owner');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => [r[0], r[2], Number(r[3]), r[5], r[6]])).toEqual(
      expected.map((e) => [toGlobalId('Opportunity', e.id), e.name, Number(e.amount), e.account, e.owner]),
    );
  });
});
