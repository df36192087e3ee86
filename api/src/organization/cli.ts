// `pnpm org create --name NAME --fiscal-year-start-month 1-12 --time-zone ZONE [--slug SLUG]
//  [--currency USD] [--key-name NAME]`: creates an organization with its fiscal calendar and time
// zone and prints its first admin API key (stdout; the rest goes to stderr), on DATABASE_URL when
// set, else on the embedded database. With that key the organization's integration syncs its
// data through the ingestion mutations; a fresh deployment (COXSWAIN_SEED=none) needs no SQL.
import { parseArgs } from 'node:util';
import { openDatabaseFromEnv, runAsCommand } from '../cli.js';
import { createOrganization, type ProvisioningProblem } from './provision.js';

const USAGE = `usage:
  pnpm org create --name NAME --fiscal-year-start-month 1-12 --time-zone ZONE [--slug SLUG] [--currency USD] [--key-name NAME]
ZONE is an IANA time zone name, e.g. America/New_York, Europe/Berlin or UTC.`;

/** The command-line flag of each field, so an error names what the operator typed. */
const FLAG: Record<ProvisioningProblem['field'], string> = {
  name: '--name',
  slug: '--slug',
  fiscalYearStartMonth: '--fiscal-year-start-month',
  timeZone: '--time-zone',
  currency: '--currency',
};

/** Runs one command; returns the exit code. Exported for tests. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'fiscal-year-start-month': { type: 'string' },
      'time-zone': { type: 'string' },
      currency: { type: 'string' },
      'key-name': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command] = positionals;
  if (values.help || command !== 'create') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const missing = (['name', 'fiscal-year-start-month', 'time-zone'] as const).filter((f) => !values[f]);
  if (missing.length) {
    console.error(`${missing.map((f) => `--${f}`).join(', ')} required\n${USAGE}`);
    return 2;
  }
  const monthText = values['fiscal-year-start-month'] as string;
  const db = await openDatabaseFromEnv();
  try {
    const result = await createOrganization(
      db.sql,
      {
        name: values.name as string,
        slug: values.slug,
        fiscalYearStartMonth: /^\d+$/.test(monthText) ? Number(monthText) : Number.NaN,
        timeZone: values['time-zone'] as string,
        currency: values.currency,
        keyName: values['key-name'],
      },
      'system:cli',
    );
    if (!result.ok) {
      for (const p of result.problems) console.error(`${FLAG[p.field]}: ${p.message}`);
      return 2;
    }
    console.error(
      `Created organization ${result.slug} (id ${result.organizationId}) and its first admin key ${result.keyPrefix} (id ${result.keyId}). The key is shown once; store it now:`,
    );
    console.log(result.token);
    return 0;
  } finally {
    await db.close();
  }
}

runAsCommand(import.meta.url, run);
