// GraphQL types of the funnel and win/loss reports (docs/funnel.md): a row per group and a total,
// each with its stages (funnel) or its won/lost counts and their breakdowns (win/loss).
import { SegmentEnum } from '../../accounts/schema.js';
import { OpportunityStageEnum } from '../../pipeline/schema.js';
import { builder, describedEnum } from '../../shared/builder.js';
import type { Period } from '../../shared/calendar.js';
import { MONEY } from '../../shared/scalars.js';
import type {
  Breakdown,
  FunnelGrouping,
  FunnelReport,
  FunnelRow,
  StageStep,
  WinLossReport,
  WinLossRow,
} from '../service.js';

export const FunnelGroupingEnum = describedEnum<FunnelGrouping>(
  'FunnelGrouping',
  'How funnel and win/loss rows are grouped; each deal falls in one group. Not every report takes every grouping (docs/funnel.md): a refused one is a user error on groupBy.',
  {
    REP: 'By the deal owner.',
    MANAGER: "By the owner's manager (a manager's own deals on their own row).",
    TERRITORY: "By the account's territory (not rolled up to parents).",
    REGION: "By the owner's region.",
    SEGMENT: "By the owner's segment.",
    PRODUCT: 'Refused by both reports: a deal has several products.',
    TYPE: 'By deal type: new business, expansion, renewal.',
    ACCOUNT_INDUSTRY: "By the account's industry.",
    ACCOUNT_SEGMENT: "By the account's segment (SMB, MID, ENT).",
    SOURCE: "By the deal's source (pipeline created and won by source).",
    LOSS_REASON: 'Refused by both reports: only lost deals have one; win/loss rows break lost deals down by reason.',
    COMPETITOR: 'By the competitor named on the deal.',
  },
);

export const FunnelScopeRef = builder.inputType('FunnelScope', {
  description:
    "Which deals to count; every given condition applies (none = every deal the caller may see). A deal is in a rep's scope when its owner or one of its split reps is; region and segment are the owner's.",
  fields: (t) => ({
    repId: t.id({ description: 'A rep or manager: deals owned or split by that rep or anyone below them.' }),
    territoryId: t.id({ description: 'Deals of accounts in this territory or its child territories.' }),
    region: t.string({ description: 'Deals whose owner is in this region.' }),
    segment: t.field({ type: SegmentEnum, description: 'Deals whose owner sells to this segment.' }),
  }),
});

const PeriodFields = {
  period: (r: { period: Period }) => r.period.key,
};

const StageStepRef = builder.objectRef<StageStep>('FunnelStageStep').implement({
  description: 'One step of the funnel: how many deals reached the stage, moved on from it, and how long they stayed.',
  fields: (t) => ({
    stage: t.field({
      type: OpportunityStageEnum,
      description: 'The stage (CLOSED_WON is the last step).',
      resolve: (s) => s.stage,
    }),
    reached: t.exposeInt('reached', {
      description:
        'Deals whose highest stage ever is this one or a later one (a deal created past a stage reached it).',
    }),
    conversionRate: t.field({
      type: 'Decimal',
      nullable: true,
      description:
        'Deals that reached the next stage / deals that reached this one, 6 decimals; null for CLOSED_WON and when none reached this stage. Deals still open count as not converted (yet).',
      resolve: (s) => s.conversionRate,
    }),
    stays: t.exposeInt('stays', {
      description:
        'Completed stays in the stage (entered, then left for any other stage); a stay still running is not counted.',
    }),
    meanDays: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Mean length of the completed stays, in days (fractional, 2 decimals); null without any.',
      resolve: (s) => s.meanDays,
    }),
    medianDays: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Median length of the completed stays, in days (2 decimals); null without any.',
      resolve: (s) => s.medianDays,
    }),
    lostAt: t.exposeInt('lostAt', {
      description: 'Lost deals whose last open stage was this one ("lost at"); 0 for CLOSED_WON.',
    }),
  }),
});

const FunnelRowRef = builder.objectRef<FunnelRow>('FunnelRow').implement({
  description: 'The funnel of a group of deals created in the period (or of all of them).',
  fields: (t) => ({
    groupBy: t.field({
      type: FunnelGroupingEnum,
      nullable: true,
      description: 'The grouping of the row; null for the total.',
      resolve: (r) => r.grouping,
    }),
    key: t.exposeString('key', {
      description:
        "The group's key: an ID, a region, a type, a source...; '' for deals without one; TOTAL for the total.",
    }),
    label: t.exposeString('label', { description: "The group's name." }),
    deals: t.exposeInt('deals', { description: 'Deals created in the period.' }),
    pipelineCreated: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of their amounts.',
      resolve: (r) => r.pipelineCreated,
    }),
    wonCount: t.exposeInt('wonCount', { description: 'Of them, deals now CLOSED_WON.' }),
    pipelineWon: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the amounts of the won ones.',
      resolve: (r) => r.pipelineWon,
    }),
    lostCount: t.exposeInt('lostCount', { description: 'Of them, deals now CLOSED_LOST.' }),
    lostWithoutStage: t.exposeInt('lostWithoutStage', {
      description: 'Lost deals that were never in an open stage (created lost); not in any lostAt.',
    }),
    stages: t.field({
      type: [StageStepRef],
      description: 'PROSPECTING to NEGOTIATION, then CLOSED_WON, in order.',
      resolve: (r) => r.stages,
    }),
  }),
});

