// Building blocks of the forecast queries, as named CTEs. Each request runs one statement made of
// these: the subtree, the period's deals (now or as of a moment, from history), their credit, the
// stage win rates and the quotas. Every table is filtered by organization here, because raw SQL
// bypasses the tenant-scoped Prisma client.
import { WHOLE_ORGANIZATION } from '../access/visibility.js';
import { Prisma, type RepRole } from '../generated/prisma/client.js';
import { OPEN_STAGES, STAGE_PROBABILITY } from '../pipeline/stages.js';
import { employedDuring, quotaRuleCtes } from '../plans/quota-rule.js';
import { utcDate } from '../shared/calendar.js';
import { sqlRoundCents } from '../shared/money.js';
import { type ForecastPeriod, sqlDay, sqlInstant } from './period.js';

/** The row `alias` is in an open stage. */
export function isOpen(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')`);
}

/** The row `alias` is in a forecast category that counts an open deal (OMITTED never counts). */
export function isCounted(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}.category IN ('PIPELINE', 'BEST_CASE', 'COMMIT')`);
}

/** Roles that do not forecast (sales operations): never a node of a forecast tree. */
export const NON_FORECASTING_ROLES: RepRole[] = ['SALES_OPS'];

/**
 * The rep `alias` was employed during the period (docs/design.md §7, "The tree"): the quota rule's
 * condition (plans/quota-rule.ts), so the tree's nodes and the quotas it counts are the same people.
 */
export function isEmployedDuring(alias: string, period: ForecastPeriod): Prisma.Sql {
  return employedDuring(alias, Prisma.sql`${sqlDay(period.start)}::date`, Prisma.sql`${sqlDay(period.end)}::date`);
}

/** The rep `alias` is a node of the period's tree: employed during it, in a forecasting role. */
export function isNodeOf(alias: string, period: ForecastPeriod): Prisma.Sql {
  return Prisma.sql`(${isEmployedDuring(alias, period)}
    AND ${Prisma.raw(`${alias}."role"`)}::text NOT IN (${Prisma.join(NON_FORECASTING_ROLES)}))`;
}

/**
 * `tree(id, path, node, nodes)`: `rootId` and everyone below it by `managerId`; `path` runs from the
 * root to the rep. `node` says whether the rep is a node of the period's tree, and `nodes` is the
 * path through nodes only (the rep itself last when it is one): a rep who is no node (left before
 * the period, joins after it, sales ops) is skipped, so the people below them hang from the nearest
 * node above, and the deals credited to them count in every node above them.
 */
export function treeCte(org: number, rootId: number, period: ForecastPeriod): Prisma.Sql {
  const node = isNodeOf('r', period);
  return Prisma.sql`tree AS (
    SELECT r.id, ARRAY[r.id] AS path, ${node} AS node, CASE WHEN ${node} THEN ARRAY[r.id] ELSE '{}'::int[] END AS nodes
      FROM "Rep" r WHERE r."organizationId" = ${org} AND r.id = ${rootId}
    UNION ALL
    SELECT r.id, t.path || r.id, ${node}, CASE WHEN ${node} THEN t.nodes || r.id ELSE t.nodes END
      FROM "Rep" r JOIN tree t ON r."managerId" = t.id
     WHERE r."organizationId" = ${org} AND r.id <> ALL (t.path))`;
}

/**
 * `deal(id, "ownerId", amount, stage, category, "closeDate")`: the deals whose close date falls in
 * the period. Without `asOf`, as they are now; with it, as they were at that moment: the last
 * history row at or before it. A deal can only have been in the period then if one of its history
 * rows up to that moment had a close date in the period, which narrows the search to those deals.
 * `name` renames the CTE (a scoped forecast filters it into `deal`, forecast/dimension.ts).
 */
export function dealCte(org: number, period: ForecastPeriod, asOf: Date | null, name = 'deal'): Prisma.Sql {
  const start = sqlDay(period.start);
  const end = sqlDay(period.end);
  const cte = Prisma.raw(name);
  if (!asOf) {
    return Prisma.sql`${cte} AS (
      SELECT o.id, o."ownerId", o.amount, o.stage, o."forecastCategory" AS category, o."closeDate"
        FROM "Opportunity" o
       WHERE o."organizationId" = ${org} AND o."closeDate" >= ${start}::date AND o."closeDate" < ${end}::date)`;
  }
  const at = sqlInstant(asOf);
  return Prisma.sql`${cte} AS (
    SELECT o.id, o."ownerId", s.amount, s.stage, s."forecastCategory" AS category, s."closeDate"
      FROM (SELECT DISTINCT h."opportunityId" AS id FROM "OpportunityHistory" h
             WHERE h."organizationId" = ${org} AND h."changedAt" <= ${at}::timestamp
               AND h."closeDate" >= ${start}::date AND h."closeDate" < ${end}::date) c
      JOIN "Opportunity" o ON o.id = c.id AND o."organizationId" = ${org}
      CROSS JOIN LATERAL (
        SELECT h.amount, h.stage, h."forecastCategory", h."closeDate" FROM "OpportunityHistory" h
         WHERE h."opportunityId" = c.id AND h."changedAt" <= ${at}::timestamp
         ORDER BY h."changedAt" DESC, h.id DESC LIMIT 1) s
     WHERE s."closeDate" >= ${start}::date AND s."closeDate" < ${end}::date)`;
}

/**
 * `credit(<columns of source>, "repId", share)`: who in the tree is credited with each deal of the
 * source CTE (which has `id` and `"ownerId"`), and for what share. Revenue splits decide (docs/design.md
 * §5); a deal without revenue splits credits its owner 100%. Overlay splits are not forecast: they
 * credit specialists on top and would count a deal twice in a team's number. One outer join rather
 * than splits UNION ALL an anti-join for the rest: one pass over the deals instead of two.
 */
export function creditCte(org: number, source = 'deal'): Prisma.Sql {
  const from = Prisma.raw(`"${source}"`);
  return Prisma.sql`credit AS (
    SELECT d.*, coalesce(s."repId", d."ownerId") AS "repId", coalesce(s.percent, 1::numeric) AS share
      FROM ${from} d LEFT JOIN "OpportunitySplit" s
        ON s."opportunityId" = d.id AND s."organizationId" = ${org} AND s."splitType" = 'REVENUE'
     WHERE coalesce(s."repId", d."ownerId") IN (SELECT id FROM tree))`;
}

/**
 * `line(<columns of credit>, credited)`: each credit row (of `where`, if given) with its credited
 * amount, a line of docs/design.md §11: amount x share rounded half-even to the cent (a share of 1
 * credits the amount as it is, already in cents). `OFFSET 0` keeps PostgreSQL from merging this
 * subquery into the statement that reads it: merged, every reference to `credited` (the credited
 * sum, and the weighted and projected lines rounded from it) repeats its rounding expression, and
 * on `large` that was most of the forecast's time (docs/forecast.md, "2026-12-07 evening").
 */
export function lineCte(where: Prisma.Sql = Prisma.sql`true`): Prisma.Sql {
  return Prisma.sql`line AS (
    SELECT c.*, CASE WHEN c.share = 1 THEN c.amount ELSE ${sqlRoundCents(Prisma.sql`c.amount * c.share`)} END AS credited
      FROM credit c
     WHERE ${where}
    OFFSET 0)`;
}

/** Close days of the deals behind the win rates: the four quarters (twelve months) before the period. */
export function winRateWindow(period: ForecastPeriod): { from: Date; to: Date } {
  const s = period.start;
  return { from: utcDate(s.getUTCFullYear(), s.getUTCMonth() - 12, s.getUTCDate()), to: s };
}

const STAGE_DEFAULTS = Prisma.raw(
  OPEN_STAGES.map((s, i) => `('${s}'::"OpportunityStage", ${STAGE_PROBABILITY[s]}::numeric, ${i + 1})`).join(', '),
);

/** Bit of an open stage in a deal's mask of the stages it went through: PROSPECTING 1, QUALIFICATION 2, ... */
const STAGE_BIT = Prisma.raw(
  `CASE h.stage ${OPEN_STAGES.map((s, i) => `WHEN '${s}' THEN ${1 << i}`).join(' ')} ELSE 0 END`,
);

/** Per open stage (in OPEN_STAGES order), the deals whose mask has its bit: all, and the won ones. */
const STAGE_TALLY = Prisma.raw(
  `ARRAY[${OPEN_STAGES.map((_, i) => `count(*) FILTER (WHERE mask & ${1 << i} <> 0)`).join(', ')}] AS closed,
   ARRAY[${OPEN_STAGES.map((_, i) => `count(*) FILTER (WHERE won AND mask & ${1 << i} <> 0)`).join(', ')}] AS won`,
);

/**
 * `fresh_rate(stage, closed_deals, won_deals, rate)`, one row per open stage, computed from the
 * deals: among the organization's deals closed (won or lost) with a close date in the four
 * quarters before the period, those that had been in the stage before the period started, and the
 * share of them that were won, by count, to 6 decimals. A stage no such deal went through falls
 * back to its default probability. The window ends where the period starts, so a past period's
 * projection uses only what was known when it began, and every node of the tree uses the same
 * rates, so projections add up the hierarchy. Computed only when `unless` (a condition without
 * columns) is false: PostgreSQL then skips the whole history scan.
 *
 * Each closed deal's history is folded into one bitmask of the stages it went through, and the
 * masks are tallied in one pass: on the large dataset (180,000 closed deals, 690,000 history rows
 * before the period) this replaced a DISTINCT over (deal, stage) and a sort of 540,000 rows.
 */
function freshRateCtes(org: number, period: ForecastPeriod, unless: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`stage_default(stage, probability, i) AS (VALUES ${STAGE_DEFAULTS}),
  won_lost AS (
    SELECT o.id, o.stage = 'CLOSED_WON' AS won FROM "Opportunity" o
     WHERE o."organizationId" = ${org} AND o.stage IN ('CLOSED_WON', 'CLOSED_LOST')
       AND o."closeDate" >= ${sqlDay(winRateWindow(period).from)}::date AND o."closeDate" < ${sqlDay(period.start)}::date),
  reached AS (
    SELECT w.won, bit_or(${STAGE_BIT}) AS mask
      FROM won_lost w JOIN "OpportunityHistory" h ON h."opportunityId" = w.id
     WHERE h."organizationId" = ${org} AND h."changedAt" < ${sqlInstant(period.startsAt)}::timestamp
       AND ${isOpen('h')}
     GROUP BY w.id, w.won),
  tally AS (SELECT ${STAGE_TALLY} FROM reached),
  fresh_rate AS (
    SELECT d.stage, t.closed[d.i]::int AS closed_deals, t.won[d.i]::int AS won_deals,
           CASE WHEN t.closed[d.i] = 0 THEN d.probability
                ELSE round(t.won[d.i]::numeric / t.closed[d.i], 6) END AS rate
      FROM stage_default d CROSS JOIN tally t
     WHERE NOT (${unless}))`;
}

/**
 * `win_rate(stage, probability, closed_deals, won_deals, rate)`, one row per open stage: the rates
 * of freshRateCtes, computed once per organization, period start and deal revision and reused
 * (ForecastWinRate). `Organization."dealRevision"` changes in the same transaction as every write
 * to the organization's deals or their history (database triggers), and the statement reads it in
 * the same snapshot as the stored rates: stored rates of that revision are used as they are, else
 * the rates are computed and stored at that revision (a data-modifying CTE, so still one
 * statement). Rates computed from a snapshot that a concurrent write then changes are stored at
 * the revision before that write, which no later statement reads: never stale.
 */
export function winRateCtes(org: number, period: ForecastPeriod, store = true): Prisma.Sql {
  const start = sqlDay(period.start);
  return Prisma.sql`deal_revision AS (SELECT o."dealRevision" AS revision FROM "Organization" o WHERE o.id = ${org}),
  stored_rate AS (
    SELECT c.stage, c."closedDeals" AS closed_deals, c."wonDeals" AS won_deals, c.rate
      FROM "ForecastWinRate" c JOIN deal_revision v ON v.revision = c."dealRevision"
     WHERE c."organizationId" = ${org} AND c."periodStart" = ${start}::date),
  ${freshRateCtes(org, period, Prisma.sql`EXISTS (SELECT 1 FROM stored_rate)`)},
  ${store ? storeRateCte(org, start) : Prisma.empty}
  win_rate AS (
    SELECT d.stage, d.probability, r.closed_deals, r.won_deals, r.rate
      FROM stage_default d
      JOIN (SELECT * FROM stored_rate UNION ALL SELECT * FROM fresh_rate) r ON r.stage = d.stage)`;
}

/**
 * Stores the fresh rates. Left out on a read replica (Context.readOnly), which refuses writes:
 * there the rates are computed, and the next read on the primary stores them.
 */
function storeRateCte(org: number, start: string): Prisma.Sql {
  return Prisma.sql`store_rate AS (
    INSERT INTO "ForecastWinRate" ("organizationId", "periodStart", "dealRevision", stage, "closedDeals", "wonDeals", rate)
    SELECT ${org}, ${start}::date, v.revision, f.stage, f.closed_deals, f.won_deals, f.rate
      FROM fresh_rate f CROSS JOIN deal_revision v
    ON CONFLICT DO NOTHING),`;
}

/** The win rates computed from the deals, bypassing ForecastWinRate (tests, the benchmark's cold path). */
export function freshWinRateSql(org: number, period: ForecastPeriod): Prisma.Sql {
  return Prisma.sql`
    WITH ${freshRateCtes(org, period, Prisma.sql`false`)}
    SELECT f.stage::text AS stage, f.closed_deals AS "closedDeals", f.won_deals AS "wonDeals", f.rate
      FROM fresh_rate f JOIN stage_default d ON d.stage = f.stage ORDER BY d.i`;
}

/**
 * `own_quota(id, quota)`: each rep of the tree with a quota for the period, found by the quota rule
 * of docs/design.md §5 (plans/quota-rule.ts): the fiscal year's ACTIVE plan, else the plan archived
 * last; a period's own row, else its parts summed, else its share of the enclosing row. Whose quota
 * counts for a node is the rollup's business.
 */
export function ownQuotaCte(org: number, period: ForecastPeriod, startMonth: number): Prisma.Sql {
  return Prisma.sql`${quotaRuleCtes({
    organizationId: org,
    fiscalYearStartMonth: startMonth,
    fiscalYears: [period.fiscalYear],
    // `tree` is the subtree of a node resolveNode found visible: every rep of it is visible.
    reps: WHOLE_ORGANIZATION,
    repCondition: Prisma.sql`AND q."repId" IN (SELECT id FROM tree)`,
    periods: [period],
  })},
  own_quota AS (
    SELECT rq.rep_id AS id, rq.amount AS quota FROM rule_quota rq
     WHERE rq.ps = ${sqlDay(period.start)}::date AND rq.pe = ${sqlDay(period.end)}::date)`;
}
