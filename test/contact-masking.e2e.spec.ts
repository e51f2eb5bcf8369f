import type { Role } from '@ledger/domain';
import { TestApp } from './support/test-app';
import { ROLE_KEYS } from './support/test-keys';

const CUSTOMER = { id: undefined, name: '张三丰', phone: '13812345678', email: 'zhang.san@example.com' };
const CLEAR = [CUSTOMER.name, CUSTOMER.phone, CUSTOMER.email];

describe('contact data: clear for those who talk to customers, masked for analysts and auditors', () => {
  let app: TestApp;
  let ticket: { id: string; ticketNo: string };

  beforeAll(async () => {
    app = await TestApp.start();
    const { id: _id, ...customer } = CUSTOMER;
    const res = await app.http(ROLE_KEYS.service).post('/feedback').send({
      channel: 'phone',
      content: '快递三天没到，客服电话也打不通',
      customer,
    });
    expect(res.status).toBe(201);
    ticket = res.body;
    const classify = await app
      .http(ROLE_KEYS.agent)
      .post(`/feedback/${ticket.id}/classify`)
      .send({ category: 'complaint', priority: 'P2' });
    expect(classify.status).toBe(200);
    await app.waitForViews();
  });
  afterAll(() => app.stop());

  /** Every read path a role may take that can carry contact data, as text. */
  const readPaths = (role: Role) => {
    const paths = [
      `/feedback/${ticket.id}`,
      `/feedback?ticketNo=${ticket.ticketNo}`,
      `/feedback/${ticket.id}/history`,
      `/feedback/${ticket.id}/state?revision=1`,
    ];
    if (role !== 'auditor') paths.push('/tickets/open', '/tickets/open?format=csv');
    return Promise.all(
      paths.map(async (path) => {
        const res = await app.http(ROLE_KEYS[role]).get(path);
        expect([path, res.status]).toEqual([path, 200]);
        return [path, res.text] as const;
      }),
    );
  };

  it.each(['analyst', 'auditor'] as const)('masks them for an %s on every read path', async (role) => {
    for (const [path, text] of await readPaths(role)) {
      for (const clear of CLEAR) expect([path, text.includes(clear)]).toEqual([path, false]);
    }
    const view = await app.http(ROLE_KEYS[role]).get(`/feedback/${ticket.id}`);
    expect(view.body.customer).toMatchObject({
      name: '张**',
      phone: '138****5678',
      email: 'z***@example.com',
    });
    const history = await app.http(ROLE_KEYS[role]).get(`/feedback/${ticket.id}/history`);
    expect(history.body[0].data.customer).toMatchObject({ phone: '138****5678' });
  });

  it('shows them to agents, supervisors and services', async () => {
    for (const role of ['agent', 'supervisor', 'service'] as const) {
      const view = await app.http(ROLE_KEYS[role]).get(`/feedback/${ticket.id}`);
      expect(view.body.customer).toMatchObject({ name: CUSTOMER.name, phone: CUSTOMER.phone });
    }
    const queue = await app.http(ROLE_KEYS.agent).get('/tickets/open?format=csv');
    expect(queue.text).toContain(`phone:${CUSTOMER.phone}`);
  });

  it('keeps them clear in the log itself: masking is a view, not a change', async () => {
    const [received] = await app.store.readStream(`feedback-${ticket.id}`);
    expect(received.data.customer).toMatchObject({ phone: CUSTOMER.phone, email: CUSTOMER.email });
  });
});
