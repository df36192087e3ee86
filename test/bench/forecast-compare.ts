// Compares the forecast statements of this checkout with those of another checkout (BASE, a git
// worktree of the commit before a change) on a copy of the `large` dataset: the same rows, column
// for column and as text (so to the cent and with the same scale), then the two rollup statements
// for the top of the hierarchy timed interleaved on one connection pool. Not run by CI.
//
//   BASE=/work/wt/x-base DATABASE_URL=postgresql://.../copy_of_large pnpm exec tsx test/bench/forecast-compare.ts \
//     [--period FY2027-Q4] [--past FY2027-Q2] [--runs 5]
//
// Compared: the rollup (`rollupSql`) of every node that has direct reports in the period's tree,
// so every node of the tree is a row of some statement (the root and its direct reports, with
// every node that made a call); the same rollup as of the end of week 6 of an ended period
// (`--past`, the backtest's reconstruction from history); and the first page of the deals behind
// each figure of the top node (`forecastDeals`). The win rates are stored before the comparison,
// so both sides read the same ones.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../api/src/db/database.js';
import * as nowDeals from '../../api/src/forecast/deals.js';
import { FORECAST_FIGURES, type ForecastFigure } from '../../api/src/forecast/deals.js';
import { forecastPeriod } from '../../api/src/forecast/period.js';
import * as nowRollup from '../../api/src/forecast/rollup.js';
import { callerOf, topOfHierarchySql } from '../../api/src/forecast/scope.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({
  options: {
    period: { type: 'string', default: 'FY2027-Q4' },
    past: { type: 'string', default: 'FY2027-Q2' },
    runs: { type: 'string', default: '5' },
  },
});
const base = process.env.BASE;
if (!base) throw new Error('BASE must name a checkout of the commit to compare with');
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must name a copy of the large dataset');

type Rollup = typeof nowRollup;
type Deals = typeof nowDeals;

async function main() {
  const baseRollup = (await import(resolve(join(base as string, 'api/src/forecast/rollup.ts')))) as Rollup;
  const baseDeals = (await import(resolve(join(base as string, 'api/src/forecast/deals.ts')))) as Deals;
  // The deals pages run through Prisma, whose client accepts only its own module's SQL objects:
  // the base side gets a database, context and caller of its own checkout.
  const baseDatabase = (await import(resolve(join(base as string, 'api/src/db/database.ts')))) as {
    openDatabase: typeof openDatabase;
  };
  const baseContext = (await import(resolve(join(base as string, 'test/bench/admin-context.ts')))) as {
    adminContext: typeof adminContext;
  };
  const baseScope = (await import(resolve(join(base as string, 'api/src/forecast/scope.ts')))) as {
    callerOf: typeof callerOf;
  };
  const db = await openDatabase({ databaseUrl: url, migrate: false });
  const baseDb = await baseDatabase.openDatabase({ databaseUrl: url, migrate: false });
  try {
    const org = await readOrganization(db, undefined, 'load the large dataset first');
    const caller = callerOf(adminContext(db, org));
    const baseCaller = baseScope.callerOf(baseContext.adminContext(baseDb, org));
    const period = forecastPeriod(values.period as string, org, caller.now, ['period']);
    const past = forecastPeriod(values.past as string, org, caller.now, ['period']);
    const asOf = new Date(past.startsAt.getTime() + 42 * 86_400_000);
    const run = async (q: { text: string; values: unknown[] }) =>
      JSON.stringify(await db.sql.query(q.text, q.values as unknown[]));
    const top = async (p: typeof period) => {
      const q = topOfHierarchySql(org.id, p);
      const [row] = await db.sql.query<{ id: number }>(q.text, q.values as unknown[]);
      if (!row) throw new Error(`no top of the hierarchy in ${p.key}`);
      return row.id;
    };
    const root = await top(period);
    // Store the win rates first: both sides then read them, and neither writes.
    await run(nowRollup.rollupSql(caller, period, root));
    await run(nowRollup.rollupSql(caller, past, await top(past)));

    const managers = await db.sql.query<{ id: number }>(
      `SELECT DISTINCT r."managerId" AS id FROM "Rep" r WHERE r."organizationId" = $1 AND r."managerId" IS NOT NULL ORDER BY 1`,
      [org.id],
    );
    let statements = 0;
    let rows = 0;
    const differ: string[] = [];
    const same = async (
      what: string,
      a: { text: string; values: unknown[] },
      b: { text: string; values: unknown[] },
    ) => {
      const [x, y] = [await run(a), await run(b)];
      statements++;
      rows += (JSON.parse(x) as unknown[]).length;
      if (x !== y) differ.push(what);
    };
    for (const { id } of managers) {
      // A rep who is no node of the period is refused by the service before the statement; its
      // statement has no root row, and both sides must agree on that too.
      await same(
        `rollup ${period.key} ${id}`,
        baseRollup.rollupSql(caller, period, id),
        nowRollup.rollupSql(caller, period, id),
      );
    }
    const pastTop = await top(past);
    await same(
      `rollup ${past.key} ${pastTop} as of ${asOf.toISOString()}`,
      baseRollup.rollupSql(caller, past, pastTop, { asOf }),
      nowRollup.rollupSql(caller, past, pastTop, { asOf }),
    );
    for (const figure of FORECAST_FIGURES as readonly ForecastFigure[]) {
      const page = { offset: 0, limit: 200 };
      const a = JSON.stringify(await baseDeals.forecastDeals(baseCaller, period, root, figure, page));
      const b = JSON.stringify(await nowDeals.forecastDeals(caller, period, root, figure, page));
      statements++;
      if (a !== b) differ.push(`deals ${figure}`);
    }

    const sql = { base: baseRollup.rollupSql(caller, period, root), now: nowRollup.rollupSql(caller, period, root) };
    const time = async (q: { text: string; values: unknown[] }) => {
      const t = performance.now();
      await db.sql.query(q.text, q.values as unknown[]);
      return performance.now() - t;
    };
    const samples = { base: [] as number[], now: [] as number[] };
    await time(sql.base);
    await time(sql.now);
    for (let i = 0; i < Number(values.runs); i++) {
      samples.base.push(await time(sql.base));
      samples.now.push(await time(sql.now));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const os = await import('node:os');
    console.log(
      JSON.stringify(
        {
          period: period.key,
          topOfHierarchy: root,
          compared: { statements, rollupRows: rows, differ },
          warmRollupMs: {
            base: Math.round(median(samples.base)),
            now: Math.round(median(samples.now)),
            ratio: Math.round((median(samples.now) / median(samples.base)) * 100) / 100,
            runs: Number(values.runs),
          },
          loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
        },
        null,
        2,
      ),
    );
    if (differ.length) process.exitCode = 1;
  } finally {
    await db.close();
    await baseDb.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
