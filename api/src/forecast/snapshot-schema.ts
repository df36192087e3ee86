// Forecast depth (issue 19): `forecastSnapshot` (a node's forecast as it stood at a past week or
// instant, for the whole subtree or a product, family, territory, segment or region) and
// `forecastBacktest` (the error of calls, rollups and projection at every week of ended periods,
// scored as MAPE, bias and MASE). Resolvers parse and authorise; dimension.ts, snapshot.ts and
// backtest.ts compute; docs/forecast.md states the definitions.
import { getRefFromModel } from '@pothos/plugin-prisma';
import { SegmentEnum } from '../accounts/schema.js';
import type { Segment } from '../generated/prisma/client.js';
import { builder } from '../shared/builder.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import { parseOptionalId } from '../shared/ids.js';
import { MONEY } from '../shared/scalars.js';
import {
  type BacktestMeasure,
  type BacktestNode,
  type BacktestNodePeriod,
  type BacktestScore,
  type BacktestWeek,
  type BacktestWeekScore,
  checkBacktestPeriods,
  type ForecastBacktest,
  forecastBacktest,
  MAX_BACKTEST_PERIODS,
} from './backtest.js';
import { type DealScopeInput, resolveDealScope } from './dimension.js';
import { forecastPeriod } from './period.js';
import type { ForecastNode } from './rollup.js';
import { ForecastChangesRef, ForecastPeriodRef } from './schema.js';
import { callerOf, resolveNode } from './scope.js';
import { type ForecastSnapshot, forecastSnapshot, snapshotPoint } from './snapshot.js';

const RepRef = getRefFromModel('Rep', builder);

const loadReps = (ids: number[], ctx: Context) =>
  ctx.prisma.rep.findMany({ where: { id: { in: ids } } }).then((rows) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? new Error(`Rep ${id} not found`));
  });

const periodKeyArg = 'Fiscal period key: FY2027, FY2027-Q3 or FY2027-M07.';
const repIdArg =
  "The hierarchy node (a person's subtree), a node of the period's tree. Default: the caller's own node; for a caller that sees the organization without acting as a rep, the top of the period's tree (the organization).";

// ---------------------------------------------------------------- scopes

const ForecastScopeInput = builder.inputType('ForecastScope', {
  description:
    "Restricts a forecast to part of the deals; every given condition applies. Products count the part of a deal's amount their line items make up; account conditions (territory, segment, region) keep or drop whole deals by the deal's account as it is now.",
  fields: (t) => ({
    productId: t.id({ description: "Only this product's share of each deal (its line items' totalPrice / all)." }),
    productFamily: t.string({ description: "Only this product family's share of each deal." }),
    territoryId: t.id({ description: 'Deals of accounts in this territory or a territory below it.' }),
    segment: t.field({
      type: SegmentEnum,
      description: "Deals of accounts of this segment (the account's, not the rep's).",
    }),
    region: t.string({ description: "Deals of accounts of this region (the account's, not the rep's)." }),
  }),
});

interface ScopeArg {
  productId?: string | null;
  productFamily?: string | null;
  territoryId?: string | null;
  segment?: Segment | null;
  region?: string | null;
}

function decodeScope(scope: ScopeArg | null | undefined): DealScopeInput | null {
  if (!scope) return null;
  return {
    productId: parseOptionalId(scope.productId, 'Product', ['scope', 'productId']),
    productFamily: scope.productFamily,
    territoryId: parseOptionalId(scope.territoryId, 'Territory', ['scope', 'territoryId']),
    segment: scope.segment,
    region: scope.region,
  };
}

// ---------------------------------------------------------------- snapshots

const money = (description: string) => ({ type: 'Decimal' as const, ...MONEY, description });

type SnapshotNode = ForecastNode & { scoped: boolean };

