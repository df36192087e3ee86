// Who a bulk operation's job runs as. The job starts later than the request that submitted it,
// possibly in another process, so it rebuilds the caller's viewer and visibility from what is
// current when it starts: an API key is read again (revoked, expired or its rep gone: the job
// fails ACCESS_DENIED), its scopes and rep as they are now; a JWT user's scopes and rep were
// stored at submission (a token cannot be verified again without the token), and their rep
// must still be employed. Visibility is resolved from the hierarchy as authentication does.
import { repHasLeft } from '../access/api-keys.js';
import { resolveVisibility, type Visibility } from '../access/visibility.js';
import type { Database } from '../db/database.js';
import type { BulkOperation } from '../generated/prisma/client.js';
import type { OrganizationSettings, Viewer } from '../shared/context.js';

export type Caller =
  | { ok: true; viewer: Viewer; organization: OrganizationSettings; visibility: Visibility }
  | { ok: false; reason: string };

export async function rebuildCaller(db: Database, op: BulkOperation, now = new Date()): Promise<Caller> {
  const organization = await db.prisma.organization.findUnique({
    where: { id: op.organizationId },
    select: { id: true, name: true, fiscalYearStartMonth: true, timeZone: true, currency: true },
  });
  if (!organization) return { ok: false, reason: 'the organization no longer exists' };
  let viewer: Viewer;
  if (op.apiKeyId != null) {
    const key = await db.prisma.apiKey.findFirst({
      where: { id: op.apiKeyId, organizationId: op.organizationId },
      select: {
        scopes: true,
        repId: true,
        revokedAt: true,
        expiresAt: true,
        rep: { select: { terminationDate: true } },
      },
    });
    if (!key) return { ok: false, reason: 'the API key no longer exists' };
    if (key.revokedAt) return { ok: false, reason: 'the API key was revoked' };
    if (key.expiresAt && key.expiresAt <= now) return { ok: false, reason: 'the API key expired' };
    if (key.rep && repHasLeft(key.rep.terminationDate, now)) return { ok: false, reason: 'the key’s rep has left' };
    viewer = {
      organizationId: op.organizationId,
      principal: op.principal,
      repId: key.repId,
      scopes: new Set(key.scopes),
      apiKeyId: op.apiKeyId,
    };
  } else {
    if (op.repId != null) {
      const rep = await db.prisma.rep.findFirst({
        where: { id: op.repId, organizationId: op.organizationId },
        select: { terminationDate: true },
      });
      if (!rep || repHasLeft(rep.terminationDate, now)) return { ok: false, reason: 'the user’s rep has left' };
    }
    viewer = {
      organizationId: op.organizationId,
      principal: op.principal,
      repId: op.repId,
      scopes: new Set(op.scopes),
      apiKeyId: null,
    };
  }
  return { ok: true, viewer, organization, visibility: await resolveVisibility(db.sql, viewer) };
}
