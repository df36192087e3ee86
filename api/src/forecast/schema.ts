// Forecasting (docs/design.md §7): the `forecast` of a hierarchy node with its direct reports, the
// deals behind each figure, calls (`submitForecast`) with their history, what moved in the
// pipeline over a window, and the accuracy of past forecasts. Resolvers parse arguments and call
// the services of this folder; docs/forecast.md states the definitions.
import { getRefFromModel } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Opportunity } from '../generated/prisma/client.js';
import { ForecastCategoryEnum, OpportunityStageEnum } from '../pipeline/schema.js';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/builder.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import { parseOptionalId } from '../shared/ids.js';
import { type Decimal, MONEY } from '../shared/scalars.js';
import { mutate, userErrorsField } from '../shared/user-errors-schema.js';
import { type AccuracyMeasure, accuracyPoint, type ForecastAccuracyNode, forecastAccuracy } from './accuracy.js';
import {
  changePage,
  changeSummary,
  type DealState,
  type ForecastChange,
  type ForecastChangeKind,
  type ForecastChangeSummary,
  type ForecastWindow,
} from './changes.js';
import { type ForecastDeal, type ForecastFigure, forecastDeals } from './deals.js';
import { type ForecastPeriod, forecastPeriod } from './period.js';
import {
  type CallCategory,
  computeForecast,
  type Forecast,
  type ForecastCall,
  type ForecastNode,
  type StageWinRate,
  stageWinRates,
} from './rollup.js';
import { callerOf, resolveNode } from './scope.js';
import { winRateWindow } from './sql.js';
import {
  type CallKey,
  callHistory,
  MAX_NOTE_LENGTH,
  type SubmitForecastResult,
  submitForecast,
} from './submissions.js';

// ---------------------------------------------------------------- shared pieces

interface PageArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

/** Page sizes outside 0..MAX_PAGE_SIZE are refused, as on every other connection. */
function pageArgs(args: PageArgs): PageArgs {
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) {
      throw new UserInputError('OUT_OF_RANGE', `${name} must be between 0 and ${MAX_PAGE_SIZE}; got ${n}`, [name]);
    }
  }
  return args;
}

/** An offset connection whose page query also returns the total count. */
async function offsetConnection<T>(
  args: PageArgs,
  load: (page: { offset: number; limit: number }) => Promise<{ totalCount: number; items: T[] }>,
) {
  let totalCount = 0;
  const connection = await resolveOffsetConnection(
    { args: pageArgs(args), defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    async (page) => {
      const result = await load(page);
      totalCount = result.totalCount;
      return result.items;
    },
  );
  return { ...connection, totalCount };
}

function byId<T extends { id: number }>(ids: readonly number[], rows: T[], what: string): (T | Error)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? new Error(`${what} ${id} not found`));
}

const loadReps = (ids: number[], ctx: Context) =>
  ctx.prisma.rep.findMany({ where: { id: { in: ids } } }).then((rows) => byId(ids, rows, 'Rep'));

const loadOpportunities = (ids: number[], ctx: Context) =>
  ctx.prisma.opportunity
    .findMany({ where: { id: { in: ids } } })
    .then((rows: Opportunity[]) => byId(ids, rows, 'Opportunity'));

// The Rep and Opportunity types belong to their own modules; the prisma plugin hands out their refs.
const RepRef = getRefFromModel('Rep', builder);
const OpportunityRef = getRefFromModel('Opportunity', builder);

const periodKeyArg = 'Fiscal period key: FY2027, FY2027-Q3 or FY2027-M07.';
const repIdArg =
  "The hierarchy node (a rep or manager), a node of the period's tree: employed during the period, not sales ops (NOT_FOUND otherwise). Default: the caller's own node; a caller that does not act as a rep (today's development mode, admins, service keys), or sales ops, gets the top of the period's tree: the node with no node above it that has the most nodes below it.";

// ---------------------------------------------------------------- enums and small types

