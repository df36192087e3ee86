// upsertOpportunities: deals keyed by the CRM's externalId, with their line items and credit
// splits. In MERGE mode (the default) a row of a stored deal changes only what it carries: an
// omitted field, line item list or split list keeps its stored value. In REPLACE mode a row is the
// deal's whole state. Either way a list that is sent replaces the stored one.
//
// Writes touch only what changed: the deal row when one of its columns changes, and of its line
// items and splits only those that differ from the stored ones (deleted and inserted), so a call
// that moves one line item of 2,000 deals writes 2,000 line items, not all of them.
//
// Amount: with line items, the amount is the exact sum of quantity x unitPrice (Prisma.Decimal,
// never floats); a row may also send `amount`, which must then equal that sum. Without line items
// `amount` is required. Every line total must be a whole number of cents (it is stored exactly).
//
// Source and competitor are free text. A loss reason is one of the organization's own list
// (upsertLossReasons), sent by its externalId; only a CLOSED_LOST deal carries one.
//
// History: a deal gets an OpportunityHistory row when it is created and whenever its stage,
// amount, close date or forecast category changes, stamped with the time of the call.
import {
  type ForecastCategory,
  type OpportunityStage,
  type OpportunityType,
  Prisma,
  type SplitType,
} from '../generated/prisma/client.js';
import type { Tx } from '../shared/transactions.js';
import { allocateIds, deleteWhereIn, idsByExternalId, insertRows, readJsonRows, updateRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert, UpsertMode } from './runner.js';
import {
  checkDecimal,
  checkForecastCategory,
  type DecimalRule,
  keeps,
  MONEY,
  optionalText,
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
  source?: string | null;
  /** externalId of one of the organization's active loss reasons; CLOSED_LOST deals only. */
  lossReason?: string | null;
  competitor?: string | null;
  lineItems?: LineItemInput[] | null;
  splits?: SplitInput[] | null;
}

/** A line item as the call will store it: its product by externalId (sent) or id (stored). */
interface LineItemRow {
  product: string | number;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
  totalPrice: Prisma.Decimal;
}

