// Benchmark: `forecast` for the top of the hierarchy (2,000 people on `large`) for a quarter, with
// its direct reports: the GraphQL operation executed against the schema with a request context
// (resolvers, service, Prisma, serialisation; no HTTP, as the server's API keys would have to be
// written to the shared database), the service call alone, against the same rollup statement run
// alone on the same connection pool (so with the same session settings), without Prisma, in the
// same run and interleaved so that all see the same machine load.
//
// Two paths. Warm: the stage win rates are stored (ForecastWinRate) at the organization's current
// deal revision, as for every request after the first since the last write to deals; the SQL
// alone is then exactly the statement the service runs. Cold: before each cold run the stored
// rates of the organization and period are deleted (a cache, so nothing else is written), and the
// statement computes them from the history again; reported with the win-rate computation alone.
// Needs the `large` dataset in PostgreSQL (database coxswain_large by default):
//
//   pnpm bench:forecast [--period FY2027-Q4] [--runs 15] [--cold-runs 3]
//
// DATABASE_URL overrides the database. Prints medians and p90s in milliseconds, the GraphQL / SQL
// ratio of the warm path and the targets of issue 5 (under 300 ms median, under 1.5x the SQL alone).

import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { openDatabase } from '../../api/src/db/database.js';
import { forecastPeriod, sqlDay } from '../../api/src/forecast/period.js';
import { computeForecast, rollupSql } from '../../api/src/forecast/rollup.js';
import { callerOf, topOfHierarchySql } from '../../api/src/forecast/scope.js';
import { freshWinRateSql } from '../../api/src/forecast/sql.js';
import { schema } from '../../api/src/schema.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({
  options: {
    period: { type: 'string', default: 'FY2027-Q4' },
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '3' },
  },
});
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const coldRuns = Number(values['cold-runs']);

const QUERY = `query Forecast($periodKey: String!) {
  forecast(periodKey: $periodKey) {
    period { key start end closed }
    node { ...figures }
    children { ...figures }
  }
}
fragment figures on ForecastNode {
  rep { id name role }
  subtreeSize hasDirectReports
  closed commit bestCase pipeline commitForecast bestCaseForecast openPipeline weightedPipeline projection quota gap
  commitCall { rollup subtreeCall final gap submission { amount submittedAt } }
  bestCaseCall { rollup subtreeCall final gap submission { amount submittedAt } }
}`;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p90: at(0.9), min: sorted[0] as number };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function main() {
  const db = await openDatabase({ databaseUrl: url, migrate: false });
  try {
    const org = await readOrganization(db, undefined, 'load the large dataset first');
    // A new context per request, as the server builds one: no loader cache carried between runs.
    const newContext = () => adminContext(db, org);
    const ctx = newContext();
    const caller = callerOf(ctx);
    const period = forecastPeriod(values.period as string, org, caller.now, ['period']);
    const topSql = topOfHierarchySql(org.id, period);
    const [root] = await db.sql.query<{ id: number }>(topSql.text, topSql.values as unknown[]);
    if (!root) throw new Error('no top of the hierarchy');
    const top = root.id;
    const rollup = rollupSql(caller, period, top);
    const [people] = await db.sql.query<{ n: number }>(
      `WITH RECURSIVE t AS (SELECT id FROM "Rep" WHERE id = $1 UNION SELECT r.id FROM "Rep" r JOIN t ON r."managerId" = t.id)
       SELECT count(*)::int AS n FROM t`,
      [top],
    );
    const [deals] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1 AND "closeDate" >= $2 AND "closeDate" < $3`,
      [org.id, sqlDay(period.start), sqlDay(period.end)],
    );

    const document = parse(QUERY);
    const graphql = async () => {
      const result = await execute({
        schema,
        document,
        contextValue: newContext(),
        variableValues: { periodKey: period.key },
      });
      if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
      // Serialised as the server would send it.
      return JSON.parse(JSON.stringify(result)) as { data?: { forecast: { children: unknown[] } } };
    };
    const sqlAlone = () => db.sql.query(rollup.text, rollup.values as unknown[]);
    const service = () => computeForecast(callerOf(newContext()), period, top);
    const fresh = freshWinRateSql(org.id, period);
    const winRatesAlone = () => db.sql.query(fresh.text, fresh.values as unknown[]);
    const forget = () =>
      db.sql.query('DELETE FROM "ForecastWinRate" WHERE "organizationId" = $1 AND "periodStart" = $2', [
        org.id,
        sqlDay(period.start),
      ]);

    const first = await graphql();
    for (let i = 0; i < warmup; i++) {
      await graphql();
      await sqlAlone();
      await service();
    }
    const samples = { graphql: [] as number[], sql: [] as number[], service: [] as number[] };
    for (let i = 0; i < runs; i++) {
      samples.sql.push(await time(sqlAlone));
      samples.service.push(await time(service));
      samples.graphql.push(await time(graphql));
    }
    const cold = { graphql: [] as number[], sql: [] as number[], winRates: [] as number[] };
    for (let i = 0; i < coldRuns; i++) {
      await forget();
      cold.sql.push(await time(sqlAlone));
      await forget();
      cold.graphql.push(await time(graphql));
      cold.winRates.push(await time(winRatesAlone));
    }
    // The answer computed on a miss is the one served from the stored rates.
    await forget();
    const computed = JSON.stringify(await graphql());
    if (JSON.stringify(await graphql()) !== computed) throw new Error('the warm answer differs from the cold one');
    if (JSON.stringify(first) !== computed) throw new Error('the answer changed during the run');
    const g = stats(samples.graphql);
    const s = stats(samples.sql);
    const v = stats(samples.service);
    const round = (x: number) => Math.round(x * 10) / 10;
    const ms = (x: { median: number; p90: number; min: number }) => ({
      median: round(x.median),
      p90: round(x.p90),
      min: round(x.min),
    });
    console.log(
      JSON.stringify(
        {
          database: url.replace(/\/\/[^@]*@/, '//'),
          period: period.key,
          topOfHierarchy: top,
          people: people?.n,
          dealsInPeriod: deals?.n,
          children: first.data?.forecast.children.length,
          runs,
          coldRuns,
          loadAverage: (await import('node:os')).loadavg().map(round),
          warm: {
            graphql: ms(g),
            service: ms(v),
            sqlAlone: ms(s),
          },
          graphqlOverSql: Math.round((g.median / s.median) * 100) / 100,
          cold: {
            graphql: ms(stats(cold.graphql)),
            sqlAlone: ms(stats(cold.sql)),
            winRatesAlone: ms(stats(cold.winRates)),
          },
          targets: {
            'GraphQL median < 300 ms (warm)': g.median < 300 ? 'met' : 'MISSED',
            'GraphQL < 1.5x SQL alone (warm)': g.median < 1.5 * s.median ? 'met' : 'MISSED',
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
