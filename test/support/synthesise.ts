// Operations synthesised from the schema, for suites that must cover every root field without
// being edited when one is added (scope coverage, audit coverage).
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/** The Prisma model behind a Pothos object type, if any. */
export const modelOf = (type: GraphQLNamedType) =>
  (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;

/**
 * A value of an input type: one-element lists, the first enum value, the required fields of input
 * objects, and `scalar(scalarName, fieldName)` for scalars (undefined: no value known, an error).
 */
export function synthesise(
  type: GraphQLInputType,
  name: string,
  scalar: (scalarName: string, fieldName: string) => unknown,
): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [synthesise(t.ofType, name, scalar)];
  if (isEnumType(t)) return t.getValues()[0]?.name;
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = synthesise(f.type, f.name, scalar);
    }
    return out;
  }
  const scalarName = (t as GraphQLNamedType).name;
  const value = scalar(scalarName, name);
  if (value === undefined) throw new Error(`no synthetic value for scalar ${scalarName}`);
  return value;
}

/** The smallest operation calling one root field, its required arguments as variables. */
export function minimalOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  selection: string,
  argument: (arg: GraphQLArgument) => unknown,
) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, argument(a)])),
  };
}
