// Whitespace benchmark on the `large` dataset (50,000 accounts x 200 products) in PostgreSQL:
//   1. whitespaceSummary(groupBy: PRODUCT) over the whole organization;
//   2. the first page (20) of whitespaceOpportunities for one territory (the active plan's leaf
//      territory with the most accounts).
// Each is timed in the same run, interleaved: the GraphQL operation executed against the schema
// with a request context (resolvers, Prisma, serialisation; no HTTP), the service call alone, and
// the SQL statement alone on the same connection pool (so with the same session settings) without
// Prisma; each warm (the organization's peer statistics remembered from the previous call, the
// usual case) and cold (forgotten before the call, so the statement computes them). Reports
// medians (and min / max), the GraphQL / SQL ratio and the targets of issue 4 (summary under 1 s
// median, top list under 300 ms), which apply to the warm GraphQL call.
//
//   pnpm bench:whitespace [--runs 15]        # DATABASE_URL defaults to coxswain_large
//
// Read-only: the database is shared, so nothing is written (no API key; the context is built
// directly for an organization-wide service principal).

import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { ORGANIZATION_WIDE, WHOLE_ORGANIZATION } from '../../api/src/access/visibility.js';
import { openDatabase } from '../../api/src/db/database.js';
import type { Prisma } from '../../api/src/generated/prisma/client.js';
import { schema } from '../../api/src/schema.js';
import { toGlobalId } from '../../api/src/shared/ids.js';
import { cachedPeerStats, forgetPeerStats } from '../../api/src/whitespace/peer-cache.js';
import { whitespaceOpportunities, whitespaceSummary } from '../../api/src/whitespace/service.js';
import { opportunitiesSql, summarySql, todayIso, type WhitespaceQuery } from '../../api/src/whitespace/sql.js';
import { readOrganization } from '../support/organization.js';
import { adminContext } from './admin-context.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);
const WARMUP = 2;
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';

const db = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 2 });

const org = await readOrganization(db, undefined, 'load it with the seed CLI (--size large)');
const [territory] = await db.sql.query<{ id: number; name: string; accounts: number }>(
  `SELECT t.id, t.name, count(a.id)::int AS accounts
     FROM "Territory" t
     JOIN "SalesPlan" p ON p.id = t."salesPlanId" AND p.status = 'ACTIVE'
     JOIN "Account" a ON a."territoryId" = t.id
    WHERE t."organizationId" = $1 AND NOT EXISTS (SELECT 1 FROM "Territory" c WHERE c."parentId" = t.id)
    GROUP BY t.id, t.name ORDER BY accounts DESC, t.id LIMIT 1`,
  [org.id],
);
if (!territory) throw new Error('no territory with accounts in the active plan');
const [size] = await db.sql.query<{ accounts: number; products: number; owned: number; open_items: number }>(
  `SELECT (SELECT count(*)::int FROM "Account" WHERE "organizationId" = $1) AS accounts,
          (SELECT count(*)::int FROM "Product" WHERE "organizationId" = $1 AND active) AS products,
          (SELECT count(*)::int FROM "AccountProduct" WHERE "organizationId" = $1) AS owned,
          (SELECT count(*)::int FROM "OpportunityLineItem" li JOIN "Opportunity" o ON o.id = li."opportunityId"
            WHERE o."organizationId" = $1 AND o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')) AS open_items`,
  [org.id],
);

const ctx = adminContext(db, org);

const SUMMARY = parse(`{ whitespaceSummary(groupBy: PRODUCT) {
    total { accountCount ownedCount whitespaceCount totalEstimatedValue openPipeline }
    groups { product { name family } accountCount ownedCount penetration whitespaceCount totalEstimatedValue openPipeline } } }`);
const TOP = parse(`query($territory: ID!) { whitespaceOpportunities(scope: { territoryId: $territory }, first: 20) {
    totalCount edges { node { account { name industry segment } product { name } propensity estimatedValue
      evidence { peerCount owningPeerCount medianArr } } } } }`);

