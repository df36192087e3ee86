// Per-request context: who is calling (the viewer), what they may see (the visibility), their
// organization's settings, and a Prisma client confined to that organization and visibility.
import { randomUUID } from 'node:crypto';
import { type Visibility, visibilityFromViewer } from '../access/visibility.js';
import type { ExportStorage } from '../bulk/storage.js';
import type { Database } from '../db/database.js';
import { type TenantPrisma, tenantPrisma } from './tenant.js';

export interface Viewer {
  organizationId: number;
  /** `key:<id>` (API key), `user:<sub>` (JWT) or `system:<job>`: recorded in audit events and idempotency records. */
  principal: string;
  /** The rep the caller acts as; null for service keys and users without a rep. */
  repId: number | null;
  /** Scopes as granted (implications are applied by `hasScope` in access/scopes.ts). */
  scopes: ReadonlySet<string>;
  /** The API key used, when the caller authenticated with one. */
  apiKeyId?: number | null;
}

export interface OrganizationSettings {
  id: number;
  name: string;
  fiscalYearStartMonth: number;
  timeZone: string;
  currency: string;
}

export interface Context {
  requestId: string;
  db: Database;
  /** Prisma confined to the viewer's organization and visibility; use it for every read and write. */
  prisma: TenantPrisma;
  viewer: Viewer;
  /** What the caller may see (access/visibility.ts); raw SQL applies it with visibleRepSql. */
  visibility: Visibility;
  organization: OrganizationSettings;
  /** Origin the request was sent to (e.g. `https://api.example.com`), for links the API hands out. */
  baseUrl?: string;
  /** The server's store of bulk export files, which signs their download links (bulk/links.ts). */
  exports?: ExportStorage;
  /**
   * Set while the operation reads a read replica (access/read-replica.ts): its statements must
   * not write, not even a cache (forecast/sql.ts).
   */
  readOnly?: boolean;
  /** Set on a bulk operation's job (bulk/runner.ts): larger pages, nested connections read whole. */
  bulkExport?: boolean;
}

/**
 * `visibility` is resolved by the server from the hierarchy; without it, a context built by hand
 * gets the least the viewer may see (see visibilityFromViewer).
 */
export function buildContext(
  db: Database,
  viewer: Viewer,
  organization: OrganizationSettings,
  requestId?: string,
  visibility: Visibility = visibilityFromViewer(viewer),
): Context {
  return {
    requestId: requestId ?? randomUUID(),
    db,
    prisma: tenantPrisma(db.prisma, viewer.organizationId, { visibility, viewer }, db.read),
    viewer,
    visibility,
    organization,
  };
}
