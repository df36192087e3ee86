// Bundle size of typical imports, as an app's bundler would see them: each import below is
// bundled from the built ESM (dist/) for the browser, minified, then gzipped. Bundling for the
// browser platform also proves the entry has no Node-only imports (a `node:` import fails here).
// Run after `pnpm build`: `pnpm --filter @coxswain/sdk run size`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';

const dist = resolve(import.meta.dirname, '../dist');
const cases = {
  'createClient + paginate': `import { createClient, paginate } from '${dist}/index.js'; console.log(createClient, paginate);`,
  'paginate + exportRows': `import { paginate, exportRows } from '${dist}/index.js'; console.log(paginate, exportRows);`,
  'one TypedDocumentNode (RepsDocument)': `import { RepsDocument } from '${dist}/documents.js'; console.log(RepsDocument);`,
};

const dir = mkdtempSync(join(tmpdir(), 'coxswain-sdk-size-'));
try {
  for (const [name, source] of Object.entries(cases)) {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, source);
    await build({
      entry: { bundle: entry },
      outDir: dir,
      format: ['esm'],
      platform: 'browser',
      target: 'es2022',
      minify: true,
      treeshake: false,
      noExternal: [/.*/],
      silent: true,
      config: false,
    });
    const code = readFileSync(join(dir, 'bundle.js'));
    console.log(`${name}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzipped`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
