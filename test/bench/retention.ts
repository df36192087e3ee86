// Retention benchmark (docs/design.md §13) on a copy of the `large` dataset in PostgreSQL: the ARR
// bridge, GRR, NRR and logo churn of the last ended fiscal year, for the whole organization and by
// segment. Each is timed interleaved in one run: the GraphQL operation executed against the schema
// with a request context (resolvers, Prisma, serialisation; no HTTP) and its SQL statement alone on
// the same pool (same session settings) without Prisma. Reports medians (min / max) and the
// GraphQL / SQL ratio; the target (issue 20: under 1 s) applies to the GraphQL call.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<copy> pnpm bench:retention [--runs 15] [--add-history]
//
// DATABASE_URL is required: run it on a copy (createdb -T coxswain_large <copy>). `--add-history`
// first writes to that copy an ARR history shaped like the seed's (api/src/seed/arr-history.ts:
// renewals on install anniversaries, 30% expanding 5-35%, 12% contracting 5-30%; about 9% of
// accounts churning), for a dataset seeded before the seed wrote one; otherwise nothing is written.

import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { ORGANIZATION_WIDE } from '../../api/src/access/visibility.js';
import { openDatabase } from '../../api/src/db/database.js';
import type { Prisma } from '../../api/src/generated/prisma/client.js';
import { retentionSql } from '../../api/src/retention/service.js';
import { schema } from '../../api/src/schema.js';
import { periodContaining, yearKey } from '../../api/src/shared/calendar.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, 'add-history': { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const WARMUP = 2;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required (a copy of coxswain_large; see the header of this file)');

const db = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 2 });
const org = await readOrganization(db, undefined, 'load it with the seed CLI (--size large)');

if (values['add-history']) {
  // Deterministic: every draw is a hash of the installation's ids and the renewal's number.
  await db.sql.query(
    `WITH churn AS (
       SELECT a.id AS account, min(ap.since) + 183 + (abs(hashtext('c' || a.id)) % greatest(1, (max(CURRENT_DATE - ap.since) - 183))) AS day
         FROM "Account" a JOIN "AccountProduct" ap ON ap."accountId" = a.id
        WHERE a."organizationId" = $1 AND abs(hashtext('a' || a.id)) % 1000 < 90
        GROUP BY a.id HAVING min(ap.since) + 183 < CURRENT_DATE)
     UPDATE "AccountProduct" ap SET "endDate" = c.day FROM churn c
      WHERE ap."accountId" = c.account AND ap.since < c.day AND ap."organizationId" = $1`,
    [org.id],
  );
  await db.sql.query(
    `INSERT INTO "AccountProductArr" ("organizationId", "accountId", "productId", "effectiveFrom", arr)
     SELECT ap."organizationId", ap."accountId", ap."productId", ap.since + 365 * k,
            greatest(1, round(ap.arr * (1 + CASE WHEN abs(hashtext(ap.id || ':' || k)) % 100 < 30 THEN 0.2 ELSE -0.15 END), 2))
       FROM "AccountProduct" ap, generate_series(1, 8) k
      WHERE ap."organizationId" = $1 AND abs(hashtext(ap.id || ':' || k)) % 100 < 42
        AND ap.since + 365 * k < least(coalesce(ap."endDate", CURRENT_DATE), CURRENT_DATE)
     ON CONFLICT DO NOTHING`,
    [org.id],
  );
  await db.sql.query('ANALYZE "AccountProductArr", "AccountProduct"');
}

const [size] = await db.sql.query<{ accounts: number; installed: number; history: number; ended: number }>(
  `SELECT (SELECT count(*)::int FROM "Account" WHERE "organizationId" = $1) AS accounts,
          (SELECT count(*)::int FROM "AccountProduct" WHERE "organizationId" = $1) AS installed,
          (SELECT count(*)::int FROM "AccountProductArr" WHERE "organizationId" = $1) AS history,
          (SELECT count(*)::int FROM "AccountProduct" WHERE "organizationId" = $1 AND "endDate" IS NOT NULL) AS ended`,
  [org.id],
);
const current = periodContaining(new Date(), 'YEAR', org.fiscalYearStartMonth);
const periodKey = yearKey(current.fiscalYear - 1);
const period = periodContaining(new Date(current.start.getTime() - 86_400_000), 'YEAR', org.fiscalYearStartMonth);

const ctx = adminContext(db, org);
const QUERY =
  parse(`query($period: String!, $groupBy: RetentionGrouping) { retention(period: $period, groupBy: $groupBy) {
  total { startingArr newArr expansionArr reactivationArr contractionArr churnedArr endingArr startingAccounts churnedAccounts
          grossRevenueRetention { value } netRevenueRetention { value } logoChurnRate { value } }
  rows { label startingArr newArr expansionArr reactivationArr contractionArr churnedArr endingArr
         grossRevenueRetention { value } netRevenueRetention { value } } } }`);

async function graphql(groupBy: string | null) {
  const result = await execute({
    schema,
    document: QUERY,
    contextValue: ctx,
    variableValues: { period: periodKey, groupBy },
  });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function sqlAlone(statement: Prisma.Sql) {
  return (await db.sql.query(statement.text, statement.values as unknown[])).length;
}

const cases: { name: string; layers: [string, () => Promise<unknown>][] }[] = [
  {
    name: `retention ${periodKey}, whole organization`,
    layers: [
      ['GraphQL', () => graphql(null)],
      ['SQL alone', () => sqlAlone(retentionSql(org.id, period, null, ORGANIZATION_WIDE))],
    ],
  },
  {
    name: `retention ${periodKey} by segment`,
    layers: [
      ['GraphQL', () => graphql('SEGMENT')],
      ['SQL alone', () => sqlAlone(retentionSql(org.id, period, 'SEGMENT', ORGANIZATION_WIDE))],
    ],
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

console.log(
  `${size?.accounts} accounts, ${size?.installed} installed products (${size?.ended} ended), ${size?.history} ARR history rows; period ${periodKey}`,
);
const timings = new Map<string, number[]>();
for (let run = 0; run < WARMUP + RUNS; run++) {
  for (const c of cases) {
    for (const [layer, fn] of c.layers) {
      const started = performance.now();
      await fn();
      const ms = performance.now() - started;
      if (run < WARMUP) continue;
      const key = `${c.name} | ${layer}`;
      timings.set(key, [...(timings.get(key) ?? []), ms]);
    }
  }
}
const sample = (await graphql('SEGMENT')) as { retention: { total: Record<string, unknown> } };
console.log(JSON.stringify(sample.retention.total));
for (const c of cases) {
  const [g, s] = c.layers.map(([layer]) => timings.get(`${c.name} | ${layer}`) ?? []);
  const fmt = (xs: number[]) =>
    `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  console.log(
    `${c.name}: GraphQL ${fmt(g!)}, SQL alone ${fmt(s!)}, ratio ${(median(g!) / median(s!)).toFixed(2)}; target < 1000 ms: ${median(g!) < 1000 ? 'met' : 'missed'}`,
  );
}
await db.close();
