// GraphQL types of the retention report (docs/design.md §13): the ARR bridge, GRR, NRR and logo
// churn of a fiscal period, for the organization or one row per segment, industry or territory.
import { SegmentEnum } from '../../accounts/schema.js';
import type { Prisma, Territory } from '../../generated/prisma/client.js';
import { builder, describedEnum } from '../../shared/builder.js';
import type { Period } from '../../shared/calendar.js';
import type { Context } from '../../shared/context.js';
import { MONEY } from '../../shared/scalars.js';
import type {
  RatioNullReason,
  RetentionFigures,
  RetentionGrouping,
  RetentionRatio,
  RetentionReport,
  RetentionRow,
} from '../service.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export const RetentionGroupingEnum = describedEnum<RetentionGrouping>(
  'RetentionGrouping',
  "How retention rows are grouped: by an attribute of the account as it stands today (no grouping: the organization's total only).",
  {
    SEGMENT: "By the account's segment (SMB, MID, ENT).",
    INDUSTRY: "By the account's industry.",
    TERRITORY: "By the account's own territory (not rolled up to parents); accounts without one form a row.",
  },
);

const RatioNullReasonEnum = describedEnum<RatioNullReason>(
  'RetentionRatioNullReason',
  'Why a retention ratio has no value.',
  {
    NO_STARTING_ARR: 'No account had ARR at the start of the period: there is nothing to retain.',
    NO_STARTING_ACCOUNTS: 'No account was a customer at the start of the period: there is no logo to churn.',
  },
);

const RetentionRatioRef = builder.objectRef<RetentionRatio>('RetentionRatio').implement({
  description: 'A ratio as a fraction to 6 decimals (1.0 = 100%), or null with the reason it cannot be computed.',
  fields: (t) => ({
    value: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The fraction, half-even to 6 decimals; null when it cannot be computed (see nullReason).',
      resolve: (r) => r.value,
    }),
    nullReason: t.field({
      type: RatioNullReasonEnum,
      nullable: true,
      description: 'Why value is null; null when it has a value.',
      resolve: (r) => r.nullReason,
    }),
  }),
});

const PeriodKindEnum = describedEnum<Period['kind']>('RetentionPeriodKind', 'Kind of a fiscal period.', {
  YEAR: 'A fiscal year.',
  QUARTER: 'A fiscal quarter.',
  MONTH: 'A fiscal month.',
});

const RetentionPeriodRef = builder.objectRef<Period>('RetentionPeriod').implement({
  description:
    'The fiscal period measured: starting ARR is the ARR on the day before its start, ending ARR the ARR on its last day.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Period key, e.g. FY2027-Q3.' }),
    kind: t.field({ type: PeriodKindEnum, description: 'Year, quarter or month.', resolve: (p) => p.kind }),
    start: t.field({ type: 'Date', description: 'First day (inclusive).', resolve: (p) => p.start }),
    end: t.field({ type: 'Date', description: 'Day after the last day (exclusive).', resolve: (p) => p.end }),
  }),
});

function money(description: string, pick: (f: RetentionFigures) => RetentionFigures['startingArr']) {
  return { type: 'Decimal' as const, ...MONEY, description, resolve: pick };
}

function figureFields<T extends RetentionFigures>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    startingArr: t.field(
      money(
        'ARR of the accounts on the day before the period starts (the opening of the bridge).',
        (f) => f.startingArr,
      ),
    ),
    newArr: t.field(
      money(
        'ARR at the end of the period of accounts with none at its start that never had ARR before (new logos).',
        (f) => f.newArr,
      ),
    ),
    expansionArr: t.field(
      money('Sum of ending - starting ARR over the starting accounts whose ARR grew.', (f) => f.expansionArr),
    ),
    reactivationArr: t.field(
      money(
        'ARR at the end of the period of accounts with none at its start that had ARR on some earlier day (returning customers).',
        (f) => f.reactivationArr,
      ),
    ),
    contractionArr: t.field(
      money(
        'Sum of starting - ending ARR over the starting accounts whose ARR fell but stayed above 0 (a positive amount, subtracted).',
        (f) => f.contractionArr,
      ),
    ),
    churnedArr: t.field(
      money(
        'Starting ARR of the starting accounts with no ARR at the end of the period (a positive amount, subtracted).',
        (f) => f.churnedArr,
      ),
    ),
    endingArr: t.field(
      money(
        'ARR on the last day of the period: startingArr + newArr + expansionArr + reactivationArr - contractionArr - churnedArr, to the cent.',
        (f) => f.endingArr,
      ),
    ),
    retainedArr: t.field(
      money(
        "Sum over the starting accounts of their ending ARR capped at their starting ARR: GRR's numerator.",
        (f) => f.retainedArr,
      ),
    ),
    cohortEndingArr: t.field(
      money(
        "Ending ARR of the starting accounts (new and reactivated accounts left out): NRR's numerator.",
        (f) => f.cohortEndingArr,
      ),
    ),
    startingAccounts: t.int({
      description: 'Accounts with ARR above 0 at the start: the cohort GRR, NRR and logo churn measure.',
      resolve: (f) => f.startingAccounts,
    }),
    endingAccounts: t.int({ description: 'Accounts with ARR above 0 at the end.', resolve: (f) => f.endingAccounts }),
    newAccounts: t.int({ description: 'New logos: accounts counted in newArr.', resolve: (f) => f.newAccounts }),
    reactivatedAccounts: t.int({
      description: 'Returning customers: accounts counted in reactivationArr.',
      resolve: (f) => f.reactivatedAccounts,
    }),
    expandedAccounts: t.int({
      description: 'Starting accounts whose ARR grew.',
      resolve: (f) => f.expandedAccounts,
    }),
    contractedAccounts: t.int({
      description: 'Starting accounts whose ARR fell and stayed above 0.',
      resolve: (f) => f.contractedAccounts,
    }),
    churnedAccounts: t.int({
      description: 'Logo churn: starting accounts with no ARR at the end of the period.',
      resolve: (f) => f.churnedAccounts,
    }),
    grossRevenueRetention: t.field({
      type: RetentionRatioRef,
      description: 'GRR = retainedArr / startingArr (expansion left out; at most 1). Null without starting ARR.',
      resolve: (f) => f.grossRevenueRetention,
    }),
    netRevenueRetention: t.field({
      type: RetentionRatioRef,
      description:
        'NRR = cohortEndingArr / startingArr (expansion counted; new logos and reactivations left out). Null without starting ARR.',
      resolve: (f) => f.netRevenueRetention,
    }),
    logoChurnRate: t.field({
      type: RetentionRatioRef,
      description: 'churnedAccounts / startingAccounts. Null without starting accounts.',
      resolve: (f) => f.logoChurnRate,
    }),
    logoRetentionRate: t.field({
      type: RetentionRatioRef,
      description: '(startingAccounts - churnedAccounts) / startingAccounts. Null without starting accounts.',
      resolve: (f) => f.logoRetentionRate,
    }),
  };
}