const ForecastSnapshotNodeRef = builder.objectRef<SnapshotNode>('ForecastSnapshotNode').implement({
  description:
    "A node's forecast figures at the snapshot's moment, within its scope: the figures of ForecastNode, from the deals as they stood then.",
  fields: (t) => ({
    rep: t.loadable({ type: RepRef, description: 'The node.', load: loadReps, resolve: (n) => n.repId }),
    subtreeSize: t.exposeInt('subtreeSize', {
      description: "Nodes of the period's tree in the subtree, itself included.",
    }),
    closed: t.expose('closed', money('Won (stage CLOSED_WON) by then.')),
    commit: t.expose('commit', money('Open deals in COMMIT.')),
    bestCase: t.expose('bestCase', money('Open deals in BEST_CASE.')),
    pipeline: t.expose('pipeline', money('Open deals in PIPELINE.')),
    commitForecast: t.expose('commitForecast', money('closed + commit.')),
    bestCaseForecast: t.expose('bestCaseForecast', money('closed + commit + bestCase.')),
    openPipeline: t.expose('openPipeline', money('commit + bestCase + pipeline.')),
    weightedPipeline: t.expose('weightedPipeline', money('Open pipeline x stage probability, line by line.')),
    projection: t.expose(
      'projection',
      money("closed + open pipeline x the stage's historical win rate (the period's rates), line by line."),
    ),
    quota: t.field({
      ...money(
        "The subtree's quota for the period; null for a scoped snapshot (quotas are not set by product or account).",
      ),
      nullable: true,
      resolve: (n) => (n.scoped ? null : n.quota),
    }),
    commitCall: t.field({
      ...money(
        "The node's COMMIT number then: its own latest call submitted by then, else the calls below rolled up (ForecastCall.final). Null for a scoped snapshot: calls are made for the whole subtree.",
      ),
      nullable: true,
      resolve: (n) => (n.scoped ? null : n.commitCall.final),
    }),
    bestCaseCall: t.field({
      ...money('The BEST_CASE number then, as commitCall. Null for a scoped snapshot.'),
      nullable: true,
      resolve: (n) => (n.scoped ? null : n.bestCaseCall.final),
    }),
  }),
});

const ForecastSnapshotRef = builder.objectRef<ForecastSnapshot>('ForecastSnapshot').implement({
  description:
    "A node's forecast and its direct reports' as they stood at a moment (a week of the period or an instant; default now), rebuilt from deal history: each deal's stage, amount, close date and category then, calls submitted by then.",
  fields: (t) => ({
    period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (s) => s.period }),
    asOf: t.expose('asOf', {
      type: 'DateTime',
      nullable: true,
      description: 'The moment the figures stand at; null: now (the deals as stored).',
    }),
    week: t.exposeInt('week', {
      nullable: true,
      description: 'The week of the period the moment ends, when it was asked as a week.',
    }),
    scoped: t.boolean({
      description: 'True when a scope restricts the deals (then quota and calls are null).',
      resolve: (s) => s.scope !== null,
    }),
    node: t.field({
      type: ForecastSnapshotNodeRef,
      description: 'The node, its subtree rolled up.',
      resolve: (s) => ({ ...s.forecast.node, scoped: s.scope !== null }),
    }),
    children: t.field({
      type: [ForecastSnapshotNodeRef],
      description: "The node's direct reports in the period's tree, by name.",
      resolve: (s) => s.forecast.children.map((c) => ({ ...c, scoped: s.scope !== null })),
    }),
    changesSince: t.field({
      type: ForecastChangesRef,
      description:
        "What moved between an earlier moment and this snapshot's (the deals behind the difference of two snapshots: e.g. week 5 to week 6). Not for scoped snapshots.",
      args: {
        week: t.arg.int({
          description: 'The earlier moment as the end of this week of the period. Give week or asOf.',
        }),
        asOf: t.arg({ type: 'DateTime', description: 'The earlier moment as an instant. Give week or asOf.' }),
      },
      resolve: async (s, args, ctx) => {
        const caller = callerOf(ctx);
        if (s.scope !== null) {
          throw new UserInputError('INVALID', 'changesSince lists whole deals: ask it of an unscoped snapshot', [
            'scope',
          ]);
        }
        if (args.week == null && args.asOf == null) {
          throw new UserInputError('REQUIRED', 'Give week or asOf', ['week']);
        }
        const since = await snapshotPoint(caller, s.period, { week: args.week, asOf: args.asOf });
        const until = s.asOf ?? caller.now;
        if ((since.asOf as Date) >= until) {
          throw new UserInputError('INVALID', "The earlier moment must be before the snapshot's", [
            args.week != null ? 'week' : 'asOf',
          ]);
        }
        return { period: s.period, repId: s.forecast.node.repId, since: since.asOf as Date, until };
      },
    }),
  }),
});

// ---------------------------------------------------------------- backtests

const ForecastBacktestMeasureRef = builder.objectRef<BacktestMeasure>('ForecastBacktestMeasure').implement({
  description: 'A forecast at the end of a week against what the subtree won in the period.',
  fields: (t) => ({
    forecast: t.expose('forecast', {
      ...money('The forecast then; null when there was none (no call submitted by then).'),
      nullable: true,
    }),
    error: t.expose('error', {
      type: 'Decimal',
      nullable: true,
      description:
        '(forecast - actual) / actual, a signed fraction to 6 decimals (0.1 = 10% above what was won). Null without a forecast or when nothing was won.',
    }),
  }),
});

