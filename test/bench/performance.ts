// Performance analytics benchmark on the `large` dataset (2,000 reps, 500,000 deals) in PostgreSQL:
//   1. performance for a quarter grouped by REP (one row per credited or quota-carrying rep);
//   2. performance for the same quarter grouped by REGION;
//   3. attainmentDistribution for the same quarter (with its bands of reps by name);
//   4. and 5. performance for the quarter grouped by MANAGER and by TERRITORY, rolled up by the
//      hierarchy as of the quarter's last day (AS_OF_PERIOD) and by today's (CURRENT), each against
//      its own SQL, and AS_OF_PERIOD against CURRENT (issue 20: within 1.5x);
//   6. performance for the quarter grouped by each deal grouping the dataset carries: TYPE,
//      ACCOUNT_INDUSTRY, ACCOUNT_SEGMENT, and SOURCE, LOSS_REASON, COMPETITOR when the database has
//      those columns (their rows select the metrics the grouping defines: docs/design.md §5).
// Each is timed three ways in the same run, interleaved: the GraphQL operation executed against the
// schema with a request context (resolvers, Prisma raw query of the printed figures, serialisation of
// every metric; no HTTP), the service call alone, and the service's SQL statement alone sent with
// `pg`. Reports medians (and min / max), the GraphQL / SQL ratio and the targets of issue 3
// (GraphQL under 1.5x the SQL alone; REP grouping under 300 ms median).
//
//   pnpm bench:performance [--period FY2027-Q3] [--runs 15]
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_large pnpm bench:performance
//
// Read-only: the database is shared, so nothing is written (no API key; the context is built
// directly for an organization-wide service principal).

import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import pg from 'pg';
import { openDatabase, POSTGRES_SESSION_OPTIONS } from '../../api/src/db/database.js';
import { dayOf } from '../../api/src/forecast/period.js';
import type { Prisma } from '../../api/src/generated/prisma/client.js';
import { attainmentDistribution, distributionStatement } from '../../api/src/performance/distribution.js';
import { DEAL_GROUPINGS, type DealGrouping, metricStatement } from '../../api/src/performance/metrics.js';
import { performanceContext } from '../../api/src/performance/schema.js';
import { resolveScope } from '../../api/src/performance/scope.js';
import { performance as performanceReport, periodHierarchyDay } from '../../api/src/performance/service.js';
import { schema } from '../../api/src/schema.js';
import { parsePeriodKey } from '../../api/src/shared/calendar.js';
import { Decimal } from '../../api/src/shared/scalars.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, period: { type: 'string', default: 'FY2027-Q3' } },
});
const RUNS = Number(values.runs);
const WARMUP = 2;
const PERIOD = values.period as string;
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';

const db = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 2 });
const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
await client.connect();

const org = await readOrganization(db, undefined, 'load it with the seed CLI (--size large)');
const [size] = await db.sql.query<{ reps: number; deals: number; splits: number }>(
  `SELECT (SELECT count(*)::int FROM "Rep" WHERE "organizationId" = $1) AS reps,
          (SELECT count(*)::int FROM "Opportunity" WHERE "organizationId" = $1) AS deals,
          (SELECT count(*)::int FROM "OpportunitySplit" WHERE "organizationId" = $1) AS splits`,
  [org.id],
);

const ctx = adminContext(db, org);
const pctx = performanceContext(ctx);
const period = parsePeriodKey(PERIOD, org.fiscalYearStartMonth);
const scope = await resolveScope(pctx, null);
const IMPROVEMENT = new Decimal('0.05');

const METRICS = `bookings quota attainment wonCount lostCount winRate avgDealSize salesCycleDays pipelineCreated
  openPipeline openCount weightedPipeline coverage velocity`;
const REPORT = parse(`query($period: String!, $groupBy: PerformanceGrouping, $hierarchy: PerformanceHierarchy) {
  performance(period: $period, groupBy: $groupBy, hierarchy: $hierarchy) {
    rows { key label ${METRICS} } total { ${METRICS} } } }`);
// Deal groupings define every metric but the quota ones on their rows (LOSS_REASON: lostCount).
const DEAL_METRICS = METRICS.replace(/\b(quota|attainment|coverage)\b/g, '');
const dealReport = (grouping: DealGrouping) =>
  parse(`query($period: String!, $groupBy: PerformanceGrouping) {
  performance(period: $period, groupBy: $groupBy) {
    rows { key label ${grouping === 'LOSS_REASON' ? 'lostCount' : DEAL_METRICS} } total { ${METRICS} } } }`);
const DISTRIBUTION = parse(`query($period: String!) { attainmentDistribution(period: $period, improvement: "0.05") {
    repCount p10 p25 median p75 p90 mean repsAtOrAboveQuota shareAtOrAboveQuota
    histogram { lowerBound upperBound repCount share }
    movingTheMiddle { middleRepCount middleBookings middleGain topDecileRepCount topDecileGain middleToTopRatio }
    bands { band repCount bookings reps { rank name bookings quota attainment } } } }`);

async function graphql(document: ReturnType<typeof parse>, variableValues: Record<string, unknown>) {
  const result = await execute({ schema, document, contextValue: ctx, variableValues });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  // What the server would send: the result serialised to JSON.
  return JSON.stringify(result).length;
}

async function sqlAlone(statement: Prisma.Sql) {
  return (await client.query(statement.text, statement.values as unknown[])).rowCount;
}

const reportSql = (
  grouping: 'REP' | 'REGION' | 'MANAGER' | 'TERRITORY' | DealGrouping,
  hierarchyAsOf: Date | null = null,
) =>
  metricStatement(pctx, {
    scope: { ...scope, hierarchyAsOf },
    buckets: [period],
    fiscalYears: [period.fiscalYear],
    grouping,
  });
