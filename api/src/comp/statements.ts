// A rep's pay statement for a period: every line of the period's run with its explanation, totals
// by kind, year-to-date totals and the recoverable draw balance. Pay is the most sensitive data
// in the graph (docs/design.md §2): a rep sees their own, a manager their subtree, a comp admin
// everyone; nobody sees a peer's. Only comp admins see draft runs; everyone else, an
// organization-wide read:comp key included, sees approved (or paid) runs only.
import { assertCanSeePay, type Visibility } from '../access/visibility.js';
import type { PayoutLine, PayoutLineKind, PayoutRun, PayoutRunStatus } from '../generated/prisma/client.js';
import { type Period, periodContaining } from '../shared/calendar.js';
import { type Dec, dec, sum, ZERO } from '../shared/money.js';
import { type CompContext, parsePeriodInput } from './service.js';

/** Payout runs whose lines the caller may see: drafts too for comp admins only. */
export function visibleRunStatuses(visibility: Visibility): PayoutRunStatus[] {
  return visibility.draftPay ? ['DRAFT', 'APPROVED', 'PAID'] : ['APPROVED', 'PAID'];
}

export interface KindTotal {
  kind: PayoutLineKind;
  amount: Dec;
}

export interface PayoutStatement {
  repId: number;
  period: Period;
  /** The period's run, when one exists and the caller may see it. */
  run: PayoutRun | null;
  lines: PayoutLine[];
  totals: KindTotal[];
  total: Dec;
  yearToDate: { fiscalYear: Period; periodKeys: string[]; totals: KindTotal[]; total: Dec };
  /** Recoverable draw still owed by the rep after this period. */
  drawBalance: Dec;
}

const KINDS: PayoutLineKind[] = ['COMMISSION', 'BONUS', 'SPIFF', 'DRAW', 'DRAW_RECOVERY', 'CLAWBACK', 'ADJUSTMENT'];

function totalsByKind(rows: { kind: PayoutLineKind; amount: Dec }[]): KindTotal[] {
  return KINDS.map((kind) => ({
    kind,
    amount: sum(rows.filter((r) => r.kind === kind).map((r) => dec(r.amount))),
  })).filter((t) => rows.some((r) => r.kind === t.kind));
}

export async function payoutStatement(
  ctx: CompContext,
  visibility: Visibility,
  input: { repId: number; periodKey: string },
): Promise<PayoutStatement> {
  assertCanSeePay(visibility, input.repId, ['repId']);
  const period = parsePeriodInput(ctx, input.periodKey, ['periodKey']);
  const fiscalYear = periodContaining(period.start, 'YEAR', ctx.organization.fiscalYearStartMonth);
  const statuses = visibleRunStatuses(visibility);
  // Runs of the fiscal year up to this period: the statement's own run and the year-to-date ones.
  const runs = await ctx.prisma.payoutRun.findMany({
    where: { status: { in: statuses }, periodStart: { gte: fiscalYear.start }, periodEnd: { lte: period.end } },
    orderBy: { periodStart: 'asc' },
  });
  const run = runs.find((r) => r.periodKey === period.key) ?? null;
  const [lines, ytd, draws] = await Promise.all([
    run
      ? ctx.prisma.payoutLine.findMany({ where: { payoutRunId: run.id, repId: input.repId }, orderBy: { id: 'asc' } })
      : Promise.resolve([]),
    ctx.prisma.payoutLine.groupBy({
      by: ['kind'],
      where: { repId: input.repId, payoutRunId: { in: runs.map((r) => r.id) } },
      _sum: { amount: true },
    }),
    // The draw balance runs across fiscal years: every visible run up to this period counts.
    ctx.prisma.payoutLine.findMany({
      where: {
        repId: input.repId,
        kind: { in: ['DRAW', 'DRAW_RECOVERY'] },
        payoutRun: { status: { in: statuses }, periodEnd: { lte: period.end } },
      },
      select: { kind: true, amount: true, explanation: true },
    }),
  ]);
  const totals = totalsByKind(lines.map((l) => ({ kind: l.kind, amount: dec(l.amount) })));
  const ytdTotals = totalsByKind(ytd.map((g) => ({ kind: g.kind, amount: dec(g._sum.amount ?? 0) })));
  const drawBalance = sum(
    draws
      .filter((l) => l.kind === 'DRAW_RECOVERY' || (l.explanation as { recoverable?: boolean }).recoverable)
      .map((l) => dec(l.amount)),
  );
  return {
    repId: input.repId,
    period,
    run,
    lines,
    totals,
    total: sum(totals.map((t) => t.amount)),
    yearToDate: {
      fiscalYear,
      periodKeys: runs.map((r) => r.periodKey),
      totals: ytdTotals,
      total: sum(ytdTotals.map((t) => t.amount)),
    },
    drawBalance: drawBalance.isZero() ? ZERO : drawBalance,
  };
}
