// Where export files go and how they are downloaded: the local folder served by the API's signed
// /exports route (expiry, tampering, another file's signature, HTTP ranges compared byte for byte
// with the file), and an S3-compatible bucket (an S3 server from npm started here) with multipart
// upload, presigned URLs and cleanup, and a bulk operation run end to end into the bucket.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRange } from '../api/src/bulk/download.js';
import { createBulkRunner } from '../api/src/bulk/runner.js';
import {
  cleanupExpiredExports,
  type ExportStorage,
  exportStorageFromEnv,
  localExportStorage,
  s3ExportStorage,
} from '../api/src/bulk/storage.js';
import { type CoxswainServer, createServer } from '../api/src/server.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { buildCoreFixture } from './support/fixture.js';
import { createTestClient } from './support/graphql.js';

const HOUR = 3600_000;
const KEY = 'org-1/bulk-7.parquet';

let dir: string;
let db: TestDatabase;
let server: CoxswainServer;
let base: string;
let clock = new Date('2026-12-07T12:00:00.000Z');
let storage: ExportStorage;
/** The file's bytes as written, kept here to compare every download with. */
let bytes: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulk-storage-'));
  db = await createTestDatabase();
  storage = localExportStorage(join(dir, 'store'));
  server = createServer({ db, exports: storage, security: { now: () => clock } });
  base = `http://127.0.0.1:${await server.listen(0)}`;
  bytes = randomBytes(100_000);
  const finished = join(dir, 'finished.parquet');
  await writeFile(finished, bytes);
  await storage.put(KEY, finished, 'application/vnd.apache.parquet');
  // Moved, not copied.
  await expect(stat(finished)).rejects.toThrow(/ENOENT/);
});

afterAll(async () => {
  await server?.close();
  await db?.destroy();
  await rm(dir, { recursive: true, force: true });
});