const ForecastFigureEnum = builder.enumType('ForecastFigure', {
  description: 'A figure of a forecast node, to list the deals behind it.',
  values: {
    CLOSED: { value: 'CLOSED', description: 'Won deals.' },
    COMMIT: { value: 'COMMIT', description: 'Open deals in COMMIT.' },
    BEST_CASE: { value: 'BEST_CASE', description: 'Open deals in BEST_CASE.' },
    PIPELINE: { value: 'PIPELINE', description: 'Open deals in PIPELINE.' },
    COMMIT_FORECAST: { value: 'COMMIT_FORECAST', description: 'Won deals and open deals in COMMIT.' },
    BEST_CASE_FORECAST: {
      value: 'BEST_CASE_FORECAST',
      description: 'Won deals and open deals in COMMIT or BEST_CASE.',
    },
    OPEN_PIPELINE: {
      value: 'OPEN_PIPELINE',
      description: 'Open deals in COMMIT, BEST_CASE or PIPELINE (also behind weightedPipeline and the projection).',
    },
  } satisfies Record<ForecastFigure, { value: ForecastFigure; description: string }>,
});

const ForecastChangeKindEnum = builder.enumType('ForecastChangeKind', {
  description:
    'How a deal moved in a period between two moments. A deal counts in the period when its close date is in it and it is won, or open in PIPELINE, BEST_CASE or COMMIT. The first matching kind is given.',
  values: {
    WON: { value: 'WON', description: 'Won in the period at the end of the window, and not at its start.' },
    LOST: { value: 'LOST', description: 'Counted at the start, closed lost at the end.' },
    PUSHED: {
      value: 'PUSHED',
      description: 'Counted at the start, close date outside the period at the end (usually pushed to a later one).',
    },
    ADDED: { value: 'ADDED', description: 'Created during the window and counting at its end.' },
    PULLED_IN: {
      value: 'PULLED_IN',
      description: 'Counting at the end, with a close date outside the period at the start.',
    },
    AMOUNT_CHANGED: { value: 'AMOUNT_CHANGED', description: 'Counted at both moments, with a different amount.' },
    CATEGORY_CHANGED: {
      value: 'CATEGORY_CHANGED',
      description:
        'Any other move into, out of or between counted categories, e.g. BEST_CASE to COMMIT, to OMITTED, or a won deal reopened.',
    },
  } satisfies Record<ForecastChangeKind, { value: ForecastChangeKind; description: string }>,
});

export const ForecastPeriodRef = builder.objectRef<ForecastPeriod>('ForecastPeriod').implement({
  description: 'The fiscal period of a forecast.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Period key, e.g. FY2027-Q3.' }),
    start: t.expose('start', { type: 'Date', description: 'First day.' }),
    end: t.expose('end', { type: 'Date', description: 'Day after the last day (exclusive).' }),
    closed: t.exposeBoolean('closed', {
      description: "True once the period has ended (its end day is today or earlier in the organization's time zone).",
    }),
  }),
});

const StageWinRateRef = builder.objectRef<StageWinRate>('ForecastStageWinRate').implement({
  description:
    'Historical win rate of an open stage, used by the projection: among deals closed in the four quarters before the period start, the share of those that had been in the stage that were won (by count).',
  fields: (t) => ({
    stage: t.field({
      type: OpportunityStageEnum,
      description: 'The open stage.',
      resolve: (r) => r.stage,
    }),
    closedDeals: t.exposeInt('closedDeals', { description: 'Closed deals that had been in the stage.' }),
    wonDeals: t.exposeInt('wonDeals', { description: 'Of those, the won ones.' }),
    probability: t.expose('probability', { type: 'Decimal', description: 'Default probability of the stage.' }),
    rate: t.expose('rate', {
      type: 'Decimal',
      description: 'wonDeals / closedDeals to 6 decimals; the stage probability when closedDeals is 0.',
    }),
  }),
});

