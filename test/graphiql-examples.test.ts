// The example operations GraphiQL opens with (api/src/graphiql/examples.ts): each one validates
// against the schema, and runs on the seeded demo dataset as the demo admin key (the key
// `pnpm start` prints) under the server's default limits (depth, aliases, tokens, the per-operation
// cost maximum), with no error and with data in it. The per-caller budget is turned off only so
// that running all of them back to back is not throttled.
import { type DocumentNode, Kind, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_QUERY_COST } from '../api/src/access/config.js';
import { issueDemoKey } from '../api/src/access/demo-key.js';
import {
  DEMO_FISCAL_YEAR_START_MONTH,
  type ExampleArea,
  exampleTab,
  graphiqlExamples,
} from '../api/src/graphiql/examples.js';
import { GRAPHIQL_TABS } from '../api/src/graphiql/tabs.js';
import { schema } from '../api/src/schema.js';
import { seed } from '../api/src/seed/cli.js';
import { type CoxswainServer, createServer } from '../api/src/server.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
let server: CoxswainServer;
let token: string;
// The examples of a server started today, on a demo seeded by default (its today may be earlier:
// the periods are the current and last quarter, and what moved looks back four weeks).
const EXAMPLES = graphiqlExamples();

const AREAS: ExampleArea[] = ['performance', 'whitespace', 'forecast', 'planning', 'comp'];

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db, { size: 'demo', progress: false });
  const key = await issueDemoKey(db, {});
  if (!key) throw new Error('the demo organization is missing');
  token = key.token;
  server = createServer({ db, graphiql: true, security: { cost: { bucket: false } } });
  const [org] = await db.sql.query<{ m: number }>('SELECT "fiscalYearStartMonth" AS m FROM "Organization"');
  expect(org?.m).toBe(DEMO_FISCAL_YEAR_START_MONTH);
}, 300_000);

afterAll(async () => {
  await server?.close();
  await db?.destroy();
});

/** Counts the lists with at least one element and the non-null leaves in a response. */
function content(value: unknown): { lists: number; leaves: number } {
  if (Array.isArray(value)) {
    const inner = value.map(content).reduce((a, b) => ({ lists: a.lists + b.lists, leaves: a.leaves + b.leaves }), {
      lists: 0,
      leaves: 0,
    });
    return { lists: inner.lists + (value.length > 0 ? 1 : 0), leaves: inner.leaves };
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value)
      .map(content)
      .reduce((a, b) => ({ lists: a.lists + b.lists, leaves: a.leaves + b.leaves }), {
        lists: 0,
        leaves: 0,
      });
  }
  return { lists: 0, leaves: value === null || value === undefined ? 0 : 1 };
}

const operationNames = (doc: DocumentNode) =>
  doc.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

describe('GraphiQL examples', () => {
  it('has operations for every area, each named as listed and valid against the schema', () => {
    for (const area of AREAS) expect(EXAMPLES.some((e) => e.area === area)).toBe(true);
    for (const e of EXAMPLES) {
      const doc = parse(e.document);
      expect(operationNames(doc)).toEqual([e.name]);
      expect(validate(schema, doc).map((err) => `${e.name}: ${err.message}`)).toEqual([]);
      expect(e.comment.length).toBeGreaterThan(10);
    }
    // GraphiQL opens them: after the first query, one tab per area.
    expect(GRAPHIQL_TABS.slice(1).map((t) => t.query)).toEqual(AREAS.map((area) => exampleTab(area)));
    // Each area's tab is one valid document holding its operations.
    for (const area of AREAS) {
      const doc = parse(exampleTab(area));
      expect(validate(schema, doc)).toEqual([]);
      expect(operationNames(doc)).toEqual(EXAMPLES.filter((e) => e.area === area).map((e) => e.name));
    }
  });

  it.each(EXAMPLES.map((e) => [e.area, e.name, e.document] as const))(
    '%s: %s runs on the demo as the demo key under the default limits',
    async (_area, name, document) => {
      const res = await server.yoga.fetch('http://coxswain.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document, operationName: name }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: unknown };
      expect(body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      const data = body.data ?? {};
      // Every top-level field answered, with at least one non-empty list and real values in it.
      expect(Object.values(data).every((v) => v !== null)).toBe(true);
      const found = content(data);
      expect(found.lists).toBeGreaterThan(0);
      expect(found.leaves).toBeGreaterThan(3);
      // Within the per-operation maximum the server enforces (it would have refused the operation).
      const cost = (body.extensions as { cost: { requestedQueryCost: number } }).cost;
      expect(cost.requestedQueryCost).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
    },
  );

  it('is in the GraphiQL page the server serves', async () => {
    const res = await server.yoga.fetch('http://coxswain.test/graphql', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    for (const e of EXAMPLES) expect(html).toContain(`query ${e.name}`);
  });
});
