// Scenario comparison: two plans side by side (headcount, capacity, quota total, territory
// balance), their differences (scenario - base), and their territories matched by name (a clone
// keeps its source's names).
import type { SalesPlan } from '../generated/prisma/client.js';
import { parsePeriodKey, yearKey } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { Decimal } from '../shared/scalars.js';
import { type BalanceSpread, type TerritoryBalanceRow, territoryBalance } from './balance.js';
import { computeCapacity } from './capacity.js';
import { individualTotal, quotasForPeriod } from './quotas.js';
import { fail } from './service.js';

export interface PlanSummary {
  salesPlanId: number;
  targetAmount: Decimal | null;
  /** Sum of the capacity lines' headcount. */
  plannedHeadcount: number;
  /** Distinct reps with a PRIMARY assignment during the fiscal year. */
  primaryRepCount: number;
  productiveCapacity: Decimal;
  /**
   * Sum of the individual fiscal-year quotas (rolled up from quarters and months where needed);
   * team and overlay quotas left out, so each dollar of quota counts once (quotas.ts).
   */
  quotaTotal: Decimal;
  territoryCount: number;
  unassignedAccountCount: number;
  spread: BalanceSpread;
}

export interface PlanDelta {
  targetAmount: Decimal | null;
  plannedHeadcount: number;
  primaryRepCount: number;
  productiveCapacity: Decimal;
  quotaTotal: Decimal;
  territoryCount: number;
  unassignedAccountCount: number;
  arrSpread: Decimal | null;
  accountSpread: Decimal | null;
  whitespaceSpread: Decimal | null;
}

export interface Comparison {
  base: PlanSummary;
  scenario: PlanSummary;
  delta: PlanDelta;
  territories: { name: string; base: TerritoryBalanceRow | null; scenario: TerritoryBalanceRow | null }[];
}

type Ctx = Pick<Context, 'prisma' | 'visibility' | 'organization'>;

async function summarize(ctx: Ctx, plan: SalesPlan) {
  const { prisma } = ctx;
  const startMonth = ctx.organization.fiscalYearStartMonth;
  const year = parsePeriodKey(yearKey(plan.fiscalYear), startMonth);
  const balance = await territoryBalance(ctx, plan);
  const lines = await prisma.capacityLine.findMany({ where: { salesPlanId: plan.id }, orderBy: { id: 'asc' } });
  const quotas = await quotasForPeriod(ctx, plan, year);
  const primaries = await prisma.territoryAssignment.findMany({
    where: {
      role: 'PRIMARY',
      territory: { salesPlanId: plan.id },
      startDate: { lt: year.end },
      OR: [{ endDate: null }, { endDate: { gt: year.start } }],
    },
    distinct: ['repId'],
    select: { repId: true },
  });
  const summary: PlanSummary = {
    salesPlanId: plan.id,
    targetAmount: plan.targetAmount == null ? null : new Decimal(plan.targetAmount),
    plannedHeadcount: lines.reduce((s, l) => s + l.headcount, 0),
    primaryRepCount: primaries.length,
    productiveCapacity: computeCapacity(plan, lines, null).yearCapacity,
    quotaTotal: individualTotal(quotas),
    territoryCount: balance.territories.length,
    unassignedAccountCount: balance.unassigned.accountCount,
    spread: balance.spread,
  };
  return { summary, balance };
}

const minus = (a: Decimal | null, b: Decimal | null) => (a == null || b == null ? null : a.sub(b));

export async function compareSalesPlans(ctx: Ctx, baseId: number, scenarioId: number): Promise<Comparison> {
  const { prisma } = ctx;
  const [basePlan, scenarioPlan] = await Promise.all([
    prisma.salesPlan.findUnique({ where: { id: baseId } }),
    prisma.salesPlan.findUnique({ where: { id: scenarioId } }),
  ]);
  if (!basePlan) fail('NOT_FOUND', 'No sales plan with this ID', ['baseId']);
  if (!scenarioPlan) fail('NOT_FOUND', 'No sales plan with this ID', ['scenarioId']);
  const base = await summarize(ctx, basePlan);
  const scenario = await summarize(ctx, scenarioPlan);
  const b = base.summary;
  const s = scenario.summary;
  const names = [...new Set([...base.balance.territories, ...scenario.balance.territories].map((t) => t.name))].sort(
    (x, y) => x.localeCompare(y),
  );
  const find = (rows: TerritoryBalanceRow[], name: string) => rows.find((r) => r.name === name) ?? null;
  return {
    base: b,
    scenario: s,
    delta: {
      targetAmount: minus(s.targetAmount, b.targetAmount),
      plannedHeadcount: s.plannedHeadcount - b.plannedHeadcount,
      primaryRepCount: s.primaryRepCount - b.primaryRepCount,
      productiveCapacity: s.productiveCapacity.sub(b.productiveCapacity),
      quotaTotal: s.quotaTotal.sub(b.quotaTotal),
      territoryCount: s.territoryCount - b.territoryCount,
      unassignedAccountCount: s.unassignedAccountCount - b.unassignedAccountCount,
      arrSpread: minus(s.spread.totalArr, b.spread.totalArr),
      accountSpread: minus(s.spread.accountCount, b.spread.accountCount),
      whitespaceSpread: minus(s.spread.whitespaceValue, b.spread.whitespaceValue),
    },
    territories: names.map((name) => ({
      name,
      base: find(base.balance.territories, name),
      scenario: find(scenario.balance.territories, name),
    })),
  };
}
