// Partial updates for the bulk upserts (docs/ingestion.md "Partial updates"): in MERGE mode, the
// default, a row carries its externalId and only the fields to change; an omitted field keeps its
// stored value and `null` clears it. `partialRow` builds such a row from the state last synced
// and the current one, so a sync sends what changed and can never blank a field by leaving it out.

/** A row keyed by externalId, with any subset of the other fields. */
export type PartialRow<Row extends { externalId?: string | null }> = Partial<Row> & { externalId: string };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The MERGE row that turns `previous` (what the last sync sent, or undefined for a new record)
 * into `next`: the fields whose value changed, `null` for a field `next` no longer has, and a
 * list (line items, splits) whole when any of it changed, since a list that is sent replaces the
 * stored one. Returns null when nothing changed. For a new record every field of `next` is sent.
 */
export function partialRow<Row extends { externalId?: string | null }>(
  previous: Row | undefined,
  next: Row & { externalId: string },
): PartialRow<Row> | null {
  if (!previous) return { ...next };
  const row: Record<string, unknown> = { externalId: next.externalId };
  const fields = new Set([...Object.keys(previous), ...Object.keys(next)]);
  fields.delete('externalId');
  for (const field of fields) {
    const before = (previous as Record<string, unknown>)[field] ?? null;
    const after = (next as Record<string, unknown>)[field] ?? null;
    if (!same(before, after)) row[field] = after;
  }
  return Object.keys(row).length > 1 ? (row as PartialRow<Row>) : null;
}
