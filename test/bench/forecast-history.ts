// Benchmark of issue 19's snapshots and backtests on `large`, warm (the stage win rates of each
// period stored, as after the first request): the forecast of the top of the hierarchy as it stood
// at the end of week 5 of the last ended quarter, and the backtest of the 8 quarters before the
// open one for the organization, each as the service call and as its SQL alone (the same
// statements on the same pool, without Prisma or the scoring), interleaved run by run so that all
// see the same machine load. Prints medians, ratios and the load average.
//
//   pnpm bench:forecast-history [--quarter FY2027-Q3] [--runs 5]
//
// DATABASE_URL overrides the database (default postgresql://postgres@127.0.0.1:5432/coxswain_large).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../api/src/db/database.js';
import { backtestSql, forecastBacktest, previousPeriod } from '../../api/src/forecast/backtest.js';
import { type ForecastPeriod, forecastPeriod } from '../../api/src/forecast/period.js';
import { computeForecast, rollupSql } from '../../api/src/forecast/rollup.js';
import { callerOf, resolveNode } from '../../api/src/forecast/scope.js';
import { weekEnd } from '../../api/src/forecast/snapshot.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({
  options: { quarter: { type: 'string', default: 'FY2027-Q3' }, runs: { type: 'string', default: '5' } },
});
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
const runs = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
async function time(fn: () => Promise<unknown>) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const db = await openDatabase({ databaseUrl: url, migrate: false });
try {
  const org = await readOrganization(db, undefined, 'load the large dataset first');
  const newCaller = () => callerOf(adminContext(db, org));
  const caller = newCaller();
  const last = forecastPeriod(values.quarter as string, org, caller.now, ['quarter']);
  const quarters: ForecastPeriod[] = [last];
  while (quarters.length < 8) {
    const p = previousPeriod(quarters[0] as ForecastPeriod, org.fiscalYearStartMonth);
    quarters.unshift(forecastPeriod(p.key, org, caller.now, ['quarter']));
  }
  const roots: number[] = [];
  for (const q of quarters) roots.push(await resolveNode(caller, q, undefined, ['repId']));
  const top = roots[roots.length - 1] as number;
  const week5 = weekEnd(last, 5, org.timeZone);

  const snapshot = () => computeForecast(newCaller(), last, top, { asOf: week5 });
  const snapshotSql = rollupSql(caller, last, top, { asOf: week5 });
  const snapshotAlone = () => db.sql.query(snapshotSql.text, snapshotSql.values as unknown[]);
  const backtest = () => forecastBacktest(newCaller(), quarters, roots);
  const statements = quarters.map((q, i) => backtestSql(caller, q, roots[i] as number));
  const backtestAlone = async () => {
    for (const s of statements) await db.sql.query(s.text, s.values as unknown[]);
  };

  // Warm-up: stores each quarter's win rates (the only write; a cache) and warms the buffers.
  await backtest();
  await snapshot();
  const load = [loadavg()[0] as number];
  const t = {
    snapshot: [] as number[],
    snapshotSql: [] as number[],
    backtest: [] as number[],
    backtestSql: [] as number[],
  };
  for (let i = 0; i < runs; i++) {
    t.snapshotSql.push(await time(snapshotAlone));
    t.snapshot.push(await time(snapshot));
    t.backtestSql.push(await time(backtestAlone));
    t.backtest.push(await time(backtest));
    load.push(loadavg()[0] as number);
  }
  const ms = (x: number) => Math.round(x);
  const result = {
    database: url.replace(/^.*\//, ''),
    quarters: quarters.map((q) => q.key),
    top,
    runs,
    loadAverage1m: { min: Math.min(...load).toFixed(1), max: Math.max(...load).toFixed(1) },
    snapshotWeek5: {
      serviceMedianMs: ms(median(t.snapshot)),
      sqlAloneMedianMs: ms(median(t.snapshotSql)),
      ratio: (median(t.snapshot) / median(t.snapshotSql)).toFixed(2),
      target: 'under 1,000 ms',
    },
    backtest8Quarters: {
      serviceMedianMs: ms(median(t.backtest)),
      sqlAloneMedianMs: ms(median(t.backtestSql)),
      ratio: (median(t.backtest) / median(t.backtestSql)).toFixed(2),
      target: 'under 3,000 ms',
    },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await db.close();
}
