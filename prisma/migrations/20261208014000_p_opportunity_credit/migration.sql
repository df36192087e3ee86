-- Stored credit lines (docs/performance.md "Stored credit lines"): one row per (deal, credited
-- rep, split type) with the rep's line of the deal already rounded, so that `performance` grouped
-- by REP (and the scope's total, the attainment distribution) sums a narrow, indexed table instead
-- of joining every split to the period's deals and rounding each line per request.
--
-- The credit rule (docs/design.md §11, api/src/performance/metrics.ts): a deal's REVENUE splits
-- credit their reps with their percentage, its owner 100% when it has no REVENUE split; its
-- OVERLAY splits credit their reps in addition. `line` is amount x percent rounded half-even to the
-- cent (the one rounding rule, sqlRoundCents). `counted` is false for an OVERLAY line of a rep who
-- also holds a REVENUE line of the deal (their REP row counts the deal once); `revenueLines` is the
-- deal's number of REVENUE lines (with one, that line is the deal's row in the total). The deal's
-- stage and dates are copied so the period's lines are read from the covering indexes alone.
--
-- Kept by triggers in the writer's transaction, so every writer (mutations, ingestion upserts,
-- split changes, owner moves, deletions, history import, the seed's batches) keeps it: a statement
-- that inserts or changes deals or splits recomputes the lines of the deals it touched (deleting a
-- deal cascades). Two writers of one deal's splits serialise on the deal's row: the recompute
-- first locks it (FOR NO KEY UPDATE, which a split's foreign-key check does not conflict with), and
-- its statements then run on a new snapshot (read committed) that sees the other writer's rows.

CREATE TABLE "OpportunityCredit" (
  "id" SERIAL PRIMARY KEY,
  "organizationId" INTEGER NOT NULL REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "opportunityId" INTEGER NOT NULL REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "repId" INTEGER NOT NULL,
  "splitType" "SplitType" NOT NULL,
  "percent" DECIMAL(9,6) NOT NULL,
  "line" DECIMAL(20,2) NOT NULL,
  "counted" BOOLEAN NOT NULL,
  "revenueLines" INTEGER NOT NULL,
  "stage" "OpportunityStage" NOT NULL,
  "createdDate" DATE NOT NULL,
  "closeDate" DATE NOT NULL
);
CREATE UNIQUE INDEX "OpportunityCredit_opportunityId_repId_splitType_key"
  ON "OpportunityCredit"("opportunityId", "repId", "splitType");
-- The period's lines from the index alone: closing in the period, then created in it.
CREATE INDEX "OpportunityCredit_organizationId_closeDate_covering_idx" ON "OpportunityCredit"("organizationId", "closeDate")
  INCLUDE ("opportunityId", "repId", "splitType", "line", "counted", "revenueLines", "stage", "createdDate");
CREATE INDEX "OpportunityCredit_organizationId_createdDate_covering_idx" ON "OpportunityCredit"("organizationId", "createdDate")
  INCLUDE ("opportunityId", "repId", "splitType", "line", "counted", "revenueLines", "stage", "closeDate");

-- Recomputes the lines of deals `ids` from "Opportunity" and "OpportunitySplit". With `lock`, the
-- deals' rows first (a split writer's; a deal writer already holds them, and new or backfilled
-- deals need none).
CREATE FUNCTION "opportunity_credit_refresh"(ids INTEGER[], lock BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  IF lock THEN
    PERFORM 1 FROM "Opportunity" o WHERE o.id = ANY(ids) ORDER BY o.id FOR NO KEY UPDATE;
  END IF;
  DELETE FROM "OpportunityCredit" c WHERE c."opportunityId" = ANY(ids);
  INSERT INTO "OpportunityCredit" ("organizationId", "opportunityId", "repId", "splitType", "percent", "line",
                                   "counted", "revenueLines", "stage", "createdDate", "closeDate")
  SELECT x.org, x.oid, x.rep, x.st, x.pct,
         -- Half-even to the cent: round() goes half away from zero, so a value exactly half a cent
         -- from an odd cent takes the even neighbour (shared/money.ts sqlRoundCents).
         CASE WHEN x.c - round(x.c, 2) IN (0.005, -0.005) AND round(x.c, 2) * 100 % 2 <> 0
              THEN round(2 * x.c - round(x.c, 2), 2) ELSE round(x.c, 2) END,
         NOT (x.st = 'OVERLAY' AND bool_or(x.st <> 'OVERLAY') OVER (PARTITION BY x.oid, x.rep)),
         (count(*) FILTER (WHERE x.st <> 'OVERLAY') OVER (PARTITION BY x.oid))::int,
         x.stage, x.cd, x.xd
    FROM (
      SELECT o."organizationId" AS org, o.id AS oid, s."repId" AS rep, s."splitType" AS st, s.percent AS pct,
             o.amount * s.percent AS c, o.stage, o."createdDate" AS cd, o."closeDate" AS xd
        FROM "Opportunity" o JOIN "OpportunitySplit" s ON s."opportunityId" = o.id
       WHERE o.id = ANY(ids)
      UNION ALL
      SELECT o."organizationId", o.id, o."ownerId", 'REVENUE'::"SplitType", 1::numeric, o.amount, o.stage,
             o."createdDate", o."closeDate"
        FROM "Opportunity" o
       WHERE o.id = ANY(ids)
         AND NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s
                          WHERE s."opportunityId" = o.id AND s."splitType" <> 'OVERLAY')
    ) x;
END
$$;

-- Deals inserted, or changed in what their lines read (amount, owner, stage, dates).
CREATE FUNCTION "opportunity_credit_from_deals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "opportunity_credit_refresh"(ARRAY(SELECT n.id FROM new_rows n), false);
  ELSE
    PERFORM "opportunity_credit_refresh"(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n."organizationId", n.amount, n."ownerId", n.stage, n."createdDate", n."closeDate")
             IS DISTINCT FROM (o."organizationId", o.amount, o."ownerId", o.stage, o."createdDate", o."closeDate")), false);
  END IF;
  RETURN NULL;
END
$$;

-- Splits inserted, changed or deleted: the deals they belong (belonged) to.
CREATE FUNCTION "opportunity_credit_from_splits"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "opportunity_credit_refresh"(ARRAY(SELECT DISTINCT n."opportunityId" FROM new_rows n), true);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "opportunity_credit_refresh"(ARRAY(SELECT DISTINCT o."opportunityId" FROM old_rows o), true);
  ELSE
    PERFORM "opportunity_credit_refresh"(ARRAY(
      SELECT n."opportunityId" FROM new_rows n UNION SELECT o."opportunityId" FROM old_rows o), true);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "opportunity_credit_insert" AFTER INSERT ON "Opportunity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "opportunity_credit_from_deals"();
CREATE TRIGGER "opportunity_credit_update" AFTER UPDATE ON "Opportunity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "opportunity_credit_from_deals"();
CREATE TRIGGER "opportunity_split_credit_insert" AFTER INSERT ON "OpportunitySplit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "opportunity_credit_from_splits"();
CREATE TRIGGER "opportunity_split_credit_update" AFTER UPDATE ON "OpportunitySplit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "opportunity_credit_from_splits"();
CREATE TRIGGER "opportunity_split_credit_delete" AFTER DELETE ON "OpportunitySplit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "opportunity_credit_from_splits"();

-- Backfill: every existing deal.
SELECT "opportunity_credit_refresh"(ARRAY(SELECT id FROM "Opportunity"), false);
