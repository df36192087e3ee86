// Root lists of the compensation graph. Pay rows (assignments, lines, adjustments, disputes) come
// through the tenant client, which confines them to the caller's pay visibility and shows draft
// runs and their lines to comp admins only (access/row-policy.ts).
import type { CompPlan, Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../shared/builder.js';
import { parseOptionalId } from '../../shared/ids.js';
import { CompPlanStatusEnum, DisputeStatusEnum, PayoutRunStatusEnum } from './enums.js';
import { READ_COMP } from './payload.js';

const CompPlanFilter = builder.inputType('CompPlanFilter', {
  description: 'Conditions a comp plan version must meet; all given conditions apply.',
  fields: (t) => ({
    statuses: t.field({ type: [CompPlanStatusEnum], description: 'Any of these states.' }),
    search: t.string({ description: 'Case-insensitive substring of the name.' }),
  }),
});

const CompAssignmentFilter = builder.inputType('CompAssignmentFilter', {
  description: 'Conditions an assignment must meet; all given conditions apply.',
  fields: (t) => ({
    repId: t.id({ description: 'Assignments of this rep.' }),
    compPlanId: t.id({ description: 'Assignments of this plan version.' }),
    activeOn: t.field({ type: 'Date', description: 'Assignments in effect on this day.' }),
  }),
});

const PayoutRunFilter = builder.inputType('PayoutRunFilter', {
  description: 'Conditions a run must meet.',
  fields: (t) => ({
    statuses: t.field({ type: [PayoutRunStatusEnum], description: 'Any of these states.' }),
  }),
});

const PayoutAdjustmentFilter = builder.inputType('PayoutAdjustmentFilter', {
  description: 'Conditions an adjustment must meet; all given conditions apply.',
  fields: (t) => ({
    repId: t.id({ description: 'Adjustments of this rep.' }),
    pending: t.boolean({
      description:
        'true: not yet picked up by a run the caller may see; false: paid by one (a draft run counts for comp admins only).',
    }),
  }),
});

const DisputeFilter = builder.inputType('DisputeFilter', {
  description: 'Conditions a dispute must meet; all given conditions apply.',
  fields: (t) => ({
    statuses: t.field({ type: [DisputeStatusEnum], description: 'Any of these states.' }),
    repId: t.id({ description: 'Disputes of this rep.' }),
  }),
});

function planWhere(f: typeof CompPlanFilter.$inferInput | null | undefined): Prisma.CompPlanWhereInput {
  return {
    status: f?.statuses ? { in: f.statuses } : undefined,
    name: f?.search ? { contains: f.search, mode: 'insensitive' } : undefined,
  };
}

function assignmentWhere(
  f: typeof CompAssignmentFilter.$inferInput | null | undefined,
): Prisma.CompAssignmentWhereInput {
  return {
    repId: parseOptionalId(f?.repId, 'Rep', ['filter', 'repId']),
    compPlanId: parseOptionalId(f?.compPlanId, 'CompPlan', ['filter', 'compPlanId']),
    ...(f?.activeOn
      ? { startDate: { lte: f.activeOn }, OR: [{ endDate: null }, { endDate: { gt: f.activeOn } }] }
      : {}),
  };
}

function adjustmentWhere(
  f: typeof PayoutAdjustmentFilter.$inferInput | null | undefined,
): Prisma.PayoutAdjustmentWhereInput {
  return {
    repId: parseOptionalId(f?.repId, 'Rep', ['filter', 'repId']),
    // Through the relation, so the row policy leaves out runs the caller may not see: to all but
    // comp admins, an adjustment a draft run picked up is still pending (its run reads null).
    ...(f?.pending == null ? {} : f.pending ? { NOT: { payoutRun: { is: {} } } } : { payoutRun: { is: {} } }),
  };
}

function disputeWhere(f: typeof DisputeFilter.$inferInput | null | undefined): Prisma.DisputeWhereInput {
  return {
    status: f?.statuses ? { in: f.statuses } : undefined,
    repId: parseOptionalId(f?.repId, 'Rep', ['filter', 'repId']),
  };
}

builder.queryFields((t) => ({
  compPlans: t.prismaConnection(
    {
      type: 'CompPlan',
      cursor: 'id',
      // Read with its nested relations in one statement: they cost as rows of it (access/cost.ts).
      extensions: { oneStatement: true },
      description: 'Comp plan versions, latest effective start first.',
      authScopes: { scope: READ_COMP },
      args: { filter: t.arg({ type: CompPlanFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.compPlan.count({ where: planWhere(filter) }),
      resolve: (q, _root, { filter }, ctx) =>
        // One statement for the page, its components and their tiers (db/nested-read.ts).
        ctx.prisma.$findManyNested<CompPlan>('CompPlan', {
          ...q,
          where: planWhere(filter),
          orderBy: [{ effectiveStart: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'CompPlanConnection', description: 'A page of comp plan versions.' },
    { name: 'CompPlanEdge', description: 'A comp plan version in a page, with its cursor.' },
  ),
  compAssignments: t.prismaConnection(
    {
      type: 'CompAssignment',
      cursor: 'id',
      description: 'Comp plan assignments within the caller’s pay visibility, by rep then start date.',
      authScopes: { scope: READ_COMP },
      args: { filter: t.arg({ type: CompAssignmentFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.compAssignment.count({ where: assignmentWhere(filter) }),
      resolve: (q, _root, { filter }, ctx) =>
        ctx.prisma.compAssignment.findMany({
          ...q,
          where: assignmentWhere(filter),
          orderBy: [{ repId: 'asc' }, { startDate: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'CompAssignmentConnection', description: 'A page of comp assignments.' },
    { name: 'CompAssignmentEdge', description: 'A comp assignment in a page, with its cursor.' },
  ),
  payoutRuns: t.prismaConnection(
    {
      type: 'PayoutRun',
      cursor: 'id',
      description: 'Payout runs, latest period first (drafts for comp admins only).',
      authScopes: { scope: READ_COMP },
      args: { filter: t.arg({ type: PayoutRunFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.payoutRun.count({ where: runWhere(filter) }),
      resolve: (q, _root, { filter }, ctx) =>
        ctx.prisma.payoutRun.findMany({
          ...q,
          where: runWhere(filter),
          orderBy: [{ periodStart: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'PayoutRunConnection', description: 'A page of payout runs.' },
    { name: 'PayoutRunEdge', description: 'A payout run in a page, with its cursor.' },
  ),
  payoutRun: t.prismaField({
    type: 'PayoutRun',
    nullable: true,
    description: 'The run of a period, if it has one (and the caller may see it).',
    authScopes: { scope: READ_COMP },
    args: { periodKey: t.arg.string({ required: true, description: 'FY2026, FY2026-Q3 or FY2026-M07.' }) },
    resolve: (q, _root, { periodKey }, ctx) => ctx.prisma.payoutRun.findFirst({ ...q, where: { periodKey } }),
  }),
  payoutAdjustments: t.prismaConnection(
    {
      type: 'PayoutAdjustment',
      cursor: 'id',
      description: 'Adjustments within the caller’s pay visibility, newest first.',
      authScopes: { scope: READ_COMP },
      args: { filter: t.arg({ type: PayoutAdjustmentFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.payoutAdjustment.count({ where: adjustmentWhere(filter) }),
      resolve: (q, _root, { filter }, ctx) =>
        ctx.prisma.payoutAdjustment.findMany({ ...q, where: adjustmentWhere(filter), orderBy: { id: 'desc' } }),
    },
    { name: 'PayoutAdjustmentConnection', description: 'A page of adjustments.' },
    { name: 'PayoutAdjustmentEdge', description: 'An adjustment in a page, with its cursor.' },
  ),
  disputes: t.prismaConnection(
    {
      type: 'Dispute',
      cursor: 'id',
      description: 'Disputes within the caller’s pay visibility, newest first.',
      authScopes: { scope: READ_COMP },
      args: { filter: t.arg({ type: DisputeFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.dispute.count({ where: disputeWhere(filter) }),
      resolve: (q, _root, { filter }, ctx) =>
        ctx.prisma.dispute.findMany({ ...q, where: disputeWhere(filter), orderBy: { id: 'desc' } }),
    },
    { name: 'DisputeConnection', description: 'A page of disputes.' },
    { name: 'DisputeEdge', description: 'A dispute in a page, with its cursor.' },
  ),
}));

function runWhere(f: typeof PayoutRunFilter.$inferInput | null | undefined): Prisma.PayoutRunWhereInput {
  return { status: f?.statuses ? { in: f.statuses } : undefined };
}
