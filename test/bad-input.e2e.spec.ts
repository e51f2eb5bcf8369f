import { randomUUID } from 'node:crypto';
import { TestApp } from './support/test-app';

const valid = { channel: 'web', content: '希望增加批量導出功能' };

describe('bad input gets a clear 4xx and changes nothing', () => {
  let app: TestApp;
  let ticketId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    ticketId = (await app.http().post('/feedback').send(valid).expect(201)).body.id;
  });
  afterAll(async () => {
    await app.stop();
  });

  /** Sends a request and checks its status, its error fields and that the log did not grow. */
  async function expectRejected(
    send: () => Promise<{ status: number; body: Record<string, unknown> }>,
    status: number,
    expected: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> {
    const before = (await app.allEvents()).length;
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({
      status,
      body: { statusCode: status, ...expected },
    });
    expect((await app.allEvents()).length).toBe(before);
    return res.body;
  }

  const fieldsOf = (body: Record<string, unknown>): string[] =>
    (body.errors as { field: string }[]).map((e) => e.field);

  it.each([
    ['an unknown field', { ...valid, priority: 'P1' }, 'priority'],
    ['missing content', { channel: 'web' }, 'content'],
    ['blank content', { channel: 'web', content: '   ' }, 'content'],
    ['content over 10,000 characters', { channel: 'web', content: 'x'.repeat(10_001) }, 'content'],
    ['a summary over 80 characters', { ...valid, summary: 's'.repeat(81) }, 'summary'],
    ['an unknown channel', { ...valid, channel: 'fax' }, 'channel'],
    ['a bad customer segment', { ...valid, customer: { segment: 'gold' } }, 'customer.segment'],
    ['a bad email', { ...valid, customer: { email: 'not-an-email' } }, 'customer.email'],
    ['an unknown customer field', { ...valid, customer: { idCard: '1101' } }, 'customer.idCard'],
    ['a receivedAt that is no date', { ...valid, receivedAt: 'yesterday' }, 'receivedAt'],
    ['a content of the wrong type', { channel: 'web', content: 42 }, 'content'],
  ])('refuses intake with %s (400 naming the field)', async (_, body, field) => {
    const error = await expectRejected(() => app.http().post('/feedback').send(body), 400);
    expect(fieldsOf(error)).toContain(field);
  });

  it('refuses a body that is not JSON', async () => {
    await expectRejected(
      () => app.http().post('/feedback').set('content-type', 'application/json').send('{"channel":'),
      400,
    );
  });

  it('refuses feedback received in the future (422 naming the rule)', async () => {
    const future = new Date(app.clock.now().getTime() + 86_400_000).toISOString();
    await expectRejected(
      () =>
        app
          .http()
          .post('/feedback')
          .send({ ...valid, receivedAt: future }),
      422,
      {
        rule: 'ReceivedInFuture',
      },
    );
  });

  it.each([
    ['classify', { category: 'bug', priority: 'P1' }, 'category'],
    ['classify', { category: 'complaint', priority: 'P0' }, 'priority'],
    ['assign', { department: '' }, 'department'],
    ['return', {}, 'reason'],
    ['opinion', { department: 'Product' }, 'opinion'],
    ['opinion', { department: ' ', opinion: 'fine' }, 'department'],
    ['progress', { status: 'resolved', note: 'done' }, 'status'],
    ['resolve', { solution: 'x', kind: 'magic' }, 'kind'],
    [
      'resolve',
      { solution: 'x', kind: 'compensation', compensation: { type: 'coupon', currency: 'yuan' } },
      'compensation.currency',
    ],
    ['satisfaction', { rating: 'happy' }, 'rating'],
    ['satisfaction', { rating: 'satisfied', score: 6 }, 'score'],
  ])('refuses a bad %s body (400 naming %s)', async (path, body, field) => {
    const error = await expectRejected(
      () => app.http().post(`/feedback/${ticketId}/${path}`).send(body),
      400,
    );
    expect(fieldsOf(error)).toContain(field);
  });

  it('answers 404 for an unknown ticket and 400 for an id that is no UUID', async () => {
    await expectRejected(() => app.http().get(`/feedback/${randomUUID()}`), 404);
    await expectRejected(
      () =>
        app.http().post(`/feedback/${randomUUID()}/classify`).send({ category: 'praise', priority: 'P4' }),
      404,
    );
    await expectRejected(() => app.http().get('/feedback').query({ ticketNo: 'CRM209901019999' }), 404);
    const error = await expectRejected(() => app.http().get('/feedback/not-a-uuid'), 400);
    expect(fieldsOf(error)).toEqual(['id']);
  });

  it('refuses an illegal transition with 409 naming the rule', async () => {
    await expectRejected(() => app.http().post(`/feedback/${ticketId}/acknowledge`).send({}), 409, {
      rule: 'AcknowledgeNotAllowedWhenReceived',
      status: 'received',
    });
    await expectRejected(
      () => app.http().post(`/feedback/${ticketId}/assign`).send({ department: 'Product' }),
      409,
      {
        rule: 'AssignNotAllowedWhenReceived',
      },
    );
  });

  it('accepts the current If-Match, then refuses it as stale with 409', async () => {
    const seen = await app.http().get(`/feedback/${ticketId}`).expect(200);
    const classify = (ifMatch: string, priority: string) =>
      app
        .http()
        .post(`/feedback/${ticketId}/classify`)
        .set('If-Match', ifMatch)
        .send({ category: 'suggestion', priority });
    const done = await classify(seen.headers.etag, 'P4').expect(200);
    expect(done.body.revision).toBe(seen.body.revision + 1);
    await expectRejected(() => classify(seen.headers.etag, 'P3'), 409, {
      rule: 'RevisionConflict',
      currentRevision: done.body.revision,
    });
    await expectRejected(() => classify('soon', 'P3'), 400);
  });

  it('gives the same answer to a repeated Idempotency-Key and refuses the key with another body', async () => {
    const key = `intake-${randomUUID()}`;
    const first = await app.http().post('/feedback').set('Idempotency-Key', key).send(valid).expect(201);
    const count = (await app.allEvents()).length;
    const again = await app.http().post('/feedback').set('Idempotency-Key', key).send(valid).expect(201);
    expect(again.body).toEqual(first.body);
    expect((await app.allEvents()).length).toBe(count);
    await expectRejected(
      () =>
        app
          .http()
          .post('/feedback')
          .set('Idempotency-Key', key)
          .send({ ...valid, content: 'other' }),
      422,
      { rule: 'IdempotencyKeyReused' },
    );

    const classify = { category: 'suggestion', priority: 'P3' };
    const path = `/feedback/${first.body.id}/classify`;
    const done = await app.http().post(path).set('Idempotency-Key', `${key}-c`).send(classify).expect(200);
    await expectRejected(
      async () => {
        const res = await app.http().post(path).set('Idempotency-Key', `${key}-c`).send(classify);
        return { status: res.status === 200 ? 299 : res.status, body: { ...res.body, statusCode: 299 } };
      },
      299,
      { revision: done.body.revision },
    );
  });
});
