import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, TestClock } from './support/test-app';

/** An instant from a Shanghai wall time, 'YYYY-MM-DD HH:MM'. */
const sh = (local: string): string => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

describe('the SLA clock walks a P1 and a P2 past their warnings and breaches (injected clock)', () => {
  let app: TestApp;
  let policyDir: string;
  const ids: Record<'p1' | 'p2' | 'p2Paused', string> = { p1: '', p2: '', p2Paused: '' };
  let position = '0';

  async function send(path: string, body: object): Promise<{ id: string }> {
    const res = await app.http().post(path).send(body);
    expect(res.status).toBeLessThan(300);
    position = res.body.position;
    return res.body;
  }

  /** Moves the clock to a Shanghai time and lets the SLA clock look; answers the types it appended per ticket. */
  async function tickAt(local: string): Promise<Record<string, string[]>> {
    app.clock.set(sh(local));
    await app.waitForViews();
    const before = await app.allEvents();
    await app.slaTick();
    const appended = (await app.allEvents()).slice(before.length);
    const byTicket: Record<string, string[]> = {};
    for (const event of appended) {
      const name = Object.entries(ids).find(([, id]) => event.streamId === `feedback-${id}`)?.[0] ?? '?';
      (byTicket[name] ??= []).push(event.type);
    }
    return byTicket;
  }

  async function queue(query: Record<string, string> = {}) {
    await app.waitForViews();
    const res = await app.http().get('/tickets/open').query(query).expect(200);
    return res.body.items as { id: string; slaState: string; escalatedTo?: string; dueAt: string }[];
  }

  const stateOf = async (name: keyof typeof ids) => (await queue()).find((t) => t.id === ids[name])?.slaState;

  beforeAll(async () => {
    policyDir = mkdtempSync(join(tmpdir(), 'ledger-sla-policy-'));
    const policyFile = join(policyDir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ supervisors: { Technology: 'sup-zhou' } }));
    // Monday 2 September 2024, 09:00 in Shanghai: an ordinary working week.
    app = await TestApp.start(new TestClock(new Date(sh('2024-09-02 09:00'))), {
      LEDGER_SLA_POLICY_FILE: policyFile,
    });
    for (const [name, priority] of [
      ['p1', 'P1'],
      ['p2', 'P2'],
      ['p2Paused', 'P2'],
    ] as const) {
      ids[name] = (await send('/feedback', { channel: 'app', content: `ticket ${name}` })).id;
      await send(`/feedback/${ids[name]}/classify`, { category: 'function_issue', priority });
      await send(`/feedback/${ids[name]}/assign`, { department: 'Technology', assignee: 'dev-li' });
    }
    app.clock.set(sh('2024-09-02 09:30'));
    await send(`/feedback/${ids.p2}/acknowledge`, {});
    await send(`/feedback/${ids.p2Paused}/acknowledge`, {});
    app.clock.set(sh('2024-09-02 10:00'));
    await send(`/feedback/${ids.p2Paused}/progress`, { status: 'pending_customer', note: 'asked to retry' });
  });
  afterAll(async () => {
    await app.stop();
    rmSync(policyDir, { recursive: true, force: true });
  });

  it('shows due times in working time and the SLA state in the queue', async () => {
    const tickets = await queue();
    const p2 = tickets.find((t) => t.id === ids.p2);
    // P2 resolution: three working days from Monday 09:00 is Wednesday 18:00.
    expect(p2).toMatchObject({ slaState: 'on_track', resolutionDueAt: sh('2024-09-04 18:00') });
    expect(tickets.find((t) => t.id === ids.p2Paused)).toMatchObject({ slaState: 'paused' });
    expect(tickets[0]).toMatchObject({ id: ids.p1, responseDueAt: sh('2024-09-02 11:00') });
  });

  it('reports the P1 acknowledgement overdue after one hour, then warns at 75 % of its response target', async () => {
    expect(await tickAt('2024-09-02 10:00')).toEqual({ p1: ['AcknowledgementOverdue'] });
    expect(await tickAt('2024-09-02 10:30')).toEqual({ p1: ['SlaWarningRaised'] });
    expect(await stateOf('p1')).toBe('at_risk');
    expect((await queue({ slaState: 'at_risk' })).map((t) => t.id)).toEqual([ids.p1]);
  });

  it('breaches the P1 response and escalates it to the Technology supervisor', async () => {
    expect(await tickAt('2024-09-02 11:30')).toEqual({ p1: ['SlaBreached', 'TicketEscalated'] });
    expect((await queue({ slaState: 'breached' })).map((t) => [t.id, t.escalatedTo])).toEqual([
      [ids.p1, 'sup-zhou'],
    ]);
    const history = await app.http().get(`/feedback/${ids.p1}/history`).expect(200);
    const escalation = history.body.find((e: { type: string }) => e.type === 'TicketEscalated');
    expect(escalation).toMatchObject({
      data: { to: 'sup-zhou', department: 'Technology', target: 'response', dueAt: sh('2024-09-02 11:00') },
      metadata: { actor: 'sla-clock', commandType: 'CheckSla' },
    });
    // Nothing more is due: a second look appends nothing.
    expect(await tickAt('2024-09-02 11:31')).toEqual({});
  });

  it('runs the P1 resolution clock in calendar hours once it is acknowledged, and breaches it overnight', async () => {
    app.clock.set(sh('2024-09-02 11:40'));
    await send(`/feedback/${ids.p1}/acknowledge`, {});
    expect(await stateOf('p1')).toBe('on_track');
    expect(await tickAt('2024-09-03 03:00')).toEqual({
      p1: ['SlaWarningRaised', 'CustomerDelayNoticeQueued'],
    });
    expect(await tickAt('2024-09-03 09:30')).toEqual({ p1: ['SlaBreached', 'TicketEscalated'] });
    app.clock.set(sh('2024-09-03 10:00'));
    await send(`/feedback/${ids.p1}/resolve`, { solution: 'restarted the cache', kind: 'fix' });
    await send(`/feedback/${ids.p2Paused}/progress`, { status: 'in_progress', note: 'customer replied' });
  });

  it('walks the P2 past its progress cadence, warning and breach, in working time', async () => {
    // Two working days after the acknowledgement without a progress update.
    expect(await tickAt('2024-09-04 09:30')).toEqual({ p2: ['ProgressUpdateOverdue'] });
    // 75 % of three working days: 18 working hours after Monday 09:00 is Wednesday 11:00.
    expect(await tickAt('2024-09-04 11:00')).toEqual({
      p2: ['SlaWarningRaised', 'CustomerDelayNoticeQueued'],
    });
    expect(await stateOf('p2')).toBe('at_risk');
    // The other P2 waited 8 working hours for the customer: its clock stood still meanwhile.
    expect(await stateOf('p2Paused')).toBe('on_track');
    expect(await tickAt('2024-09-04 18:00')).toEqual({ p2: ['SlaBreached', 'TicketEscalated'] });
    expect(await stateOf('p2')).toBe('breached');
    // Its last update (the customer's reply, Tuesday 10:00) is two working days old.
    expect(await tickAt('2024-09-05 10:00')).toEqual({ p2Paused: ['ProgressUpdateOverdue'] });
    await send(`/feedback/${ids.p2}/resolve`, { solution: 'patched', kind: 'fix' });
    await send(`/feedback/${ids.p2Paused}/resolve`, { solution: 'patched', kind: 'fix' });
  });

  it('measures the timeliness KPIs against the calendar and the paused time', async () => {
    const res = await app
      .http()
      .get('/kpis/timeliness')
      .query({ from: '2024-09-02', to: '2024-09-06', by: 'priority', minPosition: position })
      .expect(200);
    const total = (value: string) => res.body.totals.find((row: { value: string }) => row.value === value);
    // P1: answered at 11:40 (due 11:00), resolved Tuesday 10:00 (due 09:00): both late.
    expect(total('P1')).toMatchObject({
      response: { handled: 1, timely: 0 },
      resolution: { handled: 1, timely: 0 },
    });
    // P2s: both answered in time; resolved Thursday 10:00, after the plain P2 (Wednesday 18:00) but before
    // the paused one's deadline (Thursday 18:00, 8 working hours later).
    expect(total('P2')).toMatchObject({
      response: { handled: 2, timely: 2 },
      resolution: { handled: 2, timely: 1 },
    });
  });

  it('asks for the follow-up visits at 75 % of three working days after resolution', async () => {
    expect(await tickAt('2024-09-05 11:59')).toEqual({});
    // P1 resolved Tuesday 10:00: 18 working hours later is Thursday 12:00.
    expect(await tickAt('2024-09-05 12:00')).toEqual({ p1: ['FollowUpDue'] });
  });

  it('reports a collaborating department that gives no opinion within one working day, and takes the opinion', async () => {
    app.clock.set(sh('2024-09-06 16:00'));
    const { id } = await send('/feedback', { channel: 'web', content: 'cross-department ticket' });
    await send(`/feedback/${id}/classify`, { category: 'complaint', priority: 'P3' });
    await send(`/feedback/${id}/assign`, {
      department: 'Customer Service',
      collaborators: ['Logistics', 'Product'],
    });
    app.clock.set(sh('2024-09-09 10:00'));
    await send(`/feedback/${id}/opinion`, { department: 'Product', opinion: 'no product change needed' });
    const refused = await app
      .http()
      .post(`/feedback/${id}/opinion`)
      .send({ department: 'Finance', opinion: 'x' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ rule: 'NotACollaborator' });
    // Friday 16:00 plus one working day is Monday 16:00; Logistics has not answered.
    app.clock.set(sh('2024-09-09 16:00'));
    await app.waitForViews();
    await app.slaTick();
    const history = await app.http().get(`/feedback/${id}/history`).expect(200);
    const overdue = history.body.filter((e: { type: string }) => e.type === 'CollaboratorOpinionOverdue');
    expect(overdue.map((e: { data: object }) => e.data)).toEqual([
      expect.objectContaining({ department: 'Logistics', dueAt: sh('2024-09-09 16:00') }),
    ]);
    const ticket = await app.http().get(`/feedback/${id}`).expect(200);
    expect(ticket.body.assignment.opinions).toEqual([
      expect.objectContaining({ department: 'Product', opinion: 'no product change needed' }),
    ]);
  });
});
