// upsertReps: people and the sales hierarchy keyed by the CRM's externalId. A rep's manager is
// named by externalId and may be another row of the same call (in any position). In MERGE mode an
// omitted field of a stored rep keeps its stored value.
import type { RepRole, Segment } from '../generated/prisma/client.js';
import type { Tx } from '../shared/transactions.js';
import { allocateIds, insertRows, loadAncestors, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert, UpsertMode } from './runner.js';
import {
  checkInt,
  keeps,
  type LinkedRow,
  optionalText,
  type RowErrors,
  rejectDuplicateKeys,
  required,
  requiredText,
  resolveParents,
  type StoredNode,
} from './validation.js';

export const MAX_RAMP_MONTHS = 60;
export const DEFAULT_RAMP_MONTHS = 3;

export interface RepRowInput {
  externalId?: string | null;
  name?: string | null;
  email?: string | null;
  role?: RepRole | null;
  managerExternalId?: string | null;
  region?: string | null;
  segment?: Segment | null;
  hireDate?: Date | null;
  terminationDate?: Date | null;
  /** Default 3. */
  rampMonths?: number | null;
}

interface RepRow {
  index: number;
  externalId: string;
  name: string;
  email: string;
  role: RepRole;
  /** The manager the row sends; undefined when the stored manager is kept (MERGE). */
  managerExternalId: string | null | undefined;
  region: string;
  segment: Segment | null;
  hireDate: Date;
  terminationDate: Date | null;
  rampMonths: number;
}

interface StoredRep {
  name: string;
  email: string;
  role: RepRole;
  region: string;
  segment: Segment | null;
  hireDate: Date;
  terminationDate: Date | null;
  rampMonths: number;
}

function prepare(
  errors: RowErrors,
  row: RepRowInput,
  index: number,
  old: StoredRep | undefined,
  mode: UpsertMode,
): RepRow | null {
  const keep = (field: keyof RepRowInput) => keeps(mode, old != null, row, field);
  const stored = old as StoredRep;
  const externalId = requiredText(errors, index, row.externalId, ['externalId']);
  const name = keep('name') ? stored.name : requiredText(errors, index, row.name, ['name']);
  const email = keep('email') ? stored.email : requiredText(errors, index, row.email, ['email']);
  if (email && !keep('email') && !/^[^\s@]+@[^\s@]+$/.test(email))
    errors.add(index, 'INVALID', `email "${email}" is not an email address`, ['email']);
  const role = keep('role') ? stored.role : required(errors, index, row.role, ['role']);
  const managerExternalId = keep('managerExternalId')
    ? undefined
    : optionalText(errors, index, row.managerExternalId, ['managerExternalId']);
  const region = keep('region') ? stored.region : requiredText(errors, index, row.region, ['region']);
  const hireDate = keep('hireDate') ? stored.hireDate : required(errors, index, row.hireDate, ['hireDate']);
  const terminationDate = keep('terminationDate') ? stored.terminationDate : (row.terminationDate ?? null);
  if (hireDate && terminationDate && terminationDate < hireDate) {
    errors.add(index, 'INVALID', 'terminationDate is before hireDate', [
      keep('terminationDate') ? 'hireDate' : 'terminationDate',
    ]);
  }
  const rampMonths = keep('rampMonths')
    ? stored.rampMonths
    : checkInt(errors, index, row.rampMonths ?? DEFAULT_RAMP_MONTHS, 0, MAX_RAMP_MONTHS, ['rampMonths']);
  if (errors.rejected(index) || !externalId || !name || !email || !role || !region || !hireDate || rampMonths == null) {
    return null;
  }
  return {
    index,
    externalId,
    name,
    email,
    role,
    managerExternalId,
    region,
    segment: keep('segment') ? stored.segment : (row.segment ?? null),
    hireDate,
    terminationDate,
    rampMonths,
  };
}

interface EmailHolder {
  id: number;
  externalId: string | null;
  email: string;
}

/**
 * The call's emails folded as the unique index folds them (PostgreSQL's lower(), so the check and
 * the index never disagree), and the stored reps holding each folded email.
 */
