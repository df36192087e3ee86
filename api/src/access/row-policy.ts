// Row policies: which rows of the restricted models a caller may read or write, applied by the
// tenant Prisma client (shared/tenant.ts) to every query it runs, so that every path through the
// graph (node(id), connections, nested relations, counts) filters the same way and no resolver
// has to remember to.
//
// A Prisma query reaches rows in three places, and each is rewritten:
// - the operation's own `where` (reads, updates, deletes): the policy is ANDed in;
// - nested list relations in `include`/`select`, and `_count` of relations: the policy becomes
//   (part of) their `where`;
// - relation filters inside any `where` (`some`/`every`/`none`/`is`/`isNot`), so a filter cannot
//   be used to probe rows the caller cannot read.
// To-one relations cannot carry a `where` in Prisma; their targets are checked on the returned
// rows instead (and set to null when not visible). The rules are checked against the data model
// when this module loads: a relation the rewriting cannot cover stops the server from starting.
import { getDatamodel } from '../generated/pothos-types.js';
import { UserInputError } from '../shared/errors.js';
import { canSee, type RepSet, type Visibility } from './visibility.js';

export interface RowAccess {
  visibility: Visibility;
  /** Holds the `admin` scope: reads API keys and the audit trail. */
  admin: boolean;
  /** The API key of the request: a non-admin caller may read its own key only. */
  apiKeyId: number | null;
}

type Rule =
  /**
   * Visible when `column` (the rep the row belongs to) is in the reps or pay set; `approved`, when
   * given, must hold too for callers who do not see draft pay (`visibility.draftPay`).
   */
  | { kind: 'rep'; column: string; relation: string; set: 'reps' | 'pay'; approved?: Where }
  /** A payout run: one in DRAFT is visible only to callers who see draft pay. */
  | { kind: 'payoutRun' }
  /** A deal: visible when its owner or a rep credited by one of its splits is visible. */
  | { kind: 'opportunity' }
  /** Visible when its parent (through `relation`) is. */
  | { kind: 'child'; relation: string; parent: string }
  /** API keys: admins see all, others their own key. */
  | { kind: 'apiKey' }
  /** Admins only. */
  | { kind: 'admin' };

export const ROW_RULES: Readonly<Record<string, Rule>> = {
  Opportunity: { kind: 'opportunity' },
  OpportunityLineItem: { kind: 'child', relation: 'opportunity', parent: 'Opportunity' },
  OpportunitySplit: { kind: 'child', relation: 'opportunity', parent: 'Opportunity' },
  OpportunityHistory: { kind: 'child', relation: 'opportunity', parent: 'Opportunity' },
  OpportunityCredit: { kind: 'child', relation: 'opportunity', parent: 'Opportunity' },
  Quota: { kind: 'rep', column: 'repId', relation: 'rep', set: 'reps' },
  ForecastSubmission: { kind: 'rep', column: 'ownerId', relation: 'owner', set: 'reps' },
  CompAssignment: { kind: 'rep', column: 'repId', relation: 'rep', set: 'pay' },
  // A DRAFT run and its lines are comp admins' work in progress: everyone else, a top manager or
  // an organization-wide read:comp key included, sees pay once its run is approved
  // (docs/security.md). Only approved or paid lines are ever the target of a to-one relation
  // (disputes and clawbacks are refused on drafts), so the to-one check on the line's own columns
  // stays sufficient.
  PayoutRun: { kind: 'payoutRun' },
  PayoutLine: {
    kind: 'rep',
    column: 'repId',
    relation: 'rep',
    set: 'pay',
    approved: { payoutRun: { is: { status: { not: 'DRAFT' } } } },
  },
  PayoutAdjustment: { kind: 'rep', column: 'repId', relation: 'rep', set: 'pay' },
  Dispute: { kind: 'rep', column: 'repId', relation: 'rep', set: 'pay' },
  ApiKey: { kind: 'apiKey' },
  AuditEvent: { kind: 'admin' },
};

