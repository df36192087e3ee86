-- Comp assignment changes (ending, updating terms) name the version they read (DESIGN.md §9), so
-- the assignment carries a version like plans and payout runs do. Existing rows start at 1.

-- AlterTable
ALTER TABLE "CompAssignment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
