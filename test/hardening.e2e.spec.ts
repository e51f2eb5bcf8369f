import { randomUUID } from 'node:crypto';
import { TestApp } from './support/test-app';

const valid = { channel: 'web', content: '希望增加批量導出功能' };

/** Requests found in review to slip past validation, race, or fail with a 500. */
describe('hardened edges', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  const newTicket = async (): Promise<string> =>
    (await app.http().post('/feedback').send(valid).expect(201)).body.id;

  it('answers one of two racing requests with the same key and different bodies with 422', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const id = await newTicket();
      const key = `race-${randomUUID()}`;
      const classify = (priority: string) =>
        app
          .http()
          .post(`/feedback/${id}/classify`)
          .set('Idempotency-Key', key)
          .send({ category: 'complaint', priority });
      const answers = await Promise.all([classify('P1'), classify('P4')]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
      const history = await app.http().get(`/feedback/${id}/history`).expect(200);
      expect(history.body).toHaveLength(2);
    }
  });

  it('gives racing repeats of one intake the same answer and spends one tracking number', async () => {
    const key = `intake-${randomUUID()}`;
    const answers = await Promise.all(
      [1, 2, 3].map(() => app.http().post('/feedback').set('Idempotency-Key', key).send(valid)),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    const next = await app.http().post('/feedback').send(valid).expect(201);
    const sequence = (ticketNo: string) => Number(ticketNo.slice(11));
    expect(sequence(next.body.ticketNo)).toBe(sequence(answers[0].body.ticketNo) + 1);
  });

  it('treats a retry with the ticket id in other letter case as the same request', async () => {
    const id = await newTicket();
    const key = `case-${randomUUID()}`;
    const body = { category: 'praise', priority: 'P4' };
    const first = await app
      .http()
      .post(`/feedback/${id}/classify`)
      .set('Idempotency-Key', key)
      .send(body)
      .expect(200);
    const again = await app
      .http()
      .post(`/feedback/${id.toUpperCase()}/classify`)
      .set('Idempotency-Key', key)
      .send(body)
      .expect(200);
    expect(again.body).toEqual(first.body);
  });

  it.each([
    ['a null optional field', { ...valid, channelDetail: null }, 'channelDetail'],
    ['a null customer', { ...valid, customer: null }, 'customer'],
  ])('refuses %s with 400', async (_, body, field) => {
    const res = await app.http().post('/feedback').send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses null in command bodies instead of recording it', async () => {
    const id = await newTicket();
    await app
      .http()
      .post(`/feedback/${id}/classify`)
      .send({ category: 'complaint', priority: 'P2' })
      .expect(200);
    await app.http().post(`/feedback/${id}/assign`).send({ department: 'Technology' }).expect(200);
    await app
      .http()
      .post(`/feedback/${id}/assign`)
      .send({ department: 'Technology', assignee: null })
      .expect(400);
    await app
      .http()
      .post(`/feedback/${id}/classify`)
      .send({ category: 'complaint', priority: 'P2', severity: null })
      .expect(400);
  });

  it('answers 400 or 422, never 500, for times that look like ISO-8601 but name no instant', async () => {
    const id = await newTicket();
    for (const at of ['2023-W40-1', '20231001', '2023-274', '2030-10-01T10:00:00+08']) {
      await app.http().get(`/feedback/${id}/state`).query({ at }).expect(400);
      await app
        .http()
        .post('/feedback')
        .send({ ...valid, receivedAt: at })
        .expect(400);
    }
    const early = await app
      .http()
      .post('/feedback')
      .send({ ...valid, receivedAt: '1900-01-01T00:00:00Z' })
      .expect(422);
    expect(early.body.rule).toBe('ReceivedTooEarly');
  });

  it('refuses a body nested too deeply with 400', async () => {
    let nested: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++) nested = { a: nested };
    const res = await app
      .http()
      .post('/feedback')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ ...valid, customer: nested }));
    expect(res.status).toBe(400);
  });

  it('reads revisions strictly', async () => {
    const id = await newTicket();
    for (const revision of ['', '1e0', '0x1', '-1']) {
      await app.http().get(`/feedback/${id}/state`).query({ revision }).expect(400);
    }
    await app.http().get(`/feedback/${id}/state`).query({ revision: '7' }).expect(404);
    await app.http().get(`/feedback/${id}/state`).query({ revision: '0' }).expect(200);
  });

  it('reads If-Match strictly, and takes * as any revision', async () => {
    const id = await newTicket();
    const classify = (ifMatch: string) =>
      app
        .http()
        .post(`/feedback/${id}/classify`)
        .set('If-Match', ifMatch)
        .send({ category: 'praise', priority: 'P4' });
    await classify('"0').expect(400);
    await classify('*').expect(200);
    await app.http().post('/feedback').set('If-Match', '"0"').send(valid).expect(400);
  });

  it('takes JSON bodies only', async () => {
    await app
      .http()
      .post('/feedback')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('channel=web&content=hello')
      .expect(415);
  });

  it('refuses days that do not exist in figure ranges', async () => {
    await app.http().get('/kpis/timeliness').query({ from: '2026-02-31', to: '2026-03-01' }).expect(400);
  });
});
