// upsertProducts: the product catalog keyed by the CRM's externalId. In MERGE mode an omitted
// field of a stored product keeps its stored value.
import type { Prisma } from '../generated/prisma/client.js';
import { allocateIds, insertRows, lockByExternalId, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert, UpsertMode } from './runner.js';
import {
  checkDecimal,
  checkInt,
  keeps,
  MONEY,
  type RowErrors,
  rejectDuplicateKeys,
  required,
  requiredText,
} from './validation.js';

/** Highest edition rank accepted (ranks order a family's editions: 1 = lowest). */
export const MAX_EDITION_RANK = 1000;

export interface ProductRowInput {
  externalId?: string | null;
  name?: string | null;
  family?: string | null;
  /** Rank among the editions of the family (1 = lowest); absent or null = not an edition. */
  editionRank?: number | null;
  listPrice?: Prisma.Decimal | null;
  /** Default true. */
  active?: boolean | null;
}

interface ProductRow {
  index: number;
  externalId: string;
  name: string;
  family: string;
  editionRank: number | null;
  listPrice: Prisma.Decimal;
  active: boolean;
}

type StoredProduct = Omit<ProductRow, 'index' | 'externalId'> & { id: number };

function prepare(
  errors: RowErrors,
  row: ProductRowInput,
  index: number,
  externalId: string,
  old: StoredProduct | undefined,
  mode: UpsertMode,
): ProductRow | null {
  const keep = (field: keyof ProductRowInput) => keeps(mode, old != null, row, field);
  const name = keep('name') ? (old as StoredProduct).name : requiredText(errors, index, row.name, ['name']);
  const family = keep('family') ? (old as StoredProduct).family : requiredText(errors, index, row.family, ['family']);
  const price = keep('listPrice')
    ? (old as StoredProduct).listPrice
    : required(errors, index, row.listPrice, ['listPrice']);
  const listPrice = price && checkDecimal(errors, index, price, MONEY, ['listPrice']);
  const editionRank = keep('editionRank')
    ? (old as StoredProduct).editionRank
    : row.editionRank == null
      ? null
      : checkInt(errors, index, row.editionRank, 1, MAX_EDITION_RANK, ['editionRank']);
  const active = keep('active') ? (old as StoredProduct).active : (row.active ?? true);
  if (errors.rejected(index) || !name || !family || !listPrice) return null;
  return { index, externalId, name, family, editionRank, listPrice, active };
}

export const productUpsert: EntityUpsert<ProductRowInput> = {
  operation: 'products.upsert',
  typename: 'Product',
  async apply({ tx, organizationId, now, errors, mode }: Batch, input) {
    rejectDuplicateKeys(
      errors,
      input.map((row, index) => ({ index, key: row.externalId?.trim() || null })),
      ['externalId'],
    );
    const keyed = input.flatMap((row, index) => {
      const externalId = requiredText(errors, index, row.externalId, ['externalId']);
      return externalId && !errors.rejected(index) ? [{ row, index, externalId }] : [];
    });
    // Locked first, so a concurrent partial update of the same products is read after it commits.
    await lockByExternalId(
      tx,
      'Product',
      organizationId,
      keyed.map((k) => k.externalId),
    );
    const stored = new Map(
      (
        await tx.product.findMany({
          where: { externalId: { in: keyed.map((k) => k.externalId) } },
          select: {
            id: true,
            externalId: true,
            name: true,
            family: true,
            editionRank: true,
            listPrice: true,
            active: true,
          },
        })
      ).map((p) => [p.externalId as string, p]),
    );
    const rows = keyed
      .map((k) => prepare(errors, k.row, k.index, k.externalId, stored.get(k.externalId), mode))
      .filter((r): r is ProductRow => r != null);
    const fresh = rows.filter((r) => !stored.has(r.externalId));
    const ids = await allocateIds(tx, 'Product', fresh.length);
    const idOf = new Map(fresh.map((r, i) => [r.externalId, ids[i] as number]));

    const applied: AppliedRow[] = [];
    const changed: (ProductRow & { id: number })[] = [];
    for (const r of rows) {
      const old = stored.get(r.externalId);
      if (!old) {
        applied.push({
          index: r.index,
          externalId: r.externalId,
          id: idOf.get(r.externalId) as number,
          status: 'CREATED',
        });
        continue;
      }
      const same =
        old.name === r.name &&
        old.family === r.family &&
        old.editionRank === r.editionRank &&
        old.listPrice.equals(r.listPrice) &&
        old.active === r.active;
      applied.push({ index: r.index, externalId: r.externalId, id: old.id, status: same ? 'UNCHANGED' : 'UPDATED' });
      if (!same) changed.push({ ...r, id: old.id });
    }

    const columns = (list: (ProductRow & { id: number })[]) => [
      { name: 'id', type: 'int', values: list.map((r) => r.id) },
      { name: 'name', type: 'text', values: list.map((r) => r.name) },
      { name: 'family', type: 'text', values: list.map((r) => r.family) },
      { name: 'editionRank', type: 'int', values: list.map((r) => r.editionRank) },
      { name: 'listPrice', type: 'numeric', values: list.map((r) => r.listPrice) },
      { name: 'active', type: 'boolean', values: list.map((r) => r.active) },
    ];
    const created = fresh.map((r) => ({ ...r, id: idOf.get(r.externalId) as number }));
    await insertRows(tx, 'Product', organizationId, [
      ...columns(created),
      { name: 'externalId', type: 'text', values: created.map((r) => r.externalId) },
      { name: 'createdAt', type: 'timestamp(3)', values: created.map(() => now) },
    ]);
    await updateRows(tx, 'Product', organizationId, columns(changed));
    return applied;
  },
};
