// The columns of a bulk export: every leaf of the document's selection under the root
// connection's node, in selection order, with its GraphQL type. The file writers lay out CSV
// headers and the Parquet schema from these before the first row arrives (docs/bulk-operations.md,
// "Formats").
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';
import { UserInputError } from '../../shared/errors.js';

export type ExportFormat = 'NDJSON' | 'CSV' | 'PARQUET';

export type ExportLeafType =
  | 'ID'
  | 'String'
  | 'Int'
  | 'Float'
  | 'Boolean'
  | 'DateTime'
  | 'Date'
  | 'Money'
  | 'Decimal'
  | 'Enum'
  | 'JSON';

/**
 * How one key of a column's path is read from the row:
 * - `field`: a plain key (a nested object or the leaf itself);
 * - `list`: a key whose value is an array (a GraphQL list of objects or of scalars);
 * - `connection`: a key whose value is a connection object, followed by `edges` + `node` or by
 *   `nodes`; the connection is one list in CSV and Parquet, named by this key;
 * - `edges`, `node`, `nodes`: the connection's own keys, left out of column names.
 */
export type ExportStep = 'field' | 'list' | 'connection' | 'edges' | 'node' | 'nodes';

/**
 * One leaf of the selection, in selection order. `path` is the response-key path from the root
 * node (aliases as written, a connection's `edges`/`node`/`nodes` included, so it reads the row
 * exactly as GraphQL execution returns it); `underList` marks a leaf under a list/connection (its
 * value is an array in the row).
 */
export interface ExportColumn {
  path: string[];
  type: ExportLeafType;
  /** Whether the leaf may be null (for a list of scalars: whether an item may be null). */
  nullable: boolean;
  underList: boolean;
  /**
   * How each key of `path` is read (same length as `path`); exportColumns always sets it. A column
   * made by hand without it is read key by key and may not be under a list.
   */
  steps?: ExportStep[];
}

const BUILT_IN: Record<string, ExportLeafType> = {
  ID: 'ID',
  String: 'String',
  Int: 'Int',
  Float: 'Float',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Date: 'Date',
  Decimal: 'Decimal',
  JSON: 'JSON',
};

/** The bulk mutation's argument that holds the document: where a shape error points. */
const QUERY_FIELD = ['input', 'query'];

function refuse(message: string): never {
  throw new UserInputError('INVALID', message, QUERY_FIELD);
}

/** A connection type as the Relay plugin builds them: `edges { node }` (and `nodes` if present). */
function connectionNodeType(type: GraphQLObjectType): boolean {
  const edges = type.getFields().edges;
  if (!edges || !type.getFields().pageInfo) return false;
  const edge = getNamedType(edges.type);
  return isObjectType(edge) && edge.getFields().node !== undefined;
}

function leafType(field: GraphQLField<unknown, unknown>, where: string): ExportLeafType {
  const named = getNamedType(field.type);
  if (isEnumType(named)) return 'Enum';
  const builtIn = isScalarType(named) ? BUILT_IN[named.name] : undefined;
  if (!builtIn) return refuse(`${where}: the type ${named.name} cannot be exported`);
  // Money is a Decimal field carrying the MONEY mark (api/src/shared/scalars.ts).
  return builtIn === 'Decimal' && field.extensions?.money === true ? 'Money' : builtIn;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  columns: ExportColumn[];
}

/** Whether a literal @skip / @include keeps the selection; variables are refused (none are sent). */
function included(node: SelectionNode): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const value = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    if (value?.kind !== Kind.BOOLEAN) return refuse(`@${name} needs a literal true or false in a bulk query`);
    if ((name === 'skip') === value.value) return false;
  }
  return true;
}

/**
 * The fields of a selection set by response key, in first-appearance order, fragments inlined and
 * repeated keys merged (as GraphQL's field collection does).
 */
function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  into = new Map<string, FieldNode[]>(),
) {
  for (const selection of set.selections) {
    if (!included(selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const list = into.get(key) ?? [];
      list.push(selection);
      into.set(key, list);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    if (!fragment) refuse(`unknown fragment ${selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : ''}`);
    const condition = fragment.typeCondition ? typeFromAST(walk.schema, fragment.typeCondition) : type;
    const applies =
      condition === type ||
      (condition !== undefined && isAbstractType(condition) && walk.schema.isSubType(condition, type));
    if (applies) collectFields(walk, type, fragment.selectionSet, into);
  }
  return into;
}

function mergedSelection(nodes: FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) };
}

function unwrap(type: GraphQLOutputType): { nullable: boolean; list: boolean; itemNullable: boolean } {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (!isListType(inner)) return { nullable, list: false, itemNullable: nullable };
  const item = inner.ofType as GraphQLOutputType;
  if (isListType(isNonNullType(item) ? item.ofType : item)) {
    return refuse('a list of lists cannot be exported');
  }
  return { nullable, list: true, itemNullable: !isNonNullType(item) };
}

