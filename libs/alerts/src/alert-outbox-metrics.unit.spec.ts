import type { SpikeAlert, SpikeAlertsState } from '@ledger/domain';
import { alertOutboxBacklog } from './alert-outbox-metrics';

const alert = (alertNo: number, raisedAt: string, delivery: SpikeAlert['delivery']): SpikeAlert => ({
  alertNo,
  raisedAt,
  active: true,
  delivery,
  ruleId: 'complaints',
  dimension: 'category',
  value: 'complaint',
  count: 4,
  limit: 3,
  windowStart: '2023-10-01T00:00:00.000Z',
  windowEnd: '2023-10-01T01:00:00.000Z',
});

describe('alertOutboxBacklog', () => {
  it('counts pending and failed deliveries, and how long the oldest pending one has waited', () => {
    const state: SpikeAlertsState = {
      alerts: [
        alert(1, '2023-10-01T01:00:00.000Z', { status: 'delivered', attempts: 1 }),
        alert(2, '2023-10-01T02:00:00.000Z', { status: 'failed', attempts: 10, lastError: 'HTTP 500' }),
        alert(3, '2023-10-01T03:00:00.000Z', { status: 'pending', attempts: 2 }),
        alert(4, '2023-10-01T03:30:00.000Z', { status: 'pending', attempts: 0 }),
      ],
    };
    expect(alertOutboxBacklog(state, new Date('2023-10-01T04:00:00.000Z'))).toEqual({
      pending: 2,
      failed: 1,
      oldestPendingSeconds: 3600,
    });
  });

  it('reads an empty outbox as nothing waiting', () => {
    expect(alertOutboxBacklog({ alerts: [] }, new Date())).toEqual({
      pending: 0,
      failed: 0,
      oldestPendingSeconds: 0,
    });
  });
});
