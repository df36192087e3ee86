// Organization provisioning: a new tenant with its fiscal calendar, time zone and currency, and its
// first admin API key, in one transaction (docs/ingestion.md "Starting a sync from nothing"). It is
// an operator's act, outside any organization, so it runs on the SQL connection as the API-key CLI
// does; `pnpm org create` (organization/cli.ts) is its only caller. Bad input names the field.
import { issueApiKey } from '../access/api-keys.js';
import type { SqlRunner } from '../db/sql-runner.js';

export interface NewOrganization {
  name: string;
  /** Short unique name (lower-case letters, digits, dashes); default: made from the name. */
  slug?: string | null;
  /** First month of the fiscal year, 1 to 12. */
  fiscalYearStartMonth: number;
  /** IANA time zone, e.g. Europe/Berlin: decides which period a moment falls in. */
  timeZone: string;
  /** ISO 4217 code of every money amount; default USD. */
  currency?: string | null;
  /** Name of the first admin key. */
  keyName?: string | null;
}

export interface ProvisioningProblem {
  field: 'name' | 'slug' | 'fiscalYearStartMonth' | 'timeZone' | 'currency';
  message: string;
}

export type ProvisioningResult =
  | { ok: true; organizationId: number; slug: string; keyId: number; keyPrefix: string; token: string }
  | { ok: false; problems: ProvisioningProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 255;
const MAX_SLUG = 63;

/** `Acme Cloud, Inc.` -> `acme-cloud-inc`. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/** Whether JavaScript's Intl (the calendar code) knows the zone. */
function intlKnows(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the organization and its first admin key, or returns every problem of the input (each
 * naming its field) and writes nothing. The time zone must be known both to JavaScript (the
 * fiscal calendar) and to the database (`AT TIME ZONE` in the analytics).
 */
export async function createOrganization(
  sql: SqlRunner,
  input: NewOrganization,
  actor: string,
): Promise<ProvisioningResult> {
  const problems: ProvisioningProblem[] = [];
  const name = input.name?.trim() ?? '';
  if (!name || name.length > MAX_NAME) {
    problems.push({ field: 'name', message: `name must have 1 to ${MAX_NAME} characters` });
  }
  const slug = input.slug?.trim() || slugOf(name);
  if (!SLUG.test(slug) || slug.length > MAX_SLUG) {
    problems.push({
      field: 'slug',
      message: `slug "${slug}" must be lower-case letters, digits and single dashes, at most ${MAX_SLUG} characters`,
    });
  }
  const month = input.fiscalYearStartMonth;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    problems.push({
      field: 'fiscalYearStartMonth',
      message: `fiscalYearStartMonth must be a whole month number from 1 (January) to 12; got ${month}`,
    });
  }
  const timeZone = input.timeZone?.trim() ?? '';
  const currency = (input.currency?.trim() || 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    problems.push({ field: 'currency', message: `currency must be an ISO 4217 code such as USD; got "${currency}"` });
  }

  return sql.withConnection(async (conn) => {
    const [zone] = await conn.query<{ known: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1) AS known',
      [timeZone],
    );
    if (!timeZone || !zone?.known || !intlKnows(timeZone)) {
      problems.push({
        field: 'timeZone',
        message: `timeZone "${timeZone}" is not an IANA time zone name such as "America/New_York" or "UTC"`,
      });
    }
    if (SLUG.test(slug)) {
      const [taken] = await conn.query('SELECT 1 FROM "Organization" WHERE slug = $1', [slug]);
      if (taken) problems.push({ field: 'slug', message: `an organization with slug "${slug}" already exists` });
    }
    if (problems.length) return { ok: false, problems };

    await conn.query('BEGIN');
    try {
      const [org] = await conn.query<{ id: number }>(
        `INSERT INTO "Organization" (name, slug, "fiscalYearStartMonth", "timeZone", currency)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [name, slug, month, timeZone, currency],
      );
      const organizationId = Number((org as { id: number }).id);
      const key = await issueApiKey(
        conn,
        {
          organizationId,
          name: input.keyName?.trim() || `first admin key (${new Date().toISOString().slice(0, 10)})`,
          scopes: ['admin'],
        },
        actor,
      );
      await conn.query('COMMIT');
      return { ok: true, organizationId, slug, keyId: key.id, keyPrefix: key.prefix, token: key.token };
    } catch (error) {
      await conn.query('ROLLBACK');
      // Two operators creating the same slug at once: the unique index decides, the loser is told.
      if ((error as { code?: string }).code === '23505') {
        return {
          ok: false,
          problems: [{ field: 'slug', message: `an organization with slug "${slug}" already exists` }],
        };
      }
      throw error;
    }
  });
}
