// A Prisma `findMany` compiled into one SQL statement that returns the rows with their nested
// relations as JSON, the way PostGraphile answers a GraphQL page: one round trip and one parse
// instead of one statement per relation level (Prisma's default strategy) joined in JavaScript.
// It reads the same arguments findMany takes (`where`, `orderBy`, `cursor`, `take`, `skip`,
// `include`/`select` with nested lists, filters and `_count`) and returns what findMany would:
// the same keys, Decimal objects for decimals, Dates for date-times.
//
// It covers the subset of Prisma the graph produces; anything else (`distinct`, relation or
// aggregate ordering, text search, composite keys, ...) makes `compileNestedRead` name it, and
// the caller runs findMany instead. Tenant and visibility rules are not applied
// here: the tenant client (shared/tenant.ts) rewrites the arguments with the row policy first,
// exactly as it does for findMany, and its raw-SQL guard checks the statement's organization
// binding. docs/database.md describes the design; test/nested-read.test.ts compares both paths.
import { getDatamodel } from '../generated/pothos-types.js';
import { Prisma } from '../generated/prisma/client.js';

type Sql = Prisma.Sql;
type Args = Record<string, unknown>;

interface FieldInfo {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

interface ModelInfo {
  name: string;
  fields: Map<string, FieldInfo>;
  scalars: FieldInfo[];
}

/** A relation as a join: `target.targetColumn = source.sourceColumn`. */
interface Join {
  target: ModelInfo;
  targetColumn: string;
  sourceColumn: string;
  isList: boolean;
}

const MODELS = new Map<string, ModelInfo>();
for (const [name, model] of Object.entries(getDatamodel().datamodel.models)) {
  const fields = new Map<string, FieldInfo>();
  for (const f of model.fields as unknown as FieldInfo[]) fields.set(f.name, f);
  MODELS.set(name, { name, fields, scalars: [...fields.values()].filter((f) => f.kind !== 'object') });
}

/** Thrown inside the compiler for an argument it does not translate; the caller falls back. */
class Unsupported extends Error {}

function model(name: string): ModelInfo {
  const info = MODELS.get(name);
  if (!info) throw new Unsupported(`unknown model ${name}`);
  return info;
}

function join(source: ModelInfo, field: FieldInfo): Join {
  const target = model(field.type);
  const from = field.relationFromFields ?? [];
  if (from.length === 1) {
    // The foreign key is on the source row; every relation in this schema references `id`.
    return { target, targetColumn: 'id', sourceColumn: from[0] as string, isList: false };
  }
  if (from.length > 1) throw new Unsupported(`composite relation ${source.name}.${field.name}`);
  const back = [...target.fields.values()].find(
    (f) => f.relationName === field.relationName && f.name !== field.name && (f.relationFromFields?.length ?? 0) > 0,
  );
  const foreignKey = back?.relationFromFields;
  if (foreignKey?.length !== 1) throw new Unsupported(`relation ${source.name}.${field.name}`);
  return { target, targetColumn: foreignKey[0] as string, sourceColumn: 'id', isList: field.isList };
}

const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);
const column = (alias: string, name: string) => Prisma.raw(`${alias}."${name.replace(/"/g, '""')}"`);
/** The join's condition between the related rows (`target`) and the row they belong to. */
function joinOn(j: Join, target: string, source: string): Sql {
  return Prisma.sql`${column(target, j.targetColumn)} = ${column(source, j.sourceColumn)}`;
}
/** A JSON key: a field name of the data model, written into the text rather than bound. */
function key(name: string): Sql {
  if (!/^\w+$/.test(name)) throw new Unsupported(`key ${name}`);
  return Prisma.raw(`'${name}'`);
}

/** The PostgreSQL type a parameter compared with a field is cast to. */
function castOf(field: FieldInfo): string {
  if (field.kind === 'enum') return `"${field.type}"`;
  switch (field.type) {
    case 'Int':
      return 'int';
    case 'BigInt':
      return 'bigint';
    case 'String':
      return 'text';
    case 'Boolean':
      return 'boolean';
    case 'Float':
      return 'float8';
    case 'Decimal':
      return 'numeric';
    case 'DateTime':
      return 'timestamp';
    default:
      throw new Unsupported(`filter on a ${field.type} field`);
  }
}

/** A filter value as the parameter the cast reads (Dates as UTC text, Decimals as text). */
function param(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toFixed();
  if (typeof value === 'bigint') return value.toString();
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  throw new Unsupported(`filter value ${typeof value}`);
}

