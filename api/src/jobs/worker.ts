// Entry point of `pnpm worker`: a process that serves no requests and runs the background jobs of
// a PostgreSQL database (docs/jobs.md): webhook deliveries, their retention, bulk operations. Run
// API processes with COXSWAIN_WEBHOOKS=off (and COXSWAIN_BULK_WORKER=off) to leave those jobs to
// workers, so that delivery never waits on a request's JavaScript work. The embedded PGlite is one
// process's database: there, everything runs in the API process and this command refuses.
import { startBulkWorker } from '../bulk/runner.js';
import { openDatabase } from '../db/database.js';
import { replicaSettingsFromEnv } from '../db/replica.js';
import { startWebhookWorker } from '../events/delivery.js';
import { logger } from '../shared/logger.js';

const databaseUrl = process.env.DATABASE_URL || undefined;
if (!databaseUrl) {
  logger.fatal(
    'pnpm worker needs DATABASE_URL (PostgreSQL): the embedded database runs its jobs in the API process (pnpm start)',
  );
  process.exit(2);
}
// Bulk exports read the replica when there is one (docs/scaling.md).
const db = await openDatabase({ databaseUrl, replica: replicaSettingsFromEnv() ?? undefined });
if (process.env.COXSWAIN_WEBHOOKS !== 'off') await startWebhookWorker(db);
if (process.env.COXSWAIN_BULK_WORKER !== 'off') await startBulkWorker(db);
logger.info(
  { webhooks: process.env.COXSWAIN_WEBHOOKS !== 'off', bulk: process.env.COXSWAIN_BULK_WORKER !== 'off' },
  'Coxswain worker running jobs (no requests served)',
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker shutting down: finishing running jobs');
  const force = setTimeout(() => {
    logger.error('shutdown took more than 10 s; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  await db.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
