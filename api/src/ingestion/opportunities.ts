// upsertOpportunities: deals keyed by the CRM's externalId, with their line items and credit
// splits. A row is the deal's whole state: its line items and splits replace the stored ones.
//
// Amount: with line items, the amount is the exact sum of quantity x unitPrice (Prisma.Decimal,
// never floats); a row may also send `amount`, which must then equal that sum. Without line items
// `amount` is required. Every line total must be a whole number of cents (it is stored exactly).
//
// History: a deal gets an OpportunityHistory row when it is created and whenever its stage,
// amount, close date or forecast category changes, stamped with the time of the call.
import type {
  ForecastCategory,
  OpportunityStage,
  OpportunityType,
  Prisma,
  SplitType,
} from '../generated/prisma/client.js';
import { isClosedStage } from '../pipeline/stages.js';
import { allocateIds, deleteWhereIn, insertRows, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert } from './runner.js';
import {
  checkDecimal,
  type DecimalRule,
  MONEY,
  type RowErrors,
  rejectDuplicateKeys,
  required,
  requiredText,
  sum,
} from './validation.js';

export const MAX_LINE_ITEMS = 200;
export const MAX_SPLITS = 50;

/** Decimal(12,2), strictly positive. */
const QUANTITY: DecimalRule = { scale: 2, integerDigits: 10, min: { value: 0, inclusive: false } };
/** Decimal(9,6) fraction of the amount, 0 < percent <= 1. */
const PERCENT: DecimalRule = { scale: 6, integerDigits: 3, min: { value: 0, inclusive: false }, max: 1 };

/** The category a deal is in when the row does not say: closed stages have one fixed category. */
export const DEFAULT_FORECAST_CATEGORY: Record<OpportunityStage, ForecastCategory> = {
  PROSPECTING: 'PIPELINE',
  QUALIFICATION: 'PIPELINE',
  DISCOVERY: 'PIPELINE',
  PROPOSAL: 'BEST_CASE',
  NEGOTIATION: 'COMMIT',
  CLOSED_WON: 'CLOSED',
  CLOSED_LOST: 'OMITTED',
};

export interface LineItemInput {
  productExternalId?: string | null;
  quantity?: Prisma.Decimal | null;
  unitPrice?: Prisma.Decimal | null;
}

export interface SplitInput {
  repExternalId?: string | null;
  percent?: Prisma.Decimal | null;
  splitType?: SplitType | null;
}

export interface OpportunityRowInput {
  externalId?: string | null;
  name?: string | null;
  accountExternalId?: string | null;
  ownerExternalId?: string | null;
  /** Optional with line items (then it must equal their sum); required without. */
  amount?: Prisma.Decimal | null;
  type?: OpportunityType | null;
  stage?: OpportunityStage | null;
  /** Default: DEFAULT_FORECAST_CATEGORY of the stage. */
  forecastCategory?: ForecastCategory | null;
  createdDate?: Date | null;
  closeDate?: Date | null;
  lineItems?: LineItemInput[] | null;
  splits?: SplitInput[] | null;
}

interface LineItemRow {
  productExternalId: string;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  totalPrice: Prisma.Decimal;
}

interface SplitRow {
  repExternalId: string;
  percent: Prisma.Decimal;
  splitType: SplitType;
}

interface OpportunityRow {
  index: number;
  externalId: string;
  name: string;
  accountExternalId: string;
  ownerExternalId: string;
  amount: Prisma.Decimal;
  type: OpportunityType;
  stage: OpportunityStage;
  forecastCategory: ForecastCategory;
  createdDate: Date;
  closeDate: Date;
  lineItems: LineItemRow[];
  splits: SplitRow[];
}

