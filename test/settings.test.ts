// Fail fast on bad configuration (api/src/settings.ts): the server process refuses to start,
// exit code 1, naming every variable at fault, before it opens a database or listens; and
// docs/development.md documents every variable the server reads.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsProblems } from '../api/src/settings.js';

const root = path.resolve(import.meta.dirname, '..');
const SECRET = 'k'.repeat(32);

/** Starts `pnpm start`'s entry point with `env` over a clean environment; its exit code and output. */
async function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    // No DATABASE_URL, NODE_ENV or VITEST from the runner: only what the test gives.
    env: { PATH: PATH ?? '', HOME: HOME ?? '', LOG_LEVEL: 'info', PORT: '0', COXSWAIN_SEED: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    // A server that got this far is a failure of the test; stop it rather than wait.
    if (output.includes('Coxswain is serving')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const [code] = await once(child, 'exit');
  return { code, output };
}

function fatal(output: string): string[] {
  const line = output.split('\n').find((l) => l.includes('"level":60'));
  expect(line, output).toBeDefined();
  return JSON.parse(line as string).problems;
}

describe('the server refuses to start on bad configuration', () => {
  it('in production without COXSWAIN_API_KEY_SECRET: exit 1 naming it, nothing served', async () => {
    // An unreachable database URL: the refusal comes before any connection is tried.
    const { code, output } = await start({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
    });
    expect(code).toBe(1);
    const problems = fatal(output);
    expect(problems).toEqual(['COXSWAIN_API_KEY_SECRET must be set in production (32+ random characters)']);
    expect(output).toContain('Coxswain cannot start');
    expect(output).not.toContain('database ready');
    expect(output).not.toContain('Coxswain is serving');
  }, 60_000);

  it('names every problem at once: production without a database URL, a short secret, bad numbers', async () => {
    const { code, output } = await start({
      NODE_ENV: 'production',
      COXSWAIN_API_KEY_SECRET: 'short',
      COXSWAIN_MAX_DEPTH: 'deep',
      COXSWAIN_STATEMENT_TIMEOUT_MS: '-5',
      COXSWAIN_BULK_PAGE_SIZE: '0',
      COXSWAIN_WEBHOOK_TIMEOUT_MS: '1.5',
      COXSWAIN_JWT_SECRET: 'too-short',
      COXSWAIN_SEED: 'tiny',
      PORT: '99999',
    });
    expect(code).toBe(1);
    const named = fatal(output).map((p) => /^[A-Z_]+/.exec(p)?.[0]);
    expect(named.sort()).toEqual(
      [
        'DATABASE_URL',
        'COXSWAIN_API_KEY_SECRET',
        'COXSWAIN_MAX_DEPTH',
        'COXSWAIN_STATEMENT_TIMEOUT_MS',
        'COXSWAIN_BULK_PAGE_SIZE',
        'COXSWAIN_WEBHOOK_TIMEOUT_MS',
        'COXSWAIN_JWT_SECRET',
        'COXSWAIN_SEED',
        'PORT',
      ].sort(),
    );
    expect(output).not.toContain('Coxswain is serving');
  }, 60_000);

  it('a complete production configuration has no problem; development needs no setting', () => {
    expect(
      settingsProblems({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgresql://db/coxswain',
        COXSWAIN_API_KEY_SECRET: SECRET,
      }),
    ).toEqual([]);
    expect(settingsProblems({})).toEqual([]);
    expect(settingsProblems({ COXSWAIN_API_KEY_SECRET: 'short' })).toEqual([
      'COXSWAIN_API_KEY_SECRET must be at least 32 characters',
    ]);
  });
});

describe('docs/development.md', () => {
  it('lists every environment variable the server reads', async () => {
    const read = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'generated') await walk(file);
        } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          const text = await readFile(file, 'utf8');
          for (const m of text.matchAll(/env\.([A-Z][A-Z0-9_]+)|'((?:COXSWAIN|DATABASE|REDIS)_[A-Z0-9_]+)'/g)) {
            read.add((m[1] ?? m[2]) as string);
          }
        }
      }
    };
    await walk(path.join(root, 'api/src'));
    read.delete('VITEST'); // set by the test runner, not by an operator
    expect(read.size).toBeGreaterThan(50);
    const docs = await readFile(path.join(root, 'docs/development.md'), 'utf8');
    expect([...read].filter((name) => !docs.includes(`\`${name}\``)).sort()).toEqual([]);
  });
});
