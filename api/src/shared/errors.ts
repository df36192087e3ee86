// Two kinds of failure, as docs/design.md §9 fixes them:
// - business-rule violations and bad input are *user errors*: returned in a mutation payload
//   (`userErrors`) or, for queries, raised as a GraphQL error with `extensions.code` and `field`;
// - anything unexpected is masked by the server and reported with a request id.
// Services throw `UserInputError`, which knows nothing of GraphQL: the schema layer maps it, in one
// place each (shared/user-errors-schema.ts `mutate` for payloads, server.ts for queries).
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
 * One or more user errors raised from a service; nothing was changed. Mutations return them as
 * `userErrors`, queries as a coded GraphQL error (the first error's code and field, every message).
 */
export class UserInputError extends Error {
  readonly errors: UserErrorShape[];

  constructor(code: UserErrorCode, message: string, field?: (string | number)[]) {
    super(message);
    this.name = 'UserInputError';
    this.errors = [userError(code, message, field)];
  }

  /** Several problems at once (validation reports every problem, not only the first). */
  static of(errors: UserErrorShape[]): UserInputError {
    const [first, ...rest] = errors;
    if (!first) throw new Error('UserInputError.of needs at least one error');
    const error = new UserInputError(first.code, errors.map((e) => e.message).join('; '));
    error.errors.splice(0, 1, first, ...rest);
    return error;
  }

  /** The first error: the one a query's GraphQL error names. */
  get userError(): UserErrorShape {
    return this.errors[0] as UserErrorShape;
  }
}

/** Throws the collected errors, if there are any. */
export function throwIfAny(errors: UserErrorShape[]): void {
  if (errors.length) throw UserInputError.of(errors);
}
