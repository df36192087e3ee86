// Runs `prisma generate` for the Prisma 7 client and the Pothos types.
// Generation never executes the schema engine, but the CLI insists that one exists before it
// starts, and downloads it when it does not. On machines without access to Prisma's binary
// host (CI here, air-gapped installs) we point it at a file that exists, so nothing is fetched.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'api/node_modules/.bin');
// The Pothos generator is resolved by name from PATH, so the package's bin folder must be on it.
const env = {
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync(path.join(bin, 'prisma'), ['generate', '--schema', path.join(root, 'prisma/schema.prisma')], {
  stdio: 'inherit',
  env,
  cwd: path.join(root, 'api'),
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
