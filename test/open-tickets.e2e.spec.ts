import { TestApp } from './support/test-app';

const HOUR = 3_600_000;

describe('GET /tickets/open: the work queue from the ticket view', () => {
  let app: TestApp;
  let lastPosition = '0';
  const ids: Record<string, string> = {};

  /** Sends a command and remembers its log position, to read the views at or after it. */
  async function send(path: string, body: object): Promise<{ id: string; position: string }> {
    const res = await app.http().post(path).send(body);
    expect(res.status).toBeLessThan(300);
    lastPosition = res.body.position;
    return res.body;
  }

  function open(query: Record<string, string | number> = {}) {
    return app
      .http()
      .get('/tickets/open')
      .query({ minPosition: lastPosition, ...query });
  }

  beforeAll(async () => {
    app = await TestApp.start();
    const make = async (name: string, priority: string | undefined, department?: string) => {
      const { id } = await send('/feedback', { channel: 'web', content: `ticket ${name}` });
      ids[name] = id;
      if (priority) await send(`/feedback/${id}/classify`, { category: 'function_issue', priority });
      if (department) await send(`/feedback/${id}/assign`, { department });
      app.clock.advance(HOUR);
    };
    await make('p4', 'P4', 'Product');
    await make('p2', 'P2', 'Technology');
    await make('unclassified', undefined);
    await make('p1', 'P1', 'Technology');
    await make('done', 'P3', 'Technology');
    await send(`/feedback/${ids.done}/acknowledge`, {});
    await send(`/feedback/${ids.done}/resolve`, { solution: 'fixed', kind: 'fix' });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('lists open tickets only, nearest due time first', async () => {
    const res = await open().expect(200);
    const order = res.body.items.map((t: { id: string }) => Object.keys(ids).find((k) => ids[k] === t.id));
    // Response due: p1 +3h+2h, p2 +1h+24h, unclassified +2h+24h (company aim), p4 +0h+120h.
    expect(order).toEqual(['p1', 'p2', 'unclassified', 'p4']);
    expect(res.body.items[0]).toMatchObject({
      priority: 'P1',
      status: 'assigned',
      department: 'Technology',
      open: true,
    });
    expect(res.body.next).toBeUndefined();
  });

  it('filters by priority, status and department', async () => {
    const byPriority = await open({ priority: 'P1,P4' }).expect(200);
    expect(byPriority.body.items.map((t: { priority: string }) => t.priority)).toEqual(['P1', 'P4']);
    const received = await open({ status: 'received' }).expect(200);
    expect(received.body.items.map((t: { id: string }) => t.id)).toEqual([ids.unclassified]);
    const tech = await open({ department: 'Technology' }).expect(200);
    expect(tech.body.items.map((t: { id: string }) => t.id)).toEqual([ids.p1, ids.p2]);
  });

  it('serves the queue as CSV, with the next cursor in a header', async () => {
    const res = await open({ limit: 2, format: 'csv' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['x-next-cursor']).toBeDefined();
    const [header, ...rows] = res.text.trim().split('\r\n');
    expect(header.split(',')).toEqual(
      expect.arrayContaining(['id', 'ticketNo', 'status', 'priority', 'dueAt']),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(ids.p1);
  });

  it('pages with a cursor', async () => {
    const first = await open({ limit: 3 }).expect(200);
    expect(first.body.items).toHaveLength(3);
    const second = await open({ limit: 3, after: first.body.next }).expect(200);
    expect(second.body.items.map((t: { id: string }) => t.id)).toEqual([ids.p4]);
    expect(second.body.next).toBeUndefined();
  });

  it('reads its own write when given the position a command returned', async () => {
    const { id, position } = await send('/feedback', { channel: 'app', content: 'just now' });
    const res = await app
      .http()
      .get('/tickets/open')
      .query({ minPosition: position, status: 'received' })
      .expect(200);
    expect(res.body.items.map((t: { id: string }) => t.id)).toContain(id);
  });

  it('answers 503 when the views cannot reach the position in time, and 400 for bad filters', async () => {
    const res = await app.http().get('/tickets/open').query({ minPosition: '999999999' }).expect(503);
    expect(res.body.message).toMatch(/not yet reached position 999999999/);
    const bad = await app.http().get('/tickets/open').query({ priority: 'P9' }).expect(400);
    expect(bad.body.errors[0].field).toBe('priority');
    await app.http().get('/tickets/open').query({ after: 'not-a-cursor' }).expect(400);
    await app.http().get('/tickets/open').query({ limit: 0 }).expect(400);
  });

  it('rebuilds the views from zero to the same documents', async () => {
    const before = await open({ limit: 500 }).expect(200);
    await app.http().post('/admin/projections/rebuild').expect(202);
    const after = await open({ limit: 500 }).expect(200);
    expect(after.body).toEqual(before.body);
    const status = await app.http().get('/admin/projections').expect(200);
    expect(status.body).toMatchObject({ running: true, position: lastPosition });
  });
});
