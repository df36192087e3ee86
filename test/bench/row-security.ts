// What row-level security costs the analytics (issue 21): each analytics operation of the SDK
// executed against the schema with an organization-wide admin context, on two databases opened on
// the same data, one with row-level security (db/row-security.ts: every statement in a
// transaction as coxswain_app with the organization set) and one without (the login role, as
// before), interleaved call by call. Prints each field's median wall time both ways and the ratio.
// The nested page is measured by bench:compare (its coxswain-owner variant), the load by
// bench:load run with COXSWAIN_ROW_SECURITY=off and on.
//
//   pnpm bench:row-security [--runs 3] [--fields performance,forecast]
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_large pnpm bench:row-security
//
// The database must have the row-level security migration applied (pnpm migrate on a copy).
// Read-only: no API key is written.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { openDatabase } from '../../api/src/db/database.js';
import { schema } from '../../api/src/schema.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';
import { sdkOperations } from './load-harness.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, fields: { type: 'string' } },
});
const RUNS = Number(values.runs);
const ONLY = values.fields ? new Set(values.fields.split(',')) : null;
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';

const secured = await openDatabase({ databaseUrl: url, migrate: false, rowSecurity: true });
const owner = await openDatabase({ databaseUrl: url, migrate: false, rowSecurity: false });
const org = await readOrganization(owner, undefined, 'seed it with pnpm seed --size large');
const [migrated] = await owner.sql.query<{ n: number }>(
  `SELECT count(*)::int AS n FROM pg_policies WHERE tablename = 'Opportunity'`,
);
if (!migrated?.n) throw new Error(`${url} has no row-level security policies: run pnpm migrate on it first`);

const CASES: { field: string; operation: string; variables: Record<string, unknown> }[] = [
  { field: 'performance', operation: 'Performance', variables: { period: 'FY2027-Q3', groupBy: 'REP' } },
  { field: 'attainmentDistribution', operation: 'AttainmentDistribution', variables: { period: 'FY2027-Q3' } },
  { field: 'newHireRamp', operation: 'NewHireRamp', variables: { hiredFrom: '2025-02-01', hiredTo: '2026-01-31' } },
  { field: 'whitespaceSummary', operation: 'WhitespaceSummary', variables: { groupBy: 'PRODUCT' } },
  { field: 'forecast', operation: 'Forecast', variables: { periodKey: 'FY2027-Q4' } },
  { field: 'forecastAccuracy', operation: 'ForecastAccuracy', variables: { periodKey: 'FY2027-Q2', week: 8 } },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

const ops = sdkOperations();
console.log(`bench:row-security on ${owner.location}: ${RUNS} warm runs each way after a cold one, interleaved`);
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('| field | with RLS ms (median) | without ms (median) | ratio |');
console.log('| --- | --- | --- | --- |');
for (const c of CASES) {
  if (ONLY && !ONLY.has(c.field)) continue;
  const text = ops.get(c.operation);
  if (!text) throw new Error(`no operation ${c.operation} in sdk/src/operations`);
  const document = parse(text);
  const run = async (db: typeof owner) => {
    const started = performance.now();
    const result = await execute({
      schema,
      document,
      variableValues: c.variables,
      contextValue: adminContext(db, org),
    });
    if (result.errors?.length) throw new Error(`${c.operation}: ${JSON.stringify(result.errors)}`);
    return { ms: performance.now() - started, data: JSON.stringify(result.data) };
  };
  // Cold calls first, both ways; the same answer both ways. A call past the statement deadline
  // (the heaviest fields, on a loaded machine) is reported and the next field measured.
  const cold = await Promise.all([run(secured)]).then(
    async ([a]) => [a, await run(owner)] as const,
    (error: Error) => error,
  );
  if (cold instanceof Error) {
    console.log(`| ${c.field} | failed: ${cold.message.slice(0, 120)} | | |`);
    continue;
  }
  const [a, b] = cold;
  if (a.data !== b.data) throw new Error(`${c.field}: different answers with and without row-level security`);
  const times = { secured: [] as number[], owner: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so that neither always finds the other's caches warm.
    const order = i % 2 ? (['owner', 'secured'] as const) : (['secured', 'owner'] as const);
    for (const way of order) times[way].push((await run(way === 'secured' ? secured : owner)).ms);
  }
  const [s, o] = [median(times.secured), median(times.owner)];
  console.log(`| ${c.field} | ${s.toFixed(0)} | ${o.toFixed(0)} | ${(s / o).toFixed(2)}x |`);
}
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await secured.close();
await owner.close();
