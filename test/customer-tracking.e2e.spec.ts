import { TestApp } from './support/test-app';

const HOUR = 3_600_000;

describe('customer tracking: GET /track/{ticketNo}', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start(undefined, { LEDGER_TRACK_RATE_LIMIT: '1000' });
  });
  afterAll(async () => {
    await app.stop();
  });

  async function receive(customer: object): Promise<{ id: string; ticketNo: string }> {
    const { body } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'app', content: '退款申请提交了三天还没有处理', customer })
      .expect(201);
    return body;
  }

  const send = (id: string, command: string, body: object) =>
    app.http().post(`/feedback/${id}/${command}`).send(body).expect(200);

  it('shows the customer the public steps of their ticket, and nothing internal', async () => {
    const { id, ticketNo } = await receive({
      name: '李女士',
      phone: '139-0000-4321',
      email: 'li@example.com',
    });
    const received = await app.http().get(`/track/${ticketNo}`).query({ verify: '4321' }).expect(200);
    expect(received.body).toEqual({
      ticketNo,
      status: 'received',
      timeline: [{ step: 'received', at: '2023-10-01T01:00:00.000Z' }],
    });

    await send(id, 'classify', { category: 'complaint', priority: 'P2', topics: ['payment'] });
    app.clock.advance(HOUR);
    await send(id, 'assign', { department: 'finance', assignee: 'agent-zhou', reason: 'refund desk' });
    await send(id, 'acknowledge', { note: 'internal: customer already called twice' });
    app.clock.advance(HOUR);
    await send(id, 'progress', { status: 'pending_customer', note: 'refund approved by finance lead' });
    app.clock.advance(HOUR);
    await send(id, 'resolve', { solution: 'refund sent; root cause was the batch job', kind: 'fix' });

    const byEmail = await app
      .http()
      .get(`/track/${ticketNo}`)
      .query({ verify: 'LI@example.com' })
      .expect(200);
    expect(byEmail.body).toEqual({
      ticketNo,
      status: 'resolved',
      timeline: [
        { step: 'received', at: '2023-10-01T01:00:00.000Z' },
        { step: 'being_handled', at: '2023-10-01T02:00:00.000Z' },
        { step: 'solution_planned', at: '2023-10-01T03:00:00.000Z' },
        { step: 'resolved', at: '2023-10-01T04:00:00.000Z' },
      ],
    });
    const shown = JSON.stringify(byEmail.body);
    for (const internal of [id, 'finance', 'agent-zhou', 'internal', 'refund', 'complaint', 'P2', '李女士']) {
      expect(shown).not.toContain(internal);
    }
  });

  it('answers an unknown number, a wrong verification and an untrackable ticket exactly alike', async () => {
    const { ticketNo } = await receive({ phone: '13800001111' });
    const { ticketNo: anonymous } = await receive({});
    const probes = [
      ['CRM209901010001', '1111'],
      [ticketNo, '2222'],
      [ticketNo, 'someone@example.com'],
      [anonymous, '1111'],
    ];
    const answers = await Promise.all(
      probes.map(([number, verify]) => app.http().get(`/track/${number}`).query({ verify })),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(answers[0].body);
    }
    expect(answers[0].body.message).toBe('no feedback matches this tracking number and verification');
  });

  it('refuses a malformed number or a missing verification with 400, naming the field', async () => {
    const malformed = await app.http().get('/track/12345').query({ verify: '1111' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'ticketNo', reason: expect.any(String) }]);
    const missing = await app.http().get('/track/CRM202310010001');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('verify');
    const extra = await app.http().get('/track/CRM202310010001').query({ verify: '1111', internal: 'yes' });
    expect(extra.status).toBe(400);
  });
});

describe('customer tracking rate limit', () => {
  it('refuses a client beyond LEDGER_TRACK_RATE_LIMIT a minute with 429, found or not', async () => {
    const app = await TestApp.start(undefined, { LEDGER_TRACK_RATE_LIMIT: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const answer = await app.http().get(`/track/CRM20231001000${i}`).query({ verify: '0000' });
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
      const limited = await app.http().get('/track/CRM202310010001').query({ verify: '0000' });
      expect(limited.headers['retry-after']).toBeDefined();
      // Other routes are not limited by the tracking budget.
      await app.http().get('/tickets/open').expect(200);
    } finally {
      await app.stop();
    }
  });
});
