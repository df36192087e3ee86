// Benchmark: ranges and the commission liability forecast on `large`.
//
// Ranges: `forecastRange` for the top of the hierarchy (2,000 people) for the open quarter with its
// direct reports, warm (stage win rates stored), as a GraphQL operation executed against the schema
// with a request context (no HTTP), the service alone, and the range statement alone on the same
// pool; interleaved, so all see the same load. The convolutions' share is the service less the
// statement.
//
// Liability: `forecastLiability` for the organization (the top of the tree) for the open quarter,
// against the engine alone (the payout calculation of every rep on the deals already won: one of
// the outcomes the forecast evaluates) and the loaders alone. Pricing needs comp plans, which
// `large` does not carry: the bench works on a copy, `h_range19_bench` made from the template
// coxswain_large (no open connections), gives every rep the three-component plan of
// test/bench/comp.ts through the same services the API uses, measures, and drops the copy.
//
//   pnpm bench:forecast-range [--period FY2027-Q4] [--runs 9] [--liability-runs 3] [--samples 400]
//
// BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is where the copy is made.

import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import pg from 'pg';
import { createCompAssignment } from '../../api/src/comp/assignments.js';
import { dataWindow, incentiveLines } from '../../api/src/comp/calculate.js';
import { loadCreditFacts } from '../../api/src/comp/credit.sql.js';
import { loadAssignments, loadPlans, loadQuotaBook } from '../../api/src/comp/inputs.js';
import { createCompPlan, publishCompPlan } from '../../api/src/comp/plans.js';
import { openDatabase } from '../../api/src/db/database.js';
import { forecastLiability } from '../../api/src/forecast/liability.js';
import { forecastPeriod } from '../../api/src/forecast/period.js';
import { computeForecastRange, rangeSql } from '../../api/src/forecast/range.js';
import { callerOf, topOfHierarchySql } from '../../api/src/forecast/scope.js';
import { schema } from '../../api/src/schema.js';
import { dec } from '../../api/src/shared/money.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({
  options: {
    period: { type: 'string', default: 'FY2027-Q4' },
    runs: { type: 'string', default: '9' },
    'liability-runs': { type: 'string', default: '3' },
    samples: { type: 'string', default: '400' },
  },
});
const SOURCE = 'coxswain_large';
const COPY = 'h_range19_bench';
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const copyUrl = adminUrl.replace(/\/[^/]*$/, `/${COPY}`);
const runs = Number(values.runs);
const liabilityRuns = Number(values['liability-runs']);
const samples = Number(values.samples);

const QUERY = `query Range($periodKey: String!) {
  forecastRange(periodKey: $periodKey) {
    period { key }
    node { ...range }
    children { ...range }
  }
}
fragment range on ForecastRangeNode {
  rep { id name } closed expected maximum openDeals percentiles { percentile amount } bucketSize discretisationError
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number) => Math.round(x * 10) / 10;

function stats(list: number[]) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: round(at(0.5)), p90: round(at(0.9)), min: round(sorted[0] as number) };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function createCopy(admin: pg.Client): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${COPY} TEMPLATE ${SOURCE}`);
      return;
    } catch (error) {
      if (!/being accessed by other users/.test((error as Error).message) || attempt >= 60) throw error;
      await sleep(2_000);
    }
  }
}