const ForecastWinRatesRef = builder.objectRef<{ period: ForecastPeriod }>('ForecastWinRates').implement({
  description: 'The stage win rates a projection uses, and the window of history they come from.',
  fields: (t) => ({
    from: t.field({
      type: 'Date',
      description: 'First close day of the deals counted (four quarters before the period start).',
      resolve: (w) => winRateWindow(w.period).from,
    }),
    to: t.field({
      type: 'Date',
      description: 'Day after the last close day counted: the period start (exclusive).',
      resolve: (w) => winRateWindow(w.period).to,
    }),
    stages: t.field({
      type: [StageWinRateRef],
      description: 'One rate per open stage, in funnel order.',
      resolve: (w, _args, ctx) => stageWinRates(callerOf(ctx), w.period),
    }),
  }),
});

// ---------------------------------------------------------------- submissions (calls)

const ForecastSubmissionRef = builder.prismaNode('ForecastSubmission', {
  id: { field: 'id' },
  authScopes: { scope: 'read:forecast' },
  // Unknown or invisible IDs resolve to null rather than an error.
  nullable: true,
  description:
    'A forecast call: the amount a node stands behind for a period and category. The latest one is the call.',
  fields: (t) => ({
    owner: t.relation('owner', { description: 'The hierarchy node (rep or manager) whose call this is.' }),
    periodKey: t.exposeString('periodKey', { description: 'Fiscal period key.' }),
    category: t.expose('category', {
      type: ForecastCategoryEnum,
      description: 'COMMIT or BEST_CASE: the cumulative forecast the call is for (it includes closed deals).',
    }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'The called amount.' }),
    note: t.exposeString('note', { nullable: true, description: 'Why, in the caller’s words.' }),
    submittedBy: t.exposeString('submittedBy', {
      description: 'Principal who submitted it: the owner, or a manager or sales ops on their behalf.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When it was submitted.' }),
  }),
});

const historyKey = (k: CallKey) => JSON.stringify([k.ownerId, k.periodKey, k.category]);

const ForecastCallRef = builder
  .objectRef<ForecastCall & { ownerId: number; periodKey: string }>('ForecastCall')
  .implement({
    description:
      "A node's call for one category beside the rollup it overrides. A call replaces the rollup of the caller's subtree in the numbers above it; the rollup itself never changes.",
    fields: (t) => ({
      category: t.field({
        type: ForecastCategoryEnum,
        description: 'COMMIT or BEST_CASE.',
        resolve: (c) => c.category,
      }),
      rollup: t.expose('rollup', {
        type: 'Decimal',
        ...MONEY,
        description: "What the deals say: the node's commitForecast or bestCaseForecast.",
      }),
      submission: t.field({
        type: ForecastSubmissionRef,
        nullable: true,
        description: "The node's own latest call for the period; null when it has not called.",
        resolve: (c) => c.submission,
      }),
      subtreeCall: t.expose('subtreeCall', {
        type: 'Decimal',
        ...MONEY,
        description:
          "The calls below rolled up: the node's own deals plus each direct report's final call (a report without calls below contributes its rollup).",
      }),
      final: t.expose('final', {
        type: 'Decimal',
        ...MONEY,
        description: "The node's number: its own call when it made one, else subtreeCall.",
      }),
      gap: t.expose('gap', { type: 'Decimal', ...MONEY, description: 'quota - final.' }),
      history: t.loadableList({
        type: ForecastSubmissionRef,
        description: 'Every call of the node for the period and category, latest first.',
        load: (keys: string[], ctx) =>
          callHistory(
            callerOf(ctx),
            keys.map((k) => {
              const [ownerId, periodKey, category] = JSON.parse(k) as [number, string, CallCategory];
              return { ownerId, periodKey, category };
            }),
          ),
        resolve: (c) => historyKey({ ownerId: c.ownerId, periodKey: c.periodKey, category: c.category }),
      }),
    }),
  });

