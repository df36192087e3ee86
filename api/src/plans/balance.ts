// Territory balance: how evenly a plan spreads the book of business. Per territory (its own
// accounts plus those of its descendants): accounts, ARR, open pipeline, last fiscal year's
// bookings and whitespace value, all under the plan's effective assignment (routing.ts). The spread of each measure
// is its coefficient of variation (population standard deviation / mean) across the leaf
// territories, the units reps carry; 0 is perfectly even.
import { visibleDealSql } from '../access/deal-visibility.js';
import { WHOLE_ORGANIZATION } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import { parsePeriodKey, yearKey } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { Decimal } from '../shared/scalars.js';
import { todayIso, whitespaceCtes } from '../whitespace/sql.js';
import { effectiveCtes } from './routing.js';
import { Exact } from './service.js';

export interface BalanceMeasures {
  accountCount: number;
  totalArr: Decimal;
  openPipeline: Decimal;
  lastYearBookings: Decimal;
  /** Total estimated value of the accounts' whitespace cells (docs/design.md §6). */
  whitespaceValue: Decimal;
}

export interface TerritoryBalanceRow extends BalanceMeasures {
  territoryId: number;
  name: string;
  parentId: number | null;
  isLeaf: boolean;
  primaryRepCount: number;
}

export interface BalanceSpread {
  accountCount: Decimal | null;
  totalArr: Decimal | null;
  openPipeline: Decimal | null;
  lastYearBookings: Decimal | null;
  whitespaceValue: Decimal | null;
}

export interface TerritoryBalance {
  salesPlanId: number;
  territories: TerritoryBalanceRow[];
  unassigned: BalanceMeasures;
  spread: BalanceSpread;
}

interface Row {
  territory_id: number | null;
  name: string | null;
  parent_id: number | null;
  is_leaf: boolean;
  accounts: number;
  arr: Decimal;
  pipeline: Decimal;
  bookings: Decimal;
  whitespace: Decimal;
  reps: number;
}

/**
 * Accounts, their ARR and their peers describe the book and are organization-wide; deals count
 * only when the caller may see them (owned or credited by a split, docs/design.md §2; planners see them
 * all): in pipeline and bookings, and in whitespace, where only a visible open deal makes a cell
 * IN_PIPELINE, as in the whitespace module.
 */
