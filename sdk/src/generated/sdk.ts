import type * as Types from './graphql.js';
export const ApiKeyFieldsFragmentDoc = `
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
  rep {
    id
    name
  }
}
    `;
export const BulkOperationFieldsFragmentDoc = `
    fragment BulkOperationFields on BulkOperation {
  id
  status
  format
  query
  objectCount
  rootObjectCount
  fileSize
  errorCode
  createdAt
  startedAt
  completedAt
  url
  urlExpiresAt
}
    `;
export const CompPlanFieldsFragmentDoc = `
    fragment CompPlanFields on CompPlan {
  id
  name
  status
  version
  effectiveStart
  effectiveEnd
  clawbackWindowDays
  components {
    name
    kind
    period
    retroactive
    capAmount
    spiffAmount
    targetShare
    opportunityTypes
    productFamilies
    tiers {
      fromAttainment
      toAttainment
      rate
    }
  }
}
    `;
export const CompAssignmentFieldsFragmentDoc = `
    fragment CompAssignmentFields on CompAssignment {
  id
  startDate
  endDate
  baseSalary
  targetIncentive
  drawAmount
  drawRecoverable
  version
  rep {
    id
    name
  }
  compPlan {
    id
    name
  }
}
    `;
export const PayoutRunFieldsFragmentDoc = `
    fragment PayoutRunFields on PayoutRun {
  id
  periodKey
  periodStart
  periodEnd
  status
  version
  computedAt
  approvedAt
  paidAt
  summary {
    lineCount
    errorCount
    total
    totals {
      kind
      amount
    }
  }
}
    `;
export const PayoutLineFieldsFragmentDoc = `
    fragment PayoutLineFields on PayoutLine {
  id
  periodKey
  kind
  amount
  credit
  quota
  attainment
  summary
  explanation
  error
  rep {
    id
    name
  }
  component {
    name
    kind
  }
}
    `;
export const SimulatedPayoutFieldsFragmentDoc = `
    fragment SimulatedPayoutFields on SimulatedPayout {
  total
  incentiveTotal
  errors
  lines {
    periodKey
    kind
    componentName
    credit
    quota
    attainment
    amount
    summary
  }
}
    `;
export const PayoutAdjustmentFieldsFragmentDoc = `
    fragment PayoutAdjustmentFields on PayoutAdjustment {
  id
  amount
  reason
  createdAt
  createdBy
  rep {
    id
    name
  }
  payoutRun {
    id
    periodKey
  }
}
    `;
export const DisputeFieldsFragmentDoc = `
    fragment DisputeFields on Dispute {
  id
  status
  reason
  resolution
  createdAt
  resolvedAt
  rep {
    id
    name
  }
  payoutLine {
    id
    periodKey
    kind
    amount
  }
  adjustment {
    ...PayoutAdjustmentFields
  }
}
    `;
export const RepFieldsFragmentDoc = `
    fragment RepFields on Rep {
  id
  externalId
  name
  email
  role
  region
  segment
  hireDate
  terminationDate
  rampMonths
  updatedAt
  manager {
    id
    name
  }
}
    `;
export const AccountFieldsFragmentDoc = `
    fragment AccountFields on Account {
  id
  externalId
  name
  domain
  industry
  country
  region
  employees
  annualRevenue
  segment
  updatedAt
  owner {
    id
    name
  }
  parent {
    id
    name
  }
  territory {
    id
    name
  }
}
    `;
export const ProductFieldsFragmentDoc = `
    fragment ProductFields on Product {
  id
  externalId
  name
  family
  listPrice
  active
}
    `;
export const OpportunityFieldsFragmentDoc = `
    fragment OpportunityFields on Opportunity {
  id
  externalId
  name
  amount
  type
  stage
  forecastCategory
  probability
  createdDate
  closeDate
  source
  lossReason {
    id
    externalId
    label
  }
  competitor
  updatedAt
  account {
    id
    name
  }
  owner {
    id
    name
  }
  lineItems {
    product {
      id
      name
    }
    quantity
    unitPrice
    totalPrice
  }
  splits {
    rep {
      id
      name
    }
    percent
    splitType
  }
}
    `;
export const ForecastCallFieldsFragmentDoc = `
    fragment ForecastCallFields on ForecastCall {
  category
  rollup
  subtreeCall
  final
  gap
  submission {
    id
    amount
    submittedAt
    submittedBy
    note
  }
}
    `;
export const ForecastNodeFieldsFragmentDoc = `
    fragment ForecastNodeFields on ForecastNode {
  rep {
    id
    name
  }
  hasDirectReports
  subtreeSize
  closed
  commit
  bestCase
  pipeline
  commitForecast
  bestCaseForecast
  openPipeline
  weightedPipeline
  projection
  quota
  gap
  commitCall {
    ...ForecastCallFields
  }
  bestCaseCall {
    ...ForecastCallFields
  }
}
    `;
export const ForecastAccuracyMeasureFieldsFragmentDoc = `
    fragment ForecastAccuracyMeasureFields on ForecastAccuracyMeasure {
  forecast
  error
  absoluteError
}
    `;
export const ForecastSnapshotNodeFieldsFragmentDoc = `
    fragment ForecastSnapshotNodeFields on ForecastSnapshotNode {
  rep {
    id
    name
  }
  subtreeSize
  closed
  commit
  bestCase
  pipeline
  commitForecast
  bestCaseForecast
  openPipeline
  weightedPipeline
  projection
  quota
  commitCall
  bestCaseCall
}
    `;
export const ForecastBacktestScoreFieldsFragmentDoc = `
    fragment ForecastBacktestScoreFields on ForecastBacktestScore {
  observations
  mape
  bias
  mase
}
    `;
export const ForecastBacktestNodeFieldsFragmentDoc = `
    fragment ForecastBacktestNodeFields on ForecastBacktestNode {
  rep {
    id
    name
  }
  callReliability
  weeks {
    week
    commitCall {
      ...ForecastBacktestScoreFields
    }
    bestCaseCall {
      ...ForecastBacktestScoreFields
    }
    commitForecast {
      ...ForecastBacktestScoreFields
    }
    bestCaseForecast {
      ...ForecastBacktestScoreFields
    }
    projection {
      ...ForecastBacktestScoreFields
    }
  }
}
    `;
export const FunnelRowFieldsFragmentDoc = `
    fragment FunnelRowFields on FunnelRow {
  key
  label
  deals
  pipelineCreated
  wonCount
  pipelineWon
  lostCount
  lostWithoutStage
  stages {
    stage
    reached
    conversionRate
    stays
    meanDays
    medianDays
    lostAt
  }
}
    `;
export const WinLossBreakdownFieldsFragmentDoc = `
    fragment WinLossBreakdownFields on WinLossBreakdown {
  key
  label
  lostCount
  lostAmount
  wonCount
  winRate
}
    `;
export const WinLossRowFieldsFragmentDoc = `
    fragment WinLossRowFields on WinLossRow {
  key
  label
  wonCount
  lostCount
  wonAmount
  lostAmount
  winRate
  lossReasons {
    ...WinLossBreakdownFields
  }
  competitors {
    ...WinLossBreakdownFields
  }
}
    `;
export const UpsertRowResultFieldsFragmentDoc = `
    fragment UpsertRowResultFields on UpsertRowResult {
  index
  externalId
  id
  status
}
    `;
export const UserErrorFieldsFragmentDoc = `
    fragment UserErrorFields on UserError {
  code
  message
  field
}
    `;
export const PeriodFieldsFragmentDoc = `
    fragment PeriodFields on PerformancePeriod {
  key
  kind
  fiscalYear
  start
  end
}
    `;
export const PerformanceRowFieldsFragmentDoc = `
    fragment PerformanceRowFields on PerformanceRow {
  key
  label
  grouping
  rep {
    id
    name
  }
  territory {
    id
    name
  }
  product {
    id
    name
  }
  region
  segment
  bookings
  quota
  attainment
  wonCount
  lostCount
  openCount
  winRate
  avgDealSize
  salesCycleDays
  pipelineCreated
  openPipeline
  weightedPipeline
  coverage
  velocity
}
    `;
export const DealGroupRowFieldsFragmentDoc = `
    fragment DealGroupRowFields on PerformanceRow {
  key
  label
  grouping
  dealType
  accountIndustry
  accountSegment
  source
  competitor
  bookings
  wonCount
  lostCount
  openCount
  winRate
  avgDealSize
  salesCycleDays
  pipelineCreated
  openPipeline
  weightedPipeline
  velocity
}
    `;
export const SalesPlanFieldsFragmentDoc = `
    fragment SalesPlanFields on SalesPlan {
  id
  name
  fiscalYear
  status
  version
  targetAmount
  createdAt
  updatedAt
  clonedFrom {
    id
    name
  }
}
    `;
export const TerritoryRuleFieldsFragmentDoc = `
    fragment TerritoryRuleFields on TerritoryRule {
  id
  priority
  region
  country
  industry
  minEmployees
  maxEmployees
}
    `;
export const TerritoryFieldsFragmentDoc = `
    fragment TerritoryFields on Territory {
  id
  name
  kind
  parent {
    id
    name
  }
  salesPlan {
    id
  }
  rules {
    ...TerritoryRuleFields
  }
  assignments {
    id
    role
    startDate
    endDate
    rep {
      id
      name
    }
  }
}
    `;
export const TerritoryAssignmentFieldsFragmentDoc = `
    fragment TerritoryAssignmentFields on TerritoryAssignment {
  id
  role
  startDate
  endDate
  rep {
    id
  }
  territory {
    id
  }
}
    `;
export const AccountRoutingFieldsFragmentDoc = `
    fragment AccountRoutingFields on AccountRouting {
  account {
    id
    name
  }
  currentTerritory {
    id
  }
  proposedTerritory {
    id
  }
  rule {
    id
  }
  tiedTerritories {
    id
  }
}
    `;
export const QuotaFieldsFragmentDoc = `
    fragment QuotaFields on Quota {
  id
  periodKey
  periodStart
  periodEnd
  amount
  updatedAt
  rep {
    id
    name
  }
  salesPlan {
    id
  }
}
    `;
export const QuotaAllocationFieldsFragmentDoc = `
    fragment QuotaAllocationFields on QuotaAllocation {
  periodKey
  target
  total
  lines {
    rep {
      id
      name
    }
    territory {
      id
    }
    weight
    baseWeight
    rampFactor
    exactAmount
    amount
  }
}
    `;
export const CapacityLineFieldsFragmentDoc = `
    fragment CapacityLineFields on CapacityLine {
  id
  role
  headcount
  startMonth
  rampMonths
  rampedProductivity
  attritionRate
}
    `;
