import type { SpikeAlertEvent, SpikeObservation } from './spike-events';
import { decideSpikeCheck, type SpikeCheck } from './decide-spike-check';
import { activeAlerts, foldSpikeAlerts } from './spike-alerts-state';
import { DEFAULT_SPIKE_RULES, spikeLimit } from './spike-rule';

const seen = (value: string, count: number, overrides: Partial<SpikeObservation> = {}): SpikeObservation => ({
  ruleId: 'complaints-per-hour',
  dimension: 'category',
  value,
  windowStart: '2023-10-01T01:00:00.000Z',
  windowEnd: '2023-10-01T02:00:00.000Z',
  count,
  limit: 20,
  ...overrides,
});

const check = (at: string, ...observations: SpikeObservation[]): SpikeCheck => ({
  at,
  ruleIds: ['complaints-per-hour', 'topic-tripled'],
  observations,
});

/** Given these earlier checks' events, when this check, then these events. */
function run(...checks: SpikeCheck[]): SpikeAlertEvent[][] {
  const history: SpikeAlertEvent[] = [];
  return checks.map((next) => {
    const events = decideSpikeCheck(foldSpikeAlerts(history), next);
    history.push(...events);
    return events;
  });
}

describe('spike alerts', () => {
  it('raises an alert when the count goes above the limit, numbered from 1', () => {
    const [events] = run(check('T1', seen('complaint', 21)));
    expect(events).toEqual([
      { type: 'SpikeAlertRaised', data: { ...seen('complaint', 21), alertNo: 1, raisedAt: 'T1' } },
    ]);
  });

  it('raises nothing at the limit itself', () => {
    expect(run(check('T1', seen('complaint', 20)))).toEqual([[]]);
  });

  it('raises once per episode, ends it when the count falls back, and opens a new episode on the next spike', () => {
    const [first, during, after, again] = run(
      check('T1', seen('complaint', 25)),
      check('T2', seen('complaint', 40)),
      check('T3', seen('complaint', 12)),
      check('T4', seen('complaint', 30)),
    );
    expect(first.map((e) => e.type)).toEqual(['SpikeAlertRaised']);
    expect(during).toEqual([]);
    expect(after).toEqual([
      {
        type: 'SpikeAlertEnded',
        data: {
          alertNo: 1,
          ruleId: 'complaints-per-hour',
          dimension: 'category',
          value: 'complaint',
          count: 12,
          reason: 'the count fell to 12, at or below 20',
          endedAt: 'T3',
        },
      },
    ]);
    expect(again).toEqual([
      expect.objectContaining({ type: 'SpikeAlertRaised', data: expect.objectContaining({ alertNo: 2 }) }),
    ]);
  });

  it('keeps episodes of different values and rules apart', () => {
    const topic = (value: string, count: number) =>
      seen(value, count, { ruleId: 'topic-tripled', dimension: 'topic', limit: 9 });
    const [events] = run(check('T1', topic('logistics', 10), topic('payment', 30), topic('price', 9)));
    expect(events.map((e) => [e.type, e.data.alertNo, 'value' in e.data && e.data.value])).toEqual([
      ['SpikeAlertRaised', 1, 'logistics'],
      ['SpikeAlertRaised', 2, 'payment'],
    ]);
  });

  it('ends an open alert whose rule was removed', () => {
    const history = run(check('T1', seen('complaint', 25))).flat();
    const events = decideSpikeCheck(foldSpikeAlerts(history), {
      at: 'T2',
      ruleIds: ['topic-tripled'],
      observations: [],
    });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'SpikeAlertEnded',
        data: expect.objectContaining({ alertNo: 1, reason: 'the rule was removed' }),
      }),
    ]);
    expect(activeAlerts(foldSpikeAlerts([...history, ...events]))).toEqual([]);
  });
});

describe('spike limits', () => {
  const tripled = DEFAULT_SPIKE_RULES[1];

  it('is the threshold for a threshold rule', () => {
    expect(
      spikeLimit({ id: 'x', kind: 'threshold', dimension: 'category', windowMinutes: 60, threshold: 20 }, 99),
    ).toBe(20);
  });

  it('is the factor times the trailing average, but never below the minimum count', () => {
    expect(spikeLimit(tripled, 5)).toBe(15);
    expect(spikeLimit(tripled, 0.5)).toBe(9);
  });
});
