// Account whitespace in the graph: `whitespace` (the account x product matrix, a page of
// accounts with their cells), `whitespaceSummary` (grouped totals) and `whitespaceOpportunities`
// (the highest-value whitespace cells with their peer evidence). Resolvers parse arguments and
// call service.ts; the accounts, products, reps and territories a result refers to are loaded
// with one query per type, only when selected.

import { SegmentEnum } from '../accounts/schema.js';
import type { Account, Prisma, Product, Rep, Territory } from '../generated/prisma/client.js';
import { builder, DEFAULT_PAGE_SIZE, describedEnum, MAX_PAGE_SIZE } from '../shared/builder.js';
import type { Context } from '../shared/context.js';
import { parseId, parseOptionalId } from '../shared/ids.js';
import { MONEY } from '../shared/scalars.js';
import { SortDirection } from '../shared/sorting.js';
import {
  type AccountWhitespace,
  type CellStatus,
  type Granularity,
  MAX_SCOPE_ACCOUNTS,
  type MatrixSortField,
  type PeerEvidence,
  RATIO_DECIMALS,
  type ScopeFilter,
  type SummaryGroup,
  type SummaryGrouping,
  type SummaryMetrics,
  type WhitespaceCell,
  type WhitespaceOpportunity,
  type WhitespaceRequest,
  type WhitespaceUpgrade,
  whitespaceMatrix,
  whitespaceOpportunities,
  whitespaceSummary,
} from './service.js';

// ---------------------------------------------------------------- related rows, batched

type PrismaQuery = { select?: Record<string, unknown>; include?: Record<string, unknown> };

/**
 * Rows of one model that a result refers to by id, loaded for the whole result with one
 * findMany per selection shape (the Prisma plugin's `query` for the nested selection) the first
 * time a field asks for one.
 */
class RelatedRows<Row extends { id: number }> {
  private readonly loads = new Map<string, Promise<Map<number, Row>>>();

  constructor(
    private readonly ids: number[],
    private readonly findMany: (args: PrismaQuery & { where: { id: { in: number[] } } }) => Promise<Row[]>,
  ) {}

  /** The row with this id, loaded with the rows of every other id for the same selection. */
  async get(query: PrismaQuery, id: number): Promise<Row> {
    const row = await this.find(query, id);
    if (!row) throw new Error(`row ${id} referenced by a whitespace result was not found`);
    return row;
  }

  /** Like get, for an optional reference (null id: null). */
  async find(query: PrismaQuery, id: number | null): Promise<Row | null> {
    const key = JSON.stringify(query);
    if (id === null) return null;
    let load = this.loads.get(key);
    if (!load) {
      // Rows are matched back by id, so a `select` must include it.
      const shaped = query.select ? { select: { ...query.select, id: true } } : query;
      load = this.findMany({ ...shaped, where: { id: { in: this.ids } } }).then(
        (rows) => new Map(rows.map((r) => [r.id, r])),
      );
      this.loads.set(key, load);
    }
    return (await load).get(id) ?? null;
  }
}

interface Related {
  accounts: RelatedRows<Account>;
  products: RelatedRows<Product>;
  reps: RelatedRows<Rep>;
  territories: RelatedRows<Territory>;
}

const present = (ids: (number | null)[]) => [...new Set(ids.filter((id): id is number => id !== null))];

function related(
  ctx: Context,
  ids: { accounts?: number[]; products?: number[]; reps?: number[]; territories?: number[] },
) {
  return {
    accounts: new RelatedRows<Account>(ids.accounts ?? [], (args) =>
      ctx.prisma.account.findMany(args as Prisma.AccountFindManyArgs),
    ),
    products: new RelatedRows<Product>(ids.products ?? [], (args) =>
      ctx.prisma.product.findMany(args as Prisma.ProductFindManyArgs),
    ),
    reps: new RelatedRows<Rep>(ids.reps ?? [], (args) => ctx.prisma.rep.findMany(args as Prisma.RepFindManyArgs)),
    territories: new RelatedRows<Territory>(ids.territories ?? [], (args) =>
      ctx.prisma.territory.findMany(args as Prisma.TerritoryFindManyArgs),
    ),
  } satisfies Related;
}

