-- Stage win rates of the forecast projection, computed once and reused (docs/forecast.md, "Win
-- rates: computed once, never stale"). They depend only on the organization, the period start and
-- the deals and history stored; Organization."dealRevision" changes in the same transaction as any
-- write to "Opportunity" or "OpportunityHistory" (statement triggers, so every write path is
-- covered: ingestion, the seed loader, raw SQL), and a stored rate is used only at the revision it
-- was computed at. The revision comes from a sequence owned by no column, so TRUNCATE ... RESTART
-- IDENTITY never hands out a number again and an old row can never match.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "dealRevision" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ForecastWinRate" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "dealRevision" BIGINT NOT NULL DEFAULT 0,
    "stage" "OpportunityStage" NOT NULL,
    "closedDeals" INTEGER NOT NULL,
    "wonDeals" INTEGER NOT NULL,
    "rate" DECIMAL(7,6) NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastWinRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForecastWinRate_org_period_revision_stage_key" ON "ForecastWinRate"("organizationId", "periodStart", "dealRevision", "stage");

-- AddForeignKey
ALTER TABLE "ForecastWinRate" ADD CONSTRAINT "ForecastWinRate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE SEQUENCE "deal_revision_seq";

-- One function for the triggers below: the organizations whose deals or history the statement
-- wrote get a new revision, and their stored win rates, all stale now, are dropped. Statement
-- triggers with transition tables: one update per organization and statement, not per row.
CREATE FUNCTION "bump_deal_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs int[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "Organization" SET "dealRevision" = nextval('deal_revision_seq');
    DELETE FROM "ForecastWinRate";
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "organizationId") INTO orgs FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT id) INTO orgs
      FROM (SELECT "organizationId" AS id FROM old_rows UNION SELECT "organizationId" FROM new_rows) w;
  END IF;
  IF orgs IS NOT NULL THEN
    UPDATE "Organization" SET "dealRevision" = nextval('deal_revision_seq') WHERE id = ANY (orgs);
    DELETE FROM "ForecastWinRate" WHERE "organizationId" = ANY (orgs);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Opportunity_deal_revision_insert" AFTER INSERT ON "Opportunity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "Opportunity_deal_revision_update" AFTER UPDATE ON "Opportunity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "Opportunity_deal_revision_delete" AFTER DELETE ON "Opportunity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "Opportunity_deal_revision_truncate" AFTER TRUNCATE ON "Opportunity"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "OpportunityHistory_deal_revision_insert" AFTER INSERT ON "OpportunityHistory"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "OpportunityHistory_deal_revision_update" AFTER UPDATE ON "OpportunityHistory"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "OpportunityHistory_deal_revision_delete" AFTER DELETE ON "OpportunityHistory"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();
CREATE TRIGGER "OpportunityHistory_deal_revision_truncate" AFTER TRUNCATE ON "OpportunityHistory"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_deal_revision"();

-- The forecast rollup reads the period's deals from the index alone (no heap visit per deal).
CREATE INDEX "Opportunity_organizationId_closeDate_forecast_idx" ON "Opportunity"("organizationId", "closeDate")
  INCLUDE ("id", "ownerId", "amount", "stage", "forecastCategory");
