// importOpportunityHistory: back-dated stage and amount events of deals, each with its own
// timestamp, written into OpportunityHistory (the table the forecast's win rates, as-of
// reconstructions, "what moved" and accuracy backtests read). docs/ingestion.md, "History import".
//
// An event is the state of the deal after a change, as an upsert records it. Its natural key is
// (deal, changedAt), unique in the table: re-sending an event that is stored with the same values
// writes nothing (UNCHANGED), so an import can be repeated or resumed. Rules per row:
// - changedAt not after the time of the call (no future events);
// - the events of one deal in a call in strictly increasing changedAt order, as they happened (a
//   row at or before an earlier row of the same deal is refused: it is out of order);
// - the deal exists (by externalId, in the caller's organization);
// - a stored event of the deal at the same instant with other values is a conflict, not replaced.
// Events may fall before or between stored ones: a deal upserted today and its three years of
// CRM history imported next is the expected order of a migration. The import never changes the
// deal itself: its current state is what upsertOpportunities sends.
import type { ForecastCategory, OpportunityStage, Prisma } from '../generated/prisma/client.js';
import { insertRows } from './bulk-sql.js';
import type { AppliedRow, Batch, EntityUpsert } from './runner.js';
import { checkDecimal, checkForecastCategory, MONEY, type RowErrors, required, requiredText } from './validation.js';

export interface HistoryEventInput {
  opportunityExternalId?: string | null;
  changedAt?: Date | null;
  stage?: OpportunityStage | null;
  amount?: Prisma.Decimal | null;
  closeDate?: Date | null;
  /** Default: DEFAULT_FORECAST_CATEGORY of the stage. */
  forecastCategory?: ForecastCategory | null;
}

interface HistoryEvent {
  index: number;
  opportunityExternalId: string;
  changedAt: Date;
  stage: OpportunityStage;
  amount: Prisma.Decimal;
  closeDate: Date;
  forecastCategory: ForecastCategory;
}

const iso = (d: Date) => d.toISOString();

function prepare(errors: RowErrors, row: HistoryEventInput, index: number, now: Date): HistoryEvent | null {
  const opportunityExternalId = requiredText(errors, index, row.opportunityExternalId, ['opportunityExternalId']);
  const changedAt = required(errors, index, row.changedAt, ['changedAt']);
  if (changedAt && changedAt.getTime() > now.getTime()) {
    errors.add(
      index,
      'OUT_OF_RANGE',
      `changedAt ${iso(changedAt)} is in the future (the call was made at ${iso(now)}); history holds only what has happened`,
      ['changedAt'],
    );
  }
  const stage = required(errors, index, row.stage, ['stage']);
  const given = required(errors, index, row.amount, ['amount']);
  const amount = given && checkDecimal(errors, index, given, MONEY, ['amount']);
  const closeDate = required(errors, index, row.closeDate, ['closeDate']);
  const forecastCategory = stage && checkForecastCategory(errors, index, stage, row.forecastCategory ?? null);
  if (
    errors.rejected(index) ||
    !opportunityExternalId ||
    !changedAt ||
    !stage ||
    !amount ||
    !closeDate ||
    !forecastCategory
  ) {
    return null;
  }
  return { index, opportunityExternalId, changedAt, stage, amount, closeDate, forecastCategory };
}

/** Refuses each event at or before an earlier event of the same deal in the call. */
function rejectOutOfOrder(errors: RowErrors, events: HistoryEvent[]): void {
  const latest = new Map<string, HistoryEvent>();
  for (const e of events) {
    const before = latest.get(e.opportunityExternalId);
    if (before && e.changedAt.getTime() <= before.changedAt.getTime()) {
      errors.add(
        e.index,
        'INVALID',
        `changedAt ${iso(e.changedAt)} is not after rows[${before.index}] (${iso(before.changedAt)}) of the same deal; send each deal's events in the order they happened, each at its own instant`,
        ['changedAt'],
      );
      continue;
    }
    latest.set(e.opportunityExternalId, e);
  }
}

