-- The period's deals, read from the index alone by the performance metrics (deals closing in the
-- period, then deals created in it that close elsewhere) and by the forecast rollup (deals closing
-- in the period). Hand-written: Prisma's schema cannot express INCLUDE. The closing-date index
-- replaces the forecast's narrower one, which it covers.
DROP INDEX "Opportunity_organizationId_closeDate_forecast_idx";

CREATE INDEX "Opportunity_organizationId_closeDate_covering_idx" ON "Opportunity"("organizationId", "closeDate")
  INCLUDE ("id", "ownerId", "accountId", "amount", "stage", "forecastCategory", "createdDate");

CREATE INDEX "Opportunity_organizationId_createdDate_covering_idx" ON "Opportunity"("organizationId", "createdDate")
  INCLUDE ("id", "ownerId", "accountId", "amount", "stage", "closeDate");
