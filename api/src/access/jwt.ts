// JWTs for first-party users (docs/design.md §2): signed by the company's identity provider, either
// with a shared HS256 secret or with keys published as a JWKS. Claims:
//   sub    (required) the user; the principal is `user:<sub>`
//   org    (required) slug of the organization
//   scope  space-separated scopes (OAuth 2.0 style), or `scp` as an array; unknown names ignored
//   rep    (optional) the externalId of the rep the user is (a stable subject, preferred to email)
//   email  (optional) maps the user to the rep with that email in the organization, ignoring case
//   exp, iat (required) at most `maxTokenAge` apart; iss and aud are checked when configured
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

export interface JwtOptions {
  /** HS256 shared secret (at least 32 characters). */
  secret?: string;
  /** URL of the identity provider's JWKS (RS256, ES256, PS256, EdDSA). */
  jwksUrl?: string;
  /** Expected `iss`. */
  issuer?: string;
  /** Expected `aud`. */
  audience?: string;
  /** Longest accepted lifetime (`exp - iat`): seconds, or e.g. `90m`, `12h`, `1d` (default `24h`). */
  maxTokenAge?: string | number;
  /** Claim holding the organization slug (default `org`). */
  organizationClaim?: string;
  /** Claim holding the externalId of the rep the user is (default `rep`). */
  repClaim?: string;
}

export interface JwtClaims {
  subject: string;
  organizationSlug: string;
  scopes: string[];
  /** Rep.externalId named by the rep claim: binds the token to that rep, whatever its email. */
  repExternalId: string | null;
  email: string | null;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

export function jwtOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): JwtOptions | undefined {
  const options: JwtOptions = {
    secret: env.COXSWAIN_JWT_SECRET || undefined,
    jwksUrl: env.COXSWAIN_JWT_JWKS_URL || undefined,
    issuer: env.COXSWAIN_JWT_ISSUER || undefined,
    audience: env.COXSWAIN_JWT_AUDIENCE || undefined,
    maxTokenAge: env.COXSWAIN_JWT_MAX_AGE || undefined,
    repClaim: env.COXSWAIN_JWT_REP_CLAIM || undefined,
  };
  return options.secret || options.jwksUrl ? options : undefined;
}

/**
 * The token's claims, or why it is refused. `reason` is set only for a token whose signature
 * verified (a holder of a genuine token learns what is wrong with it; a forger learns nothing).
 */
export type JwtVerification = { ok: true; claims: JwtClaims } | { ok: false; reason: string | null };

export type JwtVerifier = (token: string, now?: Date) => Promise<JwtVerification>;

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** A duration in seconds: a number of seconds, or a number and a unit (`s`, `m`, `h`, `d`, `w`, or words). */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)?\s*$/i.exec(
    String(value),
  );
  const seconds = m ? Number(m[1]) * (UNITS[(m[2] ?? 's')[0]?.toLowerCase() as string] as number) : Number.NaN;
  if (!(seconds > 0)) throw new Error(`COXSWAIN_JWT_MAX_AGE must be a duration such as 3600, 90m or 24h; got ${value}`);
  return seconds;
}

/** A duration for people: `24 h`, `90 min`, `30 days`. */
function describeDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** Why jose refused a token whose signature verified, or null when the signature itself failed. */
function refusal(error: unknown, maxAge: number): string | null {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat'
      ? `The token was issued more than ${describeDuration(maxAge)} ago, the longest this server accepts (COXSWAIN_JWT_MAX_AGE).`
      : 'The token has expired.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing' && (error.claim === 'iat' || error.claim === 'exp')) {
      return `The token has no "${error.claim}" claim: tokens must say when they were issued (iat) and when they expire (exp).`;
    }
    if (error.reason === 'missing') return `The token has no "${error.claim}" claim.`;
    return `The token's "${error.claim}" claim is not accepted (${error.message}).`;
  }
  return null;
}

/** Builds the verifier once (the JWKS is fetched lazily and cached by jose). */
export function createJwtVerifier(options: JwtOptions): JwtVerifier {
  if (options.secret && options.jwksUrl) throw new Error('configure either a JWT secret or a JWKS URL, not both');
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (options.secret) {
    if (options.secret.length < 32) throw new Error('the JWT secret must be at least 32 characters');
    key = new TextEncoder().encode(options.secret);
    algorithms = ['HS256'];
  } else if (options.jwksUrl) {
    key = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
    algorithms = ASYMMETRIC;
  } else {
    throw new Error('a JWT verifier needs a secret or a JWKS URL');
  }
  const orgClaim = options.organizationClaim ?? 'org';
  const repClaim = options.repClaim ?? 'rep';
  const maxAge = parseDuration(options.maxTokenAge ?? '24h');
  return async (token, now) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
        // jose measures the age from iat to now: no token is used longer than maxAge after issue.
        maxTokenAge: maxAge,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 30,
        currentDate: now,
      }));
    } catch (error) {
      return { ok: false, reason: refusal(error, maxAge) };
    }
    // A token promising more than the server grants is refused rather than cut short silently:
    // the issuer is misconfigured, and its clients would otherwise meet a surprise 401 mid-session.
    const lifetime = (payload.exp as number) - (payload.iat as number);
    if (lifetime > maxAge) {
      return {
        ok: false,
        reason: `The token's lifetime (exp - iat) is ${describeDuration(lifetime)}, longer than the ${describeDuration(maxAge)} this server accepts (COXSWAIN_JWT_MAX_AGE): ask the identity provider for shorter-lived tokens.`,
      };
    }
    const org = payload[orgClaim];
    if (typeof payload.sub !== 'string' || !payload.sub) return { ok: false, reason: 'The token has no "sub" claim.' };
    if (typeof org !== 'string' || !org) {
      return { ok: false, reason: `The token has no "${orgClaim}" claim (the organization's slug).` };
    }
    const rep = payload[repClaim];
    if (rep !== undefined && (typeof rep !== 'string' || !rep)) {
      return { ok: false, reason: `The token's "${repClaim}" claim must be a rep's externalId (a non-empty string).` };
    }
    const scope = payload.scope;
    const scp = payload.scp;
    const scopes =
      typeof scope === 'string'
        ? scope.split(' ').filter(Boolean)
        : Array.isArray(scp)
          ? scp.filter((s): s is string => typeof s === 'string')
          : [];
    const email = typeof payload.email === 'string' && payload.email ? payload.email : null;
    return {
      ok: true,
      claims: {
        subject: payload.sub,
        organizationSlug: org,
        scopes,
        repExternalId: typeof rep === 'string' ? rep : null,
        email,
      },
    };
  };
}

export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}
