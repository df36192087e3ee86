// Bulk operations (issue 16) end to end on the selected database: validation of the submitted
// document, the job on the real queue, files checked against SQL over the same rows, tenant and
// hierarchy visibility, the concurrency limit under concurrent submissions, cancel, a query that
// fails mid-way, a revoked key, and the scheduled clean-up of expired files.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../api/src/access/api-keys.js';
import { type BulkRunner, type BulkWorker, createBulkRunner, startBulkWorker } from '../api/src/bulk/runner.js';
import { localExportStorage, signDownload } from '../api/src/bulk/storage.js';
import { openDatabase } from '../api/src/db/database.js';
import { outsideOrganization } from '../api/src/db/row-security.js';
import { createTestDatabase, selectedBackend, type TestDatabase } from './support/databases.js';
import { buildCoreFixture, type CoreFixture } from './support/fixture.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const EXPORT_QUERY = `{
  opportunities {
    edges { node { id name amount closeDate account { name } owner { name } lineItems { quantity totalPrice product { name } } } }
  }
}`;

const RUN = `mutation Run($query: String!, $format: BulkOperationFormat) {
  bulkOperationRunQuery(input: { query: $query, format: $format }) {
    bulkOperation { id status format }
    userErrors { code field message }
  }
}`;
const GET = `query Get($id: ID!) {
  bulkOperation(id: $id) { id status errorCode objectCount rootObjectCount fileSize url urlExpiresAt completedAt }
}`;
const CANCEL = `mutation Cancel($id: ID!) {
  bulkOperationCancel(input: { id: $id }) { bulkOperation { id status } userErrors { code field message } }
}`;

interface RunResult {
  bulkOperationRunQuery: {
    bulkOperation: { id: string; status: string } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}
interface Operation {
  id: string;
  status: string;
  errorCode: string | null;
  objectCount: number;
  rootObjectCount: number;
  fileSize: number | null;
  url: string | null;
}

let db: TestDatabase;
let fx: CoreFixture;
let client: TestClient;
let workDir: string;
let exportDir: string;
const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'bulkcore-work-'));
  exportDir = mkdtempSync(path.join(tmpdir(), 'bulkcore-exports-'));
  process.env.COXSWAIN_EXPORT_DIR = exportDir;
  process.env.COXSWAIN_BULK_WORK_DIR = workDir;
  db = await createTestDatabase();
  fx = await buildCoreFixture(db.prisma, 12);
  // A deal owned outside Mona's team but crediting Ada (Mona's rep) with a split: Mona sees it.
  const [cyDeal] = await db.sql.query<{ id: number }>(
    `SELECT id FROM "Opportunity" WHERE "organizationId" = $1 AND "ownerId" = $2 ORDER BY id LIMIT 1`,
    [fx.organizationId, fx.reps[2]],
  );
  await db.sql.query(
    `INSERT INTO "OpportunitySplit" ("organizationId", "opportunityId", "repId", percent, "splitType") VALUES ($1, $2, $3, 0.5, 'REVENUE')`,
    [fx.organizationId, cyDeal?.id, fx.reps[0]],
  );
  client = await createTestClient(db, { listen: true });
}, 60_000);

afterAll(async () => {
  await client?.close();
  await db?.destroy();
  rmSync(workDir, { recursive: true, force: true });
  rmSync(exportDir, { recursive: true, force: true });
});

async function submit(query: string, format?: string, key?: string) {
  const headers = key ? { authorization: `Bearer ${key}` } : undefined;
  const res = await client.request<RunResult>(RUN, { query, format }, headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return (res.data as RunResult).bulkOperationRunQuery;
}

async function get(id: string, key?: string): Promise<Operation | null> {
  const res = await client.request<{ bulkOperation: Operation | null }>(
    GET,
    { id },
    key ? { authorization: `Bearer ${key}` } : undefined,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.bulkOperation ?? null;
}

async function until(id: string, done: (op: Operation) => boolean, key?: string, ms = 30_000): Promise<Operation> {
  const deadline = Date.now() + ms;
  for (;;) {
    const op = await get(id, key);
    if (op && done(op)) return op;
    if (Date.now() > deadline) throw new Error(`operation ${id} still ${op?.status}`);
    await sleep(100);
  }
}

async function download(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return res.text();
}

describe('bulkOperationRunQuery refuses documents it cannot run, naming the field', () => {
  const refused = async (query: string) => {
    const out = await submit(query);
    expect(out.bulkOperation).toBeNull();
    expect(out.userErrors).toHaveLength(1);
    expect(out.userErrors[0]?.field).toEqual(['input', 'query']);
    return out.userErrors[0]?.message ?? '';
  };

  it('no connection at the root', async () => {
    expect(await refused('{ viewer { principal } }')).toMatch(/not a connection/);
  });
  it('two root connections', async () => {
    expect(await refused('{ opportunities { edges { node { id } } } accounts { edges { node { id } } } }')).toMatch(
      /exactly one connection field; it has 2/,
    );
  });
  it('a mutation', async () => {
    expect(await refused('mutation { bulkOperationCancel(input: { id: "x" }) { userErrors { code } } }')).toMatch(
      /this document is a mutation/,
    );
  });
  it('lists nested too deep', async () => {
    // opportunities > account > opportunities > splits > rep > opportunities: three list levels below the root nodes.
    expect(
      await refused(
        '{ opportunities { edges { node { account { opportunities { edges { node { splits { rep { opportunities { edges { node { id } } } } } } } } } } } } }',
      ),
    ).toMatch(/nested 3 deep below the root nodes; at most 2/);
  });
  it('fields nested too deep', async () => {
    // opportunities > edges > node > owner > manager x8 > name: 13 fields deep, no list below the root nodes.
    const deep = (managers: number) =>
      `{ opportunities { edges { node { owner { ${'manager { '.repeat(managers)}name${' }'.repeat(managers)} } } } } }`;
    expect(await refused(deep(8))).toMatch(/13 fields deep; at most 12/);
    // One manager less is 12 deep: accepted (and canceled, to stay under the concurrency limit).
    const ok = await submit(deep(7));
    expect(ok.userErrors).toEqual([]);
    await client.request(CANCEL, { id: ok.bulkOperation?.id });
  });
  it('paging arguments on the root, unknown fields, syntax errors, variables', async () => {
    expect(await refused('{ opportunities(first: 10) { edges { node { id } } } }')).toMatch(/remove `first`/);
    expect(await refused('{ opportunities { edges { node { nope } } } }')).toMatch(/Cannot query field "nope"/);
    expect(await refused('{ opportunities { edges { node { id }')).toMatch(/does not parse/);
    expect(await refused('query Q($n: Int) { opportunities { edges { node { id } } } }')).toMatch(/no variables/);
  });
  it('a query the caller lacks the scope for: FORBIDDEN, naming the scope', async () => {
    const { token } = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'people only',
      scopes: ['read:people'],
    });
    const out = await submit('{ opportunities { edges { node { id } } } }', undefined, token);
    expect(out.userErrors).toEqual([
      expect.objectContaining({
        code: 'FORBIDDEN',
        field: ['input', 'query'],
        message: expect.stringMatching(/read:pipeline/),
      }),
    ]);
  });
  it('an unknown format: a userError naming input.format, nothing written', async () => {
    const count = async () =>
      ((await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "BulkOperation"'))[0] as { n: number }).n;
    const before = await count();
    const expected = [
      { code: 'INVALID', field: ['input', 'format'], message: 'format must be one of NDJSON, CSV, PARQUET; got XML' },
    ];
    // As a variable of the enum's type (what the SDK and the CLI send).
    const byVariable = await submit(EXPORT_QUERY, 'XML');
    expect(byVariable).toEqual({ bulkOperation: null, userErrors: expected });
    // As an enum literal in the document.
    const literal = await client.request<RunResult>(
      `mutation { bulkOperationRunQuery(input: { query: "{ opportunities { edges { node { id } } } }", format: XML }) { bulkOperation { id } userErrors { code field message } } }`,
    );
    expect(literal.errors).toBeUndefined();
    expect(literal.data?.bulkOperationRunQuery).toEqual({ bulkOperation: null, userErrors: expected });
    // A known name in the wrong case is unknown too: enum values are case-sensitive.
    expect((await submit(EXPORT_QUERY, 'parquet')).userErrors[0]?.field).toEqual(['input', 'format']);
    // A value of another kind than a name is a type error, which GraphQL refuses before the mutation runs.
    const quoted = await client.request(
      `mutation { bulkOperationRunQuery(input: { query: "{ opportunities { edges { node { id } } } }", format: "CSV" }) { userErrors { code } } }`,
    );
    expect(quoted.data).toBeUndefined();
    expect(quoted.errors?.[0]?.message).toMatch(/Enum "BulkOperationFormat" cannot represent non-enum value/);
    expect(await count()).toBe(before);
  });
});

describe('an export on the job queue', () => {
  let worker: BulkWorker;
  beforeAll(async () => {
    worker = await startBulkWorker(db, { settings: { pageSize: 5, progressIntervalMs: 50 } });
  });
  afterAll(async () => {
    await worker?.stop();
  });

  it('writes every deal of the organization with its account, owner and line items, as SQL reads them', async () => {
    const out = await submit(EXPORT_QUERY, 'NDJSON');
    expect(out.userErrors).toEqual([]);
    const op = await until(out.bulkOperation?.id as string, (o) => o.status === 'COMPLETED' || o.status === 'FAILED');
    expect(op.status).toBe('COMPLETED');
    const expected = await db.sql.query<{
      id: number;
      name: string;
      amount: string;
      account: string;
      owner: string;
      items: number;
    }>(
      `SELECT o.id, o.name, o.amount::text, a.name AS account, r.name AS owner,
              (SELECT count(*)::int FROM "OpportunityLineItem" li WHERE li."opportunityId" = o.id) AS items
         FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "Rep" r ON r.id = o."ownerId"
        WHERE o."organizationId" = $1 ORDER BY o.id`,
      [fx.organizationId],
    );
    const text = await download(op.url as string);
    const rows = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const got = rows
      .map((r) => ({
        id: rowId(r.id),
        name: r.name,
        amount: r.amount,
        account: r.account.name,
        owner: r.owner.name,
        items: r.lineItems.length,
      }))
      .sort((a, b) => a.id - b.id);
    expect(got).toEqual(expected.map((e) => ({ ...e, amount: Number(e.amount).toFixed(2) })));
    const items = expected.reduce((n, e) => n + e.items, 0);
    // Objects: each deal, its account, its owner, each line item and its product.
    expect(op.rootObjectCount).toBe(expected.length);
    expect(op.objectCount).toBe(expected.length * 3 + items * 2);
    expect(op.fileSize).toBe(Buffer.byteLength(text));
  });

  it("a rep-bound key's export holds exactly the deals the rep sees: owned or credited within the subtree", async () => {
    const manager = fx.managers[0] as number;
    const { token } = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'Mona BI',
      scopes: ['read:pipeline', 'read:accounts', 'read:people'],
      repId: manager,
    });
    const out = await submit('{ opportunities { edges { node { id lineItems { totalPrice } } } } }', 'NDJSON', token);
    expect(out.userErrors).toEqual([]);
    const op = await until(out.bulkOperation?.id as string, (o) => o.status === 'COMPLETED', token);
    const expected = await db.sql.query<{ id: number }>(
      `WITH RECURSIVE tree(id) AS (
         SELECT id FROM "Rep" WHERE "organizationId" = $1 AND id = $2
         UNION SELECT r.id FROM "Rep" r JOIN tree t ON r."managerId" = t.id WHERE r."organizationId" = $1)
       SELECT o.id FROM "Opportunity" o
        WHERE o."organizationId" = $1
          AND (o."ownerId" IN (SELECT id FROM tree)
               OR EXISTS (SELECT 1 FROM "OpportunitySplit" s WHERE s."opportunityId" = o.id AND s."repId" IN (SELECT id FROM tree)))
        ORDER BY o.id`,
      [fx.organizationId, manager],
    );
    const ids = (await download(op.url as string))
      .trim()
      .split('\n')
      .map((l) => rowId(JSON.parse(l).id))
      .sort((a, b) => a - b);
    expect(ids).toEqual(expected.map((e) => e.id));
    // The split-credited deal owned outside the team is among them.
    expect(expected.length).toBeGreaterThan(0);
    // Another caller of the organization (not admin) does not see this operation.
    const { token: other } = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'someone else',
      scopes: ['read:pipeline'],
    });
    expect(await get(op.id, other)).toBeNull();
    // The admin does.
    expect((await get(op.id))?.status).toBe('COMPLETED');
  });
});

describe('faults and limits', () => {
  let runner: BulkRunner;
  beforeAll(() => {
    runner = createBulkRunner(db, { settings: { pageSize: 2, progressIntervalMs: 20, workDir } });
  });

  it("another organization's operation id: not found", async () => {
    const { token } = await issueApiKey(db.sql, {
      organizationId: fx.otherOrganizationId,
      name: 'other admin',
      scopes: ['admin'],
    });
    const out = await submit('{ opportunities { edges { node { id } } } }', 'NDJSON', token);
    const id = out.bulkOperation?.id as string;
    expect(await get(id)).toBeNull();
    const node = await client.request<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(node.data?.node).toBeNull();
    const cancel = await client.request<{ bulkOperationCancel: { userErrors: { code: string; field: string[] }[] } }>(
      CANCEL,
      { id },
    );
    expect(cancel.data?.bulkOperationCancel.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] }),
    ]);
    // Its own organization's admin sees it.
    expect((await get(id, token))?.id).toBe(id);
    await client.request(CANCEL, { id }, { authorization: `Bearer ${token}` });
  });

  it('concurrent submissions over the limit: exactly the limit is accepted, the rest get a clear userError', async () => {
    const org = await db.prisma.organization.create({ data: { name: 'Race Co', slug: 'race' } });
    const { token } = await issueApiKey(db.sql, { organizationId: org.id, name: 'race', scopes: ['admin'] });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => submit('{ opportunities { edges { node { id } } } }', 'NDJSON', token)),
    );
    const accepted = results.filter((r) => r.bulkOperation);
    const refused = results.filter((r) => !r.bulkOperation);
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(4);
    for (const r of refused) {
      expect(r.userErrors).toEqual([
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/most it may have at once \(2\)/) }),
      ]);
    }
    const [{ n }] = (await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "BulkOperation" WHERE "organizationId" = $1`,
      [org.id],
    )) as [{ n: number }];
    expect(n).toBe(2);
  });

  it('cancel before the job starts: CANCELED, and the job does nothing', async () => {
    const { token } = await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'c1', scopes: ['admin'] });
    const out = await submit('{ opportunities { edges { node { id } } } }', 'NDJSON', token);
    const id = out.bulkOperation?.id as string;
    const canceled = await client.request<{ bulkOperationCancel: { bulkOperation: { status: string } } }>(
      CANCEL,
      { id },
      { authorization: `Bearer ${token}` },
    );
    expect(canceled.data?.bulkOperationCancel.bulkOperation.status).toBe('CANCELED');
    await runner.run(rowId(id));
    const op = await get(id, token);
    expect(op).toMatchObject({ status: 'CANCELED', url: null, fileSize: null });
  });

  it('cancel while running: CANCELED and the partial file deleted', async () => {
    const { token } = await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'c2', scopes: ['admin'] });
    const out = await submit(EXPORT_QUERY, 'NDJSON', token);
    const id = out.bulkOperation?.id as string;
    let pages = 0;
    // Canceled after the first page; the job sees it at its next heartbeat (every 20 ms here).
    const slow = createBulkRunner(db, {
      settings: { pageSize: 1, progressIntervalMs: 20, workDir },
      onPage: async () => {
        pages++;
        if (pages > 1) return;
        const res = await client.request(CANCEL, { id }, { authorization: `Bearer ${token}` });
        expect(res.errors).toBeUndefined();
        await sleep(200);
      },
    });
    await slow.run(rowId(id));
    expect(pages).toBe(1);
    const op = await get(id, token);
    expect(op).toMatchObject({ status: 'CANCELED', url: null });
    expect(existsSync(path.join(workDir, `bulk-operation-${rowId(id)}.jsonl`))).toBe(false);
  });

  it('a key revoked before its job starts: FAILED with ACCESS_DENIED', async () => {
    const { token, id: keyId } = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'to revoke',
      scopes: ['read:pipeline'],
    });
    const out = await submit('{ opportunities { edges { node { id } } } }', 'NDJSON', token);
    await db.sql.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = $1`, [keyId]);
    await runner.run(rowId(out.bulkOperation?.id as string));
    const [row] = await db.sql.query<{ status: string; errorCode: string }>(
      `SELECT status::text, "errorCode"::text FROM "BulkOperation" WHERE id = $1`,
      [rowId(out.bulkOperation?.id as string)],
    );
    expect(row).toEqual({ status: 'FAILED', errorCode: 'ACCESS_DENIED' });
  });

  it('a query failing mid-way: FAILED with QUERY_FAILED, partial file deleted', async () => {
    const { token } = await issueApiKey(db.sql, { organizationId: fx.organizationId, name: 'f', scopes: ['admin'] });
    const out = await submit(EXPORT_QUERY, 'NDJSON', token);
    const id = rowId(out.bulkOperation?.id as string);
    let pages = 0;
    // After the first page, the next statements cannot run: on PostgreSQL the snapshot
    // transaction's connection is terminated (idle, or already reading the next page ahead); on
    // PGlite a column it reads is renamed.
    const failing = createBulkRunner(db, {
      settings: { pageSize: 2, progressIntervalMs: 20, workDir },
      onPage: async () => {
        pages++;
        if (pages !== 1) return;
        if (db.kind === 'postgres') {
          // As the operator (the hook runs in the export's organization's work, whose role may
          // not end other sessions).
          await outsideOrganization(() =>
            db.sql.query(
              `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
                  AND backend_type = 'client backend'`,
            ),
          );
        } else await db.sql.query(`ALTER TABLE "Account" RENAME COLUMN name TO name_renamed`);
      },
    });
    try {
      await failing.run(id);
    } finally {
      if (db.kind !== 'postgres') await db.sql.query(`ALTER TABLE "Account" RENAME COLUMN name_renamed TO name`);
    }
    // On PostgreSQL the read-ahead of page 2 may have finished before the connection went: then
    // page 2 is served from it and page 3 fails. Either way the export stops part-way.
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(db.kind === 'postgres' ? 2 : 1);
    const [row] = await db.sql.query<{ status: string; errorCode: string; fileKey: string | null }>(
      `SELECT status::text, "errorCode"::text, "fileKey" FROM "BulkOperation" WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'FAILED', errorCode: 'QUERY_FAILED', fileKey: null });
    expect(existsSync(path.join(workDir, `bulk-operation-${id}.jsonl`))).toBe(false);
  });

  it('expired files are deleted by the maintenance job, and their url is gone', async () => {
    const out = await submit('{ opportunities { edges { node { id } } } }', 'CSV');
    const id = rowId(out.bulkOperation?.id as string);
    await runner.run(id);
    const op = await get(out.bulkOperation?.id as string);
    expect(op?.status).toBe('COMPLETED');
    const [row] = await db.sql.query<{ fileKey: string }>(`SELECT "fileKey" FROM "BulkOperation" WHERE id = $1`, [id]);
    const stored = path.join(exportDir, row?.fileKey as string);
    expect(readFileSync(stored).length).toBe(op?.fileSize);
    await db.sql.query(`UPDATE "BulkOperation" SET "urlExpiresAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
    const done = await runner.maintain();
    expect(done.expired).toBeGreaterThanOrEqual(1);
    expect(existsSync(stored)).toBe(false);
    expect((await get(out.bulkOperation?.id as string))?.url).toBeNull();
  });
});

describe('the operation object', () => {
  const OBJECT = `query Object($id: ID!) {
    bulkOperation(id: $id) {
      status format errorCode objectCount rootObjectCount fileSize createdAt startedAt completedAt url urlExpiresAt
    }
  }`;
  interface Full {
    status: string;
    format: string;
    errorCode: string | null;
    objectCount: number;
    rootObjectCount: number;
    fileSize: number | null;
    createdAt: string;
    startedAt: string | null;
    completedAt: string | null;
    url: string | null;
    urlExpiresAt: string | null;
  }
  const read = async (id: string) => (await client.data<{ bulkOperation: Full }>(OBJECT, { id })).bulkOperation;

  it('counts objects and root objects while RUNNING, then records its file and its times', async () => {
    const [{ n }] = (await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1',
      [fx.organizationId],
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(6);
    // Each deal is two objects: itself and its account.
    const out = await submit('{ opportunities { edges { node { id account { name } } } } }', 'NDJSON');
    const id = out.bulkOperation?.id as string;
    const submitted = await read(id);
    expect(submitted).toMatchObject({ status: 'CREATED', format: 'NDJSON', objectCount: 0, rootObjectCount: 0 });
    expect(submitted.startedAt).toBeNull();
    expect(submitted.completedAt).toBeNull();
    const seen: Full[] = [];
    // Two deals a page; after the second and third pages, wait for a heartbeat and read the operation.
    let pages = 0;
    const runner = createBulkRunner(db, {
      settings: { pageSize: 2, progressIntervalMs: 20, workDir },
      onPage: async () => {
        pages++;
        if (pages < 2 || pages > 3) return;
        await sleep(200);
        seen.push(await read(id));
      },
    });
    await runner.run(rowId(id));
    expect(seen).toHaveLength(2);
    for (const op of seen) {
      expect(op.status).toBe('RUNNING');
      expect(op.completedAt).toBeNull();
      expect(op.url).toBeNull();
      expect(op.rootObjectCount).toBeGreaterThan(0);
      expect(op.rootObjectCount).toBeLessThan(n);
      expect(op.objectCount).toBe(2 * op.rootObjectCount);
    }
    expect((seen[1] as Full).rootObjectCount).toBeGreaterThan((seen[0] as Full).rootObjectCount);
    const done = await read(id);
    expect(done).toMatchObject({ status: 'COMPLETED', errorCode: null, rootObjectCount: n, objectCount: 2 * n });
    const text = await download(done.url as string);
    expect(done.fileSize).toBe(Buffer.byteLength(text));
    const created = Date.parse(done.createdAt);
    const started = Date.parse(done.startedAt as string);
    const completed = Date.parse(done.completedAt as string);
    expect(created).toBeLessThanOrEqual(started);
    expect(started).toBeLessThanOrEqual(completed);
    expect(Date.parse(done.urlExpiresAt as string)).toBeGreaterThan(completed);
  });

  it("bulkOperations lists the caller's own operations, newest first; an admin's lists the organization's", async () => {
    const LIST = `query List($status: BulkOperationStatus) {
      bulkOperations(first: 100, status: $status) { edges { node { id } } }
    }`;
    const list = async (token?: string, status?: string) => {
      const res = await client.request<{ bulkOperations: { edges: { node: { id: string } }[] } }>(
        LIST,
        { status },
        token ? { authorization: `Bearer ${token}` } : undefined,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data?.bulkOperations.edges.map((e) => rowId(e.node.id));
    };
    const keys = await Promise.all(
      ['lister one', 'lister two'].map((name) =>
        issueApiKey(db.sql, { organizationId: fx.organizationId, name, scopes: ['read:pipeline', 'read:accounts'] }),
      ),
    );
    const mine = [];
    for (const key of keys) {
      const out = await submit('{ opportunities { edges { node { id } } } }', 'CSV', key.token);
      mine.push(out.bulkOperation?.id as string);
    }
    const ids = async (where: string, params: unknown[]) =>
      (
        await db.sql.query<{ id: number }>(`SELECT id FROM "BulkOperation" WHERE ${where} ORDER BY id DESC`, params)
      ).map((r) => r.id);
    for (const [i, key] of keys.entries()) {
      expect(await list(key.token)).toEqual(await ids('principal = $1', [`key:${key.id}`]));
      expect(await list(key.token)).toEqual([rowId(mine[i] as string)]);
    }
    expect(await list()).toEqual(await ids('"organizationId" = $1', [fx.organizationId]));
    expect(await list(undefined, 'CREATED')).toEqual(
      await ids(`"organizationId" = $1 AND status = 'CREATED'`, [fx.organizationId]),
    );
    const { token: otherAdmin } = await issueApiKey(db.sql, {
      organizationId: fx.otherOrganizationId,
      name: 'other lister',
      scopes: ['admin'],
    });
    expect(await list(otherAdmin)).toEqual(await ids('"organizationId" = $1', [fx.otherOrganizationId]));
    for (const id of mine) await client.request(CANCEL, { id });
  });
});

describe('audit trail', () => {
  it('a submission and a cancel each write an AuditEvent naming the key and the request, in their transaction', async () => {
    const { token, id: keyId } = await issueApiKey(db.sql, {
      organizationId: fx.organizationId,
      name: 'audited',
      scopes: ['admin'],
    });
    const headers = (requestId: string) => ({ authorization: `Bearer ${token}`, 'x-request-id': requestId });
    const run = await client.request<RunResult>(RUN, { query: EXPORT_QUERY, format: 'CSV' }, headers('audit-submit'));
    const id = rowId(run.data?.bulkOperationRunQuery.bulkOperation?.id as string);
    const cancel = await client.request(
      CANCEL,
      { id: run.data?.bulkOperationRunQuery.bulkOperation?.id },
      headers('audit-cancel'),
    );
    expect(cancel.errors).toBeUndefined();
    // A refused submission (unknown format) writes neither an operation nor an event.
    await client.request(RUN, { query: EXPORT_QUERY, format: 'XML' }, headers('audit-refused'));
    const events = await db.sql.query<{
      action: string;
      actorId: string;
      apiKeyId: number;
      requestId: string;
      entityId: string;
      before: unknown;
      after: unknown;
    }>(
      `SELECT action, "actorId", "apiKeyId", "requestId", "entityId", before, after FROM "AuditEvent"
        WHERE "organizationId" = $1 AND "requestId" LIKE 'audit-%' ORDER BY id`,
      [fx.organizationId],
    );
    expect(events).toEqual([
      {
        action: 'bulkOperation.runQuery',
        actorId: `key:${keyId}`,
        apiKeyId: keyId,
        requestId: 'audit-submit',
        entityId: String(id),
        before: null,
        after: { status: 'CREATED', format: 'CSV', query: EXPORT_QUERY },
      },
      {
        action: 'bulkOperation.cancel',
        actorId: `key:${keyId}`,
        apiKeyId: keyId,
        requestId: 'audit-cancel',
        entityId: String(id),
        before: { status: 'CREATED' },
        after: { status: 'CANCELED' },
      },
    ]);
  });
});

describe("the download url comes from the server's store", () => {
  it("is signed by the store the server serves and the worker writes to, not the environment's", async () => {
    // The environment's store is COXSWAIN_EXPORT_DIR with the default secret; this server's store
    // is another folder signing with another secret, and its worker writes there.
    const serverDir = mkdtempSync(path.join(tmpdir(), 'bulkcore-server-store-'));
    const storage = localExportStorage(serverDir, 'a server store secret of 32+ characters!');
    const own = await createTestClient(db, { listen: true, exports: storage });
    try {
      const runner = createBulkRunner(db, { storage, settings: { pageSize: 50, progressIntervalMs: 20, workDir } });
      const run = await own.request<RunResult>(RUN, {
        query: '{ opportunities { edges { node { id name } } } }',
        format: 'NDJSON',
      });
      const globalId = run.data?.bulkOperationRunQuery.bulkOperation?.id as string;
      await runner.run(rowId(globalId));
      const res = await own.request<{ bulkOperation: Operation }>(GET, { id: globalId });
      const op = res.data?.bulkOperation as Operation;
      expect(op.status).toBe('COMPLETED');
      const [row] = await db.sql.query<{ fileKey: string }>('SELECT "fileKey" FROM "BulkOperation" WHERE id = $1', [
        rowId(globalId),
      ]);
      const key = row?.fileKey as string;
      // The file is in the server's store only.
      expect(existsSync(path.join(serverDir, key))).toBe(true);
      expect(existsSync(path.join(exportDir, key))).toBe(false);
      // The link carries the server store's signature, not the environment's, and downloads the file.
      const url = new URL(op.url as string);
      const expires = new Date(Number(url.searchParams.get('expires')) * 1000);
      expect(`expires=${url.searchParams.get('expires')}&signature=${url.searchParams.get('signature')}`).toBe(
        signDownload(key, expires, 'a server store secret of 32+ characters!'),
      );
      expect(url.searchParams.get('signature')).not.toBe(
        new URLSearchParams(signDownload(key, expires)).get('signature'),
      );
      const text = await download(op.url as string);
      expect(text).toBe(readFileSync(path.join(serverDir, key), 'utf8'));
      const [{ n }] = (await db.sql.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM "Opportunity" WHERE "organizationId" = $1',
        [fx.organizationId],
      )) as [{ n: number }];
      expect(text.trim().split('\n')).toHaveLength(n);
      // The same link on a server with the environment's store is refused: another secret signs there.
      const elsewhere = await fetch(`${client.url}${url.pathname}${url.search}`);
      expect(elsewhere.status).toBe(403);
    } finally {
      await own.close();
      rmSync(serverDir, { recursive: true, force: true });
    }
  });
});

describe('on PostgreSQL, any API instance picks the job up', () => {
  // On PGlite the one process runs its jobs in-process ('an export on the job queue' above). On
  // PostgreSQL a second instance (its own connection pool and pg-boss) takes the job that this
  // server enqueued, while no worker runs here.
  it.runIf(selectedBackend() === 'postgres')('a job submitted to one instance is run by another', async () => {
    const other = await openDatabase({ databaseUrl: db.url as string, poolSize: 2 });
    const worker = await startBulkWorker(other, { settings: { pageSize: 5, progressIntervalMs: 50 } });
    try {
      const out = await submit('{ opportunities { edges { node { id } } } }', 'NDJSON');
      expect(out.userErrors).toEqual([]);
      const op = await until(out.bulkOperation?.id as string, (o) => o.status === 'COMPLETED' || o.status === 'FAILED');
      expect(op.status).toBe('COMPLETED');
      const ids = (await download(op.url as string))
        .trim()
        .split('\n')
        .map((l) => rowId(JSON.parse(l).id))
        .sort((a, b) => a - b);
      const expected = await db.sql.query<{ id: number }>(
        'SELECT id FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY id',
        [fx.organizationId],
      );
      expect(ids).toEqual(expected.map((e) => e.id));
    } finally {
      await worker.stop();
      await other.close();
    }
  });
});
