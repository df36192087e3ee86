// The whitespace SQL (docs/design.md §6; definitions in docs/whitespace.md). Everything is computed in
// the database and set-based: no statement ever builds the full account x product matrix. It
// rests on one observation: for a whitespace cell the account owns neither the product nor is it
// among the owners, so propensity and estimated value depend only on the account's peer group
// (industry, segment) and the product. Statistics per (group, product) are computed once per
// statement; any total over cells is then "every cell of the group" minus the few cells that
// are OWNED or IN_PIPELINE, which are sparse rows (AccountProduct and open line items).
//
// Raw SQL is not tenant-scoped by Prisma: every table read here is filtered by organizationId.
import { visibleDealSql } from '../access/deal-visibility.js';
import { type RepSet, visibleRepSql } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Segment } from '../generated/prisma/enums.js';
import { OPEN_STAGES } from '../pipeline/stages.js';
import { sqlRoundCents } from '../shared/money.js';
import type { Decimal } from '../shared/scalars.js';

type Sql = Prisma.Sql;
const sql = Prisma.sql;

/** Which accounts the rows are about; every given condition applies. Ids are database ids. */
export interface ScopeFilter {
  /** Accounts owned by this rep. */
  repId?: number;
  /** Accounts owned by this rep or anyone below them in the hierarchy. */
  managerId?: number;
  /** Accounts of this territory or of any territory below it. */
  territoryId?: number;
  region?: string;
  industry?: string;
  segments?: Segment[];
  accountIds?: number[];
}

/**
 * What a matrix column is: a product family (every active product of the family is one need,
 * docs/design.md §6 "Editions are one need"), or a single product (the catalog view).
 */
export type Granularity = 'family' | 'product';

/** A validated request: scope, product columns, threshold and the caller's visibility. */
export interface WhitespaceQuery {
  organizationId: number;
  scope: ScopeFilter;
  granularity: Granularity;
  /** Product families of the matrix columns; null = every family. */
  families: string[] | null;
  /** Whitespace cells below this propensity are left out; null = none left out. */
  minPropensity: Decimal | null;
  /** Owners whose accounts the caller may see (organization-wide: accounts without an owner too). */
  accountOwners: RepSet;
  /**
   * Reps whose deals the caller may see (owned or credited by a split, as row-policy.ts has it):
   * only those deals make a cell IN_PIPELINE and count as open pipeline.
   */
  dealReps: RepSet;
  /** Peer statistics remembered from an earlier statement; null or absent = compute them. */
  peerStats?: PeerStats | null;
  /**
   * The day (ISO) the matrix describes: an installed product is owned from its `since` day until
   * the day before its `endDate` (docs/design.md §6), so one that has ended is not owned.
   */
  asOf: string;
}

/**
 * The peer statistics of a whole organization as of one revision (`Organization.peerStatsRevision`,
 * changed by triggers whenever an account's industry or segment or an installed product changes):
 * every (industry, segment) group with its size, numbered from 1 by (industry, segment), and per
 * group and product (active or not) the owning accounts and their median ARR.
 */
export interface PeerStats {
  revision: string;
  /** The day (ISO) the statistics describe: ownership changes with the day, not only with writes. */
  asOf: string;
  /** One entry per group: its number is its position + 1. */
  groups: { industry: string; segment: Segment; accounts: number }[];
  /** Per (group number, product) with at least one owner; `median` is an exact decimal text. */
  owners: { gid: number; productId: number; owners: number; median: string }[];
  /**
   * Per (group number, family) with at least one account owning an active product of the family:
   * those accounts and the median of their ARR over the family's active products.
   */
  families: { gid: number; family: string; owners: number; median: string }[];
}

/** Today's date in UTC, as an ISO day: the default day of a whitespace matrix. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * An installed product row `alias` of "AccountProduct" is owned on the query's day: installed by
 * then and not yet ended (`endDate` is the first day it is no longer installed).
 */
function installedOn(q: WhitespaceQuery, alias: string): Sql {
  const a = Prisma.raw(alias);
  return sql`${a}.since <= ${q.asOf}::date AND (${a}."endDate" IS NULL OR ${a}."endDate" > ${q.asOf}::date)`;
}

/** Conditions on a row `a` of "Account" (already limited to the organization). */
function scopeConditions(q: WhitespaceQuery): Sql[] {
  const s = q.scope;
  const conditions: Sql[] = [sql`true`];
  if (s.repId !== undefined) conditions.push(sql`a."ownerId" = ${s.repId}`);
  if (s.managerId !== undefined) conditions.push(sql`a."ownerId" IN (SELECT id FROM team)`);
  if (s.territoryId !== undefined) conditions.push(sql`a."territoryId" IN (SELECT id FROM territory_tree)`);
  if (s.region !== undefined) conditions.push(sql`a.region = ${s.region}`);
  if (s.industry !== undefined) conditions.push(sql`a.industry = ${s.industry}`);
  if (s.segments !== undefined) conditions.push(sql`a.segment::text = ANY(${s.segments}::text[])`);
  if (s.accountIds !== undefined) conditions.push(sql`a.id = ANY(${s.accountIds}::int[])`);
  conditions.push(visibleRepSql(q.accountOwners, sql`a."ownerId"`));
  return conditions;
}

/**
 * A column of `scope` that the covered cells may carry, as the statement needs: the peer group
 * `gid` always, the owner or territory for a summary by rep or territory. Integers only, so that
 * grouping the sparse rows into cells stays cheap (an account's industry and segment are its
 * group's): every column more in that grouping costs (2026-12-07).
 */
type AccountColumn = 'gid' | 'owner_id' | 'territory_id';

