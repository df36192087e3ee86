// The database named by DATABASE_URL is created when the server says it does not exist, so the
// README's first `DATABASE_URL=postgresql://…/coxswain pnpm start` works on a fresh server: the
// entry points (start, migrate, seed) call this before opening the database. It connects to the
// maintenance database `postgres` with the same credentials and runs CREATE DATABASE; a user who
// may not create databases gets an error that says what to run instead.
import pg from 'pg';
import { logger } from '../shared/logger.js';

/** The database cannot be made ready without the operator: the message says what to do. */
export class DatabaseSetupError extends Error {}

/** PostgreSQL's SQLSTATEs met here. */
const INVALID_CATALOG_NAME = '3D000';
const DUPLICATE_DATABASE = '42P04';
/** What a CREATE DATABASE racing another for the same name can get instead of 42P04. */
const UNIQUE_VIOLATION = '23505';
const INSUFFICIENT_PRIVILEGE = '42501';

const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * Creates the database of `url` when it does not exist; returns true when it created it. Other
 * connection failures (server down, bad password) are left to the caller's first connection,
 * which reports them as they are.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return false;
  } catch (error) {
    if (codeOf(error) !== INVALID_CATALOG_NAME) throw error;
  }
  // pg fills in what the URL leaves out (the database defaults to the user's name).
  const { host, port } = probe;
  const database = probe.database ?? '';
  const user = probe.user ?? '';
  const location = `postgresql://${host}:${port}/${database}`;
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  const createIt = `CREATE DATABASE ${admin.escapeIdentifier(database)}`;
  try {
    await admin.connect();
  } catch (error) {
    throw new DatabaseSetupError(
      `The database ${location} named by DATABASE_URL does not exist, and it cannot be created: connecting to the maintenance database "postgres" as "${user}" failed (${(error as Error).message}). Create it (psql -h ${host} -p ${port} -d postgres -c '${createIt}') or point DATABASE_URL at an existing database.`,
    );
  }
  try {
    await admin.query(createIt);
    logger.info({ database: location }, 'created the database named by DATABASE_URL');
    return true;
  } catch (error) {
    // Another process (a second server starting, `pnpm migrate`) created it in the meantime.
    if (codeOf(error) === DUPLICATE_DATABASE || codeOf(error) === UNIQUE_VIOLATION) return false;
    if (codeOf(error) === INSUFFICIENT_PRIVILEGE) {
      throw new DatabaseSetupError(
        `The database ${location} named by DATABASE_URL does not exist, and the user "${user}" may not create it (${(error as Error).message}). Create it as a user who may, e.g. psql -h ${host} -p ${port} -U postgres -d postgres -c '${createIt} OWNER ${admin.escapeIdentifier(user)}', or point DATABASE_URL at an existing database.`,
      );
    }
    throw error;
  } finally {
    await admin.end();
  }
}
