// `pnpm migrate`: applies pending migrations to DATABASE_URL (created when it does not exist), or
// to the embedded database.
import { ensureDatabase } from './create-database.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';

const databaseUrl = process.env.DATABASE_URL || undefined;
if (databaseUrl) await ensureDatabase(databaseUrl);
const db = await openDatabase({
  databaseUrl,
  dataDir: process.env.COXSWAIN_DATA_DIR || undefined,
  migrate: false,
});
try {
  const result = await migrate(db.sql);
  console.log(
    result.applied.length
      ? `applied ${result.applied.join(', ')} to ${db.location}`
      : `${db.location} is up to date (${result.alreadyApplied} migrations)`,
  );
} finally {
  await db.close();
}