async function bench() {
  const db = await openDatabase({ databaseUrl: copyUrl, migrate: true });
  try {
    const org = await readOrganization(db, undefined, 'load the large dataset first');
    const newContext = () => adminContext(db, org);
    const caller = callerOf(newContext());
    const period = forecastPeriod(values.period as string, org, caller.now, ['period']);
    if (period.closed) throw new Error(`${period.key} has ended: pick the open quarter`);
    const topSql = topOfHierarchySql(org.id, period);
    const [root] = await db.sql.query<{ id: number }>(topSql.text, topSql.values as unknown[]);
    if (!root) throw new Error('no top of the hierarchy');
    const top = root.id;

    // ---------------------------------------------------------------- ranges
    const statement = rangeSql(caller, period, top);
    const document = parse(QUERY);
    const graphql = async () => {
      const result = await execute({
        schema,
        document,
        contextValue: newContext(),
        variableValues: { periodKey: period.key },
      });
      if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
      return JSON.parse(JSON.stringify(result)) as {
        data: { forecastRange: { node: Record<string, unknown>; children: unknown[] } };
      };
    };
    const service = () => computeForecastRange(callerOf(newContext()), period, top);
    const sqlAlone = () => db.sql.query(statement.text, statement.values as unknown[]);
    const first = await graphql();
    for (let i = 0; i < 2; i++) {
      await graphql();
      await service();
      await sqlAlone();
    }
    const r = { graphql: [] as number[], service: [] as number[], sql: [] as number[] };
    for (let i = 0; i < runs; i++) {
      r.sql.push(await time(sqlAlone));
      r.service.push(await time(service));
      r.graphql.push(await time(graphql));
    }
    const rangeLoad = loadavg().map(round);
    // Printed at once: the liability below takes minutes under load.
    console.log(
      JSON.stringify({
        ranges: {
          runs,
          loadAverage: rangeLoad,
          warm: { graphql: stats(r.graphql), service: stats(r.service), sqlAlone: stats(r.sql) },
        },
      }),
    );

    // ---------------------------------------------------------------- liability setup (not timed)
    await db.sql.query(
      'TRUNCATE "Dispute", "PayoutAdjustment", "PayoutLine", "PayoutRun", "CompAssignment", "CompTier", "CompComponent", "CompPlan" CASCADE',
    );
    const fiscalYear = period.fiscalYear;
    const yearStart = new Date(Date.UTC(fiscalYear - 1, org.fiscalYearStartMonth - 1, 1));
    const [{ id: salesPlanId } = { id: 0 }] = await db.sql.query<{ id: number }>(
      `SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND status = 'ACTIVE' AND "fiscalYear" = $2`,
      [org.id, fiscalYear],
    );
    if (!salesPlanId) throw new Error(`no ACTIVE sales plan for FY${fiscalYear}`);
    await db.sql.query(
      `INSERT INTO "Quota" ("organizationId", "salesPlanId", "repId", "periodKey", "periodStart", "periodEnd", amount)
       SELECT r."organizationId", $2, r.id, $3, $4::date, $5::date, 300000
         FROM "Rep" r
        WHERE r."organizationId" = $1
          AND NOT EXISTS (SELECT 1 FROM "Quota" q WHERE q."salesPlanId" = $2 AND q."repId" = r.id
                             AND q."periodStart" >= $4::date AND q."periodEnd" <= $5::date)`,
      [org.id, salesPlanId, period.key, period.start, period.end],
    );
    const ctx = newContext();
    const tier = (from: string, to: string | null, rate: string) => ({
      fromAttainment: dec(from),
      toAttainment: to === null ? null : dec(to),
      rate: dec(rate),
    });
    const { compPlanId } = await createCompPlan(ctx, {
      name: 'Bench AE plan',
      effectiveStart: yearStart,
      components: [
        {
          name: 'Commission',
          kind: 'COMMISSION',
          period: 'QUARTER',
          opportunityTypes: ['NEW_BUSINESS', 'EXPANSION'],
          tiers: [tier('0', '1', '0.05'), tier('1', '1.5', '0.08'), tier('1.5', null, '0.12')],
          capAmount: dec('150000.00'),
        },
        {
          name: 'Attainment bonus',
          kind: 'BONUS',
          period: 'QUARTER',
          targetShare: dec('0.05'),
          tiers: [tier('0', '0.8', '0'), tier('0.8', '1', '0.5'), tier('1', null, '1')],
        },
        {
          name: 'Analytics SPIFF',
          kind: 'SPIFF',
          period: 'MONTH',
          productFamilies: ['Analytics'],
          spiffAmount: dec('250.00'),
        },
      ],
    });
    await publishCompPlan(ctx, { id: compPlanId, expectedVersion: 1 });
    const reps = await db.sql.query<{ id: number }>('SELECT id FROM "Rep" WHERE "organizationId" = $1 ORDER BY id', [
      org.id,
    ]);
    for (const rep of reps) {
      await createCompAssignment(ctx, {
        repId: rep.id,
        compPlanId,
        startDate: yearStart,
        endDate: null,
        baseSalary: dec('90000.00'),
        targetIncentive: dec('60000.00'),
      });
    }

    // ---------------------------------------------------------------- liability
    const options = { percentiles: [0.1, 0.5, 0.9], samples, seed: 1 };
    const liability = () => forecastLiability(callerOf(newContext()), period, top, options);
    const repIds = reps.map((x) => x.id);
    const loaders = async () => {
      const prisma = newContext().prisma;
      const plans = await loadPlans(prisma);
      const window = dataWindow(period, plans.values(), org.fiscalYearStartMonth);
      const [assignments, quotas, won, open] = await Promise.all([
        loadAssignments(prisma, window, repIds),
        loadQuotaBook(prisma, org.id, window, org.fiscalYearStartMonth, repIds),
        loadCreditFacts(prisma, org.id, window, repIds, 'won'),
        loadCreditFacts(prisma, org.id, window, repIds, 'open'),
      ]);
      return { plans, assignments, quotas, won, open };
    };
    const inputs = await loaders();
    const engineOnce = async () =>
      incentiveLines({
        run: period,
        startMonth: org.fiscalYearStartMonth,
        plans: inputs.plans,
        quotas: inputs.quotas,
        assignments: inputs.assignments,
        facts: inputs.won,
      });
    const answer = await liability();
    const l = { service: [] as number[], engine: [] as number[], loaders: [] as number[] };
    for (let i = 0; i < liabilityRuns; i++) {
      l.loaders.push(await time(loaders));
      l.engine.push(await time(engineOnce));
      l.service.push(await time(liability));
    }
    const again = await liability();
    if (JSON.stringify(again.node) !== JSON.stringify(answer.node)) throw new Error('the seeded answer changed');

    const g = stats(r.graphql);
    const s = stats(r.sql);
    const sv = stats(r.service);
    const ls = stats(l.service);
    const le = stats(l.engine);
    const node = first.data.forecastRange.node;
    console.log(
      JSON.stringify(
        {
          period: period.key,
          topOfHierarchy: top,
          ranges: {
            runs,
            loadAverage: rangeLoad,
            openDeals: node.openDeals,
            children: first.data.forecastRange.children.length,
            node: {
              percentiles: node.percentiles,
              bucketSize: node.bucketSize,
              discretisationError: node.discretisationError,
            },
            warm: { graphql: g, service: sv, sqlAlone: s },
            graphqlOverSql: round((g.median / s.median) * 100) / 100,
            target: { 'GraphQL median < 500 ms (warm)': g.median < 500 ? 'met' : 'MISSED' },
          },
          liability: {
            runs: liabilityRuns,
            loadAverage: loadavg().map(round),
            method: answer.method,
            outcomes: answer.outcomes,
            openDeals: answer.openDeals,
            reps: answer.reps.length,
            expected: answer.node.expected.toFixed(2),
            percentiles: answer.node.percentiles.map((p) => p.amount.toFixed(2)),
            standardError: answer.standardError.toFixed(2),
            epsilon: round(answer.epsilon * 1000) / 1000,
            service: ls,
            engineOnce: le,
            loadersAlone: stats(l.loaders),
            serviceOverEngineOnce: round((ls.median / le.median) * 10) / 10,
            target: { 'service median < 10 s': ls.median < 10_000 ? 'met' : 'MISSED' },
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

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await createCopy(admin);
    try {
      await bench();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
    }
  } finally {
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
