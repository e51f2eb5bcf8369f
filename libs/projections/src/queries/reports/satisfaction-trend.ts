import type { SatisfactionRow } from '../figures/figure-reports.query';
import { daysBetween, periodOf, type Period } from '../figures/period';

/** The ratings given in one step of a report's period. */
export interface SatisfactionTrendPoint extends Omit<SatisfactionRow, 'value'> {
  /**
   * The step's first and last day inside the report's range: the ISO weeks a month begins and ends
   * in are cut at its edges, so the points add up to the month.
   */
  readonly from: string;
  readonly to: string;
}

/** Consecutive days of the range grouped by the step they fall in, in order. */
function stepsOf(from: string, to: string, step: Period): { period: string; from: string; to: string }[] {
  const steps: { period: string; from: string; to: string }[] = [];
  for (const day of daysBetween(from, to)) {
    const period = periodOf(day, step);
    const last = steps[steps.length - 1];
    if (last?.period === period) last.to = day;
    else steps.push({ period, from: day, to: day });
  }
  return steps;
}

/**
 * Satisfaction step by step through a range, from the satisfaction rows of that step (`by: all`).
 * Every step is there: one without ratings has `rated: 0` and a null rate, so a chart shows the gap
 * instead of joining its neighbours.
 */
export function satisfactionTrend(
  from: string,
  to: string,
  step: Period,
  rows: readonly SatisfactionRow[],
): SatisfactionTrendPoint[] {
  const byPeriod = new Map(rows.filter((row) => row.value === 'all').map((row) => [row.period, row]));
  return stepsOf(from, to, step).map((days) => {
    const row = byPeriod.get(days.period);
    return {
      ...days,
      rated: row?.rated ?? 0,
      satisfied: row?.satisfied ?? 0,
      basically_satisfied: row?.basically_satisfied ?? 0,
      dissatisfied: row?.dissatisfied ?? 0,
      rate: row?.rate ?? null,
      averageScore: row?.averageScore ?? null,
    };
  });
}
