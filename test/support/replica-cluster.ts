// Private PostgreSQL instances for the scaling tests and benchmarks (docs/scaling.md): a primary
// and a streaming standby made with initdb, pg_basebackup and pg_ctl, and a PgBouncer in
// transaction mode, each on a free loopback port in a temporary folder, never the shared server.
// As root the programs run as `postgres` (initdb and pgbouncer refuse root). PostgreSQL's
// binaries come from PG_BIN, else the newest /usr/lib/postgresql/*/bin; pgbouncer from PATH
// (Debian's package; .ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions[0]) throw new Error('no PostgreSQL binaries in /usr/lib/postgresql; set PG_BIN');
  return path.join(base, versions[0], 'bin');
}

const asRoot = process.getuid?.() === 0;

/** Runs a program to its end, as `postgres` when we are root; throws with its output on failure. */
function run(program: string, args: string[]): void {
  const result = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', program, ...args], { encoding: 'utf8' })
    : spawnSync(program, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${path.basename(program)} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  }
}

const pgRun = (program: string, args: string[]) => run(path.join(pgBin(), program), args);

/** Gives a file or folder we created to `postgres` when we are root. */
function own(file: string): void {
  if (!asRoot) return;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
  chownSync(file, uid, gid);
}

/** A folder of our own, owned by `postgres` when we are root. */
function privateFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  own(folder);
  return folder;
}

/** A loopback port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ReplicaCluster {
  folder: string;
  primaryPort: number;
  standbyPort: number;
  /** Connection string of `database` on the primary / the standby. */
  primaryUrl(database?: string): string;
  standbyUrl(database?: string): string;
  /** Stops the standby (fast shutdown: its sessions are ended). */
  stopStandby(): void;
  /** Starts it again; it catches up from the primary's WAL. */
  startStandby(): void;
  /** Waits until the standby has replayed everything the primary has written. */
  waitForReplay(timeoutMs?: number): Promise<void>;
  /** Stops both instances and deletes the folder. */
  destroy(): void;
}

/**
 * A primary with `database` created, and a standby streaming from it (hot_standby_feedback on,
 * so the primary keeps the rows the standby's long analytics still read).
 */