async function foldEmails(
  tx: Tx,
  organizationId: number,
  emails: string[],
): Promise<{ folded: Map<string, string>; holders: Map<string, EmailHolder[]> }> {
  const rows = await tx.$queryRaw<(EmailHolder & { input: string; folded: string })[]>`
    SELECT u.input, lower(u.input) AS folded, r.id, r."externalId", r.email
      FROM unnest(${emails}::text[]) AS u(input)
      LEFT JOIN "Rep" r ON r."organizationId" = ${organizationId}::int AND lower(r.email) = lower(u.input)`;
  const folded = new Map<string, string>();
  const holders = new Map<string, EmailHolder[]>();
  for (const row of rows) {
    folded.set(row.input, row.folded);
    if (row.id == null) continue;
    const list = holders.get(row.folded) ?? [];
    if (!list.some((h) => h.id === row.id))
      list.push({ id: Number(row.id), externalId: row.externalId, email: row.email });
    holders.set(row.folded, list);
  }
  return { folded, holders };
}

const sameDay = (a: Date | null, b: Date | null) => (a == null ? b == null : b != null && a.getTime() === b.getTime());

export const repUpsert: EntityUpsert<RepRowInput> = {
  operation: 'reps.upsert',
  typename: 'Rep',
  async apply({ tx, organizationId, now, errors, mode }: Batch, input) {
    // Rep upserts of an organization run one at a time, so a call reads the emails an earlier one
    // committed and refuses a clash as a row error instead of failing on the unique index, and the
    // cycle check reads the managers an earlier call committed: of two calls that each close half
    // of a cycle, the second is refused on its row. The database's cycle trigger takes the same
    // lock (migration 20261207054500_a_rep_manager_acyclic).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reps.upsert:${organizationId}`}, 0))`;
    rejectDuplicateKeys(
      errors,
      input.map((row, index) => ({ index, key: row.externalId?.trim() || null })),
      ['externalId'],
    );
    // Emails are unique ignoring case, within the call and against the stored reps.
    const emails = input.map((row) => row.email?.trim() || null);
    const { folded, holders } = await foldEmails(
      tx,
      organizationId,
      emails.filter((e): e is string => e != null),
    );
    rejectDuplicateKeys(
      errors,
      emails.map((email, index) => ({ index, key: email == null ? null : (folded.get(email) ?? email) })),
      ['email'],
      'email (ignoring case)',
    );

    // Every stored rep the call names, in one query (the advisory lock above keeps it current).
    const names = new Set<string>();
    for (const row of input) {
      const externalId = row.externalId?.trim();
      const manager = row.managerExternalId?.trim();
      if (externalId) names.add(externalId);
      if (manager) names.add(manager);
    }
    const stored = await tx.rep.findMany({
      where: { externalId: { in: [...names] } },
      select: {
        id: true,
        externalId: true,
        name: true,
        email: true,
        role: true,
        managerId: true,
        region: true,
        segment: true,
        hireDate: true,
        terminationDate: true,
        rampMonths: true,
      },
    });
    const byExternalId = new Map(stored.filter((s) => s.externalId != null).map((s) => [s.externalId as string, s]));
    const prepared = input
      .map((row, i) => prepare(errors, row, i, byExternalId.get(row.externalId?.trim() ?? ''), mode))
      .filter((r): r is RepRow => r != null);
    for (const r of prepared) {
      const holder = holders.get(folded.get(r.email) ?? r.email)?.find((h) => h.externalId !== r.externalId);
      if (holder && !errors.rejected(r.index)) {
        const other = holder.externalId ? ` (externalId "${holder.externalId}")` : '';
        const as = holder.email === r.email ? '' : ` as "${holder.email}"; emails are unique ignoring case`;
        errors.add(r.index, 'DUPLICATE', `email "${r.email}" belongs to another rep${other}${as}`, ['email']);
      }
    }

    // Managers: resolve links into the batch or the stored hierarchy, refuse unknowns and cycles.
    const ancestors = await loadAncestors(
      tx,
      'Rep',
      'managerId',
      organizationId,
      [...byExternalId.values()].map((s) => s.id),
    );
    // A stored rep that keeps its manager (MERGE) is left out: the cycle check then follows its
    // stored link.
    const linked: LinkedRow[] = input.flatMap((row, index) => {
      const externalId = row.externalId?.trim();
      if (!externalId || keeps(mode, byExternalId.has(externalId), row, 'managerExternalId')) return [];
      return [{ index, externalId, parentExternalId: row.managerExternalId?.trim() || null }];
    });
    const storedNodes = new Map<string, StoredNode>(
      [...byExternalId].map(([ext, s]) => [ext, { id: s.id, externalId: ext, parentId: s.managerId }]),
    );
    const targets = resolveParents(
      errors,
      linked,
      { byExternalId: storedNodes, byId: new Map(ancestors.map((a) => [a.id, a])) },
      'managerExternalId',
      'rep',
    );

    const rows = prepared.filter((r) => !errors.rejected(r.index));
    const fresh = rows.filter((r) => !byExternalId.has(r.externalId));
    const ids = await allocateIds(tx, 'Rep', fresh.length);
    const idOf = new Map<string, number>([...byExternalId].map(([ext, s]) => [ext, s.id]));
    for (const [i, r] of fresh.entries()) idOf.set(r.externalId, ids[i] as number);

    type Final = RepRow & { id: number; managerId: number | null };
    const created: Final[] = [];
    const changed: Final[] = [];
    const applied: AppliedRow[] = [];
    for (const r of rows) {
      const old = byExternalId.get(r.externalId);
      const target = targets.get(r.index) ?? null;
      const managerId =
        r.managerExternalId === undefined
          ? (old?.managerId ?? null)
          : target == null
            ? null
            : target.kind === 'stored'
              ? target.id
              : (idOf.get(target.externalId) as number);
      const final: Final = { ...r, id: idOf.get(r.externalId) as number, managerId };
      let status: AppliedRow['status'] = 'CREATED';
      if (!old) created.push(final);
      else {
        const same =
          old.name === r.name &&
          old.email === r.email &&
          old.role === r.role &&
          old.managerId === managerId &&
          old.region === r.region &&
          old.segment === r.segment &&
          sameDay(old.hireDate, r.hireDate) &&
          sameDay(old.terminationDate, r.terminationDate) &&
          old.rampMonths === r.rampMonths;
        status = same ? 'UNCHANGED' : 'UPDATED';
        if (!same) changed.push(final);
      }
      applied.push({ index: r.index, externalId: r.externalId, id: final.id, status });
    }

    const columns = (list: Final[]) => [
      { name: 'id', type: 'int', values: list.map((r) => r.id) },
      { name: 'name', type: 'text', values: list.map((r) => r.name) },
      { name: 'email', type: 'text', values: list.map((r) => r.email) },
      { name: 'role', type: '"RepRole"', values: list.map((r) => r.role) },
      { name: 'managerId', type: 'int', values: list.map((r) => r.managerId) },
      { name: 'region', type: 'text', values: list.map((r) => r.region) },
      { name: 'segment', type: '"Segment"', values: list.map((r) => r.segment) },
      { name: 'hireDate', type: 'date', values: list.map((r) => r.hireDate) },
      { name: 'terminationDate', type: 'date', values: list.map((r) => r.terminationDate) },
      { name: 'rampMonths', type: 'int', values: list.map((r) => r.rampMonths) },
      { name: 'updatedAt', type: 'timestamp(3)', values: list.map(() => now) },
    ];
    // Inserted first: an updated rep may now report to a new one. Links between new reps are
    // checked at the end of the statement, so their order does not matter.
    await insertRows(tx, 'Rep', organizationId, [
      ...columns(created),
      { name: 'externalId', type: 'text', values: created.map((r) => r.externalId) },
      { name: 'createdAt', type: 'timestamp(3)', values: created.map(() => now) },
    ]);
    await updateRows(tx, 'Rep', organizationId, columns(changed));
    return applied;
  },
};
