// A naive GraphQL implementation of the nested opportunity page, as a team might first write it:
// plain graphql-js resolvers, one Prisma call per relation field, no DataLoader and no batching
// (findFirst rather than findUnique, which Prisma would batch within a tick).
// Used only by test/bench/compare.ts as the baseline Coxswain is measured against.
import { buildSchema } from 'graphql';
import type { PrismaClient } from '../../../api/src/generated/prisma/client.js';

export const naiveSchema = buildSchema(`
  type Query { opportunities(first: Int!): [Opportunity!]! }
  type Opportunity { id: ID! name: String! amount: String! stage: String! closeDate: String!
    account: Account! owner: Rep! lineItems: [LineItem!]! }
  type Account { id: ID! name: String! industry: String }
  type Rep { id: ID! name: String! email: String! }
  type LineItem { quantity: String! unitPrice: String! totalPrice: String! product: Product! }
  type Product { id: ID! name: String! family: String! }
`);

type Row = Record<string, unknown>;

/** Root value: each relation is a method that issues its own Prisma query when the field is selected. */
export function naiveRoot(prisma: PrismaClient, organizationId: number) {
  const product = (row: Row) => () => prisma.product.findFirst({ where: { id: row.productId as number } });
  const lineItem = (row: Row) => ({
    quantity: String(row.quantity),
    unitPrice: String(row.unitPrice),
    totalPrice: String(row.totalPrice),
    product: product(row),
  });
  const opportunity = (row: Row) => ({
    id: row.id,
    name: row.name,
    amount: String(row.amount),
    stage: row.stage,
    closeDate: (row.closeDate as Date).toISOString().slice(0, 10),
    account: () => prisma.account.findFirst({ where: { id: row.accountId as number } }),
    owner: () => prisma.rep.findFirst({ where: { id: row.ownerId as number } }),
    lineItems: async () =>
      (
        await prisma.opportunityLineItem.findMany({
          where: { opportunityId: row.id as number },
          orderBy: { id: 'asc' },
        })
      ).map(lineItem),
  });
  return {
    opportunities: async ({ first }: { first: number }) =>
      (
        await prisma.opportunity.findMany({
          where: { organizationId },
          orderBy: [{ closeDate: 'asc' }, { id: 'asc' }],
          take: first,
        })
      ).map(opportunity),
  };
}
