-- The stored credit lines (20261208014000_p_opportunity_credit) carry an organization like every
-- tenant table, so they get the tenant policy of 20261208013000_row_level_security; the two
-- migrations were written side by side. The credit triggers write these rows in the writer's
-- transaction, as the writer's role, inside its organization.
ALTER TABLE "OpportunityCredit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "OpportunityCredit"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);
