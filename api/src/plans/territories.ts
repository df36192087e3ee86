// Territories of a plan: the hierarchy, each territory's routing rules, and manual account moves.
// Every change locks the plan (bumping its version), so checks such as "names are unique in a
// plan" or "no cycles in the hierarchy" cannot race with another change to the same plan.
import type { Territory, TerritoryKind } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Tx } from '../shared/transactions.js';
import { checkName, checkRange, fail, lockPlan, type PlanCtx } from './service.js';

export interface TerritoryRuleInput {
  priority?: number | null;
  region?: string | null;
  country?: string | null;
  industry?: string | null;
  minEmployees?: number | null;
  maxEmployees?: number | null;
}

export interface RuleData {
  priority: number;
  region: string | null;
  country: string | null;
  industry: string | null;
  minEmployees: number | null;
  maxEmployees: number | null;
}

export const MAX_RULES_PER_TERRITORY = 100;
export const MAX_ACCOUNTS_PER_MOVE = 1000;

function optionalText(value: string | null | undefined, field: (string | number)[]): string | null {
  if (value == null) return null;
  return checkName(value, field, 100);
}

/** Rules as stored: criteria trimmed, blank criteria refused, employee range from <= to (both inclusive). */
export function normalizeRules(rules: TerritoryRuleInput[], at: (string | number)[]): RuleData[] {
  if (rules.length > MAX_RULES_PER_TERRITORY) {
    fail('OUT_OF_RANGE', `A territory has at most ${MAX_RULES_PER_TERRITORY} rules`, at);
  }
  return rules.map((rule, i) => {
    const f = (name: string) => [...at, i, name];
    const min = rule.minEmployees == null ? null : checkRange(rule.minEmployees, 0, 2_000_000_000, f('minEmployees'));
    const max = rule.maxEmployees == null ? null : checkRange(rule.maxEmployees, 0, 2_000_000_000, f('maxEmployees'));
    if (min != null && max != null && max < min) {
      fail('INVALID', 'maxEmployees must not be below minEmployees', f('maxEmployees'));
    }
    return {
      priority: rule.priority == null ? 0 : checkRange(rule.priority, -1_000_000, 1_000_000, f('priority')),
      region: optionalText(rule.region, f('region')),
      country: optionalText(rule.country, f('country')),
      industry: optionalText(rule.industry, f('industry')),
      minEmployees: min,
      maxEmployees: max,
    };
  });
}

export async function findTerritory(tx: Tx, id: number, field: (string | number)[]): Promise<Territory> {
  const territory = await tx.territory.findUnique({ where: { id } });
  return territory ?? fail('NOT_FOUND', 'No territory with this ID', field);
}

async function checkUniqueName(tx: Tx, salesPlanId: number, name: string, exceptId: number | null) {
  const clash = await tx.territory.findFirst({
    where: { salesPlanId, name, id: exceptId == null ? undefined : { not: exceptId } },
    select: { id: true },
  });
  if (clash) fail('DUPLICATE', `The plan already has a territory named "${name}"`, ['input', 'name']);
}

/** The parent must be in the same plan, and (when moving) not the territory itself or below it. */
async function checkParent(tx: Tx, salesPlanId: number, parentId: number, movingId: number | null) {
  const tree = await tx.territory.findMany({ where: { salesPlanId }, select: { id: true, parentId: true } });
  const parentOf = new Map(tree.map((t) => [t.id, t.parentId]));
  if (!parentOf.has(parentId)) fail('NOT_FOUND', 'The parent territory is not in this plan', ['input', 'parentId']);
  for (let at: number | null | undefined = parentId; at != null; at = parentOf.get(at)) {
    if (at === movingId)
      fail('CONFLICT', 'A territory cannot be placed under itself or its descendants', ['input', 'parentId']);
  }
}

export interface CreateTerritoryInput {
  salesPlanId: number;
  name: string;
  kind: TerritoryKind;
  parentId?: number | null;
  rules?: TerritoryRuleInput[] | null;
  idempotencyKey?: string | null;
}

