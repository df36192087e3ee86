// Sales plan lifecycle: create, update, clone as a scenario, activate, archive. A fiscal year has
// at most one ACTIVE plan; activation takes a transaction-scoped advisory lock on (organization,
// fiscal year) so two concurrent activations are serialised and the second sees the first.
import { Prisma, type SalesPlan } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { Decimal } from '../shared/scalars.js';
import { BULK_WRITE_TRANSACTION, type Tx } from '../shared/transactions.js';
import { placementCtes } from './routing.js';
import { checkMoney, checkName, checkRange, fail, type PlanCtx, staleVersion } from './service.js';

export interface CreateSalesPlanInput {
  fiscalYear: number;
  name: string;
  targetAmount?: Decimal | null;
  idempotencyKey?: string | null;
}

export async function createSalesPlan(ctx: PlanCtx, input: CreateSalesPlanInput): Promise<{ salesPlanId: number }> {
  const fiscalYear = checkRange(input.fiscalYear, 2000, 2100, ['input', 'fiscalYear']);
  const name = checkName(input.name, ['input', 'name']);
  const targetAmount = input.targetAmount == null ? null : checkMoney(input.targetAmount, ['input', 'targetAmount']);
  return runIdempotent(ctx, 'createSalesPlan', input.idempotencyKey, { fiscalYear, name, targetAmount }, async (tx) => {
    const plan = await tx.salesPlan.create({
      data: { organizationId: ctx.organization.id, fiscalYear, name, targetAmount },
    });
    await recordAudit(tx, ctx, { action: 'salesPlan.create', entityType: 'SalesPlan', entityId: plan.id, after: plan });
    return { salesPlanId: plan.id };
  });
}

export interface UpdateSalesPlanInput {
  id: number;
  expectedVersion: number;
  name?: string | null;
  /** Absent: unchanged; null: cleared. */
  targetAmount?: Decimal | null;
}

export async function updateSalesPlan(ctx: PlanCtx, input: UpdateSalesPlanInput): Promise<{ salesPlanId: number }> {
  const data: Prisma.SalesPlanUpdateManyMutationInput = { version: { increment: 1 } };
  if (input.name != null) data.name = checkName(input.name, ['input', 'name']);
  if (input.targetAmount !== undefined) {
    data.targetAmount =
      input.targetAmount === null ? null : checkMoney(input.targetAmount, ['input', 'targetAmount'], 'targetAmount');
  }
  return runIdempotent(ctx, 'updateSalesPlan', null, input, async (tx) => {
    const before = await findPlan(tx, input.id);
    const after = await changeWithVersion(tx, before, input.expectedVersion, ['DRAFT', 'ACTIVE'], data);
    await recordAudit(tx, ctx, {
      action: 'salesPlan.update',
      entityType: 'SalesPlan',
      entityId: before.id,
      before,
      after,
    });
    return { salesPlanId: before.id };
  });
}

export async function activateSalesPlan(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number },
): Promise<{ salesPlanId: number }> {
  return runIdempotent(
    ctx,
    'activateSalesPlan',
    null,
    input,
    async (tx) => {
      const found = await findPlan(tx, input.id);
      // Serialise activations per fiscal year; the lock is released when the transaction ends.
      const lockKey = `salesPlan.active:${ctx.organization.id}:${found.fiscalYear}`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
      const before = await findPlan(tx, input.id);
      if (before.status === 'ACTIVE') fail('CONFLICT', `"${before.name}" is already active`, ['input', 'id']);
      if (before.status === 'ARCHIVED')
        fail('IMMUTABLE', `"${before.name}" is archived and cannot be activated`, ['input', 'id']);
      const active = await tx.salesPlan.findFirst({
        where: { fiscalYear: before.fiscalYear, status: 'ACTIVE', id: { not: before.id } },
      });
      if (active) {
        fail(
          'CONFLICT',
          `FY${before.fiscalYear} already has an active plan, "${active.name}"; archive it before activating another`,
          ['input', 'id'],
        );
      }
      const after = await changeWithVersion(tx, before, input.expectedVersion, ['DRAFT'], {
        status: 'ACTIVE',
        version: { increment: 1 },
      });
      const accounts = await livePlacements(tx, ctx.organization.id, before.id);
      await recordAudit(tx, ctx, {
        action: 'salesPlan.activate',
        entityType: 'SalesPlan',
        entityId: before.id,
        before: { ...before, accounts: accounts.before },
        after: { ...after, accounts: accounts.after },
      });
      return { salesPlanId: before.id };
    },
    BULK_WRITE_TRANSACTION,
  );
}

