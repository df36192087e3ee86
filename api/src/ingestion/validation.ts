// Row validation shared by the upserts: a sink of user errors keyed by row, checks of text,
// money and counts that name the field at fault, duplicate detection, and the resolution of a
// hierarchy (a rep's manager, an account's parent) whose links may point into the same batch.
import { type ForecastCategory, type OpportunityStage, Prisma } from '../generated/prisma/client.js';
import { isClosedStage } from '../pipeline/stages.js';
import { type UserErrorCode, type UserErrorShape, userError } from '../shared/errors.js';
import { DEFAULT_FORECAST_CATEGORY } from './opportunities.js';
import type { UpsertMode } from './runner.js';

/** Longest accepted text field (names, emails, external IDs, regions). */
export const MAX_TEXT = 255;

export type Path = (string | number)[];

/** User errors of one call; a row with any error is rejected and never written. */
export class RowErrors {
  private readonly byRow = new Map<number, UserErrorShape[]>();

  add(index: number, code: UserErrorCode, message: string, path: Path): void {
    const list = this.byRow.get(index) ?? [];
    list.push(userError(code, `rows[${index}]: ${message}`, ['input', 'rows', index, ...path]));
    this.byRow.set(index, list);
  }

  rejected(index: number): boolean {
    return this.byRow.has(index);
  }

  /** Errors by row, in input order. */
  list(): UserErrorShape[] {
    return [...this.byRow.entries()].sort(([a], [b]) => a - b).flatMap(([, errors]) => errors);
  }
}

/** A required text: trimmed, non-empty, at most MAX_TEXT characters. */
export function requiredText(
  errors: RowErrors,
  index: number,
  value: string | null | undefined,
  path: Path,
): string | null {
  const text = value?.trim();
  if (!text) {
    errors.add(index, 'REQUIRED', `${path.join('.')} is required`, path);
    return null;
  }
  return checkLength(errors, index, text, path);
}

/** An optional text: trimmed; empty means absent. */
export function optionalText(
  errors: RowErrors,
  index: number,
  value: string | null | undefined,
  path: Path,
): string | null {
  const text = value?.trim();
  return text ? checkLength(errors, index, text, path) : null;
}

function checkLength(errors: RowErrors, index: number, text: string, path: Path): string | null {
  if (text.length > MAX_TEXT) {
    errors.add(index, 'TOO_LONG', `${path.join('.')} is longer than ${MAX_TEXT} characters`, path);
    return null;
  }
  return text;
}

/**
 * Whether a row keeps the stored value of `field`: in MERGE mode, when the record exists and the
 * row leaves the field out (undefined; an explicit null is a value: it clears the field).
 */
export function keeps(mode: UpsertMode, exists: boolean, row: object, field: string): boolean {
  return mode === 'MERGE' && exists && (row as Record<string, unknown>)[field] === undefined;
}

export function required<T>(errors: RowErrors, index: number, value: T | null | undefined, path: Path): T | null {
  if (value == null) {
    errors.add(index, 'REQUIRED', `${path.join('.')} is required`, path);
    return null;
  }
  return value;
}

export interface DecimalRule {
  /** Digits allowed after the point (the column's scale). */
  scale: number;
  /** Digits allowed before the point (the column's precision minus scale). */
  integerDigits: number;
  /** Smallest allowed value and whether it is itself allowed. */
  min?: { value: number; inclusive: boolean };
  max?: number;
}

/** Money in a Decimal(18,2) column, never negative. */
export const MONEY: DecimalRule = { scale: 2, integerDigits: 16, min: { value: 0, inclusive: true } };

/** A rule's bounds as Decimals, made once per rule (checkDecimal runs for every number of a call). */
const bounds = new WeakMap<DecimalRule, { min?: Prisma.Decimal; max?: Prisma.Decimal }>();
function boundsOf(rule: DecimalRule): { min?: Prisma.Decimal; max?: Prisma.Decimal } {
  let b = bounds.get(rule);
  if (!b) {
    b = {
      ...(rule.min && { min: new Prisma.Decimal(rule.min.value) }),
      ...(rule.max != null && { max: new Prisma.Decimal(rule.max) }),
    };
    bounds.set(rule, b);
  }
  return b;
}

/**
 * Checks a decimal against its column, so a value is either stored exactly or refused: never
 * rounded, never overflowing.
 */
