// Account whitespace (docs/design.md §6): the account x product matrix of a scope, its summaries and
// the top opportunities in it. Callable without GraphQL: each function validates its input
// (raising user errors that name the field), runs one SQL statement (see sql.ts) and returns
// plain results with Decimal money. The statement reuses the organization's peer statistics
// remembered by an earlier one when they are still current (peer-cache.ts), and hands them back
// when it had to compute them. Definitions: docs/whitespace.md.
import type { Visibility } from '../access/visibility.js';
import type { Segment } from '../generated/prisma/enums.js';
import { MAX_PAGE_SIZE } from '../shared/builder.js';
import { UserInputError } from '../shared/errors.js';
import { Decimal } from '../shared/scalars.js';
import type { TenantPrisma } from '../shared/tenant.js';
import { cachedPeerStats, rememberPeerStats } from './peer-cache.js';
import {
  type Granularity,
  type MatrixSortField,
  matrixPageSql,
  opportunitiesSql,
  type ScopeFilter,
  type SummaryGrouping,
  summarySql,
  todayIso,
  type WhitespaceQuery,
} from './sql.js';

export type { Granularity, MatrixSortField, ScopeFilter, SummaryGrouping } from './sql.js';

/** Most accounts an account-list scope may name. */
export const MAX_SCOPE_ACCOUNTS = 1000;
/** Propensity and penetration are fractions rounded to this many decimal places. */
export const RATIO_DECIMALS = 6;

export type CellStatus = 'OWNED' | 'IN_PIPELINE' | 'WHITESPACE';

export interface WhitespaceRequest {
  scope?: ScopeFilter;
  /**
   * What a column is (default `family`: a product family, every active product of it one need;
   * `product`: each product on its own, editions apart).
   */
  granularity?: Granularity | null;
  /** Only products of these families are matrix columns. */
  families?: string[] | null;
  /** Whitespace cells with a lower propensity (a fraction, 0..1) are left out. */
  minPropensity?: Decimal | null;
  /**
   * What the caller may see (required): only accounts owned by `visibility.reps` appear, and only
   * deals they own or are credited on by a split (the deals the caller can read, row-policy.ts)
   * make a cell IN_PIPELINE and count as open pipeline. Peer statistics are organization-wide:
   * they read accounts and installed products only, which every caller sees.
   */
  visibility: Visibility;
  /** The day the matrix describes (default today, UTC): installed products ended by then are not owned. */
  asOf?: Date | null;
}

/** The peers behind a whitespace cell: accounts of the same industry and segment, itself excluded. */
export interface PeerEvidence {
  industry: string;
  segment: Segment;
  peerCount: number;
  owningPeerCount: number;
  /**
   * Median ARR of the column among owning peers (of a family: of each peer's ARR over the
   * family's products), exact (it can end in half a cent); null when no peer owns it.
   */
  medianArr: Decimal | null;
}

/**
 * A move of an account to a higher edition of a family it owns (family granularity): not
 * whitespace, and in no whitespace count or total.
 */
export interface WhitespaceUpgrade {
  /** The highest edition the account owns. */
  fromProductId: number;
  /** The higher edition of the family owned by the most peers. */
  toProductId: number;
  /** Share of peers owning `toProductId` (6 places). */
  propensity: Decimal;
  /** Median ARR of `toProductId` among its owning peers (to the cent) less the account's ARR of `fromProductId`, at least 0. */
  estimatedValue: Decimal;
  /** propensity x estimatedValue, to the cent. */
  expectedValue: Decimal;
  evidence: PeerEvidence;
}

export interface WhitespaceCell {
  /** The column's product: the product itself, or at family granularity the family's representative. */
  productId: number;
  /** The column's product family. */
  family: string;
  status: CellStatus;
  /** ARR of the product at this account (OWNED cells only). */
  arr: Decimal | null;
  /** Total of this product's line items on the account's open opportunities. */
  openPipeline: Decimal;
  /** WHITESPACE cells only: share of peers owning the product. */
  propensity: Decimal | null;
  /** WHITESPACE cells only: median ARR among owning peers rounded half-even to the cent, 0 when none owns it. */
  estimatedValue: Decimal | null;
  /** WHITESPACE cells only: propensity x estimatedValue, rounded half-even to the cent. */
  expectedValue: Decimal | null;
  evidence: PeerEvidence | null;
  /** OWNED family cells with a higher edition that peers own: the upgrade; null otherwise. */
  upgrade: WhitespaceUpgrade | null;
}

