// Calibrates the cost of the analytics root fields (issue 23, item 5): runs each analytics query
// of the SDK on the `large` dataset, one at a time, and measures the database connection time it
// holds (every checkout of the pool, from connect to release, summed: what one request takes from
// the pool that all organizations share). Prints, per field, that time cold (first call) and the
// median of the warm calls, the points it is worth at DB_MS_PER_POINT, and the weight in force
// (QUERY_FIELD_COSTS in api/src/access/cost.ts), with the requested cost of the whole operation.
//
//   pnpm bench:cost [--runs 3] [--fields newHireRamp,forecast]
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_large pnpm bench:cost
//
// Read-only: operations run against the schema with an organization-wide admin context (no API
// key is written). The compensation fields are not run: the large dataset has no comp plans
// (bench:comp makes them on a copy); they keep their own `extensions.cost`.

import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import pg from 'pg';
import { DB_MS_PER_POINT, QUERY_FIELD_COSTS, requestedCost } from '../../api/src/access/cost.js';
import { openDatabase } from '../../api/src/db/database.js';
import { schema } from '../../api/src/schema.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';
import { sdkOperations } from './load-harness.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, fields: { type: 'string' } },
});
const RUNS = Number(values.runs);
/** `--fields a,b`: only these fields (a re-measure of a few). */
const ONLY = values.fields ? new Set(values.fields.split(',')) : null;
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';

// Connection time: every checkout of any pool in this process (the server's pool is the only one
// that executes operations here), from the moment it is handed out to its release.
let heldMs = 0;
const connect = pg.Pool.prototype.connect as (this: pg.Pool) => Promise<pg.PoolClient>;
pg.Pool.prototype.connect = function (this: pg.Pool, callback?: unknown) {
  if (callback) throw new Error('bench:cost times promise checkouts only');
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
const [plans] = await db.sql.query<{ base: number; scenario: number }>(
  `SELECT min(id) FILTER (WHERE status = 'ARCHIVED') AS base, min(id) FILTER (WHERE status = 'ACTIVE') AS scenario
     FROM "SalesPlan" WHERE "organizationId" = $1`,
  [org.id],
);
if (!plans?.base || !plans.scenario) throw new Error('expected an archived and an active sales plan');
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

const ops = sdkOperations();
interface Case {
  field: string;
  operation: string;
  variables: Record<string, unknown>;
}
const CASES: Case[] = [
  { field: 'performance', operation: 'Performance', variables: { period: 'FY2027-Q3', groupBy: 'REP' } },
  { field: 'performanceTrend', operation: 'PerformanceTrend', variables: { period: 'FY2027-Q3', periods: 4 } },
  {
    field: 'performanceComparison',
    operation: 'PerformanceComparison',
    variables: { period: 'FY2027-Q3', a: { region: 'NA' }, b: { region: 'EMEA' } },
  },
  { field: 'attainmentDistribution', operation: 'AttainmentDistribution', variables: { period: 'FY2027-Q3' } },
  { field: 'newHireRamp', operation: 'NewHireRamp', variables: { hiredFrom: '2025-02-01', hiredTo: '2026-01-31' } },
  { field: 'whitespace', operation: 'Whitespace', variables: { first: 20 } },
  { field: 'whitespaceSummary', operation: 'WhitespaceSummary', variables: { groupBy: 'PRODUCT' } },
  { field: 'whitespaceOpportunities', operation: 'WhitespaceOpportunities', variables: { first: 20 } },
  { field: 'forecast', operation: 'Forecast', variables: { periodKey: 'FY2027-Q4' } },
  {
    field: 'forecastChanges',
    operation: 'ForecastChanges',
    variables: { periodKey: 'FY2027-Q4', since: '2026-11-01T00:00:00Z', first: 20 },
  },
  { field: 'forecastAccuracy', operation: 'ForecastAccuracy', variables: { periodKey: 'FY2027-Q2', week: 8 } },
  {
    field: 'compareSalesPlans',
    operation: 'CompareSalesPlans',
    variables: { baseId: globalId('SalesPlan', plans.base), scenarioId: globalId('SalesPlan', plans.scenario) },
  },
  {
    field: 'previewTerritoryRules',
    operation: 'PreviewTerritoryRules',
    variables: { salesPlanId: globalId('SalesPlan', plans.scenario) },
  },
  {
    field: 'previewQuotaAllocation',
    operation: 'PreviewQuotaAllocation',
    variables: {
      input: {
        salesPlanId: globalId('SalesPlan', plans.scenario),
        over: 'REPS',
        weight: 'LAST_YEAR_BOOKINGS',
        periodKey: 'FY2027',
      },
    },
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

console.log(`bench:cost on ${db.location}: ${RUNS} warm runs after a cold one, 1 point = ${DB_MS_PER_POINT} ms`);
console.log(
  'field | operation cost | DB ms cold | DB ms warm (median) | wall ms cold | points measured | weight in force',
);
for (const c of CASES) {
  if (ONLY && !ONLY.has(c.field)) continue;
  const text = ops.get(c.operation);
  if (!text) throw new Error(`no operation ${c.operation} in sdk/src/operations`);
  const document = parse(text);
  const run = async () => {
    const before = heldMs;
    const started = performance.now();
    const result = await execute({
      schema,
      document,
      variableValues: c.variables,
      contextValue: adminContext(db, org),
    });
    if (result.errors?.length) throw new Error(`${c.operation}: ${JSON.stringify(result.errors)}`);
    return { db: heldMs - before, wall: performance.now() - started };
  };
  const cold = await run();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await run()).db);
  const cost = requestedCost({ schema, document, variables: c.variables });
  const points = Math.ceil(Math.max(cold.db, median(warm)) / DB_MS_PER_POINT);
  console.log(
    [
      c.field,
      cost,
      Math.round(cold.db),
      Math.round(median(warm)),
      Math.round(cold.wall),
      points,
      QUERY_FIELD_COSTS[c.field] ?? '-',
    ].join(' | '),
  );
}
await db.close();