export const RetentionFiguresFragmentDoc = `
    fragment RetentionFigures on RetentionTotal {
  startingArr
  newArr
  expansionArr
  reactivationArr
  contractionArr
  churnedArr
  endingArr
  startingAccounts
  churnedAccounts
  grossRevenueRetention {
    value
    nullReason
  }
  netRevenueRetention {
    value
    nullReason
  }
  logoChurnRate {
    value
    nullReason
  }
}
    `;
export const DeletedRowResultFieldsFragmentDoc = `
    fragment DeletedRowResultFields on DeletedRowResult {
  index
  externalId
  id
}
    `;
export const WebhookSubscriptionFieldsFragmentDoc = `
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  description
  topics
  status
  disabledReason
  disabledAt
  consecutiveFailures
  nextAttemptAt
  previousSecretExpiresAt
  pendingDeliveryCount
  createdAt
}
    `;
export const PeerEvidenceFieldsFragmentDoc = `
    fragment PeerEvidenceFields on PeerEvidence {
  industry
  segment
  peerCount
  owningPeerCount
  medianArr
}
    `;
export const ApiKeysDocument = `
    query ApiKeys($first: Int, $after: String, $filter: ApiKeyFilter) {
  apiKeys(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ApiKeyFields
      }
    }
  }
}
    ${ApiKeyFieldsFragmentDoc}`;
