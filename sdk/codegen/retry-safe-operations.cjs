// Codegen plugin: lists the operations the SDK may retry safely. Queries always; a mutation only
// when its `input` argument accepts an `idempotencyKey` (the client fills one in when absent), so
// a retried create never runs twice. Read from the schema, so it cannot drift from the API.
const { getNamedType, isInputObjectType, Kind } = require('graphql');

module.exports = {
  plugin(schema, documents) {
    const queries = [];
    const idempotentMutations = [];
    for (const { document } of documents) {
      for (const def of document?.definitions ?? []) {
        if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
        if (def.operation === 'query') {
          queries.push(def.name.value);
          continue;
        }
        const input = def.variableDefinitions?.find((v) => v.variable.name.value === 'input');
        if (!input) continue;
        let typeNode = input.type;
        while (typeNode.kind !== Kind.NAMED_TYPE) typeNode = typeNode.type;
        const type = getNamedType(schema.getType(typeNode.name.value));
        if (isInputObjectType(type) && type.getFields().idempotencyKey) idempotentMutations.push(def.name.value);
      }
    }
    return [
      '/** Operations that are safe to retry: queries, and mutations whose input takes an idempotency key. */',
      `export const RETRY_SAFE_OPERATIONS: ReadonlySet<string> = new Set(${JSON.stringify([...queries, ...idempotentMutations].sort())});`,
      '',
      '/** Mutations whose input takes an idempotency key; the client sets one when the caller did not. */',
      `export const IDEMPOTENT_MUTATIONS: ReadonlySet<string> = new Set(${JSON.stringify(idempotentMutations.sort())});`,
      '',
    ].join('\n');
  },
};
