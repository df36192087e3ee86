// Ramp of new hires: for reps hired in a window, how long until their first won deal and how
// their attainment grows with tenure. Tenure month 1 is the calendar month of the hire date
// (fiscal months are calendar months, so it lines up with monthly quotas); month k is the k-th
// month from there. One SQL statement (plus the scope check).
import { visibleRepSql } from '../access/visibility.js';
import type { RepRole } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { quotaRuleCtes } from '../plans/quota-rule.js';
import { periodContaining, utcDate } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { sqlRoundCents } from '../shared/money.js';
import type { Decimal } from '../shared/scalars.js';
import { isoDay } from './metrics.js';
import { type PerformanceContext, resolveScope, type ScopeInput } from './scope.js';

const { sql, empty } = Prisma;

export const MAX_RAMP_MONTHS = 36;

export interface RampArgs {
  /** First hire date of the cohort (inclusive). */
  hiredFrom: Date;
  /** End of the window (exclusive). */
  hiredTo: Date;
  /** Tenure months to report (default 12). */
  months?: number | null;
  /** Months starting after this day are not reported (default today, UTC). */
  asOf?: Date | null;
  /** Rep subtree, region or segment; territory and product do not apply to people. */
  scope?: Pick<ScopeInput, 'repId' | 'region' | 'segment'> | null;
  /** Only reps with one of these roles. */
  roles?: RepRole[] | null;
}

export interface RampMonth {
  /** 1 = the month of the hire date. */
  tenureMonth: number;
  /** First day of that calendar month. */
  start: Date;
  bookings: Decimal;
  /** The rep's monthly quota for that month (0 when none). */
  quota: Decimal;
  attainment: Decimal | null;
}

export interface RampRep {
  repId: number;
  name: string;
  hireDate: Date;
  /** Close date of the first CLOSED_WON deal credited to the rep. */
  firstDealDate: Date | null;
  daysToFirstDeal: number | null;
  /** Tenure month in which the first deal closed (1 = the month of hire). */
  monthsToFirstDeal: number | null;
  months: RampMonth[];
}

export interface RampTenureMonth {
  tenureMonth: number;
  /** Reps of the cohort employed at the start of that tenure month (and whose month has started). */
  repCount: number;
  bookings: Decimal;
  quota: Decimal;
  /** Sum of bookings / sum of quotas over those reps. */
  attainment: Decimal | null;
  /** Share of the cohort that had closed their first deal by the end of that tenure month. */
  repsWithFirstDeal: number;
}

export interface RampReport {
  hiredFrom: Date;
  hiredTo: Date;
  asOf: Date;
  months: number;
  repCount: number;
  repsWithFirstDeal: number;
  avgMonthsToFirstDeal: Decimal | null;
  medianMonthsToFirstDeal: Decimal | null;
  reps: RampRep[];
  tenureMonths: RampTenureMonth[];
}

interface RawRamp {
  level: 'cell' | 'rep' | 'tenure' | 'cohort';
  rep_id: number | null;
  name: string | null;
  k: number | null;
  day: Date | null;
  bookings: Decimal | null;
  quota: Decimal | null;
  attainment: Decimal | null;
  n: number | null;
  first_deal: Date | null;
  days: number | null;
  months_to_first: number | null;
  avg_months: Decimal | null;
  median_months: Decimal | null;
}

