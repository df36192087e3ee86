// The job queue (jobs/queue.ts) on both databases: a job enqueued inside a transaction exists
// only if the transaction commits, and a worker of the same process runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobQueue, transactionExecutor } from '../api/src/jobs/queue.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.destroy();
});

describe('job queue', () => {
  it('runs a committed job and never a rolled-back one', async () => {
    const queue = await jobQueue(db);
    expect(await jobQueue(db)).toBe(queue);
    await queue.ensureQueue('test-echo');
    const seen: number[] = [];
    await queue.boss.work<{ n: number }>('test-echo', { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) seen.push(job.data.n);
    });

    await db.prisma.$transaction(async (tx) => {
      await queue.boss.send('test-echo', { n: 1 }, { db: transactionExecutor(tx) });
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await queue.boss.send('test-echo', { n: 2 }, { db: transactionExecutor(tx) });
        throw new Error('refused change');
      }),
    ).rejects.toThrow('refused change');

    const deadline = Date.now() + 15_000;
    while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Let a wrongly enqueued second job surface before counting.
    await new Promise((r) => setTimeout(r, 1_200));
    expect(seen).toEqual([1]);
    const stored = await db.sql.query<{ n: number; state: string }>(
      `SELECT (data->>'n')::int AS n, state::text AS state FROM pgboss.job WHERE name = 'test-echo'`,
    );
    expect(stored).toEqual([{ n: 1, state: 'completed' }]);
  }, 30_000);
});
