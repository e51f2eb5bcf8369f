/** A distribution of handling times: bin (lower bound in minutes) → how many tickets fell in it. */
export type MinuteHistogram = Record<string, number>;

export interface HandlingStats {
  readonly handled: number;
  readonly timely: number;
  /** timely / handled, or null when nothing was handled. */
  readonly rate: number | null;
  readonly averageMinutes: number | null;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
}

export interface StatCounters {
  handled?: number;
  timely?: number;
  minutes?: MinuteHistogram;
  /** The exact sum of handling minutes, for the average. */
  totalMinutes?: number;
}

/** The sum of many days' counters, with the histogram keyed by bin as a number. */
export interface CounterSum {
  handled: number;
  timely: number;
  totalMinutes: number;
  readonly minutes: Map<number, number>;
}

export const emptySum = (): CounterSum => ({ handled: 0, timely: 0, totalMinutes: 0, minutes: new Map() });

/**
 * Adds a day's counters into `sum`, in place: a query sums hundreds of days, and copying the
 * running histogram at each day made the sum cost the square of its length.
 */
export function addCounters(sum: CounterSum, from: StatCounters): void {
  sum.handled += from.handled ?? 0;
  sum.timely += from.timely ?? 0;
  sum.totalMinutes += from.totalMinutes ?? 0;
  const minutes = from.minutes;
  if (!minutes) return;
  for (const bin in minutes) {
    if (!Object.hasOwn(minutes, bin)) continue;
    const key = Number(bin);
    sum.minutes.set(key, (sum.minutes.get(key) ?? 0) + minutes[bin]);
  }
}

/**
 * The bin at a nearest-rank percentile: the lowest bin with at least p of all values at or below
 * it, named by its lower bound. The same definition the tests use, so figures compare exactly.
 */
function percentile(sorted: readonly [number, number][], total: number, p: number): number | null {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (seen >= rank) return value;
  }
  return null;
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function statsOf(sum: CounterSum): HandlingStats {
  const { handled, timely, totalMinutes } = sum;
  const sorted = [...sum.minutes.entries()].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((count, [, n]) => count + n, 0);
  return {
    handled,
    timely,
    rate: handled ? round(timely / handled, 4) : null,
    averageMinutes: total ? round(totalMinutes / total, 1) : null,
    medianMinutes: percentile(sorted, total, 0.5),
    p90Minutes: percentile(sorted, total, 0.9),
  };
}
