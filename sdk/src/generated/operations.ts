/** Operations that are safe to retry: queries, and mutations whose input takes an idempotency key. */
export const RETRY_SAFE_OPERATIONS: ReadonlySet<string> = new Set(["Organization","Reps"]);

/** Mutations whose input takes an idempotency key; the client sets one when the caller did not. */
export const IDEMPOTENT_MUTATIONS: ReadonlySet<string> = new Set([]);