type With<T> = T & { related: Related };

// ---------------------------------------------------------------- enums and inputs

const WhitespaceStatusEnum = describedEnum<CellStatus>(
  'WhitespaceStatus',
  'State of an account x product cell of the whitespace matrix.',
  {
    OWNED: 'The account owns the product (an installed product or subscription exists).',
    IN_PIPELINE: 'Not owned, but an open opportunity of the account has a line item with the product.',
    WHITESPACE: 'Neither owned nor in open pipeline: room to sell.',
  },
);

const WhitespaceGranularityEnum = builder.enumType('WhitespaceGranularity', {
  description: 'What a column of the whitespace matrix is (docs/design.md §6).',
  values: {
    FAMILY: {
      value: 'family',
      description:
        'A product family: its active products (editions and add-ons) are one need, owned when any of them is; a higher edition is an upgrade, not whitespace. The default.',
    },
    PRODUCT: {
      value: 'product',
      description: 'Each active product on its own, editions of one family apart (the catalog view).',
    },
  } as const satisfies Record<string, { value: Granularity; description: string }>,
});

const WhitespaceGroupingEnum = builder.enumType('WhitespaceGrouping', {
  description: 'How whitespace totals are grouped.',
  values: {
    PRODUCT: {
      value: 'product',
      description:
        'One row per column (a family, or a product at PRODUCT granularity); every account in scope counts for each.',
    },
    TERRITORY: { value: 'territory', description: "By the account's territory (accounts without one form a row)." },
    REP: { value: 'rep', description: "By the account's owner (accounts without one form a row)." },
    SEGMENT: { value: 'segment', description: "By the account's segment." },
    INDUSTRY: { value: 'industry', description: "By the account's industry." },
  } as const satisfies Record<string, { value: SummaryGrouping; description: string }>,
});

const AccountWhitespaceOrderField = builder.enumType('AccountWhitespaceOrderField', {
  description: 'Fields the whitespace matrix can be sorted by.',
  values: {
    TOTAL_ESTIMATED_VALUE: { value: 'value', description: "Sum of the estimated values of the account's whitespace." },
    WHITESPACE_COUNT: { value: 'count', description: 'Number of whitespace cells of the account.' },
    ACCOUNT_NAME: { value: 'name', description: 'Account name.' },
  } as const satisfies Record<string, { value: MatrixSortField; description: string }>,
});

