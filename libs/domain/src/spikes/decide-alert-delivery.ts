import type { SpikeAlertEvent } from './spike-events';
import type { SpikeAlert, SpikeAlertsState } from './spike-alerts-state';

/** How often and how patiently a webhook delivery is retried: delays double from the first, up to the cap. */
export interface DeliveryRetryPolicy {
  readonly maxAttempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_DELIVERY_RETRY: DeliveryRetryPolicy = {
  maxAttempts: 10,
  firstDelayMs: 30_000,
  maxDelayMs: 3_600_000,
};

export type DeliveryOutcome =
  { readonly ok: true; readonly status: number } | { readonly ok: false; readonly error: string };

/** The alerts whose webhook delivery is due by `now`, oldest first. */
export const deliveriesDue = (state: SpikeAlertsState, now: string): SpikeAlert[] =>
  state.alerts.filter((a) => a.delivery.status === 'pending' && (a.delivery.retryAt ?? a.raisedAt) <= now);

export function retryDelayMs(policy: DeliveryRetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
}

/** Records one delivery attempt of an alert: delivered, or failed with the next attempt's time (none after the last). */
export function decideAlertDelivery(
  alert: SpikeAlert,
  outcome: DeliveryOutcome,
  at: string,
  policy: DeliveryRetryPolicy,
): SpikeAlertEvent {
  const attempt = alert.delivery.attempts + 1;
  if (outcome.ok) {
    return {
      type: 'SpikeAlertDelivered',
      data: { alertNo: alert.alertNo, attempt, status: outcome.status, deliveredAt: at },
    };
  }
  const retryAt =
    attempt < policy.maxAttempts
      ? new Date(Date.parse(at) + retryDelayMs(policy, attempt)).toISOString()
      : undefined;
  return {
    type: 'SpikeAlertDeliveryFailed',
    data: {
      alertNo: alert.alertNo,
      attempt,
      error: outcome.error,
      failedAt: at,
      ...(retryAt ? { retryAt } : {}),
    },
  };
}
