import { TestApp } from './support/test-app';
import { EVERY_ROLE_ACTOR } from './support/test-keys';

interface Step {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly status: string;
}

const HOUR = 3_600_000;

/** The three sample records of the process documents, each with the steps it goes through. */
const samples = [
  {
    name: 'P1 function issue via the app, resolved, satisfied',
    intake: {
      channel: 'app',
      content: 'APP登錄後頁面加載卡頓',
      customer: { name: '王女士', phone: '13812345678' },
    },
    steps: [
      {
        path: 'classify',
        body: { category: 'function_issue', priority: 'P1', topics: ['performance'] },
        status: 'triaged',
      },
      { path: 'assign', body: { department: 'Technology', assignee: 'li.wei' }, status: 'assigned' },
      { path: 'acknowledge', body: {}, status: 'in_progress' },
      { path: 'progress', body: { note: '定位到首頁接口超時' }, status: 'in_progress' },
      {
        path: 'progress',
        body: { status: 'pending_test', note: '修復已上線測試環境' },
        status: 'pending_test',
      },
      {
        path: 'resolve',
        body: { solution: '優化首頁接口緩存', kind: 'fix', rootCause: '接口未緩存' },
        status: 'resolved',
      },
      { path: 'satisfaction', body: { rating: 'satisfied', score: 5 }, status: 'closed' },
    ] as Step[],
    finalStatus: 'closed',
  },
  {
    name: 'P4 suggestion via the website, still in progress',
    intake: { channel: 'web', content: '希望增加批量導出功能', customer: { email: 'zhang@example.com' } },
    steps: [
      { path: 'classify', body: { category: 'suggestion', priority: 'P4' }, status: 'triaged' },
      { path: 'assign', body: { department: 'Product' }, status: 'assigned' },
      { path: 'acknowledge', body: { note: '列入需求池評估' }, status: 'in_progress' },
      { path: 'progress', body: { note: '已排入第四季度路線圖' }, status: 'in_progress' },
    ] as Step[],
    finalStatus: 'in_progress',
  },
  {
    name: 'P2 complaint by phone, resolved with a 100 CNY coupon, basically satisfied',
    intake: {
      channel: 'phone',
      content: '客服未在24小時內回復',
      customer: { id: 'C-1001', phone: '13900001111' },
    },
    steps: [
      {
        path: 'classify',
        body: { category: 'complaint', priority: 'P2', severity: 'general', topics: ['service'] },
        status: 'triaged',
      },
      {
        path: 'assign',
        body: { department: 'Customer Service', assignee: 'supervisor.chen' },
        status: 'assigned',
      },
      { path: 'acknowledge', body: {}, status: 'in_progress' },
      {
        path: 'progress',
        body: { status: 'pending_customer', note: '已致電客戶致歉' },
        status: 'pending_customer',
      },
      {
        path: 'resolve',
        body: {
          solution: '致歉並補償優惠券',
          kind: 'compensation',
          compensation: { type: 'coupon', amount: 100, currency: 'CNY' },
          rootCause: '排班不足',
        },
        status: 'resolved',
      },
      {
        path: 'satisfaction',
        body: { rating: 'basically_satisfied', comment: '處理還算及時' },
        status: 'closed',
      },
    ] as Step[],
    finalStatus: 'closed',
  },
];