export async function createTerritory(
  ctx: PlanCtx,
  input: CreateTerritoryInput,
): Promise<{ territoryId: number; salesPlanId: number }> {
  const name = checkName(input.name, ['input', 'name']);
  const rules = normalizeRules(input.rules ?? [], ['input', 'rules']);
  const normalized = { ...input, name, rules, idempotencyKey: undefined };
  return runIdempotent(ctx, 'createTerritory', input.idempotencyKey, normalized, async (tx) => {
    const { version } = await lockPlan(tx, input.salesPlanId, null);
    await checkUniqueName(tx, input.salesPlanId, name, null);
    if (input.parentId != null) await checkParent(tx, input.salesPlanId, input.parentId, null);
    const territory = await tx.territory.create({
      data: {
        organizationId: ctx.organization.id,
        salesPlanId: input.salesPlanId,
        name,
        kind: input.kind,
        parentId: input.parentId ?? null,
        rules: { create: rules.map((r) => ({ ...r, organizationId: ctx.organization.id })) },
      },
      include: { rules: true },
    });
    await recordAudit(tx, ctx, {
      action: 'territory.create',
      entityType: 'Territory',
      entityId: territory.id,
      after: { ...territory, salesPlanVersion: version },
    });
    return { territoryId: territory.id, salesPlanId: input.salesPlanId };
  });
}

export interface UpdateTerritoryInput {
  id: number;
  expectedVersion: number;
  name?: string | null;
  kind?: TerritoryKind | null;
  /** Absent: unchanged; null: becomes a top-level territory. */
  parentId?: number | null;
}

export async function updateTerritory(
  ctx: PlanCtx,
  input: UpdateTerritoryInput,
): Promise<{ territoryId: number; salesPlanId: number }> {
  const name = input.name == null ? undefined : checkName(input.name, ['input', 'name']);
  return runIdempotent(ctx, 'updateTerritory', null, input, async (tx) => {
    const before = await findTerritory(tx, input.id, ['input', 'id']);
    const { version } = await lockPlan(tx, before.salesPlanId, input.expectedVersion, ['input', 'id']);
    if (name !== undefined) await checkUniqueName(tx, before.salesPlanId, name, before.id);
    if (input.parentId != null) await checkParent(tx, before.salesPlanId, input.parentId, before.id);
    const after = await tx.territory.update({
      where: { id: before.id },
      data: { name, kind: input.kind ?? undefined, parentId: input.parentId },
    });
    await recordAudit(tx, ctx, {
      action: 'territory.update',
      entityType: 'Territory',
      entityId: before.id,
      before,
      after: { ...after, salesPlanVersion: version },
    });
    return { territoryId: before.id, salesPlanId: before.salesPlanId };
  });
}

/** Removes a territory with its rules and rep assignments; its accounts become unassigned. */
export async function deleteTerritory(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number },
): Promise<{ salesPlanId: number }> {
  return runIdempotent(ctx, 'deleteTerritory', null, input, async (tx) => {
    const territory = await findTerritory(tx, input.id, ['input', 'id']);
    const { version } = await lockPlan(tx, territory.salesPlanId, input.expectedVersion, ['input', 'id']);
    const before = await tx.territory.findUniqueOrThrow({
      where: { id: territory.id },
      include: {
        rules: true,
        assignments: true,
        children: { select: { id: true } },
        accounts: { select: { id: true } },
      },
    });
    if (before.children.length) {
      fail('CONFLICT', `"${before.name}" has child territories; move or delete them first`, ['input', 'id']);
    }
    await tx.territory.delete({ where: { id: territory.id } });
    await recordAudit(tx, ctx, {
      action: 'territory.delete',
      entityType: 'Territory',
      entityId: territory.id,
      before: { ...before, accounts: before.accounts.map((a) => a.id) },
      after: { salesPlanVersion: version },
    });
    return { salesPlanId: territory.salesPlanId };
  });
}