/**
 * A cloned scenario holds its source's placements through its territories' `clonedFromId`; once
 * it is the ACTIVE plan those placements become the live ones, so an account goes from the
 * territory it is in to that territory's copy in the plan (the same place in the plan's terms: no
 * realignment), and the plan's preview and realignment then see the same rows. One UPDATE; the
 * [accountId, territoryId] pairs before and after, for the audit event.
 */
async function livePlacements(tx: Tx, org: number, plan: number) {
  const [row] = await tx.$queryRaw<{ before: [number, number][] | null; after: [number, number][] | null }[]>(
    Prisma.sql`
    WITH RECURSIVE ${placementCtes(org, plan)},
    moved AS (
      UPDATE "Account" a SET "territoryId" = p.territory_id, "updatedAt" = now()
        FROM placed p, "Account" old
       WHERE a.id = p.account_id AND old.id = a.id AND a."organizationId" = ${org}
         AND p.territory_id IS NOT NULL AND a."territoryId" IS DISTINCT FROM p.territory_id
      RETURNING a.id, old."territoryId" AS old_id, a."territoryId" AS new_id
    )
    SELECT (SELECT json_agg(json_build_array(id, old_id) ORDER BY id) FROM moved) AS before,
           (SELECT json_agg(json_build_array(id, new_id) ORDER BY id) FROM moved) AS after`,
  );
  return { before: row?.before ?? [], after: row?.after ?? [] };
}

export async function archiveSalesPlan(
  ctx: PlanCtx,
  input: { id: number; expectedVersion: number },
): Promise<{ salesPlanId: number }> {
  return runIdempotent(ctx, 'archiveSalesPlan', null, input, async (tx) => {
    const before = await findPlan(tx, input.id);
    if (before.status === 'ARCHIVED') fail('IMMUTABLE', `"${before.name}" is already archived`, ['input', 'id']);
    const after = await changeWithVersion(tx, before, input.expectedVersion, ['DRAFT', 'ACTIVE'], {
      status: 'ARCHIVED',
      version: { increment: 1 },
    });
    await recordAudit(tx, ctx, {
      action: 'salesPlan.archive',
      entityType: 'SalesPlan',
      entityId: before.id,
      before,
      after,
    });
    return { salesPlanId: before.id };
  });
}

export interface CloneSalesPlanInput {
  id: number;
  name: string;
  idempotencyKey?: string | null;
}

export interface CloneCounts {
  territories: number;
  rules: number;
  assignments: number;
  quotas: number;
  capacityLines: number;
}

/**
 * A new DRAFT scenario of the same fiscal year with a copy of everything the plan holds:
 * territories (hierarchy kept, external IDs dropped since they are unique), their rules and rep
 * assignments, quotas and capacity lines. Each copied territory records the one it was cloned
 * from (`clonedFromId`): an account has one live territory, and the scenario holds it in the copy
 * of that territory (routing.ts, `placed`), so it starts with its source's placements.
 */
export async function cloneSalesPlan(
  ctx: PlanCtx,
  input: CloneSalesPlanInput,
): Promise<{ salesPlanId: number; copied: CloneCounts }> {
  const name = checkName(input.name, ['input', 'name']);
  return runIdempotent(
    ctx,
    'cloneSalesPlan',
    input.idempotencyKey,
    { id: input.id, name },
    async (tx) => {
      const source = await findPlan(tx, input.id);
      const plan = await tx.salesPlan.create({
        data: {
          organizationId: ctx.organization.id,
          fiscalYear: source.fiscalYear,
          name,
          targetAmount: source.targetAmount,
          clonedFromId: source.id,
        },
      });
      const copied = await copyPlanContents(tx, ctx.organization.id, source.id, plan.id);
      await recordAudit(tx, ctx, {
        action: 'salesPlan.clone',
        entityType: 'SalesPlan',
        entityId: plan.id,
        after: { ...plan, copied },
      });
      return { salesPlanId: plan.id, copied };
    },
    BULK_WRITE_TRANSACTION,
  );
}

