// JWTs for first-party users (DESIGN.md §2): signed by the company's identity provider, either
// with a shared HS256 secret or with keys published as a JWKS. Claims:
//   sub    (required) the user; the principal is `user:<sub>`
//   org    (required) slug of the organization
//   scope  space-separated scopes (OAuth 2.0 style), or `scp` as an array; unknown names ignored
//   email  (optional) maps the user to the rep with that email in the organization
//   exp, iat (required) at most `maxTokenAge` apart; iss and aud are checked when configured
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

export interface JwtOptions {
  /** HS256 shared secret (at least 32 characters). */
  secret?: string;
  /** URL of the identity provider's JWKS (RS256, ES256, PS256, EdDSA). */
  jwksUrl?: string;
  /** Expected `iss`. */
  issuer?: string;
  /** Expected `aud`. */
  audience?: string;
  /** Longest accepted lifetime (`exp - iat`), e.g. `12h` (default `24h`). */
  maxTokenAge?: string;
  /** Claim holding the organization slug (default `org`). */
  organizationClaim?: string;
}

export interface JwtClaims {
  subject: string;
  organizationSlug: string;
  scopes: string[];
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
  };
  return options.secret || options.jwksUrl ? options : undefined;
}

export type JwtVerifier = (token: string) => Promise<JwtClaims | null>;

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
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
        maxTokenAge: options.maxTokenAge ?? '24h',
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 30,
      }));
    } catch {
      return null;
    }
    const org = payload[orgClaim];
    if (typeof payload.sub !== 'string' || !payload.sub || typeof org !== 'string' || !org) return null;
    const scope = payload.scope;
    const scp = payload.scp;
    const scopes =
      typeof scope === 'string'
        ? scope.split(' ').filter(Boolean)
        : Array.isArray(scp)
          ? scp.filter((s): s is string => typeof s === 'string')
          : [];
    const email = typeof payload.email === 'string' && payload.email ? payload.email : null;
    return { subject: payload.sub, organizationSlug: org, scopes, email };
  };
}

export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}
