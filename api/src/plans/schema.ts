// Sales plans and what they hold: territories (with rules and rep assignments), quotas and
// capacity lines, as nodes with their connections. Mutations and analyses live in the
// *-schema.ts files imported below, one per concern.
import DataLoader from 'dataloader';
import type { Prisma, TerritoryAssignment } from '../generated/prisma/client.js';
import { checkAsOf } from '../people/history.js';
import { RepRoleEnum } from '../people/schema.js';
import { builder } from '../shared/builder.js';
import type { Context } from '../shared/context.js';
import { parseOptionalId } from '../shared/ids.js';
import { SalesPlanStatusEnum, TerritoryKindEnum, TerritoryRoleEnum } from './enums.js';
import { READ_SCOPE } from './payload.js';
import './plan-schema.js';
import './territory-schema.js';
import './routing-schema.js';
import './balance-schema.js';
import './quota-schema.js';
import './capacity-schema.js';
import { MONEY } from '../shared/scalars.js';

export { SalesPlanStatusEnum, TerritoryKindEnum, TerritoryRoleEnum };

builder.prismaNode('SalesPlan', {
  id: { field: 'id' },
  authScopes: { scope: READ_SCOPE },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A plan (or scenario) for a fiscal year: territories, assignments, quotas and capacity.',
  fields: (t) => ({
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year, named by the calendar year in which it ends.' }),
    name: t.exposeString('name', { description: 'Plan name.' }),
    status: t.expose('status', { type: SalesPlanStatusEnum, description: 'Lifecycle state.' }),
    version: t.exposeInt('version', {
      description: 'Increases with every change; updates must name the version they read.',
    }),
    targetAmount: t.expose('targetAmount', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'Bookings target for the year.',
    }),
    clonedFrom: t.relation('clonedFrom', { nullable: true, description: 'The plan this scenario was cloned from.' }),
    territories: t.relation('territories', {
      description: 'Territories of the plan, by name.',
      query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    }),
    quotas: t.relatedConnection('quotas', {
      cursor: 'id',
      description: 'Quotas of the plan, by period then rep.',
      totalCount: true,
      query: { orderBy: [{ periodStart: 'asc' }, { repId: 'asc' }, { id: 'asc' }] },
    }),
    capacityLines: t.relation('capacityLines', {
      description: 'Planned headcount by role, start month and ramp, in the order they were added.',
      query: { orderBy: [{ id: 'asc' }] },
    }),
    clones: t.relation('clones', {
      description: 'Scenarios cloned from this plan, oldest first.',
      query: { orderBy: [{ id: 'asc' }] },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the plan was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the plan last changed.' }),
  }),
});

// A territory listed by `territories(asOf)` answers its assignments and accounts as of that day
// too, unless a nested `asOf` says otherwise: the listing marks the rows it returns.
const listedAsOf = new WeakMap<object, Date>();

const AS_OF_NESTED =
  "As of this day (default: the day `territories(asOf)` was asked for, if any). Refused in the future or before the organization's first record.";

/** The day a territory's nested list answers for: its own `asOf`, the listing's, or none. */
async function nestedDay(ctx: Context, territory: object, asOf: Date | null | undefined): Promise<Date | null> {
  if (asOf) {
    await checkAsOf(ctx.prisma, ctx.organization, asOf, ['asOf']);
    return asOf;
  }
  return listedAsOf.get(territory) ?? null;
}

/** Half-open validity on `day`: from the first day up to, not including, the end. */
const spanOn = (day: Date) => ({ startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gt: day } }] });
const placementOn = (day: Date) => ({ validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] });

function accountsIn(territoryId: number, day: Date | null): Prisma.AccountWhereInput {
  return day ? { territoryHistory: { some: { territoryId, ...placementOn(day) } } } : { territoryId };
}

type AssignmentQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };
const assignmentLoaders = new WeakMap<Context, Map<string, DataLoader<number, TerritoryAssignment[]>>>();

/**
 * The assignments of a territory (valid on `day`, if given), batched: one findMany per selection
 * shape and day for all the territories of a request tick.
 */
