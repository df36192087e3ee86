// Revenue retention (docs/design.md §13): gross and net revenue retention, logo churn and the ARR
// bridge of a fiscal period, for the organization or grouped by the account's segment, industry or
// territory, from the effective-dated ARR history of installed products (AccountProductArr, with
// AccountProduct's install dates; docs/ingestion.md, "Installed products").
//
// One SQL statement per request, whatever the number of accounts: it cuts every history row into
// the days it applies (from its effectiveFrom, or the install's `since`, to the next row, or the
// install's endDate), sums each account's ARR on the day before the period and on its last day,
// classifies the account's movement and adds up the groups and the total with GROUPING SETS.
// Money stays numeric in SQL and Decimal here; ratios are computed from the summed cents.
import { type Visibility, visibleRepSql } from '../access/visibility.js';
import { Prisma, type Segment } from '../generated/prisma/client.js';
import { type Period, PeriodKeyError, parsePeriodKey } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { D, type Dec, dec, ZERO } from '../shared/money.js';
import type { TenantPrisma } from '../shared/tenant.js';

/** What the retention service needs from a request; it never reads the GraphQL context. */
export interface RetentionContext {
  prisma: TenantPrisma;
  organizationId: number;
  fiscalYearStartMonth: number;
  /**
   * What the caller may see: an account counts when its owner is in `visibility.reps`
   * (docs/design.md §2, as whitespace does); organization-wide, accounts without an owner too.
   */
  visibility: Visibility;
}

export const RETENTION_GROUPINGS = ['SEGMENT', 'INDUSTRY', 'TERRITORY'] as const;
export type RetentionGrouping = (typeof RETENTION_GROUPINGS)[number];

export interface RetentionArgs {
  /** Fiscal period key: FY2027, FY2027-Q3 or FY2027-M07. */
  period: string;
  /** One of RETENTION_GROUPINGS; null = the total only. */
  groupBy?: string | null;
}

/** Why a ratio has no value. */
export type RatioNullReason = 'NO_STARTING_ARR' | 'NO_STARTING_ACCOUNTS';

/** A ratio to 6 decimals, or null with the reason it cannot be computed. */
export interface RetentionRatio {
  value: Dec | null;
  nullReason: RatioNullReason | null;
}

/** The ARR bridge and retention of one group of accounts (or of all of them). */
export interface RetentionFigures {
  startingArr: Dec;
  newArr: Dec;
  expansionArr: Dec;
  reactivationArr: Dec;
  contractionArr: Dec;
  churnedArr: Dec;
  endingArr: Dec;
  /** Sum over the starting accounts of min(ending ARR, starting ARR). */
  retainedArr: Dec;
  /** Starting ARR + expansion - contraction - churn: the starting accounts' ending ARR. */
  cohortEndingArr: Dec;
  startingAccounts: number;
  endingAccounts: number;
  newAccounts: number;
  reactivatedAccounts: number;
  expandedAccounts: number;
  contractedAccounts: number;
  churnedAccounts: number;
  grossRevenueRetention: RetentionRatio;
  netRevenueRetention: RetentionRatio;
  logoChurnRate: RetentionRatio;
  logoRetentionRate: RetentionRatio;
}

export interface RetentionRow extends RetentionFigures {
  segment: Segment | null;
  industry: string | null;
  territoryId: number | null;
  /** The group's name: the segment, the industry, the territory's name, or "No territory". */
  label: string;
}

export interface RetentionReport {
  period: Period;
  groupBy: RetentionGrouping | null;
  /** One row per group with ARR at the period's start or end, by label. */
  rows: RetentionRow[];
  /** Every account the caller may see: the rows add up to it. */
  total: RetentionFigures;
}

const NO_TERRITORY = 'No territory';

function parsePeriod(key: string, fiscalYearStartMonth: number): Period {
  try {
    return parsePeriodKey(key.trim(), fiscalYearStartMonth);
  } catch (e) {
    if (e instanceof PeriodKeyError) throw new UserInputError('INVALID', e.message, ['period']);
    throw e;
  }
}

