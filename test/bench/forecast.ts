// Benchmark: `forecast` for the top of the hierarchy (2,000 people on `large`) for a quarter, with
// its direct reports, over the whole server stack (yoga, context, schema, service), against the
// same rollup statement run directly with `pg`, in the same run and interleaved so that both see
// the same machine load. Reads only; needs the `large` dataset in PostgreSQL:
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_bench node_modules/.bin/tsx api/src/seed/cli.ts --size large
//   node_modules/.bin/tsx test/bench/forecast.ts [--period FY2027-Q4] [--runs 15]
//
// BENCH_DATABASE_URL overrides the database. Prints medians and p90s in milliseconds.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../api/src/db/database.js';
import { forecastPeriod, sqlDay } from '../../api/src/forecast/period.js';
import { computeForecast, rollupSql } from '../../api/src/forecast/rollup.js';
import { callerOf, topOfHierarchySql } from '../../api/src/forecast/scope.js';
import { createServer } from '../../api/src/server.js';
import { buildContext } from '../../api/src/shared/context.js';

const { values } = parseArgs({
  options: {
    period: { type: 'string', default: 'FY2027-Q4' },
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
  },
});
const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_bench';
const runs = Number(values.runs);
const warmup = Number(values.warmup);

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
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const [org] = await db.sql.query<{
      id: number;
      name: string;
      fiscalYearStartMonth: number;
      timeZone: string;
      currency: string;
    }>('SELECT id, name, "fiscalYearStartMonth", "timeZone", currency FROM "Organization" ORDER BY id LIMIT 1');
    if (!org) throw new Error(`${url} has no organization; load the large dataset first`);
    const ctx = buildContext(
      db,
      { organizationId: org.id, principal: 'bench', repId: null, scopes: new Set(['admin']) },
      org,
    );
    const caller = callerOf(ctx);
    const period = forecastPeriod(values.period as string, org, caller.now, ['period']);
    const top = (await pool.query(topOfHierarchySql(org.id).text, topOfHierarchySql(org.id).values)).rows[0]
      .id as number;
    const rollup = rollupSql(caller, period, top);
    const [{ n: people }] = (
      await pool.query(
        `WITH RECURSIVE t AS (SELECT id FROM "Rep" WHERE id = $1 UNION ALL SELECT r.id FROM "Rep" r JOIN t ON r."managerId" = t.id)
         SELECT count(*)::int AS n FROM t`,
        [top],
      )
    ).rows;
    const [{ n: deals }] = (
      await pool.query(
        `SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1 AND "closeDate" >= $2 AND "closeDate" < $3`,
        [org.id, sqlDay(period.start), sqlDay(period.end)],
      )
    ).rows;

    const server = createServer({ db, graphiql: false });
    const graphql = async () => {
      const res = await server.yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { periodKey: period.key } }),
      });
      const body = (await res.json()) as { errors?: unknown; data?: { forecast: { children: unknown[] } } };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    };
    const sqlAlone = () => pool.query(rollup.text, rollup.values);
    const service = () => computeForecast(callerOf(ctx), period, top);

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
    const g = stats(samples.graphql);
    const s = stats(samples.sql);
    const v = stats(samples.service);
    const round = (x: number) => Math.round(x * 10) / 10;
    console.log(
      JSON.stringify(
        {
          database: url.replace(/\/\/[^@]*@/, '//'),
          period: period.key,
          topOfHierarchy: top,
          people,
          dealsInPeriod: deals,
          children: first.data?.forecast.children.length,
          runs,
          loadAverage: (await import('node:os')).loadavg().map(round),
          ms: {
            graphql: { median: round(g.median), p90: round(g.p90), min: round(g.min) },
            service: { median: round(v.median), p90: round(v.p90), min: round(v.min) },
            sqlAlone: { median: round(s.median), p90: round(s.p90), min: round(s.min) },
          },
          graphqlOverSql: Math.round((g.median / s.median) * 100) / 100,
        },
        null,
        2,
      ),
    );
  } finally {
    await pool.end();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