export interface AccountWhitespace {
  accountId: number;
  ownedCount: number;
  inPipelineCount: number;
  whitespaceCount: number;
  totalEstimatedValue: Decimal;
  /** Sum of the expected values of the whitespace cells. */
  totalExpectedValue: Decimal;
  /** One cell per product column, in column order (family, name); see `WhitespaceRequest`. */
  cells: WhitespaceCell[];
}

export interface WhitespaceOpportunity {
  accountId: number;
  /** The column's product (at family granularity the family's representative). */
  productId: number;
  family: string;
  propensity: Decimal;
  estimatedValue: Decimal;
  expectedValue: Decimal;
  evidence: PeerEvidence;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

export interface MatrixPage extends Page<AccountWhitespace> {
  /** The matrix columns: active products (of the requested families), by family, name and id. */
  productIds: number[];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface SummaryMetrics {
  accountCount: number;
  productCount: number;
  ownedCount: number;
  inPipelineCount: number;
  whitespaceCount: number;
  /** ownedCount / (accountCount x productCount); null when there are no cells. */
  penetration: Decimal | null;
  totalEstimatedValue: Decimal;
  /** Sum of the expected values of the whitespace cells. */
  totalExpectedValue: Decimal;
  openPipeline: Decimal;
}

export interface SummaryGroup extends SummaryMetrics {
  /** The group's key; null for accounts without a territory (territory) or owner (rep). */
  productId: number | null;
  /** Product grouping: the column's family. */
  family: string | null;
  territoryId: number | null;
  repId: number | null;
  segment: Segment | null;
  industry: string | null;
}

export interface WhitespaceSummary {
  groupBy: SummaryGrouping;
  groups: SummaryGroup[];
  total: SummaryMetrics;
}

// ---------------------------------------------------------------- validation

const DEFAULT_PAGE_SIZE = 20;

function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw new UserInputError('OUT_OF_RANGE', `first must be between 0 and ${MAX_PAGE_SIZE}; got ${n}`, ['first']);
  }
  return n;
}

async function prepare(
  prisma: TenantPrisma,
  organizationId: number,
  request: WhitespaceRequest,
): Promise<WhitespaceQuery> {
  const min = request.minPropensity ?? null;
  if (min !== null && (min.lt(0) || min.gt(1))) {
    throw new UserInputError(
      'OUT_OF_RANGE',
      `filter.minPropensity is a fraction between 0 and 1; got ${min.toFixed()}`,
      ['filter', 'minPropensity'],
    );
  }
  const scope = request.scope ?? {};
  if (scope.accountIds && scope.accountIds.length > MAX_SCOPE_ACCOUNTS) {
    throw new UserInputError(
      'OUT_OF_RANGE',
      `scope.accountIds names at most ${MAX_SCOPE_ACCOUNTS} accounts; got ${scope.accountIds.length}`,
      ['scope', 'accountIds'],
    );
  }
  const families = request.families ?? null;
  if (families !== null) {
    const known = new Set(
      (await prisma.product.findMany({ distinct: ['family'], select: { family: true } })).map((p) => p.family),
    );
    families.forEach((family, i) => {
      if (!known.has(family)) {
        throw new UserInputError(
          'NOT_FOUND',
          `filter.families[${i}]: no product family "${family}"; known families: ${[...known].sort().join(', ')}`,
          ['filter', 'families', i],
        );
      }
    });
  }
  const asOf = request.asOf ? request.asOf.toISOString().slice(0, 10) : todayIso();
  return {
    organizationId,
    scope,
    granularity: request.granularity ?? 'family',
    families,
    minPropensity: min,
    accountOwners: request.visibility.reps,
    dealReps: request.visibility.reps,
    peerStats: cachedPeerStats(organizationId, asOf),
    asOf,
  };
}

// ---------------------------------------------------------------- cursors

function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor with the given tag, or raises a user error on `after`. */
function decodeCursor(cursor: string, tag: string, types: ('string' | 'number')[]): (string | number)[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parts = null;
  }
  const valid =
    Array.isArray(parts) &&
    parts.length === types.length + 1 &&
    parts[0] === tag &&
    types.every((t, i) => typeof parts[i + 1] === t) &&
    parts.every((p) => typeof p !== 'number' || Number.isSafeInteger(p));
  if (!valid) {
    throw new UserInputError('INVALID', 'after is not a cursor of this list and sort order', ['after']);
  }
  return (parts as (string | number)[]).slice(1);
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

function decimalPart(value: string | number): string {
  if (typeof value !== 'string' || !DECIMAL_TEXT.test(value)) {
    throw new UserInputError('INVALID', 'after is not a cursor of this list and sort order', ['after']);
  }
  return value;
}

