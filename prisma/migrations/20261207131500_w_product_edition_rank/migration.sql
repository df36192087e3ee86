-- Product editions (issue 18 defect 8, docs/design.md §6, docs/whitespace.md).
--
-- 1. The rank of a product among the editions of its family (1 = lowest); null = not an edition.
--    Whitespace counts a family as one need and a higher edition as an upgrade.
ALTER TABLE "Product" ADD COLUMN "editionRank" INTEGER;

-- 2. Peer statistics are now also kept per product family (owners of any active product of the
--    family), so they depend on each product's family, active flag and edition rank: any write of
--    "Product" changes the organization's peerStatsRevision too (products change rarely; every
--    statement counts), through the same trigger function as "Account" and "AccountProduct"
--    (migration 20261201223000_whitespace_peer_revision), whose last branch covers an UPDATE of
--    any table other than "Account".
CREATE TRIGGER "Product_peer_revision_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "Product_peer_revision_update" AFTER UPDATE ON "Product"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "Product_peer_revision_delete" AFTER DELETE ON "Product"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
CREATE TRIGGER "Product_peer_revision_truncate" AFTER TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "whitespace_peer_revision_bump"();
