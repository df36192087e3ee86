// Mutation and query plumbing of the compensation schema: scopes, the payload's `userErrors`, and
// the conversion of service failures into user errors (mutations) or coded GraphQL errors (queries).
import type { builder } from '../../shared/builder.js';
import { type UserErrorShape, UserInputError } from '../../shared/errors.js';
import { UserErrorRef } from '../../shared/user-errors-schema.js';
import { UserErrorList, userErrorsOf } from '../service.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type Fields<S> = PothosSchemaTypes.ObjectFieldBuilder<Types, S>;

/** Comp administration: plans, assignments, runs, adjustments, dispute resolution. */
export const WRITE_COMP = 'write:comp';
/** Comp reads, within pay visibility. */
export const READ_COMP = 'read:comp';
/** Raising a dispute on a visible payout line. */
export const WRITE_DISPUTES = 'write:disputes';

export const idempotencyKeyDescription =
  'Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused.';
export const expectedVersionDescription =
  'The `version` the change was prepared against; a different current version refuses it with STALE_VERSION.';

export interface Payload {
  userErrors: UserErrorShape[];
}

export function userErrorsField<S extends Payload>(t: Fields<S>) {
  return t.field({
    type: [UserErrorRef],
    description: 'Why the input was refused; nothing was changed when there are any.',
    resolve: (p) => p.userErrors,
  });
}

/** Runs a service for a mutation: user errors go to the payload, anything else is a bug and is masked. */
export async function mutate<R extends object>(run: () => Promise<R>): Promise<Partial<R> & Payload> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    const errors = userErrorsOf(error);
    if (errors) return { userErrors: errors } as Partial<R> & Payload;
    throw error;
  }
}

/** Runs a service for a query: user errors reach the client as one coded error naming every problem. */
export async function query<R>(run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserErrorList && error.errors[0]) {
      const first = error.errors[0];
      throw new UserInputError(first.code, error.message, first.field ?? undefined);
    }
    throw error;
  }
}
