import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { TestApp } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

/** What customers wrote: none of it may reach a knowledge case. */
const REFUND_CONTENT = '王先生說：我的訂單退款兩週了還沒到賬，打電話也沒人接，再不退我就投訴到消協';
const POINTS_CONTENT = '积分换券一直提示系统繁忙，我都试了十几次了，手机号13812345678';
const CRASH_CONTENT = 'Every time I press export on my invoices the app just dies. Fix it, Jane Doe';

interface Ticket {
  readonly id: string;
  readonly ticketNo: string;
}

interface KnowledgeCase {
  readonly id: string;
  readonly status: string;
  readonly title: string;
  readonly symptom: string;
  readonly cause: string;
  readonly solution: string;
  readonly category: string;
  readonly topics: string[];
  readonly revision: number;
  readonly position: string;
}

describe('the knowledge base: publish, search, suggest, withdraw', () => {
  let app: TestApp;
  const cases: Record<'refund' | 'points' | 'crash', KnowledgeCase> = {} as never;
  const tickets: Record<'refund' | 'points' | 'crash', Ticket> = {} as never;

  const agent = () => app.http(ROLE_KEYS.agent);
  const ok = async (call: PromiseLike<Response>, status = 200): Promise<Response> => {
    const res = await call;
    expect([res.status, res.status === status || res.body]).toEqual([status, true]);
    return res;
  };
  const count = async () => (await app.allEvents()).length;

  async function ticketUntilTriaged(content: string, classification: object): Promise<Ticket> {
    const received = await ok(
      app
        .http(ROLE_KEYS.service)
        .post('/feedback')
        .send({ channel: 'app', content, customer: { id: 'c-1' } }),
      201,
    );
    await ok(agent().post(`/feedback/${received.body.id}/classify`).send(classification));
    return received.body;
  }

  async function resolvedTicket(content: string, classification: object, resolution: object) {
    const ticket = await ticketUntilTriaged(content, classification);
    await ok(agent().post(`/feedback/${ticket.id}/assign`).send({ department: 'Customer Service' }));
    await ok(agent().post(`/feedback/${ticket.id}/acknowledge`).send({}));
    await ok(
      agent()
        .post(`/feedback/${ticket.id}/resolve`)
        .send({ kind: 'fix', ...resolution }),
    );
    return ticket;
  }

  const publish = async (body: object, key?: string): Promise<KnowledgeCase> => {
    const call = agent().post('/knowledge');
    return (await ok((key ? call.set('Idempotency-Key', key) : call).send(body), 201)).body;
  };

  const search = async (q: string, after: { position: string }, extra: object = {}) =>
    (
      await ok(
        agent()
          .get('/knowledge')
          .query({ q, minPosition: after.position, ...extra }),
      )
    ).body.items as Array<KnowledgeCase & { score: number; matched: string[] }>;

  beforeAll(async () => {
    app = await TestApp.start();
    tickets.refund = await resolvedTicket(
      REFUND_CONTENT,
      { category: 'complaint', priority: 'P2', topics: ['payment'] },
      { solution: '財務已重新提交退款，三個工作日內原路退回', rootCause: '退款接口逾時後沒有自動重試' },
    );
    tickets.points = await resolvedTicket(
      POINTS_CONTENT,
      { category: 'function_issue', priority: 'P3', topics: ['digital_service'] },
      { solution: '清除缓存后重新兑换；积分服务已扩容' },
    );
    tickets.crash = await resolvedTicket(
      CRASH_CONTENT,
      { category: 'function_issue', priority: 'P2', topics: ['performance'] },
      { solution: 'Update to 5.2.1, which streams the export instead of loading it whole' },
    );
    cases.refund = await publish({
      source: { feedbackId: tickets.refund.id },
      title: '訂單退款遲遲未到賬',
      symptom: '申請退款超過七天仍未收到款項',
      language: 'zh-TW',
    });
    cases.points = await publish({
      source: { feedbackId: tickets.points.id },
      title: '会员积分兑换优惠券失败',
      symptom: '兑换优惠券时报错，过一阵再试才成功',
    });
    cases.crash = await publish({
      source: { feedbackId: tickets.crash.id },
      title: 'App crashes when exporting invoices',
      symptom: 'The app closes as soon as an invoice export starts',
      cause: 'The whole export was loaded into memory',
    });
  });
  afterAll(() => app.stop());

  it('publishes with the source’s classification and resolution for the fields left out', () => {
    expect(cases.refund).toMatchObject({
      status: 'published',
      category: 'complaint',
      topics: ['payment'],
      solution: '財務已重新提交退款，三個工作日內原路退回',
      cause: '退款接口逾時後沒有自動重試',
      source: { kind: 'ticket', feedbackId: tickets.refund.id, ticketNo: tickets.refund.ticketNo },
      revision: 1,
    });
    expect(cases.crash.cause).toBe('The whole export was loaded into memory');
  });

  it('finds a Traditional Chinese case with a Simplified query, and the other way round', async () => {
    const refund = await search('订单退款没有到账', cases.crash);
    expect(refund[0]).toMatchObject({ id: cases.refund.id, title: '訂單退款遲遲未到賬' });
    expect(refund[0].matched).toEqual(expect.arrayContaining(['订单', '退款', '到账']));
    expect(refund.map((hit) => hit.id)).not.toContain(cases.points.id);

    const points = await search('會員積分兌換失敗', cases.crash);
    expect(points[0]).toMatchObject({ id: cases.points.id, title: '会员积分兑换优惠券失败' });
    expect(points.map((hit) => hit.id)).not.toContain(cases.refund.id);
  });

  it('finds an English case by an inflected query, and narrows by category', async () => {
    const [hit] = await search('crashed while exporting an invoice', cases.crash);
    expect(hit).toMatchObject({ id: cases.crash.id });
    expect(hit.score).toBeGreaterThan(0.5);
    expect(hit.matched).toEqual(['crash', 'export', 'invoic']);
    expect(
      await search('crashed while exporting an invoice', cases.crash, { category: 'complaint' }),
    ).toEqual([]);
  });

  it('suggests the cases of the same category and topic on a new ticket', async () => {
    const fresh = await ticketUntilTriaged('又是退款的问题，钱到现在都没回来', {
      category: 'complaint',
      priority: 'P3',
      topics: ['payment'],
    });
    const events = await app.allEvents();
    const position = events[events.length - 1].position.toString();
    const res = await ok(
      agent().get(`/feedback/${fresh.id}/suggested-cases`).query({ minPosition: position }),
    );
    expect(res.body.items[0]).toMatchObject({
      id: cases.refund.id,
      sameCategory: true,
      sharedTopics: ['payment'],
    });
    expect(res.body.items.map((item: KnowledgeCase) => item.id)).not.toContain(cases.crash.id);
    await ok(agent().get(`/feedback/${randomUUID()}/suggested-cases`), 404);
  });

  it('keeps the customer’s words out of a case published with only a title and a symptom', async () => {
    const shown = await ok(
      agent().get(`/knowledge/${cases.points.id}`).query({ minPosition: cases.points.position }),
    );
    const caseEvents = (await app.allEvents()).filter((event) => event.streamId.endsWith(cases.points.id));
    expect(caseEvents).toHaveLength(1);
    const texts = [shown.text, JSON.stringify(caseEvents[0].data)];
    for (const words of ['十几次', '13812345678', '积分换券', '系统繁忙', POINTS_CONTENT]) {
      for (const text of texts) expect([words, text.includes(words)]).toEqual([words, false]);
    }
    expect(shown.body).toMatchObject({ solution: '清除缓存后重新兑换；积分服务已扩容', cause: '' });
    const others = JSON.stringify([cases.refund, cases.crash]);
    for (const words of ['王先生', '消協', '兩週了', 'Jane Doe', 'just dies']) {
      expect([words, others.includes(words)]).toEqual([words, false]);
    }
  });

  it('answers a retried publication as the first time, and refuses the key with another body', async () => {
    const body = { source: { feedbackId: tickets.crash.id }, title: 'Export crash', symptom: 'It closes' };
    const first = await publish(body, 'publish-crash-once');
    const before = await count();
    expect(await publish(body, 'publish-crash-once')).toEqual(first);
    expect(await count()).toBe(before);
    const reused = await agent()
      .post('/knowledge')
      .set('Idempotency-Key', 'publish-crash-once')
      .send({ ...body, title: 'Another' });
    expect(reused.status).toBe(422);
    expect(reused.body.rule).toBe('IdempotencyKeyReused');
    await ok(
      agent().post(`/knowledge/${first.id}/withdraw`).send({ reason: 'duplicate of the invoice case' }),
    );
  });

  it('revises a case, refusing a stale If-Match, and searches find the new words', async () => {
    const stale = await agent()
      .post(`/knowledge/${cases.crash.id}/revise`)
      .set('If-Match', '"7"')
      .send({ title: 'App crashes when exporting invoices or receipts' });
    expect([stale.status, stale.body.rule, stale.body.currentRevision]).toEqual([409, 'RevisionConflict', 1]);
    const revised = await ok(
      agent()
        .post(`/knowledge/${cases.crash.id}/revise`)
        .set('If-Match', '"1"')
        .send({ title: 'App crashes when exporting invoices or receipts' }),
    );
    expect(revised.headers.etag).toBe('"2"');
    expect(revised.body).toMatchObject({
      revision: 2,
      title: 'App crashes when exporting invoices or receipts',
    });
    const [hit] = await search('receipt', revised.body);
    expect(hit.id).toBe(cases.crash.id);
  });

  it('no longer finds a withdrawn case, which stays readable by its id', async () => {
    const withdrawn = await ok(
      agent().post(`/knowledge/${cases.crash.id}/withdraw`).send({ reason: 'fixed for good in 5.3' }),
    );
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: 'fixed for good in 5.3' },
    });
    expect(await search('crashed while exporting an invoice', withdrawn.body)).toEqual([]);
    const shown = await ok(agent().get(`/knowledge/${cases.crash.id}`));
    expect(shown.body.status).toBe('withdrawn');
    const again = await agent().post(`/knowledge/${cases.crash.id}/withdraw`).send({ reason: 'twice' });
    expect([again.status, again.body.rule]).toEqual([409, 'WithdrawNotAllowedWhenWithdrawn']);
  });

  it('refuses what it cannot publish or find, and appends nothing', async () => {
    const triaged = await ticketUntilTriaged('页面打不开', { category: 'function_issue', priority: 'P3' });
    const valid = { title: '页面打不开', symptom: '首页白屏' };
    const publishing = (body: object) => () =>
      agent()
        .post('/knowledge')
        .send({ ...valid, ...body });
    const onCase = (action: string, body: object) => () =>
      agent().post(`/knowledge/${randomUUID()}/${action}`).send(body);
    const searching = (query: object) => () => agent().get('/knowledge').query(query);
    const refusals: Array<[string, () => PromiseLike<Response>, number, string?]> = [
      ['unresolved ticket', publishing({ source: { feedbackId: triaged.id } }), 409, 'TicketNotResolved'],
      ['blank title', publishing({ title: '  ', source: { feedbackId: tickets.refund.id } }), 400],
      ['no symptom', publishing({ symptom: undefined, source: { feedbackId: triaged.id } }), 400],
      ['both sources', publishing({ source: { feedbackId: triaged.id, problemId: randomUUID() } }), 400],
      ['no source', publishing({ source: {} }), 400],
      ['unknown ticket', publishing({ source: { feedbackId: randomUUID() } }), 404],
      ['unknown problem', publishing({ source: { problemId: randomUUID() } }), 404],
      ['unknown case', () => agent().get(`/knowledge/${randomUUID()}`), 404],
      ['revise unknown case', onCase('revise', { title: 'x' }), 404],
      ['withdraw unknown case', onCase('withdraw', { reason: 'x' }), 404],
      ['case id not a UUID', () => agent().get('/knowledge/not-a-case'), 400],
      [
        'nothing to revise',
        () => agent().post(`/knowledge/${cases.refund.id}/revise`).send({}),
        422,
        'NothingToRevise',
      ],
      ['blank query', searching({ q: ' ' }), 400],
      ['query too long', searching({ q: '退'.repeat(201) }), 400],
      ['no query', searching({}), 400],
    ];
    for (const [what, send, status, rule] of refusals) {
      const before = await count();
      const res = await send();
      expect([what, res.status, res.body.rule]).toEqual([what, status, rule ?? res.body.rule]);
      expect([what, await count()]).toEqual([what, before]);
    }
  });
});
