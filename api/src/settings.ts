// Fail fast on bad configuration: before the server opens its database, every setting it reads
// from the environment is parsed once here by the same functions that use it later, and the
// settings production requires are checked. `pnpm start` refuses to start, naming each variable,
// instead of starting and then failing requests. The table of settings is in docs/development.md.
import { apiKeySecret } from './access/api-keys.js';
import { securityOptionsFromEnv } from './access/config.js';
import { createJwtVerifier, jwtOptionsFromEnv } from './access/jwt.js';
import { bulkSettingsFromEnv } from './bulk/settings.js';
import { exportRetentionMs } from './bulk/storage.js';
import { maxConcurrentFromEnv } from './bulk/store.js';
import { poolerFromEnv } from './db/database.js';
import { gateLimitsFromEnv } from './db/gate.js';
import { replicaSettingsFromEnv } from './db/replica.js';
import { rowSecurityFromEnv } from './db/row-security.js';
import { statementTimeoutFromEnv } from './db/session.js';
import { deliveryOptionsFromEnv } from './events/delivery.js';

const SEEDS = ['demo', 'large', 'none'];

/**
 * What is wrong with the environment, one line per problem, each starting with the variable it
 * names; empty when the server can start.
 */
export function settingsProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const check = (variables: string, read: () => unknown) => {
    try {
      read();
    } catch (error) {
      const message = (error as Error).message;
      problems.push(message.includes('COXSWAIN_') ? message : `${variables}: ${message}`);
    }
  };

  if (production && !env.DATABASE_URL) {
    problems.push('DATABASE_URL must be set in production: the embedded database has no statement timeout');
  }
  check('COXSWAIN_API_KEY_SECRET', () => apiKeySecret(env));
  check('COXSWAIN_JWT_SECRET or COXSWAIN_JWT_JWKS_URL', () => {
    const jwt = jwtOptionsFromEnv(env);
    if (jwt) createJwtVerifier(jwt);
  });
  check('COXSWAIN_MAX_*, COXSWAIN_COST_*, COXSWAIN_APQ_*', () => securityOptionsFromEnv(env));
  check('COXSWAIN_STATEMENT_TIMEOUT_MS', () => statementTimeoutFromEnv(env));
  check('COXSWAIN_ROW_SECURITY', () => rowSecurityFromEnv(env));
  check('COXSWAIN_TENANT_MAX_* / COXSWAIN_DB_QUEUE_TIMEOUT_MS', () => gateLimitsFromEnv(10, env));
  check('DATABASE_REPLICA_URL / COXSWAIN_REPLICA_*', () => replicaSettingsFromEnv(env));
  check('COXSWAIN_DB_POOLER', () => poolerFromEnv(env));
  check('COXSWAIN_BULK_*', () => bulkSettingsFromEnv(env));
  check('COXSWAIN_BULK_MAX_CONCURRENT', () => maxConcurrentFromEnv(env));
  check('COXSWAIN_EXPORT_RETENTION_HOURS', () => exportRetentionMs(env));
  check('COXSWAIN_WEBHOOK_*', () => deliveryOptionsFromEnv(env));

  const port = env.PORT;
  if (port && !(/^\d+$/.test(port) && Number(port) <= 65_535)) {
    problems.push(`PORT must be a port number (0-65535), got ${port}`);
  }
  const seed = env.COXSWAIN_SEED;
  if (seed && !SEEDS.includes(seed)) {
    problems.push(`COXSWAIN_SEED must be one of ${SEEDS.join(', ')}, got ${seed}`);
  }
  return problems;
}