const asOfDay = periodHierarchyDay(period, dayOf(new Date(), org.timeZone));

interface Case {
  name: string;
  target: number | null;
  layers: [string, () => Promise<unknown>][];
  /** Ratios of layer medians to report (default GraphQL / SQL alone, target < 1.5x). */
  ratios?: [numerator: string, denominator: string][];
}

/** Both hierarchies of one grouping, interleaved, each against its own SQL and AS_OF against CURRENT. */
function hierarchyCase(grouping: 'MANAGER' | 'TERRITORY'): Case {
  return {
    name: `performance ${PERIOD} grouped by ${grouping}: AS_OF_PERIOD (${asOfDay.toISOString().slice(0, 10)}) vs CURRENT`,
    target: null,
    layers: [
      ['GraphQL CURRENT', () => graphql(REPORT, { period: PERIOD, groupBy: grouping })],
      ['GraphQL AS_OF', () => graphql(REPORT, { period: PERIOD, groupBy: grouping, hierarchy: 'AS_OF_PERIOD' })],
      ['SQL CURRENT', () => sqlAlone(reportSql(grouping))],
      ['SQL AS_OF', () => sqlAlone(reportSql(grouping, asOfDay))],
    ],
    ratios: [
      ['GraphQL CURRENT', 'SQL CURRENT'],
      ['GraphQL AS_OF', 'SQL AS_OF'],
      ['GraphQL AS_OF', 'GraphQL CURRENT'],
      ['SQL AS_OF', 'SQL CURRENT'],
    ],
  };
}

const cases: Case[] = [
  {
    name: `performance ${PERIOD} grouped by REP`,
    target: 300,
    layers: [
      ['GraphQL', () => graphql(REPORT, { period: PERIOD, groupBy: 'REP' })],
      ['service', () => performanceReport(pctx, { period: PERIOD, groupBy: 'REP' })],
      ['SQL alone (pg)', () => sqlAlone(reportSql('REP'))],
    ],
  },
  {
    name: `performance ${PERIOD} grouped by REGION`,
    target: null,
    layers: [
      ['GraphQL', () => graphql(REPORT, { period: PERIOD, groupBy: 'REGION' })],
      ['service', () => performanceReport(pctx, { period: PERIOD, groupBy: 'REGION' })],
      ['SQL alone (pg)', () => sqlAlone(reportSql('REGION'))],
    ],
  },
  {
    name: `attainmentDistribution ${PERIOD}`,
    target: null,
    layers: [
      ['GraphQL', () => graphql(DISTRIBUTION, { period: PERIOD })],
      ['service', () => attainmentDistribution(pctx, { period: PERIOD, improvement: IMPROVEMENT })],
      ['SQL alone (pg)', () => sqlAlone(distributionStatement(pctx, period, scope, IMPROVEMENT))],
    ],
  },
  hierarchyCase('MANAGER'),
  hierarchyCase('TERRITORY'),
];

// The deal groupings whose columns the database has (a dataset seeded before they existed lacks
// source, lossReasonId and competitor).
const columns = new Set(
  (
    await db.sql.query<{ c: string }>(
      `SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'Opportunity'`,
    )
  ).map((r) => r.c),
);
const NEEDS: Partial<Record<DealGrouping, string>> = {
  SOURCE: 'source',
  LOSS_REASON: 'lossReasonId',
  COMPETITOR: 'competitor',
};
for (const grouping of DEAL_GROUPINGS) {
  const column = NEEDS[grouping];
  if (column && !columns.has(column)) {
    console.log(`${grouping}: not measured, the database has no "Opportunity".${column} column`);
    continue;
  }
  const document = dealReport(grouping);
  cases.push({
    name: `performance ${PERIOD} grouped by ${grouping}`,
    target: null,
    layers: [
      ['GraphQL', () => graphql(document, { period: PERIOD, groupBy: grouping })],
      ['service', () => performanceReport(pctx, { period: PERIOD, groupBy: grouping })],
      ['SQL alone (pg)', () => sqlAlone(reportSql(grouping))],
    ],
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number) => x.toFixed(0).padStart(5);

const groups = await performanceReport(pctx, { period: PERIOD, groupBy: 'REP' });
console.log(
  `${db.location}: ${size?.reps} reps, ${size?.deals} deals, ${size?.splits} splits; ${PERIOD} by REP has ` +
    `${groups.rows.length} rows; ${WARMUP} warm-up + ${RUNS} runs per layer, interleaved`,
);
for (const c of cases) {
  const times = new Map<string, number[]>(c.layers.map(([name]) => [name, []]));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [name, run] of c.layers) {
      const started = performance.now();
      await run();
      if (i >= WARMUP) times.get(name)?.push(performance.now() - started);
    }
  }
  console.log(`\n${c.name}`);
  for (const [name, xs] of times) {
    console.log(
      `  ${name.padEnd(16)} median ${ms(median(xs))} ms   min ${ms(Math.min(...xs))}   max ${ms(Math.max(...xs))}`,
    );
  }
  const gql = median(times.get('GraphQL') ?? []);
  for (const [a, b] of c.ratios ?? [['GraphQL', 'SQL alone (pg)']]) {
    const ratio = median(times.get(a) ?? []) / median(times.get(b) ?? []);
    console.log(`  ${a} / ${b} ${ratio.toFixed(2)}x (target < 1.5x: ${ratio < 1.5 ? 'met' : 'MISSED'})`);
  }
  if (c.target) console.log(`  median target < ${c.target} ms: ${gql < c.target ? 'met' : 'MISSED'}`);
}

await client.end();
await db.close();
