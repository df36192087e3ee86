// Ingestion mutations for integrations (a CRM sync, a warehouse job): upsertReps, upsertAccounts,
// upsertProducts and upsertOpportunities. Each takes up to MAX_ROWS rows keyed by externalId,
// writes the valid ones in one transaction and reports each rejected row as a user error. The
// resolvers only pass GraphQL input to the service (service.ts), which does the work.
import { SegmentEnum } from '../accounts/schema.js';
import { RepRoleEnum } from '../people/schema.js';
import { ForecastCategoryEnum, OpportunityStageEnum, OpportunityTypeEnum, SplitTypeEnum } from '../pipeline/schema.js';
import { builder } from '../shared/builder.js';
import { UserErrorRef } from '../shared/user-errors-schema.js';
import { MAX_LINE_ITEMS, MAX_SPLITS } from './opportunities.js';
import { MAX_EDITION_RANK } from './products.js';
import { MAX_RAMP_MONTHS } from './reps.js';
import {
  callerOf,
  MAX_ROWS,
  type RowResult,
  type UpsertOutcome,
  upsertAccounts,
  upsertLossReasons,
  upsertOpportunities,
  upsertProducts,
  upsertReps,
} from './service.js';

/** Scope an API key needs to call the ingestion mutations (`admin` also passes). */
export const INGEST_SCOPE = 'write:ingest';

export const ROWS_DESCRIPTION = `The rows, 1 to ${MAX_ROWS}, each keyed by its externalId (once per call). How a row of a stored record is read depends on \`mode\`: in MERGE (the default) an omitted field keeps its stored value and an explicit null clears it; in REPLACE the row is the whole record and an omitted optional field is stored as empty (or its default). A row that creates a record must carry every Required field in both modes. Rows are checked one by one: valid rows are written, each invalid row is skipped and reported in userErrors (fields marked Required are nullable in the schema for this reason: a row missing one is refused on its own, not the whole call).`;
export const MODE_DESCRIPTION =
  'How rows of stored records are read: MERGE (default) changes only the fields a row carries; REPLACE takes each row as the whole record. See docs/ingestion.md "Partial updates".';
export const KEY_DESCRIPTION =
  'Makes retries safe: within 24 hours, a call with the same key (per caller and mutation) and the same rows returns the first result without writing again; the same key with different rows is refused with IDEMPOTENCY_KEY_REUSED.';

export const UpsertModeEnum = builder.enumType('UpsertMode', {
  description:
    'How a bulk upsert reads a row of a record that already exists (a row that creates a record must carry its required fields either way).',
  values: {
    MERGE: {
      value: 'MERGE',
      description:
        'A partial update: an omitted field or list keeps its stored value; an explicit null clears an optional field or a list (a required field cannot be cleared: null on it is refused), and resets a field with a default to its default. The default mode: leaving a field out never deletes data.',
    },
    REPLACE: {
      value: 'REPLACE',
      description:
        'The row is the whole record: an omitted optional field is stored as empty (or its default) and an omitted list as none.',
    },
  } as const,
});

const UpsertRowStatus = builder.enumType('UpsertRowStatus', {
  description: 'What an upsert did with one row.',
  values: {
    CREATED: { value: 'CREATED', description: 'No row had this externalId: a new object was created.' },
    UPDATED: { value: 'UPDATED', description: 'The object with this externalId was changed to match the row.' },
    UNCHANGED: { value: 'UNCHANGED', description: 'The object already matched the row: nothing was written.' },
  } as const,
});

const UpsertRowResultRef = builder.objectRef<RowResult>('UpsertRowResult').implement({
  description: 'The outcome of one accepted row of a bulk upsert.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the row in `input.rows` (from 0).' }),
    externalId: t.exposeString('externalId', { description: 'The externalId of the row.' }),
    id: t.exposeID('id', { description: 'Global ID of the created or updated object.' }),
    status: t.field({
      type: UpsertRowStatus,
      description: 'Created, updated or unchanged.',
      resolve: (r) => {
        // Tombstone calls have their own payload (sync-schema.ts): an upsert never deletes.
        if (r.status === 'DELETED') throw new Error('a deleted row in an upsert payload');
        return r.status;
      },
    }),
  }),
});