const AccountWhitespaceOrder = builder.inputType('AccountWhitespaceOrder', {
  description: 'Sort order of the whitespace matrix; ties are broken by account, in creation order.',
  fields: (t) => ({
    field: t.field({ type: AccountWhitespaceOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({
      type: SortDirection,
      defaultValue: 'desc',
      description: 'Ascending or descending (default descending: most whitespace first).',
    }),
  }),
});

const WhitespaceScope = builder.inputType('WhitespaceScope', {
  description:
    'The accounts a whitespace query is about; every given condition applies, none = the whole organization. Unknown IDs match no account.',
  fields: (t) => ({
    repId: t.id({ description: 'Accounts owned by this rep.' }),
    managerId: t.id({
      description: 'Accounts owned by this rep or by anyone below them in the hierarchy, at any depth.',
    }),
    territoryId: t.id({ description: 'Accounts assigned to this territory or to any territory below it.' }),
    region: t.string({ description: 'Accounts of this region (exact).' }),
    industry: t.string({ description: 'Accounts of this industry (exact).' }),
    segments: t.field({ type: [SegmentEnum], description: 'Accounts of any of these segments.' }),
    accountIds: t.idList({ description: `Only these accounts (global IDs, at most ${MAX_SCOPE_ACCOUNTS}).` }),
  }),
});

const WhitespaceFilter = builder.inputType('WhitespaceFilter', {
  description: 'Which products are columns and which whitespace counts.',
  fields: (t) => ({
    families: t.stringList({
      description: 'Only products of these families are columns (each must be a family of the catalog).',
    }),
    minPropensity: t.field({
      type: 'Decimal',
      description:
        'Whitespace cells with a lower propensity (a fraction, 0 to 1) are left out of cells, counts and values.',
    }),
    asOf: t.field({
      type: 'Date',
      description:
        'The day the matrix describes (default today, UTC): an installed product is owned, by the account and among its peers, from its since day until the day before its endDate; one that has ended is not.',
    }),
  }),
});

type ScopeInput = typeof WhitespaceScope.$inferInput;
type FilterInput = typeof WhitespaceFilter.$inferInput;

function parseScope(input: ScopeInput | null | undefined): ScopeFilter {
  if (!input) return {};
  return {
    repId: parseOptionalId(input.repId, 'Rep', ['scope', 'repId']),
    managerId: parseOptionalId(input.managerId, 'Rep', ['scope', 'managerId']),
    territoryId: parseOptionalId(input.territoryId, 'Territory', ['scope', 'territoryId']),
    region: input.region ?? undefined,
    industry: input.industry ?? undefined,
    segments: input.segments ?? undefined,
    accountIds: input.accountIds?.map((id, i) => parseId(String(id), 'Account', ['scope', 'accountIds', i])),
  };
}

/** The service request of a query: its scope and filter, within what the caller may see. */
function request(
  ctx: Context,
  scope: ScopeInput | null | undefined,
  filter: FilterInput | null | undefined,
  granularity: Granularity | null | undefined,
): WhitespaceRequest {
  return {
    scope: parseScope(scope),
    granularity: granularity ?? 'family',
    families: filter?.families ?? null,
    minPropensity: filter?.minPropensity ?? null,
    asOf: filter?.asOf ?? null,
    // Hierarchy visibility (docs/design.md §2): only accounts owned by reps the caller may see, and
    // only the deals the caller may see count as pipeline.
    visibility: ctx.visibility,
  };
}

// ---------------------------------------------------------------- result types

const PeerEvidenceRef = builder.objectRef<PeerEvidence>('PeerEvidence').implement({
  description:
    'The peers behind a whitespace estimate: the other accounts of the organization in the same industry and segment.',
  fields: (t) => ({
    industry: t.exposeString('industry', { description: 'Industry of the peer group.' }),
    segment: t.expose('segment', { type: SegmentEnum, description: 'Segment of the peer group.' }),
    peerCount: t.exposeInt('peerCount', { description: 'Number of peers (the account itself excluded).' }),
    owningPeerCount: t.exposeInt('owningPeerCount', {
      description: 'Peers that own the product (for a family column: any active product of the family).',
    }),
    medianArr: t.expose('medianArr', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description:
        "Median ARR of the product among owning peers (for a family column: of each owning peer's ARR over the family's active products), the mean of the two middle values for an even count, exact (not rounded to the cent); null when no peer owns it.",
    }),
  }),
});

const propensityDescription = `Share of peers that own the product, a fraction rounded to ${RATIO_DECIMALS} decimal places (0 without peers).`;

const valueDescription =
  'median ARR among owning peers (see evidence), rounded half-even to the cent; 0 when no peer owns it';
const expectedDescription =
  'propensity x estimatedValue, rounded half-even to the cent: the value weighted by its odds';

const WhitespaceUpgradeRef = builder.objectRef<With<WhitespaceUpgrade>>('WhitespaceUpgrade').implement({
  description:
    'A move to a higher edition of a family the account owns: not whitespace (the need is met) and in no whitespace count or total.',
  fields: (t) => ({
    fromProduct: t.prismaField({
      type: 'Product',
      description: 'The highest edition of the family the account owns.',
      resolve: (query, u) => u.related.products.get(query, u.fromProductId),
    }),
    toProduct: t.prismaField({
      type: 'Product',
      description: 'The higher edition of the family owned by the most peers (ties: the lower edition).',
      resolve: (query, u) => u.related.products.get(query, u.toProductId),
    }),
    propensity: t.expose('propensity', {
      type: 'Decimal',
      description: `Share of peers that own the higher edition, a fraction rounded to ${RATIO_DECIMALS} decimal places.`,
    }),
    estimatedValue: t.expose('estimatedValue', {
      type: 'Decimal',
      ...MONEY,
      description:
        "Median ARR of the higher edition among the peers owning it (rounded half-even to the cent) less the account's ARR of its current edition; at least 0.",
    }),
    expectedValue: t.expose('expectedValue', { type: 'Decimal', ...MONEY, description: `${expectedDescription}.` }),
    evidence: t.expose('evidence', {
      type: PeerEvidenceRef,
      description: 'The peer statistics of the higher edition.',
    }),
  }),
});

const WhitespaceCellRef = builder.objectRef<With<WhitespaceCell>>('WhitespaceCell').implement({
  description: 'One account x column cell of the whitespace matrix; a column is a product family or a product.',
  fields: (t) => ({
    product: t.prismaField({
      type: 'Product',
      description:
        "The column's product: the product itself, or at FAMILY granularity the family's representative (its lowest edition, then name).",
      resolve: (query, cell) => cell.related.products.get(query, cell.productId),
    }),
    family: t.exposeString('family', { description: "The column's product family." }),
    status: t.expose('status', { type: WhitespaceStatusEnum, description: 'Owned, in pipeline or whitespace.' }),
    arr: t.expose('arr', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: 'ARR of the product at this account; OWNED cells only.',
    }),
    openPipeline: t.expose('openPipeline', {
      type: 'Decimal',
      ...MONEY,
      description: "Total of this product's line items on the account's open opportunities (0 when none).",
    }),
    propensity: t.expose('propensity', {
      type: 'Decimal',
      nullable: true,
      description: `WHITESPACE cells only. ${propensityDescription}`,
    }),
    estimatedValue: t.expose('estimatedValue', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: `WHITESPACE cells only: ${valueDescription}.`,
    }),
    expectedValue: t.expose('expectedValue', {
      type: 'Decimal',
      ...MONEY,
      nullable: true,
      description: `WHITESPACE cells only: ${expectedDescription}.`,
    }),
    evidence: t.expose('evidence', {
      type: PeerEvidenceRef,
      nullable: true,
      description: 'WHITESPACE cells only: the peer statistics behind propensity and estimated value.',
    }),
    upgrade: t.field({
      type: WhitespaceUpgradeRef,
      nullable: true,
      description:
        'FAMILY granularity, OWNED cells only: the move to a higher edition of the family that peers own; null when there is none.',
      resolve: (cell) => (cell.upgrade ? { ...cell.upgrade, related: cell.related } : null),
    }),
  }),
});

