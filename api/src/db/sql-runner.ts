// A minimal SQL interface over both backends (a pg pool, or an in-process PGlite), used where
// Prisma is the wrong tool: migrations, bulk loading with unnest(), and benchmarks that time SQL
// alone. Application reads and writes go through Prisma.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { Prisma } from '../generated/prisma/client.js';

export interface SqlConnection {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of one or more statements without parameters. */
  exec(text: string): Promise<void>;
}

export interface SqlRunner extends SqlConnection {
  /** Runs fn on one dedicated connection (needed for session state: locks, BEGIN/COMMIT). */
  withConnection<T>(fn: (conn: SqlConnection) => Promise<T>): Promise<T>;
}

export function pgRunner(pool: pg.Pool): SqlRunner {
  const on = (c: pg.Pool | pg.PoolClient): SqlConnection => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await c.query(text, params as unknown[])).rows as T[];
    },
    async exec(text: string) {
      await c.query(text);
    },
  });
  return {
    ...on(pool),
    async withConnection(fn) {
      const client = await pool.connect();
      try {
        return await fn(on(client));
      } finally {
        client.release();
      }
    },
  };
}

export function pgliteRunner(db: PGlite): SqlRunner {
  const conn: SqlConnection = {
    async query<T>(text: string, params?: unknown[]) {
      return (await db.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
  };
  // PGlite is a single connection already.
  return { ...conn, withConnection: (fn) => fn(conn) };
}

/**
 * Text-and-parameters SQL on a Prisma client or transaction, through `$queryRaw`: a service written
 * for `SqlConnection` then runs inside a request's tenant transaction, under its raw-SQL guard.
 */
export function prismaSqlConnection(client: { $queryRaw<T = unknown>(sql: Prisma.Sql): Promise<T> }): SqlConnection {
  const statement = (text: string, params: unknown[] = []) => {
    // "... $1 ... $2" -> the strings between placeholders and the values they name.
    const parts = text.split(/\$(\d+)/);
    const strings = parts.filter((_, i) => i % 2 === 0);
    const values = parts.filter((_, i) => i % 2 === 1).map((n) => params[Number(n) - 1]);
    return new Prisma.Sql(strings, values);
  };
  return {
    query: <T>(text: string, params?: unknown[]) => client.$queryRaw<T[]>(statement(text, params)),
    exec: async (text: string) => {
      await client.$queryRaw(statement(text));
    },
  };
}
