-- The stored win rates (ForecastWinRate) are computed from history before the period's first
-- instant, which depends on the organization's time zone; they are keyed by the deal revision.
-- A change of time zone therefore takes a new deal revision, so rates computed under the old
-- zone are never read again.
CREATE FUNCTION "time_zone_deal_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."dealRevision" := nextval('deal_revision_seq');
  RETURN NEW;
END $$;

CREATE TRIGGER "Organization_time_zone_deal_revision" BEFORE UPDATE OF "timeZone" ON "Organization"
  FOR EACH ROW WHEN (OLD."timeZone" IS DISTINCT FROM NEW."timeZone")
  EXECUTE FUNCTION "time_zone_deal_revision"();
