// Query cost, as Shopify's Admin API computes it: a scalar or enum field costs 0, an object 1, a
// connection 2 plus its page size times the cost of one item, a mutation field 10. Plain lists
// (not paginated) are assumed to hold `listSize` items (default 10), a list fetched by `ids` one
// item per id. The requested cost is known
// before execution, from the document and variables; the actual cost is counted on the result
// (items that came back, not items asked for) and the difference is refunded to the caller's
// budget.
//
// The analytics root fields weigh what they cost the database: QUERY_FIELD_COSTS below, measured
// by `pnpm bench:cost` on the large dataset at DB_MS_PER_POINT (docs/security.md, "Cost of the
// analytics"). Another field can set its own weight in its Pothos options: `extensions: { cost: 50 }`
// (the cost of one returned item, instead of 1), `extensions: { listSize: 3 }` for a plain list
// that is known to be short.
//
// Nested rows of one statement: under a connection marked `extensions: { oneStatement: true }`
// (its page is read with everything nested under it in one SQL statement, db/nested-read.ts), an
// object or list that the Pothos Prisma plugin selects into that statement (`t.relation`) is not a
// separate request: each of its items costs SAME_STATEMENT_OBJECT, a measured fraction of a page
// row, instead of 1 (docs/security.md, "Nested lists in one statement"). Lists keep their assumed
// sizes; connections nested under the page, and fields with their own weight, keep their costs.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';

export interface CostWeights {
  object: number;
  connection: number;
  mutation: number;
  /** Items assumed for a connection without `first`/`last`. */
  defaultPageSize: number;
  /** Items assumed for a plain list field without `extensions.listSize`. */
  defaultListSize: number;
}

/**
 * Cost of one object that the one-statement reader fetches with its page: 0.4 of a page row. In
 * `pnpm bench:nested-cost` (three runs on the large dataset, docs/security.md) each nested object
 * of a 100-deal page added 0.23 to 0.39 of what a page row takes in wall time, and 0.04 of its
 * database time; the larger wall-time share, rounded up.
 */
export const SAME_STATEMENT_OBJECT = 0.4;

export const DEFAULT_COST_WEIGHTS: CostWeights = {
  object: 1,
  connection: 2,
  mutation: 10,
  defaultPageSize: 20,
  defaultListSize: 10,
};

/**
 * Database connection time one point stands for in QUERY_FIELD_COSTS, as measured on 2026-12-07
 * on a machine loaded about twice as much as a quiet one (docs/security.md). The default budget
 * refills 50 points a second: a caller's analytics alone keep one or two connections busy.
 */
export const DB_MS_PER_POINT = 30;

/**
 * Own weight of each analytics root field: its connection time on the large dataset (2,000 reps,
 * 500,000 deals), the larger of the cold call and the warm median, in DB_MS_PER_POINT, rounded up
 * (`pnpm bench:cost`; the measured times are in docs/security.md). Its selection adds the usual
 * counts on top. The comp fields keep their own `extensions.cost`: the large dataset has no comp
 * plans for bench:cost to run them on.
 */
export const QUERY_FIELD_COSTS: Readonly<Record<string, number>> = {
  performance: 100,
  performanceTrend: 119,
  performanceComparison: 56,
  attainmentDistribution: 45,
  newHireRamp: 61,
  whitespace: 306,
  whitespaceSummary: 153,
  whitespaceOpportunities: 240,
  forecast: 56,
  forecastChanges: 556,
  forecastAccuracy: 373,
  compareSalesPlans: 592,
  previewTerritoryRules: 119,
  previewQuotaAllocation: 66,
};

/**
 * Analytics cost from which a request is heavy, about 1 s of database time: it then takes one of
 * its organization's heavy slots (db/gate.ts, docs/security.md "Database share"). Every field of
 * QUERY_FIELD_COSTS weighs more; pages and mutations have no analytics cost.
 */
export const HEAVY_QUERY_COST = Math.ceil(1000 / DB_MS_PER_POINT);

/** Requested cost of an operation, and the part of it its weighted fields account for. */
export interface RequestedCost {
  total: number;
  /**
   * Of `total`, the weights of the fields that stand for database time: QUERY_FIELD_COSTS and
   * fields with their own `extensions.cost`, times the items they are asked for.
   */
  analytics: number;
}

const NO_COST: RequestedCost = { total: 0, analytics: 0 };

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  weights?: CostWeights;
}

function operationOf(document: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? ops.find((o) => o.name?.value === name) : ops.length === 1 ? ops[0] : undefined;
}

