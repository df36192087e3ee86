// After tsup: the CommonJS declarations (`index.d.cts`, `documents.d.cts`) from the ESM ones. The
// rolled-up declarations are the same for both formats except the specifiers of the sibling
// entries (`./documents.js` -> `./documents.cjs`), so they are copied rather than rolled up twice.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../dist');
for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(join(dist, file), 'utf8').replace(/(from\s+['"]\.\/[^'"]+)\.js(['"])/g, '$1.cjs$2');
  writeFileSync(join(dist, file.replace(/\.d\.ts$/, '.d.cts')), text);
}