/** A split as the call will store it: its rep by externalId (sent) or id (stored). */
interface SplitRow {
  rep: string | number;
  percent: Prisma.Decimal;
  splitType: SplitType;
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
      out.push({ product: productExternalId, quantity, unitPrice, totalPrice });
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
    out.push({ rep: repExternalId, percent, splitType });
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

/** A deal as the call will store it; account, owner, products and reps by externalId or id. */
interface OpportunityRow {
  index: number;
  externalId: string;
  name: string;
  account: string | number;
  owner: string | number;
  amount: Prisma.Decimal;
  type: OpportunityType;
  stage: OpportunityStage;
  forecastCategory: ForecastCategory;
  createdDate: Date;
  closeDate: Date;
  source: string | null;
  /** The loss reason by externalId (sent) or id (stored). */
  lossReason: string | number | null;
  competitor: string | null;
  lineItems: LineItemRow[];
  splits: SplitRow[];
}

/** What makes two line items equal (stored or sent, with the product resolved). */
interface ItemValues {
  productId: number;
  quantity: Prisma.Decimal;
  unitPrice: Prisma.Decimal;
}

/** What makes two splits equal (stored or sent, with the rep resolved). */
interface SplitValues {
  repId: number;
  percent: Prisma.Decimal;
  splitType: SplitType;
}

interface StoredItem extends ItemValues {
  id: number;
}

interface StoredSplit extends SplitValues {
  id: number;
}

interface StoredDeal {
  id: number;
  externalId: string;
  name: string;
  accountId: number;
  ownerId: number;
  amount: Prisma.Decimal;
  type: OpportunityType;
  stage: OpportunityStage;
  forecastCategory: ForecastCategory;
  createdDate: Date;
  closeDate: Date;
  source: string | null;
  lossReasonId: number | null;
  competitor: string | null;
  lineItems: StoredItem[];
  splits: StoredSplit[];
}

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

/**
 * The stored deals with these externalIds, locked until the end of the transaction (in id order,
 * so calls naming the same deals cannot deadlock), with their line items and splits. The lock
 * comes first and the lists are read by a second statement, which sees what a concurrent call
 * on the same deals committed while this one waited.
 */
async function loadStored(tx: Tx, organizationId: number, externalIds: string[]): Promise<Map<string, StoredDeal>> {
  if (externalIds.length === 0) return new Map();
  // One JSON object a deal (readJsonRows), named as StoredDeal's fields; the amount as text, so
  // no digit is lost, and the days as text, read as UTC midnights below.
  const deals = await readJsonRows<
    Omit<StoredDeal, 'amount' | 'createdDate' | 'closeDate' | 'lineItems' | 'splits'> & {
      amount: string;
      createdDate: string;
      closeDate: string;
    }
  >(
    tx,
    Prisma.sql`SELECT json_build_object('id', id, 'externalId', "externalId", 'name', name, 'accountId', "accountId",
      'ownerId', "ownerId", 'amount', amount::text, 'type', type, 'stage', stage, 'forecastCategory', "forecastCategory",
      'createdDate', to_char("createdDate", 'YYYY-MM-DD'), 'closeDate', to_char("closeDate", 'YYYY-MM-DD'),
      'source', source, 'lossReasonId', "lossReasonId", 'competitor', competitor) AS r
      FROM (SELECT * FROM "Opportunity"
             WHERE "organizationId" = ${organizationId}::int AND "externalId" = ANY(${externalIds}::text[])
             ORDER BY id FOR UPDATE) o`,
  );
  const byId = new Map<number, StoredDeal>();
  for (const d of deals) {
    byId.set(d.id, {
      ...d,
      amount: new Prisma.Decimal(d.amount),
      createdDate: day(d.createdDate),
      closeDate: day(d.closeDate),
      lineItems: [],
      splits: [],
    });
  }
  if (byId.size === 0) return new Map();
  const ids = [...byId.keys()];
  // [kind, id, opportunityId, productId or repId, quantity or percent, unitPrice or splitType]
  const parts = await readJsonRows<['item' | 'split', number, number, number, string, string]>(
    tx,
    Prisma.sql`SELECT json_build_array('item', id, "opportunityId", "productId", quantity::text, "unitPrice"::text) AS r
      FROM "OpportunityLineItem" WHERE "organizationId" = ${organizationId}::int AND "opportunityId" = ANY(${ids}::int[])
    UNION ALL
    SELECT json_build_array('split', id, "opportunityId", "repId", percent::text, "splitType")
      FROM "OpportunitySplit" WHERE "organizationId" = ${organizationId}::int AND "opportunityId" = ANY(${ids}::int[])`,
  );
  for (const [kind, id, opportunityId, ref, a, b] of parts) {
    const deal = byId.get(opportunityId) as StoredDeal;
    if (kind === 'item') {
      deal.lineItems.push({ id, productId: ref, quantity: new Prisma.Decimal(a), unitPrice: new Prisma.Decimal(b) });
    } else {
      deal.splits.push({ id, repId: ref, percent: new Prisma.Decimal(a), splitType: b as SplitType });
    }
  }
  return new Map([...byId.values()].map((d) => [d.externalId, d]));
}

/**
 * Validates one row against the stored deal it updates (if any) and returns the deal as it will
 * be stored. In MERGE mode an omitted field of a stored deal keeps the stored value; everything
 * else (a sent value, a field of a new deal, every field in REPLACE mode) is checked as sent.
 */
function prepare(
  errors: RowErrors,
  row: OpportunityRowInput,
  index: number,
  externalId: string,
  old: StoredDeal | undefined,
  mode: UpsertMode,
): OpportunityRow | null {
  const keep = (field: keyof OpportunityRowInput) => keeps(mode, old != null, row, field);
  const name = keep('name') ? (old as StoredDeal).name : requiredText(errors, index, row.name, ['name']);
  const account = keep('accountExternalId')
    ? (old as StoredDeal).accountId
    : requiredText(errors, index, row.accountExternalId, ['accountExternalId']);
  const owner = keep('ownerExternalId')
    ? (old as StoredDeal).ownerId
    : requiredText(errors, index, row.ownerExternalId, ['ownerExternalId']);
  const type = keep('type') ? (old as StoredDeal).type : required(errors, index, row.type, ['type']);
  const stage = keep('stage') ? (old as StoredDeal).stage : required(errors, index, row.stage, ['stage']);
  let forecastCategory: ForecastCategory | null = row.forecastCategory ?? null;
  if (stage) {
    // An omitted category is kept while the stage stays; a new stage brings its default, as a
    // CRM resets the category when the stage moves.
    if (forecastCategory == null && keep('forecastCategory') && stage === old?.stage) {
      forecastCategory = old.forecastCategory;
    }
    forecastCategory = checkForecastCategory(errors, index, stage, forecastCategory);
  }
  const createdDate = keep('createdDate')
    ? (old as StoredDeal).createdDate
    : required(errors, index, row.createdDate, ['createdDate']);
  const closeDate = keep('closeDate')
    ? (old as StoredDeal).closeDate
    : required(errors, index, row.closeDate, ['closeDate']);
  if (createdDate && closeDate && closeDate < createdDate) {
    errors.add(
      index,
      'INVALID',
      `closeDate ${closeDate.toISOString().slice(0, 10)} is before createdDate ${createdDate.toISOString().slice(0, 10)}`,
      [keep('closeDate') ? 'createdDate' : 'closeDate'],
    );
  }
  const source = keep('source') ? (old as StoredDeal).source : optionalText(errors, index, row.source, ['source']);
  const competitor = keep('competitor')
    ? (old as StoredDeal).competitor
    : optionalText(errors, index, row.competitor, ['competitor']);
  // A deal that is no longer lost drops a kept reason (a reopened deal was not lost for it);
  // a reason sent for a deal that is not lost is refused.
  let lossReason: string | number | null = keep('lossReason')
    ? stage === 'CLOSED_LOST'
      ? (old as StoredDeal).lossReasonId
      : null
    : optionalText(errors, index, row.lossReason, ['lossReason']);
  if (typeof lossReason === 'string' && stage && stage !== 'CLOSED_LOST') {
    errors.add(index, 'INVALID', `lossReason: only a CLOSED_LOST deal has a loss reason; stage is ${stage}`, [
      'lossReason',
    ]);
    lossReason = null;
  }
  const lineItems = keep('lineItems')
    ? (old as StoredDeal).lineItems.map((l) => ({
        product: l.productId,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        totalPrice: l.quantity.times(l.unitPrice),
      }))
    : prepareLineItems(errors, index, row.lineItems ?? []);
  const splits = keep('splits')
    ? (old as StoredDeal).splits.map((s) => ({ rep: s.repId, percent: s.percent, splitType: s.splitType }))
    : prepareSplits(errors, index, row.splits ?? []);

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
    // Without line items the amount is the row's, or, omitted in MERGE mode, the stored one.
    amount = given ?? (row.amount === null ? null : keep('amount') ? (old as StoredDeal).amount : null);
    if (row.amount == null && amount == null)
      errors.add(index, 'REQUIRED', 'amount is required for a deal without line items', ['amount']);
  }
  if (
    errors.rejected(index) ||
    !name ||
    !account ||
    !owner ||
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
    account,
    owner,
    amount,
    type,
    stage,
    forecastCategory,
    createdDate,
    closeDate,
    source,
    lossReason,
    competitor,
    lineItems,
    splits,
  };
}

