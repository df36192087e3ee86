// Comp plan versions: DRAFT -> PUBLISHED -> RETIRED. Only a draft can be edited; a published
// version never changes, so editing one means creating its next version (a draft copy), editing
// that and publishing it. Versions form a line (each has at most one successor); the newest
// published version whose effective dates contain a day governs that day (see periods.ts).
// RETIRED is a lifecycle state: a retired version can no longer be assigned or versioned, but it
// still governs the days it covers for the assignments that have it.
import type { CompPlan } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { throwIfAny, UserInputError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Tx } from '../shared/transactions.js';
import { type ComponentInput, type PlanFields, planErrors } from './plan-rules.js';
import { type CompContext, jsonInput, lockPlanVersions, notFound } from './service.js';

const planInclude = {
  components: { orderBy: { id: 'asc' }, include: { tiers: { orderBy: { fromAttainment: 'asc' } } } },
} as const;

function uniqueTrimmed<T extends string>(values: readonly T[] | null | undefined): T[] {
  return [...new Set((values ?? []).map((v) => v.trim() as T))];
}

function componentData(organizationId: number, compPlanId: number, c: ComponentInput) {
  const tiers = [...(c.tiers ?? [])].sort((a, b) => a.fromAttainment.comparedTo(b.fromAttainment));
  return {
    organizationId,
    compPlanId,
    name: c.name.trim(),
    kind: c.kind,
    period: c.period,
    opportunityTypes: uniqueTrimmed(c.opportunityTypes),
    productFamilies: uniqueTrimmed(c.productFamilies),
    retroactive: c.retroactive ?? false,
    capAmount: c.capAmount ?? null,
    targetShare: c.targetShare ?? null,
    spiffAmount: c.spiffAmount ?? null,
    tiers: {
      create: tiers.map((t) => ({
        organizationId,
        fromAttainment: t.fromAttainment,
        toAttainment: t.toAttainment ?? null,
        rate: t.rate,
      })),
    },
  };
}

async function writeComponents(
  tx: Tx,
  organizationId: number,
  compPlanId: number,
  components: readonly ComponentInput[],
) {
  for (const c of components) await tx.compComponent.create({ data: componentData(organizationId, compPlanId, c) });
}

type PlanWithComponents = Awaited<ReturnType<typeof loadPlan>>;

async function loadPlan(tx: Pick<Tx, 'compPlan'>, id: number) {
  return tx.compPlan.findFirst({ where: { id }, include: planInclude });
}

/** A stored plan's components as input, so an edit that omits them re-validates what is there. */
function componentsAsInput(plan: NonNullable<PlanWithComponents>): ComponentInput[] {
  return plan.components.map((c) => ({ ...c, tiers: c.tiers }));
}

export interface CreateCompPlanInput {
  idempotencyKey?: string | null;
  name: string;
  effectiveStart: Date;
  effectiveEnd?: Date | null;
  clawbackWindowDays?: number | null;
  components: ComponentInput[];
}

export async function createCompPlan(ctx: CompContext, input: CreateCompPlanInput): Promise<{ compPlanId: number }> {
  const fields: PlanFields = {
    name: input.name.trim(),
    effectiveStart: input.effectiveStart,
    effectiveEnd: input.effectiveEnd ?? null,
    clawbackWindowDays: input.clawbackWindowDays ?? 90,
    components: input.components,
  };
  throwIfAny(planErrors(fields));
  const { idempotencyKey, ...request } = input;
  return runIdempotent(ctx, 'createCompPlan', idempotencyKey, jsonInput(request), async (tx) => {
    const plan = await tx.compPlan.create({
      data: {
        organizationId: ctx.organization.id,
        name: fields.name,
        effectiveStart: fields.effectiveStart,
        effectiveEnd: fields.effectiveEnd,
        clawbackWindowDays: fields.clawbackWindowDays,
      },
    });
    await writeComponents(tx, ctx.organization.id, plan.id, fields.components);
    await recordAudit(tx, ctx, {
      action: 'compPlan.create',
      entityType: 'CompPlan',
      entityId: plan.id,
      after: await loadPlan(tx, plan.id),
    });
    return { compPlanId: plan.id };
  });
}