function prepareLineItems(errors: RowErrors, index: number, items: LineItemInput[]): LineItemRow[] | null {
  if (items.length > MAX_LINE_ITEMS) {
    errors.add(index, 'OUT_OF_RANGE', `lineItems holds ${items.length} items; at most ${MAX_LINE_ITEMS}`, [
      'lineItems',
    ]);
    return null;
  }
  const out: LineItemRow[] = [];
  items.forEach((item, j) => {
    const at = (field: string) => ['lineItems', j, field];
    const productExternalId = requiredText(errors, index, item.productExternalId, at('productExternalId'));
    const q = required(errors, index, item.quantity, at('quantity'));
    const quantity = q && checkDecimal(errors, index, q, QUANTITY, at('quantity'));
    const p = required(errors, index, item.unitPrice, at('unitPrice'));
    const unitPrice = p && checkDecimal(errors, index, p, MONEY, at('unitPrice'));
    if (!productExternalId || !quantity || !unitPrice) return;
    const totalPrice = quantity.times(unitPrice);
    if (totalPrice.decimalPlaces() > 2) {
      errors.add(
        index,
        'INVALID',
        `lineItems.${j}: quantity x unitPrice = ${totalPrice.toFixed()} is not a whole number of cents`,
        ['lineItems', j],
      );
      return;
    }
    if (checkDecimal(errors, index, totalPrice, MONEY, ['lineItems', j])) {
      out.push({ productExternalId, quantity, unitPrice, totalPrice });
    }
  });
  return errors.rejected(index) ? null : out;
}

function prepareSplits(errors: RowErrors, index: number, splits: SplitInput[]): SplitRow[] | null {
  if (splits.length > MAX_SPLITS) {
    errors.add(index, 'OUT_OF_RANGE', `splits holds ${splits.length} splits; at most ${MAX_SPLITS}`, ['splits']);
    return null;
  }
  const out: SplitRow[] = [];
  const seen = new Set<string>();
  splits.forEach((split, k) => {
    const at = (field: string) => ['splits', k, field];
    const repExternalId = requiredText(errors, index, split.repExternalId, at('repExternalId'));
    const p = required(errors, index, split.percent, at('percent'));
    const percent = p && checkDecimal(errors, index, p, PERCENT, at('percent'));
    const splitType = required(errors, index, split.splitType, at('splitType'));
    if (!repExternalId || !percent || !splitType) return;
    const key = `${splitType}\u0000${repExternalId}`;
    if (seen.has(key)) {
      errors.add(
        index,
        'DUPLICATE',
        `splits.${k}: rep "${repExternalId}" already has a ${splitType} split`,
        at('repExternalId'),
      );
      return;
    }
    seen.add(key);
    out.push({ repExternalId, percent, splitType });
  });
  const revenue = out.filter((s) => s.splitType === 'REVENUE');
  const total = sum(revenue.map((s) => s.percent));
  if (revenue.length > 0 && !total.equals(1)) {
    errors.add(index, 'INVALID', `REVENUE splits must total exactly 1 (100%); they total ${total.toFixed()}`, [
      'splits',
    ]);
  }
  return errors.rejected(index) ? null : out;
}

