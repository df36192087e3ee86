// The one mapping of a service's `UserInputError` to a GraphQL error, for whatever executes the
// schema (yoga, `graphql()` in a test, a bulk export's job): a Pothos plugin around every resolver.
// Mutations never reach it with a user error: `mutate` (user-errors-schema.ts) turns those into
// `userErrors` first. Services stay free of GraphQL (shared/errors.ts).
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { UserInputError } from './errors.js';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      userInputErrors: UserInputErrorPlugin<Types>;
    }
  }
}

/** As the client sees a user error outside a payload: the first error's code and field, every message. */
export function userInputGraphQLError(error: UserInputError, path?: readonly (string | number)[]): GraphQLError {
  const { code, field } = error.userError;
  return new GraphQLError(error.message, { path, extensions: { code, field } });
}

function rethrow(error: unknown): never {
  throw error instanceof UserInputError ? userInputGraphQLError(error) : error;
}

export class UserInputErrorPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    _fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    // Synchronous results (most fields) pass without an extra promise.
    return (parent, args, context, info) => {
      try {
        const result = resolver(parent, args, context, info);
        return result instanceof Promise ? result.catch(rethrow) : result;
      } catch (error) {
        return rethrow(error);
      }
    };
  }
}

const pluginName = 'userInputErrors' as const;
SchemaBuilder.registerPlugin(pluginName, UserInputErrorPlugin);
export default pluginName;
