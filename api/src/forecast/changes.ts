// What moved in a period's forecast between two moments ("since last week"), from opportunity
// history: each deal credited to the subtree is compared as it stood at `since` and at `until`
// (its last history row at or before each). Only deals with a history row inside the window can
// have moved, so those are the only ones looked at.
//
// A deal "counts" in the period at a moment when its close date is in the period and it is either
// won or open in a counted category (PIPELINE, BEST_CASE, COMMIT). Kinds, first match wins:
//   WON               won in the period at `until` and not at `since`;
//   LOST              counted at `since`, closed lost at `until`;
//   PUSHED            counted at `since`, close date outside the period at `until`;
//   ADDED             created in the window and counting at `until`;
//   PULLED_IN         counting at `until`, close date outside the period at `since`;
//   AMOUNT_CHANGED    counted at both moments with a different amount;
//   CATEGORY_CHANGED  any other move into, out of or within the counted categories (e.g. BEST_CASE
//                     to COMMIT, to OMITTED, a won deal reopened).
// Amounts are credited amounts: the deal's lines in the subtree (each credited rep's amount x share,
// half-even to the cent, docs/design.md §11), summed, as the rollup counts them. `amountBefore` and
// `amountAfter` are what the deal counted for in the period (0 when it did not count), so the
// deltas of all changes add up to the change of closed + open pipeline between the two moments.
import { type ForecastCategory, type OpportunityStage, Prisma } from '../generated/prisma/client.js';
import { sqlRoundCents } from '../shared/money.js';
import type { Decimal } from '../shared/scalars.js';
import { type ForecastPeriod, sqlDay, sqlInstant } from './period.js';
import type { ForecastCaller } from './scope.js';
import { creditCte, isCounted, isOpen, treeCte } from './sql.js';

export const FORECAST_CHANGE_KINDS = [
  'WON',
  'LOST',
  'PUSHED',
  'ADDED',
  'PULLED_IN',
  'AMOUNT_CHANGED',
  'CATEGORY_CHANGED',
] as const;
export type ForecastChangeKind = (typeof FORECAST_CHANGE_KINDS)[number];

export interface ForecastWindow {
  period: ForecastPeriod;
  repId: number;
  since: Date;
  until: Date;
}

export interface DealState {
  stage: OpportunityStage;
  forecastCategory: ForecastCategory;
  amount: Decimal;
  closeDate: Date;
}

export interface ForecastChange {
  kind: ForecastChangeKind;
  opportunityId: number;
  creditShare: Decimal;
  before: DealState | null;
  after: DealState;
  amountBefore: Decimal;
  amountAfter: Decimal;
  delta: Decimal;
}

export interface ForecastChangeSummary {
  kind: ForecastChangeKind;
  count: number;
  amountBefore: Decimal;
  amountAfter: Decimal;
  delta: Decimal;
}

function classifiedSql(caller: ForecastCaller, w: ForecastWindow): Prisma.Sql {
  const org = caller.ctx.organization.id;
  const since = sqlInstant(w.since);
  const until = sqlInstant(w.until);
  const start = sqlDay(w.period.start);
  const end = sqlDay(w.period.end);
  const stateAt = (at: string) =>
    Prisma.sql`SELECT h.stage, h."forecastCategory" AS category, h.amount, h."closeDate" FROM "OpportunityHistory" h
                WHERE h."opportunityId" = m.id AND h."changedAt" <= ${at}::timestamp
                ORDER BY h."changedAt" DESC, h.id DESC LIMIT 1`;
  const inPeriod = (a: string) => {
    const close = Prisma.raw(`${a}."closeDate"`);
    return Prisma.sql`coalesce(${close} >= ${start}::date AND ${close} < ${end}::date, false)`;
  };
  const won = (a: string) => Prisma.sql`(${inPeriod(a)} AND ${Prisma.raw(`${a}.stage = 'CLOSED_WON'`)})`;
  const counts = (a: string) => Prisma.sql`(${won(a)} OR (${inPeriod(a)} AND ${isOpen(a)} AND ${isCounted(a)}))`;
  return Prisma.sql`
    WITH RECURSIVE ${treeCte(org, w.repId, w.period)},
    moved AS (
      SELECT DISTINCT h."opportunityId" AS id FROM "OpportunityHistory" h
       WHERE h."organizationId" = ${org} AND h."changedAt" > ${since}::timestamp AND h."changedAt" <= ${until}::timestamp),
    deal AS (
      SELECT o.id, o."ownerId" FROM moved m JOIN "Opportunity" o ON o.id = m.id WHERE o."organizationId" = ${org}),
    ${creditCte(org)},
    deal_share AS (SELECT id, sum(share) AS share, array_agg(share) AS shares FROM credit GROUP BY id),
    compared AS (
      SELECT m.id, m.share, m.shares,
             b.stage AS b_stage, b.category AS b_category, b.amount AS b_amount, b."closeDate" AS b_close,
             a.stage AS a_stage, a.category AS a_category, a.amount AS a_amount, a."closeDate" AS a_close,
             ${counts('b')} AS b_counts, ${counts('a')} AS a_counts, ${won('b')} AS b_won, ${won('a')} AS a_won,
             ${inPeriod('b')} AS b_in_period, ${inPeriod('a')} AS a_in_period
        FROM deal_share m
        LEFT JOIN LATERAL (${stateAt(since)}) b ON true
        CROSS JOIN LATERAL (${stateAt(until)}) a),
    classified AS (
      SELECT c.*,
             CASE
               WHEN a_won AND NOT b_won THEN 'WON'
               WHEN b_counts AND NOT a_counts THEN
                 CASE WHEN a_stage = 'CLOSED_LOST' THEN 'LOST' WHEN NOT a_in_period THEN 'PUSHED' ELSE 'CATEGORY_CHANGED' END
               WHEN a_counts AND NOT b_counts THEN
                 CASE WHEN b_stage IS NULL THEN 'ADDED' WHEN NOT b_in_period THEN 'PULLED_IN' ELSE 'CATEGORY_CHANGED' END
               WHEN a_counts AND b_counts AND a_amount <> b_amount THEN 'AMOUNT_CHANGED'
               WHEN a_counts AND b_counts AND (a_category <> b_category OR a_stage = 'CLOSED_WON' OR b_stage = 'CLOSED_WON')
                 THEN 'CATEGORY_CHANGED'
             END AS kind,
             CASE WHEN b_counts THEN (SELECT sum(${sqlRoundCents(Prisma.sql`b_amount * s.share`)}) FROM unnest(shares) AS s(share))
                  ELSE 0 END AS amount_before,
             CASE WHEN a_counts THEN (SELECT sum(${sqlRoundCents(Prisma.sql`a_amount * s.share`)}) FROM unnest(shares) AS s(share))
                  ELSE 0 END AS amount_after
        FROM compared c)`;
}