export function payload(name: string, noun: string) {
  return builder.objectRef<UpsertOutcome>(name).implement({
    description: `Result of a bulk upsert of ${noun}.`,
    fields: (t) => ({
      created: t.exposeInt('created', { description: `Number of ${noun} created.` }),
      updated: t.exposeInt('updated', { description: `Number of ${noun} changed.` }),
      unchanged: t.exposeInt('unchanged', { description: `Number of ${noun} that already matched their row.` }),
      results: t.field({
        type: [UpsertRowResultRef],
        description: 'One entry per accepted row, in input order; rejected rows have none.',
        resolve: (o) => o.results,
      }),
      replayed: t.exposeBoolean('replayed', {
        description: 'True when this is the stored result of an earlier call with the same idempotency key.',
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description:
          'Why rows (or the whole input) were refused; `field` names the row and field, e.g. ["input", "rows", "3", "closeDate"].',
        resolve: (o) => o.userErrors,
      }),
    }),
  });
}

// ---------------------------------------------------------------- reps

const UpsertRepRow = builder.inputType('UpsertRepRow', {
  description: 'A person in the sales organization, as the CRM or HR system knows them.',
  fields: (t) => ({
    externalId: t.string({ description: "Required. The source system's ID of the person." }),
    name: t.string({ description: 'Required. Full name.' }),
    email: t.string({
      description:
        'Required. Work email, unique in the organization ignoring case: an email another stored rep holds, in any case, is refused (moving an email between reps takes two calls).',
    }),
    role: t.field({ type: RepRoleEnum, description: 'Required. Job in the sales organization.' }),
    managerExternalId: t.string({
      description:
        'externalId of the direct manager: a stored rep or another row of this call. Omit at the top of the hierarchy. A link that makes a rep its own ancestor is refused.',
    }),
    region: t.string({ description: 'Required. Sales region, e.g. NA, EMEA, APAC.' }),
    segment: t.field({ type: SegmentEnum, description: 'Customer segment the rep sells to.' }),
    hireDate: t.field({ type: 'Date', description: 'Required. First day of employment.' }),
    terminationDate: t.field({ type: 'Date', description: 'Last day of employment; not before hireDate.' }),
    rampMonths: t.int({ description: `Months to full productivity, 0 to ${MAX_RAMP_MONTHS} (default 3).` }),
  }),
});

