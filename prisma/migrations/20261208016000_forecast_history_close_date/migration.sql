-- Snapshots and backtests (issue 19) look for the deals whose history ever put them in a period:
-- history rows by close date, with the deal and the instant, read from the index alone.
-- Hand-written: Prisma's schema cannot express INCLUDE.
CREATE INDEX "OpportunityHistory_organizationId_closeDate_covering_idx" ON "OpportunityHistory"("organizationId", "closeDate")
  INCLUDE ("opportunityId", "changedAt");
