// upsertQuotas: quotas keyed by rep externalId and period key (docs/design.md §3 keys: FY2027,
// FY2027-Q3, FY2027-M07). A quota goes into the ACTIVE sales plan of the period's fiscal year,
// the plan whose quotas every figure reads (docs/design.md §5, "Which plan"); a year without an
// active plan refuses the row rather than guessing among drafts. The plan's version is bumped as
// planning's setQuotas does, so a planner holding an older version learns of the change. The
// write itself is planning's writeQuotas: one quota table, one writer. Like planning's setQuotas
// and allocateQuotas, the call emits a `quota.changed` change event per plan whose quotas it
// changed (the event's entity is the plan), in its transaction (events/outbox.ts).

import { deferChangeEvents } from '../events/outbox.js';
import type { Prisma } from '../generated/prisma/client.js';
import { writeQuotas } from '../plans/quotas.js';
import { lockPlan } from '../plans/service.js';
import { type Period, PeriodKeyError, parsePeriodKey } from '../shared/calendar.js';
import type { AppliedRow, Batch, EntityUpsert } from './runner.js';
import { checkDecimal, MONEY, type RowErrors, rejectDuplicateKeys, required, requiredText } from './validation.js';

export interface QuotaRowInput {
  repExternalId?: string | null;
  periodKey?: string | null;
  amount?: Prisma.Decimal | null;
}

interface QuotaRow {
  index: number;
  key: string;
  repExternalId: string;
  periodKey: string;
  amount: Prisma.Decimal;
}

/** The row's key in results and audit events: `<repExternalId>/<periodKey>`. */
const quotaKey = (rep: string, period: string) => `${rep}/${period}`;

function prepare(errors: RowErrors, row: QuotaRowInput, index: number): QuotaRow | null {
  const repExternalId = requiredText(errors, index, row.repExternalId, ['repExternalId']);
  const periodKey = requiredText(errors, index, row.periodKey, ['periodKey']);
  const given = required(errors, index, row.amount, ['amount']);
  const amount = given && checkDecimal(errors, index, given, MONEY, ['amount']);
  if (errors.rejected(index) || !repExternalId || !periodKey || !amount) return null;
  return { index, key: quotaKey(repExternalId, periodKey), repExternalId, periodKey, amount };
}

export const quotaUpsert: EntityUpsert<QuotaRowInput> = {
  operation: 'quotas.upsert',
  typename: 'Quota',
  async apply({ tx, organizationId, errors }: Batch, input) {
    const prepared = input.map((row, i) => prepare(errors, row, i)).filter((r): r is QuotaRow => r != null);
    rejectDuplicateKeys(
      errors,
      prepared.map((r) => ({ index: r.index, key: r.key })),
      ['periodKey'],
      'rep and period',
    );

    const organization = await tx.organization.findFirstOrThrow({ select: { fiscalYearStartMonth: true } });
    const periods = new Map<number, Period>();
    for (const r of prepared) {
      try {
        periods.set(r.index, parsePeriodKey(r.periodKey, organization.fiscalYearStartMonth));
      } catch (error) {
        if (!(error instanceof PeriodKeyError)) throw error;
        errors.add(r.index, 'INVALID', `periodKey: ${error.message}`, ['periodKey']);
      }
    }
    const reps = new Map(
      (
        await tx.rep.findMany({
          where: { externalId: { in: [...new Set(prepared.map((r) => r.repExternalId))] } },
          select: { id: true, externalId: true },
        })
      ).map((r) => [r.externalId as string, r.id]),
    );
    const years = [...new Set([...periods.values()].map((p) => p.fiscalYear))];
    const plans = new Map(
      (
        await tx.salesPlan.findMany({
          where: { status: 'ACTIVE', fiscalYear: { in: years } },
          select: { id: true, fiscalYear: true },
        })
      ).map((p) => [p.fiscalYear, p.id]),
    );
    for (const r of prepared) {
      if (!reps.has(r.repExternalId)) {
        errors.add(r.index, 'NOT_FOUND', `repExternalId: no rep has externalId "${r.repExternalId}"`, [
          'repExternalId',
        ]);
      }
      const period = periods.get(r.index);
      if (period && !plans.has(period.fiscalYear)) {
        errors.add(
          r.index,
          'NOT_FOUND',
          `periodKey: FY${period.fiscalYear} has no ACTIVE sales plan to hold the quota; activate one first`,
          ['periodKey'],
        );
      }
    }
    const rows = prepared
      .filter((r) => !errors.rejected(r.index))
      .map((r) => {
        const period = periods.get(r.index) as Period;
        return {
          ...r,
          period,
          repId: reps.get(r.repExternalId) as number,
          planId: plans.get(period.fiscalYear) as number,
        };
      });
    if (rows.length === 0) return [];

    const stored = await tx.quota.findMany({
      where: {
        salesPlanId: { in: [...new Set(rows.map((r) => r.planId))] },
        repId: { in: [...new Set(rows.map((r) => r.repId))] },
        periodKey: { in: [...new Set(rows.map((r) => r.period.key))] },
      },
      select: { id: true, salesPlanId: true, repId: true, periodKey: true, amount: true },
    });
    const storedOf = new Map(stored.map((q) => [`${q.salesPlanId}|${q.repId}|${q.periodKey}`, q]));

    const applied: AppliedRow[] = [];
    const writes = new Map<number, (typeof rows)[number][]>();
    for (const r of rows) {
      const old = storedOf.get(`${r.planId}|${r.repId}|${r.period.key}`);
      if (old?.amount.equals(r.amount)) {
        applied.push({ index: r.index, externalId: r.key, id: old.id, status: 'UNCHANGED' });
        continue;
      }
      writes.set(r.planId, [...(writes.get(r.planId) ?? []), r]);
    }
    for (const [planId, list] of writes) {
      await lockPlan(tx, planId, null, ['input', 'rows']);
      await writeQuotas(
        tx,
        organizationId,
        planId,
        list.map((row) => ({ repId: row.repId, period: row.period, amount: row.amount })),
      );
    }
    deferChangeEvents(
      tx,
      [...writes].map(([planId, list]) => ({
        entityType: 'SalesPlan',
        entityId: planId,
        topic: 'quota.changed',
        eventType: 'quota.changed',
        action: 'quotas.upsert',
        after: {
          quotas: list.map((row) => ({
            repExternalId: row.repExternalId,
            periodKey: row.period.key,
            amount: row.amount,
          })),
        },
      })),
    );
    const written =
      writes.size === 0
        ? []
        : await tx.quota.findMany({
            where: {
              salesPlanId: { in: [...writes.keys()] },
              repId: { in: [...new Set(rows.map((r) => r.repId))] },
              periodKey: { in: [...new Set(rows.map((r) => r.period.key))] },
            },
            select: { id: true, salesPlanId: true, repId: true, periodKey: true },
          });
    const idOf = new Map(written.map((q) => [`${q.salesPlanId}|${q.repId}|${q.periodKey}`, q.id]));
    for (const list of writes.values()) {
      for (const row of list) {
        const key = `${row.planId}|${row.repId}|${row.period.key}`;
        applied.push({
          index: row.index,
          externalId: row.key,
          id: idOf.get(key) as number,
          status: storedOf.has(key) ? 'UPDATED' : 'CREATED',
        });
      }
    }
    return applied;
  },
};
