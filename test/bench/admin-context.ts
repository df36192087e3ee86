// The request context the benchmarks run their operations with: an organization-wide admin, built
// as the server builds one per request (a new context, so no loader cache is carried over).
import { ORGANIZATION_WIDE } from '../../api/src/access/visibility.js';
import type { Database } from '../../api/src/db/database.js';
import { buildContext, type OrganizationSettings } from '../../api/src/shared/context.js';

export function adminContext(db: Database, org: OrganizationSettings) {
  return buildContext(
    db,
    { organizationId: org.id, principal: 'system:bench', repId: null, scopes: new Set(['admin']) },
    org,
    undefined,
    ORGANIZATION_WIDE,
  );
}