const METHOD_DESCRIPTIONS: Record<keyof BacktestWeek['measures'], string> = {
  commitCall: "The node's own latest COMMIT call submitted by then.",
  bestCaseCall: "The node's own latest BEST_CASE call submitted by then.",
  commitForecast: 'The COMMIT rollup (closed + commit) from the deals as they stood then.',
  bestCaseForecast: 'The BEST_CASE rollup (closed + commit + bestCase) from the deals as they stood then.',
  projection: "The projection (closed + open pipeline x the period's stage win rates) from the deals then.",
};

const ForecastBacktestWeekRef = builder.objectRef<BacktestWeek>('ForecastBacktestWeek').implement({
  description: "A node's forecasts at the end of one week of an ended period.",
  fields: (t) => ({
    week: t.exposeInt('week', { description: 'Week of the period (1 = the first seven days).' }),
    asOf: t.expose('asOf', {
      type: 'DateTime',
      description:
        "The end of the week: the period start + 7 x week days, at midnight in the organization's time zone.",
    }),
    commitCall: t.field({
      type: ForecastBacktestMeasureRef,
      description: METHOD_DESCRIPTIONS.commitCall,
      resolve: (w) => w.measures.commitCall,
    }),
    bestCaseCall: t.field({
      type: ForecastBacktestMeasureRef,
      description: METHOD_DESCRIPTIONS.bestCaseCall,
      resolve: (w) => w.measures.bestCaseCall,
    }),
    commitForecast: t.field({
      type: ForecastBacktestMeasureRef,
      description: METHOD_DESCRIPTIONS.commitForecast,
      resolve: (w) => w.measures.commitForecast,
    }),
    bestCaseForecast: t.field({
      type: ForecastBacktestMeasureRef,
      description: METHOD_DESCRIPTIONS.bestCaseForecast,
      resolve: (w) => w.measures.bestCaseForecast,
    }),
    projection: t.field({
      type: ForecastBacktestMeasureRef,
      description: METHOD_DESCRIPTIONS.projection,
      resolve: (w) => w.measures.projection,
    }),
  }),
});

const ForecastBacktestPeriodRef = builder.objectRef<BacktestNodePeriod>('ForecastBacktestPeriod').implement({
  description: "A node's forecasts week by week in one ended period.",
  fields: (t) => ({
    period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (p) => p.period }),
    actual: t.expose('actual', money('Won in the period by the subtree, as recorded now.')),
    naive: t.expose(
      'naive',
      money("The naive forecast: what the subtree won in the period before (last period's bookings)."),
    ),
    weeks: t.expose('weeks', {
      type: [ForecastBacktestWeekRef],
      description: 'Every full week of the period, in order.',
    }),
  }),
});

const ForecastBacktestScoreRef = builder.objectRef<BacktestScore>('ForecastBacktestScore').implement({
  description: 'One forecast method at one week of the period, scored over the periods of the backtest.',
  fields: (t) => ({
    observations: t.exposeInt('observations', { description: 'Periods with a forecast at this week.' }),
    mape: t.expose('mape', {
      type: 'Decimal',
      nullable: true,
      description:
        'Mean absolute percentage error: the mean of |forecast - actual| / actual over the periods with something won, to 6 decimals (0.12 = 12%).',
    }),
    bias: t.expose('bias', {
      type: 'Decimal',
      nullable: true,
      description:
        'Mean signed error: the mean of (forecast - actual) / actual over the same periods; positive = too high.',
    }),
    mase: t.expose('mase', {
      type: 'Decimal',
      nullable: true,
      description:
        "Mean absolute scaled error: mean |forecast - actual| / mean |naive - actual| over the observations, the naive forecast being last period's bookings; below 1 beats it. Null when the naive forecast was exact in every period.",
    }),
  }),
});

const ForecastBacktestWeekScoreRef = builder.objectRef<BacktestWeekScore>('ForecastBacktestWeekScore').implement({
  description: 'The scores of every forecast method at one week of the period, across the periods of the backtest.',
  fields: (t) => ({
    week: t.exposeInt('week', { description: 'Week of the period.' }),
    commitCall: t.field({
      type: ForecastBacktestScoreRef,
      description: "The node's own COMMIT call.",
      resolve: (w) => w.scores.commitCall,
    }),
    bestCaseCall: t.field({
      type: ForecastBacktestScoreRef,
      description: "The node's own BEST_CASE call.",
      resolve: (w) => w.scores.bestCaseCall,
    }),
    commitForecast: t.field({
      type: ForecastBacktestScoreRef,
      description: 'The COMMIT rollup.',
      resolve: (w) => w.scores.commitForecast,
    }),
    bestCaseForecast: t.field({
      type: ForecastBacktestScoreRef,
      description: 'The BEST_CASE rollup.',
      resolve: (w) => w.scores.bestCaseForecast,
    }),
    projection: t.field({
      type: ForecastBacktestScoreRef,
      description: 'The projection.',
      resolve: (w) => w.scores.projection,
    }),
  }),
});