/** `, alias.column` for each column: code constants, never input. */
function accountColumns(alias: string, columns: readonly AccountColumn[]): Sql {
  return Prisma.raw(columns.map((c) => `, ${alias}.${c}`).join(''));
}

/**
 * How the sparse rows (installed products, open line items) of a set of accounts are read:
 * `probe` looks them up account by account and open opportunity by opportunity on their indexes
 * (nested loops driven by the accounts, forced by OFFSET 0, which keeps the planner from
 * flattening the lateral subqueries); otherwise plain joins, which PostgreSQL hashes over whole
 * tables. Probing is several times faster for a part of the organization (a territory's 9,778
 * accounts on large: 211,248 installed products and 774,000 line items hashed otherwise, as the
 * planner over-estimates the part); for the whole organization the hash joins are faster. The
 * planner does not choose well between them by itself: it estimates a scope condition's accounts
 * by default selectivities, not by the territory or the team.
 */
function probes(q: WhitespaceQuery): boolean {
  return Object.values(q.scope).some((v) => v !== undefined) || q.accountOwners.kind !== 'organization';
}

/**
 * The installed products of the accounts of `accounts` (a CTE with an `id`, and the columns of
 * `columns`) among `products`, one row each: `account_id`, `col` (the product's column: the
 * product itself, or at family granularity the family's representative, `products.col`), `arr`,
 * then `columns`. When probing, the probes are finished (OFFSET 0) before `products` is joined,
 * so that it is hashed once rather than scanned per account.
 */
function installsSql(q: WhitespaceQuery, accounts: Sql, probe: boolean, columns: readonly AccountColumn[]): Sql {
  const org = q.organizationId;
  const extra = accountColumns('s', columns);
  return probe
    ? sql`SELECT s.id AS account_id, p.col, s.arr ${extra}
      FROM (SELECT s.id, x."productId" AS product_id, x.arr ${extra}
              FROM ${accounts} s
             CROSS JOIN LATERAL (
                   SELECT x."productId", x.arr FROM "AccountProduct" x
                    WHERE x."accountId" = s.id AND x."organizationId" = ${org} AND ${installedOn(q, 'x')} OFFSET 0) x
            OFFSET 0) s
      JOIN products p ON p.id = s.product_id`
    : sql`SELECT s.id AS account_id, p.col, ap.arr ${extra}
      FROM "AccountProduct" ap
      JOIN ${accounts} s ON s.id = ap."accountId"
      JOIN products p ON p.id = ap."productId"
     WHERE ap."organizationId" = ${org} AND ${installedOn(q, 'ap')}`;
}

/**
 * The OWNED cells of the accounts of `accounts`, with the ARR of each (at family granularity the
 * family's installed products added up): what a matrix page shows.
 */
function ownedWithArrSql(q: WhitespaceQuery, accounts: Sql): Sql {
  return sql`SELECT i.account_id, i.col AS product_id, sum(i.arr) AS arr
      FROM (${installsSql(q, accounts, true, [])}) i
     GROUP BY i.account_id, i.col`;
}

/**
 * Open stages as literals, not parameters: the partial index "Opportunity_open_account_idx" (on
 * open opportunities only) is usable only when the planner can prove this condition implies the
 * index's, which it does for the same constants. The stages are the code's own enum values.
 */
const OPEN_STAGE_CONDITION = Prisma.raw(`o.stage IN (${OPEN_STAGES.map((s) => `'${s}'`).join(', ')})`);

/**
 * The line items on open opportunities of the accounts of `accounts` (a CTE with an `id`, and the
 * `columns`) that the caller may see (`q.dealReps`), among `products`, one row each:
 * `account_id`, `col` (as in installsSql), `amount`, then `columns`. Probing starts from the accounts: started from
 * the open opportunities, the planner probed the line items of every open opportunity of the
 * organization before keeping a territory's (1.7 s instead of 0.2 s on large, 2026-12-07).
 */
function pipelineItemsSql(q: WhitespaceQuery, accounts: Sql, probe: boolean, columns: readonly AccountColumn[]): Sql {
  const org = q.organizationId;
  const visible = visibleDealSql(q.dealReps, org, sql`o`);
  const extra = accountColumns('s', columns);
  const items = probe
    ? sql`SELECT s.id, li."productId" AS product_id, li."totalPrice" AS amount ${extra}
              FROM ${accounts} s
             CROSS JOIN LATERAL (
                   SELECT o.id FROM "Opportunity" o
                    WHERE o."accountId" = s.id AND o."organizationId" = ${org} AND ${OPEN_STAGE_CONDITION}
                      AND ${visible}
                   OFFSET 0) o
             CROSS JOIN LATERAL (
                   SELECT l."productId", l."totalPrice" FROM "OpportunityLineItem" l
                    WHERE l."opportunityId" = o.id AND l."organizationId" = ${org} OFFSET 0) li
            OFFSET 0`
    : sql`SELECT s.id, li."productId" AS product_id, li."totalPrice" AS amount ${extra}
              FROM "Opportunity" o
              JOIN ${accounts} s ON s.id = o."accountId"
              JOIN "OpportunityLineItem" li ON li."opportunityId" = o.id AND li."organizationId" = ${org}
             WHERE o."organizationId" = ${org} AND ${OPEN_STAGE_CONDITION} AND ${visible}`;
  return sql`SELECT s.id AS account_id, p.col, s.amount ${extra}
      FROM (${items}) s
      JOIN products p ON p.id = s.product_id`;
}

