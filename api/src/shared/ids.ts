// Global IDs are Relay's opaque base64 of `Type:id`. Arguments that name an object by ID are
// decoded here, so a wrong type or a malformed ID becomes a user error naming the field.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { UserInputError } from './errors.js';

export function parseId(globalId: string, typename: string, field: (string | number)[]): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new UserInputError('INVALID', `${field.join('.')} is not a valid ID`, field);
  }
  const id = Number(decoded.id);
  if (decoded.typename !== typename || !Number.isSafeInteger(id) || id <= 0) {
    throw new UserInputError('INVALID', `${field.join('.')} must be the ID of a ${typename}`, field);
  }
  return id;
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
