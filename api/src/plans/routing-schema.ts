// Rule routing in the graph: `previewTerritoryRules` (where the rules would put every account,
// conflicts, unmatched accounts) and `applyTerritoryRules` (realign the book to the ACTIVE plan).
import type { Account, Territory, TerritoryRule } from '../generated/prisma/client.js';
import { builder } from '../shared/builder.js';
import { parseId, parseOptionalId } from '../shared/ids.js';
import { expectedVersionDescription, mutate, userErrorsField } from '../shared/user-errors-schema.js';
import { loadRow } from './loaders.js';
import { type PayloadShape, READ_SCOPE, salesPlanField, WRITE_SCOPE } from './payload.js';
import {
  type AccountRoutingRow,
  type ApplyRulesResult,
  applyTerritoryRules,
  MAX_PREVIEW_SAMPLE,
  previewTerritoryRules,
  type RulePreview,
} from './realignment.js';

const preserveDescription =
  'true: accounts already in a territory of this plan (placed earlier, or moved by hand) keep it, and only the others are routed. Default false: every account is routed.';

const AccountRoutingRef = builder.objectRef<AccountRoutingRow>('AccountRouting').implement({
  description: 'Where the rules would put one account.',
  fields: (t) => ({
    account: t.prismaField({
      type: 'Account',
      description: 'The account.',
      resolve: async (query, r, _args, ctx) => (await loadRow<Account>(ctx, 'account', query, r.accountId)) as Account,
    }),
    currentTerritory: t.prismaField({
      type: 'Territory',
      nullable: true,
      description: 'Its live territory now (possibly of another plan); null when unassigned.',
      resolve: (query, r, _args, ctx) =>
        r.currentTerritoryId == null ? null : loadRow<Territory>(ctx, 'territory', query, r.currentTerritoryId),
    }),
    proposedTerritory: t.prismaField({
      type: 'Territory',
      nullable: true,
      description: 'Where the rules route it; null for a conflict or when no rule matches.',
      resolve: (query, r, _args, ctx) =>
        r.proposedTerritoryId == null ? null : loadRow<Territory>(ctx, 'territory', query, r.proposedTerritoryId),
    }),
    rule: t.prismaField({
      type: 'TerritoryRule',
      nullable: true,
      description: 'The rule that decided (the best-priority matching rule of the winning territory).',
      resolve: (query, r, _args, ctx) =>
        r.ruleId == null ? null : loadRow<TerritoryRule>(ctx, 'territoryRule', query, r.ruleId),
    }),
    tiedTerritories: t.prismaField({
      type: ['Territory'],
      description: 'Conflicts: the territories tied at the top priority (none got the account).',
      resolve: async (query, r, _args, ctx) =>
        (
          await Promise.all(
            r.tiedTerritoryIds.length > 1
              ? r.tiedTerritoryIds.map((id) => loadRow<Territory>(ctx, 'territory', query, id))
              : [],
          )
        ).filter((x): x is Territory => x != null),
    }),
  }),
});

const TerritoryRoutingRef = builder.objectRef<RulePreview['territories'][number]>('TerritoryRoutingSummary').implement({
  description: 'What applying the rules would change for one territory.',
  fields: (t) => ({
    territory: t.prismaField({
      type: 'Territory',
      description: 'The territory.',
      resolve: async (query, r, _args, ctx) =>
        (await loadRow<Territory>(ctx, 'territory', query, r.territoryId)) as Territory,
    }),
    proposedAccountCount: t.exposeInt('proposed', { description: 'Accounts the rules route here.' }),
    currentAccountCount: t.exposeInt('current', { description: 'Accounts placed here now.' }),
    gainedCount: t.exposeInt('gained', { description: 'Accounts that would move in.' }),
    lostCount: t.exposeInt('lost', { description: 'Accounts that would move out.' }),
  }),
});

const RuleRoutingRef = builder.objectRef<RulePreview['rules'][number]>('TerritoryRuleRouting').implement({
  description: 'How many accounts one rule matches, and how many it decides.',
  fields: (t) => ({
    rule: t.prismaField({
      type: 'TerritoryRule',
      description: 'The rule.',
      resolve: async (query, r, _args, ctx) =>
        (await loadRow<TerritoryRule>(ctx, 'territoryRule', query, r.ruleId)) as TerritoryRule,
    }),
    matchedCount: t.exposeInt('matched', { description: 'Accounts meeting all its criteria.' }),
    routedCount: t.exposeInt('routed', {
      description: 'Accounts it decides: its territory wins them and it is that territory’s best matching rule.',
    }),
  }),
});