/** The open pipeline of the accounts of `accounts` per column: what a matrix page shows. */
function pipelineSql(q: WhitespaceQuery, accounts: Sql): Sql {
  return sql`SELECT i.account_id, i.col AS product_id, sum(i.amount) AS amount
      FROM (${pipelineItemsSql(q, accounts, true, [])}) i
     GROUP BY i.account_id, i.col`;
}

/**
 * `pipeline_items`: the scope's open line items (pipelineItemsSql), with the account columns
 * `columns`. `covered_cells`: the non-whitespace cells of the scope, one row each, with the
 * account columns and `owned` (OWNED; otherwise IN_PIPELINE). The installed products and
 * the open line items are read once each and grouped together into cells in one pass, on integer
 * keys (a family's editions are one cell), with nothing but a flag per cell: grouping them apart
 * and joining the two, or adding up the line items' amounts per cell as well (about 450 bytes of
 * state per cell, 88 MB for the organization on large), took most of a whole-organization summary
 * (2026-12-07). Open pipeline is added up from `pipeline_items` directly (the summary).
 */
function coveredCellsSql(q: WhitespaceQuery, probe: boolean, columns: readonly AccountColumn[]): Sql[] {
  return [
    sql`pipeline_items AS (
      SELECT l.account_id, l.col AS product_id, l.amount ${accountColumns('l', columns)}
        FROM (${pipelineItemsSql(q, sql`scope`, probe, columns)}) l)`,
    sql`covered_cells AS (
      SELECT c.account_id, c.product_id ${accountColumns('c', columns)}, bool_or(c.owned) AS owned
        FROM (SELECT i.account_id, i.col AS product_id ${accountColumns('i', columns)}, true AS owned
                FROM (${installsSql(q, sql`scope`, probe, columns)}) i
              UNION ALL
              SELECT l.account_id, l.product_id ${accountColumns('l', columns)}, false FROM pipeline_items l) c
       GROUP BY c.account_id, c.product_id ${accountColumns('c', columns)})`,
  ];
}

/**
 * The peer statistics of the organization, per group (`peer_groups_all`) and per group and
 * product (`peer_owners_all`): the remembered ones when their revision is still the
 * organization's current one (`peer_cache.fresh`, read in the statement's own snapshot, so the
 * statistics match the rows it reads), computed from the tables otherwise. Each branch is gated
 * by a one-time filter, so only one of them runs. Computed, they cover every group and every
 * product (not only the scope's), so that `peer_export` can hand them back to be remembered.
 */
function peerStatsCtes(q: WhitespaceQuery): Sql[] {
  const org = q.organizationId;
  const p = q.peerStats;
  return [
    sql`peer_cache AS MATERIALIZED (
      SELECT coalesce((SELECT "peerStatsRevision"::text = ${p?.revision ?? ''} FROM "Organization" WHERE id = ${org}), false)
             AS fresh)`,
    sql`peer_groups_all AS MATERIALIZED (
      SELECT g.gid::int AS gid, g.industry, g.segment::"Segment" AS segment, g.accounts
        FROM unnest(${p ? p.groups.map((g) => g.industry) : []}::text[], ${p ? p.groups.map((g) => g.segment) : []}::text[],
                    ${p ? p.groups.map((g) => g.accounts) : []}::int[]) WITH ORDINALITY AS g(industry, segment, accounts, gid)
       WHERE (SELECT fresh FROM peer_cache)
      UNION ALL
      SELECT (row_number() OVER (ORDER BY industry COLLATE "C", segment))::int, industry, segment, count(*)::int
        FROM "Account"
       WHERE "organizationId" = ${org} AND NOT (SELECT fresh FROM peer_cache)
       GROUP BY industry, segment)`,
    // The median of an even count is the mean of the two middle values, as percentile_cont(0.5)
    // takes it; percentile_cont works in double precision, so the two middle values are taken
    // exactly with percentile_disc, in one sort per group: of n values, fraction 0.5 picks
    // number ceil(n/2) and fraction 0.5 + 1e-9 picks number floor(n/2) + 1 (for any n below
    // 500 million), which are the two middle values for an even n and twice the middle one for
    // an odd n. Accounts take their group by a LEFT JOIN (each has one) so that the estimate stays
    // the table's and the installed products are hashed, not probed account by account.
    sql`peer_owners_all AS MATERIALIZED (
      SELECT o.gid, o.product_id, o.owners, o.median
        FROM unnest(${p ? p.owners.map((o) => o.gid) : []}::int[], ${p ? p.owners.map((o) => o.productId) : []}::int[],
                    ${p ? p.owners.map((o) => o.owners) : []}::int[], ${p ? p.owners.map((o) => o.median) : []}::numeric[])
               AS o(gid, product_id, owners, median)
       WHERE (SELECT fresh FROM peer_cache)
      UNION ALL
      SELECT x.gid, x.product_id, x.owners, (x.middle[1] + x.middle[2]) / 2
        FROM (SELECT g.gid, ap."productId" AS product_id, count(*)::int AS owners,
                     percentile_disc(ARRAY[0.5, 0.500000001]) WITHIN GROUP (ORDER BY ap.arr) AS middle
                FROM "Account" a
                LEFT JOIN peer_groups_all g ON g.industry = a.industry AND g.segment = a.segment
                JOIN "AccountProduct" ap ON ap."accountId" = a.id
               WHERE ap."organizationId" = ${org} AND a."organizationId" = ${org} AND ${installedOn(q, 'ap')}
                 AND NOT (SELECT fresh FROM peer_cache)
               GROUP BY g.gid, ap."productId") x)`,
    // Per group and family: the accounts owning any active product of the family, and the median
    // of each one's ARR over those products (what accounts like it spend on the need). Retired
    // products count nowhere, as in the matrix.
    sql`peer_families_all AS MATERIALIZED (
      SELECT f.gid, f.family, f.owners, f.median
        FROM unnest(${p ? p.families.map((f) => f.gid) : []}::int[], ${p ? p.families.map((f) => f.family) : []}::text[],
                    ${p ? p.families.map((f) => f.owners) : []}::int[], ${p ? p.families.map((f) => f.median) : []}::numeric[])
               AS f(gid, family, owners, median)
       WHERE (SELECT fresh FROM peer_cache)
      UNION ALL
      SELECT x.gid, x.family, x.owners, (x.middle[1] + x.middle[2]) / 2
        FROM (SELECT f.gid, f.family, count(*)::int AS owners,
                     percentile_disc(ARRAY[0.5, 0.500000001]) WITHIN GROUP (ORDER BY f.arr) AS middle
                FROM (SELECT g.gid, pr.family, sum(ap.arr) AS arr
                        FROM "Account" a
                        LEFT JOIN peer_groups_all g ON g.industry = a.industry AND g.segment = a.segment
                        JOIN "AccountProduct" ap ON ap."accountId" = a.id
                        JOIN "Product" pr ON pr.id = ap."productId"
                       WHERE ap."organizationId" = ${org} AND a."organizationId" = ${org} AND pr."organizationId" = ${org}
                         AND pr.active AND ${installedOn(q, 'ap')} AND NOT (SELECT fresh FROM peer_cache)
                       GROUP BY a.id, g.gid, pr.family) f
               GROUP BY f.gid, f.family) x)`,
    // What to remember: only when computed here, with the revision of this statement's snapshot.
    sql`peer_export AS (
      SELECT jsonb_build_object(
               'revision', (SELECT "peerStatsRevision"::text FROM "Organization" WHERE id = ${org}),
               'asOf', ${q.asOf}::text,
               'groups', (SELECT coalesce(jsonb_agg(jsonb_build_array(industry, segment, accounts) ORDER BY gid), '[]')
                            FROM peer_groups_all),
               'owners', (SELECT coalesce(jsonb_agg(jsonb_build_array(gid, product_id, owners, median::text)), '[]')
                            FROM peer_owners_all),
               'families', (SELECT coalesce(jsonb_agg(jsonb_build_array(gid, family, owners, median::text)), '[]')
                              FROM peer_families_all)) AS stats
       WHERE NOT (SELECT fresh FROM peer_cache))`,
  ];
}