function prepare(errors: RowErrors, row: OpportunityRowInput, index: number): OpportunityRow | null {
  const externalId = requiredText(errors, index, row.externalId, ['externalId']);
  const name = requiredText(errors, index, row.name, ['name']);
  const accountExternalId = requiredText(errors, index, row.accountExternalId, ['accountExternalId']);
  const ownerExternalId = requiredText(errors, index, row.ownerExternalId, ['ownerExternalId']);
  const type = required(errors, index, row.type, ['type']);
  const stage = required(errors, index, row.stage, ['stage']);
  let forecastCategory = row.forecastCategory ?? null;
  if (stage) {
    forecastCategory ??= DEFAULT_FORECAST_CATEGORY[stage];
    const fixed = isClosedStage(stage) ? DEFAULT_FORECAST_CATEGORY[stage] : null;
    if (fixed && forecastCategory !== fixed) {
      errors.add(index, 'INVALID', `a ${stage} deal must be in forecast category ${fixed}; got ${forecastCategory}`, [
        'forecastCategory',
      ]);
    } else if (!fixed && forecastCategory === 'CLOSED') {
      errors.add(index, 'INVALID', `an open deal (${stage}) cannot be in forecast category CLOSED`, [
        'forecastCategory',
      ]);
    }
  }
  const createdDate = required(errors, index, row.createdDate, ['createdDate']);
  const closeDate = required(errors, index, row.closeDate, ['closeDate']);
  if (createdDate && closeDate && closeDate < createdDate) {
    errors.add(
      index,
      'INVALID',
      `closeDate ${closeDate.toISOString().slice(0, 10)} is before createdDate ${createdDate.toISOString().slice(0, 10)}`,
      ['closeDate'],
    );
  }
  const lineItems = prepareLineItems(errors, index, row.lineItems ?? []);
  const splits = prepareSplits(errors, index, row.splits ?? []);

  let amount: Prisma.Decimal | null = null;
  const given = row.amount == null ? null : checkDecimal(errors, index, row.amount, MONEY, ['amount']);
  if (lineItems && lineItems.length > 0) {
    const total = sum(lineItems.map((l) => l.totalPrice));
    if (given && !given.equals(total)) {
      errors.add(
        index,
        'INVALID',
        `amount ${given.toFixed()} differs from the sum of the line items ${total.toFixed(2)}; send the sum or omit amount`,
        ['amount'],
      );
    }
    amount = total;
  } else if (lineItems) {
    if (row.amount == null)
      errors.add(index, 'REQUIRED', 'amount is required for a deal without line items', ['amount']);
    amount = given;
  }
  if (
    errors.rejected(index) ||
    !externalId ||
    !name ||
    !accountExternalId ||
    !ownerExternalId ||
    !type ||
    !stage ||
    !forecastCategory ||
    !createdDate ||
    !closeDate ||
    !lineItems ||
    !splits ||
    !amount
  ) {
    return null;
  }
  return {
    index,
    externalId,
    name,
    accountExternalId,
    ownerExternalId,
    amount,
    type,
    stage,
    forecastCategory,
    createdDate,
    closeDate,
    lineItems,
    splits,
  };
}

const itemKey = (productId: number, quantity: Prisma.Decimal, unitPrice: Prisma.Decimal) =>
  `${productId}|${quantity.toFixed(2)}|${unitPrice.toFixed(2)}`;
const splitKey = (repId: number, splitType: SplitType, percent: Prisma.Decimal) =>
  `${repId}|${splitType}|${percent.toFixed(6)}`;
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

async function idsByExternalId(
  find: (externalIds: string[]) => Promise<{ id: number; externalId: string | null }[]>,
  externalIds: Set<string>,
): Promise<Map<string, number>> {
  if (externalIds.size === 0) return new Map();
  return new Map((await find([...externalIds])).map((r) => [r.externalId as string, r.id]));
}