function loadAssignments(
  ctx: Context,
  query: AssignmentQuery,
  territoryId: number,
  day: Date | null,
): Promise<TerritoryAssignment[]> {
  const key = `${day?.toISOString() ?? ''}:${JSON.stringify(query)}`;
  let byKey = assignmentLoaders.get(ctx);
  if (!byKey) {
    byKey = new Map();
    assignmentLoaders.set(ctx, byKey);
  }
  let loader = byKey.get(key);
  if (!loader) {
    // Rows are matched back by territory, so a `select` must include it.
    const shaped = query.select ? { select: { ...query.select, territoryId: true } } : query;
    loader = new DataLoader(async (ids: readonly number[]) => {
      const rows = await ctx.prisma.territoryAssignment.findMany({
        ...(shaped as Prisma.TerritoryAssignmentFindManyArgs),
        where: { territoryId: { in: [...ids] }, ...(day ? spanOn(day) : {}) },
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      });
      const byTerritory = new Map<number, TerritoryAssignment[]>();
      for (const r of rows) byTerritory.set(r.territoryId, [...(byTerritory.get(r.territoryId) ?? []), r]);
      return ids.map((id) => byTerritory.get(id) ?? []);
    });
    byKey.set(key, loader);
  }
  return loader.load(territoryId);
}

builder.prismaNode('Territory', {
  id: { field: 'id' },
  authScopes: { scope: READ_SCOPE },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A slice of the market owned by reps under a sales plan.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Territory name.' }),
    kind: t.expose('kind', { type: TerritoryKindEnum, description: 'How the territory is cut.' }),
    salesPlan: t.relation('salesPlan', { description: 'The plan the territory belongs to.' }),
    parent: t.relation('parent', { nullable: true, description: 'Parent territory.' }),
    children: t.relation('children', {
      description: 'Child territories, by name.',
      query: { orderBy: [{ name: 'asc' }] },
    }),
    rules: t.relation('rules', {
      description: 'Routing rules; an account matching any rule belongs here (highest priority wins).',
      query: { orderBy: [{ priority: 'desc' }, { id: 'asc' }] },
    }),
    assignments: t.prismaField({
      type: ['TerritoryAssignment'],
      description:
        'Reps assigned to the territory, by start date: every span, or with a day (`asOf`, or the one `territories(asOf)` was asked for) the spans valid that day.',
      args: { asOf: t.arg({ type: 'Date', description: AS_OF_NESTED }) },
      resolve: async (query, territory, args, ctx) =>
        loadAssignments(ctx, query, territory.id, await nestedDay(ctx, territory, args.asOf)),
    }),
    accounts: t.prismaConnection(
      {
        type: 'Account',
        cursor: 'id',
        description:
          "Accounts in the territory, by name: today's, or with a day (`asOf`, or the one `territories(asOf)` was asked for) those placed in it that day, from the effective-dated placements.",
        args: { asOf: t.arg({ type: 'Date', description: AS_OF_NESTED }) },
        totalCount: async (territory, args, ctx) =>
          ctx.prisma.account.count({ where: accountsIn(territory.id, await nestedDay(ctx, territory, args.asOf)) }),
        resolve: async (query, territory, args, ctx) =>
          ctx.prisma.account.findMany({
            ...query,
            where: accountsIn(territory.id, await nestedDay(ctx, territory, args.asOf)),
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
          }),
      },
      { name: 'TerritoryAccountsConnection', description: 'A page of the accounts of a territory.' },
      { name: 'TerritoryAccountsConnectionEdge', description: 'An item of a page, with its cursor.' },
    ),
  }),
});

builder.prismaNode('TerritoryRule', {
  id: { field: 'id' },
  authScopes: { scope: READ_SCOPE },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description:
    "A routing rule: every criterion given must match (region, country, industry, employee range); a territory's rules are alternatives.",
  fields: (t) => ({
    territory: t.relation('territory', { description: 'The territory accounts matching the rule are routed to.' }),
    priority: t.exposeInt('priority', {
      description: 'The highest priority among matching territories wins; a tie at the top assigns none (a conflict).',
    }),
    region: t.exposeString('region', { nullable: true, description: 'Account region must equal this.' }),
    country: t.exposeString('country', { nullable: true, description: 'Account country must equal this.' }),
    industry: t.exposeString('industry', { nullable: true, description: 'Account industry must equal this.' }),
    minEmployees: t.exposeInt('minEmployees', { nullable: true, description: 'Employees at least this.' }),
    maxEmployees: t.exposeInt('maxEmployees', { nullable: true, description: 'Employees at most this (inclusive).' }),
  }),
});