async function graphql(document: ReturnType<typeof parse>, variableValues?: Record<string, unknown>) {
  const result = await execute({ schema, document, contextValue: ctx, variableValues });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function sqlAlone(statement: Prisma.Sql) {
  return (await db.sql.query(statement.text, statement.values as unknown[])).length;
}

/** The service's query; warm: with the peer statistics the service remembered. */
const query = (scope: WhitespaceQuery['scope'], warm: boolean): WhitespaceQuery => ({
  organizationId: org.id,
  scope,
  // The default of the service and the graph: a product family is one column.
  granularity: 'family',
  families: null,
  minPropensity: null,
  accountOwners: WHOLE_ORGANIZATION,
  dealReps: WHOLE_ORGANIZATION,
  peerStats: warm ? cachedPeerStats(org.id, todayIso()) : null,
  asOf: todayIso(),
});

/** Runs `run` with the peer statistics forgotten; the call remembers them again. */
const cold = (run: () => Promise<unknown>) => () => {
  forgetPeerStats();
  return run();
};

interface Case {
  name: string;
  /** Median target of the GraphQL operation, in ms. */
  target: number;
  layers: [string, () => Promise<unknown>][];
}

const summaryGraphql = () => graphql(SUMMARY);
const summaryService = () => whitespaceSummary(ctx.prisma, org.id, { visibility: ORGANIZATION_WIDE }, 'product');
const topGraphql = () => graphql(TOP, { territory: toGlobalId('Territory', territory.id) });
const topService = () =>
  whitespaceOpportunities(
    ctx.prisma,
    org.id,
    { scope: { territoryId: territory.id }, visibility: ORGANIZATION_WIDE },
    { first: 20 },
  );
const topSql = (warm: boolean) => () =>
  sqlAlone(opportunitiesSql(query({ territoryId: territory.id }, warm), { after: null, limit: 21 }));

const cases: Case[] = [
  {
    name: 'whitespaceSummary by product, whole organization',
    target: 1000,
    layers: [
      ['GraphQL', summaryGraphql],
      ['service', summaryService],
      ['SQL alone', () => sqlAlone(summarySql(query({}, true), 'product'))],
      ['GraphQL cold', cold(summaryGraphql)],
      ['service cold', cold(summaryService)],
      ['SQL alone cold', () => sqlAlone(summarySql(query({}, false), 'product'))],
    ],
  },
  {
    name: `whitespaceOpportunities first 20, territory "${territory.name}" (${territory.accounts} accounts)`,
    target: 300,
    layers: [
      ['GraphQL', topGraphql],
      ['service', topService],
      ['SQL alone', topSql(true)],
      ['GraphQL cold', cold(topGraphql)],
      ['service cold', cold(topService)],
      ['SQL alone cold', topSql(false)],
    ],
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

console.log(
  `${db.location}: ${size?.accounts} accounts, ${size?.products} active products, ${size?.owned} installed products, ` +
    `${size?.open_items} open line items; ${WARMUP} warm-up + ${RUNS} runs per layer, interleaved`,
);
for (const c of cases) {
  const times = new Map<string, number[]>(c.layers.map(([name]) => [name, []]));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [name, run] of c.layers) {
      const started = performance.now();
      await run();
      if (i >= WARMUP) times.get(name)!.push(performance.now() - started);
    }
  }
  console.log(`\n${c.name}`);
  for (const [name, xs] of times) {
    console.log(
      `  ${name.padEnd(16)} median ${median(xs).toFixed(0).padStart(5)} ms   min ${Math.min(...xs)
        .toFixed(0)
        .padStart(5)}   max ${Math.max(...xs)
        .toFixed(0)
        .padStart(5)}`,
    );
  }
  const gql = median(times.get('GraphQL') ?? []);
  const ratio = gql / median(times.get('SQL alone') ?? []);
  console.log(
    `  GraphQL / SQL alone (warm) ${ratio.toFixed(2)}x; warm GraphQL median target < ${c.target} ms: ${gql < c.target ? 'met' : 'MISSED'}`,
  );
}

await db.close();
