// Effective-dated history (docs/design.md "Effective-dated history"): which days an `asOf` may
// name, and the hierarchy as it was on one of them. The rows themselves are written by database
// triggers (migration 20261207213100_r_effective_dated_history) whenever a manager or an account's
// territory changes.
import { dayOf } from '../forecast/period.js';
import { Prisma } from '../generated/prisma/client.js';
import { UserInputError } from '../shared/errors.js';
import type { TenantPrisma } from '../shared/tenant.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The organization's first record: the earliest day any history row starts (a rep's hire day, or
 * an account's first placement). Null when the organization has none yet.
 */
export async function firstRecordDay(prisma: TenantPrisma, organizationId: number): Promise<Date | null> {
  const [row] = await prisma.$queryRaw<{ first: Date | null }[]>(Prisma.sql`
    SELECT least(
      (SELECT min("validFrom") FROM "RepManagerHistory" WHERE "organizationId" = ${organizationId}),
      (SELECT min("validFrom") FROM "AccountTerritoryHistory" WHERE "organizationId" = ${organizationId})
    ) AS first`);
  return row?.first ?? null;
}

/**
 * Refuses an `asOf` in the future (after today in the organization's time zone) or before the
 * organization's first record, naming the argument `field`.
 */
export async function checkAsOf(
  prisma: TenantPrisma,
  organization: { id: number; timeZone: string },
  asOf: Date,
  field: (string | number)[],
  now: Date = new Date(),
): Promise<void> {
  const today = dayOf(now, organization.timeZone);
  if (asOf > today) {
    throw new UserInputError('OUT_OF_RANGE', `asOf ${iso(asOf)} is in the future (today is ${iso(today)})`, field);
  }
  const first = await firstRecordDay(prisma, organization.id);
  if (!first || asOf < first) {
    const since = first ? `its first record is on ${iso(first)}` : 'it has no records yet';
    throw new UserInputError(
      'OUT_OF_RANGE',
      `asOf ${iso(asOf)} is before the organization's first record (${since})`,
      field,
    );
  }
}

export interface HierarchyEntry {
  repId: number;
  managerId: number | null;
  /** Levels below the root (0 = a root). */
  depth: number;
  /** The first day of the manager link this entry is on. */
  validFrom: Date;
  /** The day the link ended (exclusive); null = still valid. */
  validTo: Date | null;
}

/**
 * The hierarchy on `day`: every rep with a manager link valid that day under `rootId` (or, without
 * it, under every rep that had no manager that day), with its depth. One recursive statement.
 */
export async function hierarchyOn(
  prisma: TenantPrisma,
  organizationId: number,
  day: Date,
  rootId: number | null,
): Promise<HierarchyEntry[]> {
  const roots = rootId == null ? Prisma.sql`l."managerId" IS NULL` : Prisma.sql`l.id = ${rootId}`;
  return prisma.$queryRaw<HierarchyEntry[]>(Prisma.sql`
    WITH RECURSIVE link AS (
      SELECT h."repId" AS id, h."managerId", h."validFrom", h."validTo" FROM "RepManagerHistory" h
       WHERE h."organizationId" = ${organizationId} AND h."validFrom" <= ${day}::date
         AND (h."validTo" IS NULL OR h."validTo" > ${day}::date)
    ),
    tree AS (
      SELECT l.id, l."managerId", l."validFrom", l."validTo", 0 AS depth FROM link l WHERE ${roots}
      UNION ALL
      SELECT l.id, l."managerId", l."validFrom", l."validTo", t.depth + 1 FROM link l JOIN tree t ON l."managerId" = t.id
    ) CYCLE id SET looped USING path
    SELECT id AS "repId", "managerId", depth, "validFrom", "validTo" FROM tree WHERE NOT looped
     ORDER BY depth, id`);
}
