-- Deleting a DRAFT run's lines (recompute) checks every line for rows referencing it; without
-- these indexes each check scans the table, so recomputing a 10,000-line run outlived its transaction.

-- CreateIndex
CREATE INDEX "PayoutLine_originalLineId_idx" ON "PayoutLine"("originalLineId");

-- CreateIndex
CREATE INDEX "Dispute_payoutLineId_idx" ON "Dispute"("payoutLineId");
