// Entry point of `pnpm start`: opens the database (PostgreSQL when DATABASE_URL is set, created
// when it does not exist yet; else the embedded one under .coxswain/data), applies migrations, loads the demo dataset into an empty
// database, and serves the API until SIGINT/SIGTERM.
import { issueDemoKey } from './access/demo-key.js';
import { startBulkWorker } from './bulk/runner.js';
import { DatabaseSetupError, ensureDatabase } from './db/create-database.js';
import { openDatabase } from './db/database.js';
import { replicaSettingsFromEnv } from './db/replica.js';
import { startWebhookWorker } from './events/delivery.js';
import { seedIfEmpty } from './seed/cli.js';
import { createServer } from './server.js';
import { settingsProblems } from './settings.js';
import { logger } from './shared/logger.js';

const started = performance.now();
// Bad configuration stops the start here, naming every variable at fault (api/src/settings.ts).
const problems = settingsProblems();
if (problems.length > 0) {
  logger.fatal({ problems }, `Coxswain cannot start; fix these settings:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

const databaseUrl = process.env.DATABASE_URL || undefined;
if (databaseUrl) {
  await ensureDatabase(databaseUrl).catch((error: unknown) => {
    if (!(error instanceof DatabaseSetupError)) throw error;
    logger.fatal(error.message);
    process.exit(1);
  });
}
const db = await openDatabase({
  databaseUrl,
  dataDir: process.env.COXSWAIN_DATA_DIR || undefined,
  replica: (databaseUrl && replicaSettingsFromEnv()) || undefined,
});
logger.info({ database: db.kind, location: db.location }, 'database ready');
if (process.env.COXSWAIN_SEED !== 'none') {
  await seedIfEmpty(db, (process.env.COXSWAIN_SEED as 'demo' | 'large' | undefined) ?? 'demo');
}

// Every request needs a credential: an admin key for the demo organization (development only),
// pre-filled into GraphiQL's headers and printed once, on stdout rather than in the logs
// (docs/security.md).
const demoKey = await issueDemoKey(db);
const server = createServer({ db, graphiql: demoKey ? { demoKey: demoKey.token } : undefined });
// Webhook deliveries run in every API process (docs/webhooks.md); COXSWAIN_WEBHOOKS=off leaves
// them to other processes.
if (process.env.COXSWAIN_WEBHOOKS !== 'off') await startWebhookWorker(db);
const actualPort = await server.listen(port, host);
// Every API process runs bulk operations' jobs (on PGlite, the only process there is); the
// database's close stops the queue, letting a running job's page finish (docs/bulk-operations.md).
// It writes to the server's store, the one that signs and serves the download links.
if (process.env.COXSWAIN_BULK_WORKER !== 'off') await startBulkWorker(db, { storage: server.exports });
logger.info(
  { url: `http://${host}:${actualPort}/graphql`, startupMs: Math.round(performance.now() - started) },
  'Coxswain is serving GraphQL (GraphiQL in the browser at this URL)',
);
if (demoKey) {
  process.stdout.write(
    `\nAdmin API key for ${demoKey.organizationName} (shown once; replaced at the next start):\n\n  ${demoKey.token}\n\n` +
      `GraphiQL's headers hold it already; other clients send: {"Authorization": "Bearer ${demoKey.token}"}\n\n`,
  );
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const force = setTimeout(() => {
    logger.error('shutdown took more than 10 s; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  await server.close();
  await db.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
