// Opportunities with their line items, credit splits and change history, and the
// `opportunities` connection.
import type {
  ForecastCategory,
  Opportunity,
  OpportunityStage,
  OpportunityType,
  Prisma,
  SplitType,
} from '../generated/prisma/client.js';
import { builder, describedEnum } from '../shared/builder.js';
import { parseOptionalId } from '../shared/ids.js';
import { Decimal, MONEY } from '../shared/scalars.js';
import { SortDirection } from '../shared/sorting.js';
import { STAGE_PROBABILITY } from './stages.js';

export const OpportunityStageEnum = describedEnum<OpportunityStage>('OpportunityStage', 'Sales stage of a deal.', {
  PROSPECTING: 'Identified; default probability 10%.',
  QUALIFICATION: 'Need and budget being confirmed; 20%.',
  DISCOVERY: 'Requirements understood; 40%.',
  PROPOSAL: 'Proposal sent; 60%.',
  NEGOTIATION: 'Terms being negotiated; 80%.',
  CLOSED_WON: 'Signed; 100%.',
  CLOSED_LOST: 'Lost or abandoned; 0%.',
});
export const OpportunityTypeEnum = describedEnum<OpportunityType>('OpportunityType', 'Kind of deal.', {
  NEW_BUSINESS: 'A new customer (new logo).',
  EXPANSION: 'More of, or more products for, an existing customer.',
  RENEWAL: 'Renewal of an existing subscription.',
});
export const ForecastCategoryEnum = describedEnum<ForecastCategory>(
  'ForecastCategory',
  'Forecast category a deal is counted in.',
  {
    PIPELINE: 'Open, not yet expected to close this period.',
    BEST_CASE: 'Could close this period if things go well.',
    COMMIT: 'The rep commits to closing it this period.',
    CLOSED: 'Won.',
    OMITTED: 'Lost or excluded; never counted.',
  },
);
export const SplitTypeEnum = describedEnum<SplitType>('SplitType', 'Kind of credit split.', {
  REVENUE: 'Shares the deal credit; revenue splits of a deal total 100%.',
  OVERLAY: 'Credits an overlay rep on top, never added to team totals.',
});

builder.prismaNode('Opportunity', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  id: { field: 'id' },
  authScopes: { scope: 'read:pipeline' },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A deal: an amount expected to close with an account on a date.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true, description: "The CRM's ID for this deal." }),
    name: t.exposeString('name', { description: 'Deal name.' }),
    account: t.relation('account', { description: 'The customer.' }),
    owner: t.relation('owner', { description: 'Deal owner.' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Deal amount (sum of line items).' }),
    type: t.expose('type', { type: OpportunityTypeEnum, description: 'New business, expansion or renewal.' }),
    stage: t.expose('stage', { type: OpportunityStageEnum, description: 'Current sales stage.' }),
    probability: t.field({
      type: 'Decimal',
      select: { stage: true },
      description: 'Default win probability of the stage, as a fraction (0.6 = 60%).',
      resolve: (o) => new Decimal(STAGE_PROBABILITY[o.stage]),
    }),
    forecastCategory: t.expose('forecastCategory', {
      type: ForecastCategoryEnum,
      description: 'Forecast category the deal is counted in.',
    }),
    createdDate: t.expose('createdDate', { type: 'Date', description: 'Day the deal was created.' }),
    closeDate: t.expose('closeDate', { type: 'Date', description: 'Expected (open) or actual (closed) close day.' }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'Where the deal came from (the lead source, e.g. Inbound, Partner); null when unknown.',
    }),
    lossReason: t.relation('lossReason', {
      nullable: true,
      description: "Why the deal was lost (one of the organization's loss reasons); null unless CLOSED_LOST and given.",
    }),
    competitor: t.exposeString('competitor', {
      nullable: true,
      description: 'The competitor the deal was lost to, or its main competitor; null when unknown.',
    }),
    lineItems: t.relation('lineItems', {
      description: 'Products on the deal.',
      // Deals carry one to three products: priced as 5 in the query cost, not the default 10.
      extensions: { listSize: 5 },
      query: { orderBy: [{ id: 'asc' }] },
    }),
    splits: t.relation('splits', {
      description: 'Credit splits; a deal without revenue splits credits its owner 100%.',
      extensions: { listSize: 3 },
      query: { orderBy: [{ splitType: 'asc' }, { repId: 'asc' }] },
    }),
    history: t.relation('history', {
      description: 'State after each change of stage, amount, close date or category, oldest first.',
      query: { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the deal, its line items or its splits last changed (what `updatedSince` filters on).',
    }),
  }),
});

