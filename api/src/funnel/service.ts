// Funnel and win/loss analytics (docs/funnel.md, docs/design.md §15), from the deals and their
// stage history (OpportunityHistory: one row per state, the first at creation).
//
// Funnel: the deals CREATED in a fiscal period (a cohort), how far each got (its highest stage
// ever, CLOSED_WON above every open stage), how long it stayed in each stage it left, and at which
// stage the lost ones were lost; plus the pipeline created and won. Win/loss: the deals CLOSED in
// the period, won against lost, why the lost ones were lost and to which competitor.
//
// Each report is one SQL statement whatever the number of groups (GROUPING SETS give the groups and
// the total). Every statement counts only deals the caller may see (visibleDealSql, the rule of the
// opportunities connection) and each deal once per group: a deal is in a rep scope when its owner
// or one of its split reps is, as for visibility; REP, MANAGER, REGION and SEGMENT group by owner.
import { visibleDealSql } from '../access/deal-visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import { TEAM_QUOTA_ROLES } from '../performance/metrics.js';
import { type PerformanceContext, parsePeriod, resolveScope, type ScopeInput } from '../performance/scope.js';
import type { Period } from '../shared/calendar.js';
import { UserInputError } from '../shared/errors.js';
import { D, type Dec, ZERO } from '../shared/money.js';

const { sql, join, empty } = Prisma;
type Sql = Prisma.Sql;

