// Ingestion for integrations: bulk upserts of reps, accounts, products and opportunities keyed by
// the CRM's externalId. Callable without HTTP: give it the organization's tenant-scoped Prisma
// client and the principal, get back what happened to each row.
import { GraphQLError } from 'graphql';
import type { Context } from '../shared/context.js';
import { tenantPrisma } from '../shared/tenant.js';
import { type AccountRowInput, accountUpsert } from './accounts.js';
import {
  accountDeletion,
  type InstalledProductTombstoneInput,
  installedProductDeletion,
  opportunityDeletion,
  productDeletion,
  type TombstoneRowInput,
} from './deletions.js';
import { type HistoryEventInput, historyImport } from './history.js';
import { type InstalledProductRowInput, installedProductUpsert } from './installed-products.js';
import { type LossReasonRowInput, lossReasonUpsert } from './loss-reasons.js';
import { type OpportunityRowInput, opportunityUpsert } from './opportunities.js';
import { type ProductRowInput, productUpsert } from './products.js';
import { type QuotaRowInput, quotaUpsert } from './quotas.js';
import { type RepRowInput, repUpsert } from './reps.js';
import { type IngestionCaller, runUpsert, type UpsertOptions, type UpsertOutcome } from './runner.js';

export type { AccountRowInput } from './accounts.js';
export type { InstalledProductTombstoneInput, TombstoneRowInput } from './deletions.js';
export type { HistoryEventInput } from './history.js';
export type { InstalledProductRowInput } from './installed-products.js';
export type { LossReasonRowInput } from './loss-reasons.js';
export type { LineItemInput, OpportunityRowInput, SplitInput } from './opportunities.js';
export type { ProductRowInput } from './products.js';
export type { QuotaRowInput } from './quotas.js';
export type { RepRowInput } from './reps.js';
export { type IngestionCaller, MAX_ROWS, type RowResult, type UpsertOptions, type UpsertOutcome } from './runner.js';

/**
 * The caller of a GraphQL request. Ingestion is an organization-wide operation (gated by the
 * `write:ingest` scope): rows are matched by externalId against every row of the organization, so
 * it uses a client confined to the organization only, not to the caller's hierarchy visibility
 * (a visibility-filtered lookup would take a stored deal it cannot see for a new one). That
 * client is for organization-level callers only, as a CRM's integration user is: a caller acting
 * as a rep (a rep-bound key, a user token mapped to a rep) is refused, or it could rewrite a
 * peer's deals, splits and manager. Keys can no longer be created so (access/api-keys.ts); this
 * also stops those created before, and user tokens.
 */
export function callerOf(ctx: Context): IngestionCaller {
  if (ctx.viewer.repId != null) {
    throw new GraphQLError(
      'write:ingest is organization-level: a caller acting as a rep cannot ingest; use a key bound to no rep.',
      { extensions: { code: 'FORBIDDEN' } },
    );
  }
  return {
    prisma: tenantPrisma(ctx.db.prisma, ctx.organization.id),
    organizationId: ctx.organization.id,
    principal: ctx.viewer.principal,
    repId: ctx.viewer.repId,
    requestId: ctx.requestId,
  };
}

export function upsertReps(
  caller: IngestionCaller,
  rows: RepRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, repUpsert, rows, options);
}

export function upsertAccounts(
  caller: IngestionCaller,
  rows: AccountRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, accountUpsert, rows, options);
}

export function upsertProducts(
  caller: IngestionCaller,
  rows: ProductRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, productUpsert, rows, options);
}

export function upsertLossReasons(
  caller: IngestionCaller,
  rows: LossReasonRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, lossReasonUpsert, rows, options);
}

export function upsertOpportunities(
  caller: IngestionCaller,
  rows: OpportunityRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, opportunityUpsert, rows, options);
}

export function upsertInstalledProducts(
  caller: IngestionCaller,
  rows: InstalledProductRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, installedProductUpsert, rows, options);
}

export function upsertQuotas(
  caller: IngestionCaller,
  rows: QuotaRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, quotaUpsert, rows, options);
}

export function importOpportunityHistory(
  caller: IngestionCaller,
  rows: HistoryEventInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, historyImport, rows, options);
}

export function deleteOpportunities(
  caller: IngestionCaller,
  rows: TombstoneRowInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, opportunityDeletion, rows, options);
}

/** With `cascade`, an account's opportunities and installed products are deleted with it. */
export function deleteAccounts(
  caller: IngestionCaller,
  rows: TombstoneRowInput[],
  cascade: boolean,
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(
    caller,
    accountDeletion,
    rows.map((row) => ({ ...row, cascade })),
    options,
  );
}

/** With `cascade`, a product's installed products are deleted with it. */
export function deleteProducts(
  caller: IngestionCaller,
  rows: TombstoneRowInput[],
  cascade: boolean,
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(
    caller,
    productDeletion,
    rows.map((row) => ({ ...row, cascade })),
    options,
  );
}

export function deleteInstalledProducts(
  caller: IngestionCaller,
  rows: InstalledProductTombstoneInput[],
  options?: UpsertOptions,
): Promise<UpsertOutcome> {
  return runUpsert(caller, installedProductDeletion, rows, options);
}
