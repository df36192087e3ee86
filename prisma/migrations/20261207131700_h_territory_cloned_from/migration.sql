-- AlterTable
ALTER TABLE "Territory" ADD COLUMN     "clonedFromId" INTEGER;

-- CreateIndex
CREATE INDEX "Territory_clonedFromId_idx" ON "Territory"("clonedFromId");

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_clonedFromId_fkey" FOREIGN KEY ("clonedFromId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Plans cloned before this column existed: a clone's territory comes from the source plan's
-- territory of the same name (cloning copies names), linked where the name is unique in both plans.
UPDATE "Territory" t SET "clonedFromId" = s.id
  FROM "SalesPlan" p, "Territory" s
 WHERE p.id = t."salesPlanId" AND p."clonedFromId" IS NOT NULL
   AND s."salesPlanId" = p."clonedFromId" AND s."organizationId" = t."organizationId" AND s.name = t.name
   AND (SELECT count(*) FROM "Territory" x WHERE x."salesPlanId" = t."salesPlanId" AND x.name = t.name) = 1
   AND (SELECT count(*) FROM "Territory" x WHERE x."salesPlanId" = s."salesPlanId" AND x.name = s.name) = 1;
