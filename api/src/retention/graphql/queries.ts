// The `retention` root field (docs/design.md §13). The resolver decodes the arguments and calls the
// service with the caller's visibility: only accounts owned by reps the caller may see count.
import { builder } from '../../shared/builder.js';
import type { Context } from '../../shared/context.js';
import { type RetentionContext, retention } from '../service.js';
import { RetentionGroupingEnum, RetentionReportRef } from './types.js';

/** The service context of a request. */
export function retentionContext(ctx: Context): RetentionContext {
  return {
    prisma: ctx.prisma,
    organizationId: ctx.organization.id,
    fiscalYearStartMonth: ctx.organization.fiscalYearStartMonth,
    visibility: ctx.visibility,
  };
}

builder.queryFields((t) => ({
  retention: t.field({
    type: RetentionReportRef,
    description:
      'Gross and net revenue retention, logo churn and the ARR bridge (starting + new + expansion + reactivation - contraction - churn = ending) of a fiscal period, from the ARR history of installed products.',
    authScopes: { scope: 'read:performance' },
    args: {
      period: t.arg.string({ required: true, description: 'Period key: FY2027, FY2027-Q3 or FY2027-M07.' }),
      groupBy: t.arg({
        type: RetentionGroupingEnum,
        description: 'Group the rows by segment, industry or territory (default: none, the total only).',
      }),
    },
    resolve: (_root, args, ctx) => retention(retentionContext(ctx), { period: args.period, groupBy: args.groupBy }),
  }),
}));
