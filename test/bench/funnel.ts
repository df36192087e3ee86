// Funnel benchmark (docs/funnel.md) on a `large` database seeded with sources, loss reasons and
// competitors: the funnel of the last ended fiscal year for the whole organization by region (the
// target of issue 20: under 1 s, warm), and win/loss the same way. Each is timed interleaved in
// one run: the GraphQL operation executed against the schema with a request context (resolvers,
// Prisma, serialisation; no HTTP) and its SQL statement alone on the same pool without Prisma.
// Reports medians (min-max) and the GraphQL / SQL ratio. Reads only.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<large db> pnpm bench:funnel [--runs 15]

import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { ORGANIZATION_WIDE } from '../../api/src/access/visibility.js';
import { openDatabase } from '../../api/src/db/database.js';
import { funnelSql, winLossSql } from '../../api/src/funnel/service.js';
import type { Prisma } from '../../api/src/generated/prisma/client.js';
import { schema } from '../../api/src/schema.js';
import { periodContaining, yearKey } from '../../api/src/shared/calendar.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
const WARMUP = 2;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required (a large database; see the header of this file)');

const db = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 2 });
const org = await readOrganization(db, undefined, 'load it with the seed CLI (--size large)');
const current = periodContaining(new Date(), 'YEAR', org.fiscalYearStartMonth);
const periodKey = yearKey(current.fiscalYear - 1);
const ctx = adminContext(db, org);
const serviceCtx = {
  prisma: ctx.prisma,
  organizationId: org.id,
  fiscalYearStartMonth: org.fiscalYearStartMonth,
  visibility: ORGANIZATION_WIDE,
};

const FUNNEL = parse(`query($period: String!) { funnel(period: $period, groupBy: REGION) {
  rows { key deals pipelineCreated pipelineWon lostCount stages { stage reached conversionRate stays meanDays medianDays lostAt } }
  total { deals pipelineCreated pipelineWon stages { stage reached conversionRate meanDays medianDays lostAt } } } }`);
const WIN_LOSS = parse(`query($period: String!) { winLoss(period: $period, groupBy: REGION) {
  rows { key wonCount lostCount winRate lossReasons { key lostCount lostAmount } competitors { key lostCount wonCount winRate } }
  total { wonCount lostCount winRate wonAmount lostAmount } } }`);

async function graphql(document: ReturnType<typeof parse>) {
  const result = await execute({ schema, document, contextValue: ctx, variableValues: { period: periodKey } });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
async function sqlAlone(statement: Prisma.Sql) {
  return (await db.sql.query(statement.text, statement.values as unknown[])).length;
}
const args = { period: periodKey, groupBy: 'REGION' as const };
const funnelStatement = (await funnelSql(serviceCtx, args)).statement;
const winLossStatement = (await winLossSql(serviceCtx, args)).statement;

const cases: { name: string; layers: [string, () => Promise<unknown>][] }[] = [
  {
    name: `funnel ${periodKey} by region`,
    layers: [
      ['GraphQL', () => graphql(FUNNEL)],
      ['SQL alone', () => sqlAlone(funnelStatement)],
    ],
  },
  {
    name: `winLoss ${periodKey} by region`,
    layers: [
      ['GraphQL', () => graphql(WIN_LOSS)],
      ['SQL alone', () => sqlAlone(winLossStatement)],
    ],
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const [size] = await db.sql.query<{ deals: number; history: number }>(
  `SELECT (SELECT count(*)::int FROM "Opportunity" WHERE "organizationId" = $1) AS deals,
          (SELECT count(*)::int FROM "OpportunityHistory" WHERE "organizationId" = $1) AS history`,
  [org.id],
);
console.log(`${size?.deals} deals, ${size?.history} history rows; period ${periodKey}`);
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
const sample = (await graphql(FUNNEL)) as { funnel: { total: Record<string, unknown> } };
console.log(JSON.stringify(sample.funnel.total));
for (const c of cases) {
  const [g, s] = c.layers.map(([layer]) => timings.get(`${c.name} | ${layer}`) ?? []);
  const fmt = (xs: number[]) =>
    `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  console.log(
    `${c.name}: GraphQL ${fmt(g!)}, SQL alone ${fmt(s!)}, ratio ${(median(g!) / median(s!)).toFixed(2)}; target < 1000 ms: ${median(g!) < 1000 ? 'met' : 'missed'}`,
  );
}
await db.close();
