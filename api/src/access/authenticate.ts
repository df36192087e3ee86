// Who is calling: an API key or a JWT in `Authorization: Bearer <credential>`, mapped to an
// organization, a principal (`key:<id>` or `user:<sub>`), an optional rep, scopes and the
// visibility that follows from them. There is no anonymous access: without a valid credential
// only /healthz and /readyz answer.
import type { Database } from '../db/database.js';
import type { OrganizationSettings, Viewer } from '../shared/context.js';
import { authenticateApiKey, looksLikeApiKey, repHasLeft } from './api-keys.js';
import { createJwtVerifier, type JwtOptions, type JwtVerifier, looksLikeJwt } from './jwt.js';
import { resolveVisibility, type Visibility } from './visibility.js';

export interface Authenticated {
  ok: true;
  viewer: Viewer;
  organization: OrganizationSettings;
  visibility: Visibility;
  /** How the caller authenticated: first-party users (JWT) or keys (partners, BI, services). */
  credential: 'apiKey' | 'jwt';
}

export interface AuthenticationFailure {
  ok: false;
  /** RFC 6750 error: `invalid_request` (no or unreadable credential) or `invalid_token`. */
  error: 'invalid_request' | 'invalid_token';
  message: string;
}

export type AuthenticationOutcome = Authenticated | AuthenticationFailure;

export interface AuthenticatorOptions {
  /** Accept JWTs signed with this secret or JWKS; without it only API keys are accepted. */
  jwt?: JwtOptions;
  /** Clock, for tests of expiry. */
  now?: () => Date;
}

export interface Authenticator {
  authenticate(request: Request): Promise<AuthenticationOutcome>;
}

const MISSING: AuthenticationFailure = {
  ok: false,
  error: 'invalid_request',
  message: 'Authentication required: send `Authorization: Bearer <API key or JWT>`.',
};
const INVALID: AuthenticationFailure = { ok: false, error: 'invalid_token', message: 'Invalid credentials.' };
const REASONS: Record<string, AuthenticationFailure> = {
  revoked: { ok: false, error: 'invalid_token', message: 'This API key has been revoked.' },
  expired: { ok: false, error: 'invalid_token', message: 'This API key has expired.' },
  rep_inactive: { ok: false, error: 'invalid_token', message: 'The rep this credential acts for has left.' },
};

const refuse = (message: string): AuthenticationFailure => ({ ok: false, error: 'invalid_token', message });

/** The bearer credential of a request, or null. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const m = /^Bearer\s+(\S{1,4096})\s*$/i.exec(header);
  return m ? (m[1] as string) : null;
}

interface OrganizationRow {
  id: number;
  name: string;
  fiscalYearStartMonth: number;
  timeZone: string;
  currency: string;
  repId: number | null;
  terminationDate: Date | string | null;
}

export function createAuthenticator(db: Pick<Database, 'sql'>, options: AuthenticatorOptions = {}): Authenticator {
  const verifyJwt: JwtVerifier | null = options.jwt ? createJwtVerifier(options.jwt) : null;
  const now = options.now ?? (() => new Date());

  async function withVisibility(
    viewer: Viewer,
    organization: OrganizationSettings,
    credential: Authenticated['credential'],
  ): Promise<Authenticated> {
    return { ok: true, viewer, organization, credential, visibility: await resolveVisibility(db.sql, viewer) };
  }

  async function fromJwt(token: string): Promise<AuthenticationOutcome> {
    const verified = verifyJwt ? await verifyJwt(token, now()) : null;
    if (!verified) return INVALID;
    if (!verified.ok) return verified.reason ? refuse(verified.reason) : INVALID;
    const { claims } = verified;
    // The rep claim (a stable subject) binds the token when present; the email only when it is not.
    // Every matching rep is read, not the first: more than one is refused below, never guessed.
    const byRep = claims.repExternalId != null;
    const rows = await db.sql.query<OrganizationRow>(
      `SELECT o.id, o.name, o."fiscalYearStartMonth", o."timeZone", o.currency, r.id AS "repId", r."terminationDate"
         FROM "Organization" o
         LEFT JOIN "Rep" r ON r."organizationId" = o.id AND ${byRep ? 'r."externalId" = $2' : 'lower(r.email) = lower($2)'}
        WHERE o.slug = $1
        LIMIT 2`,
      [claims.organizationSlug, (byRep ? claims.repExternalId : claims.email) ?? ''],
    );
    const [row] = rows;
    if (!row) return INVALID;
    if (rows.length > 1) {
      return refuse(
        `The token's email matches more than one rep of the organization; it cannot say which one the user is. Send a rep claim (the rep's externalId) or fix the reps' emails.`,
      );
    }
    if (byRep && row.repId == null) {
      return refuse(
        `The token's rep claim names externalId "${claims.repExternalId}", which no rep of the organization has.`,
      );
    }
    if (row.repId != null && repHasLeft(row.terminationDate, now()))
      return REASONS.rep_inactive as AuthenticationFailure;
    const { repId, terminationDate: _, ...organization } = row;
    return withVisibility(
      {
        organizationId: organization.id,
        principal: `user:${claims.subject}`,
        repId,
        scopes: new Set(claims.scopes),
        apiKeyId: null,
      },
      organization,
      'jwt',
    );
  }

  async function fromApiKey(token: string): Promise<AuthenticationOutcome> {
    const result = await authenticateApiKey(db, token, now());
    if (!result.ok) return REASONS[result.reason] ?? INVALID;
    const { principal } = result;
    return withVisibility(
      {
        organizationId: principal.organization.id,
        principal: `key:${principal.apiKeyId}`,
        repId: principal.repId,
        scopes: new Set(principal.scopes),
        apiKeyId: principal.apiKeyId,
      },
      principal.organization,
      'apiKey',
    );
  }

  return {
    async authenticate(request) {
      const token = bearerToken(request);
      if (!token) return request.headers.has('authorization') ? INVALID : MISSING;
      if (looksLikeApiKey(token)) return fromApiKey(token);
      if (looksLikeJwt(token)) return fromJwt(token);
      return INVALID;
    },
  };
}
