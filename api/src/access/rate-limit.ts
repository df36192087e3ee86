// Per-caller cost budgets as leaky buckets (Shopify's model): a bucket holds up to
// `maximumAvailable` points and refills at `restoreRate` points per second; an operation takes its
// requested cost before it runs and gets back what it did not use. Buckets live in Redis when the
// server has REDIS_URL (shared by every instance, updated atomically by a Lua script, timed by
// Redis' clock), else in this process.
import { Redis } from 'ioredis';

export interface LeakyBucket {
  /** Capacity in cost points. */
  maximumAvailable: number;
  /** Points restored per second. */
  restoreRate: number;
}

export interface BucketState {
  allowed: boolean;
  /** Points left after the call. */
  available: number;
}

export interface CostBucketStore {
  /** Takes `cost` points when that many are available; otherwise takes nothing. */
  take(key: string, cost: number, bucket: LeakyBucket): Promise<BucketState>;
  /** Gives `points` back (never above capacity); returns the points available. */
  refund(key: string, points: number, bucket: LeakyBucket): Promise<number>;
  close(): Promise<void>;
}

interface MemoryBucket {
  available: number;
  at: number;
}

export interface MemoryBucketStoreOptions {
  /** Clock in milliseconds (tests drive it by hand). */
  now?: () => number;
  /** Buckets kept before full ones are dropped. */
  maxBuckets?: number;
}

export function memoryBucketStore({
  now = Date.now,
  maxBuckets = 10_000,
}: MemoryBucketStoreOptions = {}): CostBucketStore {
  const buckets = new Map<string, MemoryBucket>();
  function current(key: string, bucket: LeakyBucket): MemoryBucket {
    const t = now();
    const state = buckets.get(key);
    const available = state
      ? Math.min(bucket.maximumAvailable, state.available + ((t - state.at) / 1000) * bucket.restoreRate)
      : bucket.maximumAvailable;
    const next = { available, at: t };
    if (!state && buckets.size >= maxBuckets) {
      // A full bucket holds no information: forget those first.
      for (const [k, b] of buckets) {
        if (b.available + ((t - b.at) / 1000) * bucket.restoreRate >= bucket.maximumAvailable) buckets.delete(k);
      }
    }
    buckets.set(key, next);
    return next;
  }
  return {
    async take(key, cost, bucket) {
      const state = current(key, bucket);
      if (cost > state.available) return { allowed: false, available: state.available };
      state.available -= cost;
      return { allowed: true, available: state.available };
    },
    async refund(key, points, bucket) {
      const state = current(key, bucket);
      state.available = Math.min(bucket.maximumAvailable, state.available + points);
      return state.available;
    },
    async close() {
      buckets.clear();
    },
  };
}

// KEYS[1] bucket; ARGV: capacity, restore rate per second, points, mode (take | refund), and
// optionally the time in milliseconds (a test clock; otherwise Redis' own, shared by instances).
// Returns {allowed (1/0), available as text} (Lua numbers would be truncated to integers).
const BUCKET_SCRIPT = `
local now
if ARGV[5] then
  now = tonumber(ARGV[5])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local max = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local points = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = tonumber(state[1]) or max
local at = tonumber(state[2]) or now
available = math.min(max, available + math.max(0, now - at) * rate / 1000)
local allowed = 1
if ARGV[4] == 'take' then
  if points <= available then available = available - points else allowed = 0 end
else
  available = math.min(max, available + points)
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((max - available) / rate * 1000) + 60000)
return {allowed, tostring(available)}
`;

export interface RedisBucketStoreOptions {
  /** `redis://host:port/db` (REDIS_URL). */
  url?: string;
  /** An existing client (not closed by the store). */
  client?: Redis;
  /** Prefix of every key the store writes (default `coxswain:cost:`). */
  keyPrefix?: string;
  /** Clock in milliseconds instead of Redis' (tests drive it by hand). */
  now?: () => number;
}

export function redisBucketStore({
  url,
  client,
  keyPrefix = 'coxswain:cost:',
  now,
}: RedisBucketStoreOptions): CostBucketStore {
  const redis =
    client ??
    new Redis(url ?? 'redis://127.0.0.1:6379', {
      maxRetriesPerRequest: 2,
      enableAutoPipelining: true,
      lazyConnect: false,
    });
  const owned = !client;
  redis.defineCommand('coxswainBucket', { numberOfKeys: 1, lua: BUCKET_SCRIPT });
  const run = async (key: string, points: number, bucket: LeakyBucket, mode: 'take' | 'refund') => {
    const [allowed, available] = (await (
      redis as unknown as { coxswainBucket: (...args: (string | number)[]) => Promise<[number, string]> }
    ).coxswainBucket(
      `${keyPrefix}${key}`,
      bucket.maximumAvailable,
      bucket.restoreRate,
      points,
      mode,
      ...(now ? [Math.floor(now())] : []),
    )) as [number, string];
    return { allowed: allowed === 1, available: Number(available) };
  };
  return {
    take: (key, cost, bucket) => run(key, cost, bucket, 'take'),
    async refund(key, points, bucket) {
      return (await run(key, points, bucket, 'refund')).available;
    },
    async close() {
      if (owned) await redis.quit();
    },
  };
}