function fieldExtension(field: GraphQLField<unknown, unknown>, key: 'cost' | 'listSize'): number | undefined {
  const value = (field.extensions as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function isConnectionType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
}

/** Connection, edge and page-info objects are wrappers: they cost nothing themselves. */
function isWrapperType(type: GraphQLNamedType): boolean {
  return isConnectionType(type) || (isObjectType(type) && (type.name.endsWith('Edge') || type.name === 'PageInfo'));
}

/**
 * A relation that the Pothos Prisma plugin selects into its parent's query (`t.relation`), and so
 * into the one statement of a one-statement page; nested connections paginate on their own.
 */
function sameStatement(field: GraphQLField<unknown, unknown>, named: GraphQLNamedType): boolean {
  return field.extensions?.pothosPrismaRelationField != null && !isConnectionType(named);
}

/** A field of a selection on one object type, resolved against the schema once per document. */
interface PlannedField {
  node: FieldNode;
  key: string;
  field: GraphQLField<unknown, unknown>;
  named: GraphQLNamedType;
  composite: boolean;
  /** Own cost of one item, and whether the selection below is in the same statement, by `inStatement`. */
  base: [number, number];
  below: [boolean, boolean];
}

interface PlannedFields {
  /** Every field node, as the requested cost counts them. */
  all: PlannedField[];
  /** The first field node of each response key: what the actual cost counts in a result. */
  byKey: PlannedField[];
}

/**
 * The cost walk of one document against one schema and set of weights. What does not depend on
 * the variables or the result (the fields a selection set applies to each type, resolved against
 * the schema) is worked out on the first request and kept with the document: yoga's parser cache
 * hands every request of the same text the same DocumentNode, so a repeated operation is walked
 * once and its requested cost is looked up by the values of the variables it depends on.
 */
class CostWalker {
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  private readonly planned = new WeakMap<SelectionSetNode, Map<GraphQLObjectType, PlannedFields>>();
  /** Requested costs by operation name and the values of the variables they read. */
  private readonly requestedCache = new Map<string, RequestedCost>();
  /** Variables the requested cost reads (`first`, `last`, `ids`): the rest cannot change it. */
  private readonly costVariables: string[];
  private variables: Record<string, unknown> | null | undefined;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly weights: CostWeights,
  ) {
    this.fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    const names = new Set<string>();
    visit(document, {
      Argument(node) {
        if (COST_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
      },
    });
    this.costVariables = [...names].sort();
  }

  /** Requested cost of an operation with these variables, walked once per distinct value of them. */
  requestedFor(
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
    walk: () => RequestedCost,
  ): RequestedCost {
    const key = JSON.stringify([operationName ?? null, ...this.costVariables.map((name) => variables?.[name] ?? null)]);
    const cached = this.requestedCache.get(key);
    if (cached) return cached;
    this.variables = variables;
    const cost = walk();
    this.variables = undefined;
    // Bounded: a client paging with ever new `first` values cannot grow it past a few entries.
    if (this.requestedCache.size >= REQUESTED_CACHE_ENTRIES) this.requestedCache.clear();
    this.requestedCache.set(key, cost);
    return cost;
  }

  private argument(node: FieldNode, name: string): number | undefined {
    const arg = node.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    const value: ValueNode = arg.value;
    const raw =
      value.kind === Kind.VARIABLE
        ? this.variables?.[value.name.value]
        : value.kind === Kind.INT
          ? Number(value.value)
          : undefined;
    return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  }

  /** Length of a list argument (`nodes(ids: [...])` returns one item per id). */
  private listArgumentLength(node: FieldNode, name: string): number | undefined {
    const arg = node.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    if (arg.value.kind === Kind.LIST) return arg.value.values.length;
    const raw = arg.value.kind === Kind.VARIABLE ? this.variables?.[arg.value.name.value] : undefined;
    return Array.isArray(raw) ? raw.length : undefined;
  }

  private pageSize(node: FieldNode): number {
    return this.argument(node, 'first') ?? this.argument(node, 'last') ?? this.weights.defaultPageSize;
  }

  /** A field's own weight (`extensions.cost`, else QUERY_FIELD_COSTS), if it has one. */
  private weight(field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType | null): number | undefined {
    return (
      fieldExtension(field, 'cost') ??
      (parent === this.schema.getQueryType() ? QUERY_FIELD_COSTS[field.name] : undefined)
    );
  }

  /** Own cost of one returned item of a field, before its children. */
  private baseCost(
    field: GraphQLField<unknown, unknown>,
    parent: GraphQLObjectType | null,
    named: GraphQLNamedType,
    inStatement = false,
  ) {
    const weight = this.weight(field, parent);
    if (weight !== undefined) return weight;
    if (isLeafType(named)) return 0;
    if (inStatement && sameStatement(field, named)) return SAME_STATEMENT_OBJECT;
    if (parent && parent === this.schema.getMutationType()) return this.weights.mutation;
    if (isConnectionType(named)) return this.weights.connection;
    return isWrapperType(named) ? 0 : this.weights.object;
  }

  /**
   * Whether the selection under a field is read by the same statement: below a one-statement
   * connection (its edges, nodes and page rows), and below a relation of that statement.
   */
  private statementBelow(
    field: GraphQLField<unknown, unknown>,
    parent: GraphQLObjectType,
    named: GraphQLNamedType,
    inStatement: boolean,
  ) {
    if (field.extensions?.oneStatement === true) return true;
    if (!inStatement) return false;
    // The page's edges and nodes (wrappers and what they wrap), and the relations of its rows.
    return isWrapperType(named) || isWrapperType(parent) || sameStatement(field, named);
  }

  /** The fields of the schema a selection set asks of an object type (following fragments), once per document. */
  private fieldsOf(set: SelectionSetNode, type: GraphQLObjectType): PlannedFields {
    let byType = this.planned.get(set);
    if (!byType) {
      byType = new Map();
      this.planned.set(set, byType);
    }
    let fields = byType.get(type);
    if (!fields) {
      const schemaFields = type.getFields();
      fields = { all: [], byKey: [] };
      const keys = new Set<string>();
      for (const node of this.fieldsFor(set, type)) {
        if (node.name.value.startsWith('__')) continue;
        const field = schemaFields[node.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        const planned: PlannedField = {
          node,
          key: node.alias?.value ?? node.name.value,
          field,
          named,
          composite: isCompositeType(named),
          base: [this.baseCost(field, type, named, false), this.baseCost(field, type, named, true)],
          below: [this.statementBelow(field, type, named, false), this.statementBelow(field, type, named, true)],
        };
        fields.all.push(planned);
        if (!keys.has(planned.key)) fields.byKey.push(planned);
        keys.add(planned.key);
      }
      byType.set(type, fields);
    }
    return fields;
  }

  /** Fields a selection set applies to an object type, following fragments. */
  private *fieldsFor(set: SelectionSetNode, type: GraphQLObjectType): Generator<FieldNode> {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        yield selection;
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition?.name.value;
        if (condition && !this.applies(condition, type)) continue;
        yield* this.fieldsFor(fragment.selectionSet, type);
      }
    }
  }

  private applies(condition: string, type: GraphQLObjectType): boolean {
    if (condition === type.name) return true;
    const abstract = this.schema.getType(condition);
    return !!abstract && isAbstractType(abstract) && this.schema.isSubType(abstract, type);
  }

  private objectTypes(type: GraphQLCompositeType): readonly GraphQLObjectType[] {
    return isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
  }

  /** Requested cost of a selection on a type: the most expensive possible runtime type. */
  requested(
    set: SelectionSetNode | undefined,
    type: GraphQLCompositeType,
    pageSize?: number,
    inStatement = false,
  ): RequestedCost {
    if (!set) return NO_COST;
    let max = NO_COST;
    for (const object of this.objectTypes(type)) {
      const sum = { total: 0, analytics: 0 };
      for (const planned of this.fieldsOf(set, object).all) {
        const field = this.requestedField(planned, object, pageSize, inStatement);
        sum.total += field.total;
        sum.analytics += field.analytics;
      }
      if (sum.total > max.total || (sum.total === max.total && sum.analytics > max.analytics)) max = sum;
    }
    return max;
  }

  private requestedField(
    { node, field, named }: PlannedField,
    parent: GraphQLObjectType,
    pageSize?: number,
    inStatement = false,
  ): RequestedCost {
    const base = this.baseCost(field, parent, named, inStatement);
    const weight = this.weight(field, parent) ?? 0;
    if (!isCompositeType(named)) return { total: base, analytics: weight };
    const children = this.requested(
      node.selectionSet,
      named,
      isConnectionType(named) ? this.pageSize(node) : undefined,
      this.statementBelow(field, parent, named, inStatement),
    );
    const one = { total: base + children.total, analytics: weight + children.analytics };
    if (!isListType(getNullableType(field.type))) return one;
    // Lists inside a connection (edges, nodes) hold a page; other lists their assumed size.
    const items =
      isConnectionType(parent) && pageSize !== undefined
        ? pageSize
        : (this.listArgumentLength(node, 'ids') ?? fieldExtension(field, 'listSize') ?? this.weights.defaultListSize);
    return { total: items * one.total, analytics: items * one.analytics };
  }

  /** Actual cost of what a selection returned. */
  actual(set: SelectionSetNode | undefined, type: GraphQLCompositeType, value: unknown, inStatement = false): number {
    if (!set || value == null || typeof value !== 'object') return 0;
    const data = value as Record<string, unknown>;
    // The runtime type: named by __typename when asked for, else every possible type, each
    // response key counted once.
    const typename = typeof data.__typename === 'string' ? this.schema.getType(data.__typename) : null;
    const objects = typename && isObjectType(typename) ? [typename] : this.objectTypes(type);
    if (objects.length === 1) {
      // One runtime type (every object of a page): no Set of the keys counted is needed.
      let sum = 0;
      const object = objects[0] as GraphQLObjectType;
      for (const planned of this.fieldsOf(set, object).byKey) {
        if (planned.key in data) sum += this.actualField(planned, data[planned.key], inStatement);
      }
      return sum;
    }
    const counted = new Set<string>();
    let sum = 0;
    for (const object of objects) {
      for (const planned of this.fieldsOf(set, object).byKey) {
        if (counted.has(planned.key) || !(planned.key in data)) continue;
        counted.add(planned.key);
        sum += this.actualField(planned, data[planned.key], inStatement);
      }
    }
    return sum;
  }

  private actualField(planned: PlannedField, value: unknown, inStatement: boolean): number {
    if (value == null) return 0;
    const at = inStatement ? 1 : 0;
    const base = planned.base[at];
    if (!planned.composite) return base;
    const named = planned.named as GraphQLCompositeType;
    const below = planned.below[at];
    const set = planned.node.selectionSet;
    if (!Array.isArray(value)) return base + this.actual(set, named, value, below);
    let sum = 0;
    for (const v of value) if (v != null) sum += base + this.actual(set, named, v, below);
    return sum;
  }
}

