// In a module of its own so that benchmarks can open plain pg connections with the server's
// settings without loading Prisma.

/**
 * Session settings of every PostgreSQL connection. The analytics statements aggregate tens of
 * thousands of credit rows: with the default 4 MB their hashes and sorts spill to disk, and the
 * JIT compiler, triggered by cost estimates that CTEs inflate, spent up to 2.4 s compiling a
 * statement that runs in under one (docs/database.md). 64 MB per sort or hash node stays small
 * next to the pool size (10 connections).
 */
export const POSTGRES_SESSION_OPTIONS = '-c jit=off -c work_mem=64MB';

/**
 * Longest a statement of the server's pool may run (COXSWAIN_STATEMENT_TIMEOUT_MS): the slowest
 * analytics statement on the large dataset takes a few seconds, so 30 s only stops a runaway.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

/** COXSWAIN_STATEMENT_TIMEOUT_MS: whole milliseconds, 0 for no deadline; absent, the default. */
export function statementTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.COXSWAIN_STATEMENT_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_STATEMENT_TIMEOUT_MS;
  if (!/^\d+$/.test(raw) || Number(raw) > 2_147_483_647) {
    throw new Error(`COXSWAIN_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds (0 = none), not "${raw}"`);
  }
  return Number(raw);
}

/**
 * Startup options of a pooled connection: the settings above and `statement_timeout`, which
 * PostgreSQL applies to every statement of the session, inside transactions too. A statement past
 * it is cancelled by the server (SQLSTATE 57014) and the connection stays usable.
 */
export function postgresSessionOptions(statementTimeoutMs: number): string {
  return `${POSTGRES_SESSION_OPTIONS} -c statement_timeout=${statementTimeoutMs}`;
}

/** What a client is told when a statement of its request was cancelled (extensions.code TIMEOUT). */
export const STATEMENT_TIMEOUT_MESSAGE =
  'A database statement of this request ran past its deadline and was cancelled; narrow the request or retry later.';

/** SQLSTATE of a statement the server cancelled: its statement_timeout, or an operator's cancel. */
const QUERY_CANCELED = '57014';

/**
 * Whether an error (from pg, or Prisma wrapping a driver error, at any depth of `cause`) is a
 * statement the server cancelled.
 */
export function isStatementCancelled(error: unknown): boolean {
  for (let e = error, depth = 0; e != null && typeof e === 'object' && depth < 8; depth++) {
    const x = e as {
      code?: unknown;
      meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
      cause?: unknown;
      originalError?: unknown;
    };
    if (
      x.code === QUERY_CANCELED ||
      x.meta?.code === QUERY_CANCELED ||
      x.meta?.driverAdapterError?.cause?.originalCode === QUERY_CANCELED
    ) {
      return true;
    }
    e = x.originalError ?? x.cause;
  }
  return false;
}
