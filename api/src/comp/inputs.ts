// Loads what the calculation needs, in a fixed number of queries whatever the number of reps:
// plans with components and tiers, assignments, quotas of the active sales plans, and the
// recoverable draw balances carried from approved runs.
import { Prisma } from '../generated/prisma/client.js';
import { childPeriods, type Period } from '../shared/calendar.js';
import { type Dec, dec, fmt, sum } from '../shared/money.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { AssignmentSpec, PlanSpec, QuotaBook, QuotaFigure } from './calculate.js';
import type { Interval } from './periods.js';

type Reader = Pick<TenantPrisma, 'compPlan' | 'compAssignment' | 'quota' | 'salesPlan' | '$queryRaw'>;

const planInclude = {
  components: { orderBy: { id: 'asc' }, include: { tiers: { orderBy: { fromAttainment: 'asc' } } } },
} as const;

type PlanRow = Prisma.CompPlanGetPayload<{ include: typeof planInclude }>;

export function toPlanSpec(p: PlanRow): PlanSpec {
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    previousVersionId: p.previousVersionId,
    effectiveStart: p.effectiveStart,
    effectiveEnd: p.effectiveEnd,
    clawbackWindowDays: p.clawbackWindowDays,
    components: p.components.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      period: c.period,
      opportunityTypes: c.opportunityTypes,
      productFamilies: c.productFamilies,
      retroactive: c.retroactive,
      capAmount: c.capAmount && dec(c.capAmount),
      targetShare: c.targetShare && dec(c.targetShare),
      spiffAmount: c.spiffAmount && dec(c.spiffAmount),
      tiers: c.tiers.map((t) => ({
        fromAttainment: dec(t.fromAttainment),
        toAttainment: t.toAttainment && dec(t.toAttainment),
        rate: dec(t.rate),
      })),
    })),
  };
}

/** Every published or retired plan version (drafts never pay), plus the drafts asked for by id. */
export async function loadPlans(prisma: Reader, draftIds: readonly number[] = []): Promise<Map<number, PlanSpec>> {
  const rows = await prisma.compPlan.findMany({
    where: { OR: [{ status: { not: 'DRAFT' } }, { id: { in: [...draftIds] } }] },
    include: planInclude,
    orderBy: { id: 'asc' },
  });
  return new Map(rows.map((p) => [p.id, toPlanSpec(p)]));
}

export async function loadAssignments(
  prisma: Reader,
  window: Interval,
  repIds?: readonly number[],
): Promise<AssignmentSpec[]> {
  const rows = await prisma.compAssignment.findMany({
    where: {
      startDate: { lt: window.end },
      OR: [{ endDate: null }, { endDate: { gt: window.start } }],
      ...(repIds ? { repId: { in: [...repIds] } } : {}),
    },
    orderBy: [{ repId: 'asc' }, { startDate: 'asc' }],
  });
  return rows.map((a) => ({
    id: a.id,
    repId: a.repId,
    compPlanId: a.compPlanId,
    startDate: a.startDate,
    endDate: a.endDate,
    targetIncentive: dec(a.targetIncentive),
    drawAmount: a.drawAmount && dec(a.drawAmount),
    drawRecoverable: a.drawRecoverable,
  }));
}

/**
 * Quotas as docs/design.md §5 defines them, from the ACTIVE sales plan of each period's fiscal year:
 * a period's own quota row when there is one, else the sum of its quarters' or months' quotas.
 */
export async function loadQuotaBook(
  prisma: Reader,
  window: Interval,
  startMonth: number,
  repIds?: readonly number[],
): Promise<QuotaBook> {
  const plans = await prisma.salesPlan.findMany({
    where: { status: 'ACTIVE' },
    select: { id: true, fiscalYear: true },
    orderBy: { id: 'asc' },
  });
  const fiscalYearOf = new Map(plans.map((p) => [p.id, p.fiscalYear]));
  const rows = await prisma.quota.findMany({
    where: {
      salesPlanId: { in: plans.map((p) => p.id) },
      periodStart: { gte: window.start },
      periodEnd: { lte: window.end },
      ...(repIds ? { repId: { in: [...repIds] } } : {}),
    },
    select: { repId: true, periodKey: true, amount: true, salesPlanId: true },
  });
  const amounts = new Map<string, Dec>();
  for (const r of rows) {
    // A quota row counts only under the active plan of its own fiscal year.
    if (!r.periodKey.startsWith(`FY${fiscalYearOf.get(r.salesPlanId)}`)) continue;
    amounts.set(`${r.repId}|${r.periodKey}`, dec(r.amount));
  }
  const figure = (repId: number, p: Period): QuotaFigure | null => {
    const own = amounts.get(`${repId}|${p.key}`);
    if (own) return { amount: own, source: [[p.key, fmt(own)]] };
    if (p.kind === 'MONTH') return null;
    const parts = childPeriods(p, p.kind === 'YEAR' ? 'QUARTER' : 'MONTH', startMonth)
      .map((c) => figure(repId, c))
      .filter((f): f is QuotaFigure => f !== null);
    if (!parts.length) return null;
    return { amount: sum(parts.map((f) => f.amount)), source: parts.flatMap((f) => f.source) };
  };
  return { get: figure };
}

/** Outstanding recoverable draw balance per rep from approved or paid runs of periods ending by `before`. */
export async function loadDrawBalances(
  prisma: Reader,
  organizationId: number,
  before: Date,
  repIds?: readonly number[],
): Promise<Map<number, Dec>> {
  const repFilter = repIds ? Prisma.sql`AND l."repId" = ANY(${[...repIds]}::int[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ repId: number; balance: string }[]>(Prisma.sql`
    SELECT l."repId", sum(l.amount)::text AS balance
      FROM "PayoutLine" l
      JOIN "PayoutRun" r ON r.id = l."payoutRunId" AND r."organizationId" = ${organizationId}
     WHERE l."organizationId" = ${organizationId}
       AND r.status IN ('APPROVED', 'PAID') AND r."periodEnd" <= ${before}::date
       AND (l.kind = 'DRAW_RECOVERY' OR (l.kind = 'DRAW' AND l.explanation->>'recoverable' = 'true'))
       ${repFilter}
     GROUP BY l."repId"`);
  return new Map(rows.map((r) => [r.repId, dec(r.balance)]));
}
