// Splitting an amount by weights so the cents add up exactly (largest-remainder method, as
// Hamilton's apportionment): every unit gets its exact share rounded down to the cent, then the
// cents left over go one each to the units with the largest remainders, ties to the earlier unit.
import { Decimal } from '../shared/scalars.js';
import { Exact } from './service.js';

export interface Apportioned<T> {
  unit: T;
  weight: Decimal;
  /** The unrounded share. */
  exact: Decimal;
  /** The share in whole cents; the amounts add up to the total. */
  amount: Decimal;
}

/** `total` must be whole cents and the weights non-negative with a positive sum. */
export function apportion<T>(total: Decimal, units: { unit: T; weight: Decimal }[]): Apportioned<T>[] {
  const cents = new Exact(total).mul(100);
  if (!cents.isInteger()) throw new Error(`apportion: ${total} is not whole cents`);
  const sum = units.reduce((s, u) => s.add(u.weight), new Exact(0));
  if (units.some((u) => u.weight.isNegative()) || !sum.gt(0)) {
    throw new Error('apportion: weights must be non-negative with a positive sum');
  }
  const shares = units.map((u, index) => {
    const exact = cents.mul(u.weight).div(sum);
    const floor = exact.floor();
    return { index, exact, floor, remainder: exact.sub(floor) };
  });
  let left = cents.sub(shares.reduce((s, x) => s.add(x.floor), new Exact(0))).toNumber();
  const extra = new Set<number>();
  for (const share of [...shares].sort((a, b) => b.remainder.cmp(a.remainder) || a.index - b.index)) {
    if (left-- <= 0) break;
    extra.add(share.index);
  }
  return shares.map((s) => {
    const unit = units[s.index] as { unit: T; weight: Decimal };
    return {
      unit: unit.unit,
      weight: unit.weight,
      exact: new Decimal(s.exact.div(100)),
      amount: new Decimal(
        s.floor
          .add(extra.has(s.index) ? 1 : 0)
          .div(100)
          .toFixed(2),
      ),
    };
  });
}
