// The one place that chooses between the primary and a PostgreSQL streaming replica
// (DATABASE_REPLICA_URL, docs/scaling.md). Analytics reads may go to the replica; everything
// else, mutations and their payloads included, reads the primary.
//
// Health: every `checkIntervalMs` the router reads the primary's WAL position
// (pg_current_wal_lsn) and the replica's replayed position (pg_last_wal_replay_lsn). The lag is
// how long ago the primary was first seen at a position the replica has not replayed yet, so it
// is known to within one interval and needs no clock shared by the two servers. A replica that
// does not answer, is not a standby, or lags more than `maxLagMs` is not used until a check finds
// it well again; a read that fails on it with a connection error marks it down at once.
//
// Read-your-writes: after a principal's mutation the router notes the primary's WAL position
// (one statement); that principal's reads go to the primary until the replica has replayed past
// it. The note lives in the process that served the write (docs/scaling.md says what that means
// with several processes).
import type { Database } from './database.js';
import type { SqlRunner } from './sql-runner.js';

export const DEFAULT_REPLICA_MAX_LAG_MS = 5_000;
export const DEFAULT_REPLICA_CHECK_INTERVAL_MS = 500;

export interface ReplicaSettings {
  /** Connection string of the standby (DATABASE_REPLICA_URL). */
  url: string;
  /** Lag past which reads go to the primary (COXSWAIN_REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** Time between health checks (COXSWAIN_REPLICA_CHECK_INTERVAL_MS). */
  checkIntervalMs: number;
}

function wholeMs(env: NodeJS.ProcessEnv, name: string, fallback: number, least: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < least || Number(raw) > 2_147_483_647) {
    throw new Error(`${name} must be a whole number of milliseconds, at least ${least}, not "${raw}"`);
  }
  return Number(raw);
}

/**
 * DATABASE_REPLICA_URL, COXSWAIN_REPLICA_MAX_LAG_MS and COXSWAIN_REPLICA_CHECK_INTERVAL_MS; null
 * without a replica URL.
 */
export function replicaSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ReplicaSettings | null {
  const url = env.DATABASE_REPLICA_URL?.trim();
  const maxLagMs = wholeMs(env, 'COXSWAIN_REPLICA_MAX_LAG_MS', DEFAULT_REPLICA_MAX_LAG_MS, 0);
  const checkIntervalMs = wholeMs(env, 'COXSWAIN_REPLICA_CHECK_INTERVAL_MS', DEFAULT_REPLICA_CHECK_INTERVAL_MS, 50);
  if (!url) return null;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('DATABASE_REPLICA_URL must be a postgresql:// connection string');
  }
  if (protocol !== 'postgresql:' && protocol !== 'postgres:') {
    throw new Error('DATABASE_REPLICA_URL must be a postgresql:// connection string');
  }
  return { url, maxLagMs, checkIntervalMs };
}

/** An LSN as PostgreSQL prints it (`16/B374D848`), as a number that orders like the position. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  if (high === undefined || low === undefined) throw new Error(`not an LSN: ${lsn}`);
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

export type ReplicaState = 'unknown' | 'up' | 'lagging' | 'down';

/** What /readyz and metrics show of the replica. */
export interface ReplicaStatus {
  /** `up`: analytics reads go to it; `lagging` or `down`: to the primary; `unknown`: not checked yet. */
  state: ReplicaState;
  /** Replication lag in milliseconds, to within one check interval; null when unknown. */
  lagMs: number | null;
  /** The replica's replayed WAL position at the last check. */
  replayLsn: string | null;
  maxLagMs: number;
  /** When the last check ended (ISO 8601). */
  checkedAt: string | null;
  /** Why the replica is down. */
  reason?: string;
}

/** Where a read goes. */
export type ReadTarget = 'replica' | 'primary';

/** SQLSTATE classes and driver errors that mean the connection, not the statement, failed. */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e != null && typeof e === 'object' && depth < 8; depth++) {
    const x = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
    };
    const code = String(x.code ?? x.meta?.driverAdapterError?.cause?.originalCode ?? '');
    if (/^(08|57P0)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
    const kind = x.meta?.driverAdapterError?.cause?.kind;
    if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed' || kind === 'SocketTimeout') return true;
    if (typeof x.message === 'string' && /Connection terminated|terminating connection|ECONNREFUSED/.test(x.message)) {
      return true;
    }
    e = x.originalError ?? x.cause;
  }
  return false;
}

