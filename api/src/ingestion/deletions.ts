// Tombstones: records deleted in the upstream CRM or billing system, by externalId. A deleted
// record is removed (not flagged), so it leaves the graph and every analytic at once; the call's
// AuditEvent (which references rows by id and externalId, not by foreign key) stays as its trail.
// docs/ingestion.md, "Deletions", has the cascade rules:
// - opportunity: its line items, splits and history go with it;
// - account: refused while it has opportunities or installed products, unless `cascade`; then
//   those go with it, and each cascaded deal gets its own `opportunity.deleted` change event
//   (events/outbox.ts), before the account's. Child accounts stay and lose their parent (as a CRM
//   clears the lookup);
// - product: refused while any deal has it as a line item (the deal's amount is their sum: change
//   the deal first); refused while accounts have it installed, unless `cascade`;
// - installed product (account x product): it and its ARR history.
// Reps are not deleted: a person who left keeps their deals, quotas and payouts; an HR system
// sets terminationDate through upsertReps.
import { deferChangeEvents } from '../events/outbox.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../shared/transactions.js';
import { deleteWhereIn } from './bulk-sql.js';
import { installedProductKey } from './installed-products.js';
import type { AppliedRow, Batch, EntityUpsert } from './runner.js';
import { type RowErrors, rejectDuplicateKeys, requiredText } from './validation.js';

export interface TombstoneRowInput {
  externalId?: string | null;
}

export interface InstalledProductTombstoneInput {
  accountExternalId?: string | null;
  productExternalId?: string | null;
}

/** A row with the call's `cascade` flag, so the idempotency hash covers it. */
export type WithCascade<Row> = Row & { cascade?: boolean | null };

interface Target {
  index: number;
  externalId: string;
  id: number;
}

/** Trimmed externalIds of the rows; duplicates and blanks are row errors. */
function externalIdsOf(errors: RowErrors, input: TombstoneRowInput[]): { index: number; externalId: string }[] {
  const rows = input.flatMap((row, index) => {
    const externalId = requiredText(errors, index, row.externalId, ['externalId']);
    return externalId ? [{ index, externalId }] : [];
  });
  rejectDuplicateKeys(
    errors,
    rows.map((r) => ({ index: r.index, key: r.externalId })),
    ['externalId'],
  );
  return rows.filter((r) => !errors.rejected(r.index));
}

/** The stored rows of the named externalIds; an unknown externalId is a row error. */
async function resolve(
  errors: RowErrors,
  rows: { index: number; externalId: string }[],
  noun: string,
  find: (externalIds: string[]) => Promise<{ id: number; externalId: string | null }[]>,
): Promise<Target[]> {
  if (rows.length === 0) return [];
  const ids = new Map((await find(rows.map((r) => r.externalId))).map((r) => [r.externalId as string, r.id]));
  const out: Target[] = [];
  for (const r of rows) {
    const id = ids.get(r.externalId);
    if (id == null) {
      errors.add(
        r.index,
        'NOT_FOUND',
        `no ${noun} has externalId "${r.externalId}" (already deleted, or never synced)`,
        ['externalId'],
      );
    } else out.push({ ...r, id });
  }
  return out;
}