// ---------------------------------------------------------------- deals behind a figure

const ForecastDealRef = builder.objectRef<ForecastDeal>('ForecastDeal').implement({
  description: "A deal behind a forecast figure, with the node's credit for it.",
  fields: (t) => ({
    opportunity: t.loadable({
      type: OpportunityRef,
      description: 'The deal.',
      load: loadOpportunities,
      resolve: (d) => d.opportunityId,
    }),
    creditShare: t.expose('creditShare', {
      type: 'Decimal',
      description: "Share of the deal credited to the node's subtree by revenue splits (1 = all of it).",
    }),
    creditedAmount: t.expose('creditedAmount', {
      type: 'Decimal',
      ...MONEY,
      description:
        "The deal's lines in the subtree summed: each credited rep's amount x share, rounded half-even to the cent.",
    }),
    probability: t.expose('probability', {
      type: 'Decimal',
      description: 'Default probability of the stage (1 for a won deal).',
    }),
    weightedAmount: t.expose('weightedAmount', {
      type: 'Decimal',
      ...MONEY,
      description: 'Each line x probability, rounded half-even to the cent, summed: its part of weightedPipeline.',
    }),
    winRate: t.expose('winRate', {
      type: 'Decimal',
      description: 'Historical win rate of the stage (1 for a won deal).',
    }),
    projectedAmount: t.expose('projectedAmount', {
      type: 'Decimal',
      ...MONEY,
      description: 'Each line x winRate, rounded half-even to the cent, summed: its part of the projection.',
    }),
  }),
});

// ---------------------------------------------------------------- forecast nodes

const money = (description: string) => ({ type: 'Decimal' as const, ...MONEY, description });

