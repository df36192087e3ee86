// The ARR history of the demo's installed base (docs/design.md §13): without it every installed
// product keeps the ARR it was installed with, and retention would show new ARR only. Deterministic
// for a given seed and seed day, like the rest of the generator:
// - each installation renews on the anniversaries of its install day; at each renewal before the
//   seed day its ARR grows by 5-35% (30% of renewals: seats added) or shrinks by 5-30% (12%: seats
//   cut), else it stays;
// - about 9% of customer accounts churn: on a day at least six months after their first install
//   and before the seed day, every product installed before that day ends (its endDate, the first
//   day it is no longer installed). Products the account buys after that day (won deals) make it
//   a reactivated customer in the period they start.
// The AccountProduct row keeps the current state: its arr is the last history row's.
import type { AccountProductRow } from './generate.js';
import { Rng } from './random.js';
import { dayFromIso, formatCents, isoDay } from './values.js';

export interface AccountProductArrRow {
  organizationId: number;
  accountId: number;
  productId: number;
  effectiveFrom: string;
  arr: string;
}

/** Share of customer accounts that churn, per mille. */
const CHURN_PER_MILLE = 90;

const cents = (arr: string) => Math.round(Number(arr) * 100);

/**
 * The installed products with their end dates and current ARR, and their ARR history (one row
 * from the install day, then one per change), from the products as generated (ordered by account
 * and product) and the seed day (`todayDay`, the first day after the history).
 */
export function arrHistory(
  products: AccountProductRow[],
  seed: number,
  todayDay: number,
): { accountProducts: AccountProductRow[]; history: AccountProductArrRow[] } {
  const rng = new Rng(seed, 'arr-history');
  const byAccount = new Map<number, AccountProductRow[]>();
  for (const p of products) {
    const list = byAccount.get(p.accountId);
    if (list) list.push(p);
    else byAccount.set(p.accountId, [p]);
  }
  const accountProducts: AccountProductRow[] = [];
  const history: AccountProductArrRow[] = [];
  for (const installs of byAccount.values()) {
    const first = Math.min(...installs.map((p) => dayFromIso(p.since)));
    const churnDraw = rng.int(0, 999);
    const earliest = first + 183;
    const churnDay = churnDraw < CHURN_PER_MILLE && earliest < todayDay - 1 ? rng.int(earliest, todayDay - 1) : null;
    for (const p of installs) {
      const since = dayFromIso(p.since);
      const endDay = churnDay != null && since < churnDay ? churnDay : null;
      const until = Math.min(endDay ?? todayDay, todayDay);
      let arr = cents(p.arr);
      history.push({ ...key(p), effectiveFrom: p.since, arr: formatCents(arr) });
      for (let renewal = since + 365; renewal < until; renewal += 365) {
        const draw = rng.int(0, 99);
        const change = draw < 30 ? rng.int(50, 350) : draw < 42 ? -rng.int(50, 300) : 0;
        if (change === 0) continue;
        arr = Math.max(100, Math.round((arr * (1000 + change)) / 1000));
        history.push({ ...key(p), effectiveFrom: isoDay(renewal), arr: formatCents(arr) });
      }
      accountProducts.push({ ...p, arr: formatCents(arr), endDate: endDay == null ? null : isoDay(endDay) });
    }
  }
  return { accountProducts, history };
}

function key(p: AccountProductRow) {
  return { organizationId: p.organizationId, accountId: p.accountId, productId: p.productId };
}