// Keys compare values by their shortest text: Decimal's toString drops trailing zeros and uses
// no exponent for the values a validated row can hold (at least 1e-6 apart from 0, below 1e16),
// and it costs half of toFixed(n), which rounds a copy first (it runs for every line item and
// split of a call, stored and sent).
const itemKey = (productId: number, quantity: Prisma.Decimal, unitPrice: Prisma.Decimal) =>
  `${productId}|${quantity.toString()}|${unitPrice.toString()}`;
const splitKey = (repId: number, splitType: SplitType, percent: Prisma.Decimal) =>
  `${repId}|${splitType}|${percent.toString()}`;

const sameItem = (a: ItemValues, b: ItemValues) =>
  a.productId === b.productId && a.quantity.equals(b.quantity) && a.unitPrice.equals(b.unitPrice);
const sameSplit = (a: SplitValues, b: SplitValues) =>
  a.repId === b.repId && a.splitType === b.splitType && a.percent.equals(b.percent);

/**
 * What turns the stored list into the new one: the stored entries no new entry matches, and the
 * new entries no stored entry matches. Entries are equal when their keys are (`same` tells the
 * same without building keys).
 *
 * Most lists come back as stored, or with one entry changed in place, and need no keys: compared
 * in order, equal pairs cancel out, so with no unequal pair nothing changed, and with one the
 * unequal pair is the change. The stored entry that goes is then the first one of its value, the
 * one the keyed matching below leaves (it matches the new entries to the stored ones from the
 * last), so the same stored ids go and stay either way.
 */
