// Clawbacks (docs/design.md §8): a deal paid on an approved line and later reversed (no longer
// CLOSED_WON) within the plan's clawback window takes its share of that line back in the next
// run, on a CLAWBACK line that references the original line. The share is the line's amount times
// the deal's part of the line's credit (commission) or of its per-deal amounts (SPIFF), so a
// clawback never takes back more than the line paid and honours the cap the line had.
import { Prisma } from '../generated/prisma/client.js';
import type { Period } from '../shared/calendar.js';
import { dec, fmt } from '../shared/money.js';
import type { TenantPrisma } from '../shared/tenant.js';
import type { LineDraft } from './calculate.js';
import { parseDay } from './credit.sql.js';
import { clawbackShare } from './engine.js';
import { dayCount } from './periods.js';

type Reader = Pick<TenantPrisma, '$queryRaw'>;

interface CandidateRow {
  lineId: number;
  repId: number;
  componentId: number;
  kind: 'COMMISSION' | 'SPIFF';
  amount: string;
  credit: string | null;
  raw: string | null;
  originalPeriodKey: string;
  componentName: string;
  planName: string;
  clawbackWindowDays: number;
  opportunityId: number;
  dealName: string;
  closeDate: string;
  dealCredit: string;
  dealAmount: string | null;
  stage: string;
  reversedOn: string;
}

/**
 * Reversed deals on approved or paid lines of earlier periods that no other run has clawed back
 * yet. The day of reversal is the first change away from CLOSED_WON after the deal was last won
 * (from its history, in the organization's time zone), else the day the deal last changed.
 */
async function candidates(
  prisma: Reader,
  organizationId: number,
  timeZone: string,
  run: Period,
  runId: number | null,
): Promise<CandidateRow[]> {
  return prisma.$queryRaw<CandidateRow[]>(Prisma.sql`
    SELECT l.id AS "lineId", l."repId", l."componentId", l.kind::text AS kind, l.amount::text AS amount,
           l.credit::text AS credit, l.explanation->>'raw' AS raw, r."periodKey" AS "originalPeriodKey",
           c.name AS "componentName", p.name AS "planName", p."clawbackWindowDays",
           o.id AS "opportunityId", d.value->>'name' AS "dealName", d.value->>'closeDate' AS "closeDate",
           d.value->>'credit' AS "dealCredit", d.value->>'amount' AS "dealAmount", o.stage::text AS stage,
           to_char(coalesce(rev.at, o."updatedAt") AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS "reversedOn"
      FROM "PayoutLine" l
      JOIN "PayoutRun" r ON r.id = l."payoutRunId" AND r."organizationId" = ${organizationId}
      JOIN "CompComponent" c ON c.id = l."componentId" AND c."organizationId" = ${organizationId}
      JOIN "CompPlan" p ON p.id = c."compPlanId" AND p."organizationId" = ${organizationId}
      CROSS JOIN LATERAL jsonb_array_elements(l.explanation->'deals') AS d(value)
      JOIN "Opportunity" o ON o.id = (d.value->>'opportunityId')::int AND o."organizationId" = ${organizationId}
      LEFT JOIN LATERAL (
        SELECT min(h."changedAt") AS at FROM "OpportunityHistory" h
         WHERE h."organizationId" = ${organizationId} AND h."opportunityId" = o.id AND h.stage <> 'CLOSED_WON'
           AND h."changedAt" > (SELECT max(w."changedAt") FROM "OpportunityHistory" w
                                 WHERE w."organizationId" = ${organizationId} AND w."opportunityId" = o.id
                                   AND w.stage = 'CLOSED_WON')
      ) rev ON true
     WHERE l."organizationId" = ${organizationId}
       AND r.status IN ('APPROVED', 'PAID') AND r."periodEnd" <= ${run.start}::date
       AND l.kind IN ('COMMISSION', 'SPIFF') AND o.stage <> 'CLOSED_WON'
       AND NOT EXISTS (SELECT 1 FROM "PayoutLine" x
                        WHERE x."organizationId" = ${organizationId} AND x."originalLineId" = l.id
                          AND x.kind = 'CLAWBACK' AND x."payoutRunId" <> ${runId ?? 0}
                          AND x.explanation->>'opportunityId' = o.id::text)
     ORDER BY l."repId", l.id, o.id`);
}

