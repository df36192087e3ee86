// Previewing and applying a plan's territory rules over the whole book of business, each in a
// fixed number of set-based statements whatever the number of accounts.
import { Prisma } from '../generated/prisma/client.js';
import { recordAudit } from '../shared/audit.js';
import { runIdempotent } from '../shared/idempotency.js';
import type { TenantPrisma } from '../shared/tenant.js';
import { BULK_WRITE_TRANSACTION } from '../shared/transactions.js';
import { placementCtes, routingCtes } from './routing.js';
import { fail, lockPlan, type PlanCtx } from './service.js';
import { requireActive } from './territories.js';

export const MAX_PREVIEW_SAMPLE = 100;

/**
 * Each account with its territory under the plan now (`current_id`) and where the rules would put
 * it (`proposed_id`). Now is where it is placed under the plan (`placed`, routing.ts: in the plan,
 * or in the territory a scenario's territory was cloned from), else its live territory in another
 * plan, which realigning this plan would leave.
 */
function accountsCte(org: number, preserveExisting: boolean): Prisma.Sql {
  return Prisma.sql`
    accts AS (
      SELECT a.id, a.name, COALESCE(p.territory_id, a."territoryId") AS current_id,
             r.account_id IS NOT NULL AS matched, r.rule_id, r.tied_territory_ids,
             CASE WHEN ${preserveExisting} AND p.territory_id IS NOT NULL THEN p.territory_id
                  ELSE r.territory_id END AS proposed_id
        FROM "Account" a
        JOIN placed p ON p.account_id = a.id
        LEFT JOIN routing r ON r.account_id = a.id
       WHERE a."organizationId" = ${org}
    )`;
}

export interface PreviewOptions {
  /** Only accounts routed to, or now placed in, this territory in the `accounts` sample. */
  territoryId?: number | null;
  preserveExisting: boolean;
  limit: number;
}

export interface AccountRoutingRow {
  accountId: number;
  currentTerritoryId: number | null;
  proposedTerritoryId: number | null;
  ruleId: number | null;
  tiedTerritoryIds: number[];
}

export interface RulePreview {
  accountCount: number;
  routedCount: number;
  conflictCount: number;
  unmatchedCount: number;
  changeCount: number;
  territories: { territoryId: number; proposed: number; current: number; gained: number; lost: number }[];
  rules: { ruleId: number; territoryId: number; matched: number; routed: number }[];
  accounts: AccountRoutingRow[];
  conflicts: AccountRoutingRow[];
  unmatched: AccountRoutingRow[];
}

interface StatRow {
  kind: 'total' | 'territory' | 'rule';
  id: number | null;
  parent: number | null;
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
}

export async function previewTerritoryRules(
  prisma: TenantPrisma,
  org: number,
  plan: number,
  options: PreviewOptions,
): Promise<RulePreview> {
  if (options.limit < 0 || options.limit > MAX_PREVIEW_SAMPLE) {
    fail('OUT_OF_RANGE', `limit must be between 0 and ${MAX_PREVIEW_SAMPLE}`, ['limit']);
  }
  const found = await prisma.salesPlan.findUnique({ where: { id: plan }, select: { id: true } });
  if (!found) fail('NOT_FOUND', 'No sales plan with this ID', ['salesPlanId']);
  const ctes = Prisma.sql`WITH RECURSIVE ${routingCtes(org, plan)}, ${placementCtes(org, plan)},
    ${accountsCte(org, options.preserveExisting)}`;
  const stats = await prisma.$queryRaw<StatRow[]>(Prisma.sql`${ctes}
    SELECT 'total' AS kind, NULL::int AS id, NULL::int AS parent, count(*)::int AS a,
           count(*) FILTER (WHERE proposed_id IS NOT NULL)::int AS b,
           count(*) FILTER (WHERE matched AND proposed_id IS NULL)::int AS c,
           count(*) FILTER (WHERE NOT matched)::int AS d,
           count(*) FILTER (WHERE current_id IS DISTINCT FROM proposed_id)::int AS e
      FROM accts
    UNION ALL
    SELECT 'territory', t.id, NULL, COALESCE(p.n, 0)::int, COALESCE(c.n, 0)::int, COALESCE(p.gained, 0)::int,
           COALESCE(c.lost, 0)::int, 0
      FROM "Territory" t
      LEFT JOIN (SELECT proposed_id AS id, count(*) AS n,
                        count(*) FILTER (WHERE current_id IS DISTINCT FROM proposed_id) AS gained
                   FROM accts GROUP BY proposed_id) p ON p.id = t.id
      LEFT JOIN (SELECT current_id AS id, count(*) AS n,
                        count(*) FILTER (WHERE proposed_id IS DISTINCT FROM current_id) AS lost
                   FROM accts GROUP BY current_id) c ON c.id = t.id
     WHERE t."organizationId" = ${org} AND t."salesPlanId" = ${plan}
    UNION ALL
    SELECT 'rule', pr.rule_id, pr.territory_id, COALESCE(m.n, 0)::int, COALESCE(w.n, 0)::int, 0, 0, 0
      FROM plan_rules pr
      LEFT JOIN (SELECT rule_id, count(*) AS n FROM raw_matches GROUP BY rule_id) m ON m.rule_id = pr.rule_id
      LEFT JOIN (SELECT rule_id, count(*) AS n FROM routing GROUP BY rule_id) w ON w.rule_id = pr.rule_id`);
  const samples = await prisma.$queryRaw<(AccountRoutingRow & { kind: string })[]>(Prisma.sql`${ctes}
    (SELECT 'account' AS kind, id AS "accountId", current_id AS "currentTerritoryId",
            proposed_id AS "proposedTerritoryId", rule_id AS "ruleId", tied_territory_ids AS "tiedTerritoryIds"
       FROM accts
      WHERE proposed_id IS NOT NULL
        AND (${options.territoryId ?? null}::int IS NULL OR ${options.territoryId ?? null}::int IN (proposed_id, current_id))
      ORDER BY current_id IS NOT DISTINCT FROM proposed_id, name, id LIMIT ${options.limit})
    UNION ALL
    (SELECT 'conflict', id, current_id, NULL, NULL, tied_territory_ids FROM accts
      WHERE matched AND proposed_id IS NULL ORDER BY name, id LIMIT ${options.limit})
    UNION ALL
    (SELECT 'unmatched', id, current_id, NULL, NULL, NULL FROM accts
      WHERE NOT matched ORDER BY name, id LIMIT ${options.limit})`);
  const total = stats.find((s) => s.kind === 'total') as StatRow;
  const pick = (kind: string) =>
    samples
      .filter((s) => s.kind === kind)
      .map(({ kind: _, ...row }) => ({ ...row, tiedTerritoryIds: row.tiedTerritoryIds ?? [] }));
  return {
    accountCount: total.a,
    routedCount: total.b,
    conflictCount: total.c,
    unmatchedCount: total.d,
    changeCount: total.e,
    territories: stats
      .filter((s) => s.kind === 'territory')
      .map((s) => ({ territoryId: s.id as number, proposed: s.a, current: s.b, gained: s.c, lost: s.d })),
    rules: stats
      .filter((s) => s.kind === 'rule')
      .map((s) => ({ ruleId: s.id as number, territoryId: s.parent as number, matched: s.a, routed: s.b }))
      .sort((x, y) => x.ruleId - y.ruleId),
    accounts: pick('account'),
    conflicts: pick('conflict'),
    unmatched: pick('unmatched'),
  };
}

