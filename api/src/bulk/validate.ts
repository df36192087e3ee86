// What a bulk operation may run, checked when it is submitted: one GraphQL query whose root is
// one connection, with nested objects, lists and connections under its nodes. The accepted
// document is then rewritten once for the runner (runner.ts): the root connection's `first` and
// `after` become variables, and its page info is selected under a reserved alias, so that the
// same document runs page after page.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
  validate,
} from 'graphql';
import { type UserErrorShape, userError } from '../shared/errors.js';

/** Lists and connections nested inside one another below the root node (as in Shopify: 2). */
export const BULK_MAX_LIST_NESTING = 2;
/** Fields from the root connection down to the deepest leaf (the server's own limit is 15). */
export const BULK_MAX_DEPTH = 12;
/** Longest document accepted, in characters. */
export const BULK_MAX_QUERY_LENGTH = 20_000;

/** Alias of the page info the runner adds to the root connection. */
export const PAGE_INFO_ALIAS = 'coxswainBulkPageInfo';
/** Variables the runner binds on the root connection. */
export const FIRST_VARIABLE = 'coxswainBulkFirst';
export const AFTER_VARIABLE = 'coxswainBulkAfter';

export interface BulkQueryPlan {
  /** The submitted document, as parsed (what the file's columns are read from). */
  document: DocumentNode;
  /** The document the runner executes page by page. */
  pageDocument: DocumentNode;
  /** Response key of the root connection in the result. */
  rootKey: string;
  /** Where the nodes sit in the connection: `edges[].node` or `nodes[]`. */
  nodesAt: 'edges' | 'nodes';
  /** The root connection's node type. */
  nodeType: GraphQLObjectType;
}

const QUERY_FIELD = ['input', 'query'];

function refuse(message: string): { userErrors: UserErrorShape[] } {
  return { userErrors: [userError('INVALID', message, QUERY_FIELD)] };
}

/** The type below non-null wrappers. */
function nullableOf(type: GraphQLType): GraphQLType {
  return isNonNullType(type) ? type.ofType : type;
}

/** A Relay connection: an object type with `edges { node }` and `pageInfo`. */
function connectionNodeType(type: GraphQLType): GraphQLObjectType | null {
  const named = getNamedType(type);
  if (!isObjectType(named)) return null;
  const fields = named.getFields();
  const edges = fields.edges;
  if (!edges || !fields.pageInfo) return null;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return null;
  const node = edge.getFields().node;
  const nodeType = node ? getNamedType(node.type) : null;
  return nodeType && isObjectType(nodeType) ? nodeType : null;
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  schema: GraphQLSchema;
}

/**
 * The deepest field depth and list nesting of a selection, from `depth` and `lists` at its
 * parent. Fragments are followed (graphql's validation has already refused cycles).
 */
function measure(
  walk: Walk,
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLType,
  depth: number,
  lists: number,
): { depth: number; lists: number } {
  let deepest = { depth, lists };
  if (!selectionSet) return deepest;
  const keep = (m: { depth: number; lists: number }) => {
    deepest = { depth: Math.max(deepest.depth, m.depth), lists: Math.max(deepest.lists, m.lists) };
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      keep(measure(walk, selection.selectionSet, on ?? parent, depth, lists));
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const on = fragment ? walk.schema.getType(fragment.typeCondition.name.value) : null;
      if (fragment && on) keep(measure(walk, fragment.selectionSet, on, depth, lists));
      continue;
    }
    const named = getNamedType(parent);
    if (!isObjectType(named) && !isInterfaceType(named)) continue;
    const field: GraphQLField<unknown, unknown> | undefined = named.getFields()[selection.name.value];
    if (!field) continue;
    // A list or a connection multiplies the rows under it; a connection's own `edges` list is the
    // same level as the connection.
    const isConnection = connectionNodeType(field.type) !== null;
    const isList = isListType(nullableOf(field.type));
    const parentIsConnection = connectionNodeType(parent) !== null;
    const addsLevel = isConnection || (isList && !(parentIsConnection && ['edges', 'nodes'].includes(field.name)));
    keep(measure(walk, selection.selectionSet, field.type, depth + 1, lists + (addsLevel ? 1 : 0)));
  }
  return deepest;
}

function argumentValue(field: FieldNode, name: string): ValueNode | undefined {
  return field.arguments?.find((a) => a.name.value === name)?.value;
}

/**
 * Checks a submitted document against the schema and the rules of bulk operations; returns the
 * plan the runner executes, or user errors naming `input.query`.
 */
