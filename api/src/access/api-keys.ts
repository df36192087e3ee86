// API keys (docs/design.md §2). A key reads `cxs_<id>_<secret><check>`:
// - `cxs_<id>` (16 characters) is the public prefix, unique, stored and shown to admins;
// - `<secret>` is 32 random base62 characters (190 bits), never stored;
// - `<check>` is a CRC32 of everything before it, so typos and secret scanners are recognised
//   without touching the database (as GitHub's token format does).
// The database keeps HMAC-SHA256(secret) under a server-side key (COXSWAIN_API_KEY_SECRET): a
// stolen table is useless without it. A slow KDF buys nothing for a 190-bit random secret and
// would make every request pay for it.
//
// Authentication runs before the caller's organization is known, on every request, so it uses
// one SQL statement on `db.sql` instead of the tenant client (and stays out of the Prisma query
// counter that tests use to catch N+1 queries).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Database } from '../db/database.js';
import type { SqlConnection } from '../db/sql-runner.js';
import type { OrganizationSettings } from '../shared/context.js';
import { throwIfAny, type UserErrorShape, userError } from '../shared/errors.js';
import { isScope, organizationLevelGrants, type Scope } from './scopes.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TOKEN = /^(cxs_[0-9A-Za-z]{12})_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;
const DEVELOPMENT_SECRET = 'coxswain-development-api-key-secret-do-not-use-in-production';
const LAST_USED_RESOLUTION_MS = 60_000;

/** Random base62 text; rejection sampling keeps every character equally likely. */
function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  for (let i = 0; i < width; i++) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out;
}

function checksum(body: string): string {
  return base62(crc32(body), 6);
}

/**
 * The HMAC key: COXSWAIN_API_KEY_SECRET (at least 32 characters), required in production; a
 * fixed development value otherwise, so keys made on a laptop never work on a server.
 */
export function apiKeySecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.COXSWAIN_API_KEY_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error('COXSWAIN_API_KEY_SECRET must be at least 32 characters');
    return configured;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('COXSWAIN_API_KEY_SECRET must be set in production (32+ random characters)');
  }
  return DEVELOPMENT_SECRET;
}

export function hashSecret(secret: string, key = apiKeySecret()): string {
  return `hmac-sha256$${createHmac('sha256', key).update(secret).digest('base64url')}`;
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface GeneratedApiKey {
  /** The whole key, shown once. */
  token: string;
  /** Public part, stored and shown to admins. */
  prefix: string;
  secretHash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = `cxs_${randomBase62(12)}`;
  const secret = randomBase62(32);
  const body = `${prefix}_${secret}`;
  return { token: `${body}${checksum(body)}`, prefix, secretHash: hashSecret(secret) };
}

/** Splits a presented key; null when it is not shaped like one or its checksum is wrong. */
export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const [, prefix, secret, check] = m as unknown as [string, string, string, string];
  if (checksum(`${prefix}_${secret}`) !== check) return null;
  return { prefix, secret };
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('cxs_');
}

export interface IssueApiKeyInput {
  organizationId: number;
  name: string;
  scopes: readonly Scope[];
  repId?: number | null;
  expiresAt?: Date | null;
}

export interface IssuedApiKey {
  id: number;
  token: string;
  prefix: string;
}

/** A key's name: 1 to 100 characters. */
export const MAX_API_KEY_NAME = 100;
/** The furthest expiry a key may be given: 3 years. */
export const MAX_API_KEY_LIFETIME_MS = 3 * 366 * 86_400_000;

/**
 * Every rule a new key must meet, as user errors on the admin mutation's input fields (the CLI
 * maps them to its flags): a name, known scopes, an expiry within 3 years, a rep of the
 * organization, and no organization-level scope on a key bound to a rep.
 */
