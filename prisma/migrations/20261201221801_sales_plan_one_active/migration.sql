-- At most one ACTIVE sales plan per organization and fiscal year (issue 6, docs/planning.md).
-- activateSalesPlan already refuses a second one with a user error, under a per-year advisory
-- lock; this index makes the rule hold for every writer (hand-written SQL, a future code path)
-- and is the last word if two activations ever got past the application check. Partial, so
-- hand-written: Prisma's schema cannot express a WHERE.
CREATE UNIQUE INDEX "SalesPlan_one_active_per_fiscal_year" ON "SalesPlan" ("organizationId", "fiscalYear")
  WHERE status = 'ACTIVE';