const ForecastNodeRef = builder.objectRef<ForecastNode>('ForecastNode').implement({
  description:
    "A hierarchy node's forecast for a period: its subtree's deals with close date in the period, credited by revenue splits (the owner when a deal has none), rolled up. Each rep's credit of a deal is a line rounded half-even to the cent; every figure is a sum of lines (docs/design.md §11).",
  fields: (t) => ({
    rep: t.loadable({
      type: RepRef,
      description: 'The rep or manager at this node.',
      load: loadReps,
      resolve: (n) => n.repId,
    }),
    subtreeSize: t.exposeInt('subtreeSize', {
      description:
        "Nodes of the period's tree in the subtree, the node included (people who are no node are not counted).",
    }),
    hasDirectReports: t.boolean({
      description: 'Whether a node of the period hangs below the node (whether the tree can be opened below it).',
      resolve: (n) => n.subtreeSize > 1,
    }),
    closed: t.expose('closed', money('Won (stage CLOSED_WON).')),
    commit: t.expose('commit', money('Open deals in COMMIT.')),
    bestCase: t.expose('bestCase', money('Open deals in BEST_CASE.')),
    pipeline: t.expose('pipeline', money('Open deals in PIPELINE.')),
    commitForecast: t.expose('commitForecast', money('closed + commit.')),
    bestCaseForecast: t.expose('bestCaseForecast', money('closed + commit + bestCase.')),
    openPipeline: t.expose('openPipeline', money('commit + bestCase + pipeline.')),
    weightedPipeline: t.expose(
      'weightedPipeline',
      money('Open pipeline weighted by stage probability: sum of credited amount x probability.'),
    ),
    projection: t.expose(
      'projection',
      money(
        'Statistical projection: closed + sum over open pipeline deals of credited amount x the historical win rate of their stage (see Forecast.winRates).',
      ),
    ),
    quota: t.expose(
      'quota',
      money(
        "The node's quota for the period in the fiscal year's active plan: its own when it has one, else the sum of its direct reports' quotas (recursively); 0 when none is set.",
      ),
    ),
    gap: t.expose('gap', money('quota - commitForecast: what must still come from beyond commit.')),
    commitCall: t.field({
      type: ForecastCallRef,
      description: 'The COMMIT call beside commitForecast.',
      resolve: (n) => ({ ...n.commitCall, ownerId: n.repId, periodKey: n.period.key }),
    }),
    bestCaseCall: t.field({
      type: ForecastCallRef,
      description: 'The BEST_CASE call beside bestCaseForecast.',
      resolve: (n) => ({ ...n.bestCaseCall, ownerId: n.repId, periodKey: n.period.key }),
    }),
    deals: t.connection(
      {
        type: ForecastDealRef,
        description: 'The deals behind a figure, largest credited amount first.',
        args: { figure: t.arg({ type: ForecastFigureEnum, required: true, description: 'Which figure.' }) },
        resolve: (n, args, ctx) =>
          offsetConnection(args, async (page) => {
            const r = await forecastDeals(callerOf(ctx), n.period, n.repId, args.figure, page);
            return { totalCount: r.totalCount, items: r.deals };
          }),
      },
      {
        name: 'ForecastDealConnection',
        description: 'A page of deals behind a forecast figure.',
        fields: (c) => ({
          totalCount: c.int({
            description: 'Number of deals behind the figure, across all pages.',
            resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      { name: 'ForecastDealEdge', description: 'A deal behind a figure, with its cursor.' },
    ),
  }),
});

const ForecastRef = builder.objectRef<Forecast>('Forecast').implement({
  description:
    'The forecast of a hierarchy node for a period, with its direct reports for drawing the tree level by level.',
  fields: (t) => ({
    period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (f) => f.period }),
    node: t.field({
      type: ForecastNodeRef,
      description: 'The node, its whole subtree rolled up.',
      resolve: (f) => f.node,
    }),
    children: t.field({
      type: [ForecastNodeRef],
      description:
        "The node's direct reports in the period's tree by name (people who are no node of the period left out, the reports of a departed manager lifted to the nearest node), each with its own subtree rolled up; node = sum of children + the deals of the node and of the people below it who are no node.",
      resolve: (f) => f.children,
    }),
    winRates: t.field({
      type: ForecastWinRatesRef,
      description: 'The stage win rates behind the projection.',
      resolve: (f) => ({ period: f.period }),
    }),
  }),
});

// ---------------------------------------------------------------- changes

const ForecastDealStateRef = builder.objectRef<DealState>('ForecastDealState').implement({
  description: 'A deal as it stood at a moment, from its history.',
  fields: (t) => ({
    stage: t.field({
      type: OpportunityStageEnum,
      description: 'Stage.',
      resolve: (s) => s.stage,
    }),
    forecastCategory: t.field({
      type: ForecastCategoryEnum,
      description: 'Forecast category.',
      resolve: (s) => s.forecastCategory,
    }),
    amount: t.expose('amount', { type: 'Decimal', ...MONEY, description: 'Deal amount (not credited).' }),
    closeDate: t.expose('closeDate', { type: 'Date', description: 'Close date.' }),
  }),
});

const ForecastChangeRef = builder.objectRef<ForecastChange>('ForecastChange').implement({
  description: 'How one deal moved in the period during the window.',
  fields: (t) => ({
    kind: t.field({ type: ForecastChangeKindEnum, description: 'What happened.', resolve: (c) => c.kind }),
    opportunity: t.loadable({
      type: OpportunityRef,
      description: 'The deal.',
      load: loadOpportunities,
      resolve: (c) => c.opportunityId,
    }),
    creditShare: t.expose('creditShare', {
      type: 'Decimal',
      description: "Share of the deal credited to the node's subtree.",
    }),
    before: t.field({
      type: ForecastDealStateRef,
      nullable: true,
      description: 'The deal at the start of the window; null when it was created during the window.',
      resolve: (c) => c.before,
    }),
    after: t.field({
      type: ForecastDealStateRef,
      description: 'The deal at the end of the window.',
      resolve: (c) => c.after,
    }),
    amountBefore: t.expose('amountBefore', {
      type: 'Decimal',
      ...MONEY,
      description: 'Credited amount the deal counted for in the period at the start (0 when it did not count).',
    }),
    amountAfter: t.expose('amountAfter', {
      type: 'Decimal',
      ...MONEY,
      description: 'Credited amount the deal counts for in the period at the end (0 when it does not count).',
    }),
    delta: t.expose('delta', { type: 'Decimal', ...MONEY, description: 'amountAfter - amountBefore.' }),
  }),
});

const ForecastChangeSummaryRef = builder.objectRef<ForecastChangeSummary>('ForecastChangeSummary').implement({
  description: 'The changes of one kind, added up.',
  fields: (t) => ({
    kind: t.field({ type: ForecastChangeKindEnum, description: 'The kind.', resolve: (s) => s.kind }),
    count: t.exposeInt('count', { description: 'Number of deals.' }),
    amountBefore: t.expose('amountBefore', {
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of amountBefore (e.g. what was pushed or lost).',
    }),
    amountAfter: t.expose('amountAfter', {
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of amountAfter (e.g. what was won or added).',
    }),
    delta: t.expose('delta', { type: 'Decimal', ...MONEY, description: 'Sum of delta.' }),
  }),
});

export const ForecastChangesRef = builder.objectRef<ForecastWindow>('ForecastChanges').implement({
  description:
    "What moved in a node's forecast for a period between two moments, from opportunity history. The deltas of all changes add up to the change of closed + open pipeline over the window.",
  fields: (t) => ({
    period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (w) => w.period }),
    rep: t.loadable({ type: RepRef, description: 'The node.', load: loadReps, resolve: (w) => w.repId }),
    since: t.expose('since', { type: 'DateTime', description: 'Start of the window (exclusive).' }),
    until: t.expose('until', { type: 'DateTime', description: 'End of the window (inclusive).' }),
    summary: t.field({
      type: [ForecastChangeSummaryRef],
      description:
        'Count and amounts per kind, in the order of ForecastChangeKind; kinds without changes are left out.',
      resolve: (w, _args, ctx) => changeSummary(callerOf(ctx), w),
    }),
    changes: t.connection(
      {
        type: ForecastChangeRef,
        description: 'The changes, largest amount (before or after) first.',
        args: {
          kinds: t.arg({ type: [ForecastChangeKindEnum], description: 'Only these kinds (default: all).' }),
        },
        resolve: (w, args, ctx) =>
          offsetConnection(args, async (page) => {
            const r = await changePage(callerOf(ctx), w, args.kinds ?? null, page);
            return { totalCount: r.totalCount, items: r.changes };
          }),
      },
      {
        name: 'ForecastChangeConnection',
        description: 'A page of forecast changes.',
        fields: (c) => ({
          totalCount: c.int({
            description: 'Number of changes, across all pages.',
            resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      { name: 'ForecastChangeEdge', description: 'A forecast change, with its cursor.' },
    ),
  }),
});

// ---------------------------------------------------------------- accuracy

const AccuracyMeasureRef = builder.objectRef<AccuracyMeasure>('ForecastAccuracyMeasure').implement({
  description: 'A forecast made at the point in time, against what closed.',
  fields: (t) => ({
    forecast: t.expose('forecast', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'The forecast at the point in time; null when there was none (no call submitted by then).',
    }),
    error: t.expose('error', {
      type: 'Decimal',
      nullable: true,
      description:
        '(forecast - actual) / actual, a signed fraction to 6 decimals: 0.1 = 10% above what closed. Null when nothing closed or there was no forecast.',
    }),
    absoluteError: t.expose('absoluteError', {
      type: 'Decimal',
      nullable: true,
      description: '|error|; its mean over nodes is the MAPE.',
    }),
  }),
});

const ForecastAccuracyNodeRef = builder.objectRef<ForecastAccuracyNode>('ForecastAccuracyNode').implement({
  description: "A node's forecasts at the point in time against what its subtree won in the period.",
  fields: (t) => ({
    rep: t.loadable({ type: RepRef, description: 'The node.', load: loadReps, resolve: (n) => n.repId }),
    actual: t.expose('actual', {
      type: 'Decimal',
      ...MONEY,
      description: 'Won in the period (closed), as recorded now.',
    }),
    closedAtPoint: t.expose('closedAtPoint', {
      type: 'Decimal',
      ...MONEY,
      description: 'Already won at the point in time.',
    }),
    commitCall: t.expose('commitCall', {
      type: AccuracyMeasureRef,
      description: "The node's own latest COMMIT call at the point in time.",
    }),
    bestCaseCall: t.expose('bestCaseCall', {
      type: AccuracyMeasureRef,
      description: "The node's own latest BEST_CASE call at the point in time.",
    }),
    commitForecast: t.expose('commitForecast', {
      type: AccuracyMeasureRef,
      description: 'closed + commit, from the deals as they stood at the point in time.',
    }),
    bestCaseForecast: t.expose('bestCaseForecast', {
      type: AccuracyMeasureRef,
      description: 'closed + commit + bestCase, from the deals as they stood at the point in time.',
    }),
    projection: t.expose('projection', {
      type: AccuracyMeasureRef,
      description: 'The statistical projection from the deals as they stood at the point in time.',
    }),
  }),
});

const ForecastAccuracyRef = builder
  .objectRef<{ period: ForecastPeriod; asOf: Date; node: ForecastAccuracyNode; children: ForecastAccuracyNode[] }>(
    'ForecastAccuracy',
  )
  .implement({
    description:
      'How accurate the forecasts of an ended period were at a point in it, for a node and its direct reports.',
    fields: (t) => ({
      period: t.field({ type: ForecastPeriodRef, description: 'The period.', resolve: (a) => a.period }),
      asOf: t.expose('asOf', { type: 'DateTime', description: 'The point in time the forecasts are taken at.' }),
      node: t.field({ type: ForecastAccuracyNodeRef, description: 'The node.', resolve: (a) => a.node }),
      children: t.field({
        type: [ForecastAccuracyNodeRef],
        description: "The node's direct reports, by name.",
        resolve: (a) => a.children,
      }),
    }),
  });

// ---------------------------------------------------------------- queries

builder.queryFields((t) => ({
  forecast: t.field({
    authScopes: { scope: 'read:forecast' },
    type: ForecastRef,
    description:
      'The forecast of a hierarchy node for a period, with its direct reports: closed, the categories, the cumulative forecasts, weighted pipeline, projection, quota, gap and calls.',
    args: {
      periodKey: t.arg.string({ required: true, description: periodKeyArg }),
      repId: t.arg.id({ description: repIdArg }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const period = forecastPeriod(args.periodKey, ctx.organization, caller.now, ['periodKey']);
      const repId = await resolveNode(caller, period, parseOptionalId(args.repId, 'Rep', ['repId']), ['repId']);
      return computeForecast(caller, period, repId);
    },
  }),
  forecastChanges: t.field({
    authScopes: { scope: 'read:forecast' },
    type: ForecastChangesRef,
    description: "What moved in a node's forecast for a period between two moments (e.g. since last week).",
    args: {
      periodKey: t.arg.string({ required: true, description: periodKeyArg }),
      repId: t.arg.id({ description: repIdArg }),
      since: t.arg({ type: 'DateTime', required: true, description: 'Start of the window (exclusive).' }),
      until: t.arg({ type: 'DateTime', description: 'End of the window (inclusive); default now.' }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const period = forecastPeriod(args.periodKey, ctx.organization, caller.now, ['periodKey']);
      const until = args.until ?? caller.now;
      if (args.since >= until) throw new UserInputError('INVALID', 'since must be before until', ['since']);
      const repId = await resolveNode(caller, period, parseOptionalId(args.repId, 'Rep', ['repId']), ['repId']);
      return { period, repId, since: args.since, until };
    },
  }),
  forecastAccuracy: t.field({
    authScopes: { scope: 'read:forecast' },
    type: ForecastAccuracyRef,
    description:
      'The backtest of an ended period: the calls and computed forecasts of a node and its direct reports at a point in the period, against what closed.',
    args: {
      periodKey: t.arg.string({ required: true, description: `${periodKeyArg} The period must have ended.` }),
      repId: t.arg.id({ description: repIdArg }),
      week: t.arg.int({
        description:
          'The point in time as the end of this week of the period (6 = six weeks after the start). Give week or asOf.',
      }),
      asOf: t.arg({
        type: 'DateTime',
        description: 'The point in time as an instant within the period. Give week or asOf.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const caller = callerOf(ctx);
      const period = forecastPeriod(args.periodKey, ctx.organization, caller.now, ['periodKey']);
      const asOf = accuracyPoint(period, ctx.organization.timeZone, { week: args.week, asOf: args.asOf });
      const repId = await resolveNode(caller, period, parseOptionalId(args.repId, 'Rep', ['repId']), ['repId']);
      return forecastAccuracy(caller, period, repId, asOf);
    },
  }),
}));

// ---------------------------------------------------------------- mutation

const SubmitForecastInput = builder.inputType('SubmitForecastInput', {
  description: 'A forecast call.',
  fields: (t) => ({
    repId: t.id({
      description:
        "The node whose call this is: the caller's own, or one below it (a manager calling on a report's behalf). Default: the caller's own node; required for callers that do not act as a rep.",
    }),
    periodKey: t.string({
      required: true,
      description: 'Fiscal period key; the period must not have ended (its end day is after today).',
    }),
    category: t.field({
      type: ForecastCategoryEnum,
      required: true,
      description: 'COMMIT or BEST_CASE; CLOSED and PIPELINE cannot be called (OMITTED is never counted).',
    }),
    amount: t.field({
      type: 'Decimal',
      required: true,
      description:
        'The cumulative number called, closed included (compare with commitForecast or bestCaseForecast); not negative, at most 2 decimals.',
    }),
    note: t.string({ description: `Why, in the caller's words; at most ${MAX_NOTE_LENGTH} characters.` }),
    idempotencyKey: t.string({
      description:
        'Makes retries safe: within 24 hours, a call with the same key and input returns the first result without submitting again; the same key with a different input is refused.',
    }),
  }),
});

const SubmitForecastPayload = builder.objectRef<SubmitForecastResult>('SubmitForecastPayload').implement({
  description: 'Result of submitForecast.',
  fields: (t) => ({
    submission: t.field({
      type: ForecastSubmissionRef,
      nullable: true,
      description: 'The recorded call; null when the input was refused.',
      resolve: (p, _args, ctx) =>
        p.submissionId == null ? null : ctx.prisma.forecastSubmission.findUnique({ where: { id: p.submissionId } }),
    }),
    userErrors: userErrorsField(t),
  }),
});

builder.mutationFields((t) => ({
  submitForecast: t.field({
    authScopes: { scope: 'write:forecast' },
    type: SubmitForecastPayload,
    description:
      "Records a forecast call for a node and period. The latest call per node, period and category is the call; a manager's call overrides the rollup of their subtree in the numbers above it, while the rollup and the calls below stay visible.",
    args: { input: t.arg({ type: SubmitForecastInput, required: true, description: 'The call.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        submitForecast(callerOf(ctx), {
          repId: parseOptionalId(input.repId, 'Rep', ['input', 'repId']),
          periodKey: input.periodKey,
          category: input.category,
          amount: input.amount as Decimal,
          note: input.note,
          idempotencyKey: input.idempotencyKey,
        }),
      ),
  }),
}));
