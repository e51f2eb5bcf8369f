/** What a chart's values are: counts of tickets, or rates between 0 and 1. */
export type ValueKind = 'count' | 'rate';

export interface ValueAxis {
  /** The value at the top of the plot; the bottom is always zero, so lengths compare. */
  readonly max: number;
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
}

const RATE_AXIS: ValueAxis = {
  max: 1,
  ticks: [0, 0.25, 0.5, 0.75, 1],
  format: (value) => `${Math.round(value * 1000) / 10}%`,
};

/** Ticks at a round step (1, 2 or 5 × 10ⁿ, never below one ticket) up to or past the largest count. */
function countAxis(largest: number): ValueAxis {
  const rough = Math.max(largest, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  const max = Math.max(step, Math.ceil(largest / step) * step);
  return {
    max,
    ticks: Array.from({ length: max / step + 1 }, (_, index) => index * step),
    format: (value) => String(value),
  };
}

/**
 * The axis for these values, or undefined when none is measured and there is nothing to draw. Rates
 * always span 0–100 %, so charts of rates read alike; counts span their largest value.
 */
export function axisFor(kind: ValueKind, values: readonly (number | null)[]): ValueAxis | undefined {
  const measured = values.filter((value): value is number => value !== null);
  if (measured.length === 0) return undefined;
  return kind === 'rate' ? RATE_AXIS : countAxis(Math.max(...measured));
}
