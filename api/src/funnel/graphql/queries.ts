// The `funnel` and `winLoss` root fields (docs/funnel.md). The resolvers decode the arguments and
// call the services with the caller's visibility: only deals the caller may see count.
import { performanceContext } from '../../performance/schema.js';
import type { ScopeInput } from '../../performance/scope.js';
import { builder } from '../../shared/builder.js';
import { parseOptionalId } from '../../shared/ids.js';
import { funnel, winLoss } from '../service.js';
import { FunnelGroupingEnum, FunnelReportRef, FunnelScopeRef, WinLossReportRef } from './types.js';

function scopeOf(scope: typeof FunnelScopeRef.$inferInput | null | undefined): ScopeInput | null {
  if (!scope) return null;
  return {
    repId: parseOptionalId(scope.repId, 'Rep', ['scope', 'repId']),
    territoryId: parseOptionalId(scope.territoryId, 'Territory', ['scope', 'territoryId']),
    region: scope.region ?? null,
    segment: scope.segment ?? null,
  };
}

builder.queryFields((t) => ({
  funnel: t.field({
    type: FunnelReportRef,
    description:
      'Stage-to-stage conversion, days in stage, "lost at" and pipeline created and won, for the deals created in a fiscal period, from their stage history.',
    authScopes: { scope: 'read:performance' },
    args: {
      period: t.arg.string({ required: true, description: 'Period key: FY2027, FY2027-Q3 or FY2027-M07.' }),
      scope: t.arg({ type: FunnelScopeRef, description: 'Which deals (default: every deal the caller may see).' }),
      groupBy: t.arg({
        type: FunnelGroupingEnum,
        description: 'Group the rows (default: the total only); PRODUCT and LOSS_REASON are refused.',
      }),
    },
    resolve: (_root, args, ctx) =>
      funnel(performanceContext(ctx), { period: args.period, scope: scopeOf(args.scope), groupBy: args.groupBy }),
  }),
  winLoss: t.field({
    type: WinLossReportRef,
    description:
      'Win rate, won and lost amounts, loss reasons and competitors (lost to whom) of the deals closed in a fiscal period.',
    authScopes: { scope: 'read:performance' },
    args: {
      period: t.arg.string({ required: true, description: 'Period key: FY2027, FY2027-Q3 or FY2027-M07.' }),
      scope: t.arg({ type: FunnelScopeRef, description: 'Which deals (default: every deal the caller may see).' }),
      groupBy: t.arg({
        type: FunnelGroupingEnum,
        description: 'Group the rows (default: the total only); PRODUCT and LOSS_REASON are refused.',
      }),
    },
    resolve: (_root, args, ctx) =>
      winLoss(performanceContext(ctx), { period: args.period, scope: scopeOf(args.scope), groupBy: args.groupBy }),
  }),
}));
