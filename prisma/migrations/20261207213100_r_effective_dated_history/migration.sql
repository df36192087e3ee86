-- Effective-dated history of who reported to whom and which territory held which account (issue 20,
-- docs/design.md "Effective-dated history"). Each row is valid on the days [validFrom, validTo):
-- half-open, validTo null = still valid. Rep."managerId" and Account."territoryId" stay the current
-- values that every other reader uses; these triggers keep the history in step with every writer
-- (mutations, ingestion, realignment, a territory's ON DELETE SET NULL) in the writer's transaction:
-- a change closes the open row on the day it takes effect and opens a new one.
--
-- No two rows of one rep (account) overlap: a writer changes the rep (account) row first, so it
-- holds that row's lock while its trigger closes and opens history; a concurrent writer waits for
-- the lock, and its trigger's statements (read committed: a new snapshot each) then see the first
-- one's rows. The partial unique index and the range check below refuse anything else.

CREATE TABLE "RepManagerHistory" (
  "id" SERIAL PRIMARY KEY,
  "organizationId" INTEGER NOT NULL REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "repId" INTEGER NOT NULL REFERENCES "Rep"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "managerId" INTEGER REFERENCES "Rep"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "validFrom" DATE NOT NULL,
  "validTo" DATE,
  CONSTRAINT "RepManagerHistory_valid_range" CHECK ("validTo" IS NULL OR "validTo" > "validFrom")
);
CREATE UNIQUE INDEX "RepManagerHistory_repId_open" ON "RepManagerHistory"("repId") WHERE "validTo" IS NULL;
CREATE UNIQUE INDEX "RepManagerHistory_repId_validFrom_key" ON "RepManagerHistory"("repId", "validFrom");
CREATE INDEX "RepManagerHistory_organizationId_validFrom_idx" ON "RepManagerHistory"("organizationId", "validFrom");
CREATE INDEX "RepManagerHistory_managerId_idx" ON "RepManagerHistory"("managerId");

CREATE TABLE "AccountTerritoryHistory" (
  "id" SERIAL PRIMARY KEY,
  "organizationId" INTEGER NOT NULL REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "accountId" INTEGER NOT NULL REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "territoryId" INTEGER NOT NULL REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "validFrom" DATE NOT NULL,
  "validTo" DATE,
  CONSTRAINT "AccountTerritoryHistory_valid_range" CHECK ("validTo" IS NULL OR "validTo" > "validFrom")
);
CREATE UNIQUE INDEX "AccountTerritoryHistory_accountId_open" ON "AccountTerritoryHistory"("accountId") WHERE "validTo" IS NULL;
CREATE UNIQUE INDEX "AccountTerritoryHistory_accountId_validFrom_key" ON "AccountTerritoryHistory"("accountId", "validFrom");
CREATE INDEX "AccountTerritoryHistory_organizationId_validFrom_idx" ON "AccountTerritoryHistory"("organizationId", "validFrom");
CREATE INDEX "AccountTerritoryHistory_territoryId_idx" ON "AccountTerritoryHistory"("territoryId");

-- The day a change takes effect: today in the organization's time zone. A backdated load (the seed
-- replaying a year of changes) sets coxswain.effective_date for its transaction instead.
CREATE FUNCTION "history_effective_day"(org INTEGER) RETURNS DATE LANGUAGE plpgsql STABLE AS $$
DECLARE
  given TEXT := current_setting('coxswain.effective_date', true);
BEGIN
  IF given IS NOT NULL AND given <> '' THEN
    RETURN given::date;
  END IF;
  RETURN (SELECT (now() AT TIME ZONE o."timeZone")::date FROM "Organization" o WHERE o.id = org);
END
$$;

-- Closes the open row of rep/account `owner` on `day` and opens one with `target` (null: none). A
-- change on or before the open row's first day replaces that row instead (a same-day correction),
-- so no row is ever empty.
CREATE FUNCTION "rep_manager_history"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  day DATE;
  open_from DATE;
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new rep reports to its manager from its hire day (the business start of the record).
    INSERT INTO "RepManagerHistory" ("organizationId", "repId", "managerId", "validFrom")
    VALUES (NEW."organizationId", NEW.id, NEW."managerId", NEW."hireDate");
    RETURN NULL;
  END IF;
  day := "history_effective_day"(NEW."organizationId");
  SELECT "validFrom" INTO open_from FROM "RepManagerHistory" WHERE "repId" = NEW.id AND "validTo" IS NULL;
  IF open_from IS NOT NULL AND open_from >= day THEN
    UPDATE "RepManagerHistory" SET "managerId" = NEW."managerId" WHERE "repId" = NEW.id AND "validTo" IS NULL;
  ELSE
    UPDATE "RepManagerHistory" SET "validTo" = day WHERE "repId" = NEW.id AND "validTo" IS NULL;
    INSERT INTO "RepManagerHistory" ("organizationId", "repId", "managerId", "validFrom")
    VALUES (NEW."organizationId", NEW.id, NEW."managerId", day);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Rep_manager_history_insert" AFTER INSERT ON "Rep"
  FOR EACH ROW EXECUTE FUNCTION "rep_manager_history"();
CREATE TRIGGER "Rep_manager_history_update" AFTER UPDATE OF "managerId" ON "Rep"
  FOR EACH ROW WHEN (NEW."managerId" IS DISTINCT FROM OLD."managerId")
  EXECUTE FUNCTION "rep_manager_history"();

CREATE FUNCTION "account_territory_history"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  day DATE := "history_effective_day"(NEW."organizationId");
  open_from DATE;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT "validFrom" INTO open_from FROM "AccountTerritoryHistory" WHERE "accountId" = NEW.id AND "validTo" IS NULL;
    IF open_from IS NOT NULL AND open_from >= day THEN
      DELETE FROM "AccountTerritoryHistory" WHERE "accountId" = NEW.id AND "validTo" IS NULL;
    ELSE
      UPDATE "AccountTerritoryHistory" SET "validTo" = day WHERE "accountId" = NEW.id AND "validTo" IS NULL;
    END IF;
  END IF;
  IF NEW."territoryId" IS NOT NULL THEN
    INSERT INTO "AccountTerritoryHistory" ("organizationId", "accountId", "territoryId", "validFrom")
    VALUES (NEW."organizationId", NEW.id, NEW."territoryId", day);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Account_territory_history_insert" AFTER INSERT ON "Account"
  FOR EACH ROW WHEN (NEW."territoryId" IS NOT NULL)
  EXECUTE FUNCTION "account_territory_history"();
CREATE TRIGGER "Account_territory_history_update" AFTER UPDATE OF "territoryId" ON "Account"
  FOR EACH ROW WHEN (NEW."territoryId" IS DISTINCT FROM OLD."territoryId")
  EXECUTE FUNCTION "account_territory_history"();

-- Backfill: today's links, valid from the start of the record. A rep's manager from the rep's hire
-- day; an account's territory from the organization's first record (its earliest hire day, or the
-- account's creation day where that is earlier), since no earlier placement is known.
INSERT INTO "RepManagerHistory" ("organizationId", "repId", "managerId", "validFrom")
SELECT r."organizationId", r.id, r."managerId", r."hireDate" FROM "Rep" r;

INSERT INTO "AccountTerritoryHistory" ("organizationId", "accountId", "territoryId", "validFrom")
SELECT a."organizationId", a.id, a."territoryId",
       LEAST(a."createdAt"::date, coalesce((SELECT min(r."hireDate") FROM "Rep" r WHERE r."organizationId" = a."organizationId"), a."createdAt"::date))
  FROM "Account" a WHERE a."territoryId" IS NOT NULL;
