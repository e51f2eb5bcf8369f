import type { SpikeAlertEvent, SpikeObservation } from './spike-events';
import { activeAlerts, alertKey, type SpikeAlertsState } from './spike-alerts-state';

/** One look at the windows: what each rule counted, as the spike monitor found it. */
export interface SpikeCheck {
  readonly at: string;
  /** The rules in force; an open alert of a rule no longer among them ends. */
  readonly ruleIds: readonly string[];
  /** Every value the rules watch that has tickets in its window, and every value with an open alert. */
  readonly observations: readonly SpikeObservation[];
}

/**
 * SPEC §8: an alert is raised when a window's count goes above its rule's limit, once per episode:
 * while the alert is open, further spiking windows raise nothing; the episode ends when the count
 * is back at or below the limit, and a later spike opens a new one.
 */
export function decideSpikeCheck(state: SpikeAlertsState, check: SpikeCheck): SpikeAlertEvent[] {
  const open = new Map(activeAlerts(state).map((alert) => [alertKey(alert), alert]));
  const events: SpikeAlertEvent[] = [];
  let alertNo = state.alerts.length;
  for (const observation of check.observations) {
    const alert = open.get(alertKey(observation));
    const spiking = observation.count > observation.limit;
    if (spiking && !alert) {
      alertNo += 1;
      events.push({ type: 'SpikeAlertRaised', data: { ...observation, alertNo, raisedAt: check.at } });
    } else if (!spiking && alert) {
      events.push(
        ended(
          alert.alertNo,
          observation,
          `the count fell to ${observation.count}, at or below ${observation.limit}`,
          check.at,
        ),
      );
    }
  }
  const rules = new Set(check.ruleIds);
  for (const alert of open.values()) {
    if (!rules.has(alert.ruleId))
      events.push(ended(alert.alertNo, { ...alert, count: 0 }, 'the rule was removed', check.at));
  }
  return events;
}

function ended(alertNo: number, seen: SpikeObservation, reason: string, at: string): SpikeAlertEvent {
  const { ruleId, dimension, value, count } = seen;
  return { type: 'SpikeAlertEnded', data: { alertNo, ruleId, dimension, value, count, reason, endedAt: at } };
}