export async function clawbackLines(
  prisma: Reader,
  organizationId: number,
  timeZone: string,
  run: Period,
  runId: number | null,
): Promise<LineDraft[]> {
  const rows = await candidates(prisma, organizationId, timeZone, run, runId);
  const out: LineDraft[] = [];
  for (const r of rows) {
    const reversedOn = parseDay(r.reversedOn);
    if (reversedOn >= run.end) continue;
    const daysAfter = dayCount({ start: parseDay(r.closeDate), end: reversedOn });
    if (daysAfter > r.clawbackWindowDays) continue;
    const commission = r.kind === 'COMMISSION';
    const lineMeasure = dec((commission ? r.credit : r.raw) ?? '0');
    const dealMeasure = dec((commission ? r.dealCredit : r.dealAmount) ?? '0');
    const share = clawbackShare(dec(r.amount), lineMeasure, dealMeasure);
    if (share.isZero()) continue;
    const measureName = commission ? 'credit' : 'SPIFF amount';
    out.push({
      repId: r.repId,
      kind: 'CLAWBACK',
      componentId: r.componentId,
      credit: null,
      quota: null,
      attainment: null,
      amount: share.negated(),
      originalLineId: r.lineId,
      assignmentId: null,
      explanation: {
        summary: `Clawback ${r.dealName}: -${fmt(share)}`,
        periodKey: run.key,
        opportunityId: r.opportunityId,
        originalLineId: r.lineId,
        originalPeriodKey: r.originalPeriodKey,
        closeDate: r.closeDate,
        reversedOn: r.reversedOn,
        clawbackWindowDays: r.clawbackWindowDays,
        lineAmount: fmt(dec(r.amount)),
        lineMeasure: fmt(lineMeasure),
        dealMeasure: fmt(dealMeasure),
        steps: [
          `${r.dealName} closed won ${r.closeDate} and was reversed on ${r.reversedOn} (now ${r.stage}), ${daysAfter} days later, within the ${r.clawbackWindowDays}-day clawback window of plan "${r.planName}".`,
          `It was paid on line #${r.lineId} (${r.componentName}, ${r.originalPeriodKey}): ${measureName} ${fmt(dealMeasure)} of the line's ${fmt(lineMeasure)}, on a line that paid ${fmt(dec(r.amount))}.`,
          `Clawback: ${fmt(dec(r.amount))} x ${fmt(dealMeasure)} / ${fmt(lineMeasure)}, rounded half-even to the cent = ${fmt(share)}; taken back: -${fmt(share)}.`,
        ],
      },
    });
  }
  return out;
}

/** Inside the run's transaction: drops clawbacks another run took since they were found. */
export async function unclaimedClawbacks(
  prisma: Pick<TenantPrisma, 'payoutLine'>,
  runId: number,
  lines: readonly LineDraft[],
): Promise<LineDraft[]> {
  const originals = [...new Set(lines.map((l) => l.originalLineId).filter((id): id is number => id !== null))];
  if (!originals.length) return [...lines];
  const taken = await prisma.payoutLine.findMany({
    where: { kind: 'CLAWBACK', originalLineId: { in: originals }, payoutRunId: { not: runId } },
    select: { originalLineId: true, explanation: true },
  });
  const key = (lineId: number | null, opp: unknown) => `${lineId}|${opp}`;
  const takenKeys = new Set(
    taken.map((t) => key(t.originalLineId, (t.explanation as { opportunityId?: number }).opportunityId)),
  );
  return lines.filter((l) => !takenKeys.has(key(l.originalLineId, l.explanation.opportunityId)));
}
