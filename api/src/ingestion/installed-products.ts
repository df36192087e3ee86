// upsertInstalledProducts: what each account owns (a subscription or installed product), keyed by
// the pair (account externalId, product externalId), with its ARR and its start and end dates.
// docs/ingestion.md, "Entities".
//
// AccountProduct holds the current state (whitespace and propensity read it as before: one row
// per account and product, its current ARR). Its ARR history is effective-dated in
// AccountProductArr: one row per change, from its effective day on; the ARR on a day is that of
// the latest row at or before the day, counted while the product is installed (since <= day <
// endDate). A new installation starts its history with its ARR on its startDate; a change of ARR
// adds a row on `arrEffectiveDate` (default: today in the organization's time zone). A change on
// the day of the latest row corrects that row; a change dated before it is refused, so history is
// only ever appended in order.
import type { Prisma } from '../generated/prisma/client.js';
import { insertRows, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert } from './runner.js';
import { checkDecimal, MONEY, type RowErrors, rejectDuplicateKeys, required, requiredText } from './validation.js';

export interface InstalledProductRowInput {
  accountExternalId?: string | null;
  productExternalId?: string | null;
  arr?: Prisma.Decimal | null;
  startDate?: Date | null;
  /** First day no longer installed (exclusive); null = open-ended. */
  endDate?: Date | null;
  /** Day a changed ARR takes effect; default today in the organization's time zone. */
  arrEffectiveDate?: Date | null;
}