// ---------------------------------------------------------------- row mapping

const dec = (v: Decimal | string): Decimal => new Decimal(v);

function ratio(part: number, whole: number): Decimal | null {
  return whole === 0 ? null : new Decimal(part).div(whole).toDecimalPlaces(RATIO_DECIMALS, Decimal.ROUND_HALF_UP);
}

interface CellJson {
  productId: number;
  family: string;
  status: CellStatus;
  arr: string | null;
  openPipeline: string;
  peers: number;
  owners: number;
  propensity: string;
  median: string | null;
  value: string;
  expected: string;
  upgrade: {
    fromProductId: number;
    toProductId: number;
    peers: number;
    owners: number;
    median: string;
    propensity: string;
    value: string;
    expected: string;
  } | null;
}

function toCell(c: CellJson, industry: string, segment: Segment): WhitespaceCell {
  const whitespace = c.status === 'WHITESPACE';
  const u = c.upgrade;
  return {
    productId: c.productId,
    family: c.family,
    status: c.status,
    arr: c.arr === null ? null : dec(c.arr),
    openPipeline: dec(c.openPipeline),
    propensity: whitespace ? dec(c.propensity) : null,
    estimatedValue: whitespace ? dec(c.value) : null,
    expectedValue: whitespace ? dec(c.expected) : null,
    evidence: whitespace
      ? {
          industry,
          segment,
          peerCount: c.peers,
          owningPeerCount: c.owners,
          medianArr: c.median === null ? null : dec(c.median),
        }
      : null,
    upgrade: u
      ? {
          fromProductId: u.fromProductId,
          toProductId: u.toProductId,
          propensity: dec(u.propensity),
          estimatedValue: dec(u.value),
          expectedValue: dec(u.expected),
          evidence: { industry, segment, peerCount: u.peers, owningPeerCount: u.owners, medianArr: dec(u.median) },
        }
      : null,
  };
}

// ---------------------------------------------------------------- the matrix

export interface MatrixOrder {
  field: MatrixSortField;
  direction: 'asc' | 'desc';
}

export const DEFAULT_MATRIX_ORDER: MatrixOrder = { field: 'value', direction: 'desc' };

/**
 * One page of the account x product matrix of a scope: accounts sorted by `order` (default total
 * estimated whitespace value, highest first; ties by account id), each with its cells.
 */
export async function whitespaceMatrix(
  prisma: TenantPrisma,
  organizationId: number,
  request: WhitespaceRequest,
  page: PageArgs & { orderBy?: MatrixOrder | null } = {},
): Promise<MatrixPage> {
  const first = pageSize(page.first);
  const order = page.orderBy ?? DEFAULT_MATRIX_ORDER;
  const tag = `matrix:${request.granularity ?? 'family'}:${order.field}:${order.direction}`;
  let after: { key: string; id: number } | null = null;
  if (page.after) {
    const [key, id] = decodeCursor(page.after, tag, ['string', 'number']) as [string, number];
    after = { key: order.field === 'name' ? key : decimalPart(key), id };
  }
  const query = await prepare(prisma, organizationId, request);
  const rows = await prisma.$queryRaw<
    {
      total_count: number;
      product_ids: number[];
      id: number | null;
      name: string;
      industry: string;
      segment: Segment;
      owned_count: number;
      in_pipeline_count: number;
      whitespace_count: number;
      whitespace_value: Decimal;
      whitespace_expected: Decimal;
      cells: CellJson[] | null;
    }[]
  >(matrixPageSql(query, { sort: order.field, direction: order.direction, after, limit: first + 1 }));
  rememberPeerStats(organizationId, rows);
  const listed = rows.filter((r) => r.id !== null);
  const edges = listed.slice(0, first).map((r) => {
    const key =
      order.field === 'name'
        ? r.name
        : order.field === 'count'
          ? String(r.whitespace_count)
          : dec(r.whitespace_value).toFixed();
    return {
      cursor: encodeCursor([tag, key, r.id as number]),
      node: {
        accountId: r.id as number,
        ownedCount: r.owned_count,
        inPipelineCount: r.in_pipeline_count,
        whitespaceCount: r.whitespace_count,
        totalEstimatedValue: dec(r.whitespace_value),
        totalExpectedValue: dec(r.whitespace_expected),
        cells: (r.cells ?? []).map((c) => toCell(c, r.industry, r.segment)),
      },
    };
  });
  return {
    edges,
    hasNextPage: listed.length > first,
    hasPreviousPage: after !== null,
    totalCount: rows[0]?.total_count ?? 0,
    productIds: rows[0]?.product_ids ?? [],
  };
}

