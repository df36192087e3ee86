// The metrics of docs/design.md §5 for a scope, over one or more periods ("buckets"), grouped, in one
// SQL statement whatever the number of groups. docs/performance.md explains every definition.
//
// Shape of the statement (CTEs, in order):
//   bucket  the periods asked for (they may overlap: a year and its quarters);
//   rep_manager, account_territory  only when rolling up by the hierarchy as of a day: the manager
//           links and account placements valid that day (hierarchySource);
//   opp     deals of the organization closing or created in the overall range (+ territory scope);
//   line    line-item totals per deal and product, when a product is measured;
//   member, member_any  PRIMARY territory assignments per bucket, for the TERRITORY grouping and
//           the territory scope (a territory measures its PRIMARY reps, docs/design.md §5);
//   sp, split_deal  the split rows of those deals, and which deals have any (and a revenue one);
//   single  deals without any split: the owner credited 100%, restricted to the reps in scope;
//   credit  deals with splits: one row per credited rep, its REVENUE splits, the owner at 100% when
//           it has none, and its OVERLAY splits (flagged), restricted to the reps in scope, each
//           with its line and weighted line rounded once (withLines);
//   single_group, single_total  the sums of unsplit deals per bucket and group (and total);
//   credit_flag  without territory membership or product lines: each credit row flagged as the
//           one row of its deal counted in the total (`lead`) and, for the REP grouping, in its
//           rep's row (not `dup`), so those sums need no grouping per (group, deal);
//   keyed   otherwise: credit rows under their group key, plus the scope's total rows (revenue
//           credit only); `own` is false for a territory's overlay credit (credit of reps who are
//           not its members);
//   deal    one row per (group, deal) of `keyed` with the summed credit lines (each rep's credited
//           amount of the deal rounded to the cent, half-even: docs/design.md §11), so counts and
//           means see each deal once per group; every row carries the deal's columns, so nothing
//           joins back;
//   multi_fact  the sums of split deals per bucket and group (from credit_flag and/or deal);
//   facts   both paths added up per bucket and group;
//   qr_*, rule_quota, qrow, qb_all, qb, quotas  individual quotas per bucket and group (see quotaCtes);
//   overlay_quotas  a territory's overlay quota: its OVERLAY-assigned reps' (overlayQuotaCte);
//   metric  facts joined with quotas, with the ratios computed in SQL numeric.
// The REP grouping and the totals (without territory membership or product lines) replace `opp`
// ... `multi_fact` by `opp_credit` and `stored_fact`: the stored credit lines ("OpportunityCredit",
// kept by triggers on deals and splits) of the period, summed (storedCreditCtes).
import { visibleRepSql } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import { STAGE_PROBABILITY } from '../pipeline/stages.js';
import { employedDuring, quotaRuleCtes } from '../plans/quota-rule.js';
import { sqlDecimalText, sqlMoneyText, sqlRoundCents } from '../shared/money.js';
import type { Decimal } from '../shared/scalars.js';
import { Decimal as Dec, DecimalText } from '../shared/scalars.js';
import type { PerformanceContext, ResolvedScope } from './scope.js';

const { sql, join, empty } = Prisma;
type Sql = Prisma.Sql;

/**
 * Groupings by an attribute of the deal or of its account: each deal is in exactly one row
 * whatever its splits. Quota belongs to people, not to a deal attribute, so the quota metrics
 * are refused under them (QUOTA_METRICS, docs/design.md §5 "Which metric allows which grouping").
 */
export type DealGrouping = 'TYPE' | 'ACCOUNT_INDUSTRY' | 'ACCOUNT_SEGMENT' | 'SOURCE' | 'LOSS_REASON' | 'COMPETITOR';
export type AttributeGrouping = 'REP' | 'MANAGER' | 'TERRITORY' | 'REGION' | 'SEGMENT' | 'PRODUCT' | DealGrouping;
export type TimeGrouping = 'MONTH' | 'QUARTER';
export type Grouping = AttributeGrouping | TimeGrouping;
export const DEAL_GROUPINGS: readonly DealGrouping[] = [
  'TYPE',
  'ACCOUNT_INDUSTRY',
  'ACCOUNT_SEGMENT',
  'SOURCE',
  'LOSS_REASON',
  'COMPETITOR',
];
export const ATTRIBUTE_GROUPINGS: readonly AttributeGrouping[] = [
  'REP',
  'MANAGER',
  'TERRITORY',
  'REGION',
  'SEGMENT',
  'PRODUCT',
  ...DEAL_GROUPINGS,
];

export const isDealGrouping = (g: Grouping | null | undefined): g is DealGrouping =>
  g != null && (DEAL_GROUPINGS as readonly string[]).includes(g);

/**
 * The deal's own column a deal grouping keys on, carried along every credit row (as `dattr`) so
 * that no later step joins back to "Opportunity"; absent for groupings keyed on the account.
 */
const DEAL_ATTRIBUTE: Partial<Record<DealGrouping, Sql>> = {
  TYPE: sql`o.type::text`,
  SOURCE: sql`coalesce(o.source, '')`,
  LOSS_REASON: sql`coalesce(o."lossReasonId"::text, '')`,
  COMPETITOR: sql`coalesce(o.competitor, '')`,
};

/** Roles whose quotas are team quotas (the sum of their team's): never added to individual quotas. */
export const TEAM_QUOTA_ROLES = ['MANAGER', 'EXECUTIVE'] as const;
/**
 * Overlay roles: their quotas are measured on overlay credit, so (like overlay credit) they count
 * for the rep (REP grouping, attainment distribution) but never in team groupings and totals.
 */
export const OVERLAY_QUOTA_ROLES = ['SE'] as const;

export interface Bucket {
  key: string;
  start: Date;
  end: Date;
}

/** Every metric of docs/design.md §5 for one group (or a total). Money and ratios are exact decimals,
 * printed as the wire shows them (DecimalText: money with at least two places). */
export interface Metrics {
  bookings: DecimalText;
  quota: DecimalText;
  attainment: DecimalText | null;
  wonCount: number;
  lostCount: number;
  winRate: DecimalText | null;
  avgDealSize: DecimalText | null;
  salesCycleDays: DecimalText | null;
  pipelineCreated: DecimalText;
  openPipeline: DecimalText;
  openCount: number;
  weightedPipeline: DecimalText;
  coverage: DecimalText | null;
  velocity: DecimalText | null;
  /**
   * A territory's overlay figures (TERRITORY rows, and totals under a territory scope; null
   * elsewhere): bookings credited on its accounts' deals to reps who are not its PRIMARY reps, and
   * the quotas of its OVERLAY-assigned reps. Never part of bookings, quota or attainment.
   */
  overlayBookings: DecimalText | null;
  overlayQuota: DecimalText | null;
}