/**
 * A column for the final SELECT of every statement: on one row (any), the peer statistics the
 * statement computed (`peer_export`), null on the others and whenever the remembered ones were used.
 */
const PEER_STATS_COLUMN = sql`CASE WHEN row_number() OVER () = 1 THEN (SELECT stats FROM peer_export) END AS peer_stats`;

/**
 * The CTEs every whitespace statement starts with:
 * - the peer statistics of the organization (`peerStatsCtes`);
 * - `products`: the active products (optionally of some families), each with the product naming
 *   its column (`col`); `columns`: the matrix columns, each named by a product (at family
 *   granularity the family's representative); below, `product_id` is that column product;
 * - `scope`: the accounts in scope and visible to the caller, with their peer group number `gid`;
 * - `peer_groups`: the groups present in the scope, with their size over the whole organization
 *   (peers are not limited to the scope);
 * - `cell_stats`: per group and column, what a whitespace cell of that group shows: peers
 *   (group size - 1: the account itself is not its own peer), owning peers, median ARR among
 *   them, estimated and expected value, propensity, and whether it passes the propensity
 *   threshold (`qualifies`);
 * - `pipeline_items` and `covered_cells`: the scope's open line items, and its OWNED and
 *   IN_PIPELINE cells, with the account columns `columns` (default the peer group `gid`;
 *   coveredCellsSql); both sparse;
 * - `group_totals`: per group, its whitespace-eligible cells and their estimated and expected value.
 *
 * How the plan is kept sane: PostgreSQL has no statistics on a CTE's columns. Peer groups are
 * joined by the integer `gid` rather than by (industry, segment): a join on two columns of a CTE
 * was estimated at 1/24 of its rows, which sent the planner to nested loops and sort-merge joins
 * over hundreds of thousands of rows (20 s on the large dataset before). `scope` reads the
 * Account table itself and takes its group by a LEFT JOIN (every account has exactly one group),
 * so its estimate is the table's and joins of the sparse cells to it are hashed.
 */