function diff<S extends V, N extends V, V>(
  stored: S[],
  next: N[],
  storedKey: (s: S) => string,
  nextKey: (n: N) => string,
  same: (a: V, b: V) => boolean,
): { removed: S[]; added: N[] } {
  if (stored.length === next.length) {
    let at = -1;
    let unequal = 0;
    for (let i = 0; i < stored.length && unequal < 2; i++) {
      if (!same(stored[i] as S, next[i] as N)) {
        unequal++;
        at = i;
      }
    }
    if (unequal === 0) return { removed: [], added: [] };
    if (unequal === 1) {
      const gone = stored[at] as S;
      return { removed: [stored.find((s) => same(s, gone)) as S], added: [next[at] as N] };
    }
  }
  const unmatched = new Map<string, S[]>();
  for (const s of stored) {
    const key = storedKey(s);
    const list = unmatched.get(key);
    if (list) list.push(s);
    else unmatched.set(key, [s]);
  }
  const added: N[] = [];
  for (const n of next) {
    const list = unmatched.get(nextKey(n));
    if (list?.length) list.pop();
    else added.push(n);
  }
  return { removed: [...unmatched.values()].flat(), added };
}

/**
 * Pairs removed stored entries with added entries of the same `key` (in order), so each pair is
 * written as an UPDATE of the stored row in place instead of a DELETE and an INSERT: the row keeps
 * its id, and an update that leaves the foreign keys as they are runs no foreign key check.
 */
function pairUp<S extends { id: number }, N>(
  removed: S[],
  added: N[],
  storedKey: (s: S) => string,
  nextKey: (n: N) => string,
): { updated: (N & { id: number })[]; removed: S[]; added: N[] } {
  // Most lists of a call change in place or not at all: nothing to pair, no map to build.
  if (removed.length === 0 || added.length === 0) return { updated: [], removed, added };
  const free = new Map<string, S[]>();
  for (const s of removed) {
    const key = storedKey(s);
    const list = free.get(key);
    if (list) list.push(s);
    else free.set(key, [s]);
  }
  const updated: (N & { id: number })[] = [];
  const unpaired: N[] = [];
  for (const n of added) {
    const s = free.get(nextKey(n))?.shift();
    if (s) updated.push({ ...n, id: s.id });
    else unpaired.push(n);
  }
  return { updated, removed: [...free.values()].flat(), added: unpaired };
}

