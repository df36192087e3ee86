// Landed migrations are never edited (docs/database.md): prisma/migrations/manifest.json records
// the sha256 of every migration.sql, the same checksum the applier stores in _prisma_migrations.
// This script APPENDS the migrations the manifest does not list yet and refuses, without writing
// anything, when a listed migration's file changed or disappeared. test/migrations-manifest.test.ts
// fails until a new migration is listed.
//
//   pnpm migrations:manifest [--dir <migrations folder>]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR, readMigrations } from '../src/db/migrate.js';

const MANIFEST_FILE = 'manifest.json';

async function main(): Promise<number> {
  const at = process.argv.indexOf('--dir');
  const dir = at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1] as string) : MIGRATIONS_DIR;
  const file = path.join(dir, MANIFEST_FILE);
  const listed: Record<string, string> = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return {};
      throw error;
    },
  );
  const current = new Map((await readMigrations(dir)).map((m) => [m.name, m.checksum]));
  const problems: string[] = [];
  for (const [name, checksum] of Object.entries(listed)) {
    const now = current.get(name);
    if (now === undefined) problems.push(`${name}: listed in the manifest but its migration.sql is gone`);
    else if (now !== checksum) problems.push(`${name}: migration.sql changed (manifest ${checksum}, file ${now})`);
  }
  if (problems.length > 0) {
    console.error(
      `Refusing to update ${path.relative(process.cwd(), file)}: a landed migration must never change.\n` +
        `${problems.map((p) => `  ${p}`).join('\n')}\n` +
        'Restore the file(s) and put the change in a new migration.',
    );
    return 1;
  }
  const added = [...current.keys()].filter((name) => !(name in listed)).sort();
  const next: Record<string, string> = { ...listed };
  for (const name of added) next[name] = current.get(name) as string;
  await writeFile(file, `${JSON.stringify(next, null, 2)}\n`);
  console.log(added.length ? `added ${added.join(', ')}` : 'manifest already lists every migration');
  return 0;
}

process.exitCode = await main();