builder.prismaNode('LossReason', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  id: { field: 'id' },
  authScopes: { scope: 'read:pipeline' },
  nullable: true,
  description:
    "One value of the organization's loss reason picklist (upsertLossReasons): organizations name their own reasons, as in a CRM.",
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: 'The value as the CRM stores it, e.g. "Price".' }),
    label: t.exposeString('label', { description: 'Display name.' }),
    active: t.exposeBoolean('active', { description: 'Whether new deals may still be given this reason.' }),
  }),
});

builder.prismaObject('OpportunityLineItem', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  authScopes: { scope: 'read:pipeline' },
  description: 'A product on a deal.',
  fields: (t) => ({
    product: t.relation('product', { description: 'The product.' }),
    quantity: t.expose('quantity', { type: 'Decimal', description: 'Units.' }),
    unitPrice: t.expose('unitPrice', { type: 'Decimal', ...MONEY, description: 'Price per unit after discount.' }),
    totalPrice: t.expose('totalPrice', { type: 'Decimal', ...MONEY, description: 'quantity x unitPrice.' }),
  }),
});

builder.prismaObject('OpportunitySplit', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  authScopes: { scope: 'read:pipeline' },
  description: 'Credit for a deal given to a rep.',
  fields: (t) => ({
    rep: t.relation('rep', { description: 'The credited rep.' }),
    percent: t.expose('percent', { type: 'Decimal', description: 'Share of the amount credited (0.5 = 50%).' }),
    splitType: t.expose('splitType', { type: SplitTypeEnum, description: 'Revenue or overlay credit.' }),
  }),
});

