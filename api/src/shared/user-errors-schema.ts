// The GraphQL side of user errors (docs/design.md §9, the Shopify shape): every mutation payload has
// `userErrors: [UserError!]!`, each with a closed `code`, a message and the path of the input
// field at fault. Mutation modules import these refs, the `userErrors` field and `mutate` instead
// of declaring their own.
import { builder } from './builder.js';
import { USER_ERROR_CODES, type UserErrorCode, type UserErrorShape, UserInputError } from './errors.js';

const CODE_DESCRIPTIONS: Record<UserErrorCode, string> = {
  INVALID: 'The value is malformed or breaks a business rule.',
  NOT_FOUND: 'A referenced object does not exist (or is not visible to the caller).',
  REQUIRED: 'A required value is missing or empty.',
  OUT_OF_RANGE: 'A number, date or list length is outside the allowed range.',
  TOO_LONG: 'A text is longer than allowed.',
  DUPLICATE: 'The value must be unique but is already used (in this input or in stored data).',
  STALE_VERSION: 'The object changed since the caller read it; reload and retry with the new version.',
  CONFLICT: 'The change conflicts with the current state of other objects.',
  FORBIDDEN: 'The caller may not make this change.',
  IMMUTABLE: 'The object can no longer be changed (e.g. published or paid).',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used with different input.',
};

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused (part of) its input. The list is closed: clients can switch on it.',
  values: Object.fromEntries(
    USER_ERROR_CODES.map((code) => [code, { value: code, description: CODE_DESCRIPTIONS[code] }]),
  ) as { [K in UserErrorCode]: { value: K; description: string } },
});

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'A problem with the input of a mutation: a rule it breaks, and the field at fault.',
  fields: (t) => ({
    code: t.expose('code', { type: UserErrorCodeEnum, description: 'Machine-readable reason.' }),
    message: t.exposeString('message', { description: 'Human-readable explanation, in English.' }),
    field: t.exposeStringList('field', {
      nullable: true,
      description:
        'Path to the input field at fault, from the mutation argument down, e.g. ["input", "rows", "3", "amount"]; null when the error concerns no single field.',
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Fields<S> = PothosSchemaTypes.ObjectFieldBuilder<Types, S>;

/** What every mutation payload carries. */
export interface MutationPayload {
  userErrors: UserErrorShape[];
}

/** The payload's `userErrors` field, the same on every mutation. */
export function userErrorsField<S extends MutationPayload>(t: Fields<S>) {
  return t.field({
    type: [UserErrorRef],
    description: 'Why the input was refused; nothing was changed when there are any.',
    resolve: (p) => p.userErrors,
  });
}

/**
 * Runs a service for a mutation: its user errors become the payload's `userErrors` (the one
 * mapping of `UserInputError` for mutations); anything else is a bug and is masked by the server.
 */
export async function mutate<R extends object>(run: () => Promise<R>): Promise<Partial<R> & MutationPayload> {
  try {
    // A service may also return the errors it collected (per-row ingestion, forecast calls).
    return { userErrors: [], ...(await run()) };
  } catch (error) {
    if (error instanceof UserInputError) return { userErrors: error.errors } as Partial<R> & MutationPayload;
    throw error;
  }
}

/** The `idempotencyKey` argument's description, on every mutation that creates. */
export const idempotencyKeyDescription =
  'Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused.';

/** The `expectedVersion` argument's description, on every versioned change. */
export const expectedVersionDescription =
  'The `version` the change was prepared against; a different current version refuses it with STALE_VERSION.';
