// The transaction every service writes in, and the limits of the ones that write in bulk.
import type { TenantPrisma } from './tenant.js';

/** A transaction of the request's tenant-confined client (`ctx.prisma.$transaction(async (tx) => ...)`). */
export type Tx = Parameters<Parameters<TenantPrisma['$transaction']>[0]>[0];

/**
 * Limits of the transactions that write in bulk (a realignment of every account, a quota set of
 * 2,000 reps x 12 months, an allocation, a clone, a payout run): seconds on a loaded machine,
 * beyond Prisma's 5 s default; a lock (the plan's, the payouts') queues a second writer, hence
 * the wait.
 */
export const BULK_WRITE_TRANSACTION = { timeout: 60_000, maxWait: 30_000 };