builder.prismaObject('OpportunityHistory', {
  // Select mode: a query reads only the columns its fields need (docs/database.md).
  select: { id: true },
  authScopes: { scope: 'read:pipeline' },
  name: 'OpportunityChange',
  description: 'The state of a deal after one change.',
  fields: (t) => ({
    changedAt: t.expose('changedAt', { type: 'DateTime', description: 'When the change happened.' }),
    stage: t.expose('stage', { type: OpportunityStageEnum, description: 'Stage after the change.' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Amount after the change.' }),
    closeDate: t.expose('closeDate', { type: 'Date', description: 'Close date after the change.' }),
    forecastCategory: t.expose('forecastCategory', {
      type: ForecastCategoryEnum,
      description: 'Forecast category after the change.',
    }),
  }),
});

const OpportunityOrderField = builder.enumType('OpportunityOrderField', {
  description: 'Fields opportunities can be sorted by.',
  values: {
    CLOSE_DATE: { value: 'closeDate', description: 'Close date.' },
    CREATED_DATE: { value: 'createdDate', description: 'Created date.' },
    AMOUNT: { value: 'amount', description: 'Amount.' },
    NAME: { value: 'name', description: 'Deal name.' },
  } as const,
});

const OpportunityOrder = builder.inputType('OpportunityOrder', {
  description: 'Sort order for opportunities.',
  fields: (t) => ({
    field: t.field({ type: OpportunityOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

const OpportunityFilter = builder.inputType('OpportunityFilter', {
  description: 'Conditions a deal must meet; all given conditions apply. Date ranges are inclusive.',
  fields: (t) => ({
    stages: t.field({ type: [OpportunityStageEnum], description: 'Any of these stages.' }),
    types: t.field({ type: [OpportunityTypeEnum], description: 'Any of these types.' }),
    forecastCategories: t.field({ type: [ForecastCategoryEnum], description: 'Any of these categories.' }),
    ownerId: t.id({ description: 'Deals owned by this rep.' }),
    accountId: t.id({ description: 'Deals on this account.' }),
    closeDateFrom: t.field({ type: 'Date', description: 'Close date on or after this day.' }),
    closeDateTo: t.field({ type: 'Date', description: 'Close date on or before this day.' }),
    minAmount: t.field({ type: 'Decimal', description: 'Amount at least this.' }),
    sources: t.stringList({ description: 'Any of these sources (exact text).' }),
    lossReasons: t.stringList({ description: 'Lost for any of these loss reasons (by their externalId).' }),
    competitors: t.stringList({ description: 'Any of these competitors (exact text).' }),
    updatedSince: t.field({
      type: 'DateTime',
      description:
        'Changed at or after this instant (incremental extracts: pass the start time of the previous extract).',
    }),
  }),
});

function opportunityWhere(
  filter: typeof OpportunityFilter.$inferInput | null | undefined,
): Prisma.OpportunityWhereInput {
  return {
    stage: filter?.stages ? { in: filter.stages } : undefined,
    type: filter?.types ? { in: filter.types } : undefined,
    forecastCategory: filter?.forecastCategories ? { in: filter.forecastCategories } : undefined,
    ownerId: parseOptionalId(filter?.ownerId, 'Rep', ['filter', 'ownerId']),
    accountId: parseOptionalId(filter?.accountId, 'Account', ['filter', 'accountId']),
    closeDate:
      filter?.closeDateFrom || filter?.closeDateTo
        ? { gte: filter.closeDateFrom ?? undefined, lte: filter.closeDateTo ?? undefined }
        : undefined,
    amount: filter?.minAmount ? { gte: filter.minAmount } : undefined,
    source: filter?.sources ? { in: filter.sources } : undefined,
    lossReason: filter?.lossReasons ? { externalId: { in: filter.lossReasons } } : undefined,
    competitor: filter?.competitors ? { in: filter.competitors } : undefined,
    updatedAt: filter?.updatedSince ? { gte: filter.updatedSince } : undefined,
  };
}

builder.queryFields((t) => ({
  lossReasons: t.prismaField({
    type: ['LossReason'],
    description: "The organization's loss reasons, active and inactive, by externalId.",
    authScopes: { scope: 'read:pipeline' },
    resolve: (query, _root, _args, ctx) => ctx.prisma.lossReason.findMany({ ...query, orderBy: { externalId: 'asc' } }),
  }),
  opportunities: t.prismaConnection(
    {
      type: 'Opportunity',
      cursor: 'id',
      // Read with its nested relations in one statement: they cost as rows of it (access/cost.ts).
      extensions: { oneStatement: true },
      description: 'Deals of the organization.',
      authScopes: { scope: 'read:pipeline' },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.opportunity.count({ where: opportunityWhere(filter) }),
      args: {
        filter: t.arg({ type: OpportunityFilter, description: 'Conditions.' }),
        orderBy: t.arg({ type: OpportunityOrder, description: 'Sort order (default: close date).' }),
      },
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        const where = opportunityWhere(filter);
        const field = orderBy?.field ?? 'closeDate';
        const direction = orderBy?.direction ?? 'asc';
        // One statement for the page and everything nested under it (db/nested-read.ts).
        return ctx.prisma.$findManyNested<Opportunity>('Opportunity', {
          ...query,
          where,
          orderBy: [{ [field]: direction }, { id: direction }],
        });
      },
    },
    { name: 'OpportunityConnection', description: 'A page of Opportunity objects.' },
    { name: 'OpportunityEdge', description: 'A Opportunity in a page, with its cursor.' },
  ),
}));
