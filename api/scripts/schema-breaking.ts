// The breaking-change check (docs/sdk.md): api/schema.graphql against
//   1. the committed baseline, api/schema.baseline.graphql: the contract published to SDK users,
//      bumped deliberately (`pnpm --filter @coxswain/api run schema:baseline`). It is a file, so
//      the check means something on any checkout, a shallow CI clone included;
//   2. a git revision: SCHEMA_BASE_REF when set (CI: the target branch or the push's previous
//      head); otherwise HEAD when the schema has uncommitted changes, else HEAD~1 (so a clean
//      checkout checks its last commit); skipped, saying so, when that revision is not there.
// Removing or retyping a field breaks the SDK's users: deprecate instead (docs/design.md §9).
// Exit 1 on any breaking change. Options (tests): --schema <file>, --baseline <file>, --git-base <ref|none>.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareSchemas } from './schema-compat.js';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    schema: { type: 'string', default: path.join(root, 'api/schema.graphql') },
    baseline: { type: 'string', default: path.join(root, 'api/schema.baseline.graphql') },
    'git-base': { type: 'string', default: process.env.SCHEMA_BASE_REF },
    bump: { type: 'boolean', default: false },
  },
});
const schemaFile = values.schema as string;
const baselineFile = values.baseline as string;

if (values.bump) {
  copyFileSync(schemaFile, baselineFile);
  console.log(
    `${path.relative(root, baselineFile)} is now ${path.relative(root, schemaFile)}: commit it with a note of what changed`,
  );
  process.exit(0);
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const current = readFileSync(schemaFile, 'utf8');
const bases: { name: string; sdl: string }[] = [
  { name: path.relative(root, baselineFile), sdl: readFileSync(baselineFile, 'utf8') },
];
let ref = values['git-base'];
if (ref == null) {
  const head = git(['show', 'HEAD:api/schema.graphql']);
  ref = head !== null && head !== current ? 'HEAD' : 'HEAD~1';
}
if (ref !== 'none') {
  const sdl = git(['show', `${ref}:api/schema.graphql`]);
  if (sdl === null) console.log(`no api/schema.graphql at ${ref} (shallow clone or first commit): not compared`);
  else bases.push({ name: ref, sdl });
}

let failed = 0;
for (const base of bases) {
  const { changes, breaking } = await compareSchemas(base.sdl, current);
  console.log(`against ${base.name}: ${changes.length} change(s), ${breaking.length} breaking`);
  for (const c of changes) console.log(`  ${c.criticality.level.padEnd(12)} ${c.message}`);
  failed += breaking.length;
}
if (failed) {
  console.error(`\n${failed} breaking change(s): deprecate instead of removing or retyping (docs/design.md §9).`);
  process.exit(1);
}
console.log('no breaking changes');
