// The settings a request context carries for an organization, read as the server reads them: for
// tests and benchmarks that build a context by hand.
import type { Database } from '../../api/src/db/database.js';
import type { OrganizationSettings } from '../../api/src/shared/context.js';

/** The organization `id`, or the first one of the database; fails naming `hint` when there is none. */
export async function readOrganization(
  db: Database,
  id?: number,
  hint = 'seed it first',
): Promise<OrganizationSettings> {
  const [org] = await db.sql.query<OrganizationSettings>(
    `SELECT id, name, "fiscalYearStartMonth", "timeZone", currency FROM "Organization"
      ${id == null ? '' : 'WHERE id = $1'} ORDER BY id LIMIT 1`,
    id == null ? [] : [id],
  );
  if (!org) throw new Error(`${db.location} has no organization${id == null ? '' : ` ${id}`}; ${hint}`);
  return org;
}