export function checkDecimal(
  errors: RowErrors,
  index: number,
  value: Prisma.Decimal,
  rule: DecimalRule,
  path: Path,
): Prisma.Decimal | null {
  const { min, max } = boundsOf(rule);
  if (rule.min && min && (rule.min.inclusive ? value.lt(min) : value.lte(min))) {
    const bound = rule.min.inclusive ? 'negative' : `${rule.min.value} or less`;
    errors.add(index, 'OUT_OF_RANGE', `${path.join('.')} must not be ${bound}; got ${value.toFixed()}`, path);
    return null;
  }
  if (max && value.gt(max)) {
    errors.add(index, 'OUT_OF_RANGE', `${path.join('.')} must be at most ${rule.max}; got ${value.toFixed()}`, path);
    return null;
  }
  if (value.decimalPlaces() > rule.scale) {
    errors.add(
      index,
      'INVALID',
      `${path.join('.')} has more than ${rule.scale} decimal places; got ${value.toFixed()}`,
      path,
    );
    return null;
  }
  // |value| >= 10^integerDigits, read from the exponent (the power of ten of the first digit;
  // 0 for zero) without building |value| and 10^n.
  if (value.e >= rule.integerDigits) {
    errors.add(index, 'OUT_OF_RANGE', `${path.join('.')} is too large; got ${value.toFixed()}`, path);
    return null;
  }
  return value;
}

export function checkInt(
  errors: RowErrors,
  index: number,
  value: number,
  min: number,
  max: number,
  path: Path,
): number | null {
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.add(index, 'OUT_OF_RANGE', `${path.join('.')} must be between ${min} and ${max}; got ${value}`, path);
    return null;
  }
  return value;
}

/**
 * Rejects every row whose externalId also appears on another row of the call: which of the two
 * versions the caller meant is unknown, so neither is written.
 */
export function rejectDuplicateKeys(
  errors: RowErrors,
  rows: { index: number; key: string | null }[],
  path: Path,
  what = 'externalId',
): void {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    if (r.key == null) continue;
    seen.set(r.key, [...(seen.get(r.key) ?? []), r.index]);
  }
  for (const [key, indexes] of seen) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const others = indexes.filter((j) => j !== i).map((j) => `rows[${j}]`);
      errors.add(
        i,
        'DUPLICATE',
        `${what} "${key}" also appears in ${others.join(', ')}; send each once per call`,
        path,
      );
    }
  }
}

/** Exact decimal sum. */
export function sum(values: Prisma.Decimal[]): Prisma.Decimal {
  return values.reduce((a, b) => a.plus(b), new Prisma.Decimal(0));
}

// ---------------------------------------------------------------- hierarchies in a batch

/** A row of the call that links to a parent (a rep's manager, an account's parent) by externalId. */
export interface LinkedRow {
  index: number;
  externalId: string;
  parentExternalId: string | null;
}

/** A stored row of the same table (the rows of the call that exist, and their ancestors). */
export interface StoredNode {
  id: number;
  externalId: string | null;
  parentId: number | null;
}

/** Where a row's parent link points once the call is applied. */
export type ParentTarget = { kind: 'batch'; externalId: string } | { kind: 'stored'; id: number } | null;

/**
 * Resolves each accepted row's parent link and rejects rows whose link is unknown or would close
 * a cycle. A link to another accepted row of the call points to that row's new version; a link to
 * a rejected row falls back to the stored row of that externalId (left as it was), if any.
 * Rejections can change what other rows link to, so this repeats until nothing new is rejected.
 *
 * `stored` must hold the stored rows of every externalId the call names, and their ancestors.
 */
