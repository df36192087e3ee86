// Who is calling (docs/design.md §2). Every request authenticates with an API key or a JWT in
// `Authorization: Bearer ...`; there is no anonymous or development mode. The server does this in
// its authentication plugin (access/plugins.ts), before the operation is parsed; resolveViewer is
// the same check for code that holds a bare Request.
import { GraphQLError } from 'graphql';
import { type Authenticator, createAuthenticator } from '../access/authenticate.js';
import { jwtOptionsFromEnv } from '../access/jwt.js';
import type { Database } from '../db/database.js';
import type { OrganizationSettings, Viewer, Visibility } from './context.js';

const authenticators = new WeakMap<Database, Authenticator>();

export async function resolveViewer(
  request: Request,
  db: Database,
): Promise<{ viewer: Viewer; organization: OrganizationSettings; visibility: Visibility }> {
  let authenticator = authenticators.get(db);
  if (!authenticator) {
    authenticator = createAuthenticator(db, { jwt: jwtOptionsFromEnv() });
    authenticators.set(db, authenticator);
  }
  const outcome = await authenticator.authenticate(request);
  if (!outcome.ok) {
    throw new GraphQLError(outcome.message, {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: { 'WWW-Authenticate': `Bearer realm="coxswain", error="${outcome.error}"` } },
      },
    });
  }
  return { viewer: outcome.viewer, organization: outcome.organization, visibility: outcome.visibility };
}
