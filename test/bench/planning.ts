// Benchmark: applyTerritoryRules over every account of `large` (50,000) on the active plan (with
// the rules rerouted so that every account moves, then again with nothing left to move), and a
// bulk quota set for every rep (2,000) x 12 months, through the same services the API uses; then
// territoryBalance (with whitespace value) of that plan.
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
import { ORGANIZATION_WIDE } from '../../api/src/access/visibility.js';
import { openDatabase } from '../../api/src/db/database.js';
import { territoryBalance } from '../../api/src/plans/balance.js';
import { setQuotas } from '../../api/src/plans/quotas.js';
import { applyTerritoryRules } from '../../api/src/plans/realignment.js';
import { buildContext } from '../../api/src/shared/context.js';
import { Decimal } from '../../api/src/shared/scalars.js';
import { whitespaceSummary } from '../../api/src/whitespace/service.js';
import { readOrganization } from '../support/organization.js';

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
    const org = await readOrganization(db, undefined, 'load the large dataset first');
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

    // A realignment that moves: each run hands every leaf territory's rules to the next leaf (in
    // id order, the last to the first) on the copy, so each account's rule now routes it to the
    // leaf after its own, and applyTerritoryRules moves every placed account, writing the audit
    // event with all of their territories before and after. Checked against a snapshot of the
    // placements taken before the run.
    const leaves = await db.sql.query<{ id: number; next_id: number }>(
      `SELECT id, COALESCE(lead(id) OVER (ORDER BY id), first_value(id) OVER (ORDER BY id)) AS next_id
         FROM "Territory" t
        WHERE "salesPlanId" = $1 AND NOT EXISTS (SELECT 1 FROM "Territory" c WHERE c."parentId" = t.id)
          AND EXISTS (SELECT 1 FROM "TerritoryRule" r WHERE r."territoryId" = t.id)`,
      [plan.id],
    );
    const nextLeaf = JSON.stringify(leaves.map((l) => [l.id, l.next_id]));
    for (let run = 1; run <= RUNS; run++) {
      await db.sql.query(
        `UPDATE "TerritoryRule" r SET "territoryId" = (m->>1)::int
           FROM jsonb_array_elements($1::jsonb) m WHERE r."territoryId" = (m->>0)::int`,
        [nextLeaf],
      );
      await db.sql.query('DROP TABLE IF EXISTS bench_placement');
      await db.sql.query(
        `CREATE TABLE bench_placement AS SELECT id, "territoryId" AS territory_id FROM "Account" WHERE "organizationId" = $1`,
        [org.id],
      );
      const started = performance.now();
      const result = await applyTerritoryRules(ctx, {
        salesPlanId: plan.id,
        expectedVersion: await version(),
        preserveExisting: false,
      });
      const ms = performance.now() - started;
      const [check] = await db.sql.query<{ moved: number; to_next: number; audited: number; audit_bytes: number }>(
        `SELECT (SELECT count(*)::int FROM "Account" a JOIN bench_placement b ON b.id = a.id
                  WHERE a."territoryId" IS DISTINCT FROM b.territory_id) AS moved,
                (SELECT count(*)::int FROM "Account" a JOIN bench_placement b ON b.id = a.id
                   JOIN jsonb_array_elements($1::jsonb) m ON (m->>0)::int = b.territory_id
                  WHERE a."territoryId" = (m->>1)::int) AS to_next,
                (SELECT jsonb_array_length(after->'accounts') FROM "AuditEvent"
                  WHERE action = 'territoryRules.apply' ORDER BY id DESC LIMIT 1) AS audited,
                (SELECT pg_column_size(before) + pg_column_size(after) FROM "AuditEvent"
                  WHERE action = 'territoryRules.apply' ORDER BY id DESC LIMIT 1) AS audit_bytes`,
        [nextLeaf],
      );
      if (!check || check.moved !== result.movedCount || check.to_next !== check.moved || check.audited !== check.moved)
        throw new Error(`realignment check failed: ${JSON.stringify({ result, check })}`);
      if (check.moved < accounts / 2) throw new Error(`only ${check.moved} of ${accounts} accounts moved`);
      console.log(
        `applyTerritoryRules (rules rotated) run ${run}: ${seconds(ms)} s (moved ${result.movedCount}; SQL: ${check.moved} accounts changed territory, ${check.to_next} to the next leaf, ${check.audited} in the audit event of ${Math.round(check.audit_bytes / 1024)} KiB stored)`,
      );
    }
    await db.sql.query('DROP TABLE IF EXISTS bench_placement');

    // applyTerritoryRules as the rules stand after the moving runs: each run does the full routing
    // statement over every account (preserveExisting false) and finds nothing to move.
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

    // territoryBalance with the whitespace value (read-only): its leaves and unassigned row split
    // the accounts, so their whitespace adds up to the whitespace module's own total over the
    // organization (a separate statement, whitespaceSummary).
    const planRow = { id: plan.id, fiscalYear: plan.fiscalYear };
    const summary = await whitespaceSummary(ctx.prisma, org.id, { visibility: ORGANIZATION_WIDE }, 'territory');
    for (let run = 1; run <= RUNS; run++) {
      const started = performance.now();
      const balance = await territoryBalance(ctx, planRow);
      const ms = performance.now() - started;
      const leaves = balance.territories.filter((t) => t.isLeaf);
      const count = leaves.reduce((n, t) => n + t.accountCount, balance.unassigned.accountCount);
      const whitespace = leaves.reduce((v, t) => v.add(t.whitespaceValue), balance.unassigned.whitespaceValue);
      if (count !== accounts || !whitespace.eq(summary.total.totalEstimatedValue)) {
        throw new Error(
          `balance check failed: ${count} accounts, whitespace ${whitespace} vs ${summary.total.totalEstimatedValue}`,
        );
      }
      console.log(
        `territoryBalance run ${run}: ${seconds(ms)} s (${balance.territories.length} territories; whitespace ${whitespace.toFixed()} = whitespaceSummary total; spread ${balance.spread.whitespaceValue})`,
      );
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
