// A fair share of PostgreSQL's connection pool per organization (issue 23): every organization's
// requests share one pool, so one organization's concurrent analytics could hold all its
// connections while another's one-statement page waited seconds for one. The gate stands where a
// connection is checked out (database.ts) and, for work started inside a request (`run`), first
// takes a slot of the request, then a slot of its organization; both are given back when the
// connection is. A connection, not a statement, is what is counted: a transaction holds one slot
// for its whole life and its statements take no other.
//
// Waiting for a slot is bounded (`waitMs`): past it the checkout fails with DatabaseBusyError and
// the server answers THROTTLED (503). Work outside a request (migrations, authentication, seeding,
// scripts) is not gated. Limits and defaults are in docs/security.md ("Database share").
import { AsyncLocalStorage } from 'node:async_hooks';
import { E_TIMEOUT, Semaphore, type SemaphoreInterface, withTimeout } from 'async-mutex';

export interface GateLimits {
  /** Connections one organization's requests may hold at once. */
  perTenant: number;
  /** Connections one request may hold at once (aliased fields resolve in parallel). */
  perRequest: number;
  /** Longest wait for a slot, in milliseconds, before the request is refused. */
  waitMs: number;
}

/** Connections of a request by default: a page and its count, side by side. */
export const DEFAULT_REQUEST_CONCURRENCY = 2;
export const DEFAULT_GATE_WAIT_MS = 10_000;

/** Half the pool per organization (at least one), two connections per request, a 10 s wait. */
export function defaultGateLimits(poolSize: number): GateLimits {
  return {
    perTenant: Math.max(1, Math.floor(poolSize / 2)),
    perRequest: DEFAULT_REQUEST_CONCURRENCY,
    waitMs: DEFAULT_GATE_WAIT_MS,
  };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw == null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got ${raw}`);
  return n;
}

/**
 * `COXSWAIN_TENANT_MAX_CONCURRENCY`, `COXSWAIN_REQUEST_MAX_CONCURRENCY` and
 * `COXSWAIN_DB_QUEUE_TIMEOUT_MS` over the defaults for a pool of `poolSize`.
 */
export function gateLimitsFromEnv(poolSize: number, env: NodeJS.ProcessEnv = process.env): GateLimits {
  const defaults = defaultGateLimits(poolSize);
  return {
    perTenant: positiveInt(env, 'COXSWAIN_TENANT_MAX_CONCURRENCY') ?? defaults.perTenant,
    perRequest: positiveInt(env, 'COXSWAIN_REQUEST_MAX_CONCURRENCY') ?? defaults.perRequest,
    waitMs: positiveInt(env, 'COXSWAIN_DB_QUEUE_TIMEOUT_MS') ?? defaults.waitMs,
  };
}

/** A request's wait for a connection slot exceeded the gate's `waitMs`. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
  constructor(
    /** Whose slots were all taken: the organization's, or the request's own. */
    readonly holder: 'organization' | 'request',
    readonly waitMs: number,
  ) {
    super(
      holder === 'organization'
        ? `Your organization's requests hold their whole share of database connections; this one waited ${waitMs} ms for one. Retry shortly, or send fewer expensive operations at once.`
        : `This request's fields waited ${waitMs} ms for one of its database connections; ask for fewer fields at once.`,
    );
  }
}

/** The database work of one request: its organization, its own slots, and a refusal if any. */
export interface RequestWork {
  readonly organizationId: number;
  /** Set when a checkout of this request waited too long. */
  refused: DatabaseBusyError | null;
  /** Runs `fn` (the request's execution) so that the connections it checks out are gated. */
  run<T>(fn: () => T): T;
}

interface WorkState {
  gate: DatabaseGate;
  work: RequestWork;
  slots: SemaphoreInterface;
}

interface TenantSlots {
  slots: SemaphoreInterface;
  /** Holders and waiters: the entry is dropped when none is left. */
  users: number;
}

const current = new AsyncLocalStorage<WorkState>();

export class DatabaseGate {
  private readonly tenants = new Map<number, TenantSlots>();

  constructor(readonly limits: GateLimits) {
    for (const [name, value] of Object.entries(limits)) {
      if (!Number.isInteger(value) || value <= 0) throw new Error(`gate limit ${name} must be a positive whole number`);
    }
  }

  /** The work of a new request of `organizationId`. */
  begin(organizationId: number): RequestWork {
    const slots = withTimeout(new Semaphore(this.limits.perRequest), this.limits.waitMs);
    const work: RequestWork = {
      organizationId,
      refused: null,
      run: (fn) => current.run({ gate: this, work, slots }, fn),
    };
    return work;
  }

  /** Connections held now by an organization's requests (for tests and metrics). */
  held(organizationId: number): number {
    const tenant = this.tenants.get(organizationId);
    return tenant ? this.limits.perTenant - tenant.slots.getValue() : 0;
  }

  /**
   * Checks out a connection with `connect`, first taking the current request's slot and its
   * organization's when called inside `RequestWork.run`; the client's release gives them back.
   */
  async checkout<C extends { release(err?: Error | boolean): void }>(connect: () => Promise<C>): Promise<C> {
    const state = current.getStore();
    if (!state || state.gate !== this) return connect();
    const giveBack = await this.acquire(state);
    let client: C;
    try {
      client = await connect();
    } catch (error) {
      giveBack();
      throw error;
    }
    // pg-pool sets a new release function on every checkout, so this wraps this checkout's only.
    const release = client.release.bind(client);
    let released = false;
    client.release = (err?: Error | boolean) => {
      if (!released) {
        released = true;
        giveBack();
      }
      release(err);
    };
    return client;
  }

  private async acquire(state: WorkState): Promise<() => void> {
    const { work } = state;
    // The request's own slot first, so a request waiting on itself holds none of its organization's.
    const releaseRequest = await this.take(state.slots, work, 'request');
    let tenant = this.tenants.get(work.organizationId);
    if (!tenant) {
      tenant = { slots: withTimeout(new Semaphore(this.limits.perTenant), this.limits.waitMs), users: 0 };
      this.tenants.set(work.organizationId, tenant);
    }
    tenant.users++;
    const leave = (entry: TenantSlots) => {
      entry.users--;
      if (entry.users === 0 && this.tenants.get(work.organizationId) === entry)
        this.tenants.delete(work.organizationId);
    };
    let releaseTenant: () => void;
    try {
      releaseTenant = await this.take(tenant.slots, work, 'organization');
    } catch (error) {
      leave(tenant);
      releaseRequest();
      throw error;
    }
    const entry = tenant;
    return () => {
      releaseTenant();
      leave(entry);
      releaseRequest();
    };
  }

  private async take(slots: SemaphoreInterface, work: RequestWork, holder: DatabaseBusyError['holder']) {
    try {
      const [, release] = await slots.acquire();
      return release;
    } catch (error) {
      if (error !== E_TIMEOUT) throw error;
      const refusal = new DatabaseBusyError(holder, this.limits.waitMs);
      work.refused ??= refusal;
      throw refusal;
    }
  }
}
