// Nested list page benchmark on the `large` dataset in PostgreSQL: the first 100 opportunities (by
// close date) with their account, owner, line items and each line's product, fetched five ways in
// the same run, interleaved:
//   1. coxswain: the `opportunities` GraphQL query executed against the real schema with a request
//      context (Pothos prisma plugin, the one-statement reader, resolvers, Decimal scalars; no HTTP);
//   2. coxswain-http: the same query over loopback HTTP to the real server (yoga, auth, limits);
//   3. naive: the same shape through test/bench/naive/schema.ts (one Prisma call per relation field);
//   4. postgraphile: PostGraphile 5 (amber preset) over the same database, executed in process;
//   5. sql: one hand-written statement with `pg` returning the same nested JSON.
// Reports median and p95 per variant, the statements per page, and the ratios; writes
// docs/benchmarks.svg (bar chart of the medians). The package script runs it with
// NODE_ENV=production, as the server runs in production (graphql-js and Pothos skip their
// development checks); PostGraphile runs in its production mode by default.
//
//   pnpm bench:compare [--runs 100] [--blocks] [--layers]
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/coxswain_large pnpm bench:compare
//
// Read-only: nothing is written to the (shared) database.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { SignJWT } from 'jose';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafast } from 'postgraphile/grafast';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { ORGANIZATION_WIDE } from '../../api/src/access/visibility.js';
import { openDatabase, POSTGRES_SESSION_OPTIONS } from '../../api/src/db/database.js';
import { schema } from '../../api/src/schema.js';
import { createServer } from '../../api/src/server.js';
import { buildContext } from '../../api/src/shared/context.js';
import { logger } from '../../api/src/shared/logger.js';
import { naiveRoot, naiveSchema } from './naive/schema.js';

// PostGraphile 5 declares Node >= 22 and calls Promise.withResolvers (Node 22); the project
// supports Node 20.19, so the benchmark supplies the standard method when it is missing.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    value<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    blocks: { type: 'boolean', default: false },
    layers: { type: 'boolean', default: false },
  },
});
// --blocks times each variant's rounds one after another instead of interleaved: each then runs
// with its own code hot and only its own garbage, the way a server serving one kind of request does.
const BLOCKS = values.blocks;
const RUNS = Number(values.runs);
const WARMUP = 3;
const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';

const db = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 4 });
const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
await client.connect();

const [org] = await db.sql.query<{
  id: number;
  slug: string;
  name: string;
  fiscalYearStartMonth: number;
  timeZone: string;
  currency: string;
}>('SELECT id, slug, name, "fiscalYearStartMonth", "timeZone", currency FROM "Organization" ORDER BY id LIMIT 1');
if (!org) throw new Error(`${db.location} has no organization; load it with the seed CLI (--size large)`);
const [size] = await db.sql.query<{ deals: number; lines: number; accounts: number; reps: number }>(
  `SELECT (SELECT count(*)::int FROM "Opportunity") AS deals, (SELECT count(*)::int FROM "OpportunityLineItem") AS lines,
          (SELECT count(*)::int FROM "Account") AS accounts, (SELECT count(*)::int FROM "Rep") AS reps`,
);

// PostGraphile v5 with its default (amber) preset, introspecting the same database: what a team
// might deploy instead of writing resolvers. Its own pool, the same session options.
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: url,
      schemas: ['public'],
      poolConfig: { max: 4, options: POSTGRES_SESSION_OPTIONS },
    }),
  ],
});
const { schema: pglSchema, resolvedPreset } = await pgl.getSchemaResult();

