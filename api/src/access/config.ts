// Security settings of the server, from the environment unless the caller passes them (tests).
// Every number is documented in docs/security.md.
import { readFileSync } from 'node:fs';
import type { CORSOptions } from 'graphql-yoga';
import type { JwtOptions } from './jwt.js';
import { jwtOptionsFromEnv } from './jwt.js';
import { DEFAULT_OPERATION_LIMITS, type DocumentCacheLimits, type OperationLimitsOptions } from './plugins.js';
import type { CostBucketStore, LeakyBucket } from './rate-limit.js';

export interface CostSettings {
  maxQueryCost: number;
  /** Per-caller budget; false reports cost without limiting. */
  bucket: LeakyBucket | false;
  /** Redis URL for the buckets; memory when absent. */
  redisUrl?: string;
  /** Prefix of the Redis keys (several deployments can share one Redis). */
  redisKeyPrefix?: string;
  /** A store to use instead of Redis or memory (tests drive the clock with it). */
  store?: CostBucketStore;
}

export interface SecurityOptions {
  /** Production mode: no introspection or field suggestions unless enabled. */
  production: boolean;
  /** Accept JWTs (HS256 secret or JWKS); API keys are always accepted. */
  jwt?: JwtOptions;
  limits: OperationLimitsOptions;
  /** Largest request body in bytes (413 above). */
  maxRequestBytes: number;
  cost: CostSettings;
  /** Persisted operations (sha256 -> document); first-party JWT callers may send only these. */
  trustedDocuments?: Record<string, string>;
  /**
   * Automatic persisted queries for callers who may send any document (an in-memory cache per
   * process, partitioned by organization); false: a hash outside the trusted list is unknown.
   */
  automaticPersistedQueries: DocumentCacheLimits | false;
  /** Origins allowed to call from a browser; false: no CORS headers (same-origin only). */
  cors: CORSOptions | false;
  /** Require a CSRF header on requests a browser could send without a preflight. */
  csrf: boolean;
  introspection: boolean;
  /** Clock for credential expiry (tests). */
  now?: () => Date;
}

/** Shopify's standard Admin API numbers: a 1,000-point bucket refilled at 50 points a second. */
export const DEFAULT_BUCKET: LeakyBucket = { maximumAvailable: 1000, restoreRate: 50 };
export const DEFAULT_MAX_QUERY_COST = 1000;
export const DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/** Room for a thousand typical documents (a few kB each) in a few MiB of memory. */
export const DEFAULT_APQ_CACHE: DocumentCacheLimits = { maxEntries: 1000, maxBytes: 4 * 1024 * 1024 };

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value == null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${value}`);
  return n;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value == null || value === '') return fallback;
  return value === 'true' || value === '1';
}

function trustedDocumentsFrom(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `COXSWAIN_TRUSTED_DOCUMENTS names ${file}, which is not a readable JSON file (${(error as Error).message})`,
    );
  }
}

export function securityOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityOptions {
  const production = env.NODE_ENV === 'production';
  const origins = env.COXSWAIN_CORS_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const documentsFile = env.COXSWAIN_TRUSTED_DOCUMENTS;
  return {
    production,
    jwt: jwtOptionsFromEnv(env),
    limits: {
      maxDepth: int(env, 'COXSWAIN_MAX_DEPTH', DEFAULT_OPERATION_LIMITS.maxDepth),
      maxAliases: int(env, 'COXSWAIN_MAX_ALIASES', DEFAULT_OPERATION_LIMITS.maxAliases),
      maxTokens: int(env, 'COXSWAIN_MAX_TOKENS', DEFAULT_OPERATION_LIMITS.maxTokens),
      maxDirectives: int(env, 'COXSWAIN_MAX_DIRECTIVES', DEFAULT_OPERATION_LIMITS.maxDirectives),
      maxNesting: int(env, 'COXSWAIN_MAX_NESTING', DEFAULT_OPERATION_LIMITS.maxNesting),
      fieldSuggestions: flag(env.COXSWAIN_FIELD_SUGGESTIONS, !production),
    },
    maxRequestBytes: int(env, 'COXSWAIN_MAX_REQUEST_BYTES', DEFAULT_MAX_REQUEST_BYTES),
    cost: {
      maxQueryCost: int(env, 'COXSWAIN_MAX_QUERY_COST', DEFAULT_MAX_QUERY_COST),
      bucket: {
        maximumAvailable: int(env, 'COXSWAIN_COST_BUCKET_SIZE', DEFAULT_BUCKET.maximumAvailable),
        restoreRate: int(env, 'COXSWAIN_COST_RESTORE_RATE', DEFAULT_BUCKET.restoreRate),
      },
      redisUrl: env.REDIS_URL || undefined,
      redisKeyPrefix: env.COXSWAIN_REDIS_PREFIX || undefined,
    },
    trustedDocuments: documentsFile ? trustedDocumentsFrom(documentsFile) : undefined,
    automaticPersistedQueries: flag(env.COXSWAIN_APQ, true)
      ? {
          maxEntries: int(env, 'COXSWAIN_APQ_MAX_ENTRIES', DEFAULT_APQ_CACHE.maxEntries),
          maxBytes: int(env, 'COXSWAIN_APQ_MAX_BYTES', DEFAULT_APQ_CACHE.maxBytes),
        }
      : false,
    // Without configured origins: any origin in development (GraphiQL, local tools), none in production.
    cors: origins?.length
      ? {
          origin: origins,
          credentials: false,
          allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'x-graphql-yoga-csrf'],
          exposedHeaders: ['retry-after', 'www-authenticate'],
          maxAge: 600,
        }
      : production
        ? false
        : {},
    csrf: true,
    introspection: flag(env.COXSWAIN_INTROSPECTION, !production),
  };
}

/** Settings a caller overrides; `limits` and `cost` are merged field by field. */
export type SecurityOverrides = Partial<Omit<SecurityOptions, 'limits' | 'cost'>> & {
  limits?: Partial<OperationLimitsOptions>;
  cost?: Partial<CostSettings>;
};

/**
 * The environment's settings with the caller's overrides. `production` given by the caller picks
 * the defaults of that mode (introspection, field suggestions, CORS) as NODE_ENV would, so
 * `production: true` alone hides the schema; settings given explicitly still win.
 */
export function resolveSecurityOptions(
  overrides: SecurityOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): SecurityOptions {
  const mode =
    overrides.production === undefined
      ? env
      : { ...env, NODE_ENV: overrides.production ? 'production' : env.NODE_ENV === 'production' ? '' : env.NODE_ENV };
  const base = securityOptionsFromEnv(mode);
  return {
    ...base,
    ...overrides,
    limits: { ...base.limits, ...overrides.limits },
    cost: { ...base.cost, ...overrides.cost },
  };
}
