// The forecast of a hierarchy node (docs/design.md §7): one statement rolls the period's deals, quotas
// and calls up the whole subtree, for the node, its direct reports and every node that made a call;
// the calls are then layered on top of the rollup here (a call overrides the rollup of its subtree,
// which itself stays as it is).
import { type ForecastSubmission, type OpportunityStage, Prisma } from '../generated/prisma/client.js';
import { OVERLAY_QUOTA_ROLES, TEAM_QUOTA_ROLES } from '../performance/metrics.js';
import { UserInputError } from '../shared/errors.js';
import { sqlRoundCents } from '../shared/money.js';
import { Decimal } from '../shared/scalars.js';
import { type DealScope, scopedDealCtes } from './dimension.js';
import type { ForecastPeriod } from './period.js';
import { sqlInstant } from './period.js';
import type { ForecastCaller } from './scope.js';
import {
  creditCte,
  dealCte,
  isCounted,
  isEmployedDuring,
  isOpen,
  lineCte,
  ownQuotaCte,
  treeCte,
  winRateCtes,
} from './sql.js';

/** The categories a call can be made for: Closed is a fact and Pipeline is not a call. */
export const CALL_CATEGORIES = ['COMMIT', 'BEST_CASE'] as const;
export type CallCategory = (typeof CALL_CATEGORIES)[number];

export interface ForecastCall {
  category: CallCategory;
  /** What the deals say: commitForecast or bestCaseForecast. Calls never change it. */
  rollup: Decimal;
  /** The node's own latest call for the period and category. */
  submission: ForecastSubmission | null;
  /** The calls below rolled up: the node's own deals plus each direct report's final call. */
  subtreeCall: Decimal;
  /** The number the node stands behind: its own call, else the calls below rolled up. */
  final: Decimal;
  /** quota - final. */
  gap: Decimal;
}

export interface ForecastNode {
  repId: number;
  /** Nodes of the period in the node's subtree, the node included. */
  subtreeSize: number;
  period: ForecastPeriod;
  closed: Decimal;
  commit: Decimal;
  bestCase: Decimal;
  pipeline: Decimal;
  commitForecast: Decimal;
  bestCaseForecast: Decimal;
  openPipeline: Decimal;
  weightedPipeline: Decimal;
  projection: Decimal;
  quota: Decimal;
  /** quota - commitForecast. */
  gap: Decimal;
  commitCall: ForecastCall;
  bestCaseCall: ForecastCall;
}

export interface Forecast {
  period: ForecastPeriod;
  node: ForecastNode;
  /** Direct reports of the node that are nodes of the period, by name. */
  children: ForecastNode[];
}

interface SubmissionColumns {
  id: number | null;
  amount: Decimal | null;
  note: string | null;
  by: string | null;
  at: Date | null;
}

interface RollupRow {
  id: number;
  /** The nodes from the root of the statement to this one (reps who are no node skipped). */
  path: number[];
  reps: number;
  closed: Decimal;
  commit: Decimal;
  best_case: Decimal;
  pipeline: Decimal;
  weighted: Decimal;
  projection: Decimal;
  quota: Decimal;
  commit_id: number | null;
  commit_amount: Decimal | null;
  commit_note: string | null;
  commit_by: string | null;
  commit_at: Date | null;
  best_case_id: number | null;
  best_case_amount: Decimal | null;
  best_case_note: string | null;
  best_case_by: string | null;
  best_case_at: Date | null;
  /** The calls below the node rolled up, as a change to its rollup (call_below); null: none. */
  commit_below: Decimal | null;
  best_case_below: Decimal | null;
}

export interface RollupOptions {
  /** Reconstruct deals from history and take calls as they stood at this moment. */
  asOf?: Date;
  /** Only the deals (or the part of them) of a product, territory, segment or region (dimension.ts). */
  scope?: DealScope | null;
}