export const METRIC_NAMES = [
  'bookings',
  'quota',
  'attainment',
  'wonCount',
  'lostCount',
  'winRate',
  'avgDealSize',
  'salesCycleDays',
  'pipelineCreated',
  'openPipeline',
  'openCount',
  'weightedPipeline',
  'coverage',
  'velocity',
] as const satisfies readonly (keyof Metrics)[];
export type MetricName = (typeof METRIC_NAMES)[number];

/**
 * The metrics measured against quota. Quota is set for people (a rep, a team, a territory's
 * reps), never for a deal attribute, so a deal grouping refuses them rather than showing a 0
 * quota beside real bookings (docs/design.md §5 "Which metric allows which grouping").
 */
export const QUOTA_METRICS = ['quota', 'attainment', 'coverage'] as const satisfies readonly MetricName[];

/**
 * Only lost deals carry a loss reason: a LOSS_REASON row's won, open and created deals would all
 * be the "No loss reason" row's, so its rows define the lost count alone.
 */
const LOSS_REASON_METRICS: readonly MetricName[] = ['lostCount'];

/** The metrics of a grouping's rows that it does not define; the total row defines every one. */
export function unsupportedMetrics(grouping: Grouping | null | undefined): readonly MetricName[] {
  if (grouping === 'LOSS_REASON') return METRIC_NAMES.filter((m) => !LOSS_REASON_METRICS.includes(m));
  return isDealGrouping(grouping) ? QUOTA_METRICS : [];
}

/** Why a grouping refuses a metric, for the error message. */
export function refusalReason(grouping: Grouping): string {
  return grouping === 'LOSS_REASON'
    ? 'only lost deals carry a loss reason, so its rows define lostCount alone'
    : 'quota is set for people, not per deal or account attribute';
}

export interface MetricRow extends Metrics {
  /** Index of the bucket in the request. */
  bucket: number;
  /** The scope's total for the bucket rather than a group. */
  total: boolean;
  /** Group key: an ID, a region, a segment; '' for "none" (e.g. deals of accounts without territory). */
  key: string;
  /** Name of the rep, territory or product of the key; null for other groupings. */
  name: string | null;
}

const ZERO = new DecimalText('0.00');

