import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with time zone, e.g. `2026-11-22T09:30:00Z`. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number carried as a string. Money is in the organization currency and always has two decimals, e.g. "1250.50" (docs/design.md §11); rates and percentages are fractions (1.0 = 100%) with their own places, e.g. "0.75". */
  Decimal: { input: string; output: string; }
  /** Arbitrary JSON (used for explanations and audit snapshots). */
  JSON: { input: unknown; output: unknown; }
};

/** A customer or prospect company. */
export type Account = Node & {
  /** Annual revenue. */
  annualRevenue?: Maybe<Scalars['Decimal']['output']>;
  /** Country (ISO 3166 alpha-2). */
  country: Scalars['String']['output'];
  /** Web domain. */
  domain?: Maybe<Scalars['String']['output']>;
  /** Number of employees. */
  employees: Scalars['Int']['output'];
  /** The CRM's ID for this account. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Industry. */
  industry: Scalars['String']['output'];
  /** Products the account owns (installed base / subscriptions), by product. */
  installedProducts: Array<AccountProduct>;
  /** Company name. */
  name: Scalars['String']['output'];
  /** Opportunities on this account, latest close date first. */
  opportunities: AccountOpportunitiesConnection;
  /** Account owner. */
  owner?: Maybe<Rep>;
  /** Parent company, for account hierarchies. */
  parent?: Maybe<Account>;
  /** Sales region. */
  region: Scalars['String']['output'];
  /** Size band derived from employees. */
  segment: Segment;
  /** Territory the account is assigned to. */
  territory?: Maybe<Territory>;
  /** When the account last changed (what `updatedSince` filters on). */
  updatedAt: Scalars['DateTime']['output'];
};


/** A customer or prospect company. */
export type AccountOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Account objects. */
export type AccountConnection = {
  /** The items of the page with their cursors. */
  edges: Array<AccountEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Account in a page, with its cursor. */
export type AccountEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Account;
};

/** Conditions an account must meet; all given conditions apply. */
export type AccountFilter = {
  /** Exact industry. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Accounts owned by this rep. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of name or domain. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these segments. */
  segments?: InputMaybe<Array<Segment>>;
  /** Accounts of this territory. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Changed at or after this instant (incremental extracts: pass the start time of the previous extract). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of a list. */
export type AccountOpportunitiesConnection = {
  /** The items of the page with their cursors. */
  edges: Array<AccountOpportunitiesConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type AccountOpportunitiesConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Opportunity;
};

/** Sort order for accounts. */
export type AccountOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: AccountOrderField;
};

/** Fields accounts can be sorted by. */
export type AccountOrderField =
  /** Annual revenue. */
  | 'ANNUAL_REVENUE'
  /** Number of employees. */
  | 'EMPLOYEES'
  /** Company name. */
  | 'NAME';

/** A product an account owns: an installed product or subscription. */
export type AccountProduct = {
  /** The account that owns the product. */
  account: Account;
  /** Annual recurring revenue of the subscription. */
  arr: Scalars['Decimal']['output'];
  /** First day the product is no longer installed (exclusive); null = open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The product. */
  product: Product;
  /** Start of ownership. */
  since: Scalars['Date']['output'];
  /** When the installed product last changed (what `updatedSince` filters on). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where the rules would put one account. */
export type AccountRouting = {
  /** The account. */
  account: Account;
  /** Its live territory now (possibly of another plan); null when unassigned. */
  currentTerritory?: Maybe<Territory>;
  /** Where the rules route it; null for a conflict or when no rule matches. */
  proposedTerritory?: Maybe<Territory>;
  /** The rule that decided (the best-priority matching rule of the winning territory). */
  rule?: Maybe<TerritoryRule>;
  /** Conflicts: the territories tied at the top priority (none got the account). */
  tiedTerritories: Array<Territory>;
};

/** One account (row) of the whitespace matrix with its cells and totals. */
export type AccountWhitespace = {
  /** The account. */
  account: Account;
  /** One cell per column, by family then name; whitespace cells below the minimum propensity are left out. */
  cells: Array<WhitespaceCell>;
  /** Products not owned but on an open opportunity of the account. */
  inPipelineCount: Scalars['Int']['output'];
  /** Products (columns) the account owns. */
  ownedCount: Scalars['Int']['output'];
  /** Sum of the estimated values of those whitespace cells (each rounded to the cent). */
  totalEstimatedValue: Scalars['Decimal']['output'];
  /** Sum of the expected values of those whitespace cells (each rounded to the cent). */
  totalExpectedValue: Scalars['Decimal']['output'];
  /** Whitespace cells (at or above the minimum propensity, when one is given). */
  whitespaceCount: Scalars['Int']['output'];
};


/** One account (row) of the whitespace matrix with its cells and totals. */
export type AccountWhitespaceCellsArgs = {
  statuses?: InputMaybe<Array<WhitespaceStatus>>;
};

/** A page of the whitespace matrix: accounts (rows) with their cells, and the product columns. */
export type AccountWhitespaceConnection = {
  /** The rows of the page with their cursors. */
  edges: Array<AccountWhitespaceEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** The matrix columns, by family then name: active products (of the requested families), or at FAMILY granularity the representative product of each family. */
  products: Array<Product>;
  /** Accounts listed, across all pages: those in scope, or with a minimum propensity those with whitespace at or above it. */
  totalCount: Scalars['Int']['output'];
};

/** An account of the whitespace matrix in a page, with its cursor. */
export type AccountWhitespaceEdge = {
  /** Opaque position of the item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The account row. */
  node: AccountWhitespace;
};

/** Sort order of the whitespace matrix; ties are broken by account, in creation order. */
export type AccountWhitespaceOrder = {
  /** Ascending or descending (default descending: most whitespace first). */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: AccountWhitespaceOrderField;
};

/** Fields the whitespace matrix can be sorted by. */
export type AccountWhitespaceOrderField =
  /** Account name. */
  | 'ACCOUNT_NAME'
  /** Sum of the estimated values of the account's whitespace. */
  | 'TOTAL_ESTIMATED_VALUE'
  /** Number of whitespace cells of the account. */
  | 'WHITESPACE_COUNT';

/** A DRAFT plan to put in force; refused while another plan of its fiscal year is ACTIVE. */
export type ActivateSalesPlanInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan. */
  id: Scalars['ID']['input'];
};

/** Result of activateSalesPlan. */
export type ActivateSalesPlanPayload = {
  /** The plan after the change; null when the input was refused. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** How to split a target into quotas, written as the reps' quotas for the period. */
export type AllocateQuotasInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** Split over reps or territories. */
  over: QuotaAllocationUnit;
  /** The period the quotas are for (default the plan's fiscal year). */
  periodKey?: InputMaybe<Scalars['String']['input']>;
  /** Discount ramping new hires (month k of a ramp of R months counts k/R); default true. */
  rampDiscount?: InputMaybe<Scalars['Boolean']['input']>;
  /** REPS: these reps (default every individual quota carrier of the period: AE, AM and SDR reps employed during it and any other PRIMARY assignment holder, team and overlay roles left out). Name only SE reps to allocate overlay quotas, with their own target. */
  repIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The plan. */
  salesPlanId: Scalars['ID']['input'];
  /** Amount to allocate, whole cents (default: the plan's target, when allocating the year). */
  target?: InputMaybe<Scalars['Decimal']['input']>;
  /** TERRITORIES: these territories alone (default the plan's leaf territories, and each carrier without a PRIMARY assignment as a unit of its own). */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the shares are proportional to. */
  weight: QuotaAllocationWeight;
};

