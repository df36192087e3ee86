// The access module's graph: `viewer` (who am I, what may I do and see), API keys for admins
// (`apiKeys`, `createApiKey`, `revokeApiKey`), and the Scope enum.

import { prismaSqlConnection } from '../db/sql-runner.js';
import { recordAudit } from '../shared/audit.js';
import { builder } from '../shared/builder.js';
import { UserInputError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import { parseId } from '../shared/ids.js';
import { type MutationPayload, mutate, userErrorsField } from '../shared/user-errors-schema.js';
import { issueApiKey, MAX_API_KEY_NAME } from './api-keys.js';
import { ALL_SCOPES, expandScopes, isScope, SCOPES, type Scope } from './scopes.js';

const ADMIN = { scope: 'admin' } as const;

export const ScopeEnum = builder.enumType('Scope', {
  description:
    'What a credential may do. The enum value READ_PIPELINE is the scope `read:pipeline` in JWT `scope` claims and the CLI; write scopes imply the read scope of the same area, ADMIN implies all.',
  values: Object.fromEntries(
    ALL_SCOPES.map((scope) => [scope.replace(':', '_').toUpperCase(), { value: scope, description: SCOPES[scope] }]),
  ) as Record<string, { value: Scope; description: string }>,
});

const ApiKeyStatusEnum = builder.enumType('ApiKeyStatus', {
  description: 'Whether a key is accepted.',
  values: {
    ACTIVE: { value: 'ACTIVE', description: 'Accepted.' },
    EXPIRED: { value: 'EXPIRED', description: 'Past its expiry time; refused.' },
    REVOKED: { value: 'REVOKED', description: 'Revoked by an admin; refused.' },
  } as const,
});

builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  // Admins see every key; any other caller only the key it authenticated with (viewer.apiKey).
  authScopes: (key, ctx) => key.id === ctx.viewer.apiKeyId || { scope: 'admin' },
  // Unknown or invisible IDs resolve to null rather than an error (non-admins see only their own key).
  nullable: true,
  description:
    'A credential for partners, BI tools and services. The secret is shown once, at creation, and never stored.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for, e.g. "Looker nightly extract".' }),
    prefix: t.exposeString('prefix', {
      description: 'The first characters of the key (`cxs_` and 12 more), to recognise it without revealing it.',
    }),
    scopes: t.field({
      type: [ScopeEnum],
      select: { scopes: true },
      description: 'Scopes granted to the key.',
      resolve: (k) => k.scopes.filter(isScope),
    }),
    rep: t.relation('rep', {
      nullable: true,
      description: 'The rep the key acts as; null for an organization-wide service key.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last successful use, to the minute; null if never used.',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'Expiry; null = never.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked.' }),
    status: t.field({
      type: ApiKeyStatusEnum,
      select: { revokedAt: true, expiresAt: true },
      description: 'Whether the key is accepted now.',
      resolve: (k) =>
        k.revokedAt ? 'REVOKED' : k.expiresAt && k.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'ACTIVE',
    }),
  }),
});

interface ViewerShape {
  principal: string;
  repId: number | null;
  apiKeyId: number | null;
  scopes: ReadonlySet<string>;
  visibleReps: number | null;
  visiblePay: number | null;
}

const PrincipalKindEnum = builder.enumType('PrincipalKind', {
  description: 'How the caller authenticated.',
  values: {
    API_KEY: { value: 'API_KEY', description: 'An API key (partner, BI tool, service).' },
    USER: { value: 'USER', description: 'A user, with a JWT from the identity provider.' },
    SYSTEM: { value: 'SYSTEM', description: 'A job of the platform itself.' },
  } as const,
});

const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The caller: who they are, what they may do and which rows they see.',
  fields: (t) => ({
    principal: t.exposeString('principal', {
      description: '`key:<id>` for an API key, `user:<sub>` for a JWT user; recorded in the audit trail.',
    }),
    kind: t.field({
      type: PrincipalKindEnum,
      description: 'How the caller authenticated.',
      resolve: (v) =>
        v.principal.startsWith('key:') ? 'API_KEY' : v.principal.startsWith('user:') ? 'USER' : 'SYSTEM',
    }),
    scopes: t.field({
      type: [ScopeEnum],
      description: 'Scopes the caller holds, including those implied by the granted ones.',
      resolve: (v) => [...expandScopes(v.scopes)].sort(),
    }),
    rep: t.prismaField({
      type: 'Rep',
      nullable: true,
      description: 'The rep the caller acts as; null for service keys and users without a rep.',
      resolve: (query, v, _args, ctx) =>
        v.repId == null ? null : ctx.prisma.rep.findUnique({ ...query, where: { id: v.repId } }),
    }),
    apiKey: t.prismaField({
      type: 'ApiKey',
      nullable: true,
      description: 'The key the caller authenticated with, if any.',
      resolve: (query, v, _args, ctx) =>
        v.apiKeyId == null ? null : ctx.prisma.apiKey.findUnique({ ...query, where: { id: v.apiKeyId } }),
    }),
    visibleRepCount: t.int({
      nullable: true,
      description:
        'Number of reps whose deals, quotas and forecasts the caller sees (themselves and their subtree); null = the whole organization.',
      resolve: (v) => v.visibleReps,
    }),
    visiblePayRepCount: t.int({
      nullable: true,
      description: "Number of reps whose pay the caller sees; null = everyone's.",
      resolve: (v) => v.visiblePay,
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'The caller, as authenticated by the request.',
    resolve: (_root, _args, ctx) => ({
      principal: ctx.viewer.principal,
      repId: ctx.viewer.repId,
      apiKeyId: ctx.viewer.apiKeyId ?? null,
      scopes: ctx.viewer.scopes,
      visibleReps: ctx.visibility.reps.kind === 'organization' ? null : ctx.visibility.reps.ids.size,
      visiblePay: ctx.visibility.pay.kind === 'organization' ? null : ctx.visibility.pay.ids.size,
    }),
  }),
);

const ApiKeyFilter = builder.inputType('ApiKeyFilter', {
  description: 'Conditions an API key must meet.',
  fields: (t) => ({
    includeRevoked: t.boolean({ description: 'Include revoked keys (default false).' }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaConnection(
    {
      type: 'ApiKey',
      cursor: 'id',
      authScopes: ADMIN,
      description: 'API keys of the organization, newest first (admin only).',
      args: { filter: t.arg({ type: ApiKeyFilter, description: 'Conditions.' }) },
      totalCount: (_root, { filter }, ctx) =>
        ctx.prisma.apiKey.count({ where: filter?.includeRevoked ? {} : { revokedAt: null } }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.prisma.apiKey.findMany({
          ...query,
          where: filter?.includeRevoked ? {} : { revokedAt: null },
          orderBy: [{ id: 'desc' }],
        }),
    },
    { name: 'ApiKeyConnection', description: 'A page of ApiKey objects.' },
    { name: 'ApiKeyEdge', description: 'An ApiKey in a page, with its cursor.' },
  ),
);

// ---------------------------------------------------------------- mutations

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: `What the key is for (1 to ${MAX_API_KEY_NAME} characters).` }),
    scopes: t.field({ type: [ScopeEnum], required: true, description: 'Scopes to grant (at least one).' }),
    repId: t.id({
      description:
        'The rep the key acts as (their visibility applies); omit for an organization-wide service key. A key with WRITE_INGEST or ADMIN cannot have one.',
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When the key stops working (in the future, at most 3 years ahead); omit for no expiry.',
    }),
    idempotencyKey: t.string({
      description:
        'Makes retries safe: within 24 hours, the same key with the same input returns the first result (with `secret` null, as the secret is shown only once).',
    }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'ID of the API key.' }),
  }),
});

