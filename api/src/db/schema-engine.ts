// Loads Prisma's WebAssembly schema engine. Prisma 7's CLI needs a native engine binary for
// `migrate diff`, which cannot be downloaded everywhere; the WASM build ships inside an npm
// package. Its entry imports the .wasm file as an ES module, which Node refuses, so the glue
// module and the wasm are wired together by hand. Used only by developer tooling (diff, drift
// check), never at runtime.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine as WasmSchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';

export type SchemaEngine = WasmSchemaEngine;

// The project compiles without DOM typings; this is the slice of the WebAssembly API used here.
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<{ exports: Record<string, unknown> }>;
};

export function pgConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: u.pathname.replace(/^\//, '') || undefined,
  };
}

/**
 * PrismaPg's own shadow database drops the database while its pool is still open, which
 * PostgreSQL refuses; this factory closes the pool first.
 */
function shadowAwareFactory(config: pg.PoolConfig) {
  const main = new PrismaPg(config);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const admin = new pg.Client(config);
      await admin.connect();
      const name = `coxswain_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const adapter = await new PrismaPg({ ...config, database: name }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.end();
      };
      return adapter;
    },
  };
}

export async function loadSchemaEngine(schemaPath: string, databaseUrl: string): Promise<SchemaEngine> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const dir = path.dirname(gluePath);
  const glue = await import(pathToFileURL(gluePath).href);
  const wasm = await WebAssembly.compile(await readFile(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  const schemaText = await readFile(schemaPath, 'utf8');
  const factory = bindMigrationAwareSqlAdapterFactory(
    shadowAwareFactory(pgConfigFromUrl(databaseUrl)) as unknown as Parameters<
      typeof bindMigrationAwareSqlAdapterFactory
    >[0],
  );
  return glue.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    (log: string) => {
      if (process.env.COXSWAIN_DEBUG_SCHEMA_ENGINE) console.error(log);
    },
    factory,
  );
}