export function emptyMetrics(): Metrics {
  return {
    bookings: ZERO,
    quota: ZERO,
    attainment: null,
    wonCount: 0,
    lostCount: 0,
    winRate: null,
    avgDealSize: null,
    salesCycleDays: null,
    pipelineCreated: ZERO,
    openPipeline: ZERO,
    openCount: 0,
    weightedPipeline: ZERO,
    coverage: null,
    velocity: null,
    overlayBookings: null,
    overlayQuota: null,
  };
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface MetricQuery {
  scope: ResolvedScope;
  buckets: readonly Bucket[];
  /** Fiscal years whose plan supplies the quotas (every year a bucket falls in). */
  fiscalYears: readonly number[];
  /** Group rows by this; null = totals only. */
  grouping: AttributeGrouping | null;
  /** Compute the scope's total rows too (default true). */
  totals?: boolean;
}

function andAll(parts: Sql[]): Sql {
  return parts.length ? join(parts, ' ') : empty;
}

/** Conditions on the credited rep `r` from the scope: subtree/visible set, region, segment. */
function repConditions(scope: ResolvedScope): Sql {
  const parts: Sql[] = [];
  parts.push(sql`AND ${visibleRepSql(scope.reps, sql`r.id`)}`);
  if (scope.region != null) parts.push(sql`AND r.region = ${scope.region}`);
  if (scope.segment != null) parts.push(sql`AND r.segment::text = ${scope.segment}`);
  return andAll(parts);
}

/**
 * The MANAGER-grouping row of rep `r`: a manager (a team-quota role) is a row of their own, with
 * their own credit; anyone else goes to their manager's row (null: "No manager"). So a manager's
 * own deals stay on their team, a second-level manager's row never swallows the first-line
 * managers' deals, and every credit and quota lands in exactly one row.
 */
const managerRow = sql`CASE WHEN r.role::text = ANY(${[...TEAM_QUOTA_ROLES]}::text[]) THEN r.id ELSE r."managerId" END`;

/**
 * The stage probability of the stage column `column`, as literals: the stages and probabilities
 * are the code's constants, and bound as parameters they cost a cast of the stage to text and of
 * each probability to numeric per deal (6% of the REP statement on `large`).
 */
const PROBABILITY_WHENS = Object.entries(STAGE_PROBABILITY).map(([stage, p]) => {
  if (!/^[A-Z_]+$/.test(stage) || !/^\d+(\.\d+)?$/.test(p)) throw new Error(`bad stage probability ${stage} ${p}`);
  return Prisma.raw(`WHEN '${stage}' THEN ${p}`);
});

/**
 * The hierarchy source of a roll-up (docs/design.md "Effective-dated history"). Current: Rep and
 * Account as they stand. As of a day: the CTEs `rep_manager` and `account_territory` hold the
 * manager links and account placements valid that day; `managerJoin` puts the rep `r`'s link
 * there beside it (as `hm`), `team` is the MANAGER row from it; `placementJoin` puts the account
 * `a`'s placement beside it (as `at`) and `tid` is its territory then. A rep without a link that
 * day (hired after it) keeps today's manager; an account without a placement that day has none.
 */
function hierarchySource(org: number, day: Date | null | undefined) {
  if (!day) {
    return { ctes: empty, managerJoin: empty, team: managerRow, placementJoin: empty, tid: sql`a."territoryId"` };
  }
  const validOn = (from: string, to: string) =>
    sql`${Prisma.raw(from)} <= ${isoDay(day)}::date AND (${Prisma.raw(to)} IS NULL OR ${Prisma.raw(to)} > ${isoDay(day)}::date)`;
  return {
    ctes: sql`
    rep_manager AS (
      SELECT h."repId" AS id, h."managerId" AS manager_id FROM "RepManagerHistory" h
       WHERE h."organizationId" = ${org} AND ${validOn('h."validFrom"', 'h."validTo"')}
    ),
    account_territory AS (
      SELECT h."accountId" AS id, h."territoryId" AS tid FROM "AccountTerritoryHistory" h
       WHERE h."organizationId" = ${org} AND ${validOn('h."validFrom"', 'h."validTo"')}
    ),`,
    managerJoin: sql`LEFT JOIN rep_manager hm ON hm.id = r.id`,
    team: sql`CASE WHEN r.role::text = ANY(${[...TEAM_QUOTA_ROLES]}::text[]) THEN r.id
                   WHEN hm.id IS NULL THEN r."managerId" ELSE hm.manager_id END`,
    placementJoin: sql`LEFT JOIN account_territory at ON at.id = a.id`,
    tid: sql`at.tid`,
  };
}

function probabilityCase(column: Sql): Sql {
  return sql`CASE ${column} ${join(PROBABILITY_WHENS, ' ')} ELSE 0 END`;
}

/**
 * The deal's own columns, carried along every credit row so that no later step joins back to
 * `opp` (joins between CTEs defeat the planner's estimates, and the inflated cost made PostgreSQL
 * JIT-compile the statement for seconds).
 */
const DEAL_COLUMNS = sql`c.cd, c.xd, c.won, c.lost, c.open, c.prob`;

/**
 * What the fact columns read from a row `o`: its credited amount and weighted amount, whether it
 * is `own` credit (rows that are not are a territory's overlay credit: only `overlay_bookings` sums
 * them) and whether it is `counted` (the one row of its deal in its group: counts and cycle time
 * see each deal once per group, amounts add every row).
 */
interface FactSource {
  credited: Sql;
  weighted: Sql;
  own: Sql;
  counted: Sql;
}

/** Rows of unsplit deals, whose one line is the whole amount `amt` (already in cents). */
const WHOLE: FactSource = {
  credited: sql`o.amt`,
  weighted: sqlRoundCents(sql`o.amt * o.prob`),
  own: sql`o.own`,
  counted: sql`true`,
};
/** Rows of `deal`: one per (group, deal), `credit` and `wcredit` its summed lines. */
const DEDUPED: FactSource = { credited: sql`o.credit`, weighted: sql`o.wcredit`, own: sql`o.own`, counted: sql`true` };
/** Rows of `credit_flag`: the credit lines themselves, `counted` naming the one row per group. */
const flagged = (counted: Sql): FactSource => ({
  credited: sql`o.line`,
  weighted: sql`o.wline`,
  own: sql`true`,
  counted,
});

/** The sums of one (bucket, total, group) over rows `o` (the deal columns and `src`) joined to `b`. */
function factColumns(inClose: Sql, inCreated: Sql, src: FactSource): Sql {
  const { credited, weighted, own, counted } = src;
  return sql`
    sum(${credited}) FILTER (WHERE ${own} AND o.won AND ${inClose}) AS bookings,
    count(*) FILTER (WHERE ${own} AND ${counted} AND o.won AND ${inClose})::int AS won_count,
    count(*) FILTER (WHERE ${own} AND ${counted} AND o.lost AND ${inClose})::int AS lost_count,
    sum(o.xd - o.cd) FILTER (WHERE ${own} AND ${counted} AND o.won AND ${inClose})::numeric AS cycle_sum,
    sum(${credited}) FILTER (WHERE ${own} AND ${inCreated}) AS created,
    sum(${credited}) FILTER (WHERE ${own} AND o.open AND ${inClose}) AS open_amt,
    count(*) FILTER (WHERE ${own} AND ${counted} AND o.open AND ${inClose})::int AS open_count,
    sum(${weighted}) FILTER (WHERE ${own} AND o.open AND ${inClose}) AS weighted,
    sum(${credited}) FILTER (WHERE NOT ${own} AND o.won AND ${inClose}) AS overlay_bookings`;
}

const FACT_NAMES = sql`bookings, won_count, lost_count, cycle_sum, created, open_amt, open_count, weighted, overlay_bookings`;

/**
 * Credit rows `rows` (columns `amt`, `pct`, `prob`, `open`) with their lines (§11): `line`, the
 * rep's credited amount of the deal (amt x pct) rounded half-even to the cent, and, for an open
 * deal, `wline`, that line x the stage probability rounded the same way (sqlRoundCents, the one
 * rounding rule). sqlRoundCents repeats its argument; here each product is a column of a subquery
 * that `OFFSET 0` keeps from being flattened into the next, so it is computed once per row and the
 * rounding repeats only a column reference.
 */
function withLines(rows: Sql): Sql {
  return sql`
    SELECT w.*, ${sqlRoundCents(sql`w.wc`)} AS wline FROM (
      SELECT l.*, CASE WHEN l.open THEN l.line * l.prob END AS wc FROM (
        SELECT x.*, ${sqlRoundCents(sql`x.c`)} AS line FROM (
          SELECT y.*, y.amt * y.pct AS c FROM (${rows}) y OFFSET 0
        ) x OFFSET 0
      ) l OFFSET 0
    ) w`;
}

/**
 * The deal CTEs of the REP grouping and the totals from the stored credit lines
 * ("OpportunityCredit", kept by triggers on deals and splits: docs/performance.md "Stored credit
 * lines"). Each line is a rep's credit on a deal already rounded half-even to the cent, with the
 * deal's stage and dates; `opp_credit` reads the period's lines of the reps in scope from the two
 * covering indexes (closing in the range, then created in it and closing elsewhere) and adds the
 * weighted line of an open deal (line x stage probability, rounded the same way), each product a
 * column of a subquery that `OFFSET 0` keeps from being flattened, so it is computed once.
 *
 * `stored_fact` sums them per bucket: a REP row every line of its rep, counting the deal on the
 * lines stored as `counted` (all but an OVERLAY line of a rep who also holds a REVENUE line of it);
 * the total every REVENUE line, counting the deal on one of them: the only one when the deal has
 * one (`revenueLines`), else the one of the lowest rep ID among the reps in scope.
 */
function storedCreditCtes(
  org: number,
  scope: ResolvedScope,
  q: {
    grouping: AttributeGrouping | null;
    totals: boolean;
    minStart: string;
    maxEnd: string;
    inClose: Sql;
    inCreated: Sql;
    inBucket: Sql;
  },
): Sql {
  const { inClose, inCreated, inBucket } = q;
  const closing = sql`c."closeDate" >= ${q.minStart}::date AND c."closeDate" < ${q.maxEnd}::date`;
  const columns = sql`c."opportunityId" AS oid, c."repId" AS rep_id, c."splitType" = 'OVERLAY' AS overlay, c.line,
    c.counted, c."revenueLines" AS nrev, c."createdDate" AS cd, c."closeDate" AS xd, c.stage = 'CLOSED_WON' AS won,
    c.stage = 'CLOSED_LOST' AS lost, c.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AS open,
    ${probabilityCase(sql`c.stage`)} AS prob`;
  const reps = sql`c."repId" IN (SELECT r.id FROM "Rep" r WHERE r."organizationId" = ${org} ${repConditions(scope)})`;
  const branches: Sql[] = [];
  if (q.grouping === 'REP') {
    branches.push(sql`SELECT b.idx, false AS total, o.rep_id::text AS gkey, ${factColumns(inClose, inCreated, flagged(sql`o.counted`))}
        FROM opp_credit o ${inBucket} GROUP BY b.idx, o.rep_id`);
  }
  if (q.totals) {
    branches.push(sql`SELECT b.idx, true AS total, '' AS gkey, ${factColumns(inClose, inCreated, flagged(sql`o.lead`))}
        FROM (SELECT o.*, true AS lead FROM opp_credit o WHERE NOT o.overlay AND o.nrev = 1
              UNION ALL
              SELECT o.*, o.rep_id = min(o.rep_id) OVER (PARTITION BY o.oid) AS lead
                FROM opp_credit o WHERE NOT o.overlay AND o.nrev > 1) o
        ${inBucket} GROUP BY b.idx`);
  }
  return sql`
    opp_credit AS (
      SELECT w.*, ${sqlRoundCents(sql`w.wc`)} AS wline FROM (
        SELECT c.*, CASE WHEN c.open THEN c.line * c.prob END AS wc FROM (
          SELECT ${columns} FROM "OpportunityCredit" c
           WHERE c."organizationId" = ${org} AND ${closing} AND ${reps}
          UNION ALL
          SELECT ${columns} FROM "OpportunityCredit" c
           WHERE c."organizationId" = ${org} AND c."createdDate" >= ${q.minStart}::date
             AND c."createdDate" < ${q.maxEnd}::date AND NOT (${closing}) AND ${reps}
        ) c OFFSET 0
      ) w
    ),
    stored_fact AS (${join(branches, ' UNION ALL ')})`;
}

/**
 * The CTEs `bucket` ... `metric` for a query (without the final SELECT). `metric` has one row per
 * (idx, total, gkey) that has any fact or quota, with every metric; raw sums stay available as
 * `bookings`, `quota`, `won_count` for callers that derive more (the attainment distribution).
 *
 * Deals take one of two paths. Most deals (about 85% on the demo and large data) have no split:
 * their owner is credited 100%, each lands in exactly one group, and they are summed straight from
 * `opp` per group (`single_group`). Deals with splits go through credit rows, counted once per
 * (group, deal): by a flag on one row of each where that row can be named (the total, the REP
 * grouping), else by grouping them per (group, deal) (`multi_fact`). All facts are sums and counts
 * over disjoint sets of deals, so `facts` adds the two paths up. Where every unsplit deal falls in
 * exactly one group (attribute groupings other than PRODUCT), the scope's total of the unsplit
 * deals is the sum of their groups and is not computed a second time.
 */
export function metricCtes(ctx: PerformanceContext, q: MetricQuery): Sql {
  const org = ctx.organizationId;
  const { scope, grouping, buckets } = q;
  const totals = q.totals ?? true;
  const minStart = isoDay(new Date(Math.min(...buckets.map((b) => b.start.getTime()))));
  const maxEnd = isoDay(new Date(Math.max(...buckets.map((b) => b.end.getTime()))));
  const productInGroups = scope.productId != null || grouping === 'PRODUCT';
  const productInTotals = scope.productId != null;
  // A territory (a row, or the scope) measures the reps PRIMARY in it during the bucket
  // (docs/design.md §5 Groupings). Membership depends on the bucket, so in that mode every credit
  // row is tied to its bucket (column idx) before it is summed.
  const byMember = grouping === 'TERRITORY' || scope.territoryIds != null;
  // A deal grouping on a deal column carries it from `opp` on (only then: it is not in the
  // covering indexes that `opp` reads).
  const dealAttribute = isDealGrouping(grouping) ? (DEAL_ATTRIBUTE[grouping] ?? null) : null;
  const carry = (alias: string) => (dealAttribute ? Prisma.raw(`, ${alias}.dattr`) : empty);

  const hierarchy = hierarchySource(org, scope.hierarchyAsOf);
  const territoryFilter = !scope.territoryIds
    ? empty
    : scope.hierarchyAsOf
      ? sql`AND o."accountId" IN (SELECT at.id FROM account_territory at WHERE at.tid = ANY(${scope.territoryIds}::int[]))`
      : sql`AND o."accountId" IN (SELECT a.id FROM "Account" a
           WHERE a."organizationId" = ${org} AND a."territoryId" = ANY(${scope.territoryIds}::int[]))`;

  const lineCte =
    productInGroups || productInTotals
      ? sql`, line AS (
          SELECT li."opportunityId" AS oid, li."productId" AS pid, sum(li."totalPrice") AS amt
            FROM "OpportunityLineItem" li JOIN opp ON opp.id = li."opportunityId"
           WHERE li."organizationId" = ${org}
             ${scope.productId != null ? sql`AND li."productId" = ${scope.productId}` : empty}
           GROUP BY 1, 2)`
      : empty;

  const memberCte = byMember
    ? sql`, member AS (
          SELECT DISTINCT b.idx, ta."repId" AS rep_id, ta."territoryId" AS tid
            FROM "TerritoryAssignment" ta
            JOIN bucket b ON ta."startDate" < b.bend AND (ta."endDate" IS NULL OR ta."endDate" > b.bstart)
           WHERE ta."organizationId" = ${org} AND ta.role = 'PRIMARY'
             ${scope.territoryIds ? sql`AND ta."territoryId" = ANY(${scope.territoryIds}::int[])` : empty}),
        member_any AS (SELECT DISTINCT idx, rep_id FROM member)`
    : empty;

  // Deals closing in the range, then those created in it that close outside it: two scans that
  // the covering indexes on (organization, close date) and (organization, created date) answer.
  const closing = sql`o."closeDate" >= ${minStart}::date AND o."closeDate" < ${maxEnd}::date`;
  const dealColumns = sql`o.id, o.amount, o."ownerId" AS owner_id, o."accountId" AS account_id,
    o."createdDate" AS cd, o."closeDate" AS xd, o.stage = 'CLOSED_WON' AS won, o.stage = 'CLOSED_LOST' AS lost,
    o.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST') AS open, ${probabilityCase(sql`o.stage`)} AS prob
    ${dealAttribute ? sql`, ${dealAttribute} AS dattr` : empty}`;
  const inClose = sql`o.xd >= b.bstart AND o.xd < b.bend`;
  const inCreated = sql`o.cd >= b.bstart AND o.cd < b.bend`;
  const inBucket = sql`JOIN bucket b ON (${inClose}) OR (${inCreated})`;
  // Rows already tied to their bucket (member mode) join it back by index.
  const rowBucket = byMember ? sql`JOIN bucket b ON b.idx = o.idx` : inBucket;
  const idxColumn = byMember ? sql`b.idx,` : empty;
  const idxGroup = byMember ? sql`idx,` : empty;
  const TRUE = sql`true`;
  const anyMember = sql`LEFT JOIN member_any ma ON ma.idx = b.idx AND ma.rep_id = c.rep_id`;

  /** Rows of credit source `from` (aliased c) under their group key, or the scope's total rows. */
  const keyedRows = (from: 'single' | 'credit', total: boolean): Sql => {
    const product = total ? productInTotals : productInGroups;
    // Credit rows carry their lines, of the deal's amount; a product's lines are of its amount.
    const credit = from === 'credit';
    const select = (key: Sql, own: Sql, joins: Sql, where: Sql) => {
      const rows = sql`
      SELECT ${idxColumn} ${total ? TRUE : sql`false`} AS total, ${key} AS gkey, ${own} AS own, c.oid, c.pct,
             ${product ? sql`l.amt` : sql`c.amount`} AS amt, ${DEAL_COLUMNS} ${credit && !product ? sql`, c.line, c.wline` : empty}
        FROM ${Prisma.raw(from)} c
        ${byMember ? sql`JOIN bucket b ON (c.xd >= b.bstart AND c.xd < b.bend) OR (c.cd >= b.bstart AND c.cd < b.bend)` : empty}
        ${joins} ${product ? sql`JOIN line l ON l.oid = c.oid` : empty} ${where}`;
      if (!credit || !product) return rows;
      return sql`SELECT ${byMember ? sql`k.idx,` : empty} k.total, k.gkey, k.own, k.oid, k.pct, k.amt,
                        k.cd, k.xd, k.won, k.lost, k.open, k.prob, k.line, k.wline
                   FROM (${withLines(rows)}) k`;
    };
    if (total) {
      // Under a territory scope the credit of reps who are not PRIMARY there is its overlay credit.
      if (scope.territoryIds) {
        const own = sql`(ma.rep_id IS NOT NULL)`;
        return select(sql`''`, own, anyMember, sql`WHERE NOT (c.overlay AND ${own})`);
      }
      return select(sql`''`, TRUE, empty, sql`WHERE NOT c.overlay`);
    }
    // Under a territory scope only the credit of its PRIMARY reps counts in the rows.
    const members = scope.territoryIds ? sql`JOIN member_any ma ON ma.idx = b.idx AND ma.rep_id = c.rep_id` : empty;
    // Overlay credit counts for the overlay rep (REP grouping) but never in team groupings.
    const revenue = sql`WHERE NOT c.overlay`;
    switch (grouping) {
      case 'REP':
        return select(sql`c.rep_id::text`, TRUE, members, empty);
      case 'MANAGER':
        return select(sql`coalesce(c.team_id::text, '')`, TRUE, members, revenue);
      case 'REGION':
        return select(sql`c.region`, TRUE, members, revenue);
      case 'SEGMENT':
        return select(sql`coalesce(c.segment::text, '')`, TRUE, members, revenue);
      case 'TERRITORY': {
        // The account's territory: its PRIMARY reps' credit, and everyone else's as overlay credit.
        // Accounts without a territory belong to "No territory", whose members are the reps with
        // no PRIMARY territory in the bucket; their credit on other territories' accounts counts
        // in that row as well (it is those territories' overlay credit too).
        const tid = hierarchy.tid;
        const account = sql`JOIN "Account" a ON a.id = c.account_id AND a."organizationId" = ${org} ${hierarchy.placementJoin}`;
        const own = sql`(CASE WHEN ${tid} IS NULL THEN ma.rep_id IS NULL ELSE mt.rep_id IS NOT NULL END)`;
        const joins = sql`${account} ${anyMember}
          LEFT JOIN member mt ON mt.idx = b.idx AND mt.rep_id = c.rep_id AND mt.tid = ${tid}`;
        const rows = select(sql`coalesce(${tid}::text, '')`, own, joins, sql`WHERE NOT (c.overlay AND ${own})`);
        if (scope.territoryIds) return rows;
        const unassigned = select(
          sql`''`,
          TRUE,
          sql`${account} ${anyMember}`,
          sql`WHERE NOT c.overlay AND ${tid} IS NOT NULL AND ma.rep_id IS NULL`,
        );
        return sql`${rows} UNION ALL ${unassigned}`;
      }
      // Deal groupings: the deal's revenue credit of the reps in scope, under the deal's (or its
      // account's) attribute; every credit row of a deal has the same key, so the deal is in one row.
      case 'TYPE':
      case 'SOURCE':
      case 'LOSS_REASON':
      case 'COMPETITOR':
        return select(sql`c.dattr`, TRUE, members, revenue);
      case 'ACCOUNT_INDUSTRY':
      case 'ACCOUNT_SEGMENT': {
        const column = grouping === 'ACCOUNT_INDUSTRY' ? sql`a.industry` : sql`a.segment::text`;
        const account = sql`JOIN "Account" a ON a.id = c.account_id AND a."organizationId" = ${org}`;
        return select(column, TRUE, sql`${account} ${members}`, revenue);
      }
      default:
        return select(sql`l.pid::text`, TRUE, members, revenue);
    }
  };

  // Unsplit deals: one row per (group, deal) already, so they are summed without de-duplication.
  const singleParts: Sql[] = [];
  const singleCtes: Sql[] = [];
  if (grouping) {
    singleCtes.push(sql`single_group AS (
      SELECT b.idx, o.gkey, ${factColumns(inClose, inCreated, WHOLE)} FROM (${keyedRows('single', false)}) o ${rowBucket} GROUP BY 1, 2)`);
    singleParts.push(sql`SELECT idx, false AS total, gkey, ${FACT_NAMES} FROM single_group`);
  }
  if (totals) {
    // Only where each unsplit deal is in exactly one group are the groups' sums the total.
    if (grouping && !productInGroups && !byMember) {
      singleParts.push(sql`SELECT idx, true AS total, '' AS gkey, ${FACT_NAMES} FROM single_group`);
    } else {
      singleCtes.push(sql`single_total AS (
        SELECT b.idx, ${factColumns(inClose, inCreated, WHOLE)} FROM (${keyedRows('single', true)}) o ${rowBucket} GROUP BY 1)`);
      singleParts.push(sql`SELECT idx, true AS total, '' AS gkey, ${FACT_NAMES} FROM single_total`);
    }
  }

  if (!grouping && !totals) throw new Error('a metric query needs a grouping or the totals');
  // The REP grouping and the totals, without territory membership or product lines, sum the
  // stored credit lines (storedCreditCtes) instead of computing credit from deals and splits.
  const stored = (grouping === 'REP' || grouping === null) && !byMember && !productInGroups && !productInTotals;
  // Split deals. Without territory membership or product lines, a deal's credit rows need no
  // grouping per (group, deal) where one row of each deal in a group can be named instead
  // (credit_flag): in the total, the deal's revenue row of the lowest rep ID (`lead`; revenue
  // splits are unique per rep, and the owner's 100% row is a deal's only revenue row); in a REP
  // row, every row but an overlay row of a rep who also has a revenue row on the deal (`dup`).
  // Sums add every line either way; counts and cycle time count the named rows. Other groupings
  // (several reps in one group) go through `deal`.
  const flagTotals = totals && !byMember && !productInTotals;
  const flagReps = grouping === 'REP' && !byMember && !productInGroups;
  const multiBranches: Sql[] = [];
  if (grouping && !flagReps) multiBranches.push(keyedRows('credit', false));
  if (totals && !flagTotals) multiBranches.push(keyedRows('credit', true));
  const flagBranches: Sql[] = [];
  if (flagReps) {
    flagBranches.push(sql`SELECT b.idx, false AS total, o.rep_id::text AS gkey, ${factColumns(inClose, inCreated, flagged(sql`NOT o.dup`))}
        FROM credit_flag o ${inBucket} GROUP BY b.idx, o.rep_id`);
  }
  if (flagTotals) {
    flagBranches.push(sql`SELECT b.idx, true AS total, '' AS gkey, ${factColumns(inClose, inCreated, flagged(sql`o.lead`))}
        FROM credit_flag o ${inBucket} WHERE NOT o.overlay GROUP BY b.idx`);
  }
  const multiCtes: Sql[] = [];
  if (multiBranches.length) {
    multiCtes.push(sql`keyed AS (${join(multiBranches, ' UNION ALL ')}),
    deal AS (
      SELECT ${idxGroup} total, gkey, own, oid, sum(line) AS credit, sum(wline) AS wcredit, cd, xd, won, lost, open, prob
        FROM keyed
       -- The deal first: PostgreSQL sorts in this order, and comparing integers settles nearly every
       -- comparison where the group key first compared text (collated) for every pair.
       GROUP BY oid, ${idxGroup} total, gkey, own, amt, cd, xd, won, lost, open, prob
    )`);
    flagBranches.push(
      sql`SELECT b.idx, o.total, o.gkey, ${factColumns(inClose, inCreated, DEDUPED)} FROM deal o ${rowBucket} GROUP BY b.idx, o.total, o.gkey`,
    );
  }
  if (flagTotals || flagReps) {
    // One sort by (deal, rep) serves both windows.
    multiCtes.push(sql`credit_flag AS (
      SELECT c.*,
             NOT c.overlay AND c.rep_id = min(c.rep_id) FILTER (WHERE NOT c.overlay) OVER (PARTITION BY c.oid) AS lead,
             ${flagReps ? sql`c.overlay AND bool_or(NOT c.overlay) OVER (PARTITION BY c.oid, c.rep_id)` : sql`false`} AS dup
        FROM credit c
    )`);
  }
  multiCtes.push(sql`multi_fact AS (${join(flagBranches, ' UNION ALL ')})`);
  const parts = stored
    ? [sql`SELECT idx, total, gkey, ${FACT_NAMES} FROM stored_fact`]
    : [...singleParts, sql`SELECT idx, total, gkey, ${FACT_NAMES} FROM multi_fact`];
  const overlayApplies = sql`((NOT k.total AND ${grouping === 'TERRITORY'}::boolean) OR (k.total AND ${scope.territoryIds != null}::boolean))`;

  const dealCtes = stored
    ? storedCreditCtes(org, scope, { grouping, totals, minStart, maxEnd, inClose, inCreated, inBucket })
    : sql`
    opp AS (
      SELECT ${dealColumns} FROM "Opportunity" o
       WHERE o."organizationId" = ${org} AND ${closing} ${territoryFilter}
      UNION ALL
      SELECT ${dealColumns} FROM "Opportunity" o
       WHERE o."organizationId" = ${org} AND o."createdDate" >= ${minStart}::date AND o."createdDate" < ${maxEnd}::date
         AND NOT (${closing}) ${territoryFilter}
    ) ${lineCte} ${memberCte},
    sp AS (
      SELECT s."opportunityId" AS oid, s."repId" AS rep_id, s.percent AS pct, s."splitType" = 'OVERLAY' AS overlay,
             opp.amount, opp.account_id, opp.cd, opp.xd, opp.won, opp.lost, opp.open, opp.prob ${carry('opp')}
        FROM "OpportunitySplit" s JOIN opp ON opp.id = s."opportunityId"
       WHERE s."organizationId" = ${org}
    ),
    split_deal AS (SELECT sp.oid, bool_or(NOT sp.overlay) AS has_revenue FROM sp GROUP BY sp.oid),
    single AS (
      SELECT o.id AS oid, o.owner_id AS rep_id, 1::numeric AS pct, false AS overlay, o.amount, o.account_id,
             o.cd, o.xd, o.won, o.lost, o.open, o.prob ${carry('o')}, r.region, r.segment, ${hierarchy.team} AS team_id
        FROM opp o JOIN "Rep" r ON r.id = o.owner_id ${hierarchy.managerJoin}
       WHERE r."organizationId" = ${org} ${repConditions(scope)}
         AND NOT EXISTS (SELECT 1 FROM split_deal d WHERE d.oid = o.id)
    ),
    credit AS (
      SELECT c.*, r.region, r.segment, ${hierarchy.team} AS team_id
        FROM (${withLines(sql`
          SELECT sp.*, sp.amount AS amt FROM sp
          UNION ALL
          SELECT o.id, o.owner_id, 1::numeric, false, o.amount, o.account_id, o.cd, o.xd, o.won, o.lost, o.open, o.prob
                 ${carry('o')}, o.amount
            FROM opp o JOIN split_deal d ON d.oid = o.id AND NOT d.has_revenue`)}
        ) c
        JOIN "Rep" r ON r.id = c.rep_id ${hierarchy.managerJoin}
       WHERE r."organizationId" = ${org} ${repConditions(scope)}
    ),
    ${join(singleCtes, ', ')}${singleCtes.length ? sql`,` : empty}
    ${join(multiCtes, ', ')}`;

  return sql`
    WITH bucket AS (
      SELECT * FROM unnest(${buckets.map((_, i) => i)}::int[], ${buckets.map((b) => isoDay(b.start))}::date[],
                           ${buckets.map((b) => isoDay(b.end))}::date[]) AS b(idx, bstart, bend)
    ), ${hierarchy.ctes}
    ${dealCtes},
    facts AS (
      SELECT idx, total, gkey, sum(bookings) AS bookings, sum(won_count)::int AS won_count,
             sum(lost_count)::int AS lost_count, sum(cycle_sum) AS cycle_sum, sum(created) AS created,
             sum(open_amt) AS open_amt, sum(open_count)::int AS open_count, sum(weighted) AS weighted,
             sum(overlay_bookings) AS overlay_bookings
        FROM (${join(parts, ' UNION ALL ')}) p
       GROUP BY idx, total, gkey
    ),
    ${quotaCtes(ctx, q)},
    ${overlayQuotaCte(ctx, q)},
    metric AS (
      SELECT m.*,
             round(m.bookings / NULLIF(m.quota, 0), 6) AS attainment,
             round(m.won_count::numeric / NULLIF(m.won_count + m.lost_count, 0), 6) AS win_rate,
             ${sqlRoundCents(sql`m.bookings / NULLIF(m.won_count, 0)`)} AS avg_deal_size,
             round(m.cycle_sum / NULLIF(m.won_count, 0), 2) AS sales_cycle_days,
             round(m.open_amt / NULLIF(GREATEST(m.quota - m.bookings, 0), 0), 6) AS coverage,
             ${sqlRoundCents(sql`m.open_count * m.bookings * m.won_count
                   / NULLIF((m.won_count + m.lost_count) * m.cycle_sum, 0)`)} AS velocity
        FROM (
          SELECT k.idx, k.total, k.gkey,
                 coalesce(f.bookings, 0) AS bookings, coalesce(q.quota, 0) AS quota,
                 coalesce(f.won_count, 0) AS won_count, coalesce(f.lost_count, 0) AS lost_count,
                 coalesce(f.cycle_sum, 0) AS cycle_sum, coalesce(f.created, 0) AS created,
                 coalesce(f.open_amt, 0) AS open_amt, coalesce(f.open_count, 0) AS open_count,
                 coalesce(f.weighted, 0) AS weighted,
                 CASE WHEN ${overlayApplies} THEN coalesce(f.overlay_bookings, 0) END AS overlay_bookings,
                 CASE WHEN ${overlayApplies} THEN coalesce(oq.quota, 0) END AS overlay_quota
            FROM (SELECT idx, total, gkey FROM facts UNION SELECT idx, total, gkey FROM quotas
                  UNION SELECT idx, total, gkey FROM overlay_quotas) k
            LEFT JOIN facts f ON f.idx = k.idx AND f.total = k.total AND f.gkey = k.gkey
            LEFT JOIN quotas q ON q.idx = k.idx AND q.total = k.total AND q.gkey = k.gkey
            LEFT JOIN overlay_quotas oq ON oq.idx = k.idx AND oq.total = k.total AND oq.gkey = k.gkey
        ) m
    )`;
}

/**
 * Individual quotas per bucket and group. A rep's quota for a bucket (a fiscal year, quarter or
 * month) is the one of docs/design.md §5, from plans/quota-rule.ts: the plan of the fiscal year,
 * rows summed up and spread down, counted only for a rep employed during the bucket (as in the
 * forecast). Team quotas (managers, executives) are left out: they restate their team's quotas
 * and would count them twice. Overlay reps' quotas count in the REP grouping
 * only (see OVERLAY_QUOTA_ROLES).
 */
function quotaCtes(ctx: PerformanceContext, q: MetricQuery): Sql {
  const org = ctx.organizationId;
  const { scope, grouping } = q;
  const totals = q.totals ?? true;
  // Its CTEs are metricCtes' (quotaCtes is part of that statement).
  const hierarchy = hierarchySource(org, scope.hierarchyAsOf);
  const assignedIn = (territories: Sql) => sql`
    SELECT 1 FROM "TerritoryAssignment" ta
     WHERE ta."organizationId" = ${org} AND ta."repId" = q.rep_id AND ta.role = 'PRIMARY'
       AND ta."startDate" < q.bend AND (ta."endDate" IS NULL OR ta."endDate" > q.bstart) ${territories}`;
  const territoryScope = scope.territoryIds
    ? sql`AND EXISTS (${assignedIn(sql`AND ta."territoryId" = ANY(${scope.territoryIds}::int[])`)})`
    : empty;

  const team = sql`qb.role <> ALL(${[...OVERLAY_QUOTA_ROLES]}::text[])`;
  const branches: Sql[] = [];
  // No quota per product or deal attribute: quota belongs to people (docs/design.md §5).
  if (grouping && grouping !== 'PRODUCT' && !isDealGrouping(grouping)) {
    if (grouping === 'TERRITORY') {
      branches.push(sql`
        SELECT qb.idx, false AS total, coalesce(t.tid::text, '') AS gkey, sum(qb.amount) AS quota
          FROM qb LEFT JOIN LATERAL (
            SELECT DISTINCT ta."territoryId" AS tid FROM "TerritoryAssignment" ta
             WHERE ta."organizationId" = ${org} AND ta."repId" = qb.rep_id AND ta.role = 'PRIMARY'
               AND ta."startDate" < qb.bend AND (ta."endDate" IS NULL OR ta."endDate" > qb.bstart)
               ${scope.territoryIds ? sql`AND ta."territoryId" = ANY(${scope.territoryIds}::int[])` : empty}
          ) t ON true
         WHERE ${team}
         GROUP BY 1, 2, 3`);
    } else {
      const key = {
        REP: sql`qb.rep_id::text`,
        MANAGER: sql`coalesce(qb.team_id::text, '')`,
        REGION: sql`qb.region`,
        SEGMENT: sql`coalesce(qb.segment::text, '')`,
      }[grouping];
      const where = grouping === 'REP' ? empty : sql`WHERE ${team}`;
      branches.push(
        sql`SELECT qb.idx, false AS total, ${key} AS gkey, sum(qb.amount) AS quota FROM qb ${where} GROUP BY 1, 2, 3`,
      );
    }
  }
  if (totals) {
    branches.push(
      sql`SELECT qb.idx, true AS total, '' AS gkey, sum(qb.amount) AS quota FROM qb WHERE ${team} GROUP BY 1`,
    );
  }
  const quotas = branches.length
    ? join(branches, ' UNION ALL ')
    : sql`SELECT 0 AS idx, false AS total, '' AS gkey, 0::numeric AS quota WHERE false`;

  return sql`
    ${quotaRuleCtes({
      organizationId: org,
      fiscalYearStartMonth: ctx.fiscalYearStartMonth,
      fiscalYears: q.fiscalYears,
      reps: scope.reps,
      periods: q.buckets,
    })},
    qrow AS (
      SELECT b.idx, b.bstart, b.bend, rq.rep_id, rq.amount
        FROM rule_quota rq JOIN bucket b ON b.bstart = rq.ps AND b.bend = rq.pe
    ),
    qb_all AS (
      SELECT q.idx, q.bstart, q.bend, q.rep_id, q.amount, r.role::text AS role, r.region, r.segment,
             ${hierarchy.team} AS team_id
        FROM qrow q
        JOIN "Rep" r ON r.id = q.rep_id ${hierarchy.managerJoin}
       WHERE r."organizationId" = ${org}
         AND r.role::text <> ALL(${[...TEAM_QUOTA_ROLES]}::text[])
         AND ${employedDuring('r', sql`q.bstart`, sql`q.bend`)}
         ${repConditions(scope)}
         ${scope.productId != null ? sql`AND false` : empty}
    ),
    -- Under a territory scope only its PRIMARY reps' quotas count (qb_all keeps the others for
    -- the territory's overlay quota).
    qb AS (SELECT * FROM qb_all q WHERE true ${territoryScope}),
    quotas AS (${quotas})`;
}

/**
 * A territory's overlay quota per bucket (docs/design.md §5 Groupings): the individual and overlay
 * quotas of the reps holding an OVERLAY assignment to it during the bucket and no PRIMARY one.
 * Rows for the TERRITORY grouping, and the total of a territory scope (reps OVERLAY in one of its
 * territories and PRIMARY in none). Empty otherwise.
 */
function overlayQuotaCte(ctx: PerformanceContext, q: MetricQuery): Sql {
  const org = ctx.organizationId;
  const { scope, grouping } = q;
  const totals = q.totals ?? true;
  const scoped = (column: Sql) => (scope.territoryIds ? sql`AND ${column} = ANY(${scope.territoryIds}::int[])` : empty);
  /** Assignments `ta` of the quota row's rep overlapping its bucket. */
  const during = sql`ta."organizationId" = ${org} AND ta."repId" = qb.rep_id
    AND ta."startDate" < qb.bend AND (ta."endDate" IS NULL OR ta."endDate" > qb.bstart)`;
  const branches: Sql[] = [];
  if (grouping === 'TERRITORY') {
    branches.push(sql`
      SELECT qb.idx, false AS total, t.tid::text AS gkey, sum(qb.amount) AS quota
        FROM qb_all qb JOIN LATERAL (
          SELECT ta."territoryId" AS tid FROM "TerritoryAssignment" ta
           WHERE ${during} ${scoped(sql`ta."territoryId"`)}
           GROUP BY ta."territoryId"
          HAVING bool_or(ta.role = 'OVERLAY') AND NOT bool_or(ta.role = 'PRIMARY')
        ) t ON true
       GROUP BY 1, 2, 3`);
  }
  if (totals && scope.territoryIds) {
    branches.push(sql`
      SELECT qb.idx, true AS total, '' AS gkey, sum(qb.amount) AS quota
        FROM qb_all qb
       WHERE (SELECT bool_or(ta.role = 'OVERLAY') AND NOT bool_or(ta.role = 'PRIMARY')
                FROM "TerritoryAssignment" ta WHERE ${during} ${scoped(sql`ta."territoryId"`)})
       GROUP BY 1`);
  }
  const rows = branches.length
    ? join(branches, ' UNION ALL ')
    : sql`SELECT 0 AS idx, false AS total, '' AS gkey, 0::numeric AS quota WHERE false`;
  return sql`overlay_quotas AS (${rows})`;
}

/** The label join and columns for the group keys of a grouping. */
function labelJoin(ctx: PerformanceContext, grouping: AttributeGrouping | null): { column: Sql; join: Sql } {
  const org = ctx.organizationId;
  const table = {
    REP: 'Rep',
    MANAGER: 'Rep',
    TERRITORY: 'Territory',
    PRODUCT: 'Product',
    LOSS_REASON: 'LossReason',
  } as const;
  const name = grouping && grouping in table ? table[grouping as keyof typeof table] : null;
  if (!name) return { column: sql`NULL::text AS name`, join: empty };
  return {
    column: name === 'LossReason' ? sql`lbl.label AS name` : sql`lbl.name`,
    join: sql`LEFT JOIN ${Prisma.raw(`"${name}"`)} lbl
                ON NOT m.total AND lbl."organizationId" = ${org} AND lbl.id = NULLIF(m.gkey, '')::int`,
  };
}

interface RawMetricRow {
  idx: number;
  total: boolean;
  gkey: string;
  name: string | null;
  bookings: string;
  quota: string;
  attainment: string | null;
  won_count: number;
  lost_count: number;
  win_rate: string | null;
  avg_deal_size: string | null;
  sales_cycle_days: string | null;
  created: string;
  open_amt: string;
  open_count: number;
  weighted: string;
  coverage: string | null;
  velocity: string | null;
  overlay_bookings: string | null;
  overlay_quota: string | null;
}

const text = (v: string | null): DecimalText | null => (v == null ? null : new DecimalText(v));

/**
 * The metric statement: one row per (bucket, group) plus the totals (the benchmark runs it alone).
 * Figures come out as text already printed for the wire, money as fmt prints it and ratios as
 * Decimal#toFixed() does, so no Decimal is built per cell on the way to the response.
 */
export function metricStatement(ctx: PerformanceContext, q: MetricQuery): Sql {
  const label = labelJoin(ctx, q.grouping);
  const money = (column: string) => sql`${sqlMoneyText(Prisma.raw(`m.${column}`))} AS ${Prisma.raw(column)}`;
  const fraction = (column: string) => sql`${sqlDecimalText(Prisma.raw(`m.${column}`))} AS ${Prisma.raw(column)}`;
  return sql`
    ${metricCtes(ctx, q)}
    SELECT m.idx, m.total, m.gkey, ${label.column}, ${money('bookings')}, ${money('quota')}, ${fraction('attainment')},
           m.won_count, m.lost_count, ${fraction('win_rate')}, ${money('avg_deal_size')},
           ${fraction('sales_cycle_days')}, ${money('created')}, ${money('open_amt')}, m.open_count,
           ${money('weighted')}, ${fraction('coverage')}, ${money('velocity')}, ${money('overlay_bookings')},
           ${money('overlay_quota')}
      FROM metric m ${label.join}
     ORDER BY m.idx, m.total, m.gkey`;
}

/** Runs the metric statement. */
export async function queryMetrics(ctx: PerformanceContext, q: MetricQuery): Promise<MetricRow[]> {
  const rows = await ctx.prisma.$queryRaw<RawMetricRow[]>(metricStatement(ctx, q));
  return rows.map((r) => ({
    bucket: r.idx,
    total: r.total,
    key: r.gkey,
    name: r.name,
    bookings: new DecimalText(r.bookings),
    quota: new DecimalText(r.quota),
    attainment: text(r.attainment),
    wonCount: r.won_count,
    lostCount: r.lost_count,
    winRate: text(r.win_rate),
    avgDealSize: text(r.avg_deal_size),
    salesCycleDays: text(r.sales_cycle_days),
    pipelineCreated: new DecimalText(r.created),
    openPipeline: new DecimalText(r.open_amt),
    openCount: r.open_count,
    weightedPipeline: new DecimalText(r.weighted),
    coverage: text(r.coverage),
    velocity: text(r.velocity),
    overlayBookings: text(r.overlay_bookings),
    overlayQuota: text(r.overlay_quota),
  }));
}

const Exact = Dec.clone({ precision: 60 });

/** a / b rounded half away from zero to `places` decimals (as PostgreSQL's round does). */
export function ratio(
  a: Decimal | DecimalText | number | null,
  b: Decimal | DecimalText | number | null,
  places = 6,
): Decimal | null {
  if (a == null || b == null) return null;
  const d = new Exact(b.toString());
  if (d.isZero()) return null;
  return new Dec(new Exact(a.toString()).div(d).toDecimalPlaces(places, Exact.ROUND_HALF_UP).toString());
}