interface ApiKeyPayloadShape extends MutationPayload {
  apiKeyId?: number;
  secret?: string | null;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

function payloadFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, ApiKeyPayloadShape>, description: string) {
  return {
    apiKey: t.prismaField({
      type: 'ApiKey',
      nullable: true,
      description,
      resolve: (query, p, _args, ctx) =>
        // A refused input has no key; id 0 matches none (and keeps the query used).
        ctx.prisma.apiKey.findUnique({ ...query, where: { id: p.apiKeyId ?? 0 } }),
    }),
    userErrors: userErrorsField(t),
  };
}
const CreateApiKeyPayload = builder.objectRef<ApiKeyPayloadShape>('CreateApiKeyPayload').implement({
  description: 'Result of createApiKey.',
  fields: (t) => ({
    ...payloadFields(t, 'The new key; null when the input was refused.'),
    secret: t.string({
      nullable: true,
      description:
        'The whole key, to send as `Authorization: Bearer <secret>`. Shown only in this response: store it now. Null on refusal and on an idempotent replay.',
      resolve: (p) => p.secret,
    }),
  }),
});

const RevokeApiKeyPayload = builder.objectRef<ApiKeyPayloadShape>('RevokeApiKeyPayload').implement({
  description: 'Result of revokeApiKey.',
  fields: (t) => payloadFields(t, 'The revoked key; null when the input was refused.'),
});

/** The key as the audit trail records it: never the hash. */
function auditView(key: {
  id: number;
  name: string;
  prefix: string;
  scopes: string[];
  repId: number | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}) {
  const { id, name, prefix, scopes, repId, expiresAt, revokedAt } = key;
  return { id, name, prefix, scopes, repId, expiresAt, revokedAt };
}

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    authScopes: ADMIN,
    description: 'Creates an API key and returns its secret once (admin only).',
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(async () => {
        const repId = input.repId == null ? null : parseId(input.repId, 'Rep', ['input', 'repId']);
        const { idempotencyKey, ...request } = input;
        let secret: string | null = null;
        const { apiKeyId } = await runIdempotent(ctx, 'createApiKey', idempotencyKey, request, async (tx) => {
          const issued = await issueApiKey(prismaSqlConnection(tx), {
            organizationId: ctx.organization.id,
            name: input.name,
            scopes: input.scopes,
            repId,
            expiresAt: input.expiresAt ?? null,
          });
          const key = await tx.apiKey.findUniqueOrThrow({ where: { id: issued.id } });
          await recordAudit(tx, ctx, {
            action: 'apiKey.create',
            entityType: 'ApiKey',
            entityId: key.id,
            after: auditView(key),
          });
          // Only the call that made the key sees its secret; a replay gets the key without it.
          secret = issued.token;
          return { apiKeyId: key.id };
        });
        return { apiKeyId, secret };
      }),
  }),
  revokeApiKey: t.field({
    type: RevokeApiKeyPayload,
    authScopes: ADMIN,
    description: 'Revokes an API key at once; revoking a revoked key changes nothing (admin only).',
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(async () => {
        const id = parseId(input.id, 'ApiKey', ['input', 'id']);
        return ctx.prisma.$transaction(async (tx) => {
          const before = await tx.apiKey.findFirst({ where: { id } });
          if (!before) throw new UserInputError('NOT_FOUND', 'input.id does not exist', ['input', 'id']);
          if (before.revokedAt) return { apiKeyId: id };
          const after = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
          await recordAudit(tx, ctx, {
            action: 'apiKey.revoke',
            entityType: 'ApiKey',
            entityId: id,
            before: auditView(before),
            after: auditView(after),
          });
          return { apiKeyId: id };
        });
      }),
  }),
}));