export function whitespaceCtes(q: WhitespaceQuery, columns: readonly AccountColumn[] = ['gid']): Sql {
  const org = q.organizationId;
  const ctes: Sql[] = [];
  if (q.scope.managerId !== undefined) {
    // UNION (not UNION ALL) so that a cycle in the manager links cannot loop forever.
    ctes.push(sql`team AS (
      SELECT id FROM "Rep" WHERE "organizationId" = ${org} AND id = ${q.scope.managerId}
      UNION
      SELECT r.id FROM "Rep" r JOIN team t ON r."managerId" = t.id WHERE r."organizationId" = ${org})`);
  }
  if (q.scope.territoryId !== undefined) {
    ctes.push(sql`territory_tree AS (
      SELECT id FROM "Territory" WHERE "organizationId" = ${org} AND id = ${q.scope.territoryId}
      UNION
      SELECT c.id FROM "Territory" c JOIN territory_tree t ON c."parentId" = t.id WHERE c."organizationId" = ${org})`);
  }
  const family = q.families === null ? sql`` : sql`AND family = ANY(${q.families}::text[])`;
  const qualifies = q.minPropensity === null ? sql`true` : sql`(propensity >= ${q.minPropensity.toFixed()}::numeric)`;
  const probe = probes(q);
  ctes.push(
    ...peerStatsCtes(q),
    // `col`: the product naming the product's column, itself or at family granularity the
    // family's representative (its lowest edition, then name and id), so that a column is always
    // named by a product id; `columns` are the representatives, in column order.
    sql`products AS MATERIALIZED (
      SELECT id, family, name, "editionRank" AS edition_rank,
             ${
               q.granularity === 'product'
                 ? sql`id`
                 : sql`first_value(id) OVER (PARTITION BY family ORDER BY "editionRank" NULLS LAST, name, id)`
             } AS col
        FROM "Product" WHERE "organizationId" = ${org} AND active ${family})`,
    sql`columns AS (SELECT id, family, name FROM products WHERE id = col)`,
    sql`scope AS MATERIALIZED (
      SELECT a.id, a.name, a.industry, a.segment, a."ownerId" AS owner_id, a."territoryId" AS territory_id, g.gid
        FROM "Account" a
        LEFT JOIN peer_groups_all g ON g.industry = a.industry AND g.segment = a.segment
       WHERE a."organizationId" = ${org} AND ${Prisma.join(scopeConditions(q), ' AND ')})`,
    sql`peer_groups AS MATERIALIZED (
      SELECT gid, industry, segment, accounts FROM peer_groups_all WHERE gid IN (SELECT gid FROM scope))`,
    // The value of a cell is the median rounded half-even to the cent, its expected value the
    // propensity (as shown, 6 places) times that value, rounded the same way (docs/design.md §11).
    sql`cell_stats_raw AS (
      SELECT c.*, ${sqlRoundCents(sql`c.propensity * c.value`)} AS expected
        FROM (SELECT g.gid, g.industry, g.segment, p.id AS product_id, p.family, g.accounts - 1 AS peers,
                     coalesce(o.owners, 0) AS owners, o.median, ${sqlRoundCents(sql`coalesce(o.median, 0)`)} AS value,
                     CASE WHEN g.accounts > 1 THEN round(coalesce(o.owners, 0)::numeric / (g.accounts - 1), 6) ELSE 0 END
                       AS propensity
                FROM peer_groups g
               CROSS JOIN columns p
                LEFT JOIN ${
                  q.granularity === 'product'
                    ? sql`peer_owners_all o ON o.gid = g.gid AND o.product_id = p.id`
                    : sql`peer_families_all o ON o.gid = g.gid AND o.family = p.family`
                }) c)`,
    sql`cell_stats AS MATERIALIZED (SELECT *, ${qualifies} AS qualifies FROM cell_stats_raw)`,
    ...coveredCellsSql(q, probe, columns),
    // Per group: how many of its cells are whitespace-eligible, and their value, before taking
    // away the covered cells of each account.
    sql`group_totals AS (
      SELECT gid, count(*) FILTER (WHERE qualifies)::int AS cells,
             coalesce(sum(value) FILTER (WHERE qualifies), 0) AS value,
             coalesce(sum(expected) FILTER (WHERE qualifies), 0) AS expected
        FROM cell_stats
       GROUP BY gid)`,
  );
  return sql`WITH RECURSIVE ${Prisma.join(ctes, ',\n')}`;
}

// ---------------------------------------------------------------- the matrix, one page of accounts

export type MatrixSortField = 'value' | 'count' | 'name';

export interface MatrixPageQuery {
  sort: MatrixSortField;
  direction: 'asc' | 'desc';
  /** Rows after this (sort key, account id); null = from the start. */
  after: { key: string; id: number } | null;
  /** Rows to fetch (one more than the page, to know whether another follows). */
  limit: number;
}

const MATRIX_SORT_COLUMN: Record<MatrixSortField, Sql> = {
  value: sql`whitespace_value`,
  count: sql`whitespace_count`,
  name: sql`name`,
};

function matrixCursorValue(sort: MatrixSortField, key: string): Sql {
  if (sort === 'value') return sql`${key}::numeric`;
  if (sort === 'count') return sql`${key}::int`;
  return sql`${key}::text`;
}

/**
 * The upgrades of the page's accounts (family granularity): per account and family, the highest
 * edition it owns (`from`; of equal ranks the higher ARR) and the higher edition of the family
 * owned by the most peers (`to`; ties: the lower rank, then name and id). Value: the median ARR of
 * `to` among its owning peers, rounded half-even to the cent, less the account's ARR of `from`,
 * at least 0; propensity: the share of peers owning `to`.
 */
function pageUpgrades(q: WhitespaceQuery): Sql {
  const org = q.organizationId;
  return sql`page_editions AS (
      SELECT DISTINCT ON (pg.id, p.family) pg.id AS account_id, pg.gid, p.family, p.id AS product_id,
             p.edition_rank, ap.arr
        FROM page pg
        JOIN "AccountProduct" ap ON ap."accountId" = pg.id AND ap."organizationId" = ${org} AND ${installedOn(q, 'ap')}
        JOIN products p ON p.id = ap."productId"
       WHERE p.edition_rank IS NOT NULL
       ORDER BY pg.id, p.family, p.edition_rank DESC, ap.arr DESC, p.id),
    page_upgrades AS (
      SELECT u.*, ${sqlRoundCents(sql`u.propensity * u.value`)} AS expected
        FROM (SELECT DISTINCT ON (e.account_id, e.family) e.account_id, e.family, e.product_id AS from_id,
                     t.id AS to_id, g.accounts - 1 AS peers, o.owners, o.median,
                     round(o.owners::numeric / (g.accounts - 1), 6) AS propensity,
                     greatest(${sqlRoundCents(sql`o.median`)} - e.arr, 0) AS value
                FROM page_editions e
                JOIN peer_groups g ON g.gid = e.gid
                JOIN products t ON t.family = e.family AND t.edition_rank > e.edition_rank
                JOIN peer_owners_all o ON o.gid = e.gid AND o.product_id = t.id
               WHERE g.accounts > 1
               ORDER BY e.account_id, e.family, o.owners DESC, t.edition_rank, t.name, t.id) u)`;
}

