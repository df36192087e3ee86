// Pagination helpers for Relay connections: walk every page of one connection, or run many
// requests with a bounded number in flight (BI extracts).

export interface PageOf<TNode> {
  edges: { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every node of a connection, page after page. `fetchPage` gets the cursor to continue after
 * (null for the first page) and returns the connection, e.g.
 * `paginate((after) => client.opportunities({ first: 100, after }).then((d) => d.opportunities))`.
 */
export async function* paginate<TNode>(
  fetchPage: (after: string | null) => Promise<PageOf<TNode>>,
): AsyncGenerator<TNode, void, undefined> {
  let after: string | null = null;
  for (;;) {
    const page: PageOf<TNode> = await fetchPage(after);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * Runs `task` for every item with at most `concurrency` in flight and returns the results in the
 * order of the items. The first failure rejects (the tasks already running are left to finish).
 */
export async function fetchAll<TItem, TResult>(
  items: readonly TItem[],
  task: (item: TItem, index: number) => Promise<TResult>,
  { concurrency = 4 }: { concurrency?: number } = {},
): Promise<TResult[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
  const results = new Array<TResult>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as TItem, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
