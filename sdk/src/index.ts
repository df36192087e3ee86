// @coxswain/sdk: a typed client for the Coxswain GraphQL API.
export type {
  BulkExport,
  BulkExportFormat,
  BulkExportOptions,
  BulkExportProgress,
  BulkOperationInfo,
  BulkOperationStatus,
} from './bulk.js';
export {
  type CallOptions,
  type ClientOptions,
  type CoxswainClient,
  createClient,
  type QueryCost,
  type ResponseInfo,
  retryAfterSeconds,
} from './client.js';
export * from './errors.js';
export { csvField, type ExportColumn, type ExportFormat, type ExportOptions, exportRows } from './export.js';
export type * from './generated/graphql.js';
export { persistedDocumentHashes } from './generated/persisted.js';
export { collect, fetchAll, type PageOf, paginate } from './paginate.js';
export { type PartialRow, partialRow } from './partial.js';
export {
  type VerifyWebhookOptions,
  verifyWebhookSignature,
  type WebhookEvent,
  WebhookSignatureError,
} from './webhooks.js';