const PreviewRef = builder.objectRef<RulePreview>('TerritoryRulePreview').implement({
  description:
    "Where a plan's rules would route every account, without changing anything. The lists hold at most `limit` accounts each, by name; the counts cover all accounts.",
  fields: (t) => ({
    accountCount: t.exposeInt('accountCount', { description: 'Accounts of the organization.' }),
    routedCount: t.exposeInt('routedCount', { description: 'Accounts routed to a territory.' }),
    conflictCount: t.exposeInt('conflictCount', {
      description: 'Accounts where territories tie at the top priority: assigned to none.',
    }),
    unmatchedCount: t.exposeInt('unmatchedCount', { description: 'Accounts no rule matches: assigned to none.' }),
    changeCount: t.exposeInt('changeCount', { description: 'Accounts whose live territory applying would change.' }),
    territories: t.field({
      type: [TerritoryRoutingRef],
      description: 'Every territory of the plan.',
      resolve: (p) => p.territories,
    }),
    rules: t.field({ type: [RuleRoutingRef], description: 'Every rule of the plan.', resolve: (p) => p.rules }),
    accounts: t.field({
      type: [AccountRoutingRef],
      description: 'Routed accounts (those that would change territory first), optionally of one territory.',
      resolve: (p) => p.accounts,
    }),
    conflicts: t.field({
      type: [AccountRoutingRef],
      description: 'Conflicting accounts.',
      resolve: (p) => p.conflicts,
    }),
    unmatched: t.field({ type: [AccountRoutingRef], description: 'Unmatched accounts.', resolve: (p) => p.unmatched }),
  }),
});

builder.queryField('previewTerritoryRules', (t) =>
  t.field({
    // A read: it shows where the stored rules would route accounts and writes nothing.
    authScopes: { scope: READ_SCOPE },
    type: PreviewRef,
    description:
      "Shows which accounts each of a plan's rules would route where, the conflicts and the unmatched accounts.",
    args: {
      salesPlanId: t.arg.id({ required: true, description: 'The plan (any status).' }),
      territoryId: t.arg.id({
        description: 'Only accounts routed to, or now placed in, this territory in the `accounts` list.',
      }),
      preserveExisting: t.arg.boolean({ defaultValue: false, description: preserveDescription }),
      limit: t.arg.int({ defaultValue: 20, description: `Accounts per list, at most ${MAX_PREVIEW_SAMPLE}.` }),
    },
    resolve: (_root, args, ctx) =>
      previewTerritoryRules(ctx.prisma, ctx.organization.id, parseId(args.salesPlanId, 'SalesPlan', ['salesPlanId']), {
        territoryId: parseOptionalId(args.territoryId, 'Territory', ['territoryId']),
        preserveExisting: args.preserveExisting ?? false,
        limit: args.limit ?? 20,
      }),
  }),
);

const ApplyInput = builder.inputType('ApplyTerritoryRulesInput', {
  description: 'The ACTIVE plan whose rules place the accounts.',
  fields: (t) => ({
    salesPlanId: t.id({
      required: true,
      description: 'The plan; it must be ACTIVE (accounts have one live territory).',
    }),
    expectedVersion: t.int({ required: true, description: expectedVersionDescription }),
    preserveExisting: t.boolean({ defaultValue: false, description: preserveDescription }),
  }),
});

const ApplyPayload = builder
  .objectRef<PayloadShape & Partial<ApplyRulesResult>>('ApplyTerritoryRulesPayload')
  .implement({
    description: 'Result of applyTerritoryRules.',
    fields: (t) => ({
      salesPlan: salesPlanField(t, 'The plan after the change, with its new version.'),
      movedCount: t.int({
        nullable: true,
        description: 'Accounts whose territory changed.',
        resolve: (p) => p.movedCount ?? null,
      }),
      routedCount: t.int({
        nullable: true,
        description: 'Accounts the rules route.',
        resolve: (p) => p.routedCount ?? null,
      }),
      conflictCount: t.int({
        nullable: true,
        description: 'Accounts left unassigned by a tie.',
        resolve: (p) => p.conflictCount ?? null,
      }),
      unmatchedCount: t.int({
        nullable: true,
        description: 'Accounts left unassigned because no rule matches.',
        resolve: (p) => p.unmatchedCount ?? null,
      }),
      userErrors: userErrorsField(t),
    }),
  });

builder.mutationField('applyTerritoryRules', (t) =>
  t.field({
    type: ApplyPayload,
    description:
      "Realigns the book of business to the ACTIVE plan's rules in one statement: each account goes to the territory its rules route it to, or becomes unassigned on a conflict or when no rule matches.",
    authScopes: { scope: WRITE_SCOPE },
    args: { input: t.arg({ type: ApplyInput, required: true, description: 'The plan.' }) },
    resolve: (_root, { input }, ctx) =>
      mutate(() =>
        applyTerritoryRules(ctx, {
          salesPlanId: parseId(input.salesPlanId, 'SalesPlan', ['input', 'salesPlanId']),
          expectedVersion: input.expectedVersion,
          preserveExisting: input.preserveExisting ?? false,
        }),
      ),
  }),
);