// The whole HTTP path (yoga, authentication, limits, cost, JSON) on loopback, in process. An API
// key would have to be written to the shared database, so the caller is an admin JWT signed with
// a secret made for this run (authentication only reads). The 100-deal page costs 1,302 points,
// above the default per-operation maximum of 1,000, so the limit is raised and no budget applies.
logger.level = 'warn';
const jwtSecret = randomBytes(32).toString('hex');
const server = createServer({
  db,
  graphiql: false,
  security: { jwt: { secret: jwtSecret }, cost: { maxQueryCost: 100_000, bucket: false } },
});
const port = await server.listen(0);
const jwt = await new SignJWT({ org: org.slug, scope: 'admin' })
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject('bench:compare')
  .setIssuedAt()
  .setExpirationTime('2h')
  .sign(new TextEncoder().encode(jwtSecret));

const ctx = () =>
  buildContext(
    db,
    { organizationId: org.id, principal: 'system:bench', repId: null, scopes: new Set(['admin']) },
    org,
    undefined,
    ORGANIZATION_WIDE,
  );

const PAGE_QUERY = `{ opportunities(first: 100) { edges { node {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`;
const PAGE = parse(PAGE_QUERY);
const PAGE_TEXT = JSON.stringify({ query: PAGE_QUERY });
const NAIVE = parse(`{ opportunities(first: 100) {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } }`);
const POSTGRAPHILE = `query ($org: Int!) { allOpportunities(first: 100, condition: { organizationId: $org },
    orderBy: [CLOSE_DATE_ASC, PRIMARY_KEY_ASC]) { nodes {
  rowId name amount stage closeDate
  accountByAccountId { rowId name industry }
  repByOwnerId { rowId name email }
  opportunityLineItemsByOpportunityId(orderBy: PRIMARY_KEY_ASC) { nodes {
    quantity unitPrice totalPrice productByProductId { rowId name family } } } } } }`;
type PglDeal = {
  name: string;
  opportunityLineItemsByOpportunityId: { nodes: { productByProductId: { name: string } }[] };
};
// The hand-written statement as a careful engineer writes it: the page once, each related table
// joined once (the line items of all 100 deals aggregated per deal), keyed JSON out. The first
// version read line items in a subquery per deal, as PostGraphile does; PostgreSQL then scanned
// Product once per line item: a median of 4.7 ms against 3.3 in pgbench (ten rounds of 200,
// planning included; docs/benchmarks.md).
const SQL = `
  WITH page AS (
    SELECT id, name, amount, stage, "closeDate", "accountId", "ownerId" FROM "Opportunity"
    WHERE "organizationId" = $1 ORDER BY "closeDate", id LIMIT 100),
  lines AS (
    SELECT l."opportunityId", json_agg(json_build_object('quantity', l.quantity::text, 'unitPrice', l."unitPrice"::text,
        'totalPrice', l."totalPrice"::text, 'product', json_build_object('id', p.id, 'name', p.name, 'family', p.family))
        ORDER BY l.id) AS items
    FROM "OpportunityLineItem" l JOIN "Product" p ON p.id = l."productId"
    WHERE l."opportunityId" IN (SELECT id FROM page) GROUP BY l."opportunityId")
  SELECT json_agg(json_build_object(
    'id', o.id, 'name', o.name, 'amount', o.amount::text, 'stage', o.stage, 'closeDate', o."closeDate",
    'account', json_build_object('id', a.id, 'name', a.name, 'industry', a.industry),
    'owner', json_build_object('id', r.id, 'name', r.name, 'email', r.email),
    'lineItems', coalesce(lines.items, '[]'))
    ORDER BY o."closeDate", o.id) AS page
  FROM page o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId"
  LEFT JOIN lines ON lines."opportunityId" = o.id`;

