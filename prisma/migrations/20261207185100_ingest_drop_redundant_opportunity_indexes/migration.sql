-- Each of these two indexes is the exact key of a covering index added in
-- 20261201230500_opportunity_period_covering_indexes ("organizationId", "closeDate") and
-- ("organizationId", "createdDate"), which serves every scan the narrow one served, from the
-- index alone where the narrow one needed the heap. Every deal written (an ingestion UPDATE of
-- 2,000 deals maintains each index of the table: no HOT update, since amount and updatedAt are
-- indexed) paid for both twice: dropping them took about 30% off that UPDATE (docs/ingestion.md).
DROP INDEX "Opportunity_organizationId_closeDate_idx";
DROP INDEX "Opportunity_organizationId_createdDate_idx";