builder.prismaNode('TerritoryAssignment', {
  id: { field: 'id' },
  authScopes: { scope: READ_SCOPE },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A rep working a territory for a span of days.',
  fields: (t) => ({
    territory: t.relation('territory', { description: 'The territory.' }),
    rep: t.relation('rep', { description: 'The rep.' }),
    role: t.expose('role', { type: TerritoryRoleEnum, description: 'Primary owner or overlay.' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'First day (inclusive).' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'End day (exclusive); null = open.' }),
  }),
});

builder.prismaNode('CapacityLine', {
  id: { field: 'id' },
  authScopes: { scope: READ_SCOPE },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'Planned headcount of one role starting in one fiscal month, with its ramp, productivity and attrition.',
  fields: (t) => ({
    salesPlan: t.relation('salesPlan', { description: 'The plan the line belongs to.' }),
    role: t.expose('role', { type: RepRoleEnum, description: 'Job of the planned heads.' }),
    headcount: t.exposeInt('headcount', { description: 'Heads in seat at the start month.' }),
    startMonth: t.exposeInt('startMonth', { description: 'Fiscal month (1-12) in which the heads start.' }),
    rampMonths: t.exposeInt('rampMonths', {
      description: 'Months to full productivity: month k of the ramp produces k/rampMonths (0 = productive at once).',
    }),
    rampedProductivity: t.expose('rampedProductivity', {
      type: 'Decimal',
      ...MONEY,
      description: 'Bookings per fully ramped head per month.',
    }),
    attritionRate: t.expose('attritionRate', {
      type: 'Decimal',
      description:
        'Expected annual attrition as a fraction of the starting heads (0.15 = 15%), lost evenly month by month.',
    }),
  }),
});

builder.prismaNode('Quota', {
  id: { field: 'id' },
  authScopes: { scope: READ_SCOPE },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description: 'A bookings target for a rep and a fiscal period under a sales plan.',
  fields: (t) => ({
    rep: t.relation('rep', { description: 'The rep carrying the quota.' }),
    salesPlan: t.relation('salesPlan', { description: 'The plan the quota belongs to.' }),
    periodKey: t.exposeString('periodKey', { description: 'FY2026, FY2026-Q3 or FY2026-M07.' }),
    periodStart: t.expose('periodStart', { type: 'Date', description: 'First day of the period.' }),
    periodEnd: t.expose('periodEnd', { type: 'Date', description: 'Day after the period (exclusive).' }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Bookings target.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the quota last changed (what `updatedSince` filters on).',
    }),
  }),
});

const SalesPlanFilter = builder.inputType('SalesPlanFilter', {
  description: 'Conditions a plan must meet.',
  fields: (t) => ({
    fiscalYear: t.int({ description: 'Fiscal year.' }),
    statuses: t.field({ type: [SalesPlanStatusEnum], description: 'Any of these states.' }),
  }),
});

const TerritoryFilter = builder.inputType('TerritoryFilter', {
  description: 'Conditions a territory must meet.',
  fields: (t) => ({
    salesPlanId: t.id({ description: 'Territories of this plan.' }),
    kinds: t.field({ type: [TerritoryKindEnum], description: 'Any of these kinds.' }),
  }),
});

const QuotaFilter = builder.inputType('QuotaFilter', {
  description: 'Conditions a quota must meet.',
  fields: (t) => ({
    salesPlanId: t.id({ description: 'Quotas of this plan.' }),
    repId: t.id({ description: 'Quotas of this rep.' }),
    periodKeys: t.stringList({ description: 'Any of these period keys.' }),
    updatedSince: t.field({
      type: 'DateTime',
      description:
        'Changed at or after this instant (incremental extracts: pass the start time of the previous extract).',
    }),
  }),
});

function salesPlanWhere(filter: typeof SalesPlanFilter.$inferInput | null | undefined): Prisma.SalesPlanWhereInput {
  return {
    fiscalYear: filter?.fiscalYear ?? undefined,
    status: filter?.statuses ? { in: filter.statuses } : undefined,
  };
}

const AS_OF_TERRITORIES =
  "Only the territories live on this day: a rep was assigned to it or an account was placed in it that day (from the effective-dated placements). Refused in the future or before the organization's first record.";

