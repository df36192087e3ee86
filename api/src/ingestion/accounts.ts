// upsertAccounts: customers keyed by the CRM's externalId. The segment is derived from employees;
// the owner is a stored rep; the parent account may be another row of the same call. In MERGE
// mode an omitted field of a stored account keeps its stored value.
import type { Prisma, Segment } from '../generated/prisma/client.js';
import { allocateIds, insertRows, loadAncestors, lockByExternalId, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert, UpsertMode } from './runner.js';
import {
  checkDecimal,
  checkInt,
  keeps,
  type LinkedRow,
  MONEY,
  optionalText,
  type RowErrors,
  rejectDuplicateKeys,
  required,
  requiredText,
  resolveParents,
  type StoredNode,
} from './validation.js';

/** docs/design.md §4: SMB < 200 employees <= MID < 2000 <= ENT. */
export function segmentOf(employees: number): Segment {
  if (employees < 200) return 'SMB';
  if (employees < 2000) return 'MID';
  return 'ENT';
}

export interface AccountRowInput {
  externalId?: string | null;
  name?: string | null;
  domain?: string | null;
  industry?: string | null;
  country?: string | null;
  region?: string | null;
  employees?: number | null;
  annualRevenue?: Prisma.Decimal | null;
  ownerExternalId?: string | null;
  parentExternalId?: string | null;
}

interface AccountRow {
  index: number;
  externalId: string;
  name: string;
  domain: string | null;
  industry: string;
  country: string;
  region: string;
  employees: number;
  segment: Segment;
  annualRevenue: Prisma.Decimal | null;
  /** The owner the row sends; undefined when a stored owner is kept (MERGE). */
  ownerExternalId: string | null | undefined;
  /** The parent the row sends; undefined when the stored parent is kept (MERGE). */
  parentExternalId: string | null | undefined;
}

interface StoredAccount {
  id: number;
  name: string;
  domain: string | null;
  industry: string;
  country: string;
  region: string;
  employees: number;
  annualRevenue: Prisma.Decimal | null;
}

function prepare(
  errors: RowErrors,
  row: AccountRowInput,
  index: number,
  externalId: string,
  old: StoredAccount | undefined,
  mode: UpsertMode,
): AccountRow | null {
  const keep = (field: keyof AccountRowInput) => keeps(mode, old != null, row, field);
  const stored = old as StoredAccount;
  const name = keep('name') ? stored.name : requiredText(errors, index, row.name, ['name']);
  const domain = keep('domain')
    ? stored.domain
    : (optionalText(errors, index, row.domain, ['domain'])?.toLowerCase() ?? null);
  const industry = keep('industry') ? stored.industry : requiredText(errors, index, row.industry, ['industry']);
  const country = keep('country')
    ? stored.country
    : (requiredText(errors, index, row.country, ['country'])?.toUpperCase() ?? null);
  if (country && !keep('country') && !/^[A-Z]{2}$/.test(country)) {
    errors.add(index, 'INVALID', `country must be an ISO 3166 alpha-2 code such as "US"; got "${country}"`, [
      'country',
    ]);
  }
  const region = keep('region') ? stored.region : requiredText(errors, index, row.region, ['region']);
  const count = keep('employees') ? stored.employees : required(errors, index, row.employees, ['employees']);
  const employees = count == null ? null : checkInt(errors, index, count, 0, 10_000_000, ['employees']);
  const annualRevenue = keep('annualRevenue')
    ? stored.annualRevenue
    : row.annualRevenue == null
      ? null
      : checkDecimal(errors, index, row.annualRevenue, MONEY, ['annualRevenue']);
  const ownerExternalId = keep('ownerExternalId')
    ? undefined
    : optionalText(errors, index, row.ownerExternalId, ['ownerExternalId']);
  const parentExternalId = keep('parentExternalId')
    ? undefined
    : optionalText(errors, index, row.parentExternalId, ['parentExternalId']);
  if (errors.rejected(index) || !name || !industry || !country || !region || employees == null) {
    return null;
  }
  return {
    index,
    externalId,
    name,
    domain,
    industry,
    country,
    region,
    employees,
    segment: segmentOf(employees),
    annualRevenue,
    ownerExternalId,
    parentExternalId,
  };
}

const sameDecimal = (a: Prisma.Decimal | null, b: Prisma.Decimal | null) =>
  a == null ? b == null : b != null && a.equals(b);