/** One statement: new territory IDs are drawn first so parents and rules can be remapped in SQL. */
async function copyPlanContents(tx: Tx, org: number, from: number, to: number): Promise<CloneCounts> {
  const [counts] = await tx.$queryRaw<CloneCounts[]>(Prisma.sql`
    WITH ids AS (
      SELECT id AS old_id, nextval(pg_get_serial_sequence('"Territory"', 'id'))::int AS new_id
        FROM "Territory" WHERE "organizationId" = ${org} AND "salesPlanId" = ${from}
    ), t AS (
      INSERT INTO "Territory" (id, "organizationId", "salesPlanId", "externalId", name, kind, "parentId", "clonedFromId")
      SELECT i.new_id, ${org}, ${to}, NULL, o.name, o.kind, p.new_id, o.id
        FROM ids i JOIN "Territory" o ON o.id = i.old_id LEFT JOIN ids p ON p.old_id = o."parentId"
      RETURNING 1
    ), r AS (
      INSERT INTO "TerritoryRule" ("organizationId", "territoryId", priority, region, country, industry,
                                   "minEmployees", "maxEmployees")
      SELECT ${org}, i.new_id, r.priority, r.region, r.country, r.industry, r."minEmployees", r."maxEmployees"
        FROM "TerritoryRule" r JOIN ids i ON i.old_id = r."territoryId"
       WHERE r."organizationId" = ${org}
      RETURNING 1
    ), a AS (
      INSERT INTO "TerritoryAssignment" ("organizationId", "territoryId", "repId", role, "startDate", "endDate")
      SELECT ${org}, i.new_id, a."repId", a.role, a."startDate", a."endDate"
        FROM "TerritoryAssignment" a JOIN ids i ON i.old_id = a."territoryId"
       WHERE a."organizationId" = ${org}
      RETURNING 1
    ), q AS (
      INSERT INTO "Quota" ("organizationId", "salesPlanId", "repId", "periodKey", "periodStart", "periodEnd", amount)
      SELECT ${org}, ${to}, "repId", "periodKey", "periodStart", "periodEnd", amount
        FROM "Quota" WHERE "organizationId" = ${org} AND "salesPlanId" = ${from}
      RETURNING 1
    ), c AS (
      INSERT INTO "CapacityLine" ("organizationId", "salesPlanId", role, headcount, "startMonth", "rampMonths",
                                  "rampedProductivity", "attritionRate")
      SELECT ${org}, ${to}, role, headcount, "startMonth", "rampMonths", "rampedProductivity", "attritionRate"
        FROM "CapacityLine" WHERE "organizationId" = ${org} AND "salesPlanId" = ${from}
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM t)::int AS territories, (SELECT count(*) FROM r)::int AS rules,
           (SELECT count(*) FROM a)::int AS assignments, (SELECT count(*) FROM q)::int AS quotas,
           (SELECT count(*) FROM c)::int AS "capacityLines"`);
  return counts as CloneCounts;
}

async function findPlan(tx: Tx, id: number): Promise<SalesPlan> {
  const plan = await tx.salesPlan.findUnique({ where: { id } });
  return plan ?? fail('NOT_FOUND', 'No sales plan with this ID', ['input', 'id']);
}

/** The optimistic update: applies `data` only at `expectedVersion` and in one of `statuses`. */
async function changeWithVersion(
  tx: Tx,
  before: SalesPlan,
  expectedVersion: number,
  statuses: SalesPlan['status'][],
  data: Prisma.SalesPlanUpdateManyMutationInput,
): Promise<SalesPlan> {
  if (before.status === 'ARCHIVED' && !statuses.includes('ARCHIVED')) {
    fail('IMMUTABLE', `Sales plan "${before.name}" is archived; clone it to change it`, ['input', 'id']);
  }
  const [after] = await tx.salesPlan.updateManyAndReturn({
    where: { id: before.id, version: expectedVersion, status: { in: statuses } },
    data,
  });
  if (after) return after;
  const current = await tx.salesPlan.findUnique({ where: { id: before.id }, select: { version: true } });
  return staleVersion(expectedVersion, current?.version ?? before.version);
}
