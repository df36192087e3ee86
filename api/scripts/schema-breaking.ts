// Reports breaking changes of api/schema.graphql against a git revision (default HEAD, i.e. the
// last committed schema; CI passes the previous main). Removing or retyping a field breaks the
// SDK's users: deprecate instead (DESIGN.md §9). Exit 1 on a breaking change.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const root = path.resolve(import.meta.dirname, '../..');
const base = process.env.SCHEMA_BASE_REF ?? 'HEAD';
let previous: string;
try {
  previous = execFileSync('git', ['show', `${base}:api/schema.graphql`], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch {
  console.log(`no api/schema.graphql at ${base}: nothing to compare`);
  process.exit(0);
}
const current = readFileSync(path.join(root, 'api/schema.graphql'), 'utf8');
const changes = await diff(buildSchema(previous), buildSchema(current));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
for (const c of changes) console.log(`${c.criticality.level.padEnd(12)} ${c.message}`);
if (breaking.length) {
  console.error(`\n${breaking.length} breaking change(s) against ${base}: deprecate instead of removing or retyping.`);
  process.exit(1);
}
console.log(`no breaking changes against ${base} (${changes.length} change(s))`);
