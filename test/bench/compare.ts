// Nested list page benchmark on the `large` dataset in PostgreSQL: the first 100 opportunities (by
// close date) with their account, owner, line items and each line's product, fetched five ways in
// the same run, interleaved round by round:
//   1. coxswain: the `opportunities` GraphQL query executed against the real schema with a request
//      context (Pothos prisma plugin, the one-statement reader, resolvers, Decimal scalars; no HTTP);
//   2. coxswain-http: the same query over loopback HTTP to the real server (yoga, auth, limits);
//   3. naive: the same shape through test/bench/naive/schema.ts (one Prisma call per relation field);
//   4. postgraphile: PostGraphile 5 (amber preset) over the same database, executed in process;
//   5. sql: one hand-written statement with `pg` returning the same nested JSON;
//   6. coxswain-rls: 1. with row-level security (db/row-security.ts, COXSWAIN_ROW_SECURITY=on):
//      each statement in a transaction as the non-owner role with the organization set.
// Each variant runs in its own worker thread, so in its own V8 heap with its own garbage collector,
// as it would in its own server: in one shared heap, the garbage of one variant (the naive one's
// 461 queries a page) was collected during whichever variant ran next. The main thread only
// orders the rounds; each worker times its own page.
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
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import pg from 'pg';
import { POSTGRES_SESSION_OPTIONS } from '../../api/src/db/session.js';

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coxswain_large';
const WARMUP = 3;
const NAMES = ['coxswain', 'coxswain-http', 'naive', 'postgraphile', 'sql', 'coxswain-rls'] as const;
type Name = (typeof NAMES)[number];

interface Organization {
  id: number;
  slug: string;
  name: string;
  fiscalYearStartMonth: number;
  timeZone: string;
  currency: string;
}

const PAGE_QUERY = `{ opportunities(first: 100) { edges { node {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } } } }`;
const PAGE_TEXT = JSON.stringify({ query: PAGE_QUERY });
const NAIVE_QUERY = `{ opportunities(first: 100) {
  id name amount stage closeDate
  account { id name industry }
  owner { id name email }
  lineItems { quantity unitPrice totalPrice product { id name family } } } }`;
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
type PageEdges = { opportunities: { edges: { node: Page[number] }[] } };

/** Deals in order with their line products: every variant must return the same. */
const shape = (page: Page) => JSON.stringify(page.map((o) => [o.name, o.lineItems.map((l) => l.product.name)]));

interface Variant {
  run(): Promise<Page>;
  /** Statements one page sends. */
  statements(): Promise<number | string>;
  close(): Promise<void>;
}