interface RelationField {
  name: string;
  target: string;
  isList: boolean;
}

interface ModelInfo {
  hasOrganizationId: boolean;
  relations: Map<string, RelationField>;
}

const MODELS = new Map<string, ModelInfo>();
for (const [name, model] of Object.entries(getDatamodel().datamodel.models)) {
  const relations = new Map<string, RelationField>();
  for (const field of model.fields) {
    if (field.kind === 'object')
      relations.set(field.name, { name: field.name, target: field.type, isList: field.isList });
  }
  MODELS.set(name, {
    hasOrganizationId: model.fields.some((f) => f.name === 'organizationId'),
    relations,
  });
}

/**
 * A to-one relation into a model whose rule cannot be checked on the returned row (it needs other
 * rows) is only safe when the source row is that model's child: its own rule already required
 * the parent to be visible.
 */
function checkRules() {
  for (const [source, info] of MODELS) {
    for (const rel of info.relations.values()) {
      const rule = ROW_RULES[rel.target];
      if (rel.isList || !rule || ['rep', 'payoutRun', 'apiKey', 'admin'].includes(rule.kind)) continue;
      const sourceRule = ROW_RULES[source];
      const implied =
        sourceRule?.kind === 'child' && sourceRule.parent === rel.target && sourceRule.relation === rel.name;
      if (!implied) {
        throw new Error(
          `row-policy: ${source}.${rel.name} leads to ${rel.target}, whose rule it cannot check; add a rule`,
        );
      }
    }
  }
}
checkRules();

type Where = Record<string, unknown>;
const NOTHING: Where = { id: { in: [] } };

function idsIn(set: Extract<RepSet, { kind: 'reps' }>): { in: number[] } {
  return { in: [...set.ids] };
}

/** The policy of a model as a Prisma filter; null when the caller may see every row. */
export function policyWhere(model: string, access: RowAccess): Where | null {
  const rule = ROW_RULES[model];
  if (!rule) return null;
  switch (rule.kind) {
    case 'rep': {
      const set = access.visibility[rule.set];
      const approved = rule.approved && !access.visibility.draftPay ? rule.approved : null;
      return and(set.kind === 'organization' ? null : { [rule.column]: idsIn(set) }, approved) ?? null;
    }
    case 'payoutRun':
      return access.visibility.draftPay ? null : { status: { not: 'DRAFT' } };
    case 'opportunity': {
      const set = access.visibility.reps;
      if (set.kind === 'organization') return null;
      return { OR: [{ ownerId: idsIn(set) }, { splits: { some: { repId: idsIn(set) } } }] };
    }
    case 'child': {
      const parent = policyWhere(rule.parent, access);
      return parent == null ? null : { [rule.relation]: { is: parent } };
    }
    case 'apiKey':
      return access.admin ? null : access.apiKeyId == null ? NOTHING : { id: access.apiKeyId };
    case 'admin':
      return access.admin ? null : NOTHING;
  }
}

/** Whether a returned row passes a rule that can be decided from its own columns. */
function rowVisible(model: string, row: Record<string, unknown>, access: RowAccess): boolean {
  const rule = ROW_RULES[model];
  if (!rule) return true;
  if (rule.kind === 'rep') {
    return canSee(access.visibility[rule.set], Number(row[rule.column]));
  }
  if (rule.kind === 'payoutRun') return access.visibility.draftPay || row.status !== 'DRAFT';
  if (rule.kind === 'apiKey') return access.admin || row.id === access.apiKeyId;
  if (rule.kind === 'admin') return access.admin;
  return true;
}

/** Columns a to-one target must return for rowVisible to decide. */
function checkColumns(model: string): string[] {
  const rule = ROW_RULES[model];
  if (rule?.kind === 'rep') return [rule.column];
  if (rule?.kind === 'payoutRun') return ['status'];
  if (rule?.kind === 'apiKey') return ['id'];
  return [];
}

