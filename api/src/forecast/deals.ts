// The deals behind a forecast figure: the period's deals credited to a node's subtree that make up
// the figure, largest credited amount first, one page per statement.
import { Prisma } from '../generated/prisma/client.js';
import { sqlRoundCents } from '../shared/money.js';
import type { Decimal } from '../shared/scalars.js';
import type { ForecastPeriod } from './period.js';
import type { ForecastCaller } from './scope.js';
import { creditCte, dealCte, isCounted, isOpen, lineCte, treeCte, winRateCtes } from './sql.js';

export const FORECAST_FIGURES = [
  'CLOSED',
  'COMMIT',
  'BEST_CASE',
  'PIPELINE',
  'COMMIT_FORECAST',
  'BEST_CASE_FORECAST',
  'OPEN_PIPELINE',
] as const;
export type ForecastFigure = (typeof FORECAST_FIGURES)[number];

const WON = Prisma.raw(`c.stage = 'CLOSED_WON'`);
const OPEN = isOpen('c');

const FIGURE_FILTER: Record<ForecastFigure, Prisma.Sql> = {
  CLOSED: WON,
  COMMIT: Prisma.sql`${OPEN} AND c.category = 'COMMIT'`,
  BEST_CASE: Prisma.sql`${OPEN} AND c.category = 'BEST_CASE'`,
  PIPELINE: Prisma.sql`${OPEN} AND c.category = 'PIPELINE'`,
  COMMIT_FORECAST: Prisma.sql`(${WON} OR (${OPEN} AND c.category = 'COMMIT'))`,
  BEST_CASE_FORECAST: Prisma.sql`(${WON} OR (${OPEN} AND c.category IN ('COMMIT', 'BEST_CASE')))`,
  OPEN_PIPELINE: Prisma.sql`${OPEN} AND ${isCounted('c')}`,
};

export interface ForecastDeal {
  opportunityId: number;
  /** Share of the deal credited to the subtree (1 = all of it). */
  creditShare: Decimal;
  /** The deal's lines in the subtree (each rep's amount x share, half-even to the cent), summed. */
  creditedAmount: Decimal;
  /** Stage probability (1 for a won deal). */
  probability: Decimal;
  /** Each line x probability, half-even to the cent, summed: its part of weightedPipeline. */
  weightedAmount: Decimal;
  /** Historical win rate of the deal's stage used by the projection (1 for a won deal). */
  winRate: Decimal;
  /** Each line x winRate, half-even to the cent, summed: the deal's part of the projection. */
  projectedAmount: Decimal;
}

interface DealRow extends ForecastDeal {
  total: number;
}

export async function forecastDeals(
  caller: ForecastCaller,
  period: ForecastPeriod,
  repId: number,
  figure: ForecastFigure,
  page: { offset: number; limit: number },
): Promise<{ totalCount: number; deals: ForecastDeal[] }> {
  const org = caller.ctx.organization.id;
  const rows = await caller.ctx.prisma.$queryRaw<DealRow[]>(Prisma.sql`
    WITH RECURSIVE ${treeCte(org, repId, period)},
    ${dealCte(org, period, null)},
    ${creditCte(org)},
    ${winRateCtes(org, period, !caller.ctx.readOnly)},
    ${lineCte(FIGURE_FILTER[figure])},
    priced AS (
      SELECT l.id, l.share, l.credited,
             CASE WHEN l.stage = 'CLOSED_WON' THEN 1 ELSE w.probability END AS probability,
             CASE WHEN l.stage = 'CLOSED_WON' THEN 1 ELSE w.rate END AS win_rate
        FROM line l LEFT JOIN win_rate w ON w.stage = l.stage),
    picked AS (
      SELECT p.id, p.probability, p.win_rate, sum(p.share) AS share, sum(p.credited) AS credited,
             sum(${sqlRoundCents(Prisma.sql`p.credited * p.probability`)}) AS weighted,
             sum(${sqlRoundCents(Prisma.sql`p.credited * p.win_rate`)}) AS projected
        FROM priced p GROUP BY p.id, p.probability, p.win_rate)
    SELECT id AS "opportunityId", share AS "creditShare", credited AS "creditedAmount",
           probability, weighted AS "weightedAmount", win_rate AS "winRate", projected AS "projectedAmount",
           (count(*) OVER ())::int AS total
      FROM picked
     ORDER BY credited DESC, id
     LIMIT ${page.limit} OFFSET ${page.offset}`);
  if (rows.length > 0) return { totalCount: (rows[0] as DealRow).total, deals: rows };
  if (page.offset === 0) return { totalCount: 0, deals: [] };
  // A page past the end carries no count; ask for the first row to learn it.
  const first = await forecastDeals(caller, period, repId, figure, { offset: 0, limit: 1 });
  return { totalCount: first.totalCount, deals: [] };
}
