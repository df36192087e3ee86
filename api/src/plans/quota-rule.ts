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

const { sql, empty } = Prisma;

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
  /** Quarter 1-4 of a quarter or month; null for the year. */
  quarter: number | null;
  /** Fiscal month 1-12 of a month; null otherwise. */
  month: number | null;
  start: string;
  end: string;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The 17 periods (year, quarters, months) of each fiscal year. */
function skeleton(fiscalYears: readonly number[], startMonth: number): SkeletonRow[] {
  const rows: SkeletonRow[] = [];
  for (const fy of new Set(fiscalYears)) {
    const year = parsePeriodKey(yearKey(fy), startMonth);
    const row = (p: typeof year, quarter: number | null): SkeletonRow => ({
      fy,
      key: p.key,
      kind: p.kind,
      quarter,
      month: p.kind === 'MONTH' ? p.index : null,
      start: isoDay(p.start),
      end: isoDay(p.end),
    });
    rows.push(row(year, null));
    for (const q of childPeriods(year, 'QUARTER', startMonth)) {
      rows.push(row(q, q.index));
      for (const m of childPeriods(q, 'MONTH', startMonth)) rows.push(row(m, q.index));
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
  return sql`round((${each} + CASE WHEN ${k} <= ${cents} - ${each} * ${free} THEN 1 ELSE 0 END) / 100, 2)`;
}

/**
 * CTEs (names prefixed `qr_`) ending in `rule_quota(fy, rep_id, key, kind, ps, pe, amount, basis,
 * parts)`: one row per rep with a quota row in the year's plan and period of the year that has a
 * quota, with how it was found and, for a year or quarter, what its parts that have a quota of
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
                           ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.quarter)}::int[],
                           ${rows.map((r) => r.month)}::int[], ${rows.map((r) => r.start)}::date[],
                           ${rows.map((r) => r.end)}::date[]) AS p(fy, key, kind, qi, mi, ps, pe)
    ),
    qr_set AS (
      SELECT p.fy, q."repId" AS rep_id, p.kind, p.qi, p.mi, q.amount
        FROM "Quota" q
        JOIN qr_plan pl ON pl.id = q."salesPlanId"
        JOIN qr_period p ON p.fy = pl.fy AND p.key = q."periodKey"
       WHERE q."organizationId" = ${org} ${reps} ${input.repCondition ?? empty}
    ),
    qr_holder AS (SELECT DISTINCT fy, rep_id FROM qr_set),
    qr_quarter_set AS (
      SELECT fy, rep_id, qi, max(amount) FILTER (WHERE kind = 'QUARTER') AS q_row,
             sum(amount) FILTER (WHERE kind = 'MONTH') AS m_sum
        FROM qr_set WHERE kind <> 'YEAR' GROUP BY fy, rep_id, qi
    ),
    qr_year AS (
      SELECT h.fy, h.rep_id, y.amount AS y_row, s.parts, coalesce(y.amount, s.parts) AS amount
        FROM qr_holder h
        LEFT JOIN qr_set y ON y.fy = h.fy AND y.rep_id = h.rep_id AND y.kind = 'YEAR'
        LEFT JOIN (SELECT fy, rep_id, sum(coalesce(q_row, m_sum)) AS parts FROM qr_quarter_set GROUP BY fy, rep_id) s
          ON s.fy = h.fy AND s.rep_id = h.rep_id
    ),
    qr_quarter_up AS (
      SELECT p.fy, h.rep_id, p.qi, p.key, p.ps, p.pe, a.q_row, a.m_sum, coalesce(a.q_row, a.m_sum) AS up,
             y.amount AS enclosing,
             sum(coalesce(a.q_row, a.m_sum)) OVER (PARTITION BY p.fy, h.rep_id) AS set_parts,
             count(*) FILTER (WHERE a.q_row IS NULL AND a.m_sum IS NULL) OVER (PARTITION BY p.fy, h.rep_id) AS free,
             row_number() OVER (PARTITION BY p.fy, h.rep_id, (a.q_row IS NULL AND a.m_sum IS NULL) ORDER BY p.qi) AS k
        FROM qr_holder h
        JOIN qr_period p ON p.fy = h.fy AND p.kind = 'QUARTER'
        JOIN qr_year y ON y.fy = h.fy AND y.rep_id = h.rep_id
        LEFT JOIN qr_quarter_set a ON a.fy = h.fy AND a.rep_id = h.rep_id AND a.qi = p.qi
    ),
    qr_quarter AS (
      SELECT u.*, coalesce(u.up, ${share(sql`u.enclosing - coalesce(u.set_parts, 0)`, sql`u.free`, sql`u.k`)}) AS amount
        FROM qr_quarter_up u
    ),
    qr_month_up AS (
      SELECT p.fy, h.rep_id, p.qi, p.mi, p.key, p.ps, p.pe, m.amount AS up, q.amount AS enclosing,
             sum(m.amount) OVER (PARTITION BY p.fy, h.rep_id, p.qi) AS set_parts,
             count(*) FILTER (WHERE m.amount IS NULL) OVER (PARTITION BY p.fy, h.rep_id, p.qi) AS free,
             row_number() OVER (PARTITION BY p.fy, h.rep_id, p.qi, (m.amount IS NULL) ORDER BY p.mi) AS k
        FROM qr_holder h
        JOIN qr_period p ON p.fy = h.fy AND p.kind = 'MONTH'
        JOIN qr_quarter q ON q.fy = h.fy AND q.rep_id = h.rep_id AND q.qi = p.qi
        LEFT JOIN qr_set m ON m.fy = h.fy AND m.rep_id = h.rep_id AND m.kind = 'MONTH' AND m.mi = p.mi
    ),
    rule_quota AS (
      SELECT y.fy, y.rep_id, p.key, 'YEAR' AS kind, p.ps, p.pe, y.amount,
             CASE WHEN y.y_row IS NOT NULL THEN 'SET' ELSE 'SUM' END AS basis, y.parts
        FROM qr_year y JOIN qr_period p ON p.fy = y.fy AND p.kind = 'YEAR'
       WHERE y.amount IS NOT NULL
      UNION ALL
      SELECT q.fy, q.rep_id, q.key, 'QUARTER', q.ps, q.pe, q.amount,
             CASE WHEN q.q_row IS NOT NULL THEN 'SET' WHEN q.m_sum IS NOT NULL THEN 'SUM' ELSE 'SPREAD' END, q.m_sum
        FROM qr_quarter q
       WHERE q.amount IS NOT NULL
      UNION ALL
      SELECT m.fy, m.rep_id, m.key, 'MONTH', m.ps, m.pe,
             coalesce(m.up, ${share(sql`m.enclosing - coalesce(m.set_parts, 0)`, sql`m.free`, sql`m.k`)}),
             CASE WHEN m.up IS NOT NULL THEN 'SET' ELSE 'SPREAD' END, NULL::numeric
        FROM qr_month_up m
       WHERE coalesce(m.up, m.enclosing) IS NOT NULL
    )`;
}
