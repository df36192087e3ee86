// Territory balance in the graph: `SalesPlan.territoryBalance`.
import type { Territory } from '../generated/prisma/client.js';
import { builder } from '../shared/builder.js';
import { MONEY } from '../shared/scalars.js';
import {
  type BalanceMeasures,
  type BalanceSpread,
  type TerritoryBalance,
  type TerritoryBalanceRow,
  territoryBalance,
} from './balance.js';
import { loadRow } from './loaders.js';

const measureDescriptions = {
  accountCount: 'Accounts held.',
  totalArr: 'Annual recurring revenue of their installed products.',
  openPipeline: 'Amount of their open opportunities (any close date).',
  lastYearBookings: 'Amount of their opportunities won in the fiscal year before the plan.',
  whitespaceValue:
    'Total estimated value of their whitespace cells: per product they neither own nor have in open pipeline, the median ARR of the product among owning peers (same industry and segment).',
};

export const BalanceMeasuresRef = builder.objectRef<BalanceMeasures>('BalanceMeasures').implement({
  description: 'Size of a set of accounts: count, ARR, open pipeline, last year bookings, whitespace value.',
  fields: (t) => ({
    accountCount: t.exposeInt('accountCount', { description: measureDescriptions.accountCount }),
    totalArr: t.expose('totalArr', { type: 'Decimal', ...MONEY, description: measureDescriptions.totalArr }),
    openPipeline: t.expose('openPipeline', {
      type: 'Decimal',
      ...MONEY,
      description: measureDescriptions.openPipeline,
    }),
    lastYearBookings: t.expose('lastYearBookings', {
      type: 'Decimal',
      ...MONEY,
      description: measureDescriptions.lastYearBookings,
    }),
    whitespaceValue: t.expose('whitespaceValue', {
      type: 'Decimal',
      ...MONEY,
      description: measureDescriptions.whitespaceValue,
    }),
  }),
});

export const TerritoryBalanceRowRef = builder.objectRef<TerritoryBalanceRow>('TerritoryBalanceRow').implement({
  description: "One territory's share of the book under a plan, its descendants' accounts included.",
  fields: (t) => ({
    territory: t.prismaField({
      type: 'Territory',
      description: 'The territory.',
      resolve: async (query, row, _args, ctx) =>
        (await loadRow<Territory>(ctx, 'territory', query, row.territoryId)) as Territory,
    }),
    name: t.exposeString('name', { description: 'Territory name (scenarios are matched by it).' }),
    isLeaf: t.exposeBoolean('isLeaf', {
      description: 'Has no child territories: one of the units the spread is measured over.',
    }),
    primaryRepCount: t.exposeInt('primaryRepCount', {
      description: 'Distinct reps with a PRIMARY assignment here (or below) during the fiscal year.',
    }),
    accountCount: t.exposeInt('accountCount', { description: measureDescriptions.accountCount }),
    totalArr: t.expose('totalArr', { type: 'Decimal', ...MONEY, description: measureDescriptions.totalArr }),
    openPipeline: t.expose('openPipeline', {
      type: 'Decimal',
      ...MONEY,
      description: measureDescriptions.openPipeline,
    }),
    lastYearBookings: t.expose('lastYearBookings', {
      type: 'Decimal',
      ...MONEY,
      description: measureDescriptions.lastYearBookings,
    }),
    whitespaceValue: t.expose('whitespaceValue', {
      type: 'Decimal',
      ...MONEY,
      description: measureDescriptions.whitespaceValue,
    }),
  }),
});

export const BalanceSpreadRef = builder.objectRef<BalanceSpread>('BalanceSpread').implement({
  description:
    'Imbalance across the leaf territories: the coefficient of variation (population standard deviation / mean) of each measure, 0 = perfectly even; null without leaves or with a zero mean.',
  fields: (t) => ({
    accountCount: t.expose('accountCount', {
      type: 'Decimal',
      nullable: true,
      description: 'Spread of account counts.',
    }),
    totalArr: t.expose('totalArr', { type: 'Decimal', nullable: true, description: 'Spread of ARR.' }),
    openPipeline: t.expose('openPipeline', {
      type: 'Decimal',
      nullable: true,
      description: 'Spread of open pipeline.',
    }),
    lastYearBookings: t.expose('lastYearBookings', {
      type: 'Decimal',
      nullable: true,
      description: 'Spread of last year bookings.',
    }),
    whitespaceValue: t.expose('whitespaceValue', {
      type: 'Decimal',
      nullable: true,
      description: 'Spread of whitespace value.',
    }),
  }),
});

const TerritoryBalanceRef = builder.objectRef<TerritoryBalance>('TerritoryBalance').implement({
  description:
    "How evenly a plan spreads the book of business. An account counts in the plan's territory it is placed in, else in the one the plan's rules route it to.",
  fields: (t) => ({
    territories: t.field({
      type: [TerritoryBalanceRowRef],
      description: 'Every territory of the plan, by name.',
      resolve: (b) => b.territories,
    }),
    unassigned: t.field({
      type: BalanceMeasuresRef,
      description: 'Accounts in no territory of the plan (no rule matches, or territories tie).',
      resolve: (b) => b.unassigned,
    }),
    spread: t.field({
      type: BalanceSpreadRef,
      description: 'Imbalance across leaf territories.',
      resolve: (b) => b.spread,
    }),
  }),
});

builder.prismaObjectField('SalesPlan', 'territoryBalance', (t) =>
  t.field({
    type: TerritoryBalanceRef,
    description:
      'Accounts, ARR, open pipeline, last year bookings and whitespace value per territory, and how unevenly they spread.',
    select: { id: true, fiscalYear: true },
    resolve: (plan, _args, ctx) => territoryBalance(ctx, plan),
  }),
);
