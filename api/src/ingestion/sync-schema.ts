// Partner-sync mutations next to the entity upserts of schema.ts: installed products, quotas,
// back-dated opportunity history and tombstones (docs/ingestion.md). Same scope, same row rules,
// same runner; the resolvers pass GraphQL input to the service.
import { ForecastCategoryEnum, OpportunityStageEnum } from '../pipeline/schema.js';
import { builder } from '../shared/builder.js';
import { UserErrorRef } from '../shared/user-errors-schema.js';
import {
  ATOMIC,
  INGEST_SCOPE,
  KEY_DESCRIPTION,
  MODE_DESCRIPTION,
  payload,
  ROWS_DESCRIPTION,
  UpsertModeEnum,
} from './schema.js';
import {
  callerOf,
  deleteAccounts,
  deleteInstalledProducts,
  deleteOpportunities,
  deleteProducts,
  importOpportunityHistory,
  MAX_ROWS,
  type RowResult,
  type UpsertOutcome,
  upsertInstalledProducts,
  upsertQuotas,
} from './service.js';

builder.prismaObjectField('AccountProduct', 'endDate', (t) =>
  t.expose('endDate', {
    type: 'Date',
    nullable: true,
    description: 'First day the product is no longer installed (exclusive); null = open-ended.',
  }),
);

// ---------------------------------------------------------------- installed products

const UpsertInstalledProductRow = builder.inputType('UpsertInstalledProductRow', {
  description:
    'A product an account owns (a subscription or installed product), keyed by the pair accountExternalId x productExternalId. Its ARR history is kept effective-dated (docs/ingestion.md).',
  fields: (t) => ({
    accountExternalId: t.string({ description: 'Required. externalId of a stored account.' }),
    productExternalId: t.string({ description: 'Required. externalId of a stored product.' }),
    arr: t.field({
      type: 'Decimal',
      description: 'Required. Current annual recurring revenue; not negative, at most 2 decimals.',
    }),
    startDate: t.field({ type: 'Date', description: 'Required. First day the product is installed.' }),
    endDate: t.field({
      type: 'Date',
      description:
        'First day the product is no longer installed (exclusive), after startDate. Omitted: kept in MERGE mode (open-ended for a new row), open-ended in REPLACE mode; null: open-ended.',
    }),
    arrEffectiveDate: t.field({
      type: 'Date',
      description:
        "Day a changed arr takes effect (default: today in the organization's time zone); within [startDate, endDate) and not before the latest ARR change. A new installation's ARR applies from its startDate.",
    }),
  }),
});

