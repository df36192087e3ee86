// Benchmark: a quarterly payout run for every rep on `large` (2,000) with a three-tier marginal
// commission (capped), an attainment bonus and a product-family SPIFF, then the statement query.
//
// The run writes, so it works on a copy: it creates `coxswain_bench_comp` from the template
// `coxswain_large` (which must have no open connections), sets up the plan and assignments there
// through the same services the API uses, measures, and drops the copy, also on failure.
//
//   pnpm bench:comp [--period FY2027-Q2] [--recomputes 2] [--statements 30]
//
// BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is where the copy is
// created and dropped. Prints seconds for the run and milliseconds (median, p90) for statements.

import { parseArgs } from 'node:util';
import pg from 'pg';
import { issueApiKey } from '../../api/src/access/api-keys.js';
import { ORGANIZATION_WIDE } from '../../api/src/access/visibility.js';
import { createCompAssignment } from '../../api/src/comp/assignments.js';
import { createCompPlan, publishCompPlan } from '../../api/src/comp/plans.js';
import { approvePayoutRun, calculateRunLines, computePayoutRun, recomputePayoutRun } from '../../api/src/comp/runs.js';
import { payoutStatement } from '../../api/src/comp/statements.js';
import { openDatabase } from '../../api/src/db/database.js';
import { createServer } from '../../api/src/server.js';
import { parsePeriodKey } from '../../api/src/shared/calendar.js';
import { buildContext } from '../../api/src/shared/context.js';
import { toGlobalId } from '../../api/src/shared/ids.js';
import { dec, fmt, sum } from '../../api/src/shared/money.js';
import { readOrganization } from '../support/organization.js';

const { values } = parseArgs({
  options: {
    period: { type: 'string', default: 'FY2027-Q2' },
    recomputes: { type: 'string', default: '2' },
    statements: { type: 'string', default: '30' },
  },
});
const SOURCE = 'coxswain_large';
const COPY = 'coxswain_bench_comp';
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const copyUrl = adminUrl.replace(/\/[^/]*$/, `/${COPY}`);

const STATEMENT = `query Statement($rep: ID!, $period: String!) {
  payoutStatement(repId: $rep, periodKey: $period) {
    rep { name } periodStart periodEnd payoutRun { status periodKey }
    lines { kind amount credit quota attainment summary explanation }
    totals { kind amount } total drawBalance
    yearToDate { fiscalYear periodKeys totals { kind amount } total }
  }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: round(at(0.5)), p90: round(at(0.9)), max: round(sorted[sorted.length - 1] as number) };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template: retry a while. */
async function createCopy(admin: pg.Client): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${COPY}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${COPY} TEMPLATE ${SOURCE}`);
      return;
    } catch (error) {
      const busy = /being accessed by other users/.test((error as Error).message);
      if (!busy || attempt >= 60) throw error;
      await sleep(2_000);
    }
  }
}