export function planBulkQuery(schema: GraphQLSchema, text: string): BulkQueryPlan | { userErrors: UserErrorShape[] } {
  if (text.trim() === '') return { userErrors: [userError('REQUIRED', 'query must not be empty', QUERY_FIELD)] };
  if (text.length > BULK_MAX_QUERY_LENGTH) {
    return {
      userErrors: [
        userError(
          'TOO_LONG',
          `query must be at most ${BULK_MAX_QUERY_LENGTH} characters; got ${text.length}`,
          QUERY_FIELD,
        ),
      ],
    };
  }
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: 5000 });
  } catch (error) {
    return refuse(`query does not parse: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) {
    return refuse(`query must hold exactly one operation; it holds ${operations.length}`);
  }
  const operation = operations[0] as OperationDefinitionNode;
  if (operation.operation !== 'query') {
    return refuse(`a bulk operation runs a query; this document is a ${operation.operation}`);
  }
  if (operation.variableDefinitions?.length) {
    return refuse('a bulk query takes no variables: write the values into the document');
  }
  const errors = validate(schema, document);
  if (errors.length > 0) return refuse(`query is not valid against the schema: ${errors[0]?.message}`);

  const roots = operation.selectionSet.selections.filter(
    (s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'),
  );
  if (roots.some((s) => s.kind !== Kind.FIELD)) {
    return refuse('the root of a bulk query must be one connection field, not a fragment');
  }
  if (roots.length !== 1) {
    return refuse(`the root of a bulk query must be exactly one connection field; it has ${roots.length}`);
  }
  const root = roots[0] as FieldNode;
  const queryType = schema.getQueryType() as GraphQLObjectType;
  const rootField = queryType.getFields()[root.name.value] as GraphQLField<unknown, unknown>;
  const nodeType = connectionNodeType(rootField.type);
  const argNames = new Set(rootField.args.map((a) => a.name));
  if (!nodeType || !argNames.has('first') || !argNames.has('after')) {
    return refuse(`the root field \`${root.name.value}\` is not a connection; a bulk query starts with one`);
  }
  for (const name of ['first', 'after', 'last', 'before']) {
    if (argumentValue(root, name)) {
      return refuse(
        `the root connection pages itself: remove \`${name}\` from \`${root.name.value}\` (the whole list is exported)`,
      );
    }
  }
  const connectionFields = (root.selectionSet?.selections ?? []).filter(
    (s) => !(s.kind === Kind.FIELD && ['__typename', 'totalCount', 'pageInfo'].includes(s.name.value)),
  );
  const unexpected = connectionFields.find(
    (s) => s.kind !== Kind.FIELD || !['edges', 'nodes'].includes(s.name.value) || s.alias,
  );
  if (unexpected || connectionFields.length !== 1) {
    return refuse(
      `select the rows of \`${root.name.value}\` as \`edges { node { ... } }\` or as \`nodes { ... }\`, once, without aliases`,
    );
  }
  const rows = connectionFields[0] as FieldNode;
  const nodesAt = rows.name.value as 'edges' | 'nodes';
  if (nodesAt === 'edges') {
    const inner = (rows.selectionSet?.selections ?? []).filter(
      (s) => !(s.kind === Kind.FIELD && ['__typename', 'cursor'].includes(s.name.value)),
    );
    if (inner.length !== 1 || inner[0]?.kind !== Kind.FIELD || inner[0].name.value !== 'node' || inner[0].alias) {
      return refuse(`select \`edges { node { ... } }\` under \`${root.name.value}\`, without aliases`);
    }
  }

  const walk: Walk = {
    schema,
    fragments: new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    ),
  };
  const shape = measure(walk, operation.selectionSet, queryType, 0, 0);
  // The root connection itself counts as a list level: what is nested below its nodes is one less.
  const nested = shape.lists - 1;
  if (nested > BULK_MAX_LIST_NESTING) {
    return refuse(
      `lists and connections are nested ${nested} deep below the root nodes; at most ${BULK_MAX_LIST_NESTING} are allowed`,
    );
  }
  if (shape.depth > BULK_MAX_DEPTH) {
    return refuse(`the query is ${shape.depth} fields deep; at most ${BULK_MAX_DEPTH} are allowed`);
  }

  return {
    document,
    pageDocument: pageDocumentOf(document, operation, root),
    rootKey: root.alias?.value ?? root.name.value,
    nodesAt,
    nodeType,
  };
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const variable = (value: string) => ({ kind: Kind.VARIABLE, name: name(value) }) as const;
const namedType = (value: string) => ({ kind: Kind.NAMED_TYPE, name: name(value) }) as const;
const field = (value: string, selections?: FieldNode[], alias?: string): FieldNode => ({
  kind: Kind.FIELD,
  name: name(value),
  alias: alias ? name(alias) : undefined,
  selectionSet: selections ? { kind: Kind.SELECTION_SET, selections } : undefined,
});

/** The document with `first`/`after` of the root as variables and its page info selected. */
function pageDocumentOf(document: DocumentNode, operation: OperationDefinitionNode, root: FieldNode): DocumentNode {
  const pagedRoot: FieldNode = {
    ...root,
    arguments: [
      ...(root.arguments ?? []),
      { kind: Kind.ARGUMENT, name: name('first'), value: variable(FIRST_VARIABLE) },
      { kind: Kind.ARGUMENT, name: name('after'), value: variable(AFTER_VARIABLE) },
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...(root.selectionSet?.selections ?? []),
        field('pageInfo', [field('hasNextPage'), field('endCursor')], PAGE_INFO_ALIAS),
      ],
    },
  };
  const pagedOperation: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: variable(FIRST_VARIABLE),
        type: { kind: Kind.NON_NULL_TYPE, type: namedType('Int') },
      },
      { kind: Kind.VARIABLE_DEFINITION, variable: variable(AFTER_VARIABLE), type: namedType('String') },
    ],
    selectionSet: {
      ...operation.selectionSet,
      selections: operation.selectionSet.selections.map((s) => (s === root ? pagedRoot : s)),
    },
  };
  return {
    ...document,
    definitions: document.definitions.map((d) => (d === operation ? pagedOperation : d)),
  };
}
