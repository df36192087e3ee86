// The README's PostgreSQL start on a server where the database does not exist yet (issue 18): the
// server creates the database DATABASE_URL names, through the maintenance database with the same
// credentials, and refuses with a message naming DATABASE_URL when the user may not create it.
// PostgreSQL only, whatever COXSWAIN_TEST_DB says: the embedded database has no server to ask.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseSetupError, ensureDatabase } from '../api/src/db/create-database.js';
import { TEST_PG_ADMIN_URL } from './support/databases.js';

const root = path.resolve(import.meta.dirname, '..');
const created: string[] = [];
const roles: string[] = [];

/** A database name that does not exist; mixed case and a hyphen, so it must be quoted. */
function freshName(label: string): string {
  const name = `coxswain_test_${label}-${process.pid}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  created.push(name);
  return name;
}

function urlFor(database: string, user?: string): string {
  const u = new URL(TEST_PG_ADMIN_URL);
  u.pathname = `/${encodeURIComponent(database)}`;
  if (user) {
    u.username = user;
    u.password = '';
  }
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const exists = (name: string) =>
  admin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);

afterAll(async () => {
  await admin(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
    for (const role of roles) await c.query(`DROP ROLE IF EXISTS ${c.escapeIdentifier(role)}`);
  });
});

describe('a DATABASE_URL whose database does not exist', () => {
  it('pnpm start creates it, logs it, applies the migrations and serves', async () => {
    const name = freshName('Start');
    expect(await exists(name)).toBe(false);
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: urlFor(name), COXSWAIN_SEED: 'none', PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const serving = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const url = /"url":"(http:[^"]+)"/.exec(output)?.[1];
        if (url && output.includes('Coxswain is serving')) resolve(url);
      });
      child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
    });
    try {
      const url = await serving;
      const ready = await fetch(new URL('/readyz', url));
      expect(ready.status).toBe(200);
      expect(output).toContain('created the database named by DATABASE_URL');
      expect(await exists(name)).toBe(true);
      const db = new pg.Client({ connectionString: urlFor(name) });
      await db.connect();
      const applied = await db.query(`SELECT to_regclass('public."Organization"') IS NOT NULL AS ok`);
      await db.end();
      expect(applied.rows[0].ok).toBe(true);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 120_000);

  it('two starts at once: one creates it, the other finds it, neither fails', async () => {
    const name = freshName('Twice');
    const results = await Promise.all([ensureDatabase(urlFor(name)), ensureDatabase(urlFor(name))]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await exists(name)).toBe(true);
    expect(await ensureDatabase(urlFor(name))).toBe(false);
  });

  it('a user who may not create databases is refused with what to run, naming DATABASE_URL', async () => {
    const role = `coxswain_test_nocreate_${process.pid}_${Date.now()}`;
    roles.push(role);
    await admin((c) => c.query(`CREATE ROLE ${c.escapeIdentifier(role)} LOGIN NOCREATEDB`));
    const name = freshName('Denied');
    const error = await ensureDatabase(urlFor(name, role)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseSetupError);
    const message = (error as Error).message;
    expect(message).toContain(
      `/${name} named by DATABASE_URL does not exist, and the user "${role}" may not create it`,
    );
    expect(message).toContain(`-c 'CREATE DATABASE "${name}" OWNER "${role}"'`);
    expect(await exists(name)).toBe(false);
  });
});
