// Two kinds of failure, as docs/design.md §9 fixes them:
// - business-rule violations and bad input are *user errors*: returned in a mutation payload
//   (`userErrors`) or, for queries, raised as a GraphQL error with `extensions.code` and `field`;
// - anything unexpected is masked by the server and reported with a request id.
import { GraphQLError } from 'graphql';

/** Closed set of codes clients can switch on (the SDK maps each to an error class). */
export const USER_ERROR_CODES = [
  'INVALID',
  'NOT_FOUND',
  'REQUIRED',
  'OUT_OF_RANGE',
  'TOO_LONG',
  'DUPLICATE',
  'STALE_VERSION',
  'CONFLICT',
  'FORBIDDEN',
  'IMMUTABLE',
  'IDEMPOTENCY_KEY_REUSED',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface UserErrorShape {
  code: UserErrorCode;
  message: string;
  /** Path to the input field at fault, e.g. ['input', 'rows', '3', 'amount']. */
  field: string[] | null;
}

export function userError(code: UserErrorCode, message: string, field?: (string | number)[]): UserErrorShape {
  return { code, message, field: field ? field.map(String) : null };
}

/**
 * A user error raised from a service; query resolvers let it reach the client as a GraphQL error
 * (not masked), mutation resolvers turn it into `userErrors`.
 */
export class UserInputError extends GraphQLError {
  readonly userError: UserErrorShape;

  constructor(code: UserErrorCode, message: string, field?: (string | number)[]) {
    const shape = userError(code, message, field);
    super(message, { extensions: { code, field: shape.field } });
    this.userError = shape;
  }
}
