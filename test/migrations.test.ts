// The migrations are the schema: applied to an empty database they must produce every table,
// column and enum of prisma/schema.prisma, and the applier must refuse an edited migration.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../api/src/db/migrate.js';
import { getDatamodel } from '../api/src/generated/pothos-types.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.destroy());

describe('migrations', () => {
  it('create exactly the tables and columns of the Prisma data model', async () => {
    const rows = await db.sql.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map<string, Set<string>>();
    for (const r of rows) {
      if (!actual.has(r.table_name)) actual.set(r.table_name, new Set());
      actual.get(r.table_name)?.add(r.column_name);
    }
    const models = getDatamodel().datamodel.models;
    const expected = new Map(
      Object.entries(models).map(([name, model]) => [
        name,
        new Set(model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum').map((f) => f.name)),
      ]),
    );
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [table, columns] of expected) expect([...(actual.get(table) ?? [])].sort()).toEqual([...columns].sort());
  });

  it('are recorded like prisma migrate deploy records them, and a second run applies nothing', async () => {
    const recorded = await db.sql.query<{ migration_name: string; applied_steps_count: number }>(
      'SELECT migration_name, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const dirs = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(recorded.map((r) => r.migration_name)).toEqual(dirs.sort());
    expect(recorded.every((r) => r.applied_steps_count === 1)).toBe(true);
    expect((await migrate(db.sql)).applied).toEqual([]);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'coxswain-migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const [first] = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory());
      await writeFile(path.join(dir, first?.name as string, 'migration.sql'), '-- edited\n');
      await expect(migrate(db.sql, dir)).rejects.toThrow(/changed after it was applied/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