const UpsertRepsInput = builder.inputType('UpsertRepsInput', {
  description: 'Reps to create or update, keyed by externalId.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertRepRow], required: true, description: ROWS_DESCRIPTION }),
    mode: t.field({ type: UpsertModeEnum, description: MODE_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- accounts

const UpsertAccountRow = builder.inputType('UpsertAccountRow', {
  description: 'A customer or prospect company. Its segment is derived from employees; its territory is left as it is.',
  fields: (t) => ({
    externalId: t.string({ description: "Required. The CRM's ID of the account." }),
    name: t.string({ description: 'Required. Company name.' }),
    domain: t.string({ description: 'Web domain (stored in lower case).' }),
    industry: t.string({ description: 'Required. Industry.' }),
    country: t.string({ description: 'Required. ISO 3166 alpha-2 country code, e.g. "US".' }),
    region: t.string({ description: 'Required. Sales region.' }),
    employees: t.int({
      description: 'Required. Number of employees; sets the segment (SMB < 200 <= MID < 2000 <= ENT).',
    }),
    annualRevenue: t.field({ type: 'Decimal', description: 'Annual revenue; not negative, at most 2 decimals.' }),
    ownerExternalId: t.string({ description: 'externalId of the owning rep (a stored rep).' }),
    parentExternalId: t.string({
      description:
        'externalId of the parent company: a stored account or another row of this call. A link that makes an account its own ancestor is refused.',
    }),
  }),
});

const UpsertAccountsInput = builder.inputType('UpsertAccountsInput', {
  description: 'Accounts to create or update, keyed by externalId.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertAccountRow], required: true, description: ROWS_DESCRIPTION }),
    mode: t.field({ type: UpsertModeEnum, description: MODE_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- products

const UpsertProductRow = builder.inputType('UpsertProductRow', {
  description: 'Something the organization sells.',
  fields: (t) => ({
    externalId: t.string({ description: "Required. The CRM's ID of the product." }),
    name: t.string({ description: 'Required. Product name.' }),
    family: t.string({ description: 'Required. Product family (line).' }),
    editionRank: t.int({
      description: `Rank among the editions of the family, 1 = the lowest (e.g. Starter 1, Professional 2, Enterprise 3; equal ranks are the same tier), at most ${MAX_EDITION_RANK}; absent or null = not an edition (an add-on or other product of the family). See docs/design.md §6.`,
    }),
    listPrice: t.field({
      type: 'Decimal',
      description: 'Required. List price per unit; not negative, at most 2 decimals.',
    }),
    active: t.boolean({ description: 'Whether the product is still sold (default true).' }),
  }),
});

const UpsertProductsInput = builder.inputType('UpsertProductsInput', {
  description: 'Products to create or update, keyed by externalId.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertProductRow], required: true, description: ROWS_DESCRIPTION }),
    mode: t.field({ type: UpsertModeEnum, description: MODE_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- opportunities

const UpsertLineItem = builder.inputType('UpsertOpportunityLineItem', {
  description: 'A product on a deal. quantity x unitPrice must be a whole number of cents.',
  fields: (t) => ({
    productExternalId: t.string({ description: 'Required. externalId of a stored product.' }),
    quantity: t.field({ type: 'Decimal', description: 'Required. Units; more than 0, at most 2 decimals.' }),
    unitPrice: t.field({
      type: 'Decimal',
      description: 'Required. Price per unit after discount; not negative, at most 2 decimals.',
    }),
  }),
});

const UpsertSplit = builder.inputType('UpsertOpportunitySplit', {
  description: 'Credit for the deal given to a rep.',
  fields: (t) => ({
    repExternalId: t.string({ description: 'Required. externalId of a stored rep.' }),
    percent: t.field({
      type: 'Decimal',
      description: 'Required. Share of the amount, a fraction: more than 0, at most 1, at most 6 decimals.',
    }),
    splitType: t.field({
      type: SplitTypeEnum,
      description: 'Required. REVENUE splits of a deal total exactly 1; OVERLAY splits are on top.',
    }),
  }),
});

const UpsertOpportunityRow = builder.inputType('UpsertOpportunityRow', {
  description:
    'A deal with its line items and splits; a list that is sent replaces the stored one. A history entry is recorded when the deal is created and whenever its stage, amount, close date or forecast category changes.',
  fields: (t) => ({
    externalId: t.string({ description: "Required. The CRM's ID of the deal." }),
    name: t.string({ description: 'Required. Deal name.' }),
    accountExternalId: t.string({ description: 'Required. externalId of a stored account.' }),
    ownerExternalId: t.string({ description: 'Required. externalId of the owning rep (a stored rep).' }),
    amount: t.field({
      type: 'Decimal',
      description:
        'Deal amount. With line items it is their exact sum: omit it, or send that sum (anything else is refused). Required without line items, except in MERGE mode for a stored deal, which keeps its amount.',
    }),
    type: t.field({ type: OpportunityTypeEnum, description: 'Required. New business, expansion or renewal.' }),
    stage: t.field({ type: OpportunityStageEnum, description: 'Required. Current sales stage.' }),
    forecastCategory: t.field({
      type: ForecastCategoryEnum,
      description:
        'Forecast category. Default by stage: PIPELINE up to DISCOVERY, BEST_CASE for PROPOSAL, COMMIT for NEGOTIATION. CLOSED_WON deals must be CLOSED, CLOSED_LOST deals OMITTED, and open deals cannot be CLOSED. Omitted in MERGE mode: the stored category while the stage stays, else the default of the new stage.',
    }),
    createdDate: t.field({ type: 'Date', description: 'Required. Day the deal was created.' }),
    closeDate: t.field({
      type: 'Date',
      description: 'Required. Expected or actual close day; not before createdDate.',
    }),
    source: t.string({
      description: 'Where the deal came from (the lead source), e.g. Inbound, Outbound, Partner; free text.',
    }),
    lossReason: t.string({
      description:
        "Why the deal was lost: the externalId of one of the organization's active loss reasons (upsertLossReasons); an unknown or inactive one refuses the row. Only for CLOSED_LOST deals; a stored reason is dropped when the deal leaves CLOSED_LOST.",
    }),
    competitor: t.string({ description: 'The competitor the deal was lost to, or its main competitor; free text.' }),
    lineItems: t.field({
      type: [UpsertLineItem],
      description: `Products on the deal, at most ${MAX_LINE_ITEMS}; when sent, they replace the stored ones. Omitted: kept in MERGE mode, none in REPLACE mode; null or []: none.`,
    }),
    splits: t.field({
      type: [UpsertSplit],
      description: `Credit splits, at most ${MAX_SPLITS}, one per rep and type; when sent, they replace the stored ones. Omitted: kept in MERGE mode, none in REPLACE mode; null or []: none (the owner gets 100%).`,
    }),
  }),
});

const UpsertOpportunitiesInput = builder.inputType('UpsertOpportunitiesInput', {
  description: 'Opportunities to create or update, keyed by externalId.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertOpportunityRow], required: true, description: ROWS_DESCRIPTION }),
    mode: t.field({ type: UpsertModeEnum, description: MODE_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- loss reasons

const UpsertLossReasonRow = builder.inputType('UpsertLossReasonRow', {
  description: "One value of the organization's loss reason picklist.",
  fields: (t) => ({
    externalId: t.string({
      description: 'Required. The value as the CRM stores it, e.g. "Price"; what opportunity rows send as lossReason.',
    }),
    label: t.string({ description: 'Required. Display name.' }),
    active: t.boolean({
      description: 'Default true. Deals keep an inactive reason, but rows can no longer set it.',
    }),
  }),
});

const UpsertLossReasonsInput = builder.inputType('UpsertLossReasonsInput', {
  description: 'Loss reasons to create or update, keyed by externalId.',
  fields: (t) => ({
    rows: t.field({ type: [UpsertLossReasonRow], required: true, description: ROWS_DESCRIPTION }),
    mode: t.field({ type: UpsertModeEnum, description: MODE_DESCRIPTION }),
    idempotencyKey: t.string({ description: KEY_DESCRIPTION }),
  }),
});

// ---------------------------------------------------------------- mutations

const UpsertRepsPayload = payload('UpsertRepsPayload', 'reps');
const UpsertAccountsPayload = payload('UpsertAccountsPayload', 'accounts');
const UpsertProductsPayload = payload('UpsertProductsPayload', 'products');
const UpsertOpportunitiesPayload = payload('UpsertOpportunitiesPayload', 'opportunities');
const UpsertLossReasonsPayload = payload('UpsertLossReasonsPayload', 'loss reasons');

export const ATOMIC =
  'All accepted rows are written in one transaction: if the database fails, nothing of the call is written and the call returns an error.';

builder.mutationFields((t) => ({
  upsertReps: t.field({
    type: UpsertRepsPayload,
    description: `Creates or updates reps by externalId. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: UpsertRepsInput, required: true, description: 'The reps.' }) },
    resolve: (_root, { input }, ctx) =>
      upsertReps(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey, mode: input.mode }),
  }),
  upsertAccounts: t.field({
    type: UpsertAccountsPayload,
    description: `Creates or updates accounts by externalId. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: UpsertAccountsInput, required: true, description: 'The accounts.' }) },
    resolve: (_root, { input }, ctx) =>
      upsertAccounts(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey, mode: input.mode }),
  }),
  upsertProducts: t.field({
    type: UpsertProductsPayload,
    description: `Creates or updates products by externalId. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: UpsertProductsInput, required: true, description: 'The products.' }) },
    resolve: (_root, { input }, ctx) =>
      upsertProducts(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey, mode: input.mode }),
  }),
  upsertLossReasons: t.field({
    type: UpsertLossReasonsPayload,
    description: `Creates or updates the organization's loss reasons by externalId. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: UpsertLossReasonsInput, required: true, description: 'The loss reasons.' }) },
    resolve: (_root, { input }, ctx) =>
      upsertLossReasons(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey, mode: input.mode }),
  }),
  upsertOpportunities: t.field({
    type: UpsertOpportunitiesPayload,
    description: `Creates or updates opportunities with their line items and splits by externalId. ${ATOMIC}`,
    authScopes: { scope: INGEST_SCOPE },
    args: { input: t.arg({ type: UpsertOpportunitiesInput, required: true, description: 'The opportunities.' }) },
    resolve: (_root, { input }, ctx) =>
      upsertOpportunities(callerOf(ctx), input.rows, { idempotencyKey: input.idempotencyKey, mode: input.mode }),
  }),
}));
