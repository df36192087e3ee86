-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RepRole" AS ENUM ('AE', 'SDR', 'SE', 'AM', 'MANAGER', 'EXECUTIVE', 'SALES_OPS');

-- CreateEnum
CREATE TYPE "SalesPlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('GEO', 'INDUSTRY', 'SEGMENT', 'NAMED');

-- CreateEnum
CREATE TYPE "TerritoryRole" AS ENUM ('PRIMARY', 'OVERLAY');

-- CreateEnum
CREATE TYPE "Segment" AS ENUM ('SMB', 'MID', 'ENT');

-- CreateEnum
CREATE TYPE "OpportunityType" AS ENUM ('NEW_BUSINESS', 'EXPANSION', 'RENEWAL');

-- CreateEnum
CREATE TYPE "OpportunityStage" AS ENUM ('PROSPECTING', 'QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST');

-- CreateEnum
CREATE TYPE "ForecastCategory" AS ENUM ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED');

-- CreateEnum
CREATE TYPE "SplitType" AS ENUM ('REVENUE', 'OVERLAY');

-- CreateEnum
CREATE TYPE "CompPlanStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "CompComponentKind" AS ENUM ('COMMISSION', 'BONUS', 'SPIFF');

-- CreateEnum
CREATE TYPE "CompPeriod" AS ENUM ('MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "PayoutRunStatus" AS ENUM ('DRAFT', 'APPROVED', 'PAID');

-- CreateEnum
CREATE TYPE "PayoutLineKind" AS ENUM ('COMMISSION', 'BONUS', 'SPIFF', 'DRAW', 'DRAW_RECOVERY', 'CLAWBACK', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'RESOLVED', 'REJECTED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "fiscalYearStartMonth" INTEGER NOT NULL DEFAULT 1,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "repId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "principal" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "apiKeyId" INTEGER,
    "repId" INTEGER,
    "requestId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rep" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "RepRole" NOT NULL,
    "managerId" INTEGER,
    "region" TEXT NOT NULL,
    "segment" "Segment",
    "hireDate" DATE NOT NULL,
    "terminationDate" DATE,
    "rampMonths" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesPlan" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "SalesPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "targetAmount" DECIMAL(18,2),
    "clonedFromId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SalesPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "salesPlanId" INTEGER NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryRule" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "region" TEXT,
    "country" TEXT,
    "industry" TEXT,
    "minEmployees" INTEGER,
    "maxEmployees" INTEGER,

    CONSTRAINT "TerritoryRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryAssignment" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "repId" INTEGER NOT NULL,
    "role" "TerritoryRole" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "TerritoryAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "salesPlanId" INTEGER NOT NULL,
    "repId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "Quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityLine" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "salesPlanId" INTEGER NOT NULL,
    "role" "RepRole" NOT NULL,
    "headcount" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "rampMonths" INTEGER NOT NULL,
    "rampedProductivity" DECIMAL(18,2) NOT NULL,
    "attritionRate" DECIMAL(12,6) NOT NULL DEFAULT 0,

    CONSTRAINT "CapacityLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "industry" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "employees" INTEGER NOT NULL,
    "annualRevenue" DECIMAL(18,2),
    "segment" "Segment" NOT NULL,
    "territoryId" INTEGER,
    "ownerId" INTEGER,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "listPrice" DECIMAL(18,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountProduct" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "since" DATE NOT NULL,
    "arr" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "AccountProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "accountId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "type" "OpportunityType" NOT NULL,
    "stage" "OpportunityStage" NOT NULL,
    "forecastCategory" "ForecastCategory" NOT NULL,
    "createdDate" DATE NOT NULL,
    "closeDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityLineItem" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "opportunityId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "quantity" DECIMAL(12,2) NOT NULL,
    "unitPrice" DECIMAL(18,2) NOT NULL,
    "totalPrice" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "OpportunityLineItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunitySplit" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "opportunityId" INTEGER NOT NULL,
    "repId" INTEGER NOT NULL,
    "percent" DECIMAL(9,6) NOT NULL,
    "splitType" "SplitType" NOT NULL,

    CONSTRAINT "OpportunitySplit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityHistory" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "opportunityId" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "stage" "OpportunityStage" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "closeDate" DATE NOT NULL,
    "forecastCategory" "ForecastCategory" NOT NULL,

    CONSTRAINT "OpportunityHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastSubmission" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "category" "ForecastCategory" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "note" TEXT,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompPlan" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "CompPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" INTEGER,
    "effectiveStart" DATE NOT NULL,
    "effectiveEnd" DATE,
    "clawbackWindowDays" INTEGER NOT NULL DEFAULT 90,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompComponent" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "compPlanId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CompComponentKind" NOT NULL,
    "period" "CompPeriod" NOT NULL,
    "opportunityTypes" "OpportunityType"[],
    "productFamilies" TEXT[],
    "retroactive" BOOLEAN NOT NULL DEFAULT false,
    "capAmount" DECIMAL(18,2),
    "targetShare" DECIMAL(12,6),
    "spiffAmount" DECIMAL(18,2),

    CONSTRAINT "CompComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompTier" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "componentId" INTEGER NOT NULL,
    "fromAttainment" DECIMAL(12,6) NOT NULL,
    "toAttainment" DECIMAL(12,6),
    "rate" DECIMAL(12,6) NOT NULL,

    CONSTRAINT "CompTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompAssignment" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "compPlanId" INTEGER NOT NULL,
    "repId" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "baseSalary" DECIMAL(18,2) NOT NULL,
    "targetIncentive" DECIMAL(18,2) NOT NULL,
    "drawAmount" DECIMAL(18,2),
    "drawRecoverable" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CompAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutRun" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "PayoutRunStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "computedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PayoutRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutLine" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "payoutRunId" INTEGER NOT NULL,
    "repId" INTEGER NOT NULL,
    "componentId" INTEGER,
    "kind" "PayoutLineKind" NOT NULL,
    "credit" DECIMAL(18,2),
    "quota" DECIMAL(18,2),
    "attainment" DECIMAL(12,6),
    "amount" DECIMAL(18,2) NOT NULL,
    "explanation" JSONB NOT NULL,
    "originalLineId" INTEGER,

    CONSTRAINT "PayoutLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutAdjustment" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "payoutRunId" INTEGER,
    "repId" INTEGER NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PayoutAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "repId" INTEGER NOT NULL,
    "payoutLineId" INTEGER,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "reason" TEXT NOT NULL,
    "resolution" TEXT,
    "adjustmentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_idx" ON "ApiKey"("organizationId");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyRecord_organizationId_principal_operation_key_key" ON "IdempotencyRecord"("organizationId", "principal", "operation", "key");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_entityType_entityId_idx" ON "AuditEvent"("organizationId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Rep_organizationId_managerId_idx" ON "Rep"("organizationId", "managerId");

-- CreateIndex
CREATE INDEX "Rep_organizationId_region_idx" ON "Rep"("organizationId", "region");

-- CreateIndex
CREATE UNIQUE INDEX "Rep_organizationId_externalId_key" ON "Rep"("organizationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Rep_organizationId_email_key" ON "Rep"("organizationId", "email");

-- CreateIndex
CREATE INDEX "SalesPlan_organizationId_fiscalYear_status_idx" ON "SalesPlan"("organizationId", "fiscalYear", "status");

-- CreateIndex
CREATE INDEX "Territory_organizationId_salesPlanId_idx" ON "Territory"("organizationId", "salesPlanId");

-- CreateIndex
CREATE INDEX "Territory_parentId_idx" ON "Territory"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_organizationId_externalId_key" ON "Territory"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "TerritoryRule_territoryId_idx" ON "TerritoryRule"("territoryId");

-- CreateIndex
CREATE INDEX "TerritoryAssignment_territoryId_idx" ON "TerritoryAssignment"("territoryId");

-- CreateIndex
CREATE INDEX "TerritoryAssignment_repId_idx" ON "TerritoryAssignment"("repId");

-- CreateIndex
CREATE INDEX "Quota_organizationId_periodStart_periodEnd_idx" ON "Quota"("organizationId", "periodStart", "periodEnd");

-- CreateIndex
CREATE INDEX "Quota_repId_periodStart_idx" ON "Quota"("repId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Quota_salesPlanId_repId_periodKey_key" ON "Quota"("salesPlanId", "repId", "periodKey");

-- CreateIndex
CREATE INDEX "CapacityLine_salesPlanId_idx" ON "CapacityLine"("salesPlanId");

-- CreateIndex
CREATE INDEX "Account_organizationId_territoryId_idx" ON "Account"("organizationId", "territoryId");

-- CreateIndex
CREATE INDEX "Account_organizationId_ownerId_idx" ON "Account"("organizationId", "ownerId");

-- CreateIndex
CREATE INDEX "Account_organizationId_industry_segment_idx" ON "Account"("organizationId", "industry", "segment");

-- CreateIndex
CREATE INDEX "Account_organizationId_region_idx" ON "Account"("organizationId", "region");

-- CreateIndex
CREATE UNIQUE INDEX "Account_organizationId_externalId_key" ON "Account"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "Product_organizationId_family_idx" ON "Product"("organizationId", "family");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organizationId_externalId_key" ON "Product"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "AccountProduct_organizationId_productId_idx" ON "AccountProduct"("organizationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountProduct_accountId_productId_key" ON "AccountProduct"("accountId", "productId");

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_closeDate_idx" ON "Opportunity"("organizationId", "closeDate");

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_createdDate_idx" ON "Opportunity"("organizationId", "createdDate");

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_ownerId_closeDate_idx" ON "Opportunity"("organizationId", "ownerId", "closeDate");

-- CreateIndex
CREATE INDEX "Opportunity_accountId_idx" ON "Opportunity"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_organizationId_externalId_key" ON "Opportunity"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "OpportunityLineItem_opportunityId_idx" ON "OpportunityLineItem"("opportunityId");

-- CreateIndex
CREATE INDEX "OpportunityLineItem_organizationId_productId_idx" ON "OpportunityLineItem"("organizationId", "productId");

-- CreateIndex
CREATE INDEX "OpportunitySplit_repId_idx" ON "OpportunitySplit"("repId");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunitySplit_opportunityId_repId_splitType_key" ON "OpportunitySplit"("opportunityId", "repId", "splitType");

-- CreateIndex
CREATE INDEX "OpportunityHistory_opportunityId_changedAt_idx" ON "OpportunityHistory"("opportunityId", "changedAt");

-- CreateIndex
CREATE INDEX "OpportunityHistory_organizationId_changedAt_idx" ON "OpportunityHistory"("organizationId", "changedAt");

-- CreateIndex
CREATE INDEX "ForecastSubmission_organizationId_ownerId_periodKey_categor_idx" ON "ForecastSubmission"("organizationId", "ownerId", "periodKey", "category", "submittedAt");

-- CreateIndex
CREATE INDEX "CompPlan_organizationId_status_idx" ON "CompPlan"("organizationId", "status");

-- CreateIndex
CREATE INDEX "CompComponent_compPlanId_idx" ON "CompComponent"("compPlanId");

-- CreateIndex
CREATE INDEX "CompTier_componentId_idx" ON "CompTier"("componentId");

-- CreateIndex
CREATE INDEX "CompAssignment_repId_startDate_idx" ON "CompAssignment"("repId", "startDate");

-- CreateIndex
CREATE INDEX "CompAssignment_compPlanId_idx" ON "CompAssignment"("compPlanId");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutRun_organizationId_periodKey_key" ON "PayoutRun"("organizationId", "periodKey");

-- CreateIndex
CREATE INDEX "PayoutLine_payoutRunId_repId_idx" ON "PayoutLine"("payoutRunId", "repId");

-- CreateIndex
CREATE INDEX "PayoutLine_repId_idx" ON "PayoutLine"("repId");

-- CreateIndex
CREATE INDEX "PayoutAdjustment_repId_idx" ON "PayoutAdjustment"("repId");

-- CreateIndex
CREATE INDEX "Dispute_repId_idx" ON "Dispute"("repId");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rep" ADD CONSTRAINT "Rep_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rep" ADD CONSTRAINT "Rep_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Rep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesPlan" ADD CONSTRAINT "SalesPlan_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesPlan" ADD CONSTRAINT "SalesPlan_clonedFromId_fkey" FOREIGN KEY ("clonedFromId") REFERENCES "SalesPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_salesPlanId_fkey" FOREIGN KEY ("salesPlanId") REFERENCES "SalesPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryRule" ADD CONSTRAINT "TerritoryRule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryRule" ADD CONSTRAINT "TerritoryRule_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryAssignment" ADD CONSTRAINT "TerritoryAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryAssignment" ADD CONSTRAINT "TerritoryAssignment_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryAssignment" ADD CONSTRAINT "TerritoryAssignment_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_salesPlanId_fkey" FOREIGN KEY ("salesPlanId") REFERENCES "SalesPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityLine" ADD CONSTRAINT "CapacityLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityLine" ADD CONSTRAINT "CapacityLine_salesPlanId_fkey" FOREIGN KEY ("salesPlanId") REFERENCES "SalesPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Rep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountProduct" ADD CONSTRAINT "AccountProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountProduct" ADD CONSTRAINT "AccountProduct_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountProduct" ADD CONSTRAINT "AccountProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityLineItem" ADD CONSTRAINT "OpportunityLineItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityLineItem" ADD CONSTRAINT "OpportunityLineItem_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityLineItem" ADD CONSTRAINT "OpportunityLineItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunitySplit" ADD CONSTRAINT "OpportunitySplit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunitySplit" ADD CONSTRAINT "OpportunitySplit_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunitySplit" ADD CONSTRAINT "OpportunitySplit_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityHistory" ADD CONSTRAINT "OpportunityHistory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityHistory" ADD CONSTRAINT "OpportunityHistory_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastSubmission" ADD CONSTRAINT "ForecastSubmission_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastSubmission" ADD CONSTRAINT "ForecastSubmission_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompPlan" ADD CONSTRAINT "CompPlan_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompPlan" ADD CONSTRAINT "CompPlan_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "CompPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompComponent" ADD CONSTRAINT "CompComponent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompComponent" ADD CONSTRAINT "CompComponent_compPlanId_fkey" FOREIGN KEY ("compPlanId") REFERENCES "CompPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompTier" ADD CONSTRAINT "CompTier_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompTier" ADD CONSTRAINT "CompTier_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "CompComponent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompAssignment" ADD CONSTRAINT "CompAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompAssignment" ADD CONSTRAINT "CompAssignment_compPlanId_fkey" FOREIGN KEY ("compPlanId") REFERENCES "CompPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompAssignment" ADD CONSTRAINT "CompAssignment_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutRun" ADD CONSTRAINT "PayoutRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_payoutRunId_fkey" FOREIGN KEY ("payoutRunId") REFERENCES "PayoutRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "CompComponent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutLine" ADD CONSTRAINT "PayoutLine_originalLineId_fkey" FOREIGN KEY ("originalLineId") REFERENCES "PayoutLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutAdjustment" ADD CONSTRAINT "PayoutAdjustment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutAdjustment" ADD CONSTRAINT "PayoutAdjustment_payoutRunId_fkey" FOREIGN KEY ("payoutRunId") REFERENCES "PayoutRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutAdjustment" ADD CONSTRAINT "PayoutAdjustment_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_payoutLineId_fkey" FOREIGN KEY ("payoutLineId") REFERENCES "PayoutLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_adjustmentId_fkey" FOREIGN KEY ("adjustmentId") REFERENCES "PayoutAdjustment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