/** The organization's loss reasons with these externalIds, in one statement. */
async function lossReasonsByExternalId(
  tx: Tx,
  organizationId: number,
  externalIds: string[],
): Promise<Map<string, { id: number; active: boolean }>> {
  if (externalIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: number; externalId: string; active: boolean }[]>`
    SELECT id, "externalId", active FROM "LossReason"
     WHERE "organizationId" = ${organizationId}::int AND "externalId" = ANY(${[...new Set(externalIds)]}::text[])`;
  return new Map(rows.map((r) => [r.externalId, { id: Number(r.id), active: r.active }]));
}

export const opportunityUpsert: EntityUpsert<OpportunityRowInput> = {
  operation: 'opportunities.upsert',
  typename: 'Opportunity',
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
    const stored = await loadStored(
      tx,
      organizationId,
      keyed.map((k) => k.externalId),
    );
    const prepared = keyed
      .map((k) => prepare(errors, k.row, k.index, k.externalId, stored.get(k.externalId), mode))
      .filter((r): r is OpportunityRow => r != null);

    // The references the rows send, in one statement.
    const sent = <T>(values: (string | number)[]) => values.filter((v): v is string => typeof v === 'string') as T[];
    const refs = await idsByExternalId(tx, organizationId, {
      Account: sent<string>(prepared.map((r) => r.account)),
      Rep: sent<string>(prepared.flatMap((r) => [r.owner, ...r.splits.map((s) => s.rep)])),
      Product: sent<string>(prepared.flatMap((r) => r.lineItems.map((l) => l.product))),
    });
    const resolve = (ref: string | number, table: 'Account' | 'Rep' | 'Product') =>
      typeof ref === 'number' ? ref : refs[table].get(ref);
    const reasons = await lossReasonsByExternalId(
      tx,
      organizationId,
      prepared.flatMap((r) => (typeof r.lossReason === 'string' ? [r.lossReason] : [])),
    );
    for (const r of prepared) {
      const missing = (ref: string | number, noun: string, path: (string | number)[]) =>
        errors.add(r.index, 'NOT_FOUND', `${path.join('.')}: no ${noun} has externalId "${ref}"`, path);
      if (resolve(r.account, 'Account') == null) missing(r.account, 'account', ['accountExternalId']);
      if (resolve(r.owner, 'Rep') == null) missing(r.owner, 'rep', ['ownerExternalId']);
      if (typeof r.lossReason === 'string') {
        const reason = reasons.get(r.lossReason);
        if (reason == null) {
          errors.add(
            r.index,
            'NOT_FOUND',
            `lossReason: "${r.lossReason}" is not one of the organization's loss reasons (upsertLossReasons)`,
            ['lossReason'],
          );
        } else if (!reason.active) {
          errors.add(r.index, 'INVALID', `lossReason: "${r.lossReason}" is inactive`, ['lossReason']);
        } else {
          r.lossReason = reason.id;
        }
      }
      r.lineItems.forEach((l, j) => {
        if (resolve(l.product, 'Product') == null) missing(l.product, 'product', ['lineItems', j, 'productExternalId']);
      });
      r.splits.forEach((s, k) => {
        if (resolve(s.rep, 'Rep') == null) missing(s.rep, 'rep', ['splits', k, 'repExternalId']);
      });
    }
    const rows = prepared.filter((r) => !errors.rejected(r.index));
    if (rows.length === 0) return [];

    const fresh = rows.filter((r) => !stored.has(r.externalId));
    const newIds = await allocateIds(tx, 'Opportunity', fresh.length);
    const newIdOf = new Map(fresh.map((r, i) => [r.externalId, newIds[i] as number]));

    type Item = { opportunityId: number; productId: number } & LineItemRow;
    type Split = { opportunityId: number; repId: number } & SplitRow;
    type Final = OpportunityRow & {
      id: number;
      accountId: number;
      ownerId: number;
      lossReasonId: number | null;
      items: Item[];
      credit: Split[];
    };
    const created: Final[] = [];
    const changed: Final[] = [];
    const snapshots: Final[] = [];
    const applied: AppliedRow[] = [];
    const removedItems: number[] = [];
    const removedSplits: number[] = [];
    const addedItems: Item[] = [];
    const addedSplits: Split[] = [];
    const updatedItems: (Item & { id: number })[] = [];
    const updatedSplits: (Split & { id: number })[] = [];
    for (const r of rows) {
      const old = stored.get(r.externalId);
      const id = old?.id ?? (newIdOf.get(r.externalId) as number);
      const final: Final = {
        ...r,
        id,
        accountId: resolve(r.account, 'Account') as number,
        ownerId: resolve(r.owner, 'Rep') as number,
        lossReasonId: r.lossReason as number | null,
        items: r.lineItems.map((l) => ({
          ...l,
          opportunityId: id,
          productId: resolve(l.product, 'Product') as number,
        })),
        credit: r.splits.map((s) => ({ ...s, opportunityId: id, repId: resolve(s.rep, 'Rep') as number })),
      };
      let status: AppliedRow['status'] = 'CREATED';
      if (!old) {
        created.push(final);
        snapshots.push(final);
        addedItems.push(...final.items);
        addedSplits.push(...final.credit);
      } else {
        const tracked =
          old.stage === r.stage &&
          old.amount.equals(r.amount) &&
          old.closeDate.getTime() === r.closeDate.getTime() &&
          old.forecastCategory === r.forecastCategory;
        const columns =
          tracked &&
          old.name === r.name &&
          old.accountId === final.accountId &&
          old.ownerId === final.ownerId &&
          old.type === r.type &&
          old.createdDate.getTime() === r.createdDate.getTime() &&
          old.source === r.source &&
          old.lossReasonId === final.lossReasonId &&
          old.competitor === r.competitor;
        const items = diff(
          old.lineItems,
          final.items,
          (l) => itemKey(l.productId, l.quantity, l.unitPrice),
          (l) => itemKey(l.productId, l.quantity, l.unitPrice),
          sameItem,
        );
        const splits = diff(
          old.splits,
          final.credit,
          (s) => splitKey(s.repId, s.splitType, s.percent),
          (s) => splitKey(s.repId, s.splitType, s.percent),
          sameSplit,
        );
        const listsSame = items.removed.length + items.added.length + splits.removed.length + splits.added.length === 0;
        status = columns && listsSame ? 'UNCHANGED' : 'UPDATED';
        if (status === 'UPDATED') changed.push(final);
        if (!tracked) snapshots.push(final);
        // A line item has no identity but its deal: any stored item that goes can take a new
        // one's values, those of the same product first (the usual change: a new quantity or
        // price). A split is unique per deal, rep and type, so only a split that keeps both takes
        // a new percent in place (moving one to another rep could collide within the statement).
        const sameProduct = pairUp(
          items.removed,
          items.added,
          (l) => String(l.productId),
          (l) => String(l.productId),
        );
        const otherProduct = pairUp(
          sameProduct.removed,
          sameProduct.added,
          () => '',
          () => '',
        );
        updatedItems.push(...sameProduct.updated, ...otherProduct.updated);
        removedItems.push(...otherProduct.removed.map((l) => l.id));
        addedItems.push(...otherProduct.added);
        const sameRep = pairUp(
          splits.removed,
          splits.added,
          (s) => `${s.repId}|${s.splitType}`,
          (s) => `${s.repId}|${s.splitType}`,
        );
        updatedSplits.push(...sameRep.updated);
        removedSplits.push(...sameRep.removed.map((s) => s.id));
        addedSplits.push(...sameRep.added);
      }
      applied.push({ index: r.index, externalId: r.externalId, id, status });
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
      { name: 'source', type: 'text', values: list.map((r) => r.source) },
      { name: 'lossReasonId', type: 'int', values: list.map((r) => r.lossReasonId) },
      { name: 'competitor', type: 'text', values: list.map((r) => r.competitor) },
      { name: 'updatedAt', type: 'timestamp(3)', values: list.map(() => now) },
    ];
    await insertRows(tx, 'Opportunity', organizationId, [
      ...columns(created),
      { name: 'externalId', type: 'text', values: created.map((r) => r.externalId) },
      { name: 'createdAt', type: 'timestamp(3)', values: created.map(() => now) },
    ]);
    await updateRows(tx, 'Opportunity', organizationId, columns(changed));

    // Of the line items and splits, only those that differ are written: in place where a stored
    // row can take the new values, else deleted and inserted.
    await updateRows(tx, 'OpportunityLineItem', organizationId, [
      { name: 'id', type: 'int', values: updatedItems.map((l) => l.id) },
      { name: 'productId', type: 'int', values: updatedItems.map((l) => l.productId) },
      { name: 'quantity', type: 'numeric', values: updatedItems.map((l) => l.quantity) },
      { name: 'unitPrice', type: 'numeric', values: updatedItems.map((l) => l.unitPrice) },
      { name: 'totalPrice', type: 'numeric', values: updatedItems.map((l) => l.totalPrice) },
    ]);
    await updateRows(tx, 'OpportunitySplit', organizationId, [
      { name: 'id', type: 'int', values: updatedSplits.map((s) => s.id) },
      { name: 'percent', type: 'numeric', values: updatedSplits.map((s) => s.percent) },
    ]);
    await deleteWhereIn(tx, 'OpportunityLineItem', organizationId, 'id', removedItems);
    await deleteWhereIn(tx, 'OpportunitySplit', organizationId, 'id', removedSplits);
    await insertRows(tx, 'OpportunityLineItem', organizationId, [
      { name: 'opportunityId', type: 'int', values: addedItems.map((l) => l.opportunityId) },
      { name: 'productId', type: 'int', values: addedItems.map((l) => l.productId) },
      { name: 'quantity', type: 'numeric', values: addedItems.map((l) => l.quantity) },
      { name: 'unitPrice', type: 'numeric', values: addedItems.map((l) => l.unitPrice) },
      { name: 'totalPrice', type: 'numeric', values: addedItems.map((l) => l.totalPrice) },
    ]);
    await insertRows(tx, 'OpportunitySplit', organizationId, [
      { name: 'opportunityId', type: 'int', values: addedSplits.map((s) => s.opportunityId) },
      { name: 'repId', type: 'int', values: addedSplits.map((s) => s.repId) },
      { name: 'percent', type: 'numeric', values: addedSplits.map((s) => s.percent) },
      { name: 'splitType', type: '"SplitType"', values: addedSplits.map((s) => s.splitType) },
    ]);
    await insertRows(
      tx,
      'OpportunityHistory',
      organizationId,
      [
        { name: 'opportunityId', type: 'int', values: snapshots.map((r) => r.id) },
        { name: 'changedAt', type: 'timestamp(3)', values: snapshots.map(() => now) },
        { name: 'stage', type: '"OpportunityStage"', values: snapshots.map((r) => r.stage) },
        { name: 'amount', type: 'numeric', values: snapshots.map((r) => r.amount) },
        { name: 'closeDate', type: 'date', values: snapshots.map((r) => r.closeDate) },
        { name: 'forecastCategory', type: '"ForecastCategory"', values: snapshots.map((r) => r.forecastCategory) },
      ],
      // History keeps one state per deal and instant (docs/ingestion.md). Two calls that change
      // one deal within the same millisecond run one after the other (the row lock above); the
      // later one's state is the deal's state at that instant, so it replaces the earlier one.
      Prisma.sql`ON CONFLICT ("opportunityId", "changedAt") DO UPDATE SET stage = EXCLUDED.stage,
        amount = EXCLUDED.amount, "closeDate" = EXCLUDED."closeDate", "forecastCategory" = EXCLUDED."forecastCategory"`,
    );
    return applied;
  },
};