/** Result of allocateQuotas. */
export type AllocateQuotasPayload = {
  /** What was written. */
  allocation?: Maybe<QuotaAllocation>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A credential for partners, BI tools and services. The secret is shown once, at creation, and never stored. */
export type ApiKey = Node & {
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Expiry; null = never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Last successful use, to the minute; null if never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, e.g. "Looker nightly extract". */
  name: Scalars['String']['output'];
  /** The first characters of the key (`cxs_` and 12 more), to recognise it without revealing it. */
  prefix: Scalars['String']['output'];
  /** The rep the key acts as; null for an organization-wide service key. */
  rep?: Maybe<Rep>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Scopes granted to the key. */
  scopes: Array<Scope>;
  /** Whether the key is accepted now. */
  status: ApiKeyStatus;
};

/** A page of ApiKey objects. */
export type ApiKeyConnection = {
  /** The items of the page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An ApiKey in a page, with its cursor. */
export type ApiKeyEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ApiKey;
};

/** Conditions an API key must meet. */
export type ApiKeyFilter = {
  /** Include revoked keys (default false). */
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether a key is accepted. */
export type ApiKeyStatus =
  /** Accepted. */
  | 'ACTIVE'
  /** Past its expiry time; refused. */
  | 'EXPIRED'
  /** Revoked by an admin; refused. */
  | 'REVOKED';

/** The ACTIVE plan whose rules place the accounts. */
export type ApplyTerritoryRulesInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** true: accounts already in a territory of this plan (placed earlier, or moved by hand) keep it, and only the others are routed. Default false: every account is routed. */
  preserveExisting?: InputMaybe<Scalars['Boolean']['input']>;
  /** The plan; it must be ACTIVE (accounts have one live territory). */
  salesPlanId: Scalars['ID']['input'];
};

/** Result of applyTerritoryRules. */
export type ApplyTerritoryRulesPayload = {
  /** Accounts left unassigned by a tie. */
  conflictCount?: Maybe<Scalars['Int']['output']>;
  /** Accounts whose territory changed. */
  movedCount?: Maybe<Scalars['Int']['output']>;
  /** Accounts the rules route. */
  routedCount?: Maybe<Scalars['Int']['output']>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Accounts left unassigned because no rule matches. */
  unmatchedCount?: Maybe<Scalars['Int']['output']>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A DRAFT run without line errors to approve; it never changes afterwards. */
export type ApprovePayoutRunInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The payout run. */
  id: Scalars['ID']['input'];
};

/** Result of approvePayoutRun. */
export type ApprovePayoutRunPayload = {
  /** The run after the change; null when the input was refused. */
  payoutRun?: Maybe<PayoutRun>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A DRAFT or ACTIVE plan to retire. */
export type ArchiveSalesPlanInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan. */
  id: Scalars['ID']['input'];
};

/** Result of archiveSalesPlan. */
export type ArchiveSalesPlanPayload = {
  /** The plan after the change; null when the input was refused. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The reps of one band of the attainment distribution, by rank. */
export type AttainmentBand = {
  /** Which band. */
  band: AttainmentBandName;
  /** The band's bookings (for MIDDLE_60, movingTheMiddle.middleBookings). */
  bookings: Scalars['Decimal']['output'];
  /** Reps in the band (for MIDDLE_60, movingTheMiddle.middleRepCount). */
  repCount: Scalars['Int']['output'];
  /** The reps, lowest rank first. */
  reps: Array<AttainmentBandRep>;
};

/** A band of reps by attainment rank, cut as "moving the middle" cuts it. */
export type AttainmentBandName =
  /** The lowest-ranked floor(20% of reps). */
  | 'BOTTOM_20'
  /** The reps between the bottom and the top 20%: those "moving the middle" counts. */
  | 'MIDDLE_60'
  /** The highest-ranked floor(20% of reps). */
  | 'TOP_20';

/** A rep of an attainment band, with the figures that ranked them. */
export type AttainmentBandRep = {
  /** bookings / quota, 6 decimals. */
  attainment: Scalars['Decimal']['output'];
  /** Their bookings in the period (REP row: overlay credit included). */
  bookings: Scalars['Decimal']['output'];
  /** Name of the rep. */
  name: Scalars['String']['output'];
  /** Their quota for the period. */
  quota: Scalars['Decimal']['output'];
  /** Rank by attainment over the distribution, 1 = lowest; ties broken by rep ID. */
  rank: Scalars['Int']['output'];
  /** The rep. */
  rep?: Maybe<Rep>;
};

/** Per-rep attainment for a period over the reps of the scope with an individual quota above 0 (same credit as the REP grouping). */
export type AttainmentDistribution = {
  /** The reps by name in three bands: BOTTOM_20, MIDDLE_60 and TOP_20 (floor(20% of reps) at each end, ranked by attainment, ties by rep ID: the cut and tie rule of movingTheMiddle). */
  bands: Array<AttainmentBand>;
  /** 21 buckets: [0, 10%), [10%, 20%) ... [190%, 200%), then 200% and above. */
  histogram: Array<AttainmentHistogramBucket>;
  /** Mean of the per-rep attainments (unweighted), 6 decimals. */
  mean?: Maybe<Scalars['Decimal']['output']>;
  /** Median attainment, 6 decimals. */
  median?: Maybe<Scalars['Decimal']['output']>;
  /** Middle 60% improving by X% versus the top decile closing one more deal each. */
  movingTheMiddle: MovingTheMiddle;
  /** 10th percentile (linear interpolation between closest ranks), 6 decimals. */
  p10?: Maybe<Scalars['Decimal']['output']>;
  /** 25th percentile, 6 decimals. */
  p25?: Maybe<Scalars['Decimal']['output']>;
  /** 75th percentile, 6 decimals. */
  p75?: Maybe<Scalars['Decimal']['output']>;
  /** 90th percentile, 6 decimals. */
  p90?: Maybe<Scalars['Decimal']['output']>;
  /** The period measured. */
  period: PerformancePeriod;
  /** Reps with a quota in the period. */
  repCount: Scalars['Int']['output'];
  /** Reps at or above 100%. */
  repsAtOrAboveQuota: Scalars['Int']['output'];
  /** repsAtOrAboveQuota / repCount, 6 decimals. */
  shareAtOrAboveQuota?: Maybe<Scalars['Decimal']['output']>;
};

/** Reps whose attainment falls in [lowerBound, upperBound). */
export type AttainmentHistogramBucket = {
  /** Inclusive lower bound (0.1 = 10%). */
  lowerBound: Scalars['Decimal']['output'];
  /** Reps in the bucket. */
  repCount: Scalars['Int']['output'];
  /** repCount / reps with a quota, 6 decimals; null when no rep has a quota. */
  share?: Maybe<Scalars['Decimal']['output']>;
  /** Exclusive upper bound; null for the 200%+ bucket. */
  upperBound?: Maybe<Scalars['Decimal']['output']>;
};

/** One change in the audit trail: who, what, when, with before and after. Changes with a topic are also change events sent to webhooks; the ID is the event id they carry. */
export type AuditEvent = Node & {
  /** Verb of the change, e.g. `salesPlan.activate`. */
  action: Scalars['String']['output'];
  /** `key:<id>`, `user:<sub>` or the system job: the `principal` of the caller. */
  actorId: Scalars['String']['output'];
  /** `API_KEY`, `USER` or `SYSTEM`. */
  actorType: Scalars['String']['output'];
  /** The record after the change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The record before the change. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When the change was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Row id of the changed record (`bulk` for the summary of an ingestion call). */
  entityId: Scalars['String']['output'];
  /** Type of the changed record, e.g. `SalesPlan`. */
  entityType: Scalars['String']['output'];
  /** Event type sent to webhooks, e.g. `opportunity.updated`; null when not an event. */
  eventType?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** The request that made the change. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Webhook topic, when the change is an event. */
  topic?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEvent objects. */
export type AuditEventConnection = {
  /** The items of the page with their cursors. */
  edges: Array<AuditEventEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An AuditEvent in a page, with its cursor. */
export type AuditEventEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEvent;
};

/** Conditions an audit event must meet (all that are given). */
export type AuditEventFilter = {
  /** Verb, e.g. `payoutRun.approve`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** The principal that made the change, e.g. `key:12`. */
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** Global ID of the changed record (implies its type). */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Type of the changed record, e.g. `Opportunity`. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Changes at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Changes before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Size of a set of accounts: count, ARR, open pipeline, last year bookings, whitespace value. */
export type BalanceMeasures = {
  /** Accounts held. */
  accountCount: Scalars['Int']['output'];
  /** Amount of their opportunities won in the fiscal year before the plan. */
  lastYearBookings: Scalars['Decimal']['output'];
  /** Amount of their open opportunities (any close date). */
  openPipeline: Scalars['Decimal']['output'];
  /** Annual recurring revenue of their installed products. */
  totalArr: Scalars['Decimal']['output'];
  /** Total estimated value of their whitespace cells: per product they neither own nor have in open pipeline, the median ARR of the product among owning peers (same industry and segment). */
  whitespaceValue: Scalars['Decimal']['output'];
};

/** Imbalance across the leaf territories: the coefficient of variation (population standard deviation / mean) of each measure, 0 = perfectly even; null without leaves or with a zero mean. */
export type BalanceSpread = {
  /** Spread of account counts. */
  accountCount?: Maybe<Scalars['Decimal']['output']>;
  /** Spread of last year bookings. */
  lastYearBookings?: Maybe<Scalars['Decimal']['output']>;
  /** Spread of open pipeline. */
  openPipeline?: Maybe<Scalars['Decimal']['output']>;
  /** Spread of ARR. */
  totalArr?: Maybe<Scalars['Decimal']['output']>;
  /** Spread of whitespace value. */
  whitespaceValue?: Maybe<Scalars['Decimal']['output']>;
};

/** A query run as a background job over a whole list, into a file to download (for BI tools and partners). */
export type BulkOperation = Node & {
  /** When it ended: COMPLETED, FAILED or CANCELED. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it FAILED; null otherwise. */
  errorCode?: Maybe<BulkOperationErrorCode>;
  /** Size of the file in bytes, once COMPLETED. */
  fileSize?: Maybe<Scalars['Int']['output']>;
  /** File format. */
  format: BulkOperationFormat;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Objects written so far, nested objects included (a deal with its account, owner and two line items counts 5); updated about every second while RUNNING. */
  objectCount: Scalars['Int']['output'];
  /** The GraphQL query it runs, as submitted. */
  query: Scalars['String']['output'];
  /** Root nodes (rows of the root connection) written so far; updated about every second while RUNNING. */
  rootObjectCount: Scalars['Int']['output'];
  /** When a job started it. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the operation is in its life. */
  status: BulkOperationStatus;
  /** Signed link to download the file (HTTP range requests supported); null until COMPLETED and after `urlExpiresAt`. */
  url?: Maybe<Scalars['String']['output']>;
  /** When `url` stops working and the file is deleted. */
  urlExpiresAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The operation to cancel. */
export type BulkOperationCancelInput = {
  /** ID of a CREATED or RUNNING bulk operation. */
  id: Scalars['ID']['input'];
};

/** A page of BulkOperation objects. */
export type BulkOperationConnection = {
  /** The items of the page with their cursors. */
  edges: Array<BulkOperationEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
};

/** A BulkOperation in a page, with its cursor. */
export type BulkOperationEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: BulkOperation;
};

/** Why a bulk operation FAILED. */
export type BulkOperationErrorCode =
  /** The credential that submitted it was revoked or expired, or lost a scope the query needs. */
  | 'ACCESS_DENIED'
  /** The process running it stopped (crash or restart); submit the operation again. */
  | 'INTERRUPTED'
  /** The query raised an error on a page. */
  | 'QUERY_FAILED'
  /** The finished file could not be stored. */
  | 'STORAGE_FAILED'
  /** The operation ran past its time limit, or a statement past its deadline. */
  | 'TIMEOUT';

/** File format of a bulk operation (docs/bulk-operations.md, "Formats"). */
export type BulkOperationFormat =
  /** RFC 4180 CSV, nested fields flattened into columns. */
  | 'CSV'
  /** One JSON object per line: each root node as the query returns it. */
  | 'NDJSON'
  /** Apache Parquet, typed columns, for DuckDB, Snowflake, BigQuery. */
  | 'PARQUET';

/** Result of submitting or canceling a bulk operation. */
export type BulkOperationPayload = {
  /** The operation; null when the input was refused. */
  bulkOperation?: Maybe<BulkOperation>;
  /** Why the input was refused; `field` names `input.query`, `input.format` or `input.id`. */
  userErrors: Array<UserError>;
};

/** A query to run over a whole list. */
export type BulkOperationRunQueryInput = {
  /** File format (default NDJSON). */
  format?: InputMaybe<BulkOperationFormat>;
  /** A GraphQL query whose root is exactly one connection (e.g. `opportunities(filter: ...)` without `first`/`after`), selecting `edges { node { ... } }` or `nodes { ... }`, with nested objects, lists and connections below (lists nested at most 2 deep under the root nodes, at most 12 fields deep). No variables, no mutation. */
  query: Scalars['String']['input'];
};

/** Where a bulk operation is in its life. */
export type BulkOperationStatus =
  /** Canceled by `bulkOperationCancel`; no file is kept. */
  | 'CANCELED'
  /** The file is complete and can be downloaded from `url`. */
  | 'COMPLETED'
  /** Accepted and queued; no job has started it yet. */
  | 'CREATED'
  /** Stopped by an error (see `errorCode`); no file is kept. */
  | 'FAILED'
  /** A job is running the query into the file. */
  | 'RUNNING';

/** Planned headcount of one role starting in one fiscal month, with its ramp, productivity and attrition. */
export type CapacityLine = Node & {
  /** Expected annual attrition as a fraction of the starting heads (0.15 = 15%), lost evenly month by month. */
  attritionRate: Scalars['Decimal']['output'];
  /** Heads in seat at the start month. */
  headcount: Scalars['Int']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Months to full productivity: month k of the ramp produces k/rampMonths (0 = productive at once). */
  rampMonths: Scalars['Int']['output'];
  /** Bookings per fully ramped head per month. */
  rampedProductivity: Scalars['Decimal']['output'];
  /** Job of the planned heads. */
  role: RepRole;
  /** The plan the line belongs to. */
  salesPlan: SalesPlan;
  /** Fiscal month (1-12) in which the heads start. */
  startMonth: Scalars['Int']['output'];
};

/** One capacity line's contribution to the year. */
export type CapacityLineYear = {
  /** The line. */
  capacityLine: CapacityLine;
  /** Its productive capacity over the year. */
  yearCapacity: Scalars['Decimal']['output'];
};

/** Productive capacity of one fiscal month. */
export type CapacityMonth = {
  /** Heads in seat after attrition (4 decimals). */
  heads: Scalars['Decimal']['output'];
  /** Fiscal month, 1-12. */
  month: Scalars['Int']['output'];
  /** Its period key, e.g. FY2027-M03. */
  periodKey: Scalars['String']['output'];
  /** Sum over lines of heads x ramp share x ramped productivity, to the cent. */
  productiveCapacity: Scalars['Decimal']['output'];
  /** Fully productive equivalents: heads x ramp share (4 decimals). */
  rampedHeads: Scalars['Decimal']['output'];
};

/** A scenario copied from a plan. */
export type CloneSalesPlanInput = {
  /** The plan to copy (any status). */
  id: Scalars['ID']['input'];
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Name of the new scenario. */
  name: Scalars['String']['input'];
};

/** Result of cloneSalesPlan. */
export type CloneSalesPlanPayload = {
  /** What was copied. */
  copied?: Maybe<SalesPlanCloneCounts>;
  /** The new DRAFT scenario; null when the input was refused. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The incentive pay (commission, bonus, SPIFF; draws excluded) of a rep or of a subtree for the period, as a distribution over the open deals' outcomes, each computed by the payout run's calculation. */
export type CommissionLiability = {
  /** The pay if no open deal is won: what the deals already won earn. */
  closedOnly: Scalars['Decimal']['output'];
  /** Expected pay by plan component, by kind and name. */
  components: Array<CommissionLiabilityComponent>;
  /** Expected pay (the accrual), half-even to the cent. */
  expected: Scalars['Decimal']['output'];
  /** Percentiles of the pay (default P10, P50, P90). */
  percentiles: Array<ForecastPercentile>;
  /** The rep, or the manager at the top of the subtree. */
  rep: Rep;
};

/** The expected pay of one comp plan component. */
export type CommissionLiabilityComponent = {
  /** Expected pay of the component. */
  expected: Scalars['Decimal']['output'];
  /** How it pays. */
  kind: CompComponentKind;
  /** The component name. */
  name: Scalars['String']['output'];
};

/** The commission expense an open period's forecast implies for a node's subtree, by rep, by direct report's subtree and in all: the accrual finance asks for. */
export type CommissionLiabilityForecast = {
  /** Each direct report's subtree, by name. */
  children: Array<CommissionLiability>;
  /** Monte Carlo: with 99% confidence each percentile p is between the true percentiles at p - epsilon and p + epsilon (DKW). 0 when exact. */
  epsilon: Scalars['Float']['output'];
  /** Exact or Monte Carlo. */
  method: CommissionLiabilityMethod;
  /** The whole subtree. */
  node: CommissionLiability;
  /** Open deals crediting the subtree, each counted once. */
  openDeals: Scalars['Int']['output'];
  /** Outcomes evaluated: 2^openDeals when exact, else the samples. */
  outcomes: Scalars['Int']['output'];
  /** The period. */
  period: ForecastPeriod;
  /** Every rep of the subtree a comp plan pays in the period, by ID. */
  reps: Array<CommissionLiability>;
  /** Seed of the Monte Carlo; null when exact. */
  seed?: Maybe<Scalars['Int']['output']>;
  /** Monte Carlo: standard error of the node's expected pay (sample standard deviation / sqrt(samples)). 0 when exact. */
  standardError: Scalars['Decimal']['output'];
};

/** How the outcomes of the open deals were evaluated. */
export type CommissionLiabilityMethod =
  /** At most 10 open deals: every outcome, with its exact probability. */
  | 'EXACT'
  /** More open deals: seeded samples of the outcomes, with the error stated (epsilon, standardError). */
  | 'MONTE_CARLO';

/** A comp plan assigned to a rep for a span of days, with salary, target incentive and draw. */
export type CompAssignment = Node & {
  /** Annual base salary (not paid by payout runs). */
  baseSalary: Scalars['Decimal']['output'];
  /** The plan version assigned; later published versions of it govern the days they take effect. */
  compPlan: CompPlan;
  /** Guaranteed minimum incentive per payout run period; null = no draw. */
  drawAmount?: Maybe<Scalars['Decimal']['output']>;
  /** true: draw top-ups are repaid from later earnings above the draw; false: never repaid. */
  drawRecoverable: Scalars['Boolean']['output'];
  /** End (exclusive); null = open-ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** The rep. */
  rep: Rep;
  /** First day (inclusive). */
  startDate: Scalars['Date']['output'];
  /** Annual on-target incentive. */
  targetIncentive: Scalars['Decimal']['output'];
  /** Increases with every change; endCompAssignment and updateCompAssignment name the version they read. */
  version: Scalars['Int']['output'];
};

/** A page of comp assignments. */
export type CompAssignmentConnection = {
  /** The items of the page with their cursors. */
  edges: Array<CompAssignmentEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A comp assignment in a page, with its cursor. */
export type CompAssignmentEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CompAssignment;
};

/** Conditions an assignment must meet; all given conditions apply. */
export type CompAssignmentFilter = {
  /** Assignments in effect on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Assignments of this plan version. */
  compPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Assignments of this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
};

/** A way a plan pays: commission, bonus or SPIFF, with its measure, period, rate table and cap. */
export type CompComponent = {
  /** Most this component pays per period (prorated by days for a partial period). */
  capAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Commission, bonus or SPIFF. */
  kind: CompComponentKind;
  /** Name, unique in its plan. */
  name: Scalars['String']['output'];
  /** Only deals of these types count; empty = all. */
  opportunityTypes: Array<OpportunityType>;
  /** The period measured and paid. */
  period: CompPeriod;
  /** Only line items of these product families count (the credited share of them); empty = the whole deal. */
  productFamilies: Array<Scalars['String']['output']>;
  /** true: the reached tier rate applies to all credit; false: each tier pays its own slice (marginal). */
  retroactive: Scalars['Boolean']['output'];
  /** SPIFF: amount per qualifying deal. */
  spiffAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Bonus: share of the annual target incentive it represents (0.2 = 20%). */
  targetShare?: Maybe<Scalars['Decimal']['output']>;
  /** The rate table, by fromAttainment. */
  tiers: Array<CompTier>;
};

/** A component of a plan. COMMISSION and BONUS need tiers; BONUS needs targetShare; SPIFF needs spiffAmount and no tiers. */
export type CompComponentInput = {
  /** Most it pays per period, whole cents, above 0. */
  capAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Commission, bonus or SPIFF. */
  kind: CompComponentKind;
  /** Name, unique in the plan, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Only deals of these types count; empty or omitted = all. */
  opportunityTypes?: InputMaybe<Array<OpportunityType>>;
  /** The period measured and paid. */
  period: CompPeriod;
  /** Only line items of these product families count; omitted = the whole deal. */
  productFamilies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the reached tier rate applies to all credit; default false (marginal). */
  retroactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** SPIFF: amount per qualifying deal, whole cents, above 0. */
  spiffAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** BONUS: share of the annual target incentive, above 0 and at most 1. */
  targetShare?: InputMaybe<Scalars['Decimal']['input']>;
  /** The rate table (any order; stored ascending). */
  tiers?: InputMaybe<Array<CompTierInput>>;
};

/** How a component pays. */
export type CompComponentKind =
  /** A share of the target incentive times the rate of the attainment tier reached. */
  | 'BONUS'
  /** A rate table applied to credited bookings (marginal or retroactive tiers). */
  | 'COMMISSION'
  /** A fixed amount per qualifying deal, times the rep credit share of it. */
  | 'SPIFF';

/** The period a component measures and pays. */
export type CompPeriod =
  /** Each fiscal month. */
  | 'MONTH'
  /** Each fiscal quarter. */
  | 'QUARTER'
  /** The fiscal year, paid by the run whose period ends with the year. */
  | 'YEAR';

/** A version of a comp plan: components, effective dates and clawback policy. Published versions never change. */
export type CompPlan = Node & {
  /** Reps assigned to this version (within the caller’s pay visibility), by start date. */
  assignments: CompPlanAssignmentsConnection;
  /** A won deal reversed within this many days of its close has its commission clawed back. */
  clawbackWindowDays: Scalars['Int']['output'];
  /** Components, in the order they were written. */
  components: Array<CompComponent>;
  /** When this version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Day after the last it governs (exclusive); null = open-ended. */
  effectiveEnd?: Maybe<Scalars['Date']['output']>;
  /** First day it governs. */
  effectiveStart: Scalars['Date']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Plan name. */
  name: Scalars['String']['output'];
  /** The version created from this one, if any (versions form a line). */
  nextVersion?: Maybe<CompPlan>;
  /** The version this one was created from. */
  previousVersion?: Maybe<CompPlan>;
  /** Lifecycle state. */
  status: CompPlanStatus;
  /** Increases with every change of this version; updates must name the version they read. */
  version: Scalars['Int']['output'];
};


/** A version of a comp plan: components, effective dates and clawback policy. Published versions never change. */
export type CompPlanAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list. */
export type CompPlanAssignmentsConnection = {
  /** The items of the page with their cursors. */
  edges: Array<CompPlanAssignmentsConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type CompPlanAssignmentsConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CompAssignment;
};

/** A page of comp plan versions. */
export type CompPlanConnection = {
  /** The items of the page with their cursors. */
  edges: Array<CompPlanEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A proposed plan priced on a past fiscal year: what every rep assigned to the plan it replaces would have earned, next to what the plan in effect paid on the same bookings and quotas (incentive lines only). */
export type CompPlanCost = {
  /** The plan version it replaces (the whole version line is the baseline). */
  baselineCompPlan: CompPlan;
  /** Total under the plan in effect. */
  baselineTotal: Scalars['Decimal']['output'];
  /** The proposed plan version. */
  compPlan: CompPlan;
  /** By component. */
  components: Array<CompPlanCostComponent>;
  /** proposedTotal - baselineTotal. */
  difference: Scalars['Decimal']['output'];
  /** The year priced, e.g. FY2025. */
  fiscalYear: Scalars['String']['output'];
  /** Total under the proposed plan. */
  proposedTotal: Scalars['Decimal']['output'];
  /** Reps assigned to the baseline during the year. */
  repCount: Scalars['Int']['output'];
  /** By rep, by rep id. */
  reps: Array<CompPlanCostRep>;
};

/** What one component (by kind and name) pays under each plan. */
export type CompPlanCostComponent = {
  /** Under the plan in effect. */
  baseline: Scalars['Decimal']['output'];
  /** Component kind. */
  kind: CompComponentKind;
  /** Component name. */
  name: Scalars['String']['output'];
  /** Under the proposed plan. */
  proposed: Scalars['Decimal']['output'];
};

/** The plan to price and the year of actuals to price it on. */
export type CompPlanCostInput = {
  /** The plan it would replace; default: the version it was created from. */
  baselineCompPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** The proposed plan version (typically a draft). */
  compPlanId: Scalars['ID']['input'];
  /** Fiscal year of actual bookings; default: the last completed year in which reps are assigned to the plan it replaces (else the current year, when they are assigned only in it). A year in which nobody is assigned to it is refused (OUT_OF_RANGE), never priced as zero. */
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One rep’s incentive pay for the year under each plan. */
export type CompPlanCostRep = {
  /** Under the plan in effect. */
  baseline: Scalars['Decimal']['output'];
  /** Lines not computable under the plan in effect (e.g. no quota). */
  baselineErrors: Scalars['Int']['output'];
  /** proposed - baseline. */
  difference: Scalars['Decimal']['output'];
  /** Under the proposed plan. */
  proposed: Scalars['Decimal']['output'];
  /** Lines not computable under the proposed plan. */
  proposedErrors: Scalars['Int']['output'];
  /** The rep. */
  rep?: Maybe<Rep>;
};

/** A comp plan version in a page, with its cursor. */
export type CompPlanEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CompPlan;
};

/** Conditions a comp plan version must meet; all given conditions apply. */
export type CompPlanFilter = {
  /** Case-insensitive substring of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these states. */
  statuses?: InputMaybe<Array<CompPlanStatus>>;
};

/** Lifecycle state of a comp plan version. */
export type CompPlanStatus =
  /** Being written: editable, never pays, can be simulated and costed. */
  | 'DRAFT'
  /** In force for its effective dates; never changes again (edit = a new version). */
  | 'PUBLISHED'
  /** No longer assignable or versionable; still governs the days it covered for existing assignments. */
  | 'RETIRED';

/** One row of a rate table: from an attainment (inclusive) to the next (exclusive), a rate. */
export type CompTier = {
  /** Start, as a fraction of quota (1.0 = 100%), inclusive. */
  fromAttainment: Scalars['Decimal']['output'];
  /** Commission: fraction of credit paid (0.05 = 5%). Bonus: fraction of the period target paid. */
  rate: Scalars['Decimal']['output'];
  /** End, exclusive; null = no upper bound. Credit above the last finite end earns nothing. */
  toAttainment?: Maybe<Scalars['Decimal']['output']>;
};

/** One row of a rate table. Tiers must be contiguous and must not overlap; only the last may be open-ended. */
export type CompTierInput = {
  /** Start, a fraction of quota (1.0 = 100%), inclusive; 0 or more. */
  fromAttainment: Scalars['Decimal']['input'];
  /** Rate, 0 or more, at most 6 decimal places. */
  rate: Scalars['Decimal']['input'];
  /** End, exclusive; omit for no upper bound. */
  toAttainment?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What-if: the actual payout next to the scenario, computed by the payout engine, writing nothing. */
export type CompensationSimulation = {
  /** With the actual deals and plans. */
  actual: SimulatedPayout;
  /** scenario.total - actual.total. */
  difference: Scalars['Decimal']['output'];
  /** The period simulated. */
  periodKey: Scalars['String']['output'];
  /** The rep. */
  rep?: Maybe<Rep>;
  /** With the hypothetical deals and plan. */
  scenario: SimulatedPayout;
};

/** The period to pay. A period has at most one run: computing it again returns that run unchanged. */
export type ComputePayoutRunInput = {
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** FY2026, FY2026-Q3 or FY2026-M07; must not overlap another run’s period. */
  periodKey: Scalars['String']['input'];
};

/** Result of computePayoutRun. */
export type ComputePayoutRunPayload = {
  /** true when this call created the run; false when the period already had it (nothing was written). */
  created?: Maybe<Scalars['Boolean']['output']>;
  /** The period’s run (new, or the existing one); null when the input was refused. */
  payoutRun?: Maybe<PayoutRun>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working (in the future, at most 3 years ahead); omit for no expiry. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result (with `secret` null, as the secret is shown only once). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What the key is for (1 to 100 characters). */
  name: Scalars['String']['input'];
  /** The rep the key acts as (their visibility applies); omit for an organization-wide service key. A key with WRITE_INGEST or ADMIN cannot have one. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Scopes to grant (at least one). */
  scopes: Array<Scope>;
};

/** Result of createApiKey. */
export type CreateApiKeyPayload = {
  /** The new key; null when the input was refused. */
  apiKey?: Maybe<ApiKey>;
  /** The whole key, to send as `Authorization: Bearer <secret>`. Shown only in this response: store it now. Null on refusal and on an idempotent replay. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Planned headcount of one role starting in one fiscal month. */
export type CreateCapacityLineInput = {
  /** Expected annual attrition as a fraction of the starting heads (0 to 1, default 0). */
  attritionRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Heads in seat at the start month (0 to 100000). */
  headcount: Scalars['Int']['input'];
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Months to full productivity (0 to 36): month k of the ramp produces k/rampMonths. */
  rampMonths: Scalars['Int']['input'];
  /** Bookings per fully ramped head per month, whole cents. */
  rampedProductivity: Scalars['Decimal']['input'];
  /** Job of the planned heads. */
  role: RepRole;
  /** The plan. */
  salesPlanId: Scalars['ID']['input'];
  /** Fiscal month (1-12) in which they start. */
  startMonth: Scalars['Int']['input'];
};

/** Result of createCapacityLine. */
export type CreateCapacityLinePayload = {
  /** The new line; null when the input was refused. */
  capacityLine?: Maybe<CapacityLine>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Assigns a published plan to a rep from a day; refused when it shares a day with another of the rep’s assignments. */
export type CreateCompAssignmentInput = {
  /** Annual base salary, whole cents. */
  baseSalary: Scalars['Decimal']['input'];
  /** A PUBLISHED plan version whose effective dates contain startDate. */
  compPlanId: Scalars['ID']['input'];
  /** Guaranteed incentive per payout run period; omit for no draw. */
  drawAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: draw top-ups are repaid from later earnings above the draw. */
  drawRecoverable?: InputMaybe<Scalars['Boolean']['input']>;
  /** End (exclusive); omit for open-ended. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The rep. */
  repId: Scalars['ID']['input'];
  /** First day (inclusive). */
  startDate: Scalars['Date']['input'];
  /** Annual on-target incentive, whole cents. */
  targetIncentive: Scalars['Decimal']['input'];
};

/** Result of createCompAssignment. */
export type CreateCompAssignmentPayload = {
  /** The assignment after the change; null when the input was refused. */
  compAssignment?: Maybe<CompAssignment>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new DRAFT comp plan. */
export type CreateCompPlanInput = {
  /** Days after a win in which a reversal claws back its commission (default 90, 0 to 3650). */
  clawbackWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** At least one component. */
  components: Array<CompComponentInput>;
  /** Day after the last it governs; omit for open-ended. */
  effectiveEnd?: InputMaybe<Scalars['Date']['input']>;
  /** First day it governs. */
  effectiveStart: Scalars['Date']['input'];
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Plan name, at most 200 characters. */
  name: Scalars['String']['input'];
};

/** Result of createCompPlan. */
export type CreateCompPlanPayload = {
  /** The plan version after the change; null when the input was refused. */
  compPlan?: Maybe<CompPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The next version of a published plan: a DRAFT copy to edit and publish. */
export type CreateCompPlanVersionInput = {
  /** When the new version takes effect (within the copied version’s dates); default: the same start. */
  effectiveStart?: InputMaybe<Scalars['Date']['input']>;
  /** The published version to copy (the newest of its line). */
  id: Scalars['ID']['input'];
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Result of createCompPlanVersion. */
export type CreateCompPlanVersionPayload = {
  /** The plan version after the change; null when the input was refused. */
  compPlan?: Maybe<CompPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A correction paid (or, negative, taken back) by the next run computed or recomputed. */
export type CreatePayoutAdjustmentInput = {
  /** Whole cents, not 0. */
  amount: Scalars['Decimal']['input'];
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, shown on the statement (at most 2000 characters). */
  reason: Scalars['String']['input'];
  /** The rep. */
  repId: Scalars['ID']['input'];
};

/** Result of createPayoutAdjustment. */
export type CreatePayoutAdjustmentPayload = {
  /** The adjustment; null when the input was refused. */
  payoutAdjustment?: Maybe<PayoutAdjustment>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new DRAFT plan. */
export type CreateSalesPlanInput = {
  /** Fiscal year, named by the calendar year in which it ends. */
  fiscalYear: Scalars['Int']['input'];
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Plan name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Bookings target for the year, whole cents. */
  targetAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Result of createSalesPlan. */
export type CreateSalesPlanPayload = {
  /** The plan after the change; null when the input was refused. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A rep working a territory from a day on. */
export type CreateTerritoryAssignmentInput = {
  /** End day (exclusive); omitted = open-ended. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The rep. */
  repId: Scalars['ID']['input'];
  /** PRIMARY owner or OVERLAY. */
  role: TerritoryRole;
  /** First day (inclusive). */
  startDate: Scalars['Date']['input'];
  /** The territory. */
  territoryId: Scalars['ID']['input'];
};

/** Result of createTerritoryAssignment. */
export type CreateTerritoryAssignmentPayload = {
  /** The assignment after the change (after a role change of a started one, the new one from today); null when refused or deleted. */
  assignment?: Maybe<TerritoryAssignment>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The territory of the assignment. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new territory in a plan. */
export type CreateTerritoryInput = {
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How the territory is cut. */
  kind: TerritoryKind;
  /** Name, unique in the plan. */
  name: Scalars['String']['input'];
  /** Parent territory in the same plan; omitted for a top-level territory. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Routing rules (alternatives), at most 100. */
  rules?: InputMaybe<Array<TerritoryRuleInput>>;
  /** The plan (DRAFT or ACTIVE). */
  salesPlanId: Scalars['ID']['input'];
};

/** Result of createTerritory. */
export type CreateTerritoryPayload = {
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The new territory. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new webhook endpoint. */
export type CreateWebhookSubscriptionInput = {
  /** What the endpoint is for (at most 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Topics to receive (at least one). */
  topics: Array<WebhookTopic>;
  /** Where to POST events: http or https; in production not a private, loopback or link-local address. */
  url: Scalars['String']['input'];
};

/** Result of createWebhookSubscription. */
export type CreateWebhookSubscriptionPayload = {
  /** The signing secret (`whsec_…`): verify each delivery with it (SDK verifyWebhookSignature). Shown only in this response. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
  /** The new subscription; null when the input was refused. */
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** Accounts deleted in the source system. */
export type DeleteAccountsInput = {
  /** Delete the accounts’ opportunities and installed products with them. Without it, an account that has any is refused. */
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The tombstones, 1 to 2000, once per record. An unknown externalId (never synced, already deleted, or another organization's) is a row error. */
  rows: Array<TombstoneRow>;
};

/** Result of a tombstone call for accounts. */
export type DeleteAccountsPayload = {
  /** Number of accounts deleted. */
  deleted: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per deleted row, in input order; refused rows have none. */
  results: Array<DeletedRowResult>;
  /** Why rows (or the whole input) were refused; `field` names the row and field. */
  userErrors: Array<UserError>;
};

/** A capacity line to remove. */
export type DeleteCapacityLineInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The capacity line. */
  id: Scalars['ID']['input'];
};

/** Result of deleteCapacityLine. */
export type DeleteCapacityLinePayload = {
  /** Always null: the line is gone. */
  capacityLine?: Maybe<CapacityLine>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Installed products deleted in the source system. */
export type DeleteInstalledProductsInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The tombstones, 1 to 2000, once per record. An unknown externalId (never synced, already deleted, or another organization's) is a row error. */
  rows: Array<InstalledProductTombstoneRow>;
};

/** Result of a tombstone call for installed products. */
export type DeleteInstalledProductsPayload = {
  /** Number of installed products deleted. */
  deleted: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per deleted row, in input order; refused rows have none. */
  results: Array<DeletedRowResult>;
  /** Why rows (or the whole input) were refused; `field` names the row and field. */
  userErrors: Array<UserError>;
};

/** Opportunities deleted in the source system. */
export type DeleteOpportunitiesInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The tombstones, 1 to 2000, once per record. An unknown externalId (never synced, already deleted, or another organization's) is a row error. */
  rows: Array<TombstoneRow>;
};

/** Result of a tombstone call for opportunities. */
export type DeleteOpportunitiesPayload = {
  /** Number of opportunities deleted. */
  deleted: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per deleted row, in input order; refused rows have none. */
  results: Array<DeletedRowResult>;
  /** Why rows (or the whole input) were refused; `field` names the row and field. */
  userErrors: Array<UserError>;
};

/** Products deleted in the source system. */
export type DeleteProductsInput = {
  /** Delete the products’ installed products with them. Without it, an installed product is refused; a product on any deal’s line items is refused either way. */
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The tombstones, 1 to 2000, once per record. An unknown externalId (never synced, already deleted, or another organization's) is a row error. */
  rows: Array<TombstoneRow>;
};

/** Result of a tombstone call for products. */
export type DeleteProductsPayload = {
  /** Number of products deleted. */
  deleted: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per deleted row, in input order; refused rows have none. */
  results: Array<DeletedRowResult>;
  /** Why rows (or the whole input) were refused; `field` names the row and field. */
  userErrors: Array<UserError>;
};

/** An assignment to remove: one not started yet is deleted; a started one is ended today (its days worked stay history); an ended one is refused. */
export type DeleteTerritoryAssignmentInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The assignment. */
  id: Scalars['ID']['input'];
};

/** Result of deleteTerritoryAssignment. */
export type DeleteTerritoryAssignmentPayload = {
  /** The assignment after the change (after a role change of a started one, the new one from today); null when refused or deleted. */
  assignment?: Maybe<TerritoryAssignment>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The territory of the assignment. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A territory to remove, with its rules and rep assignments; its accounts become unassigned. */
export type DeleteTerritoryInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The territory; it must have no children. */
  id: Scalars['ID']['input'];
};

/** Result of deleteTerritory. */
export type DeleteTerritoryPayload = {
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Always null: the territory is gone. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Result of deleteWebhookSubscription. */
export type DeleteWebhookSubscriptionPayload = {
  /** ID of the deleted subscription. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A record a tombstone call deleted. */
export type DeletedRowResult = {
  /** The externalId of the row (`<account>/<product>` for an installed product). */
  externalId: Scalars['String']['output'];
  /** Global ID the record had (for an installed product: its account’s); it no longer resolves. */
  id: Scalars['ID']['output'];
  /** Position of the row in `input.rows` (from 0). */
  index: Scalars['Int']['output'];
};

/** A rep’s challenge of a payout line, and how it was resolved. */
export type Dispute = Node & {
  /** The correction, paid by a later run. */
  adjustment?: Maybe<PayoutAdjustment>;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** The line disputed. */
  payoutLine?: Maybe<PayoutLine>;
  /** What the rep says is wrong. */
  reason: Scalars['String']['output'];
  /** The rep whose pay is disputed. */
  rep: Rep;
  /** The comp admin’s answer. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When it was resolved or rejected. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Open, resolved or rejected. */
  status: DisputeStatus;
};

/** A page of disputes. */
export type DisputeConnection = {
  /** The items of the page with their cursors. */
  edges: Array<DisputeEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A dispute in a page, with its cursor. */
export type DisputeEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Dispute;
};

/** Conditions a dispute must meet; all given conditions apply. */
export type DisputeFilter = {
  /** Disputes of this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these states. */
  statuses?: InputMaybe<Array<DisputeStatus>>;
};

/** How a comp admin closes a dispute. */
export type DisputeOutcome =
  /** Declined. */
  | 'REJECTED'
  /** Accepted (optionally with an adjustment). */
  | 'RESOLVED';

/** State of a dispute. */
export type DisputeStatus =
  /** Raised, awaiting a comp admin. */
  | 'OPEN'
  /** Declined, with a resolution saying why. */
  | 'REJECTED'
  /** Accepted; any correction is an adjustment paid by a later run. */
  | 'RESOLVED';

/** Sets the end of an assignment, e.g. before the rep starts on another plan. */
export type EndCompAssignmentInput = {
  /** New end (exclusive), after its start and no later than the end of the days its plan governs. */
  endDate: Scalars['Date']['input'];
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. Required: nullable only so that operations written before assignments had versions still validate; omitted, the change is refused with REQUIRED. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The assignment. */
  id: Scalars['ID']['input'];
};

/** Result of endCompAssignment. */
export type EndCompAssignmentPayload = {
  /** The assignment after the change; null when the input was refused. */
  compAssignment?: Maybe<CompAssignment>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The forecast of a hierarchy node for a period, with its direct reports for drawing the tree level by level. */
export type Forecast = {
  /** The node's direct reports in the period's tree by name (people who are no node of the period left out, the reports of a departed manager lifted to the nearest node), each with its own subtree rolled up; node = sum of children + the deals of the node and of the people below it who are no node. */
  children: Array<ForecastNode>;
  /** The node, its whole subtree rolled up. */
  node: ForecastNode;
  /** The period. */
  period: ForecastPeriod;
  /** The stage win rates behind the projection. */
  winRates: ForecastWinRates;
};

/** How accurate the forecasts of an ended period were at a point in it, for a node and its direct reports. */
export type ForecastAccuracy = {
  /** The point in time the forecasts are taken at. */
  asOf: Scalars['DateTime']['output'];
  /** The node's direct reports, by name. */
  children: Array<ForecastAccuracyNode>;
  /** The node. */
  node: ForecastAccuracyNode;
  /** The period. */
  period: ForecastPeriod;
};

/** A forecast made at the point in time, against what closed. */
export type ForecastAccuracyMeasure = {
  /** |error|; its mean over nodes is the MAPE. */
  absoluteError?: Maybe<Scalars['Decimal']['output']>;
  /** (forecast - actual) / actual, a signed fraction to 6 decimals: 0.1 = 10% above what closed. Null when nothing closed or there was no forecast. */
  error?: Maybe<Scalars['Decimal']['output']>;
  /** The forecast at the point in time; null when there was none (no call submitted by then). */
  forecast?: Maybe<Scalars['Decimal']['output']>;
};

/** A node's forecasts at the point in time against what its subtree won in the period. */
export type ForecastAccuracyNode = {
  /** Won in the period (closed), as recorded now. */
  actual: Scalars['Decimal']['output'];
  /** The node's own latest BEST_CASE call at the point in time. */
  bestCaseCall: ForecastAccuracyMeasure;
  /** closed + commit + bestCase, from the deals as they stood at the point in time. */
  bestCaseForecast: ForecastAccuracyMeasure;
  /** Already won at the point in time. */
  closedAtPoint: Scalars['Decimal']['output'];
  /** The node's own latest COMMIT call at the point in time. */
  commitCall: ForecastAccuracyMeasure;
  /** closed + commit, from the deals as they stood at the point in time. */
  commitForecast: ForecastAccuracyMeasure;
  /** The statistical projection from the deals as they stood at the point in time. */
  projection: ForecastAccuracyMeasure;
  /** The node. */
  rep: Rep;
};

/** How accurate a node's forecasts were at each week of ended periods: its calls, category rollups and projection against what was won, scored across periods. */
export type ForecastBacktest = {
  /** The node's direct reports in any of the periods, by name, each scored over the periods it was one in. */
  children: Array<ForecastBacktestNode>;
  /** The node (for an organization-wide caller by default the top of the tree: the organization). */
  node: ForecastBacktestNode;
  /** The periods, as given. */
  periods: Array<ForecastPeriod>;
};

/** A forecast at the end of a week against what the subtree won in the period. */
export type ForecastBacktestMeasure = {
  /** (forecast - actual) / actual, a signed fraction to 6 decimals (0.1 = 10% above what was won). Null without a forecast or when nothing was won. */
  error?: Maybe<Scalars['Decimal']['output']>;
  /** The forecast then; null when there was none (no call submitted by then). */
  forecast?: Maybe<Scalars['Decimal']['output']>;
};

/** A node's backtest: its forecasts at every week of every period, and their scores by week of period. */
export type ForecastBacktestNode = {
  /** How far the node's COMMIT calls can be trusted: 1 - the mean absolute percentage error of its own COMMIT calls over every week of every period it had one in (and something was won), floored at 0, to 6 decimals. 1 = every call was exactly what was won; null = it never called. */
  callReliability?: Maybe<Scalars['Decimal']['output']>;
  /** The forecasts of each period the node took part in, week by week. */
  periods: Array<ForecastBacktestPeriod>;
  /** The node. */
  rep: Rep;
  /** Scores by week of period (week 1 first), over the periods the node took part in. */
  weeks: Array<ForecastBacktestWeekScore>;
};

/** A node's forecasts week by week in one ended period. */
export type ForecastBacktestPeriod = {
  /** Won in the period by the subtree, as recorded now. */
  actual: Scalars['Decimal']['output'];
  /** The naive forecast: what the subtree won in the period before (last period's bookings). */
  naive: Scalars['Decimal']['output'];
  /** The period. */
  period: ForecastPeriod;
  /** Every full week of the period, in order. */
  weeks: Array<ForecastBacktestWeek>;
};

/** One forecast method at one week of the period, scored over the periods of the backtest. */
export type ForecastBacktestScore = {
  /** Mean signed error: the mean of (forecast - actual) / actual over the same periods; positive = too high. */
  bias?: Maybe<Scalars['Decimal']['output']>;
  /** Mean absolute percentage error: the mean of |forecast - actual| / actual over the periods with something won, to 6 decimals (0.12 = 12%). */
  mape?: Maybe<Scalars['Decimal']['output']>;
  /** Mean absolute scaled error: mean |forecast - actual| / mean |naive - actual| over the observations, the naive forecast being last period's bookings; below 1 beats it. Null when the naive forecast was exact in every period. */
  mase?: Maybe<Scalars['Decimal']['output']>;
  /** Periods with a forecast at this week. */
  observations: Scalars['Int']['output'];
};

/** A node's forecasts at the end of one week of an ended period. */
export type ForecastBacktestWeek = {
  /** The end of the week: the period start + 7 x week days, at midnight in the organization's time zone. */
  asOf: Scalars['DateTime']['output'];
  /** The node's own latest BEST_CASE call submitted by then. */
  bestCaseCall: ForecastBacktestMeasure;
  /** The BEST_CASE rollup (closed + commit + bestCase) from the deals as they stood then. */
  bestCaseForecast: ForecastBacktestMeasure;
  /** The node's own latest COMMIT call submitted by then. */
  commitCall: ForecastBacktestMeasure;
  /** The COMMIT rollup (closed + commit) from the deals as they stood then. */
  commitForecast: ForecastBacktestMeasure;
  /** The projection (closed + open pipeline x the period's stage win rates) from the deals then. */
  projection: ForecastBacktestMeasure;
  /** Week of the period (1 = the first seven days). */
  week: Scalars['Int']['output'];
};

/** The scores of every forecast method at one week of the period, across the periods of the backtest. */
export type ForecastBacktestWeekScore = {
  /** The node's own BEST_CASE call. */
  bestCaseCall: ForecastBacktestScore;
  /** The BEST_CASE rollup. */
  bestCaseForecast: ForecastBacktestScore;
  /** The node's own COMMIT call. */
  commitCall: ForecastBacktestScore;
  /** The COMMIT rollup. */
  commitForecast: ForecastBacktestScore;
  /** The projection. */
  projection: ForecastBacktestScore;
  /** Week of the period. */
  week: Scalars['Int']['output'];
};

/** A node's call for one category beside the rollup it overrides. A call replaces the rollup of the caller's subtree in the numbers above it; the rollup itself never changes. */
export type ForecastCall = {
  /** COMMIT or BEST_CASE. */
  category: ForecastCategory;
  /** The node's number: its own call when it made one, else subtreeCall. */
  final: Scalars['Decimal']['output'];
  /** quota - final. */
  gap: Scalars['Decimal']['output'];
  /** Every call of the node for the period and category, latest first. */
  history: Array<ForecastSubmission>;
  /** What the deals say: the node's commitForecast or bestCaseForecast. */
  rollup: Scalars['Decimal']['output'];
  /** The node's own latest call for the period; null when it has not called. */
  submission?: Maybe<ForecastSubmission>;
  /** The calls below rolled up: the node's own deals plus each direct report's final call (a report without calls below contributes its rollup). */
  subtreeCall: Scalars['Decimal']['output'];
};

/** Forecast category a deal is counted in. */
export type ForecastCategory =
  /** Could close this period if things go well. */
  | 'BEST_CASE'
  /** Won. */
  | 'CLOSED'
  /** The rep commits to closing it this period. */
  | 'COMMIT'
  /** Lost or excluded; never counted. */
  | 'OMITTED'
  /** Open, not yet expected to close this period. */
  | 'PIPELINE';

/** How one deal moved in the period during the window. */
export type ForecastChange = {
  /** The deal at the end of the window. */
  after: ForecastDealState;
  /** Credited amount the deal counts for in the period at the end (0 when it does not count). */
  amountAfter: Scalars['Decimal']['output'];
  /** Credited amount the deal counted for in the period at the start (0 when it did not count). */
  amountBefore: Scalars['Decimal']['output'];
  /** The deal at the start of the window; null when it was created during the window. */
  before?: Maybe<ForecastDealState>;
  /** Share of the deal credited to the node's subtree. */
  creditShare: Scalars['Decimal']['output'];
  /** amountAfter - amountBefore. */
  delta: Scalars['Decimal']['output'];
  /** What happened. */
  kind: ForecastChangeKind;
  /** The deal. */
  opportunity: Opportunity;
};

/** A page of forecast changes. */
export type ForecastChangeConnection = {
  /** The items of the page with their cursors. */
  edges: Array<ForecastChangeEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of changes, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A forecast change, with its cursor. */
export type ForecastChangeEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ForecastChange;
};

/** How a deal moved in a period between two moments. A deal counts in the period when its close date is in it and it is won, or open in PIPELINE, BEST_CASE or COMMIT. The first matching kind is given. */
export type ForecastChangeKind =
  /** Created during the window and counting at its end. */
  | 'ADDED'
  /** Counted at both moments, with a different amount. */
  | 'AMOUNT_CHANGED'
  /** Any other move into, out of or between counted categories, e.g. BEST_CASE to COMMIT, to OMITTED, or a won deal reopened. */
  | 'CATEGORY_CHANGED'
  /** Counted at the start, closed lost at the end. */
  | 'LOST'
  /** Counting at the end, with a close date outside the period at the start. */
  | 'PULLED_IN'
  /** Counted at the start, close date outside the period at the end (usually pushed to a later one). */
  | 'PUSHED'
  /** Won in the period at the end of the window, and not at its start. */
  | 'WON';

/** The changes of one kind, added up. */
export type ForecastChangeSummary = {
  /** Sum of amountAfter (e.g. what was won or added). */
  amountAfter: Scalars['Decimal']['output'];
  /** Sum of amountBefore (e.g. what was pushed or lost). */
  amountBefore: Scalars['Decimal']['output'];
  /** Number of deals. */
  count: Scalars['Int']['output'];
  /** Sum of delta. */
  delta: Scalars['Decimal']['output'];
  /** The kind. */
  kind: ForecastChangeKind;
};

/** What moved in a node's forecast for a period between two moments, from opportunity history. The deltas of all changes add up to the change of closed + open pipeline over the window. */
export type ForecastChanges = {
  /** The changes, largest amount (before or after) first. */
  changes: ForecastChangeConnection;
  /** The period. */
  period: ForecastPeriod;
  /** The node. */
  rep: Rep;
  /** Start of the window (exclusive). */
  since: Scalars['DateTime']['output'];
  /** Count and amounts per kind, in the order of ForecastChangeKind; kinds without changes are left out. */
  summary: Array<ForecastChangeSummary>;
  /** End of the window (inclusive). */
  until: Scalars['DateTime']['output'];
};


/** What moved in a node's forecast for a period between two moments, from opportunity history. The deltas of all changes add up to the change of closed + open pipeline over the window. */
export type ForecastChangesChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ForecastChangeKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A deal behind a forecast figure, with the node's credit for it. */
export type ForecastDeal = {
  /** Share of the deal credited to the node's subtree by revenue splits (1 = all of it). */
  creditShare: Scalars['Decimal']['output'];
  /** The deal's lines in the subtree summed: each credited rep's amount x share, rounded half-even to the cent. */
  creditedAmount: Scalars['Decimal']['output'];
  /** The deal. */
  opportunity: Opportunity;
  /** Default probability of the stage (1 for a won deal). */
  probability: Scalars['Decimal']['output'];
  /** Each line x winRate, rounded half-even to the cent, summed: its part of the projection. */
  projectedAmount: Scalars['Decimal']['output'];
  /** Each line x probability, rounded half-even to the cent, summed: its part of weightedPipeline. */
  weightedAmount: Scalars['Decimal']['output'];
  /** Historical win rate of the stage (1 for a won deal). */
  winRate: Scalars['Decimal']['output'];
};

/** A page of deals behind a forecast figure. */
export type ForecastDealConnection = {
  /** The items of the page with their cursors. */
  edges: Array<ForecastDealEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of deals behind the figure, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A deal behind a figure, with its cursor. */
export type ForecastDealEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ForecastDeal;
};

/** A deal as it stood at a moment, from its history. */
export type ForecastDealState = {
  /** Deal amount (not credited). */
  amount: Scalars['Decimal']['output'];
  /** Close date. */
  closeDate: Scalars['Date']['output'];
  /** Forecast category. */
  forecastCategory: ForecastCategory;
  /** Stage. */
  stage: OpportunityStage;
};

/** A figure of a forecast node, to list the deals behind it. */
export type ForecastFigure =
  /** Open deals in BEST_CASE. */
  | 'BEST_CASE'
  /** Won deals and open deals in COMMIT or BEST_CASE. */
  | 'BEST_CASE_FORECAST'
  /** Won deals. */
  | 'CLOSED'
  /** Open deals in COMMIT. */
  | 'COMMIT'
  /** Won deals and open deals in COMMIT. */
  | 'COMMIT_FORECAST'
  /** Open deals in COMMIT, BEST_CASE or PIPELINE (also behind weightedPipeline and the projection). */
  | 'OPEN_PIPELINE'
  /** Open deals in PIPELINE. */
  | 'PIPELINE';

/** A hierarchy node's forecast for a period: its subtree's deals with close date in the period, credited by revenue splits (the owner when a deal has none), rolled up. Each rep's credit of a deal is a line rounded half-even to the cent; every figure is a sum of lines (docs/design.md §11). */
export type ForecastNode = {
  /** Open deals in BEST_CASE. */
  bestCase: Scalars['Decimal']['output'];
  /** The BEST_CASE call beside bestCaseForecast. */
  bestCaseCall: ForecastCall;
  /** closed + commit + bestCase. */
  bestCaseForecast: Scalars['Decimal']['output'];
  /** Won (stage CLOSED_WON). */
  closed: Scalars['Decimal']['output'];
  /** Open deals in COMMIT. */
  commit: Scalars['Decimal']['output'];
  /** The COMMIT call beside commitForecast. */
  commitCall: ForecastCall;
  /** closed + commit. */
  commitForecast: Scalars['Decimal']['output'];
  /** The deals behind a figure, largest credited amount first. */
  deals: ForecastDealConnection;
  /** quota - commitForecast: what must still come from beyond commit. */
  gap: Scalars['Decimal']['output'];
  /** Whether a node of the period hangs below the node (whether the tree can be opened below it). */
  hasDirectReports: Scalars['Boolean']['output'];
  /** commit + bestCase + pipeline. */
  openPipeline: Scalars['Decimal']['output'];
  /** Open deals in PIPELINE. */
  pipeline: Scalars['Decimal']['output'];
  /** Statistical projection: closed + sum over open pipeline deals of credited amount x the historical win rate of their stage (see Forecast.winRates). */
  projection: Scalars['Decimal']['output'];
  /** The node's quota for the period in the fiscal year's active plan: its own when it has one, else the sum of its direct reports' quotas (recursively); 0 when none is set. */
  quota: Scalars['Decimal']['output'];
  /** The rep or manager at this node. */
  rep: Rep;
  /** Nodes of the period's tree in the subtree, the node included (people who are no node are not counted). */
  subtreeSize: Scalars['Int']['output'];
  /** Open pipeline weighted by stage probability: sum of credited amount x probability. */
  weightedPipeline: Scalars['Decimal']['output'];
};


/** A hierarchy node's forecast for a period: its subtree's deals with close date in the period, credited by revenue splits (the owner when a deal has none), rolled up. Each rep's credit of a deal is a line rounded half-even to the cent; every figure is a sum of lines (docs/design.md §11). */
export type ForecastNodeDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  figure: ForecastFigure;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One percentile of a distribution of money. */
export type ForecastPercentile = {
  /** The smallest amount the outcome stays at or below with at least this probability. */
  amount: Scalars['Decimal']['output'];
  /** The probability, e.g. 0.1 for P10. */
  percentile: Scalars['Float']['output'];
};

/** The fiscal period of a forecast. */
export type ForecastPeriod = {
  /** True once the period has ended (its end day is today or earlier in the organization's time zone). */
  closed: Scalars['Boolean']['output'];
  /** Day after the last day (exclusive). */
  end: Scalars['Date']['output'];
  /** Period key, e.g. FY2027-Q3. */
  key: Scalars['String']['output'];
  /** First day. */
  start: Scalars['Date']['output'];
};

/** The range of a node's period outcome, with its direct reports': the data of a forecast range chart. */
export type ForecastRange = {
  /** The node's direct reports in the period's tree, by name, each with its own subtree. */
  children: Array<ForecastRangeNode>;
  /** The node, its whole subtree. */
  node: ForecastRangeNode;
  /** The period. */
  period: ForecastPeriod;
};

/** A seeded Monte Carlo of the same node's outcome, the cross-check of its exact range. By the Dvoretzky-Kiefer-Wolfowitz inequality, with 99% confidence each sample percentile p lies between the exact range's percentiles at p - epsilon and p + epsilon (lower and upper, widened by the discretisation error). */
export type ForecastRangeMonteCarlo = {
  /** sqrt(ln(2 / 0.01) / (2 x samples)): the bound on the sample distribution function at 99%. */
  epsilon: Scalars['Float']['output'];
  /** Per percentile p, the exact percentile at p - epsilon less the discretisation error. */
  lower: Array<ForecastPercentile>;
  /** The sample percentiles: the ceil(p x samples)-th smallest outcome. */
  percentiles: Array<ForecastPercentile>;
  /** Outcomes drawn. */
  samples: Scalars['Int']['output'];
  /** Seed of the generator (xoroshiro128+): the same seed draws the same outcomes. */
  seed: Scalars['Int']['output'];
  /** Per percentile p, the exact percentile at p + epsilon plus the discretisation error. */
  upper: Array<ForecastPercentile>;
};

/** The distribution of a node's outcome for the period: its won deals plus each open deal of a counted category (COMMIT, BEST_CASE, PIPELINE) as an independent trial won with its stage's win rate (the projection's). A deal counts once per node with the node's credited amount of it, however many of its reps share it. */
export type ForecastRangeNode = {
  /** The discretisation: each open deal is rounded to the nearest multiple of this before the convolution (the finest of 0.01, 0.02, 0.05, 0.10, ... that keeps the work bounded). */
  bucketSize: Scalars['Decimal']['output'];
  /** Won so far: the least the period can end at. */
  closed: Scalars['Decimal']['output'];
  /** Worst case over all outcomes of the rounding: every percentile is within this of the exact Poisson-binomial percentile. 0 when the bucket is a cent. */
  discretisationError: Scalars['Decimal']['output'];
  /** The mean of the distribution: the forecast's projection (closed + credited x win rate per line). */
  expected: Scalars['Decimal']['output'];
  /** closed + every open deal won. */
  maximum: Scalars['Decimal']['output'];
  /** A seeded Monte Carlo of the same trials, as a cross-check of the exact percentiles, with its stated error. */
  monteCarlo: ForecastRangeMonteCarlo;
  /** Open deals in the distribution, each counted once. */
  openDeals: Scalars['Int']['output'];
  /** The percentiles asked for (default P10, P50, P90) of the exact distribution. */
  percentiles: Array<ForecastPercentile>;
  /** The rep or manager at this node. */
  rep: Rep;
};


/** The distribution of a node's outcome for the period: its won deals plus each open deal of a counted category (COMMIT, BEST_CASE, PIPELINE) as an independent trial won with its stage's win rate (the projection's). A deal counts once per node with the node's credited amount of it, however many of its reps share it. */
export type ForecastRangeNodeMonteCarloArgs = {
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};

/** Restricts a forecast to part of the deals; every given condition applies. Products count the part of a deal's amount their line items make up; account conditions (territory, segment, region) keep or drop whole deals by the deal's account as it is now. */
export type ForecastScope = {
  /** Only this product family's share of each deal. */
  productFamily?: InputMaybe<Scalars['String']['input']>;
  /** Only this product's share of each deal (its line items' totalPrice / all). */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals of accounts of this region (the account's, not the rep's). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Deals of accounts of this segment (the account's, not the rep's). */
  segment?: InputMaybe<Segment>;
  /** Deals of accounts in this territory or a territory below it. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** A node's forecast and its direct reports' as they stood at a moment (a week of the period or an instant; default now), rebuilt from deal history: each deal's stage, amount, close date and category then, calls submitted by then. */
export type ForecastSnapshot = {
  /** The moment the figures stand at; null: now (the deals as stored). */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** What moved between an earlier moment and this snapshot's (the deals behind the difference of two snapshots: e.g. week 5 to week 6). Not for scoped snapshots. */
  changesSince: ForecastChanges;
  /** The node's direct reports in the period's tree, by name. */
  children: Array<ForecastSnapshotNode>;
  /** The node, its subtree rolled up. */
  node: ForecastSnapshotNode;
  /** The period. */
  period: ForecastPeriod;
  /** True when a scope restricts the deals (then quota and calls are null). */
  scoped: Scalars['Boolean']['output'];
  /** The week of the period the moment ends, when it was asked as a week. */
  week?: Maybe<Scalars['Int']['output']>;
};


/** A node's forecast and its direct reports' as they stood at a moment (a week of the period or an instant; default now), rebuilt from deal history: each deal's stage, amount, close date and category then, calls submitted by then. */
export type ForecastSnapshotChangesSinceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  week?: InputMaybe<Scalars['Int']['input']>;
};

/** A node's forecast figures at the snapshot's moment, within its scope: the figures of ForecastNode, from the deals as they stood then. */
export type ForecastSnapshotNode = {
  /** Open deals in BEST_CASE. */
  bestCase: Scalars['Decimal']['output'];
  /** The BEST_CASE number then, as commitCall. Null for a scoped snapshot. */
  bestCaseCall?: Maybe<Scalars['Decimal']['output']>;
  /** closed + commit + bestCase. */
  bestCaseForecast: Scalars['Decimal']['output'];
  /** Won (stage CLOSED_WON) by then. */
  closed: Scalars['Decimal']['output'];
  /** Open deals in COMMIT. */
  commit: Scalars['Decimal']['output'];
  /** The node's COMMIT number then: its own latest call submitted by then, else the calls below rolled up (ForecastCall.final). Null for a scoped snapshot: calls are made for the whole subtree. */
  commitCall?: Maybe<Scalars['Decimal']['output']>;
  /** closed + commit. */
  commitForecast: Scalars['Decimal']['output'];
  /** commit + bestCase + pipeline. */
  openPipeline: Scalars['Decimal']['output'];
  /** Open deals in PIPELINE. */
  pipeline: Scalars['Decimal']['output'];
  /** closed + open pipeline x the stage's historical win rate (the period's rates), line by line. */
  projection: Scalars['Decimal']['output'];
  /** The subtree's quota for the period; null for a scoped snapshot (quotas are not set by product or account). */
  quota?: Maybe<Scalars['Decimal']['output']>;
  /** The node. */
  rep: Rep;
  /** Nodes of the period's tree in the subtree, itself included. */
  subtreeSize: Scalars['Int']['output'];
  /** Open pipeline x stage probability, line by line. */
  weightedPipeline: Scalars['Decimal']['output'];
};

/** Historical win rate of an open stage, used by the projection: among deals closed in the four quarters before the period start, the share of those that had been in the stage that were won (by count). */
export type ForecastStageWinRate = {
  /** Closed deals that had been in the stage. */
  closedDeals: Scalars['Int']['output'];
  /** Default probability of the stage. */
  probability: Scalars['Decimal']['output'];
  /** wonDeals / closedDeals to 6 decimals; the stage probability when closedDeals is 0. */
  rate: Scalars['Decimal']['output'];
  /** The open stage. */
  stage: OpportunityStage;
  /** Of those, the won ones. */
  wonDeals: Scalars['Int']['output'];
};

/** A forecast call: the amount a node stands behind for a period and category. The latest one is the call. */
export type ForecastSubmission = Node & {
  /** The called amount. */
  amount: Scalars['Decimal']['output'];
  /** COMMIT or BEST_CASE: the cumulative forecast the call is for (it includes closed deals). */
  category: ForecastCategory;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Why, in the caller’s words. */
  note?: Maybe<Scalars['String']['output']>;
  /** The hierarchy node (rep or manager) whose call this is. */
  owner: Rep;
  /** Fiscal period key. */
  periodKey: Scalars['String']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Principal who submitted it: the owner, or a manager or sales ops on their behalf. */
  submittedBy: Scalars['String']['output'];
};

/** The stage win rates a projection uses, and the window of history they come from. */
export type ForecastWinRates = {
  /** First close day of the deals counted (four quarters before the period start). */
  from: Scalars['Date']['output'];
  /** One rate per open stage, in funnel order. */
  stages: Array<ForecastStageWinRate>;
  /** Day after the last close day counted: the period start (exclusive). */
  to: Scalars['Date']['output'];
};

/** How funnel and win/loss rows are grouped; each deal falls in one group. Not every report takes every grouping (docs/funnel.md): a refused one is a user error on groupBy. */
export type FunnelGrouping =
  /** By the account's industry. */
  | 'ACCOUNT_INDUSTRY'
  /** By the account's segment (SMB, MID, ENT). */
  | 'ACCOUNT_SEGMENT'
  /** By the competitor named on the deal. */
  | 'COMPETITOR'
  /** Refused by both reports: only lost deals have one; win/loss rows break lost deals down by reason. */
  | 'LOSS_REASON'
  /** By the owner's manager (a manager's own deals on their own row). */
  | 'MANAGER'
  /** Refused by both reports: a deal has several products. */
  | 'PRODUCT'
  /** By the owner's region. */
  | 'REGION'
  /** By the deal owner. */
  | 'REP'
  /** By the owner's segment. */
  | 'SEGMENT'
  /** By the deal's source (pipeline created and won by source). */
  | 'SOURCE'
  /** By the account's territory (not rolled up to parents). */
  | 'TERRITORY'
  /** By deal type: new business, expansion, renewal. */
  | 'TYPE';

/** Stage conversion, days in stage and where deals were lost, for the deals created in a fiscal period. */
export type FunnelReport = {
  /** The grouping of the rows; null when only the total was asked for. */
  groupBy?: Maybe<FunnelGrouping>;
  /** The period key, e.g. FY2027. */
  period: Scalars['String']['output'];
  /** One row per group, by key; empty without a grouping. */
  rows: Array<FunnelRow>;
  /** Every deal of the scope the caller may see. */
  total: FunnelRow;
};

/** The funnel of a group of deals created in the period (or of all of them). */
export type FunnelRow = {
  /** Deals created in the period. */
  deals: Scalars['Int']['output'];
  /** The grouping of the row; null for the total. */
  groupBy?: Maybe<FunnelGrouping>;
  /** The group's key: an ID, a region, a type, a source...; '' for deals without one; TOTAL for the total. */
  key: Scalars['String']['output'];
  /** The group's name. */
  label: Scalars['String']['output'];
  /** Of them, deals now CLOSED_LOST. */
  lostCount: Scalars['Int']['output'];
  /** Lost deals that were never in an open stage (created lost); not in any lostAt. */
  lostWithoutStage: Scalars['Int']['output'];
  /** Sum of their amounts. */
  pipelineCreated: Scalars['Decimal']['output'];
  /** Sum of the amounts of the won ones. */
  pipelineWon: Scalars['Decimal']['output'];
  /** PROSPECTING to NEGOTIATION, then CLOSED_WON, in order. */
  stages: Array<FunnelStageStep>;
  /** Of them, deals now CLOSED_WON. */
  wonCount: Scalars['Int']['output'];
};

/** Which deals to count; every given condition applies (none = every deal the caller may see). A deal is in a rep's scope when its owner or one of its split reps is; region and segment are the owner's. */
export type FunnelScope = {
  /** Deals whose owner is in this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** A rep or manager: deals owned or split by that rep or anyone below them. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals whose owner sells to this segment. */
  segment?: InputMaybe<Segment>;
  /** Deals of accounts in this territory or its child territories. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** One step of the funnel: how many deals reached the stage, moved on from it, and how long they stayed. */
export type FunnelStageStep = {
  /** Deals that reached the next stage / deals that reached this one, 6 decimals; null for CLOSED_WON and when none reached this stage. Deals still open count as not converted (yet). */
  conversionRate?: Maybe<Scalars['Decimal']['output']>;
  /** Lost deals whose last open stage was this one ("lost at"); 0 for CLOSED_WON. */
  lostAt: Scalars['Int']['output'];
  /** Mean length of the completed stays, in days (fractional, 2 decimals); null without any. */
  meanDays?: Maybe<Scalars['Decimal']['output']>;
  /** Median length of the completed stays, in days (2 decimals); null without any. */
  medianDays?: Maybe<Scalars['Decimal']['output']>;
  /** Deals whose highest stage ever is this one or a later one (a deal created past a stage reached it). */
  reached: Scalars['Int']['output'];
  /** The stage (CLOSED_WON is the last step). */
  stage: OpportunityStage;
  /** Completed stays in the stage (entered, then left for any other stage); a stay still running is not counted. */
  stays: Scalars['Int']['output'];
};

/** A rep in the hierarchy on a day, with the manager they reported to then. */
export type HierarchyEntry = {
  /** Levels below the root of the answer (0 = a root). */
  depth: Scalars['Int']['output'];
  /** The reps who reported to this rep that day, by id (`rep.directReports` is today's). */
  directReports: Array<HierarchyEntry>;
  /** The manager the rep reported to that day; null at the top. */
  manager?: Maybe<Rep>;
  /** The rep. */
  rep: Rep;
  /** First day of this manager link (inclusive). */
  validFrom: Scalars['Date']['output'];
  /** Day the link ended (exclusive); null = still valid. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A deal that does not exist, credited to the simulated rep as won. */
export type HypotheticalDealInput = {
  /** Amount, whole cents, above 0. */
  amount: Scalars['Decimal']['input'];
  /** Close day, within the days the period pays. */
  closeDate: Scalars['Date']['input'];
  /** Label shown in the explanation. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The product family of the whole amount (for family-filtered components). */
  productFamily?: InputMaybe<Scalars['String']['input']>;
  /** The rep’s credit share, above 0 and at most 1 (default 1). */
  share?: InputMaybe<Scalars['Decimal']['input']>;
  /** Deal type (default NEW_BUSINESS). */
  type?: InputMaybe<OpportunityType>;
};

/** Back-dated stage and amount events of stored opportunities. */
export type ImportOpportunityHistoryInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The events, 1 to 2000. Each is checked on its own: valid events are written, each invalid one is skipped and reported in userErrors. */
  rows: Array<OpportunityHistoryEventRow>;
};

/** Result of a bulk upsert of history events. */
export type ImportOpportunityHistoryPayload = {
  /** Number of history events created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of history events that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of history events changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** A page of installed products. */
export type InstalledProductConnection = {
  /** The items of the page with their cursors. */
  edges: Array<InstalledProductEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An installed product in a page, with its cursor. */
export type InstalledProductEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AccountProduct;
};

/** Conditions an installed product must meet; all given conditions apply. */
export type InstalledProductFilter = {
  /** Products of this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Installations of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Changed at or after this instant (incremental extracts: pass the start time of the previous extract). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An installed product deleted in the source system. */
export type InstalledProductTombstoneRow = {
  /** Required. externalId of the account. */
  accountExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. externalId of the product installed at it. */
  productExternalId?: InputMaybe<Scalars['String']['input']>;
};

/** One value of the organization's loss reason picklist (upsertLossReasons): organizations name their own reasons, as in a CRM. */
export type LossReason = Node & {
  /** Whether new deals may still be given this reason. */
  active: Scalars['Boolean']['output'];
  /** The value as the CRM stores it, e.g. "Price". */
  externalId: Scalars['String']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
};

/** An APPROVED run that has been paid out. */
export type MarkPayoutRunPaidInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The payout run. */
  id: Scalars['ID']['input'];
};

/** Result of markPayoutRunPaid. */
export type MarkPayoutRunPaidPayload = {
  /** The run after the change; null when the input was refused. */
  payoutRun?: Maybe<PayoutRun>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Accounts to place by hand in a territory of the ACTIVE plan. */
export type MoveAccountsToTerritoryInput = {
  /** The accounts, at most 1000. */
  accountIds: Array<Scalars['ID']['input']>;
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The territory, of the ACTIVE plan. */
  territoryId: Scalars['ID']['input'];
};

/** Result of moveAccountsToTerritory. */
export type MoveAccountsToTerritoryPayload = {
  /** Accounts that changed territory (those already there are not counted). */
  movedCount?: Maybe<Scalars['Int']['output']>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The territory the accounts are now in. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** "Moving the middle": bookings gained if the middle 60% of reps by attainment each sold X% more, next to every top-decile rep closing one more average deal. */
export type MovingTheMiddle = {
  /** X, the relative improvement of each middle rep (0.05 = 5% more bookings). */
  improvement: Scalars['Decimal']['output'];
  /** Their bookings. */
  middleBookings: Scalars['Decimal']['output'];
  /** X x middleBookings, to the cent. */
  middleGain: Scalars['Decimal']['output'];
  /** Reps ranked above the bottom 20% and below the top 20% by attainment (floor(20% of reps) each side). */
  middleRepCount: Scalars['Int']['output'];
  /** middleGain / topDecileGain, 6 decimals; null when topDecileGain is 0. */
  middleToTopRatio?: Maybe<Scalars['Decimal']['output']>;
  /** Their bookings. */
  topDecileBookings: Scalars['Decimal']['output'];
  /** Sum of each top-decile rep's own average deal size (bookings / wonCount, to the cent). */
  topDecileGain: Scalars['Decimal']['output'];
  /** The top 10% of reps by attainment (ceil(10% of reps)). */
  topDecileRepCount: Scalars['Int']['output'];
};

/** Writes: ingestion, plans and compensation. */
export type Mutation = {
  /** Puts a DRAFT plan in force. A fiscal year has at most one ACTIVE plan: archive the current one first, or this is refused with CONFLICT. A cloned plan's placements become live: accounts in a territory it was cloned from move to its copy. */
  activateSalesPlan: ActivateSalesPlanPayload;
  /** Splits a target top-down over reps or territories and writes the reps' quotas for the period with its phasing (a year with its quarters and months, a quarter with its months, spread evenly to the cent); every quota inside the period of the allocated reps and of the other reps of the same class (individual or overlay) is replaced, so the period adds up exactly to the target. Team quotas are left alone. */
  allocateQuotas: AllocateQuotasPayload;
  /** Realigns the book of business to the ACTIVE plan's rules in one statement: each account goes to the territory its rules route it to, or becomes unassigned on a conflict or when no rule matches. */
  applyTerritoryRules: ApplyTerritoryRulesPayload;
  /** Approves a DRAFT run without line errors; it never changes afterwards and reps see it. */
  approvePayoutRun: ApprovePayoutRunPayload;
  /** Retires a plan; an archived plan is read-only (clone it to work on it again). */
  archiveSalesPlan: ArchiveSalesPlanPayload;
  /** Cancels a CREATED or RUNNING bulk operation; its partial file is deleted. */
  bulkOperationCancel: BulkOperationPayload;
  /** Runs a query over a whole list as a background job, outside the per-request cost limit, into a file (NDJSON, CSV or Parquet). The caller needs the scopes the query needs; its rows are those the caller sees. At most 2 operations per organization are CREATED or RUNNING at once. Follow it with `bulkOperation(id)`. */
  bulkOperationRunQuery: BulkOperationPayload;
  /** Copies a plan into a new DRAFT scenario of the same fiscal year: territories, rules, rep assignments, quotas and capacity lines. Each copied territory holds the accounts placed in the territory it was copied from, so the scenario starts with its source's placements. */
  cloneSalesPlan: CloneSalesPlanPayload;
  /** Computes a DRAFT payout run for a period (or returns the period’s existing run unchanged). */
  computePayoutRun: ComputePayoutRunPayload;
  /** Creates an API key and returns its secret once (admin only). */
  createApiKey: CreateApiKeyPayload;
  /** Adds planned headcount to a plan. */
  createCapacityLine: CreateCapacityLinePayload;
  /** Assigns a published comp plan to a rep for a span of days. */
  createCompAssignment: CreateCompAssignmentPayload;
  /** Creates a DRAFT comp plan with its components and rate tables. */
  createCompPlan: CreateCompPlanPayload;
  /** Creates the next version of a published plan as a DRAFT copy (how a published plan is edited). */
  createCompPlanVersion: CreateCompPlanVersionPayload;
  /** Enters a correction with its reason; the next run computed or recomputed pays it. */
  createPayoutAdjustment: CreatePayoutAdjustmentPayload;
  /** Creates a DRAFT sales plan for a fiscal year. */
  createSalesPlan: CreateSalesPlanPayload;
  /** Adds a territory (with its rules) to a plan. */
  createTerritory: CreateTerritoryPayload;
  /** Assigns a rep to a territory for a span of days; refused with CONFLICT when it overlaps an assignment of the same rep to the same territory. */
  createTerritoryAssignment: CreateTerritoryAssignmentPayload;
  /** Subscribes an endpoint to topics and returns its signing secret once (write:webhooks). */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** Deletes accounts by externalId; child accounts lose their parent. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  deleteAccounts: DeleteAccountsPayload;
  /** Removes a capacity line. */
  deleteCapacityLine: DeleteCapacityLinePayload;
  /** Deletes installed products by account and product externalId, with their ARR history. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  deleteInstalledProducts: DeleteInstalledProductsPayload;
  /** Deletes opportunities by externalId, with their line items, splits and history. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  deleteOpportunities: DeleteOpportunitiesPayload;
  /** Deletes products by externalId. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  deleteProducts: DeleteProductsPayload;
  /** Removes a childless territory with its rules and assignments; its accounts become unassigned. */
  deleteTerritory: DeleteTerritoryPayload;
  /** Removes an assignment not started yet; ends a started one today (the payload returns it), so its history stays; refuses an ended one with CONFLICT. */
  deleteTerritoryAssignment: DeleteTerritoryAssignmentPayload;
  /** Deletes a subscription with its pending deliveries and its delivery log (write:webhooks). */
  deleteWebhookSubscription: DeleteWebhookSubscriptionPayload;
  /** Ends an assignment on a day (exclusive). */
  endCompAssignment: EndCompAssignmentPayload;
  /** Imports back-dated stage and amount events of opportunities, each with its own timestamp; re-sent events write nothing (status UNCHANGED); a result's id is the deal's. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  importOpportunityHistory: ImportOpportunityHistoryPayload;
  /** Records that an APPROVED run was paid out. */
  markPayoutRunPaid: MarkPayoutRunPaidPayload;
  /** Places accounts by hand in a territory of the ACTIVE plan (accounts have one live territory, so scenarios cannot hold manual placements). */
  moveAccountsToTerritory: MoveAccountsToTerritoryPayload;
  /** Disputes a line of an approved or paid run the caller can see. */
  openDispute: OpenDisputePayload;
  /** Stops deliveries; events keep being recorded and go out on resume (write:webhooks). */
  pauseWebhookSubscription: WebhookSubscriptionStatusPayload;
  /** Publishes a DRAFT plan: from now on it never changes. */
  publishCompPlan: PublishCompPlanPayload;
  /** Rewrites the lines of a DRAFT run from current data, in one transaction. */
  recomputePayoutRun: RecomputePayoutRunPayload;
  /** Resolves or rejects an open dispute; a correction becomes an adjustment paid by a later run. */
  resolveDispute: ResolveDisputePayload;
  /** Delivers again, from the oldest pending event: a paused or disabled subscription becomes active, its failure count reset (write:webhooks). */
  resumeWebhookSubscription: WebhookSubscriptionStatusPayload;
  /** Retires a PUBLISHED plan: it can no longer be assigned or versioned. */
  retireCompPlan: RetireCompPlanPayload;
  /** Revokes an API key at once; revoking a revoked key changes nothing (admin only). */
  revokeApiKey: RevokeApiKeyPayload;
  /** Replaces the signing secret; during the overlap each delivery carries a signature by each secret (two v1= entries), so either verifies (write:webhooks). */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Creates, replaces or removes quotas by rep and period in one statement. Every row is checked first: one bad row refuses them all. */
  setQuotas: SetQuotasPayload;
  /** Replaces a territory's routing rules. */
  setTerritoryRules: SetTerritoryRulesPayload;
  /** Records a forecast call for a node and period. The latest call per node, period and category is the call; a manager's call overrides the rollup of their subtree in the numbers above it, while the rollup and the calls below stay visible. */
  submitForecast: SubmitForecastPayload;
  /** Changes a capacity line. */
  updateCapacityLine: UpdateCapacityLinePayload;
  /** Changes the base salary, target incentive or draw of an assignment at the version the caller read. */
  updateCompAssignment: UpdateCompAssignmentPayload;
  /** Edits a DRAFT plan at the version the caller read. */
  updateCompPlan: UpdateCompPlanPayload;
  /** Renames a plan or changes its target, at the version the caller read. */
  updateSalesPlan: UpdateSalesPlanPayload;
  /** Renames, re-kinds or moves a territory in the hierarchy. */
  updateTerritory: UpdateTerritoryPayload;
  /** Changes an assignment's role or dates, keeping its history: on a started assignment a new role ends it today and opens a new one (the payload's assignment); refused with CONFLICT when it would overlap another or move a started assignment's start. */
  updateTerritoryAssignment: UpdateTerritoryAssignmentPayload;
  /** Creates or updates accounts by externalId. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertAccounts: UpsertAccountsPayload;
  /** Creates or updates installed products by account and product externalId, keeping their ARR history; a result's id is the account's. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertInstalledProducts: UpsertInstalledProductsPayload;
  /** Creates or updates the organization's loss reasons by externalId. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertLossReasons: UpsertLossReasonsPayload;
  /** Creates or updates opportunities with their line items and splits by externalId. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertOpportunities: UpsertOpportunitiesPayload;
  /** Creates or updates products by externalId. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertProducts: UpsertProductsPayload;
  /** Creates or updates quotas by rep externalId and period key in the fiscal year's ACTIVE sales plan. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertQuotas: UpsertQuotasPayload;
  /** Creates or updates reps by externalId. All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error. */
  upsertReps: UpsertRepsPayload;
};


/** Writes: ingestion, plans and compensation. */
export type MutationActivateSalesPlanArgs = {
  input: ActivateSalesPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationAllocateQuotasArgs = {
  input: AllocateQuotasInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationApplyTerritoryRulesArgs = {
  input: ApplyTerritoryRulesInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationApprovePayoutRunArgs = {
  input: ApprovePayoutRunInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationArchiveSalesPlanArgs = {
  input: ArchiveSalesPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationBulkOperationCancelArgs = {
  input: BulkOperationCancelInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationBulkOperationRunQueryArgs = {
  input: BulkOperationRunQueryInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCloneSalesPlanArgs = {
  input: CloneSalesPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationComputePayoutRunArgs = {
  input: ComputePayoutRunInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateCapacityLineArgs = {
  input: CreateCapacityLineInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateCompAssignmentArgs = {
  input: CreateCompAssignmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateCompPlanArgs = {
  input: CreateCompPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateCompPlanVersionArgs = {
  input: CreateCompPlanVersionInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreatePayoutAdjustmentArgs = {
  input: CreatePayoutAdjustmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateSalesPlanArgs = {
  input: CreateSalesPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateTerritoryArgs = {
  input: CreateTerritoryInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateTerritoryAssignmentArgs = {
  input: CreateTerritoryAssignmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteAccountsArgs = {
  input: DeleteAccountsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteCapacityLineArgs = {
  input: DeleteCapacityLineInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteInstalledProductsArgs = {
  input: DeleteInstalledProductsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteOpportunitiesArgs = {
  input: DeleteOpportunitiesInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteProductsArgs = {
  input: DeleteProductsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteTerritoryArgs = {
  input: DeleteTerritoryInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteTerritoryAssignmentArgs = {
  input: DeleteTerritoryAssignmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationDeleteWebhookSubscriptionArgs = {
  input: WebhookSubscriptionIdInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationEndCompAssignmentArgs = {
  input: EndCompAssignmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationImportOpportunityHistoryArgs = {
  input: ImportOpportunityHistoryInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationMarkPayoutRunPaidArgs = {
  input: MarkPayoutRunPaidInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationMoveAccountsToTerritoryArgs = {
  input: MoveAccountsToTerritoryInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationOpenDisputeArgs = {
  input: OpenDisputeInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationPauseWebhookSubscriptionArgs = {
  input: WebhookSubscriptionIdInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationPublishCompPlanArgs = {
  input: PublishCompPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationRecomputePayoutRunArgs = {
  input: RecomputePayoutRunInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationResolveDisputeArgs = {
  input: ResolveDisputeInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationResumeWebhookSubscriptionArgs = {
  input: WebhookSubscriptionIdInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationRetireCompPlanArgs = {
  input: RetireCompPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationSetQuotasArgs = {
  input: SetQuotasInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationSetTerritoryRulesArgs = {
  input: SetTerritoryRulesInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationSubmitForecastArgs = {
  input: SubmitForecastInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpdateCapacityLineArgs = {
  input: UpdateCapacityLineInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpdateCompAssignmentArgs = {
  input: UpdateCompAssignmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpdateCompPlanArgs = {
  input: UpdateCompPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpdateSalesPlanArgs = {
  input: UpdateSalesPlanInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpdateTerritoryArgs = {
  input: UpdateTerritoryInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpdateTerritoryAssignmentArgs = {
  input: UpdateTerritoryAssignmentInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertAccountsArgs = {
  input: UpsertAccountsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertInstalledProductsArgs = {
  input: UpsertInstalledProductsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertLossReasonsArgs = {
  input: UpsertLossReasonsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertOpportunitiesArgs = {
  input: UpsertOpportunitiesInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertProductsArgs = {
  input: UpsertProductsInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertQuotasArgs = {
  input: UpsertQuotasInput;
};


/** Writes: ingestion, plans and compensation. */
export type MutationUpsertRepsArgs = {
  input: UpsertRepsInput;
};

/** The new hire the hires-needed figure assumes. */
export type NewHireProfile = {
  /** Months to full productivity. */
  rampMonths: Scalars['Int']['output'];
  /** Bookings per month once ramped. */
  rampedProductivity: Scalars['Decimal']['output'];
  /** Fiscal month the hire starts. */
  startMonth: Scalars['Int']['output'];
};

/** What one new hire looks like, to turn a capacity gap into hires. */
export type NewHireProfileInput = {
  /** Months to full productivity. */
  rampMonths: Scalars['Int']['input'];
  /** Bookings per month once ramped, whole cents. */
  rampedProductivity: Scalars['Decimal']['input'];
  /** Fiscal month (1-12) the hire starts (default 1). */
  startMonth?: InputMaybe<Scalars['Int']['input']>;
};

/** An object with a global ID, fetchable with `node(id:)`. */
export type Node = {
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
};

/** A challenge of a line of an approved or paid run. */
export type OpenDisputeInput = {
  /** Makes retries safe: within 24 hours, the same key with the same input returns the first result without creating again; the same key with other input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The line disputed. */
  payoutLineId: Scalars['ID']['input'];
  /** What is wrong (at most 2000 characters). */
  reason: Scalars['String']['input'];
};

/** Result of openDispute. */
export type OpenDisputePayload = {
  /** The dispute after the change; null when the input was refused. */
  dispute?: Maybe<Dispute>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A deal: an amount expected to close with an account on a date. */
export type Opportunity = Node & {
  /** The customer. */
  account: Account;
  /** Deal amount (sum of line items). */
  amount: Scalars['Decimal']['output'];
  /** Expected (open) or actual (closed) close day. */
  closeDate: Scalars['Date']['output'];
  /** The competitor the deal was lost to, or its main competitor; null when unknown. */
  competitor?: Maybe<Scalars['String']['output']>;
  /** Day the deal was created. */
  createdDate: Scalars['Date']['output'];
  /** The CRM's ID for this deal. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Forecast category the deal is counted in. */
  forecastCategory: ForecastCategory;
  /** State after each change of stage, amount, close date or category, oldest first. */
  history: Array<OpportunityChange>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Products on the deal. */
  lineItems: Array<OpportunityLineItem>;
  /** Why the deal was lost (one of the organization's loss reasons); null unless CLOSED_LOST and given. */
  lossReason?: Maybe<LossReason>;
  /** Deal name. */
  name: Scalars['String']['output'];
  /** Deal owner. */
  owner: Rep;
  /** Default win probability of the stage, as a fraction (0.6 = 60%). */
  probability: Scalars['Decimal']['output'];
  /** Where the deal came from (the lead source, e.g. Inbound, Partner); null when unknown. */
  source?: Maybe<Scalars['String']['output']>;
  /** Credit splits; a deal without revenue splits credits its owner 100%. */
  splits: Array<OpportunitySplit>;
  /** Current sales stage. */
  stage: OpportunityStage;
  /** New business, expansion or renewal. */
  type: OpportunityType;
  /** When the deal, its line items or its splits last changed (what `updatedSince` filters on). */
  updatedAt: Scalars['DateTime']['output'];
};

/** The state of a deal after one change. */
export type OpportunityChange = {
  /** Amount after the change. */
  amount: Scalars['Decimal']['output'];
  /** When the change happened. */
  changedAt: Scalars['DateTime']['output'];
  /** Close date after the change. */
  closeDate: Scalars['Date']['output'];
  /** Forecast category after the change. */
  forecastCategory: ForecastCategory;
  /** Stage after the change. */
  stage: OpportunityStage;
};

/** A page of Opportunity objects. */
export type OpportunityConnection = {
  /** The items of the page with their cursors. */
  edges: Array<OpportunityEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Opportunity in a page, with its cursor. */
export type OpportunityEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Opportunity;
};

/** Conditions a deal must meet; all given conditions apply. Date ranges are inclusive. */
export type OpportunityFilter = {
  /** Deals on this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Close date on or after this day. */
  closeDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Close date on or before this day. */
  closeDateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Any of these competitors (exact text). */
  competitors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these categories. */
  forecastCategories?: InputMaybe<Array<ForecastCategory>>;
  /** Lost for any of these loss reasons (by their externalId). */
  lossReasons?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Amount at least this. */
  minAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Deals owned by this rep. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these sources (exact text). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these stages. */
  stages?: InputMaybe<Array<OpportunityStage>>;
  /** Any of these types. */
  types?: InputMaybe<Array<OpportunityType>>;
  /** Changed at or after this instant (incremental extracts: pass the start time of the previous extract). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A deal's state after one change in the source system, at the instant it happened. Keyed by (opportunityExternalId, changedAt): an event stored with the same values is left as it is. */
export type OpportunityHistoryEventRow = {
  /** Required. Amount after the change; not negative. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. When the change happened; not in the future, and after the previous row of the same deal in this call (send each deal's events in time order). */
  changedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required. Close date after the change. */
  closeDate?: InputMaybe<Scalars['Date']['input']>;
  /** Forecast category after the change; default by stage, with the same rules as upsertOpportunities. */
  forecastCategory?: InputMaybe<ForecastCategory>;
  /** Required. externalId of a stored opportunity. */
  opportunityExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Stage after the change. */
  stage?: InputMaybe<OpportunityStage>;
};

/** A product on a deal. */
export type OpportunityLineItem = {
  /** The product. */
  product: Product;
  /** Units. */
  quantity: Scalars['Decimal']['output'];
  /** quantity x unitPrice. */
  totalPrice: Scalars['Decimal']['output'];
  /** Price per unit after discount. */
  unitPrice: Scalars['Decimal']['output'];
};

/** Sort order for opportunities. */
export type OpportunityOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: OpportunityOrderField;
};

/** Fields opportunities can be sorted by. */
export type OpportunityOrderField =
  /** Amount. */
  | 'AMOUNT'
  /** Close date. */
  | 'CLOSE_DATE'
  /** Created date. */
  | 'CREATED_DATE'
  /** Deal name. */
  | 'NAME';

/** Credit for a deal given to a rep. */
export type OpportunitySplit = {
  /** Share of the amount credited (0.5 = 50%). */
  percent: Scalars['Decimal']['output'];
  /** The credited rep. */
  rep: Rep;
  /** Revenue or overlay credit. */
  splitType: SplitType;
};

/** Sales stage of a deal. */
export type OpportunityStage =
  /** Lost or abandoned; 0%. */
  | 'CLOSED_LOST'
  /** Signed; 100%. */
  | 'CLOSED_WON'
  /** Requirements understood; 40%. */
  | 'DISCOVERY'
  /** Terms being negotiated; 80%. */
  | 'NEGOTIATION'
  /** Proposal sent; 60%. */
  | 'PROPOSAL'
  /** Identified; default probability 10%. */
  | 'PROSPECTING'
  /** Need and budget being confirmed; 20%. */
  | 'QUALIFICATION';

/** Kind of deal. */
export type OpportunityType =
  /** More of, or more products for, an existing customer. */
  | 'EXPANSION'
  /** A new customer (new logo). */
  | 'NEW_BUSINESS'
  /** Renewal of an existing subscription. */
  | 'RENEWAL';

/** The company whose sales data this is; every row in the graph belongs to one. */
export type Organization = {
  /** ISO 4217 currency of every money amount. */
  currency: Scalars['String']['output'];
  /** First month of the fiscal year (1-12); a fiscal year is named by the year in which it ends. */
  fiscalYearStartMonth: Scalars['Int']['output'];
  /** Company name. */
  name: Scalars['String']['output'];
  /** Short unique name. */
  slug: Scalars['String']['output'];
  /** IANA time zone that decides which period a moment falls in. */
  timeZone: Scalars['String']['output'];
};

/** Where a page sits in its list. */
export type PageInfo = {
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow (page on with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede (page back with `before: startCursor`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A manual correction with its reason, paid by the next run computed after it. */
export type PayoutAdjustment = Node & {
  /** Paid (negative: taken back). */
  amount: Scalars['Decimal']['output'];
  /** When it was entered. */
  createdAt: Scalars['DateTime']['output'];
  /** Principal who entered it. */
  createdBy: Scalars['String']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** The run that pays it; null until a run picks it up. */
  payoutRun?: Maybe<PayoutRun>;
  /** Why. */
  reason: Scalars['String']['output'];
  /** The rep. */
  rep: Rep;
};

/** A page of adjustments. */
export type PayoutAdjustmentConnection = {
  /** The items of the page with their cursors. */
  edges: Array<PayoutAdjustmentEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An adjustment in a page, with its cursor. */
export type PayoutAdjustmentEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PayoutAdjustment;
};

/** Conditions an adjustment must meet; all given conditions apply. */
export type PayoutAdjustmentFilter = {
  /** true: not yet picked up by a run the caller may see; false: paid by one (a draft run counts for comp admins only). */
  pending?: InputMaybe<Scalars['Boolean']['input']>;
  /** Adjustments of this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
};

/** The sum of the lines of one kind. */
export type PayoutKindTotal = {
  /** Exact sum of the rounded line amounts. */
  amount: Scalars['Decimal']['output'];
  /** Line kind. */
  kind: PayoutLineKind;
};

/** One amount of a payout run for a rep, with every step of its arithmetic. */
export type PayoutLine = Node & {
  /** Paid (negative: taken back); rounded half-even to the cent. */
  amount: Scalars['Decimal']['output'];
  /** credit / quota, six places, half-even (tiers compare exact amounts, not this rounded figure). */
  attainment?: Maybe<Scalars['Decimal']['output']>;
  /** The plan component it pays or claws back. */
  component?: Maybe<CompComponent>;
  /** Credited bookings measured (sum of the deals listed). */
  credit?: Maybe<Scalars['Decimal']['output']>;
  /** The numbers behind the explanation: deals with their credit, quota sources, each tier, cap, draw balance. */
  details: Scalars['JSON']['output'];
  /** Disputes raised on this line, oldest first. */
  disputes: Array<Dispute>;
  /** Why the line could not be computed (its amount is 0 and the run cannot be approved). */
  error?: Maybe<Scalars['String']['output']>;
  /** Each step of the arithmetic, in words and numbers. */
  explanation: Array<Scalars['String']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** What it pays or takes back. */
  kind: PayoutLineKind;
  /** For a clawback: the line whose commission it takes back. */
  originalLine?: Maybe<PayoutLine>;
  /** The run that pays it. */
  payoutRun: PayoutRun;
  /** The component period it measures (a month of a quarterly run for a MONTH component), or the run period. */
  periodKey: Scalars['String']['output'];
  /** Quota measured against (prorated by days when partial). */
  quota?: Maybe<Scalars['Decimal']['output']>;
  /** The rep paid. */
  rep: Rep;
  /** The line in one sentence. */
  summary: Scalars['String']['output'];
};

/** A page of payout lines. */
export type PayoutLineConnection = {
  /** The items of the page with their cursors. */
  edges: Array<PayoutLineEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A payout line in a page, with its cursor. */
export type PayoutLineEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PayoutLine;
};

/** Conditions a payout line must meet; all given conditions apply. */
export type PayoutLineFilter = {
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<PayoutLineKind>>;
  /** Lines of this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only lines that could not be computed (they block approval). */
  withErrors?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a payout line pays or takes back. */
export type PayoutLineKind =
  /** A manual adjustment with its reason, e.g. a resolved dispute. */
  | 'ADJUSTMENT'
  /** Bonus of a component for one period (or a prorated part of it). */
  | 'BONUS'
  /** Commission taken back for a deal reversed within the clawback window (negative). */
  | 'CLAWBACK'
  /** Commission of a component for one period (or a prorated part of it). */
  | 'COMMISSION'
  /** Top-up to the guaranteed draw (recoverable or not, see the explanation). */
  | 'DRAW'
  /** Repayment of an outstanding recoverable draw from earnings above the draw (negative). */
  | 'DRAW_RECOVERY'
  /** SPIFF of a component for one period. */
  | 'SPIFF';

/** The payout of one period: one line per rep, component and period, plus draws, clawbacks and adjustments. */
export type PayoutRun = Node & {
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its lines were last computed. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Lines the caller may see, by rep then kind; a draft run shows none to reps and managers. */
  lines: PayoutLineConnection;
  /** When it was marked paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Day after the period (exclusive). */
  periodEnd: Scalars['Date']['output'];
  /** FY2026, FY2026-Q3 or FY2026-M07. */
  periodKey: Scalars['String']['output'];
  /** First day of the period. */
  periodStart: Scalars['Date']['output'];
  /** Draft, approved or paid. */
  status: PayoutRunStatus;
  /** Totals, line count and errors, over the lines the caller may see. */
  summary: PayoutRunSummary;
  /** Increases with every recompute and state change; recompute, approve and markPaid name the version they read. */
  version: Scalars['Int']['output'];
};


/** The payout of one period: one line per rep, component and period, plus draws, clawbacks and adjustments. */
export type PayoutRunLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayoutLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of payout runs. */
export type PayoutRunConnection = {
  /** The items of the page with their cursors. */
  edges: Array<PayoutRunEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A payout run in a page, with its cursor. */
export type PayoutRunEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PayoutRun;
};

/** Conditions a run must meet. */
export type PayoutRunFilter = {
  /** Any of these states. */
  statuses?: InputMaybe<Array<PayoutRunStatus>>;
};

/** State of a payout run. */
export type PayoutRunStatus =
  /** Approved: never changes again; visible to the reps on their statements. */
  | 'APPROVED'
  /** Computed; recomputes freely; visible to comp admins only. */
  | 'DRAFT'
  /** Approved and paid out. */
  | 'PAID';

/** Totals of a run over the lines the caller may see (none of a draft for reps and managers). */
export type PayoutRunSummary = {
  /** Lines that could not be computed (e.g. no quota); the run cannot be approved while there are any. */
  errorCount: Scalars['Int']['output'];
  /** Number of lines. */
  lineCount: Scalars['Int']['output'];
  /** Exact sum of the rounded line amounts. */
  total: Scalars['Decimal']['output'];
  /** Sums by line kind. */
  totals: Array<PayoutKindTotal>;
};

/** A rep’s pay for a period: every line explained, totals, year-to-date and the draw balance. */
export type PayoutStatement = {
  /** Recoverable draw still owed after this period, to be repaid from earnings above the draw. */
  drawBalance: Scalars['Decimal']['output'];
  /** The rep’s lines of the run, by kind. */
  lines: Array<PayoutLine>;
  /** The period’s run; null when there is none yet, or it is a draft and the caller is not a comp admin. */
  payoutRun?: Maybe<PayoutRun>;
  /** Day after the period (exclusive). */
  periodEnd: Scalars['Date']['output'];
  /** The period. */
  periodKey: Scalars['String']['output'];
  /** First day of the period. */
  periodStart: Scalars['Date']['output'];
  /** The rep. */
  rep?: Maybe<Rep>;
  /** Exact sum of the lines: what the run pays the rep. */
  total: Scalars['Decimal']['output'];
  /** Sums by line kind. */
  totals: Array<PayoutKindTotal>;
  /** The fiscal year so far. */
  yearToDate: PayoutYearToDate;
};

/** Totals of the fiscal year up to and including the statement’s period, over the runs the caller may see. */
export type PayoutYearToDate = {
  /** The fiscal year, e.g. FY2026. */
  fiscalYear: Scalars['String']['output'];
  /** The runs counted, oldest first. */
  periodKeys: Array<Scalars['String']['output']>;
  /** Exact sum of the lines. */
  total: Scalars['Decimal']['output'];
  /** Sums by line kind. */
  totals: Array<PayoutKindTotal>;
};

/** The peers behind a whitespace estimate: the other accounts of the organization in the same industry and segment. */
export type PeerEvidence = {
  /** Industry of the peer group. */
  industry: Scalars['String']['output'];
  /** Median ARR of the product among owning peers (for a family column: of each owning peer's ARR over the family's active products), the mean of the two middle values for an even count, exact (not rounded to the cent); null when no peer owns it. */
  medianArr?: Maybe<Scalars['Decimal']['output']>;
  /** Peers that own the product (for a family column: any active product of the family). */
  owningPeerCount: Scalars['Int']['output'];
  /** Number of peers (the account itself excluded). */
  peerCount: Scalars['Int']['output'];
  /** Segment of the peer group. */
  segment: Segment;
};

/** Two scopes side by side in one period, with the ratio of every metric. */
export type PerformanceComparison = {
  /** Total of scope a. */
  a: PerformanceRow;
  /** Total of scope b. */
  b: PerformanceRow;
  /** The period measured. */
  period: PerformancePeriod;
  /** a / b per metric. */
  ratio: PerformanceRatios;
};

/** How performance rows are grouped. */
export type PerformanceGrouping =
  /** One row per industry of the deal's account: revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are refused on the rows. */
  | 'ACCOUNT_INDUSTRY'
  /** One row per segment of the deal's account (not the rep's: see SEGMENT): revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are refused on the rows. */
  | 'ACCOUNT_SEGMENT'
  /** One row per competitor of the deal ("No competitor" for deals without one): revenue credit of the reps in scope, each deal in one row (win rate against each competitor). Quota, attainment and coverage are refused on the rows. */
  | 'COMPETITOR'
  /** One row per loss reason ("No loss reason" for lost deals without one): only lost deals carry a reason, so the rows define lostCount alone; every other metric is refused on the rows. */
  | 'LOSS_REASON'
  /** One row per manager (role MANAGER or EXECUTIVE): revenue credit and quotas of the manager and of their direct reports who are not managers (a manager below has a row of their own), so each credit and quota is in exactly one row and the rows' amounts add up to the total. */
  | 'MANAGER'
  /** One row per fiscal month of the period. */
  | 'MONTH'
  /** One row per product, measured on line-item totals (revenue credit share of each line). */
  | 'PRODUCT'
  /** One row per fiscal quarter of the period (needs a quarter or year period). */
  | 'QUARTER'
  /** One row per region of the credited rep (revenue credit). */
  | 'REGION'
  /** One row per credited rep: revenue and overlay credit, each deal counted for every rep it credits. */
  | 'REP'
  /** One row per segment of the credited rep (revenue credit). */
  | 'SEGMENT'
  /** One row per deal source ("No source" for deals without one): where bookings and pipeline come from, revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are refused on the rows. */
  | 'SOURCE'
  /** One row per territory: its PRIMARY reps' quotas against their credit on the territory's accounts (others' credit there is its overlayBookings); "No territory" holds the reps with no PRIMARY territory in the period. A rep PRIMARY in two territories is in both rows, so rows may add up to more than the total. */
  | 'TERRITORY'
  /** One row per deal type (new business, expansion, renewal): the deals' revenue credit of the reps in scope, each deal in one row. Quota, attainment and coverage are not defined per deal type: selecting them on the rows (or sorting by them) is refused. */
  | 'TYPE';

/** Which hierarchy (manager links, account placements) a report rolls up by. */
export type PerformanceHierarchy =
  /** As it was on the period's last day (today while the period runs): a rep moved after the period counts under the manager they had then. */
  | 'AS_OF_PERIOD'
  /** As it stands today: a rep moved since counts under their new manager for past periods too. */
  | 'CURRENT';

/** A performance metric, for sorting rows. */
export type PerformanceMetric =
  /** bookings / quota; null when quota is 0. */
  | 'ATTAINMENT'
  /** bookings / wonCount, to the cent; null with no won deal. */
  | 'AVG_DEAL_SIZE'
  /** Credited amount of CLOSED_WON deals with close date in the period. */
  | 'BOOKINGS'
  /** openPipeline / max(quota - bookings, 0); null when nothing remains to close. */
  | 'COVERAGE'
  /** Deals closed lost in the period. */
  | 'LOST_COUNT'
  /** Open deals with close date in the period. */
  | 'OPEN_COUNT'
  /** Credited amount of open deals with close date in the period. */
  | 'OPEN_PIPELINE'
  /** Credited amount of deals created in the period (whatever their stage now). */
  | 'PIPELINE_CREATED'
  /** Sum of individual quotas for the period (0 when none applies). */
  | 'QUOTA'
  /** Mean of close date - created date in days over won deals, 2 decimals; null with no won deal. */
  | 'SALES_CYCLE_DAYS'
  /** openCount x winRate x avgDealSize / salesCycleDays: bookings expected per day, to the cent. */
  | 'VELOCITY'
  /** Sum of credited amount x stage probability over those open deals. */
  | 'WEIGHTED_PIPELINE'
  /** wonCount / (wonCount + lostCount), by count; null with no closed deal. */
  | 'WIN_RATE'
  /** Deals closed won in the period. */
  | 'WON_COUNT';

/** Sort order of performance rows (nulls always last). */
export type PerformanceOrder = {
  /** Largest first by default. */
  direction?: InputMaybe<SortDirection>;
  /** Metric to sort by. */
  metric: PerformanceMetric;
};

/** A fiscal period: key, kind and dates (start inclusive, end exclusive). */
export type PerformancePeriod = {
  /** Day after the last day (exclusive). */
  end: Scalars['Date']['output'];
  /** Fiscal year, named by the calendar year it ends in. */
  fiscalYear: Scalars['Int']['output'];
  /** Period key, e.g. FY2027-Q3. */
  key: Scalars['String']['output'];
  /** Year, quarter or month. */
  kind: PerformancePeriodKind;
  /** First day (inclusive). */
  start: Scalars['Date']['output'];
};

/** Length of a fiscal period. */
export type PerformancePeriodKind =
  /** A fiscal month. */
  | 'MONTH'
  /** A fiscal quarter. */
  | 'QUARTER'
  /** A fiscal year. */
  | 'YEAR';

/** a / b for every metric, 6 decimals; null when either side is null or b is zero. */
export type PerformanceRatios = {
  /** a / b of attainment. */
  attainment?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of avgDealSize. */
  avgDealSize?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of bookings. */
  bookings?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of coverage. */
  coverage?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of lostCount. */
  lostCount?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of openCount. */
  openCount?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of openPipeline. */
  openPipeline?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of pipelineCreated. */
  pipelineCreated?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of quota. */
  quota?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of salesCycleDays. */
  salesCycleDays?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of velocity. */
  velocity?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of weightedPipeline. */
  weightedPipeline?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of winRate. */
  winRate?: Maybe<Scalars['Decimal']['output']>;
  /** a / b of wonCount. */
  wonCount?: Maybe<Scalars['Decimal']['output']>;
};

/** Performance of a scope in a period: one row per group and the total of the scope. */
export type PerformanceReport = {
  /** How the rows are grouped; null when only the total was asked for. */
  grouping?: Maybe<PerformanceGrouping>;
  /** The period measured. */
  period: PerformancePeriod;
  /** One row per group that has credit, pipeline or quota (by label, by period, or in the order asked for). In the REP grouping overlay credit is included, so the rows may add up to more than the total. */
  rows: Array<PerformanceRow>;
  /** The whole scope: revenue credit only (overlay never added), each deal counted once; the same whatever the grouping. */
  total: PerformanceRow;
};

/** Every performance metric of docs/design.md §5 for one group, or for the whole scope (the total). */
export type PerformanceRow = {
  /** The account industry of the row (ACCOUNT_INDUSTRY grouping). */
  accountIndustry?: Maybe<Scalars['String']['output']>;
  /** The account segment of the row (ACCOUNT_SEGMENT grouping). */
  accountSegment?: Maybe<Segment>;
  /** bookings / quota; null when quota is 0. Fraction (1.0 = 100%), 6 decimals. */
  attainment?: Maybe<Scalars['Decimal']['output']>;
  /** bookings / wonCount, to the cent; null with no won deal. */
  avgDealSize?: Maybe<Scalars['Decimal']['output']>;
  /** Credited amount of CLOSED_WON deals with close date in the period. */
  bookings: Scalars['Decimal']['output'];
  /** The competitor of the row (COMPETITOR grouping); null for "No competitor". */
  competitor?: Maybe<Scalars['String']['output']>;
  /** openPipeline / max(quota - bookings, 0); null when nothing remains to close. 6 decimals. */
  coverage?: Maybe<Scalars['Decimal']['output']>;
  /** The deal type of the row (TYPE grouping). */
  dealType?: Maybe<OpportunityType>;
  /** The grouping of this row; null for a total. */
  grouping?: Maybe<PerformanceGrouping>;
  /** Stable key of the group: an ID number, a region, a segment or a period key; '' for none; TOTAL for a total. */
  key: Scalars['String']['output'];
  /** Name of the group (rep, territory, product, region...). */
  label: Scalars['String']['output'];
  /** The loss reason of the row (LOSS_REASON grouping); null for "No loss reason". */
  lossReason?: Maybe<LossReason>;
  /** Deals closed lost in the period. */
  lostCount: Scalars['Int']['output'];
  /** Open deals with close date in the period. */
  openCount: Scalars['Int']['output'];
  /** Credited amount of open deals with close date in the period. */
  openPipeline: Scalars['Decimal']['output'];
  /** TERRITORY rows (and the total of a territoryId scope): bookings credited on deals of the territory's accounts to reps who are not its PRIMARY reps (OVERLAY assignments, SEs' overlay splits, reps from elsewhere), never part of bookings or attainment. In the "No territory" row: credit on accounts without a territory to reps who have one. Null in other rows. */
  overlayBookings?: Maybe<Scalars['Decimal']['output']>;
  /** TERRITORY rows (and the total of a territoryId scope): quotas of the reps holding an OVERLAY assignment to the territory during the period and no PRIMARY one, overlay quotas (SE) included, never part of quota. Null in other rows. */
  overlayQuota?: Maybe<Scalars['Decimal']['output']>;
  /** The period of the row (MONTH and QUARTER groupings, totals and trend points). */
  period?: Maybe<PerformancePeriod>;
  /** Credited amount of deals created in the period (whatever their stage now). */
  pipelineCreated: Scalars['Decimal']['output'];
  /** The product of the row (PRODUCT grouping). */
  product?: Maybe<Product>;
  /** Sum of individual quotas for the period (0 when none applies). */
  quota: Scalars['Decimal']['output'];
  /** The region of the row (REGION grouping). */
  region?: Maybe<Scalars['String']['output']>;
  /** The rep (REP grouping) or manager (MANAGER grouping) of the row. */
  rep?: Maybe<Rep>;
  /** Mean of close date - created date in days over won deals, 2 decimals; null with no won deal. */
  salesCycleDays?: Maybe<Scalars['Decimal']['output']>;
  /** The segment of the row (SEGMENT grouping). */
  segment?: Maybe<Segment>;
  /** The deal source of the row (SOURCE grouping); null for "No source". */
  source?: Maybe<Scalars['String']['output']>;
  /** The territory of the row (TERRITORY grouping). */
  territory?: Maybe<Territory>;
  /** openCount x winRate x avgDealSize / salesCycleDays: bookings expected per day, to the cent. Null when winRate, avgDealSize or salesCycleDays is null or the cycle is 0. */
  velocity?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of credited amount x stage probability over those open deals. */
  weightedPipeline: Scalars['Decimal']['output'];
  /** wonCount / (wonCount + lostCount), by count; null with no closed deal. Fraction, 6 decimals. */
  winRate?: Maybe<Scalars['Decimal']['output']>;
  /** Deals closed won in the period. */
  wonCount: Scalars['Int']['output'];
};

/** What to measure; every given condition applies (none = the whole organization). Rep conditions (repId, region, segment) select credited reps and their quotas; territoryId selects the territories' PRIMARY reps and their accounts' deals; productId measures that product's line items. */
export type PerformanceScope = {
  /** Only this product's line items (quota does not apply: 0). */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Reps of this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** A rep or manager: that rep and everyone below them in the hierarchy. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Reps of this segment. */
  segment?: InputMaybe<Segment>;
  /** A territory and its child territories: the credit of their PRIMARY reps on their accounts' deals and those reps' quotas; the total's overlayBookings and overlayQuota hold everyone else's credit there and the OVERLAY reps' quotas. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** The same metrics over consecutive periods, oldest first. */
export type PerformanceTrend = {
  /** Grouping of the rows of each point; null for totals only. */
  grouping?: Maybe<PerformanceGrouping>;
  /** One point per period, oldest first. */
  points: Array<PerformanceTrendPoint>;
};

/** The metrics of one period of a trend. */
export type PerformanceTrendPoint = {
  /** The period. */
  period: PerformancePeriod;
  /** One row per group for the period (empty without groupBy). */
  rows: Array<PerformanceRow>;
  /** The scope total for the period. */
  total: PerformanceRow;
};

/** What the planned team can book in the plan's fiscal year, month by month, against the target: heads in seat (attrition applied monthly) x ramp share x ramped productivity. */
export type PlanCapacity = {
  /** target - yearCapacity: positive is a shortfall, negative a surplus; null without a target. */
  gap?: Maybe<Scalars['Decimal']['output']>;
  /** What one such hire books in the year: sum over their months of ramp share x productivity. */
  hireCapacity?: Maybe<Scalars['Decimal']['output']>;
  /** The hire assumed (the given profile, else like the largest capacity line, starting in month 1). */
  hireProfile?: Maybe<NewHireProfile>;
  /** ceil(gap / hireCapacity); 0 without a shortfall; null without a target or a hire profile. */
  hiresNeeded?: Maybe<Scalars['Int']['output']>;
  /** Per capacity line. */
  lines: Array<CapacityLineYear>;
  /** The 12 fiscal months. */
  months: Array<CapacityMonth>;
  /** The plan target. */
  target?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of the months. */
  yearCapacity: Scalars['Decimal']['output'];
};

/** How the caller authenticated. */
export type PrincipalKind =
  /** An API key (partner, BI tool, service). */
  | 'API_KEY'
  /** A job of the platform itself. */
  | 'SYSTEM'
  /** A user, with a JWT from the identity provider. */
  | 'USER';

/** Something the organization sells. */
export type Product = Node & {
  /** Whether the product is still sold. */
  active: Scalars['Boolean']['output'];
  /** Rank among the editions of its family (1 = the lowest; equal ranks are the same tier); null when the product is not an edition. Whitespace counts a family as one need and a higher edition as an upgrade (docs/design.md §6). */
  editionRank?: Maybe<Scalars['Int']['output']>;
  /** The CRM's ID for this product. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Product family (line), used by comp filters and whitespace. */
  family: Scalars['String']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** List price per unit. */
  listPrice: Scalars['Decimal']['output'];
  /** Product name. */
  name: Scalars['String']['output'];
};

/** A page of Product objects. */
export type ProductConnection = {
  /** The items of the page with their cursors. */
  edges: Array<ProductEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Product in a page, with its cursor. */
export type ProductEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Product;
};

/** Conditions a product must meet; all given conditions apply. */
export type ProductFilter = {
  /** Only active (true) or retired (false) products. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Exact product family. */
  family?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order for products. */
export type ProductOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: ProductOrderField;
};

/** Fields products can be sorted by. */
export type ProductOrderField =
  /** Family, then name. */
  | 'FAMILY'
  /** List price. */
  | 'LIST_PRICE'
  /** Product name. */
  | 'NAME';

/** A DRAFT plan to put in force for its effective dates. */
export type PublishCompPlanInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan version. */
  id: Scalars['ID']['input'];
};

/** Result of publishCompPlan. */
export type PublishCompPlanPayload = {
  /** The plan version after the change; null when the input was refused. */
  compPlan?: Maybe<CompPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Reads: entities, hierarchy and analytics of one organization. */
export type Query = {
  /** Accounts of the organization. */
  accounts: AccountConnection;
  /** API keys of the organization, newest first (admin only). */
  apiKeys: ApiKeyConnection;
  /** Distribution of per-rep attainment in a period, with percentiles and "moving the middle". */
  attainmentDistribution: AttainmentDistribution;
  /** The audit trail of the organization, newest first (admin only). */
  auditEvents: AuditEventConnection;
  /** A bulk operation by ID; null when unknown or not the caller's (admins see the organization's). */
  bulkOperation?: Maybe<BulkOperation>;
  /** The caller's bulk operations (admins: the organization's), newest first. */
  bulkOperations: BulkOperationConnection;
  /** Comp plan assignments within the caller’s pay visibility, by rep then start date. */
  compAssignments: CompAssignmentConnection;
  /** Prices a proposed plan on a past year of actual bookings, next to the plan in effect. Writes nothing. */
  compPlanCost: CompPlanCost;
  /** Comp plan versions, latest effective start first. */
  compPlans: CompPlanConnection;
  /** Compares two plans or scenarios (of any fiscal years). */
  compareSalesPlans: SalesPlanComparison;
  /** Disputes within the caller’s pay visibility, newest first. */
  disputes: DisputeConnection;
  /** The forecast of a hierarchy node for a period, with its direct reports: closed, the categories, the cumulative forecasts, weighted pipeline, projection, quota, gap and calls. */
  forecast: Forecast;
  /** The backtest of an ended period: the calls and computed forecasts of a node and its direct reports at a point in the period, against what closed. */
  forecastAccuracy: ForecastAccuracy;
  /** The backtest of ended periods: at every week of each, the error of the node's and its direct reports' calls, category rollups and projection against what was won; scored by week of period as MAPE, bias and MASE (against last period's bookings), and each node's call reliability. */
  forecastBacktest: ForecastBacktest;
  /** What moved in a node's forecast for a period between two moments (e.g. since last week). */
  forecastChanges: ForecastChanges;
  /** The commission liability forecast of an open period: the incentive pay the forecast's distribution implies, run through the payout run's calculation (nothing is written); see docs/compensation.md, Liability forecast. */
  forecastLiability: CommissionLiabilityForecast;
  /** P10/P50/P90 (or the percentiles asked for) of a node's period outcome and of its direct reports', computed exactly (Poisson-binomial by discretised convolution); see docs/forecast.md, Ranges. */
  forecastRange: ForecastRange;
  /** A node's forecast for an open or ended period as it stood at the end of a week of the period or at an instant (default now), optionally for one product, product family, territory, segment or region. The commit on week 5 is node.commitForecast (or node.commitCall) of week: 5. */
  forecastSnapshot: ForecastSnapshot;
  /** Stage-to-stage conversion, days in stage, "lost at" and pipeline created and won, for the deals created in a fiscal period, from their stage history. */
  funnel: FunnelReport;
  /** The sales hierarchy as it was on a day: every rep under the root that day with its manager then, by depth then id. Reps appear from their hire day; a move between managers shows from the day it took effect. */
  hierarchy: Array<HierarchyEntry>;
  /** Installed products (subscriptions) of every account, in the order they were recorded: the installed base as one list, for extracts. */
  installedProducts: InstalledProductConnection;
  /** The organization's loss reasons, active and inactive, by externalId. */
  lossReasons: Array<LossReason>;
  /** Ramp of reps hired in a window: time to first deal and attainment by tenure month. */
  newHireRamp: RampReport;
  /** Fetches any object by its global ID (null when unknown or not visible to the caller). */
  node?: Maybe<Node>;
  /** Fetches objects by their global IDs (null for unknown or invisible IDs). */
  nodes: Array<Maybe<Node>>;
  /** Deals of the organization. */
  opportunities: OpportunityConnection;
  /** The caller's organization. */
  organization: Organization;
  /** Adjustments within the caller’s pay visibility, newest first. */
  payoutAdjustments: PayoutAdjustmentConnection;
  /** The run of a period, if it has one (and the caller may see it). */
  payoutRun?: Maybe<PayoutRun>;
  /** Payout runs, latest period first (drafts for comp admins only). */
  payoutRuns: PayoutRunConnection;
  /** A rep’s statement for a period: yours, your team’s, or (comp admins) anyone’s. */
  payoutStatement: PayoutStatement;
  /** Every metric of docs/design.md §5 for a period and scope, one row per group plus the total. */
  performance: PerformanceReport;
  /** Two scopes side by side in a period (e.g. region A vs region B), with a / b per metric. */
  performanceComparison: PerformanceComparison;
  /** The metrics over consecutive periods ending with `period` (e.g. the last 8 quarters), in one call. */
  performanceTrend: PerformanceTrend;
  /** Computes a top-down quota allocation without writing it (needs write:plans: its weights reveal every rep’s bookings). */
  previewQuotaAllocation: QuotaAllocation;
  /** Shows which accounts each of a plan's rules would route where, the conflicts and the unmatched accounts. */
  previewTerritoryRules: TerritoryRulePreview;
  /** The product catalog. */
  products: ProductConnection;
  /** Quotas, by period start then rep. */
  quotas: QuotaConnection;
  /** People in the organization. */
  reps: RepConnection;
  /** Gross and net revenue retention, logo churn and the ARR bridge (starting + new + expansion + reactivation - contraction - churn = ending) of a fiscal period, from the ARR history of installed products. */
  retention: RetentionReport;
  /** Sales plans and scenarios, latest fiscal year first. */
  salesPlans: SalesPlanConnection;
  /** What-if on the payout engine: hypothetical deals, deals left out, or another plan version. Writes nothing. */
  simulateCompensation: CompensationSimulation;
  /** Territories, by name. */
  territories: TerritoryConnection;
  /** The caller, as authenticated by the request. */
  viewer: Viewer;
  /** The delivery log, newest first (write:webhooks). */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Webhook subscriptions of the organization, newest first (write:webhooks). */
  webhookSubscriptions: WebhookSubscriptionConnection;
  /** The account x product whitespace matrix of a scope: a page of accounts, each with one cell per product. */
  whitespace: AccountWhitespaceConnection;
  /** The highest-value whitespace cells of a scope with their peer evidence: estimated value, then propensity, highest first. */
  whitespaceOpportunities: WhitespaceOpportunityConnection;
  /** Whitespace totals of a scope grouped by product, territory, rep, segment or industry. */
  whitespaceSummary: WhitespaceSummary;
  /** Win rate, won and lost amounts, loss reasons and competitors (lost to whom) of the deals closed in a fiscal period. */
  winLoss: WinLossReport;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountOrder>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryAttainmentDistributionArgs = {
  hierarchy?: InputMaybe<PerformanceHierarchy>;
  improvement?: InputMaybe<Scalars['Decimal']['input']>;
  period: Scalars['String']['input'];
  scope?: InputMaybe<PerformanceScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryBulkOperationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryBulkOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BulkOperationStatus>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryCompAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryCompPlanCostArgs = {
  input: CompPlanCostInput;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryCompPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryCompareSalesPlansArgs = {
  baseId: Scalars['ID']['input'];
  scenarioId: Scalars['ID']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastArgs = {
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastAccuracyArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  week?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastBacktestArgs = {
  periodKeys: Array<Scalars['String']['input']>;
  repId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastChangesArgs = {
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  since: Scalars['DateTime']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastLiabilityArgs = {
  percentiles?: InputMaybe<Array<Scalars['Float']['input']>>;
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastRangeArgs = {
  percentiles?: InputMaybe<Array<Scalars['Float']['input']>>;
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryForecastSnapshotArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<ForecastScope>;
  week?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryFunnelArgs = {
  groupBy?: InputMaybe<FunnelGrouping>;
  period: Scalars['String']['input'];
  scope?: InputMaybe<FunnelScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryHierarchyArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  rootId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryInstalledProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstalledProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryNewHireRampArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  hiredFrom: Scalars['Date']['input'];
  hiredTo: Scalars['Date']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<RepRole>>;
  scope?: InputMaybe<RampScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPayoutAdjustmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayoutAdjustmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPayoutRunArgs = {
  periodKey: Scalars['String']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPayoutRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayoutRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPayoutStatementArgs = {
  periodKey: Scalars['String']['input'];
  repId: Scalars['ID']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPerformanceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: InputMaybe<PerformanceGrouping>;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
  orderBy?: InputMaybe<PerformanceOrder>;
  period: Scalars['String']['input'];
  scope?: InputMaybe<PerformanceScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPerformanceComparisonArgs = {
  a: PerformanceScope;
  b: PerformanceScope;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
  period: Scalars['String']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPerformanceTrendArgs = {
  groupBy?: InputMaybe<PerformanceGrouping>;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
  period: Scalars['String']['input'];
  periods?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<PerformanceScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPreviewQuotaAllocationArgs = {
  input: QuotaAllocationInput;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryPreviewTerritoryRulesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  preserveExisting?: InputMaybe<Scalars['Boolean']['input']>;
  salesPlanId: Scalars['ID']['input'];
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuotaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryRepsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RepOrder>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryRetentionArgs = {
  groupBy?: InputMaybe<RetentionGrouping>;
  period: Scalars['String']['input'];
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QuerySalesPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QuerySimulateCompensationArgs = {
  input: SimulateCompensationInput;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TerritoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryWhitespaceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WhitespaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  granularity?: InputMaybe<WhitespaceGranularity>;
  orderBy?: InputMaybe<AccountWhitespaceOrder>;
  scope?: InputMaybe<WhitespaceScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryWhitespaceOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WhitespaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  granularity?: InputMaybe<WhitespaceGranularity>;
  scope?: InputMaybe<WhitespaceScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryWhitespaceSummaryArgs = {
  filter?: InputMaybe<WhitespaceFilter>;
  granularity?: InputMaybe<WhitespaceGranularity>;
  groupBy: WhitespaceGrouping;
  scope?: InputMaybe<WhitespaceScope>;
};


/** Reads: entities, hierarchy and analytics of one organization. */
export type QueryWinLossArgs = {
  groupBy?: InputMaybe<FunnelGrouping>;
  period: Scalars['String']['input'];
  scope?: InputMaybe<FunnelScope>;
};

/** A bookings target for a rep and a fiscal period under a sales plan. */
export type Quota = Node & {
  /** Bookings target. */
  amount: Scalars['Decimal']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Day after the period (exclusive). */
  periodEnd: Scalars['Date']['output'];
  /** FY2026, FY2026-Q3 or FY2026-M07. */
  periodKey: Scalars['String']['output'];
  /** First day of the period. */
  periodStart: Scalars['Date']['output'];
  /** The rep carrying the quota. */
  rep: Rep;
  /** The plan the quota belongs to. */
  salesPlan: SalesPlan;
  /** When the quota last changed (what `updatedSince` filters on). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A target split into quotas; the rep amounts add up exactly to the target. */
export type QuotaAllocation = {
  /** The arithmetic, line by line. */
  lines: Array<QuotaAllocationLine>;
  /** The period. */
  periodKey: Scalars['String']['output'];
  /** Quota per rep. */
  reps: Array<QuotaAllocationRep>;
  /** The amount allocated. */
  target: Scalars['Decimal']['output'];
  /** Share per territory (TERRITORIES only), by name. */
  territories: Array<QuotaAllocationTerritory>;
  /** Sum of the rep amounts (equals the target). */
  total: Scalars['Decimal']['output'];
};

/** How to split a target into quotas. */
export type QuotaAllocationInput = {
  /** Split over reps or territories. */
  over: QuotaAllocationUnit;
  /** The period the quotas are for (default the plan's fiscal year). */
  periodKey?: InputMaybe<Scalars['String']['input']>;
  /** Discount ramping new hires (month k of a ramp of R months counts k/R); default true. */
  rampDiscount?: InputMaybe<Scalars['Boolean']['input']>;
  /** REPS: these reps (default every individual quota carrier of the period: AE, AM and SDR reps employed during it and any other PRIMARY assignment holder, team and overlay roles left out). Name only SE reps to allocate overlay quotas, with their own target. */
  repIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The plan. */
  salesPlanId: Scalars['ID']['input'];
  /** Amount to allocate, whole cents (default: the plan's target, when allocating the year). */
  target?: InputMaybe<Scalars['Decimal']['input']>;
  /** TERRITORIES: these territories alone (default the plan's leaf territories, and each carrier without a PRIMARY assignment as a unit of its own). */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the shares are proportional to. */
  weight: QuotaAllocationWeight;
};

/** One rep's share (per territory, when allocating over territories). */
export type QuotaAllocationLine = {
  /** The share in cents: rounded down, plus one cent for the largest remainders, so shares add up exactly. */
  amount: Scalars['Decimal']['output'];
  /** The rep's full-year weight before the ramp discount (last year's bookings annualised over the months the rep was there; a new hire weighs the others' mean); null for a territory's rep (see the territory rows). */
  baseWeight?: Maybe<Scalars['Decimal']['output']>;
  /** The unrounded share (6 decimals). */
  exactAmount: Scalars['Decimal']['output'];
  /** Mean productivity over the period’s months (0 before the hire month, k/R in ramp month k, 1 when ramped; for TERRITORIES only months the assignment covers count). */
  rampFactor: Scalars['Decimal']['output'];
  /** The rep. */
  rep: Rep;
  /** The territory the share comes from (TERRITORIES only). */
  territory?: Maybe<Territory>;
  /** What the share was apportioned by among its peers. */
  weight: Scalars['Decimal']['output'];
};

/** A rep's resulting quota for the period. */
export type QuotaAllocationRep = {
  /** The quota. */
  amount: Scalars['Decimal']['output'];
  /** The rep. */
  rep: Rep;
};

/** A territory's share of the target (TERRITORIES only). */
export type QuotaAllocationTerritory = {
  /** The share in cents. */
  amount: Scalars['Decimal']['output'];
  /** Its weight. */
  baseWeight: Scalars['Decimal']['output'];
  /** The unrounded share (6 decimals). */
  exactAmount: Scalars['Decimal']['output'];
  /** The territory. */
  territory: Territory;
};

/** What a target is split over. */
export type QuotaAllocationUnit =
  /** Reps directly, by weight x ramp factor (a ramping rep's discount goes to the others). */
  | 'REPS'
  /** Territories by weight; each territory's share then goes to its PRIMARY reps by ramp-adjusted months of coverage. */
  | 'TERRITORIES';

/** What the shares are proportional to. */
export type QuotaAllocationWeight =
  /** Annual revenue of the accounts held (a territory's, or a rep's PRIMARY territories'), the customers' size as the proxy for what they can buy. */
  | 'ACCOUNT_POTENTIAL'
  /** The same for each. */
  | 'EQUAL'
  /** Bookings of the fiscal year before the plan's: a rep's credited bookings, a territory's won amount on its accounts. */
  | 'LAST_YEAR_BOOKINGS';

/** Whether the plan's quotas add up to its target, and agree across periods. */
export type QuotaCheck = {
  /** quotaTotal - target; null without a target. */
  difference?: Maybe<Scalars['Decimal']['output']>;
  /** The difference is within the tolerance; null without a target. */
  matchesTarget?: Maybe<Scalars['Boolean']['output']>;
  /** Explicit quarters and years that disagree with their parts. */
  mismatches: Array<QuotaMismatch>;
  /** Sum of the managers' overassignment: what the levels of the hierarchy added on top of the team quotas above them. */
  overassignmentTotal: Scalars['Decimal']['output'];
  /** Sum of the individual fiscal-year quotas: team quotas (MANAGER, EXECUTIVE) and overlay quotas (SE) are left out, so each dollar of quota counts once. */
  quotaTotal: Scalars['Decimal']['output'];
  /** Reps whose fiscal-year quota is in quotaTotal. */
  repCount: Scalars['Int']['output'];
  /** The plan target. */
  target?: Maybe<Scalars['Decimal']['output']>;
  /** Each manager with a fiscal-year team quota, against their direct reports' quotas. */
  teamOverassignment: Array<QuotaTeamOverassignment>;
  /** Half a cent per rep, rounded down to the cent: what rounding each quota to cents can explain. */
  tolerance: Scalars['Decimal']['output'];
};

/** A page of Quota objects. */
export type QuotaConnection = {
  /** The items of the page with their cursors. */
  edges: Array<QuotaEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Quota in a page, with its cursor. */
export type QuotaEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Quota;
};

/** Conditions a quota must meet. */
export type QuotaFilter = {
  /** Any of these period keys. */
  periodKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Quotas of this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Quotas of this plan. */
  salesPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Changed at or after this instant (incremental extracts: pass the start time of the previous extract). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A quarter or year set explicitly whose sub-periods, also set, add up to something else. */
export type QuotaMismatch = {
  /** Its quota. */
  amount: Scalars['Decimal']['output'];
  /** What its quarters or months add up to. */
  partsTotal: Scalars['Decimal']['output'];
  /** The period set explicitly. */
  periodKey: Scalars['String']['output'];
  /** The rep. */
  rep: Rep;
};

/** The plan's quotas for one period, rolled up from sub-periods where only those are set. */
export type QuotaRollup = {
  /** The period. */
  periodKey: Scalars['String']['output'];
  /** Reps with a quota for the period. */
  reps: Array<RepPeriodQuota>;
  /** Sum of the individual quotas (reps with countsInTotal): each dollar of quota once. */
  total: Scalars['Decimal']['output'];
};

/** One rep's quota for one period. */
export type QuotaRowInput = {
  /** Bookings target in whole cents; null removes the quota. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** FY2027, FY2027-Q3 or FY2027-M07, in the plan's fiscal year. */
  periodKey: Scalars['String']['input'];
  /** The rep. */
  repId: Scalars['ID']['input'];
};

/** A manager's fiscal-year team quota next to what their direct reports' quotas add up to. */
export type QuotaTeamOverassignment = {
  /** The manager (role MANAGER or EXECUTIVE). */
  manager: Rep;
  /** reportsQuota - teamQuota: positive when over-assigned, negative when under-assigned. */
  overassignment: Scalars['Decimal']['output'];
  /** reportsQuota / teamQuota, 6 decimals (1.1 = 10% over-assigned). */
  ratio: Scalars['Decimal']['output'];
  /** Direct reports with a fiscal-year quota. */
  reportCount: Scalars['Int']['output'];
  /** Sum of the direct reports' fiscal-year quotas (overlay reps left out). */
  reportsQuota: Scalars['Decimal']['output'];
  /** The manager's team quota for the year. */
  teamQuota: Scalars['Decimal']['output'];
};

/** One tenure month of a new hire: bookings against that month's quota. */
export type RampMonth = {
  /** bookings / quota, 6 decimals; null when quota is 0. */
  attainment?: Maybe<Scalars['Decimal']['output']>;
  /** Credited bookings closed in the month. */
  bookings: Scalars['Decimal']['output'];
  /** Monthly quota for the month (0 when none). */
  quota: Scalars['Decimal']['output'];
  /** First day of the month. */
  start: Scalars['Date']['output'];
  /** 1 = the calendar month of the hire date. */
  tenureMonth: Scalars['Int']['output'];
};

/** A new hire: time to first deal and attainment by tenure month. */
export type RampRep = {
  /** firstDealDate - hireDate in days. */
  daysToFirstDeal?: Maybe<Scalars['Int']['output']>;
  /** Close date of the first CLOSED_WON deal credited to the rep (any split); null if none yet. */
  firstDealDate?: Maybe<Scalars['Date']['output']>;
  /** Hire date. */
  hireDate: Scalars['Date']['output'];
  /** Tenure months that have started (up to asOf) while the rep was employed. */
  months: Array<RampMonth>;
  /** Tenure month in which the first deal closed (1 = the month of hire). */
  monthsToFirstDeal?: Maybe<Scalars['Int']['output']>;
  /** Name of the rep. */
  name: Scalars['String']['output'];
  /** The rep (null only if it is not visible to the caller). */
  rep?: Maybe<Rep>;
};

/** Ramp of the reps hired in a window. */
export type RampReport = {
  /** Months starting after this day are left out. */
  asOf: Scalars['Date']['output'];
  /** Mean monthsToFirstDeal over reps with a won deal, 2 decimals. */
  avgMonthsToFirstDeal?: Maybe<Scalars['Decimal']['output']>;
  /** Start of the hiring window (inclusive). */
  hiredFrom: Scalars['Date']['output'];
  /** End of the hiring window (exclusive). */
  hiredTo: Scalars['Date']['output'];
  /** Median monthsToFirstDeal over reps with a won deal. */
  medianMonthsToFirstDeal?: Maybe<Scalars['Decimal']['output']>;
  /** Tenure months reported. */
  months: Scalars['Int']['output'];
  /** Reps hired in the window (in scope). */
  repCount: Scalars['Int']['output'];
  /** The reps, by hire date. */
  reps: Array<RampRep>;
  /** Of them, reps with a won deal. */
  repsWithFirstDeal: Scalars['Int']['output'];
  /** The cohort by tenure month. */
  tenureMonths: Array<RampTenureMonth>;
};

/** Which new hires to look at; every given condition applies. */
export type RampScope = {
  /** Reps of this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Reps below this manager (or the rep itself). */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Reps of this segment. */
  segment?: InputMaybe<Segment>;
};

/** One tenure month across the cohort. */
export type RampTenureMonth = {
  /** bookings / quota, 6 decimals; null when quota is 0. */
  attainment?: Maybe<Scalars['Decimal']['output']>;
  /** Their bookings in that tenure month. */
  bookings: Scalars['Decimal']['output'];
  /** Their monthly quotas for it. */
  quota: Scalars['Decimal']['output'];
  /** Reps of the cohort employed in that tenure month (up to asOf). */
  repCount: Scalars['Int']['output'];
  /** Of those reps, how many had closed their first deal by the end of the month. */
  repsWithFirstDeal: Scalars['Int']['output'];
  /** 1 = the month of hire. */
  tenureMonth: Scalars['Int']['output'];
};

/** A DRAFT run whose lines to compute again from current data. */
export type RecomputePayoutRunInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The payout run. */
  id: Scalars['ID']['input'];
};

/** Result of recomputePayoutRun. */
export type RecomputePayoutRunPayload = {
  /** The run after the change; null when the input was refused. */
  payoutRun?: Maybe<PayoutRun>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A person in the sales organization: seller, manager, executive or sales ops. */
export type Rep = Node & {
  /** People who report directly to this rep, by name. */
  directReports: Array<Rep>;
  /** Work email, unique in the organization ignoring case. */
  email: Scalars['String']['output'];
  /** The CRM's ID for this person. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** First day of employment. */
  hireDate: Scalars['Date']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Direct manager; null at the top of the hierarchy. */
  manager?: Maybe<Rep>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Opportunities this rep owns, latest close date first. */
  opportunities: RepOpportunitiesConnection;
  /** Accounts this rep owns, by name. */
  ownedAccounts: RepOwnedAccountsConnection;
  /** Quotas of this rep in every sales plan, by period start. */
  quotas: Array<Quota>;
  /** Months a new hire takes to reach full productivity. */
  rampMonths: Scalars['Int']['output'];
  /** Sales region, e.g. NA, EMEA, APAC. */
  region: Scalars['String']['output'];
  /** Job in the sales organization. */
  role: RepRole;
  /** Customer segment the rep sells to. */
  segment?: Maybe<Segment>;
  /** Everyone below this rep in the hierarchy, at any depth (not including the rep), by id. */
  subtree: RepSubtreeConnection;
  /** Last day of employment, if the rep has left. */
  terminationDate?: Maybe<Scalars['Date']['output']>;
  /** When the rep last changed (what `updatedSince` filters on). */
  updatedAt: Scalars['DateTime']['output'];
};


/** A person in the sales organization: seller, manager, executive or sales ops. */
export type RepOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person in the sales organization: seller, manager, executive or sales ops. */
export type RepOwnedAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person in the sales organization: seller, manager, executive or sales ops. */
export type RepSubtreeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Rep objects. */
export type RepConnection = {
  /** The items of the page with their cursors. */
  edges: Array<RepEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Rep in a page, with its cursor. */
export type RepEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Rep;
};

/** Conditions a rep must meet; all given conditions apply. */
export type RepFilter = {
  /** true: without a termination date; false: terminated. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Direct reports of this rep. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Any of these roles. */
  roles?: InputMaybe<Array<RepRole>>;
  /** Case-insensitive substring of name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Changed at or after this instant (incremental extracts: pass the start time of the previous extract). */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of a list. */
export type RepOpportunitiesConnection = {
  /** The items of the page with their cursors. */
  edges: Array<RepOpportunitiesConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type RepOpportunitiesConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Opportunity;
};

/** Sort order for reps. */
export type RepOrder = {
  /** Ascending or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: RepOrderField;
};

/** Fields reps can be sorted by. */
export type RepOrderField =
  /** Hire date. */
  | 'HIRE_DATE'
  /** Full name. */
  | 'NAME'
  /** Region, then name. */
  | 'REGION';

/** A page of a list. */
export type RepOwnedAccountsConnection = {
  /** The items of the page with their cursors. */
  edges: Array<RepOwnedAccountsConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type RepOwnedAccountsConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Account;
};

/** A rep's quota for a period. */
export type RepPeriodQuota = {
  /** The quota. */
  amount: Scalars['Decimal']['output'];
  /** An individual quota, counted in the plan's totals; false for team quotas (MANAGER, EXECUTIVE), which restate their team's, overlay quotas (SE), which are on the same deals, and the quota of a rep not employed during the period (hired after it or gone before it). */
  countsInTotal: Scalars['Boolean']['output'];
  /** Set for this very period (false: summed from its quarters or months). */
  explicit: Scalars['Boolean']['output'];
  /** The rep. */
  rep: Rep;
};

/** Job of a person in the sales organization. */
export type RepRole =
  /** Account executive: carries a new-business quota. */
  | 'AE'
  /** Account manager: grows and renews existing customers. */
  | 'AM'
  /** Sales leader at the top of a hierarchy. */
  | 'EXECUTIVE'
  /** First- or second-line sales manager. */
  | 'MANAGER'
  /** Sales operations: runs plans, quotas and comp. */
  | 'SALES_OPS'
  /** Sales development rep: books meetings for AEs. */
  | 'SDR'
  /** Sales engineer: technical overlay on deals. */
  | 'SE';

/** A page of a list. */
export type RepSubtreeConnection = {
  /** The items of the page with their cursors. */
  edges: Array<RepSubtreeConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type RepSubtreeConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Rep;
};

/** Closes an OPEN dispute; an accepted one may carry an adjustment, paid by a later run. */
export type ResolveDisputeInput = {
  /** RESOLVED only: the correction, whole cents, not 0. */
  adjustmentAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The dispute. */
  id: Scalars['ID']['input'];
  /** Resolved or rejected. */
  outcome: DisputeOutcome;
  /** The answer to the rep (at most 2000 characters). */
  resolution: Scalars['String']['input'];
};

/** Result of resolveDispute. */
export type ResolveDisputePayload = {
  /** The dispute after the change; null when the input was refused. */
  dispute?: Maybe<Dispute>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** How retention rows are grouped: by an attribute of the account as it stands today (no grouping: the organization's total only). */
export type RetentionGrouping =
  /** By the account's industry. */
  | 'INDUSTRY'
  /** By the account's segment (SMB, MID, ENT). */
  | 'SEGMENT'
  /** By the account's own territory (not rolled up to parents); accounts without one form a row. */
  | 'TERRITORY';

/** The fiscal period measured: starting ARR is the ARR on the day before its start, ending ARR the ARR on its last day. */
export type RetentionPeriod = {
  /** Day after the last day (exclusive). */
  end: Scalars['Date']['output'];
  /** Period key, e.g. FY2027-Q3. */
  key: Scalars['String']['output'];
  /** Year, quarter or month. */
  kind: RetentionPeriodKind;
  /** First day (inclusive). */
  start: Scalars['Date']['output'];
};

/** Kind of a fiscal period. */
export type RetentionPeriodKind =
  /** A fiscal month. */
  | 'MONTH'
  /** A fiscal quarter. */
  | 'QUARTER'
  /** A fiscal year. */
  | 'YEAR';

/** A ratio as a fraction to 6 decimals (1.0 = 100%), or null with the reason it cannot be computed. */
export type RetentionRatio = {
  /** Why value is null; null when it has a value. */
  nullReason?: Maybe<RetentionRatioNullReason>;
  /** The fraction, half-even to 6 decimals; null when it cannot be computed (see nullReason). */
  value?: Maybe<Scalars['Decimal']['output']>;
};

/** Why a retention ratio has no value. */
export type RetentionRatioNullReason =
  /** No account was a customer at the start of the period: there is no logo to churn. */
  | 'NO_STARTING_ACCOUNTS'
  /** No account had ARR at the start of the period: there is nothing to retain. */
  | 'NO_STARTING_ARR';

/** Revenue retention of a fiscal period (docs/design.md §13): the ARR bridge, GRR, NRR and logo churn, in total and by group. */
export type RetentionReport = {
  /** The grouping of the rows; null when only the total was asked for. */
  groupBy?: Maybe<RetentionGrouping>;
  /** The period measured. */
  period: RetentionPeriod;
  /** One row per group with ARR at the start or the end of the period, by label; empty without a grouping. */
  rows: Array<RetentionRow>;
  /** Every account the caller may see (the organization, for an organization-wide caller). */
  total: RetentionTotal;
};

/** The ARR bridge, GRR, NRR and logo churn of one group of accounts; only the field of the grouping is set. */
export type RetentionRow = {
  /** Logo churn: starting accounts with no ARR at the end of the period. */
  churnedAccounts: Scalars['Int']['output'];
  /** Starting ARR of the starting accounts with no ARR at the end of the period (a positive amount, subtracted). */
  churnedArr: Scalars['Decimal']['output'];
  /** Ending ARR of the starting accounts (new and reactivated accounts left out): NRR's numerator. */
  cohortEndingArr: Scalars['Decimal']['output'];
  /** Starting accounts whose ARR fell and stayed above 0. */
  contractedAccounts: Scalars['Int']['output'];
  /** Sum of starting - ending ARR over the starting accounts whose ARR fell but stayed above 0 (a positive amount, subtracted). */
  contractionArr: Scalars['Decimal']['output'];
  /** Accounts with ARR above 0 at the end. */
  endingAccounts: Scalars['Int']['output'];
  /** ARR on the last day of the period: startingArr + newArr + expansionArr + reactivationArr - contractionArr - churnedArr, to the cent. */
  endingArr: Scalars['Decimal']['output'];
  /** Starting accounts whose ARR grew. */
  expandedAccounts: Scalars['Int']['output'];
  /** Sum of ending - starting ARR over the starting accounts whose ARR grew. */
  expansionArr: Scalars['Decimal']['output'];
  /** GRR = retainedArr / startingArr (expansion left out; at most 1). Null without starting ARR. */
  grossRevenueRetention: RetentionRatio;
  /** INDUSTRY grouping: the industry. */
  industry?: Maybe<Scalars['String']['output']>;
  /** Name of the group: the segment, the industry, the territory's name or "No territory". */
  label: Scalars['String']['output'];
  /** churnedAccounts / startingAccounts. Null without starting accounts. */
  logoChurnRate: RetentionRatio;
  /** (startingAccounts - churnedAccounts) / startingAccounts. Null without starting accounts. */
  logoRetentionRate: RetentionRatio;
  /** NRR = cohortEndingArr / startingArr (expansion counted; new logos and reactivations left out). Null without starting ARR. */
  netRevenueRetention: RetentionRatio;
  /** New logos: accounts counted in newArr. */
  newAccounts: Scalars['Int']['output'];
  /** ARR at the end of the period of accounts with none at its start that never had ARR before (new logos). */
  newArr: Scalars['Decimal']['output'];
  /** Returning customers: accounts counted in reactivationArr. */
  reactivatedAccounts: Scalars['Int']['output'];
  /** ARR at the end of the period of accounts with none at its start that had ARR on some earlier day (returning customers). */
  reactivationArr: Scalars['Decimal']['output'];
  /** Sum over the starting accounts of their ending ARR capped at their starting ARR: GRR's numerator. */
  retainedArr: Scalars['Decimal']['output'];
  /** SEGMENT grouping: the segment. */
  segment?: Maybe<Segment>;
  /** Accounts with ARR above 0 at the start: the cohort GRR, NRR and logo churn measure. */
  startingAccounts: Scalars['Int']['output'];
  /** ARR of the accounts on the day before the period starts (the opening of the bridge). */
  startingArr: Scalars['Decimal']['output'];
  /** TERRITORY grouping: the territory; null for the accounts without one. */
  territory?: Maybe<Territory>;
};

/** The ARR bridge, GRR, NRR and logo churn of every account the caller may see; the rows add up to it. */
export type RetentionTotal = {
  /** Logo churn: starting accounts with no ARR at the end of the period. */
  churnedAccounts: Scalars['Int']['output'];
  /** Starting ARR of the starting accounts with no ARR at the end of the period (a positive amount, subtracted). */
  churnedArr: Scalars['Decimal']['output'];
  /** Ending ARR of the starting accounts (new and reactivated accounts left out): NRR's numerator. */
  cohortEndingArr: Scalars['Decimal']['output'];
  /** Starting accounts whose ARR fell and stayed above 0. */
  contractedAccounts: Scalars['Int']['output'];
  /** Sum of starting - ending ARR over the starting accounts whose ARR fell but stayed above 0 (a positive amount, subtracted). */
  contractionArr: Scalars['Decimal']['output'];
  /** Accounts with ARR above 0 at the end. */
  endingAccounts: Scalars['Int']['output'];
  /** ARR on the last day of the period: startingArr + newArr + expansionArr + reactivationArr - contractionArr - churnedArr, to the cent. */
  endingArr: Scalars['Decimal']['output'];
  /** Starting accounts whose ARR grew. */
  expandedAccounts: Scalars['Int']['output'];
  /** Sum of ending - starting ARR over the starting accounts whose ARR grew. */
  expansionArr: Scalars['Decimal']['output'];
  /** GRR = retainedArr / startingArr (expansion left out; at most 1). Null without starting ARR. */
  grossRevenueRetention: RetentionRatio;
  /** churnedAccounts / startingAccounts. Null without starting accounts. */
  logoChurnRate: RetentionRatio;
  /** (startingAccounts - churnedAccounts) / startingAccounts. Null without starting accounts. */
  logoRetentionRate: RetentionRatio;
  /** NRR = cohortEndingArr / startingArr (expansion counted; new logos and reactivations left out). Null without starting ARR. */
  netRevenueRetention: RetentionRatio;
  /** New logos: accounts counted in newArr. */
  newAccounts: Scalars['Int']['output'];
  /** ARR at the end of the period of accounts with none at its start that never had ARR before (new logos). */
  newArr: Scalars['Decimal']['output'];
  /** Returning customers: accounts counted in reactivationArr. */
  reactivatedAccounts: Scalars['Int']['output'];
  /** ARR at the end of the period of accounts with none at its start that had ARR on some earlier day (returning customers). */
  reactivationArr: Scalars['Decimal']['output'];
  /** Sum over the starting accounts of their ending ARR capped at their starting ARR: GRR's numerator. */
  retainedArr: Scalars['Decimal']['output'];
  /** Accounts with ARR above 0 at the start: the cohort GRR, NRR and logo churn measure. */
  startingAccounts: Scalars['Int']['output'];
  /** ARR of the accounts on the day before the period starts (the opening of the bridge). */
  startingArr: Scalars['Decimal']['output'];
};

/** A PUBLISHED plan to withdraw from new assignments. */
export type RetireCompPlanInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan version. */
  id: Scalars['ID']['input'];
};

/** Result of retireCompPlan. */
export type RetireCompPlanPayload = {
  /** The plan version after the change; null when the input was refused. */
  compPlan?: Maybe<CompPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** ID of the API key. */
  id: Scalars['ID']['input'];
};

/** Result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  /** The revoked key; null when the input was refused. */
  apiKey?: Maybe<ApiKey>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The subscription whose signing secret to replace, and how long the old one keeps signing. */
export type RotateWebhookSecretInput = {
  /** ID of the WebhookSubscription. */
  id: Scalars['ID']['input'];
  /** How long deliveries are signed with both secrets (default 86400, a day; 0 to 604800). */
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of rotateWebhookSecret. */
export type RotateWebhookSecretPayload = {
  /** Until when the previous secret also signs; null when the overlap is 0. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The new signing secret (`whsec_…`), shown only in this response. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
  /** The subscription; null when the input was refused. */
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** A plan (or scenario) for a fiscal year: territories, assignments, quotas and capacity. */
export type SalesPlan = Node & {
  /** Productive capacity per month and for the year against the target, the gap, and the hires needed. */
  capacity: PlanCapacity;
  /** Planned headcount by role, start month and ramp, in the order they were added. */
  capacityLines: Array<CapacityLine>;
  /** The plan this scenario was cloned from. */
  clonedFrom?: Maybe<SalesPlan>;
  /** Scenarios cloned from this plan, oldest first. */
  clones: Array<SalesPlan>;
  /** When the plan was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Fiscal year, named by the calendar year in which it ends. */
  fiscalYear: Scalars['Int']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Plan name. */
  name: Scalars['String']['output'];
  /** Checks that the quotas add up to the target within rounding, and that explicit periods agree with their parts. */
  quotaCheck: QuotaCheck;
  /** Every rep's quota for a period of the plan's year (docs/design.md §5 roll-up). */
  quotaRollup: QuotaRollup;
  /** Quotas of the plan, by period then rep. */
  quotas: SalesPlanQuotasConnection;
  /** Lifecycle state. */
  status: SalesPlanStatus;
  /** Bookings target for the year. */
  targetAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Territories of the plan, by name. */
  territories: Array<Territory>;
  /** Accounts, ARR, open pipeline, last year bookings and whitespace value per territory, and how unevenly they spread. */
  territoryBalance: TerritoryBalance;
  /** When the plan last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; updates must name the version they read. */
  version: Scalars['Int']['output'];
};


/** A plan (or scenario) for a fiscal year: territories, assignments, quotas and capacity. */
export type SalesPlanCapacityArgs = {
  newHire?: InputMaybe<NewHireProfileInput>;
};


/** A plan (or scenario) for a fiscal year: territories, assignments, quotas and capacity. */
export type SalesPlanQuotaRollupArgs = {
  periodKey: Scalars['String']['input'];
};


/** A plan (or scenario) for a fiscal year: territories, assignments, quotas and capacity. */
export type SalesPlanQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a clone copied. */
export type SalesPlanCloneCounts = {
  /** Rep assignments to territories. */
  assignments: Scalars['Int']['output'];
  /** Capacity lines. */
  capacityLines: Scalars['Int']['output'];
  /** Quotas. */
  quotas: Scalars['Int']['output'];
  /** Territory rules. */
  rules: Scalars['Int']['output'];
  /** Territories, with their hierarchy. */
  territories: Scalars['Int']['output'];
};

/** Two plans side by side: headcount, capacity, quota total and territory balance. */
export type SalesPlanComparison = {
  /** The base plan. */
  base: SalesPlanSummary;
  /** Scenario minus base. */
  delta: SalesPlanDelta;
  /** The scenario. */
  scenario: SalesPlanSummary;
  /** Territories matched by name, by name. */
  territories: Array<TerritoryComparison>;
};

/** A page of SalesPlan objects. */
export type SalesPlanConnection = {
  /** The items of the page with their cursors. */
  edges: Array<SalesPlanEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Scenario minus base. */
export type SalesPlanDelta = {
  /** Account-count spread difference (negative = the scenario is more even). */
  accountSpread?: Maybe<Scalars['Decimal']['output']>;
  /** ARR spread difference (negative = the scenario is more even). */
  arrSpread?: Maybe<Scalars['Decimal']['output']>;
  /** Planned headcount difference. */
  plannedHeadcount: Scalars['Int']['output'];
  /** PRIMARY rep count difference. */
  primaryRepCount: Scalars['Int']['output'];
  /** Capacity difference. */
  productiveCapacity: Scalars['Decimal']['output'];
  /** Quota total difference. */
  quotaTotal: Scalars['Decimal']['output'];
  /** Target difference. */
  targetAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Territory count difference. */
  territoryCount: Scalars['Int']['output'];
  /** Unassigned accounts difference. */
  unassignedAccountCount: Scalars['Int']['output'];
  /** Whitespace-value spread difference (negative = the scenario is more even). */
  whitespaceSpread?: Maybe<Scalars['Decimal']['output']>;
};

/** A SalesPlan in a page, with its cursor. */
export type SalesPlanEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SalesPlan;
};

/** Conditions a plan must meet. */
export type SalesPlanFilter = {
  /** Fiscal year. */
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  /** Any of these states. */
  statuses?: InputMaybe<Array<SalesPlanStatus>>;
};

/** A page of a list. */
export type SalesPlanQuotasConnection = {
  /** The items of the page with their cursors. */
  edges: Array<SalesPlanQuotasConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type SalesPlanQuotasConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Quota;
};

/** Lifecycle state of a sales plan. */
export type SalesPlanStatus =
  /** The one plan in force for its fiscal year. */
  | 'ACTIVE'
  /** Kept for reference; no longer in force. */
  | 'ARCHIVED'
  /** A scenario being worked on. */
  | 'DRAFT';

/** The headline numbers of one plan. */
export type SalesPlanSummary = {
  /** Sum of the capacity lines’ headcount. */
  plannedHeadcount: Scalars['Int']['output'];
  /** Distinct reps with a PRIMARY territory assignment during the fiscal year. */
  primaryRepCount: Scalars['Int']['output'];
  /** Productive capacity of the year (see SalesPlan.capacity). */
  productiveCapacity: Scalars['Decimal']['output'];
  /** Sum of the individual fiscal-year quotas (rolled up from quarters and months where only those are set); team quotas (MANAGER, EXECUTIVE) and overlay quotas (SE) are left out, so each dollar of quota counts once. */
  quotaTotal: Scalars['Decimal']['output'];
  /** The plan. */
  salesPlan: SalesPlan;
  /** Territory imbalance. */
  spread: BalanceSpread;
  /** Bookings target. */
  targetAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Territories. */
  territoryCount: Scalars['Int']['output'];
  /** Accounts in no territory of the plan. */
  unassignedAccountCount: Scalars['Int']['output'];
};

/** What a credential may do. The enum value READ_PIPELINE is the scope `read:pipeline` in JWT `scope` claims and the CLI; write scopes imply the read scope of the same area, ADMIN implies all. */
export type Scope =
  /** Everything: every other scope, organization-wide row and pay access, API keys and the audit trail. */
  | 'ADMIN'
  /** Accounts, their installed products, and the product catalog. */
  | 'READ_ACCOUNTS'
  /** Row access: every rep's deals, quotas, forecasts and analytics in the organization (sales ops); not pay. */
  | 'READ_ALL'
  /** Comp plans, assignments, payouts, statements and disputes, within pay visibility; approved runs only (drafts need write:comp). */
  | 'READ_COMP'
  /** Forecast rollups and submitted calls, within the visible reps. */
  | 'READ_FORECAST'
  /** Reps and the sales hierarchy (the directory: names, roles, managers). */
  | 'READ_PEOPLE'
  /** Performance and whitespace analytics, computed over the visible reps only. */
  | 'READ_PERFORMANCE'
  /** Opportunities with line items, splits and history, within the visible reps. */
  | 'READ_PIPELINE'
  /** Sales plans, territories, capacity and quotas (quotas within the visible reps). */
  | 'READ_PLANS'
  /** Comp administration: comp plans, assignments, payout runs, adjustments, dispute resolution; row access to everyone's deals, quotas and pay (implies read:comp). */
  | 'WRITE_COMP'
  /** Raise a dispute on a payout line one can see. */
  | 'WRITE_DISPUTES'
  /** Submit forecast calls for oneself and one’s subtree (implies read:forecast). */
  | 'WRITE_FORECAST'
  /** Load and update CRM data: reps, accounts, products, opportunities. Organization-level: not for a credential acting as a rep. */
  | 'WRITE_INGEST'
  /** Create and change sales plans, territories, quotas and capacity; row access to everyone's deals and quotas (implies read:plans). */
  | 'WRITE_PLANS'
  /** Webhook subscriptions of the organization: create, list, pause, resume and delete them, and read their delivery log. Organization-level: events cover every record. */
  | 'WRITE_WEBHOOKS';

/** Customer size band by employees: SMB < 200 <= MID < 2000 <= ENT. */
export type Segment =
  /** Enterprise: 2,000 employees or more. */
  | 'ENT'
  /** Mid-market: 200 to 1,999 employees. */
  | 'MID'
  /** Small business: fewer than 200 employees. */
  | 'SMB';

/** Quotas to create, replace or remove in a plan. */
export type SetQuotasInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** At most 50000 rows, each rep and period once. */
  quotas: Array<QuotaRowInput>;
  /** The plan. */
  salesPlanId: Scalars['ID']['input'];
};

/** Result of setQuotas. */
export type SetQuotasPayload = {
  /** Quotas removed. */
  removedCount?: Maybe<Scalars['Int']['output']>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
  /** Quotas created or replaced. */
  writtenCount?: Maybe<Scalars['Int']['output']>;
};

/** A territory's complete new list of rules. */
export type SetTerritoryRulesInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The rules replacing the current ones; empty removes them all. */
  rules: Array<TerritoryRuleInput>;
  /** The territory. */
  territoryId: Scalars['ID']['input'];
};

/** Result of setTerritoryRules. */
export type SetTerritoryRulesPayload = {
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The territory with its new rules. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** The assumptions of a what-if. */
export type SimulateCompensationInput = {
  /** A plan version (a draft too) to use instead of the plans in effect. */
  compPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals to add, at most 100. */
  deals?: InputMaybe<Array<HypotheticalDealInput>>;
  /** Real deals to leave out (e.g. "if this deal slips"). */
  excludeOpportunityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The period, as a run would pay it. */
  periodKey: Scalars['String']['input'];
  /** The rep (own, subtree, or any for comp admins). */
  repId: Scalars['ID']['input'];
};

/** A rep’s payout for the period under one set of assumptions. */
export type SimulatedPayout = {
  /** Lines that could not be computed, and why. */
  errors: Array<Scalars['String']['output']>;
  /** Sum of the commission, bonus and SPIFF lines. */
  incentiveTotal: Scalars['Decimal']['output'];
  /** Lines, by rep, period and component. */
  lines: Array<SimulatedPayoutLine>;
  /** Sum of the lines, draws included. */
  total: Scalars['Decimal']['output'];
};

/** A payout line as a run would compute it; nothing is stored. */
export type SimulatedPayoutLine = {
  /** Rounded half-even to the cent. */
  amount: Scalars['Decimal']['output'];
  /** credit / quota, six places. */
  attainment?: Maybe<Scalars['Decimal']['output']>;
  /** The plan component, for commission, bonus and SPIFF lines. */
  componentName?: Maybe<Scalars['String']['output']>;
  /** Credited bookings measured. */
  credit?: Maybe<Scalars['Decimal']['output']>;
  /** The numbers behind the explanation. */
  details: Scalars['JSON']['output'];
  /** Each step of the arithmetic, in words and numbers. */
  explanation: Array<Scalars['String']['output']>;
  /** What it pays. */
  kind: PayoutLineKind;
  /** The component period measured. */
  periodKey: Scalars['String']['output'];
  /** Quota measured against. */
  quota?: Maybe<Scalars['Decimal']['output']>;
  /** The line in one sentence. */
  summary: Scalars['String']['output'];
};

/** Order of a sorted list. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Kind of credit split. */
export type SplitType =
  /** Credits an overlay rep on top, never added to team totals. */
  | 'OVERLAY'
  /** Shares the deal credit; revenue splits of a deal total 100%. */
  | 'REVENUE';

/** A forecast call. */
export type SubmitForecastInput = {
  /** The cumulative number called, closed included (compare with commitForecast or bestCaseForecast); not negative, at most 2 decimals. */
  amount: Scalars['Decimal']['input'];
  /** COMMIT or BEST_CASE; CLOSED and PIPELINE cannot be called (OMITTED is never counted). */
  category: ForecastCategory;
  /** Makes retries safe: within 24 hours, a call with the same key and input returns the first result without submitting again; the same key with a different input is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, in the caller's words; at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Fiscal period key; the period must not have ended (its end day is after today). */
  periodKey: Scalars['String']['input'];
  /** The node whose call this is: the caller's own, or one below it (a manager calling on a report's behalf). Default: the caller's own node; required for callers that do not act as a rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of submitForecast. */
export type SubmitForecastPayload = {
  /** The recorded call; null when the input was refused. */
  submission?: Maybe<ForecastSubmission>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A slice of the market owned by reps under a sales plan. */
export type Territory = Node & {
  /** Accounts in the territory, by name: today's, or with a day (`asOf`, or the one `territories(asOf)` was asked for) those placed in it that day, from the effective-dated placements. */
  accounts: TerritoryAccountsConnection;
  /** Reps assigned to the territory, by start date: every span, or with a day (`asOf`, or the one `territories(asOf)` was asked for) the spans valid that day. */
  assignments: Array<TerritoryAssignment>;
  /** Child territories, by name. */
  children: Array<Territory>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** How the territory is cut. */
  kind: TerritoryKind;
  /** Territory name. */
  name: Scalars['String']['output'];
  /** Parent territory. */
  parent?: Maybe<Territory>;
  /** Routing rules; an account matching any rule belongs here (highest priority wins). */
  rules: Array<TerritoryRule>;
  /** The plan the territory belongs to. */
  salesPlan: SalesPlan;
};


/** A slice of the market owned by reps under a sales plan. */
export type TerritoryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A slice of the market owned by reps under a sales plan. */
export type TerritoryAssignmentsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of the accounts of a territory. */
export type TerritoryAccountsConnection = {
  /** The items of the page with their cursors. */
  edges: Array<TerritoryAccountsConnectionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An item of a page, with its cursor. */
export type TerritoryAccountsConnectionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Account;
};

/** A rep working a territory for a span of days. */
export type TerritoryAssignment = Node & {
  /** End day (exclusive); null = open. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** The rep. */
  rep: Rep;
  /** Primary owner or overlay. */
  role: TerritoryRole;
  /** First day (inclusive). */
  startDate: Scalars['Date']['output'];
  /** The territory. */
  territory: Territory;
};

/** How evenly a plan spreads the book of business. An account counts in the plan's territory it is placed in, else in the one the plan's rules route it to. */
export type TerritoryBalance = {
  /** Imbalance across leaf territories. */
  spread: BalanceSpread;
  /** Every territory of the plan, by name. */
  territories: Array<TerritoryBalanceRow>;
  /** Accounts in no territory of the plan (no rule matches, or territories tie). */
  unassigned: BalanceMeasures;
};

/** One territory's share of the book under a plan, its descendants' accounts included. */
export type TerritoryBalanceRow = {
  /** Accounts held. */
  accountCount: Scalars['Int']['output'];
  /** Has no child territories: one of the units the spread is measured over. */
  isLeaf: Scalars['Boolean']['output'];
  /** Amount of their opportunities won in the fiscal year before the plan. */
  lastYearBookings: Scalars['Decimal']['output'];
  /** Territory name (scenarios are matched by it). */
  name: Scalars['String']['output'];
  /** Amount of their open opportunities (any close date). */
  openPipeline: Scalars['Decimal']['output'];
  /** Distinct reps with a PRIMARY assignment here (or below) during the fiscal year. */
  primaryRepCount: Scalars['Int']['output'];
  /** The territory. */
  territory: Territory;
  /** Annual recurring revenue of their installed products. */
  totalArr: Scalars['Decimal']['output'];
  /** Total estimated value of their whitespace cells: per product they neither own nor have in open pipeline, the median ARR of the product among owning peers (same industry and segment). */
  whitespaceValue: Scalars['Decimal']['output'];
};

/** A territory name in either plan, with its balance in each. */
export type TerritoryComparison = {
  /** In the base plan; null when it has no territory of that name. */
  base?: Maybe<TerritoryBalanceRow>;
  /** Territory name. */
  name: Scalars['String']['output'];
  /** In the scenario; null when it has no territory of that name. */
  scenario?: Maybe<TerritoryBalanceRow>;
};

/** A page of Territory objects. */
export type TerritoryConnection = {
  /** The items of the page with their cursors. */
  edges: Array<TerritoryEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Territory in a page, with its cursor. */
export type TerritoryEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Territory;
};

/** Conditions a territory must meet. */
export type TerritoryFilter = {
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<TerritoryKind>>;
  /** Territories of this plan. */
  salesPlanId?: InputMaybe<Scalars['ID']['input']>;
};

/** How a territory is cut. */
export type TerritoryKind =
  /** By geography (region, country). */
  | 'GEO'
  /** By industry. */
  | 'INDUSTRY'
  /** A list of named accounts. */
  | 'NAMED'
  /** By company size. */
  | 'SEGMENT';

/** Role of a rep in a territory. */
export type TerritoryRole =
  /** Specialist who supports the territory on top. */
  | 'OVERLAY'
  /** Owns the territory and its quota. */
  | 'PRIMARY';

/** What applying the rules would change for one territory. */
export type TerritoryRoutingSummary = {
  /** Accounts placed here now. */
  currentAccountCount: Scalars['Int']['output'];
  /** Accounts that would move in. */
  gainedCount: Scalars['Int']['output'];
  /** Accounts that would move out. */
  lostCount: Scalars['Int']['output'];
  /** Accounts the rules route here. */
  proposedAccountCount: Scalars['Int']['output'];
  /** The territory. */
  territory: Territory;
};

/** A routing rule: every criterion given must match (region, country, industry, employee range); a territory's rules are alternatives. */
export type TerritoryRule = Node & {
  /** Account country must equal this. */
  country?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Account industry must equal this. */
  industry?: Maybe<Scalars['String']['output']>;
  /** Employees at most this (inclusive). */
  maxEmployees?: Maybe<Scalars['Int']['output']>;
  /** Employees at least this. */
  minEmployees?: Maybe<Scalars['Int']['output']>;
  /** The highest priority among matching territories wins; a tie at the top assigns none (a conflict). */
  priority: Scalars['Int']['output'];
  /** Account region must equal this. */
  region?: Maybe<Scalars['String']['output']>;
  /** The territory accounts matching the rule are routed to. */
  territory: Territory;
};

/** A routing rule: every criterion given must match; omitted criteria match anything. */
export type TerritoryRuleInput = {
  /** Account country equals this. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Account industry equals this. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Employees at most this (inclusive). */
  maxEmployees?: InputMaybe<Scalars['Int']['input']>;
  /** Employees at least this. */
  minEmployees?: InputMaybe<Scalars['Int']['input']>;
  /** Higher wins when several territories match (default 0). */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Account region equals this. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Where a plan's rules would route every account, without changing anything. The lists hold at most `limit` accounts each, by name; the counts cover all accounts. */
export type TerritoryRulePreview = {
  /** Accounts of the organization. */
  accountCount: Scalars['Int']['output'];
  /** Routed accounts (those that would change territory first), optionally of one territory. */
  accounts: Array<AccountRouting>;
  /** Accounts whose live territory applying would change. */
  changeCount: Scalars['Int']['output'];
  /** Accounts where territories tie at the top priority: assigned to none. */
  conflictCount: Scalars['Int']['output'];
  /** Conflicting accounts. */
  conflicts: Array<AccountRouting>;
  /** Accounts routed to a territory. */
  routedCount: Scalars['Int']['output'];
  /** Every rule of the plan. */
  rules: Array<TerritoryRuleRouting>;
  /** Every territory of the plan. */
  territories: Array<TerritoryRoutingSummary>;
  /** Unmatched accounts. */
  unmatched: Array<AccountRouting>;
  /** Accounts no rule matches: assigned to none. */
  unmatchedCount: Scalars['Int']['output'];
};

/** How many accounts one rule matches, and how many it decides. */
export type TerritoryRuleRouting = {
  /** Accounts meeting all its criteria. */
  matchedCount: Scalars['Int']['output'];
  /** Accounts it decides: its territory wins them and it is that territory’s best matching rule. */
  routedCount: Scalars['Int']['output'];
  /** The rule. */
  rule: TerritoryRule;
};

/** A record deleted in the source system. */
export type TombstoneRow = {
  /** Required. externalId of the stored record; unknown is a row error. */
  externalId?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a capacity line; absent fields stay as they are. */
export type UpdateCapacityLineInput = {
  /** Expected annual attrition as a fraction of the starting heads (0 to 1, default 0). */
  attritionRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** Heads in seat at the start month (0 to 100000). */
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** The capacity line. */
  id: Scalars['ID']['input'];
  /** Months to full productivity (0 to 36): month k of the ramp produces k/rampMonths. */
  rampMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Bookings per fully ramped head per month, whole cents. */
  rampedProductivity?: InputMaybe<Scalars['Decimal']['input']>;
  /** Job of the planned heads. */
  role?: InputMaybe<RepRole>;
  /** Fiscal month (1-12) in which they start. */
  startMonth?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of updateCapacityLine. */
export type UpdateCapacityLinePayload = {
  /** The line after the change; null when the input was refused. */
  capacityLine?: Maybe<CapacityLine>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Changes the terms of an assignment; absent fields stay as they are. Target incentive and draw cannot change once an APPROVED or PAID run has paid a day of the assignment (end it and start a new one instead). */
export type UpdateCompAssignmentInput = {
  /** New annual base salary, whole cents (not paid by runs). */
  baseSalary?: InputMaybe<Scalars['Decimal']['input']>;
  /** New guaranteed incentive per payout run period, above 0; null removes the draw. */
  drawAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: draw top-ups are repaid from later earnings above the draw. */
  drawRecoverable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The assignment. */
  id: Scalars['ID']['input'];
  /** New annual on-target incentive, whole cents. */
  targetIncentive?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Result of updateCompAssignment. */
export type UpdateCompAssignmentPayload = {
  /** The assignment after the change; null when the input was refused. */
  compAssignment?: Maybe<CompAssignment>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Changes to a DRAFT plan; absent fields stay as they are. Published versions never change. */
export type UpdateCompPlanInput = {
  /** New clawback window in days. */
  clawbackWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces every component when given. */
  components?: InputMaybe<Array<CompComponentInput>>;
  /** New end (exclusive); null makes it open-ended. */
  effectiveEnd?: InputMaybe<Scalars['Date']['input']>;
  /** New first day. */
  effectiveStart?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The draft plan. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of updateCompPlan. */
export type UpdateCompPlanPayload = {
  /** The plan version after the change; null when the input was refused. */
  compPlan?: Maybe<CompPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Changes to a DRAFT or ACTIVE plan; absent fields stay as they are. */
export type UpdateSalesPlanInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The plan. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New bookings target; null clears it. */
  targetAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Result of updateSalesPlan. */
export type UpdateSalesPlanPayload = {
  /** The plan after the change; null when the input was refused. */
  salesPlan?: Maybe<SalesPlan>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Changes to an assignment (e.g. ending it); absent fields stay as they are. The days before today are history: a started assignment keeps its start, and a new role ends it today and opens a new assignment from today. */
export type UpdateTerritoryAssignmentInput = {
  /** New end day (exclusive); null makes it open-ended. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The assignment. */
  id: Scalars['ID']['input'];
  /** New role. */
  role?: InputMaybe<TerritoryRole>;
  /** New first day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of updateTerritoryAssignment. */
export type UpdateTerritoryAssignmentPayload = {
  /** The assignment after the change (after a role change of a started one, the new one from today); null when refused or deleted. */
  assignment?: Maybe<TerritoryAssignment>;
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The territory of the assignment. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Changes to a territory; absent fields stay as they are. */
export type UpdateTerritoryInput = {
  /** The `version` the change was prepared against; a different current version refuses it with STALE_VERSION. */
  expectedVersion: Scalars['Int']['input'];
  /** The territory. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<TerritoryKind>;
  /** New name, unique in the plan. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent in the same plan; null makes it top-level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of updateTerritory. */
export type UpdateTerritoryPayload = {
  /** The plan after the change, with its new version. */
  salesPlan?: Maybe<SalesPlan>;
  /** The territory after the change. */
  territory?: Maybe<Territory>;
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A customer or prospect company. Its segment is derived from employees; its territory is left as it is. */
export type UpsertAccountRow = {
  /** Annual revenue; not negative, at most 2 decimals. */
  annualRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. ISO 3166 alpha-2 country code, e.g. "US". */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Web domain (stored in lower case). */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Required. Number of employees; sets the segment (SMB < 200 <= MID < 2000 <= ENT). */
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** Required. The CRM's ID of the account. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Industry. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Required. Company name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** externalId of the owning rep (a stored rep). */
  ownerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** externalId of the parent company: a stored account or another row of this call. A link that makes an account its own ancestor is refused. */
  parentExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Sales region. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Accounts to create or update, keyed by externalId. */
export type UpsertAccountsInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates". */
  mode?: InputMaybe<UpsertMode>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertAccountRow>;
};

/** Result of a bulk upsert of accounts. */
export type UpsertAccountsPayload = {
  /** Number of accounts created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of accounts that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of accounts changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** A product an account owns (a subscription or installed product), keyed by the pair accountExternalId x productExternalId. Its ARR history is kept effective-dated (docs/ingestion.md). */
export type UpsertInstalledProductRow = {
  /** Required. externalId of a stored account. */
  accountExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Current annual recurring revenue; not negative, at most 2 decimals. */
  arr?: InputMaybe<Scalars['Decimal']['input']>;
  /** Day a changed arr takes effect (default: today in the organization's time zone); within [startDate, endDate) and not before the latest ARR change. A new installation's ARR applies from its startDate. */
  arrEffectiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** First day the product is no longer installed (exclusive), after startDate. Omitted: kept in MERGE mode (open-ended for a new row), open-ended in REPLACE mode; null: open-ended. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Required. externalId of a stored product. */
  productExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. First day the product is installed. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Installed products to create or update, keyed by account and product externalIds. */
export type UpsertInstalledProductsInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates". */
  mode?: InputMaybe<UpsertMode>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertInstalledProductRow>;
};

/** Result of a bulk upsert of installed products. */
export type UpsertInstalledProductsPayload = {
  /** Number of installed products created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of installed products that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of installed products changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** One value of the organization's loss reason picklist. */
export type UpsertLossReasonRow = {
  /** Default true. Deals keep an inactive reason, but rows can no longer set it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required. The value as the CRM stores it, e.g. "Price"; what opportunity rows send as lossReason. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Display name. */
  label?: InputMaybe<Scalars['String']['input']>;
};

/** Loss reasons to create or update, keyed by externalId. */
export type UpsertLossReasonsInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates". */
  mode?: InputMaybe<UpsertMode>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertLossReasonRow>;
};

/** Result of a bulk upsert of loss reasons. */
export type UpsertLossReasonsPayload = {
  /** Number of loss reasons created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of loss reasons that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of loss reasons changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** How a bulk upsert reads a row of a record that already exists (a row that creates a record must carry its required fields either way). */
export type UpsertMode =
  /** A partial update: an omitted field or list keeps its stored value; an explicit null clears an optional field or a list (a required field cannot be cleared: null on it is refused), and resets a field with a default to its default. The default mode: leaving a field out never deletes data. */
  | 'MERGE'
  /** The row is the whole record: an omitted optional field is stored as empty (or its default) and an omitted list as none. */
  | 'REPLACE';

/** Opportunities to create or update, keyed by externalId. */
export type UpsertOpportunitiesInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates". */
  mode?: InputMaybe<UpsertMode>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertOpportunityRow>;
};

/** Result of a bulk upsert of opportunities. */
export type UpsertOpportunitiesPayload = {
  /** Number of opportunities created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of opportunities that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of opportunities changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** A product on a deal. quantity x unitPrice must be a whole number of cents. */
export type UpsertOpportunityLineItem = {
  /** Required. externalId of a stored product. */
  productExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Units; more than 0, at most 2 decimals. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. Price per unit after discount; not negative, at most 2 decimals. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A deal with its line items and splits; a list that is sent replaces the stored one. A history entry is recorded when the deal is created and whenever its stage, amount, close date or forecast category changes. */
export type UpsertOpportunityRow = {
  /** Required. externalId of a stored account. */
  accountExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Deal amount. With line items it is their exact sum: omit it, or send that sum (anything else is refused). Required without line items, except in MERGE mode for a stored deal, which keeps its amount. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. Expected or actual close day; not before createdDate. */
  closeDate?: InputMaybe<Scalars['Date']['input']>;
  /** The competitor the deal was lost to, or its main competitor; free text. */
  competitor?: InputMaybe<Scalars['String']['input']>;
  /** Required. Day the deal was created. */
  createdDate?: InputMaybe<Scalars['Date']['input']>;
  /** Required. The CRM's ID of the deal. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Forecast category. Default by stage: PIPELINE up to DISCOVERY, BEST_CASE for PROPOSAL, COMMIT for NEGOTIATION. CLOSED_WON deals must be CLOSED, CLOSED_LOST deals OMITTED, and open deals cannot be CLOSED. Omitted in MERGE mode: the stored category while the stage stays, else the default of the new stage. */
  forecastCategory?: InputMaybe<ForecastCategory>;
  /** Products on the deal, at most 200; when sent, they replace the stored ones. Omitted: kept in MERGE mode, none in REPLACE mode; null or []: none. */
  lineItems?: InputMaybe<Array<UpsertOpportunityLineItem>>;
  /** Why the deal was lost: the externalId of one of the organization's active loss reasons (upsertLossReasons); an unknown or inactive one refuses the row. Only for CLOSED_LOST deals; a stored reason is dropped when the deal leaves CLOSED_LOST. */
  lossReason?: InputMaybe<Scalars['String']['input']>;
  /** Required. Deal name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required. externalId of the owning rep (a stored rep). */
  ownerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Where the deal came from (the lead source), e.g. Inbound, Outbound, Partner; free text. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Credit splits, at most 50, one per rep and type; when sent, they replace the stored ones. Omitted: kept in MERGE mode, none in REPLACE mode; null or []: none (the owner gets 100%). */
  splits?: InputMaybe<Array<UpsertOpportunitySplit>>;
  /** Required. Current sales stage. */
  stage?: InputMaybe<OpportunityStage>;
  /** Required. New business, expansion or renewal. */
  type?: InputMaybe<OpportunityType>;
};

/** Credit for the deal given to a rep. */
export type UpsertOpportunitySplit = {
  /** Required. Share of the amount, a fraction: more than 0, at most 1, at most 6 decimals. */
  percent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. externalId of a stored rep. */
  repExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. REVENUE splits of a deal total exactly 1; OVERLAY splits are on top. */
  splitType?: InputMaybe<SplitType>;
};

/** Something the organization sells. */
export type UpsertProductRow = {
  /** Whether the product is still sold (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rank among the editions of the family, 1 = the lowest (e.g. Starter 1, Professional 2, Enterprise 3; equal ranks are the same tier), at most 1000; absent or null = not an edition (an add-on or other product of the family). See docs/design.md §6. */
  editionRank?: InputMaybe<Scalars['Int']['input']>;
  /** Required. The CRM's ID of the product. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Product family (line). */
  family?: InputMaybe<Scalars['String']['input']>;
  /** Required. List price per unit; not negative, at most 2 decimals. */
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. Product name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Products to create or update, keyed by externalId. */
export type UpsertProductsInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates". */
  mode?: InputMaybe<UpsertMode>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertProductRow>;
};

/** Result of a bulk upsert of products. */
export type UpsertProductsPayload = {
  /** Number of products created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of products that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of products changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** A rep's quota for a fiscal period, written into the ACTIVE sales plan of the period's fiscal year (docs/design.md §5). */
export type UpsertQuotaRow = {
  /** Required. Quota amount; not negative, at most 2 decimals. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Required. Fiscal period key: FY2027, FY2027-Q3 or FY2027-M07 (docs/design.md §3). */
  periodKey?: InputMaybe<Scalars['String']['input']>;
  /** Required. externalId of a stored rep. */
  repExternalId?: InputMaybe<Scalars['String']['input']>;
};

/** Quotas to create or update, keyed by rep externalId and period key. */
export type UpsertQuotasInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertQuotaRow>;
};

/** Result of a bulk upsert of quotas. */
export type UpsertQuotasPayload = {
  /** Number of quotas created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of quotas that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of quotas changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** A person in the sales organization, as the CRM or HR system knows them. */
export type UpsertRepRow = {
  /** Required. Work email, unique in the organization ignoring case: an email another stored rep holds, in any case, is refused (moving an email between reps takes two calls). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Required. The source system's ID of the person. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. First day of employment. */
  hireDate?: InputMaybe<Scalars['Date']['input']>;
  /** externalId of the direct manager: a stored rep or another row of this call. Omit at the top of the hierarchy. A link that makes a rep its own ancestor is refused. */
  managerExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Required. Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Months to full productivity, 0 to 60 (default 3). */
  rampMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Required. Sales region, e.g. NA, EMEA, APAC. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Required. Job in the sales organization. */
  role?: InputMaybe<RepRole>;
  /** Customer segment the rep sells to. */
  segment?: InputMaybe<Segment>;
  /** Last day of employment; not before hireDate. */
  terminationDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Reps to create or update, keyed by externalId. */
export type UpsertRepsInput = {
  /** Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates". */
  mode?: InputMaybe<UpsertMode>;
  /** The rows, 1 to 2000, each keyed by its externalId (once per call). How a row of a stored record is read depends on `mode`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call). */
  rows: Array<UpsertRepRow>;
};

/** Result of a bulk upsert of reps. */
export type UpsertRepsPayload = {
  /** Number of reps created. */
  created: Scalars['Int']['output'];
  /** True when this is the stored result of an earlier call with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** One entry per accepted row, in input order; rejected rows have none. */
  results: Array<UpsertRowResult>;
  /** Number of reps that already matched their row. */
  unchanged: Scalars['Int']['output'];
  /** Number of reps changed. */
  updated: Scalars['Int']['output'];
  /** Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"]. */
  userErrors: Array<UserError>;
};

/** The outcome of one accepted row of a bulk upsert. */
export type UpsertRowResult = {
  /** The externalId of the row. */
  externalId: Scalars['String']['output'];
  /** Global ID of the created or updated object. */
  id: Scalars['ID']['output'];
  /** Position of the row in `input.rows` (from 0). */
  index: Scalars['Int']['output'];
  /** Created, updated or unchanged. */
  status: UpsertRowStatus;
};

/** What an upsert did with one row. */
export type UpsertRowStatus =
  /** No row had this externalId: a new object was created. */
  | 'CREATED'
  /** The object already matched the row: nothing was written. */
  | 'UNCHANGED'
  /** The object with this externalId was changed to match the row. */
  | 'UPDATED';

/** A problem with the input of a mutation: a rule it breaks, and the field at fault. */
export type UserError = {
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path to the input field at fault, from the mutation argument down, e.g. ["input", "rows", "3", "amount"]; null when the error concerns no single field. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
};

/** Why a mutation refused (part of) its input. The list is closed: clients can switch on it. */
export type UserErrorCode =
  /** The change conflicts with the current state of other objects. */
  | 'CONFLICT'
  /** The value must be unique but is already used (in this input or in stored data). */
  | 'DUPLICATE'
  /** The caller may not make this change. */
  | 'FORBIDDEN'
  /** The idempotency key was already used with different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The object can no longer be changed (e.g. published or paid). */
  | 'IMMUTABLE'
  /** The value is malformed or breaks a business rule. */
  | 'INVALID'
  /** A referenced object does not exist (or is not visible to the caller). */
  | 'NOT_FOUND'
  /** A number, date or list length is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required value is missing or empty. */
  | 'REQUIRED'
  /** The object changed since the caller read it; reload and retry with the new version. */
  | 'STALE_VERSION'
  /** A text is longer than allowed. */
  | 'TOO_LONG';

/** The caller: who they are, what they may do and which rows they see. */
export type Viewer = {
  /** The key the caller authenticated with, if any. */
  apiKey?: Maybe<ApiKey>;
  /** How the caller authenticated. */
  kind: PrincipalKind;
  /** `key:<id>` for an API key, `user:<sub>` for a JWT user; recorded in the audit trail. */
  principal: Scalars['String']['output'];
  /** The rep the caller acts as; null for service keys and users without a rep. */
  rep?: Maybe<Rep>;
  /** Scopes the caller holds, including those implied by the granted ones. */
  scopes: Array<Scope>;
  /** Number of reps whose pay the caller sees; null = everyone's. */
  visiblePayRepCount?: Maybe<Scalars['Int']['output']>;
  /** Number of reps whose deals, quotas and forecasts the caller sees (themselves and their subtree); null = the whole organization. */
  visibleRepCount?: Maybe<Scalars['Int']['output']>;
};

/** One change event owed to one subscription, and what happened when it was sent: the delivery log. */
export type WebhookDelivery = Node & {
  /** Every attempt so far, first to last (kept until the delivered delivery is pruned after the retention, docs/webhooks.md). */
  attemptLog: Array<WebhookDeliveryAttempt>;
  /** Attempts so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was committed. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was accepted. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event id the receiver sees (body `id`, header `X-Coxswain-Event-Id`). */
  eventId: Scalars['ID']['output'];
  /** E.g. `opportunity.updated`. */
  eventType: Scalars['String']['output'];
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** Last attempt. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt; null when there was no response (refused, timed out). */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** Delivered or still pending. */
  status: WebhookDeliveryStatus;
  /** The endpoint. */
  subscription: WebhookSubscription;
};

/** One attempt to deliver an event: what the receiver answered, or why there was no answer. */
export type WebhookDeliveryAttempt = {
  /** 1 for the first attempt of the delivery. */
  attempt: Scalars['Int']['output'];
  /** When the request was sent. */
  attemptedAt: Scalars['DateTime']['output'];
  /** From sending the request to its answer or failure (ms). */
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed; null when it delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the answer; null when no response came (refused, timed out). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A page of WebhookDelivery objects. */
export type WebhookDeliveryConnection = {
  /** The items of the page with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WebhookDelivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookDelivery;
};

/** Conditions a delivery must meet. */
export type WebhookDeliveryFilter = {
  /** Only deliveries in this status. */
  status?: InputMaybe<WebhookDeliveryStatus>;
  /** Only this subscription’s deliveries. */
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Not yet accepted by the receiver (not tried yet, or failed and waiting). */
  | 'PENDING';

/** An endpoint of the organization that receives signed change events (docs/webhooks.md). */
export type WebhookSubscription = Node & {
  /** Failed delivery attempts in a row (0 after a success). */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the endpoint is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it was disabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the platform disabled it (the failures and the last error); null unless DISABLED. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID; stable, but never parse it. */
  id: Scalars['ID']['output'];
  /** While failing: when deliveries are retried (exponential backoff). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Events not yet accepted by the receiver. */
  pendingDeliveryCount: Scalars['Int']['output'];
  /** After rotateWebhookSecret: until when deliveries are also signed with the previous secret (a second v1= signature); null when only one secret signs. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether events are delivered now. */
  status: WebhookSubscriptionStatus;
  /** Topics it receives. */
  topics: Array<WebhookTopic>;
  /** Where events are POSTed (http or https). */
  url: Scalars['String']['output'];
};

/** A page of WebhookSubscription objects. */
export type WebhookSubscriptionConnection = {
  /** The items of the page with their cursors. */
  edges: Array<WebhookSubscriptionEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WebhookSubscription in a page, with its cursor. */
export type WebhookSubscriptionEdge = {
  /** Opaque position of the item, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookSubscription;
};

/** The subscription to act on. */
export type WebhookSubscriptionIdInput = {
  /** ID of the WebhookSubscription. */
  id: Scalars['ID']['input'];
};

/** Whether a subscription receives events now. */
export type WebhookSubscriptionStatus =
  /** Events are delivered. */
  | 'ACTIVE'
  /** Disabled by the platform after repeated failed deliveries (see disabledReason); events are kept. */
  | 'DISABLED'
  /** Paused by an admin: events are kept and delivered on resume. */
  | 'PAUSED';

/** Result of pauseWebhookSubscription and resumeWebhookSubscription. */
export type WebhookSubscriptionStatusPayload = {
  /** Why the input was refused; nothing was changed when there are any. */
  userErrors: Array<UserError>;
  /** The subscription; null when the input was refused. */
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** A kind of change a webhook subscription receives. The event `topic` field carries the value in its wire form (e.g. `payoutRun.approved`). */
export type WebhookTopic =
  /** An account was created, updated or deleted (ingestion). */
  | 'ACCOUNT'
  /** A dispute was raised on a payout line. */
  | 'DISPUTE_OPENED'
  /** A dispute was resolved. */
  | 'DISPUTE_RESOLVED'
  /** A forecast call was submitted. */
  | 'FORECAST_SUBMITTED'
  /** An installed product (account × product) was created, updated or deleted (ingestion). */
  | 'INSTALLED_PRODUCT'
  /** An opportunity was created, updated or deleted (ingestion). */
  | 'OPPORTUNITY'
  /** A payout run was approved. */
  | 'PAYOUT_RUN_APPROVED'
  /** A payout run was marked paid. */
  | 'PAYOUT_RUN_PAID'
  /** Quotas of a sales plan were set or allocated (the event's entity is the plan). */
  | 'QUOTA_CHANGED'
  /** A sales plan became the active plan. */
  | 'SALES_PLAN_ACTIVATED'
  /** Accounts moved between territories: rules applied to a plan, or accounts moved by hand. */
  | 'TERRITORIES_REALIGNED';

/** One account x column cell of the whitespace matrix; a column is a product family or a product. */
export type WhitespaceCell = {
  /** ARR of the product at this account; OWNED cells only. */
  arr?: Maybe<Scalars['Decimal']['output']>;
  /** WHITESPACE cells only: median ARR among owning peers (see evidence), rounded half-even to the cent; 0 when no peer owns it. */
  estimatedValue?: Maybe<Scalars['Decimal']['output']>;
  /** WHITESPACE cells only: the peer statistics behind propensity and estimated value. */
  evidence?: Maybe<PeerEvidence>;
  /** WHITESPACE cells only: propensity x estimatedValue, rounded half-even to the cent: the value weighted by its odds. */
  expectedValue?: Maybe<Scalars['Decimal']['output']>;
  /** The column's product family. */
  family: Scalars['String']['output'];
  /** Total of this product's line items on the account's open opportunities (0 when none). */
  openPipeline: Scalars['Decimal']['output'];
  /** The column's product: the product itself, or at FAMILY granularity the family's representative (its lowest edition, then name). */
  product: Product;
  /** WHITESPACE cells only. Share of peers that own the product, a fraction rounded to 6 decimal places (0 without peers). */
  propensity?: Maybe<Scalars['Decimal']['output']>;
  /** Owned, in pipeline or whitespace. */
  status: WhitespaceStatus;
  /** FAMILY granularity, OWNED cells only: the move to a higher edition of the family that peers own; null when there is none. */
  upgrade?: Maybe<WhitespaceUpgrade>;
};

/** Which products are columns and which whitespace counts. */
export type WhitespaceFilter = {
  /** The day the matrix describes (default today, UTC): an installed product is owned, by the account and among its peers, from its since day until the day before its endDate; one that has ended is not. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only products of these families are columns (each must be a family of the catalog). */
  families?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whitespace cells with a lower propensity (a fraction, 0 to 1) are left out of cells, counts and values. */
  minPropensity?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What a column of the whitespace matrix is (docs/design.md §6). */
export type WhitespaceGranularity =
  /** A product family: its active products (editions and add-ons) are one need, owned when any of them is; a higher edition is an upgrade, not whitespace. The default. */
  | 'FAMILY'
  /** Each active product on its own, editions of one family apart (the catalog view). */
  | 'PRODUCT';

/** How whitespace totals are grouped. */
export type WhitespaceGrouping =
  /** By the account's industry. */
  | 'INDUSTRY'
  /** One row per column (a family, or a product at PRODUCT granularity); every account in scope counts for each. */
  | 'PRODUCT'
  /** By the account's owner (accounts without one form a row). */
  | 'REP'
  /** By the account's segment. */
  | 'SEGMENT'
  /** By the account's territory (accounts without one form a row). */
  | 'TERRITORY';

/** A whitespace cell worth pursuing: an account that lacks a product its peers own. */
export type WhitespaceOpportunity = {
  /** The account. */
  account: Account;
  /** The median ARR among owning peers (see evidence), rounded half-even to the cent; 0 when no peer owns it. */
  estimatedValue: Scalars['Decimal']['output'];
  /** The peer statistics behind the estimate. */
  evidence: PeerEvidence;
  /** propensity x estimatedValue, rounded half-even to the cent: the value weighted by its odds. */
  expectedValue: Scalars['Decimal']['output'];
  /** The column's product family. */
  family: Scalars['String']['output'];
  /** The product it does not own and has no open pipeline for; at FAMILY granularity the family's representative (its lowest edition, then name): the account owns no product of the family. */
  product: Product;
  /** Share of peers that own the product, a fraction rounded to 6 decimal places (0 without peers). */
  propensity: Scalars['Decimal']['output'];
};

/** A page of whitespace opportunities, highest estimated value first. */
export type WhitespaceOpportunityConnection = {
  /** The opportunities of the page with their cursors. */
  edges: Array<WhitespaceOpportunityEdge>;
  /** Position of this page in the list. */
  pageInfo: PageInfo;
  /** Whitespace cells of the scope with at least one owning peer (at or above the minimum propensity), across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A whitespace opportunity in a page, with its cursor. */
export type WhitespaceOpportunityEdge = {
  /** Opaque position of the item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The opportunity. */
  node: WhitespaceOpportunity;
};

/** The accounts a whitespace query is about; every given condition applies, none = the whole organization. Unknown IDs match no account. */
export type WhitespaceScope = {
  /** Only these accounts (global IDs, at most 1000). */
  accountIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Accounts of this industry (exact). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Accounts owned by this rep or by anyone below them in the hierarchy, at any depth. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Accounts of this region (exact). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Accounts owned by this rep. */
  repId?: InputMaybe<Scalars['ID']['input']>;
  /** Accounts of any of these segments. */
  segments?: InputMaybe<Array<Segment>>;
  /** Accounts assigned to this territory or to any territory below it. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** State of an account x product cell of the whitespace matrix. */
export type WhitespaceStatus =
  /** Not owned, but an open opportunity of the account has a line item with the product. */
  | 'IN_PIPELINE'
  /** The account owns the product (an installed product or subscription exists). */
  | 'OWNED'
  /** Neither owned nor in open pipeline: room to sell. */
  | 'WHITESPACE';

/** Whitespace of a scope grouped one way, with the total of the whole scope. */
export type WhitespaceSummary = {
  /** The grouping. */
  groupBy: WhitespaceGrouping;
  /** One row per group, highest total estimated value first. */
  groups: Array<WhitespaceSummaryGroup>;
  /** The whole scope. */
  total: WhitespaceTotals;
};

/** Whitespace totals of one group; only the key field of the grouping is set. */
export type WhitespaceSummaryGroup = {
  /** Accounts in scope (in this group). */
  accountCount: Scalars['Int']['output'];
  /** PRODUCT grouping: the column's family. */
  family?: Maybe<Scalars['String']['output']>;
  /** IN_PIPELINE cells. */
  inPipelineCount: Scalars['Int']['output'];
  /** INDUSTRY grouping: the industry. */
  industry?: Maybe<Scalars['String']['output']>;
  /** Total of the line items of these products on open opportunities of these accounts. */
  openPipeline: Scalars['Decimal']['output'];
  /** OWNED cells: account x product pairs owned. */
  ownedCount: Scalars['Int']['output'];
  /** ownedCount / (accountCount x productCount), a fraction rounded to 6 places; for a product row, the share of accounts that own it. Null without cells. */
  penetration?: Maybe<Scalars['Decimal']['output']>;
  /** PRODUCT grouping: the column's product (at FAMILY granularity the family's representative). */
  product?: Maybe<Product>;
  /** Product columns counted (1 for a product row). */
  productCount: Scalars['Int']['output'];
  /** REP grouping: the account owner; null for accounts without one. */
  rep?: Maybe<Rep>;
  /** SEGMENT grouping: the segment. */
  segment?: Maybe<Segment>;
  /** TERRITORY grouping: the territory; null for accounts without one. */
  territory?: Maybe<Territory>;
  /** Sum of the estimated values of the whitespace cells (each rounded to the cent). */
  totalEstimatedValue: Scalars['Decimal']['output'];
  /** Sum of the expected values (propensity x estimated value) of the whitespace cells (each rounded to the cent). */
  totalExpectedValue: Scalars['Decimal']['output'];
  /** WHITESPACE cells (at or above the minimum propensity, when one is given). */
  whitespaceCount: Scalars['Int']['output'];
};

/** Whitespace totals of a whole scope. */
export type WhitespaceTotals = {
  /** Accounts in scope (in this group). */
  accountCount: Scalars['Int']['output'];
  /** IN_PIPELINE cells. */
  inPipelineCount: Scalars['Int']['output'];
  /** Total of the line items of these products on open opportunities of these accounts. */
  openPipeline: Scalars['Decimal']['output'];
  /** OWNED cells: account x product pairs owned. */
  ownedCount: Scalars['Int']['output'];
  /** ownedCount / (accountCount x productCount), a fraction rounded to 6 places; for a product row, the share of accounts that own it. Null without cells. */
  penetration?: Maybe<Scalars['Decimal']['output']>;
  /** Product columns counted (1 for a product row). */
  productCount: Scalars['Int']['output'];
  /** Sum of the estimated values of the whitespace cells (each rounded to the cent). */
  totalEstimatedValue: Scalars['Decimal']['output'];
  /** Sum of the expected values (propensity x estimated value) of the whitespace cells (each rounded to the cent). */
  totalExpectedValue: Scalars['Decimal']['output'];
  /** WHITESPACE cells (at or above the minimum propensity, when one is given). */
  whitespaceCount: Scalars['Int']['output'];
};

/** A move to a higher edition of a family the account owns: not whitespace (the need is met) and in no whitespace count or total. */
export type WhitespaceUpgrade = {
  /** Median ARR of the higher edition among the peers owning it (rounded half-even to the cent) less the account's ARR of its current edition; at least 0. */
  estimatedValue: Scalars['Decimal']['output'];
  /** The peer statistics of the higher edition. */
  evidence: PeerEvidence;
  /** propensity x estimatedValue, rounded half-even to the cent: the value weighted by its odds. */
  expectedValue: Scalars['Decimal']['output'];
  /** The highest edition of the family the account owns. */
  fromProduct: Product;
  /** Share of peers that own the higher edition, a fraction rounded to 6 decimal places. */
  propensity: Scalars['Decimal']['output'];
  /** The higher edition of the family owned by the most peers (ties: the lower edition). */
  toProduct: Product;
};

/** Closed deals of a row by loss reason or by competitor. */
export type WinLossBreakdown = {
  /** Loss reason externalId or competitor name; '' when none was given. */
  key: Scalars['String']['output'];
  /** Loss reason label or competitor name. */
  label: Scalars['String']['output'];
  /** Their amounts. */
  lostAmount: Scalars['Decimal']['output'];
  /** Lost deals (to this competitor, or for this reason). */
  lostCount: Scalars['Int']['output'];
  /** Against this competitor: won / (won + lost), 6 decimals; null for loss reasons. */
  winRate?: Maybe<Scalars['Decimal']['output']>;
  /** Deals won with this competitor named; 0 for loss reasons. */
  wonCount: Scalars['Int']['output'];
};

/** Win rate, loss reasons and competitors of the deals closed in a fiscal period. */
export type WinLossReport = {
  /** The grouping of the rows; null when only the total was asked for. */
  groupBy?: Maybe<FunnelGrouping>;
  /** The period key, e.g. FY2027. */
  period: Scalars['String']['output'];
  /** One row per group, by key; empty without a grouping. */
  rows: Array<WinLossRow>;
  /** Every closed deal of the scope the caller may see. */
  total: WinLossRow;
};

/** Won and lost deals of a group closed in the period (or of all of them). */
export type WinLossRow = {
  /** The closed deals by competitor named (key '' = none): lost to whom, and won against whom. */
  competitors: Array<WinLossBreakdown>;
  /** The grouping of the row; null for the total. */
  groupBy?: Maybe<FunnelGrouping>;
  /** The group's key; '' for deals without one; TOTAL for the total. */
  key: Scalars['String']['output'];
  /** The group's name. */
  label: Scalars['String']['output'];
  /** The lost deals by loss reason (key '' = no reason given), by key. */
  lossReasons: Array<WinLossBreakdown>;
  /** Sum of the lost amounts. */
  lostAmount: Scalars['Decimal']['output'];
  /** Deals CLOSED_LOST with a close date in the period. */
  lostCount: Scalars['Int']['output'];
  /** wonCount / (wonCount + lostCount), 6 decimals; null without a closed deal. */
  winRate?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of the won amounts. */
  wonAmount: Scalars['Decimal']['output'];
  /** Deals CLOSED_WON with a close date in the period. */
  wonCount: Scalars['Int']['output'];
};

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<Scope>, status: ApiKeyStatus, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, rep?: { id: string, name: string } | null };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, scopes: Array<Scope>, status: ApiKeyStatus, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, rep?: { id: string, name: string } | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret?: string | null, apiKey?: { id: string, name: string, prefix: string, scopes: Array<Scope>, status: ApiKeyStatus, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, rep?: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey?: { id: string, name: string, prefix: string, scopes: Array<Scope>, status: ApiKeyStatus, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null, rep?: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type BulkOperationFieldsFragment = { id: string, status: BulkOperationStatus, format: BulkOperationFormat, query: string, objectCount: number, rootObjectCount: number, fileSize?: number | null, errorCode?: BulkOperationErrorCode | null, createdAt: string, startedAt?: string | null, completedAt?: string | null, url?: string | null, urlExpiresAt?: string | null };

export type BulkOperationRunQueryMutationVariables = Exact<{
  input: BulkOperationRunQueryInput;
}>;


export type BulkOperationRunQueryMutation = { bulkOperationRunQuery: { bulkOperation?: { id: string, status: BulkOperationStatus, format: BulkOperationFormat, query: string, objectCount: number, rootObjectCount: number, fileSize?: number | null, errorCode?: BulkOperationErrorCode | null, createdAt: string, startedAt?: string | null, completedAt?: string | null, url?: string | null, urlExpiresAt?: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type BulkOperationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkOperationQuery = { bulkOperation?: { id: string, status: BulkOperationStatus, format: BulkOperationFormat, query: string, objectCount: number, rootObjectCount: number, fileSize?: number | null, errorCode?: BulkOperationErrorCode | null, createdAt: string, startedAt?: string | null, completedAt?: string | null, url?: string | null, urlExpiresAt?: string | null } | null };

export type BulkOperationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BulkOperationStatus>;
}>;


export type BulkOperationsQuery = { bulkOperations: { pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, status: BulkOperationStatus, format: BulkOperationFormat, query: string, objectCount: number, rootObjectCount: number, fileSize?: number | null, errorCode?: BulkOperationErrorCode | null, createdAt: string, startedAt?: string | null, completedAt?: string | null, url?: string | null, urlExpiresAt?: string | null } }> } };

export type BulkOperationCancelMutationVariables = Exact<{
  input: BulkOperationCancelInput;
}>;


export type BulkOperationCancelMutation = { bulkOperationCancel: { bulkOperation?: { id: string, status: BulkOperationStatus, format: BulkOperationFormat, query: string, objectCount: number, rootObjectCount: number, fileSize?: number | null, errorCode?: BulkOperationErrorCode | null, createdAt: string, startedAt?: string | null, completedAt?: string | null, url?: string | null, urlExpiresAt?: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CompPlanFieldsFragment = { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> };

export type CompPlansQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompPlanFilter>;
}>;


export type CompPlansQuery = { compPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> } }> } };

export type CreateCompPlanMutationVariables = Exact<{
  input: CreateCompPlanInput;
}>;


export type CreateCompPlanMutation = { createCompPlan: { compPlan?: { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PublishCompPlanMutationVariables = Exact<{
  input: PublishCompPlanInput;
}>;


export type PublishCompPlanMutation = { publishCompPlan: { compPlan?: { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CompAssignmentFieldsFragment = { id: string, startDate: string, endDate?: string | null, baseSalary: string, targetIncentive: string, drawAmount?: string | null, drawRecoverable: boolean, version: number, rep: { id: string, name: string }, compPlan: { id: string, name: string } };

export type CompAssignmentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompAssignmentFilter>;
}>;


export type CompAssignmentsQuery = { compAssignments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, startDate: string, endDate?: string | null, baseSalary: string, targetIncentive: string, drawAmount?: string | null, drawRecoverable: boolean, version: number, rep: { id: string, name: string }, compPlan: { id: string, name: string } } }> } };

export type CreateCompAssignmentMutationVariables = Exact<{
  input: CreateCompAssignmentInput;
}>;


export type CreateCompAssignmentMutation = { createCompAssignment: { compAssignment?: { id: string, startDate: string, endDate?: string | null, baseSalary: string, targetIncentive: string, drawAmount?: string | null, drawRecoverable: boolean, version: number, rep: { id: string, name: string }, compPlan: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PayoutRunFieldsFragment = { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } };

export type PayoutLineFieldsFragment = { id: string, periodKey: string, kind: PayoutLineKind, amount: string, credit?: string | null, quota?: string | null, attainment?: string | null, summary: string, explanation: Array<string>, error?: string | null, rep: { id: string, name: string }, component?: { name: string, kind: CompComponentKind } | null };

export type PayoutRunsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayoutRunFilter>;
}>;


export type PayoutRunsQuery = { payoutRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } } }> } };

export type PayoutRunQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  lineFilter?: InputMaybe<PayoutLineFilter>;
}>;


export type PayoutRunQuery = { payoutRun?: { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, lines: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, periodKey: string, kind: PayoutLineKind, amount: string, credit?: string | null, quota?: string | null, attainment?: string | null, summary: string, explanation: Array<string>, error?: string | null, rep: { id: string, name: string }, component?: { name: string, kind: CompComponentKind } | null } }> }, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } } | null };

export type ComputePayoutRunMutationVariables = Exact<{
  input: ComputePayoutRunInput;
}>;


export type ComputePayoutRunMutation = { computePayoutRun: { created?: boolean | null, payoutRun?: { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ApprovePayoutRunMutationVariables = Exact<{
  input: ApprovePayoutRunInput;
}>;


export type ApprovePayoutRunMutation = { approvePayoutRun: { payoutRun?: { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PayoutStatementQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  repId: Scalars['ID']['input'];
}>;


export type PayoutStatementQuery = { payoutStatement: { periodKey: string, periodStart: string, periodEnd: string, total: string, drawBalance: string, rep?: { id: string, name: string } | null, totals: Array<{ kind: PayoutLineKind, amount: string }>, lines: Array<{ id: string, periodKey: string, kind: PayoutLineKind, amount: string, credit?: string | null, quota?: string | null, attainment?: string | null, summary: string, explanation: Array<string>, error?: string | null, rep: { id: string, name: string }, component?: { name: string, kind: CompComponentKind } | null }>, payoutRun?: { id: string, status: PayoutRunStatus } | null, yearToDate: { fiscalYear: string, periodKeys: Array<string>, total: string } } };

export type SimulatedPayoutFieldsFragment = { total: string, incentiveTotal: string, errors: Array<string>, lines: Array<{ periodKey: string, kind: PayoutLineKind, componentName?: string | null, credit?: string | null, quota?: string | null, attainment?: string | null, amount: string, summary: string }> };

export type SimulateCompensationQueryVariables = Exact<{
  input: SimulateCompensationInput;
}>;


export type SimulateCompensationQuery = { simulateCompensation: { periodKey: string, difference: string, rep?: { id: string, name: string } | null, actual: { total: string, incentiveTotal: string, errors: Array<string>, lines: Array<{ periodKey: string, kind: PayoutLineKind, componentName?: string | null, credit?: string | null, quota?: string | null, attainment?: string | null, amount: string, summary: string }> }, scenario: { total: string, incentiveTotal: string, errors: Array<string>, lines: Array<{ periodKey: string, kind: PayoutLineKind, componentName?: string | null, credit?: string | null, quota?: string | null, attainment?: string | null, amount: string, summary: string }> } } };

export type UpdateCompPlanMutationVariables = Exact<{
  input: UpdateCompPlanInput;
}>;


export type UpdateCompPlanMutation = { updateCompPlan: { compPlan?: { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CreateCompPlanVersionMutationVariables = Exact<{
  input: CreateCompPlanVersionInput;
}>;


export type CreateCompPlanVersionMutation = { createCompPlanVersion: { compPlan?: { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, previousVersion?: { id: string, version: number, effectiveEnd?: string | null } | null, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RetireCompPlanMutationVariables = Exact<{
  input: RetireCompPlanInput;
}>;


export type RetireCompPlanMutation = { retireCompPlan: { compPlan?: { id: string, name: string, status: CompPlanStatus, version: number, effectiveStart: string, effectiveEnd?: string | null, clawbackWindowDays: number, components: Array<{ name: string, kind: CompComponentKind, period: CompPeriod, retroactive: boolean, capAmount?: string | null, spiffAmount?: string | null, targetShare?: string | null, opportunityTypes: Array<OpportunityType>, productFamilies: Array<string>, tiers: Array<{ fromAttainment: string, toAttainment?: string | null, rate: string }> }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateCompAssignmentMutationVariables = Exact<{
  input: UpdateCompAssignmentInput;
}>;


export type UpdateCompAssignmentMutation = { updateCompAssignment: { compAssignment?: { id: string, startDate: string, endDate?: string | null, baseSalary: string, targetIncentive: string, drawAmount?: string | null, drawRecoverable: boolean, version: number, rep: { id: string, name: string }, compPlan: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type EndCompAssignmentMutationVariables = Exact<{
  input: EndCompAssignmentInput;
}>;


export type EndCompAssignmentMutation = { endCompAssignment: { compAssignment?: { id: string, startDate: string, endDate?: string | null, baseSalary: string, targetIncentive: string, drawAmount?: string | null, drawRecoverable: boolean, version: number, rep: { id: string, name: string }, compPlan: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CompPlanCostQueryVariables = Exact<{
  input: CompPlanCostInput;
}>;


export type CompPlanCostQuery = { compPlanCost: { fiscalYear: string, repCount: number, proposedTotal: string, baselineTotal: string, difference: string, compPlan: { id: string, name: string, version: number }, baselineCompPlan: { id: string, name: string, version: number }, components: Array<{ name: string, kind: CompComponentKind, proposed: string, baseline: string }>, reps: Array<{ proposed: string, baseline: string, difference: string, proposedErrors: number, baselineErrors: number, rep?: { id: string, name: string } | null }> } };

export type RecomputePayoutRunMutationVariables = Exact<{
  input: RecomputePayoutRunInput;
}>;


export type RecomputePayoutRunMutation = { recomputePayoutRun: { payoutRun?: { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type MarkPayoutRunPaidMutationVariables = Exact<{
  input: MarkPayoutRunPaidInput;
}>;


export type MarkPayoutRunPaidMutation = { markPayoutRunPaid: { payoutRun?: { id: string, periodKey: string, periodStart: string, periodEnd: string, status: PayoutRunStatus, version: number, computedAt?: string | null, approvedAt?: string | null, paidAt?: string | null, summary: { lineCount: number, errorCount: number, total: string, totals: Array<{ kind: PayoutLineKind, amount: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PayoutAdjustmentFieldsFragment = { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null };

export type DisputeFieldsFragment = { id: string, status: DisputeStatus, reason: string, resolution?: string | null, createdAt: string, resolvedAt?: string | null, rep: { id: string, name: string }, payoutLine?: { id: string, periodKey: string, kind: PayoutLineKind, amount: string } | null, adjustment?: { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null } | null };

export type PayoutAdjustmentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayoutAdjustmentFilter>;
}>;


export type PayoutAdjustmentsQuery = { payoutAdjustments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null } }> } };

export type CreatePayoutAdjustmentMutationVariables = Exact<{
  input: CreatePayoutAdjustmentInput;
}>;


export type CreatePayoutAdjustmentMutation = { createPayoutAdjustment: { payoutAdjustment?: { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DisputesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
}>;


export type DisputesQuery = { disputes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, status: DisputeStatus, reason: string, resolution?: string | null, createdAt: string, resolvedAt?: string | null, rep: { id: string, name: string }, payoutLine?: { id: string, periodKey: string, kind: PayoutLineKind, amount: string } | null, adjustment?: { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null } | null } }> } };

export type OpenDisputeMutationVariables = Exact<{
  input: OpenDisputeInput;
}>;


export type OpenDisputeMutation = { openDispute: { dispute?: { id: string, status: DisputeStatus, reason: string, resolution?: string | null, createdAt: string, resolvedAt?: string | null, rep: { id: string, name: string }, payoutLine?: { id: string, periodKey: string, kind: PayoutLineKind, amount: string } | null, adjustment?: { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ResolveDisputeMutationVariables = Exact<{
  input: ResolveDisputeInput;
}>;


export type ResolveDisputeMutation = { resolveDispute: { dispute?: { id: string, status: DisputeStatus, reason: string, resolution?: string | null, createdAt: string, resolvedAt?: string | null, rep: { id: string, name: string }, payoutLine?: { id: string, periodKey: string, kind: PayoutLineKind, amount: string } | null, adjustment?: { id: string, amount: string, reason: string, createdAt: string, createdBy: string, rep: { id: string, name: string }, payoutRun?: { id: string, periodKey: string } | null } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type OrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationQuery = { organization: { name: string, slug: string, fiscalYearStartMonth: number, timeZone: string, currency: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: PrincipalKind, principal: string, scopes: Array<Scope>, rep?: { id: string, name: string } | null } };

export type RepFieldsFragment = { id: string, externalId?: string | null, name: string, email: string, role: RepRole, region: string, segment?: Segment | null, hireDate: string, terminationDate?: string | null, rampMonths: number, updatedAt: string, manager?: { id: string, name: string } | null };

export type RepsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepFilter>;
  orderBy?: InputMaybe<RepOrder>;
}>;


export type RepsQuery = { reps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, externalId?: string | null, name: string, email: string, role: RepRole, region: string, segment?: Segment | null, hireDate: string, terminationDate?: string | null, rampMonths: number, updatedAt: string, manager?: { id: string, name: string } | null } }> } };

export type HierarchyQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
  rootId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type HierarchyQuery = { hierarchy: Array<{ depth: number, validFrom: string, validTo?: string | null, rep: { id: string, name: string, role: RepRole }, manager?: { id: string, name: string } | null, directReports: Array<{ rep: { id: string } }> }> };

export type AccountFieldsFragment = { id: string, externalId?: string | null, name: string, domain?: string | null, industry: string, country: string, region: string, employees: number, annualRevenue?: string | null, segment: Segment, updatedAt: string, owner?: { id: string, name: string } | null, parent?: { id: string, name: string } | null, territory?: { id: string, name: string } | null };

export type AccountsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  orderBy?: InputMaybe<AccountOrder>;
}>;


export type AccountsQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, externalId?: string | null, name: string, domain?: string | null, industry: string, country: string, region: string, employees: number, annualRevenue?: string | null, segment: Segment, updatedAt: string, owner?: { id: string, name: string } | null, parent?: { id: string, name: string } | null, territory?: { id: string, name: string } | null } }> } };

export type ProductFieldsFragment = { id: string, externalId?: string | null, name: string, family: string, listPrice: string, active: boolean };

export type ProductsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  orderBy?: InputMaybe<ProductOrder>;
}>;


export type ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, externalId?: string | null, name: string, family: string, listPrice: string, active: boolean } }> } };

export type OpportunityFieldsFragment = { id: string, externalId?: string | null, name: string, amount: string, type: OpportunityType, stage: OpportunityStage, forecastCategory: ForecastCategory, probability: string, createdDate: string, closeDate: string, source?: string | null, competitor?: string | null, updatedAt: string, lossReason?: { id: string, externalId: string, label: string } | null, account: { id: string, name: string }, owner: { id: string, name: string }, lineItems: Array<{ quantity: string, unitPrice: string, totalPrice: string, product: { id: string, name: string } }>, splits: Array<{ percent: string, splitType: SplitType, rep: { id: string, name: string } }> };

export type LossReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type LossReasonsQuery = { lossReasons: Array<{ id: string, externalId: string, label: string, active: boolean }> };

export type OpportunitiesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  orderBy?: InputMaybe<OpportunityOrder>;
}>;


export type OpportunitiesQuery = { opportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, externalId?: string | null, name: string, amount: string, type: OpportunityType, stage: OpportunityStage, forecastCategory: ForecastCategory, probability: string, createdDate: string, closeDate: string, source?: string | null, competitor?: string | null, updatedAt: string, lossReason?: { id: string, externalId: string, label: string } | null, account: { id: string, name: string }, owner: { id: string, name: string }, lineItems: Array<{ quantity: string, unitPrice: string, totalPrice: string, product: { id: string, name: string } }>, splits: Array<{ percent: string, splitType: SplitType, rep: { id: string, name: string } }> } }> } };

export type InstalledProductsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstalledProductFilter>;
}>;


export type InstalledProductsQuery = { installedProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { since: string, arr: string, updatedAt: string, account: { id: string, name: string }, product: { id: string, name: string } } }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { node?:
    | { __typename: 'Account', name: string, industry: string, id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BulkOperation', id: string }
    | { __typename: 'CapacityLine', id: string }
    | { __typename: 'CompAssignment', id: string }
    | { __typename: 'CompPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'ForecastSubmission', id: string }
    | { __typename: 'LossReason', id: string }
    | { __typename: 'Opportunity', name: string, amount: string, stage: OpportunityStage, id: string }
    | { __typename: 'PayoutAdjustment', id: string }
    | { __typename: 'PayoutLine', id: string }
    | { __typename: 'PayoutRun', id: string }
    | { __typename: 'Product', name: string, family: string, id: string }
    | { __typename: 'Quota', id: string }
    | { __typename: 'Rep', name: string, email: string, id: string }
    | { __typename: 'SalesPlan', id: string }
    | { __typename: 'Territory', id: string }
    | { __typename: 'TerritoryAssignment', id: string }
    | { __typename: 'TerritoryRule', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookSubscription', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Account', name: string, industry: string, id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BulkOperation', id: string }
    | { __typename: 'CapacityLine', id: string }
    | { __typename: 'CompAssignment', id: string }
    | { __typename: 'CompPlan', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'ForecastSubmission', id: string }
    | { __typename: 'LossReason', id: string }
    | { __typename: 'Opportunity', name: string, amount: string, stage: OpportunityStage, id: string }
    | { __typename: 'PayoutAdjustment', id: string }
    | { __typename: 'PayoutLine', id: string }
    | { __typename: 'PayoutRun', id: string }
    | { __typename: 'Product', name: string, family: string, id: string }
    | { __typename: 'Quota', id: string }
    | { __typename: 'Rep', name: string, email: string, id: string }
    | { __typename: 'SalesPlan', id: string }
    | { __typename: 'Territory', id: string }
    | { __typename: 'TerritoryAssignment', id: string }
    | { __typename: 'TerritoryRule', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookSubscription', id: string }
   | null> };

export type ForecastRangeQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  percentiles?: InputMaybe<Array<Scalars['Float']['input']> | Scalars['Float']['input']>;
}>;


export type ForecastRangeQuery = { forecastRange: { period: { key: string, start: string, end: string, closed: boolean }, node: { closed: string, expected: string, maximum: string, openDeals: number, bucketSize: string, discretisationError: string, rep: { id: string, name: string }, percentiles: Array<{ percentile: number, amount: string }> }, children: Array<{ closed: string, expected: string, maximum: string, openDeals: number, rep: { id: string, name: string }, percentiles: Array<{ percentile: number, amount: string }> }> } };

export type ForecastLiabilityQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  percentiles?: InputMaybe<Array<Scalars['Float']['input']> | Scalars['Float']['input']>;
  samples?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ForecastLiabilityQuery = { forecastLiability: { method: CommissionLiabilityMethod, outcomes: number, seed?: number | null, epsilon: number, standardError: string, openDeals: number, period: { key: string, start: string, end: string }, node: { closedOnly: string, expected: string, rep: { id: string, name: string }, percentiles: Array<{ percentile: number, amount: string }>, components: Array<{ name: string, kind: CompComponentKind, expected: string }> }, children: Array<{ closedOnly: string, expected: string, rep: { id: string, name: string }, percentiles: Array<{ percentile: number, amount: string }> }>, reps: Array<{ closedOnly: string, expected: string, rep: { id: string, name: string }, percentiles: Array<{ percentile: number, amount: string }> }> } };

export type ForecastCallFieldsFragment = { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null };

export type ForecastNodeFieldsFragment = { hasDirectReports: boolean, subtreeSize: number, closed: string, commit: string, bestCase: string, pipeline: string, commitForecast: string, bestCaseForecast: string, openPipeline: string, weightedPipeline: string, projection: string, quota: string, gap: string, rep: { id: string, name: string }, commitCall: { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null }, bestCaseCall: { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null } };

export type ForecastQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ForecastQuery = { forecast: { period: { key: string, start: string, end: string, closed: boolean }, node: { hasDirectReports: boolean, subtreeSize: number, closed: string, commit: string, bestCase: string, pipeline: string, commitForecast: string, bestCaseForecast: string, openPipeline: string, weightedPipeline: string, projection: string, quota: string, gap: string, rep: { id: string, name: string }, commitCall: { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null }, bestCaseCall: { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null } }, children: Array<{ hasDirectReports: boolean, subtreeSize: number, closed: string, commit: string, bestCase: string, pipeline: string, commitForecast: string, bestCaseForecast: string, openPipeline: string, weightedPipeline: string, projection: string, quota: string, gap: string, rep: { id: string, name: string }, commitCall: { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null }, bestCaseCall: { category: ForecastCategory, rollup: string, subtreeCall: string, final: string, gap: string, submission?: { id: string, amount: string, submittedAt: string, submittedBy: string, note?: string | null } | null } }>, winRates: { from: string, to: string, stages: Array<{ stage: OpportunityStage, closedDeals: number, wonDeals: number, rate: string, probability: string }> } } };

export type SubmitForecastMutationVariables = Exact<{
  input: SubmitForecastInput;
}>;


export type SubmitForecastMutation = { submitForecast: { submission?: { id: string, periodKey: string, category: ForecastCategory, amount: string, note?: string | null, submittedAt: string, submittedBy: string, owner: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ForecastChangesQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  since: Scalars['DateTime']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
  repId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ForecastChangesQuery = { forecastChanges: { since: string, until: string, period: { key: string, start: string, end: string }, rep: { id: string, name: string }, summary: Array<{ kind: ForecastChangeKind, count: number, amountBefore: string, amountAfter: string, delta: string }>, changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { kind: ForecastChangeKind, amountBefore: string, amountAfter: string, delta: string, creditShare: string, opportunity: { id: string, name: string } } }> } } };

export type ForecastAccuracyMeasureFieldsFragment = { forecast?: string | null, error?: string | null, absoluteError?: string | null };

export type ForecastAccuracyQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  week?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ForecastAccuracyQuery = { forecastAccuracy: { asOf: string, period: { key: string, start: string, end: string, closed: boolean }, node: { actual: string, closedAtPoint: string, rep: { id: string, name: string }, commitCall: { forecast?: string | null, error?: string | null, absoluteError?: string | null }, commitForecast: { forecast?: string | null, error?: string | null, absoluteError?: string | null }, bestCaseCall: { forecast?: string | null, error?: string | null, absoluteError?: string | null }, bestCaseForecast: { forecast?: string | null, error?: string | null, absoluteError?: string | null }, projection: { forecast?: string | null, error?: string | null, absoluteError?: string | null } }, children: Array<{ actual: string, closedAtPoint: string, rep: { id: string, name: string }, projection: { forecast?: string | null, error?: string | null, absoluteError?: string | null } }> } };

export type ForecastSnapshotNodeFieldsFragment = { subtreeSize: number, closed: string, commit: string, bestCase: string, pipeline: string, commitForecast: string, bestCaseForecast: string, openPipeline: string, weightedPipeline: string, projection: string, quota?: string | null, commitCall?: string | null, bestCaseCall?: string | null, rep: { id: string, name: string } };

export type ForecastSnapshotQueryVariables = Exact<{
  periodKey: Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
  week?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  scope?: InputMaybe<ForecastScope>;
}>;


export type ForecastSnapshotQuery = { forecastSnapshot: { asOf?: string | null, week?: number | null, scoped: boolean, period: { key: string, start: string, end: string, closed: boolean }, node: { subtreeSize: number, closed: string, commit: string, bestCase: string, pipeline: string, commitForecast: string, bestCaseForecast: string, openPipeline: string, weightedPipeline: string, projection: string, quota?: string | null, commitCall?: string | null, bestCaseCall?: string | null, rep: { id: string, name: string } }, children: Array<{ subtreeSize: number, closed: string, commit: string, bestCase: string, pipeline: string, commitForecast: string, bestCaseForecast: string, openPipeline: string, weightedPipeline: string, projection: string, quota?: string | null, commitCall?: string | null, bestCaseCall?: string | null, rep: { id: string, name: string } }> } };

export type ForecastBacktestScoreFieldsFragment = { observations: number, mape?: string | null, bias?: string | null, mase?: string | null };

export type ForecastBacktestNodeFieldsFragment = { callReliability?: string | null, rep: { id: string, name: string }, weeks: Array<{ week: number, commitCall: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, bestCaseCall: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, commitForecast: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, bestCaseForecast: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, projection: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null } }> };

export type ForecastBacktestQueryVariables = Exact<{
  periodKeys: Array<Scalars['String']['input']> | Scalars['String']['input'];
  repId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ForecastBacktestQuery = { forecastBacktest: { periods: Array<{ key: string, start: string, end: string }>, node: { callReliability?: string | null, periods: Array<{ actual: string, naive: string, period: { key: string }, weeks: Array<{ week: number, asOf: string, commitCall: { forecast?: string | null, error?: string | null }, commitForecast: { forecast?: string | null, error?: string | null }, projection: { forecast?: string | null, error?: string | null } }> }>, rep: { id: string, name: string }, weeks: Array<{ week: number, commitCall: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, bestCaseCall: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, commitForecast: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, bestCaseForecast: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, projection: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null } }> }, children: Array<{ callReliability?: string | null, rep: { id: string, name: string }, weeks: Array<{ week: number, commitCall: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, bestCaseCall: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, commitForecast: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, bestCaseForecast: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null }, projection: { observations: number, mape?: string | null, bias?: string | null, mase?: string | null } }> }> } };

export type FunnelRowFieldsFragment = { key: string, label: string, deals: number, pipelineCreated: string, wonCount: number, pipelineWon: string, lostCount: number, lostWithoutStage: number, stages: Array<{ stage: OpportunityStage, reached: number, conversionRate?: string | null, stays: number, meanDays?: string | null, medianDays?: string | null, lostAt: number }> };

export type FunnelQueryVariables = Exact<{
  period: Scalars['String']['input'];
  scope?: InputMaybe<FunnelScope>;
  groupBy?: InputMaybe<FunnelGrouping>;
}>;


export type FunnelQuery = { funnel: { period: string, groupBy?: FunnelGrouping | null, total: { key: string, label: string, deals: number, pipelineCreated: string, wonCount: number, pipelineWon: string, lostCount: number, lostWithoutStage: number, stages: Array<{ stage: OpportunityStage, reached: number, conversionRate?: string | null, stays: number, meanDays?: string | null, medianDays?: string | null, lostAt: number }> }, rows: Array<{ key: string, label: string, deals: number, pipelineCreated: string, wonCount: number, pipelineWon: string, lostCount: number, lostWithoutStage: number, stages: Array<{ stage: OpportunityStage, reached: number, conversionRate?: string | null, stays: number, meanDays?: string | null, medianDays?: string | null, lostAt: number }> }> } };

export type WinLossBreakdownFieldsFragment = { key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null };

export type WinLossRowFieldsFragment = { key: string, label: string, wonCount: number, lostCount: number, wonAmount: string, lostAmount: string, winRate?: string | null, lossReasons: Array<{ key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null }>, competitors: Array<{ key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null }> };

export type WinLossQueryVariables = Exact<{
  period: Scalars['String']['input'];
  scope?: InputMaybe<FunnelScope>;
  groupBy?: InputMaybe<FunnelGrouping>;
}>;


export type WinLossQuery = { winLoss: { period: string, groupBy?: FunnelGrouping | null, total: { key: string, label: string, wonCount: number, lostCount: number, wonAmount: string, lostAmount: string, winRate?: string | null, lossReasons: Array<{ key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null }>, competitors: Array<{ key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null }> }, rows: Array<{ key: string, label: string, wonCount: number, lostCount: number, wonAmount: string, lostAmount: string, winRate?: string | null, lossReasons: Array<{ key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null }>, competitors: Array<{ key: string, label: string, lostCount: number, lostAmount: string, wonCount: number, winRate?: string | null }> }> } };

export type UpsertRowResultFieldsFragment = { index: number, externalId: string, id: string, status: UpsertRowStatus };

export type UserErrorFieldsFragment = { code: UserErrorCode, message: string, field?: Array<string> | null };

export type UpsertRepsMutationVariables = Exact<{
  input: UpsertRepsInput;
}>;


export type UpsertRepsMutation = { upsertReps: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpsertAccountsMutationVariables = Exact<{
  input: UpsertAccountsInput;
}>;


export type UpsertAccountsMutation = { upsertAccounts: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpsertProductsMutationVariables = Exact<{
  input: UpsertProductsInput;
}>;


export type UpsertProductsMutation = { upsertProducts: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpsertLossReasonsMutationVariables = Exact<{
  input: UpsertLossReasonsInput;
}>;


export type UpsertLossReasonsMutation = { upsertLossReasons: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpsertOpportunitiesMutationVariables = Exact<{
  input: UpsertOpportunitiesInput;
}>;


export type UpsertOpportunitiesMutation = { upsertOpportunities: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PeriodFieldsFragment = { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string };

export type PerformanceRowFieldsFragment = { key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null };

export type PerformanceQueryVariables = Exact<{
  period: Scalars['String']['input'];
  scope?: InputMaybe<PerformanceScope>;
  groupBy?: InputMaybe<PerformanceGrouping>;
  orderBy?: InputMaybe<PerformanceOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
}>;


export type PerformanceQuery = { performance: { grouping?: PerformanceGrouping | null, period: { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string }, total: { key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }, rows: Array<{ key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }> } };

export type DealGroupRowFieldsFragment = { key: string, label: string, grouping?: PerformanceGrouping | null, dealType?: OpportunityType | null, accountIndustry?: string | null, accountSegment?: Segment | null, source?: string | null, competitor?: string | null, bookings: string, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, velocity?: string | null };

export type PerformanceByDealQueryVariables = Exact<{
  period: Scalars['String']['input'];
  groupBy: PerformanceGrouping;
  scope?: InputMaybe<PerformanceScope>;
  orderBy?: InputMaybe<PerformanceOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PerformanceByDealQuery = { performance: { grouping?: PerformanceGrouping | null, period: { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string }, total: { key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }, rows: Array<{ key: string, label: string, grouping?: PerformanceGrouping | null, dealType?: OpportunityType | null, accountIndustry?: string | null, accountSegment?: Segment | null, source?: string | null, competitor?: string | null, bookings: string, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, velocity?: string | null }> } };

export type LostDealsByReasonQueryVariables = Exact<{
  period: Scalars['String']['input'];
  scope?: InputMaybe<PerformanceScope>;
}>;


export type LostDealsByReasonQuery = { performance: { period: { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string }, total: { lostCount: number }, rows: Array<{ key: string, label: string, lostCount: number, lossReason?: { id: string, externalId: string, label: string } | null }> } };

export type PerformanceTrendQueryVariables = Exact<{
  period: Scalars['String']['input'];
  periods?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<PerformanceScope>;
  groupBy?: InputMaybe<PerformanceGrouping>;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
}>;


export type PerformanceTrendQuery = { performanceTrend: { grouping?: PerformanceGrouping | null, points: Array<{ period: { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string }, total: { key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }, rows: Array<{ key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }> }> } };

export type PerformanceComparisonQueryVariables = Exact<{
  period: Scalars['String']['input'];
  a: PerformanceScope;
  b: PerformanceScope;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
}>;


export type PerformanceComparisonQuery = { performanceComparison: { period: { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string }, a: { key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }, b: { key: string, label: string, grouping?: PerformanceGrouping | null, region?: string | null, segment?: Segment | null, bookings: string, quota: string, attainment?: string | null, wonCount: number, lostCount: number, openCount: number, winRate?: string | null, avgDealSize?: string | null, salesCycleDays?: string | null, pipelineCreated: string, openPipeline: string, weightedPipeline: string, coverage?: string | null, velocity?: string | null, rep?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, product?: { id: string, name: string } | null }, ratio: { bookings?: string | null, quota?: string | null, attainment?: string | null, wonCount?: string | null, winRate?: string | null, openPipeline?: string | null } } };

export type AttainmentDistributionQueryVariables = Exact<{
  period: Scalars['String']['input'];
  scope?: InputMaybe<PerformanceScope>;
  improvement?: InputMaybe<Scalars['Decimal']['input']>;
  hierarchy?: InputMaybe<PerformanceHierarchy>;
}>;


export type AttainmentDistributionQuery = { attainmentDistribution: { repCount: number, repsAtOrAboveQuota: number, shareAtOrAboveQuota?: string | null, mean?: string | null, p10?: string | null, p25?: string | null, median?: string | null, p75?: string | null, p90?: string | null, period: { key: string, kind: PerformancePeriodKind, fiscalYear: number, start: string, end: string }, histogram: Array<{ lowerBound: string, upperBound?: string | null, repCount: number, share?: string | null }>, movingTheMiddle: { improvement: string, middleRepCount: number, middleBookings: string, middleGain: string, topDecileRepCount: number, topDecileBookings: string, topDecileGain: string, middleToTopRatio?: string | null }, bands: Array<{ band: AttainmentBandName, repCount: number, bookings: string, reps: Array<{ rank: number, name: string, bookings: string, quota: string, attainment: string, rep?: { id: string } | null }> }> } };

export type NewHireRampQueryVariables = Exact<{
  hiredFrom: Scalars['Date']['input'];
  hiredTo: Scalars['Date']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  roles?: InputMaybe<Array<RepRole> | RepRole>;
  scope?: InputMaybe<RampScope>;
}>;


export type NewHireRampQuery = { newHireRamp: { hiredFrom: string, hiredTo: string, asOf: string, months: number, repCount: number, repsWithFirstDeal: number, avgMonthsToFirstDeal?: string | null, medianMonthsToFirstDeal?: string | null, reps: Array<{ name: string, hireDate: string, firstDealDate?: string | null, daysToFirstDeal?: number | null, monthsToFirstDeal?: number | null, rep?: { id: string } | null }>, tenureMonths: Array<{ tenureMonth: number, repCount: number, repsWithFirstDeal: number, bookings: string, quota: string, attainment?: string | null }> } };

export type SalesPlanFieldsFragment = { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null };

export type SalesPlansQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesPlanFilter>;
}>;


export type SalesPlansQuery = { salesPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null } }> } };

export type SalesPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SalesPlanQuery = { node?:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, territories: Array<{ id: string, name: string, kind: TerritoryKind }>, capacityLines: Array<{ id: string, role: RepRole, headcount: number, startMonth: number, rampMonths: number, rampedProductivity: string, attritionRate: string }>, quotaCheck: { target?: string | null, quotaTotal: string, difference?: string | null, matchesTarget?: boolean | null, repCount: number }, capacity: { target?: string | null, yearCapacity: string, gap?: string | null, hiresNeeded?: number | null, months: Array<{ month: number, periodKey: string, heads: string, rampedHeads: string, productiveCapacity: string }> }, territoryBalance: { territories: Array<{ name: string, isLeaf: boolean, accountCount: number, totalArr: string, openPipeline: string, lastYearBookings: string, primaryRepCount: number, territory: { id: string } }>, unassigned: { accountCount: number, totalArr: string, openPipeline: string, lastYearBookings: string }, spread: { accountCount?: string | null, totalArr?: string | null, openPipeline?: string | null, lastYearBookings?: string | null } }, clonedFrom?: { id: string, name: string } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CreateSalesPlanMutationVariables = Exact<{
  input: CreateSalesPlanInput;
}>;


export type CreateSalesPlanMutation = { createSalesPlan: { salesPlan?: { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateSalesPlanMutationVariables = Exact<{
  input: UpdateSalesPlanInput;
}>;


export type UpdateSalesPlanMutation = { updateSalesPlan: { salesPlan?: { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CloneSalesPlanMutationVariables = Exact<{
  input: CloneSalesPlanInput;
}>;


export type CloneSalesPlanMutation = { cloneSalesPlan: { salesPlan?: { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null } | null, copied?: { territories: number, rules: number, assignments: number, quotas: number, capacityLines: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ActivateSalesPlanMutationVariables = Exact<{
  input: ActivateSalesPlanInput;
}>;


export type ActivateSalesPlanMutation = { activateSalesPlan: { salesPlan?: { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ArchiveSalesPlanMutationVariables = Exact<{
  input: ArchiveSalesPlanInput;
}>;


export type ArchiveSalesPlanMutation = { archiveSalesPlan: { salesPlan?: { id: string, name: string, fiscalYear: number, status: SalesPlanStatus, version: number, targetAmount?: string | null, createdAt: string, updatedAt: string, clonedFrom?: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CompareSalesPlansQueryVariables = Exact<{
  baseId: Scalars['ID']['input'];
  scenarioId: Scalars['ID']['input'];
}>;


export type CompareSalesPlansQuery = { compareSalesPlans: { base: { territoryCount: number, primaryRepCount: number, quotaTotal: string, unassignedAccountCount: number, salesPlan: { id: string } }, scenario: { territoryCount: number, primaryRepCount: number, quotaTotal: string, unassignedAccountCount: number, salesPlan: { id: string } }, delta: { territoryCount: number, primaryRepCount: number, quotaTotal: string, unassignedAccountCount: number } } };

export type TerritoryRuleFieldsFragment = { id: string, priority: number, region?: string | null, country?: string | null, industry?: string | null, minEmployees?: number | null, maxEmployees?: number | null };

export type TerritoryFieldsFragment = { id: string, name: string, kind: TerritoryKind, parent?: { id: string, name: string } | null, salesPlan: { id: string }, rules: Array<{ id: string, priority: number, region?: string | null, country?: string | null, industry?: string | null, minEmployees?: number | null, maxEmployees?: number | null }>, assignments: Array<{ id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string, name: string } }> };

export type TerritoriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TerritoryFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type TerritoriesQuery = { territories: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: TerritoryKind, accounts: { totalCount: number }, parent?: { id: string, name: string } | null, salesPlan: { id: string }, rules: Array<{ id: string, priority: number, region?: string | null, country?: string | null, industry?: string | null, minEmployees?: number | null, maxEmployees?: number | null }>, assignments: Array<{ id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string, name: string } }> } }> } };

export type CreateTerritoryMutationVariables = Exact<{
  input: CreateTerritoryInput;
}>;


export type CreateTerritoryMutation = { createTerritory: { territory?: { id: string, name: string, kind: TerritoryKind, parent?: { id: string, name: string } | null, salesPlan: { id: string }, rules: Array<{ id: string, priority: number, region?: string | null, country?: string | null, industry?: string | null, minEmployees?: number | null, maxEmployees?: number | null }>, assignments: Array<{ id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string, name: string } }> } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type SetTerritoryRulesMutationVariables = Exact<{
  input: SetTerritoryRulesInput;
}>;


export type SetTerritoryRulesMutation = { setTerritoryRules: { territory?: { id: string, name: string, kind: TerritoryKind, parent?: { id: string, name: string } | null, salesPlan: { id: string }, rules: Array<{ id: string, priority: number, region?: string | null, country?: string | null, industry?: string | null, minEmployees?: number | null, maxEmployees?: number | null }>, assignments: Array<{ id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string, name: string } }> } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CreateTerritoryAssignmentMutationVariables = Exact<{
  input: CreateTerritoryAssignmentInput;
}>;


export type CreateTerritoryAssignmentMutation = { createTerritoryAssignment: { assignment?: { id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string }, territory: { id: string } } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateTerritoryMutationVariables = Exact<{
  input: UpdateTerritoryInput;
}>;


export type UpdateTerritoryMutation = { updateTerritory: { territory?: { id: string, name: string, kind: TerritoryKind, parent?: { id: string, name: string } | null, salesPlan: { id: string }, rules: Array<{ id: string, priority: number, region?: string | null, country?: string | null, industry?: string | null, minEmployees?: number | null, maxEmployees?: number | null }>, assignments: Array<{ id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string, name: string } }> } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteTerritoryMutationVariables = Exact<{
  input: DeleteTerritoryInput;
}>;


export type DeleteTerritoryMutation = { deleteTerritory: { salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type TerritoryAssignmentFieldsFragment = { id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string }, territory: { id: string } };

export type UpdateTerritoryAssignmentMutationVariables = Exact<{
  input: UpdateTerritoryAssignmentInput;
}>;


export type UpdateTerritoryAssignmentMutation = { updateTerritoryAssignment: { assignment?: { id: string, role: TerritoryRole, startDate: string, endDate?: string | null, rep: { id: string }, territory: { id: string } } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteTerritoryAssignmentMutationVariables = Exact<{
  input: DeleteTerritoryAssignmentInput;
}>;


export type DeleteTerritoryAssignmentMutation = { deleteTerritoryAssignment: { territory?: { id: string, assignments: Array<{ id: string }> } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type AccountRoutingFieldsFragment = { account: { id: string, name: string }, currentTerritory?: { id: string } | null, proposedTerritory?: { id: string } | null, rule?: { id: string } | null, tiedTerritories: Array<{ id: string }> };

export type PreviewTerritoryRulesQueryVariables = Exact<{
  salesPlanId: Scalars['ID']['input'];
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  preserveExisting?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PreviewTerritoryRulesQuery = { previewTerritoryRules: { accountCount: number, routedCount: number, changeCount: number, conflictCount: number, unmatchedCount: number, territories: Array<{ currentAccountCount: number, proposedAccountCount: number, gainedCount: number, lostCount: number, territory: { id: string, name: string } }>, accounts: Array<{ account: { id: string, name: string }, currentTerritory?: { id: string } | null, proposedTerritory?: { id: string } | null, rule?: { id: string } | null, tiedTerritories: Array<{ id: string }> }>, conflicts: Array<{ account: { id: string, name: string }, currentTerritory?: { id: string } | null, proposedTerritory?: { id: string } | null, rule?: { id: string } | null, tiedTerritories: Array<{ id: string }> }>, unmatched: Array<{ account: { id: string, name: string }, currentTerritory?: { id: string } | null, proposedTerritory?: { id: string } | null, rule?: { id: string } | null, tiedTerritories: Array<{ id: string }> }> } };

export type ApplyTerritoryRulesMutationVariables = Exact<{
  input: ApplyTerritoryRulesInput;
}>;


export type ApplyTerritoryRulesMutation = { applyTerritoryRules: { routedCount?: number | null, movedCount?: number | null, conflictCount?: number | null, unmatchedCount?: number | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type MoveAccountsToTerritoryMutationVariables = Exact<{
  input: MoveAccountsToTerritoryInput;
}>;


export type MoveAccountsToTerritoryMutation = { moveAccountsToTerritory: { movedCount?: number | null, territory?: { id: string } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type QuotaFieldsFragment = { id: string, periodKey: string, periodStart: string, periodEnd: string, amount: string, updatedAt: string, rep: { id: string, name: string }, salesPlan: { id: string } };

export type QuotasQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuotaFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type QuotasQuery = { quotas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, periodKey: string, periodStart: string, periodEnd: string, amount: string, updatedAt: string, rep: { id: string, name: string }, salesPlan: { id: string } } }> } };

export type SetQuotasMutationVariables = Exact<{
  input: SetQuotasInput;
}>;


export type SetQuotasMutation = { setQuotas: { writtenCount?: number | null, removedCount?: number | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type QuotaAllocationFieldsFragment = { periodKey: string, target: string, total: string, lines: Array<{ weight: string, baseWeight?: string | null, rampFactor: string, exactAmount: string, amount: string, rep: { id: string, name: string }, territory?: { id: string } | null }> };

export type PreviewQuotaAllocationQueryVariables = Exact<{
  input: QuotaAllocationInput;
}>;


export type PreviewQuotaAllocationQuery = { previewQuotaAllocation: { periodKey: string, target: string, total: string, lines: Array<{ weight: string, baseWeight?: string | null, rampFactor: string, exactAmount: string, amount: string, rep: { id: string, name: string }, territory?: { id: string } | null }> } };

export type AllocateQuotasMutationVariables = Exact<{
  input: AllocateQuotasInput;
}>;


export type AllocateQuotasMutation = { allocateQuotas: { allocation?: { periodKey: string, target: string, total: string, lines: Array<{ weight: string, baseWeight?: string | null, rampFactor: string, exactAmount: string, amount: string, rep: { id: string, name: string }, territory?: { id: string } | null }> } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CapacityLineFieldsFragment = { id: string, role: RepRole, headcount: number, startMonth: number, rampMonths: number, rampedProductivity: string, attritionRate: string };

export type CreateCapacityLineMutationVariables = Exact<{
  input: CreateCapacityLineInput;
}>;


export type CreateCapacityLineMutation = { createCapacityLine: { capacityLine?: { id: string, role: RepRole, headcount: number, startMonth: number, rampMonths: number, rampedProductivity: string, attritionRate: string } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateCapacityLineMutationVariables = Exact<{
  input: UpdateCapacityLineInput;
}>;


export type UpdateCapacityLineMutation = { updateCapacityLine: { capacityLine?: { id: string, role: RepRole, headcount: number, startMonth: number, rampMonths: number, rampedProductivity: string, attritionRate: string } | null, salesPlan?: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteCapacityLineMutationVariables = Exact<{
  input: DeleteCapacityLineInput;
}>;


export type DeleteCapacityLineMutation = { deleteCapacityLine: { salesPlan?: { id: string, version: number, capacityLines: Array<{ id: string }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RetentionFiguresFragment = { startingArr: string, newArr: string, expansionArr: string, reactivationArr: string, contractionArr: string, churnedArr: string, endingArr: string, startingAccounts: number, churnedAccounts: number, grossRevenueRetention: { value?: string | null, nullReason?: RetentionRatioNullReason | null }, netRevenueRetention: { value?: string | null, nullReason?: RetentionRatioNullReason | null }, logoChurnRate: { value?: string | null, nullReason?: RetentionRatioNullReason | null } };

export type RetentionQueryVariables = Exact<{
  period: Scalars['String']['input'];
  groupBy?: InputMaybe<RetentionGrouping>;
}>;


export type RetentionQuery = { retention: { groupBy?: RetentionGrouping | null, period: { key: string, start: string, end: string }, total: { startingArr: string, newArr: string, expansionArr: string, reactivationArr: string, contractionArr: string, churnedArr: string, endingArr: string, startingAccounts: number, churnedAccounts: number, grossRevenueRetention: { value?: string | null, nullReason?: RetentionRatioNullReason | null }, netRevenueRetention: { value?: string | null, nullReason?: RetentionRatioNullReason | null }, logoChurnRate: { value?: string | null, nullReason?: RetentionRatioNullReason | null } }, rows: Array<{ label: string, segment?: Segment | null, industry?: string | null, startingArr: string, newArr: string, expansionArr: string, reactivationArr: string, contractionArr: string, churnedArr: string, endingArr: string, startingAccounts: number, churnedAccounts: number, territory?: { id: string, name: string } | null, grossRevenueRetention: { value?: string | null, nullReason?: RetentionRatioNullReason | null }, netRevenueRetention: { value?: string | null, nullReason?: RetentionRatioNullReason | null }, logoChurnRate: { value?: string | null, nullReason?: RetentionRatioNullReason | null } }> } };

export type DeletedRowResultFieldsFragment = { index: number, externalId: string, id: string };

export type UpsertInstalledProductsMutationVariables = Exact<{
  input: UpsertInstalledProductsInput;
}>;


export type UpsertInstalledProductsMutation = { upsertInstalledProducts: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpsertQuotasMutationVariables = Exact<{
  input: UpsertQuotasInput;
}>;


export type UpsertQuotasMutation = { upsertQuotas: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ImportOpportunityHistoryMutationVariables = Exact<{
  input: ImportOpportunityHistoryInput;
}>;


export type ImportOpportunityHistoryMutation = { importOpportunityHistory: { created: number, updated: number, unchanged: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string, status: UpsertRowStatus }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteOpportunitiesMutationVariables = Exact<{
  input: DeleteOpportunitiesInput;
}>;


export type DeleteOpportunitiesMutation = { deleteOpportunities: { deleted: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteAccountsMutationVariables = Exact<{
  input: DeleteAccountsInput;
}>;


export type DeleteAccountsMutation = { deleteAccounts: { deleted: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteProductsMutationVariables = Exact<{
  input: DeleteProductsInput;
}>;


export type DeleteProductsMutation = { deleteProducts: { deleted: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteInstalledProductsMutationVariables = Exact<{
  input: DeleteInstalledProductsInput;
}>;


export type DeleteInstalledProductsMutation = { deleteInstalledProducts: { deleted: number, replayed: boolean, results: Array<{ index: number, externalId: string, id: string }>, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type WebhookSubscriptionFieldsFragment = { id: string, url: string, description?: string | null, topics: Array<WebhookTopic>, status: WebhookSubscriptionStatus, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number, nextAttemptAt?: string | null, previousSecretExpiresAt?: string | null, pendingDeliveryCount: number, createdAt: string };

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, actorType: string, actorId: string, requestId?: string | null, action: string, entityType: string, entityId: string, before?: unknown | null, after?: unknown | null, topic?: string | null, eventType?: string | null, createdAt: string } }> } };

export type WebhookSubscriptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, url: string, description?: string | null, topics: Array<WebhookTopic>, status: WebhookSubscriptionStatus, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number, nextAttemptAt?: string | null, previousSecretExpiresAt?: string | null, pendingDeliveryCount: number, createdAt: string } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, lastAttemptAt?: string | null, deliveredAt?: string | null, createdAt: string, attemptLog: Array<{ attempt: number, statusCode?: number | null, error?: string | null, durationMs: number, attemptedAt: string }>, subscription: { id: string } } }> } };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { secret?: string | null, webhookSubscription?: { id: string, url: string, description?: string | null, topics: Array<WebhookTopic>, status: WebhookSubscriptionStatus, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number, nextAttemptAt?: string | null, previousSecretExpiresAt?: string | null, pendingDeliveryCount: number, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PauseWebhookSubscriptionMutationVariables = Exact<{
  input: WebhookSubscriptionIdInput;
}>;


export type PauseWebhookSubscriptionMutation = { pauseWebhookSubscription: { webhookSubscription?: { id: string, url: string, description?: string | null, topics: Array<WebhookTopic>, status: WebhookSubscriptionStatus, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number, nextAttemptAt?: string | null, previousSecretExpiresAt?: string | null, pendingDeliveryCount: number, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ResumeWebhookSubscriptionMutationVariables = Exact<{
  input: WebhookSubscriptionIdInput;
}>;


export type ResumeWebhookSubscriptionMutation = { resumeWebhookSubscription: { webhookSubscription?: { id: string, url: string, description?: string | null, topics: Array<WebhookTopic>, status: WebhookSubscriptionStatus, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number, nextAttemptAt?: string | null, previousSecretExpiresAt?: string | null, pendingDeliveryCount: number, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret?: string | null, previousSecretExpiresAt?: string | null, webhookSubscription?: { id: string, url: string, description?: string | null, topics: Array<WebhookTopic>, status: WebhookSubscriptionStatus, disabledReason?: string | null, disabledAt?: string | null, consecutiveFailures: number, nextAttemptAt?: string | null, previousSecretExpiresAt?: string | null, pendingDeliveryCount: number, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  input: WebhookSubscriptionIdInput;
}>;


export type DeleteWebhookSubscriptionMutation = { deleteWebhookSubscription: { deletedId?: string | null, userErrors: Array<{ code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type PeerEvidenceFieldsFragment = { industry: string, segment: Segment, peerCount: number, owningPeerCount: number, medianArr?: string | null };

export type WhitespaceQueryVariables = Exact<{
  scope?: InputMaybe<WhitespaceScope>;
  filter?: InputMaybe<WhitespaceFilter>;
  granularity?: InputMaybe<WhitespaceGranularity>;
  orderBy?: InputMaybe<AccountWhitespaceOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<WhitespaceStatus> | WhitespaceStatus>;
}>;


export type WhitespaceQuery = { whitespace: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, products: Array<{ id: string, name: string, family: string }>, edges: Array<{ cursor: string, node: { ownedCount: number, inPipelineCount: number, whitespaceCount: number, totalEstimatedValue: string, totalExpectedValue: string, account: { id: string, name: string, industry: string, segment: Segment }, cells: Array<{ family: string, status: WhitespaceStatus, arr?: string | null, openPipeline: string, propensity?: string | null, estimatedValue?: string | null, expectedValue?: string | null, product: { id: string, name: string }, evidence?: { industry: string, segment: Segment, peerCount: number, owningPeerCount: number, medianArr?: string | null } | null }> } }> } };

export type WhitespaceSummaryQueryVariables = Exact<{
  groupBy: WhitespaceGrouping;
  scope?: InputMaybe<WhitespaceScope>;
  filter?: InputMaybe<WhitespaceFilter>;
  granularity?: InputMaybe<WhitespaceGranularity>;
}>;


export type WhitespaceSummaryQuery = { whitespaceSummary: { groupBy: WhitespaceGrouping, total: { accountCount: number, productCount: number, ownedCount: number, inPipelineCount: number, whitespaceCount: number, penetration?: string | null, totalEstimatedValue: string, totalExpectedValue: string, openPipeline: string }, groups: Array<{ family?: string | null, segment?: Segment | null, industry?: string | null, accountCount: number, productCount: number, ownedCount: number, inPipelineCount: number, whitespaceCount: number, penetration?: string | null, totalEstimatedValue: string, totalExpectedValue: string, openPipeline: string, product?: { id: string, name: string } | null, territory?: { id: string, name: string } | null, rep?: { id: string, name: string } | null }> } };

export type WhitespaceOpportunitiesQueryVariables = Exact<{
  scope?: InputMaybe<WhitespaceScope>;
  filter?: InputMaybe<WhitespaceFilter>;
  granularity?: InputMaybe<WhitespaceGranularity>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WhitespaceOpportunitiesQuery = { whitespaceOpportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { family: string, propensity: string, estimatedValue: string, expectedValue: string, account: { id: string, name: string }, product: { id: string, name: string }, evidence: { industry: string, segment: Segment, peerCount: number, owningPeerCount: number, medianArr?: string | null } } }> } };

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const BulkOperationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"urlExpiresAt"}}]}}]} as unknown as DocumentNode<BulkOperationFieldsFragment, unknown>;
export const CompPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<CompPlanFieldsFragment, unknown>;
export const CompAssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseSalary"}},{"kind":"Field","name":{"kind":"Name","value":"targetIncentive"}},{"kind":"Field","name":{"kind":"Name","value":"drawAmount"}},{"kind":"Field","name":{"kind":"Name","value":"drawRecoverable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompAssignmentFieldsFragment, unknown>;
export const PayoutRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutRunFieldsFragment, unknown>;
export const PayoutLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"component"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PayoutLineFieldsFragment, unknown>;
export const SimulatedPayoutFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulatedPayoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatedPayout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveTotal"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SimulatedPayoutFieldsFragment, unknown>;
export const PayoutAdjustmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}}]} as unknown as DocumentNode<PayoutAdjustmentFieldsFragment, unknown>;
export const DisputeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutAdjustmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}}]} as unknown as DocumentNode<DisputeFieldsFragment, unknown>;
export const RepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"terminationDate"}},{"kind":"Field","name":{"kind":"Name","value":"rampMonths"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RepFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const OpportunityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategory"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lossReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"splitType"}}]}}]}}]} as unknown as DocumentNode<OpportunityFieldsFragment, unknown>;
export const ForecastCallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"}},{"kind":"Field","name":{"kind":"Name","value":"subtreeCall"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ForecastCallFieldsFragment, unknown>;
export const ForecastNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasDirectReports"}},{"kind":"Field","name":{"kind":"Name","value":"subtreeSize"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"projection"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastCallFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastCallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"}},{"kind":"Field","name":{"kind":"Name","value":"subtreeCall"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ForecastNodeFieldsFragment, unknown>;
export const ForecastAccuracyMeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastAccuracyMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteError"}}]}}]} as unknown as DocumentNode<ForecastAccuracyMeasureFieldsFragment, unknown>;
export const ForecastSnapshotNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastSnapshotNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastSnapshotNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtreeSize"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"projection"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"}}]}}]} as unknown as DocumentNode<ForecastSnapshotNodeFieldsFragment, unknown>;
export const ForecastBacktestScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastBacktestScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastBacktestScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"mape"}},{"kind":"Field","name":{"kind":"Name","value":"bias"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}}]}}]} as unknown as DocumentNode<ForecastBacktestScoreFieldsFragment, unknown>;
export const ForecastBacktestNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastBacktestNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastBacktestNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callReliability"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastBacktestScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastBacktestScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"mape"}},{"kind":"Field","name":{"kind":"Name","value":"bias"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}}]}}]} as unknown as DocumentNode<ForecastBacktestNodeFieldsFragment, unknown>;
export const FunnelRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineWon"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostWithoutStage"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"stays"}},{"kind":"Field","name":{"kind":"Name","value":"meanDays"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"lostAt"}}]}}]}}]} as unknown as DocumentNode<FunnelRowFieldsFragment, unknown>;
export const WinLossBreakdownFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinLossBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinLossBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostAmount"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}}]}}]} as unknown as DocumentNode<WinLossBreakdownFieldsFragment, unknown>;
export const WinLossRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinLossRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinLossRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"wonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lostAmount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"lossReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinLossBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinLossBreakdownFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinLossBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinLossBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostAmount"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}}]}}]} as unknown as DocumentNode<WinLossRowFieldsFragment, unknown>;
export const UpsertRowResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpsertRowResultFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<PeriodFieldsFragment, unknown>;
export const PerformanceRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}}]} as unknown as DocumentNode<PerformanceRowFieldsFragment, unknown>;
export const DealGroupRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealGroupRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"dealType"}},{"kind":"Field","name":{"kind":"Name","value":"accountIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"accountSegment"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}}]} as unknown as DocumentNode<DealGroupRowFieldsFragment, unknown>;
export const SalesPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SalesPlanFieldsFragment, unknown>;
export const TerritoryRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"minEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmployees"}}]}}]} as unknown as DocumentNode<TerritoryRuleFieldsFragment, unknown>;
export const TerritoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"minEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmployees"}}]}}]} as unknown as DocumentNode<TerritoryFieldsFragment, unknown>;
export const TerritoryAssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TerritoryAssignmentFieldsFragment, unknown>;
export const AccountRoutingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRoutingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRouting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiedTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountRoutingFieldsFragment, unknown>;
export const QuotaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QuotaFieldsFragment, unknown>;
export const QuotaAllocationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"baseWeight"}},{"kind":"Field","name":{"kind":"Name","value":"rampFactor"}},{"kind":"Field","name":{"kind":"Name","value":"exactAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<QuotaAllocationFieldsFragment, unknown>;
export const CapacityLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rampMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rampedProductivity"}},{"kind":"Field","name":{"kind":"Name","value":"attritionRate"}}]}}]} as unknown as DocumentNode<CapacityLineFieldsFragment, unknown>;
export const RetentionFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingArr"}},{"kind":"Field","name":{"kind":"Name","value":"newArr"}},{"kind":"Field","name":{"kind":"Name","value":"expansionArr"}},{"kind":"Field","name":{"kind":"Name","value":"reactivationArr"}},{"kind":"Field","name":{"kind":"Name","value":"contractionArr"}},{"kind":"Field","name":{"kind":"Name","value":"churnedArr"}},{"kind":"Field","name":{"kind":"Name","value":"endingArr"}},{"kind":"Field","name":{"kind":"Name","value":"startingAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"churnedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"grossRevenueRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logoChurnRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}}]}}]} as unknown as DocumentNode<RetentionFiguresFragment, unknown>;
export const DeletedRowResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletedRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<DeletedRowResultFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookSubscriptionFieldsFragment, unknown>;
export const PeerEvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"owningPeerCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianArr"}}]}}]} as unknown as DocumentNode<PeerEvidenceFieldsFragment, unknown>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const BulkOperationRunQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkOperationRunQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperationRunQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperationRunQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkOperationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"urlExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<BulkOperationRunQueryMutation, BulkOperationRunQueryMutationVariables>;
export const BulkOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkOperationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"urlExpiresAt"}}]}}]} as unknown as DocumentNode<BulkOperationQuery, BulkOperationQueryVariables>;
export const BulkOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkOperationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"urlExpiresAt"}}]}}]} as unknown as DocumentNode<BulkOperationsQuery, BulkOperationsQueryVariables>;
export const BulkOperationCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkOperationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperationCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkOperationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"urlExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<BulkOperationCancelMutation, BulkOperationCancelMutationVariables>;
export const CompPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompPlanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<CompPlansQuery, CompPlansQueryVariables>;
export const CreateCompPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCompPlanMutation, CreateCompPlanMutationVariables>;
export const PublishCompPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCompPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCompPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCompPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PublishCompPlanMutation, PublishCompPlanMutationVariables>;
export const CompAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompAssignmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompAssignmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseSalary"}},{"kind":"Field","name":{"kind":"Name","value":"targetIncentive"}},{"kind":"Field","name":{"kind":"Name","value":"drawAmount"}},{"kind":"Field","name":{"kind":"Name","value":"drawRecoverable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompAssignmentsQuery, CompAssignmentsQueryVariables>;
export const CreateCompAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseSalary"}},{"kind":"Field","name":{"kind":"Name","value":"targetIncentive"}},{"kind":"Field","name":{"kind":"Name","value":"drawAmount"}},{"kind":"Field","name":{"kind":"Name","value":"drawRecoverable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCompAssignmentMutation, CreateCompAssignmentMutationVariables>;
export const PayoutRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRunFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutRunFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutRunsQuery, PayoutRunsQueryVariables>;
export const PayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutLineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutLineFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"component"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PayoutRunQuery, PayoutRunQueryVariables>;
export const ComputePayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputePayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComputePayoutRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computePayoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutRunFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ComputePayoutRunMutation, ComputePayoutRunMutationVariables>;
export const ApprovePayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovePayoutRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePayoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutRunFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ApprovePayoutRunMutation, ApprovePayoutRunMutationVariables>;
export const PayoutStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"drawBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodKeys"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"component"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PayoutStatementQuery, PayoutStatementQueryVariables>;
export const SimulateCompensationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateCompensation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateCompensationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateCompensation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulatedPayoutFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulatedPayoutFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulatedPayoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatedPayout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveTotal"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SimulateCompensationQuery, SimulateCompensationQueryVariables>;
export const UpdateCompPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCompPlanMutation, UpdateCompPlanMutationVariables>;
export const CreateCompPlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompPlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompPlanVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompPlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompPlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCompPlanVersionMutation, CreateCompPlanVersionMutationVariables>;
export const RetireCompPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireCompPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireCompPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireCompPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveStart"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clawbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"retroactive"}},{"kind":"Field","name":{"kind":"Name","value":"capAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spiffAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"productFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"toAttainment"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RetireCompPlanMutation, RetireCompPlanMutationVariables>;
export const UpdateCompAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseSalary"}},{"kind":"Field","name":{"kind":"Name","value":"targetIncentive"}},{"kind":"Field","name":{"kind":"Name","value":"drawAmount"}},{"kind":"Field","name":{"kind":"Name","value":"drawRecoverable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCompAssignmentMutation, UpdateCompAssignmentMutationVariables>;
export const EndCompAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCompAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCompAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCompAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseSalary"}},{"kind":"Field","name":{"kind":"Name","value":"targetIncentive"}},{"kind":"Field","name":{"kind":"Name","value":"drawAmount"}},{"kind":"Field","name":{"kind":"Name","value":"drawRecoverable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<EndCompAssignmentMutation, EndCompAssignmentMutationVariables>;
export const CompPlanCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompPlanCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompPlanCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compPlanCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"compPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineCompPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}},{"kind":"Field","name":{"kind":"Name","value":"proposedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"baselineTotal"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"proposedErrors"}},{"kind":"Field","name":{"kind":"Name","value":"baselineErrors"}}]}}]}}]}}]} as unknown as DocumentNode<CompPlanCostQuery, CompPlanCostQueryVariables>;
export const RecomputePayoutRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputePayoutRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecomputePayoutRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputePayoutRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutRunFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecomputePayoutRunMutation, RecomputePayoutRunMutationVariables>;
export const MarkPayoutRunPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPayoutRunPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkPayoutRunPaidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPayoutRunPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutRunFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<MarkPayoutRunPaidMutation, MarkPayoutRunPaidMutationVariables>;
export const PayoutAdjustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutAdjustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutAdjustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutAdjustmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}}]} as unknown as DocumentNode<PayoutAdjustmentsQuery, PayoutAdjustmentsQueryVariables>;
export const CreatePayoutAdjustmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePayoutAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePayoutAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPayoutAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutAdjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutAdjustmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreatePayoutAdjustmentMutation, CreatePayoutAdjustmentMutationVariables>;
export const DisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutAdjustmentFields"}}]}}]}}]} as unknown as DocumentNode<DisputesQuery, DisputesQueryVariables>;
export const OpenDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutAdjustmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<OpenDisputeMutation, OpenDisputeMutationVariables>;
export const ResolveDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayoutAdjustmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutAdjustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayoutAdjustmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ResolveDisputeMutation, ResolveDisputeMutationVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RepFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RepOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"terminationDate"}},{"kind":"Field","name":{"kind":"Name","value":"rampMonths"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RepsQuery, RepsQueryVariables>;
export const HierarchyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hierarchy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hierarchy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<HierarchyQuery, HierarchyQueryVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"listPrice"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const LossReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LossReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lossReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<LossReasonsQuery, LossReasonsQueryVariables>;
export const OpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Opportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategory"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lossReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"splitType"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesQuery, OpportunitiesQueryVariables>;
export const InstalledProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstalledProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstalledProductFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installedProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"arr"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstalledProductsQuery, InstalledProductsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ForecastRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percentiles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}},{"kind":"Argument","name":{"kind":"Name","value":"percentiles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percentiles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"percentiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bucketSize"}},{"kind":"Field","name":{"kind":"Name","value":"discretisationError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"percentiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForecastRangeQuery, ForecastRangeQueryVariables>;
export const ForecastLiabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastLiability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percentiles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samples"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastLiability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}},{"kind":"Argument","name":{"kind":"Name","value":"percentiles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percentiles"}}},{"kind":"Argument","name":{"kind":"Name","value":"samples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samples"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"epsilon"}},{"kind":"Field","name":{"kind":"Name","value":"standardError"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"percentiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"percentiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"percentiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForecastLiabilityQuery, ForecastLiabilityQueryVariables>;
export const ForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Forecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closedDeals"}},{"kind":"Field","name":{"kind":"Name","value":"wonDeals"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"}},{"kind":"Field","name":{"kind":"Name","value":"subtreeCall"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasDirectReports"}},{"kind":"Field","name":{"kind":"Name","value":"subtreeSize"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"projection"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastCallFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastCallFields"}}]}}]}}]} as unknown as DocumentNode<ForecastQuery, ForecastQueryVariables>;
export const SubmitForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitForecastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitForecastMutation, SubmitForecastMutationVariables>;
export const ForecastChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountBefore"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfter"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountBefore"}},{"kind":"Field","name":{"kind":"Name","value":"amountAfter"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"creditShare"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForecastChangesQuery, ForecastChangesQueryVariables>;
export const ForecastAccuracyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastAccuracy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastAccuracy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}},{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"closedAtPoint"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"closedAtPoint"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastAccuracyMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastAccuracyMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteError"}}]}}]} as unknown as DocumentNode<ForecastAccuracyQuery, ForecastAccuracyQueryVariables>;
export const ForecastSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}},{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"scoped"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastSnapshotNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastSnapshotNodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastSnapshotNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastSnapshotNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtreeSize"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"commit"}},{"kind":"Field","name":{"kind":"Name","value":"bestCase"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"projection"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"}}]}}]} as unknown as DocumentNode<ForecastSnapshotQuery, ForecastSnapshotQueryVariables>;
export const ForecastBacktestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastBacktest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKeys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastBacktest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKeys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKeys"}}},{"kind":"Argument","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestNodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"naive"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestNodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastBacktestScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastBacktestScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"}},{"kind":"Field","name":{"kind":"Name","value":"mape"}},{"kind":"Field","name":{"kind":"Name","value":"bias"}},{"kind":"Field","name":{"kind":"Name","value":"mase"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastBacktestNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastBacktestNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callReliability"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"commitCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastBacktestScoreFields"}}]}}]}}]}}]} as unknown as DocumentNode<ForecastBacktestQuery, ForecastBacktestQueryVariables>;
export const FunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Funnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FunnelRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FunnelRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineWon"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostWithoutStage"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"stays"}},{"kind":"Field","name":{"kind":"Name","value":"meanDays"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"lostAt"}}]}}]}}]} as unknown as DocumentNode<FunnelQuery, FunnelQueryVariables>;
export const WinLossDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WinLoss"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FunnelGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winLoss"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinLossRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinLossRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinLossBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinLossBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostAmount"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WinLossRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WinLossRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"wonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lostAmount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"lossReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinLossBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WinLossBreakdownFields"}}]}}]}}]} as unknown as DocumentNode<WinLossQuery, WinLossQueryVariables>;
export const UpsertRepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertReps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRepsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertReps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertRepsMutation, UpsertRepsMutationVariables>;
export const UpsertAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertAccountsMutation, UpsertAccountsMutationVariables>;
export const UpsertProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertProductsMutation, UpsertProductsMutationVariables>;
export const UpsertLossReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLossReasons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLossReasonsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLossReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertLossReasonsMutation, UpsertLossReasonsMutationVariables>;
export const UpsertOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertOpportunitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertOpportunitiesMutation, UpsertOpportunitiesMutationVariables>;
export const PerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Performance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGrouping"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceHierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"hierarchy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}}]} as unknown as DocumentNode<PerformanceQuery, PerformanceQueryVariables>;
export const PerformanceByDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceByDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealGroupRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealGroupRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"dealType"}},{"kind":"Field","name":{"kind":"Name","value":"accountIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"accountSegment"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}}]} as unknown as DocumentNode<PerformanceByDealQuery, PerformanceByDealQueryVariables>;
export const LostDealsByReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LostDealsByReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"LOSS_REASON"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lostCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"lossReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<LostDealsByReasonQuery, LostDealsByReasonQueryVariables>;
export const PerformanceTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceGrouping"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceHierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"hierarchy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}}]} as unknown as DocumentNode<PerformanceTrendQuery, PerformanceTrendQueryVariables>;
export const PerformanceComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceHierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"hierarchy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"grouping"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"wonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}},{"kind":"Field","name":{"kind":"Name","value":"avgDealSize"}},{"kind":"Field","name":{"kind":"Name","value":"salesCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineCreated"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"}}]}}]} as unknown as DocumentNode<PerformanceComparisonQuery, PerformanceComparisonQueryVariables>;
export const AttainmentDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttainmentDistribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"improvement"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceHierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attainmentDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"improvement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"improvement"}}},{"kind":"Argument","name":{"kind":"Name","value":"hierarchy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hierarchy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}},{"kind":"Field","name":{"kind":"Name","value":"repsAtOrAboveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"shareAtOrAboveQuota"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movingTheMiddle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvement"}},{"kind":"Field","name":{"kind":"Name","value":"middleRepCount"}},{"kind":"Field","name":{"kind":"Name","value":"middleBookings"}},{"kind":"Field","name":{"kind":"Name","value":"middleGain"}},{"kind":"Field","name":{"kind":"Name","value":"topDecileRepCount"}},{"kind":"Field","name":{"kind":"Name","value":"topDecileBookings"}},{"kind":"Field","name":{"kind":"Name","value":"topDecileGain"}},{"kind":"Field","name":{"kind":"Name","value":"middleToTopRatio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]} as unknown as DocumentNode<AttainmentDistributionQuery, AttainmentDistributionQueryVariables>;
export const NewHireRampDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewHireRamp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hiredFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hiredTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RampScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newHireRamp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hiredFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hiredFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"hiredTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hiredTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"hiredTo"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}},{"kind":"Field","name":{"kind":"Name","value":"repsWithFirstDeal"}},{"kind":"Field","name":{"kind":"Name","value":"avgMonthsToFirstDeal"}},{"kind":"Field","name":{"kind":"Name","value":"medianMonthsToFirstDeal"}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstDealDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysToFirstDeal"}},{"kind":"Field","name":{"kind":"Name","value":"monthsToFirstDeal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenureMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenureMonth"}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}},{"kind":"Field","name":{"kind":"Name","value":"repsWithFirstDeal"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]}}]}}]} as unknown as DocumentNode<NewHireRampQuery, NewHireRampQueryVariables>;
export const SalesPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SalesPlansQuery, SalesPlansQueryVariables>;
export const SalesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"quotaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"matchesTarget"}},{"kind":"Field","name":{"kind":"Name","value":"repCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"yearCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"hiresNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"heads"}},{"kind":"Field","name":{"kind":"Name","value":"rampedHeads"}},{"kind":"Field","name":{"kind":"Name","value":"productiveCapacity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isLeaf"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalArr"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearBookings"}},{"kind":"Field","name":{"kind":"Name","value":"primaryRepCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalArr"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearBookings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalArr"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearBookings"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rampMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rampedProductivity"}},{"kind":"Field","name":{"kind":"Name","value":"attritionRate"}}]}}]} as unknown as DocumentNode<SalesPlanQuery, SalesPlanQueryVariables>;
export const CreateSalesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSalesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSalesPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSalesPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateSalesPlanMutation, CreateSalesPlanMutationVariables>;
export const UpdateSalesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSalesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSalesPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSalesPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSalesPlanMutation, UpdateSalesPlanMutationVariables>;
export const CloneSalesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneSalesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloneSalesPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneSalesPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"copied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"}},{"kind":"Field","name":{"kind":"Name","value":"capacityLines"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CloneSalesPlanMutation, CloneSalesPlanMutationVariables>;
export const ActivateSalesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateSalesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateSalesPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateSalesPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivateSalesPlanMutation, ActivateSalesPlanMutationVariables>;
export const ArchiveSalesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveSalesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveSalesPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveSalesPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SalesPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SalesPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clonedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArchiveSalesPlanMutation, ArchiveSalesPlanMutationVariables>;
export const CompareSalesPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareSalesPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareSalesPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"baseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryCount"}},{"kind":"Field","name":{"kind":"Name","value":"primaryRepCount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccountCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryCount"}},{"kind":"Field","name":{"kind":"Name","value":"primaryRepCount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccountCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryCount"}},{"kind":"Field","name":{"kind":"Name","value":"primaryRepCount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccountCount"}}]}}]}}]}}]} as unknown as DocumentNode<CompareSalesPlansQuery, CompareSalesPlansQueryVariables>;
export const TerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Territories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"minEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmployees"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoriesQuery, TerritoriesQueryVariables>;
export const CreateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"minEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmployees"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryMutation, CreateTerritoryMutationVariables>;
export const SetTerritoryRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTerritoryRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTerritoryRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTerritoryRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"minEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmployees"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetTerritoryRulesMutation, SetTerritoryRulesMutationVariables>;
export const CreateTerritoryAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritoryAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritoryAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateTerritoryAssignmentMutation, CreateTerritoryAssignmentMutationVariables>;
export const UpdateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"minEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"maxEmployees"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTerritoryMutation, UpdateTerritoryMutationVariables>;
export const DeleteTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeleteTerritoryMutation, DeleteTerritoryMutationVariables>;
export const UpdateTerritoryAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerritoryAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTerritoryAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerritoryAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTerritoryAssignmentMutation, UpdateTerritoryAssignmentMutationVariables>;
export const DeleteTerritoryAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerritoryAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTerritoryAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerritoryAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeleteTerritoryAssignmentMutation, DeleteTerritoryAssignmentMutationVariables>;
export const PreviewTerritoryRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewTerritoryRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salesPlanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preserveExisting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewTerritoryRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"salesPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salesPlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"preserveExisting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preserveExisting"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"routedCount"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAccountCount"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAccountCount"}},{"kind":"Field","name":{"kind":"Name","value":"gainedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRoutingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRoutingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRoutingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRoutingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountRouting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiedTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PreviewTerritoryRulesQuery, PreviewTerritoryRulesQueryVariables>;
export const ApplyTerritoryRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyTerritoryRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyTerritoryRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyTerritoryRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routedCount"}},{"kind":"Field","name":{"kind":"Name","value":"movedCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ApplyTerritoryRulesMutation, ApplyTerritoryRulesMutationVariables>;
export const MoveAccountsToTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccountsToTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveAccountsToTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccountsToTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedCount"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<MoveAccountsToTerritoryMutation, MoveAccountsToTerritoryMutationVariables>;
export const QuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QuotasQuery, QuotasQueryVariables>;
export const SetQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetQuotasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writtenCount"}},{"kind":"Field","name":{"kind":"Name","value":"removedCount"}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetQuotasMutation, SetQuotasMutationVariables>;
export const PreviewQuotaAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewQuotaAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewQuotaAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaAllocationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"baseWeight"}},{"kind":"Field","name":{"kind":"Name","value":"rampFactor"}},{"kind":"Field","name":{"kind":"Name","value":"exactAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<PreviewQuotaAllocationQuery, PreviewQuotaAllocationQueryVariables>;
export const AllocateQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateQuotasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"baseWeight"}},{"kind":"Field","name":{"kind":"Name","value":"rampFactor"}},{"kind":"Field","name":{"kind":"Name","value":"exactAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<AllocateQuotasMutation, AllocateQuotasMutationVariables>;
export const CreateCapacityLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCapacityLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCapacityLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCapacityLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rampMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rampedProductivity"}},{"kind":"Field","name":{"kind":"Name","value":"attritionRate"}}]}}]} as unknown as DocumentNode<CreateCapacityLineMutation, CreateCapacityLineMutationVariables>;
export const UpdateCapacityLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCapacityLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapacityLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"rampMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rampedProductivity"}},{"kind":"Field","name":{"kind":"Name","value":"attritionRate"}}]}}]} as unknown as DocumentNode<UpdateCapacityLineMutation, UpdateCapacityLineMutationVariables>;
export const DeleteCapacityLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCapacityLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCapacityLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCapacityLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacityLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeleteCapacityLineMutation, DeleteCapacityLineMutationVariables>;
export const RetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Retention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startingArr"}},{"kind":"Field","name":{"kind":"Name","value":"newArr"}},{"kind":"Field","name":{"kind":"Name","value":"expansionArr"}},{"kind":"Field","name":{"kind":"Name","value":"reactivationArr"}},{"kind":"Field","name":{"kind":"Name","value":"contractionArr"}},{"kind":"Field","name":{"kind":"Name","value":"churnedArr"}},{"kind":"Field","name":{"kind":"Name","value":"endingArr"}},{"kind":"Field","name":{"kind":"Name","value":"startingAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"churnedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"grossRevenueRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logoChurnRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startingArr"}},{"kind":"Field","name":{"kind":"Name","value":"newArr"}},{"kind":"Field","name":{"kind":"Name","value":"expansionArr"}},{"kind":"Field","name":{"kind":"Name","value":"reactivationArr"}},{"kind":"Field","name":{"kind":"Name","value":"contractionArr"}},{"kind":"Field","name":{"kind":"Name","value":"churnedArr"}},{"kind":"Field","name":{"kind":"Name","value":"endingArr"}},{"kind":"Field","name":{"kind":"Name","value":"startingAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"churnedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"grossRevenueRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logoChurnRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nullReason"}}]}}]}}]} as unknown as DocumentNode<RetentionQuery, RetentionQueryVariables>;
export const UpsertInstalledProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertInstalledProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertInstalledProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertInstalledProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertInstalledProductsMutation, UpsertInstalledProductsMutationVariables>;
export const UpsertQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertQuotasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpsertQuotasMutation, UpsertQuotasMutationVariables>;
export const ImportOpportunityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOpportunityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOpportunityHistoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOpportunityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpsertRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpsertRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ImportOpportunityHistoryMutation, ImportOpportunityHistoryMutationVariables>;
export const DeleteOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOpportunitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletedRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletedRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<DeleteOpportunitiesMutation, DeleteOpportunitiesMutationVariables>;
export const DeleteAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletedRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletedRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<DeleteAccountsMutation, DeleteAccountsMutationVariables>;
export const DeleteProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletedRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletedRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<DeleteProductsMutation, DeleteProductsMutationVariables>;
export const DeleteInstalledProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInstalledProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInstalledProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInstalledProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletedRowResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletedRowResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedRowResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<DeleteInstalledProductsMutation, DeleteInstalledProductsMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const WebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const PauseWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PauseWebhookSubscriptionMutation, PauseWebhookSubscriptionMutationVariables>;
export const ResumeWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResumeWebhookSubscriptionMutation, ResumeWebhookSubscriptionMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDeliveryCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const WhitespaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Whitespace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceGranularity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountWhitespaceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitespace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownedCount"}},{"kind":"Field","name":{"kind":"Name","value":"inPipelineCount"}},{"kind":"Field","name":{"kind":"Name","value":"whitespaceCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalEstimatedValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalExpectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arr"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"propensity"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerEvidenceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"owningPeerCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianArr"}}]}}]} as unknown as DocumentNode<WhitespaceQuery, WhitespaceQueryVariables>;
export const WhitespaceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitespaceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceGranularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitespaceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"productCount"}},{"kind":"Field","name":{"kind":"Name","value":"ownedCount"}},{"kind":"Field","name":{"kind":"Name","value":"inPipelineCount"}},{"kind":"Field","name":{"kind":"Name","value":"whitespaceCount"}},{"kind":"Field","name":{"kind":"Name","value":"penetration"}},{"kind":"Field","name":{"kind":"Name","value":"totalEstimatedValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalExpectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"productCount"}},{"kind":"Field","name":{"kind":"Name","value":"ownedCount"}},{"kind":"Field","name":{"kind":"Name","value":"inPipelineCount"}},{"kind":"Field","name":{"kind":"Name","value":"whitespaceCount"}},{"kind":"Field","name":{"kind":"Name","value":"penetration"}},{"kind":"Field","name":{"kind":"Name","value":"totalEstimatedValue"}},{"kind":"Field","name":{"kind":"Name","value":"totalExpectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]}}]}}]} as unknown as DocumentNode<WhitespaceSummaryQuery, WhitespaceSummaryQueryVariables>;
export const WhitespaceOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhitespaceOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WhitespaceGranularity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whitespaceOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"propensity"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerEvidenceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerEvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"owningPeerCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianArr"}}]}}]} as unknown as DocumentNode<WhitespaceOpportunitiesQuery, WhitespaceOpportunitiesQueryVariables>;