export async function territoryBalance(
  ctx: Pick<Context, 'prisma' | 'visibility'> & { organization: { id: number; fiscalYearStartMonth: number } },
  plan: { id: number; fiscalYear: number },
): Promise<TerritoryBalance> {
  const { prisma } = ctx;
  const org = ctx.organization.id;
  const fiscalYearStartMonth = ctx.organization.fiscalYearStartMonth;
  const year = parsePeriodKey(yearKey(plan.fiscalYear), fiscalYearStartMonth);
  const lastYear = parsePeriodKey(yearKey(plan.fiscalYear - 1), fiscalYearStartMonth);
  // The whitespace module's CTEs over every account of the organization (they open the
  // statement with WITH RECURSIVE): `scope` holds each account's peer group, `group_totals` the
  // value of all whitespace-eligible cells of a group, `covered_cells` the OWNED and IN_PIPELINE
  // cells (one row each), whose value is taken away per account.
  const whitespace = whitespaceCtes({
    organizationId: org,
    scope: {},
    // Whitespace as §6 counts it: a product family is one need.
    granularity: 'family',
    families: null,
    minPropensity: null,
    // Every account's whitespace counts toward its territory's balance; deals only as the caller sees them.
    accountOwners: WHOLE_ORGANIZATION,
    dealReps: ctx.visibility.reps,
    // Accounts own what is installed today (an ended product is no longer theirs, §6).
    asOf: todayIso(),
  });
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    ${whitespace}, ${effectiveCtes(org, plan.id)},
    account_whitespace AS (
      SELECT s.id AS account_id, COALESCE(g.value, 0) - COALESCE(c.value, 0) AS whitespace
        FROM scope s LEFT JOIN group_totals g ON g.gid = s.gid
        LEFT JOIN (
          SELECT k.account_id, sum(cs.value) FILTER (WHERE cs.qualifies) AS value
            FROM covered_cells k
            JOIN cell_stats cs ON cs.gid = k.gid AND cs.product_id = k.product_id
           GROUP BY k.account_id) c ON c.account_id = s.id
    ),
    plan_territories AS (
      SELECT t.id, t.name, t."parentId",
             NOT EXISTS (SELECT 1 FROM "Territory" c WHERE c."parentId" = t.id) AS is_leaf
        FROM "Territory" t WHERE t."organizationId" = ${org} AND t."salesPlanId" = ${plan.id}
    ), lineage AS (
      SELECT id AS territory_id, id AS ancestor_id, "parentId" AS next_id FROM plan_territories
      UNION ALL
      SELECT l.territory_id, t.id, t."parentId" FROM lineage l JOIN plan_territories t ON t.id = l.next_id
    ), arr AS (
      SELECT "accountId" AS account_id, sum(arr) AS arr FROM "AccountProduct"
       WHERE "organizationId" = ${org} GROUP BY "accountId"
    ), deals AS (
      SELECT "accountId" AS account_id,
             sum(amount) FILTER (WHERE stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')) AS pipeline,
             sum(amount) FILTER (WHERE stage = 'CLOSED_WON' AND "closeDate" >= ${lastYear.start}::date
                                   AND "closeDate" < ${lastYear.end}::date) AS bookings
        FROM "Opportunity" o WHERE o."organizationId" = ${org} AND ${visibleDealSql(ctx.visibility.reps, org, Prisma.sql`o`)}
       GROUP BY "accountId"
    ), measured AS (
      SELECT e.territory_id, COALESCE(arr.arr, 0) AS arr, COALESCE(d.pipeline, 0) AS pipeline,
             COALESCE(d.bookings, 0) AS bookings, COALESCE(w.whitespace, 0) AS whitespace
        FROM effective e LEFT JOIN arr ON arr.account_id = e.account_id
        LEFT JOIN deals d ON d.account_id = e.account_id
        LEFT JOIN account_whitespace w ON w.account_id = e.account_id
    ), per_territory AS (
      SELECT l.ancestor_id AS territory_id, count(*)::int AS accounts, sum(m.arr) AS arr,
             sum(m.pipeline) AS pipeline, sum(m.bookings) AS bookings, sum(m.whitespace) AS whitespace
        FROM measured m JOIN lineage l ON l.territory_id = m.territory_id GROUP BY l.ancestor_id
    ), reps AS (
      SELECT l.ancestor_id AS territory_id, count(DISTINCT a."repId")::int AS reps
        FROM "TerritoryAssignment" a JOIN lineage l ON l.territory_id = a."territoryId"
       WHERE a."organizationId" = ${org} AND a.role = 'PRIMARY' AND a."startDate" < ${year.end}::date
         AND (a."endDate" IS NULL OR a."endDate" > ${year.start}::date)
       GROUP BY l.ancestor_id
    )
    SELECT t.id AS territory_id, t.name, t."parentId" AS parent_id, t.is_leaf,
           COALESCE(p.accounts, 0) AS accounts, COALESCE(p.arr, 0) AS arr, COALESCE(p.pipeline, 0) AS pipeline,
           COALESCE(p.bookings, 0) AS bookings, COALESCE(p.whitespace, 0) AS whitespace, COALESCE(r.reps, 0) AS reps
      FROM plan_territories t LEFT JOIN per_territory p ON p.territory_id = t.id
      LEFT JOIN reps r ON r.territory_id = t.id
    UNION ALL
    SELECT NULL, NULL, NULL, false, count(*)::int, COALESCE(sum(arr), 0), COALESCE(sum(pipeline), 0),
           COALESCE(sum(bookings), 0), COALESCE(sum(whitespace), 0), 0
      FROM measured WHERE territory_id IS NULL`);
  const measures = (r: Row): BalanceMeasures => ({
    accountCount: r.accounts,
    totalArr: new Decimal(r.arr),
    openPipeline: new Decimal(r.pipeline),
    lastYearBookings: new Decimal(r.bookings),
    whitespaceValue: new Decimal(r.whitespace),
  });
  const territories = rows
    .filter((r) => r.territory_id != null)
    .map((r) => ({
      territoryId: r.territory_id as number,
      name: r.name as string,
      parentId: r.parent_id,
      isLeaf: r.is_leaf,
      primaryRepCount: r.reps,
      ...measures(r),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.territoryId - b.territoryId);
  const leaves = territories.filter((t) => t.isLeaf);
  const unassigned = rows.find((r) => r.territory_id == null) as Row;
  return {
    salesPlanId: plan.id,
    territories,
    unassigned: measures(unassigned),
    spread: {
      accountCount: coefficientOfVariation(leaves.map((t) => new Decimal(t.accountCount))),
      totalArr: coefficientOfVariation(leaves.map((t) => t.totalArr)),
      openPipeline: coefficientOfVariation(leaves.map((t) => t.openPipeline)),
      lastYearBookings: coefficientOfVariation(leaves.map((t) => t.lastYearBookings)),
      whitespaceValue: coefficientOfVariation(leaves.map((t) => t.whitespaceValue)),
    },
  };
}

/** Population standard deviation / mean, to 6 decimals; null without values or with a zero mean. */
export function coefficientOfVariation(values: Decimal[]): Decimal | null {
  if (values.length === 0) return null;
  const n = values.length;
  const mean = values.reduce((s, v) => s.add(v), new Exact(0)).div(n);
  if (mean.isZero()) return null;
  const variance = values.reduce((s, v) => s.add(new Exact(v).sub(mean).pow(2)), new Exact(0)).div(n);
  return new Decimal(variance.sqrt().div(mean).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN));
}