async function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const res = await fetch(url, { headers, method });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('local store: signed download route', () => {
  it('serves the whole file to a valid link, with its type and length', async () => {
    const url = await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base);
    expect(url.startsWith(`${base}/exports/org-1/bulk-7.parquet?expires=`)).toBe(true);
    const { res, body } = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    expect(res.headers.get('content-length')).toBe('100000');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(body.equals(bytes)).toBe(true);
  });

  it.each([
    ['the first bytes', 'bytes=0-99', 0, 99],
    ['a middle slice', 'bytes=5000-5099', 5000, 5099],
    ['an open end', 'bytes=99990-', 99_990, 99_999],
    ['a suffix', 'bytes=-500', 99_500, 99_999],
    ['an end past the file, cut at its end', 'bytes=99000-200000', 99_000, 99_999],
    ['a suffix longer than the file', 'bytes=-200000', 0, 99_999],
  ])('answers %s with 206 and exactly those bytes', async (_what, range, start, end) => {
    const url = await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base);
    const { res, body } = await get(url, { range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/100000`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(body.equals(bytes.subarray(start, end + 1))).toBe(true);
  });

  it.each([
    ['a start past the end', 'bytes=100000-'],
    ['an end before the start', 'bytes=500-100'],
    ['no numbers', 'bytes=abc'],
    ['a zero suffix', 'bytes=-0'],
  ])('answers %s with 416 and the file size', async (_what, range) => {
    const url = await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base);
    const { res, body } = await get(url, { range });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */100000');
    expect(body.length).toBe(0);
  });

  it('sends the whole file for several ranges, another unit, or an If-Range of another version', async () => {
    const url = await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base);
    const cases: Record<string, string>[] = [
      { range: 'bytes=0-1,5-6' },
      { range: 'items=0-1' },
      { range: 'bytes=0-9', 'if-range': '"another"' },
    ];
    for (const headers of cases) {
      const { res, body } = await get(url, headers);
      expect(res.status).toBe(200);
      expect(body.equals(bytes)).toBe(true);
    }
    // The file's own ETag keeps the range.
    const etag = (await get(url, {}, 'HEAD')).res.headers.get('etag') as string;
    const { res, body } = await get(url, { range: 'bytes=0-9', 'if-range': etag });
    expect(res.status).toBe(206);
    expect(body.equals(bytes.subarray(0, 10))).toBe(true);
  });

  it('answers HEAD with the headers and no body', async () => {
    const url = await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base);
    const { res, body } = await get(url, {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('100000');
    expect(body.length).toBe(0);
  });

  it('refuses a link once it has expired', async () => {
    const expiresAt = new Date(clock.getTime() + HOUR);
    const url = await storage.signedUrl(KEY, expiresAt, base);
    const saved = clock;
    try {
      clock = new Date(expiresAt.getTime() - 1000);
      expect((await get(url)).res.status).toBe(200);
      clock = expiresAt;
      const { res, body } = await get(url);
      expect(res.status).toBe(403);
      expect(JSON.parse(body.toString()).error).toMatch(/expired/);
    } finally {
      clock = saved;
    }
  });

  it('refuses a tampered signature, a moved expiry and a missing signature', async () => {
    const url = new URL(await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base));
    const signature = url.searchParams.get('signature') as string;
    const flipped = new URL(url);
    flipped.searchParams.set('signature', `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`);
    const later = new URL(url);
    later.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const unsigned = new URL(url);
    unsigned.searchParams.delete('signature');
    for (const bad of [flipped, later, unsigned]) {
      const { res, body } = await get(bad.toString());
      expect(res.status).toBe(403);
      expect(body.toString()).not.toContain(bytes.subarray(0, 16).toString());
    }
  });

  it("refuses another file's signature", async () => {
    const other = join(dir, 'other.csv');
    await writeFile(other, 'a,b\r\n1,2\r\n');
    await storage.put('org-2/bulk-8.csv', other, 'text/csv');
    const url = new URL(await storage.signedUrl('org-2/bulk-8.csv', new Date(clock.getTime() + HOUR), base));
    // org-2's signature on org-1's file.
    const moved = `${base}/exports/${KEY}${url.search}`;
    expect((await get(moved)).res.status).toBe(403);
    // Its own file is served.
    const own = await get(url.toString());
    expect(own.res.status).toBe(200);
    expect(own.body.toString()).toBe('a,b\r\n1,2\r\n');
    expect(own.res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  });

  it('refuses paths outside the store and answers 404 for a removed file', async () => {
    const url = new URL(await storage.signedUrl(KEY, new Date(clock.getTime() + HOUR), base));
    expect((await get(`${base}/exports/..%2F..%2Fetc%2Fpasswd${url.search}`)).res.status).toBe(403);
    expect(() => storage.localPath('../x')).toThrow(/invalid export key/);
    const gone = join(dir, 'gone.ndjson');
    await writeFile(gone, '{}\n');
    await storage.put('org-1/gone.ndjson', gone, 'application/x-ndjson');
    const link = await storage.signedUrl('org-1/gone.ndjson', new Date(clock.getTime() + HOUR), base);
    expect((await get(link)).res.status).toBe(200);
    await storage.remove('org-1/gone.ndjson');
    expect((await get(link)).res.status).toBe(404);
  });

  it('cleanup deletes the files stored before the retention and keeps the others', async () => {
    const own = localExportStorage(join(dir, 'cleanup'));
    const now = new Date();
    for (const [key, ageHours] of [
      ['org-1/old.csv', 200],
      ['org-1/recent.csv', 100],
      ['org-3/new.parquet', 0],
    ] as const) {
      const file = join(dir, 'staging');
      await writeFile(file, key);
      await own.put(key, file, 'text/csv');
      const when = new Date(now.getTime() - ageHours * HOUR);
      await utimes(own.localPath(key) as string, when, when);
    }
    // The default retention is 168 hours.
    expect(await cleanupExpiredExports(own, now)).toEqual(['org-1/old.csv']);
    await expect(stat(own.localPath('org-1/old.csv') as string)).rejects.toThrow(/ENOENT/);
    expect(await readFile(own.localPath('org-1/recent.csv') as string, 'utf8')).toBe('org-1/recent.csv');
    expect((await cleanupExpiredExports(own, now, 50 * HOUR)).sort()).toEqual(['org-1/recent.csv']);
    expect(await cleanupExpiredExports(own, now, 50 * HOUR)).toEqual([]);
  });
});

describe('parseRange', () => {
  it('reads single byte ranges and nothing else', () => {
    expect(parseRange(undefined, 10)).toBeNull();
    expect(parseRange('bytes=2-4', 10)).toEqual({ start: 2, end: 4 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});

describe('S3-compatible bucket', () => {
  let s3: InstanceType<typeof S3rver>;
  let endpoint: string;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  /** The server's notifications: a multipart upload completes as a Post, a single request as a Put. */
  const created: [string, string][] = [];

  beforeAll(async () => {
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: 'coxswain-exports' }],
    });
    s3.on('event', (event) => {
      for (const record of event.Records) created.push([record.s3.object.key, record.eventName]);
    });
    const address = await s3.run();
    endpoint = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await s3?.close();
  });

  function bucketStore(now?: () => Date) {
    return s3ExportStorage({
      bucket: 'coxswain-exports',
      prefix: 'bulk/',
      client: { endpoint, region: 'us-east-1', forcePathStyle: true, credentials },
      // S3's smallest part, so an 11 MiB file goes up in three parts.
      partSize: 5 * 1024 * 1024,
      now,
    });
  }

  it('uploads in parts, serves the file and its ranges through a presigned URL, then removes it', async () => {
    const store = bucketStore();
    const big = randomBytes(11 * 1024 * 1024);
    const file = join(dir, 'big.parquet');
    await writeFile(file, big);
    await store.put('org-1/big.parquet', file, 'application/vnd.apache.parquet');
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    expect(store.localPath('org-1/big.parquet')).toBeNull();

    const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    const head = await client.send(
      new HeadObjectCommand({ Bucket: 'coxswain-exports', Key: 'bulk/org-1/big.parquet' }),
    );
    expect(created).toContainEqual(['bulk/org-1/big.parquet', 'ObjectCreated:Post']);
    expect(head.ContentLength).toBe(big.length);
    expect(head.ContentType).toBe('application/vnd.apache.parquet');

    const url = await store.signedUrl('org-1/big.parquet', new Date(Date.now() + HOUR), 'http://unused');
    expect(url.startsWith(`${endpoint}/coxswain-exports/bulk/org-1/big.parquet?`)).toBe(true);
    const whole = await get(url);
    expect(whole.res.status).toBe(200);
    expect(whole.body.equals(big)).toBe(true);
    const first = await get(url, { range: 'bytes=0-99' });
    expect(first.res.status).toBe(206);
    expect(first.body.equals(big.subarray(0, 100))).toBe(true);
    // Across the first part's end: the parts were joined in order.
    const seam = 5 * 1024 * 1024;
    const across = await get(url, { range: `bytes=${seam - 10}-${seam + 9}` });
    expect(across.res.status).toBe(206);
    expect(across.body.equals(big.subarray(seam - 10, seam + 10))).toBe(true);

    await store.remove('org-1/big.parquet');
    expect((await get(url)).res.status).toBe(404);
  });

  it('refuses an expired or tampered presigned URL', async () => {
    const store = bucketStore();
    const file = join(dir, 'small.csv');
    await writeFile(file, 'x\r\n1\r\n');
    await store.put('org-1/small.csv', file, 'text/csv');
    expect(created).toContainEqual(['bulk/org-1/small.csv', 'ObjectCreated:Put']);
    // Signed two hours ago for one hour.
    const past = new Date(Date.now() - 2 * HOUR);
    const expired = await bucketStore(() => past).signedUrl('org-1/small.csv', new Date(past.getTime() + HOUR), '');
    expect((await get(expired)).res.status).toBe(403);
    const url = new URL(await store.signedUrl('org-1/small.csv', new Date(Date.now() + HOUR), ''));
    const signature = url.searchParams.get('X-Amz-Signature') as string;
    url.searchParams.set('X-Amz-Signature', `${signature[0] === 'a' ? 'b' : 'a'}${signature.slice(1)}`);
    expect((await get(url.toString())).res.status).toBe(403);
    await expect(store.signedUrl('org-1/small.csv', new Date(Date.now() + 8 * 24 * HOUR), '')).rejects.toThrow(
      /7 days/,
    );
  });

  it('cleanup deletes the objects stored before the retention', async () => {
    const store = bucketStore();
    const file = join(dir, 'c.ndjson');
    await writeFile(file, '{}\n');
    await store.put('org-9/c.ndjson', file, 'application/x-ndjson');
    const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    const keys = async () =>
      ((await client.send(new ListObjectsV2Command({ Bucket: 'coxswain-exports', Prefix: 'bulk/' }))).Contents ?? [])
        .map((o) => o.Key)
        .sort();
    expect(await keys()).toEqual(['bulk/org-1/small.csv', 'bulk/org-9/c.ndjson']);
    // Nothing is older than a week.
    expect(await cleanupExpiredExports(store, new Date())).toEqual([]);
    // An hour from now with a retention of one minute: both are past it.
    const removed = await cleanupExpiredExports(store, new Date(Date.now() + HOUR), 60_000);
    expect(removed.sort()).toEqual(['org-1/small.csv', 'org-9/c.ndjson']);
    expect(await keys()).toEqual([]);
  });

  it('holds a bulk operation end to end: the job stores its file there, and its url is a presigned one', async () => {
    // A server and a job given the bucket store (another prefix than the tests above): the file
    // goes to the bucket, the operation's url is presigned on the bucket, with ranges served there.
    const fx = await buildCoreFixture(db.prisma, 3);
    const store = s3ExportStorage({
      bucket: 'coxswain-exports',
      prefix: 'e2e/',
      client: { endpoint, region: 'us-east-1', forcePathStyle: true, credentials },
    });
    const client = await createTestClient(db, { exports: store });
    try {
      const run = await client.data<{ bulkOperationRunQuery: { bulkOperation: { id: string } } }>(
        'mutation { bulkOperationRunQuery(input: { query: "{ opportunities { edges { node { id name } } } }" }) { bulkOperation { id } } }',
      );
      const id = run.bulkOperationRunQuery.bulkOperation.id;
      const rowId = Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);
      await createBulkRunner(db, { storage: store, settings: { workDir: join(dir, 'work') } }).run(rowId);
      const { bulkOperation: op } = await client.data<{
        bulkOperation: { status: string; url: string; fileSize: number };
      }>('query($id: ID!) { bulkOperation(id: $id) { status url fileSize } }', { id });
      expect(op.status).toBe('COMPLETED');
      const url = new URL(op.url);
      expect(url.origin).toBe(endpoint);
      expect(url.pathname).toBe(`/coxswain-exports/e2e/org-${fx.organizationId}/bulk-operation-${rowId}.jsonl`);
      expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      const whole = await get(op.url);
      expect(whole.res.status).toBe(200);
      expect(whole.body.length).toBe(op.fileSize);
      const names = whole.body
        .toString('utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).name)
        .sort();
      const expected = await db.sql.query<{ name: string }>(
        'SELECT name FROM "Opportunity" WHERE "organizationId" = $1 ORDER BY name',
        [fx.organizationId],
      );
      expect(names).toEqual(expected.map((r) => r.name).sort());
      const part = await get(op.url, { range: 'bytes=0-9' });
      expect(part.res.status).toBe(206);
      expect(part.body).toEqual(whole.body.subarray(0, 10));
      // Nothing was left in the local work folder.
      await expect(stat(join(dir, 'work', `bulk-operation-${rowId}.jsonl`))).rejects.toThrow(/ENOENT/);
    } finally {
      await client.close();
    }
  });

  it('is picked by the environment when a bucket is named', () => {
    const fromEnv = exportStorageFromEnv({
      COXSWAIN_EXPORT_S3_BUCKET: 'coxswain-exports',
      COXSWAIN_EXPORT_S3_ENDPOINT: endpoint,
    });
    expect(fromEnv.localPath('org-1/x.csv')).toBeNull();
    const local = exportStorageFromEnv({ COXSWAIN_EXPORT_DIR: join(dir, 'env') });
    expect(local.localPath('org-1/x.csv')).toBe(join(dir, 'env', 'org-1', 'x.csv'));
  });
});