/** The territories of a report's rows, loaded once per report and selection. */
const territoryLoads = new WeakMap<RetentionReport, Map<string, Promise<Map<number, Territory>>>>();

function territoryOf(ctx: Context, report: RetentionReport, query: object, id: number | null) {
  if (id == null) return null;
  let byQuery = territoryLoads.get(report);
  if (!byQuery) {
    byQuery = new Map();
    territoryLoads.set(report, byQuery);
  }
  const key = JSON.stringify(query);
  let load = byQuery.get(key);
  if (!load) {
    const ids = report.rows.map((r) => r.territoryId).filter((x): x is number => x != null);
    const shaped = (query as { select?: object }).select
      ? { ...query, select: { ...(query as { select: object }).select, id: true } }
      : query;
    load = ctx.prisma.territory
      .findMany({ ...(shaped as Prisma.TerritoryFindManyArgs), where: { id: { in: ids } } })
      .then((rows) => new Map(rows.map((r) => [r.id, r as Territory])));
    byQuery.set(key, load);
  }
  return load.then((m) => m.get(id) ?? null);
}

type RowWithReport = RetentionRow & { report: RetentionReport };

export const RetentionRowRef = builder.objectRef<RowWithReport>('RetentionRow');
RetentionRowRef.implement({
  description:
    'The ARR bridge, GRR, NRR and logo churn of one group of accounts; only the field of the grouping is set.',
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'Name of the group: the segment, the industry, the territory\'s name or "No territory".',
    }),
    segment: t.field({
      type: SegmentEnum,
      nullable: true,
      description: 'SEGMENT grouping: the segment.',
      resolve: (r) => r.segment,
    }),
    industry: t.exposeString('industry', { nullable: true, description: 'INDUSTRY grouping: the industry.' }),
    territory: t.prismaField({
      type: 'Territory',
      nullable: true,
      description: 'TERRITORY grouping: the territory; null for the accounts without one.',
      resolve: (query, r, _args, ctx) => territoryOf(ctx, r.report, query, r.territoryId),
    }),
    ...figureFields(t),
  }),
});

const RetentionTotalRef = builder.objectRef<RetentionFigures>('RetentionTotal').implement({
  description: 'The ARR bridge, GRR, NRR and logo churn of every account the caller may see; the rows add up to it.',
  fields: (t) => figureFields(t),
});

export const RetentionReportRef = builder.objectRef<RetentionReport>('RetentionReport').implement({
  description:
    'Revenue retention of a fiscal period (docs/design.md §13): the ARR bridge, GRR, NRR and logo churn, in total and by group.',
  fields: (t) => ({
    period: t.field({ type: RetentionPeriodRef, description: 'The period measured.', resolve: (r) => r.period }),
    groupBy: t.field({
      type: RetentionGroupingEnum,
      nullable: true,
      description: 'The grouping of the rows; null when only the total was asked for.',
      resolve: (r) => r.groupBy,
    }),
    rows: t.field({
      type: [RetentionRowRef],
      description:
        'One row per group with ARR at the start or the end of the period, by label; empty without a grouping.',
      resolve: (r) => r.rows.map((row) => ({ ...row, report: r })),
    }),
    total: t.field({
      type: RetentionTotalRef,
      description: 'Every account the caller may see (the organization, for an organization-wide caller).',
      resolve: (r) => r.total,
    }),
  }),
});