const AccountWhitespaceRef = builder.objectRef<With<AccountWhitespace>>('AccountWhitespace').implement({
  description: 'One account (row) of the whitespace matrix with its cells and totals.',
  fields: (t) => ({
    account: t.prismaField({
      type: 'Account',
      description: 'The account.',
      resolve: (query, row) => row.related.accounts.get(query, row.accountId),
    }),
    ownedCount: t.exposeInt('ownedCount', { description: 'Products (columns) the account owns.' }),
    inPipelineCount: t.exposeInt('inPipelineCount', {
      description: 'Products not owned but on an open opportunity of the account.',
    }),
    whitespaceCount: t.exposeInt('whitespaceCount', {
      description: 'Whitespace cells (at or above the minimum propensity, when one is given).',
    }),
    totalEstimatedValue: t.expose('totalEstimatedValue', {
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the estimated values of those whitespace cells (each rounded to the cent).',
    }),
    totalExpectedValue: t.expose('totalExpectedValue', {
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the expected values of those whitespace cells (each rounded to the cent).',
    }),
    cells: t.field({
      type: [WhitespaceCellRef],
      description:
        'One cell per column, by family then name; whitespace cells below the minimum propensity are left out.',
      args: {
        statuses: t.arg({ type: [WhitespaceStatusEnum], description: 'Only cells in one of these states.' }),
      },
      resolve: (row, { statuses }) => {
        const cells = statuses ? row.cells.filter((c) => statuses.includes(c.status)) : row.cells;
        return cells.map((c) => ({ ...c, related: row.related }));
      },
    }),
  }),
});