/**
 * One page of the matrix: per account its totals (whitespace count, estimated and expected
 * value, owned and in-pipeline counts), the number of accounts listed, the columns in order
 * (family, name, id), and the page's cells as JSON (one entry per column; whitespace cells below
 * the propensity threshold are left out; at family granularity an owned family's upgrade). Ties
 * on the sort key are broken by account id, ascending in both directions.
 */
export function matrixPageSql(q: WhitespaceQuery, page: MatrixPageQuery): Sql {
  const column = MATRIX_SORT_COLUMN[page.sort];
  const dir = page.direction === 'asc' ? sql`ASC` : sql`DESC`;
  const after = page.after
    ? page.direction === 'asc'
      ? sql`AND (${column} > ${matrixCursorValue(page.sort, page.after.key)}
               OR (${column} = ${matrixCursorValue(page.sort, page.after.key)} AND id > ${page.after.id}))`
      : sql`AND (${column} < ${matrixCursorValue(page.sort, page.after.key)}
               OR (${column} = ${matrixCursorValue(page.sort, page.after.key)} AND id > ${page.after.id}))`
    : sql``;
  const family = q.granularity === 'family';
  // With a threshold the list is of accounts that have a qualifying whitespace cell.
  const listed = q.minPropensity === null ? sql`true` : sql`whitespace_count > 0`;
  return sql`${whitespaceCtes(q)},
    covered AS (
      SELECT c.*, cs.value, cs.expected, cs.qualifies
        FROM covered_cells c
        JOIN cell_stats cs ON cs.gid = c.gid AND cs.product_id = c.product_id),
    account_totals AS (
      SELECT s.id, s.name, s.industry, s.segment, s.gid,
             coalesce(d.owned, 0) AS owned_count, coalesce(d.in_pipeline, 0) AS in_pipeline_count,
             coalesce(g.cells, 0) - coalesce(d.cells, 0) AS whitespace_count,
             coalesce(g.value, 0) - coalesce(d.value, 0) AS whitespace_value,
             coalesce(g.expected, 0) - coalesce(d.expected, 0) AS whitespace_expected
        FROM scope s
        LEFT JOIN group_totals g ON g.gid = s.gid
        LEFT JOIN (SELECT account_id,
                          count(*) FILTER (WHERE owned)::int AS owned,
                          count(*) FILTER (WHERE NOT owned)::int AS in_pipeline,
                          count(*) FILTER (WHERE qualifies)::int AS cells,
                          coalesce(sum(value) FILTER (WHERE qualifies), 0) AS value,
                          coalesce(sum(expected) FILTER (WHERE qualifies), 0) AS expected
                     FROM covered GROUP BY account_id) d ON d.account_id = s.id),
    listed AS (SELECT * FROM account_totals WHERE ${listed}),
    page AS (
      SELECT * FROM listed WHERE true ${after}
       ORDER BY ${column} ${dir}, id ASC
       LIMIT ${page.limit}),
    page_owned AS (${ownedWithArrSql(q, sql`page`)}),
    page_pipeline AS (${pipelineSql(q, sql`page`)}),
    ${family ? sql`${pageUpgrades(q)},` : sql``}
    page_cells AS (
      SELECT pg.id AS account_id,
             jsonb_agg(jsonb_build_object(
               'productId', p.id, 'family', p.family,
               'status', CASE WHEN o.account_id IS NOT NULL THEN 'OWNED'
                              WHEN pp.account_id IS NOT NULL THEN 'IN_PIPELINE' ELSE 'WHITESPACE' END,
               'arr', o.arr::text,
               'openPipeline', coalesce(pp.amount, 0)::text,
               'peers', cs.peers, 'owners', cs.owners,
               'propensity', cs.propensity::text, 'median', cs.median::text, 'value', cs.value::text,
               'expected', cs.expected::text,
               'upgrade', ${
                 family
                   ? sql`CASE WHEN u.account_id IS NOT NULL AND o.account_id IS NOT NULL THEN jsonb_build_object(
                       'fromProductId', u.from_id, 'toProductId', u.to_id, 'peers', u.peers, 'owners', u.owners,
                       'median', u.median::text, 'propensity', u.propensity::text, 'value', u.value::text,
                       'expected', u.expected::text) END`
                   : sql`NULL::jsonb`
               })
               ORDER BY p.family, p.name, p.id) AS cells
        FROM page pg
        JOIN cell_stats cs ON cs.gid = pg.gid
        JOIN columns p ON p.id = cs.product_id
        LEFT JOIN page_owned o ON o.account_id = pg.id AND o.product_id = cs.product_id
        LEFT JOIN page_pipeline pp ON pp.account_id = pg.id AND pp.product_id = cs.product_id
        ${family ? sql`LEFT JOIN page_upgrades u ON u.account_id = pg.id AND u.family = p.family` : sql``}
       WHERE o.account_id IS NOT NULL OR pp.account_id IS NOT NULL OR cs.qualifies
       GROUP BY pg.id)
    SELECT t.total_count, t.product_ids, pg.id, pg.name, pg.industry, pg.segment, pg.owned_count,
           pg.in_pipeline_count, pg.whitespace_count, pg.whitespace_value, pg.whitespace_expected, pc.cells,
           ${PEER_STATS_COLUMN}
      FROM (SELECT count(*)::int AS total_count,
                   (SELECT coalesce(array_agg(id ORDER BY family, name, id), '{}') FROM columns) AS product_ids
              FROM listed) t
      LEFT JOIN page pg ON true
      LEFT JOIN page_cells pc ON pc.account_id = pg.id
     ORDER BY pg.${column} ${dir}, pg.id ASC`;
}