const isPlainObject = (v: unknown): v is Args =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !Prisma.Decimal.isDecimal(v);

/** JOIN clauses one after another (none: nothing). */
const joined = (joins: Sql[]) => (joins.length ? Prisma.join(joins, '') : Prisma.empty);

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;

function all(parts: Sql[]): Sql {
  if (parts.length === 0) return TRUE;
  return parts.length === 1 ? (parts[0] as Sql) : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
}

function any(parts: Sql[]): Sql {
  if (parts.length === 0) return FALSE;
  return parts.length === 1 ? (parts[0] as Sql) : Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

class Compiler {
  private aliases = 0;

  private alias(): string {
    return `t${this.aliases++}`;
  }

  /** A Prisma `where` on the rows of `alias` as a boolean SQL expression. */
  where(info: ModelInfo, alias: string, where: unknown): Sql {
    if (where == null) return TRUE;
    if (!isPlainObject(where)) throw new Unsupported('where is not an object');
    const parts: Sql[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (key === 'AND' || key === 'NOT') {
        // NOT: [a, b] means neither a nor b (Prisma's "all conditions must return false").
        const list = (Array.isArray(value) ? value : [value]).map((w) => this.where(info, alias, w));
        parts.push(key === 'AND' ? all(list) : all(list.map((w) => Prisma.sql`NOT ${w}`)));
        continue;
      }
      if (key === 'OR') {
        if (!Array.isArray(value)) throw new Unsupported('OR must be a list');
        parts.push(any(value.map((w) => this.where(info, alias, w))));
        continue;
      }
      const field = info.fields.get(key);
      if (!field) throw new Unsupported(`unknown field ${info.name}.${key}`);
      parts.push(
        field.kind === 'object'
          ? this.relationFilter(info, alias, field, value)
          : this.scalarFilter(alias, field, value),
      );
    }
    return all(parts);
  }

  private scalarFilter(alias: string, field: FieldInfo, filter: unknown): Sql {
    if (field.isList) throw new Unsupported(`filter on list field ${field.name}`);
    const col = column(alias, field.name);
    const cast = Prisma.raw(`::${castOf(field)}`);
    if (filter === null) return Prisma.sql`${col} IS NULL`;
    if (!isPlainObject(filter)) return Prisma.sql`${col} = ${param(filter)}${cast}`;
    const parts: Sql[] = [];
    for (const [op, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      switch (op) {
        case 'equals':
          parts.push(value === null ? Prisma.sql`${col} IS NULL` : Prisma.sql`${col} = ${param(value)}${cast}`);
          break;
        case 'not':
          parts.push(
            value === null
              ? Prisma.sql`${col} IS NOT NULL`
              : isPlainObject(value)
                ? Prisma.sql`NOT ${this.scalarFilter(alias, field, value)}`
                : Prisma.sql`${col} <> ${param(value)}${cast}`,
          );
          break;
        case 'in':
        case 'notIn': {
          if (!Array.isArray(value)) throw new Unsupported(`${op} must be a list`);
          // One parameter per value: array parameters are not carried alike by both drivers.
          if (value.length === 0) {
            parts.push(op === 'in' ? FALSE : TRUE);
            break;
          }
          const list = Prisma.join(value.map((v) => Prisma.sql`${param(v)}${cast}`));
          parts.push(op === 'in' ? Prisma.sql`${col} IN (${list})` : Prisma.sql`${col} NOT IN (${list})`);
          break;
        }
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte': {
          const symbol = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[op];
          parts.push(Prisma.sql`${col} ${Prisma.raw(symbol)} ${param(value)}${cast}`);
          break;
        }
        default:
          throw new Unsupported(`filter operator ${op}`);
      }
    }
    return all(parts);
  }

  private relationFilter(info: ModelInfo, alias: string, field: FieldInfo, filter: unknown): Sql {
    const j = join(info, field);
    const exists = (where: unknown, negate = false) => {
      const b = this.alias();
      const inner = this.where(j.target, b, where);
      return Prisma.sql`EXISTS (SELECT 1 FROM ${ident(j.target.name)} ${Prisma.raw(b)} WHERE ${joinOn(j, b, alias)} AND ${negate ? Prisma.sql`NOT ${inner}` : inner})`;
    };
    if (!isPlainObject(filter)) throw new Unsupported(`relation filter on ${field.name}`);
    const parts: Sql[] = [];
    if (field.isList) {
      for (const [op, where] of Object.entries(filter)) {
        if (where === undefined) continue;
        if (op === 'some') parts.push(exists(where));
        else if (op === 'none') parts.push(Prisma.sql`NOT ${exists(where)}`);
        else if (op === 'every') parts.push(Prisma.sql`NOT ${exists(where, true)}`);
        else throw new Unsupported(`list relation filter ${op}`);
      }
      return all(parts);
    }
    const ops = 'is' in filter || 'isNot' in filter ? filter : { is: filter };
    for (const [op, where] of Object.entries(ops)) {
      if (where === undefined) continue;
      if (op !== 'is' && op !== 'isNot') throw new Unsupported(`to-one relation filter ${op}`);
      if (where === null) {
        if (j.sourceColumn === 'id') throw new Unsupported(`null filter on back relation ${field.name}`);
        const col = column(alias, j.sourceColumn);
        parts.push(op === 'is' ? Prisma.sql`${col} IS NULL` : Prisma.sql`${col} IS NOT NULL`);
      } else {
        parts.push(op === 'is' ? exists(where) : Prisma.sql`NOT ${exists(where)}`);
      }
    }
    return all(parts);
  }

  /** `orderBy` as [column, descending] pairs; relation and aggregate orderings are refused. */
  private order(info: ModelInfo, orderBy: unknown): { field: string; desc: boolean; nulls?: 'first' | 'last' }[] {
    if (orderBy == null) return [];
    const list = Array.isArray(orderBy) ? orderBy : [orderBy];
    return list.flatMap((entry) =>
      Object.entries(entry as Args)
        .filter(([, v]) => v !== undefined)
        .map(([name, v]) => {
          const field = info.fields.get(name);
          if (!field || field.kind === 'object') throw new Unsupported(`order by ${name}`);
          if (typeof v === 'string') return { field: name, desc: v === 'desc' };
          const { sort, nulls } = (v ?? {}) as { sort?: string; nulls?: 'first' | 'last' };
          if (typeof sort !== 'string') throw new Unsupported(`order by ${name}`);
          return { field: name, desc: sort === 'desc', nulls };
        }),
    );
  }

  private orderSql(alias: string, order: ReturnType<Compiler['order']>, flip: boolean): Sql {
    if (order.length === 0) return Prisma.empty;
    const keys = order.map(({ field, desc, nulls }) => {
      const d = desc !== flip;
      const n = nulls ? ` NULLS ${(nulls === 'first') !== flip ? 'FIRST' : 'LAST'}` : '';
      return Prisma.sql`${column(alias, field)}${Prisma.raw(d ? ' DESC' : ' ASC')}${Prisma.raw(n)}`;
    });
    return Prisma.sql` ORDER BY ${Prisma.join(keys, ', ')}`;
  }

  /**
   * Prisma's cursor: the rows from the cursor row on, in the (possibly flipped) order, compared on
   * the order's columns with the cursor row's values. Order columns must be non-null.
   */
  private cursor(
    info: ModelInfo,
    alias: string,
    cursor: unknown,
    order: ReturnType<Compiler['order']>,
    flip: boolean,
  ): Sql {
    if (!isPlainObject(cursor)) throw new Unsupported('cursor');
    const entries = Object.entries(cursor);
    const [key, value] = entries[0] ?? [];
    if (entries.length !== 1 || key === undefined) throw new Unsupported('compound cursor');
    const keyField = info.fields.get(key);
    if (!keyField || keyField.kind === 'object') throw new Unsupported(`cursor on ${key}`);
    if (order.length === 0) throw new Unsupported('cursor without order');
    for (const o of order) {
      // Comparisons with NULL answer nothing: a cursor pages only over non-null order columns.
      if (o.nulls || !info.fields.get(o.field)?.isRequired) throw new Unsupported(`cursor over nullable ${o.field}`);
    }
    const c = this.alias();
    const row = Prisma.sql`SELECT * FROM ${ident(info.name)} ${Prisma.raw(c)} WHERE ${column(c, key)} = ${param(value)}${Prisma.raw(`::${castOf(keyField)}`)}`;
    // (a, b) >= (ca, cb) in the page's direction, written out per column so that mixed directions
    // work: a > ca OR (a = ca AND (b > cb OR (b = cb ...))), the last comparison inclusive.
    let condition: Sql | null = null;
    for (let i = order.length - 1; i >= 0; i--) {
      const o = order[i] as (typeof order)[number];
      const col = column(alias, o.field);
      const ref = column('cursor_row', o.field);
      const after = Prisma.raw(o.desc !== flip ? '<' : '>');
      condition =
        condition == null
          ? Prisma.sql`${col} ${after}= ${ref}`
          : Prisma.sql`(${col} ${after} ${ref} OR (${col} = ${ref} AND ${condition}))`;
    }
    // The first order column compared on its own as well, with the cursor row's value as a
    // scalar: implied by the condition above (so the rows are the same), but an index on that
    // column can start at the cursor, where the EXISTS alone made PostgreSQL scan from the list's
    // start and filter, so that each page of a deep keyset walk cost as much as all before it.
    const lead = order[0] as (typeof order)[number];
    const l = this.alias();
    const leadValue = Prisma.sql`(SELECT ${column(l, lead.field)} FROM ${ident(info.name)} ${Prisma.raw(l)} WHERE ${column(l, key)} = ${param(value)}${Prisma.raw(`::${castOf(keyField)}`)})`;
    const leadAfter = Prisma.raw(lead.desc !== flip ? '<=' : '>=');
    return Prisma.sql`(${column(alias, lead.field)} ${leadAfter} ${leadValue} AND EXISTS (SELECT 1 FROM (${row}) cursor_row WHERE ${condition as Sql}))`;
  }

  /** The arguments a list read takes; anything else is refused. */
  private checkListArgs(args: Args): void {
    for (const key of Object.keys(args)) {
      if (!['where', 'orderBy', 'cursor', 'take', 'skip', 'select', 'include'].includes(key)) {
        if (args[key] !== undefined) throw new Unsupported(`argument ${key}`);
      }
    }
  }

  /**
   * The rows a findMany (or a paged nested list) reads, as a SELECT of `alias`: filter, cursor,
   * order, LIMIT/OFFSET. A negative `take` reads backwards, as Prisma does; `forward` is the
   * order the caller aggregates the rows in, which restores the page's own direction.
   */
  rows(info: ModelInfo, alias: string, args: Args, correlation: Sql | null) {
    this.checkListArgs(args);
    const take = args.take as number | undefined;
    const skip = (args.skip as number | undefined) ?? 0;
    if (take !== undefined && !Number.isInteger(take)) throw new Unsupported('take');
    if (!Number.isInteger(skip) || skip < 0) throw new Unsupported('skip');
    const order = this.order(info, args.orderBy);
    const flip = take !== undefined && take < 0;
    if (flip && order.length === 0) throw new Unsupported('negative take without order');
    const conditions = [this.where(info, alias, args.where)];
    if (correlation) conditions.unshift(correlation);
    if (args.cursor !== undefined) conditions.push(this.cursor(info, alias, args.cursor, order, flip));
    const limit = take === undefined ? Prisma.empty : Prisma.sql` LIMIT ${Math.abs(take)}::int`;
    const offset = skip ? Prisma.sql` OFFSET ${skip}::int` : Prisma.empty;
    const select = Prisma.sql`SELECT ${Prisma.raw(alias)}.* FROM ${ident(info.name)} ${Prisma.raw(alias)} WHERE ${all(conditions)}${this.orderSql(alias, order, flip)}${limit}${offset}`;
    return { select, forward: this.orderSql(alias, order, false) };
  }

  /**
   * One row of `alias` as a JSON array of its selected scalars, relations and counts, in the order
   * `plan` records (positional: no key repeated per row, a quarter less work for the server). The
   * joins its relations need are added to `joins`, the FROM clause of the level `alias` is read in.
   */
  row(info: ModelInfo, alias: string, args: Args, plan: RowPlan, level: Level, joins: Sql[]): Sql {
    const select = args.select as Args | undefined;
    const include = args.include as Args | undefined;
    if (select && include) throw new Unsupported('select and include together');
    const values: Sql[] = [];
    const scalars = select
      ? info.scalars.filter((f) => select[f.name] === true)
      : info.scalars.filter((f) => f.kind !== 'unsupported');
    for (const f of scalars) {
      if (f.kind === 'unsupported' || f.type === 'Bytes') throw new Unsupported(`field ${f.name}`);
      // Exact text for decimals and big integers: JSON numbers would pass through doubles.
      const exact = f.type === 'Decimal' || f.type === 'BigInt';
      values.push(Prisma.sql`${column(alias, f.name)}${Prisma.raw(exact ? '::text' : '')}`);
      const revive = f.type === 'Decimal' || f.type === 'BigInt' || f.type === 'DateTime' ? f.type : null;
      plan.push({ name: f.name, revive, isList: f.isList });
    }
    for (const [name, value] of Object.entries(select ?? include ?? {})) {
      if (!value) continue;
      if (name === '_count') {
        values.push(this.counts(info, alias, value));
        plan.push({ name, revive: null, isList: false });
        continue;
      }
      const field = info.fields.get(name);
      if (!field) throw new Unsupported(`unknown field ${info.name}.${name}`);
      if (field.kind !== 'object') {
        if (!select) throw new Unsupported(`include of scalar ${name}`);
        continue;
      }
      const nested: RowPlan = [];
      values.push(this.relation(info, alias, field, value === true ? {} : (value as Args), nested, level, joins));
      plan.push({ name, revive: null, isList: field.isList, nested });
    }
    // A function takes at most 100 arguments.
    if (values.length > 100) throw new Unsupported('more than 100 selected fields');
    return Prisma.sql`json_build_array(${Prisma.join(values, ', ')})`;
  }

  /**
   * A relation of the rows of `alias`, read set-wise where it can be so the server joins each
   * related table once per statement rather than once per row (docs/database.md):
   * - to-one: a LEFT JOIN on the row's level, NULL when nothing matches;
   * - a list without paging (no take, skip or cursor) under a level whose rows are known as a
   *   set: a LEFT JOIN of the related rows of all those parents, aggregated per parent;
   * - a paged list, or any list under one: a subquery per row, correlated on the parent.
   */
  private relation(
    info: ModelInfo,
    alias: string,
    field: FieldInfo,
    args: Args,
    plan: RowPlan,
    level: Level,
    joins: Sql[],
  ): Sql {
    const j = join(info, field);
    const b = this.alias();
    const target = ident(j.target.name);
    if (!j.isList) {
      for (const key of Object.keys(args)) {
        if (key !== 'select' && key !== 'include' && args[key] !== undefined) throw new Unsupported(`to-one ${key}`);
      }
      joins.push(Prisma.sql` LEFT JOIN ${target} ${Prisma.raw(b)} ON ${joinOn(j, b, alias)}`);
      const source = level.source;
      const below = source ? this.relatedLevel(j, () => source(j.sourceColumn)) : { source: null };
      const row = this.row(j.target, b, args, plan, below, joins);
      return Prisma.sql`CASE WHEN ${column(b, j.targetColumn)} IS NULL THEN NULL ELSE ${row} END`;
    }
    const paged = args.take !== undefined || (args.skip ?? 0) !== 0 || args.cursor !== undefined;
    if (level.source && !paged) {
      this.checkListArgs(args);
      const parents = level.source(j.sourceColumn);
      const where = (c: string) => this.where(j.target, c, args.where);
      const forward = this.orderSql(b, this.order(j.target, args.orderBy), false);
      const inner: Sql[] = [];
      const row = this.row(
        j.target,
        b,
        args,
        plan,
        this.relatedLevel(j, () => parents, where),
        inner,
      );
      const g = this.alias();
      const fk = column(b, j.targetColumn);
      joins.push(
        Prisma.sql` LEFT JOIN (SELECT ${fk} AS parent, json_agg(${row}${forward}) AS rows FROM ${target} ${Prisma.raw(b)}${joined(inner)} WHERE ${fk} IN (${parents}) AND ${where(b)} GROUP BY ${fk}) ${Prisma.raw(g)} ON ${Prisma.raw(g)}.parent = ${column(alias, j.sourceColumn)}`,
      );
      return Prisma.sql`coalesce(${Prisma.raw(g)}.rows, '[]'::json)`;
    }
    const { select, forward } = this.rows(j.target, b, args, joinOn(j, b, alias));
    const inner: Sql[] = [];
    const row = this.row(j.target, b, args, plan, { source: null }, inner);
    return Prisma.sql`(SELECT coalesce(json_agg(${row}${forward}), '[]'::json) FROM (${select}) ${Prisma.raw(b)}${joined(inner)})`;
  }

  /**
   * The level of the related rows of `j` whose parents' keys `parents()` selects (and that pass
   * `where`, for a filtered list): a list below it reads its rows for all of them at once.
   */
  private relatedLevel(j: Join, parents: () => Sql, where?: (alias: string) => Sql): Level {
    return {
      source: (col) => {
        const c = this.alias();
        const filter = where ? Prisma.sql` AND ${where(c)}` : Prisma.empty;
        return Prisma.sql`SELECT ${column(c, col)} FROM ${ident(j.target.name)} ${Prisma.raw(c)} WHERE ${column(c, j.targetColumn)} IN (${parents()})${filter}`;
      },
    };
  }

  private counts(info: ModelInfo, alias: string, value: unknown): Sql {
    const select = value === true ? null : ((value as { select?: Args }).select ?? null);
    const names = select
      ? Object.keys(select).filter((k) => select[k])
      : [...info.fields.values()].filter((f) => f.kind === 'object' && f.isList).map((f) => f.name);
    const pairs = names.map((name) => {
      const field = info.fields.get(name);
      if (field?.kind !== 'object' || !field.isList) throw new Unsupported(`_count of ${name}`);
      const j = join(info, field);
      const c = this.alias();
      const spec = select?.[name];
      const where = spec && spec !== true ? (spec as { where?: unknown }).where : undefined;
      return Prisma.sql`${key(name)}, (SELECT count(*) FROM ${ident(j.target.name)} ${Prisma.raw(c)} WHERE ${joinOn(j, c, alias)} AND ${this.where(j.target, c, where)})`;
    });
    return pairs.length ? Prisma.sql`json_build_object(${Prisma.join(pairs, ', ')})` : Prisma.sql`json_build_object()`;
  }
}

/**
 * Where a level of the statement reads its rows from: `source(column)` selects that column of all
 * of them (so a list below can read its rows for all parents at once), or null when the rows are
 * read per parent (under a paged list).
 */
interface Level {
  source: ((column: string) => Sql) | null;
}

/**
 * The positions of a row's JSON array: the key each value goes under, whether it needs turning
 * back into Prisma's type, and for relations the plan of the related rows.
 */
type RowPlan = { name: string; revive: string | null; isList: boolean; nested?: RowPlan }[];

/** `timestamp` columns come back without a zone; Prisma stores and reads them as UTC. */
function reviveScalar(type: string, value: unknown): unknown {
  if (value == null) return value;
  if (type === 'Decimal') return new Prisma.Decimal(value as string);
  if (type === 'BigInt') return BigInt(value as string);
  const text = value as string;
  return new Date(text.length > 10 && !/(Z|[+-]\d\d(:?\d\d)?)$/.test(text) ? `${text}Z` : text);
}

/** The object findMany would return for one row's JSON array. */
function materialize(values: unknown[], plan: RowPlan): Args {
  const row: Args = {};
  for (let i = 0; i < plan.length; i++) {
    const { name, revive, isList, nested } = plan[i] as RowPlan[number];
    const value = values[i];
    if (nested) {
      row[name] =
        value == null
          ? value
          : isList
            ? (value as unknown[][]).map((child) => materialize(child, nested))
            : materialize(value as unknown[], nested);
    } else if (revive) {
      row[name] =
        isList && Array.isArray(value) ? value.map((v) => reviveScalar(revive, v)) : reviveScalar(revive, value);
    } else {
      row[name] = value;
    }
  }
  return row;
}

export interface NestedRead {
  /** One statement returning one row with one text column, `rows`: the JSON array of rows. */
  sql: Sql;
  /** Parses that column into findMany's result. */
  parse(text: string): Args[];
}

const MAX_PARAMETERS = 30_000;

/**
 * Compiles findMany arguments of `modelName` into one statement, or names what it does not
 * translate (run findMany then).
 */
export function compileNestedRead(modelName: string, args: Args): NestedRead | { unsupported: string } {
  try {
    const info = model(modelName);
    const compiler = new Compiler();
    const plan: RowPlan = [];
    // The page's rows once, as `t`: the set-wise relations below read their parents' keys from it.
    const { select, forward } = compiler.rows(info, 't', args, null);
    const joins: Sql[] = [];
    const row = compiler.row(
      info,
      't',
      args,
      plan,
      { source: (col) => Prisma.sql`SELECT ${column('t', col)} FROM t` },
      joins,
    );
    const sql = Prisma.sql`WITH t AS (${select}) SELECT coalesce(json_agg(${row}${forward}), '[]'::json)::text AS rows FROM t${joined(joins)}`;
    // A wide visibility repeated in every nested list's filter could pass PostgreSQL's limit of
    // 65,535 parameters in one statement.
    if (sql.values.length > MAX_PARAMETERS) throw new Unsupported(`more than ${MAX_PARAMETERS} parameters`);
    return {
      sql,
      parse: (text) => (JSON.parse(text) as unknown[][]).map((values) => materialize(values, plan)),
    };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    throw error;
  }
}
