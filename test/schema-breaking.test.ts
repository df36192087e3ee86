// The breaking-change check (api/scripts/schema-breaking.ts, docs/sdk.md) on small schemas written
// here: a removed field and a changed type are breaking and fail the check; an added field and a
// deprecation pass. The comparison function and the command line (exit code) are both exercised.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSchemas } from '../api/scripts/schema-compat.js';

const BASE = `
type Query {
  rep(id: ID!): Rep
}
type Rep {
  id: ID!
  name: String!
  quota: String
}
`;

const variants = {
  removedField: BASE.replace('  quota: String\n', ''),
  changedType: BASE.replace('quota: String', 'quota: Int'),
  addedField: BASE.replace('  quota: String\n', '  quota: String\n  region: String\n'),
  deprecated: BASE.replace('quota: String', 'quota: String @deprecated(reason: "use quotas")'),
};

const dir = mkdtempSync(path.join(tmpdir(), 'coxswain-schema-breaking-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = path.resolve(import.meta.dirname, '../api/scripts/schema-breaking.ts');
const tsx = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx');

/** Runs the check on `current` against BASE as the baseline, without git; exit code and output. */
function check(current: string): { status: number; output: string } {
  const baseline = path.join(dir, 'baseline.graphql');
  const schema = path.join(dir, 'schema.graphql');
  writeFileSync(baseline, BASE);
  writeFileSync(schema, current);
  try {
    const output = execFileSync(tsx, [script, '--schema', schema, '--baseline', baseline, '--git-base', 'none'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: e.stdout + e.stderr };
  }
}

describe('schema compatibility', () => {
  it('reports a removed field and a changed type as breaking', async () => {
    const removed = await compareSchemas(BASE, variants.removedField);
    expect(removed.breaking.map((c) => c.path)).toEqual(['Rep.quota']);
    const changed = await compareSchemas(BASE, variants.changedType);
    expect(changed.breaking.map((c) => c.path)).toEqual(['Rep.quota']);
    expect(changed.breaking[0]?.message).toMatch(/String.*Int/);
  });

  it('allows an added field and a deprecation', async () => {
    const added = await compareSchemas(BASE, variants.addedField);
    expect(added.changes.map((c) => c.path)).toEqual(['Rep.region']);
    expect(added.breaking).toEqual([]);
    const deprecated = await compareSchemas(BASE, variants.deprecated);
    expect(deprecated.changes.length).toBeGreaterThan(0);
    expect(deprecated.breaking).toEqual([]);
  });

  it('fails the command on a breaking change and passes it on an addition with a deprecation', () => {
    const removed = check(variants.removedField);
    expect(removed.status).toBe(1);
    expect(removed.output).toMatch(/1 breaking change/);
    const safe = check(variants.deprecated.replace('  name: String!\n', '  name: String!\n  region: String\n'));
    expect(safe.status).toBe(0);
    expect(safe.output).toMatch(/0 breaking/);
    expect(safe.output).toMatch(/'region' was added/);
    expect(safe.output).toMatch(/deprecat/i);
  }, 30_000);
});