// ---------------------------------------------------------------- summary

export type SummaryGrouping = 'product' | 'territory' | 'rep' | 'segment' | 'industry';

/**
 * Group key of an account attribute, as (integer id, text): the id a column of the account (alias
 * s: `scope`, `covered_cells` or `pipeline_items`), the text a column of its peer group (alias pg).
 */
const ACCOUNT_KEYS: Record<Exclude<SummaryGrouping, 'product'>, [Sql, Sql]> = {
  territory: [sql`s.territory_id`, sql`NULL::text`],
  rep: [sql`s.owner_id`, sql`NULL::text`],
  segment: [sql`NULL::int`, sql`pg.segment::text`],
  industry: [sql`NULL::int`, sql`pg.industry`],
};

const METRICS = sql`b.accounts, b.products,
  coalesce(d.owned, 0) AS owned_count, coalesce(d.in_pipeline, 0) AS in_pipeline_count,
  b.cells - coalesce(d.cells, 0) AS whitespace_count, b.value - coalesce(d.value, 0) AS whitespace_value,
  b.expected - coalesce(d.expected, 0) AS whitespace_expected,
  coalesce(d.pipeline, 0) AS open_pipeline`;

/**
 * Covered cells per key: owned, in pipeline, qualifying (to take away) and open pipeline. The
 * covered cells and the open line items are first counted and added up per key id, group and
 * product on integers, the text key taken from the group then, so the statistics are joined to a
 * few thousand rows rather than to every covered cell. `keyId` is over `covered_cells` and
 * `pipeline_items` (alias s), `keyText` over the peer group (alias pg).
 */
function deductions(keyId: Sql, keyText: Sql): Sql {
  return sql`SELECT d.key_id, ${keyText} AS key_text,
      sum(d.owned)::int AS owned,
      sum(d.in_pipeline)::int AS in_pipeline,
      coalesce(sum(d.owned + d.in_pipeline) FILTER (WHERE cs.qualifies), 0)::int AS cells,
      coalesce(sum((d.owned + d.in_pipeline) * cs.value) FILTER (WHERE cs.qualifies), 0) AS value,
      coalesce(sum((d.owned + d.in_pipeline) * cs.expected) FILTER (WHERE cs.qualifies), 0) AS expected,
      sum(d.pipeline) AS pipeline
    FROM (SELECT u.key_id, u.gid, u.product_id,
                 sum(u.owned) AS owned, sum(u.in_pipeline) AS in_pipeline, sum(u.pipeline) AS pipeline
            FROM (SELECT ${keyId} AS key_id, s.gid, s.product_id, count(*) FILTER (WHERE s.owned) AS owned,
                         count(*) FILTER (WHERE NOT s.owned) AS in_pipeline, 0 AS pipeline
                    FROM covered_cells s GROUP BY 1, 2, 3
                  UNION ALL
                  SELECT ${keyId}, s.gid, s.product_id, 0, 0, sum(s.amount)
                    FROM pipeline_items s GROUP BY 1, 2, 3) u
           GROUP BY 1, 2, 3) d
    JOIN peer_groups pg ON pg.gid = d.gid
    JOIN cell_stats cs ON cs.gid = d.gid AND cs.product_id = d.product_id
    GROUP BY 1, 2`;
}

/** The `deducted` rows of every key added up: the whole scope's covered cells. */
const ALL_DEDUCTED = sql`(SELECT NULL::int AS key_id, NULL::text AS key_text,
    coalesce(sum(owned), 0)::int AS owned, coalesce(sum(in_pipeline), 0)::int AS in_pipeline,
    coalesce(sum(cells), 0)::int AS cells, coalesce(sum(value), 0) AS value, coalesce(sum(expected), 0) AS expected,
    coalesce(sum(pipeline), 0) AS pipeline
  FROM deducted)`;

/**
 * Rows grouped by an account attribute (or the whole scope when keys are null and not grouped),
 * with the covered cells of `deducted` (a relation of `deductions` rows) taken away.
 */
function accountGroups(keyId: Sql, keyText: Sql, grouped: boolean, deducted: Sql): Sql {
  return sql`SELECT ${METRICS}, b.key_id, b.key_text
    FROM (SELECT ${keyId} AS key_id, ${keyText} AS key_text, count(*)::int AS accounts,
                 (SELECT count(*)::int FROM columns) AS products,
                 coalesce(sum(g.cells), 0)::int AS cells, coalesce(sum(g.value), 0) AS value,
                 coalesce(sum(g.expected), 0) AS expected
            FROM scope s
            LEFT JOIN peer_groups pg ON pg.gid = s.gid
            LEFT JOIN group_totals g ON g.gid = s.gid
            ${grouped ? sql`GROUP BY 1, 2` : sql``}) b
    LEFT JOIN ${deducted} d
      ON d.key_id IS NOT DISTINCT FROM b.key_id AND d.key_text IS NOT DISTINCT FROM b.key_text`;
}

/**
 * Rows per column (a product, or a family named by its representative product), with the
 * column's family as the text key: every account of the scope is a cell of each column.
 */
