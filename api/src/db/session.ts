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
