import { defineConfig } from 'tsup';

// ESM: one file per module (not bundled), so with `sideEffects: false` a bundler drops every
// module an app does not reach: importing `paginate` alone leaves the client and the operation
// strings out. CommonJS (Node's `require`): one bundle per entry. Declarations are rolled up once,
// for the ESM entries; scripts/declarations-cjs.mjs derives the `.d.cts` twins from them (the same
// text with `.cjs` specifiers), which halves the slowest step of the build. The two builds run
// side by side, so `pnpm build` empties dist/ first rather than either build.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', documents: 'src/documents.ts' } },
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { index: 'src/index.ts', documents: 'src/documents.ts' },
    format: ['cjs'],
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
]);