describe('the feedback lifecycle over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('takes the three sample records through their lifecycles, numbered, with full history, across a restart', async () => {
    const tickets: { id: string; ticketNo: string; steps: number }[] = [];
    for (const sample of samples) {
      const created = await app.http().post('/feedback').send(sample.intake).expect(201);
      expect(created.body).toMatchObject({ status: 'received', revision: 0 });
      expect(created.headers.location).toBe(`/feedback/${created.body.id}`);
      expect(created.headers.etag).toBe('"0"');
      let revision = 0;
      for (const step of sample.steps) {
        app.clock.advance(HOUR);
        const res = await app.http().post(`/feedback/${created.body.id}/${step.path}`).send(step.body);
        expect({ step: step.path, code: res.status, status: res.body.status }).toEqual({
          step: step.path,
          code: 200,
          status: step.status,
        });
        expect(res.body.revision).toBeGreaterThan(revision);
        expect(BigInt(res.body.position)).toBeGreaterThan(0n);
        revision = res.body.revision;
      }
      tickets.push({ id: created.body.id, ticketNo: created.body.ticketNo, steps: revision });
    }

    // 09:00 in Shanghai on 1 October 2023: the day's first three numbers.
    expect(tickets.map((t) => t.ticketNo)).toEqual(['CRM202310010001', 'CRM202310010002', 'CRM202310010003']);

    const [p1, p4, p2] = tickets;
    const p1History = await app.http().get(`/feedback/${p1.id}/history`).expect(200);
    expect(p1History.body.map((e: { type: string }) => e.type)).toEqual([
      'FeedbackReceived',
      'FeedbackClassified',
      'FeedbackAssigned',
      'AssignmentAcknowledged',
      'ProgressUpdated',
      'ProgressUpdated',
      'FeedbackResolved',
      'SatisfactionRecorded',
      'FeedbackClosed',
    ]);
    expect(p1History.body.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p1History.body[1].metadata).toMatchObject({
      commandType: 'Classify',
      actor: EVERY_ROLE_ACTOR,
      schemaVersion: 1,
    });

    const p2Ticket = await app.http().get(`/feedback/${p2.id}`).expect(200);
    expect(p2Ticket.body).toMatchObject({
      status: 'closed',
      channel: 'phone',
      classification: { category: 'complaint', priority: 'P2', severity: 'general' },
      resolution: { kind: 'compensation', compensation: { type: 'coupon', amount: 100, currency: 'CNY' } },
      satisfaction: { rating: 'basically_satisfied' },
    });
    const p4Ticket = await app.http().get(`/feedback/${p4.id}`).expect(200);
    expect(p4Ticket.body).toMatchObject({ status: 'in_progress', assignment: { department: 'Product' } });

    const before = await Promise.all(tickets.map((t) => app.http().get(`/feedback/${t.id}`)));
    await app.restart();
    const after = await Promise.all(tickets.map((t) => app.http().get(`/feedback/${t.id}`)));
    expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body));

    const byNumber = await app.http().get('/feedback').query({ ticketNo: p2.ticketNo }).expect(200);
    expect(byNumber.body.id).toBe(p2.id);

    app.clock.set('2023-10-01T15:59:59Z'); // 23:59:59 in Shanghai: still the same day
    const next = await app
      .http()
      .post('/feedback')
      .send({ channel: 'email', content: 'Invoice is wrong' })
      .expect(201);
    expect(next.body.ticketNo).toBe('CRM202310010004');
  });

  it('replays a ticket to a revision or to a moment', async () => {
    app.clock.set('2023-10-02T02:00:00Z');
    const { body: created } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'chat', content: '退款步驟太多' });
    app.clock.advance(HOUR);
    await app
      .http()
      .post(`/feedback/${created.id}/classify`)
      .send({ category: 'experience', priority: 'P3' });

    const atZero = await app.http().get(`/feedback/${created.id}/state`).query({ revision: 0 }).expect(200);
    expect(atZero.body).toMatchObject({ status: 'received', revision: 0, asOf: 'revision 0' });
    expect(atZero.body.classification).toBeUndefined();

    const now = await app.http().get(`/feedback/${created.id}`).expect(200);
    expect(now.body).toMatchObject({
      status: 'triaged',
      revision: 1,
      classification: { category: 'experience' },
    });
    expect(now.headers.etag).toBe('"1"');

    const atTime = await app
      .http()
      .get(`/feedback/${created.id}/state`)
      .query({ at: new Date().toISOString() });
    expect(atTime.body).toMatchObject({ status: 'triaged', revision: 1 });
  });
});