async function territoryWhere(
  ctx: Context,
  filter: typeof TerritoryFilter.$inferInput | null | undefined,
  asOf: Date | null | undefined,
): Promise<Prisma.TerritoryWhereInput> {
  if (asOf) await checkAsOf(ctx.prisma, ctx.organization, asOf, ['asOf']);
  return {
    salesPlanId: parseOptionalId(filter?.salesPlanId, 'SalesPlan', ['filter', 'salesPlanId']),
    kind: filter?.kinds ? { in: filter.kinds } : undefined,
    OR: asOf ? [{ assignments: { some: spanOn(asOf) } }, { accountHistory: { some: placementOn(asOf) } }] : undefined,
  };
}

async function quotaWhere(
  ctx: Context,
  filter: typeof QuotaFilter.$inferInput | null | undefined,
  asOf: Date | null | undefined,
): Promise<Prisma.QuotaWhereInput> {
  if (asOf) await checkAsOf(ctx.prisma, ctx.organization, asOf, ['asOf']);
  return {
    periodStart: asOf ? { lte: asOf } : undefined,
    periodEnd: asOf ? { gt: asOf } : undefined,
    salesPlanId: parseOptionalId(filter?.salesPlanId, 'SalesPlan', ['filter', 'salesPlanId']),
    repId: parseOptionalId(filter?.repId, 'Rep', ['filter', 'repId']),
    periodKey: filter?.periodKeys ? { in: filter.periodKeys } : undefined,
    updatedAt: filter?.updatedSince ? { gte: filter.updatedSince } : undefined,
  };
}

builder.queryFields((t) => ({
  salesPlans: t.prismaConnection(
    {
      type: 'SalesPlan',
      cursor: 'id',
      description: 'Sales plans and scenarios, latest fiscal year first.',
      authScopes: { scope: 'read:plans' },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.salesPlan.count({ where: salesPlanWhere(filter) }),
      args: { filter: t.arg({ type: SalesPlanFilter, description: 'Conditions.' }) },
      resolve: (query, _root, { filter }, ctx) =>
        ctx.prisma.salesPlan.findMany({
          ...query,
          where: salesPlanWhere(filter),
          orderBy: [{ fiscalYear: 'desc' }, { id: 'asc' }],
        }),
    },
    { name: 'SalesPlanConnection', description: 'A page of SalesPlan objects.' },
    { name: 'SalesPlanEdge', description: 'A SalesPlan in a page, with its cursor.' },
  ),
  territories: t.prismaConnection(
    {
      type: 'Territory',
      cursor: 'id',
      description: 'Territories, by name.',
      authScopes: { scope: 'read:plans' },
      totalCount: async (_root, { filter, asOf }, ctx) =>
        ctx.prisma.territory.count({ where: await territoryWhere(ctx, filter, asOf) }),
      args: {
        filter: t.arg({ type: TerritoryFilter, description: 'Conditions.' }),
        asOf: t.arg({ type: 'Date', description: AS_OF_TERRITORIES }),
      },
      resolve: async (query, _root, { filter, asOf }, ctx) => {
        const rows = await ctx.prisma.territory.findMany({
          ...query,
          where: await territoryWhere(ctx, filter, asOf),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        });
        if (asOf) for (const row of rows) listedAsOf.set(row, asOf);
        return rows;
      },
    },
    { name: 'TerritoryConnection', description: 'A page of Territory objects.' },
    { name: 'TerritoryEdge', description: 'A Territory in a page, with its cursor.' },
  ),
  quotas: t.prismaConnection(
    {
      type: 'Quota',
      cursor: 'id',
      description: 'Quotas, by period start then rep.',
      authScopes: { scope: 'read:plans' },
      totalCount: async (_root, { filter, asOf }, ctx) =>
        ctx.prisma.quota.count({ where: await quotaWhere(ctx, filter, asOf) }),
      args: {
        filter: t.arg({ type: QuotaFilter, description: 'Conditions.' }),
        asOf: t.arg({
          type: 'Date',
          description:
            "Only the quotas in force on this day: their period contains it. Refused in the future or before the organization's first record.",
        }),
      },
      resolve: async (query, _root, { filter, asOf }, ctx) =>
        ctx.prisma.quota.findMany({
          ...query,
          where: await quotaWhere(ctx, filter, asOf),
          orderBy: [{ periodStart: 'asc' }, { repId: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'QuotaConnection', description: 'A page of Quota objects.' },
    { name: 'QuotaEdge', description: 'A Quota in a page, with its cursor.' },
  ),
}));
