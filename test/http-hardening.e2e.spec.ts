import { TestApp } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

describe('HTTP hardening: headers, body size, errors, rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start(undefined, { LEDGER_RATE_LIMIT: '5' });
  });
  afterAll(() => app.stop());

  it('sends security headers and a request id on every answer', async () => {
    const res = await app.http(null).get('/health/live');
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a body over 1 MiB with 413 and a malformed one with 400, naming no internals, appending nothing', async () => {
    const http = app.http(ROLE_KEYS.service);
    const huge = await http.post('/feedback').send({ channel: 'web', content: 'x'.repeat(1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ statusCode: 413, message: expect.stringMatching(/too large/i) });
    const broken = await app
      .http(ROLE_KEYS.agent)
      .post('/feedback')
      .set('Content-Type', 'application/json')
      .send('{"channel": "web", "content": ');
    expect(broken.status).toBe(400);
    for (const res of [huge, broken]) {
      expect(JSON.stringify(res.body)).not.toMatch(/node_modules|at \w+ \(|\.js:\d+/);
    }
    expect(await app.allEvents()).toEqual([]);
  });

  it('limits each key per minute with 429 and Retry-After, leaving other keys and the probes alone', async () => {
    const analyst = app.http(ROLE_KEYS.analyst);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await analyst.get('/taxonomy')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await analyst.get('/taxonomy');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect((await app.http(ROLE_KEYS.auditor).get('/taxonomy')).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await app.http(null).get('/health/live')).status).toBe(200);
  });
});
