import type { RecordedEvent } from '@ledger/event-store';
import { TestApp, TestClock } from './support/test-app';

const START = '2024-09-02T01:00:00.000Z'; // Monday 09:00 in Shanghai
const HOUR = 3_600_000;
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];

/** Each SLA fact as `stream type key`, for comparing logs. */
const slaFacts = (events: readonly RecordedEvent[]): string[] =>
  events
    .filter((event) => typeof event.data.key === 'string')
    .map((event) => `${event.streamId} ${event.type} ${String(event.data.key)}`)
    .sort();

/** The same 40 tickets in every app: ids follow from the idempotency keys. */
async function seed(app: TestApp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const post = async (path: string, body: object, step: string) => {
      const res = await app.http().post(path).set('Idempotency-Key', `ticket-${i}-${step}`).send(body);
      expect(res.status).toBeLessThan(300);
      return res;
    };
    const { body } = await post('/feedback', { channel: 'web', content: `ticket ${i}` }, 'receive');
    if (i % 5 === 0) continue;
    await post(
      `/feedback/${body.id}/classify`,
      { category: 'function_issue', priority: PRIORITIES[i % 4] },
      'c',
    );
    if (i % 3 === 0) continue;
    await post(`/feedback/${body.id}/assign`, { department: 'Technology' }, 'assign');
    if (i % 2 === 0) await post(`/feedback/${body.id}/acknowledge`, {}, 'ack');
  }
}

describe('two SLA clocks on one store', () => {
  let first: TestApp;
  let second: TestApp;
  let reference: TestApp;

  beforeAll(async () => {
    first = await TestApp.start(new TestClock(new Date(START)));
    // The second process shares the first's files and runs no projector of its own.
    second = await TestApp.start(first.clock, { LEDGER_PROJECTOR: 'off' }, first.dataDir);
    reference = await TestApp.start(new TestClock(new Date(START)));
    await seed(first);
    await seed(reference);
  });
  afterAll(async () => {
    await second.close();
    await Promise.all([first.stop(), reference.stop()]);
  });

  it('record every SLA fact exactly once, as a single clock does, and a restarted clock adds nothing', async () => {
    for (const hours of [0.5, 1, 1.6, 2.5, 8, 24, 30, 49, 80, 200]) {
      first.clock.set(new Date(Date.parse(START) + hours * HOUR).toISOString());
      reference.clock.set(first.clock.now().toISOString());
      await Promise.all([first.waitForViews(), reference.waitForViews()]);
      await Promise.all([first.slaTick(), second.slaTick()]);
      await reference.slaTick();
      // After every tick, the two clocks together have recorded exactly what one clock has.
      expect(slaFacts(await first.allEvents())).toEqual(slaFacts(await reference.allEvents()));
    }
    const facts = slaFacts(await first.allEvents());
    expect(new Set(facts).size).toBe(facts.length);
    expect(facts).toEqual(slaFacts(await reference.allEvents()));
    expect(facts.length).toBeGreaterThan(100);
    expect(new Set(facts.map((fact) => fact.split(' ')[1]))).toEqual(
      new Set([
        'AcknowledgementOverdue',
        'SlaWarningRaised',
        'SlaBreached',
        'TicketEscalated',
        'CustomerDelayNoticeQueued',
        'ProgressUpdateOverdue',
      ]),
    );

    await first.restart();
    await first.waitForViews();
    const before = (await first.allEvents()).length;
    expect(await first.slaTick()).toMatchObject({ recorded: 0 });
    expect(await second.slaTick()).toMatchObject({ recorded: 0 });
    expect((await first.allEvents()).length).toBe(before);
  });
});
