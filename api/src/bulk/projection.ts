// The fast path of a bulk export (docs/bulk-operations.md, "The compiled projection"): the
// selection under the root connection's nodes compiled, once per export, into a function that
// turns a row of the one-statement reader (db/nested-read.ts) into the node GraphQL would return
// for it. The rows come from the same tenant client with the same arguments Pothos builds for the
// page (bulk/prefetch.ts captures them), so tenant, row policy and visibility are applied by the
// same code; what GraphQL execution adds per row is the completion of each field, which this
// replaces for the fields whose resolvers only read the row:
// - an exposed column (`t.expose*`): the value, serialised by the field's own scalar or enum
//   (money through the same formatting as printMoneyFields);
// - a relation (`t.relation`), to one or to many, without arguments: the related rows, projected;
// - a node's global `id`, and `__typename`.
// Anything else (a computed field, arguments, a nested connection, a directive, an abstract type,
// a scope that is not a plain `{ scope }`, or one the caller does not hold) is not compiled: the
// export then runs every page through GraphQL, as before. The runner also checks the projection
// against GraphQL's own output of the first page before it uses it (runner.ts).
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { hasScope } from '../access/scopes.js';
import { toGlobalId } from '../shared/ids.js';
import { serializeMoney } from '../shared/scalars.js';
import type { BulkQueryPlan } from './validate.js';

type Row = Record<string, unknown>;
type Project = (value: unknown) => unknown;

/** A compiled selection: a reader row to the node GraphQL returns for it. */
export interface BulkProjection {
  project(row: Row): Row;
}

/** Why a selection is not compiled (logged; the export runs through GraphQL). */
class NotCompiled extends Error {}

/** A row that does not hold what the projection reads, or a null where the schema forbids one. */
export class ProjectionError extends Error {}

/** Field options a compiled field may carry; any other (a custom resolver's, a plugin's) is not compiled. */
const PLAIN_FIELD_OPTIONS = new Set(['type', 'description', 'extensions', 'resolve', 'nullable', 'authScopes']);

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  scopes: ReadonlySet<string>;
}

/** Holds when `authScopes` is absent or a plain `{ scope }` the caller has; else not compiled. */
function checkScopes(authScopes: unknown, where: string, scopes: ReadonlySet<string>): void {
  if (authScopes == null) return;
  const keys = typeof authScopes === 'object' ? Object.keys(authScopes) : [];
  const scope = (authScopes as { scope?: unknown }).scope;
  if (keys.length !== 1 || typeof scope !== 'string') throw new NotCompiled(`${where} has scopes other than { scope }`);
  if (!hasScope(scopes, scope)) throw new NotCompiled(`${where} requires ${scope}`);
}

/** The fields of a selection on `type`, by response key in execution order (fragments inlined). */
function collect(walk: Walk, type: GraphQLObjectType, set: SelectionSetNode, out: Map<string, FieldNode>): void {
  for (const selection of set.selections) {
    if (selection.directives?.length) throw new NotCompiled('a directive in the selection');
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const seen = out.get(key);
      // GraphQL merges repeated keys; only a repeated leaf without arguments is the same field here.
      if (seen && (seen.name.value !== selection.name.value || seen.selectionSet || selection.selectionSet)) {
        throw new NotCompiled(`the response key ${key} selected twice`);
      }
      if (!seen) out.set(key, selection);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? { on: selection.typeCondition?.name.value ?? type.name, set: selection.selectionSet }
        : (() => {
            const f = walk.fragments.get(selection.name.value);
            if (!f) throw new NotCompiled(`unknown fragment ${selection.name.value}`);
            return { on: f.typeCondition.name.value, set: f.selectionSet };
          })();
    if (fragment.on !== type.name) throw new NotCompiled(`a fragment on ${fragment.on} inside ${type.name}`);
    collect(walk, type, fragment.set, out);
  }
}

/** Wraps `inner` with GraphQL's null rule for `type`: null stays null unless the type forbids it. */
function nullable(type: GraphQLOutputType, where: string, inner: Project): Project {
  if (isNonNullType(type)) {
    return (value) => {
      if (value == null) throw new ProjectionError(`${where}: null in a non-null field`);
      return inner(value);
    };
  }
  return (value) => (value == null ? null : inner(value));
}

/** The projection of `type` (possibly wrapped in lists and non-null) for a selection. */
function compileType(walk: Walk, type: GraphQLOutputType, set: SelectionSetNode | undefined, where: string): Project {
  const inner = isNonNullType(type) ? type.ofType : type;
  let project: Project;
  if (isListType(inner)) {
    const item = compileType(walk, inner.ofType, set, `${where}[]`);
    project = (value) => {
      if (!Array.isArray(value)) throw new ProjectionError(`${where}: expected a list`);
      return value.map(item);
    };
  } else if (isLeafType(inner)) {
    // The function graphql-js completes a leaf with.
    project = (value) => {
      const out = inner.serialize(value);
      if (out == null) throw new ProjectionError(`${where}: serialised to null`);
      return out;
    };
  } else if (isObjectType(inner)) {
    if (!set) throw new NotCompiled(`${where} has no selection`);
    project = compileObject(walk, inner, set) as Project;
  } else {
    throw new NotCompiled(`${where} is abstract (${String(inner)})`);
  }
  return nullable(type, where, project);
}