function productGroups(): Sql {
  return sql`SELECT ${METRICS}, b.key_id, b.key_text
    FROM (SELECT cs.product_id AS key_id, cs.family AS key_text, sum(sg.accounts)::int AS accounts, 1 AS products,
                 coalesce(sum(sg.accounts) FILTER (WHERE cs.qualifies), 0)::int AS cells,
                 coalesce(sum(sg.accounts * cs.value) FILTER (WHERE cs.qualifies), 0) AS value,
                 coalesce(sum(sg.accounts * cs.expected) FILTER (WHERE cs.qualifies), 0) AS expected
            FROM (SELECT gid, count(*)::int AS accounts FROM scope GROUP BY gid) sg
            JOIN cell_stats cs ON cs.gid = sg.gid
           GROUP BY cs.product_id, cs.family) b
    LEFT JOIN deducted d ON d.key_id = b.key_id`;
}

/**
 * The summary rows of one grouping plus one row for the whole scope (`is_total`), highest total
 * estimated value first. A product row counts every account in scope; a row of an account
 * attribute counts the accounts with that attribute (null key: no territory or no owner).
 */
export function summarySql(q: WhitespaceQuery, grouping: SummaryGrouping): Sql {
  const keys: [Sql, Sql] = grouping === 'product' ? [sql`s.product_id`, sql`NULL::text`] : ACCOUNT_KEYS[grouping];
  const groups = grouping === 'product' ? productGroups() : accountGroups(...keys, true, sql`deducted`);
  const columns: AccountColumn[] =
    grouping === 'territory' ? ['gid', 'territory_id'] : grouping === 'rep' ? ['gid', 'owner_id'] : ['gid'];
  // The total's covered cells are the groups' added up (each covered cell has one key), so the
  // covered cells are counted once.
  return sql`${whitespaceCtes(q, columns)},
    deducted AS MATERIALIZED (${deductions(...keys)})
    SELECT rows.*, ${PEER_STATS_COLUMN} FROM (
      SELECT false AS is_total, r.* FROM (${groups}) r
      UNION ALL
      SELECT true AS is_total, t.* FROM (${accountGroups(sql`NULL::int`, sql`NULL::text`, false, ALL_DEDUCTED)}) t) rows
     ORDER BY is_total, whitespace_value DESC, key_id NULLS LAST, key_text NULLS LAST`;
}

// ---------------------------------------------------------------- top opportunities

export interface OpportunityPageQuery {
  /** Cells after this one in the ranking; null = from the top. */
  after: { value: string; propensity: string; accountId: number; productId: number } | null;
  /** Cells to fetch (one more than the page). */
  limit: number;
}

/**
 * The whitespace cells of the scope with at least one owning peer, highest estimated value
 * first, then highest propensity, then account id and product id. All cells of a (group,
 * product) pair share value and propensity, so the pairs are ranked first with their cell counts
 * (again "group size minus covered cells"), and only the pairs whose cells can reach the page are
 * expanded into cells. Pairs tied with the cursor count as zero, so the cut never drops a cell.
 */
export function opportunitiesSql(q: WhitespaceQuery, page: OpportunityPageQuery): Sql {
  const a = page.after;
  const pairAfter = a ? sql`AND (value, propensity) <= (${a.value}::numeric, ${a.propensity}::numeric)` : sql``;
  const atCursor = a ? sql`(value, propensity) = (${a.value}::numeric, ${a.propensity}::numeric)` : sql`false`;
  const cellAfter = a
    ? sql`AND ((r.value, r.propensity) < (${a.value}::numeric, ${a.propensity}::numeric)
               OR (s.id, r.product_id) > (${a.accountId}, ${a.productId}))`
    : sql``;
  return sql`${whitespaceCtes(q)},
    pairs AS (
      SELECT cs.gid, cs.industry, cs.segment, cs.product_id, cs.family, cs.peers, cs.owners, cs.median, cs.value,
             cs.expected, cs.propensity, sg.accounts - coalesce(cv.covered, 0) AS cells
        FROM cell_stats cs
        JOIN (SELECT gid, count(*)::int AS accounts FROM scope GROUP BY gid) sg ON sg.gid = cs.gid
        LEFT JOIN (SELECT gid, product_id, count(*)::int AS covered FROM covered_cells GROUP BY gid, product_id) cv
          ON cv.gid = cs.gid AND cv.product_id = cs.product_id
       WHERE cs.owners > 0 AND cs.qualifies),
    ranked AS (
      SELECT *,
             sum(CASE WHEN ${atCursor} THEN 0 ELSE cells END) OVER (ORDER BY value DESC, propensity DESC)
             - sum(CASE WHEN ${atCursor} THEN 0 ELSE cells END) OVER (PARTITION BY value, propensity) AS cells_before
        FROM pairs WHERE cells > 0 ${pairAfter}),
    reachable AS (SELECT * FROM ranked WHERE cells_before < ${page.limit})
    SELECT t.total_count, x.account_id, x.product_id, x.family, x.industry, x.segment, x.peers, x.owners, x.median,
           x.value, x.expected, x.propensity, ${PEER_STATS_COLUMN}
      FROM (SELECT coalesce(sum(cells), 0)::int AS total_count FROM pairs) t
      LEFT JOIN (
        SELECT s.id AS account_id, r.product_id, r.family, r.industry, r.segment, r.peers, r.owners, r.median, r.value,
               r.expected, r.propensity
          FROM reachable r
          JOIN scope s ON s.gid = r.gid
         WHERE NOT EXISTS (SELECT 1 FROM covered_cells c WHERE c.account_id = s.id AND c.product_id = r.product_id)
           ${cellAfter}
         ORDER BY r.value DESC, r.propensity DESC, s.id, r.product_id
         LIMIT ${page.limit}) x ON true
     ORDER BY x.value DESC, x.propensity DESC, x.account_id, x.product_id`;
}