/** The stages a deal moves through, in order; CLOSED_WON is the funnel's last step. */
export const FUNNEL_STAGES = [
  'PROSPECTING',
  'QUALIFICATION',
  'DISCOVERY',
  'PROPOSAL',
  'NEGOTIATION',
  'CLOSED_WON',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
/** The open stages: days in stage and "lost at" are about these. */
export const OPEN_STAGES = FUNNEL_STAGES.slice(0, 5) as readonly Exclude<FunnelStage, 'CLOSED_WON'>[];

export const FUNNEL_GROUPINGS = [
  'REP',
  'MANAGER',
  'TERRITORY',
  'REGION',
  'SEGMENT',
  'PRODUCT',
  'TYPE',
  'ACCOUNT_INDUSTRY',
  'ACCOUNT_SEGMENT',
  'SOURCE',
  'LOSS_REASON',
  'COMPETITOR',
] as const;
export type FunnelGrouping = (typeof FUNNEL_GROUPINGS)[number];

/**
 * Which report takes which grouping, and why the others are refused (docs/funnel.md has the
 * matrix). A deal is counted once per group, so a grouping must put each deal in one group:
 * PRODUCT cannot (a deal has several line items). LOSS_REASON exists on lost deals only, so it
 * would make every conversion and win rate 0: the reasons are a breakdown of each row instead.
 */
export const REFUSED: Record<'funnel' | 'winLoss', Partial<Record<FunnelGrouping, string>>> = {
  funnel: {
    PRODUCT: 'a deal has several products, and the funnel counts each deal once',
    LOSS_REASON: 'only lost deals have a loss reason; see lostAt for where deals were lost',
  },
  winLoss: {
    PRODUCT: 'a deal has several products, and win/loss counts each deal once',
    LOSS_REASON: 'only lost deals have a loss reason, so every win rate would be 0; read lossReasons of each row',
  },
};

export interface FunnelArgs {
  period: string;
  scope?: ScopeInput | null;
  groupBy?: FunnelGrouping | null;
}

/** A group of deals: its key ('' = deals without a value, e.g. no source) and its name. */
export interface GroupHead {
  /** null for the total row. */
  grouping: FunnelGrouping | null;
  key: string;
  label: string;
}

export interface StageStep {
  stage: FunnelStage;
  /** Deals of the cohort that reached the stage (their highest stage is it or a later one). */
  reached: number;
  /** reached of the next stage / reached of this one; null for CLOSED_WON and when none reached it. */
  conversionRate: Dec | null;
  /** Completed stays in the stage (the deal moved on, forward, back or closed): how many, mean and median days. */
  stays: number;
  meanDays: Dec | null;
  medianDays: Dec | null;
  /** Lost deals of the cohort whose last open stage was this one (0 for CLOSED_WON). */
  lostAt: number;
}

export interface FunnelRow extends GroupHead {
  /** Deals created in the period (the cohort). */
  deals: number;
  pipelineCreated: Dec;
  wonCount: number;
  pipelineWon: Dec;
  lostCount: number;
  /** Lost deals that were never in an open stage (created lost). */
  lostWithoutStage: number;
  stages: StageStep[];
}

export interface FunnelReport {
  period: Period;
  grouping: FunnelGrouping | null;
  rows: FunnelRow[];
  total: FunnelRow;
}

export interface Breakdown {
  /** Loss reason externalId or competitor name; '' = none given. */
  key: string;
  label: string;
  lostCount: number;
  lostAmount: Dec;
  /** Deals won with this competitor named (0 for loss reasons). */
  wonCount: number;
  /** wonCount / (wonCount + lostCount); null for loss reasons. */
  winRate: Dec | null;
}

export interface WinLossRow extends GroupHead {
  wonCount: number;
  lostCount: number;
  wonAmount: Dec;
  lostAmount: Dec;
  /** wonCount / (wonCount + lostCount), 6 decimals; null with no closed deal. */
  winRate: Dec | null;
  lossReasons: Breakdown[];
  competitors: Breakdown[];
}

export interface WinLossReport {
  period: Period;
  grouping: FunnelGrouping | null;
  rows: WinLossRow[];
  total: WinLossRow;
}

/** wonOrReached / of, half-up to 6 decimals, exactly; null when `of` is 0. */
function rate(part: number, of: number): Dec | null {
  return of === 0 ? null : new D(part).div(of).toDecimalPlaces(6, D.ROUND_HALF_UP);
}

const NONE_LABEL: Partial<Record<FunnelGrouping, string>> = {
  MANAGER: 'No manager',
  TERRITORY: 'No territory',
  SEGMENT: 'No segment',
  ACCOUNT_INDUSTRY: 'No industry',
  SOURCE: 'No source',
  COMPETITOR: 'No competitor',
};

/** The group key and label of a deal `o` (owner `r`, account `a`, loss reason `lr`) under a grouping. */
function groupColumns(grouping: FunnelGrouping | null): { key: Sql; label: Sql; joins: Sql } {
  const territory = sql`LEFT JOIN "Territory" t ON t.id = a."territoryId"`;
  const manager = sql`LEFT JOIN "Rep" m ON m.id = (CASE WHEN r.role::text = ANY(${[...TEAM_QUOTA_ROLES]}::text[]) THEN r.id ELSE r."managerId" END)`;
  switch (grouping) {
    case null:
      return { key: sql`''`, label: sql`''`, joins: empty };
    case 'REP':
      return { key: sql`r.id::text`, label: sql`r.name`, joins: empty };
    case 'MANAGER':
      return { key: sql`coalesce(m.id::text, '')`, label: sql`m.name`, joins: manager };
    case 'TERRITORY':
      return { key: sql`coalesce(t.id::text, '')`, label: sql`t.name`, joins: territory };
    case 'REGION':
      return { key: sql`r.region`, label: sql`r.region`, joins: empty };
    case 'SEGMENT':
      return { key: sql`coalesce(r.segment::text, '')`, label: sql`r.segment::text`, joins: empty };
    case 'TYPE':
      return { key: sql`o.type::text`, label: sql`o.type::text`, joins: empty };
    case 'ACCOUNT_INDUSTRY':
      return { key: sql`coalesce(a.industry, '')`, label: sql`a.industry`, joins: empty };
    case 'ACCOUNT_SEGMENT':
      return { key: sql`a.segment::text`, label: sql`a.segment::text`, joins: empty };
    case 'SOURCE':
      return { key: sql`coalesce(o.source, '')`, label: sql`o.source`, joins: empty };
    case 'COMPETITOR':
      return { key: sql`coalesce(o.competitor, '')`, label: sql`o.competitor`, joins: empty };
    case 'LOSS_REASON':
    case 'PRODUCT':
      throw new Error(`grouping ${grouping} reached SQL`);
  }
}

interface Prepared {
  period: Period;
  grouping: FunnelGrouping | null;
  /** The deals `o` of the scope the caller may see, with owner `r`, account `a` and group columns. */
  deals: (dateColumn: Sql, extra: Sql) => Sql;
}

async function prepare(ctx: PerformanceContext, args: FunnelArgs, report: 'funnel' | 'winLoss'): Promise<Prepared> {
  const period = parsePeriod(args.period, ctx.fiscalYearStartMonth);
  const grouping = args.groupBy ?? null;
  const why = grouping ? REFUSED[report][grouping] : undefined;
  if (grouping && why) {
    throw new UserInputError('INVALID', `${report} cannot be grouped by ${grouping}: ${why}`, ['groupBy']);
  }
  const scope = await resolveScope(ctx, args.scope);
  const org = ctx.organizationId;
  const group = groupColumns(grouping);
  const conditions: Sql[] = [visibleDealSql(ctx.visibility.reps, org, sql`o`)];
  if (args.scope?.repId != null) conditions.push(visibleDealSql(scope.reps, org, sql`o`));
  if (scope.region != null) conditions.push(sql`r.region = ${scope.region}`);
  if (scope.segment != null) conditions.push(sql`r.segment::text = ${scope.segment}`);
  if (scope.territoryIds) conditions.push(sql`a."territoryId" = ANY(${scope.territoryIds}::int[])`);
  const start = period.start.toISOString().slice(0, 10);
  const end = period.end.toISOString().slice(0, 10);
  return {
    period,
    grouping,
    deals: (dateColumn, extra) => sql`
      SELECT o.id, o.amount, o.stage::text AS stage, o.competitor, lr."externalId" AS reason, lr.label AS reason_label,
             ${group.key} AS gkey, ${group.label} AS glabel
        FROM "Opportunity" o
        JOIN "Rep" r ON r.id = o."ownerId" AND r."organizationId" = ${org}
        JOIN "Account" a ON a.id = o."accountId" AND a."organizationId" = ${org}
        LEFT JOIN "LossReason" lr ON lr.id = o."lossReasonId" AND lr."organizationId" = ${org}
        ${group.joins}
       WHERE o."organizationId" = ${org} AND o.${dateColumn} >= ${start}::date AND o.${dateColumn} < ${end}::date
         AND ${join(conditions, ' AND ')} ${extra}`,
  };
}

const ordinal = (column: Sql) =>
  sql`CASE ${column} ${join(
    FUNNEL_STAGES.map((s, i) => sql`WHEN ${s} THEN ${i}`),
    ' ',
  )} END`;

interface FunnelSqlRow {
  total: boolean;
  gkey: string | null;
  glabel: string | null;
  deals: number;
  created: string | null;
  won: number;
  won_amount: string | null;
  lost: number;
  lost_none: number;
  [column: string]: unknown;
}

/** The funnel's statement, after the arguments are checked (exported for the benchmark). */
export async function funnelSql(ctx: PerformanceContext, args: FunnelArgs): Promise<{ p: Prepared; statement: Sql }> {
  const p = await prepare(ctx, args, 'funnel');
  const org = ctx.organizationId;
  // Per stage: reached, lost at, and (from the stays) count, mean and median days.
  const dealColumns = join(
    [
      ...FUNNEL_STAGES.map(
        (_, i) => sql`count(*) FILTER (WHERE c.last AND c.top >= ${i})::int AS ${Prisma.raw(`reached_${i}`)}`,
      ),
      ...OPEN_STAGES.map(
        (s, i) =>
          sql`count(*) FILTER (WHERE c.last AND c.lost AND c.lost_at = ${s})::int AS ${Prisma.raw(`lost_at_${i}`)}`,
      ),
    ],
    ', ',
  );
  const stayColumns = join(
    OPEN_STAGES.flatMap((s, i) => [
      sql`count(*) FILTER (WHERE c.stage = ${s} AND c.days IS NOT NULL)::int AS ${Prisma.raw(`stays_${i}`)}`,
      sql`round(avg(c.days) FILTER (WHERE c.stage = ${s} AND c.days IS NOT NULL), 2)::text AS ${Prisma.raw(`mean_${i}`)}`,
      sql`round((percentile_cont(0.5) WITHIN GROUP (ORDER BY c.days) FILTER (WHERE c.stage = ${s} AND c.days IS NOT NULL))::numeric, 2)::text AS ${Prisma.raw(`median_${i}`)}`,
    ]),
    ', ',
  );
  const statement = sql`
    WITH d AS (${p.deals(sql`"createdDate"`, empty)}),
    -- Each deal's states in order (a deal without history: one row of nulls), and the stage before.
    h AS (
      SELECT d.id, d.gkey, d.glabel, d.amount, d.stage AS now, s.stage::text AS stage, s."changedAt" AS at,
             lag(s.stage::text) OVER w AS prev
        FROM d LEFT JOIN "OpportunityHistory" s ON s."opportunityId" = d.id AND s."organizationId" = ${org}
      WINDOW w AS (PARTITION BY d.id ORDER BY s."changedAt", s.id)
    ),
    -- One row per stay (the states where the stage changed): when the next stay began (null: this
    -- is the deal's last), the stage of the stay before, and the highest stage so far (at the last
    -- stay, the deal's highest). One window, so one pass over the sorted stays.
    e AS (
      SELECT h.*, lead(h.at) OVER w AS left_at, lag(h.stage) OVER w AS before,
             greatest(max(${ordinal(sql`h.stage`)}) OVER w, ${ordinal(sql`h.now`)}) AS top
        FROM h WHERE h.stage IS NULL OR h.prev IS DISTINCT FROM h.stage
      WINDOW w AS (PARTITION BY h.id ORDER BY h.at)
    ),
    -- Per deal (its last stay): the last open stage of a lost deal. Per stay: its length in days.
    c AS (
      SELECT e.gkey, e.glabel, e.amount, e.left_at IS NULL AS last, e.top, e.stage, e.now = 'CLOSED_WON' AS won, e.now = 'CLOSED_LOST' AS lost,
             CASE WHEN e.now = 'CLOSED_LOST' THEN (CASE WHEN e.stage = 'CLOSED_LOST' THEN e.before ELSE e.stage END) END AS lost_at,
             CASE WHEN e.left_at IS NOT NULL AND e.stage NOT IN ('CLOSED_WON', 'CLOSED_LOST')
                  THEN extract(epoch FROM e.left_at - e.at)::numeric / 86400 END AS days
        FROM e
    )
    SELECT grouping(c.gkey) = 1 AS total, c.gkey, max(c.glabel) AS glabel,
           count(*) FILTER (WHERE c.last)::int AS deals,
           sum(c.amount) FILTER (WHERE c.last)::text AS created,
           count(*) FILTER (WHERE c.last AND c.won)::int AS won,
           sum(c.amount) FILTER (WHERE c.last AND c.won)::text AS won_amount,
           count(*) FILTER (WHERE c.last AND c.lost)::int AS lost,
           count(*) FILTER (WHERE c.last AND c.lost AND c.lost_at IS NULL)::int AS lost_none,
           ${dealColumns}, ${stayColumns}
      FROM c GROUP BY GROUPING SETS ((c.gkey), ())
     ORDER BY 1, 2`;
  return { p, statement };
}

/** The funnel of the deals created in the period. */
export async function funnel(ctx: PerformanceContext, args: FunnelArgs): Promise<FunnelReport> {
  const { p, statement } = await funnelSql(ctx, args);
  const rows = await ctx.prisma.$queryRaw<FunnelSqlRow[]>(statement);

  const toRow = (r: FunnelSqlRow | undefined, head: GroupHead): FunnelRow => {
    const reached = FUNNEL_STAGES.map((_, i) => Number(r?.[`reached_${i}`] ?? 0));
    const num = (v: unknown) => (v == null ? null : new D(String(v)));
    return {
      ...head,
      deals: r?.deals ?? 0,
      pipelineCreated: r?.created ? new D(r.created) : ZERO,
      wonCount: r?.won ?? 0,
      pipelineWon: r?.won_amount ? new D(r.won_amount) : ZERO,
      lostCount: r?.lost ?? 0,
      lostWithoutStage: r?.lost_none ?? 0,
      stages: FUNNEL_STAGES.map((stage, i) => ({
        stage,
        reached: reached[i] as number,
        conversionRate: i + 1 < FUNNEL_STAGES.length ? rate(reached[i + 1] as number, reached[i] as number) : null,
        stays: i < OPEN_STAGES.length ? Number(r?.[`stays_${i}`] ?? 0) : 0,
        meanDays: i < OPEN_STAGES.length ? num(r?.[`mean_${i}`]) : null,
        medianDays: i < OPEN_STAGES.length ? num(r?.[`median_${i}`]) : null,
        lostAt: i < OPEN_STAGES.length ? Number(r?.[`lost_at_${i}`] ?? 0) : 0,
      })),
    };
  };
  const total = rows.find((r) => r.total);
  return {
    period: p.period,
    grouping: p.grouping,
    // Without a grouping every deal is in the one group '', the same as the total.
    rows: p.grouping ? rows.filter((r) => !r.total).map((r) => toRow(r, head(p.grouping, r.gkey, r.glabel))) : [],
    total: toRow(total, { grouping: null, key: 'TOTAL', label: 'Total' }),
  };
}

function head(grouping: FunnelGrouping | null, key: string | null, label: string | null): GroupHead {
  const k = key ?? '';
  return { grouping, key: k, label: k === '' ? (grouping && NONE_LABEL[grouping]) || 'None' : (label ?? k) };
}

interface WinLossSqlRow {
  part: 'row' | 'reason' | 'competitor';
  total: boolean;
  gkey: string | null;
  glabel: string | null;
  bkey: string | null;
  blabel: string | null;
  won: number;
  lost: number;
  won_amount: string | null;
  lost_amount: string | null;
}

/** The win/loss statement, after the arguments are checked (exported for the benchmark). */
export async function winLossSql(ctx: PerformanceContext, args: FunnelArgs): Promise<{ p: Prepared; statement: Sql }> {
  const p = await prepare(ctx, args, 'winLoss');
  const statement = sql`
    WITH d AS MATERIALIZED (${p.deals(sql`"closeDate"`, sql`AND o.stage::text IN ('CLOSED_WON', 'CLOSED_LOST')`)})
    SELECT CASE WHEN grouping(d.reason) = 0 THEN 'reason' WHEN grouping(d.competitor) = 0 THEN 'competitor' ELSE 'row' END AS part,
           grouping(d.gkey) = 1 AS total, d.gkey, max(d.glabel) AS glabel,
           coalesce(d.reason, d.competitor) AS bkey,
           CASE WHEN grouping(d.reason) = 0 THEN max(d.reason_label) ELSE d.competitor END AS blabel,
           count(*) FILTER (WHERE d.stage = 'CLOSED_WON')::int AS won,
           count(*) FILTER (WHERE d.stage = 'CLOSED_LOST')::int AS lost,
           sum(d.amount) FILTER (WHERE d.stage = 'CLOSED_WON')::text AS won_amount,
           sum(d.amount) FILTER (WHERE d.stage = 'CLOSED_LOST')::text AS lost_amount
      FROM d
     GROUP BY GROUPING SETS ((d.gkey), (d.gkey, d.reason), (d.gkey, d.competitor), (), (d.reason), (d.competitor))
     ORDER BY 2, 3, coalesce(d.reason, d.competitor, '')`;
  return { p, statement };
}

/** Win/loss of the deals closed (won or lost) in the period. */
export async function winLoss(ctx: PerformanceContext, args: FunnelArgs): Promise<WinLossReport> {
  const { p, statement } = await winLossSql(ctx, args);
  const rows = await ctx.prisma.$queryRaw<WinLossSqlRow[]>(statement);

  const byGroup = new Map<string, WinLossRow>();
  const rowOf = (r: WinLossSqlRow): WinLossRow => {
    const id = r.total ? 'TOTAL' : `g:${r.gkey ?? ''}`;
    let row = byGroup.get(id);
    if (!row) {
      row = {
        ...(r.total ? { grouping: null, key: 'TOTAL', label: 'Total' } : head(p.grouping, r.gkey, r.glabel)),
        wonCount: 0,
        lostCount: 0,
        wonAmount: ZERO,
        lostAmount: ZERO,
        winRate: null,
        lossReasons: [],
        competitors: [],
      };
      byGroup.set(id, row);
    }
    return row;
  };
  for (const r of rows) {
    const row = rowOf(r);
    if (r.part === 'row') {
      row.wonCount = r.won;
      row.lostCount = r.lost;
      row.wonAmount = r.won_amount ? new D(r.won_amount) : ZERO;
      row.lostAmount = r.lost_amount ? new D(r.lost_amount) : ZERO;
      row.winRate = rate(r.won, r.won + r.lost);
    } else if (r.part === 'reason' && r.lost > 0) {
      // A reason is only on lost deals; the won deals of the group fall in the '' bucket.
      row.lossReasons.push(breakdown(r, 'No reason given', false));
    } else if (r.part === 'competitor') {
      row.competitors.push(breakdown(r, 'No competitor named', true));
    }
  }
  const total = byGroup.get('TOTAL') ?? rowOf({ total: true } as WinLossSqlRow);
  byGroup.delete('TOTAL');
  return { period: p.period, grouping: p.grouping, rows: p.grouping ? [...byGroup.values()] : [], total };
}

function breakdown(r: WinLossSqlRow, none: string, withWins: boolean): Breakdown {
  const key = r.bkey ?? '';
  return {
    key,
    label: key === '' ? none : (r.blabel ?? key),
    lostCount: r.lost,
    lostAmount: r.lost_amount ? new D(r.lost_amount) : ZERO,
    wonCount: withWins ? r.won : 0,
    winRate: withWins ? rate(r.won, r.won + r.lost) : null,
  };
}
