-- Whitespace speed (issue 4, docs/whitespace.md).
--
-- 1. Open opportunities by account. Of 500,000 opportunities on the large dataset about 40,000
--    are open; without this index every whitespace statement scanned them all. Partial (hand-
--    written: Prisma's schema cannot express a WHERE); the whitespace SQL writes the same stage
--    list as literals so that the planner can use it.
CREATE INDEX "Opportunity_open_account_idx" ON "Opportunity" ("organizationId", "accountId", id)
  WHERE stage IN ('PROSPECTING', 'QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION');

-- 2. The revision of an organization's peer statistics (accounts per industry and segment,
--    owners and median ARR per product): a new random value whenever an account is created or
--    deleted or changes industry, segment or organization, and whenever an installed product
--    (AccountProduct) is created, changed or deleted, in the same transaction as the write, by
--    whatever path (ingestion, the seed loader, Prisma, hand-written SQL). Remembered statistics
--    are used only while their revision is current. Statement-level triggers with transition
--    tables: one UPDATE per statement, however many rows it writes.
ALTER TABLE "Organization" ADD COLUMN "peerStatsRevision" UUID NOT NULL DEFAULT gen_random_uuid();

CREATE FUNCTION "whitespace_peer_revision_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "Organization" SET "peerStatsRevision" = gen_random_uuid();
  ELSIF TG_OP = 'INSERT' THEN
    UPDATE "Organization" SET "peerStatsRevision" = gen_random_uuid()
     WHERE id IN (SELECT "organizationId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Organization" SET "peerStatsRevision" = gen_random_uuid()
     WHERE id IN (SELECT "organizationId" FROM old_rows);
  ELSIF TG_TABLE_NAME = 'Account' THEN
    -- Only a change of group or organization matters (territory and owner updates are frequent).
    -- EXECUTE plans the join afresh for each statement, with the transition tables' real sizes:
    -- PL/pgSQL would otherwise keep the plan of the session's first call, and a nested loop
    -- chosen for an update of no rows took minutes on a later 50,000-account realignment.
    EXECUTE $q$
      UPDATE "Organization" SET "peerStatsRevision" = gen_random_uuid()
       WHERE id IN (SELECT x."organizationId"
                      FROM old_rows o JOIN new_rows n ON n.id = o.id,
                           LATERAL (VALUES (o."organizationId"), (n."organizationId")) AS x("organizationId")
                     WHERE (o.industry, o.segment, o."organizationId") IS DISTINCT FROM (n.industry, n.segment, n."organizationId"))$q$;
  ELSE
    UPDATE "Organization" SET "peerStatsRevision" = gen_random_uuid()
     WHERE id IN (SELECT "organizationId" FROM old_rows UNION SELECT "organizationId" FROM new_rows);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Account_peer_revision_insert" AFTER INSERT ON "Account"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "Account_peer_revision_update" AFTER UPDATE ON "Account"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "Account_peer_revision_delete" AFTER DELETE ON "Account"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "Account_peer_revision_truncate" AFTER TRUNCATE ON "Account"
  FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();

CREATE TRIGGER "AccountProduct_peer_revision_insert" AFTER INSERT ON "AccountProduct"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "AccountProduct_peer_revision_update" AFTER UPDATE ON "AccountProduct"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "AccountProduct_peer_revision_delete" AFTER DELETE ON "AccountProduct"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "AccountProduct_peer_revision_truncate" AFTER TRUNCATE ON "AccountProduct"
  FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
