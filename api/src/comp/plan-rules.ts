// Validation of comp plan input, pure: every problem is reported at once, each naming its field,
// and nothing is written when there is any. Tiers must be ascending, contiguous and
// non-overlapping, with only the last one open-ended; rates and attainments are never negative.
import type { CompComponentKind, CompPeriod, OpportunityType } from '../generated/prisma/enums.js';
import { type UserErrorShape, userError } from '../shared/errors.js';
import { type Dec, pct, places } from '../shared/money.js';

export interface TierInput {
  fromAttainment: Dec;
  toAttainment?: Dec | null;
  rate: Dec;
}

export interface ComponentInput {
  name: string;
  kind: CompComponentKind;
  period: CompPeriod;
  opportunityTypes?: OpportunityType[] | null;
  productFamilies?: string[] | null;
  retroactive?: boolean | null;
  capAmount?: Dec | null;
  targetShare?: Dec | null;
  spiffAmount?: Dec | null;
  tiers?: TierInput[] | null;
}

export interface PlanFields {
  name: string;
  effectiveStart: Date;
  effectiveEnd: Date | null;
  clawbackWindowDays: number;
  components: ComponentInput[];
}

export const MAX_NAME = 200;
export const MAX_COMPONENTS = 50;
export const MAX_TIERS = 20;
export const MAX_CLAWBACK_DAYS = 3650;

type Path = (string | number)[];

/** A money amount fits Decimal(18,2): whole cents, at most 16 integer digits. */
export function moneyErrors(value: Dec | null | undefined, field: Path, { positive = false } = {}): UserErrorShape[] {
  if (value == null) return [];
  const name = field[field.length - 1];
  if (places(value) > 2) return [userError('INVALID', `${name} must be a whole number of cents`, field)];
  if (value.abs().greaterThanOrEqualTo('1e16')) return [userError('OUT_OF_RANGE', `${name} is too large`, field)];
  if (positive ? value.lessThanOrEqualTo(0) : value.lessThan(0)) {
    return [userError('OUT_OF_RANGE', `${name} must be ${positive ? 'greater than 0' : '0 or more'}`, field)];
  }
  return [];
}

/** A fraction fits Decimal(12,6): at most six places, below 1,000,000, never negative. */
function fractionErrors(value: Dec | null | undefined, field: Path, label: string): UserErrorShape[] {
  if (value == null) return [];
  if (places(value) > 6) return [userError('INVALID', `${label} has more than 6 decimal places`, field)];
  if (value.lessThan(0)) return [userError('OUT_OF_RANGE', `${label} must not be below 0`, field)];
  if (value.greaterThanOrEqualTo(1_000_000)) return [userError('OUT_OF_RANGE', `${label} is too large`, field)];
  return [];
}

export function tierErrors(tiers: readonly TierInput[], at: Path): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  if (tiers.length > MAX_TIERS) errors.push(userError('OUT_OF_RANGE', `at most ${MAX_TIERS} tiers`, at));
  tiers.forEach((t, i) => {
    errors.push(...fractionErrors(t.fromAttainment, [...at, i, 'fromAttainment'], `tier ${i + 1} fromAttainment`));
    errors.push(...fractionErrors(t.toAttainment, [...at, i, 'toAttainment'], `tier ${i + 1} toAttainment`));
    errors.push(...fractionErrors(t.rate, [...at, i, 'rate'], `tier ${i + 1} rate`));
    if (t.toAttainment?.lessThanOrEqualTo(t.fromAttainment)) {
      errors.push(userError('INVALID', `tier ${i + 1} must end above where it starts`, [...at, i, 'toAttainment']));
    }
  });
  if (errors.length) return errors;
  const order = tiers.map((t, i) => ({ t, i })).sort((a, b) => a.t.fromAttainment.comparedTo(b.t.fromAttainment));
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as { t: TierInput; i: number };
    const cur = order[k] as { t: TierInput; i: number };
    const field = [...at, cur.i, 'fromAttainment'];
    const prevEnd = prev.t.toAttainment;
    if (prevEnd == null || cur.t.fromAttainment.lessThan(prevEnd)) {
      const range = prevEnd == null ? `${pct(prev.t.fromAttainment)} and above` : `up to ${pct(prevEnd)}`;
      errors.push(userError('INVALID', `tier ${cur.i + 1} overlaps tier ${prev.i + 1} (${range})`, field));
    } else if (cur.t.fromAttainment.greaterThan(prevEnd)) {
      errors.push(
        userError(
          'INVALID',
          `tiers must be contiguous: tier ${cur.i + 1} starts at ${pct(cur.t.fromAttainment)} but tier ${prev.i + 1} ends at ${pct(prevEnd)}`,
          field,
        ),
      );
    }
  }
  return errors;
}

