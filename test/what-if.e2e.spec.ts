import type { Response } from 'supertest';
import { TestApp } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

type Stats = { handled: number; timely: number; rate: number | null };
type Row = { period: string; value: string; response: Stats; resolution: Stats };
interface Report {
  rows: Row[];
  totals: Row[];
  targets: object;
}
interface WhatIfAnswer {
  progress: Array<{ events: number; done: number }>;
  result: { actual: Report; whatIf: Report; replayedEvents: number; position: string };
}

const PRIORITIES = ['P1', 'P2', 'P3'] as const;
const HOUR = 3_600_000;

/** Timely first responses and resolutions of all priorities together. */
const timelyOf = (report: Report) => {
  const sum = (kind: 'response' | 'resolution') => report.totals.reduce((n, row) => n + row[kind].timely, 0);
  return { response: sum('response'), resolution: sum('resolution') };
};

describe('what-if: the KPIs of a period replayed under another SLA policy', () => {
  let app: TestApp;
  const analyst = () => app.http(ROLE_KEYS.analyst);

  async function whatIf(body: object): Promise<WhatIfAnswer> {
    const res = await analyst().post('/kpis/what-if').send(body);
    expect([res.status, res.headers['content-type']]).toEqual([200, 'application/x-ndjson']);
    const lines = res.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const result = lines.at(-1).result;
    expect(result).toBeDefined();
    return { progress: lines.slice(0, -1).map((line) => line.progress), result };
  }

  const ok = async (call: PromiseLike<Response>, status = 200) => {
    const res = await call;
    expect([res.status, res.status === status || res.body]).toEqual([status, true]);
    return res;
  };

  beforeAll(async () => {
    app = await TestApp.start();
    const agent = app.http(ROLE_KEYS.agent);
    // 24 tickets over three weeks of October 2023, answered and resolved after 1 to 72 hours.
    for (let i = 0; i < 24; i++) {
      app.clock.set(new Date(Date.UTC(2023, 9, 9 + (i % 15), 2 + (i % 6))).toISOString());
      const made = await ok(
        app
          .http(ROLE_KEYS.service)
          .post('/feedback')
          .send({ channel: 'app', content: `第${i}单 付款后订单状态没更新` }),
        201,
      );
      const id = (made.body as { id: string }).id;
      await ok(
        agent.post(`/feedback/${id}/classify`).send({ category: 'complaint', priority: PRIORITIES[i % 3] }),
      );
      await ok(agent.post(`/feedback/${id}/assign`).send({ department: 'Payments' }));
      app.clock.advance(((i * 7) % 30) * HOUR + HOUR);
      await ok(agent.post(`/feedback/${id}/acknowledge`).send({}));
      app.clock.advance(((i * 11) % 48) * HOUR);
      await ok(agent.post(`/feedback/${id}/resolve`).send({ solution: 'order status synced', kind: 'fix' }));
    }
    await app.waitForViews();
  });
  afterAll(() => app.stop());

  const PERIOD = { from: '2023-10-01', to: '2023-10-31' };

  it('replayed under the rules in force, gives exactly the live figures', async () => {
    const { result, progress } = await whatIf(PERIOD);
    const strip = ({ targets: _t, ...report }: Report) => report;
    expect(strip(result.whatIf)).toEqual(strip(result.actual));
    expect(timelyOf(result.actual).response).toBeGreaterThan(0);
    expect(result.replayedEvents).toBe((await app.allEvents()).length);
    expect(progress.at(-1)).toEqual({ events: result.replayedEvents, done: 1 });
  });

  it('a stricter policy yields fewer timely tickets, a looser one more, live views untouched', async () => {
    const live = await ok(analyst().get('/kpis/timeliness?from=2023-10-01&to=2023-10-31&by=priority'));
    const queue = await ok(app.http(ROLE_KEYS.agent).get('/tickets/open?limit=100'));
    const events = (await app.allEvents()).length;

    const every = (duration: string) => Object.fromEntries([...PRIORITIES, 'P4'].map((p) => [p, duration]));
    const strict = await whatIf({ ...PERIOD, policy: { response: every('1h'), resolution: every('2h') } });
    const loose = await whatIf({ ...PERIOD, policy: { response: every('30wd'), resolution: every('60wd') } });
    const actual = timelyOf(strict.result.actual);
    for (const kind of ['response', 'resolution'] as const) {
      expect(timelyOf(strict.result.whatIf)[kind]).toBeLessThan(actual[kind]);
      expect(timelyOf(loose.result.whatIf)[kind]).toBeGreaterThan(actual[kind]);
    }
    expect(strict.result.whatIf.targets).toMatchObject({
      response: { P1: { amount: 1, unit: 'calendar_hours' } },
    });

    expect(
      (await ok(analyst().get('/kpis/timeliness?from=2023-10-01&to=2023-10-31&by=priority'))).body,
    ).toEqual(live.body);
    expect((await ok(app.http(ROLE_KEYS.agent).get('/tickets/open?limit=100'))).body).toEqual(queue.body);
    expect((await app.allEvents()).length).toBe(events);
  });

  it('refuses a calendar without working time to count in, before replaying anything', async () => {
    const everyDayOff = { weekend: [0, 1, 2, 3, 4, 5, 6] };
    const res = await analyst()
      .post('/kpis/what-if')
      .send({ ...PERIOD, calendar: everyDayOff, policy: { response: { P2: '1wd', P3: '1wd' } } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'calendar' });
  });

  it('refuses a wrong policy, calendar or period with the field and changes nothing', async () => {
    const events = (await app.allEvents()).length;
    const cases: Array<[object, string]> = [
      [{ ...PERIOD, policy: { response: { P1: 'two hours' } } }, 'policy'],
      [{ ...PERIOD, policy: { responses: {} } }, 'policy'],
      [
        { ...PERIOD, calendar: { workingHours: [{ start: '9am', end: '18:00' }] } },
        'calendar.workingHours.0.start',
      ],
      [{ ...PERIOD, calendar: { workingHours: [{ start: '13:00', end: '12:00' }] } }, 'calendar'],
      [{ from: '2023-10-31', to: '2023-10-01' }, 'to'],
      [{ ...PERIOD, by: 'colour' }, 'by'],
      [{ ...PERIOD, extra: 1 }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await analyst().post('/kpis/what-if').send(body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await app.http(ROLE_KEYS.agent).post('/kpis/what-if').send(PERIOD)).status).toBe(403);
    expect((await app.allEvents()).length).toBe(events);
  });
});
