import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORED_EVENT_STORE, verifyLog, type EventStore } from '@ledger/event-store';
import type { Response } from 'supertest';
import { TestApp } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

const WANG = { name: '王美玲', phone: '+86 138-1234-5678', email: 'wang.meiling@example.com' };
/** Every trace of her a reader could find: contact details in any spelling, and her own words. */
const TRACES = [
  '王美玲',
  '13812345678',
  '138-1234-5678',
  'wang.meiling',
  '快递三天没到',
  '还是没人联系我',
  '138****5678',
];
const LI = { name: '李建国', phone: '13900001111' };
const PERIOD = 'from=2023-10-01&to=2023-10-31';
const KPIS = [
  `/kpis/timeliness?${PERIOD}&by=priority`,
  `/kpis/repeat-complaints?${PERIOD}`,
  `/kpis/satisfaction?${PERIOD}`,
  `/kpis/overview?${PERIOD}`,
  '/reports/monthly?month=2023-10',
];

describe('erasing a customer’s personal data (crypto-shredding)', () => {
  let app: TestApp;
  const tickets: Record<'first' | 'repeat' | 'other', { id: string; ticketNo: string }> = {} as never;

  const agent = () => app.http(ROLE_KEYS.agent);
  const admin = () => app.http(ROLE_KEYS.admin);
  const ok = async (call: PromiseLike<Response>, status = 200): Promise<Response> => {
    const res = await call;
    expect([res.status, res.status === status || res.body]).toEqual([status, true]);
    return res;
  };

  async function receive(customer: object, content: string) {
    const res = await ok(
      app.http(ROLE_KEYS.service).post('/feedback').send({ channel: 'phone', content, customer }),
      201,
    );
    return res.body as { id: string; ticketNo: string };
  }

  async function workThrough(id: string, rating: string, comment?: string) {
    await ok(
      agent()
        .post(`/feedback/${id}/classify`)
        .send({ category: 'complaint', priority: 'P2', topics: ['delivery'] }),
    );
    await ok(agent().post(`/feedback/${id}/assign`).send({ department: 'Logistics' }));
    await ok(agent().post(`/feedback/${id}/acknowledge`).send({}));
    app.clock.advance(3 * 3600_000);
    await ok(
      agent().post(`/feedback/${id}/resolve`).send({ solution: 'parcel re-sent by courier', kind: 'fix' }),
    );
    await ok(
      agent()
        .post(`/feedback/${id}/satisfaction`)
        .send({ rating, ...(comment && { comment }) }),
    );
  }

  /** Every read path that can carry her data, as text, for the roles that read it. */
  async function everyReadPath(): Promise<Array<[string, string]>> {
    const paths = [
      ...['first', 'repeat'].flatMap((which) => {
        const { id, ticketNo } = tickets[which as 'first' | 'repeat'];
        return [
          `/feedback/${id}`,
          `/feedback?ticketNo=${ticketNo}`,
          `/feedback/${id}/history`,
          `/feedback/${id}/state?revision=0`,
        ];
      }),
      '/tickets/open?limit=100',
      '/tickets/open?format=csv',
      `/audit/events?${PERIOD}`,
      '/audit/export?from=2023-10-01&to=2023-11-01',
    ];
    const texts: Array<[string, string]> = [];
    for (const path of paths) {
      const res = await app.http().get(path);
      expect([path, res.status]).toEqual([path, 200]);
      texts.push([path, res.text]);
    }
    // Each path shows her tickets, so that finding nothing of hers means something.
    for (const [path, text] of texts) {
      const shown = [tickets.first, tickets.repeat].some(
        ({ id, ticketNo }) => text.includes(id) || text.includes(ticketNo),
      );
      expect([path, shown]).toEqual([path, true]);
    }
    return texts;
  }

  const kpis = async () => Promise.all(KPIS.map(async (path) => (await ok(app.http().get(path))).body));
  const filesText = (dir: string) =>
    Buffer.concat(
      readdirSync(dir)
        .filter((f) => f.startsWith('events'))
        .map((f) => readFileSync(join(dir, f))),
    );

  beforeAll(async () => {
    app = await TestApp.start();
    tickets.first = await receive(WANG, '快递三天没到，客服电话也打不通');
    await workThrough(tickets.first.id, 'satisfied');
    app.clock.advance(24 * 3600_000);
    tickets.repeat = await receive({ phone: WANG.phone }, '快递又没到，还是没人联系我');
    await workThrough(tickets.repeat.id, 'dissatisfied', '还是没人联系我，王美玲');
    tickets.other = await receive(LI, '快递员态度很差');
    await app.waitForViews();
  });
  afterAll(() => app.stop());

  it('before: an agent reads her name, phone and words; nothing of hers is stored in clear', async () => {
    const view = await ok(agent().get(`/feedback/${tickets.first.id}`));
    expect(view.body.customer).toMatchObject({ name: WANG.name, phone: WANG.phone, email: WANG.email });
    expect(view.body.content).toBe('快递三天没到，客服电话也打不通');
    const repeat = await ok(agent().get(`/feedback/${tickets.repeat.id}`));
    expect(repeat.body.repeatOf).toMatchObject({ feedbackId: tickets.first.id });
    expect(repeat.body.satisfaction.comment).toBe('还是没人联系我，王美玲');
    const stored = filesText(app.dataDir);
    for (const trace of ['王美玲', '13812345678', 'wang.meiling', '快递三天没到']) {
      expect([trace, stored.includes(Buffer.from(trace))]).toEqual([trace, false]);
    }
  });

  it('refuses what names no customer, and erases no one for it', async () => {
    const before = (await app.allEvents()).length;
    const bad = await admin().post('/customers/13812345678/erase').send({});
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'customer', reason: expect.stringMatching(/phone:/) }]);
    const unknown = await admin().post('/customers/phone:13700000000/erase').send({});
    expect(unknown.status).toBe(404);
    const unknownField = await admin().post('/customers/phone:13812345678/erase').send({ why: 'x' });
    expect(unknownField.status).toBe(400);
    expect((await app.allEvents()).length).toBe(before);
  });

  it('after: erased on every read path, KPIs unchanged, the chain verifies, others untouched', async () => {
    const figuresBefore = await kpis();
    const erasure = await ok(
      admin()
        .post(`/customers/${encodeURIComponent('phone:+86 138 1234 5678')}/erase`)
        .send({ reason: 'request DSR-2023-118' }),
    );
    expect(erasure.body).toMatchObject({ erasedKeys: 1, by: expect.any(String) });
    await app.waitForViews();

    for (const [path, text] of await everyReadPath()) {
      for (const trace of TRACES) expect([path, trace, text.includes(trace)]).toEqual([path, trace, false]);
    }
    const view = await ok(agent().get(`/feedback/${tickets.first.id}`));
    expect(view.body.customer).toEqual({ name: '[erased]', phone: '[erased]', email: '[erased]' });
    expect([view.body.content, view.body.summary]).toEqual(['[erased]', '[erased]']);
    expect(view.body.status).toBe('closed');
    const repeat = await ok(agent().get(`/feedback/${tickets.repeat.id}`));
    expect(repeat.body.satisfaction).toMatchObject({ rating: 'dissatisfied', comment: '[erased]' });
    const row = (await ok(agent().get('/tickets/open?limit=100'))).body.items.find(
      (item: { id: string }) => item.id === tickets.repeat.id,
    );
    expect(row).toMatchObject({ summary: '[erased]' });
    expect(row).not.toHaveProperty('customerKey');
    const history = await ok(app.http(ROLE_KEYS.auditor).get(`/audit/events?type=CustomerDataErased`));
    expect(history.body.events).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ by: erasure.body.by, reason: 'request DSR-2023-118' }),
      }),
    ]);

    expect(await kpis()).toEqual(figuresBefore);
    expect(
      (await ok(app.http(ROLE_KEYS.auditor).get(`/feedback/${tickets.first.id}/verify`))).body,
    ).toMatchObject({
      verified: true,
    });
    expect((await verifyLog(app.get<EventStore>(STORED_EVENT_STORE as never))).verified).toBe(true);
    expect((await app.http(null).get(`/track/${tickets.first.ticketNo}?verify=5678`)).status).toBe(404);

    const other = await ok(agent().get(`/feedback/${tickets.other.id}`));
    expect(other.body.customer).toMatchObject({ name: LI.name, phone: LI.phone });
  });

  it('answers 404 to a second erasure, and stores her words erased if they arrive later', async () => {
    expect((await admin().post('/customers/email:WANG.MEILING@example.com/erase').send({})).status).toBe(404);
    const { id } = tickets.repeat;
    await ok(agent().post(`/feedback/${id}/progress`).send({ note: 'courier asked to call' }));
    await ok(agent().post(`/feedback/${id}/resolve`).send({ solution: 'courier called her', kind: 'fix' }));
    const comment = '王美玲: call me on 13812345678';
    await ok(agent().post(`/feedback/${id}/satisfaction`).send({ rating: 'dissatisfied', comment }));
    const history = await ok(agent().get(`/feedback/${tickets.repeat.id}/history`));
    expect(history.text).not.toContain('13812345678');
    const rated = history.body.filter((entry: { type: string }) => entry.type === 'SatisfactionRecorded');
    expect(rated.at(-1).data.comment).toBe('[erased]');
    expect(history.body.at(-1)).toMatchObject({ type: 'FeedbackReopened', data: { reason: '[erased]' } });
  });

  it('rebuilds the views from zero to exactly what erasure left in place', async () => {
    await app.waitForViews();
    const before = await everyReadPath();
    const figures = await kpis();
    await ok(admin().post('/admin/projections/rebuild'), 202);
    await app.waitForViews();
    expect(await everyReadPath()).toEqual(before);
    expect(await kpis()).toEqual(figures);
  });
});
