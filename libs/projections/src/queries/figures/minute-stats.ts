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

export function mergeCounters(into: StatCounters, from: StatCounters): StatCounters {
  const minutes: MinuteHistogram = { ...(into.minutes ?? {}) };
  for (const [m, n] of Object.entries(from.minutes ?? {})) minutes[m] = (minutes[m] ?? 0) + n;
  return {
    handled: (into.handled ?? 0) + (from.handled ?? 0),
    timely: (into.timely ?? 0) + (from.timely ?? 0),
    minutes,
    totalMinutes: (into.totalMinutes ?? 0) + (from.totalMinutes ?? 0),
  };
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

export function statsOf(counters: StatCounters): HandlingStats {
  const handled = counters.handled ?? 0;
  const timely = counters.timely ?? 0;
  const sorted = Object.entries(counters.minutes ?? {})
    .map(([m, n]): [number, number] => [Number(m), n])
    .sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  const sum = counters.totalMinutes ?? 0;
  return {
    handled,
    timely,
    rate: handled ? round(timely / handled, 4) : null,
    averageMinutes: total ? round(sum / total, 1) : null,
    medianMinutes: percentile(sorted, total, 0.5),
    p90Minutes: percentile(sorted, total, 0.9),
  };
}
