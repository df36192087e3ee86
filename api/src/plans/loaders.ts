// Rows a computed planning result refers to by ID (territories, rules, accounts, reps), loaded
// with the client's selection (the Prisma plugin's `query`): one findMany per model, selection
// shape and request tick, whatever the number of result rows.
import DataLoader from 'dataloader';
import type { Prisma } from '../generated/prisma/client.js';
import type { Context } from '../shared/context.js';

type Query = { select?: Record<string, unknown>; include?: Record<string, unknown> };
type Model = 'territory' | 'territoryRule' | 'account' | 'rep';
type Row = { id: number };

const finders: Record<Model, (ctx: Context, args: Query & { where: { id: { in: number[] } } }) => Promise<Row[]>> = {
  territory: (ctx, args) => ctx.prisma.territory.findMany(args as Prisma.TerritoryFindManyArgs),
  territoryRule: (ctx, args) => ctx.prisma.territoryRule.findMany(args as Prisma.TerritoryRuleFindManyArgs),
  account: (ctx, args) => ctx.prisma.account.findMany(args as Prisma.AccountFindManyArgs),
  rep: (ctx, args) => ctx.prisma.rep.findMany(args as Prisma.RepFindManyArgs),
};

const loaders = new WeakMap<Context, Map<string, DataLoader<number, Row | null>>>();

/** The row of `model` with this ID, shaped by `query`; null when it is gone. */
export function loadRow<T>(ctx: Context, model: Model, query: Query, id: number): Promise<T | null> {
  const key = `${model}:${JSON.stringify(query)}`;
  let byShape = loaders.get(ctx);
  if (!byShape) {
    byShape = new Map();
    loaders.set(ctx, byShape);
  }
  let loader = byShape.get(key);
  if (!loader) {
    // Rows are matched back by id, so a `select` must include it.
    const shaped = query.select ? { select: { ...query.select, id: true } } : query;
    loader = new DataLoader(async (ids: readonly number[]) => {
      const rows = await finders[model](ctx, { ...shaped, where: { id: { in: [...ids] } } });
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    byShape.set(key, loader);
  }
  return loader.load(id) as Promise<T | null>;
}
