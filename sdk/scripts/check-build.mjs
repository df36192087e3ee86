// Checks the built package (run after `pnpm build`; part of `pnpm check`):
// 1. every file package.json `exports` names exists (ESM, CJS and both declaration flavours);
// 2. both outputs load through the package's own name: `import('@coxswain/sdk')` and
//    `require('@coxswain/sdk')` give the same exports, for each entry;
// 3. typical imports bundle for the browser with nothing from Node: esbuild (through tsup) fails
//    on a `node:` or other built-in import for the browser platform, and the inputs are checked;
// 4. the size of each, minified and gzipped (the numbers in sdk/README.md).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'tsup';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const fail = (message) => {
  console.error(`sdk build check: ${message}`);
  process.exit(1);
};

for (const [entry, conditions] of Object.entries(pkg.exports)) {
  for (const flavour of Object.values(conditions)) {
    for (const file of Object.values(flavour)) if (!existsSync(join(root, file))) fail(`${entry}: ${file} is missing`);
  }
  const specifier = entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
  const esm = await import(specifier);
  const cjs = require(specifier);
  const names = (m) =>
    Object.keys(m)
      .filter((k) => k !== 'default' && k !== 'module.exports')
      .sort();
  if (JSON.stringify(names(esm)) !== JSON.stringify(names(cjs))) fail(`${specifier}: import and require differ`);
  console.log(`${specifier}: import and require load, ${names(esm).length} exports each`);
}
const { createClient } = require(pkg.name);
if (typeof createClient({ url: 'http://localhost/graphql' }).reps !== 'function') fail('require: no client methods');

const dist = join(root, 'dist');
const cases = {
  'createClient + paginate': `import { createClient, paginate } from '${dist}/index.js'; console.log(createClient, paginate);`,
  'paginate + exportRows': `import { paginate, exportRows } from '${dist}/index.js'; console.log(paginate, exportRows);`,
  'one TypedDocumentNode (RepsDocument)': `import { RepsDocument } from '${dist}/documents.js'; console.log(RepsDocument);`,
  'createClient + persistedDocumentHashes': `import { createClient, persistedDocumentHashes } from '${dist}/index.js'; console.log(createClient, persistedDocumentHashes);`,
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
      metafile: true,
      silent: true,
      config: false,
    });
    const meta = JSON.parse(readFileSync(join(dir, 'metafile-esm.json'), 'utf8'));
    const nodeOnly = Object.values(meta.inputs)
      .flatMap((input) => input.imports)
      .filter((i) => i.path.startsWith('node:') || isBuiltin(i.path));
    if (nodeOnly.length) fail(`${name}: imports ${nodeOnly.map((i) => i.path).join(', ')} in the browser`);
    const code = readFileSync(join(dir, 'bundle.js'));
    const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log(`${name}: ${kB(code.length)} minified, ${kB(gzipSync(code, { level: 9 }).length)} gzipped`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
