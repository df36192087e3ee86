// Metrics at /metrics count what was asked (operations by name and outcome, refusals of the cost
// budget), and tracing, when given a provider, records a span per operation, per resolver and per
// SQL statement (PostgreSQL: statements are traced on the pool's connections).
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { createServer } from '../api/src/server.js';
import { startTracing, stopTracing } from '../api/src/shared/observability.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

async function givenKey(db: TestDatabase, slug: string): Promise<string> {
  const org = await db.prisma.organization.create({ data: { name: `Org ${slug}`, slug } });
  await db.prisma.product.create({
    data: { organizationId: org.id, name: 'Widget', family: 'Core', listPrice: '10.00' },
  });
  return (await issueApiKey(db.sql, { organizationId: org.id, name: 'metrics', scopes: ['admin'] })).token;
}

/** The value of one series in Prometheus' text format (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/metrics', () => {
  let db: TestDatabase;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    db = await createTestDatabase();
    // A budget of 5 points restored 1 a second: the sixth 1-point request in a row is refused.
    const server = createServer({
      db,
      graphiql: false,
      metrics: true,
      security: { cost: { bucket: { maximumAvailable: 5, restoreRate: 1 }, maxQueryCost: 5 } },
    });
    url = `http://127.0.0.1:${await server.listen(0)}`;
    close = () => server.close();
  });
  afterAll(async () => {
    await close?.();
    await db?.destroy();
  });

  it('counts operations by name and outcome, their latency, and budget refusals', async () => {
    const key = await givenKey(db, `metrics-${Date.now()}`);
    const ask = (query: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const before = await (await fetch(`${url}/metrics`)).text();
    const statuses: number[] = [];
    // Seven named operations of 1 point each: 5 answered, then refused (429) until points return.
    for (let i = 0; i < 7; i++) statuses.push((await ask('query MetricsOrg { organization { name } }')).status);
    // One with a field that does not exist: an error outcome, not a refusal.
    await ask('query MetricsBad { organization { nope } }');
    const after = await (await fetch(`${url}/metrics`)).text();
    const delta = (series: string) => sample(after, series) - sample(before, series);

    const ok = statuses.filter((s) => s === 200).length;
    const refused = statuses.filter((s) => s === 429).length;
    expect(ok + refused).toBe(7);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(delta('coxswain_graphql_requests_total{operation="MetricsOrg",outcome="ok"}')).toBe(ok);
    expect(delta('coxswain_graphql_requests_total{operation="MetricsOrg",outcome="error"}')).toBe(refused);
    expect(delta('coxswain_graphql_requests_total{operation="MetricsBad",outcome="error"}')).toBe(1);
    expect(delta('coxswain_graphql_request_duration_seconds_count{operation="MetricsOrg"}')).toBe(7);
    expect(delta('coxswain_rate_limit_refusals_total{reason="cost_budget"}')).toBe(refused);
    expect(after).toContain('coxswain_nested_read_fallbacks_total');
    if (db.kind === 'postgres')
      expect(after).toMatch(/coxswain_db_pool_connections\{pool="primary",state="total"\} \d/);
  });
});

describe('tracing', () => {
  let db: TestDatabase;
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(async () => {
    db = await createTestDatabase();
    startTracing(provider);
  });
  afterAll(async () => {
    stopTracing();
    await db?.destroy();
  });

  it('records the operation, its resolvers and, on PostgreSQL, its statements under it', async () => {
    const key = await givenKey(db, `tracing-${Date.now()}`);
    const server = createServer({ db, graphiql: false, metrics: false, tracing: provider });
    try {
      const port = await server.listen(0);
      exporter.reset();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Traced { products(first: 5) { edges { node { name } } } }' }),
      });
      const body = (await response.json()) as { data?: { products: { edges: { node: { name: string } }[] } } };
      expect(body.data?.products.edges.map((e) => e.node.name)).toEqual(['Widget']);
    } finally {
      await server.close();
    }
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === 'query.Traced');
    expect(operation, spans.map((s) => s.name).join(', ')).toBeDefined();
    const traceId = operation?.spanContext().traceId;
    const resolver = spans.find((s) => s.name === 'Query.products');
    expect(resolver?.spanContext().traceId).toBe(traceId);
    if (db.kind === 'postgres') {
      const statements = spans.filter((s) => s.name === 'db.statement' && s.spanContext().traceId === traceId);
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.some((s) => String(s.attributes['db.statement']).includes('"Product"'))).toBe(true);
    }
  });
});
