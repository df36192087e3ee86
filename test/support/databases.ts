// Fresh databases for tests. Every test file gets its own database and drops it afterwards:
// PostgreSQL (a new database on the server named by COXSWAIN_TEST_PG_URL, default the local
// server) or an in-memory PGlite. COXSWAIN_TEST_DB=pglite|postgres picks the backend for the
// suites that run on one (CI runs the whole suite once per backend); suites that must compare
// both ask for both explicitly.
import pg from 'pg';
import { type Database, type OpenDatabaseOptions, openDatabase } from '../../api/src/db/database.js';

export type Backend = 'postgres' | 'pglite';

export const TEST_PG_ADMIN_URL = process.env.COXSWAIN_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function selectedBackend(): Backend {
  const b = process.env.COXSWAIN_TEST_DB ?? 'pglite';
  if (b !== 'pglite' && b !== 'postgres') throw new Error(`COXSWAIN_TEST_DB must be pglite or postgres, not ${b}`);
  return b;
}

export interface TestDatabase extends Database {
  /** Connection string for PostgreSQL backends (undefined for PGlite). */
  url?: string;
  /** Closes and drops the database. */
  destroy(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(
  backend: Backend = selectedBackend(),
  options: Pick<OpenDatabaseOptions, 'rowSecurity'> = {},
): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    return Object.assign(db, { destroy: () => db.close() });
  }
  const name = `coxswain_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(TEST_PG_ADMIN_URL, name);
  const db = await openDatabase({ databaseUrl: url, poolSize: 4, ...options });
  return Object.assign(db, {
    url,
    async destroy() {
      await db.close();
      const a = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  });
}
