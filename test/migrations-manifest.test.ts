// Never edit a landed migration: every prisma/migrations/*/migration.sql must hash to the sha256
// recorded in prisma/migrations/manifest.json, and `pnpm migrations:manifest` only appends.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const migrations = path.join(root, 'prisma/migrations');
const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

async function folders(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
const manifestOf = async (dir: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));

/** Runs the manifest script on `dir`; its exit code and output. */
async function manifestScript(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'api/scripts/migrations-manifest.ts', '--dir', dir],
      { cwd: root },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'coxswain-manifest-'));
  temps.push(dir);
  await cp(migrations, dir, { recursive: true });
  return dir;
}

describe('the migrations manifest', () => {
  it('lists every migration with the sha256 of its migration.sql, and nothing else', async () => {
    const manifest = await manifestOf(migrations);
    const names = await folders(migrations);
    const unlisted = names.filter((n) => !(n in manifest));
    expect(unlisted, 'new migrations: run `pnpm migrations:manifest` and commit the manifest').toEqual([]);
    expect(
      Object.keys(manifest).filter((n) => !names.includes(n)),
      'listed but gone',
    ).toEqual([]);
    for (const name of names) {
      expect(
        await sha256(path.join(migrations, name, 'migration.sql')),
        `${name}/migration.sql was edited: restore it and put the change in a new migration`,
      ).toBe(manifest[name]);
    }
  });

  it('the script appends a new migration and keeps the existing entries as they are', async () => {
    const dir = await copyOfMigrations();
    const before = await manifestOf(dir);
    const sql = 'ALTER TABLE "Rep" ADD COLUMN "nickname" TEXT;\n';
    await mkdir(path.join(dir, '20991231000000_test_added'));
    await writeFile(path.join(dir, '20991231000000_test_added', 'migration.sql'), sql);
    const { code, output } = await manifestScript(dir);
    expect(code, output).toBe(0);
    expect(output).toContain('added 20991231000000_test_added');
    const after = await manifestOf(dir);
    expect(after).toEqual({
      ...before,
      '20991231000000_test_added': createHash('sha256').update(sql).digest('hex'),
    });
    expect(Object.keys(after).at(-1)).toBe('20991231000000_test_added');
  }, 60_000);

  it('the script refuses an edited or deleted landed migration, naming it, and writes nothing', async () => {
    const dir = await copyOfMigrations();
    const manifestText = await readFile(path.join(dir, 'manifest.json'), 'utf8');
    const [first, second] = await folders(dir);
    await writeFile(path.join(dir, first as string, 'migration.sql'), '-- edited\n', { flag: 'a' });
    await rm(path.join(dir, second as string), { recursive: true });
    await mkdir(path.join(dir, '20991231000000_test_added'));
    await writeFile(path.join(dir, '20991231000000_test_added', 'migration.sql'), 'SELECT 1;\n');
    const { code, output } = await manifestScript(dir);
    expect(code).toBe(1);
    expect(output).toContain(`${first}: migration.sql changed`);
    expect(output).toContain(`${second}: listed in the manifest but its migration.sql is gone`);
    expect(await readFile(path.join(dir, 'manifest.json'), 'utf8')).toBe(manifestText);
  }, 60_000);
});
