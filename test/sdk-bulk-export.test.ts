// The SDK's bulk export end to end (issue 16): a live server over HTTP (embedded database, or
// PostgreSQL with COXSWAIN_TEST_DB=postgres) runs the export as a background job, and
// - client.bulkExport returns the NDJSON file as a stream, reports progress, and the file holds
//   every deal with its account, owner and line items, compared with SQL over the same tables;
// - a document the server cannot run as an export is a UserErrorsError naming the field;
// - the BI example of sdk/README.md (`<!-- readme-example: bulk-export -->`) runs as written;
// - `pnpm export` (sdk/cli/export.ts, the root script) writes CSV and Parquet files, and draws its
//   progress bar when its standard error is a terminal (run under `script`, which gives it one);
// - a FAILED operation throws BulkOperationError with its errorCode (a scripted transport: a real
//   failure is test/bulk-*.test.ts's subject on the server side).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BulkWorker, startBulkWorker } from '../api/src/bulk/runner.js';
import { toGlobalId } from '../api/src/shared/ids.js';
import { Decimal } from '../api/src/shared/scalars.js';
import { type BulkExportProgress, BulkOperationError, createClient, UserErrorsError } from '../sdk/src/index.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

let db: TestDatabase;
let fx: CoreFixture;
let server: TestClient;
let endpoint: string;
let apiKey: string;
let scratch: string;
let worker: BulkWorker;

const QUERY = `{
  opportunities {
    edges {
      node {
        id
        name
        amount
        account { name }
        owner { name }
        lineItems { product { name } quantity unitPrice }
      }
    }
  }
}`;

interface DealRow {
  id: number;
  name: string;
  amount: string;
  account: string;
  owner: string;
  items: number;
}

/** The organization's deals by SQL, with their account, owner and number of line items. */
function dealsBySql(): Promise<DealRow[]> {
  return db.sql.query<DealRow>(
    `SELECT o.id, o.name, o.amount::text AS amount, a.name AS account, r.name AS owner,
            (SELECT count(*)::int FROM "OpportunityLineItem" li WHERE li."opportunityId" = o.id) AS items
       FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId"
      WHERE o."organizationId" = $1 ORDER BY o.id`,
    [fx.organizationId],
  );
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(root, 'test', '.bulk-export-'));
  // The job's working files and the stored exports, in this test's own folders.
  process.env.COXSWAIN_BULK_WORK_DIR = mkdtempSync(path.join(scratch, 'work-'));
  process.env.COXSWAIN_EXPORT_DIR = mkdtempSync(path.join(scratch, 'exports-'));
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 40);
  server = await createTestClient(db, { listen: true });
  endpoint = `${server.url}/graphql`;
  apiKey = (await server.adminKey()) as string;
  // The server process's job worker, as `pnpm start` runs it (api/src/main.ts); small pages and
  // frequent progress so that a 40-deal export reports progress on its way.
  worker = await startBulkWorker(db, { settings: { pageSize: 10, progressIntervalMs: 20 } });
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await db?.destroy();
  delete process.env.COXSWAIN_BULK_WORK_DIR;
  delete process.env.COXSWAIN_EXPORT_DIR;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('client.bulkExport against a live server', () => {
  it('returns every deal as NDJSON with its account, owner and line items, as SQL reads them', async () => {
    const client = createClient({ url: endpoint, apiKey });
    const progress: BulkExportProgress[] = [];
    const { operation, stream } = await client.bulkExport({
      query: QUERY,
      format: 'ndjson',
      pollIntervalMs: 50,
      onProgress: (p) => progress.push(p),
    });
    const text = await new Response(stream).text();
    const rows = text
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            name: string;
            amount: string;
            account: { name: string };
            owner: { name: string };
            lineItems: unknown[];
          },
      );
    const expected = await dealsBySql();
    expect(expected).toHaveLength(40);
    expect(
      rows
        .map((r) => [r.id, r.name, r.account.name, r.owner.name, r.lineItems.length])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      expected
        .map((e) => [toGlobalId('Opportunity', e.id), e.name, e.account, e.owner, e.items])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const amounts = new Map(expected.map((e) => [toGlobalId('Opportunity', e.id), e.amount]));
    for (const r of rows) expect(new Decimal(r.amount).equals(new Decimal(amounts.get(r.id) as string))).toBe(true);
    // The operation's counts and size describe the file that came.
    const items = expected.reduce((n, e) => n + e.items, 0);
    expect(operation).toMatchObject({ status: 'COMPLETED', format: 'NDJSON', rootObjectCount: 40 });
    expect(operation.objectCount).toBeGreaterThanOrEqual(40 + items);
    expect(operation.fileSize).toBe(Buffer.byteLength(text));
    // Progress came after every poll and ended with the finished counts.
    expect(progress.at(-1)).toEqual({
      status: 'COMPLETED',
      objectCount: operation.objectCount,
      rootObjectCount: 40,
    });
  });

  it('refuses a document with two root connections as a UserErrorsError naming the field', async () => {
    const client = createClient({ url: endpoint, apiKey });
    const error = await client
      .bulkExport({ query: '{ opportunities { edges { node { id } } } accounts { edges { node { id } } } }' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrorsError);
    expect((error as UserErrorsError).field?.[0]).toBe('input');
  });

  it('refuses an unknown format as a UserErrorsError naming input.format', async () => {
    const client = createClient({ url: endpoint, apiKey });
    const error = await client
      .bulkExport({ query: '{ opportunities { edges { node { id } } } }', format: 'xml' as 'csv' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrorsError);
    expect((error as UserErrorsError).field).toEqual(['input', 'format']);
    expect((error as UserErrorsError).message).toMatch(/format must be one of NDJSON, CSV, PARQUET; got XML/);
  });
});

describe('the README BI example', () => {
  it('runs as written and writes every deal to deals.parquet', async () => {
    const readme = readFileSync(path.join(root, 'sdk/README.md'), 'utf8');
    const code = /<!-- readme-example: bulk-export -->\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    const file = path.join(scratch, 'bulk-export.ts');
    writeFileSync(file, code as string);
    process.env.COXSWAIN_URL = endpoint;
    process.env.COXSWAIN_API_KEY = apiKey;
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args.join(' '));
    });
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      await import(file);
    } finally {
      process.chdir(cwd);
      log.mockRestore();
      delete process.env.COXSWAIN_URL;
      delete process.env.COXSWAIN_API_KEY;
    }
    const parquet = readFileSync(path.join(scratch, 'deals.parquet'));
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    const expected = await dealsBySql();
    expect(printed.at(-1)).toBe(`${expected.length} deals, ${parquet.length} bytes`);
  });
});

