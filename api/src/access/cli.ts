// `pnpm api-key create --org acme --scopes admin [--name NAME] [--rep EMAIL] [--expires-in-days N]`
// `pnpm api-key list --org acme` and `pnpm api-key revoke <prefix>`.
// Manages API keys on DATABASE_URL when set, else on the embedded database: the way to get the
// first admin key of a deployment, after which admins use the createApiKey mutation.
import { parseArgs } from 'node:util';
import { openDatabaseFromEnv, runAsCommand } from '../cli.js';
import type { Database } from '../db/database.js';
import { UserInputError } from '../shared/errors.js';
import { issueApiKey, revokeApiKeys } from './api-keys.js';
import { ALL_SCOPES, type Scope } from './scopes.js';

/** The flag that sets each input field of a key. */
const FLAG_OF_FIELD: Record<string, string> = {
  name: '--name',
  scopes: '--scopes',
  repId: '--rep',
  expiresAt: '--expires-in-days',
};

const USAGE = `usage:
  pnpm api-key create --org SLUG --scopes SCOPE[,SCOPE...] [--name NAME] [--rep EMAIL] [--expires-in-days N]
  pnpm api-key list --org SLUG
  pnpm api-key revoke PREFIX
scopes: ${ALL_SCOPES.join(', ')}`;

async function organizationId(db: Database, slug: string | undefined): Promise<number> {
  if (!slug) throw new Error('--org is required');
  const [org] = await db.sql.query<{ id: number }>('SELECT id FROM "Organization" WHERE slug = $1', [slug]);
  if (!org) throw new Error(`no organization with slug ${slug}`);
  return org.id;
}

/** Runs one command; returns the exit code. Exported for tests. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      scopes: { type: 'string' },
      name: { type: 'string' },
      rep: { type: 'string' },
      'expires-in-days': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, argument] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const db = await openDatabaseFromEnv();
  try {
    if (command === 'create') {
      const orgId = await organizationId(db, values.org);
      const scopes = (values.scopes ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      let repId: number | null = null;
      if (values.rep) {
        const [rep] = await db.sql.query<{ id: number }>(
          'SELECT id FROM "Rep" WHERE "organizationId" = $1 AND lower(email) = lower($2)',
          [orgId, values.rep],
        );
        if (!rep) throw new Error(`no rep with email ${values.rep}`);
        repId = rep.id;
      }
      const days = values['expires-in-days'] ? Number(values['expires-in-days']) : null;
      if (days != null && !(Number.isInteger(days) && days > 0 && days <= 1098)) {
        throw new Error('--expires-in-days must be a whole number of days, 1 to 1098');
      }
      let key: Awaited<ReturnType<typeof issueApiKey>>;
      try {
        key = await issueApiKey(
          db.sql,
          {
            organizationId: orgId,
            name: values.name ?? `created with pnpm api-key (${new Date().toISOString().slice(0, 10)})`,
            scopes: scopes as Scope[],
            repId,
            expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
          },
          'system:cli',
        );
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        // The service names the admin mutation's input fields: say them as this command's flags.
        for (const e of error.errors)
          console.error(`${FLAG_OF_FIELD[e.field?.at(-1) ?? ''] ?? 'create'}: ${e.message}`);
        console.error(USAGE);
        return 2;
      }
      console.error(`Created API key ${key.prefix} (id ${key.id}). The key is shown once; store it now:`);
      console.log(key.token);
      return 0;
    }
    if (command === 'list') {
      const orgId = await organizationId(db, values.org);
      const rows = await db.sql.query<{
        prefix: string;
        name: string;
        scopes: string[];
        status: string;
        lastUsedAt: Date | null;
      }>(
        `SELECT prefix, name, scopes, "lastUsedAt",
                CASE WHEN "revokedAt" IS NOT NULL THEN 'revoked'
                     WHEN "expiresAt" <= now() THEN 'expired' ELSE 'active' END AS status
           FROM "ApiKey" WHERE "organizationId" = $1 ORDER BY id`,
        [orgId],
      );
      for (const r of rows) {
        const used = r.lastUsedAt ? new Date(r.lastUsedAt).toISOString() : 'never used';
        console.log(`${r.prefix}  ${r.status.padEnd(7)}  ${r.scopes.join(',')}  ${used}  ${r.name}`);
      }
      return 0;
    }
    if (command === 'revoke') {
      if (!argument) throw new Error('revoke needs the key prefix (cxs_...)');
      const prefix = argument.slice(0, 16);
      const count = await revokeApiKeys(db.sql, { prefix }, 'system:cli');
      console.log(count ? `revoked ${prefix}` : 'no active key with that prefix');
      return count ? 0 : 1;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await db.close();
  }
}

runAsCommand(import.meta.url, run);
