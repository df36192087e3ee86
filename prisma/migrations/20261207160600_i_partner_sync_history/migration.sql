-- Partner sync (issue 17, docs/ingestion.md).
--
-- 1. Opportunity history gets a natural key, (opportunityId, changedAt): one state per deal and
--    instant, so that a re-sent history import writes nothing new. Two rows of one deal at the
--    same instant made "the state as of a moment" ambiguous anyway; should any exist, the later
--    written (higher id) is kept, as the as-of reads (ORDER BY changedAt DESC, id DESC) already did.
DELETE FROM "OpportunityHistory" h USING "OpportunityHistory" later
 WHERE later."opportunityId" = h."opportunityId" AND later."changedAt" = h."changedAt" AND later.id > h.id;

-- DropIndex
DROP INDEX "OpportunityHistory_opportunityId_changedAt_idx";

-- AlterTable
ALTER TABLE "AccountProduct" ADD COLUMN     "endDate" DATE;

-- CreateTable
CREATE TABLE "AccountProductArr" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "arr" DECIMAL(18,2) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountProductArr_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountProductArr_organizationId_effectiveFrom_idx" ON "AccountProductArr"("organizationId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "AccountProductArr_productId_idx" ON "AccountProductArr"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountProductArr_accountId_productId_effectiveFrom_key" ON "AccountProductArr"("accountId", "productId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityHistory_opportunityId_changedAt_key" ON "OpportunityHistory"("opportunityId", "changedAt");

-- AddForeignKey
ALTER TABLE "AccountProductArr" ADD CONSTRAINT "AccountProductArr_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountProductArr" ADD CONSTRAINT "AccountProductArr_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountProductArr" ADD CONSTRAINT "AccountProductArr_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 2. Every installed product stored so far starts its ARR history with its current ARR from the
--    day it was installed.
INSERT INTO "AccountProductArr" ("organizationId", "accountId", "productId", "effectiveFrom", "arr")
SELECT "organizationId", "accountId", "productId", since, arr FROM "AccountProduct";
