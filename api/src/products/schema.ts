// The product catalog: the Product node and the `products` connection.
import type { Prisma, Product } from '../generated/prisma/client.js';
import { builder } from '../shared/builder.js';
import { MONEY } from '../shared/scalars.js';
import { SortDirection } from '../shared/sorting.js';

builder.prismaNode('Product', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  id: { field: 'id' },
  authScopes: { scope: 'read:accounts' },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'Something the organization sells.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true, description: "The CRM's ID for this product." }),
    name: t.exposeString('name', { description: 'Product name.' }),
    family: t.exposeString('family', { description: 'Product family (line), used by comp filters and whitespace.' }),
    editionRank: t.exposeInt('editionRank', {
      nullable: true,
      description:
        'Rank among the editions of its family (1 = the lowest; equal ranks are the same tier); null when the product is not an edition. Whitespace counts a family as one need and a higher edition as an upgrade (docs/design.md §6).',
    }),
    listPrice: t.expose('listPrice', { type: 'Decimal', ...MONEY, description: 'List price per unit.' }),
    active: t.exposeBoolean('active', { description: 'Whether the product is still sold.' }),
  }),
});

const ProductOrderField = builder.enumType('ProductOrderField', {
  description: 'Fields products can be sorted by.',
  values: {
    NAME: { value: 'name', description: 'Product name.' },
    FAMILY: { value: 'family', description: 'Family, then name.' },
    LIST_PRICE: { value: 'listPrice', description: 'List price.' },
  } as const,
});

const ProductOrder = builder.inputType('ProductOrder', {
  description: 'Sort order for products.',
  fields: (t) => ({
    field: t.field({ type: ProductOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

const ProductFilter = builder.inputType('ProductFilter', {
  description: 'Conditions a product must meet; all given conditions apply.',
  fields: (t) => ({
    family: t.string({ description: 'Exact product family.' }),
    active: t.boolean({ description: 'Only active (true) or retired (false) products.' }),
    search: t.string({ description: 'Case-insensitive substring of the name.' }),
  }),
});

function productWhere(filter: typeof ProductFilter.$inferInput | null | undefined): Prisma.ProductWhereInput {
  return {
    family: filter?.family ?? undefined,
    active: filter?.active ?? undefined,
    name: filter?.search ? { contains: filter.search, mode: 'insensitive' } : undefined,
  };
}

builder.queryFields((t) => ({
  products: t.prismaConnection(
    {
      type: 'Product',
      cursor: 'id',
      // Read with its nested relations in one statement: they cost as rows of it (access/cost.ts).
      extensions: { oneStatement: true },
      description: 'The product catalog.',
      authScopes: { scope: 'read:accounts' },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.product.count({ where: productWhere(filter) }),
      args: {
        filter: t.arg({ type: ProductFilter, description: 'Conditions.' }),
        orderBy: t.arg({ type: ProductOrder, description: 'Sort order (default: name).' }),
      },
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        const where = productWhere(filter);
        const field = orderBy?.field ?? 'name';
        const direction = orderBy?.direction ?? 'asc';
        // One statement for the page and everything nested under it (db/nested-read.ts).
        return ctx.prisma.$findManyNested<Product>('Product', {
          ...query,
          where,
          orderBy: [{ [field]: direction }, { name: direction }, { id: direction }],
        });
      },
    },
    { name: 'ProductConnection', description: 'A page of Product objects.' },
    { name: 'ProductEdge', description: 'A Product in a page, with its cursor.' },
  ),
}));