interface ChangeRow {
  id: number;
  kind: ForecastChangeKind;
  share: Decimal;
  b_stage: OpportunityStage | null;
  b_category: ForecastCategory | null;
  b_amount: Decimal | null;
  b_close: Date | null;
  a_stage: OpportunityStage;
  a_category: ForecastCategory;
  a_amount: Decimal;
  a_close: Date;
  amount_before: Decimal;
  amount_after: Decimal;
  delta: Decimal;
  total: number;
}

/** Count and amounts of the changes of each kind (kinds without changes are left out). */
export async function changeSummary(caller: ForecastCaller, w: ForecastWindow): Promise<ForecastChangeSummary[]> {
  const rows = await caller.ctx.prisma.$queryRaw<ForecastChangeSummary[]>(Prisma.sql`
    ${classifiedSql(caller, w)}
    SELECT kind, count(*)::int AS count, sum(amount_before) AS "amountBefore", sum(amount_after) AS "amountAfter",
           sum(amount_after - amount_before) AS delta
      FROM classified WHERE kind IS NOT NULL GROUP BY kind`);
  const order = (k: ForecastChangeKind) => FORECAST_CHANGE_KINDS.indexOf(k);
  return rows.sort((a, b) => order(a.kind) - order(b.kind));
}

/** One page of changes, largest amount (before or after) first. */
export async function changePage(
  caller: ForecastCaller,
  w: ForecastWindow,
  kinds: readonly ForecastChangeKind[] | null,
  page: { offset: number; limit: number },
): Promise<{ totalCount: number; changes: ForecastChange[] }> {
  const kindFilter =
    kinds && kinds.length > 0 ? Prisma.sql`AND kind IN (${Prisma.join(kinds as ForecastChangeKind[])})` : Prisma.empty;
  const rows = await caller.ctx.prisma.$queryRaw<ChangeRow[]>(Prisma.sql`
    ${classifiedSql(caller, w)}
    SELECT id, kind, share, b_stage::text, b_category::text, b_amount, b_close, a_stage::text, a_category::text, a_amount, a_close,
           amount_before, amount_after, amount_after - amount_before AS delta, (count(*) OVER ())::int AS total
      FROM classified WHERE kind IS NOT NULL ${kindFilter}
     ORDER BY greatest(abs(amount_before), abs(amount_after)) DESC, id
     LIMIT ${page.limit} OFFSET ${page.offset}`);
  if (rows.length === 0 && page.offset > 0) {
    const first = await changePage(caller, w, kinds, { offset: 0, limit: 1 });
    return { totalCount: first.totalCount, changes: [] };
  }
  return {
    totalCount: rows[0]?.total ?? 0,
    changes: rows.map((r) => ({
      kind: r.kind,
      opportunityId: r.id,
      creditShare: r.share,
      before:
        r.b_stage === null || r.b_category === null || r.b_amount === null || r.b_close === null
          ? null
          : { stage: r.b_stage, forecastCategory: r.b_category, amount: r.b_amount, closeDate: r.b_close },
      after: { stage: r.a_stage, forecastCategory: r.a_category, amount: r.a_amount, closeDate: r.a_close },
      amountBefore: r.amount_before,
      amountAfter: r.amount_after,
      delta: r.delta,
    })),
  };
}
