import type { SpikeAlertEvent, SpikeObservation } from './spike-events';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface AlertDelivery {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError?: string;
  /** When the next attempt is due; absent before the first. */
  readonly retryAt?: string;
  readonly deliveredAt?: string;
}

export interface SpikeAlert extends SpikeObservation {
  readonly alertNo: number;
  readonly raisedAt: string;
  readonly active: boolean;
  readonly ended?: { readonly count: number; readonly reason: string; readonly endedAt: string };
  readonly delivery: AlertDelivery;
}

/** Every alert raised so far, in the order raised (alert n is at index n − 1). */
export interface SpikeAlertsState {
  readonly alerts: readonly SpikeAlert[];
}

export const NO_SPIKE_ALERTS: SpikeAlertsState = { alerts: [] };

/** Which rule, watching what: an alert episode is open for at most one key at a time. */
export const alertKey = (alert: Pick<SpikeObservation, 'ruleId' | 'dimension' | 'value'>): string =>
  `${alert.ruleId}\u0000${alert.dimension}\u0000${alert.value}`;

function update(
  state: SpikeAlertsState,
  alertNo: number,
  change: (alert: SpikeAlert) => SpikeAlert,
): SpikeAlertsState {
  const alert = state.alerts[alertNo - 1];
  if (!alert) return state;
  const alerts = [...state.alerts];
  alerts[alertNo - 1] = change(alert);
  return { alerts };
}

export function evolveSpikeAlerts(state: SpikeAlertsState, event: SpikeAlertEvent): SpikeAlertsState {
  switch (event.type) {
    case 'SpikeAlertRaised': {
      const { alertNo: _alertNo, raisedAt: _raisedAt, ...observation } = event.data;
      const alert: SpikeAlert = {
        ...observation,
        alertNo: state.alerts.length + 1,
        raisedAt: event.data.raisedAt,
        active: true,
        delivery: { status: 'pending', attempts: 0 },
      };
      return { alerts: [...state.alerts, alert] };
    }
    case 'SpikeAlertEnded': {
      const { count, reason, endedAt } = event.data;
      return update(state, event.data.alertNo, (alert) => ({
        ...alert,
        active: false,
        ended: { count, reason, endedAt },
      }));
    }
    case 'SpikeAlertDeliveryFailed': {
      const { attempt, error, retryAt } = event.data;
      return update(state, event.data.alertNo, (alert) => ({
        ...alert,
        delivery: {
          status: retryAt ? 'pending' : 'failed',
          attempts: attempt,
          lastError: error,
          ...(retryAt ? { retryAt } : {}),
        },
      }));
    }
    case 'SpikeAlertDelivered': {
      const { attempt, deliveredAt } = event.data;
      return update(state, event.data.alertNo, (alert) => ({
        ...alert,
        delivery: { status: 'delivered', attempts: attempt, deliveredAt },
      }));
    }
  }
}

export const foldSpikeAlerts = (events: readonly SpikeAlertEvent[]): SpikeAlertsState =>
  events.reduce(evolveSpikeAlerts, NO_SPIKE_ALERTS);

export const activeAlerts = (state: SpikeAlertsState): SpikeAlert[] => state.alerts.filter((a) => a.active);