const WhitespaceOpportunityRef = builder.objectRef<With<WhitespaceOpportunity>>('WhitespaceOpportunity').implement({
  description: 'A whitespace cell worth pursuing: an account that lacks a product its peers own.',
  fields: (t) => ({
    account: t.prismaField({
      type: 'Account',
      description: 'The account.',
      resolve: (query, o) => o.related.accounts.get(query, o.accountId),
    }),
    product: t.prismaField({
      type: 'Product',
      description:
        "The product it does not own and has no open pipeline for; at FAMILY granularity the family's representative (its lowest edition, then name): the account owns no product of the family.",
      resolve: (query, o) => o.related.products.get(query, o.productId),
    }),
    family: t.exposeString('family', { description: "The column's product family." }),
    propensity: t.expose('propensity', { type: 'Decimal', description: propensityDescription }),
    estimatedValue: t.expose('estimatedValue', {
      type: 'Decimal',
      ...MONEY,
      description: `The ${valueDescription}.`,
    }),
    expectedValue: t.expose('expectedValue', { type: 'Decimal', ...MONEY, description: `${expectedDescription}.` }),
    evidence: t.expose('evidence', { type: PeerEvidenceRef, description: 'The peer statistics behind the estimate.' }),
  }),
});

// ---------------------------------------------------------------- connections

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

function connection<Node, Extra>(
  page: { edges: { cursor: string; node: Node }[]; hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number },
  extra: Extra,
): Connection<Node> & Extra {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
    ...extra,
  };
}

const pageInfoField = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Connection<unknown>>) =>
  t.field({
    type: builder.pageInfoRef(),
    description: 'Position of this page in the list.',
    resolve: (c) => c.pageInfo,
  });

const AccountWhitespaceEdge = builder
  .objectRef<{ cursor: string; node: With<AccountWhitespace> }>('AccountWhitespaceEdge')
  .implement({
    description: 'An account of the whitespace matrix in a page, with its cursor.',
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Opaque position of the item, for `after`.' }),
      node: t.expose('node', { type: AccountWhitespaceRef, description: 'The account row.' }),
    }),
  });

type MatrixConnection = Connection<With<AccountWhitespace>> & { productIds: number[]; related: Related };

const AccountWhitespaceConnection = builder.objectRef<MatrixConnection>('AccountWhitespaceConnection').implement({
  description: 'A page of the whitespace matrix: accounts (rows) with their cells, and the product columns.',
  fields: (t) => ({
    edges: t.expose('edges', {
      type: [AccountWhitespaceEdge],
      description: 'The rows of the page with their cursors.',
    }),
    pageInfo: pageInfoField(t),
    totalCount: t.exposeInt('totalCount', {
      description:
        'Accounts listed, across all pages: those in scope, or with a minimum propensity those with whitespace at or above it.',
    }),
    products: t.prismaField({
      type: ['Product'],
      description:
        'The matrix columns, by family then name: active products (of the requested families), or at FAMILY granularity the representative product of each family.',
      resolve: (query, c) => Promise.all(c.productIds.map((id) => c.related.products.get(query, id))),
    }),
  }),
});

const WhitespaceOpportunityEdge = builder
  .objectRef<{ cursor: string; node: With<WhitespaceOpportunity> }>('WhitespaceOpportunityEdge')
  .implement({
    description: 'A whitespace opportunity in a page, with its cursor.',
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Opaque position of the item, for `after`.' }),
      node: t.expose('node', { type: WhitespaceOpportunityRef, description: 'The opportunity.' }),
    }),
  });

const WhitespaceOpportunityConnection = builder
  .objectRef<Connection<With<WhitespaceOpportunity>>>('WhitespaceOpportunityConnection')
  .implement({
    description: 'A page of whitespace opportunities, highest estimated value first.',
    fields: (t) => ({
      edges: t.expose('edges', {
        type: [WhitespaceOpportunityEdge],
        description: 'The opportunities of the page with their cursors.',
      }),
      pageInfo: pageInfoField(t),
      totalCount: t.exposeInt('totalCount', {
        description:
          'Whitespace cells of the scope with at least one owning peer (at or above the minimum propensity), across all pages.',
      }),
    }),
  });