/** Walks an object's selection, adding a column per leaf. */
function walkObject(walk: Walk, type: GraphQLObjectType, set: SelectionSetNode, path: string[], steps: ExportStep[]) {
  const fields = collectFields(walk, type, set);
  if (!fields.size) refuse(`${path.join('.') || 'node'}: select at least one field to export`);
  for (const [key, nodes] of fields) {
    const first = nodes[0] as FieldNode;
    const where = [...path, key].join('.');
    if (first.name.value === '__typename') {
      walk.columns.push({
        path: [...path, key],
        type: 'String',
        nullable: false,
        underList: underList(steps),
        steps: [...steps, 'field'],
      });
      continue;
    }
    const field = type.getFields()[first.name.value];
    if (!field) return refuse(`${where}: ${type.name} has no field ${first.name.value}`);
    const named = getNamedType(field.type);
    const shape = unwrap(field.type);
    if (!isObjectType(named)) {
      if (isAbstractType(named)) refuse(`${where}: interface and union fields cannot be exported`);
      walk.columns.push({
        path: [...path, key],
        type: leafType(field, where),
        nullable: shape.itemNullable,
        underList: shape.list || underList(steps),
        steps: [...steps, shape.list ? 'list' : 'field'],
      });
      continue;
    }
    const selection = mergedSelection(nodes);
    if (!shape.list && connectionNodeType(named)) {
      walkConnection(walk, named, selection, [...path, key], [...steps, 'connection']);
    } else {
      walkObject(walk, named, selection, [...path, key], [...steps, shape.list ? 'list' : 'field']);
    }
  }
}

/** A connection's `edges { node }` or `nodes`; its paging fields describe a page, not the data. */
function walkConnection(
  walk: Walk,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  path: string[],
  steps: ExportStep[],
) {
  const fields = collectFields(walk, type, set);
  const where = path.join('.');
  if (fields.size !== 1) refuse(`${where}: select either edges { node } or nodes of a connection, and nothing else`);
  const [key, nodes] = [...fields][0] as [string, FieldNode[]];
  const name = (nodes[0] as FieldNode).name.value;
  if (name === 'nodes') {
    const nodeType = getNamedType(type.getFields().nodes?.type) as GraphQLObjectType;
    walkObject(walk, nodeType, mergedSelection(nodes), [...path, key], [...steps, 'nodes']);
    return;
  }
  if (name !== 'edges') refuse(`${where}.${key}: only edges { node } or nodes of a connection can be exported`);
  const edgeType = getNamedType(type.getFields().edges?.type) as GraphQLObjectType;
  const edgeFields = collectFields(walk, edgeType, mergedSelection(nodes));
  const [nodeKey, nodeNodes] = ([...edgeFields][0] ?? []) as [string, FieldNode[]];
  if (edgeFields.size !== 1 || nodeNodes?.[0]?.name.value !== 'node') {
    refuse(`${where}.${key}: select only node under edges`);
  }
  const nodeType = getNamedType(edgeType.getFields().node?.type) as GraphQLObjectType;
  walkObject(walk, nodeType, mergedSelection(nodeNodes), [...path, key, nodeKey], [...steps, 'edges', 'node']);
}

function underList(steps: ExportStep[]): boolean {
  return steps.some((s) => s === 'list' || s === 'connection');
}

/**
 * Columns of a validated bulk document: walks the root connection's `edges.node` / `nodes`
 * selection against the schema. Shapes no file can hold (no single root connection, a list of
 * lists, a union, paging fields) are refused with a user error on `input.query`.
 */
export function exportColumns(schema: GraphQLSchema, document: DocumentNode): ExportColumn[] {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1 || operations[0]?.operation !== 'query')
    refuse('a bulk document holds exactly one query');
  const operation = operations[0] as OperationDefinitionNode;
  const walk: Walk = {
    schema,
    fragments: new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    ),
    columns: [],
  };
  const queryType = schema.getQueryType();
  if (!queryType) return refuse('the schema has no query type');
  const roots = collectFields(walk, queryType, operation.selectionSet);
  if (roots.size !== 1) refuse('a bulk query selects exactly one connection at its root');
  const [rootKey, rootNodes] = [...roots][0] as [string, FieldNode[]];
  const rootField = queryType.getFields()[(rootNodes[0] as FieldNode).name.value];
  const rootType = rootField && getNamedType(rootField.type);
  if (!rootType || !isObjectType(rootType) || !connectionNodeType(rootType)) {
    refuse(`${rootKey}: the root of a bulk query must be a connection`);
  }
  // Walked from the connection, then its edges/node (or nodes) keys are cut off: a row is one
  // root node, and every path starts at the node's own keys.
  walkConnection(walk, rootType, mergedSelection(rootNodes), [], []);
  const strip = walk.columns[0]?.steps?.[0] === 'nodes' ? 1 : 2;
  return walk.columns.map((c) => ({ ...c, path: c.path.slice(strip), steps: c.steps?.slice(strip) }));
}