interface InstalledProductRow {
  index: number;
  key: string;
  accountExternalId: string;
  productExternalId: string;
  arr: Prisma.Decimal;
  startDate: Date;
  endDate: Date | null;
  /** Whether the row carries endDate at all (null included): in MERGE mode an absent one is kept. */
  endDateGiven: boolean;
  arrEffectiveDate: Date | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The day an instant falls on in a time zone (docs/design.md §3), as UTC midnight. */
function localDay(at: Date, timeZone: string): Date {
  // en-CA formats as YYYY-MM-DD.
  return new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone }).format(at)}T00:00:00Z`);
}

/** The row's key in results and audit events: `<accountExternalId>/<productExternalId>`. */
export const installedProductKey = (account: string, product: string) => `${account}/${product}`;

function prepare(errors: RowErrors, row: InstalledProductRowInput, index: number): InstalledProductRow | null {
  const accountExternalId = requiredText(errors, index, row.accountExternalId, ['accountExternalId']);
  const productExternalId = requiredText(errors, index, row.productExternalId, ['productExternalId']);
  const given = required(errors, index, row.arr, ['arr']);
  const arr = given && checkDecimal(errors, index, given, MONEY, ['arr']);
  const startDate = required(errors, index, row.startDate, ['startDate']);
  const endDate = row.endDate ?? null;
  const endDateGiven = row.endDate !== undefined;
  if (startDate && endDate && endDate <= startDate) {
    errors.add(index, 'INVALID', `endDate ${day(endDate)} must be after startDate ${day(startDate)}`, ['endDate']);
  }
  const arrEffectiveDate = row.arrEffectiveDate ?? null;
  if (startDate && arrEffectiveDate && arrEffectiveDate < startDate) {
    errors.add(
      index,
      'OUT_OF_RANGE',
      `arrEffectiveDate ${day(arrEffectiveDate)} is before startDate ${day(startDate)}`,
      ['arrEffectiveDate'],
    );
  }
  if (endDate && arrEffectiveDate && arrEffectiveDate >= endDate) {
    errors.add(
      index,
      'OUT_OF_RANGE',
      `arrEffectiveDate ${day(arrEffectiveDate)} is not before endDate ${day(endDate)}`,
      ['arrEffectiveDate'],
    );
  }
  if (errors.rejected(index) || !accountExternalId || !productExternalId || !arr || !startDate) return null;
  return {
    index,
    key: installedProductKey(accountExternalId, productExternalId),
    accountExternalId,
    productExternalId,
    arr,
    startDate,
    endDate,
    endDateGiven,
    arrEffectiveDate,
  };
}

interface Stored {
  id: number;
  accountId: number;
  productId: number;
  since: Date;
  endDate: Date | null;
  arr: Prisma.Decimal;
  /** effectiveFrom of the latest ARR history row; null when the product has none. */
  lastFrom: Date | null;
}

export const installedProductUpsert: EntityUpsert<InstalledProductRowInput> = {
  operation: 'installedProducts.upsert',
  typename: 'Account',
  auditEntityType: 'AccountProduct',
  async apply({ tx, organizationId, now, errors, mode }: Batch, input) {
    const prepared = input.map((row, i) => prepare(errors, row, i)).filter((r): r is InstalledProductRow => r != null);
    rejectDuplicateKeys(
      errors,
      prepared.map((r) => ({ index: r.index, key: r.key })),
      ['productExternalId'],
      'account and product',
    );

    const select = { id: true, externalId: true } as const;
    const accountRefs = [...new Set(prepared.map((r) => r.accountExternalId))];
    const productRefs = [...new Set(prepared.map((r) => r.productExternalId))];
    const accounts = new Map(
      (await tx.account.findMany({ where: { externalId: { in: accountRefs } }, select })).map((a) => [
        a.externalId as string,
        a.id,
      ]),
    );
    const products = new Map(
      (await tx.product.findMany({ where: { externalId: { in: productRefs } }, select })).map((p) => [
        p.externalId as string,
        p.id,
      ]),
    );
    for (const r of prepared) {
      if (!accounts.has(r.accountExternalId)) {
        errors.add(r.index, 'NOT_FOUND', `accountExternalId: no account has externalId "${r.accountExternalId}"`, [
          'accountExternalId',
        ]);
      }
      if (!products.has(r.productExternalId)) {
        errors.add(r.index, 'NOT_FOUND', `productExternalId: no product has externalId "${r.productExternalId}"`, [
          'productExternalId',
        ]);
      }
    }
    const rows = prepared.filter((r) => !errors.rejected(r.index));
    if (rows.length === 0) return [];

    const accountIds = rows.map((r) => accounts.get(r.accountExternalId) as number);
    const productIds = rows.map((r) => products.get(r.productExternalId) as number);
    const { timeZone } = await tx.organization.findFirstOrThrow({ select: { timeZone: true } });
    const today = localDay(now, timeZone);
    // The stored installations of the call's pairs with the day of their latest ARR change.
    const stored = await tx.$queryRaw<Stored[]>`
      SELECT ap.id, ap."accountId", ap."productId", ap.since, ap."endDate", ap.arr, last."effectiveFrom" AS "lastFrom"
        FROM unnest(${accountIds}::int[], ${productIds}::int[]) AS k(account, product)
        JOIN "AccountProduct" ap ON ap."accountId" = k.account AND ap."productId" = k.product
                                AND ap."organizationId" = ${organizationId}::int
        LEFT JOIN LATERAL (
          SELECT max(h."effectiveFrom") AS "effectiveFrom" FROM "AccountProductArr" h
           WHERE h."organizationId" = ${organizationId}::int AND h."accountId" = k.account AND h."productId" = k.product
        ) last ON true`;
    const storedOf = new Map(stored.map((s) => [`${s.accountId}|${s.productId}`, s]));

    type Final = InstalledProductRow & { accountId: number; productId: number };
    const created: Final[] = [];
    const changed: (Final & { id: number })[] = [];
    const arrAppended: { accountId: number; productId: number; effectiveFrom: Date; arr: Prisma.Decimal }[] = [];
    const arrCorrected: { accountId: number; productId: number; effectiveFrom: Date; arr: Prisma.Decimal }[] = [];
    const applied: AppliedRow[] = [];
    for (const r of rows) {
      const final: Final = {
        ...r,
        accountId: accounts.get(r.accountExternalId) as number,
        productId: products.get(r.productExternalId) as number,
      };
      const old = storedOf.get(`${final.accountId}|${final.productId}`);
      if (!old) {
        created.push(final);
        arrAppended.push({ ...final, effectiveFrom: r.startDate });
        applied.push({ index: r.index, externalId: r.key, id: final.accountId, status: 'CREATED' });
        continue;
      }
      // MERGE keeps a stored end date the row does not mention; null (or REPLACE) clears it.
      if (mode === 'MERGE' && !r.endDateGiven) final.endDate = old.endDate;
      if (final.endDate && final.endDate <= r.startDate) {
        errors.add(
          r.index,
          'INVALID',
          `endDate ${day(final.endDate)} (stored) must be after startDate ${day(r.startDate)}`,
          ['startDate'],
        );
        continue;
      }
      const arrChanged = !old.arr.equals(r.arr);
      if (arrChanged) {
        const effectiveFrom = r.arrEffectiveDate ?? today;
        if (old.lastFrom && effectiveFrom < old.lastFrom) {
          errors.add(
            r.index,
            'OUT_OF_RANGE',
            `arrEffectiveDate ${day(effectiveFrom)} is before the latest ARR change (${day(old.lastFrom)}); ARR history is appended in order`,
            ['arrEffectiveDate'],
          );
          continue;
        }
        const change = { ...final, effectiveFrom };
        if (old.lastFrom && effectiveFrom.getTime() === old.lastFrom.getTime()) arrCorrected.push(change);
        else arrAppended.push(change);
      }
      const same =
        !arrChanged &&
        old.since.getTime() === r.startDate.getTime() &&
        (old.endDate?.getTime() ?? null) === (final.endDate?.getTime() ?? null);
      if (!same) changed.push({ ...final, id: old.id });
      applied.push({ index: r.index, externalId: r.key, id: final.accountId, status: same ? 'UNCHANGED' : 'UPDATED' });
    }

    await insertRows(tx, 'AccountProduct', organizationId, [
      { name: 'accountId', type: 'int', values: created.map((r) => r.accountId) },
      { name: 'productId', type: 'int', values: created.map((r) => r.productId) },
      { name: 'since', type: 'date', values: created.map((r) => r.startDate) },
      { name: 'endDate', type: 'date', values: created.map((r) => r.endDate) },
      { name: 'arr', type: 'numeric', values: created.map((r) => r.arr) },
    ]);
    await updateRows(tx, 'AccountProduct', organizationId, [
      { name: 'id', type: 'int', values: changed.map((r) => r.id) },
      { name: 'since', type: 'date', values: changed.map((r) => r.startDate) },
      { name: 'endDate', type: 'date', values: changed.map((r) => r.endDate) },
      { name: 'arr', type: 'numeric', values: changed.map((r) => r.arr) },
    ]);
    await insertRows(tx, 'AccountProductArr', organizationId, [
      { name: 'accountId', type: 'int', values: arrAppended.map((r) => r.accountId) },
      { name: 'productId', type: 'int', values: arrAppended.map((r) => r.productId) },
      { name: 'effectiveFrom', type: 'date', values: arrAppended.map((r) => r.effectiveFrom) },
      { name: 'arr', type: 'numeric', values: arrAppended.map((r) => r.arr) },
      { name: 'recordedAt', type: 'timestamp(3)', values: arrAppended.map(() => now) },
    ]);
    if (arrCorrected.length > 0) {
      await tx.$executeRaw`
        UPDATE "AccountProductArr" h SET arr = c.arr, "recordedAt" = ${now}::timestamp(3)
          FROM unnest(${arrCorrected.map((c) => c.accountId)}::int[], ${arrCorrected.map((c) => c.productId)}::int[],
                      ${arrCorrected.map((c) => day(c.effectiveFrom))}::date[], ${arrCorrected.map((c) => c.arr.toFixed(2))}::numeric[])
               AS c(account, product, effective_from, arr)
         WHERE h."organizationId" = ${organizationId}::int AND h."accountId" = c.account
           AND h."productId" = c.product AND h."effectiveFrom" = c.effective_from`;
    }
    return applied;
  },
};