/** Sets up one variant, importing only what it uses, in the worker that runs it. */
async function setup(name: Name, org: Organization): Promise<Variant> {
  if (name === 'sql') {
    const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
    await client.connect();
    return {
      run: async () => (await client.query<{ page: Page }>(SQL, [org.id])).rows[0]?.page ?? [],
      statements: async () => 1,
      close: () => client.end(),
    };
  }
  if (name === 'postgraphile') {
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
    const { postgraphile } = await import('postgraphile');
    const { makePgService } = await import('postgraphile/adaptors/pg');
    const { grafast } = await import('postgraphile/grafast');
    const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
    // PostGraphile v5 with its default (amber) preset, introspecting the same database: what a
    // team might deploy instead of writing resolvers. Its own pool, the same session options.
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
    const { schema, resolvedPreset } = await pgl.getSchemaResult();
    return {
      run: async () => {
        const result = await grafast({
          schema,
          source: POSTGRAPHILE,
          variableValues: { org: org.id },
          resolvedPreset,
          requestContext: {},
        });
        if (!('data' in result) || result.errors)
          throw new Error(JSON.stringify((result as { errors?: unknown }).errors));
        const deals = (result.data as { allOpportunities: { nodes: PglDeal[] } }).allOpportunities.nodes;
        return deals.map((d) => ({
          name: d.name,
          lineItems: d.opportunityLineItemsByOpportunityId.nodes.map((l) => ({ product: l.productByProductId })),
        }));
      },
      statements: async () => 1,
      close: async () => {
        await pgl.release();
      },
    };
  }
  const { openDatabase } = await import('../../api/src/db/database.js');
  const { execute, parse } = await import('graphql');
  const db = await openDatabase({
    databaseUrl: url,
    migrate: false,
    poolSize: 4,
    rowSecurity: name === 'coxswain-rls',
  });
  const counted = (run: () => Promise<Page>) => async () => {
    const before = db.queryCount();
    await run();
    return db.queryCount() - before;
  };
  if (name === 'naive') {
    const { naiveRoot, naiveSchema } = await import('./naive/schema.js');
    const document = parse(NAIVE_QUERY);
    const run = async () => {
      const result = await execute({ schema: naiveSchema, document, rootValue: naiveRoot(db.prisma, org.id) });
      if (result.errors) throw result.errors[0];
      return (result.data as { opportunities: Page }).opportunities;
    };
    return { run, statements: counted(run), close: () => db.close() };
  }
  if (name === 'coxswain' || name === 'coxswain-rls') {
    const { schema } = await import('../../api/src/schema.js');
    const { adminContext } = await import('./admin-context.js');
    const document = parse(PAGE_QUERY);
    const run = async () => {
      const result = await execute({ schema, document, contextValue: adminContext(db, org) });
      if (result.errors) throw result.errors[0];
      return (result.data as PageEdges).opportunities.edges.map((edge) => edge.node);
    };
    return { run, statements: counted(run), close: () => db.close() };
  }
  // The whole HTTP path (yoga, authentication, limits, cost, JSON) on loopback, in the worker. An
  // API key would have to be written to the shared database, so the caller is an admin JWT signed
  // with a secret made for this run (authentication only reads). The 100-deal page costs 1,302
  // points, above the default per-operation maximum of 1,000, so the limit is raised and no
  // budget applies.
  const { createServer } = await import('../../api/src/server.js');
  const { logger } = await import('../../api/src/shared/logger.js');
  const { SignJWT } = await import('jose');
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
  const run = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: PAGE_TEXT,
    });
    const result = (await response.json()) as { data?: PageEdges; errors?: unknown[] };
    if (!response.ok || result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.opportunities.edges.map((edge) => edge.node);
  };
  return {
    run,
    // Authentication's own statements (organization, visibility) go through db.sql, not Prisma.
    statements: async () => `${await counted(run)()} + auth`,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

type Request = { cmd: 'init'; org: Organization } | { cmd: 'rounds'; count: number } | { cmd: 'close' };
type Reply = { shape: string; length: number; statements: number | string } | { times: number[] } | { closed: true };

if (!isMainThread) {
  // A variant's worker: sets up, answers with its page's shape, then times rounds on request.
  const port = parentPort as NonNullable<typeof parentPort>;
  let variant: Variant | undefined;
  port.on('message', async (request: Request) => {
    if (request.cmd === 'init') {
      variant = await setup(workerData.name as Name, request.org);
      const page = await variant.run();
      port.postMessage({ shape: shape(page), length: page.length, statements: await variant.statements() });
    } else if (request.cmd === 'rounds') {
      const times: number[] = [];
      for (let i = 0; i < request.count; i++) {
        const start = performance.now();
        await variant?.run();
        times.push(performance.now() - start);
      }
      port.postMessage({ times });
    } else {
      await variant?.close();
      port.postMessage({ closed: true });
    }
  });
} else {
  await main();
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '100' },
      blocks: { type: 'boolean', default: false },
      layers: { type: 'boolean', default: false },
    },
  });
  // --blocks times each variant's rounds one after another instead of interleaved: each then runs
  // with its code and the database's caches hot for it alone, the way a server serving one kind of
  // request does.
  const BLOCKS = values.blocks;
  const RUNS = Number(values.runs);

  const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
  await client.connect();
  const org = (
    await client.query<Organization>(
      'SELECT id, slug, name, "fiscalYearStartMonth", "timeZone", currency FROM "Organization" ORDER BY id LIMIT 1',
    )
  ).rows[0];
  if (!org) throw new Error(`${url} has no organization; load it with the seed CLI (--size large)`);
  const size = (
    await client.query<{ deals: number; lines: number; accounts: number; reps: number }>(
      `SELECT (SELECT count(*)::int FROM "Opportunity") AS deals, (SELECT count(*)::int FROM "OpportunityLineItem") AS lines,
              (SELECT count(*)::int FROM "Account") AS accounts, (SELECT count(*)::int FROM "Rep") AS reps`,
    )
  ).rows[0];
  await client.end();

  // A worker does not inherit tsx's loader: it registers it, then loads this file.
  const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
    register();
    return import(${JSON.stringify(import.meta.url)});
  });`;
  const workers = new Map(NAMES.map((name) => [name, new Worker(BOOT, { eval: true, workerData: { name } })]));
  const ask = (name: Name, request: Request) =>
    new Promise<Reply>((resolve, reject) => {
      const worker = workers.get(name) as Worker;
      const onError = (error: Error) => reject(error);
      worker.once('error', onError);
      worker.once('message', (reply: Reply) => {
        worker.off('error', onError);
        resolve(reply);
      });
      worker.postMessage(request);
    });

  // All must return the same page (same deals in the same order, same line products).
  const queries: Record<string, number | string> = {};
  const shapes: Record<string, string> = {};
  for (const name of NAMES) {
    const reply = (await ask(name, { cmd: 'init', org })) as Extract<Reply, { shape: string }>;
    if (reply.length !== 100) throw new Error(`${name} returned ${reply.length} deals`);
    queries[name] = reply.statements;
    shapes[name] = reply.shape;
  }
  for (const name of NAMES) if (shapes[name] !== shapes.sql) throw new Error(`${name} returned a different page`);

  const times: Record<string, number[]> = Object.fromEntries(NAMES.map((name) => [name, []]));
  const rounds = async (name: Name, count: number) => {
    const reply = (await ask(name, { cmd: 'rounds', count })) as { times: number[] };
    times[name]?.push(...reply.times);
  };
  if (BLOCKS) {
    for (const name of NAMES) {
      await ask(name, { cmd: 'rounds', count: WARMUP });
      await rounds(name, RUNS);
    }
  } else {
    for (let i = 0; i < WARMUP; i++) for (const name of NAMES) await ask(name, { cmd: 'rounds', count: 1 });
    for (let i = 0; i < RUNS; i++) for (const name of NAMES) await rounds(name, 1);
  }
  for (const name of NAMES) {
    await ask(name, { cmd: 'close' });
    await workers.get(name)?.terminate();
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
    `runs: ${RUNS} per variant (after ${WARMUP} warm-up), each in its own worker, ${BLOCKS ? 'one variant after another' : 'interleaved'}\n`,
  );
  console.log('| variant | median ms | p95 ms | queries per page | median / SQL |');
  console.log('|---|---|---|---|---|');
  for (const name of NAMES) {
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

  console.log(
    `Coxswain with row-level security / without: ${((stats['coxswain-rls']?.median ?? 0) / cox).toFixed(2)}x; with it / PostGraphile: ${((stats['coxswain-rls']?.median ?? 0) / (stats.postgraphile?.median ?? 1)).toFixed(2)}x`,
  );

  if (values.layers) await layers(org, RUNS, quantile);

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
}

// --layers: where Coxswain's page spends its time, each layer timed alone in blocks of RUNS pages
// (in the main thread, after the workers are gone): the statement through the tenant client
// ($findManyNested with the arguments Pothos built for the page: the prepared statement on the
// pool, JSON.parse and rebuilding the rows), GraphQL execution with those rows in hand (planning,
// resolvers, serialisation; the reader answers from memory), and the whole.
async function layers(org: Organization, runs: number, quantile: (xs: number[], q: number) => number) {
  const { openDatabase } = await import('../../api/src/db/database.js');
  const { execute, parse } = await import('graphql');
  const { schema } = await import('../../api/src/schema.js');
  const db = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 4 });
  const { adminContext } = await import('./admin-context.js');
  const pageContext = () => adminContext(db, org);
  const document = parse(PAGE_QUERY);
  type Nested = (model: string, args: unknown) => Promise<unknown[]>;
  const withReader = (reader: (real: Nested) => Nested) => {
    const context = pageContext();
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
    document,
    contextValue: withReader((real) => (model, args) => {
      pageArgs = args;
      return real(model, args);
    }),
  });
  const prisma = () => pageContext().prisma;
  const rows = await prisma().$findManyNested<unknown>('Opportunity', pageArgs as Record<string, unknown>);
  const layerRuns: Record<string, () => Promise<unknown>> = {
    'statement and rows': () => prisma().$findManyNested('Opportunity', pageArgs as Record<string, unknown>),
    'execution with rows in hand': () =>
      execute({ schema, document, contextValue: withReader(() => async () => [...rows]) }) as Promise<unknown>,
    'whole page': () => execute({ schema, document, contextValue: pageContext() }) as Promise<unknown>,
  };
  console.log(`\nCoxswain's layers, each alone in blocks of ${runs} pages:\n`);
  console.log('| layer | median ms | p95 ms |');
  console.log('|---|---|---|');
  for (const [name, run] of Object.entries(layerRuns)) {
    const xs: number[] = [];
    for (let i = 0; i < WARMUP + runs; i++) {
      const start = performance.now();
      await run();
      if (i >= WARMUP) xs.push(performance.now() - start);
    }
    console.log(`| ${name} | ${quantile(xs, 0.5).toFixed(1)} | ${quantile(xs, 0.95).toFixed(1)} |`);
  }
  await db.close();
}
