import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRIORITIES, type Priority, type Ticket } from '@ledger/domain';
import { TestApp } from './support/test-app';
import { EVERY_ROLE_ACTOR } from './support/test-keys';

const DAY = 86_400_000;

interface HistoryEntry {
  readonly type: string;
  readonly data: { confidence?: number; evidence?: unknown[]; priority?: Priority; to?: Priority };
}

/** The departments of SPEC §3 with a few people; technology has a payment specialist. */
const ROUTING = {
  departments: {
    technology: {
      supervisor: 'tech-lead',
      agents: ['dev-a', { id: 'dev-b', skills: ['payment'] }],
    },
    product: { supervisor: 'product-lead' },
    customer_service: { supervisor: 'cs-lead', agents: ['cs-a'] },
    logistics: { supervisor: 'logistics-lead' },
    finance: { supervisor: 'finance-lead' },
  },
};

describe('automatic triage on intake: classification, priority, routing, repeats', () => {
  let app: TestApp;

  beforeAll(async () => {
    const routingFile = join(mkdtempSync(join(tmpdir(), 'routing-')), 'routing.json');
    writeFileSync(routingFile, JSON.stringify(ROUTING));
    app = await TestApp.start(undefined, { LEDGER_AUTO_TRIAGE: 'on', LEDGER_ROUTING_FILE: routingFile });
  });
  afterAll(async () => {
    await app.stop();
  });

  interface Received {
    readonly id: string;
    readonly ticketNo: string;
    readonly status: string;
    readonly position: string;
    readonly ticket: Ticket;
    readonly history: HistoryEntry[];
  }

  async function receive(content: string, customer: object = {}): Promise<Received> {
    const res = await app.http().post('/feedback').send({ channel: 'app', content, customer });
    expect(res.status).toBe(201);
    const ticket = await app.http().get(`/feedback/${res.body.id}`).expect(200);
    const history = await app.http().get(`/feedback/${res.body.id}/history`).expect(200);
    return { ...res.body, ticket: ticket.body, history: history.body as HistoryEntry[] };
  }

  it('classifies and routes the sample records of the process documents as SPEC §2–3 say', async () => {
    const exportFails = await receive('导出订单报表时一直提示失败，文件下载不下来');
    expect(exportFails.status).toBe('assigned');
    expect(exportFails.ticket).toMatchObject({
      classification: { category: 'function_issue', by: 'auto' },
      assignment: { department: 'technology', assignee: 'dev-a', by: 'auto' },
    });
    const classified = exportFails.history.find((e) => e.type === 'FeedbackClassified')!;
    expect(classified.data.confidence).toBeGreaterThanOrEqual(0.5);
    expect(classified.data.evidence?.length).toBeGreaterThan(0);

    // dev-a now has one open ticket: the next technology ticket goes to dev-b, who has none.
    const points = await receive('会员积分无法兑换礼品，点兑换就报错');
    expect(points.ticket).toMatchObject({
      classification: { category: 'function_issue', priority: 'P2', topics: ['account'] },
      assignment: { department: 'technology', assignee: 'dev-b' },
    });

    // A payment outage needs the payment specialist, with finance asked for an opinion.
    const outage = await receive('支付系统瘫痪了，所有用户都无法付款！');
    expect(outage.ticket).toMatchObject({
      classification: { category: 'function_issue', priority: 'P1' },
      assignment: { department: 'technology', assignee: 'dev-b', collaborators: ['finance'] },
    });

    const refund = await receive('申请退款要走五六个步骤，太繁琐了');
    expect(refund.ticket).toMatchObject({
      classification: { category: 'experience' },
      assignment: { department: 'product', collaborators: ['finance'] },
    });
    expect(refund.ticket.assignment?.assignee).toBeUndefined();

    const nightMode = await receive('希望APP以后能增加夜间模式');
    expect(nightMode.ticket).toMatchObject({
      classification: { category: 'suggestion', priority: 'P4' },
      assignment: { department: 'product' },
    });

    const late = await receive('快递一周了还没送到，客服也不回复，太失望了', { phone: '13812345678' });
    expect(late.ticket).toMatchObject({
      classification: { category: 'complaint', priority: 'P2' },
      assignment: { department: 'customer_service', assignee: 'cs-lead', collaborators: ['logistics'] },
    });
  });

  it('links a second complaint by the same customer within 30 days and raises it one level', async () => {
    const first = await receive('快递员态度很差，把包裹直接扔在门口就走了', { phone: '139 0000 1111' });
    expect(first.ticket.classification?.category).toBe('complaint');
    app.clock.advance(10 * DAY);
    const second = await receive('快递员又把包裹扔门口了，态度还是很差', { phone: '+86 13900001111' });
    expect(second.ticket.repeatOf).toEqual({
      feedbackId: first.id,
      ticketNo: first.ticketNo,
      matchedOn: 'category',
    });
    const proposed = second.history.find((e) => e.type === 'FeedbackClassified')!.data.priority!;
    const raise = second.history.find((e) => e.type === 'PriorityRaised');
    expect(proposed).not.toBe('P1');
    expect(raise?.data).toMatchObject({ from: proposed, reason: 'repeat_complaint', by: 'auto' });
    expect(PRIORITIES.indexOf(raise!.data.to!)).toBe(PRIORITIES.indexOf(proposed) - 1);
    expect(second.ticket.classification?.priority).toBe(raise?.data.to);

    app.clock.advance(40 * DAY);
    const third = await receive('快递员第三次把包裹扔门口，态度依旧很差', { phone: '13900001111' });
    // Forty days after the last one is outside the 30-day window: a complaint of its own.
    expect(third.ticket.repeatOf).toBeUndefined();
    expect(third.history.map((e) => e.type)).not.toContain('PriorityRaised');
  });

  it('raises a VIP customer’s feedback one level', async () => {
    const vip = await receive('希望APP以后能增加夜间模式', { id: 'vip-9', segment: 'vip' });
    expect(vip.ticket.classification?.priority).toBe('P3');
    expect(vip.history.find((e) => e.type === 'PriorityRaised')?.data).toMatchObject({
      from: 'P4',
      to: 'P3',
      reason: 'vip_customer',
    });
  });

  it('keeps text it cannot read with confidence in the triage queue, the proposal attached', async () => {
    const vague = await receive('嗯嗯');
    expect(vague.status).toBe('received');
    expect(vague.ticket.classification).toBeUndefined();
    expect(vague.ticket.suggestedClassification?.confidence).toBeLessThan(0.5);
    expect(vague.history.map((e) => e.type)).toEqual(['FeedbackReceived', 'ClassificationHeldForTriage']);
    const queue = await app
      .http()
      .get('/tickets/open')
      .query({ status: 'received', minPosition: vague.position })
      .expect(200);
    expect(queue.body.items.map((t: { id: string }) => t.id)).toContain(vague.id);
  });

  it('lets a person override an automatic classification only with a reason, changing nothing otherwise', async () => {
    const ticket = await receive('请问怎么修改收货地址？');
    const refused = await app
      .http()
      .post(`/feedback/${ticket.id}/classify`)
      .send({ category: 'complaint', priority: 'P2' });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/classified automatically/);
    const unchanged = await app.http().get(`/feedback/${ticket.id}/history`).expect(200);
    expect(unchanged.body).toHaveLength(ticket.history.length);

    const overridden = await app
      .http()
      .post(`/feedback/${ticket.id}/classify`)
      .send({ category: 'complaint', priority: 'P2', reason: 'the customer called again, upset' });
    expect(overridden.status).toBe(200);
    const after = await app.http().get(`/feedback/${ticket.id}`).expect(200);
    expect(after.body.classification).toMatchObject({
      category: 'complaint',
      by: EVERY_ROLE_ACTOR,
      reason: 'the customer called again, upset',
    });
  });
});