/**
 * The rollup statement. Rows: the root and its direct reports (by name), each with the sums over
 * its subtree and what the calls below it change to its rollup (call_below, from the figures of
 * every node with a call, which stay in the statement: returning them, 1,405 rows on `large`, cost
 * more than the statement's own layering); only nodes of the period's tree (docs/design.md §7, "The
 * tree") are rows, and a direct report is a node whose nearest node above is the root, so the
 * people below a rep who is no node move up to the nearest node. The money figures follow "half-even
 * per line, totals as sums of rounded lines" (docs/design.md §11): a line is a rep's credited amount
 * of one deal, rounded half-even to the cent, and its weighted and projected amounts are that line
 * times the stage probability or win rate, rounded the same way; every figure is a sum of lines. Each
 * line is rounded once (lineCte), its weighted and projected lines only where they count (open deals
 * of a counted category), and the lines are summed straight per rep (1,284 reps on `large`, where
 * grouping by rep, stage and category first made 11,000 groups); the per-rep sums are spread to
 * every ancestor in one pass by unnesting the path from the root (a materialised path), so the cost
 * does not grow with the number of nodes reported; a rep who is no node spreads to the nodes above.
 *
 * A node's quota is the sum of the individual quotas of its subtree (docs/design.md §5, "One
 * dollar of quota is counted once"): the team quotas of managers and executives restate their
 * team's number and never count, and quotas of overlay roles count for the rep only, as overlay
 * credit is not forecast. Only the quotas of people employed during the period count: the team of
 * a period is the one in effect during it (§7, "The tree"), so a rep who left before the period
 * (or joins after it) adds no quota to it, even where the quota rule gives them a share of a year
 * row; the deals still credited to them do count, so the team's number is not short.
 */
