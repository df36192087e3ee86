// Loads what the calculation needs, in a fixed number of queries whatever the number of reps:
// plans with components and tiers, assignments, quotas (docs/design.md §5's rule), and the
// recoverable draw balances carried from approved runs.
import { onlyReps, WHOLE_ORGANIZATION } from '../access/visibility.js';
import { Prisma } from '../generated/prisma/client.js';
import { type QuotaBasis, quotaRuleCtes } from '../plans/quota-rule.js';
import { childPeriods, type Period, periodContaining } from '../shared/calendar.js';
import { type Dec, dec, fmt } from '../shared/money.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { AssignmentSpec, PlanSpec, QuotaBook, QuotaFigure } from './calculate.js';
import { addDays, type Interval } from './periods.js';

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
    include: { rep: { select: { terminationDate: true } } },
    orderBy: [{ repId: 'asc' }, { startDate: 'asc' }],
  });
  return rows.flatMap((a) => {
    const endDate = employedUntil(a.endDate, a.rep.terminationDate);
    // Ended by the rep's last day before it began, or before the window: nothing to pay.
    if (endDate && (endDate <= a.startDate || endDate <= window.start)) return [];
    return [
      {
        id: a.id,
        repId: a.repId,
        compPlanId: a.compPlanId,
        startDate: a.startDate,
        endDate,
        targetIncentive: dec(a.targetIncentive),
        drawAmount: a.drawAmount && dec(a.drawAmount),
        drawRecoverable: a.drawRecoverable,
      },
    ];
  });
}

/**
 * The exclusive end of an assignment as the engine reads it: its own end, but never past the
 * rep's last day worked (docs/design.md §8 "Leavers"). An assignment left open after a rep leaves
 * would otherwise keep paying draws, and commission on deals closed after the last day.
 */
export function employedUntil(endDate: Date | null, terminationDate: Date | null): Date | null {
  if (!terminationDate) return endDate;
  const dayAfterLast = addDays(terminationDate, 1);
  return endDate && endDate < dayAfterLast ? endDate : dayAfterLast;
}

interface RuleQuotaRow {
  rep_id: number;
  key: string;
  amount: Dec;
  basis: QuotaBasis;
}

/**
 * Quotas as docs/design.md §5 defines them (plans/quota-rule.ts, the rule performance and forecast
 * use too): from the plan of each period's fiscal year (ACTIVE, else the plan archived last), a
 * period's own row, else its parts summed, else its share of the enclosing row. One statement for
 * every fiscal year the window touches.
 */
export async function loadQuotaBook(
  prisma: Reader,
  organizationId: number,
  window: Interval,
  startMonth: number,
  repIds?: readonly number[],
): Promise<QuotaBook> {
  const first = periodContaining(window.start, 'YEAR', startMonth).fiscalYear;
  const last = periodContaining(addDays(window.end, -1), 'YEAR', startMonth).fiscalYear;
  const fiscalYears = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const rows = await prisma.$queryRaw<RuleQuotaRow[]>(Prisma.sql`
    WITH ${quotaRuleCtes({
      organizationId,
      fiscalYearStartMonth: startMonth,
      fiscalYears,
      // The run's reps (a recalculation's), or all: a run is computed for the organization.
      reps: repIds ? onlyReps(repIds) : WHOLE_ORGANIZATION,
    })}
    SELECT rq.rep_id, rq.key, rq.amount, rq.basis FROM rule_quota rq`);
  const found = new Map(rows.map((r) => [`${r.rep_id}|${r.key}`, r]));
  const parentKey = (p: Period) =>
    p.kind === 'MONTH'
      ? periodContaining(p.start, 'QUARTER', startMonth).key
      : periodContaining(p.start, 'YEAR', startMonth).key;
  const figure = (repId: number, p: Period): QuotaFigure | null => {
    const row = found.get(`${repId}|${p.key}`);
    if (!row) return null;
    const amount = dec(row.amount);
    if (row.basis === 'SET') return { amount, source: [[p.key, fmt(amount)]] };
    if (row.basis === 'SPREAD') {
      const enclosing = found.get(`${repId}|${parentKey(p)}`);
      return {
        amount,
        source: enclosing ? [[enclosing.key, fmt(dec(enclosing.amount))]] : [],
        spread: true,
      };
    }
    const parts = childPeriods(p, p.kind === 'YEAR' ? 'QUARTER' : 'MONTH', startMonth)
      .map((c) => figure(repId, c))
      .filter((f): f is QuotaFigure => f !== null && !f.spread);
    return { amount, source: parts.flatMap((f) => f.source) };
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
