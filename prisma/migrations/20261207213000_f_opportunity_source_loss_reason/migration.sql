-- Funnel and win/loss (issue 20): where a deal came from, why it was lost (one of the
-- organization's own loss reasons, a picklist as in a CRM) and to which competitor.

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "competitor" TEXT,
ADD COLUMN     "lossReasonId" INTEGER,
ADD COLUMN     "source" TEXT;

-- CreateTable
CREATE TABLE "LossReason" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LossReason_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LossReason_organizationId_externalId_key" ON "LossReason"("organizationId", "externalId");

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_lossReasonId_fkey" FOREIGN KEY ("lossReasonId") REFERENCES "LossReason"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LossReason" ADD CONSTRAINT "LossReason_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
