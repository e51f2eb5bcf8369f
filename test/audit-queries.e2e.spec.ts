import { TestApp, TestClock } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

interface Line {
  type: string;
  stream: string;
  occurredAt: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

describe('audit queries: GET /audit/events and GET /audit/export', () => {
  let app: TestApp;
  const auditor = () => app.http(ROLE_KEYS.auditor);

  beforeAll(async () => {
    app = await TestApp.start(new TestClock(new Date('2024-03-04T01:00:00Z')));
    for (const [actor, phone] of [
      ['agent-wang', '13812345678'],
      ['agent-li', '13987654321'],
      ['agent-wang', '13700001111'],
    ]) {
      const sent = await app
        .http(ROLE_KEYS.service)
        .post('/feedback')
        .set('X-Actor', actor)
        .send({ channel: 'phone', content: '退款一直没到账', customer: { phone } });
      expect(sent.status).toBe(201);
      app.clock.advance(60 * 60_000);
      const classified = await app
        .http(ROLE_KEYS.agent)
        .post(`/feedback/${sent.body.id}/classify`)
        .send({ category: 'complaint', priority: 'P3' });
      expect(classified.status).toBe(200);
      app.clock.advance(24 * 60 * 60_000);
    }
  });
  afterAll(() => app.stop());

  it('finds what an actor did, of a type, in a period, a page at a time', async () => {
    const wang = await auditor().get('/audit/events?actor=agent-wang');
    expect(wang.status).toBe(200);
    // The service key sent them for agent Wang: the key is recorded as `via`.
    const via = expect.stringMatching(/^key-[0-9a-f]{8}$/);
    expect(wang.body.events.map((e: Line) => [e.type, e.metadata.actor, e.metadata.via])).toEqual([
      ['FeedbackReceived', 'agent-wang', via],
      ['FeedbackReceived', 'agent-wang', via],
    ]);
    expect(wang.body.next).toBeUndefined();

    const classified = await auditor().get('/audit/events?type=FeedbackClassified&from=2024-03-05T00:00:00Z');
    expect(classified.body.events.map((e: Line) => e.occurredAt)).toEqual([
      '2024-03-05T03:00:00.000Z',
      '2024-03-06T04:00:00.000Z',
    ]);

    const first = await auditor().get('/audit/events?type=FeedbackReceived&limit=2');
    expect(first.body.events).toHaveLength(2);
    const rest = await auditor().get(`/audit/events?type=FeedbackReceived&limit=2&after=${first.body.next}`);
    expect(rest.body.events).toHaveLength(1);
    const streams = [...first.body.events, ...rest.body.events].map((e: Line) => e.stream);
    expect(new Set(streams).size).toBe(3);
  });

  it('exports a period as NDJSON with contact data masked for the auditor', async () => {
    const res = await auditor().get('/audit/export?from=2024-03-04T00:00:00Z&to=2024-03-05T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((l) => l.type)).toEqual(['FeedbackReceived', 'FeedbackClassified']);
    expect(lines[0].data.customer).toEqual({ phone: '138****5678' });
    expect(res.text).not.toContain('13812345678');
  });

  it('refuses bad criteria with 400 naming the field, and other roles with 403', async () => {
    const backwards = await auditor().get('/audit/events?from=2024-03-05T00:00:00Z&to=2024-03-04T00:00:00Z');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([{ field: 'to', reason: 'to must be after from' }]);
    const badType = await auditor().get('/audit/events?type=<script>');
    expect(badType.status).toBe(400);
    expect(badType.body.errors[0].field).toBe('type');
    expect((await app.http(ROLE_KEYS.analyst).get('/audit/export')).status).toBe(403);
  });
});