export const CreateApiKeyDocument = `
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      ...ApiKeyFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${ApiKeyFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const RevokeApiKeyDocument = `
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${ApiKeyFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const BulkOperationRunQueryDocument = `
    mutation BulkOperationRunQuery($input: BulkOperationRunQueryInput!) {
  bulkOperationRunQuery(input: $input) {
    bulkOperation {
      ...BulkOperationFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${BulkOperationFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const BulkOperationDocument = `
    query BulkOperation($id: ID!) {
  bulkOperation(id: $id) {
    ...BulkOperationFields
  }
}
    ${BulkOperationFieldsFragmentDoc}`;
export const BulkOperationsDocument = `
    query BulkOperations($first: Int, $after: String, $status: BulkOperationStatus) {
  bulkOperations(first: $first, after: $after, status: $status) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...BulkOperationFields
      }
    }
  }
}
    ${BulkOperationFieldsFragmentDoc}`;
export const BulkOperationCancelDocument = `
    mutation BulkOperationCancel($input: BulkOperationCancelInput!) {
  bulkOperationCancel(input: $input) {
    bulkOperation {
      ...BulkOperationFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${BulkOperationFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CompPlansDocument = `
    query CompPlans($first: Int, $after: String, $filter: CompPlanFilter) {
  compPlans(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...CompPlanFields
      }
    }
  }
}
    ${CompPlanFieldsFragmentDoc}`;
export const CreateCompPlanDocument = `
    mutation CreateCompPlan($input: CreateCompPlanInput!) {
  createCompPlan(input: $input) {
    compPlan {
      ...CompPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const PublishCompPlanDocument = `
    mutation PublishCompPlan($input: PublishCompPlanInput!) {
  publishCompPlan(input: $input) {
    compPlan {
      ...CompPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CompAssignmentsDocument = `
    query CompAssignments($first: Int, $after: String, $filter: CompAssignmentFilter) {
  compAssignments(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...CompAssignmentFields
      }
    }
  }
}
    ${CompAssignmentFieldsFragmentDoc}`;
export const CreateCompAssignmentDocument = `
    mutation CreateCompAssignment($input: CreateCompAssignmentInput!) {
  createCompAssignment(input: $input) {
    compAssignment {
      ...CompAssignmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompAssignmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const PayoutRunsDocument = `
    query PayoutRuns($first: Int, $after: String, $filter: PayoutRunFilter) {
  payoutRuns(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...PayoutRunFields
      }
    }
  }
}
    ${PayoutRunFieldsFragmentDoc}`;
export const PayoutRunDocument = `
    query PayoutRun($periodKey: String!, $first: Int, $after: String, $lineFilter: PayoutLineFilter) {
  payoutRun(periodKey: $periodKey) {
    ...PayoutRunFields
    lines(first: $first, after: $after, filter: $lineFilter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PayoutLineFields
        }
      }
    }
  }
}
    ${PayoutRunFieldsFragmentDoc}
${PayoutLineFieldsFragmentDoc}`;
export const ComputePayoutRunDocument = `
    mutation ComputePayoutRun($input: ComputePayoutRunInput!) {
  computePayoutRun(input: $input) {
    created
    payoutRun {
      ...PayoutRunFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${PayoutRunFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const ApprovePayoutRunDocument = `
    mutation ApprovePayoutRun($input: ApprovePayoutRunInput!) {
  approvePayoutRun(input: $input) {
    payoutRun {
      ...PayoutRunFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${PayoutRunFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const PayoutStatementDocument = `
    query PayoutStatement($periodKey: String!, $repId: ID!) {
  payoutStatement(periodKey: $periodKey, repId: $repId) {
    periodKey
    periodStart
    periodEnd
    rep {
      id
      name
    }
    total
    drawBalance
    totals {
      kind
      amount
    }
    lines {
      ...PayoutLineFields
    }
    payoutRun {
      id
      status
    }
    yearToDate {
      fiscalYear
      periodKeys
      total
    }
  }
}
    ${PayoutLineFieldsFragmentDoc}`;
export const SimulateCompensationDocument = `
    query SimulateCompensation($input: SimulateCompensationInput!) {
  simulateCompensation(input: $input) {
    periodKey
    rep {
      id
      name
    }
    difference
    actual {
      ...SimulatedPayoutFields
    }
    scenario {
      ...SimulatedPayoutFields
    }
  }
}
    ${SimulatedPayoutFieldsFragmentDoc}`;
export const UpdateCompPlanDocument = `
    mutation UpdateCompPlan($input: UpdateCompPlanInput!) {
  updateCompPlan(input: $input) {
    compPlan {
      ...CompPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CreateCompPlanVersionDocument = `
    mutation CreateCompPlanVersion($input: CreateCompPlanVersionInput!) {
  createCompPlanVersion(input: $input) {
    compPlan {
      ...CompPlanFields
      previousVersion {
        id
        version
        effectiveEnd
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const RetireCompPlanDocument = `
    mutation RetireCompPlan($input: RetireCompPlanInput!) {
  retireCompPlan(input: $input) {
    compPlan {
      ...CompPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpdateCompAssignmentDocument = `
    mutation UpdateCompAssignment($input: UpdateCompAssignmentInput!) {
  updateCompAssignment(input: $input) {
    compAssignment {
      ...CompAssignmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompAssignmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const EndCompAssignmentDocument = `
    mutation EndCompAssignment($input: EndCompAssignmentInput!) {
  endCompAssignment(input: $input) {
    compAssignment {
      ...CompAssignmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CompAssignmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CompPlanCostDocument = `
    query CompPlanCost($input: CompPlanCostInput!) {
  compPlanCost(input: $input) {
    fiscalYear
    compPlan {
      id
      name
      version
    }
    baselineCompPlan {
      id
      name
      version
    }
    repCount
    proposedTotal
    baselineTotal
    difference
    components {
      name
      kind
      proposed
      baseline
    }
    reps {
      rep {
        id
        name
      }
      proposed
      baseline
      difference
      proposedErrors
      baselineErrors
    }
  }
}
    `;
export const RecomputePayoutRunDocument = `
    mutation RecomputePayoutRun($input: RecomputePayoutRunInput!) {
  recomputePayoutRun(input: $input) {
    payoutRun {
      ...PayoutRunFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${PayoutRunFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const MarkPayoutRunPaidDocument = `
    mutation MarkPayoutRunPaid($input: MarkPayoutRunPaidInput!) {
  markPayoutRunPaid(input: $input) {
    payoutRun {
      ...PayoutRunFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${PayoutRunFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const PayoutAdjustmentsDocument = `
    query PayoutAdjustments($first: Int, $after: String, $filter: PayoutAdjustmentFilter) {
  payoutAdjustments(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...PayoutAdjustmentFields
      }
    }
  }
}
    ${PayoutAdjustmentFieldsFragmentDoc}`;
export const CreatePayoutAdjustmentDocument = `
    mutation CreatePayoutAdjustment($input: CreatePayoutAdjustmentInput!) {
  createPayoutAdjustment(input: $input) {
    payoutAdjustment {
      ...PayoutAdjustmentFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${PayoutAdjustmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DisputesDocument = `
    query Disputes($first: Int, $after: String, $filter: DisputeFilter) {
  disputes(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...DisputeFields
      }
    }
  }
}
    ${DisputeFieldsFragmentDoc}
${PayoutAdjustmentFieldsFragmentDoc}`;
export const OpenDisputeDocument = `
    mutation OpenDispute($input: OpenDisputeInput!) {
  openDispute(input: $input) {
    dispute {
      ...DisputeFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${DisputeFieldsFragmentDoc}
${PayoutAdjustmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const ResolveDisputeDocument = `
    mutation ResolveDispute($input: ResolveDisputeInput!) {
  resolveDispute(input: $input) {
    dispute {
      ...DisputeFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${DisputeFieldsFragmentDoc}
${PayoutAdjustmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const OrganizationDocument = `
    query Organization {
  organization {
    name
    slug
    fiscalYearStartMonth
    timeZone
    currency
  }
}
    `;
export const ViewerDocument = `
    query Viewer {
  viewer {
    kind
    principal
    scopes
    rep {
      id
      name
    }
  }
}
    `;
export const RepsDocument = `
    query Reps($first: Int, $after: String, $filter: RepFilter, $orderBy: RepOrder) {
  reps(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...RepFields
      }
    }
  }
}
    ${RepFieldsFragmentDoc}`;
export const HierarchyDocument = `
    query Hierarchy($asOf: Date, $rootId: ID) {
  hierarchy(asOf: $asOf, rootId: $rootId) {
    rep {
      id
      name
      role
    }
    manager {
      id
      name
    }
    directReports {
      rep {
        id
      }
    }
    depth
    validFrom
    validTo
  }
}
    `;
export const AccountsDocument = `
    query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {
  accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AccountFields
      }
    }
  }
}
    ${AccountFieldsFragmentDoc}`;
export const ProductsDocument = `
    query Products($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {
  products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ProductFields
      }
    }
  }
}
    ${ProductFieldsFragmentDoc}`;
export const LossReasonsDocument = `
    query LossReasons {
  lossReasons {
    id
    externalId
    label
    active
  }
}
    `;
export const OpportunitiesDocument = `
    query Opportunities($first: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
  opportunities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...OpportunityFields
      }
    }
  }
}
    ${OpportunityFieldsFragmentDoc}`;
export const InstalledProductsDocument = `
    query InstalledProducts($first: Int, $after: String, $filter: InstalledProductFilter) {
  installedProducts(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        account {
          id
          name
        }
        product {
          id
          name
        }
        since
        arr
        updatedAt
      }
    }
  }
}
    `;
export const NodeDocument = `
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Rep {
      name
      email
    }
    ... on Account {
      name
      industry
    }
    ... on Product {
      name
      family
    }
    ... on Opportunity {
      name
      amount
      stage
    }
  }
}
    `;
export const NodesDocument = `
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Rep {
      name
      email
    }
    ... on Account {
      name
      industry
    }
    ... on Product {
      name
      family
    }
    ... on Opportunity {
      name
      amount
      stage
    }
  }
}
    `;
export const ForecastRangeDocument = `
    query ForecastRange($periodKey: String!, $repId: ID, $percentiles: [Float!]) {
  forecastRange(periodKey: $periodKey, repId: $repId, percentiles: $percentiles) {
    period {
      key
      start
      end
      closed
    }
    node {
      rep {
        id
        name
      }
      closed
      expected
      maximum
      openDeals
      percentiles {
        percentile
        amount
      }
      bucketSize
      discretisationError
    }
    children {
      rep {
        id
        name
      }
      closed
      expected
      maximum
      openDeals
      percentiles {
        percentile
        amount
      }
    }
  }
}
    `;
export const ForecastLiabilityDocument = `
    query ForecastLiability($periodKey: String!, $repId: ID, $percentiles: [Float!], $samples: Int, $seed: Int) {
  forecastLiability(
    periodKey: $periodKey
    repId: $repId
    percentiles: $percentiles
    samples: $samples
    seed: $seed
  ) {
    period {
      key
      start
      end
    }
    method
    outcomes
    seed
    epsilon
    standardError
    openDeals
    node {
      rep {
        id
        name
      }
      closedOnly
      expected
      percentiles {
        percentile
        amount
      }
      components {
        name
        kind
        expected
      }
    }
    children {
      rep {
        id
        name
      }
      closedOnly
      expected
      percentiles {
        percentile
        amount
      }
    }
    reps {
      rep {
        id
        name
      }
      closedOnly
      expected
      percentiles {
        percentile
        amount
      }
    }
  }
}
    `;
export const ForecastDocument = `
    query Forecast($periodKey: String!, $repId: ID) {
  forecast(periodKey: $periodKey, repId: $repId) {
    period {
      key
      start
      end
      closed
    }
    node {
      ...ForecastNodeFields
    }
    children {
      ...ForecastNodeFields
    }
    winRates {
      from
      to
      stages {
        stage
        closedDeals
        wonDeals
        rate
        probability
      }
    }
  }
}
    ${ForecastNodeFieldsFragmentDoc}
${ForecastCallFieldsFragmentDoc}`;
export const SubmitForecastDocument = `
    mutation SubmitForecast($input: SubmitForecastInput!) {
  submitForecast(input: $input) {
    submission {
      id
      periodKey
      category
      amount
      note
      submittedAt
      submittedBy
      owner {
        id
        name
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const ForecastChangesDocument = `
    query ForecastChanges($periodKey: String!, $since: DateTime!, $until: DateTime, $repId: ID, $first: Int, $after: String) {
  forecastChanges(
    periodKey: $periodKey
    since: $since
    until: $until
    repId: $repId
  ) {
    period {
      key
      start
      end
    }
    rep {
      id
      name
    }
    since
    until
    summary {
      kind
      count
      amountBefore
      amountAfter
      delta
    }
    changes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          amountBefore
          amountAfter
          delta
          creditShare
          opportunity {
            id
            name
          }
        }
      }
    }
  }
}
    `;
export const ForecastAccuracyDocument = `
    query ForecastAccuracy($periodKey: String!, $repId: ID, $week: Int, $asOf: DateTime) {
  forecastAccuracy(periodKey: $periodKey, repId: $repId, week: $week, asOf: $asOf) {
    asOf
    period {
      key
      start
      end
      closed
    }
    node {
      rep {
        id
        name
      }
      actual
      closedAtPoint
      commitCall {
        ...ForecastAccuracyMeasureFields
      }
      commitForecast {
        ...ForecastAccuracyMeasureFields
      }
      bestCaseCall {
        ...ForecastAccuracyMeasureFields
      }
      bestCaseForecast {
        ...ForecastAccuracyMeasureFields
      }
      projection {
        ...ForecastAccuracyMeasureFields
      }
    }
    children {
      rep {
        id
        name
      }
      actual
      closedAtPoint
      projection {
        ...ForecastAccuracyMeasureFields
      }
    }
  }
}
    ${ForecastAccuracyMeasureFieldsFragmentDoc}`;
export const ForecastSnapshotDocument = `
    query ForecastSnapshot($periodKey: String!, $repId: ID, $week: Int, $asOf: DateTime, $scope: ForecastScope) {
  forecastSnapshot(
    periodKey: $periodKey
    repId: $repId
    week: $week
    asOf: $asOf
    scope: $scope
  ) {
    asOf
    week
    scoped
    period {
      key
      start
      end
      closed
    }
    node {
      ...ForecastSnapshotNodeFields
    }
    children {
      ...ForecastSnapshotNodeFields
    }
  }
}
    ${ForecastSnapshotNodeFieldsFragmentDoc}`;
export const ForecastBacktestDocument = `
    query ForecastBacktest($periodKeys: [String!]!, $repId: ID) {
  forecastBacktest(periodKeys: $periodKeys, repId: $repId) {
    periods {
      key
      start
      end
    }
    node {
      ...ForecastBacktestNodeFields
      periods {
        period {
          key
        }
        actual
        naive
        weeks {
          week
          asOf
          commitCall {
            forecast
            error
          }
          commitForecast {
            forecast
            error
          }
          projection {
            forecast
            error
          }
        }
      }
    }
    children {
      ...ForecastBacktestNodeFields
    }
  }
}
    ${ForecastBacktestNodeFieldsFragmentDoc}
${ForecastBacktestScoreFieldsFragmentDoc}`;
export const FunnelDocument = `
    query Funnel($period: String!, $scope: FunnelScope, $groupBy: FunnelGrouping) {
  funnel(period: $period, scope: $scope, groupBy: $groupBy) {
    period
    groupBy
    total {
      ...FunnelRowFields
    }
    rows {
      ...FunnelRowFields
    }
  }
}
    ${FunnelRowFieldsFragmentDoc}`;
export const WinLossDocument = `
    query WinLoss($period: String!, $scope: FunnelScope, $groupBy: FunnelGrouping) {
  winLoss(period: $period, scope: $scope, groupBy: $groupBy) {
    period
    groupBy
    total {
      ...WinLossRowFields
    }
    rows {
      ...WinLossRowFields
    }
  }
}
    ${WinLossRowFieldsFragmentDoc}
${WinLossBreakdownFieldsFragmentDoc}`;
export const UpsertRepsDocument = `
    mutation UpsertReps($input: UpsertRepsInput!) {
  upsertReps(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpsertAccountsDocument = `
    mutation UpsertAccounts($input: UpsertAccountsInput!) {
  upsertAccounts(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpsertProductsDocument = `
    mutation UpsertProducts($input: UpsertProductsInput!) {
  upsertProducts(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpsertLossReasonsDocument = `
    mutation UpsertLossReasons($input: UpsertLossReasonsInput!) {
  upsertLossReasons(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpsertOpportunitiesDocument = `
    mutation UpsertOpportunities($input: UpsertOpportunitiesInput!) {
  upsertOpportunities(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const PerformanceDocument = `
    query Performance($period: String!, $scope: PerformanceScope, $groupBy: PerformanceGrouping, $orderBy: PerformanceOrder, $first: Int, $hierarchy: PerformanceHierarchy) {
  performance(
    period: $period
    scope: $scope
    groupBy: $groupBy
    orderBy: $orderBy
    first: $first
    hierarchy: $hierarchy
  ) {
    period {
      ...PeriodFields
    }
    grouping
    total {
      ...PerformanceRowFields
    }
    rows {
      ...PerformanceRowFields
    }
  }
}
    ${PeriodFieldsFragmentDoc}
${PerformanceRowFieldsFragmentDoc}`;
export const PerformanceByDealDocument = `
    query PerformanceByDeal($period: String!, $groupBy: PerformanceGrouping!, $scope: PerformanceScope, $orderBy: PerformanceOrder, $first: Int) {
  performance(
    period: $period
    scope: $scope
    groupBy: $groupBy
    orderBy: $orderBy
    first: $first
  ) {
    period {
      ...PeriodFields
    }
    grouping
    total {
      ...PerformanceRowFields
    }
    rows {
      ...DealGroupRowFields
    }
  }
}
    ${PeriodFieldsFragmentDoc}
${PerformanceRowFieldsFragmentDoc}
${DealGroupRowFieldsFragmentDoc}`;
export const LostDealsByReasonDocument = `
    query LostDealsByReason($period: String!, $scope: PerformanceScope) {
  performance(period: $period, scope: $scope, groupBy: LOSS_REASON) {
    period {
      ...PeriodFields
    }
    total {
      lostCount
    }
    rows {
      key
      label
      lossReason {
        id
        externalId
        label
      }
      lostCount
    }
  }
}
    ${PeriodFieldsFragmentDoc}`;
export const PerformanceTrendDocument = `
    query PerformanceTrend($period: String!, $periods: Int, $scope: PerformanceScope, $groupBy: PerformanceGrouping, $hierarchy: PerformanceHierarchy) {
  performanceTrend(
    period: $period
    periods: $periods
    scope: $scope
    groupBy: $groupBy
    hierarchy: $hierarchy
  ) {
    grouping
    points {
      period {
        ...PeriodFields
      }
      total {
        ...PerformanceRowFields
      }
      rows {
        ...PerformanceRowFields
      }
    }
  }
}
    ${PeriodFieldsFragmentDoc}
${PerformanceRowFieldsFragmentDoc}`;
export const PerformanceComparisonDocument = `
    query PerformanceComparison($period: String!, $a: PerformanceScope!, $b: PerformanceScope!, $hierarchy: PerformanceHierarchy) {
  performanceComparison(period: $period, a: $a, b: $b, hierarchy: $hierarchy) {
    period {
      ...PeriodFields
    }
    a {
      ...PerformanceRowFields
    }
    b {
      ...PerformanceRowFields
    }
    ratio {
      bookings
      quota
      attainment
      wonCount
      winRate
      openPipeline
    }
  }
}
    ${PeriodFieldsFragmentDoc}
${PerformanceRowFieldsFragmentDoc}`;
export const AttainmentDistributionDocument = `
    query AttainmentDistribution($period: String!, $scope: PerformanceScope, $improvement: Decimal, $hierarchy: PerformanceHierarchy) {
  attainmentDistribution(
    period: $period
    scope: $scope
    improvement: $improvement
    hierarchy: $hierarchy
  ) {
    period {
      ...PeriodFields
    }
    repCount
    repsAtOrAboveQuota
    shareAtOrAboveQuota
    mean
    p10
    p25
    median
    p75
    p90
    histogram {
      lowerBound
      upperBound
      repCount
      share
    }
    movingTheMiddle {
      improvement
      middleRepCount
      middleBookings
      middleGain
      topDecileRepCount
      topDecileBookings
      topDecileGain
      middleToTopRatio
    }
    bands {
      band
      repCount
      bookings
      reps {
        rank
        name
        rep {
          id
        }
        bookings
        quota
        attainment
      }
    }
  }
}
    ${PeriodFieldsFragmentDoc}`;
export const NewHireRampDocument = `
    query NewHireRamp($hiredFrom: Date!, $hiredTo: Date!, $months: Int, $asOf: Date, $roles: [RepRole!], $scope: RampScope) {
  newHireRamp(
    hiredFrom: $hiredFrom
    hiredTo: $hiredTo
    months: $months
    asOf: $asOf
    roles: $roles
    scope: $scope
  ) {
    hiredFrom
    hiredTo
    asOf
    months
    repCount
    repsWithFirstDeal
    avgMonthsToFirstDeal
    medianMonthsToFirstDeal
    reps {
      rep {
        id
      }
      name
      hireDate
      firstDealDate
      daysToFirstDeal
      monthsToFirstDeal
    }
    tenureMonths {
      tenureMonth
      repCount
      repsWithFirstDeal
      bookings
      quota
      attainment
    }
  }
}
    `;
export const SalesPlansDocument = `
    query SalesPlans($first: Int, $after: String, $filter: SalesPlanFilter) {
  salesPlans(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...SalesPlanFields
      }
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}`;
export const SalesPlanDocument = `
    query SalesPlan($id: ID!) {
  node(id: $id) {
    id
    ... on SalesPlan {
      ...SalesPlanFields
      territories {
        id
        name
        kind
      }
      capacityLines {
        ...CapacityLineFields
      }
      quotaCheck {
        target
        quotaTotal
        difference
        matchesTarget
        repCount
      }
      capacity {
        target
        yearCapacity
        gap
        hiresNeeded
        months {
          month
          periodKey
          heads
          rampedHeads
          productiveCapacity
        }
      }
      territoryBalance {
        territories {
          territory {
            id
          }
          name
          isLeaf
          accountCount
          totalArr
          openPipeline
          lastYearBookings
          primaryRepCount
        }
        unassigned {
          accountCount
          totalArr
          openPipeline
          lastYearBookings
        }
        spread {
          accountCount
          totalArr
          openPipeline
          lastYearBookings
        }
      }
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}
${CapacityLineFieldsFragmentDoc}`;
export const CreateSalesPlanDocument = `
    mutation CreateSalesPlan($input: CreateSalesPlanInput!) {
  createSalesPlan(input: $input) {
    salesPlan {
      ...SalesPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpdateSalesPlanDocument = `
    mutation UpdateSalesPlan($input: UpdateSalesPlanInput!) {
  updateSalesPlan(input: $input) {
    salesPlan {
      ...SalesPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CloneSalesPlanDocument = `
    mutation CloneSalesPlan($input: CloneSalesPlanInput!) {
  cloneSalesPlan(input: $input) {
    salesPlan {
      ...SalesPlanFields
    }
    copied {
      territories
      rules
      assignments
      quotas
      capacityLines
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const ActivateSalesPlanDocument = `
    mutation ActivateSalesPlan($input: ActivateSalesPlanInput!) {
  activateSalesPlan(input: $input) {
    salesPlan {
      ...SalesPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const ArchiveSalesPlanDocument = `
    mutation ArchiveSalesPlan($input: ArchiveSalesPlanInput!) {
  archiveSalesPlan(input: $input) {
    salesPlan {
      ...SalesPlanFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${SalesPlanFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CompareSalesPlansDocument = `
    query CompareSalesPlans($baseId: ID!, $scenarioId: ID!) {
  compareSalesPlans(baseId: $baseId, scenarioId: $scenarioId) {
    base {
      salesPlan {
        id
      }
      territoryCount
      primaryRepCount
      quotaTotal
      unassignedAccountCount
    }
    scenario {
      salesPlan {
        id
      }
      territoryCount
      primaryRepCount
      quotaTotal
      unassignedAccountCount
    }
    delta {
      territoryCount
      primaryRepCount
      quotaTotal
      unassignedAccountCount
    }
  }
}
    `;
export const TerritoriesDocument = `
    query Territories($first: Int, $after: String, $filter: TerritoryFilter, $asOf: Date) {
  territories(first: $first, after: $after, filter: $filter, asOf: $asOf) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...TerritoryFields
        accounts {
          totalCount
        }
      }
    }
  }
}
    ${TerritoryFieldsFragmentDoc}
${TerritoryRuleFieldsFragmentDoc}`;
export const CreateTerritoryDocument = `
    mutation CreateTerritory($input: CreateTerritoryInput!) {
  createTerritory(input: $input) {
    territory {
      ...TerritoryFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${TerritoryFieldsFragmentDoc}
${TerritoryRuleFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const SetTerritoryRulesDocument = `
    mutation SetTerritoryRules($input: SetTerritoryRulesInput!) {
  setTerritoryRules(input: $input) {
    territory {
      ...TerritoryFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${TerritoryFieldsFragmentDoc}
${TerritoryRuleFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CreateTerritoryAssignmentDocument = `
    mutation CreateTerritoryAssignment($input: CreateTerritoryAssignmentInput!) {
  createTerritoryAssignment(input: $input) {
    assignment {
      id
      role
      startDate
      endDate
      rep {
        id
      }
      territory {
        id
      }
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const UpdateTerritoryDocument = `
    mutation UpdateTerritory($input: UpdateTerritoryInput!) {
  updateTerritory(input: $input) {
    territory {
      ...TerritoryFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${TerritoryFieldsFragmentDoc}
${TerritoryRuleFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteTerritoryDocument = `
    mutation DeleteTerritory($input: DeleteTerritoryInput!) {
  deleteTerritory(input: $input) {
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const UpdateTerritoryAssignmentDocument = `
    mutation UpdateTerritoryAssignment($input: UpdateTerritoryAssignmentInput!) {
  updateTerritoryAssignment(input: $input) {
    assignment {
      ...TerritoryAssignmentFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${TerritoryAssignmentFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteTerritoryAssignmentDocument = `
    mutation DeleteTerritoryAssignment($input: DeleteTerritoryAssignmentInput!) {
  deleteTerritoryAssignment(input: $input) {
    territory {
      id
      assignments {
        id
      }
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const PreviewTerritoryRulesDocument = `
    query PreviewTerritoryRules($salesPlanId: ID!, $territoryId: ID, $preserveExisting: Boolean, $limit: Int) {
  previewTerritoryRules(
    salesPlanId: $salesPlanId
    territoryId: $territoryId
    preserveExisting: $preserveExisting
    limit: $limit
  ) {
    accountCount
    routedCount
    changeCount
    conflictCount
    unmatchedCount
    territories {
      territory {
        id
        name
      }
      currentAccountCount
      proposedAccountCount
      gainedCount
      lostCount
    }
    accounts {
      ...AccountRoutingFields
    }
    conflicts {
      ...AccountRoutingFields
    }
    unmatched {
      ...AccountRoutingFields
    }
  }
}
    ${AccountRoutingFieldsFragmentDoc}`;
export const ApplyTerritoryRulesDocument = `
    mutation ApplyTerritoryRules($input: ApplyTerritoryRulesInput!) {
  applyTerritoryRules(input: $input) {
    routedCount
    movedCount
    conflictCount
    unmatchedCount
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const MoveAccountsToTerritoryDocument = `
    mutation MoveAccountsToTerritory($input: MoveAccountsToTerritoryInput!) {
  moveAccountsToTerritory(input: $input) {
    movedCount
    territory {
      id
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const QuotasDocument = `
    query Quotas($first: Int, $after: String, $filter: QuotaFilter, $asOf: Date) {
  quotas(first: $first, after: $after, filter: $filter, asOf: $asOf) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...QuotaFields
      }
    }
  }
}
    ${QuotaFieldsFragmentDoc}`;
export const SetQuotasDocument = `
    mutation SetQuotas($input: SetQuotasInput!) {
  setQuotas(input: $input) {
    writtenCount
    removedCount
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const PreviewQuotaAllocationDocument = `
    query PreviewQuotaAllocation($input: QuotaAllocationInput!) {
  previewQuotaAllocation(input: $input) {
    ...QuotaAllocationFields
  }
}
    ${QuotaAllocationFieldsFragmentDoc}`;
export const AllocateQuotasDocument = `
    mutation AllocateQuotas($input: AllocateQuotasInput!) {
  allocateQuotas(input: $input) {
    allocation {
      ...QuotaAllocationFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${QuotaAllocationFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const CreateCapacityLineDocument = `
    mutation CreateCapacityLine($input: CreateCapacityLineInput!) {
  createCapacityLine(input: $input) {
    capacityLine {
      ...CapacityLineFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CapacityLineFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpdateCapacityLineDocument = `
    mutation UpdateCapacityLine($input: UpdateCapacityLineInput!) {
  updateCapacityLine(input: $input) {
    capacityLine {
      ...CapacityLineFields
    }
    salesPlan {
      id
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${CapacityLineFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteCapacityLineDocument = `
    mutation DeleteCapacityLine($input: DeleteCapacityLineInput!) {
  deleteCapacityLine(input: $input) {
    salesPlan {
      id
      version
      capacityLines {
        id
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const RetentionDocument = `
    query Retention($period: String!, $groupBy: RetentionGrouping) {
  retention(period: $period, groupBy: $groupBy) {
    period {
      key
      start
      end
    }
    groupBy
    total {
      ...RetentionFigures
    }
    rows {
      label
      segment
      industry
      territory {
        id
        name
      }
      startingArr
      newArr
      expansionArr
      reactivationArr
      contractionArr
      churnedArr
      endingArr
      startingAccounts
      churnedAccounts
      grossRevenueRetention {
        value
        nullReason
      }
      netRevenueRetention {
        value
        nullReason
      }
      logoChurnRate {
        value
        nullReason
      }
    }
  }
}
    ${RetentionFiguresFragmentDoc}`;
export const UpsertInstalledProductsDocument = `
    mutation UpsertInstalledProducts($input: UpsertInstalledProductsInput!) {
  upsertInstalledProducts(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const UpsertQuotasDocument = `
    mutation UpsertQuotas($input: UpsertQuotasInput!) {
  upsertQuotas(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const ImportOpportunityHistoryDocument = `
    mutation ImportOpportunityHistory($input: ImportOpportunityHistoryInput!) {
  importOpportunityHistory(input: $input) {
    created
    updated
    unchanged
    replayed
    results {
      ...UpsertRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UpsertRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteOpportunitiesDocument = `
    mutation DeleteOpportunities($input: DeleteOpportunitiesInput!) {
  deleteOpportunities(input: $input) {
    deleted
    replayed
    results {
      ...DeletedRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${DeletedRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteAccountsDocument = `
    mutation DeleteAccounts($input: DeleteAccountsInput!) {
  deleteAccounts(input: $input) {
    deleted
    replayed
    results {
      ...DeletedRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${DeletedRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteProductsDocument = `
    mutation DeleteProducts($input: DeleteProductsInput!) {
  deleteProducts(input: $input) {
    deleted
    replayed
    results {
      ...DeletedRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${DeletedRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteInstalledProductsDocument = `
    mutation DeleteInstalledProducts($input: DeleteInstalledProductsInput!) {
  deleteInstalledProducts(input: $input) {
    deleted
    replayed
    results {
      ...DeletedRowResultFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${DeletedRowResultFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const AuditEventsDocument = `
    query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {
  auditEvents(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        actorType
        actorId
        requestId
        action
        entityType
        entityId
        before
        after
        topic
        eventType
        createdAt
      }
    }
  }
}
    `;
export const WebhookSubscriptionsDocument = `
    query WebhookSubscriptions($first: Int, $after: String, $last: Int, $before: String) {
  webhookSubscriptions(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...WebhookSubscriptionFields
      }
    }
  }
}
    ${WebhookSubscriptionFieldsFragmentDoc}`;
export const WebhookDeliveriesDocument = `
    query WebhookDeliveries($first: Int, $after: String, $last: Int, $before: String, $filter: WebhookDeliveryFilter) {
  webhookDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        eventId
        eventType
        status
        attempts
        lastStatusCode
        lastError
        lastAttemptAt
        deliveredAt
        createdAt
        attemptLog {
          attempt
          statusCode
          error
          durationMs
          attemptedAt
        }
        subscription {
          id
        }
      }
    }
  }
}
    `;
export const CreateWebhookSubscriptionDocument = `
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    webhookSubscription {
      ...WebhookSubscriptionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${WebhookSubscriptionFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const PauseWebhookSubscriptionDocument = `
    mutation PauseWebhookSubscription($input: WebhookSubscriptionIdInput!) {
  pauseWebhookSubscription(input: $input) {
    webhookSubscription {
      ...WebhookSubscriptionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${WebhookSubscriptionFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const ResumeWebhookSubscriptionDocument = `
    mutation ResumeWebhookSubscription($input: WebhookSubscriptionIdInput!) {
  resumeWebhookSubscription(input: $input) {
    webhookSubscription {
      ...WebhookSubscriptionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${WebhookSubscriptionFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const RotateWebhookSecretDocument = `
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    secret
    previousSecretExpiresAt
    webhookSubscription {
      ...WebhookSubscriptionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${WebhookSubscriptionFieldsFragmentDoc}
${UserErrorFieldsFragmentDoc}`;
export const DeleteWebhookSubscriptionDocument = `
    mutation DeleteWebhookSubscription($input: WebhookSubscriptionIdInput!) {
  deleteWebhookSubscription(input: $input) {
    deletedId
    userErrors {
      ...UserErrorFields
    }
  }
}
    ${UserErrorFieldsFragmentDoc}`;
export const WhitespaceDocument = `
    query Whitespace($scope: WhitespaceScope, $filter: WhitespaceFilter, $granularity: WhitespaceGranularity, $orderBy: AccountWhitespaceOrder, $first: Int, $after: String, $statuses: [WhitespaceStatus!]) {
  whitespace(
    scope: $scope
    filter: $filter
    granularity: $granularity
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    products {
      id
      name
      family
    }
    edges {
      cursor
      node {
        account {
          id
          name
          industry
          segment
        }
        ownedCount
        inPipelineCount
        whitespaceCount
        totalEstimatedValue
        totalExpectedValue
        cells(statuses: $statuses) {
          product {
            id
            name
          }
          family
          status
          arr
          openPipeline
          propensity
          estimatedValue
          expectedValue
          evidence {
            ...PeerEvidenceFields
          }
        }
      }
    }
  }
}
    ${PeerEvidenceFieldsFragmentDoc}`;
export const WhitespaceSummaryDocument = `
    query WhitespaceSummary($groupBy: WhitespaceGrouping!, $scope: WhitespaceScope, $filter: WhitespaceFilter, $granularity: WhitespaceGranularity) {
  whitespaceSummary(
    groupBy: $groupBy
    scope: $scope
    filter: $filter
    granularity: $granularity
  ) {
    groupBy
    total {
      accountCount
      productCount
      ownedCount
      inPipelineCount
      whitespaceCount
      penetration
      totalEstimatedValue
      totalExpectedValue
      openPipeline
    }
    groups {
      product {
        id
        name
      }
      territory {
        id
        name
      }
      rep {
        id
        name
      }
      family
      segment
      industry
      accountCount
      productCount
      ownedCount
      inPipelineCount
      whitespaceCount
      penetration
      totalEstimatedValue
      totalExpectedValue
      openPipeline
    }
  }
}
    `;
export const WhitespaceOpportunitiesDocument = `
    query WhitespaceOpportunities($scope: WhitespaceScope, $filter: WhitespaceFilter, $granularity: WhitespaceGranularity, $first: Int, $after: String) {
  whitespaceOpportunities(
    scope: $scope
    filter: $filter
    granularity: $granularity
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        account {
          id
          name
        }
        product {
          id
          name
        }
        family
        propensity
        estimatedValue
        expectedValue
        evidence {
          ...PeerEvidenceFields
        }
      }
    }
  }
}
    ${PeerEvidenceFieldsFragmentDoc}`;
export type Requester<C = {}> = <R, V>(doc: string, vars?: V, options?: C) => Promise<R> | AsyncIterable<R>
export function getSdk<C>(requester: Requester<C>) {
  return {
    ApiKeys(variables?: Types.ApiKeysQueryVariables, options?: C): Promise<Types.ApiKeysQuery> {
      return requester<Types.ApiKeysQuery, Types.ApiKeysQueryVariables>(ApiKeysDocument, variables, options) as Promise<Types.ApiKeysQuery>;
    },
    CreateApiKey(variables: Types.CreateApiKeyMutationVariables, options?: C): Promise<Types.CreateApiKeyMutation> {
      return requester<Types.CreateApiKeyMutation, Types.CreateApiKeyMutationVariables>(CreateApiKeyDocument, variables, options) as Promise<Types.CreateApiKeyMutation>;
    },
    RevokeApiKey(variables: Types.RevokeApiKeyMutationVariables, options?: C): Promise<Types.RevokeApiKeyMutation> {
      return requester<Types.RevokeApiKeyMutation, Types.RevokeApiKeyMutationVariables>(RevokeApiKeyDocument, variables, options) as Promise<Types.RevokeApiKeyMutation>;
    },
    BulkOperationRunQuery(variables: Types.BulkOperationRunQueryMutationVariables, options?: C): Promise<Types.BulkOperationRunQueryMutation> {
      return requester<Types.BulkOperationRunQueryMutation, Types.BulkOperationRunQueryMutationVariables>(BulkOperationRunQueryDocument, variables, options) as Promise<Types.BulkOperationRunQueryMutation>;
    },
    BulkOperation(variables: Types.BulkOperationQueryVariables, options?: C): Promise<Types.BulkOperationQuery> {
      return requester<Types.BulkOperationQuery, Types.BulkOperationQueryVariables>(BulkOperationDocument, variables, options) as Promise<Types.BulkOperationQuery>;
    },
    BulkOperations(variables?: Types.BulkOperationsQueryVariables, options?: C): Promise<Types.BulkOperationsQuery> {
      return requester<Types.BulkOperationsQuery, Types.BulkOperationsQueryVariables>(BulkOperationsDocument, variables, options) as Promise<Types.BulkOperationsQuery>;
    },
    BulkOperationCancel(variables: Types.BulkOperationCancelMutationVariables, options?: C): Promise<Types.BulkOperationCancelMutation> {
      return requester<Types.BulkOperationCancelMutation, Types.BulkOperationCancelMutationVariables>(BulkOperationCancelDocument, variables, options) as Promise<Types.BulkOperationCancelMutation>;
    },
    CompPlans(variables?: Types.CompPlansQueryVariables, options?: C): Promise<Types.CompPlansQuery> {
      return requester<Types.CompPlansQuery, Types.CompPlansQueryVariables>(CompPlansDocument, variables, options) as Promise<Types.CompPlansQuery>;
    },
    CreateCompPlan(variables: Types.CreateCompPlanMutationVariables, options?: C): Promise<Types.CreateCompPlanMutation> {
      return requester<Types.CreateCompPlanMutation, Types.CreateCompPlanMutationVariables>(CreateCompPlanDocument, variables, options) as Promise<Types.CreateCompPlanMutation>;
    },
    PublishCompPlan(variables: Types.PublishCompPlanMutationVariables, options?: C): Promise<Types.PublishCompPlanMutation> {
      return requester<Types.PublishCompPlanMutation, Types.PublishCompPlanMutationVariables>(PublishCompPlanDocument, variables, options) as Promise<Types.PublishCompPlanMutation>;
    },
    CompAssignments(variables?: Types.CompAssignmentsQueryVariables, options?: C): Promise<Types.CompAssignmentsQuery> {
      return requester<Types.CompAssignmentsQuery, Types.CompAssignmentsQueryVariables>(CompAssignmentsDocument, variables, options) as Promise<Types.CompAssignmentsQuery>;
    },
    CreateCompAssignment(variables: Types.CreateCompAssignmentMutationVariables, options?: C): Promise<Types.CreateCompAssignmentMutation> {
      return requester<Types.CreateCompAssignmentMutation, Types.CreateCompAssignmentMutationVariables>(CreateCompAssignmentDocument, variables, options) as Promise<Types.CreateCompAssignmentMutation>;
    },
    PayoutRuns(variables?: Types.PayoutRunsQueryVariables, options?: C): Promise<Types.PayoutRunsQuery> {
      return requester<Types.PayoutRunsQuery, Types.PayoutRunsQueryVariables>(PayoutRunsDocument, variables, options) as Promise<Types.PayoutRunsQuery>;
    },
    PayoutRun(variables: Types.PayoutRunQueryVariables, options?: C): Promise<Types.PayoutRunQuery> {
      return requester<Types.PayoutRunQuery, Types.PayoutRunQueryVariables>(PayoutRunDocument, variables, options) as Promise<Types.PayoutRunQuery>;
    },
    ComputePayoutRun(variables: Types.ComputePayoutRunMutationVariables, options?: C): Promise<Types.ComputePayoutRunMutation> {
      return requester<Types.ComputePayoutRunMutation, Types.ComputePayoutRunMutationVariables>(ComputePayoutRunDocument, variables, options) as Promise<Types.ComputePayoutRunMutation>;
    },
    ApprovePayoutRun(variables: Types.ApprovePayoutRunMutationVariables, options?: C): Promise<Types.ApprovePayoutRunMutation> {
      return requester<Types.ApprovePayoutRunMutation, Types.ApprovePayoutRunMutationVariables>(ApprovePayoutRunDocument, variables, options) as Promise<Types.ApprovePayoutRunMutation>;
    },
    PayoutStatement(variables: Types.PayoutStatementQueryVariables, options?: C): Promise<Types.PayoutStatementQuery> {
      return requester<Types.PayoutStatementQuery, Types.PayoutStatementQueryVariables>(PayoutStatementDocument, variables, options) as Promise<Types.PayoutStatementQuery>;
    },
    SimulateCompensation(variables: Types.SimulateCompensationQueryVariables, options?: C): Promise<Types.SimulateCompensationQuery> {
      return requester<Types.SimulateCompensationQuery, Types.SimulateCompensationQueryVariables>(SimulateCompensationDocument, variables, options) as Promise<Types.SimulateCompensationQuery>;
    },
    UpdateCompPlan(variables: Types.UpdateCompPlanMutationVariables, options?: C): Promise<Types.UpdateCompPlanMutation> {
      return requester<Types.UpdateCompPlanMutation, Types.UpdateCompPlanMutationVariables>(UpdateCompPlanDocument, variables, options) as Promise<Types.UpdateCompPlanMutation>;
    },
    CreateCompPlanVersion(variables: Types.CreateCompPlanVersionMutationVariables, options?: C): Promise<Types.CreateCompPlanVersionMutation> {
      return requester<Types.CreateCompPlanVersionMutation, Types.CreateCompPlanVersionMutationVariables>(CreateCompPlanVersionDocument, variables, options) as Promise<Types.CreateCompPlanVersionMutation>;
    },
    RetireCompPlan(variables: Types.RetireCompPlanMutationVariables, options?: C): Promise<Types.RetireCompPlanMutation> {
      return requester<Types.RetireCompPlanMutation, Types.RetireCompPlanMutationVariables>(RetireCompPlanDocument, variables, options) as Promise<Types.RetireCompPlanMutation>;
    },
    UpdateCompAssignment(variables: Types.UpdateCompAssignmentMutationVariables, options?: C): Promise<Types.UpdateCompAssignmentMutation> {
      return requester<Types.UpdateCompAssignmentMutation, Types.UpdateCompAssignmentMutationVariables>(UpdateCompAssignmentDocument, variables, options) as Promise<Types.UpdateCompAssignmentMutation>;
    },
    EndCompAssignment(variables: Types.EndCompAssignmentMutationVariables, options?: C): Promise<Types.EndCompAssignmentMutation> {
      return requester<Types.EndCompAssignmentMutation, Types.EndCompAssignmentMutationVariables>(EndCompAssignmentDocument, variables, options) as Promise<Types.EndCompAssignmentMutation>;
    },
    CompPlanCost(variables: Types.CompPlanCostQueryVariables, options?: C): Promise<Types.CompPlanCostQuery> {
      return requester<Types.CompPlanCostQuery, Types.CompPlanCostQueryVariables>(CompPlanCostDocument, variables, options) as Promise<Types.CompPlanCostQuery>;
    },
    RecomputePayoutRun(variables: Types.RecomputePayoutRunMutationVariables, options?: C): Promise<Types.RecomputePayoutRunMutation> {
      return requester<Types.RecomputePayoutRunMutation, Types.RecomputePayoutRunMutationVariables>(RecomputePayoutRunDocument, variables, options) as Promise<Types.RecomputePayoutRunMutation>;
    },
    MarkPayoutRunPaid(variables: Types.MarkPayoutRunPaidMutationVariables, options?: C): Promise<Types.MarkPayoutRunPaidMutation> {
      return requester<Types.MarkPayoutRunPaidMutation, Types.MarkPayoutRunPaidMutationVariables>(MarkPayoutRunPaidDocument, variables, options) as Promise<Types.MarkPayoutRunPaidMutation>;
    },
    PayoutAdjustments(variables?: Types.PayoutAdjustmentsQueryVariables, options?: C): Promise<Types.PayoutAdjustmentsQuery> {
      return requester<Types.PayoutAdjustmentsQuery, Types.PayoutAdjustmentsQueryVariables>(PayoutAdjustmentsDocument, variables, options) as Promise<Types.PayoutAdjustmentsQuery>;
    },
    CreatePayoutAdjustment(variables: Types.CreatePayoutAdjustmentMutationVariables, options?: C): Promise<Types.CreatePayoutAdjustmentMutation> {
      return requester<Types.CreatePayoutAdjustmentMutation, Types.CreatePayoutAdjustmentMutationVariables>(CreatePayoutAdjustmentDocument, variables, options) as Promise<Types.CreatePayoutAdjustmentMutation>;
    },
    Disputes(variables?: Types.DisputesQueryVariables, options?: C): Promise<Types.DisputesQuery> {
      return requester<Types.DisputesQuery, Types.DisputesQueryVariables>(DisputesDocument, variables, options) as Promise<Types.DisputesQuery>;
    },
    OpenDispute(variables: Types.OpenDisputeMutationVariables, options?: C): Promise<Types.OpenDisputeMutation> {
      return requester<Types.OpenDisputeMutation, Types.OpenDisputeMutationVariables>(OpenDisputeDocument, variables, options) as Promise<Types.OpenDisputeMutation>;
    },
    ResolveDispute(variables: Types.ResolveDisputeMutationVariables, options?: C): Promise<Types.ResolveDisputeMutation> {
      return requester<Types.ResolveDisputeMutation, Types.ResolveDisputeMutationVariables>(ResolveDisputeDocument, variables, options) as Promise<Types.ResolveDisputeMutation>;
    },
    Organization(variables?: Types.OrganizationQueryVariables, options?: C): Promise<Types.OrganizationQuery> {
      return requester<Types.OrganizationQuery, Types.OrganizationQueryVariables>(OrganizationDocument, variables, options) as Promise<Types.OrganizationQuery>;
    },
    Viewer(variables?: Types.ViewerQueryVariables, options?: C): Promise<Types.ViewerQuery> {
      return requester<Types.ViewerQuery, Types.ViewerQueryVariables>(ViewerDocument, variables, options) as Promise<Types.ViewerQuery>;
    },
    Reps(variables?: Types.RepsQueryVariables, options?: C): Promise<Types.RepsQuery> {
      return requester<Types.RepsQuery, Types.RepsQueryVariables>(RepsDocument, variables, options) as Promise<Types.RepsQuery>;
    },
    Hierarchy(variables?: Types.HierarchyQueryVariables, options?: C): Promise<Types.HierarchyQuery> {
      return requester<Types.HierarchyQuery, Types.HierarchyQueryVariables>(HierarchyDocument, variables, options) as Promise<Types.HierarchyQuery>;
    },
    Accounts(variables?: Types.AccountsQueryVariables, options?: C): Promise<Types.AccountsQuery> {
      return requester<Types.AccountsQuery, Types.AccountsQueryVariables>(AccountsDocument, variables, options) as Promise<Types.AccountsQuery>;
    },
    Products(variables?: Types.ProductsQueryVariables, options?: C): Promise<Types.ProductsQuery> {
      return requester<Types.ProductsQuery, Types.ProductsQueryVariables>(ProductsDocument, variables, options) as Promise<Types.ProductsQuery>;
    },
    LossReasons(variables?: Types.LossReasonsQueryVariables, options?: C): Promise<Types.LossReasonsQuery> {
      return requester<Types.LossReasonsQuery, Types.LossReasonsQueryVariables>(LossReasonsDocument, variables, options) as Promise<Types.LossReasonsQuery>;
    },
    Opportunities(variables?: Types.OpportunitiesQueryVariables, options?: C): Promise<Types.OpportunitiesQuery> {
      return requester<Types.OpportunitiesQuery, Types.OpportunitiesQueryVariables>(OpportunitiesDocument, variables, options) as Promise<Types.OpportunitiesQuery>;
    },
    InstalledProducts(variables?: Types.InstalledProductsQueryVariables, options?: C): Promise<Types.InstalledProductsQuery> {
      return requester<Types.InstalledProductsQuery, Types.InstalledProductsQueryVariables>(InstalledProductsDocument, variables, options) as Promise<Types.InstalledProductsQuery>;
    },
    Node(variables: Types.NodeQueryVariables, options?: C): Promise<Types.NodeQuery> {
      return requester<Types.NodeQuery, Types.NodeQueryVariables>(NodeDocument, variables, options) as Promise<Types.NodeQuery>;
    },
    Nodes(variables: Types.NodesQueryVariables, options?: C): Promise<Types.NodesQuery> {
      return requester<Types.NodesQuery, Types.NodesQueryVariables>(NodesDocument, variables, options) as Promise<Types.NodesQuery>;
    },
    ForecastRange(variables: Types.ForecastRangeQueryVariables, options?: C): Promise<Types.ForecastRangeQuery> {
      return requester<Types.ForecastRangeQuery, Types.ForecastRangeQueryVariables>(ForecastRangeDocument, variables, options) as Promise<Types.ForecastRangeQuery>;
    },
    ForecastLiability(variables: Types.ForecastLiabilityQueryVariables, options?: C): Promise<Types.ForecastLiabilityQuery> {
      return requester<Types.ForecastLiabilityQuery, Types.ForecastLiabilityQueryVariables>(ForecastLiabilityDocument, variables, options) as Promise<Types.ForecastLiabilityQuery>;
    },
    Forecast(variables: Types.ForecastQueryVariables, options?: C): Promise<Types.ForecastQuery> {
      return requester<Types.ForecastQuery, Types.ForecastQueryVariables>(ForecastDocument, variables, options) as Promise<Types.ForecastQuery>;
    },
    SubmitForecast(variables: Types.SubmitForecastMutationVariables, options?: C): Promise<Types.SubmitForecastMutation> {
      return requester<Types.SubmitForecastMutation, Types.SubmitForecastMutationVariables>(SubmitForecastDocument, variables, options) as Promise<Types.SubmitForecastMutation>;
    },
    ForecastChanges(variables: Types.ForecastChangesQueryVariables, options?: C): Promise<Types.ForecastChangesQuery> {
      return requester<Types.ForecastChangesQuery, Types.ForecastChangesQueryVariables>(ForecastChangesDocument, variables, options) as Promise<Types.ForecastChangesQuery>;
    },
    ForecastAccuracy(variables: Types.ForecastAccuracyQueryVariables, options?: C): Promise<Types.ForecastAccuracyQuery> {
      return requester<Types.ForecastAccuracyQuery, Types.ForecastAccuracyQueryVariables>(ForecastAccuracyDocument, variables, options) as Promise<Types.ForecastAccuracyQuery>;
    },
    ForecastSnapshot(variables: Types.ForecastSnapshotQueryVariables, options?: C): Promise<Types.ForecastSnapshotQuery> {
      return requester<Types.ForecastSnapshotQuery, Types.ForecastSnapshotQueryVariables>(ForecastSnapshotDocument, variables, options) as Promise<Types.ForecastSnapshotQuery>;
    },
    ForecastBacktest(variables: Types.ForecastBacktestQueryVariables, options?: C): Promise<Types.ForecastBacktestQuery> {
      return requester<Types.ForecastBacktestQuery, Types.ForecastBacktestQueryVariables>(ForecastBacktestDocument, variables, options) as Promise<Types.ForecastBacktestQuery>;
    },
    Funnel(variables: Types.FunnelQueryVariables, options?: C): Promise<Types.FunnelQuery> {
      return requester<Types.FunnelQuery, Types.FunnelQueryVariables>(FunnelDocument, variables, options) as Promise<Types.FunnelQuery>;
    },
    WinLoss(variables: Types.WinLossQueryVariables, options?: C): Promise<Types.WinLossQuery> {
      return requester<Types.WinLossQuery, Types.WinLossQueryVariables>(WinLossDocument, variables, options) as Promise<Types.WinLossQuery>;
    },
    UpsertReps(variables: Types.UpsertRepsMutationVariables, options?: C): Promise<Types.UpsertRepsMutation> {
      return requester<Types.UpsertRepsMutation, Types.UpsertRepsMutationVariables>(UpsertRepsDocument, variables, options) as Promise<Types.UpsertRepsMutation>;
    },
    UpsertAccounts(variables: Types.UpsertAccountsMutationVariables, options?: C): Promise<Types.UpsertAccountsMutation> {
      return requester<Types.UpsertAccountsMutation, Types.UpsertAccountsMutationVariables>(UpsertAccountsDocument, variables, options) as Promise<Types.UpsertAccountsMutation>;
    },
    UpsertProducts(variables: Types.UpsertProductsMutationVariables, options?: C): Promise<Types.UpsertProductsMutation> {
      return requester<Types.UpsertProductsMutation, Types.UpsertProductsMutationVariables>(UpsertProductsDocument, variables, options) as Promise<Types.UpsertProductsMutation>;
    },
    UpsertLossReasons(variables: Types.UpsertLossReasonsMutationVariables, options?: C): Promise<Types.UpsertLossReasonsMutation> {
      return requester<Types.UpsertLossReasonsMutation, Types.UpsertLossReasonsMutationVariables>(UpsertLossReasonsDocument, variables, options) as Promise<Types.UpsertLossReasonsMutation>;
    },
    UpsertOpportunities(variables: Types.UpsertOpportunitiesMutationVariables, options?: C): Promise<Types.UpsertOpportunitiesMutation> {
      return requester<Types.UpsertOpportunitiesMutation, Types.UpsertOpportunitiesMutationVariables>(UpsertOpportunitiesDocument, variables, options) as Promise<Types.UpsertOpportunitiesMutation>;
    },
    Performance(variables: Types.PerformanceQueryVariables, options?: C): Promise<Types.PerformanceQuery> {
      return requester<Types.PerformanceQuery, Types.PerformanceQueryVariables>(PerformanceDocument, variables, options) as Promise<Types.PerformanceQuery>;
    },
    PerformanceByDeal(variables: Types.PerformanceByDealQueryVariables, options?: C): Promise<Types.PerformanceByDealQuery> {
      return requester<Types.PerformanceByDealQuery, Types.PerformanceByDealQueryVariables>(PerformanceByDealDocument, variables, options) as Promise<Types.PerformanceByDealQuery>;
    },
    LostDealsByReason(variables: Types.LostDealsByReasonQueryVariables, options?: C): Promise<Types.LostDealsByReasonQuery> {
      return requester<Types.LostDealsByReasonQuery, Types.LostDealsByReasonQueryVariables>(LostDealsByReasonDocument, variables, options) as Promise<Types.LostDealsByReasonQuery>;
    },
    PerformanceTrend(variables: Types.PerformanceTrendQueryVariables, options?: C): Promise<Types.PerformanceTrendQuery> {
      return requester<Types.PerformanceTrendQuery, Types.PerformanceTrendQueryVariables>(PerformanceTrendDocument, variables, options) as Promise<Types.PerformanceTrendQuery>;
    },
    PerformanceComparison(variables: Types.PerformanceComparisonQueryVariables, options?: C): Promise<Types.PerformanceComparisonQuery> {
      return requester<Types.PerformanceComparisonQuery, Types.PerformanceComparisonQueryVariables>(PerformanceComparisonDocument, variables, options) as Promise<Types.PerformanceComparisonQuery>;
    },
    AttainmentDistribution(variables: Types.AttainmentDistributionQueryVariables, options?: C): Promise<Types.AttainmentDistributionQuery> {
      return requester<Types.AttainmentDistributionQuery, Types.AttainmentDistributionQueryVariables>(AttainmentDistributionDocument, variables, options) as Promise<Types.AttainmentDistributionQuery>;
    },
    NewHireRamp(variables: Types.NewHireRampQueryVariables, options?: C): Promise<Types.NewHireRampQuery> {
      return requester<Types.NewHireRampQuery, Types.NewHireRampQueryVariables>(NewHireRampDocument, variables, options) as Promise<Types.NewHireRampQuery>;
    },
    SalesPlans(variables?: Types.SalesPlansQueryVariables, options?: C): Promise<Types.SalesPlansQuery> {
      return requester<Types.SalesPlansQuery, Types.SalesPlansQueryVariables>(SalesPlansDocument, variables, options) as Promise<Types.SalesPlansQuery>;
    },
    SalesPlan(variables: Types.SalesPlanQueryVariables, options?: C): Promise<Types.SalesPlanQuery> {
      return requester<Types.SalesPlanQuery, Types.SalesPlanQueryVariables>(SalesPlanDocument, variables, options) as Promise<Types.SalesPlanQuery>;
    },
    CreateSalesPlan(variables: Types.CreateSalesPlanMutationVariables, options?: C): Promise<Types.CreateSalesPlanMutation> {
      return requester<Types.CreateSalesPlanMutation, Types.CreateSalesPlanMutationVariables>(CreateSalesPlanDocument, variables, options) as Promise<Types.CreateSalesPlanMutation>;
    },
    UpdateSalesPlan(variables: Types.UpdateSalesPlanMutationVariables, options?: C): Promise<Types.UpdateSalesPlanMutation> {
      return requester<Types.UpdateSalesPlanMutation, Types.UpdateSalesPlanMutationVariables>(UpdateSalesPlanDocument, variables, options) as Promise<Types.UpdateSalesPlanMutation>;
    },
    CloneSalesPlan(variables: Types.CloneSalesPlanMutationVariables, options?: C): Promise<Types.CloneSalesPlanMutation> {
      return requester<Types.CloneSalesPlanMutation, Types.CloneSalesPlanMutationVariables>(CloneSalesPlanDocument, variables, options) as Promise<Types.CloneSalesPlanMutation>;
    },
    ActivateSalesPlan(variables: Types.ActivateSalesPlanMutationVariables, options?: C): Promise<Types.ActivateSalesPlanMutation> {
      return requester<Types.ActivateSalesPlanMutation, Types.ActivateSalesPlanMutationVariables>(ActivateSalesPlanDocument, variables, options) as Promise<Types.ActivateSalesPlanMutation>;
    },
    ArchiveSalesPlan(variables: Types.ArchiveSalesPlanMutationVariables, options?: C): Promise<Types.ArchiveSalesPlanMutation> {
      return requester<Types.ArchiveSalesPlanMutation, Types.ArchiveSalesPlanMutationVariables>(ArchiveSalesPlanDocument, variables, options) as Promise<Types.ArchiveSalesPlanMutation>;
    },
    CompareSalesPlans(variables: Types.CompareSalesPlansQueryVariables, options?: C): Promise<Types.CompareSalesPlansQuery> {
      return requester<Types.CompareSalesPlansQuery, Types.CompareSalesPlansQueryVariables>(CompareSalesPlansDocument, variables, options) as Promise<Types.CompareSalesPlansQuery>;
    },
    Territories(variables?: Types.TerritoriesQueryVariables, options?: C): Promise<Types.TerritoriesQuery> {
      return requester<Types.TerritoriesQuery, Types.TerritoriesQueryVariables>(TerritoriesDocument, variables, options) as Promise<Types.TerritoriesQuery>;
    },
    CreateTerritory(variables: Types.CreateTerritoryMutationVariables, options?: C): Promise<Types.CreateTerritoryMutation> {
      return requester<Types.CreateTerritoryMutation, Types.CreateTerritoryMutationVariables>(CreateTerritoryDocument, variables, options) as Promise<Types.CreateTerritoryMutation>;
    },
    SetTerritoryRules(variables: Types.SetTerritoryRulesMutationVariables, options?: C): Promise<Types.SetTerritoryRulesMutation> {
      return requester<Types.SetTerritoryRulesMutation, Types.SetTerritoryRulesMutationVariables>(SetTerritoryRulesDocument, variables, options) as Promise<Types.SetTerritoryRulesMutation>;
    },
    CreateTerritoryAssignment(variables: Types.CreateTerritoryAssignmentMutationVariables, options?: C): Promise<Types.CreateTerritoryAssignmentMutation> {
      return requester<Types.CreateTerritoryAssignmentMutation, Types.CreateTerritoryAssignmentMutationVariables>(CreateTerritoryAssignmentDocument, variables, options) as Promise<Types.CreateTerritoryAssignmentMutation>;
    },
    UpdateTerritory(variables: Types.UpdateTerritoryMutationVariables, options?: C): Promise<Types.UpdateTerritoryMutation> {
      return requester<Types.UpdateTerritoryMutation, Types.UpdateTerritoryMutationVariables>(UpdateTerritoryDocument, variables, options) as Promise<Types.UpdateTerritoryMutation>;
    },
    DeleteTerritory(variables: Types.DeleteTerritoryMutationVariables, options?: C): Promise<Types.DeleteTerritoryMutation> {
      return requester<Types.DeleteTerritoryMutation, Types.DeleteTerritoryMutationVariables>(DeleteTerritoryDocument, variables, options) as Promise<Types.DeleteTerritoryMutation>;
    },
    UpdateTerritoryAssignment(variables: Types.UpdateTerritoryAssignmentMutationVariables, options?: C): Promise<Types.UpdateTerritoryAssignmentMutation> {
      return requester<Types.UpdateTerritoryAssignmentMutation, Types.UpdateTerritoryAssignmentMutationVariables>(UpdateTerritoryAssignmentDocument, variables, options) as Promise<Types.UpdateTerritoryAssignmentMutation>;
    },
    DeleteTerritoryAssignment(variables: Types.DeleteTerritoryAssignmentMutationVariables, options?: C): Promise<Types.DeleteTerritoryAssignmentMutation> {
      return requester<Types.DeleteTerritoryAssignmentMutation, Types.DeleteTerritoryAssignmentMutationVariables>(DeleteTerritoryAssignmentDocument, variables, options) as Promise<Types.DeleteTerritoryAssignmentMutation>;
    },
    PreviewTerritoryRules(variables: Types.PreviewTerritoryRulesQueryVariables, options?: C): Promise<Types.PreviewTerritoryRulesQuery> {
      return requester<Types.PreviewTerritoryRulesQuery, Types.PreviewTerritoryRulesQueryVariables>(PreviewTerritoryRulesDocument, variables, options) as Promise<Types.PreviewTerritoryRulesQuery>;
    },
    ApplyTerritoryRules(variables: Types.ApplyTerritoryRulesMutationVariables, options?: C): Promise<Types.ApplyTerritoryRulesMutation> {
      return requester<Types.ApplyTerritoryRulesMutation, Types.ApplyTerritoryRulesMutationVariables>(ApplyTerritoryRulesDocument, variables, options) as Promise<Types.ApplyTerritoryRulesMutation>;
    },
    MoveAccountsToTerritory(variables: Types.MoveAccountsToTerritoryMutationVariables, options?: C): Promise<Types.MoveAccountsToTerritoryMutation> {
      return requester<Types.MoveAccountsToTerritoryMutation, Types.MoveAccountsToTerritoryMutationVariables>(MoveAccountsToTerritoryDocument, variables, options) as Promise<Types.MoveAccountsToTerritoryMutation>;
    },
    Quotas(variables?: Types.QuotasQueryVariables, options?: C): Promise<Types.QuotasQuery> {
      return requester<Types.QuotasQuery, Types.QuotasQueryVariables>(QuotasDocument, variables, options) as Promise<Types.QuotasQuery>;
    },
    SetQuotas(variables: Types.SetQuotasMutationVariables, options?: C): Promise<Types.SetQuotasMutation> {
      return requester<Types.SetQuotasMutation, Types.SetQuotasMutationVariables>(SetQuotasDocument, variables, options) as Promise<Types.SetQuotasMutation>;
    },
    PreviewQuotaAllocation(variables: Types.PreviewQuotaAllocationQueryVariables, options?: C): Promise<Types.PreviewQuotaAllocationQuery> {
      return requester<Types.PreviewQuotaAllocationQuery, Types.PreviewQuotaAllocationQueryVariables>(PreviewQuotaAllocationDocument, variables, options) as Promise<Types.PreviewQuotaAllocationQuery>;
    },
    AllocateQuotas(variables: Types.AllocateQuotasMutationVariables, options?: C): Promise<Types.AllocateQuotasMutation> {
      return requester<Types.AllocateQuotasMutation, Types.AllocateQuotasMutationVariables>(AllocateQuotasDocument, variables, options) as Promise<Types.AllocateQuotasMutation>;
    },
    CreateCapacityLine(variables: Types.CreateCapacityLineMutationVariables, options?: C): Promise<Types.CreateCapacityLineMutation> {
      return requester<Types.CreateCapacityLineMutation, Types.CreateCapacityLineMutationVariables>(CreateCapacityLineDocument, variables, options) as Promise<Types.CreateCapacityLineMutation>;
    },
    UpdateCapacityLine(variables: Types.UpdateCapacityLineMutationVariables, options?: C): Promise<Types.UpdateCapacityLineMutation> {
      return requester<Types.UpdateCapacityLineMutation, Types.UpdateCapacityLineMutationVariables>(UpdateCapacityLineDocument, variables, options) as Promise<Types.UpdateCapacityLineMutation>;
    },
    DeleteCapacityLine(variables: Types.DeleteCapacityLineMutationVariables, options?: C): Promise<Types.DeleteCapacityLineMutation> {
      return requester<Types.DeleteCapacityLineMutation, Types.DeleteCapacityLineMutationVariables>(DeleteCapacityLineDocument, variables, options) as Promise<Types.DeleteCapacityLineMutation>;
    },
    Retention(variables: Types.RetentionQueryVariables, options?: C): Promise<Types.RetentionQuery> {
      return requester<Types.RetentionQuery, Types.RetentionQueryVariables>(RetentionDocument, variables, options) as Promise<Types.RetentionQuery>;
    },
    UpsertInstalledProducts(variables: Types.UpsertInstalledProductsMutationVariables, options?: C): Promise<Types.UpsertInstalledProductsMutation> {
      return requester<Types.UpsertInstalledProductsMutation, Types.UpsertInstalledProductsMutationVariables>(UpsertInstalledProductsDocument, variables, options) as Promise<Types.UpsertInstalledProductsMutation>;
    },
    UpsertQuotas(variables: Types.UpsertQuotasMutationVariables, options?: C): Promise<Types.UpsertQuotasMutation> {
      return requester<Types.UpsertQuotasMutation, Types.UpsertQuotasMutationVariables>(UpsertQuotasDocument, variables, options) as Promise<Types.UpsertQuotasMutation>;
    },
    ImportOpportunityHistory(variables: Types.ImportOpportunityHistoryMutationVariables, options?: C): Promise<Types.ImportOpportunityHistoryMutation> {
      return requester<Types.ImportOpportunityHistoryMutation, Types.ImportOpportunityHistoryMutationVariables>(ImportOpportunityHistoryDocument, variables, options) as Promise<Types.ImportOpportunityHistoryMutation>;
    },
    DeleteOpportunities(variables: Types.DeleteOpportunitiesMutationVariables, options?: C): Promise<Types.DeleteOpportunitiesMutation> {
      return requester<Types.DeleteOpportunitiesMutation, Types.DeleteOpportunitiesMutationVariables>(DeleteOpportunitiesDocument, variables, options) as Promise<Types.DeleteOpportunitiesMutation>;
    },
    DeleteAccounts(variables: Types.DeleteAccountsMutationVariables, options?: C): Promise<Types.DeleteAccountsMutation> {
      return requester<Types.DeleteAccountsMutation, Types.DeleteAccountsMutationVariables>(DeleteAccountsDocument, variables, options) as Promise<Types.DeleteAccountsMutation>;
    },
    DeleteProducts(variables: Types.DeleteProductsMutationVariables, options?: C): Promise<Types.DeleteProductsMutation> {
      return requester<Types.DeleteProductsMutation, Types.DeleteProductsMutationVariables>(DeleteProductsDocument, variables, options) as Promise<Types.DeleteProductsMutation>;
    },
    DeleteInstalledProducts(variables: Types.DeleteInstalledProductsMutationVariables, options?: C): Promise<Types.DeleteInstalledProductsMutation> {
      return requester<Types.DeleteInstalledProductsMutation, Types.DeleteInstalledProductsMutationVariables>(DeleteInstalledProductsDocument, variables, options) as Promise<Types.DeleteInstalledProductsMutation>;
    },
    AuditEvents(variables?: Types.AuditEventsQueryVariables, options?: C): Promise<Types.AuditEventsQuery> {
      return requester<Types.AuditEventsQuery, Types.AuditEventsQueryVariables>(AuditEventsDocument, variables, options) as Promise<Types.AuditEventsQuery>;
    },
    WebhookSubscriptions(variables?: Types.WebhookSubscriptionsQueryVariables, options?: C): Promise<Types.WebhookSubscriptionsQuery> {
      return requester<Types.WebhookSubscriptionsQuery, Types.WebhookSubscriptionsQueryVariables>(WebhookSubscriptionsDocument, variables, options) as Promise<Types.WebhookSubscriptionsQuery>;
    },
    WebhookDeliveries(variables?: Types.WebhookDeliveriesQueryVariables, options?: C): Promise<Types.WebhookDeliveriesQuery> {
      return requester<Types.WebhookDeliveriesQuery, Types.WebhookDeliveriesQueryVariables>(WebhookDeliveriesDocument, variables, options) as Promise<Types.WebhookDeliveriesQuery>;
    },
    CreateWebhookSubscription(variables: Types.CreateWebhookSubscriptionMutationVariables, options?: C): Promise<Types.CreateWebhookSubscriptionMutation> {
      return requester<Types.CreateWebhookSubscriptionMutation, Types.CreateWebhookSubscriptionMutationVariables>(CreateWebhookSubscriptionDocument, variables, options) as Promise<Types.CreateWebhookSubscriptionMutation>;
    },
    PauseWebhookSubscription(variables: Types.PauseWebhookSubscriptionMutationVariables, options?: C): Promise<Types.PauseWebhookSubscriptionMutation> {
      return requester<Types.PauseWebhookSubscriptionMutation, Types.PauseWebhookSubscriptionMutationVariables>(PauseWebhookSubscriptionDocument, variables, options) as Promise<Types.PauseWebhookSubscriptionMutation>;
    },
    ResumeWebhookSubscription(variables: Types.ResumeWebhookSubscriptionMutationVariables, options?: C): Promise<Types.ResumeWebhookSubscriptionMutation> {
      return requester<Types.ResumeWebhookSubscriptionMutation, Types.ResumeWebhookSubscriptionMutationVariables>(ResumeWebhookSubscriptionDocument, variables, options) as Promise<Types.ResumeWebhookSubscriptionMutation>;
    },
    RotateWebhookSecret(variables: Types.RotateWebhookSecretMutationVariables, options?: C): Promise<Types.RotateWebhookSecretMutation> {
      return requester<Types.RotateWebhookSecretMutation, Types.RotateWebhookSecretMutationVariables>(RotateWebhookSecretDocument, variables, options) as Promise<Types.RotateWebhookSecretMutation>;
    },
    DeleteWebhookSubscription(variables: Types.DeleteWebhookSubscriptionMutationVariables, options?: C): Promise<Types.DeleteWebhookSubscriptionMutation> {
      return requester<Types.DeleteWebhookSubscriptionMutation, Types.DeleteWebhookSubscriptionMutationVariables>(DeleteWebhookSubscriptionDocument, variables, options) as Promise<Types.DeleteWebhookSubscriptionMutation>;
    },
    Whitespace(variables?: Types.WhitespaceQueryVariables, options?: C): Promise<Types.WhitespaceQuery> {
      return requester<Types.WhitespaceQuery, Types.WhitespaceQueryVariables>(WhitespaceDocument, variables, options) as Promise<Types.WhitespaceQuery>;
    },
    WhitespaceSummary(variables: Types.WhitespaceSummaryQueryVariables, options?: C): Promise<Types.WhitespaceSummaryQuery> {
      return requester<Types.WhitespaceSummaryQuery, Types.WhitespaceSummaryQueryVariables>(WhitespaceSummaryDocument, variables, options) as Promise<Types.WhitespaceSummaryQuery>;
    },
    WhitespaceOpportunities(variables?: Types.WhitespaceOpportunitiesQueryVariables, options?: C): Promise<Types.WhitespaceOpportunitiesQuery> {
      return requester<Types.WhitespaceOpportunitiesQuery, Types.WhitespaceOpportunitiesQueryVariables>(WhitespaceOpportunitiesDocument, variables, options) as Promise<Types.WhitespaceOpportunitiesQuery>;
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;