export function rollupSql(caller: ForecastCaller, period: ForecastPeriod, rootId: number, options: RollupOptions = {}) {
  const org = caller.ctx.organization.id;
  const asOf = options.asOf ?? null;
  return Prisma.sql`
    WITH RECURSIVE ${treeCte(org, rootId, period)},
    ${options.scope ? scopedDealCtes(org, period, asOf, options.scope) : dealCte(org, period, asOf)},
    ${creditCte(org)},
    ${winRateCtes(org, period, !caller.ctx.readOnly)},
    ${ownQuotaCte(org, period, caller.ctx.organization.fiscalYearStartMonth)},
    latest_call AS (
      SELECT DISTINCT ON (f."ownerId", f.category) f.id, f."ownerId", f.category, f.amount, f.note, f."submittedBy", f."submittedAt"
        FROM "ForecastSubmission" f
       WHERE f."organizationId" = ${org} AND f."periodKey" = ${period.key} AND f."ownerId" IN (SELECT id FROM tree WHERE node)
         AND f.category IN ('COMMIT', 'BEST_CASE')
         ${asOf ? Prisma.sql`AND f."submittedAt" <= ${sqlInstant(asOf)}::timestamp` : Prisma.empty}
       ORDER BY f."ownerId", f.category, f."submittedAt" DESC, f.id DESC),
    target AS (
      SELECT id FROM tree WHERE node AND cardinality(nodes) <= 2
      UNION SELECT "ownerId" FROM latest_call),
    ${lineCte()},
    rep_figure AS (
      SELECT l."repId" AS id,
             sum(l.credited) FILTER (WHERE l.stage = 'CLOSED_WON') AS closed,
             sum(l.credited) FILTER (WHERE ${isOpen('l')} AND l.category = 'COMMIT') AS commit,
             sum(l.credited) FILTER (WHERE ${isOpen('l')} AND l.category = 'BEST_CASE') AS best_case,
             sum(l.credited) FILTER (WHERE ${isOpen('l')} AND l.category = 'PIPELINE') AS pipeline,
             sum(${sqlRoundCents(Prisma.sql`l.credited * w.probability`)}) FILTER (WHERE ${isOpen('l')} AND ${isCounted('l')}) AS weighted,
             sum(${sqlRoundCents(Prisma.sql`l.credited * w.rate`)}) FILTER (WHERE ${isOpen('l')} AND ${isCounted('l')}) AS projected_open
        FROM line l LEFT JOIN win_rate w ON w.stage = l.stage
       GROUP BY l."repId"),
    figure AS (
      SELECT a.id, (count(*) FILTER (WHERE t.node))::int AS reps,
             coalesce(sum(rf.closed), 0) AS closed, coalesce(sum(rf.commit), 0) AS commit,
             coalesce(sum(rf.best_case), 0) AS best_case, coalesce(sum(rf.pipeline), 0) AS pipeline,
             coalesce(sum(rf.weighted), 0) AS weighted, coalesce(sum(rf.projected_open), 0) AS projected_open
        FROM tree t CROSS JOIN LATERAL unnest(t.path) AS a(id)
        JOIN target g ON g.id = a.id
        LEFT JOIN rep_figure rf ON rf.id = t.id
       GROUP BY a.id),
    quota_holder AS (
      SELECT t.id, t.path, q.quota, r.role::text IN (${Prisma.join([...OVERLAY_QUOTA_ROLES])}) AS overlay
        FROM own_quota q JOIN tree t ON t.id = q.id JOIN "Rep" r ON r.id = q.id
       WHERE r."organizationId" = ${org} AND r.role::text NOT IN (${Prisma.join([...TEAM_QUOTA_ROLES])})
         AND ${isEmployedDuring('r', period)}),
    quota_rollup AS (
      SELECT a.id, sum(h.quota) AS quota
        FROM quota_holder h CROSS JOIN LATERAL unnest(h.path) AS a(id)
        JOIN target g ON g.id = a.id
       WHERE NOT h.overlay OR a.id = h.id
       GROUP BY a.id),
    node_row AS (
      SELECT f.id, t.nodes AS path, f.reps, r.name,
             f.closed, f.commit, f.best_case, f.pipeline, f.weighted,
             f.closed + f.projected_open AS projection, coalesce(qr.quota, 0) AS quota,
             cc.id AS commit_id, cc.amount AS commit_amount, cc.note AS commit_note,
             cc."submittedBy" AS commit_by, cc."submittedAt" AS commit_at,
             bc.id AS best_case_id, bc.amount AS best_case_amount, bc.note AS best_case_note,
             bc."submittedBy" AS best_case_by, bc."submittedAt" AS best_case_at
        FROM figure f JOIN tree t ON t.id = f.id JOIN "Rep" r ON r.id = f.id
        LEFT JOIN quota_rollup qr ON qr.id = f.id
        LEFT JOIN latest_call cc ON cc."ownerId" = f.id AND cc.category = 'COMMIT'
        LEFT JOIN latest_call bc ON bc."ownerId" = f.id AND bc.category = 'BEST_CASE'),
    -- The nodes with a call, per category, with their call less their rollup (what replacing
    -- their subtree's rollup by their call adds above them) ...
    call_of AS (
      SELECT n.id, n.path, 'COMMIT' AS category, n.commit_amount - (n.closed + n.commit) AS over_rollup
        FROM node_row n WHERE n.commit_amount IS NOT NULL
      UNION ALL
      SELECT n.id, n.path, 'BEST_CASE', n.best_case_amount - (n.closed + n.commit + n.best_case)
        FROM node_row n WHERE n.best_case_amount IS NOT NULL),
    -- ... each with every node above it in its path (k: the position) ...
    call_pos AS (
      SELECT c.category, c.id, c.over_rollup, x.id AS above_id, x.k
        FROM call_of c CROSS JOIN LATERAL unnest(c.path) WITH ORDINALITY AS x(id, k)
       WHERE x.k < cardinality(c.path)),
    -- ... the position of its nearest node above with a call of the same category ...
    call_above AS (
      SELECT p.category, p.id, max(p.k) AS k
        FROM call_pos p JOIN call_of a ON a.id = p.above_id AND a.category = p.category
       GROUP BY p.category, p.id),
    -- ... so it is topmost below that node and every node after it in its path: what the calls
    -- below each node change to its rollup (subtreeCall = rollup + this).
    call_below AS (
      SELECT p.above_id AS id, p.category, sum(p.over_rollup) AS over_rollup
        FROM call_pos p LEFT JOIN call_above u ON u.category = p.category AND u.id = p.id
       WHERE p.k >= coalesce(u.k, 0)
       GROUP BY p.above_id, p.category)
    SELECT n.id, n.path, n.reps, n.closed, n.commit, n.best_case, n.pipeline, n.weighted, n.projection, n.quota,
           n.commit_id, n.commit_amount, n.commit_note, n.commit_by, n.commit_at,
           n.best_case_id, n.best_case_amount, n.best_case_note, n.best_case_by, n.best_case_at,
           cb.over_rollup AS commit_below, bb.over_rollup AS best_case_below
      FROM node_row n
      LEFT JOIN call_below cb ON cb.id = n.id AND cb.category = 'COMMIT'
      LEFT JOIN call_below bb ON bb.id = n.id AND bb.category = 'BEST_CASE'
     WHERE cardinality(n.path) <= 2
     ORDER BY cardinality(n.path), n.name, n.id`;
}

function submissionOf(
  caller: ForecastCaller,
  period: ForecastPeriod,
  ownerId: number,
  category: CallCategory,
  s: SubmissionColumns,
): ForecastSubmission | null {
  if (s.id === null || s.amount === null || s.by === null || s.at === null) return null;
  return {
    id: s.id,
    organizationId: caller.ctx.organization.id,
    ownerId,
    periodKey: period.key,
    category,
    amount: s.amount,
    note: s.note,
    submittedBy: s.by,
    submittedAt: s.at,
  };
}

