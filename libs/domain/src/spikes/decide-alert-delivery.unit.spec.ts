import { decideAlertDelivery, deliveriesDue, retryDelayMs } from './decide-alert-delivery';
import { evolveSpikeAlerts, foldSpikeAlerts, type SpikeAlertsState } from './spike-alerts-state';
import type { SpikeAlertEvent } from './spike-events';

const policy = { maxAttempts: 3, firstDelayMs: 1000, maxDelayMs: 1500 };
const T0 = '2023-10-01T01:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const raised: SpikeAlertEvent = {
  type: 'SpikeAlertRaised',
  data: {
    alertNo: 1,
    ruleId: 'complaints-per-hour',
    dimension: 'category',
    value: 'complaint',
    windowStart: '2023-10-01T00:00:00.000Z',
    windowEnd: T0,
    count: 21,
    limit: 20,
    raisedAt: T0,
  },
};

const attempt = (state: SpikeAlertsState, ok: boolean, at: string) => {
  const event = decideAlertDelivery(
    state.alerts[0],
    ok ? { ok, status: 204 } : { ok, error: 'HTTP 503' },
    at,
    policy,
  );
  return { event, state: evolveSpikeAlerts(state, event) };
};

describe('webhook delivery of spike alerts', () => {
  it('is due as soon as the alert is raised', () => {
    const state = foldSpikeAlerts([raised]);
    expect(deliveriesDue(state, T0).map((a) => a.alertNo)).toEqual([1]);
  });

  it('retries a failure after a delay that doubles up to the cap, then gives up after the last attempt', () => {
    let state = foldSpikeAlerts([raised]);
    const first = attempt(state, false, T0);
    expect(first.event).toEqual({
      type: 'SpikeAlertDeliveryFailed',
      data: { alertNo: 1, attempt: 1, error: 'HTTP 503', failedAt: T0, retryAt: later(1000) },
    });
    state = first.state;
    expect(deliveriesDue(state, later(999))).toEqual([]);
    expect(deliveriesDue(state, later(1000))).toHaveLength(1);

    const second = attempt(state, false, later(1000));
    expect(second.event.data).toMatchObject({ attempt: 2, retryAt: later(2500) });
    const third = attempt(second.state, false, later(2500));
    expect(third.event.data).toEqual({ alertNo: 1, attempt: 3, error: 'HTTP 503', failedAt: later(2500) });
    expect(third.state.alerts[0].delivery).toMatchObject({ status: 'failed', attempts: 3 });
    expect(deliveriesDue(third.state, later(10_000_000))).toEqual([]);
  });

  it('records the delivery with its attempt number, after which nothing is due', () => {
    const failed = attempt(foldSpikeAlerts([raised]), false, T0);
    const delivered = attempt(failed.state, true, later(1000));
    expect(delivered.event).toEqual({
      type: 'SpikeAlertDelivered',
      data: { alertNo: 1, attempt: 2, status: 204, deliveredAt: later(1000) },
    });
    expect(deliveriesDue(delivered.state, later(10_000))).toEqual([]);
  });

  it('doubles the delay from the first', () => {
    const slow = { maxAttempts: 10, firstDelayMs: 30_000, maxDelayMs: 3_600_000 };
    expect([1, 2, 3, 8, 9].map((n) => retryDelayMs(slow, n))).toEqual([
      30_000, 60_000, 120_000, 3_600_000, 3_600_000,
    ]);
  });
});
