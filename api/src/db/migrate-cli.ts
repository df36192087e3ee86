// `pnpm migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';

const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
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
