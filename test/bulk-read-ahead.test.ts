// The bulk export's read-ahead (api/src/bulk/prefetch.ts) against a reader over a small table
// written here: pages read through it are the pages read directly, each page's statement runs
// once (the read ahead is the one used), and nothing else is served from it.
import { describe, expect, it } from 'vitest';
import { nextPageArgs, withReadAhead } from '../api/src/bulk/prefetch.js';
import type { Context } from '../api/src/shared/context.js';

type Row = { id: number; name: string };
type Args = Record<string, unknown>;

// Seven deals ordered by id; pages of 3 (Pothos asks for take = first + 1 = 4).
const TABLE: Row[] = [11, 12, 15, 20, 21, 30, 31].map((id) => ({ id, name: `deal ${id}` }));

/** findMany over TABLE by hand: rows from the cursor row on, `skip` of them dropped, `take` kept. */
function read(args: Args): Row[] {
  const cursor = (args.cursor as { id: number } | undefined)?.id;
  const from = cursor === undefined ? 0 : TABLE.findIndex((r) => r.id === cursor);
  return TABLE.slice(from + ((args.skip as number) ?? 0), from + ((args.skip as number) ?? 0) + (args.take as number));
}

function fakeClient() {
  const calls: { model: string; args: Args }[] = [];
  const client = {
    async $findManyNested(model: string, args: Args) {
      calls.push({ model, args });
      await new Promise((r) => setTimeout(r, 1));
      return read(args);
    },
    marker: 'other members pass through',
  };
  return { calls, prisma: client as unknown as Context['prisma'] };
}

/** Pages as the connection asks for them: after the last node shown (the 3rd of 4 read). */
async function pages(prisma: Context['prisma'], before?: () => void) {
  const out: number[][] = [];
  let args: Args = { take: 4, skip: 0, select: { id: true, name: true }, where: {} };
  for (;;) {
    before?.();
    const rows = await (prisma as unknown as { $findManyNested(m: string, a: Args): Promise<Row[]> }).$findManyNested(
      'Opportunity',
      args,
    );
    out.push(rows.slice(0, 3).map((r) => r.id));
    if (rows.length < 4) return out;
    // Key order differs from the read-ahead's on purpose: the same read is the same arguments.
    args = { where: {}, select: { name: true, id: true }, cursor: { id: rows[2]?.id }, skip: 1, take: 4 };
  }
}

describe('bulk read-ahead', () => {
  it('returns the same pages and runs each page statement once', async () => {
    const direct = fakeClient();
    const expected = await pages(direct.prisma);
    expect(expected).toEqual([[11, 12, 15], [20, 21, 30], [31]]);

    const fake = fakeClient();
    const ahead = withReadAhead(fake.prisma, 'Opportunity');
    expect(await pages(ahead.prisma, () => ahead.pageStarts())).toEqual(expected);
    // Three pages, three statements: pages 2 and 3 were the reads ahead, none repeated.
    expect(fake.calls).toHaveLength(3);
    expect(fake.calls.map((c) => (c.args.cursor as { id: number } | undefined)?.id)).toEqual([undefined, 15, 30]);
    expect((ahead.prisma as unknown as { marker: string }).marker).toBe('other members pass through');
  });

  it('reads only for the page’s root read and never serves other arguments', async () => {
    const fake = fakeClient();
    const ahead = withReadAhead(fake.prisma, 'Opportunity');
    const client = ahead.prisma as unknown as { $findManyNested(m: string, a: Args): Promise<Row[]> };
    ahead.pageStarts();
    await client.$findManyNested('Opportunity', { take: 4, skip: 0 });
    expect(fake.calls).toHaveLength(2); // the page and the one read ahead (after id 15)
    // A second read of the model in the same page (a nested list) reads directly, nothing ahead.
    await client.$findManyNested('Opportunity', { take: 4, skip: 0, where: { stage: 'PROPOSAL' } });
    expect(fake.calls).toHaveLength(3);
    // The next page asked with other arguments than the ones read ahead: a fresh read.
    ahead.pageStarts();
    const rows = await client.$findManyNested('Opportunity', { take: 2, skip: 1, cursor: { id: 15 } });
    expect(rows.map((r) => r.id)).toEqual([20, 21]);
    expect(fake.calls.at(-2)?.args).toEqual({ take: 2, skip: 1, cursor: { id: 15 } });
    // ... which was full, so the page after it (from its one shown node, 20) is read ahead.
    expect(fake.calls.at(-1)?.args).toEqual({ take: 2, skip: 1, cursor: { id: 20 } });
  });

  it('knows when there is no next page', () => {
    const rows = TABLE.slice(0, 3);
    expect(nextPageArgs({ take: 4, skip: 0 }, rows)).toBeNull();
    expect(nextPageArgs({ take: -4, skip: 0 }, TABLE)).toBeNull();
    expect(nextPageArgs({ take: 4, cursor: { id: 11, name: 'x' } }, TABLE)).toBeNull();
    expect(nextPageArgs({ take: 4, skip: 0, where: { a: 1 } }, TABLE)).toEqual({
      take: 4,
      skip: 1,
      where: { a: 1 },
      cursor: { id: 15 },
    });
  });
});