const ForecastBacktestNodeRef = builder.objectRef<BacktestNode>('ForecastBacktestNode').implement({
  description: "A node's backtest: its forecasts at every week of every period, and their scores by week of period.",
  fields: (t) => ({
    rep: t.loadable({ type: RepRef, description: 'The node.', load: loadReps, resolve: (n) => n.repId }),
    callReliability: t.expose('callReliability', {
      type: 'Decimal',
      nullable: true,
      description:
        "How far the node's COMMIT calls can be trusted: 1 - the mean absolute percentage error of its own COMMIT calls over every week of every period it had one in (and something was won), floored at 0, to 6 decimals. 1 = every call was exactly what was won; null = it never called.",
    }),
    weeks: t.expose('weeks', {
      type: [ForecastBacktestWeekScoreRef],
      description: 'Scores by week of period (week 1 first), over the periods the node took part in.',
    }),
    periods: t.expose('periods', {
      type: [ForecastBacktestPeriodRef],
      description: 'The forecasts of each period the node took part in, week by week.',
    }),
  }),
});

const ForecastBacktestRef = builder.objectRef<ForecastBacktest>('ForecastBacktest').implement({
  description:
    "How accurate a node's forecasts were at each week of ended periods: its calls, category rollups and projection against what was won, scored across periods.",
  fields: (t) => ({
    periods: t.field({
      type: [ForecastPeriodRef],
      description: 'The periods, as given.',
      resolve: (b) => b.periods,
    }),
    node: t.expose('node', {
      type: ForecastBacktestNodeRef,
      description: 'The node (for an organization-wide caller by default the top of the tree: the organization).',
    }),
    children: t.expose('children', {
      type: [ForecastBacktestNodeRef],
      description:
        "The node's direct reports in any of the periods, by name, each scored over the periods it was one in.",
    }),
  }),
});

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  forecastSnapshot: t.field({
    authScopes: { scope: 'read:forecast' },
    type: ForecastSnapshotRef,
    description:
      "A node's forecast for an open or ended period as it stood at the end of a week of the period or at an instant (default now), optionally for one product, product family, territory, segment or region. The commit on week 5 is node.commitForecast (or node.commitCall) of week: 5.",
    args: {
      periodKey: t.arg.string({ required: true, description: periodKeyArg }),
      repId: t.arg.id({ description: repIdArg }),
      week: t.arg.int({
        description:
          "The moment as the end of this week of the period (0 = its start; 5 = five weeks in). Not in the future, not before the organization's deal history. Give week or asOf, or neither for now.",
      }),
      asOf: t.arg({
        type: 'DateTime',
        description:
          "The moment as an instant (any, even before the period). Not in the future, not before the organization's deal history.",
      }),
      scope: t.arg({ type: ForecastScopeInput, description: 'Only part of the deals (default: all of the subtree).' }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const period = forecastPeriod(args.periodKey, ctx.organization, caller.now, ['periodKey']);
      const repId = await resolveNode(caller, period, parseOptionalId(args.repId, 'Rep', ['repId']), ['repId']);
      const scope = await resolveDealScope(caller, decodeScope(args.scope), ['scope']);
      const point = await snapshotPoint(caller, period, { week: args.week, asOf: args.asOf });
      return forecastSnapshot(caller, period, repId, point, scope);
    },
  }),
  forecastBacktest: t.field({
    authScopes: { scope: 'read:forecast' },
    type: ForecastBacktestRef,
    description:
      "The backtest of ended periods: at every week of each, the error of the node's and its direct reports' calls, category rollups and projection against what was won; scored by week of period as MAPE, bias and MASE (against last period's bookings), and each node's call reliability.",
    args: {
      periodKeys: t.arg.stringList({
        required: true,
        description: `The periods (${periodKeyArg}), each ended, at most ${MAX_BACKTEST_PERIODS}, none twice.`,
      }),
      repId: t.arg.id({ description: `${repIdArg} It must be a node of every period given.` }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const periods = args.periodKeys.map((key, i) =>
        forecastPeriod(key, ctx.organization, caller.now, ['periodKeys', String(i)]),
      );
      checkBacktestPeriods(periods, 'periodKeys');
      const repId = parseOptionalId(args.repId, 'Rep', ['repId']);
      const roots: number[] = [];
      for (const period of periods) roots.push(await resolveNode(caller, period, repId, ['repId']));
      return forecastBacktest(caller, periods, roots);
    },
  }),
}));