type Page = { name: string; lineItems: { product: { name: string } }[] }[];
const variants = {
  coxswain: async () => {
    const result = await execute({ schema, document: PAGE, contextValue: ctx() });
    if (result.errors) throw result.errors[0];
    const data = result.data as { opportunities: { edges: { node: Page[number] }[] } };
    return data.opportunities.edges.map((edge) => edge.node);
  },
  'coxswain-http': async () => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: PAGE_TEXT,
    });
    const result = (await response.json()) as {
      data?: { opportunities: { edges: { node: Page[number] }[] } };
      errors?: unknown[];
    };
    if (!response.ok || result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.opportunities.edges.map((edge) => edge.node);
  },
  naive: async () => {
    const result = await execute({ schema: naiveSchema, document: NAIVE, rootValue: naiveRoot(db.prisma, org.id) });
    if (result.errors) throw result.errors[0];
    return (result.data as { opportunities: Page }).opportunities;
  },
  postgraphile: async () => {
    const result = await grafast({
      schema: pglSchema,
      source: POSTGRAPHILE,
      variableValues: { org: org.id },
      resolvedPreset,
      requestContext: {},
    });
    if (!('data' in result) || result.errors) throw new Error(JSON.stringify((result as { errors?: unknown }).errors));
    const deals = (result.data as { allOpportunities: { nodes: PglDeal[] } }).allOpportunities.nodes;
    return deals.map((d) => ({
      name: d.name,
      lineItems: d.opportunityLineItemsByOpportunityId.nodes.map((l) => ({ product: l.productByProductId })),
    }));
  },
  sql: async () => (await client.query<{ page: Page }>(SQL, [org.id])).rows[0]?.page ?? [],
} satisfies Record<string, () => Promise<Page>>;

// The three must return the same page (same deals in the same order, same line products).
const shape = (page: Page) => JSON.stringify(page.map((o) => [o.name, o.lineItems.map((l) => l.product.name)]));
const reference = shape(await variants.sql());
const queries: Record<string, number | string> = {};
for (const [name, run] of Object.entries(variants)) {
  const before = db.queryCount();
  const page = await run();
  const prismaStatements = db.queryCount() - before;
  // Authentication's own statements (organization, visibility) go through db.sql, not Prisma.
  queries[name] =
    name === 'sql' || name === 'postgraphile'
      ? 1
      : name === 'coxswain-http'
        ? `${prismaStatements} + auth`
        : prismaStatements;
  if (page.length !== 100 || shape(page) !== reference) throw new Error(`${name} returned a different page`);
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const timeRound = async (name: string, run: () => Promise<unknown>, i: number) => {
  const start = performance.now();
  await run();
  if (i >= WARMUP) times[name]?.push(performance.now() - start);
};
if (BLOCKS) {
  for (const [name, run] of Object.entries(variants)) {
    for (let i = 0; i < WARMUP + RUNS; i++) await timeRound(name, run, i);
  }
} else {
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [name, run] of Object.entries(variants)) await timeRound(name, run, i);
  }
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
};
const stats = Object.fromEntries(
  Object.entries(times).map(([name, xs]) => [name, { median: quantile(xs, 0.5), p95: quantile(xs, 0.95) }]),
) as Record<string, { median: number; p95: number }>;

const f = (n: number) => n.toFixed(1);
console.log(
  `dataset: ${size?.deals} opportunities, ${size?.lines} line items, ${size?.accounts} accounts, ${size?.reps} reps`,
);
console.log(
  `runs: ${RUNS} per variant (after ${WARMUP} warm-up), ${BLOCKS ? 'one variant after another' : 'interleaved'}\n`,
);
console.log('| variant | median ms | p95 ms | queries per page | median / SQL |');
console.log('|---|---|---|---|---|');
for (const name of Object.keys(variants)) {
  const s = stats[name] as { median: number; p95: number };
  console.log(
    `| ${name} | ${f(s.median)} | ${f(s.p95)} | ${queries[name]} | ${(s.median / (stats.sql?.median ?? 1)).toFixed(2)}x |`,
  );
}
const cox = stats.coxswain?.median ?? 0;
console.log(`\nnaive / Coxswain: ${((stats.naive?.median ?? 0) / cox).toFixed(1)}x (target >= 5x)`);
console.log(`Coxswain / SQL: ${(cox / (stats.sql?.median ?? 1)).toFixed(2)}x (target <= 2x)`);
console.log(
  `Coxswain / PostGraphile: ${(cox / (stats.postgraphile?.median ?? 1)).toFixed(2)}x (target < 1x); over HTTP / SQL: ${((stats['coxswain-http']?.median ?? 0) / (stats.sql?.median ?? 1)).toFixed(2)}x`,
);