export interface ApplyRulesResult {
  salesPlanId: number;
  movedCount: number;
  routedCount: number;
  conflictCount: number;
  unmatchedCount: number;
}

interface ApplyRow {
  moved: number;
  routed: number;
  conflicts: number;
  unmatched: number;
  before: [number, number | null][] | null;
  after: [number, number | null][] | null;
}

/**
 * Realigns the book of business to the ACTIVE plan in one UPDATE: every account goes to the
 * territory its rules route it to, or becomes unassigned when no rule matches or territories
 * tie. With `preserveExisting`, accounts already in a territory of the plan (placed earlier, or
 * moved by hand) keep it.
 */
export async function applyTerritoryRules(
  ctx: PlanCtx,
  input: { salesPlanId: number; expectedVersion: number; preserveExisting: boolean },
): Promise<ApplyRulesResult> {
  const org = ctx.organization.id;
  const plan = input.salesPlanId;
  return runIdempotent(
    ctx,
    'applyTerritoryRules',
    null,
    input,
    async (tx) => {
      const locked = await lockPlan(tx, plan, input.expectedVersion);
      requireActive(locked.plan.status, locked.plan.name, ['input', 'salesPlanId']);
      const [row] = await tx.$queryRaw<ApplyRow[]>(Prisma.sql`
      WITH ${routingCtes(org, plan)},
      target AS (
        SELECT a.id, a."territoryId" AS old_id, r.territory_id AS new_id
          FROM "Account" a LEFT JOIN routing r ON r.account_id = a.id
         WHERE a."organizationId" = ${org}
           AND a."territoryId" IS DISTINCT FROM r.territory_id
           AND NOT (${input.preserveExisting} AND EXISTS (
                 SELECT 1 FROM "Territory" t
                  WHERE t.id = a."territoryId" AND t."organizationId" = ${org} AND t."salesPlanId" = ${plan}))
      ), moved AS (
        UPDATE "Account" a SET "territoryId" = t.new_id, "updatedAt" = now()
          FROM target t WHERE a.id = t.id AND a."organizationId" = ${org}
        RETURNING a.id, t.old_id, t.new_id
      )
      SELECT (SELECT count(*) FROM moved)::int AS moved,
             (SELECT count(*) FROM routing WHERE territory_id IS NOT NULL)::int AS routed,
             (SELECT count(*) FROM routing WHERE territory_id IS NULL)::int AS conflicts,
             (SELECT count(*) FROM "Account" a WHERE a."organizationId" = ${org}
                 AND NOT EXISTS (SELECT 1 FROM routing r WHERE r.account_id = a.id))::int AS unmatched,
             (SELECT json_agg(json_build_array(id, old_id) ORDER BY id) FROM moved) AS before,
             (SELECT json_agg(json_build_array(id, new_id) ORDER BY id) FROM moved) AS after`);
      const result = row as ApplyRow;
      const counts = {
        movedCount: result.moved,
        routedCount: result.routed,
        conflictCount: result.conflicts,
        unmatchedCount: result.unmatched,
      };
      await recordAudit(tx, ctx, {
        action: 'territoryRules.apply',
        entityType: 'SalesPlan',
        entityId: plan,
        // [accountId, territoryId] pairs of the accounts that moved.
        before: { accounts: result.before ?? [] },
        after: { accounts: result.after ?? [], ...counts, salesPlanVersion: locked.version },
      });
      return { salesPlanId: plan, ...counts };
    },
    BULK_WRITE_TRANSACTION,
  );
}