function componentErrors(c: ComponentInput, at: Path): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  const f = (name: string) => [...at, name];
  if (!c.name.trim()) errors.push(userError('REQUIRED', 'component name is required', f('name')));
  if (c.name.length > MAX_NAME) errors.push(userError('TOO_LONG', `name is longer than ${MAX_NAME}`, f('name')));
  const tiers = c.tiers ?? [];
  errors.push(...moneyErrors(c.capAmount, f('capAmount'), { positive: true }));
  errors.push(...moneyErrors(c.spiffAmount, f('spiffAmount'), { positive: true }));
  errors.push(...fractionErrors(c.targetShare, f('targetShare'), 'targetShare'));
  if (c.productFamilies?.some((p) => !p.trim())) {
    errors.push(userError('INVALID', 'product families must not be blank', f('productFamilies')));
  }
  if (c.kind === 'SPIFF') {
    if (c.spiffAmount == null) errors.push(userError('REQUIRED', 'a SPIFF needs spiffAmount', f('spiffAmount')));
    if (tiers.length) errors.push(userError('INVALID', 'a SPIFF pays a fixed amount per deal: no tiers', f('tiers')));
    if (c.retroactive)
      errors.push(userError('INVALID', 'retroactive applies to tiers; a SPIFF has none', f('retroactive')));
  } else {
    if (!tiers.length) errors.push(userError('REQUIRED', `a ${c.kind} needs at least one tier`, f('tiers')));
    if (c.spiffAmount != null)
      errors.push(userError('INVALID', 'spiffAmount is for SPIFF components', f('spiffAmount')));
  }
  if (c.kind === 'BONUS') {
    if (c.targetShare == null) errors.push(userError('REQUIRED', 'a BONUS needs targetShare', f('targetShare')));
    else if (c.targetShare.lessThanOrEqualTo(0) || c.targetShare.greaterThan(1)) {
      errors.push(userError('OUT_OF_RANGE', 'targetShare must be above 0 and at most 1', f('targetShare')));
    }
  } else if (c.targetShare != null) {
    errors.push(userError('INVALID', 'targetShare is for BONUS components', f('targetShare')));
  }
  return [...errors, ...tierErrors(tiers, f('tiers'))];
}

export function planErrors(plan: PlanFields, at: Path = ['input']): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  if (!plan.name.trim()) errors.push(userError('REQUIRED', 'name is required', [...at, 'name']));
  if (plan.name.length > MAX_NAME)
    errors.push(userError('TOO_LONG', `name is longer than ${MAX_NAME}`, [...at, 'name']));
  if (plan.effectiveEnd && plan.effectiveEnd <= plan.effectiveStart) {
    errors.push(userError('INVALID', 'effectiveEnd must be after effectiveStart', [...at, 'effectiveEnd']));
  }
  if (
    !Number.isInteger(plan.clawbackWindowDays) ||
    plan.clawbackWindowDays < 0 ||
    plan.clawbackWindowDays > MAX_CLAWBACK_DAYS
  ) {
    errors.push(
      userError('OUT_OF_RANGE', `clawbackWindowDays must be 0 to ${MAX_CLAWBACK_DAYS}`, [...at, 'clawbackWindowDays']),
    );
  }
  if (!plan.components.length)
    errors.push(userError('REQUIRED', 'a plan needs at least one component', [...at, 'components']));
  if (plan.components.length > MAX_COMPONENTS) {
    errors.push(userError('OUT_OF_RANGE', `at most ${MAX_COMPONENTS} components`, [...at, 'components']));
  }
  const names = new Set<string>();
  plan.components.forEach((c, i) => {
    const key = c.name.trim().toLowerCase();
    if (key && names.has(key)) {
      errors.push(
        userError('DUPLICATE', `two components are named "${c.name.trim()}"`, [...at, 'components', i, 'name']),
      );
    }
    names.add(key);
    errors.push(...componentErrors(c, [...at, 'components', i]));
  });
  return errors;
}
