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
// Whose quota counts in a team's figure (individual, team, overlay) is the consumer's business,
// except for one condition every consumer applies: the rep was employed during the period
// (employedDuring below).
import { type RepSet, visibleRepSql } from '../access/visibility.js';
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
  /** Only these reps: the ones the caller may see, a scope narrowed from them, or the whole organization. */
  reps: RepSet;
  /** A further condition on the quota row `q` (e.g. `AND q."repId" IN (SELECT id FROM tree)`). */
  repCondition?: Prisma.Sql;
  /**
   * Only the periods with these bounds are read out of `rule_quota` (the caller's buckets); absent:
   * all 17 of each year. Every period of the year is still resolved, so a figure is the same either
   * way: this only spares computing the periods the caller would drop.
   */
  periods?: readonly { start: Date; end: Date }[];
}

/**
 * The rep `alias` (a "Rep" row) was employed during the period [start, end): hired before it ends
 * and, if they left, with a last day on or after its first day. Only such a rep's quota counts in a
 * figure of the period (a node's quota in the forecast, a row or total of performance): a plan row
 * of a rep who has left, or a share spread from one, is no one's target (docs/design.md §5, "Whose
 * quota: people employed during the period"). `start` and `end` are SQL dates.
 */
export function employedDuring(alias: string, start: Prisma.Sql, end: Prisma.Sql): Prisma.Sql {
  const r = (column: string) => Prisma.raw(`${alias}."${column}"`);
  return sql`(${r('hireDate')} < ${end} AND (${r('terminationDate')} IS NULL OR ${r('terminationDate')} >= ${start}))`;
}

/** How a period's quota was found. */
export type QuotaBasis = 'SET' | 'SUM' | 'SPREAD';

