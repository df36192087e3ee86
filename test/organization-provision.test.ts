// Organization provisioning end to end (issue 17): `pnpm org create` run as a child process on an
// empty database (PostgreSQL, or a fresh embedded data directory) creates the organization with
// its fiscal calendar and time zone and prints its first admin key; that key then reads the
// organization and syncs through the ingestion mutations, with no SQL by hand. Bad input is
// refused with the flag named and nothing written. Values are read back with SQL.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../api/src/db/database.js';
import { createOrganization } from '../api/src/organization/provision.js';
import { createTestDatabase, selectedBackend } from './support/databases.js';
import { createTestClient, type TestClient } from './support/graphql.js';

const ROOT = path.resolve(import.meta.dirname, '..');
let db: Database;
let destroy: () => Promise<void>;
let client: TestClient;
let env: Record<string, string>;
const runs: Record<'created' | 'badInput' | 'duplicate', { status: number | null; stdout: string; stderr: string }> =
  {} as never;

function orgCreate(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/organization/cli.ts', 'create', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  const { DATABASE_URL: _, COXSWAIN_DATA_DIR: __, ...rest } = process.env as Record<string, string>;
  let dataDir: string | undefined;
  if (selectedBackend() === 'postgres') {
    const test = await createTestDatabase('postgres');
    db = test;
    destroy = () => test.destroy();
    env = { ...rest, DATABASE_URL: test.url as string };
  } else {
    // The embedded database is one process's at a time: the CLI runs first, then the test opens it.
    dataDir = await mkdtemp(path.join(tmpdir(), 'coxswain-org-'));
    env = { ...rest, COXSWAIN_DATA_DIR: dataDir };
  }
  runs.created = orgCreate([
    '--name',
    'Fresh Sales Co',
    '--fiscal-year-start-month',
    '4',
    '--time-zone',
    'Europe/Berlin',
    '--currency',
    'eur',
  ]);
  runs.badInput = orgCreate(['--name', 'Mars Co', '--fiscal-year-start-month', '13', '--time-zone', 'Mars/Olympus']);
  runs.duplicate = orgCreate(['--name', 'Fresh Sales Co', '--fiscal-year-start-month', '1', '--time-zone', 'UTC']);
  if (dataDir) {
    const opened = await openDatabase({ dataDir });
    db = opened;
    destroy = async () => {
      await opened.close();
      await rm(dataDir as string, { recursive: true, force: true });
    };
  }
  client = await createTestClient(db);
}, 300_000);

afterAll(async () => {
  await client?.close();
  await destroy?.();
});

describe('pnpm org create', () => {
  it('creates the organization with its calendar and prints a working first admin key', async () => {
    expect(runs.created.stderr).toMatch(/Created organization fresh-sales-co/);
    expect(runs.created.status).toBe(0);
    const token = runs.created.stdout.trim();
    expect(token).toMatch(/^cxs_/);

    const orgs = await db.sql.query<Record<string, unknown>>(
      'SELECT id, name, slug, "fiscalYearStartMonth", "timeZone", currency FROM "Organization" ORDER BY id',
    );
    expect(orgs.map(({ id: _, ...o }) => o)).toEqual([
      {
        name: 'Fresh Sales Co',
        slug: 'fresh-sales-co',
        fiscalYearStartMonth: 4,
        timeZone: 'Europe/Berlin',
        currency: 'EUR',
      },
    ]);
    const orgId = Number(orgs[0]?.id);
    const keys = await db.sql.query<{ scopes: string[]; organizationId: number }>(
      'SELECT scopes, "organizationId" FROM "ApiKey"',
    );
    expect(keys).toEqual([{ scopes: ['admin'], organizationId: orgId }]);
    const audit = await db.sql.query<{ action: string; actorId: string }>(
      'SELECT action, "actorId" FROM "AuditEvent" WHERE "organizationId" = $1',
      [orgId],
    );
    expect(audit).toEqual([{ action: 'apiKey.create', actorId: 'system:cli' }]);

    // The key reads the organization and starts a sync.
    const headers = { authorization: `Bearer ${token}` };
    const read = await client.request(
      '{ organization { name slug fiscalYearStartMonth timeZone currency } }',
      {},
      headers,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      organization: {
        name: 'Fresh Sales Co',
        slug: 'fresh-sales-co',
        fiscalYearStartMonth: 4,
        timeZone: 'Europe/Berlin',
        currency: 'EUR',
      },
    });
    const sync = await client.request<{ upsertReps: { created: number; userErrors: unknown[] } }>(
      `mutation($input: UpsertRepsInput!) { upsertReps(input: $input) { created userErrors { code field message } } }`,
      {
        input: {
          rows: [
            {
              externalId: 'R-1',
              name: 'Ada',
              email: 'ada@fresh.test',
              role: 'AE',
              region: 'EMEA',
              hireDate: '2026-04-01',
            },
          ],
        },
      },
      headers,
    );
    expect(sync.data?.upsertReps).toEqual({ created: 1, userErrors: [] });
    const [rep] = await db.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "Rep" WHERE "organizationId" = $1',
      [orgId],
    );
    expect(rep?.n).toBe(1);
  });

  it('names the flag of each bad value and of a taken slug, and writes nothing', async () => {
    expect(runs.badInput.status).toBe(2);
    expect(runs.badInput.stderr).toMatch(/--fiscal-year-start-month: .*1 \(January\) to 12; got 13/);
    expect(runs.badInput.stderr).toMatch(/--time-zone: timeZone "Mars\/Olympus" is not an IANA time zone/);
    expect(runs.badInput.stdout).toBe('');
    expect(runs.duplicate.status).toBe(2);
    expect(runs.duplicate.stderr).toMatch(/--slug: an organization with slug "fresh-sales-co" already exists/);
    const [counts] = await db.sql.query<{ orgs: number; keys: number }>(
      'SELECT (SELECT count(*)::int FROM "Organization") AS orgs, (SELECT count(*)::int FROM "ApiKey") AS keys',
    );
    expect(counts).toEqual({ orgs: 1, keys: 1 });
  });
});

describe('createOrganization', () => {
  it('returns every problem with its field', async () => {
    const result = await createOrganization(
      db.sql,
      { name: '  ', slug: 'Not A Slug', fiscalYearStartMonth: 0, timeZone: 'UTC+5', currency: 'dollars' },
      'system:test',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.field).sort()).toEqual([
      'currency',
      'fiscalYearStartMonth',
      'name',
      'slug',
      'timeZone',
    ]);
    const [row] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM "Organization"');
    expect(row?.n).toBe(1);
  });
});