export interface UpdateCompPlanInput {
  id: number;
  expectedVersion: number;
  name?: string | null;
  effectiveStart?: Date | null;
  /** undefined = unchanged, null = open-ended. */
  effectiveEnd?: Date | null;
  clawbackWindowDays?: number | null;
  /** Replaces every component when given. */
  components?: ComponentInput[] | null;
}

function immutable(plan: CompPlan): UserInputError {
  return new UserInputError(
    'IMMUTABLE',
    `Comp plan "${plan.name}" is ${plan.status}: a published version never changes; create its next version with createCompPlanVersion`,
    ['input', 'id'],
  );
}

function stale(plan: CompPlan, expected: number): UserInputError {
  return new UserInputError(
    'STALE_VERSION',
    `Comp plan "${plan.name}" is at version ${plan.version}, not ${expected}; reload it and retry`,
    ['input', 'expectedVersion'],
  );
}

export async function updateCompPlan(ctx: CompContext, input: UpdateCompPlanInput): Promise<{ compPlanId: number }> {
  const current = await loadPlan(ctx.prisma, input.id);
  if (!current) throw notFound('The comp plan', ['input', 'id']);
  if (current.status !== 'DRAFT') throw immutable(current);
  const fields: PlanFields = {
    name: (input.name ?? current.name).trim(),
    effectiveStart: input.effectiveStart ?? current.effectiveStart,
    effectiveEnd: input.effectiveEnd === undefined ? current.effectiveEnd : input.effectiveEnd,
    clawbackWindowDays: input.clawbackWindowDays ?? current.clawbackWindowDays,
    components: input.components ?? componentsAsInput(current),
  };
  throwIfAny(planErrors(fields));
  return ctx.prisma.$transaction(async (tx) => {
    // Compare-and-set on the version the caller read: a concurrent edit makes this one stale.
    const { count } = await tx.compPlan.updateMany({
      where: { id: current.id, version: input.expectedVersion, status: 'DRAFT' },
      data: {
        name: fields.name,
        effectiveStart: fields.effectiveStart,
        effectiveEnd: fields.effectiveEnd,
        clawbackWindowDays: fields.clawbackWindowDays,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const now = await tx.compPlan.findFirst({ where: { id: current.id } });
      if (!now) throw notFound('The comp plan', ['input', 'id']);
      throw now.status !== 'DRAFT' ? immutable(now) : stale(now, input.expectedVersion);
    }
    if (input.components) {
      await tx.compComponent.deleteMany({ where: { compPlanId: current.id } });
      await writeComponents(tx, ctx.organization.id, current.id, input.components);
    }
    await recordAudit(tx, ctx, {
      action: 'compPlan.update',
      entityType: 'CompPlan',
      entityId: current.id,
      before: current,
      after: await loadPlan(tx, current.id),
    });
    return { compPlanId: current.id };
  });
}

/** Moves a plan from one status to the next, checking status and version under a compare-and-set. */
async function transition(
  ctx: CompContext,
  input: { id: number; expectedVersion: number },
  from: CompPlan['status'],
  to: CompPlan['status'],
  check: (tx: Tx, plan: CompPlan) => Promise<void>,
): Promise<{ compPlanId: number }> {
  return ctx.prisma.$transaction(async (tx) => {
    const plan = await tx.compPlan.findFirst({ where: { id: input.id } });
    if (!plan) throw notFound('The comp plan', ['input', 'id']);
    if (plan.status !== from) {
      throw new UserInputError(
        'CONFLICT',
        `Comp plan "${plan.name}" is ${plan.status}; only a ${from} plan can become ${to}`,
        ['input', 'id'],
      );
    }
    if (plan.version !== input.expectedVersion) throw stale(plan, input.expectedVersion);
    await check(tx, plan);
    const { count } = await tx.compPlan.updateMany({
      where: { id: plan.id, version: plan.version, status: from },
      data: { status: to, version: { increment: 1 } },
    });
    if (count === 0) throw stale(plan, input.expectedVersion);
    await recordAudit(tx, ctx, {
      action: to === 'PUBLISHED' ? 'compPlan.publish' : 'compPlan.retire',
      entityType: 'CompPlan',
      entityId: plan.id,
      before: plan,
      after: await tx.compPlan.findFirst({ where: { id: plan.id } }),
    });
    return { compPlanId: plan.id };
  });
}

export function publishCompPlan(ctx: CompContext, input: { id: number; expectedVersion: number }) {
  return transition(ctx, input, 'DRAFT', 'PUBLISHED', async (tx, plan) => {
    if (plan.previousVersionId === null) return;
    const previous = await tx.compPlan.findFirst({ where: { id: plan.previousVersionId } });
    if (previous && plan.effectiveStart < previous.effectiveStart) {
      throw new UserInputError(
        'INVALID',
        `A new version must take effect on or after the version it replaces (${previous.effectiveStart.toISOString().slice(0, 10)})`,
        ['input', 'id'],
      );
    }
  });
}

export function retireCompPlan(ctx: CompContext, input: { id: number; expectedVersion: number }) {
  return transition(ctx, input, 'PUBLISHED', 'RETIRED', async () => {});
}

export interface CreateCompPlanVersionInput {
  idempotencyKey?: string | null;
  /** The published version to copy. */
  id: number;
  /** When the new version takes effect; default: the same day as the version it replaces. */
  effectiveStart?: Date | null;
}

export async function createCompPlanVersion(
  ctx: CompContext,
  input: CreateCompPlanVersionInput,
): Promise<{ compPlanId: number }> {
  const { idempotencyKey, ...request } = input;
  return runIdempotent(ctx, 'createCompPlanVersion', idempotencyKey, jsonInput(request), async (tx) => {
    await lockPlanVersions(tx, input.id);
    const source = await loadPlan(tx, input.id);
    if (!source) throw notFound('The comp plan', ['input', 'id']);
    if (source.status !== 'PUBLISHED') {
      throw new UserInputError(
        'CONFLICT',
        source.status === 'DRAFT'
          ? `Comp plan "${source.name}" is a draft: edit it with updateCompPlan`
          : `Comp plan "${source.name}" is retired and cannot be versioned`,
        ['input', 'id'],
      );
    }
    const successor = await tx.compPlan.findFirst({ where: { previousVersionId: source.id } });
    if (successor) {
      throw new UserInputError(
        'CONFLICT',
        `Comp plan "${source.name}" already has a next version (${successor.status}); edit or version that one`,
        ['input', 'id'],
      );
    }
    const effectiveStart = input.effectiveStart ?? source.effectiveStart;
    if (effectiveStart < source.effectiveStart || (source.effectiveEnd && effectiveStart >= source.effectiveEnd)) {
      throw new UserInputError(
        'OUT_OF_RANGE',
        'effectiveStart must fall within the effective dates of the version it replaces',
        ['input', 'effectiveStart'],
      );
    }
    const plan = await tx.compPlan.create({
      data: {
        organizationId: ctx.organization.id,
        name: source.name,
        previousVersionId: source.id,
        effectiveStart,
        effectiveEnd: source.effectiveEnd,
        clawbackWindowDays: source.clawbackWindowDays,
      },
    });
    await writeComponents(tx, ctx.organization.id, plan.id, componentsAsInput(source));
    await recordAudit(tx, ctx, {
      action: 'compPlan.createVersion',
      entityType: 'CompPlan',
      entityId: plan.id,
      before: source,
      after: await loadPlan(tx, plan.id),
    });
    return { compPlanId: plan.id };
  });
}