interface SkeletonRow {
  fy: number;
  key: string;
  kind: PeriodKind;
  /** Where the period's row sits among the year's: 0 the year, 1-4 its quarters, 5-16 its months. */
  slot: number;
  start: string;
  end: string;
  /** Read out of `rule_quota` (QuotaRuleInput.periods). */
  wanted: boolean;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const SLOT_OFFSET: Record<PeriodKind, number> = { YEAR: 0, QUARTER: 0, MONTH: 4 };

/** The 17 periods (year, quarters, months) of each fiscal year. */
function skeleton(input: QuotaRuleInput): SkeletonRow[] {
  const wanted = input.periods && new Set(input.periods.map((p) => `${isoDay(p.start)}|${isoDay(p.end)}`));
  const rows: SkeletonRow[] = [];
  for (const fy of new Set(input.fiscalYears)) {
    const startMonth = input.fiscalYearStartMonth;
    const year = parsePeriodKey(yearKey(fy), startMonth);
    for (const p of [year, ...childPeriods(year, 'QUARTER', startMonth), ...childPeriods(year, 'MONTH', startMonth)]) {
      const [start, end] = [isoDay(p.start), isoDay(p.end)];
      rows.push({
        fy,
        key: p.key,
        kind: p.kind,
        slot: SLOT_OFFSET[p.kind] + (p.index ?? 0),
        start,
        end,
        wanted: !wanted || wanted.has(`${start}|${end}`),
      });
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

// Column names of a `qr_rep` row: the year's row `y`, the quarters' rows `q1`-`q4`, the months'
// rows `m1`-`m12` (fiscal months), and of the later steps (`ms`, `up`, `vq` per quarter).
const col = (name: string, i?: number) => Prisma.raw(`r.${name}${i ?? ''}`);
const QUARTERS = [1, 2, 3, 4];
/** The fiscal months of quarter `i`. */
const monthsOf = (i: number) => [(i - 1) * 3 + 1, (i - 1) * 3 + 2, (i - 1) * 3 + 3];

/**
 * CTEs (names prefixed `qr_`) ending in `rule_quota(fy, rep_id, key, kind, ps, pe, amount, basis,
 * parts)`: one row per rep with a quota row in the year's plan and period of the year that has a
 * quota (a row, parts that have one, or a share of an enclosing row; a period with none of these
 * has no row, so it reads no quota rather than a spread 0), with how it was found and, for a year
 * or quarter, what its parts that have a quota of their own (set or summed) add up to (null when
 * none has). Put them in a WITH list after any CTE `repCondition` names.
 */
export function quotaRuleCtes(input: QuotaRuleInput): Prisma.Sql {
  const org = input.organizationId;
  const rows = skeleton(input);
  const plan =
    input.planId != null
      ? sql`SELECT p.id, p."fiscalYear" AS fy FROM "SalesPlan" p
             WHERE p."organizationId" = ${org} AND p.id = ${input.planId}`
      : sql`SELECT DISTINCT ON (p."fiscalYear") p.id, p."fiscalYear" AS fy FROM "SalesPlan" p
             WHERE p."organizationId" = ${org} AND p.status IN ('ACTIVE', 'ARCHIVED')
               AND p."fiscalYear" = ANY(${[...new Set(input.fiscalYears)]}::int[])
             ORDER BY p."fiscalYear", (p.status = 'ACTIVE') DESC, p."updatedAt" DESC, p.id DESC`;
  const reps = sql`AND ${visibleRepSql(input.reps, sql`q."repId"`)}`;
  const slots = new Set(rows.filter((r) => r.wanted).map((r) => r.slot));
  const values = valueRows(slots);
  return sql`
    qr_plan AS (${plan}),
    qr_period AS (
      SELECT * FROM unnest(${rows.map((r) => r.fy)}::int[], ${rows.map((r) => r.key)}::text[],
                           ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.slot)}::int[],
                           ${rows.map((r) => r.start)}::date[], ${rows.map((r) => r.end)}::date[],
                           ${rows.map((r) => r.wanted)}::boolean[])
             AS p(fy, key, kind, slot, ps, pe, wanted)
    ),
    -- One row per rep and year: the plan's rows of the year side by side, each in the column of
    -- its period (a key that names no period of the plan's year matches none and is ignored). Then
    -- each step is a plain expression over a rep's own columns (no join between reps' rows: joining
    -- the rows to each other took minutes for 2,000 reps), MATERIALIZED so that the steps'
    -- expressions do not nest into each other.
    qr_rep AS MATERIALIZED (
      SELECT pl.fy, q."repId" AS rep_id,
             ${join(
               Array.from(
                 { length: 17 },
                 (_, slot) =>
                   sql`max(q.amount) FILTER (WHERE q."periodKey" = ANY(${rows
                     .filter((r) => r.slot === slot)
                     .map((r) => r.key)}::text[])) AS ${Prisma.raw(slotColumn(slot))}`,
               ),
               ', ',
             )}
        FROM "Quota" q
        JOIN qr_plan pl ON pl.id = q."salesPlanId"
       WHERE q."organizationId" = ${org} ${reps} ${input.repCondition ?? empty}
         AND q."periodKey" = ANY(${rows.map((r) => r.key)}::text[])
         AND left(q."periodKey", 6) = 'FY' || pl.fy
       GROUP BY pl.fy, q."repId"
    ),
    -- Up by summing: each quarter's set months' sum (ms, null when none is set), and its row, else
    -- that sum (up).
    qr_up AS MATERIALIZED (
      SELECT r.*, ${join(
        QUARTERS.map((i) => sql`${someSum(monthsOf(i).map((j) => col('m', j)))} AS ms${Prisma.raw(String(i))}`),
        ', ',
      )}, ${join(
        QUARTERS.map(
          (i) =>
            sql`coalesce(${col('q', i)}, ${someSum(monthsOf(i).map((j) => col('m', j)))}) AS up${Prisma.raw(String(i))}`,
        ),
        ', ',
      )}
        FROM qr_rep r
    ),
    qr_year AS MATERIALIZED (
      SELECT r.*, ${someSum(QUARTERS.map((i) => col('up', i)))} AS up_sum, ${nulls(QUARTERS.map((i) => col('up', i)))} AS up_free
        FROM qr_up r
    ),
    -- Down by spreading: a quarter without a row or a set month gets its share of the year.
    qr_down AS MATERIALIZED (
      SELECT r.*, coalesce(r.y, r.up_sum) AS yv, ${join(
        QUARTERS.map(
          (i) =>
            sql`coalesce(${col('up', i)}, ${share(
              sql`coalesce(r.y, r.up_sum) - coalesce(r.up_sum, 0)`,
              sql`r.up_free`,
              nulls(QUARTERS.slice(0, i).map((k) => col('up', k))),
            )}) AS vq${Prisma.raw(String(i))}`,
        ),
        ', ',
      )}
        FROM qr_year r
    ),
    -- One branch per period slot read out (not a LATERAL VALUES list, whose expressions PostgreSQL
    -- prepares again for every rep); MATERIALIZED so that each amount is worked out once.
    qr_value (fy, rep_id, slot, amount, basis, parts) AS MATERIALIZED (
      ${
        values.length
          ? join(values, ' UNION ALL ')
          : sql`SELECT 0 AS fy, 0 AS rep_id, 0 AS slot, NULL::numeric AS amount, NULL::text AS basis,
                       NULL::numeric AS parts WHERE false`
      }
    ),
    rule_quota AS (
      SELECT v.fy, v.rep_id, p.key, p.kind, p.ps, p.pe, v.amount, v.basis, v.parts
        FROM qr_value v JOIN qr_period p ON p.fy = v.fy AND p.slot = v.slot
       WHERE v.amount IS NOT NULL AND p.wanted
    )`;
}

/** The `qr_rep` column of a slot: `y`, `q1`-`q4`, `m1`-`m12`. */
function slotColumn(slot: number): string {
  return slot === 0 ? 'y' : slot <= 4 ? `q${slot}` : `m${slot - 4}`;
}

/** A `SELECT fy, rep_id, slot, amount, basis, parts FROM qr_down r` for each of `slots`. */
function valueRows(slots: ReadonlySet<number>): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  const n = (x: number) => Prisma.raw(String(x));
  if (slots.has(0)) {
    out.push(sql`SELECT r.fy, r.rep_id, 0 AS slot, r.yv AS amount, CASE WHEN r.y IS NOT NULL THEN 'SET' ELSE 'SUM' END AS basis,
      r.up_sum AS parts FROM qr_down r`);
  }
  for (const i of QUARTERS) {
    if (!slots.has(i)) continue;
    // A quarter with no row and no set month has a quota only as a share of a year row.
    out.push(sql`SELECT r.fy, r.rep_id, ${n(i)}, CASE WHEN ${col('up', i)} IS NOT NULL OR r.y IS NOT NULL THEN ${col('vq', i)} END,
      CASE WHEN ${col('q', i)} IS NOT NULL THEN 'SET' WHEN ${col('up', i)} IS NOT NULL THEN 'SUM' ELSE 'SPREAD' END,
      ${col('ms', i)} FROM qr_down r`);
  }
  for (let j = 1; j <= 12; j++) {
    if (!slots.has(4 + j)) continue;
    // A month without a row has a share only of a quarter row, or of a year row through a quarter
    // that has neither a row nor set months: its quarter's quota minus the quarter's set months,
    // over the quarter's months without a row; it is the k-th of them.
    const i = Math.ceil(j / 3);
    const months = monthsOf(i);
    const m = (x: number) => col('m', x);
    out.push(sql`SELECT r.fy, r.rep_id, ${n(4 + j)}, CASE WHEN ${m(j)} IS NOT NULL OR ${col('q', i)} IS NOT NULL
                             OR (${col('up', i)} IS NULL AND r.y IS NOT NULL) THEN
      coalesce(${m(j)}, ${share(
        sql`${col('vq', i)} - ${join(
          months.map((x) => sql`coalesce(${m(x)}, 0)`),
          ' - ',
        )}`,
        nulls(months.map(m)),
        nulls(months.filter((x) => x <= j).map(m)),
      )}) END, CASE WHEN ${m(j)} IS NOT NULL THEN 'SET' ELSE 'SPREAD' END, NULL::numeric
      FROM qr_down r`);
  }
  return out;
}

/** The count of the null ones of `xs`. */
function nulls(xs: Prisma.Sql[]): Prisma.Sql {
  return sql`(${join(
    xs.map((x) => sql`(${x} IS NULL)::int`),
    ' + ',
  )})`;
}

/** The sum of the non-null ones of `xs`; null when all are null. */
function someSum(xs: Prisma.Sql[]): Prisma.Sql {
  return sql`CASE WHEN ${join(
    xs.map((x) => sql`${x} IS NULL`),
    ' AND ',
  )} THEN NULL ELSE ${join(
    xs.map((x) => sql`coalesce(${x}, 0)`),
    ' + ',
  )} END`;
}
