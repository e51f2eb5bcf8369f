import { TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('repeat complaints', () => {
  let app: TestApp;
  let position = '0';

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  /** Receives and classifies a ticket; the finder waits for the views itself. */
  async function complain(
    customer: object,
    category: string,
    topics: string[] = [],
    receivedAt?: string,
  ): Promise<string> {
    const { body } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'phone', content: '又是這個問題', customer, ...(receivedAt ? { receivedAt } : {}) })
      .expect(201);
    const classified = await app
      .http()
      .post(`/feedback/${body.id}/classify`)
      .send({ category, priority: 'P3', topics })
      .expect(200);
    position = classified.body.position;
    return body.id;
  }

  const linkOf = async (id: string) => {
    const history = await app.http().get(`/feedback/${id}/history`).expect(200);
    return history.body.find((e: { type: string }) => e.type === 'RepeatComplaintLinked')?.data;
  };

  it('links a complaint to the same customer’s earlier ticket within the window, and counts the rate', async () => {
    const first = await complain({ phone: '138 1234 5678' }, 'complaint', ['logistics']);
    app.clock.advance(10 * DAY);
    const second = await complain({ phone: '+86 13812345678' }, 'complaint');
    expect(await linkOf(first)).toBeUndefined();
    expect(await linkOf(second)).toMatchObject({ feedbackId: first, matchedOn: 'category' });

    const otherCustomer = await complain({ phone: '13900000000' }, 'complaint');
    expect(await linkOf(otherCustomer)).toBeUndefined();

    app.clock.advance(5 * DAY);
    const byTopic = await complain({ email: 'Li@Example.com' }, 'inquiry', ['payment']);
    app.clock.advance(DAY);
    const topicRepeat = await complain({ email: 'li@example.com' }, 'complaint', ['payment']);
    expect(await linkOf(topicRepeat)).toMatchObject({ feedbackId: byTopic, matchedOn: 'topic' });

    app.clock.advance(45 * DAY);
    const late = await complain({ phone: '13812345678' }, 'complaint');
    expect(await linkOf(late)).toBeUndefined();

    const rate = await app
      .http()
      .get('/kpis/repeat-complaints')
      .query({ from: '2023-09-01', to: '2024-12-31', period: 'month', minPosition: position })
      .expect(200);
    expect(rate.body.total).toEqual({ period: 'total', complaints: 5, repeats: 2, rate: 0.4 });
  });

  it('compares receipt times written with any UTC offset as the instants they are', async () => {
    const now = app.clock.now();
    // Five hours ago, written in Shanghai time: as text it sorts after "an hour ago" written in UTC.
    const fiveHoursAgo = new Date(now.getTime() - 5 * 3_600_000 + 8 * 3_600_000)
      .toISOString()
      .replace('Z', '+08:00');
    const earlier = await complain({ id: 'C-offset' }, 'complaint', [], fiveHoursAgo);
    const history = await app.http().get(`/feedback/${earlier}/history`).expect(200);
    expect(history.body[0].data.receivedAt).toBe(new Date(now.getTime() - 5 * 3_600_000).toISOString());
    const later = await complain(
      { id: 'C-offset' },
      'complaint',
      [],
      new Date(now.getTime() - 3_600_000).toISOString(),
    );
    expect(await linkOf(later)).toMatchObject({ feedbackId: earlier, matchedOn: 'category' });
  });
});