async function apiKeyInputErrors(sql: SqlConnection, input: IssueApiKeyInput): Promise<UserErrorShape[]> {
  const errors: UserErrorShape[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError('REQUIRED', 'name must not be empty', ['input', 'name']));
  if (name.length > MAX_API_KEY_NAME) {
    errors.push(userError('TOO_LONG', `name is longer than ${MAX_API_KEY_NAME} characters`, ['input', 'name']));
  }
  if (input.scopes.length === 0) {
    errors.push(userError('REQUIRED', 'scopes must name at least one scope', ['input', 'scopes']));
  }
  const unknown = input.scopes.filter((scope) => !isScope(scope));
  if (unknown.length) errors.push(userError('INVALID', `unknown scope ${unknown.join(', ')}`, ['input', 'scopes']));
  const expiresAt = input.expiresAt?.getTime();
  if (expiresAt != null && (expiresAt <= Date.now() || expiresAt > Date.now() + MAX_API_KEY_LIFETIME_MS)) {
    errors.push(
      userError('OUT_OF_RANGE', 'expiresAt must be in the future and at most 3 years ahead', ['input', 'expiresAt']),
    );
  }
  if (input.repId != null) {
    const [rep] = await sql.query('SELECT 1 FROM "Rep" WHERE id = $1 AND "organizationId" = $2', [
      input.repId,
      input.organizationId,
    ]);
    if (!rep) errors.push(userError('NOT_FOUND', 'input.repId does not exist', ['input', 'repId']));
    const organizationLevel = organizationLevelGrants(input.scopes);
    if (organizationLevel.length) {
      errors.push(
        userError(
          'INVALID',
          `${organizationLevel.join(', ')} is organization-level (ingestion writes across the organization), so a key bound to a rep cannot hold it; create the key without a rep`,
          ['input', 'scopes'],
        ),
      );
    }
  }
  return errors;
}

/**
 * Creates a key: the one path for the admin mutation (on its transaction, `sqlOf(tx)`), the CLI,
 * the demo start and test clients. Bad input is refused with a `UserInputError` naming the
 * field, and nothing is written. `actor` (e.g. `system:cli`) records the creation in the audit
 * trail as the system; the mutation records its own event for the calling key or user instead.
 */
export async function issueApiKey(sql: SqlConnection, input: IssueApiKeyInput, actor?: string): Promise<IssuedApiKey> {
  const scopes = [...new Set(input.scopes)];
  const checked = { ...input, name: input.name.trim(), scopes };
  throwIfAny(await apiKeyInputErrors(sql, checked));
  const key = generateApiKey();
  const [row] = await sql.query<{ id: number }>(
    `INSERT INTO "ApiKey" ("organizationId", name, prefix, "secretHash", scopes, "repId", "expiresAt")
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7) RETURNING id`,
    [
      checked.organizationId,
      checked.name,
      key.prefix,
      key.secretHash,
      scopes,
      checked.repId ?? null,
      checked.expiresAt ?? null,
    ],
  );
  const id = (row as { id: number }).id;
  if (actor) {
    const { organizationId, name, repId, expiresAt } = checked;
    await auditSystem(sql, actor, organizationId, 'apiKey.create', {
      id,
      name,
      prefix: key.prefix,
      scopes,
      repId: repId ?? null,
      expiresAt: expiresAt ?? null,
    });
  }
  return { id, token: key.token, prefix: key.prefix };
}

/** The system's own audit event for a key made or revoked outside a request. */
async function auditSystem(
  sql: SqlConnection,
  actor: string,
  organizationId: number,
  action: string,
  key: { id: number; [k: string]: unknown },
): Promise<void> {
  await sql.query(
    `INSERT INTO "AuditEvent" ("organizationId", "actorType", "actorId", action, "entityType", "entityId", after)
     VALUES ($1, 'SYSTEM', $2, $3, 'ApiKey', $4, $5::jsonb)`,
    [organizationId, actor, action, String(key.id), JSON.stringify(key)],
  );
}

