// upsertLossReasons: the organization's loss reason picklist, keyed by the value the CRM stores
// (its externalId). Organizations name their own reasons, as in Salesforce or HubSpot, so the list
// is data, not a schema enum; opportunity rows must name one of its active values (docs/funnel.md).
import { allocateIds, insertRows, lockByExternalId, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert, UpsertMode } from './runner.js';
import { keeps, type RowErrors, rejectDuplicateKeys, requiredText } from './validation.js';

export interface LossReasonRowInput {
  externalId?: string | null;
  label?: string | null;
  /** Default true. */
  active?: boolean | null;
}

interface LossReasonRow {
  index: number;
  externalId: string;
  label: string;
  active: boolean;
}

type StoredReason = { id: number; label: string; active: boolean };

function prepare(
  errors: RowErrors,
  row: LossReasonRowInput,
  index: number,
  externalId: string,
  old: StoredReason | undefined,
  mode: UpsertMode,
): LossReasonRow | null {
  const keep = (field: keyof LossReasonRowInput) => keeps(mode, old != null, row, field);
  const label = keep('label') ? (old as StoredReason).label : requiredText(errors, index, row.label, ['label']);
  const active = keep('active') ? (old as StoredReason).active : (row.active ?? true);
  if (errors.rejected(index) || !label) return null;
  return { index, externalId, label, active };
}

export const lossReasonUpsert: EntityUpsert<LossReasonRowInput> = {
  operation: 'lossReasons.upsert',
  typename: 'LossReason',
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
    const externalIds = keyed.map((k) => k.externalId);
    await lockByExternalId(tx, 'LossReason', organizationId, externalIds);
    const stored = new Map(
      (
        await tx.lossReason.findMany({
          where: { externalId: { in: externalIds } },
          select: { id: true, externalId: true, label: true, active: true },
        })
      ).map((r) => [r.externalId, r]),
    );
    const rows = keyed
      .map((k) => prepare(errors, k.row, k.index, k.externalId, stored.get(k.externalId), mode))
      .filter((r): r is LossReasonRow => r != null);
    const fresh = rows.filter((r) => !stored.has(r.externalId));
    const ids = await allocateIds(tx, 'LossReason', fresh.length);
    const idOf = new Map(fresh.map((r, i) => [r.externalId, ids[i] as number]));

    const applied: AppliedRow[] = [];
    const changed: (LossReasonRow & { id: number })[] = [];
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
      const same = old.label === r.label && old.active === r.active;
      applied.push({ index: r.index, externalId: r.externalId, id: old.id, status: same ? 'UNCHANGED' : 'UPDATED' });
      if (!same) changed.push({ ...r, id: old.id });
    }
    const columns = (list: (LossReasonRow & { id: number })[]) => [
      { name: 'id', type: 'int', values: list.map((r) => r.id) },
      { name: 'label', type: 'text', values: list.map((r) => r.label) },
      { name: 'active', type: 'boolean', values: list.map((r) => r.active) },
    ];
    const created = fresh.map((r) => ({ ...r, id: idOf.get(r.externalId) as number }));
    await insertRows(tx, 'LossReason', organizationId, [
      ...columns(created),
      { name: 'externalId', type: 'text', values: created.map((r) => r.externalId) },
      { name: 'createdAt', type: 'timestamp(3)', values: created.map(() => now) },
    ]);
    await updateRows(tx, 'LossReason', organizationId, columns(changed));
    return applied;
  },
};
