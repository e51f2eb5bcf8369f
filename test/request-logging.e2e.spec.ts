import { TestApp } from './support/test-app';

describe('request logs', () => {
  const lines: string[] = [];
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start(undefined, {}, undefined, { write: (line: string) => lines.push(line) });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('write one JSON line per request with its request id, correlation id, actor and command, and no contact data', async () => {
    const res = await app
      .http()
      .post('/feedback')
      .set('X-Actor', 'service-app')
      .set('X-Correlation-Id', 'order-42')
      .send({
        channel: 'phone',
        content: '客服未在24小時內回復',
        customer: { name: '張先生', phone: '13812345678', email: 'zhang@example.com' },
      })
      .expect(201);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await app
      .http()
      .get('/feedback')
      .query({ ticketNo: res.body.ticketNo })
      .set('X-Request-Id', 'req-7')
      .expect(200, /CRM/);
    await app.http().get('/health/live').expect(200);

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const byRequest = (id: string) => entries.find((entry) => (entry.req as { id?: string }).id === id);
    const intake = byRequest(requestId);
    expect(intake).toMatchObject({
      level: 30,
      correlationId: 'order-42',
      actor: 'service-app',
      command: 'ReceiveFeedback',
      req: { id: requestId, method: 'POST', path: '/feedback' },
      res: { statusCode: 201 },
    });
    expect(byRequest('req-7')).toMatchObject({
      correlationId: 'req-7',
      req: { method: 'GET', path: '/feedback' },
    });
    // Health probes are not logged; nothing the customer gave is.
    expect(entries.some((entry) => JSON.stringify(entry).includes('/health'))).toBe(false);
    for (const secret of ['13812345678', 'zhang@example.com', '張先生', res.body.ticketNo]) {
      expect(lines.join('\n')).not.toContain(secret);
    }
  });
});