/** Replaces a territory's rules with the given list (an empty list removes them all). */
export async function setTerritoryRules(
  ctx: PlanCtx,
  input: { territoryId: number; expectedVersion: number; rules: TerritoryRuleInput[] },
): Promise<{ territoryId: number; salesPlanId: number }> {
  const rules = normalizeRules(input.rules, ['input', 'rules']);
  return runIdempotent(ctx, 'setTerritoryRules', null, input, async (tx) => {
    const territory = await findTerritory(tx, input.territoryId, ['input', 'territoryId']);
    const { version } = await lockPlan(tx, territory.salesPlanId, input.expectedVersion, ['input', 'territoryId']);
    const before = await tx.territoryRule.findMany({ where: { territoryId: territory.id }, orderBy: { id: 'asc' } });
    await tx.territoryRule.deleteMany({ where: { territoryId: territory.id } });
    const after = await tx.territoryRule.createManyAndReturn({
      data: rules.map((r) => ({ ...r, organizationId: ctx.organization.id, territoryId: territory.id })),
    });
    await recordAudit(tx, ctx, {
      action: 'territory.setRules',
      entityType: 'Territory',
      entityId: territory.id,
      before: { rules: before },
      after: { rules: after, salesPlanVersion: version },
    });
    return { territoryId: territory.id, salesPlanId: territory.salesPlanId };
  });
}

/**
 * Moves accounts by hand into a territory of the ACTIVE plan. An account has one territory, the
 * live one, so only the plan in force may change it; scenarios route accounts by their rules.
 */
export async function moveAccountsToTerritory(
  ctx: PlanCtx,
  input: { territoryId: number; expectedVersion: number; accountIds: number[] },
): Promise<{ territoryId: number; salesPlanId: number; movedCount: number }> {
  const accountIds = [...new Set(input.accountIds)];
  if (accountIds.length === 0) fail('REQUIRED', 'Name at least one account', ['input', 'accountIds']);
  if (accountIds.length > MAX_ACCOUNTS_PER_MOVE) {
    fail('OUT_OF_RANGE', `Move at most ${MAX_ACCOUNTS_PER_MOVE} accounts at a time`, ['input', 'accountIds']);
  }
  return runIdempotent(ctx, 'moveAccountsToTerritory', null, input, async (tx) => {
    const territory = await findTerritory(tx, input.territoryId, ['input', 'territoryId']);
    const { plan, version } = await lockPlan(tx, territory.salesPlanId, input.expectedVersion, [
      'input',
      'territoryId',
    ]);
    requireActive(plan.status, plan.name, ['input', 'territoryId']);
    const accounts = await tx.account.findMany({
      where: { id: { in: accountIds } },
      select: { id: true, territoryId: true },
      orderBy: { id: 'asc' },
    });
    if (accounts.length !== accountIds.length) {
      const known = new Set(accounts.map((a) => a.id));
      const index = accountIds.findIndex((id) => !known.has(id));
      fail('NOT_FOUND', 'No account with this ID', ['input', 'accountIds', index]);
    }
    const moving = accounts.filter((a) => a.territoryId !== territory.id);
    await tx.account.updateMany({
      where: { id: { in: moving.map((a) => a.id) } },
      data: { territoryId: territory.id },
    });
    await recordAudit(tx, ctx, {
      action: 'territory.moveAccounts',
      entityType: 'Territory',
      entityId: territory.id,
      before: { accounts: moving.map((a) => ({ accountId: a.id, territoryId: a.territoryId })) },
      after: { territoryId: territory.id, accountIds: moving.map((a) => a.id), salesPlanVersion: version },
    });
    return { territoryId: territory.id, salesPlanId: territory.salesPlanId, movedCount: moving.length };
  });
}

export function requireActive(status: string, name: string, field: (string | number)[]) {
  if (status !== 'ACTIVE') {
    fail(
      'CONFLICT',
      `"${name}" is not the active plan: accounts have one live territory, so only the ACTIVE plan places them; preview a scenario with previewTerritoryRules and territoryBalance`,
      field,
    );
  }
}