function compileField(walk: Walk, type: GraphQLObjectType, node: FieldNode): (row: Row) => unknown {
  const name = node.name.value;
  if (name === '__typename') return () => type.name;
  const field = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
  const where = `${type.name}.${name}`;
  if (!field) throw new NotCompiled(`${where} is not a field`);
  if (node.arguments?.length) throw new NotCompiled(`${where} has arguments`);
  const extensions = field.extensions as Record<string, unknown>;
  const options = (extensions.pothosOptions ?? {}) as Record<string, unknown>;
  checkScopes(options.authScopes, where, walk.scopes);

  const exposed = extensions.pothosExposedField;
  if (typeof exposed === 'string' && Object.keys(options).every((k) => PLAIN_FIELD_OPTIONS.has(k))) {
    const named = getNamedType(field.type);
    if (!isLeafType(named) || isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) {
      throw new NotCompiled(`${where} exposes a list or an object`);
    }
    const money = extensions.money === true;
    const leaf = nullable(field.type, where, (value) => {
      const out = money ? serializeMoney(value) : named.serialize(value);
      if (out == null) throw new ProjectionError(`${where}: serialised to null`);
      return out;
    });
    return (row) => leaf(row[exposed]);
  }

  // A node's global ID (the relay plugin's `id`): the type name and the row's `id`.
  if (name === 'id' && type.getInterfaces().some((i) => i.name === 'Node')) {
    return (row) => {
      const id = row.id;
      if (typeof id !== 'number' && typeof id !== 'string') throw new ProjectionError(`${where}: the row has no id`);
      return toGlobalId(type.name, id as number);
    };
  }

  // `t.relation`: the resolver returns the relation's rows as the reader loaded them.
  const relation = extensions.pothosPrismaRelationField as { name?: unknown } | undefined;
  const target = getNamedType(field.type);
  if (
    relation &&
    typeof relation.name === 'string' &&
    Object.keys(options).every((k) => PLAIN_FIELD_OPTIONS.has(k)) &&
    target instanceof GraphQLObjectType &&
    typeof target.extensions?.pothosPrismaModel === 'string'
  ) {
    const key = relation.name;
    const project = compileType(walk, field.type, node.selectionSet, where);
    return (row) => {
      const value = row[key];
      if (value === undefined) throw new ProjectionError(`${where}: the relation was not read`);
      return project(value);
    };
  }
  throw new NotCompiled(`${where} is computed by its resolver`);
}

function compileObject(walk: Walk, type: GraphQLObjectType, set: SelectionSetNode): (row: Row) => Row {
  if (typeof type.extensions?.pothosPrismaModel !== 'string') throw new NotCompiled(`${type.name} is not a model`);
  const typeOptions = (type.extensions.pothosOptions ?? {}) as Record<string, unknown>;
  checkScopes(typeOptions.authScopes, type.name, walk.scopes);
  const fields = new Map<string, FieldNode>();
  collect(walk, type, set, fields);
  const compiled = [...fields].map(([key, node]) => [key, compileField(walk, type, node)] as const);
  return (row) => {
    const out: Row = {};
    for (const [key, read] of compiled) out[key] = read(row);
    return out;
  };
}

/**
 * The projection of a planned bulk query's nodes for a caller with `scopes`, or why there is
 * none (the export then executes its pages through GraphQL).
 */
export function compileProjection(
  plan: BulkQueryPlan,
  scopes: ReadonlySet<string>,
): { projection: BulkProjection } | { notCompiled: string } {
  const operation = plan.document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const walk: Walk = {
    scopes,
    fragments: new Map(
      plan.document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    ),
  };
  try {
    const root = operation?.selectionSet.selections.find(
      (s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === plan.rootKey,
    );
    // A count is a statement of its own, which GraphQL would run beside the page's.
    if (root?.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'totalCount')) {
      throw new NotCompiled('totalCount on the root connection');
    }
    const rows = root?.selectionSet?.selections.find(
      (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === plan.nodesAt,
    );
    const nodes =
      plan.nodesAt === 'nodes'
        ? rows
        : rows?.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'node');
    if (!nodes?.selectionSet) throw new NotCompiled('the nodes of the root connection are not found');
    if (rows?.directives?.length || nodes.directives?.length) throw new NotCompiled('a directive in the selection');
    return { projection: { project: compileObject(walk, plan.nodeType, nodes.selectionSet) } };
  } catch (error) {
    if (error instanceof NotCompiled) return { notCompiled: error.message };
    throw error;
  }
}
