// GraphQL Code Generator: from the committed schema (api/schema.graphql) and the operation
// library (sdk/src/operations/*.graphql) to the SDK's generated types, typed documents and
// per-operation methods. `pnpm codegen` prints the schema first; CI fails when the output drifts.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = {
  ID: 'string',
  Decimal: 'string',
  Date: 'string',
  DateTime: 'string',
  JSON: 'unknown',
};

const common = {
  scalars,
  strictScalars: true,
  enumsAsTypes: true,
  useTypeImports: true,
  dedupeFragments: true,
  skipTypename: true,
};

const config: CodegenConfig = {
  schema: 'api/schema.graphql',
  documents: 'sdk/src/operations/**/*.graphql',
  generates: {
    // Types and TypedDocumentNodes: usable as they are with urql, Apollo Client or graphql-request.
    'sdk/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { ...common, documentMode: 'documentNode' },
    },
    // One method per operation over any transport (the SDK's client supplies the requester);
    // documents as plain strings so the client needs no GraphQL printer at run time.
    'sdk/src/generated/sdk.ts': {
      plugins: [{ add: { content: "import type * as Types from './graphql.js';" } }, 'typescript-generic-sdk'],
      config: { ...common, documentMode: 'string', importOperationTypesFrom: 'Types' },
    },
    // Which operations the client may retry (see sdk/codegen/retry-safe-operations.cjs).
    'sdk/src/generated/operations.ts': {
      plugins: ['./sdk/codegen/retry-safe-operations.cjs'],
    },
    // Persisted (trusted) documents: the manifest a server loads (COXSWAIN_TRUSTED_DOCUMENTS) and
    // the hashes the client sends instead of documents (see sdk/codegen/persisted-documents.cjs).
    'sdk/src/generated/persisted-documents.json': {
      plugins: ['./sdk/codegen/persisted-documents.cjs'],
      config: { format: 'manifest' },
    },
    'sdk/src/generated/persisted.ts': {
      plugins: ['./sdk/codegen/persisted-documents.cjs'],
      config: { format: 'hashes' },
    },
  },
};

export default config;