/** Arguments whose values the requested cost reads. */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids']);
/** Distinct variable values whose requested cost a document keeps. */
const REQUESTED_CACHE_ENTRIES = 64;

/** Walkers by document, one per schema and weights in use (in practice one). */
const walkers = new WeakMap<DocumentNode, CostWalker[]>();
const walkerKeys = new WeakMap<CostWalker, { schema: GraphQLSchema; weights: CostWeights }>();

function walkerFor(input: CostInput): CostWalker {
  const weights = input.weights ?? DEFAULT_COST_WEIGHTS;
  let list = walkers.get(input.document);
  if (!list) {
    list = [];
    walkers.set(input.document, list);
  }
  for (const walker of list) {
    const key = walkerKeys.get(walker);
    if (key?.schema === input.schema && key.weights === weights) return walker;
  }
  const walker = new CostWalker(input.schema, input.document, weights);
  walkerKeys.set(walker, { schema: input.schema, weights });
  list.push(walker);
  return walker;
}

/**
 * Whole points, rounded up; sums of SAME_STATEMENT_OBJECT carry binary float noise (5 × 5.4 is
 * 27.000000000000004), which must not add a point; never below 0 (ceil of -1e-9 is -0).
 */
function roundUp(cost: number): number {
  return Math.max(0, Math.ceil(cost - 1e-9));
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  if (operation.operation === 'mutation') return schema.getMutationType();
  if (operation.operation === 'subscription') return schema.getSubscriptionType();
  return schema.getQueryType();
}

/** Cost of the operation before execution, and its analytics part (0 when the operation cannot be found). */
export function requestedCosts(input: CostInput): RequestedCost {
  const operation = operationOf(input.document, input.operationName);
  const root = operation && rootType(input.schema, operation);
  if (!operation || !root) return NO_COST;
  const walker = walkerFor(input);
  return walker.requestedFor(input.operationName, input.variables, () => {
    const cost = walker.requested(operation.selectionSet, root);
    return { total: roundUp(cost.total), analytics: roundUp(cost.analytics) };
  });
}

/** Cost of the operation before execution (0 when the operation cannot be found). */
export function requestedCost(input: CostInput): number {
  return requestedCosts(input).total;
}

/** A request that takes one of its organization's heavy slots (db/gate.ts). */
export function isHeavy(cost: RequestedCost): boolean {
  return cost.analytics >= HEAVY_QUERY_COST;
}

/** Cost of what the operation returned. */
export function actualCost(input: CostInput, data: unknown): number {
  const operation = operationOf(input.document, input.operationName);
  const root = operation && rootType(input.schema, operation);
  if (!operation || !root) return 0;
  return roundUp(walkerFor(input).actual(operation.selectionSet, root, data));
}