/** Revokes active keys matching `where` (`prefix = $1` or `name = $1` in an organization), with audit. */
export async function revokeApiKeys(
  sql: SqlConnection,
  filter: { prefix: string } | { organizationId: number; name: string },
  actor: string,
): Promise<number> {
  const rows = await sql.query<{ id: number; organizationId: number; prefix: string; revokedAt: Date }>(
    'prefix' in filter
      ? `UPDATE "ApiKey" SET "revokedAt" = now() WHERE prefix = $1 AND "revokedAt" IS NULL
         RETURNING id, "organizationId", prefix, "revokedAt"`
      : `UPDATE "ApiKey" SET "revokedAt" = now() WHERE "organizationId" = $1 AND name = $2 AND "revokedAt" IS NULL
         RETURNING id, "organizationId", prefix, "revokedAt"`,
    'prefix' in filter ? [filter.prefix] : [filter.organizationId, filter.name],
  );
  for (const row of rows) {
    await auditSystem(sql, actor, row.organizationId, 'apiKey.revoke', {
      id: row.id,
      prefix: row.prefix,
      revokedAt: row.revokedAt,
    });
  }
  return rows.length;
}

export interface ApiKeyPrincipal {
  apiKeyId: number;
  scopes: string[];
  repId: number | null;
  organization: OrganizationSettings;
}

export type ApiKeyFailure = 'malformed' | 'unknown' | 'revoked' | 'expired' | 'rep_inactive';

interface ApiKeyRow {
  id: number;
  organizationId: number;
  organizationName: string;
  fiscalYearStartMonth: number;
  timeZone: string;
  currency: string;
  secretHash: string;
  scopes: string[];
  repId: number | null;
  expiresAt: Date | string | null;
  revokedAt: Date | string | null;
  lastUsedAt: Date | string | null;
  terminationDate: Date | string | null;
}

const time = (v: Date | string | null) => (v == null ? null : new Date(v).getTime());

/** terminationDate is the last day worked: access ends when the next day starts (UTC). */
export function repHasLeft(terminationDate: Date | string | null, now: Date): boolean {
  const last = time(terminationDate);
  return last != null && last + 86_400_000 <= now.getTime();
}

/**
 * Checks a presented key. A key is refused when revoked, expired, or bound to a rep who has
 * left, so offboarding a rep ends their keys' access.
 */
export async function authenticateApiKey(
  db: Pick<Database, 'sql'>,
  token: string,
  now = new Date(),
): Promise<{ ok: true; principal: ApiKeyPrincipal } | { ok: false; reason: ApiKeyFailure }> {
  const parsed = parseApiKey(token);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const [row] = await db.sql.query<ApiKeyRow>(
    `SELECT k.id, k."organizationId", k."secretHash", k.scopes, k."repId", k."expiresAt", k."revokedAt",
            k."lastUsedAt", r."terminationDate", o.name AS "organizationName", o."fiscalYearStartMonth",
            o."timeZone", o.currency
       FROM "ApiKey" k
       JOIN "Organization" o ON o.id = k."organizationId"
       LEFT JOIN "Rep" r ON r.id = k."repId" AND r."organizationId" = k."organizationId"
      WHERE k.prefix = $1`,
    [parsed.prefix],
  );
  if (!row || !sameHash(row.secretHash, hashSecret(parsed.secret))) return { ok: false, reason: 'unknown' };
  if (row.revokedAt != null) return { ok: false, reason: 'revoked' };
  const expires = time(row.expiresAt);
  if (expires != null && expires <= now.getTime()) return { ok: false, reason: 'expired' };
  if (row.repId != null && repHasLeft(row.terminationDate, now)) return { ok: false, reason: 'rep_inactive' };
  const lastUsed = time(row.lastUsedAt);
  // Recorded at one-minute resolution: a busy key does not write on every request.
  if (lastUsed == null || lastUsed < now.getTime() - LAST_USED_RESOLUTION_MS) {
    await db.sql.query('UPDATE "ApiKey" SET "lastUsedAt" = $2 WHERE id = $1', [row.id, now]);
  }
  return {
    ok: true,
    principal: {
      apiKeyId: row.id,
      scopes: row.scopes,
      repId: row.repId,
      organization: {
        id: row.organizationId,
        name: row.organizationName,
        fiscalYearStartMonth: row.fiscalYearStartMonth,
        timeZone: row.timeZone,
        currency: row.currency,
      },
    },
  };
}
