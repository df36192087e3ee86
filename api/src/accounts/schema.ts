// Accounts: the Account node, its products and opportunities, and the `accounts` and
// `installedProducts` connections.
import type { Account, AccountProduct, Prisma, Segment } from '../generated/prisma/client.js';
import { builder, describedEnum } from '../shared/builder.js';
import { parseOptionalId } from '../shared/ids.js';
import { MONEY } from '../shared/scalars.js';
import { SortDirection } from '../shared/sorting.js';

export const SegmentEnum = describedEnum<Segment>(
  'Segment',
  'Customer size band by employees: SMB < 200 <= MID < 2000 <= ENT.',
  {
    SMB: 'Small business: fewer than 200 employees.',
    MID: 'Mid-market: 200 to 1,999 employees.',
    ENT: 'Enterprise: 2,000 employees or more.',
  },
);

builder.prismaNode('Account', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  id: { field: 'id' },
  authScopes: { scope: 'read:accounts' },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A customer or prospect company.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true, description: "The CRM's ID for this account." }),
    name: t.exposeString('name', { description: 'Company name.' }),
    domain: t.exposeString('domain', { nullable: true, description: 'Web domain.' }),
    industry: t.exposeString('industry', { description: 'Industry.' }),
    country: t.exposeString('country', { description: 'Country (ISO 3166 alpha-2).' }),
    region: t.exposeString('region', { description: 'Sales region.' }),
    employees: t.exposeInt('employees', { description: 'Number of employees.' }),
    annualRevenue: t.expose('annualRevenue', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Annual revenue.',
    }),
    segment: t.expose('segment', { type: SegmentEnum, description: 'Size band derived from employees.' }),
    owner: t.relation('owner', { nullable: true, description: 'Account owner.' }),
    territory: t.relation('territory', {
      nullable: true,
      authScopes: { scope: 'read:plans' },
      description: 'Territory the account is assigned to.',
    }),
    parent: t.relation('parent', { nullable: true, description: 'Parent company, for account hierarchies.' }),
    installedProducts: t.relation('products', {
      description: 'Products the account owns (installed base / subscriptions), by product.',
      query: { orderBy: [{ productId: 'asc' }] },
    }),
    opportunities: t.relatedConnection('opportunities', {
      cursor: 'id',
      authScopes: { scope: 'read:pipeline' },
      description: 'Opportunities on this account, latest close date first.',
      totalCount: true,
      query: { orderBy: [{ closeDate: 'desc' }, { id: 'desc' }] },
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the account last changed (what `updatedSince` filters on).',
    }),
  }),
});

builder.prismaObject('AccountProduct', {
  authScopes: { scope: 'read:accounts' },
  description: 'A product an account owns: an installed product or subscription.',
  fields: (t) => ({
    account: t.relation('account', { description: 'The account that owns the product.' }),
    product: t.relation('product', { description: 'The product.' }),
    since: t.expose('since', { type: 'Date', description: 'Start of ownership.' }),
    arr: t.expose('arr', { type: 'Decimal', ...MONEY, description: 'Annual recurring revenue of the subscription.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the installed product last changed (what `updatedSince` filters on).',
    }),
  }),
});

const AccountOrderField = builder.enumType('AccountOrderField', {
  description: 'Fields accounts can be sorted by.',
  values: {
    NAME: { value: 'name', description: 'Company name.' },
    EMPLOYEES: { value: 'employees', description: 'Number of employees.' },
    ANNUAL_REVENUE: { value: 'annualRevenue', description: 'Annual revenue.' },
  } as const,
});

