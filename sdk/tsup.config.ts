import { defineConfig } from 'tsup';

// ESM and CommonJS with declarations; `sideEffects: false` in package.json lets bundlers drop
// what an app does not import.
export default defineConfig({
  entry: { index: 'src/index.ts', documents: 'src/documents.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
