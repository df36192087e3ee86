-- CreateEnum
CREATE TYPE "BulkOperationStatus" AS ENUM ('CREATED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELED');

-- CreateEnum
CREATE TYPE "BulkOperationFormat" AS ENUM ('NDJSON', 'CSV', 'PARQUET');

-- CreateEnum
CREATE TYPE "BulkOperationErrorCode" AS ENUM ('QUERY_FAILED', 'TIMEOUT', 'INTERRUPTED', 'STORAGE_FAILED', 'ACCESS_DENIED');

-- CreateTable
CREATE TABLE "BulkOperation" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "principal" TEXT NOT NULL,
    "apiKeyId" INTEGER,
    "repId" INTEGER,
    "scopes" TEXT[],
    "query" TEXT NOT NULL,
    "format" "BulkOperationFormat" NOT NULL,
    "status" "BulkOperationStatus" NOT NULL DEFAULT 'CREATED',
    "errorCode" "BulkOperationErrorCode",
    "objectCount" INTEGER NOT NULL DEFAULT 0,
    "rootObjectCount" INTEGER NOT NULL DEFAULT 0,
    "fileSize" BIGINT,
    "fileKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),
    "urlExpiresAt" TIMESTAMP(3),

    CONSTRAINT "BulkOperation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BulkOperation_organizationId_status_idx" ON "BulkOperation"("organizationId", "status");

-- CreateIndex
CREATE INDEX "BulkOperation_organizationId_principal_id_idx" ON "BulkOperation"("organizationId", "principal", "id");

-- AddForeignKey
ALTER TABLE "BulkOperation" ADD CONSTRAINT "BulkOperation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