function addMonths(d: Date, months: number): Date {
  return utcDate(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

function todayUtc(): Date {
  const now = new Date();
  return utcDate(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

export async function newHireRamp(ctx: PerformanceContext, args: RampArgs): Promise<RampReport> {
  const months = args.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > MAX_RAMP_MONTHS) {
    throw new UserInputError('OUT_OF_RANGE', `months must be between 1 and ${MAX_RAMP_MONTHS}; got ${months}`, [
      'months',
    ]);
  }
  if (args.hiredTo <= args.hiredFrom) {
    throw new UserInputError('INVALID', 'hiredTo must be after hiredFrom', ['hiredTo']);
  }
  const scopeInput = args.scope as ScopeInput | null | undefined;
  if (scopeInput?.territoryId != null || scopeInput?.productId != null) {
    throw new UserInputError('INVALID', 'A ramp scope is a rep subtree, a region or a segment', ['scope']);
  }
  const asOf = args.asOf ?? todayUtc();
  const scope = await resolveScope(ctx, scopeInput);
  const org = ctx.organizationId;
  const startMonth = ctx.fiscalYearStartMonth;
  const firstFy = periodContaining(args.hiredFrom, 'YEAR', startMonth).fiscalYear;
  const lastFy = periodContaining(addMonths(args.hiredTo, months), 'YEAR', startMonth).fiscalYear;
  const fiscalYears = Array.from({ length: lastFy - firstFy + 1 }, (_, i) => firstFy + i);

  const repConds = [
    sql`AND ${visibleRepSql(scope.reps, sql`r.id`)}`,
    scope.region != null ? sql`AND r.region = ${scope.region}` : empty,
    scope.segment != null ? sql`AND r.segment::text = ${scope.segment}` : empty,
    args.roles?.length ? sql`AND r.role::text = ANY(${args.roles}::text[])` : empty,
  ];
  const rows = await ctx.prisma.$queryRaw<RawRamp[]>(sql`
    WITH cohort AS (
      SELECT r.id, r.name, r."hireDate" AS hd, r."terminationDate" AS td,
             date_trunc('month', r."hireDate")::date AS m0
        FROM "Rep" r
       WHERE r."organizationId" = ${org}
         AND r."hireDate" >= ${isoDay(args.hiredFrom)}::date AND r."hireDate" < ${isoDay(args.hiredTo)}::date
         ${Prisma.join(repConds, ' ')}
    ),
    month AS (
      SELECT c.id AS rep_id, k, (c.m0 + make_interval(months => k - 1))::date AS ms,
             (c.m0 + make_interval(months => k))::date AS me
        FROM cohort c CROSS JOIN generate_series(1, ${months}::int) AS k
       WHERE (c.m0 + make_interval(months => k - 1))::date <= ${isoDay(asOf)}::date
         AND (c.td IS NULL OR c.td > (c.m0 + make_interval(months => k - 1))::date)
    ),
    credit AS (
      SELECT s."repId" AS rep_id, s."opportunityId" AS oid, s.percent AS pct
        FROM "OpportunitySplit" s
       WHERE s."organizationId" = ${org} AND s."repId" IN (SELECT id FROM cohort)
      UNION ALL
      SELECT o."ownerId", o.id, 1::numeric
        FROM "Opportunity" o
       WHERE o."organizationId" = ${org} AND o."ownerId" IN (SELECT id FROM cohort)
         AND NOT EXISTS (SELECT 1 FROM "OpportunitySplit" s
                          WHERE s."organizationId" = ${org} AND s."opportunityId" = o.id AND s."splitType" = 'REVENUE')
    ),
    won AS (
      SELECT c.rep_id, o."closeDate" AS xd, ${sqlRoundCents(sql`o.amount * c.pct`)} AS credit
        FROM credit c JOIN "Opportunity" o ON o.id = c.oid
       WHERE o."organizationId" = ${org} AND o.stage = 'CLOSED_WON'
    ),
    first AS (SELECT rep_id, min(xd) AS first_xd FROM won GROUP BY rep_id),
    mb AS (
      SELECT m.rep_id, m.k, sum(w.credit) AS bookings
        FROM month m JOIN won w ON w.rep_id = m.rep_id AND w.xd >= m.ms AND w.xd < m.me
       GROUP BY 1, 2
    ),
    ${quotaRuleCtes({
      organizationId: org,
      fiscalYearStartMonth: startMonth,
      fiscalYears,
      reps: scope.reps,
      repCondition: sql`AND q."repId" IN (SELECT id FROM cohort)`,
    })},
    mq AS (
      SELECT m.rep_id, m.k, rq.amount AS quota
        FROM month m JOIN rule_quota rq ON rq.rep_id = m.rep_id AND rq.ps = m.ms AND rq.pe = m.me
    ),
    cell AS (
      SELECT m.rep_id, m.k, m.ms, m.me, coalesce(mb.bookings, 0) AS bookings, coalesce(mq.quota, 0) AS quota
        FROM month m LEFT JOIN mb USING (rep_id, k) LEFT JOIN mq USING (rep_id, k)
    ),
    rep AS (
      SELECT c.id AS rep_id, c.name, c.hd, f.first_xd, (f.first_xd - c.hd) AS days,
             ((date_part('year', f.first_xd) - date_part('year', c.hd)) * 12
               + date_part('month', f.first_xd) - date_part('month', c.hd) + 1)::int AS months_to_first
        FROM cohort c LEFT JOIN first f ON f.rep_id = c.id
    )
    SELECT 'cell' AS level, rep_id, NULL::text AS name, k, ms AS day, bookings, quota,
           round(bookings / NULLIF(quota, 0), 6) AS attainment, NULL::int AS n, NULL::date AS first_deal,
           NULL::int AS days, NULL::int AS months_to_first, NULL::numeric AS avg_months, NULL::numeric AS median_months
      FROM cell
    UNION ALL
    SELECT 'tenure', NULL, NULL, cell.k, NULL, sum(bookings), sum(quota),
           round(sum(bookings) / NULLIF(sum(quota), 0), 6), count(*)::int,
           NULL, count(*) FILTER (WHERE rep.first_xd < cell.me)::int, NULL, NULL, NULL
      FROM cell JOIN rep USING (rep_id)
     GROUP BY cell.k
    UNION ALL
    SELECT 'rep', rep_id, name, NULL, hd, NULL, NULL, NULL, NULL, first_xd, days, months_to_first, NULL, NULL
      FROM rep
    UNION ALL
    SELECT 'cohort', NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*)::int, NULL,
           count(first_xd)::int, NULL, round(avg(months_to_first), 2),
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY months_to_first))::numeric
      FROM rep
     ORDER BY level, rep_id, k`);

  const reps = new Map<number, RampRep>();
  const tenureMonths: RampTenureMonth[] = [];
  let cohort: RawRamp | undefined;
  for (const r of rows) {
    if (r.level === 'rep') {
      reps.set(r.rep_id as number, {
        repId: r.rep_id as number,
        name: r.name as string,
        hireDate: r.day as Date,
        firstDealDate: r.first_deal,
        daysToFirstDeal: r.days,
        monthsToFirstDeal: r.months_to_first,
        months: [],
      });
    } else if (r.level === 'cohort') {
      cohort = r;
    }
  }
  for (const r of rows) {
    if (r.level === 'cell') {
      reps.get(r.rep_id as number)?.months.push({
        tenureMonth: r.k as number,
        start: r.day as Date,
        bookings: r.bookings as Decimal,
        quota: r.quota as Decimal,
        attainment: r.attainment,
      });
    } else if (r.level === 'tenure') {
      tenureMonths.push({
        tenureMonth: r.k as number,
        repCount: r.n as number,
        bookings: r.bookings as Decimal,
        quota: r.quota as Decimal,
        attainment: r.attainment,
        repsWithFirstDeal: r.days as number,
      });
    }
  }
  tenureMonths.sort((a, b) => a.tenureMonth - b.tenureMonth);
  const repList = [...reps.values()].sort((a, b) => a.hireDate.getTime() - b.hireDate.getTime() || a.repId - b.repId);
  for (const rep of repList) rep.months.sort((a, b) => a.tenureMonth - b.tenureMonth);
  return {
    hiredFrom: args.hiredFrom,
    hiredTo: args.hiredTo,
    asOf,
    months,
    repCount: cohort?.n ?? 0,
    repsWithFirstDeal: cohort?.days ?? 0,
    avgMonthsToFirstDeal: cohort?.avg_months ?? null,
    medianMonthsToFirstDeal: cohort?.median_months ?? null,
    reps: repList,
    tenureMonths,
  };
}