// ---------------------------------------------------------------- summary types

function metricFields<T extends SummaryMetrics>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    accountCount: t.int({ description: 'Accounts in scope (in this group).', resolve: (m) => m.accountCount }),
    productCount: t.int({
      description: 'Product columns counted (1 for a product row).',
      resolve: (m) => m.productCount,
    }),
    ownedCount: t.int({ description: 'OWNED cells: account x product pairs owned.', resolve: (m) => m.ownedCount }),
    inPipelineCount: t.int({ description: 'IN_PIPELINE cells.', resolve: (m) => m.inPipelineCount }),
    whitespaceCount: t.int({
      description: 'WHITESPACE cells (at or above the minimum propensity, when one is given).',
      resolve: (m) => m.whitespaceCount,
    }),
    penetration: t.field({
      type: 'Decimal',
      nullable: true,
      description: `ownedCount / (accountCount x productCount), a fraction rounded to ${RATIO_DECIMALS} places; for a product row, the share of accounts that own it. Null without cells.`,
      resolve: (m) => m.penetration,
    }),
    totalEstimatedValue: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Sum of the estimated values of the whitespace cells (each rounded to the cent).',
      resolve: (m) => m.totalEstimatedValue,
    }),
    totalExpectedValue: t.field({
      type: 'Decimal',
      ...MONEY,
      description:
        'Sum of the expected values (propensity x estimated value) of the whitespace cells (each rounded to the cent).',
      resolve: (m) => m.totalExpectedValue,
    }),
    openPipeline: t.field({
      type: 'Decimal',
      ...MONEY,
      description: 'Total of the line items of these products on open opportunities of these accounts.',
      resolve: (m) => m.openPipeline,
    }),
  };
}

const WhitespaceTotalsRef = builder.objectRef<SummaryMetrics>('WhitespaceTotals').implement({
  description: 'Whitespace totals of a whole scope.',
  fields: (t) => metricFields(t),
});

const WhitespaceSummaryGroupRef = builder.objectRef<With<SummaryGroup>>('WhitespaceSummaryGroup').implement({
  description: 'Whitespace totals of one group; only the key field of the grouping is set.',
  fields: (t) => ({
    ...metricFields(t),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      description: "PRODUCT grouping: the column's product (at FAMILY granularity the family's representative).",
      resolve: (query, g) => g.related.products.find(query, g.productId),
    }),
    family: t.exposeString('family', { nullable: true, description: "PRODUCT grouping: the column's family." }),
    territory: t.prismaField({
      type: 'Territory',
      nullable: true,
      description: 'TERRITORY grouping: the territory; null for accounts without one.',
      resolve: (query, g) => g.related.territories.find(query, g.territoryId),
    }),
    rep: t.prismaField({
      type: 'Rep',
      nullable: true,
      description: 'REP grouping: the account owner; null for accounts without one.',
      resolve: (query, g) => g.related.reps.find(query, g.repId),
    }),
    segment: t.expose('segment', { type: SegmentEnum, nullable: true, description: 'SEGMENT grouping: the segment.' }),
    industry: t.exposeString('industry', { nullable: true, description: 'INDUSTRY grouping: the industry.' }),
  }),
});

const WhitespaceSummaryRef = builder
  .objectRef<{ groupBy: SummaryGrouping; groups: With<SummaryGroup>[]; total: SummaryMetrics }>('WhitespaceSummary')
  .implement({
    description: 'Whitespace of a scope grouped one way, with the total of the whole scope.',
    fields: (t) => ({
      groupBy: t.expose('groupBy', { type: WhitespaceGroupingEnum, description: 'The grouping.' }),
      groups: t.expose('groups', {
        type: [WhitespaceSummaryGroupRef],
        description: 'One row per group, highest total estimated value first.',
      }),
      total: t.expose('total', { type: WhitespaceTotalsRef, description: 'The whole scope.' }),
    }),
  });

