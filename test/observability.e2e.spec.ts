import { TestApp } from './support/test-app';

describe('health and metrics', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('is live, and ready when both stores answer and the views have caught up', async () => {
    await app
      .http()
      .get('/health/live')
      .expect(200, /"status":"ok"/);
    const ready = await app.http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      details: {
        events: { status: 'up' },
        views: { status: 'up' },
        projections: { status: 'up', eventsBehind: 0, maxLagSeconds: 60 },
      },
    });
  });

  it('counts commands by type and outcome, appended events by type, and shows the projection lag', async () => {
    const { body } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'web', content: 'slow page' })
      .expect(201);
    await app.http().post('/feedback').send({ channel: 'fax', content: 'x' }).expect(400);
    await app.http().post(`/feedback/${body.id}/acknowledge`).send({}).expect(409);
    await app.waitForViews();
    const res = await app.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const line = (pattern: string) => res.text.split('\n').find((l) => l.startsWith(pattern));
    expect(line('ledger_commands_total{command="ReceiveFeedback",outcome="accepted",status="201"}')).toMatch(
      / 1$/,
    );
    expect(line('ledger_commands_total{command="ReceiveFeedback",outcome="rejected",status="400"}')).toMatch(
      / 1$/,
    );
    expect(line('ledger_commands_total{command="Acknowledge",outcome="rejected",status="409"}')).toMatch(
      / 1$/,
    );
    expect(line('ledger_events_appended_total{type="FeedbackReceived"}')).toMatch(/ 1$/);
    expect(line('ledger_command_duration_seconds_count{command="ReceiveFeedback"}')).toMatch(/ 2$/);
    expect(
      line(
        'ledger_http_request_duration_seconds_count{method="POST",route="/feedback/:id/acknowledge",status="409"}',
      ),
    ).toMatch(/ 1$/);
    expect(line('ledger_projection_lag_events')).toBe('ledger_projection_lag_events 0');
    expect(line('ledger_process_resident_memory_bytes')).toBeDefined();
  });
});

describe('readiness when no projector keeps the views', () => {
  it('fails with 503 once the views fall further behind than allowed', async () => {
    const app = await TestApp.start(undefined, {
      LEDGER_PROJECTOR: 'off',
      LEDGER_READY_MAX_LAG_SECONDS: '1',
    });
    try {
      await app
        .http()
        .post('/feedback')
        .send({ channel: 'web', content: 'nobody projects this' })
        .expect(201);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const res = await app.http().get('/health/ready').expect(503);
      expect(res.body).toMatchObject({
        status: 'error',
        // The tracking-number reservation and the ticket's first event.
        error: { projections: { status: 'down', eventsBehind: 2, maxLagSeconds: 1 } },
      });
    } finally {
      await app.stop();
    }
  });
});