function parseGrouping(groupBy: string | null | undefined): RetentionGrouping | null {
  if (groupBy == null) return null;
  if ((RETENTION_GROUPINGS as readonly string[]).includes(groupBy)) return groupBy as RetentionGrouping;
  throw new UserInputError(
    'INVALID',
    `groupBy must be one of ${RETENTION_GROUPINGS.join(', ')} (or none for the organization); got "${groupBy}"`,
    ['groupBy'],
  );
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The column an account is grouped by; a constant for the total only. */
function groupColumn(groupBy: RetentionGrouping | null): Prisma.Sql {
  switch (groupBy) {
    case 'SEGMENT':
      return Prisma.sql`a.segment::text`;
    case 'INDUSTRY':
      return Prisma.sql`a.industry`;
    case 'TERRITORY':
      return Prisma.sql`a."territoryId"::text`;
    case null:
      return Prisma.sql`NULL::text`;
  }
}

/**
 * The statement. Days: the ARR on day d is that of the history row with the latest effectiveFrom
 * at or before d, while since <= d < endDate (docs/ingestion.md); a row therefore applies on
 * [greatest(effectiveFrom, since), least(next row's effectiveFrom, endDate)). Starting ARR is the
 * ARR on the day before the period (`start - 1`), ending ARR on its last day (`end - 1`), so a
 * change effective on day d moves ARR in the period that contains d. Rows effective on or after
 * `end` cannot apply on either day and are left out before the window (a later row only shortens
 * the last earlier row's span to a bound at or after `end`, which both tests treat alike).
 */
export function retentionSql(
  organizationId: number,
  period: Period,
  groupBy: RetentionGrouping | null,
  visibility: Visibility,
): Prisma.Sql {
  const start = isoDay(period.start);
  const end = isoDay(period.end);
  const visible = visibleRepSql(visibility.reps, Prisma.sql`a."ownerId"`);
  const key = groupColumn(groupBy);
  return Prisma.sql`
    WITH span AS (
      SELECT h."accountId", h.arr,
             greatest(h."effectiveFrom", ap.since) AS lo,
             least(coalesce(lead(h."effectiveFrom") OVER (PARTITION BY h."accountId", h."productId" ORDER BY h."effectiveFrom"),
                            'infinity'::date),
                   coalesce(ap."endDate", 'infinity'::date)) AS hi
        FROM "AccountProductArr" h
        JOIN "AccountProduct" ap ON ap."accountId" = h."accountId" AND ap."productId" = h."productId"
                                AND ap."organizationId" = ${organizationId}
       WHERE h."organizationId" = ${organizationId} AND h."effectiveFrom" < ${end}::date
    ),
    account_arr AS (
      SELECT s."accountId",
             coalesce(sum(s.arr) FILTER (WHERE s.lo < ${start}::date AND s.hi >= ${start}::date), 0) AS s,
             coalesce(sum(s.arr) FILTER (WHERE s.lo < ${end}::date AND s.hi >= ${end}::date), 0) AS e,
             bool_or(s.arr > 0 AND s.lo < ${start}::date AND s.lo < s.hi) AS before
        FROM span s
       WHERE s.lo < s.hi
       GROUP BY s."accountId"
    ),
    moved AS (
      SELECT ${key} AS key, x.s, x.e,
             x.s > 0 AS cohort,
             CASE WHEN x.s = 0 AND x.e > 0 AND NOT x.before THEN x.e ELSE 0 END AS new_arr,
             CASE WHEN x.s = 0 AND x.e > 0 AND x.before THEN x.e ELSE 0 END AS reactivation_arr,
             CASE WHEN x.s > 0 AND x.e > x.s THEN x.e - x.s ELSE 0 END AS expansion_arr,
             CASE WHEN x.s > 0 AND x.e > 0 AND x.e < x.s THEN x.s - x.e ELSE 0 END AS contraction_arr,
             CASE WHEN x.s > 0 AND x.e = 0 THEN x.s ELSE 0 END AS churned_arr
        FROM account_arr x
        JOIN "Account" a ON a.id = x."accountId" AND a."organizationId" = ${organizationId}
       WHERE (x.s > 0 OR x.e > 0) AND ${visible}
    )
    SELECT m.key, GROUPING(m.key) AS is_total,
           (SELECT t.name FROM "Territory" t
             WHERE t."organizationId" = ${organizationId} AND ${groupBy === 'TERRITORY' ? Prisma.sql`TRUE` : Prisma.sql`FALSE`}
               AND t.id::text = m.key) AS territory_name,
           sum(m.s)::text AS starting, sum(m.e)::text AS ending,
           sum(m.new_arr)::text AS new_arr, sum(m.expansion_arr)::text AS expansion_arr,
           sum(m.reactivation_arr)::text AS reactivation_arr, sum(m.contraction_arr)::text AS contraction_arr,
           sum(m.churned_arr)::text AS churned_arr,
           coalesce(sum(least(m.s, m.e)) FILTER (WHERE m.cohort), 0)::text AS retained,
           coalesce(sum(m.e) FILTER (WHERE m.cohort), 0)::text AS cohort_ending,
           count(*) FILTER (WHERE m.cohort)::int AS starting_accounts,
           count(*) FILTER (WHERE m.e > 0)::int AS ending_accounts,
           count(*) FILTER (WHERE m.new_arr > 0)::int AS new_accounts,
           count(*) FILTER (WHERE m.reactivation_arr > 0)::int AS reactivated_accounts,
           count(*) FILTER (WHERE m.expansion_arr > 0)::int AS expanded_accounts,
           count(*) FILTER (WHERE m.contraction_arr > 0)::int AS contracted_accounts,
           count(*) FILTER (WHERE m.cohort AND m.e = 0)::int AS churned_accounts
      FROM moved m
     GROUP BY GROUPING SETS ((m.key), ())`;
}

interface SqlRow {
  key: string | null;
  is_total: number;
  territory_name: string | null;
  starting: string;
  ending: string;
  new_arr: string;
  expansion_arr: string;
  reactivation_arr: string;
  contraction_arr: string;
  churned_arr: string;
  retained: string;
  cohort_ending: string;
  starting_accounts: number;
  ending_accounts: number;
  new_accounts: number;
  reactivated_accounts: number;
  expanded_accounts: number;
  contracted_accounts: number;
  churned_accounts: number;
}

/** numerator / denominator to 6 decimals, half-even (docs/design.md §11); null with a reason at 0. */
function ratio(numerator: Dec, denominator: Dec, reason: RatioNullReason): RetentionRatio {
  if (denominator.isZero()) return { value: null, nullReason: reason };
  return { value: numerator.dividedBy(denominator).toDecimalPlaces(6, D.ROUND_HALF_EVEN), nullReason: null };
}

const money = (text: string | null | undefined): Dec => (text == null ? ZERO : dec(text).toDecimalPlaces(2));

function figures(row: SqlRow | undefined): RetentionFigures {
  const startingArr = money(row?.starting);
  const retainedArr = money(row?.retained);
  const cohortEndingArr = money(row?.cohort_ending);
  const startingAccounts = row?.starting_accounts ?? 0;
  const churnedAccounts = row?.churned_accounts ?? 0;
  return {
    startingArr,
    newArr: money(row?.new_arr),
    expansionArr: money(row?.expansion_arr),
    reactivationArr: money(row?.reactivation_arr),
    contractionArr: money(row?.contraction_arr),
    churnedArr: money(row?.churned_arr),
    endingArr: money(row?.ending),
    retainedArr,
    cohortEndingArr,
    startingAccounts,
    endingAccounts: row?.ending_accounts ?? 0,
    newAccounts: row?.new_accounts ?? 0,
    reactivatedAccounts: row?.reactivated_accounts ?? 0,
    expandedAccounts: row?.expanded_accounts ?? 0,
    contractedAccounts: row?.contracted_accounts ?? 0,
    churnedAccounts,
    grossRevenueRetention: ratio(retainedArr, startingArr, 'NO_STARTING_ARR'),
    netRevenueRetention: ratio(cohortEndingArr, startingArr, 'NO_STARTING_ARR'),
    logoChurnRate: ratio(dec(churnedAccounts), dec(startingAccounts), 'NO_STARTING_ACCOUNTS'),
    logoRetentionRate: ratio(dec(startingAccounts - churnedAccounts), dec(startingAccounts), 'NO_STARTING_ACCOUNTS'),
  };
}

/** The retention report of a period for the accounts the caller may see (docs/design.md §13). */
export async function retention(ctx: RetentionContext, args: RetentionArgs): Promise<RetentionReport> {
  const period = parsePeriod(args.period, ctx.fiscalYearStartMonth);
  const groupBy = parseGrouping(args.groupBy);
  const result = await ctx.prisma.$queryRaw<SqlRow[]>(
    retentionSql(ctx.organizationId, period, groupBy, ctx.visibility),
  );
  const total = figures(result.find((r) => Number(r.is_total) === 1));
  const rows: RetentionRow[] =
    groupBy == null
      ? []
      : result
          .filter((r) => Number(r.is_total) === 0)
          .map((r) => ({
            ...figures(r),
            segment: groupBy === 'SEGMENT' ? (r.key as Segment) : null,
            industry: groupBy === 'INDUSTRY' ? r.key : null,
            territoryId: groupBy === 'TERRITORY' && r.key != null ? Number(r.key) : null,
            label: groupBy === 'TERRITORY' ? (r.territory_name ?? NO_TERRITORY) : (r.key ?? ''),
          }))
          .sort((a, b) => a.label.localeCompare(b.label) || (a.territoryId ?? 0) - (b.territoryId ?? 0));
  return { period, groupBy, rows, total };
}
