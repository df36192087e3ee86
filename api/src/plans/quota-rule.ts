// The one quota rule of docs/design.md §5 ("Quota: whose, which rows, which plan"), as SQL CTEs that
// performance, forecast, planning and comp all build their quota figures on, so a rep's quota for
// a period is the same number everywhere.
//
// Which plan: each fiscal year's ACTIVE sales plan, else its plan archived last (or one given
// plan, for planning's views of a scenario). Which rows, for every rep with a row in that plan, for
// the year, its four quarters and its twelve months:
//   up by summing     a period's own row, else the sum of its parts (a quarter is its months, a
//                     year its quarters, each found the same way): a coarser row wins over its parts;
//   down by spreading a period with no row and no set part, inside a period that has a quota, gets
//                     an even share of that quota minus its set parts (never below 0), to the cent:
//                     the leftover cents go one each to the earlier free parts (largest remainder,
//                     where every remainder is equal).
// Whose quota counts in a team's figure (individual, team, overlay) is the consumer's business.
import { Prisma } from '../generated/prisma/client.js';
import { childPeriods, type PeriodKind, parsePeriodKey, yearKey } from '../shared/calendar.js';

const { sql, empty, join } = Prisma;

export interface QuotaRuleInput {
  organizationId: number;
  fiscalYearStartMonth: number;
  /** The fiscal years to resolve. */
  fiscalYears: readonly number[];
  /** Read this plan (any status) instead of each year's ACTIVE-else-archived-last plan. */
  planId?: number;
  /** Only these reps (e.g. the ones the caller may see); null or absent: every rep. */
  repIds?: readonly number[] | null;
  /** A further condition on the quota row `q` (e.g. `AND q."repId" IN (SELECT id FROM tree)`). */
  repCondition?: Prisma.Sql;
}

/** How a period's quota was found. */
export type QuotaBasis = 'SET' | 'SUM' | 'SPREAD';