export class ReplicaRouter {
  private state: ReplicaState = 'unknown';
  private lagMs: number | null = null;
  private replay: bigint | null = null;
  private replayText: string | null = null;
  private checkedAt: Date | null = null;
  private reason: string | undefined;
  /** Primary WAL positions the replica had not replayed when seen, oldest first. */
  private pending: { lsn: bigint; at: number }[] = [];
  /** Per principal: the primary's WAL position after its last write. */
  private readonly marks = new Map<string, bigint>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ReplicaStatus> | null = null;
  private stopped = false;

  constructor(
    private readonly primary: SqlRunner,
    /** The standby as a Database of its own (its pool passes the primary's gate). */
    readonly standby: Database,
    readonly settings: ReplicaSettings,
  ) {}

  /** Starts the periodic health check (the first one at once). */
  start(): void {
    if (this.timer || this.stopped) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.settings.checkIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
    await this.standby.close();
  }

  status(): ReplicaStatus {
    return {
      state: this.state,
      lagMs: this.lagMs,
      replayLsn: this.replayText,
      maxLagMs: this.settings.maxLagMs,
      checkedAt: this.checkedAt?.toISOString() ?? null,
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }

  /**
   * Where an analytics read of `principal` goes now: the replica when it is up and has replayed
   * the principal's last write, else the primary.
   */
  target(principal: string | null): ReadTarget {
    if (this.state !== 'up' || this.replay === null) return 'primary';
    const mark = principal === null ? undefined : this.marks.get(principal);
    return mark === undefined || this.replay >= mark ? 'replica' : 'primary';
  }

  /** Notes that `principal` has just written: its reads stay on the primary until replayed. */
  async noteWrite(principal: string): Promise<void> {
    const [row] = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    if (row) this.marks.set(principal, lsnValue(row.lsn));
  }

  /**
   * Waits up to `waitMs` for the replica to replay everything the primary had written when
   * called (a bulk export must see the writes acknowledged before it was asked for); whether it
   * did, and is up.
   */
  async caughtUp(waitMs: number): Promise<boolean> {
    if (this.state !== 'up') return false;
    const [row] = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    if (!row) return false;
    const target = lsnValue(row.lsn);
    const until = Date.now() + waitMs;
    for (;;) {
      try {
        const [r] = await this.standby.sql.query<{ lsn: string | null }>(
          'SELECT pg_last_wal_replay_lsn()::text AS lsn',
        );
        if (r?.lsn && lsnValue(r.lsn) >= target) return true;
      } catch (error) {
        this.markDown(error);
        return false;
      }
      if (Date.now() >= until) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, this.settings.checkIntervalMs)));
    }
  }

  /** A read on the replica failed for want of a connection: reads go to the primary at once. */
  markDown(error: unknown): void {
    this.state = 'down';
    this.reason = error instanceof Error ? error.message : String(error);
  }

  /** One health check (also run by the timer); concurrent callers share it. */
  check(): Promise<ReplicaStatus> {
    this.running ??= this.runCheck().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runCheck(): Promise<ReplicaStatus> {
    const timeout = Math.max(1_000, 2 * this.settings.checkIntervalMs);
    try {
      const [primary] = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      const seenAt = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const [standby] = await Promise.race([
        this.standby.sql.query<{ standby: boolean; lsn: string | null }>(
          'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn',
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeout} ms`)), timeout);
        }),
      ]).finally(() => clearTimeout(timer));
      if (!primary || !standby) throw new Error('no row');
      if (!standby.standby || standby.lsn === null) {
        this.replay = null;
        this.replayText = null;
        this.lagMs = null;
        this.markDown(new Error('not a standby: pg_is_in_recovery() is false'));
      } else {
        const replay = lsnValue(standby.lsn);
        const written = lsnValue(primary.lsn);
        if (written > replay && !this.pending.some((p) => p.lsn === written)) {
          this.pending.push({ lsn: written, at: seenAt });
        }
        this.pending = this.pending.filter((p) => p.lsn > replay);
        const oldest = this.pending[0];
        this.lagMs = oldest ? Date.now() - oldest.at : 0;
        this.replay = replay;
        this.replayText = standby.lsn;
        for (const [principal, mark] of this.marks) if (mark <= replay) this.marks.delete(principal);
        this.state = this.lagMs > this.settings.maxLagMs ? 'lagging' : 'up';
        this.reason = this.state === 'lagging' ? `lag above ${this.settings.maxLagMs} ms` : undefined;
      }
    } catch (error) {
      this.markDown(error);
    }
    this.checkedAt = new Date();
    return this.status();
  }
}
