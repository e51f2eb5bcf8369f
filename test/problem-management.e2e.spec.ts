import type { Response } from 'supertest';
import { TestApp } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

const DAY = 86_400_000;
interface Received {
  readonly at: number;
  readonly delivery: boolean;
}

describe('problem management: from repeat complaints to an effect the report states', () => {
  let app: TestApp;
  const received: Received[] = [];
  let problemId: string;
  const supervisor = () => app.http(ROLE_KEYS.supervisor);
  const ok = async (call: PromiseLike<Response>, status = 200): Promise<Response> => {
    const res = await call;
    expect([res.status, res.status === status || res.body]).toEqual([status, true]);
    return res;
  };

  async function complaint(at: string, phone: string, topic: string): Promise<string> {
    app.clock.set(at);
    const made = await ok(
      app
        .http(ROLE_KEYS.service)
        .post('/feedback')
        .send({ channel: 'phone', content: `${topic} 又出问题了`, customer: { phone } }),
      201,
    );
    const id: string = made.body.id;
    await ok(
      app
        .http(ROLE_KEYS.agent)
        .post(`/feedback/${id}/classify`)
        .send({ category: 'complaint', priority: 'P3', topics: [topic] }),
    );
    received.push({ at: Date.parse(at), delivery: topic === 'delivery' });
    return id;
  }

  /** The test's own count of the effect check, from what it sent. */
  const countIn = (from: number, to: number) => {
    const inside = received.filter((r) => r.at >= from && r.at < to);
    return { count: inside.filter((r) => r.delivery).length, total: inside.length };
  };

  beforeAll(async () => {
    app = await TestApp.start();
    // September: late deliveries, four customers complaining twice, and other feedback.
    for (let i = 0; i < 4; i++) {
      await complaint(`2023-09-0${2 + i}T02:00:00Z`, `1380000000${i}`, 'delivery');
      await complaint(`2023-09-1${2 + i}T02:00:00Z`, `1380000000${i}`, 'delivery');
    }
    for (let i = 0; i < 5; i++) await complaint(`2023-09-2${i}T03:00:00Z`, `1390000000${i}`, 'delivery');
    for (let i = 0; i < 6; i++) await complaint(`2023-09-${10 + i}T04:00:00Z`, `1370000000${i}`, 'app');
    app.clock.set('2023-10-01T01:00:00Z');
    await app.waitForViews();
  });
  afterAll(() => app.stop());

  it('suggests a problem for the repeated complaints, which a supervisor opens and analyses', async () => {
    const suggestions = (await ok(supervisor().get('/problems/suggestions'))).body;
    const delivery = suggestions.find(
      (s: { dimension: string; value: string }) => s.dimension === 'topic' && s.value === 'delivery',
    );
    expect(delivery).toMatchObject({ origin: 'repeat_cluster', repeats: 4 });
    expect(delivery.feedbackIds).toHaveLength(8);
    expect(suggestions.find((s: { value: string }) => s.value === 'app')).toBeUndefined();

    const opened = await ok(
      supervisor()
        .post('/problems')
        .send({
          title: delivery.title,
          topics: ['delivery'],
          category: 'complaint',
          origin: 'repeat_cluster',
          feedbackIds: delivery.feedbackIds,
        }),
      201,
    );
    problemId = opened.body.problem.id;
    expect(opened.body.problem).toMatchObject({
      status: 'open',
      feedbackIds: expect.arrayContaining(delivery.feedbackIds),
    });
    await app.waitForViews();
    const again = (await ok(supervisor().get('/problems/suggestions'))).body;
    expect(again.find((s: { value: string }) => s.value === 'delivery')).toMatchObject({
      openProblemId: problemId,
    });

    // The process documents: analyse, then act. Acting first is refused, and so is an evaluation.
    const early = await supervisor().post(`/problems/${problemId}/actions`).send({
      description: 'x',
      ownerDepartment: 'Logistics',
      owner: 'zhao.min',
      dueAt: '2023-10-10T00:00:00Z',
    });
    expect([early.status, early.body.rule]).toEqual([409, 'RootCauseRequired']);
    const evaluated = await supervisor()
      .post(`/problems/${problemId}/evaluate`)
      .send({ verdict: 'effective' });
    expect([evaluated.status, evaluated.body.rule]).toEqual([409, 'NoActionCompleted']);
    await ok(
      supervisor()
        .post(`/problems/${problemId}/root-cause`)
        .send({
          method: 'cause_and_effect',
          findings: 'one courier for the whole district',
          causes: ['single courier', 'no backup on holidays'],
        }),
    );
  });

  it('acts: the SLA clock marks an action overdue, closing waits for every action', async () => {
    app.clock.set('2023-10-01T02:00:00Z');
    const plan = (description: string, dueAt: string) =>
      ok(
        supervisor()
          .post(`/problems/${problemId}/actions`)
          .send({ description, ownerDepartment: 'Logistics', owner: 'zhao.min', dueAt }),
      );
    const courier = (await plan('a second courier for the district', '2023-10-01T10:00:00Z')).body.problem
      .actions[0].actionId;
    const backup = (await plan('holiday backup rota', '2023-10-05T00:00:00Z')).body.problem.actions[1]
      .actionId;
    app.clock.set('2023-10-01T12:00:00Z');
    await ok(
      app
        .http(ROLE_KEYS.agent)
        .post(`/problems/${problemId}/actions/${courier}/complete`)
        .send({ outcome: 'hired' }),
    );
    app.clock.set('2023-10-06T00:00:00Z');
    await app.waitForViews();
    expect((await app.slaTick()).recorded).toBeGreaterThanOrEqual(1);
    await app.waitForViews();
    const listed = (await ok(supervisor().get('/problems?status=acting'))).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: problemId, openActions: 1, overdueActions: 1 })]);
    const overdue = (await app.allEvents()).filter((e) => e.type === 'CorrectiveActionOverdue');
    expect(overdue.map((e) => e.data.actionId)).toEqual([backup]);
    expect((await app.slaTick()).recorded).toBe(0);

    const refused = await supervisor().post(`/problems/${problemId}/close`).send({ reason: 'done' });
    expect([refused.status, refused.body.rule]).toEqual([409, 'ActionsStillOpen']);
    app.clock.set('2023-10-06T06:00:00Z');
    await ok(app.http(ROLE_KEYS.agent).post(`/problems/${problemId}/actions/${backup}/complete`).send({}));
  });

  it('after the actions, fewer complaints: the effect check and the monthly report state it', async () => {
    for (let i = 0; i < 2; i++) await complaint(`2023-10-1${i}T02:00:00Z`, `1360000000${i}`, 'delivery');
    for (let i = 0; i < 6; i++) await complaint(`2023-10-${20 + i}T04:00:00Z`, `1350000000${i}`, 'app');
    app.clock.set('2023-11-20T00:00:00Z');
    await app.waitForViews();

    const pivot = Date.parse('2023-10-06T06:00:00Z');
    const before = countIn(pivot - 30 * DAY, pivot);
    const after = countIn(pivot, pivot + 30 * DAY);
    expect(before.count).toBeGreaterThan(after.count);

    const view = (await ok(supervisor().get(`/problems/${problemId}`))).body;
    expect(view.effect).toMatchObject({
      before,
      after,
      windows: { pivot: '2023-10-06T06:00:00.000Z', windowDays: 30 },
    });
    const fell = Math.round((1 - after.count / before.count) * 100);
    expect(view.effect.sentence).toBe(
      `feedback on delivery fell ${fell} % in the 30 days after the corrective actions (${after.count} against ${before.count})`,
    );

    const evaluated = await ok(
      supervisor()
        .post(`/problems/${problemId}/evaluate`)
        .send({ verdict: 'effective', note: 'courier complaints down' }),
    );
    expect(evaluated.body.problem.evaluations).toEqual([
      expect.objectContaining({ before, after, windowDays: 30 }),
    ]);
    await ok(supervisor().post(`/problems/${problemId}/close`).send({ reason: 'effective' }));

    // October's report: measured as October ended, 25 whole days after the actions.
    const october = (await ok(app.http(ROLE_KEYS.analyst).get('/reports/monthly?month=2023-10'))).body;
    const monthEnd = Date.parse('2023-10-31T16:00:00Z');
    const days = Math.floor((monthEnd - pivot) / DAY);
    expect(october.problems).toEqual([
      expect.objectContaining({
        problemId,
        windows: expect.objectContaining({ windowDays: days }),
        before: countIn(pivot - days * DAY, pivot),
        after: countIn(pivot, pivot + days * DAY),
      }),
    ]);
    const markdown = (await ok(app.http(ROLE_KEYS.analyst).get('/reports/monthly?month=2023-10&format=md')))
      .text;
    expect(markdown).toContain('## Effect of corrective actions');
    expect(markdown).toContain(october.problems[0].sentence);
  });
});
