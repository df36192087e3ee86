-- Incremental extracts (issue 16): `updatedSince` filters on opportunities, accounts, reps,
-- quotas and installed products, each read through an index on (organizationId, updatedAt, id).

-- AlterTable: quotas and installed products had no updatedAt. The default is the backfill: rows
-- that existed before this migration get its time, so the first delta taken after it sends them
-- once more, and none is ever missed.
ALTER TABLE "Quota" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "AccountProduct" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Rep_organizationId_updatedAt_id_idx" ON "Rep"("organizationId", "updatedAt", "id");
CREATE INDEX "Quota_organizationId_updatedAt_id_idx" ON "Quota"("organizationId", "updatedAt", "id");
CREATE INDEX "Account_organizationId_updatedAt_id_idx" ON "Account"("organizationId", "updatedAt", "id");
CREATE INDEX "AccountProduct_organizationId_updatedAt_id_idx" ON "AccountProduct"("organizationId", "updatedAt", "id");
CREATE INDEX "Opportunity_organizationId_updatedAt_id_idx" ON "Opportunity"("organizationId", "updatedAt", "id");