// --layers: where Coxswain's page spends its time, each layer timed alone in blocks of RUNS pages:
// the statement through the tenant client ($findManyNested with the arguments Pothos built for the
// page: the prepared statement on the pool, JSON.parse and rebuilding the rows), GraphQL execution
// with those rows in hand (planning, resolvers, serialisation; the reader answers from memory),
// and the whole.
if (values.layers) {
  type Nested = (model: string, args: unknown) => Promise<unknown[]>;
  const withReader = (reader: (real: Nested) => Nested) => {
    const context = ctx();
    const prisma = context.prisma as unknown as Record<string, unknown> & { $findManyNested: Nested };
    const real = prisma.$findManyNested.bind(prisma);
    const fake = reader(real);
    context.prisma = new Proxy(prisma, {
      get: (target, key) => (key === '$findManyNested' ? fake : target[key as string]),
    }) as typeof context.prisma;
    return context;
  };
  let pageArgs: unknown;
  await execute({
    schema,
    document: PAGE,
    contextValue: withReader((real) => (model, args) => {
      pageArgs = args;
      return real(model, args);
    }),
  });
  const rows = await ctx().prisma.$findManyNested<unknown>('Opportunity', pageArgs as Record<string, unknown>);
  const layerRuns: Record<string, () => Promise<unknown>> = {
    'statement and rows': () => ctx().prisma.$findManyNested('Opportunity', pageArgs as Record<string, unknown>),
    'execution with rows in hand': () =>
      execute({ schema, document: PAGE, contextValue: withReader(() => async () => [...rows]) }) as Promise<unknown>,
    'whole page': () => execute({ schema, document: PAGE, contextValue: ctx() }) as Promise<unknown>,
  };
  console.log(`\nCoxswain's layers, each alone in blocks of ${RUNS} pages:\n`);
  console.log('| layer | median ms | p95 ms |');
  console.log('|---|---|---|');
  for (const [name, run] of Object.entries(layerRuns)) {
    const xs: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const start = performance.now();
      await run();
      if (i >= WARMUP) xs.push(performance.now() - start);
    }
    console.log(`| ${name} | ${f(quantile(xs, 0.5))} | ${f(quantile(xs, 0.95))} |`);
  }
}

// Chart: horizontal bars of the medians, p95 as a tick.
const max = Math.max(...Object.values(stats).map((s) => s.p95));
const bars = Object.entries(stats)
  .map(([name, s], i) => {
    const y = 40 + i * 40;
    const w = (s.median / max) * 400;
    const p = 150 + (s.p95 / max) * 400;
    return `<text x="10" y="${y + 17}" font-size="14">${name}</text><rect x="150" y="${y}" width="${w.toFixed(1)}" height="24" fill="#4a7bd0"/><line x1="${p.toFixed(1)}" x2="${p.toFixed(1)}" y1="${y - 3}" y2="${y + 27}" stroke="#c33" stroke-width="2"/><text x="${(160 + Math.max(w, (s.p95 / max) * 400)).toFixed(1)}" y="${y + 17}" font-size="13">${f(s.median)} ms (p95 ${f(s.p95)})</text>`;
  })
  .join('\n');
// The chart is of the interleaved run, the figure docs/benchmarks.md reports first.
if (!BLOCKS) {
  writeFileSync(
    new URL('../../docs/benchmarks.svg', import.meta.url),
    `<svg xmlns="http://www.w3.org/2000/svg" width="780" height="${60 + Object.keys(stats).length * 40}" font-family="sans-serif">
<text x="10" y="22" font-size="15">Nested page: 100 opportunities with account, owner, line items, products (median; red tick = p95)</text>
${bars}
</svg>
`,
  );
}
await client.end();
await pgl.release();
await server.close();
await db.close();