export const opportunityUpsert: EntityUpsert<OpportunityRowInput> = {
  operation: 'opportunities.upsert',
  typename: 'Opportunity',
  async apply({ tx, organizationId, now, errors }: Batch, input) {
    const prepared = input.map((row, i) => prepare(errors, row, i)).filter((r): r is OpportunityRow => r != null);
    rejectDuplicateKeys(
      errors,
      input.map((row, index) => ({ index, key: row.externalId?.trim() || null })),
      ['externalId'],
    );

    // References, one query per table.
    const accountRefs = new Set(prepared.map((r) => r.accountExternalId));
    const repRefs = new Set(prepared.flatMap((r) => [r.ownerExternalId, ...r.splits.map((s) => s.repExternalId)]));
    const productRefs = new Set(prepared.flatMap((r) => r.lineItems.map((l) => l.productExternalId)));
    const select = { id: true, externalId: true } as const;
    const accounts = await idsByExternalId(
      (ids) => tx.account.findMany({ where: { externalId: { in: ids } }, select }),
      accountRefs,
    );
    const reps = await idsByExternalId(
      (ids) => tx.rep.findMany({ where: { externalId: { in: ids } }, select }),
      repRefs,
    );
    const products = await idsByExternalId(
      (ids) => tx.product.findMany({ where: { externalId: { in: ids } }, select }),
      productRefs,
    );
    for (const r of prepared) {
      const missing = (ref: string, noun: string, path: (string | number)[]) =>
        errors.add(r.index, 'NOT_FOUND', `${path.join('.')}: no ${noun} has externalId "${ref}"`, path);
      if (!accounts.has(r.accountExternalId)) missing(r.accountExternalId, 'account', ['accountExternalId']);
      if (!reps.has(r.ownerExternalId)) missing(r.ownerExternalId, 'rep', ['ownerExternalId']);
      r.lineItems.forEach((l, j) => {
        if (!products.has(l.productExternalId))
          missing(l.productExternalId, 'product', ['lineItems', j, 'productExternalId']);
      });
      r.splits.forEach((s, k) => {
        if (!reps.has(s.repExternalId)) missing(s.repExternalId, 'rep', ['splits', k, 'repExternalId']);
      });
    }
    const rows = prepared.filter((r) => !errors.rejected(r.index));
    if (rows.length === 0) return [];

    // The stored state of the deals the call names, to tell created, updated and unchanged apart.
    const stored = new Map(
      (
        await tx.opportunity.findMany({
          where: { externalId: { in: rows.map((r) => r.externalId) } },
          select: {
            id: true,
            externalId: true,
            name: true,
            accountId: true,
            ownerId: true,
            amount: true,
            type: true,
            stage: true,
            forecastCategory: true,
            createdDate: true,
            closeDate: true,
            lineItems: { select: { productId: true, quantity: true, unitPrice: true } },
            splits: { select: { repId: true, percent: true, splitType: true } },
          },
        })
      ).map((o) => [o.externalId as string, o]),
    );
    const fresh = rows.filter((r) => !stored.has(r.externalId));
    const newIds = await allocateIds(tx, 'Opportunity', fresh.length);
    const newIdOf = new Map(fresh.map((r, i) => [r.externalId, newIds[i] as number]));

    type Final = OpportunityRow & { id: number; accountId: number; ownerId: number };
    const created: Final[] = [];
    const changed: Final[] = [];
    const snapshots: Final[] = [];
    const applied: AppliedRow[] = [];
    for (const r of rows) {
      const old = stored.get(r.externalId);
      const final: Final = {
        ...r,
        id: old?.id ?? (newIdOf.get(r.externalId) as number),
        accountId: accounts.get(r.accountExternalId) as number,
        ownerId: reps.get(r.ownerExternalId) as number,
      };
      let status: AppliedRow['status'] = 'CREATED';
      if (!old) {
        created.push(final);
        snapshots.push(final);
      } else {
        const tracked =
          old.stage === r.stage &&
          old.amount.equals(r.amount) &&
          old.closeDate.getTime() === r.closeDate.getTime() &&
          old.forecastCategory === r.forecastCategory;
        const same =
          tracked &&
          old.name === r.name &&
          old.accountId === final.accountId &&
          old.ownerId === final.ownerId &&
          old.type === r.type &&
          old.createdDate.getTime() === r.createdDate.getTime() &&
          sameSet(
            old.lineItems.map((l) => itemKey(l.productId, l.quantity, l.unitPrice)),
            r.lineItems.map((l) => itemKey(products.get(l.productExternalId) as number, l.quantity, l.unitPrice)),
          ) &&
          sameSet(
            old.splits.map((s) => splitKey(s.repId, s.splitType, s.percent)),
            r.splits.map((s) => splitKey(reps.get(s.repExternalId) as number, s.splitType, s.percent)),
          );
        status = same ? 'UNCHANGED' : 'UPDATED';
        if (!same) changed.push(final);
        if (!tracked) snapshots.push(final);
      }
      applied.push({ index: r.index, externalId: r.externalId, id: final.id, status });
    }

    const columns = (list: Final[]) => [
      { name: 'id', type: 'int', values: list.map((r) => r.id) },
      { name: 'name', type: 'text', values: list.map((r) => r.name) },
      { name: 'accountId', type: 'int', values: list.map((r) => r.accountId) },
      { name: 'ownerId', type: 'int', values: list.map((r) => r.ownerId) },
      { name: 'amount', type: 'numeric', values: list.map((r) => r.amount) },
      { name: 'type', type: '"OpportunityType"', values: list.map((r) => r.type) },
      { name: 'stage', type: '"OpportunityStage"', values: list.map((r) => r.stage) },
      { name: 'forecastCategory', type: '"ForecastCategory"', values: list.map((r) => r.forecastCategory) },
      { name: 'createdDate', type: 'date', values: list.map((r) => r.createdDate) },
      { name: 'closeDate', type: 'date', values: list.map((r) => r.closeDate) },
      { name: 'updatedAt', type: 'timestamp(3)', values: list.map(() => now) },
    ];
    await insertRows(tx, 'Opportunity', organizationId, [
      ...columns(created),
      { name: 'externalId', type: 'text', values: created.map((r) => r.externalId) },
      { name: 'createdAt', type: 'timestamp(3)', values: created.map(() => now) },
    ]);
    await updateRows(tx, 'Opportunity', organizationId, columns(changed));

    // Line items and splits of every written deal are replaced as a whole.
    const replaced = changed.map((r) => r.id);
    await deleteWhereIn(tx, 'OpportunityLineItem', organizationId, 'opportunityId', replaced);
    await deleteWhereIn(tx, 'OpportunitySplit', organizationId, 'opportunityId', replaced);
    const written = [...created, ...changed];
    const items = written.flatMap((r) => r.lineItems.map((l) => ({ opportunityId: r.id, ...l })));
    await insertRows(tx, 'OpportunityLineItem', organizationId, [
      { name: 'opportunityId', type: 'int', values: items.map((l) => l.opportunityId) },
      { name: 'productId', type: 'int', values: items.map((l) => products.get(l.productExternalId) as number) },
      { name: 'quantity', type: 'numeric', values: items.map((l) => l.quantity) },
      { name: 'unitPrice', type: 'numeric', values: items.map((l) => l.unitPrice) },
      { name: 'totalPrice', type: 'numeric', values: items.map((l) => l.totalPrice) },
    ]);
    const splits = written.flatMap((r) => r.splits.map((s) => ({ opportunityId: r.id, ...s })));
    await insertRows(tx, 'OpportunitySplit', organizationId, [
      { name: 'opportunityId', type: 'int', values: splits.map((s) => s.opportunityId) },
      { name: 'repId', type: 'int', values: splits.map((s) => reps.get(s.repExternalId) as number) },
      { name: 'percent', type: 'numeric', values: splits.map((s) => s.percent) },
      { name: 'splitType', type: '"SplitType"', values: splits.map((s) => s.splitType) },
    ]);
    await insertRows(tx, 'OpportunityHistory', organizationId, [
      { name: 'opportunityId', type: 'int', values: snapshots.map((r) => r.id) },
      { name: 'changedAt', type: 'timestamp(3)', values: snapshots.map(() => now) },
      { name: 'stage', type: '"OpportunityStage"', values: snapshots.map((r) => r.stage) },
      { name: 'amount', type: 'numeric', values: snapshots.map((r) => r.amount) },
      { name: 'closeDate', type: 'date', values: snapshots.map((r) => r.closeDate) },
      { name: 'forecastCategory', type: '"ForecastCategory"', values: snapshots.map((r) => r.forecastCategory) },
    ]);
    return applied;
  },
};