export const accountUpsert: EntityUpsert<AccountRowInput> = {
  operation: 'accounts.upsert',
  typename: 'Account',
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
    // Locked first, so a concurrent partial update of the same accounts is read after it commits.
    await lockByExternalId(
      tx,
      'Account',
      organizationId,
      keyed.map((k) => k.externalId),
    );

    const names = new Set<string>();
    for (const { row, externalId } of keyed) {
      names.add(externalId);
      const parent = row.parentExternalId?.trim();
      if (parent) names.add(parent);
    }
    const stored = await tx.account.findMany({
      where: { externalId: { in: [...names] } },
      select: {
        id: true,
        externalId: true,
        name: true,
        domain: true,
        industry: true,
        country: true,
        region: true,
        employees: true,
        segment: true,
        annualRevenue: true,
        ownerId: true,
        parentId: true,
      },
    });
    const byExternalId = new Map(stored.map((s) => [s.externalId as string, s]));
    const prepared = keyed
      .map((k) => prepare(errors, k.row, k.index, k.externalId, byExternalId.get(k.externalId), mode))
      .filter((r): r is AccountRow => r != null);
    const ownerRefs = [...new Set(prepared.flatMap((r) => (r.ownerExternalId ? [r.ownerExternalId] : [])))];
    const owners = new Map(
      (await tx.rep.findMany({ where: { externalId: { in: ownerRefs } }, select: { id: true, externalId: true } })).map(
        (o) => [o.externalId as string, o.id],
      ),
    );
    for (const r of prepared) {
      if (r.ownerExternalId && !owners.has(r.ownerExternalId)) {
        errors.add(r.index, 'NOT_FOUND', `ownerExternalId: no rep has externalId "${r.ownerExternalId}"`, [
          'ownerExternalId',
        ]);
      }
    }

    const ancestors = await loadAncestors(
      tx,
      'Account',
      'parentId',
      organizationId,
      stored.map((s) => s.id),
    );
    // A stored account that keeps its parent (MERGE) is left out: the cycle check then follows
    // its stored link.
    const linked: LinkedRow[] = keyed.flatMap(({ row, index, externalId }) =>
      keeps(mode, byExternalId.has(externalId), row, 'parentExternalId')
        ? []
        : [{ index, externalId, parentExternalId: row.parentExternalId?.trim() || null }],
    );
    const targets = resolveParents(
      errors,
      linked,
      {
        byExternalId: new Map<string, StoredNode>(
          stored.map((s) => [s.externalId as string, { id: s.id, externalId: s.externalId, parentId: s.parentId }]),
        ),
        byId: new Map(ancestors.map((a) => [a.id, a])),
      },
      'parentExternalId',
      'account',
    );

    const rows = prepared.filter((r) => !errors.rejected(r.index));
    const fresh = rows.filter((r) => !byExternalId.has(r.externalId));
    const ids = await allocateIds(tx, 'Account', fresh.length);
    const idOf = new Map<string, number>(stored.map((s) => [s.externalId as string, s.id]));
    for (const [i, r] of fresh.entries()) idOf.set(r.externalId, ids[i] as number);

    type Final = AccountRow & { id: number; ownerId: number | null; parentId: number | null };
    const created: Final[] = [];
    const changed: Final[] = [];
    const applied: AppliedRow[] = [];
    for (const r of rows) {
      const old = byExternalId.get(r.externalId);
      const target = targets.get(r.index) ?? null;
      const parentId =
        r.parentExternalId === undefined
          ? (old?.parentId ?? null)
          : target == null
            ? null
            : target.kind === 'stored'
              ? target.id
              : (idOf.get(target.externalId) as number);
      const ownerId =
        r.ownerExternalId === undefined
          ? (old?.ownerId ?? null)
          : r.ownerExternalId
            ? (owners.get(r.ownerExternalId) as number)
            : null;
      const final: Final = { ...r, id: idOf.get(r.externalId) as number, ownerId, parentId };
      let status: AppliedRow['status'] = 'CREATED';
      if (!old) created.push(final);
      else {
        const same =
          old.name === r.name &&
          old.domain === r.domain &&
          old.industry === r.industry &&
          old.country === r.country &&
          old.region === r.region &&
          old.employees === r.employees &&
          old.segment === r.segment &&
          sameDecimal(old.annualRevenue, r.annualRevenue) &&
          old.ownerId === ownerId &&
          old.parentId === parentId;
        status = same ? 'UNCHANGED' : 'UPDATED';
        if (!same) changed.push(final);
      }
      applied.push({ index: r.index, externalId: r.externalId, id: final.id, status });
    }

    const columns = (list: Final[]) => [
      { name: 'id', type: 'int', values: list.map((r) => r.id) },
      { name: 'name', type: 'text', values: list.map((r) => r.name) },
      { name: 'domain', type: 'text', values: list.map((r) => r.domain) },
      { name: 'industry', type: 'text', values: list.map((r) => r.industry) },
      { name: 'country', type: 'text', values: list.map((r) => r.country) },
      { name: 'region', type: 'text', values: list.map((r) => r.region) },
      { name: 'employees', type: 'int', values: list.map((r) => r.employees) },
      { name: 'segment', type: '"Segment"', values: list.map((r) => r.segment) },
      { name: 'annualRevenue', type: 'numeric', values: list.map((r) => r.annualRevenue) },
      { name: 'ownerId', type: 'int', values: list.map((r) => r.ownerId) },
      { name: 'parentId', type: 'int', values: list.map((r) => r.parentId) },
      { name: 'updatedAt', type: 'timestamp(3)', values: list.map(() => now) },
    ];
    // Territory assignment is not the CRM's to set: ingestion leaves territoryId as it is.
    await insertRows(tx, 'Account', organizationId, [
      ...columns(created),
      { name: 'externalId', type: 'text', values: created.map((r) => r.externalId) },
      { name: 'createdAt', type: 'timestamp(3)', values: created.map(() => now) },
    ]);
    await updateRows(tx, 'Account', organizationId, columns(changed));
    return applied;
  },
};