async function bench() {
  // Migrations newer than the dataset are applied to the copy only.
  const db = await openDatabase({ databaseUrl: copyUrl, migrate: true });
  try {
    const org = await readOrganization(db, undefined, 'load the large dataset first');
    // The seed gives the dataset a demo comp plan with assignments and runs; the bench prices its
    // own plan for every rep, so the copy starts without them.
    await db.sql.query(
      'TRUNCATE "Dispute", "PayoutAdjustment", "PayoutLine", "PayoutRun", "CompAssignment", "CompTier", "CompComponent", "CompPlan" CASCADE',
    );
    const ctx = buildContext(
      db,
      { organizationId: org.id, principal: 'bench:comp', repId: null, scopes: new Set(['admin']) },
      org,
      'bench-comp',
    );
    const period = parsePeriodKey(values.period as string, org.fiscalYearStartMonth);
    const fiscalYear = Number(period.key.slice(2, 6));
    const yearStart = new Date(Date.UTC(fiscalYear - 1, org.fiscalYearStartMonth - 1, 1));

    // Setup (not timed). Reps the active plan gives no quota for the quarter get one, so that every
    // one of the 2,000 lines computes and the run can be approved.
    const [{ id: salesPlanId } = { id: 0 }] = await db.sql.query<{ id: number }>(
      `SELECT id FROM "SalesPlan" WHERE "organizationId" = $1 AND status = 'ACTIVE' AND "fiscalYear" = $2`,
      [org.id, fiscalYear],
    );
    if (!salesPlanId) throw new Error(`no ACTIVE sales plan for FY${fiscalYear}`);
    const toppedUp = await db.sql.query<{ id: number }>(
      `INSERT INTO "Quota" ("organizationId", "salesPlanId", "repId", "periodKey", "periodStart", "periodEnd", amount)
       SELECT r."organizationId", $2, r.id, $3, $4::date, $5::date, 300000
         FROM "Rep" r
        WHERE r."organizationId" = $1
          AND NOT EXISTS (SELECT 1 FROM "Quota" q WHERE q."salesPlanId" = $2 AND q."repId" = r.id
                             AND q."periodStart" >= $4::date AND q."periodEnd" <= $5::date)
       RETURNING id`,
      [org.id, salesPlanId, period.key, period.start, period.end],
    );
    const tier = (from: string, to: string | null, rate: string) => ({
      fromAttainment: dec(from),
      toAttainment: to === null ? null : dec(to),
      rate: dec(rate),
    });
    const { compPlanId } = await createCompPlan(ctx, {
      name: 'Bench AE plan',
      effectiveStart: yearStart,
      clawbackWindowDays: 90,
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
    const reps = await db.sql.query<{ id: number; managerId: number | null }>(
      'SELECT id, "managerId" FROM "Rep" WHERE "organizationId" = $1 ORDER BY id',
      [org.id],
    );
    const setup = await timed(async () => {
      for (const [i, r] of reps.entries()) {
        await createCompAssignment(ctx, {
          repId: r.id,
          compPlanId,
          startDate: yearStart,
          endDate: null,
          baseSalary: dec('90000.00'),
          targetIncentive: dec('60000.00'),
          // One rep in ten has a recoverable draw, so draw lines are part of the run.
          ...(i % 10 === 0 ? { drawAmount: dec('4000.00'), drawRecoverable: true } : {}),
        });
      }
    });
    const [{ n: wonDeals } = { n: 0 }] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1 AND stage = 'CLOSED_WON'
          AND "closeDate" >= $2::date AND "closeDate" < $3::date`,
      [org.id, period.start, period.end],
    );

    // The run: compute (new DRAFT run), then recomputes of the same run; each is the whole job
    // (read every input, calculate, delete and write the lines in one transaction).
    const queriesBefore = db.queryCount();
    const compute = await timed(() => computePayoutRun(ctx, { periodKey: period.key }));
    const computeQueries = db.queryCount() - queriesBefore;
    const runId = compute.value.payoutRunId;
    const calculateOnly = await timed(() => calculateRunLines(ctx, period, runId));
    const recomputes: number[] = [];
    for (let i = 0; i < Number(values.recomputes); i++) {
      recomputes.push((await timed(() => recomputePayoutRun(ctx, { id: runId, expectedVersion: i + 1 }))).ms);
    }
    const [summary] = await db.sql.query<{
      lines: number;
      reps: number;
      errors: number;
      total: string;
      byKind: Record<string, string>;
    }>(
      `SELECT count(*)::int AS lines, count(DISTINCT "repId")::int AS reps,
              count(*) FILTER (WHERE explanation->>'error' IS NOT NULL)::int AS errors, sum(amount)::text AS total,
              (SELECT jsonb_object_agg(kind, t) FROM (SELECT kind, sum(amount)::text AS t FROM "PayoutLine"
                 WHERE "payoutRunId" = $1 GROUP BY kind) k) AS "byKind"
         FROM "PayoutLine" WHERE "payoutRunId" = $1`,
      [runId],
    );
    // The stored lines must be exactly the calculated ones (count and total to the cent).
    const calculatedTotal = fmt(sum(calculateOnly.value.map((l) => l.amount)));
    if (summary?.lines !== calculateOnly.value.length || fmt(dec(summary.total)) !== calculatedTotal) {
      throw new Error(
        `stored ${summary?.lines} lines / ${summary?.total}, calculated ${calculateOnly.value.length} / ${calculatedTotal}`,
      );
    }
    await approvePayoutRun(ctx, { id: runId, expectedVersion: Number(values.recomputes) + 1 });

    // Statements of an approved run: the service, and GraphQL as a comp admin and as a manager
    // looking at a direct report (the pay-visibility path).
    const server = createServer({ db, graphiql: false, security: { cost: { bucket: false } } });
    const adminKey = await issueApiKey(db.sql, { organizationId: org.id, name: 'bench admin', scopes: ['admin'] });
    const managed = reps.filter((r) => r.managerId !== null);
    const manager = managed[0]?.managerId as number;
    const managerKey = await issueApiKey(db.sql, {
      organizationId: org.id,
      name: 'bench manager',
      scopes: ['read:comp', 'read:people'],
      repId: manager,
    });
    const graphql = async (token: string, repId: number) => {
      const res = await server.yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: STATEMENT, variables: { rep: toGlobalId('Rep', repId), period: period.key } }),
      });
      const body = (await res.json()) as { errors?: unknown; data?: { payoutStatement: { lines: unknown[] } } };
      if (body.errors || !body.data?.payoutStatement.lines.length) throw new Error(JSON.stringify(body));
    };
    const team = managed.filter((r) => r.managerId === manager);
    const samples = { service: [] as number[], graphqlAdmin: [] as number[], graphqlManager: [] as number[] };
    const n = Number(values.statements);
    for (let i = 0; i < n + 3; i++) {
      const repId = (reps[(i * 67) % reps.length] as { id: number }).id;
      const member = (team[i % team.length] as { id: number }).id;
      const s = await timed(() => payoutStatement(ctx, ORGANIZATION_WIDE, { repId, periodKey: period.key }));
      const a = await timed(() => graphql(adminKey.token, repId));
      const m = await timed(() => graphql(managerKey.token, member));
      if (i < 3) continue; // warm-up
      samples.service.push(s.ms);
      samples.graphqlAdmin.push(a.ms);
      samples.graphqlManager.push(m.ms);
    }

    console.log(
      JSON.stringify(
        {
          database: `${COPY} (copy of ${SOURCE})`,
          period: period.key,
          reps: reps.length,
          quotasAddedForRepsWithout: toppedUp.length,
          wonDealsInPeriod: wonDeals,
          assignmentSetupSeconds: round(setup.ms / 1000),
          run: {
            lines: summary?.lines,
            repsPaid: summary?.reps,
            linesWithErrors: summary?.errors,
            total: summary ? fmt(dec(summary.total)) : null,
            byKind: summary?.byKind,
            sqlStatementsForCompute: computeQueries,
          },
          seconds: {
            compute: round(compute.ms / 1000, 2),
            calculateOnly: round(calculateOnly.ms / 1000, 2),
            recomputes: recomputes.map((ms) => round(ms / 1000, 2)),
          },
          statementMs: {
            samples: n,
            service: stats(samples.service),
            graphqlCompAdmin: stats(samples.graphqlAdmin),
            graphqlManager: stats(samples.graphqlManager),
          },
          loadAverage: (await import('node:os')).loadavg().map((x) => round(x)),
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
      await admin.query(`DROP DATABASE IF EXISTS ${COPY} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
