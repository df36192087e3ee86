// The closed list of scopes an API key or a JWT can carry (docs/design.md §2), what each grants, and
// which scopes imply others. Scopes decide which fields a caller may use; the rows it sees within
// them are decided by visibility (visibility.ts); the scopes that also widen row access say so
// (read:all, write:plans, write:comp, admin).

export const SCOPES = {
  'read:people': 'Reps and the sales hierarchy (the directory: names, roles, managers).',
  'read:accounts': 'Accounts, their installed products, and the product catalog.',
  'read:pipeline': 'Opportunities with line items, splits and history, within the visible reps.',
  'read:plans': 'Sales plans, territories, capacity and quotas (quotas within the visible reps).',
  'read:performance': 'Performance and whitespace analytics, computed over the visible reps only.',
  'read:forecast': 'Forecast rollups and submitted calls, within the visible reps.',
  'read:comp':
    'Comp plans, assignments, payouts, statements and disputes, within pay visibility; approved runs only (drafts need write:comp).',
  'read:all':
    "Row access: every rep's deals, quotas, forecasts and analytics in the organization (sales ops); not pay.",
  'write:ingest':
    'Load and update CRM data: reps, accounts, products, opportunities. Organization-level: not for a credential acting as a rep.',
  'write:forecast': 'Submit forecast calls for oneself and one’s subtree (implies read:forecast).',
  'write:plans':
    "Create and change sales plans, territories, quotas and capacity; row access to everyone's deals and quotas (implies read:plans).",
  'write:comp':
    "Comp administration: comp plans, assignments, payout runs, adjustments, dispute resolution; row access to everyone's deals, quotas and pay (implies read:comp).",
  'write:disputes': 'Raise a dispute on a payout line one can see.',
  'write:webhooks':
    'Webhook subscriptions of the organization: create, list, pause, resume and delete them, and read their delivery log. Organization-level: events cover every record.',
  admin: 'Everything: every other scope, organization-wide row and pay access, API keys and the audit trail.',
} as const;

export type Scope = keyof typeof SCOPES;

export const ALL_SCOPES = Object.keys(SCOPES) as Scope[];

/** Write access implies read access of the same area, as in Shopify's access scopes. */
const IMPLIES: Partial<Record<Scope, Scope[]>> = {
  'write:forecast': ['read:forecast'],
  'write:plans': ['read:plans'],
  'write:comp': ['read:comp'],
  admin: ALL_SCOPES,
};

export function isScope(value: string): value is Scope {
  return Object.hasOwn(SCOPES, value);
}

/** The granted scopes plus everything they imply; unknown names are dropped. */
export function expandScopes(granted: Iterable<string>): Set<Scope> {
  const out = new Set<Scope>();
  for (const name of granted) {
    if (!isScope(name)) continue;
    out.add(name);
    for (const implied of IMPLIES[name] ?? []) out.add(implied);
  }
  return out;
}

/**
 * Whether a caller holding `scopes` has `required`. Accepts sets that were not expanded (contexts
 * built by hand in tests), so implications are applied here too.
 */
export function hasScope(scopes: ReadonlySet<string>, required: string): boolean {
  if (scopes.has(required) || scopes.has('admin')) return true;
  for (const granted of scopes) {
    if (isScope(granted) && IMPLIES[granted]?.includes(required as Scope)) return true;
  }
  return false;
}

/**
 * Scopes for organization-level credentials only. Ingestion writes across the whole organization
 * (reps, managers, deals, splits), as a CRM's integration user or a Stripe/Shopify API key does,
 * so a credential acting as a rep may not hold it: it could rewrite its peers' deals and move
 * them under itself. Webhooks announce changes to every record of the organization, so the same
 * holds for them.
 */
export const ORGANIZATION_LEVEL_SCOPES: readonly Scope[] = ['write:ingest', 'write:webhooks'];

/** The granted scopes that give or imply an organization-level scope (`write:ingest`, `admin`). */
export function organizationLevelGrants(granted: Iterable<string>): Scope[] {
  return [...new Set(granted)].filter(
    (s): s is Scope => isScope(s) && ORGANIZATION_LEVEL_SCOPES.some((level) => expandScopes([s]).has(level)),
  );
}