interface StoredEvent {
  opportunityId: number;
  changedAt: Date;
  stage: OpportunityStage;
  amount: Prisma.Decimal;
  closeDate: Date;
  forecastCategory: ForecastCategory;
}

export const historyImport: EntityUpsert<HistoryEventInput> = {
  operation: 'opportunityHistory.import',
  typename: 'Opportunity',
  auditEntityType: 'OpportunityHistory',
  async apply({ tx, organizationId, now, errors }: Batch, input) {
    const prepared = input.map((row, i) => prepare(errors, row, i, now)).filter((r): r is HistoryEvent => r != null);
    rejectOutOfOrder(errors, prepared);
    let events = prepared.filter((e) => !errors.rejected(e.index));

    const refs = [...new Set(events.map((e) => e.opportunityExternalId))];
    const deals = new Map(
      refs.length === 0
        ? []
        : (
            await tx.opportunity.findMany({
              where: { externalId: { in: refs } },
              select: { id: true, externalId: true },
            })
          ).map((o) => [o.externalId as string, o.id]),
    );
    for (const e of events) {
      if (!deals.has(e.opportunityExternalId)) {
        errors.add(
          e.index,
          'NOT_FOUND',
          `opportunityExternalId: no opportunity has externalId "${e.opportunityExternalId}"`,
          ['opportunityExternalId'],
        );
      }
    }
    events = events.filter((e) => !errors.rejected(e.index));
    if (events.length === 0) return [];

    // Stored events at the same (deal, instant): one statement over the call's keys.
    const dealIds = events.map((e) => deals.get(e.opportunityExternalId) as number);
    const stored = await tx.$queryRaw<StoredEvent[]>`
      SELECT h."opportunityId", h."changedAt", h.stage, h.amount, h."closeDate", h."forecastCategory"
        FROM unnest(${dealIds}::int[], ${events.map((e) => iso(e.changedAt))}::timestamp(3)[]) AS k(deal, at)
        JOIN "OpportunityHistory" h ON h."opportunityId" = k.deal AND h."changedAt" = k.at
       WHERE h."organizationId" = ${organizationId}::int`;
    const storedAt = new Map(stored.map((s) => [`${Number(s.opportunityId)}|${iso(s.changedAt)}`, s]));

    const applied: AppliedRow[] = [];
    const fresh: (HistoryEvent & { opportunityId: number })[] = [];
    for (const e of events) {
      const opportunityId = deals.get(e.opportunityExternalId) as number;
      const old = storedAt.get(`${opportunityId}|${iso(e.changedAt)}`);
      if (old) {
        const same =
          old.stage === e.stage &&
          old.amount.equals(e.amount) &&
          old.closeDate.getTime() === e.closeDate.getTime() &&
          old.forecastCategory === e.forecastCategory;
        if (!same) {
          errors.add(
            e.index,
            'CONFLICT',
            `the deal already has a different event at ${iso(e.changedAt)} (${old.stage}, ${old.amount.toFixed(2)}); stored history is never rewritten`,
            ['changedAt'],
          );
          continue;
        }
        applied.push({ index: e.index, externalId: e.opportunityExternalId, id: opportunityId, status: 'UNCHANGED' });
        continue;
      }
      fresh.push({ ...e, opportunityId });
      applied.push({ index: e.index, externalId: e.opportunityExternalId, id: opportunityId, status: 'CREATED' });
    }

    await insertRows(tx, 'OpportunityHistory', organizationId, [
      { name: 'opportunityId', type: 'int', values: fresh.map((e) => e.opportunityId) },
      { name: 'changedAt', type: 'timestamp(3)', values: fresh.map((e) => e.changedAt) },
      { name: 'stage', type: '"OpportunityStage"', values: fresh.map((e) => e.stage) },
      { name: 'amount', type: 'numeric', values: fresh.map((e) => e.amount) },
      { name: 'closeDate', type: 'date', values: fresh.map((e) => e.closeDate) },
      { name: 'forecastCategory', type: '"ForecastCategory"', values: fresh.map((e) => e.forecastCategory) },
    ]);
    return applied;
  },
};
