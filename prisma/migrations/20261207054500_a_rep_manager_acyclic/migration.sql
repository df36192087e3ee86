-- Rep."managerId" never forms a cycle (issue 23). Ingestion refuses a cycle before writing, under
-- the same lock; this trigger holds the invariant for every other writer, and against two
-- transactions that each close half of a cycle: checked at commit, after taking the
-- organization's rep-write lock, so the second one reads the first one's committed links.

CREATE FUNCTION "rep_manager_acyclic"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The organization's rep-write lock, the one upsertReps takes first (api/src/ingestion/reps.ts).
  PERFORM pg_advisory_xact_lock(hashtextextended('reps.upsert:' || NEW."organizationId", 0));
  -- The rep's managers as committed now (a new snapshot after the lock, read committed), walked
  -- upwards; UNION stops the walk on a cycle that does not pass through this rep.
  IF EXISTS (
    WITH RECURSIVE up(id) AS (
      SELECT "managerId" FROM "Rep" WHERE id = NEW.id AND "managerId" IS NOT NULL
      UNION
      SELECT r."managerId" FROM "Rep" r JOIN up ON r.id = up.id WHERE r."managerId" IS NOT NULL
    )
    SELECT 1 FROM up WHERE id = NEW.id
  ) THEN
    RAISE EXCEPTION 'rep % would be its own manager''s ancestor: "managerId" must not form a cycle', NEW.id
      USING ERRCODE = 'check_violation', TABLE = 'Rep', COLUMN = 'managerId', CONSTRAINT = 'Rep_managerId_acyclic';
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Rep_managerId_acyclic_insert"
  AFTER INSERT ON "Rep" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."managerId" IS NOT NULL)
  EXECUTE FUNCTION "rep_manager_acyclic"();

CREATE CONSTRAINT TRIGGER "Rep_managerId_acyclic_update"
  AFTER UPDATE OF "managerId" ON "Rep" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."managerId" IS NOT NULL AND NEW."managerId" IS DISTINCT FROM OLD."managerId")
  EXECUTE FUNCTION "rep_manager_acyclic"();
