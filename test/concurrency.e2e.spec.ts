import { TestApp } from './support/test-app';

describe('concurrent requests', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('numbers concurrent intakes uniquely and without gaps', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        app
          .http()
          .post('/feedback')
          .send({ channel: 'web', content: `#${i}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(201));
    const numbers = answers.map((a) => a.body.ticketNo as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 40 }, (_, i) => `CRM20231001${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('decides racing commands on one ticket again instead of failing them', async () => {
    const { body: ticket } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'app', content: 'slow login' });
    const id = ticket.id as string;
    await app
      .http()
      .post(`/feedback/${id}/classify`)
      .send({ category: 'function_issue', priority: 'P2' })
      .expect(200);
    await app.http().post(`/feedback/${id}/assign`).send({ department: 'Technology' }).expect(200);
    await app.http().post(`/feedback/${id}/acknowledge`).send({}).expect(200);

    const notes = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        app
          .http()
          .post(`/feedback/${id}/progress`)
          .send({ note: `note ${i}` }),
      ),
    );
    expect(notes.map((n) => n.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(notes.map((n) => n.body.revision)).size).toBe(4);
    const history = await app.http().get(`/feedback/${id}/history`).expect(200);
    expect(history.body.filter((e: { type: string }) => e.type === 'ProgressUpdated')).toHaveLength(4);
  });

  it('lets exactly one of two racing commands with the same If-Match win', async () => {
    const { body: ticket } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'email', content: 'wrong invoice' });
    const classify = (priority: string) =>
      app
        .http()
        .post(`/feedback/${ticket.id}/classify`)
        .set('If-Match', '"0"')
        .send({ category: 'complaint', priority });
    const [a, b] = await Promise.all([classify('P2'), classify('P3')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const history = await app.http().get(`/feedback/${ticket.id}/history`).expect(200);
    expect(history.body).toHaveLength(2);
  });
});
