import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS and ESM builds. Node (and so Pothos and yoga, loaded as externals)
// resolves the CommonJS one, while Vite would pick the ESM one for our sources; two copies of
// graphql's classes break `instanceof` checks. Point every import at the one Node uses.
const graphqlEntry = createRequire(new URL('./api/package.json', import.meta.url)).resolve('graphql');
// The SDK's documents from its sources, as the README's client snippets import them by package
// name (test/clients.test.ts runs them without a build of the SDK).
const sdkDocuments = fileURLToPath(new URL('./sdk/src/documents.ts', import.meta.url));
// ...and the client, as the README's extract examples import it (test/cost-honesty.test.ts).
const sdkIndex = fileURLToPath(new URL('./sdk/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: graphqlEntry },
      { find: /^@coxswain\/sdk\/documents$/, replacement: sdkDocuments },
      { find: /^@coxswain\/sdk$/, replacement: sdkIndex },
    ],
  },
  test: {
    include: ['api/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/bench/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel processes, each with its own database.
    pool: 'forks',
    maxWorkers: 2,
  },
});