function and(...parts: (Where | null | undefined)[]): Where | undefined {
  const present = parts.filter((p): p is Where => p != null && Object.keys(p).length > 0);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return { AND: present };
}

export class RowScope {
  constructor(
    readonly organizationId: number,
    readonly access: RowAccess | null,
  ) {}

  /** Tenant and policy filter of a model's rows. */
  visible(model: string): Where | null {
    const org = MODELS.get(model)?.hasOrganizationId ? { organizationId: this.organizationId } : null;
    const policy = this.access ? policyWhere(model, this.access) : null;
    return and(org, policy) ?? null;
  }

  /** Rewrites relation filters inside a user `where` so they only match visible rows. */
  where(model: string, where: unknown): Where | undefined {
    if (where == null || typeof where !== 'object') return where as undefined;
    const info = MODELS.get(model);
    const out: Where = {};
    for (const [key, value] of Object.entries(where as Where)) {
      if (key === 'AND' || key === 'OR' || key === 'NOT') {
        out[key] = Array.isArray(value) ? value.map((v) => this.where(model, v)) : this.where(model, value);
        continue;
      }
      const rel = info?.relations.get(key);
      if (!rel || value == null || typeof value !== 'object') {
        out[key] = value;
        continue;
      }
      const visible = this.visible(rel.target);
      const v = value as Where;
      if (rel.isList) {
        const f: Where = {};
        for (const [op, inner] of Object.entries(v)) {
          const scoped = this.where(rel.target, inner);
          if (op === 'every') f.every = visible ? { OR: [scoped ?? {}, { NOT: visible }] } : scoped;
          else f[op] = and(scoped, visible) ?? {};
        }
        out[key] = f;
      } else if ('is' in v || 'isNot' in v) {
        const f: Where = {};
        for (const [op, inner] of Object.entries(v)) {
          f[op] = inner == null ? inner : (and(this.where(rel.target, inner), visible) ?? {});
        }
        out[key] = f;
      } else {
        out[key] = and(this.where(rel.target, v), visible) ?? {};
      }
    }
    return out;
  }

  /** The operation's own filter: the caller's, rewritten, with the tenant and policy added. */
  topWhere(model: string, where: unknown): Where {
    const scoped = this.where(model, where) ?? {};
    const visible = this.visible(model);
    if (!visible) return scoped;
    const existing = scoped.AND == null ? [] : Array.isArray(scoped.AND) ? scoped.AND : [scoped.AND];
    return { ...scoped, AND: [...existing, visible] };
  }

  /** Rewrites `include`, `select` and `_count` of an operation's arguments, recursively. */
  selection(model: string, args: Where): Where {
    const out = { ...args };
    for (const key of ['include', 'select'] as const) {
      const map = args[key];
      if (map && typeof map === 'object') out[key] = this.selectionMap(model, map as Where);
    }
    return out;
  }

  private selectionMap(model: string, map: Where): Where {
    const info = MODELS.get(model);
    const out: Where = { ...map };
    for (const [key, value] of Object.entries(map)) {
      if (!value) continue;
      if (key === '_count') {
        out._count = this.counts(model, value);
        continue;
      }
      const rel = info?.relations.get(key);
      if (!rel) continue;
      const nested: Where = value === true ? {} : { ...(value as Where) };
      if (rel.isList) {
        const where = and(this.where(rel.target, nested.where), this.visible(rel.target));
        if (where) nested.where = where;
      } else if (nested.select && typeof nested.select === 'object') {
        const select = { ...(nested.select as Where) };
        for (const column of checkColumns(rel.target)) select[column] = true;
        nested.select = select;
      }
      out[key] = this.selection(rel.target, nested);
    }
    return out;
  }

