// Codegen plugin: the operation library as persisted (trusted) documents. Each operation is
// printed with the fragments it reaches into one canonical document, hashed with sha256 (hex),
// and emitted either as the manifest a server loads (`format: 'manifest'`: hash -> document, the
// shape of GraphQL Codegen's client-preset persisted-documents.json) or as the map the SDK client
// sends hashes from (`format: 'hashes'`: operation name -> hash). Both come from the same print,
// so the hashes the client sends are exactly the manifest's keys.
const { createHash } = require('node:crypto');
const { Kind, print, visit } = require('graphql');

function persistedDocuments(documents) {
  const fragments = new Map();
  const operations = [];
  for (const { document } of documents) {
    for (const def of document?.definitions ?? []) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      else if (def.kind === Kind.OPERATION_DEFINITION && def.name) operations.push(def);
    }
  }
  return operations
    .map((operation) => {
      // The fragments the operation reaches, transitively, in the order first spread.
      const used = [];
      const pending = [operation];
      while (pending.length) {
        visit(pending.shift(), {
          FragmentSpread(node) {
            const fragment = fragments.get(node.name.value);
            if (!fragment) throw new Error(`unknown fragment ${node.name.value} in ${operation.name.value}`);
            if (used.includes(fragment)) return;
            used.push(fragment);
            pending.push(fragment);
          },
        });
      }
      const text = print({ kind: Kind.DOCUMENT, definitions: [operation, ...used] });
      return { name: operation.name.value, text, hash: createHash('sha256').update(text).digest('hex') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

module.exports = {
  plugin(_schema, documents, config) {
    const persisted = persistedDocuments(documents);
    if (config.format === 'manifest') {
      return `${JSON.stringify(Object.fromEntries(persisted.map((p) => [p.hash, p.text])), null, 2)}\n`;
    }
    return [
      '/**',
      ' * sha256 of each operation of the library as printed in persisted-documents.json, the manifest a',
      ' * server in trusted-documents mode loads. Pass it as `persistedDocuments` to `createClient` to send',
      ' * hashes instead of documents.',
      ' */',
      'export const persistedDocumentHashes: Readonly<Record<string, string>> = {',
      ...persisted.map((p) => `  ${p.name}: '${p.hash}',`),
      '};',
      '',
    ].join('\n');
  },
};
