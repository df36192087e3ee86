-- Row-level security: the database confines every statement of a request to its organization
-- (docs/security.md, "Tenant isolation"). Requests run their transactions as the non-owner role
-- coxswain_app (SET LOCAL ROLE) with coxswain.organization_id set for the transaction
-- (api/src/db/row-security.ts); the owner (migrations, seeding, authentication, the job queue)
-- is not subject to the policies, which are not FORCEd.

-- Roles are cluster-wide: another database of the same server may have created it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coxswain_app') THEN
    CREATE ROLE coxswain_app NOLOGIN;
  END IF;
  -- The application's login must be allowed to SET ROLE to it (a superuser always is).
  IF NOT pg_has_role(current_user, 'coxswain_app', 'MEMBER') THEN
    EXECUTE format('GRANT coxswain_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO coxswain_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO coxswain_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO coxswain_app;
-- Tables and sequences of later migrations (run by the same owner) get the same grants; their
-- policies are their migration's job, and test/security-row-level.test.ts fails without one.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO coxswain_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO coxswain_app;
-- Migration history is the owner's alone.
REVOKE ALL ON "_prisma_migrations" FROM coxswain_app;

-- NULLIF: once a transaction that set it ends, the setting reads '' for the rest of the session,
-- and ''::int would fail; NULL matches no row. Stable, so PostgreSQL evaluates it once per
-- statement and can use it as an index condition on "organizationId".
ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Organization"
  USING ("id" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("id" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Account" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Account"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "AccountProduct" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "AccountProduct"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "AccountProductArr" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "AccountProductArr"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "AccountTerritoryHistory" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "AccountTerritoryHistory"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "ApiKey"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "AuditEvent"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "BulkOperation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "BulkOperation"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "CapacityLine" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "CapacityLine"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "CompAssignment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "CompAssignment"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "CompComponent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "CompComponent"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "CompPlan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "CompPlan"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "CompTier" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "CompTier"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Dispute" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Dispute"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "ForecastSubmission" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "ForecastSubmission"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "ForecastWinRate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "ForecastWinRate"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "IdempotencyRecord" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "IdempotencyRecord"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "LossReason" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "LossReason"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Opportunity" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Opportunity"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "OpportunityHistory" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "OpportunityHistory"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "OpportunityLineItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "OpportunityLineItem"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "OpportunitySplit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "OpportunitySplit"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "PayoutAdjustment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "PayoutAdjustment"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "PayoutLine" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "PayoutLine"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "PayoutRun" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "PayoutRun"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Product" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Product"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Quota" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Quota"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Rep" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Rep"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "RepManagerHistory" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "RepManagerHistory"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "SalesPlan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "SalesPlan"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "Territory" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "Territory"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "TerritoryAssignment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "TerritoryAssignment"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "TerritoryRule" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "TerritoryRule"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "WebhookDelivery" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "WebhookDelivery"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "WebhookDeliveryAttempt" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "WebhookDeliveryAttempt"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);

ALTER TABLE "WebhookSubscription" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON "WebhookSubscription"
  USING ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int)
  WITH CHECK ("organizationId" = NULLIF(current_setting('coxswain.organization_id', true), '')::int);