// ---------------------------------------------------------------- queries

/** Whitespace is sales analytics: the scope that grants performance analytics grants it. */
const READ_SCOPE = 'read:performance';

builder.queryFields((t) => {
  const scope = () => t.arg({ type: WhitespaceScope, description: 'Accounts considered (default: all).' });
  const filter = () => t.arg({ type: WhitespaceFilter, description: 'Product columns and propensity threshold.' });
  const first = () =>
    t.arg.int({
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `At most this many items (default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}).`,
    });
  const after = () => t.arg.string({ description: 'Page forward from this cursor.' });
  const granularity = () =>
    t.arg({
      type: WhitespaceGranularityEnum,
      defaultValue: 'family',
      description: 'What a column is: a product family (default) or a product.',
    });
  return {
    whitespace: t.field({
      authScopes: { scope: READ_SCOPE },
      type: AccountWhitespaceConnection,
      description:
        'The account x product whitespace matrix of a scope: a page of accounts, each with one cell per product.',
      args: {
        scope: scope(),
        filter: filter(),
        granularity: granularity(),
        orderBy: t.arg({
          type: AccountWhitespaceOrder,
          description: 'Sort order (default: total estimated value, highest first).',
        }),
        first: first(),
        after: after(),
      },
      resolve: async (_root, args, ctx) => {
        const page = await whitespaceMatrix(
          ctx.prisma,
          ctx.organization.id,
          request(ctx, args.scope, args.filter, args.granularity),
          {
            first: args.first,
            after: args.after,
            orderBy: args.orderBy ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'desc' } : null,
          },
        );
        const upgrades = page.edges.flatMap((e) =>
          e.node.cells.flatMap((c) => (c.upgrade ? [c.upgrade.fromProductId, c.upgrade.toProductId] : [])),
        );
        const rel = related(ctx, {
          accounts: page.edges.map((e) => e.node.accountId),
          products: present([...page.productIds, ...upgrades]),
        });
        return connection(
          { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, related: rel } })) },
          { productIds: page.productIds, related: rel },
        );
      },
    }),
    whitespaceSummary: t.field({
      authScopes: { scope: READ_SCOPE },
      type: WhitespaceSummaryRef,
      description: 'Whitespace totals of a scope grouped by product, territory, rep, segment or industry.',
      args: {
        scope: scope(),
        filter: filter(),
        granularity: granularity(),
        groupBy: t.arg({ type: WhitespaceGroupingEnum, required: true, description: 'How to group.' }),
      },
      resolve: async (_root, args, ctx) => {
        const summary = await whitespaceSummary(
          ctx.prisma,
          ctx.organization.id,
          request(ctx, args.scope, args.filter, args.granularity),
          args.groupBy,
        );
        const rel = related(ctx, {
          products: present(summary.groups.map((g) => g.productId)),
          territories: present(summary.groups.map((g) => g.territoryId)),
          reps: present(summary.groups.map((g) => g.repId)),
        });
        return { ...summary, groups: summary.groups.map((g) => ({ ...g, related: rel })) };
      },
    }),
    whitespaceOpportunities: t.field({
      authScopes: { scope: READ_SCOPE },
      type: WhitespaceOpportunityConnection,
      description:
        'The highest-value whitespace cells of a scope with their peer evidence: estimated value, then propensity, highest first.',
      args: { scope: scope(), filter: filter(), granularity: granularity(), first: first(), after: after() },
      resolve: async (_root, args, ctx) => {
        const page = await whitespaceOpportunities(
          ctx.prisma,
          ctx.organization.id,
          request(ctx, args.scope, args.filter, args.granularity),
          {
            first: args.first,
            after: args.after,
          },
        );
        const rel = related(ctx, {
          accounts: present(page.edges.map((e) => e.node.accountId)),
          products: present(page.edges.map((e) => e.node.productId)),
        });
        return connection(
          { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, related: rel } })) },
          {},
        );
      },
    }),
  };
});
