// Forecast accuracy, the backtest a forecasting team is judged by: for a period that has ended,
// each node's numbers as they stood at a point in the period (its calls, and the commit, best-case
// and projected forecasts rebuilt from opportunity history as of that moment) against what closed.
// error = (forecast - actual) / actual, a signed fraction: +0.1 means the forecast was 10% above
// what was won; absoluteError is its size (the mean of absolute errors over nodes is MAPE).
import { UserInputError } from '../shared/errors.js';
import { Decimal } from '../shared/scalars.js';
import { addDays, type ForecastPeriod, startOfDay } from './period.js';
import { computeForecast, type ForecastNode } from './rollup.js';
import type { ForecastCaller } from './scope.js';

export interface AccuracyMeasure {
  /** The forecast at the point in time; null when there was none (no call submitted). */
  forecast: Decimal | null;
  error: Decimal | null;
  absoluteError: Decimal | null;
}

export interface ForecastAccuracyNode {
  repId: number;
  /** Won in the period, as recorded now. */
  actual: Decimal;
  /** Already won at the point in time. */
  closedAtPoint: Decimal;
  commitCall: AccuracyMeasure;
  bestCaseCall: AccuracyMeasure;
  commitForecast: AccuracyMeasure;
  bestCaseForecast: AccuracyMeasure;
  projection: AccuracyMeasure;
}

export interface ForecastAccuracy {
  period: ForecastPeriod;
  asOf: Date;
  node: ForecastAccuracyNode;
  children: ForecastAccuracyNode[];
}

/** The moment a point in the period stands for: the end of its `week`-th week, or a given instant. */
export function accuracyPoint(
  period: ForecastPeriod,
  timeZone: string,
  point: { week?: number | null; asOf?: Date | null },
): Date {
  const hasWeek = point.week != null;
  const hasAsOf = point.asOf != null;
  if (hasWeek === hasAsOf) {
    throw new UserInputError('INVALID', 'Give exactly one of week and asOf', [hasWeek ? 'asOf' : 'week']);
  }
  if (hasWeek) {
    const week = point.week as number;
    const at = startOfDay(addDays(period.start, 7 * week), timeZone);
    if (week < 1 || at > period.endsAt) {
      throw new UserInputError('OUT_OF_RANGE', `week must be between 1 and the last full week of ${period.key}`, [
        'week',
      ]);
    }
    return at;
  }
  const asOf = point.asOf as Date;
  if (asOf < period.startsAt || asOf > period.endsAt) {
    throw new UserInputError('OUT_OF_RANGE', `asOf must fall within ${period.key}`, ['asOf']);
  }
  return asOf;
}

function measure(forecast: Decimal | null, actual: Decimal): AccuracyMeasure {
  if (forecast === null || actual.isZero()) return { forecast, error: null, absoluteError: null };
  const error = forecast.minus(actual).dividedBy(actual).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN);
  return { forecast, error, absoluteError: error.abs() };
}

function accuracyNode(then: ForecastNode, actual: Decimal): ForecastAccuracyNode {
  const call = (amount: Decimal | undefined) => (amount === undefined ? null : new Decimal(amount));
  return {
    repId: then.repId,
    actual,
    closedAtPoint: then.closed,
    commitCall: measure(call(then.commitCall.submission?.amount), actual),
    bestCaseCall: measure(call(then.bestCaseCall.submission?.amount), actual),
    commitForecast: measure(then.commitForecast, actual),
    bestCaseForecast: measure(then.bestCaseForecast, actual),
    projection: measure(then.projection, actual),
  };
}

/**
 * Accuracy of the node and its direct reports for an ended period at moment `asOf`: two rollups,
 * one of the deals and calls as of that moment and one of what is won now.
 */
export async function forecastAccuracy(
  caller: ForecastCaller,
  period: ForecastPeriod,
  repId: number,
  asOf: Date,
): Promise<ForecastAccuracy> {
  if (!period.closed) {
    throw new UserInputError('INVALID', `${period.key} has not ended; accuracy is measured on ended periods`, [
      'periodKey',
    ]);
  }
  const [then, now] = await Promise.all([
    computeForecast(caller, period, repId, { asOf }),
    computeForecast(caller, period, repId),
  ]);
  const actual = new Map([now.node, ...now.children].map((n) => [n.repId, n.closed]));
  const of = (n: ForecastNode) => accuracyNode(n, actual.get(n.repId) ?? new Decimal(0));
  return { period, asOf, node: of(then.node), children: then.children.map(of) };
}
