// A fair share of PostgreSQL's connection pool per organization (issue 23): every organization's
// requests share one pool, so one organization's concurrent analytics could hold all its
// connections while another's one-statement page waited seconds for one. The gate stands where a
// connection is checked out (database.ts) and, for work started inside a request (`run`), first
// takes a slot of the request, then a slot of its organization; both are given back when the
// connection is. A connection, not a statement, is what is counted: a transaction holds one slot
// for its whole life and its statements take no other.
//
// Connections are not what a flood of analytics exhausts first: the database server's cores are.
// A heavy request (its analytics cost at least HEAVY_QUERY_COST, access/cost.ts) first takes one
// of its organization's heavy slots, held for its whole execution, and takes its connections one
// at a time (its aliased analytics run in turn): one organization's analytics then run at most
// `heavyPerTenant` statements at once, whatever its connection share. Its pages and mutations
// only take connections. A heavy request waits for its slot before it has run anything, so a
// refusal wastes no work.
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
  /**
   * Heavy requests (analytics) one organization may execute at once, each on one connection at a
   * time; 0 turns the heavy limit off (heavy requests are gated as any other).
   */
  heavyPerTenant: number;
  /** Longest wait for a slot, in milliseconds, before the request is refused. */
  waitMs: number;
}

/** Connections of a request by default: a page and its count, side by side. */
export const DEFAULT_REQUEST_CONCURRENCY = 2;
export const DEFAULT_GATE_WAIT_MS = 10_000;
/**
 * Heavy requests of an organization by default: about half the database server's cores divided
 * by the organizations expected to be active at once; 1 on the 2-core reference machine.
 */
export const DEFAULT_TENANT_HEAVY_CONCURRENCY = 1;

/**
 * Half the pool per organization (at least one), two connections per request, one heavy request
 * per organization, a 10 s wait.
 */
export function defaultGateLimits(poolSize: number): GateLimits {
  return {
    perTenant: Math.max(1, Math.floor(poolSize / 2)),
    perRequest: DEFAULT_REQUEST_CONCURRENCY,
    heavyPerTenant: DEFAULT_TENANT_HEAVY_CONCURRENCY,
    waitMs: DEFAULT_GATE_WAIT_MS,
  };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, zero = false): number | undefined {
  const raw = env[name];
  if (raw == null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (zero ? 0 : 1)) {
    throw new Error(`${name} must be a ${zero ? 'whole number, 0 or more' : 'positive whole number'}, got ${raw}`);
  }
  return n;
}

/**
 * `COXSWAIN_TENANT_MAX_CONCURRENCY`, `COXSWAIN_REQUEST_MAX_CONCURRENCY`,
 * `COXSWAIN_TENANT_MAX_HEAVY` and `COXSWAIN_DB_QUEUE_TIMEOUT_MS` over the defaults for a pool
 * of `poolSize`.
 */
export function gateLimitsFromEnv(poolSize: number, env: NodeJS.ProcessEnv = process.env): GateLimits {
  const defaults = defaultGateLimits(poolSize);
  return {
    perTenant: positiveInt(env, 'COXSWAIN_TENANT_MAX_CONCURRENCY') ?? defaults.perTenant,
    perRequest: positiveInt(env, 'COXSWAIN_REQUEST_MAX_CONCURRENCY') ?? defaults.perRequest,
    heavyPerTenant: positiveInt(env, 'COXSWAIN_TENANT_MAX_HEAVY', true) ?? defaults.heavyPerTenant,
    waitMs: positiveInt(env, 'COXSWAIN_DB_QUEUE_TIMEOUT_MS') ?? defaults.waitMs,
  };
}

const BUSY_MESSAGES = {
  organization: (ms: number) =>
    `Your organization's requests hold their whole share of database connections; this one waited ${ms} ms for one. Retry shortly, or send fewer expensive operations at once.`,
  request: (ms: number) =>
    `This request's fields waited ${ms} ms for one of its database connections; ask for fewer fields at once.`,
  analytics: (ms: number) =>
    `Your organization's analytics already run as many at once as its share of the database allows; this one waited ${ms} ms to start. Retry shortly, or send fewer analytics at once.`,
};