function callColumns(row: RollupRow, category: CallCategory): SubmissionColumns {
  return category === 'COMMIT'
    ? { id: row.commit_id, amount: row.commit_amount, note: row.commit_note, by: row.commit_by, at: row.commit_at }
    : {
        id: row.best_case_id,
        amount: row.best_case_amount,
        note: row.best_case_note,
        by: row.best_case_by,
        at: row.best_case_at,
      };
}

function rollupOf(row: RollupRow, category: CallCategory): Decimal {
  const commitForecast = new Decimal(row.closed).plus(row.commit);
  return category === 'COMMIT' ? commitForecast : commitForecast.plus(row.best_case);
}

/**
 * A node's calls. Below a node, every topmost node with a call (no call between it and the node)
 * replaces the rollup of its subtree by its call: subtreeCall = rollup + sum of (call - rollup)
 * over them, which the statement sums (call_below). A node's own call, if any, is the final number;
 * the rollup stays visible beside it.
 */
function composeCall(
  caller: ForecastCaller,
  period: ForecastPeriod,
  row: RollupRow,
  category: CallCategory,
): ForecastCall {
  const rollup = rollupOf(row, category);
  const below = category === 'COMMIT' ? row.commit_below : row.best_case_below;
  const subtreeCall = below === null ? rollup : rollup.plus(new Decimal(below));
  const submission = submissionOf(caller, period, row.id, category, callColumns(row, category));
  const final = submission ? new Decimal(submission.amount) : subtreeCall;
  return { category, rollup, submission, subtreeCall, final, gap: new Decimal(row.quota).minus(final) };
}

function nodeOf(caller: ForecastCaller, period: ForecastPeriod, row: RollupRow): ForecastNode {
  const d = (v: Decimal) => new Decimal(v);
  const closed = d(row.closed);
  const commit = d(row.commit);
  const bestCase = d(row.best_case);
  const pipeline = d(row.pipeline);
  const quota = d(row.quota);
  const commitForecast = closed.plus(commit);
  return {
    repId: row.id,
    subtreeSize: row.reps,
    period,
    closed,
    commit,
    bestCase,
    pipeline,
    commitForecast,
    bestCaseForecast: commitForecast.plus(bestCase),
    openPipeline: commit.plus(bestCase).plus(pipeline),
    weightedPipeline: d(row.weighted),
    projection: d(row.projection),
    quota,
    gap: quota.minus(commitForecast),
    commitCall: composeCall(caller, period, row, 'COMMIT'),
    bestCaseCall: composeCall(caller, period, row, 'BEST_CASE'),
  };
}

/** The forecast of `rootId` and its direct reports for the period, in one SQL statement. */
export async function computeForecast(
  caller: ForecastCaller,
  period: ForecastPeriod,
  rootId: number,
  options: RollupOptions = {},
): Promise<Forecast> {
  const rows = await caller.ctx.prisma.$queryRaw<RollupRow[]>(rollupSql(caller, period, rootId, options));
  const root = rows.find((r) => r.id === rootId && r.path.length === 1);
  // resolveNode refuses such a node first; this guards direct callers of the service.
  if (!root) throw new UserInputError('NOT_FOUND', `Rep ${rootId} is no node of the tree of ${period.key}`, ['repId']);
  return {
    period,
    node: nodeOf(caller, period, root),
    children: rows.filter((r) => r.path.length === 2 && r.path[0] === rootId).map((r) => nodeOf(caller, period, r)),
  };
}

export interface StageWinRate {
  stage: OpportunityStage;
  /** Stage probability, used when no closed deal went through the stage. */
  probability: Decimal;
  closedDeals: number;
  wonDeals: number;
  rate: Decimal;
}

/** The win rates the projection of a period uses, one per open stage, in funnel order. */
export async function stageWinRates(caller: ForecastCaller, period: ForecastPeriod): Promise<StageWinRate[]> {
  const org = caller.ctx.organization.id;
  return caller.ctx.prisma.$queryRaw<StageWinRate[]>(Prisma.sql`
    WITH ${winRateCtes(org, period, !caller.ctx.readOnly)}
    SELECT w.stage::text AS stage, w.probability, w.closed_deals AS "closedDeals", w.won_deals AS "wonDeals", w.rate
      FROM win_rate w ORDER BY w.stage`);
}
