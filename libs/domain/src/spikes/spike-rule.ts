/** What a spike rule counts: tickets received of one category, or carrying one topic. */
export const SPIKE_DIMENSIONS = ['category', 'topic'] as const;
export type SpikeDimension = (typeof SPIKE_DIMENSIONS)[number];

interface SpikeRuleBase {
  /** Names the rule in alerts; unique among the rules. */
  readonly id: string;
  readonly dimension: SpikeDimension;
  /** The category or topic watched; omitted, every value of the dimension is watched on its own. */
  readonly value?: string;
  /** The sliding window: tickets received in the last this many minutes are counted. */
  readonly windowMinutes: number;
}

/** A spike is more than `threshold` tickets in the window. */
export interface ThresholdRule extends SpikeRuleBase {
  readonly kind: 'threshold';
  readonly threshold: number;
}

/**
 * A spike is more than `factor` times the trailing average: the mean count of the
 * `trailingWindows` windows before this one, and at least `minCount` tickets, so that two
 * tickets after a quiet week are not a spike.
 */
export interface TrailingAverageRule extends SpikeRuleBase {
  readonly kind: 'trailing_average';
  readonly factor: number;
  readonly trailingWindows: number;
  readonly minCount: number;
}

export type SpikeRule = ThresholdRule | TrailingAverageRule;

/** The count at or below which a window is quiet: above it, the rule sees a spike. */
export function spikeLimit(rule: SpikeRule, trailingAverage: number): number {
  if (rule.kind === 'threshold') return rule.threshold;
  return Math.max(rule.factor * trailingAverage, rule.minCount - 1);
}

/** The defaults (SPEC §8 leaves the numbers open): complaint surges, and any topic tripling. */
export const DEFAULT_SPIKE_RULES: readonly SpikeRule[] = [
  {
    id: 'complaints-per-hour',
    kind: 'threshold',
    dimension: 'category',
    value: 'complaint',
    windowMinutes: 60,
    threshold: 20,
  },
  {
    id: 'topic-tripled',
    kind: 'trailing_average',
    dimension: 'topic',
    windowMinutes: 60,
    factor: 3,
    trailingWindows: 24,
    minCount: 10,
  },
];