  private counts(model: string, value: unknown): unknown {
    const info = MODELS.get(model);
    const select: Where = {};
    if (value === true) {
      for (const rel of info?.relations.values() ?? []) if (rel.isList) select[rel.name] = true;
    } else {
      Object.assign(select, (value as { select?: Where }).select ?? {});
    }
    for (const [name, count] of Object.entries(select)) {
      const rel = info?.relations.get(name);
      if (!rel || !count) continue;
      const where = and(
        this.where(rel.target, count === true ? undefined : (count as Where).where),
        this.visible(rel.target),
      );
      select[name] = where ? { where } : count;
    }
    return { select };
  }

  /** Whether the selection reaches a to-one relation whose rows must be checked once returned. */
  needsResultCheck(model: string, args: Where): boolean {
    if (!this.access) return false;
    const map = (args.include ?? args.select) as Where | undefined;
    if (!map || typeof map !== 'object') return false;
    const info = MODELS.get(model);
    for (const [key, value] of Object.entries(map)) {
      const rel = info?.relations.get(key);
      if (!rel || !value) continue;
      if (!rel.isList && checkColumns(rel.target).length + (ROW_RULES[rel.target]?.kind === 'admin' ? 1 : 0) > 0) {
        return true;
      }
      if (this.needsResultCheck(rel.target, value === true ? {} : (value as Where))) return true;
    }
    return false;
  }

  /** Nulls to-one relations whose rows the caller may not see, through the returned tree. */
  filterResult(model: string, args: Where, result: unknown): unknown {
    if (!this.access || result == null || typeof result !== 'object') return result;
    if (Array.isArray(result)) {
      for (const row of result) this.filterRow(model, args, row);
    } else {
      this.filterRow(model, args, result as Where);
    }
    return result;
  }

  private filterRow(model: string, args: Where, row: Where) {
    if (row == null || typeof row !== 'object') return;
    const info = MODELS.get(model);
    const map = (args.include ?? args.select) as Where | undefined;
    if (!map || typeof map !== 'object') return;
    for (const [key, value] of Object.entries(map)) {
      const rel = info?.relations.get(key);
      if (!rel || !value || row[key] == null) continue;
      const nestedArgs = value === true ? {} : (value as Where);
      if (rel.isList) {
        for (const child of row[key] as Where[]) this.filterRow(rel.target, nestedArgs, child);
      } else if (!rowVisible(rel.target, row[key] as Where, this.access as RowAccess)) {
        row[key] = null;
      } else {
        this.filterRow(rel.target, nestedArgs, row[key] as Where);
      }
    }
  }

  /**
   * Refuses a create or update that would put a row outside what the caller may see (a quota or
   * a forecast call for a rep outside their subtree, a deal owned by someone else).
   */
  checkWrite(model: string, data: unknown): void {
    if (!this.access || data == null) return;
    if (Array.isArray(data)) {
      for (const d of data) this.checkWrite(model, d);
      return;
    }
    const rule = ROW_RULES[model];
    const row = data as Where;
    let column: string | null = null;
    let relation: string | null = null;
    let set: RepSet | null = null;
    if (rule?.kind === 'rep') {
      column = rule.column;
      relation = rule.relation;
      set = this.access.visibility[rule.set];
    } else if (rule?.kind === 'opportunity') {
      column = 'ownerId';
      relation = 'owner';
      set = this.access.visibility.reps;
    }
    if (set == null || set.kind === 'organization' || column == null || relation == null) return;
    const direct = row[column];
    const connected = (row[relation] as { connect?: { id?: unknown } } | undefined)?.connect?.id;
    for (const value of [direct, connected]) {
      if (value === undefined) continue;
      const id =
        typeof value === 'object' && value !== null && 'set' in value ? (value as { set: unknown }).set : value;
      if (!canSee(set, Number(id))) {
        throw new UserInputError('FORBIDDEN', `cannot write a ${model} of a rep outside your visibility`);
      }
    }
  }
}