interface SkeletonRow {
  fy: number;
  key: string;
  kind: PeriodKind;
  /** 0 for the year, 1-4 for a quarter, 1-12 for a month. */
  index: number;
  start: string;
  end: string;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A well-formed period key: the year, a quarter or a month (docs/design.md §3). */
const PERIOD_KEY = '^FY[0-9]{4}(-Q[1-4]|-M(0[1-9]|1[0-2]))?$';

/** The 17 periods (year, quarters, months) of each fiscal year. */
function skeleton(fiscalYears: readonly number[], startMonth: number): SkeletonRow[] {
  const rows: SkeletonRow[] = [];
  for (const fy of new Set(fiscalYears)) {
    const year = parsePeriodKey(yearKey(fy), startMonth);
    for (const p of [year, ...childPeriods(year, 'QUARTER', startMonth), ...childPeriods(year, 'MONTH', startMonth)]) {
      rows.push({ fy, key: p.key, kind: p.kind, index: p.index ?? 0, start: isoDay(p.start), end: isoDay(p.end) });
    }
  }
  return rows;
}

/**
 * An even share of `total` over `free` parts, for the `k`-th of them (1-based), to the cent: every
 * part gets the total's cents divided down, and the leftover cents go one each to the first parts.
 */
function share(total: Prisma.Sql, free: Prisma.Sql, k: Prisma.Sql): Prisma.Sql {
  const cents = sql`floor(GREATEST(${total}, 0) * 100)`;
  const each = sql`floor(${cents} / NULLIF(${free}, 0))`;
  return sql`round((${each} + CASE WHEN (${k}) <= ${cents} - ${each} * (${free}) THEN 1 ELSE 0 END) / 100, 2)`;
}

/**
 * CTEs (names prefixed `qr_`) ending in `rule_quota(fy, rep_id, key, kind, ps, pe, amount, basis,
 * parts)`: one row per rep with a quota row in the year's plan and period of the year that has a
 * quota (a row, parts that have one, or a share of an enclosing row; a period with none of these
 * has no row, so it reads no quota rather than a spread 0), with how it was found and, for a year or quarter, what its parts that have a quota of
 * their own (set or summed) add up to (null when none has). Put them in a WITH list after any CTE
 * `repCondition` names.
 */
export function quotaRuleCtes(input: QuotaRuleInput): Prisma.Sql {
  const org = input.organizationId;
  const rows = skeleton(input.fiscalYears, input.fiscalYearStartMonth);
  const plan =
    input.planId != null
      ? sql`SELECT p.id, p."fiscalYear" AS fy FROM "SalesPlan" p
             WHERE p."organizationId" = ${org} AND p.id = ${input.planId}`
      : sql`SELECT DISTINCT ON (p."fiscalYear") p.id, p."fiscalYear" AS fy FROM "SalesPlan" p
             WHERE p."organizationId" = ${org} AND p.status IN ('ACTIVE', 'ARCHIVED')
               AND p."fiscalYear" = ANY(${[...new Set(input.fiscalYears)]}::int[])
             ORDER BY p."fiscalYear", (p.status = 'ACTIVE') DESC, p."updatedAt" DESC, p.id DESC`;
  const reps = input.repIds ? sql`AND q."repId" = ANY(${[...input.repIds]}::int[])` : empty;
  return sql`
    qr_plan AS (${plan}),
    qr_period AS (
      SELECT * FROM unnest(${rows.map((r) => r.fy)}::int[], ${rows.map((r) => r.key)}::text[],
                           ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.index)}::int[],
                           ${rows.map((r) => r.start)}::date[], ${rows.map((r) => r.end)}::date[])
             AS p(fy, key, kind, idx, ps, pe)
    ),
    -- The plan's rows, their period read from the key (FY2027, FY2027-Q3, FY2027-M07) rather than
    -- joined to qr_period, so the rows come straight off the plan's index.
    qr_set AS MATERIALIZED (
      SELECT pl.fy, q."repId" AS rep_id, length(q."periodKey") AS len,
             coalesce(substr(q."periodKey", 8, 1), '') AS unit, NULLIF(substr(q."periodKey", 9), '')::int AS idx,
             q.amount
        FROM "Quota" q
        JOIN qr_plan pl ON pl.id = q."salesPlanId"
       WHERE q."organizationId" = ${org} ${reps} ${input.repCondition ?? empty}
         AND q."periodKey" ~ ${PERIOD_KEY}
         AND left(q."periodKey", 6) = 'FY' || pl.fy
    ),
    -- One row per rep and year: the year's row, the quarters' rows and the months' rows as arrays,
    -- then each step a plain expression per rep (no join between reps' rows: joining the rows to
    -- each other took minutes for 2,000 reps). The steps are MATERIALIZED because, inlined, their
    -- array expressions nest into each other and planning alone took over a second.
    qr_rep AS MATERIALIZED (
      SELECT fy, rep_id, max(amount) FILTER (WHERE len = 6) AS y,
             ARRAY[${join(
               [1, 2, 3, 4].map((i) => sql`max(amount) FILTER (WHERE unit = 'Q' AND idx = ${i}::int)`),
               ', ',
             )}]::numeric[] AS q,
             ARRAY[${join(
               Array.from({ length: 12 }, (_, i) => sql`max(amount) FILTER (WHERE unit = 'M' AND idx = ${i + 1}::int)`),
               ', ',
             )}]::numeric[] AS m
        FROM qr_set GROUP BY fy, rep_id
    ),
    -- Up by summing: each quarter's row, else its set months' sum (null when neither is set).
    qr_month_sum AS MATERIALIZED (
      SELECT r.*, ARRAY[${join(
        [1, 2, 3, 4].map((i) => monthSum(i)),
        ', ',
      )}]::numeric[] AS ms
        FROM qr_rep r
    ),
    qr_up AS MATERIALIZED (SELECT r.*, ARRAY[${join(
      [1, 2, 3, 4].map((i) => sql`coalesce(r.q[${i}::int], r.ms[${i}::int])`),
      ', ',
    )}]::numeric[] AS up FROM qr_month_sum r),
    qr_year AS MATERIALIZED (
      SELECT r.*, ${someSum(sql`r.up`, [1, 2, 3, 4])} AS up_sum, ${nulls(sql`r.up`, [1, 2, 3, 4])} AS up_free
        FROM qr_up r
    ),
    -- Down by spreading: a quarter without a row or a set month gets its share of the year.
    qr_down AS MATERIALIZED (
      SELECT r.*, coalesce(r.y, r.up_sum) AS yv,
             ARRAY[${join(
               [1, 2, 3, 4].map(
                 (i) =>
                   sql`coalesce(r.up[${i}::int], ${share(
                     sql`coalesce(r.y, r.up_sum) - coalesce(r.up_sum, 0)`,
                     sql`r.up_free`,
                     nulls(
                       sql`r.up`,
                       Array.from({ length: i }, (_, k) => k + 1),
                     ),
                   )})`,
               ),
               ', ',
             )}]::numeric[] AS vq
        FROM qr_year r
    ),
    qr_value AS (
      SELECT r.fy, r.rep_id, 'YEAR' AS kind, 0 AS idx, r.yv AS amount,
             CASE WHEN r.y IS NOT NULL THEN 'SET' ELSE 'SUM' END AS basis, r.up_sum AS parts
        FROM qr_down r
      UNION ALL
      -- A quarter with no row and no set month has a quota only as a share of a year row.
      SELECT r.fy, r.rep_id, 'QUARTER', i, CASE WHEN r.up[i] IS NOT NULL OR r.y IS NOT NULL THEN r.vq[i] END,
             CASE WHEN r.q[i] IS NOT NULL THEN 'SET' WHEN r.up[i] IS NOT NULL THEN 'SUM' ELSE 'SPREAD' END,
             r.ms[i]
        FROM qr_down r CROSS JOIN generate_series(1, 4) i
      UNION ALL
      -- Month j is month j - a + 1 of its quarter, whose first month is a.
      -- A month without a row has a share only of a quarter row, or of a year row through a
      -- quarter that has neither a row nor set months.
      SELECT r.fy, r.rep_id, 'MONTH', x.j,
             CASE WHEN r.m[x.j] IS NOT NULL OR r.q[(x.j + 2) / 3] IS NOT NULL
                       OR (r.up[(x.j + 2) / 3] IS NULL AND r.y IS NOT NULL) THEN
             coalesce(r.m[x.j], ${share(
               sql`r.vq[(x.j + 2) / 3] - coalesce(r.m[x.a], 0) - coalesce(r.m[x.a + 1], 0) - coalesce(r.m[x.a + 2], 0)`,
               sql`(r.m[x.a] IS NULL)::int + (r.m[x.a + 1] IS NULL)::int + (r.m[x.a + 2] IS NULL)::int`,
               sql`(r.m[x.a] IS NULL)::int + (x.j > x.a AND r.m[x.a + 1] IS NULL)::int + (x.j > x.a + 1 AND r.m[x.a + 2] IS NULL)::int`,
             )}) END,
             CASE WHEN r.m[x.j] IS NOT NULL THEN 'SET' ELSE 'SPREAD' END, NULL::numeric
        FROM qr_down r CROSS JOIN (SELECT j, (j - 1) / 3 * 3 + 1 AS a FROM generate_series(1, 12) j) x
    ),
    rule_quota AS (
      SELECT v.fy, v.rep_id, p.key, v.kind, p.ps, p.pe, v.amount, v.basis, v.parts
        FROM qr_value v JOIN qr_period p ON p.fy = v.fy AND p.kind = v.kind AND p.idx = v.idx
       WHERE v.amount IS NOT NULL
    )`;
}

/** `count` of the null elements `at` of array `arr`. */
function nulls(arr: Prisma.Sql, at: number[]): Prisma.Sql {
  return sql`(${join(
    at.map((i) => sql`(${arr}[${i}::int] IS NULL)::int`),
    ' + ',
  )})`;
}

/** The sum of the non-null elements `at` of array `arr`; null when all are null. */
function someSum(arr: Prisma.Sql, at: number[]): Prisma.Sql {
  const el = (i: number) => sql`${arr}[${i}::int]`;
  return sql`CASE WHEN ${join(
    at.map((i) => sql`${el(i)} IS NULL`),
    ' AND ',
  )} THEN NULL ELSE ${join(
    at.map((i) => sql`coalesce(${el(i)}, 0)`),
    ' + ',
  )} END`;
}

/** The sum of the set months of quarter `i` of a `qr_rep` row `r`; null when none is set. */
function monthSum(i: number): Prisma.Sql {
  return someSum(sql`r.m`, [(i - 1) * 3 + 1, (i - 1) * 3 + 2, (i - 1) * 3 + 3]);
}
