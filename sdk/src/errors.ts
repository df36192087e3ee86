// Typed errors, one class per way a call can fail, so callers can `instanceof` instead of
// parsing messages (as Stripe's SDKs do).

/** Base class of every error the SDK throws. */
export class CoxswainError extends Error {
  override name = 'CoxswainError';
}

/** The request never got an HTTP answer: DNS, connection refused, reset, or the timeout. */
export class NetworkError extends CoxswainError {
  override name = 'NetworkError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** The server answered with an HTTP error status and no GraphQL result. */
export class HttpError extends CoxswainError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    /** Seconds to wait before retrying, from Retry-After (429/503). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** 429: the key's cost budget is exhausted; retry after `retryAfterSeconds`. */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError';
}

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string[] | null; requestId?: string; [key: string]: unknown };
}

/** The operation was rejected or failed: bad query, bad variables, forbidden, or a server fault. */
export class GraphQLRequestError extends CoxswainError {
  override name = 'GraphQLRequestError';
  /** `extensions.code` of the first error (e.g. INVALID, OUT_OF_RANGE, FORBIDDEN, INTERNAL). */
  readonly code: string | null;
  /** For masked server faults: the id to quote when reporting it. */
  readonly requestId: string | null;
  /** The input field at fault, when the server named one. */
  readonly field: string[] | null;
  constructor(
    readonly errors: GraphQLErrorEntry[],
    /** Whatever data came back alongside the errors. */
    readonly data: unknown,
  ) {
    super(errors.map((e) => e.message).join('; '));
    const first = errors[0]?.extensions;
    this.code = first?.code ?? null;
    this.requestId = first?.requestId ?? null;
    this.field = first?.field ?? null;
  }
}

export interface UserErrorEntry {
  code: string;
  message: string;
  field?: string[] | null;
}

/** A mutation ran but refused (some of) its input: business rules, validation, stale versions. */
export class UserErrorsError extends CoxswainError {
  override name = 'UserErrorsError';
  /** `code` of the first user error. */
  readonly code: string;
  /** `field` of the first user error. */
  readonly field: string[] | null;
  constructor(
    readonly userErrors: UserErrorEntry[],
    /** The whole payload, which may still carry results for accepted rows. */
    readonly data: unknown,
  ) {
    super(userErrors.map((e) => `${e.field?.join('.') ?? ''}${e.field ? ': ' : ''}${e.message}`).join('; '));
    this.code = userErrors[0]?.code ?? 'INVALID';
    this.field = userErrors[0]?.field ?? null;
  }
}

/** A bulk export ended without a file: FAILED (with the server's `errorCode`) or CANCELED. */
export class BulkOperationError extends CoxswainError {
  override name = 'BulkOperationError';
  constructor(
    message: string,
    /** The operation's global ID, when one was created. */
    readonly operationId: string | null,
    /** QUERY_FAILED, TIMEOUT, INTERRUPTED, STORAGE_FAILED or ACCESS_DENIED; null when canceled. */
    readonly errorCode: string | null,
    /** How the operation ended. */
    readonly status: string | null = null,
  ) {
    super(message);
  }
}