// ---------------------------------------------------------------- summary

interface SummaryRow {
  is_total: boolean;
  key_id: number | null;
  key_text: string | null;
  accounts: number;
  products: number;
  owned_count: number;
  in_pipeline_count: number;
  whitespace_count: number;
  whitespace_value: Decimal;
  whitespace_expected: Decimal;
  open_pipeline: Decimal;
}

function metrics(r: SummaryRow): SummaryMetrics {
  return {
    accountCount: r.accounts,
    productCount: r.products,
    ownedCount: r.owned_count,
    inPipelineCount: r.in_pipeline_count,
    whitespaceCount: r.whitespace_count,
    penetration: ratio(r.owned_count, r.accounts * r.products),
    totalEstimatedValue: dec(r.whitespace_value),
    totalExpectedValue: dec(r.whitespace_expected),
    openPipeline: dec(r.open_pipeline),
  };
}

/**
 * Whitespace of a scope grouped by product, territory, rep (account owner), segment or industry,
 * highest total estimated value first, with a total over the whole scope.
 */
export async function whitespaceSummary(
  prisma: TenantPrisma,
  organizationId: number,
  request: WhitespaceRequest,
  groupBy: SummaryGrouping,
): Promise<WhitespaceSummary> {
  const query = await prepare(prisma, organizationId, request);
  const rows = await prisma.$queryRaw<SummaryRow[]>(summarySql(query, groupBy));
  rememberPeerStats(organizationId, rows);
  const total = rows.find((r) => r.is_total);
  if (!total) throw new Error('whitespace summary returned no total row');
  return {
    groupBy,
    groups: rows
      .filter((r) => !r.is_total)
      .map((r) => ({
        ...metrics(r),
        productId: groupBy === 'product' ? r.key_id : null,
        family: groupBy === 'product' ? r.key_text : null,
        territoryId: groupBy === 'territory' ? r.key_id : null,
        repId: groupBy === 'rep' ? r.key_id : null,
        segment: groupBy === 'segment' ? (r.key_text as Segment) : null,
        industry: groupBy === 'industry' ? r.key_text : null,
      })),
    total: metrics(total),
  };
}

// ---------------------------------------------------------------- top opportunities

/**
 * The highest-value whitespace cells of a scope (those with at least one owning peer): estimated
 * value, then propensity, highest first; ties by account id and product id.
 */
export async function whitespaceOpportunities(
  prisma: TenantPrisma,
  organizationId: number,
  request: WhitespaceRequest,
  page: PageArgs = {},
): Promise<Page<WhitespaceOpportunity>> {
  const first = pageSize(page.first);
  const tag = `opportunities:${request.granularity ?? 'family'}`;
  let after = null;
  if (page.after) {
    const [value, propensity, accountId, productId] = decodeCursor(page.after, tag, [
      'string',
      'string',
      'number',
      'number',
    ]) as [string, string, number, number];
    after = { value: decimalPart(value), propensity: decimalPart(propensity), accountId, productId };
  }
  const query = await prepare(prisma, organizationId, request);
  const rows = await prisma.$queryRaw<
    {
      total_count: number;
      account_id: number | null;
      product_id: number;
      family: string;
      industry: string;
      segment: Segment;
      peers: number;
      owners: number;
      median: Decimal;
      value: Decimal;
      expected: Decimal;
      propensity: Decimal;
    }[]
  >(opportunitiesSql(query, { after, limit: first + 1 }));
  rememberPeerStats(organizationId, rows);
  const cells = rows.filter((r) => r.account_id !== null);
  const edges = cells.slice(0, first).map((r) => {
    const value = dec(r.value);
    const propensity = dec(r.propensity);
    return {
      cursor: encodeCursor([tag, value.toFixed(), propensity.toFixed(), r.account_id as number, r.product_id]),
      node: {
        accountId: r.account_id as number,
        productId: r.product_id,
        family: r.family,
        propensity,
        estimatedValue: value,
        expectedValue: dec(r.expected),
        evidence: {
          industry: r.industry,
          segment: r.segment,
          peerCount: r.peers,
          owningPeerCount: r.owners,
          medianArr: dec(r.median),
        },
      },
    };
  });
  return {
    edges,
    hasNextPage: cells.length > first,
    hasPreviousPage: after !== null,
    totalCount: rows[0]?.total_count ?? 0,
  };
}