/** A request's wait for a slot exceeded the gate's `waitMs`. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
  constructor(
    /**
     * Whose slots were all taken: the organization's connections, the request's own, or the
     * organization's heavy slots.
     */
    readonly holder: keyof typeof BUSY_MESSAGES,
    readonly waitMs: number,
  ) {
    super(BUSY_MESSAGES[holder](waitMs));
  }
}

/** The database work of one request: its organization, its own slots, and a refusal if any. */
export interface RequestWork {
  readonly organizationId: number;
  /** Takes one of its organization's heavy slots for the whole of `run`. */
  readonly heavy: boolean;
  /** Set when this request waited too long for a slot. */
  refused: DatabaseBusyError | null;
  /**
   * Runs `fn` (the request's execution) so that the connections it checks out are gated; a heavy
   * request first waits for a heavy slot (rejects with DatabaseBusyError past the bound).
   */
  run<T>(fn: () => T | Promise<T>): Promise<T>;
}

interface WorkState {
  gate: DatabaseGate;
  work: RequestWork;
  slots: SemaphoreInterface;
}

interface TenantSlots {
  slots: SemaphoreInterface;
  heavy: SemaphoreInterface;
  /** Holders and waiters of either: the entry is dropped when none is left. */
  users: number;
}

const current = new AsyncLocalStorage<WorkState>();

export class DatabaseGate {
  private readonly tenants = new Map<number, TenantSlots>();

  constructor(readonly limits: GateLimits) {
    for (const [name, value] of Object.entries(limits)) {
      const least = name === 'heavyPerTenant' ? 0 : 1;
      if (!Number.isInteger(value) || value < least)
        throw new Error(`gate limit ${name} must be a whole number >= ${least}`);
    }
  }

  /** The work of a new request of `organizationId`; `heavy` as access/cost.ts decides it. */
  begin(organizationId: number, options: { heavy?: boolean } = {}): RequestWork {
    const heavy = (options.heavy ?? false) && this.limits.heavyPerTenant > 0;
    const slots = withTimeout(new Semaphore(heavy ? 1 : this.limits.perRequest), this.limits.waitMs);
    const work: RequestWork = {
      organizationId,
      heavy,
      refused: null,
      run: async (fn) => {
        const state = { gate: this, work, slots };
        if (!heavy) return current.run(state, fn);
        const tenant = this.enter(organizationId);
        try {
          const release = await this.take(tenant.heavy, work, 'analytics');
          try {
            return await current.run(state, fn);
          } finally {
            release();
          }
        } finally {
          this.leave(organizationId, tenant);
        }
      },
    };
    return work;
  }

  /** Connections held now by an organization's requests (for tests and metrics). */
  held(organizationId: number): number {
    const tenant = this.tenants.get(organizationId);
    return tenant ? this.limits.perTenant - tenant.slots.getValue() : 0;
  }

  /** Heavy requests of an organization executing now (for tests and metrics). */
  heavyRunning(organizationId: number): number {
    const tenant = this.tenants.get(organizationId);
    return tenant ? this.limits.heavyPerTenant - tenant.heavy.getValue() : 0;
  }

  /** The organization's slots, counted as used until `leave`. */
  private enter(organizationId: number): TenantSlots {
    let tenant = this.tenants.get(organizationId);
    if (!tenant) {
      tenant = {
        slots: withTimeout(new Semaphore(this.limits.perTenant), this.limits.waitMs),
        heavy: withTimeout(new Semaphore(this.limits.heavyPerTenant), this.limits.waitMs),
        users: 0,
      };
      this.tenants.set(organizationId, tenant);
    }
    tenant.users++;
    return tenant;
  }

  private leave(organizationId: number, tenant: TenantSlots) {
    tenant.users--;
    if (tenant.users === 0 && this.tenants.get(organizationId) === tenant) this.tenants.delete(organizationId);
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
    const tenant = this.enter(work.organizationId);
    let releaseTenant: () => void;
    try {
      releaseTenant = await this.take(tenant.slots, work, 'organization');
    } catch (error) {
      this.leave(work.organizationId, tenant);
      releaseRequest();
      throw error;
    }
    return () => {
      releaseTenant();
      this.leave(work.organizationId, tenant);
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