export function resolveParents(
  errors: RowErrors,
  rows: LinkedRow[],
  stored: { byExternalId: Map<string, StoredNode>; byId: Map<number, StoredNode> },
  field: string,
  noun: string,
): Map<number, ParentTarget> {
  const targets = new Map<number, ParentTarget>();
  const firstIndex = new Map<string, number>();
  for (const r of rows) if (!firstIndex.has(r.externalId)) firstIndex.set(r.externalId, r.index);
  for (;;) {
    const accepted = new Map<string, LinkedRow>();
    for (const r of rows) if (!errors.rejected(r.index)) accepted.set(r.externalId, r);
    let changed = false;
    targets.clear();
    for (const r of accepted.values()) {
      const ref = r.parentExternalId;
      if (ref == null) {
        targets.set(r.index, null);
      } else if (accepted.has(ref)) {
        targets.set(r.index, { kind: 'batch', externalId: ref });
      } else {
        const node = stored.byExternalId.get(ref);
        if (node) {
          targets.set(r.index, { kind: 'stored', id: node.id });
        } else {
          const inBatch = firstIndex.get(ref);
          const why =
            inBatch != null
              ? `refers to rows[${inBatch}], which was rejected, and no stored ${noun} has externalId "${ref}"`
              : `no ${noun} has externalId "${ref}"`;
          errors.add(r.index, 'NOT_FOUND', `${field} ${why}`, [field]);
          changed = true;
        }
      }
    }
    if (changed) continue;

    // Nodes: `x:<externalId>` for an externalId of the call (its new version when accepted, else
    // its stored version), `i:<id>` for any other stored row.
    const batchKeys = new Set(rows.map((r) => r.externalId));
    const keyOf = (node: StoredNode): string =>
      node.externalId != null && batchKeys.has(node.externalId) ? `x:${node.externalId}` : `i:${node.id}`;
    const storedParent = (node: StoredNode | undefined): string | null => {
      const parent = node?.parentId == null ? undefined : stored.byId.get(node.parentId);
      return parent ? keyOf(parent) : null;
    };
    const next = (key: string): string | null => {
      if (key.startsWith('x:')) {
        const ext = key.slice(2);
        const row = accepted.get(ext);
        if (!row) return storedParent(stored.byExternalId.get(ext));
        const target = targets.get(row.index);
        if (!target) return null;
        if (target.kind === 'batch') return `x:${target.externalId}`;
        const node = stored.byId.get(target.id);
        return node ? keyOf(node) : null;
      }
      return storedParent(stored.byId.get(Number(key.slice(2))));
    };
    const onCycle = nodesOnCycles(
      [...accepted.keys()].map((ext) => `x:${ext}`),
      next,
    );
    for (const key of onCycle) {
      const row = accepted.get(key.slice(2));
      if (key.startsWith('x:') && row) {
        errors.add(
          row.index,
          'INVALID',
          `${field} "${row.parentExternalId}" would make this ${noun} its own ancestor (a cycle)`,
          [field],
        );
        changed = true;
      }
    }
    if (!changed) return targets;
  }
}

/** Nodes that lie on a cycle of the functional graph `next`, reached from `starts`. O(nodes). */
export function nodesOnCycles(starts: string[], next: (key: string) => string | null): Set<string> {
  const state = new Map<string, number>(); // walk number that first visited the node
  const done = new Set<string>();
  const result = new Set<string>();
  let walk = 0;
  for (const start of starts) {
    if (done.has(start)) continue;
    walk++;
    const path: string[] = [];
    let key: string | null = start;
    while (key != null && !done.has(key) && state.get(key) !== walk) {
      state.set(key, walk);
      path.push(key);
      key = next(key);
    }
    if (key != null && state.get(key) === walk && !done.has(key)) {
      // The walk came back to a node of its own path: from there on, the path is a cycle.
      for (let i = path.indexOf(key); i < path.length; i++) result.add(path[i] as string);
    }
    for (const k of path) done.add(k);
  }
  return result;
}

// ---------------------------------------------------------------- deal states

/**
 * The forecast category of a deal state (a deal row or a history event): the stage's default
 * when none is given; a closed stage has exactly one category (CLOSED_WON is CLOSED, CLOSED_LOST
 * is OMITTED) and an open deal is never CLOSED.
 */
export function checkForecastCategory(
  errors: RowErrors,
  index: number,
  stage: OpportunityStage,
  given: ForecastCategory | null,
): ForecastCategory | null {
  const category = given ?? DEFAULT_FORECAST_CATEGORY[stage];
  const fixed = isClosedStage(stage) ? DEFAULT_FORECAST_CATEGORY[stage] : null;
  if (fixed && category !== fixed) {
    errors.add(index, 'INVALID', `a ${stage} deal must be in forecast category ${fixed}; got ${category}`, [
      'forecastCategory',
    ]);
    return null;
  }
  if (!fixed && category === 'CLOSED') {
    errors.add(index, 'INVALID', `an open deal (${stage}) cannot be in forecast category CLOSED`, ['forecastCategory']);
    return null;
  }
  return category;
}
