// Idempotent creates (docs/design.md §9, as Stripe's Idempotency-Key): the first result of a key is
// stored for 24 hours per organization, principal and operation; a retry with the same key and
// the same input gets that result back without writing again, and the same key with a different
// input is refused. The record is written in the transaction of the change, so a failed change
// leaves no record and can be retried.
import { createHash } from 'node:crypto';
import type { Context } from './context.js';
import { UserInputError } from './errors.js';
import type { Tx } from './transactions.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function hashInput(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('hex');
}

/**
 * Runs `change` in one transaction, at most once per idempotency key. `change` must return a
 * JSON-serialisable result (ids and user errors, not Prisma rows), which is what a retry gets.
 * Without a key it simply runs `change` in a transaction.
 */
export async function runIdempotent<T>(
  ctx: Pick<Context, 'prisma' | 'viewer' | 'organization'>,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  change: (tx: Tx) => Promise<T>,
  /** Transaction limits for large writes (Prisma's default timeout is 5 s). */
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  if (!key) return ctx.prisma.$transaction((tx) => change(tx), options);
  if (key.length > 255)
    throw new UserInputError('TOO_LONG', 'idempotencyKey is longer than 255 characters', ['input', 'idempotencyKey']);
  const requestHash = hashInput(input);
  const scope = { principal: ctx.viewer.principal, operation, key };
  const replay = async (): Promise<{ hit: true; value: T } | { hit: false }> => {
    const found = await ctx.prisma.idempotencyRecord.findFirst({ where: scope });
    if (!found || found.createdAt.getTime() < Date.now() - IDEMPOTENCY_TTL_MS) return { hit: false };
    if (found.requestHash !== requestHash) {
      throw new UserInputError(
        'IDEMPOTENCY_KEY_REUSED',
        'idempotencyKey was already used with different input; use a new key for a new request',
        ['input', 'idempotencyKey'],
      );
    }
    return { hit: true, value: found.response as T };
  };
  const first = await replay();
  if (first.hit) return first.value;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      // An expired record of the same key is replaced, not kept alongside.
      await tx.idempotencyRecord.deleteMany({
        where: { ...scope, createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } },
      });
      const value = await change(tx);
      await tx.idempotencyRecord.create({
        data: {
          ...scope,
          organizationId: ctx.organization.id,
          requestHash,
          response: JSON.parse(JSON.stringify(value)),
        },
      });
      return value;
    }, options);
  } catch (error) {
    // A concurrent request with the same key won the unique constraint: answer with its result.
    if ((error as { code?: string }).code === 'P2002') {
      const again = await replay();
      if (again.hit) return again.value;
    }
    throw error;
  }
}
