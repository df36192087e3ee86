-- A rep's email is unique in its organization regardless of case (issue 23): a JWT names its user
-- by email, matched ignoring case, so two reps whose emails differ only in case made a token act
-- for either of them. The expression index replaces the case-sensitive one (it implies it), is
-- the last word for every writer (ingestion checks first for a per-row error) and serves the
-- JWT lookup. Hand-written: Prisma's schema cannot express an index on lower(email).
--
-- Existing duplicates stop the migration with the reps to fix, rather than a bare index error.
DO $$
DECLARE
  dup record;
BEGIN
  SELECT "organizationId", lower(email) AS email, string_agg(id::text, ', ' ORDER BY id) AS ids
    INTO dup
    FROM "Rep"
   GROUP BY "organizationId", lower(email)
  HAVING count(*) > 1
   ORDER BY 1, 2
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'reps % of organization % have the same email "%" up to case; give each its own email and migrate again',
      dup.ids, dup."organizationId", dup.email;
  END IF;
END $$;

DROP INDEX "Rep_organizationId_email_key";

CREATE UNIQUE INDEX "Rep_organizationId_lower_email_key" ON "Rep" ("organizationId", lower(email));