describe('pnpm export', () => {
  const cli = path.join(root, 'sdk/cli/export.ts');
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const env = () => ({ ...process.env, COXSWAIN_URL: endpoint, COXSWAIN_API_KEY: apiKey });

  it('is the root package.json script', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.export).toBe('tsx sdk/cli/export.ts');
  });

  it('writes CSV: a header and one line per deal', async () => {
    const query = path.join(scratch, 'deals.graphql');
    writeFileSync(query, QUERY);
    const out = path.join(scratch, 'deals.csv');
    const { stderr } = await run(
      tsx,
      [cli, '--query', query, '--format', 'csv', '--out', out, '--poll-interval-ms', '50'],
      {
        env: env(),
      },
    );
    const lines = readFileSync(out, 'utf8').trimEnd().split(/\r?\n/);
    const expected = await dealsBySql();
    // Deal names hold no line breaks: one line per deal after the header.
    expect(lines).toHaveLength(1 + expected.length);
    expect(stderr).toContain(`${expected.length} rows`);
  });

  it('writes Parquet (named by the extension), and draws its progress bar on a terminal', async () => {
    const query = path.join(scratch, 'deals.graphql');
    writeFileSync(query, QUERY);
    const out = path.join(scratch, 'deals.parquet');
    // `script` runs the command on a pseudo-terminal, as a person at a shell would.
    const command = [tsx, cli, '--query', query, '--out', out, '--poll-interval-ms', '50'].join(' ');
    const { stdout } = await run('script', ['-qec', command, '/dev/null'], { env: env() });
    const file = readFileSync(out);
    expect(file.subarray(0, 4).toString()).toBe('PAR1');
    expect(file.subarray(-4).toString()).toBe('PAR1');
    expect(stdout).toMatch(/export\s+\|[█░]+\| 40\/40 rows COMPLETED/);
    expect(stdout).toContain(`${statSync(out).size}/${statSync(out).size} bytes`);
  });
});

describe('bulkExport on a failed operation', () => {
  it('throws BulkOperationError carrying the errorCode', async () => {
    // A scripted server: the export is accepted, runs once, then FAILED with QUERY_FAILED.
    const answers = [
      { bulkOperationRunQuery: { bulkOperation: { id: 'op1', status: 'CREATED' }, userErrors: [] } },
      { bulkOperation: { id: 'op1', status: 'RUNNING', objectCount: 10, rootObjectCount: 5 } },
      {
        bulkOperation: { id: 'op1', status: 'FAILED', objectCount: 10, rootObjectCount: 5, errorCode: 'QUERY_FAILED' },
      },
    ];
    const scripted: typeof fetch = async () => Response.json({ data: answers.shift() });
    const client = createClient({ url: 'http://coxswain.test/graphql', apiKey: 'k', fetch: scripted });
    const seen: string[] = [];
    const error = await client
      .bulkExport({ query: QUERY, pollIntervalMs: 1, onProgress: (p) => seen.push(p.status) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkOperationError);
    expect(error).toMatchObject({ operationId: 'op1', errorCode: 'QUERY_FAILED', status: 'FAILED' });
    expect(seen).toEqual(['RUNNING', 'FAILED']);
  });
});
