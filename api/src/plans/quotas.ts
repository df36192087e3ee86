// Quotas of a plan by rep and fiscal period (year, quarter or month), set in bulk with one
// INSERT ... ON CONFLICT over unnest()ed arrays, and read by the rule of docs/design.md §5
// (plans/quota-rule.ts): a period's quota is the one set for it, else the sum of its sub-periods'
// quotas, else its share of the enclosing period's quota.

import { Prisma } from '../generated/prisma/client.js';
import { OVERLAY_QUOTA_ROLES, TEAM_QUOTA_ROLES } from '../performance/metrics.js';
import { recordAudit } from '../shared/audit.js';
import { type Period, PeriodKeyError, parsePeriodKey, yearKey } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { type UserErrorShape, UserInputError, userError } from '../shared/errors.js';
import { runIdempotent } from '../shared/idempotency.js';
import { Decimal } from '../shared/scalars.js';
import { BULK_WRITE_TRANSACTION, type Tx } from '../shared/transactions.js';
import { employedDuring, type QuotaBasis, quotaRuleCtes } from './quota-rule.js';
import { checkMoney, fail, lockPlan, type PlanCtx } from './service.js';

export const MAX_QUOTA_ROWS = 50_000;
const MAX_REPORTED_ERRORS = 20;

export interface QuotaRowInput {
  repId: number;
  periodKey: string;
  /** null removes the quota. */
  amount: Decimal | null;
}

export interface QuotaWrite {
  repId: number;
  period: Period;
  amount: Decimal | null;
}

/** A plan period: a key of the plan's fiscal year. */
export function planPeriod(key: string, plan: { fiscalYear: number }, startMonth: number, field: (string | number)[]) {
  let period: Period;
  try {
    period = parsePeriodKey(key, startMonth);
  } catch (error) {
    if (error instanceof PeriodKeyError) fail('INVALID', error.message, field);
    throw error;
  }
  if (period.fiscalYear !== plan.fiscalYear) {
    fail('OUT_OF_RANGE', `${key} is not in the plan's fiscal year FY${plan.fiscalYear}`, field);
  }
  return period;
}

export async function setQuotas(
  ctx: PlanCtx,
  input: { salesPlanId: number; expectedVersion: number; quotas: QuotaRowInput[] },
): Promise<{ salesPlanId: number; writtenCount: number; removedCount: number }> {
  if (input.quotas.length > MAX_QUOTA_ROWS) {
    fail('OUT_OF_RANGE', `Set at most ${MAX_QUOTA_ROWS} quotas at a time`, ['input', 'quotas']);
  }
  return runIdempotent(
    ctx,
    'setQuotas',
    null,
    input,
    async (tx) => {
      const { plan, version } = await lockPlan(tx, input.salesPlanId, input.expectedVersion);
      const errors: UserErrorShape[] = [];
      const seen = new Set<string>();
      const writes: QuotaWrite[] = [];
      input.quotas.forEach((row, i) => {
        const at = ['input', 'quotas', i];
        try {
          const period = planPeriod(row.periodKey, plan, ctx.organization.fiscalYearStartMonth, [...at, 'periodKey']);
          const amount = row.amount == null ? null : checkMoney(row.amount, [...at, 'amount']);
          const key = `${row.repId}|${period.key}`;
          if (seen.has(key)) {
            errors.push(userError('DUPLICATE', `The rep's ${period.key} quota appears twice`, at));
            return;
          }
          seen.add(key);
          writes.push({ repId: row.repId, period, amount });
        } catch (error) {
          if (!(error instanceof UserInputError)) throw error;
          errors.push(error.userError);
        }
      });
      const repIds = [...new Set(input.quotas.map((q) => q.repId))];
      const known = new Set(
        (await tx.rep.findMany({ where: { id: { in: repIds } }, select: { id: true } })).map((r) => r.id),
      );
      input.quotas.forEach((row, i) => {
        if (!known.has(row.repId))
          errors.push(userError('NOT_FOUND', 'No rep with this ID', ['input', 'quotas', i, 'repId']));
      });
      if (errors.length) throw UserInputError.of(errors.slice(0, MAX_REPORTED_ERRORS));
      const result = await writeQuotas(tx, ctx.organization.id, plan.id, writes);
      await recordAudit(tx, ctx, {
        action: 'quotas.set',
        entityType: 'SalesPlan',
        entityId: plan.id,
        before: { quotas: result.before },
        after: {
          quotas: writes.map((w) => ({ repId: w.repId, periodKey: w.period.key, amount: w.amount })),
          salesPlanVersion: version,
        },
      });
      return { salesPlanId: plan.id, writtenCount: result.written, removedCount: result.removed };
    },
    BULK_WRITE_TRANSACTION,
  );
}

