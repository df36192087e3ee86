// The key `pnpm start` prints: an admin key for the demo organization, so GraphiQL works without
// a setup step. Outside production only (COXSWAIN_DEMO_KEY=off turns it off); each start revokes
// the previous start's key and issues a new one, valid for 30 days, with an audit event.
import type { Database } from '../db/database.js';
import { issueApiKey, revokeApiKeys } from './api-keys.js';

export const DEMO_KEY_NAME = 'demo key (pnpm start)';
const DEMO_KEY_DAYS = 30;

export interface DemoKey {
  token: string;
  organizationName: string;
}

export async function issueDemoKey(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<DemoKey | null> {
  if (env.NODE_ENV === 'production' || env.COXSWAIN_DEMO_KEY === 'off') return null;
  const slug = env.COXSWAIN_ORG;
  const [org] = await db.sql.query<{ id: number; name: string }>(
    slug
      ? 'SELECT id, name FROM "Organization" WHERE slug = $1'
      : 'SELECT id, name FROM "Organization" ORDER BY id LIMIT 1',
    slug ? [slug] : [],
  );
  if (!org) return null;
  await revokeApiKeys(db.sql, { organizationId: org.id, name: DEMO_KEY_NAME }, 'system:start');
  const key = await issueApiKey(
    db.sql,
    {
      organizationId: org.id,
      name: DEMO_KEY_NAME,
      scopes: ['admin'],
      expiresAt: new Date(Date.now() + DEMO_KEY_DAYS * 86_400_000),
    },
    'system:start',
  );
  return { token: key.token, organizationName: org.name };
}