export const FunnelReportRef = builder.objectRef<FunnelReport>('FunnelReport').implement({
  description: 'Stage conversion, days in stage and where deals were lost, for the deals created in a fiscal period.',
  fields: (t) => ({
    period: t.string({ description: 'The period key, e.g. FY2027.', resolve: PeriodFields.period }),
    groupBy: t.field({
      type: FunnelGroupingEnum,
      nullable: true,
      description: 'The grouping of the rows; null when only the total was asked for.',
      resolve: (r) => r.grouping,
    }),
    rows: t.field({
      type: [FunnelRowRef],
      description: 'One row per group, by key; empty without a grouping.',
      resolve: (r) => r.rows,
    }),
    total: t.field({
      type: FunnelRowRef,
      description: 'Every deal of the scope the caller may see.',
      resolve: (r) => r.total,
    }),
  }),
});

const BreakdownRef = builder.objectRef<Breakdown>('WinLossBreakdown').implement({
  description: 'Closed deals of a row by loss reason or by competitor.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "Loss reason externalId or competitor name; '' when none was given." }),
    label: t.exposeString('label', { description: 'Loss reason label or competitor name.' }),
    lostCount: t.exposeInt('lostCount', { description: 'Lost deals (to this competitor, or for this reason).' }),
    lostAmount: t.field({ type: 'Decimal', ...MONEY, description: 'Their amounts.', resolve: (b) => b.lostAmount }),
    wonCount: t.exposeInt('wonCount', { description: 'Deals won with this competitor named; 0 for loss reasons.' }),
    winRate: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Against this competitor: won / (won + lost), 6 decimals; null for loss reasons.',
      resolve: (b) => b.winRate,
    }),
  }),
});

const WinLossRowRef = builder.objectRef<WinLossRow>('WinLossRow').implement({
  description: 'Won and lost deals of a group closed in the period (or of all of them).',
  fields: (t) => ({
    groupBy: t.field({
      type: FunnelGroupingEnum,
      nullable: true,
      description: 'The grouping of the row; null for the total.',
      resolve: (r) => r.grouping,
    }),
    key: t.exposeString('key', { description: "The group's key; '' for deals without one; TOTAL for the total." }),
    label: t.exposeString('label', { description: "The group's name." }),
    wonCount: t.exposeInt('wonCount', { description: 'Deals CLOSED_WON with a close date in the period.' }),
    lostCount: t.exposeInt('lostCount', { description: 'Deals CLOSED_LOST with a close date in the period.' }),
    wonAmount: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the won amounts.',
      resolve: (r) => r.wonAmount,
    }),
    lostAmount: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the lost amounts.',
      resolve: (r) => r.lostAmount,
    }),
    winRate: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'wonCount / (wonCount + lostCount), 6 decimals; null without a closed deal.',
      resolve: (r) => r.winRate,
    }),
    lossReasons: t.field({
      type: [BreakdownRef],
      description: "The lost deals by loss reason (key '' = no reason given), by key.",
      resolve: (r) => r.lossReasons,
    }),
    competitors: t.field({
      type: [BreakdownRef],
      description: "The closed deals by competitor named (key '' = none): lost to whom, and won against whom.",
      resolve: (r) => r.competitors,
    }),
  }),
});

export const WinLossReportRef = builder.objectRef<WinLossReport>('WinLossReport').implement({
  description: 'Win rate, loss reasons and competitors of the deals closed in a fiscal period.',
  fields: (t) => ({
    period: t.string({ description: 'The period key, e.g. FY2027.', resolve: PeriodFields.period }),
    groupBy: t.field({
      type: FunnelGroupingEnum,
      nullable: true,
      description: 'The grouping of the rows; null when only the total was asked for.',
      resolve: (r) => r.grouping,
    }),
    rows: t.field({
      type: [WinLossRowRef],
      description: 'One row per group, by key; empty without a grouping.',
      resolve: (r) => r.rows,
    }),
    total: t.field({
      type: WinLossRowRef,
      description: 'Every closed deal of the scope the caller may see.',
      resolve: (r) => r.total,
    }),
  }),
});