interface WriteResult {
  written: number;
  removed: number;
  before: { repId: number; periodKey: string; amount: string }[];
}

/** Upserts (and, for null amounts, deletes) quotas in one statement; returns the rows it replaced. */
export async function writeQuotas(tx: Tx, org: number, plan: number, rows: QuotaWrite[]): Promise<WriteResult> {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const [result] = await tx.$queryRaw<{ written: number; removed: number; before: WriteResult['before'] | null }[]>(
    Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${rows.map((r) => r.repId)}::int[], ${rows.map((r) => r.period.key)}::text[],
                           ${rows.map((r) => day(r.period.start))}::date[], ${rows.map((r) => day(r.period.end))}::date[],
                           ${rows.map((r) => (r.amount == null ? null : r.amount.toFixed(2)))}::numeric[])
             AS i(rep_id, period_key, period_start, period_end, amount)
    ), old AS (
      SELECT q."repId", q."periodKey", q.amount FROM "Quota" q
        JOIN input i ON i.rep_id = q."repId" AND i.period_key = q."periodKey"
       WHERE q."organizationId" = ${org} AND q."salesPlanId" = ${plan}
    ), removed AS (
      DELETE FROM "Quota" q USING input i
       WHERE q."organizationId" = ${org} AND q."salesPlanId" = ${plan}
         AND q."repId" = i.rep_id AND q."periodKey" = i.period_key AND i.amount IS NULL
      RETURNING 1
    ), written AS (
      INSERT INTO "Quota" AS q ("organizationId", "salesPlanId", "repId", "periodKey", "periodStart", "periodEnd", amount)
      SELECT ${org}, ${plan}, rep_id, period_key, period_start, period_end, amount FROM input WHERE amount IS NOT NULL
      ON CONFLICT ("salesPlanId", "repId", "periodKey")
      DO UPDATE SET amount = EXCLUDED.amount, "periodStart" = EXCLUDED."periodStart", "periodEnd" = EXCLUDED."periodEnd",
        -- Raw SQL bypasses Prisma's @updatedAt; an unchanged quota keeps its time (updatedSince).
        "updatedAt" = CASE WHEN (q.amount, q."periodStart", q."periodEnd")
                                IS DISTINCT FROM (EXCLUDED.amount, EXCLUDED."periodStart", EXCLUDED."periodEnd")
                           THEN now() ELSE q."updatedAt" END
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM removed)::int AS removed,
           (SELECT json_agg(json_build_object('repId', "repId", 'periodKey', "periodKey", 'amount', amount::text)
                            ORDER BY "repId", "periodKey") FROM old) AS before`,
  );
  return { written: result?.written ?? 0, removed: result?.removed ?? 0, before: result?.before ?? [] };
}

export interface RepQuota {
  repId: number;
  amount: Decimal;
  /** The quota was set for this very period (not summed from sub-periods). */
  explicit: boolean;
  /**
   * An individual quota of a rep employed during the period: counted in the plan's totals (see
   * `countsInTotal`; a departed rep's rows stay listed so that a planner sees them).
   */
  countsInTotal: boolean;
}

const NOT_COUNTED: ReadonlySet<string> = new Set([...TEAM_QUOTA_ROLES, ...OVERLAY_QUOTA_ROLES]);

/**
 * Whether a rep's quota counts in a plan's quota total, where each dollar of quota must count once
 * (docs/planning.md, "Counting quota once"). Team quotas (MANAGER, EXECUTIVE) restate their
 * team's quotas, and overlay quotas (SE) are measured on the same deals as the revenue quotas:
 * only the other roles' individual quotas add up to what the plan expects to book. The same rule
 * as performance's quota (performance/metrics.ts).
 */
export function countsInTotal(role: string): boolean {
  return !NOT_COUNTED.has(role);
}

/** Sum of the quotas that count in a total. */
export function individualTotal(quotas: readonly RepQuota[]): Decimal {
  return quotas.reduce((s, q) => (q.countsInTotal ? s.add(q.amount) : s), new Decimal(0));
}

/** Who may read quotas: the tenant client, the organization and the reps the caller may see. */
export type QuotaReadCtx = Pick<Context, 'prisma' | 'organization' | 'visibility'>;

interface PlanQuotaRow {
  repId: number;
  periodKey: string;
  amount: Decimal;
  basis: QuotaBasis;
  /** For a year or quarter: what its parts with a quota of their own add up to. */
  parts: Decimal | null;
  role: string;
  managerId: number | null;
  /** The rep was employed during the period (plans/quota-rule.ts `employedDuring`). */
  employed: boolean;
}

/**
 * The plan's quotas for the periods `where` picks (on `rq.kind`, `rq.key`), by the rule of
 * docs/design.md §5 (plans/quota-rule.ts, shared with performance, forecast and comp), for the reps
 * the caller may see, in one statement.
 */
async function planQuotas(
  ctx: QuotaReadCtx,
  plan: { id: number; fiscalYear: number },
  where: Prisma.Sql,
): Promise<PlanQuotaRow[]> {
  const org = ctx.organization.id;
  const rows = await ctx.prisma.$queryRaw<PlanQuotaRow[]>(Prisma.sql`
    WITH ${quotaRuleCtes({
      organizationId: org,
      fiscalYearStartMonth: ctx.organization.fiscalYearStartMonth,
      fiscalYears: [plan.fiscalYear],
      planId: plan.id,
      reps: ctx.visibility.reps,
    })}
    SELECT rq.rep_id AS "repId", rq.key AS "periodKey", rq.amount, rq.basis, rq.parts,
           r.role::text AS role, r."managerId" AS "managerId",
           ${employedDuring('r', Prisma.sql`rq.ps`, Prisma.sql`rq.pe`)} AS employed
      FROM rule_quota rq JOIN "Rep" r ON r.id = rq.rep_id AND r."organizationId" = ${org}
     WHERE ${where}
     ORDER BY rq.rep_id, rq.key`);
  return rows.map((r) => ({
    ...r,
    amount: new Decimal(r.amount),
    parts: r.parts == null ? null : new Decimal(r.parts),
  }));
}

/** Every rep's quota for `period` under the plan, by docs/design.md §5's rule; reps without one are left out. */
export async function quotasForPeriod(
  ctx: QuotaReadCtx,
  plan: { id: number; fiscalYear: number },
  period: Period,
): Promise<RepQuota[]> {
  const rows = await planQuotas(ctx, plan, Prisma.sql`rq.key = ${period.key}`);
  return rows.map((r) => ({
    repId: r.repId,
    amount: r.amount,
    explicit: r.basis === 'SET',
    countsInTotal: countsInTotal(r.role) && r.employed,
  }));
}

export interface QuotaMismatch {
  repId: number;
  periodKey: string;
  amount: Decimal;
  /** What the sub-periods add up to. */
  partsTotal: Decimal;
}

/** A manager's team quota next to what their direct reports' quotas add up to. */
export interface TeamOverassignment {
  /** The manager (role MANAGER or EXECUTIVE) with a fiscal-year team quota. */
  repId: number;
  teamQuota: Decimal;
  /** Sum of the fiscal-year quotas of their direct reports, overlay reps left out. */
  reportsQuota: Decimal;
  /** Direct reports with a fiscal-year quota (overlay reps left out). */
  reportCount: number;
  /** reportsQuota - teamQuota: positive = over-assigned, negative = under-assigned. */
  overassignment: Decimal;
  /** reportsQuota / teamQuota, 6 decimals (1.1 = 10% over-assigned). */
  ratio: Decimal;
}

export interface QuotaCheck {
  target: Decimal | null;
  /** Sum of the individual fiscal-year quotas (rolled up): each dollar of quota once. */
  quotaTotal: Decimal;
  /** Reps whose fiscal-year quota is in quotaTotal. */
  repCount: number;
  /** Managers' team quotas against their direct reports' quotas, by manager ID. */
  teamOverassignment: TeamOverassignment[];
  /** Sum of the managers' overassignment. */
  overassignmentTotal: Decimal;
  /** quotaTotal - target. */
  difference: Decimal | null;
  /** Half a cent per rep: what rounding each rep's quota to cents can account for. */
  tolerance: Decimal;
  matchesTarget: boolean | null;
  /** Quarters or years set explicitly whose sub-periods, also set, add up to something else. */
  mismatches: QuotaMismatch[];
}

/** Do the plan's quotas add up to its target, and do explicit quarters and years agree with their parts? */
export async function quotaCheck(
  ctx: QuotaReadCtx,
  plan: { id: number; fiscalYear: number; targetAmount: Decimal | null },
): Promise<QuotaCheck> {
  const rows = await planQuotas(ctx, plan, Prisma.sql`rq.kind IN ('YEAR', 'QUARTER')`);
  let quotaTotal = new Decimal(0);
  let repCount = 0;
  const mismatches: QuotaMismatch[] = [];
  const years: PlanQuotaRow[] = [];
  for (const r of rows) {
    if (r.basis === 'SET' && r.parts != null && !r.parts.eq(r.amount)) {
      mismatches.push({ repId: r.repId, periodKey: r.periodKey, amount: r.amount, partsTotal: r.parts });
    }
    if (r.periodKey !== yearKey(plan.fiscalYear)) continue;
    years.push(r);
    if (countsInTotal(r.role) && r.employed) {
      quotaTotal = quotaTotal.add(r.amount);
      repCount++;
    }
  }
  const teamOverassignment = overassignment(years);
  const tolerance = new Decimal(repCount).mul('0.005').toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const target = plan.targetAmount == null ? null : new Decimal(plan.targetAmount);
  const difference = target ? quotaTotal.sub(target) : null;
  return {
    target,
    quotaTotal,
    repCount,
    teamOverassignment,
    overassignmentTotal: teamOverassignment.reduce((s, t) => s.add(t.overassignment), new Decimal(0)),
    difference,
    tolerance,
    matchesTarget: difference ? difference.abs().lte(tolerance) : null,
    mismatches,
  };
}

const OVERLAY: ReadonlySet<string> = new Set(OVERLAY_QUOTA_ROLES);
const TEAM: ReadonlySet<string> = new Set(TEAM_QUOTA_ROLES);

/**
 * For each manager with a team quota, what their direct reports' quotas add up to (overlay reps
 * left out: their quotas are on the same deals). Kept apart from quotaTotal, which never adds a
 * team quota to its team's.
 */
function overassignment(years: readonly PlanQuotaRow[]): TeamOverassignment[] {
  const reports = new Map<number, { sum: Decimal; count: number }>();
  for (const { role, managerId, amount, employed } of years) {
    if (managerId == null || OVERLAY.has(role) || !employed) continue;
    const r = reports.get(managerId) ?? { sum: new Decimal(0), count: 0 };
    reports.set(managerId, { sum: r.sum.add(amount), count: r.count + 1 });
  }
  const out: TeamOverassignment[] = [];
  for (const { repId, role, amount: teamQuota } of years) {
    if (!TEAM.has(role) || teamQuota.isZero()) continue;
    const r = reports.get(repId) ?? { sum: new Decimal(0), count: 0 };
    out.push({
      repId,
      teamQuota,
      reportsQuota: r.sum,
      reportCount: r.count,
      overassignment: r.sum.sub(teamQuota),
      ratio: r.sum.div(teamQuota).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN),
    });
  }
  return out.sort((a, b) => a.repId - b.repId);
}
