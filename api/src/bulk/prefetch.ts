// Read-ahead of a bulk export's pages (docs/bulk-operations.md, "How it runs"). A page's time
// splits into its one SQL statement (db/nested-read.ts), where Node waits, and GraphQL's
// completion of its nodes, where PostgreSQL waits. When the root connection's read returns a
// full page, this wrapper of the export's tenant client starts the statement of the page after it
// at once, with the arguments Pothos's connection will ask for next (the same arguments, the
// cursor moved to the page's last node); when GraphQL then asks for exactly those arguments, it
// gets that read instead of a new one, so the database reads page N+1 while Node completes page N.
//
// The rows are the same by construction: the same client (tenant and row policy applied the same
// way) runs the same statement inside the export's REPEATABLE READ snapshot, where it answers the
// same whenever it runs. Any other call, or arguments that differ in anything, reads as usual.
import type { Context } from '../shared/context.js';

type Args = Record<string, unknown>;
type NestedReader = (model: string, args: Args) => Promise<Record<string, unknown>[]>;

/** The arguments as text, keys sorted at every level: two reads are the same read when equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
      ? Object.fromEntries(Object.entries(v as Args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The arguments of the page after `rows`, read with `args`: a forward page (positive `take`) with
 * a one-field cursor, full (Pothos asks for one row more than the page to learn whether another
 * follows), so the next page starts after the page's last node. Null when there is no next page
 * or the read is not such a page.
 */
export function nextPageArgs(args: Args, rows: readonly Record<string, unknown>[]): Args | null {
  const take = args.take;
  if (typeof take !== 'number' || !Number.isInteger(take) || take < 2 || rows.length < take) return null;
  const cursor = args.cursor;
  const key =
    cursor === undefined
      ? 'id'
      : cursor && typeof cursor === 'object' && Object.keys(cursor).length === 1
        ? (Object.keys(cursor)[0] as string)
        : null;
  const last = rows[take - 2];
  if (key === null || last?.[key] == null) return null;
  return { ...args, cursor: { [key]: last[key] }, skip: 1 };
}

export interface ReadAhead {
  /** The client to execute the pages with. */
  prisma: Context['prisma'];
  /** Called before each page: the page's first read of `model` is its root connection's. */
  pageStarts(): void;
  /** The last root read: its arguments and rows (the compiled projection goes on from them). */
  lastRead(): { args: Args; rows: Record<string, unknown>[] } | null;
  /**
   * Reads the page after the last root read, with the arguments the connection would ask for
   * (nextPageArgs), through the read-ahead; null when the last read was the last page.
   */
  readNext(): Promise<Record<string, unknown>[] | null>;
}

/**
 * The export's client with read-ahead on the root connection's `$findManyNested` of `model`
 * (when `ahead`): one read ahead at most, so memory holds two pages. Only a page's first read of
 * the model is its root connection's (a nested list of the same model may follow); a read-ahead
 * that fails is reported by the read that uses it, and one that is never used is dropped. The
 * root reads are kept (the last one) for the compiled projection, ahead or not.
 */
export function withReadAhead(prisma: Context['prisma'], model: string, ahead = true): ReadAhead {
  const read = (prisma as unknown as { $findManyNested: NestedReader }).$findManyNested.bind(prisma);
  let pending: { key: string; rows: Promise<Record<string, unknown>[]> } | null = null;
  let last: { args: Args; rows: Record<string, unknown>[] } | null = null;
  let root = false;
  const readAhead = (args: Args, rows: Record<string, unknown>[]) => {
    const next = nextPageArgs(args, rows);
    if (!next) return;
    const rowsAhead = read(model, next);
    rowsAhead.catch(() => undefined);
    pending = { key: canonical(next), rows: rowsAhead };
  };
  const readRoot = async (args: Args) => {
    const key = canonical(args);
    const hit = pending?.key === key ? pending.rows : null;
    pending = null;
    const rows = await (hit ?? read(model, args));
    last = { args, rows };
    if (ahead) readAhead(args, rows);
    return rows;
  };
  const findManyNested: NestedReader = async (name, args) => {
    if (name !== model || !root) return read(name, args);
    root = false;
    return readRoot(args);
  };
  return {
    prisma: new Proxy(prisma, {
      get(target, property, receiver) {
        if (property === '$findManyNested') return findManyNested;
        return Reflect.get(target, property, receiver);
      },
    }),
    pageStarts() {
      root = true;
    },
    lastRead: () => last,
    async readNext() {
      const next = last && nextPageArgs(last.args, last.rows);
      return next ? readRoot(next) : null;
    },
  };
}