const AccountOrder = builder.inputType('AccountOrder', {
  description: 'Sort order for accounts.',
  fields: (t) => ({
    field: t.field({ type: AccountOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

const AccountFilter = builder.inputType('AccountFilter', {
  description: 'Conditions an account must meet; all given conditions apply.',
  fields: (t) => ({
    region: t.string({ description: 'Exact region.' }),
    industry: t.string({ description: 'Exact industry.' }),
    segments: t.field({ type: [SegmentEnum], description: 'Any of these segments.' }),
    territoryId: t.id({ description: 'Accounts of this territory.' }),
    ownerId: t.id({ description: 'Accounts owned by this rep.' }),
    search: t.string({ description: 'Case-insensitive substring of name or domain.' }),
    updatedSince: t.field({
      type: 'DateTime',
      description:
        'Changed at or after this instant (incremental extracts: pass the start time of the previous extract).',
    }),
  }),
});

function accountWhere(filter: typeof AccountFilter.$inferInput | null | undefined): Prisma.AccountWhereInput {
  return {
    region: filter?.region ?? undefined,
    industry: filter?.industry ?? undefined,
    segment: filter?.segments ? { in: filter.segments } : undefined,
    territoryId: parseOptionalId(filter?.territoryId, 'Territory', ['filter', 'territoryId']),
    ownerId: parseOptionalId(filter?.ownerId, 'Rep', ['filter', 'ownerId']),
    updatedAt: filter?.updatedSince ? { gte: filter.updatedSince } : undefined,
    OR: filter?.search
      ? [
          { name: { contains: filter.search, mode: 'insensitive' } },
          { domain: { contains: filter.search, mode: 'insensitive' } },
        ]
      : undefined,
  };
}

const InstalledProductFilter = builder.inputType('InstalledProductFilter', {
  description: 'Conditions an installed product must meet; all given conditions apply.',
  fields: (t) => ({
    accountId: t.id({ description: 'Products of this account.' }),
    productId: t.id({ description: 'Installations of this product.' }),
    updatedSince: t.field({
      type: 'DateTime',
      description:
        'Changed at or after this instant (incremental extracts: pass the start time of the previous extract).',
    }),
  }),
});

function installedProductWhere(
  filter: typeof InstalledProductFilter.$inferInput | null | undefined,
): Prisma.AccountProductWhereInput {
  return {
    accountId: parseOptionalId(filter?.accountId, 'Account', ['filter', 'accountId']),
    productId: parseOptionalId(filter?.productId, 'Product', ['filter', 'productId']),
    updatedAt: filter?.updatedSince ? { gte: filter.updatedSince } : undefined,
  };
}

builder.queryFields((t) => ({
  accounts: t.prismaConnection(
    {
      type: 'Account',
      cursor: 'id',
      // Read with its nested relations in one statement: they cost as rows of it (access/cost.ts).
      extensions: { oneStatement: true },
      description: 'Accounts of the organization.',
      authScopes: { scope: 'read:accounts' },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.account.count({ where: accountWhere(filter) }),
      args: {
        filter: t.arg({ type: AccountFilter, description: 'Conditions.' }),
        orderBy: t.arg({ type: AccountOrder, description: 'Sort order (default: name).' }),
      },
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        const where = accountWhere(filter);
        const field = orderBy?.field ?? 'name';
        const direction = orderBy?.direction ?? 'asc';
        // One statement for the page and everything nested under it (db/nested-read.ts).
        return ctx.prisma.$findManyNested<Account>('Account', {
          ...query,
          where,
          orderBy: [
            field === 'annualRevenue' ? { annualRevenue: { sort: direction, nulls: 'last' } } : { [field]: direction },
            { id: direction },
          ],
        });
      },
    },
    { name: 'AccountConnection', description: 'A page of Account objects.' },
    { name: 'AccountEdge', description: 'A Account in a page, with its cursor.' },
  ),
  installedProducts: t.prismaConnection(
    {
      type: 'AccountProduct',
      cursor: 'id',
      // Read with its nested relations in one statement: they cost as rows of it (access/cost.ts).
      extensions: { oneStatement: true },
      description:
        'Installed products (subscriptions) of every account, in the order they were recorded: the installed base as one list, for extracts.',
      authScopes: { scope: 'read:accounts' },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.accountProduct.count({ where: installedProductWhere(filter) }),
      args: { filter: t.arg({ type: InstalledProductFilter, description: 'Conditions.' }) },
      resolve: (query, _root, { filter }, ctx) =>
        // One statement for the page and everything nested under it (db/nested-read.ts).
        ctx.prisma.$findManyNested<AccountProduct>('AccountProduct', {
          ...query,
          where: installedProductWhere(filter),
          orderBy: [{ id: 'asc' }],
        }),
    },
    { name: 'InstalledProductConnection', description: 'A page of installed products.' },
    { name: 'InstalledProductEdge', description: 'An installed product in a page, with its cursor.' },
  ),
}));
