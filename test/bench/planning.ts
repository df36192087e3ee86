// Benchmark: applyTerritoryRules over every account of `large` (50,000) on the active plan, and a
// bulk quota set for every rep (2,000) x 12 months, through the same services the API uses.
//
// Both write, so they run on a copy: `coxswain_bench_planning` is created from the template
// `coxswain_large` (which must have no open connections) and dropped afterwards, also on failure.
//
//   pnpm bench:planning [--runs 3]
//
// BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is where the copy is
// created and dropped. Prints seconds per run; each run is checked against raw SQL counts.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../api/src/db/database.js';
import { setQuotas } from '../../api/src/plans/quotas.js';
import { applyTerritoryRules } from '../../api/src/plans/realignment.js';
import { buildContext } from '../../api/src/shared/context.js';
import { Decimal } from '../../api/src/shared/scalars.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const SOURCE = 'coxswain_large';
const COPY = 'coxswain_bench_planning';
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const copyUrl = adminUrl.replace(/\/[^/]*$/, `/${COPY}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => Math.round(ms / 10) / 100;

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
  const db = await openDatabase({ databaseUrl: copyUrl, migrate: true });
  try {
    const [org] = await db.sql.query<{
      id: number;
      name: string;
      fiscalYearStartMonth: number;
      timeZone: string;
      currency: string;
    }>('SELECT id, name, "fiscalYearStartMonth", "timeZone", currency FROM "Organization" ORDER BY id LIMIT 1');
    if (!org) throw new Error(`${SOURCE} has no organization; load the large dataset first`);
    const ctx = buildContext(
      db,
      { organizationId: org.id, principal: 'bench:planning', repId: null, scopes: new Set(['admin']) },
      org,
      'bench-planning',
    );
    const [plan] = await db.sql.query<{ id: number; fiscalYear: number }>(
      `SELECT id, "fiscalYear" FROM "SalesPlan" WHERE "organizationId" = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
      [org.id],
    );
    if (!plan) throw new Error(`${SOURCE} has no ACTIVE sales plan`);
    const version = async () =>
      ((await db.sql.query<{ version: number }>('SELECT version FROM "SalesPlan" WHERE id = $1', [plan.id]))[0]
        ?.version ?? 0) as number;
    const [{ accounts = 0, rules = 0 } = {}] = await db.sql.query<{ accounts: number; rules: number }>(
      `SELECT (SELECT count(*)::int FROM "Account" WHERE "organizationId" = $1) AS accounts,
              (SELECT count(*)::int FROM "TerritoryRule" r JOIN "Territory" t ON t.id = r."territoryId"
                WHERE t."salesPlanId" = $2) AS rules`,
      [org.id, plan.id],
    );
    console.log(`plan ${plan.id} (FY${plan.fiscalYear}), ${accounts} accounts, ${rules} rules`);

    // applyTerritoryRules: the first run re-routes everything (preserveExisting false), later runs too,
    // so each run does the full routing statement over every account.
    for (let run = 1; run <= RUNS; run++) {
      const started = performance.now();
      const result = await applyTerritoryRules(ctx, {
        salesPlanId: plan.id,
        expectedVersion: await version(),
        preserveExisting: false,
      });
      const ms = performance.now() - started;
      const [check] = await db.sql.query<{ placed: number }>(
        `SELECT count(*)::int AS placed FROM "Account" a JOIN "Territory" t ON t.id = a."territoryId"
          WHERE a."organizationId" = $1 AND t."salesPlanId" = $2`,
        [org.id, plan.id],
      );
      const total = result.routedCount + result.unmatchedCount;
      if (total !== accounts)
        throw new Error(`routed ${result.routedCount} + unmatched ${result.unmatchedCount} != ${accounts}`);
      console.log(
        `applyTerritoryRules run ${run}: ${seconds(ms)} s (routed ${result.routedCount}, moved ${result.movedCount}, conflicts ${result.conflictCount}, unmatched ${result.unmatchedCount}; SQL: ${check?.placed} accounts in a plan territory)`,
      );
    }

    // Bulk quota set: every rep x 12 months, a different amount per run so every row is rewritten.
    const reps = await db.sql.query<{ id: number }>('SELECT id FROM "Rep" WHERE "organizationId" = $1 ORDER BY id', [
      org.id,
    ]);
    for (let run = 1; run <= RUNS; run++) {
      const quotas = reps.flatMap((rep) =>
        Array.from({ length: 12 }, (_, m) => ({
          repId: rep.id,
          periodKey: `FY${plan.fiscalYear}-M${String(m + 1).padStart(2, '0')}`,
          amount: new Decimal(`${10_000 + run}.${String((rep.id + m) % 100).padStart(2, '0')}`),
        })),
      );
      const started = performance.now();
      await setQuotas(ctx, { salesPlanId: plan.id, expectedVersion: await version(), quotas });
      const ms = performance.now() - started;
      const expected = quotas.reduce((acc, q) => acc.plus(q.amount), new Decimal(0));
      const [check] = await db.sql.query<{ rows: number; total: string }>(
        `SELECT count(*)::int AS rows, coalesce(sum(amount), 0)::text AS total FROM "Quota"
          WHERE "salesPlanId" = $1 AND "periodKey" LIKE $2`,
        [plan.id, `FY${plan.fiscalYear}-M%`],
      );
      if (!check || check.rows !== quotas.length || !new Decimal(check.total).equals(expected)) {
        throw new Error(`quota check failed: ${check?.rows} rows, ${check?.total} vs ${expected.toFixed(2)}`);
      }
      console.log(`setQuotas run ${run}: ${seconds(ms)} s (${quotas.length} rows, SQL sum ${check.total})`);
    }
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
