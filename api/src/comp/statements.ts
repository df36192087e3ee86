// A rep's pay statement for a period: every line of the period's run with its explanation, totals
// by kind, year-to-date totals and the recoverable draw balance. Pay is the most sensitive data
// in the graph (docs/design.md §2): a rep sees their own, a manager their subtree, a comp admin
// everyone; nobody sees a peer's. Only comp admins see draft runs; everyone else, an
// organization-wide read:comp key included, sees approved (or paid) runs only.
import type { PayoutLine, PayoutLineKind, PayoutRun, PayoutRunStatus } from '../generated/prisma/client.js';
import { type Period, periodContaining } from '../shared/calendar.js';
import type { Context } from '../shared/context.js';
import { UserInputError } from '../shared/errors.js';
import { type Dec, dec, sum, ZERO } from '../shared/money.js';
import { type CompContext, parsePeriodInput } from './service.js';

/** Who is asking, as far as pay visibility goes. The auth layer builds it from the caller. */
export interface CompAudience {
  /** A comp admin (`write:comp`, `admin`): sees every rep's pay, draft runs included. */
  compAdmin: boolean;
  /** The rep the caller is, if any. */
  repId: number | null;
  /**
   * Reps whose pay the caller may see: themselves and their subtree; null = every rep (a top
   * manager, an organization-wide `read:comp` key), approved runs only unless a comp admin.
   */
  visibleRepIds: ReadonlySet<number> | null;
}

/** The audience of the current caller, from the visibility the access layer resolved (access/visibility.ts). */
export function compAudience(ctx: Pick<Context, 'viewer' | 'visibility'>): CompAudience {
  const { pay, draftPay } = ctx.visibility;
  return { compAdmin: draftPay, repId: ctx.viewer.repId, visibleRepIds: pay };
}

export function canSeePay(audience: CompAudience, repId: number): boolean {
  return audience.compAdmin || audience.visibleRepIds == null || audience.visibleRepIds.has(repId);
}

/**
 * Refuses a rep whose pay the caller may not see with NOT_FOUND, the answer for an unknown ID
 * too (as access/visibility.ts does), so a refusal does not tell who exists outside the subtree.
 */
export function assertCanSeePay(audience: CompAudience, repId: number, field: string[]): void {
  if (!canSeePay(audience, repId)) {
    throw new UserInputError('NOT_FOUND', `${field.join('.')} does not exist or its pay is not visible to you`, field);
  }
}

export function visibleRunStatuses(audience: CompAudience): PayoutRunStatus[] {
  return audience.compAdmin ? ['DRAFT', 'APPROVED', 'PAID'] : ['APPROVED', 'PAID'];
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
  audience: CompAudience,
  input: { repId: number; periodKey: string },
): Promise<PayoutStatement> {
  assertCanSeePay(audience, input.repId, ['repId']);
  const period = parsePeriodInput(ctx, input.periodKey, ['periodKey']);
  const fiscalYear = periodContaining(period.start, 'YEAR', ctx.organization.fiscalYearStartMonth);
  const statuses = visibleRunStatuses(audience);
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
