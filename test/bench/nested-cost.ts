// Measures what the nested lists and objects of a page cost the server when the one-statement
// reader (api/src/db/nested-read.ts) fetches them with the page (issue 16, "cost model honesty"):
// runs the SDK's connection operations at 100 per page on the `large` dataset, each with its
// nested selection removed, with its to-one objects only, and whole, interleaved, and prints per
// variant the median wall time of the operation, the median database connection time, the objects
// it returned and its requested cost under the cost model in force. docs/security.md ("Nested
// lists in one statement") reads these numbers.
//
//   pnpm bench:nested-cost [--runs 15]
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_large pnpm bench:nested-cost
//
// Read-only: operations run against the schema with an organization-wide admin context.
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import pg from 'pg';
import { actualCost, requestedCost } from '../../api/src/access/cost.js';
import { openDatabase } from '../../api/src/db/database.js';
import { schema } from '../../api/src/schema.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';

let heldMs = 0;
const connect = pg.Pool.prototype.connect as (this: pg.Pool) => Promise<pg.PoolClient>;
pg.Pool.prototype.connect = function (this: pg.Pool, callback?: unknown) {
  if (callback) throw new Error('bench:nested-cost times promise checkouts only');
  return connect.call(this).then((client) => {
    const started = performance.now();
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => {
      heldMs += performance.now() - started;
      release(err);
    };
    return client;
  });
} as typeof pg.Pool.prototype.connect;

const db = await openDatabase({ databaseUrl: url, migrate: false });
const org = await readOrganization(db, undefined, 'seed it with pnpm seed --size large');

/** Variants of one page: its rows alone, with the to-one objects, and whole (the SDK's fields). */
const CASES: { name: string; text: string }[] = [
  {
    name: 'opportunities: rows only',
    text: `{ opportunities(first: 100) { edges { node { id externalId name amount type stage forecastCategory probability createdDate closeDate } } } }`,
  },
  {
    name: 'opportunities: + account, owner',
    text: `{ opportunities(first: 100) { edges { node { id externalId name amount type stage forecastCategory probability createdDate closeDate
        account { id name } owner { id name } } } } }`,
  },
  {
    name: 'opportunities: + lineItems, splits (SDK)',
    text: `{ opportunities(first: 100) { edges { node { id externalId name amount type stage forecastCategory probability createdDate closeDate
        account { id name } owner { id name }
        lineItems { product { id name } quantity unitPrice totalPrice }
        splits { rep { id name } percent splitType } } } } }`,
  },
  {
    name: 'accounts: rows only',
    text: `{ accounts(first: 100) { edges { node { id externalId name domain industry country region employees annualRevenue segment } } } }`,
  },
  {
    name: 'accounts: + owner, parent, territory (SDK)',
    text: `{ accounts(first: 100) { edges { node { id externalId name domain industry country region employees annualRevenue segment
        owner { id name } parent { id name } territory { id name } } } } }`,
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Objects in a result: every JSON object that is not a connection or edge wrapper. */
function objects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objects(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  const entries = Object.entries(value as Record<string, unknown>);
  const wrapper = entries.some(([k]) => k === 'edges' || k === 'node');
  return (wrapper ? 0 : 1) + entries.reduce((n, [, v]) => n + objects(v), 0);
}

const documents = CASES.map((c) => parse(c.text));
const wall = CASES.map(() => [] as number[]);
const dbMs = CASES.map(() => [] as number[]);
const returned = CASES.map(() => 0);
const actual = CASES.map(() => 0);
// One warm-up round, then RUNS interleaved rounds: the machine's speed drifts.
for (let round = -1; round < RUNS; round++) {
  for (const [i, document] of documents.entries()) {
    const before = heldMs;
    const started = performance.now();
    const result = await execute({ schema, document, contextValue: adminContext(db, org) });
    const took = performance.now() - started;
    if (result.errors?.length) throw new Error(`${CASES[i]?.name}: ${JSON.stringify(result.errors)}`);
    if (round < 0) {
      returned[i] = objects(result.data) - 1;
      actual[i] = actualCost({ schema, document }, result.data);
      continue;
    }
    wall[i]?.push(took);
    dbMs[i]?.push(heldMs - before);
  }
}
console.log(`bench:nested-cost on ${db.location}: ${RUNS} interleaved rounds after a warm-up, 100 rows a page`);
console.log(
  'variant | objects returned | requested cost | actual cost | wall ms (median) | DB ms (median) | wall vs rows only',
);
let base = 0;
for (const [i, c] of CASES.entries()) {
  const w = median(wall[i] ?? []);
  if (c.name.endsWith('rows only')) base = w;
  console.log(
    [
      c.name,
      returned[i],
      requestedCost({ schema, document: documents[i] as never }),
      actual[i],
      w.toFixed(1),
      median(dbMs[i] ?? []).toFixed(1),
      `${(w / base).toFixed(2)}x`,
    ].join(' | '),
  );
}
await db.close();