export async function startReplicaCluster(database = 'coxswain'): Promise<ReplicaCluster> {
  const folder = privateFolder('coxswain-replica-');
  const primaryDir = path.join(folder, 'primary');
  const standbyDir = path.join(folder, 'standby');
  const primaryPort = await freePort();
  const standbyPort = await freePort();
  const common = `-k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const primaryOptions = `-p ${primaryPort} ${common} -c wal_level=replica -c max_wal_senders=4`;
  const standbyOptions = `-p ${standbyPort} ${common} -c hot_standby=on -c hot_standby_feedback=on`;
  const ctl = (dir: string, ...args: string[]) => pgRun('pg_ctl', ['-D', dir, '-w', '-t', '60', ...args]);
  const url = (port: number, db: string) => `postgresql://postgres@127.0.0.1:${port}/${db}`;
  const startStandby = () => ctl(standbyDir, '-o', standbyOptions, '-l', path.join(folder, 'standby.log'), 'start');
  const destroy = () => {
    for (const dir of [standbyDir, primaryDir]) {
      if (existsSync(path.join(dir, 'postmaster.pid'))) {
        try {
          ctl(dir, '-m', 'immediate', 'stop');
        } catch {}
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    pgRun('initdb', ['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    ctl(primaryDir, '-o', primaryOptions, '-l', path.join(folder, 'primary.log'), 'start');
    const admin = new pg.Client({ connectionString: url(primaryPort, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming standby.
    pgRun('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standbyDir,
      '--checkpoint=fast',
    ]);
    writeFileSync(
      path.join(standbyDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres application_name=coxswain_standby'\n`,
      { flag: 'a' },
    );
    writeFileSync(path.join(standbyDir, 'standby.signal'), '');
    own(path.join(standbyDir, 'standby.signal'));
    startStandby();
  } catch (error) {
    destroy();
    throw error;
  }
  const cluster: ReplicaCluster = {
    folder,
    primaryPort,
    standbyPort,
    primaryUrl: (db = database) => url(primaryPort, db),
    standbyUrl: (db = database) => url(standbyPort, db),
    stopStandby: () => ctl(standbyDir, '-m', 'fast', 'stop'),
    startStandby,
    async waitForReplay(timeoutMs = 30_000) {
      const primary = new pg.Client({ connectionString: url(primaryPort, database) });
      const standby = new pg.Client({ connectionString: url(standbyPort, database) });
      await primary.connect();
      await standby.connect();
      try {
        const target = (await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]?.lsn;
        const until = Date.now() + timeoutMs;
        for (;;) {
          const { rows } = await standby.query<{ caught: boolean }>(
            'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught',
            [target],
          );
          if (rows[0]?.caught) return;
          if (Date.now() > until) throw new Error(`standby did not replay ${target} within ${timeoutMs} ms`);
          await sleep(20);
        }
      } finally {
        await primary.end();
        await standby.end();
      }
    },
    destroy,
  };
  await cluster.waitForReplay();
  return cluster;
}

export interface PgBouncer {
  port: number;
  /** Connection string of `database` through the pooler. */
  url(database: string): string;
  /** Stops the pooler (SIGTERM: its client connections are closed). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * PgBouncer in transaction mode on a free port, in front of the PostgreSQL server at
 * `host:port` (trust authentication, as the test servers use), `poolSize` server connections
 * per database and user.
 */
export async function startPgBouncer(
  target: { host: string; port: number },
  poolSize = 10,
  /** Run on each new server connection, e.g. the session settings the database does not carry. */
  connectQuery?: string,
  /** Accept and drop the `options` startup parameter (as operators sometimes configure it). */
  ignoreOptions = false,
): Promise<PgBouncer> {
  if (connectQuery?.includes("'")) throw new Error('connectQuery must not contain quotes');
  const folder = privateFolder('coxswain-pgbouncer-');
  const port = await freePort();
  const config = path.join(folder, 'pgbouncer.ini');
  const pidFile = path.join(folder, 'pgbouncer.pid');
  writeFileSync(path.join(folder, 'users.txt'), '"postgres" ""\n');
  writeFileSync(
    config,
    [
      '[databases]',
      `* = host=${target.host} port=${target.port}${connectQuery ? ` connect_query='${connectQuery}'` : ''}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(folder, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 500',
      // pg sends extra_float_digits; the server's own startup options are not passed through
      // (the database carries them, docs/scaling.md).
      `ignore_startup_parameters = extra_float_digits${ignoreOptions ? ',options' : ''}`,
      `logfile = ${path.join(folder, 'pgbouncer.log')}`,
      `pidfile = ${pidFile}`,
      '',
    ].join('\n'),
  );
  for (const file of ['users.txt', 'pgbouncer.ini']) own(path.join(folder, file));
  let child: ReturnType<typeof spawn> | null = null;
  const start = async () => {
    const args = [config];
    child = asRoot ? spawn('runuser', ['-u', 'postgres', '--', 'pgbouncer', ...args]) : spawn('pgbouncer', args);
    child.stderr?.resume();
    child.stdout?.resume();
    const until = Date.now() + 15_000;
    for (;;) {
      try {
        const c = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
        await c.connect();
        await c.query('SELECT 1');
        await c.end();
        return;
      } catch (error) {
        if (Date.now() > until) {
          const log = existsSync(path.join(folder, 'pgbouncer.log'))
            ? readFileSync(path.join(folder, 'pgbouncer.log'), 'utf8')
            : '';
          throw new Error(`pgbouncer did not start: ${(error as Error).message}\n${log}`);
        }
        await sleep(100);
      }
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    // runuser passes SIGTERM on to pgbouncer.
    running.kill('SIGTERM');
    await exited;
    child = null;
  };
  await start();
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