const UpsertInstalledProductsInput = builder.inputType('UpsertInstalledProductsInput', {
  description: 'Installed products to create or update, keyed by account and product externalIds.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertInstalledProductRow], required: true, description: ROWS_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
    mode: t.field({ type: UpsertModeEnum, description: MODE_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- quotas

const UpsertQuotaRow = builder.inputType('UpsertQuotaRow', {
  description:
    "A rep's quota for a fiscal period, written into the ACTIVE sales plan of the period's fiscal year (docs/design.md §5).",
  fields: (t) => ({
    repExternalId: t.string({ description: 'Required. externalId of a stored rep.' }),
    periodKey: t.string({
      description: 'Required. Fiscal period key: FY2027, FY2027-Q3 or FY2027-M07 (docs/design.md §3).',
    }),
    amount: t.field({ type: 'Decimal', description: 'Required. Quota amount; not negative, at most 2 decimals.' }),
  }),
});

const UpsertQuotasInput = builder.inputType('UpsertQuotasInput', {
  description: 'Quotas to create or update, keyed by rep externalId and period key.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertQuotaRow], required: true, description: ROWS_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- history

const OpportunityHistoryEventRow = builder.inputType('OpportunityHistoryEventRow', {
  description:
    "A deal's state after one change in the source system, at the instant it happened. Keyed by (opportunityExternalId, changedAt): an event stored with the same values is left as it is.",
  fields: (t) => ({
    opportunityExternalId: t.string({ description: 'Required. externalId of a stored opportunity.' }),
    changedAt: t.field({
      type: 'DateTime',
      description:
        "Required. When the change happened; not in the future, and after the previous row of the same deal in this call (send each deal's events in time order).",
    }),
    stage: t.field({ type: OpportunityStageEnum, description: 'Required. Stage after the change.' }),
    amount: t.field({ type: 'Decimal', description: 'Required. Amount after the change; not negative.' }),
    closeDate: t.field({ type: 'Date', description: 'Required. Close date after the change.' }),
    forecastCategory: t.field({
      type: ForecastCategoryEnum,
      description: 'Forecast category after the change; default by stage, with the same rules as upsertOpportunities.',
    }),
  }),
});

const ImportOpportunityHistoryInput = builder.inputType('ImportOpportunityHistoryInput', {
  description: 'Back-dated stage and amount events of stored opportunities.',
  fields: (t) => ({
    rows: t.field({
      type: [OpportunityHistoryEventRow],
      required: true,
      description: `The events, 1 to ${MAX_ROWS}. Each is checked on its own: valid events are written, each invalid one is skipped and reported in userErrors.`,
    }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- tombstones

const TombstoneRow = builder.inputType('TombstoneRow', {
  description: 'A record deleted in the source system.',
  fields: (t) => ({
    externalId: t.string({ description: 'Required. externalId of the stored record; unknown is a row error.' }),
  }),
});

const InstalledProductTombstoneRow = builder.inputType('InstalledProductTombstoneRow', {
  description: 'An installed product deleted in the source system.',
  fields: (t) => ({
    accountExternalId: t.string({ description: 'Required. externalId of the account.' }),
    productExternalId: t.string({ description: 'Required. externalId of the product installed at it.' }),
  }),
});

const TOMBSTONES = `The tombstones, 1 to ${MAX_ROWS}, once per record. An unknown externalId (never synced, already deleted, or another organization's) is a row error.`;

const DeleteOpportunitiesInput = builder.inputType('DeleteOpportunitiesInput', {
  description: 'Opportunities deleted in the source system.',
  fields: (t) => ({
    rows: t.field({ type: [TombstoneRow], required: true, description: TOMBSTONES }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});
const DeleteAccountsInput = builder.inputType('DeleteAccountsInput', {
  description: 'Accounts deleted in the source system.',
  fields: (t) => ({
    rows: t.field({ type: [TombstoneRow], required: true, description: TOMBSTONES }),
    cascade: t.boolean({
      defaultValue: false,
      description:
        'Delete the accounts’ opportunities and installed products with them. Without it, an account that has any is refused.',
    }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});
const DeleteProductsInput = builder.inputType('DeleteProductsInput', {
  description: 'Products deleted in the source system.',
  fields: (t) => ({
    rows: t.field({ type: [TombstoneRow], required: true, description: TOMBSTONES }),
    cascade: t.boolean({
      defaultValue: false,
      description:
        'Delete the products’ installed products with them. Without it, an installed product is refused; a product on any deal’s line items is refused either way.',
    }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});
const DeleteInstalledProductsInput = builder.inputType('DeleteInstalledProductsInput', {
  description: 'Installed products deleted in the source system.',
  fields: (t) => ({
    rows: t.field({ type: [InstalledProductTombstoneRow], required: true, description: TOMBSTONES }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

const DeletedRowResult = builder.objectRef<RowResult>('DeletedRowResult').implement({
  description: 'A record a tombstone call deleted.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the row in `input.rows` (from 0).' }),
    externalId: t.exposeString('externalId', {
      description: 'The externalId of the row (`<account>/<product>` for an installed product).',
    }),
    id: t.exposeID('id', {
      description: 'Global ID the record had (for an installed product: its account’s); it no longer resolves.',
    }),
  }),
});

function deletePayload(name: string, noun: string) {
  return builder.objectRef<UpsertOutcome>(name).implement({
    description: `Result of a tombstone call for ${noun}.`,
    fields: (t) => ({
      deleted: t.exposeInt('deleted', { description: `Number of ${noun} deleted.` }),
      results: t.field({
        type: [DeletedRowResult],
        description: 'One entry per deleted row, in input order; refused rows have none.',
        resolve: (o) => o.results,
      }),
      replayed: t.exposeBoolean('replayed', {
        description: 'True when this is the stored result of an earlier call with the same idempotency key.',
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why rows (or the whole input) were refused; `field` names the row and field.',
        resolve: (o) => o.userErrors,
      }),
    }),
  });
}

// ---------------------------------------------------------------- mutations

const UpsertInstalledProductsPayload = payload('UpsertInstalledProductsPayload', 'installed products');
const UpsertQuotasPayload = payload('UpsertQuotasPayload', 'quotas');
const ImportOpportunityHistoryPayload = payload('ImportOpportunityHistoryPayload', 'history events');
const DeleteOpportunitiesPayload = deletePayload('DeleteOpportunitiesPayload', 'opportunities');
const DeleteAccountsPayload = deletePayload('DeleteAccountsPayload', 'accounts');
const DeleteProductsPayload = deletePayload('DeleteProductsPayload', 'products');
const DeleteInstalledProductsPayload = deletePayload('DeleteInstalledProductsPayload', 'installed products');

builder.mutationFields((t) => ({
  upsertInstalledProducts: t.field({
    type: UpsertInstalledProductsPayload,
    description: `Creates or updates installed products by account and product externalId, keeping their ARR history; a result's id is the account's. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: {
      input: t.arg({ type: UpsertInstalledProductsInput, required: true, description: 'The installed products.' }),
    },
    resolve: (_root, { input }, ctx) =>
      upsertInstalledProducts(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey, mode: input.mode }),
  }),
  upsertQuotas: t.field({
    type: UpsertQuotasPayload,
    description: `Creates or updates quotas by rep externalId and period key in the fiscal year's ACTIVE sales plan. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: UpsertQuotasInput, required: true, description: 'The quotas.' }) },
    resolve: (_root, { input }, ctx) =>
      upsertQuotas(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey }),
  }),
  importOpportunityHistory: t.field({
    type: ImportOpportunityHistoryPayload,
    description: `Imports back-dated stage and amount events of opportunities, each with its own timestamp; re-sent events write nothing (status UNCHANGED); a result's id is the deal's. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: ImportOpportunityHistoryInput, required: true, description: 'The events.' }) },
    resolve: (_root, { input }, ctx) =>
      importOpportunityHistory(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey }),
  }),
  deleteOpportunities: t.field({
    type: DeleteOpportunitiesPayload,
    description: `Deletes opportunities by externalId, with their line items, splits and history. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: DeleteOpportunitiesInput, required: true, description: 'The tombstones.' }) },
    resolve: (_root, { input }, ctx) =>
      deleteOpportunities(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey }),
  }),
  deleteAccounts: t.field({
    type: DeleteAccountsPayload,
    description: `Deletes accounts by externalId; child accounts lose their parent. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: DeleteAccountsInput, required: true, description: 'The tombstones.' }) },
    resolve: (_root, { input }, ctx) =>
      deleteAccounts(callerOf(ctx), input.rows, input.cascade ?? false, { idempotencyKey: input.idempotencyKey }),
  }),
  deleteProducts: t.field({
    type: DeleteProductsPayload,
    description: `Deletes products by externalId. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: DeleteProductsInput, required: true, description: 'The tombstones.' }) },
    resolve: (_root, { input }, ctx) =>
      deleteProducts(callerOf(ctx), input.rows, input.cascade ?? false, { idempotencyKey: input.idempotencyKey }),
  }),
  deleteInstalledProducts: t.field({
    type: DeleteInstalledProductsPayload,
    description: `Deletes installed products by account and product externalId, with their ARR history. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: DeleteInstalledProductsInput, required: true, description: 'The tombstones.' }) },
    resolve: (_root, { input }, ctx) =>
      deleteInstalledProducts(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey }),
  }),
}));
