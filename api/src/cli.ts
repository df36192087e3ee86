// What every command-line entry point (`pnpm api-key`, `pnpm org`) shares: the database the
// environment names (DATABASE_URL, else the embedded one under COXSWAIN_DATA_DIR) and running the
// command when its module is the process's entry point, with its exit code and a one-line error.
import { pathToFileURL } from 'node:url';
import { type Database, openDatabase } from './db/database.js';

/** The database `pnpm start` would use, as the environment names it. */
export function openDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  return openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.COXSWAIN_DATA_DIR || undefined });
}

/**
 * Runs `run(argv)` when `moduleUrl` (the caller's import.meta.url) is the script node was started
 * with, so tests can import the module and call `run` themselves.
 */
export function runAsCommand(moduleUrl: string, run: (argv: string[]) => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
