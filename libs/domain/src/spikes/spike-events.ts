import type { DomainEvent } from '../feedback/feedback-events';
import type { SpikeDimension } from './spike-rule';

/** The stream every spike alert lives in: one log, so each episode is raised once across processes. */
export const SPIKE_ALERTS_STREAM = 'alerts-spikes';

/** What a rule saw in one window when the alert was raised or ended. */
export interface SpikeObservation {
  readonly ruleId: string;
  readonly dimension: SpikeDimension;
  readonly value: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly count: number;
  /** The count above which the window is a spike. */
  readonly limit: number;
  readonly trailingAverage?: number;
}

export type SpikeAlertRaised = DomainEvent<
  'SpikeAlertRaised',
  SpikeObservation & { alertNo: number; raisedAt: string }
>;

export type SpikeAlertEnded = DomainEvent<
  'SpikeAlertEnded',
  {
    alertNo: number;
    ruleId: string;
    dimension: SpikeDimension;
    value: string;
    count: number;
    reason: string;
    endedAt: string;
  }
>;

/** A webhook delivery failed; the next attempt is due at `retryAt`, unless it was the last. */
export type SpikeAlertDeliveryFailed = DomainEvent<
  'SpikeAlertDeliveryFailed',
  { alertNo: number; attempt: number; error: string; failedAt: string; retryAt?: string }
>;

export type SpikeAlertDelivered = DomainEvent<
  'SpikeAlertDelivered',
  { alertNo: number; attempt: number; status: number; deliveredAt: string }
>;

export type SpikeAlertEvent =
  SpikeAlertRaised | SpikeAlertEnded | SpikeAlertDeliveryFailed | SpikeAlertDelivered;

export const SPIKE_ALERT_EVENT_TYPES: readonly SpikeAlertEvent['type'][] = [
  'SpikeAlertRaised',
  'SpikeAlertEnded',
  'SpikeAlertDeliveryFailed',
  'SpikeAlertDelivered',
];

export function asSpikeAlertEvent(recorded: { type: string; data: unknown }): SpikeAlertEvent | undefined {
  return (SPIKE_ALERT_EVENT_TYPES as readonly string[]).includes(recorded.type)
    ? ({ type: recorded.type, data: recorded.data } as SpikeAlertEvent)
    : undefined;
}
