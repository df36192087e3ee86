// Global IDs are Relay's opaque base64 of `Type:id`. Arguments that name an object by ID are
// decoded here, so a wrong type or a malformed ID becomes a user error naming the field, and
// node(id:)/nodes(ids:) answer null for an ID that cannot name a row.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLSchema, isInterfaceType } from 'graphql';
import { UserInputError } from './errors.js';

/** Every table's id is a PostgreSQL `integer` (schema.prisma `Int @id`): no row has a larger id. */
export const MAX_ROW_ID = 2_147_483_647;

/** The decimal text our own IDs carry: no sign, exponent, leading zero or spaces. */
const ROW_ID_TEXT = /^[1-9]\d{0,9}$/;

/**
 * The type name and row id of a global ID, or null when it cannot name a row: not base64 of
 * `Type:id`, or an id that is not a canonical positive integer within the column's range (`NaN`,
 * `-1`, `1e3`, `2147483648`, a number past 2^63 all reach the database as nothing or as an error
 * otherwise).
 */
export function decodeRowId(globalId: string): { typename: string; id: number } | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  if (!ROW_ID_TEXT.test(decoded.id)) return null;
  const id = Number(decoded.id);
  return id <= MAX_ROW_ID ? { typename: decoded.typename, id } : null;
}

export function parseId(globalId: string, typename: string, field: (string | number)[]): number {
  const decoded = decodeRowId(globalId);
  if (!decoded || decoded.typename !== typename) {
    throw new UserInputError('INVALID', `${field.join('.')} must be the ID of a ${typename}`, field);
  }
  return decoded.id;
}

export function parseOptionalId(
  globalId: string | null | undefined,
  typename: string,
  field: (string | number)[],
): number | undefined {
  return globalId == null ? undefined : parseId(globalId, typename, field);
}

/** The global ID of a row, as the `id` field of its node returns it. */
export function toGlobalId(typename: string, id: number): string {
  return encodeGlobalID(typename, id);
}

/**
 * What node(id:)/nodes(ids:) decode an ID to (the relay plugin's `decodeGlobalID` hook). An ID
 * that cannot name a row decodes to an empty type name, which no type has, so the field answers
 * null for it as for any unknown ID instead of failing.
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const decoded = decodeRowId(globalId);
  return decoded ? { typename: decoded.typename, id: String(decoded.id) } : { typename: '', id: '' };
}

const nodeTypesOf = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/**
 * Keeps the IDs of the schema's Node types and nulls the others: internal models (AuditEvent,
 * IdempotencyRecord), object types that are not nodes, misspelt names and prototype keys
 * (`__proto__`, `constructor`) never reach the type lookup, which would throw on them.
 */
export function onlyNodeIds<T extends { typename: string }>(
  schema: GraphQLSchema,
  ids: readonly (T | null | undefined)[],
): (T | null)[] {
  let names = nodeTypesOf.get(schema);
  if (!names) {
    const node = schema.getType('Node');
    names = new Set(isInterfaceType(node) ? schema.getImplementations(node).objects.map((t) => t.name) : []);
    nodeTypesOf.set(schema, names);
  }
  const known = names;
  return ids.map((id) => (id && known.has(id.typename) ? id : null));
}
