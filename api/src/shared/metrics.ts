// Prometheus metrics of the process (prom-client), served at /metrics by the server (server.ts)
// and, under the cluster supervisor (api/src/cluster.ts), summed over the workers on the
// supervisor's own port. One registry per process: the collectors below are module singletons that
// the server, the database layer and the one-statement reader update as they work. Other parts
// (the read replica's lag) set their gauges here too, so that every series is declared in one
// place and named the same way (docs/development.md, "Metrics").
import type { Pool } from 'pg';
import { AggregatorRegistry, Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'coxswain_' });

/**
 * In a cluster worker: answers the supervisor's requests for this process's metrics (prom-client
 * listens for them once an AggregatorRegistry exists in the process).
 */
export function answerClusterMetrics(): void {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
}

/** Operation names kept as label values; more distinct names (clients choose them) count as `other`. */
export const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

/**
 * The label of an operation: its name (anonymous for none), at most MAX_OPERATION_NAMES distinct
 * ones per process, so that a client sending a new name each time cannot grow the series without
 * bound. Names are letters, digits and underscores by GraphQL's grammar.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}

export const requestsTotal = new Counter({
  name: 'coxswain_graphql_requests_total',
  help: 'GraphQL operations answered, by operation name and outcome (ok: no errors; error: any error).',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});

export const requestDuration = new Histogram({
  name: 'coxswain_graphql_request_duration_seconds',
  help: 'Time from the request reaching GraphQL to its response, by operation name.',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const rateLimitRefusals = new Counter({
  name: 'coxswain_rate_limit_refusals_total',
  help: "Operations refused to protect capacity: cost_budget (the caller's leaky bucket, 429), and the database share of an organization or request (503).",
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const nestedReadFallbacks = new Counter({
  name: 'coxswain_nested_read_fallbacks_total',
  help: "Pages the one-statement reader could not compile and read through Prisma's findMany instead, by model.",
  labelNames: ['model'] as const,
  registers: [registry],
});

/**
 * Replication lag of the read replica in seconds, set by whoever measures it (the replica's
 * health check); absent until first set.
 */
export const replicaLagSeconds = new Gauge({
  name: 'coxswain_replica_lag_seconds',
  help: 'Replication lag of the read replica, in seconds, as last measured.',
  registers: [registry],
});

/** Pools tracked by name (`primary`, `replica`): a process normally has one of each. */
const pools = new Map<string, Set<Pool>>();

/** Tracks a pg pool's use under `name` until the returned function is called (when it closes). */
export function trackPool(name: string, pool: Pool): () => void {
  let set = pools.get(name);
  if (!set) {
    set = new Set();
    pools.set(name, set);
  }
  set.add(pool);
  return () => {
    set.delete(pool);
  };
}

new Gauge({
  name: 'coxswain_db_pool_connections',
  help: 'Connections of the database pools: total open, idle, in use, and callers waiting for one.',
  labelNames: ['pool', 'state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [name, set] of pools) {
      let total = 0;
      let idle = 0;
      let waiting = 0;
      for (const pool of set) {
        total += pool.totalCount;
        idle += pool.idleCount;
        waiting += pool.waitingCount;
      }
      this.set({ pool: name, state: 'total' }, total);
      this.set({ pool: name, state: 'idle' }, idle);
      this.set({ pool: name, state: 'in_use' }, total - idle);
      this.set({ pool: name, state: 'waiting' }, waiting);
    }
  },
});