/** How many rows of `table` reference each id through `column`, in the organization. */
async function countBy(tx: Tx, table: string, column: string, organizationId: number, ids: number[]) {
  if (ids.length === 0) return new Map<number, number>();
  const rows = await tx.$queryRaw<{ id: number; n: number }[]>`
    SELECT ${Prisma.raw(`"${column}"`)} AS id, count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)}
     WHERE "organizationId" = ${organizationId}::int AND ${Prisma.raw(`"${column}"`)} = ANY(${ids}::int[])
     GROUP BY 1`;
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

const deleted = (targets: Target[]): AppliedRow[] =>
  targets.map((t) => ({ index: t.index, externalId: t.externalId, id: t.id, status: 'DELETED' }));

export const opportunityDeletion: EntityUpsert<TombstoneRowInput> = {
  operation: 'opportunities.delete',
  typename: 'Opportunity',
  async apply({ tx, organizationId, errors }: Batch, input) {
    const targets = await resolve(errors, externalIdsOf(errors, input), 'opportunity', (externalIds) =>
      tx.opportunity.findMany({ where: { externalId: { in: externalIds } }, select: { id: true, externalId: true } }),
    );
    // Line items, splits and history rows go by their foreign keys' ON DELETE CASCADE.
    await deleteWhereIn(
      tx,
      'Opportunity',
      organizationId,
      'id',
      targets.map((t) => t.id),
    );
    return deleted(targets);
  },
};

export const accountDeletion: EntityUpsert<WithCascade<TombstoneRowInput>> = {
  operation: 'accounts.delete',
  typename: 'Account',
  async apply({ tx, organizationId, errors, audit }: Batch, input) {
    const targets = await resolve(errors, externalIdsOf(errors, input), 'account', (externalIds) =>
      tx.account.findMany({ where: { externalId: { in: externalIds } }, select: { id: true, externalId: true } }),
    );
    const ids = targets.map((t) => t.id);
    const deals = await countBy(tx, 'Opportunity', 'accountId', organizationId, ids);
    const installed = await countBy(tx, 'AccountProduct', 'accountId', organizationId, ids);
    const kept = targets.filter((t) => {
      const d = deals.get(t.id) ?? 0;
      const p = installed.get(t.id) ?? 0;
      if ((d > 0 || p > 0) && !input[t.index]?.cascade) {
        errors.add(
          t.index,
          'CONFLICT',
          `account "${t.externalId}" has ${d} opportunities and ${p} installed products; delete them first or send cascade: true to delete them with it`,
          ['externalId'],
        );
        return false;
      }
      return true;
    });
    const keptIds = kept.map((t) => t.id);
    if (keptIds.length === 0) return [];
    const cascaded = await tx.$queryRaw<{ id: number; externalId: string | null; accountId: number }[]>`
      DELETE FROM "Opportunity" WHERE "organizationId" = ${organizationId}::int AND "accountId" = ANY(${keptIds}::int[])
      RETURNING id, "externalId", "accountId"`;
    const accountExternalId = new Map(kept.map((t) => [t.id, t.externalId]));
    deferChangeEvents(
      tx,
      cascaded
        .sort((a, b) => a.id - b.id)
        .map((deal) => ({
          entityType: 'Opportunity',
          entityId: deal.id,
          topic: 'opportunity',
          eventType: 'opportunity.deleted',
          action: 'opportunity.deleted',
          after: {
            externalId: deal.externalId,
            change: 'DELETED',
            cascadedFromAccount: accountExternalId.get(deal.accountId) ?? null,
          },
        })),
    );
    const children = await tx.$executeRaw`
      UPDATE "Account" SET "parentId" = NULL, "updatedAt" = now()
       WHERE "organizationId" = ${organizationId}::int AND "parentId" = ANY(${keptIds}::int[])
         AND NOT (id = ANY(${keptIds}::int[]))`;
    // Installed products and their ARR history go by ON DELETE CASCADE. Parent links among the
    // deleted accounts themselves are cleared first, or the self-reference would block the delete.
    await tx.$executeRaw`
      UPDATE "Account" SET "parentId" = NULL
       WHERE "organizationId" = ${organizationId}::int AND id = ANY(${keptIds}::int[]) AND "parentId" = ANY(${keptIds}::int[])`;
    await deleteWhereIn(tx, 'Account', organizationId, 'id', keptIds);
    audit.cascadedOpportunities = cascaded.map((c) => c.externalId);
    audit.cascadedInstalledProducts = kept.reduce((n, t) => n + (installed.get(t.id) ?? 0), 0);
    audit.detachedChildAccounts = children;
    return deleted(kept);
  },
};

export const productDeletion: EntityUpsert<WithCascade<TombstoneRowInput>> = {
  operation: 'products.delete',
  typename: 'Product',
  async apply({ tx, organizationId, errors, audit }: Batch, input) {
    const targets = await resolve(errors, externalIdsOf(errors, input), 'product', (externalIds) =>
      tx.product.findMany({ where: { externalId: { in: externalIds } }, select: { id: true, externalId: true } }),
    );
    const ids = targets.map((t) => t.id);
    const onDeals = await countBy(tx, 'OpportunityLineItem', 'productId', organizationId, ids);
    const installed = await countBy(tx, 'AccountProduct', 'productId', organizationId, ids);
    const kept = targets.filter((t) => {
      const d = onDeals.get(t.id) ?? 0;
      const p = installed.get(t.id) ?? 0;
      if (d > 0) {
        errors.add(
          t.index,
          'CONFLICT',
          `product "${t.externalId}" is a line item of ${d} deals, whose amounts are their line items; upsert those deals without it first`,
          ['externalId'],
        );
        return false;
      }
      if (p > 0 && !input[t.index]?.cascade) {
        errors.add(
          t.index,
          'CONFLICT',
          `product "${t.externalId}" is installed at ${p} accounts; delete those installed products first or send cascade: true`,
          ['externalId'],
        );
        return false;
      }
      return true;
    });
    const keptIds = kept.map((t) => t.id);
    // ARR history goes by ON DELETE CASCADE; the installed products reference the product plainly.
    await deleteWhereIn(tx, 'AccountProduct', organizationId, 'productId', keptIds);
    await deleteWhereIn(tx, 'Product', organizationId, 'id', keptIds);
    if (keptIds.length > 0) audit.cascadedInstalledProducts = kept.reduce((n, t) => n + (installed.get(t.id) ?? 0), 0);
    return deleted(kept);
  },
};

export const installedProductDeletion: EntityUpsert<InstalledProductTombstoneInput> = {
  operation: 'installedProducts.delete',
  typename: 'Account',
  auditEntityType: 'AccountProduct',
  async apply({ tx, organizationId, errors }: Batch, input) {
    const rows = input.flatMap((row, index) => {
      const account = requiredText(errors, index, row.accountExternalId, ['accountExternalId']);
      const product = requiredText(errors, index, row.productExternalId, ['productExternalId']);
      return account && product ? [{ index, account, product, key: installedProductKey(account, product) }] : [];
    });
    rejectDuplicateKeys(
      errors,
      rows.map((r) => ({ index: r.index, key: r.key })),
      ['productExternalId'],
      'account and product',
    );
    const accepted = rows.filter((r) => !errors.rejected(r.index));
    if (accepted.length === 0) return [];
    const found = await tx.$queryRaw<
      { id: number; accountId: number; productId: number; account: string; product: string }[]
    >`
      SELECT ap.id, ap."accountId", ap."productId", a."externalId" AS account, p."externalId" AS product
        FROM unnest(${accepted.map((r) => r.account)}::text[], ${accepted.map((r) => r.product)}::text[]) AS k(account, product)
        JOIN "Account" a ON a."organizationId" = ${organizationId}::int AND a."externalId" = k.account
        JOIN "Product" p ON p."organizationId" = ${organizationId}::int AND p."externalId" = k.product
        JOIN "AccountProduct" ap ON ap."organizationId" = ${organizationId}::int
                                AND ap."accountId" = a.id AND ap."productId" = p.id`;
    const byKey = new Map(found.map((f) => [installedProductKey(f.account, f.product), f]));
    const targets: (Target & { accountId: number; productId: number })[] = [];
    for (const r of accepted) {
      const f = byKey.get(r.key);
      if (!f) {
        errors.add(
          r.index,
          'NOT_FOUND',
          `account "${r.account}" has no installed product "${r.product}" (already deleted, or never synced)`,
          ['productExternalId'],
        );
        continue;
      }
      targets.push({
        index: r.index,
        externalId: r.key,
        id: f.accountId,
        accountId: f.accountId,
        productId: f.productId,
      });
    }
    if (targets.length === 0) return [];
    await deleteWhereIn(
      tx,
      'AccountProduct',
      organizationId,
      'id',
      targets.map((t) => byKey.get(t.externalId)?.id as number),
    );
    await tx.$executeRaw`
      DELETE FROM "AccountProductArr" h USING unnest(${targets.map((t) => t.accountId)}::int[], ${targets.map((t) => t.productId)}::int[]) AS k(account, product)
       WHERE h."organizationId" = ${organizationId}::int AND h."accountId" = k.account AND h."productId" = k.product`;
    return deleted(targets);
  },
};
