import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './support/test-app';

const MINUTE = 60_000;

/** A webhook receiver that answers each POST with the next status of `statuses` (then 200). */
class Receiver {
  readonly received: { headers: IncomingHttpHeaders; body: Record<string, unknown> }[] = [];
  private readonly server: Server;

  constructor(private readonly statuses: number[]) {
    this.server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        this.received.push({ headers: request.headers, body: JSON.parse(text) as Record<string, unknown> });
        response.writeHead(this.statuses.shift() ?? 200).end();
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/spikes`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const RULES = [
  {
    id: 'complaints',
    kind: 'threshold',
    dimension: 'category',
    value: 'complaint',
    windowMinutes: 60,
    threshold: 3,
  },
];

describe('spike alerts', () => {
  let app: TestApp;
  const receiver = new Receiver([503, 503]);

  beforeAll(async () => {
    const rulesFile = join(mkdtempSync(join(tmpdir(), 'spike-rules-')), 'rules.json');
    writeFileSync(rulesFile, JSON.stringify(RULES));
    app = await TestApp.start(undefined, {
      LEDGER_AUTO_TRIAGE: 'on',
      LEDGER_SPIKE_RULES_FILE: rulesFile,
      LEDGER_ALERT_WEBHOOK_URL: await receiver.listen(),
    });
  });
  afterAll(async () => {
    await app.stop();
    await receiver.close();
  });

  async function complain(content: string) {
    const { body } = await app.http().post('/feedback').send({ channel: 'app', content }).expect(201);
    const history = await app.http().get(`/feedback/${body.id}/history`).expect(200);
    return history.body as { type: string; data: Record<string, unknown> }[];
  }

  const alerts = async (query = '') => (await app.http().get(`/alerts${query}`).expect(200)).body;
  const metric = async (name: string) => {
    const { text } = await app.http().get('/metrics').expect(200);
    return text.split('\n').find((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`));
  };

  it('raises one alert per episode above the threshold, delivers it with retries, and ends it when the count falls', async () => {
    const complaints = [
      '快递员态度很差，把包裹扔在门口就走了',
      '客服态度恶劣，问了三次都不回复，我要投诉',
      '退款拖了两周还没到账，太失望了',
    ];
    for (const content of complaints) {
      const history = await complain(content);
      expect(history.find((e) => e.type === 'FeedbackClassified')?.data.category).toBe('complaint');
      app.clock.advance(MINUTE);
    }
    await app.waitForViews();
    expect(await app.spikeCheck()).toBe(0);
    expect(await alerts()).toEqual([]);

    await complain('快递又延误了，客服电话一直打不通，非常不满');
    await app.waitForViews();
    expect(await app.spikeCheck()).toBe(1);
    const [alert] = await alerts();
    expect(alert).toMatchObject({
      alertNo: 1,
      ruleId: 'complaints',
      dimension: 'category',
      value: 'complaint',
      count: 4,
      limit: 3,
      active: true,
      raisedAt: '2023-10-01T01:03:00.000Z',
      delivery: { status: 'pending', attempts: 0 },
    });

    // Still spiking: the same episode, no second alert.
    await complain('物流太慢了，客服还态度差，投诉');
    await app.waitForViews();
    expect(await app.spikeCheck()).toBe(0);
    expect(await alerts('?active=true')).toHaveLength(1);

    // The outbox holds the alert until the webhook takes it.
    app.clock.advance(MINUTE);
    expect(await metric('ledger_outbox_backlog{outbox="spike_alerts",state="pending"}')).toMatch(/ 1$/);
    expect(await metric('ledger_outbox_oldest_pending_seconds')).toMatch(/ 60$/);

    // The webhook fails twice, then takes it; a retry is only attempted once due.
    expect(await app.deliverAlerts()).toBe(1);
    expect(await app.deliverAlerts()).toBe(0);
    app.clock.advance(30_000);
    expect(await app.deliverAlerts()).toBe(1);
    app.clock.advance(60_000);
    expect(await app.deliverAlerts()).toBe(1);
    expect(await app.deliverAlerts()).toBe(0);
    expect(receiver.received).toHaveLength(3);
    for (const { headers, body } of receiver.received) {
      expect(headers['idempotency-key']).toBe('spike-alert-1');
      expect(body).toMatchObject({
        type: 'SpikeAlertRaised',
        alertId: 'spike-alert-1',
        value: 'complaint',
        count: 4,
      });
    }
    expect((await alerts())[0].delivery).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(await metric('ledger_outbox_backlog{outbox="spike_alerts",state="pending"}')).toMatch(/ 0$/);
    expect(await metric('ledger_outbox_oldest_pending_seconds')).toMatch(/ 0$/);
    // Every complaint so far was classified automatically, and each confidence was observed.
    expect(
      await metric('ledger_classifier_confidence_count{category="complaint",outcome="applied"}'),
    ).toMatch(/ 5$/);

    // An hour later the window is quiet: the episode ends, and a new spike would be alert 2.
    app.clock.advance(61 * MINUTE);
    expect(await app.spikeCheck()).toBe(1);
    expect(await alerts('?active=true')).toEqual([]);
    const [ended] = await alerts('?active=false');
    expect(ended).toMatchObject({ alertNo: 1, active: false, ended: { count: 0 } });

    const stream = (await app.allEvents()).filter((e) => e.streamId === 'alerts-spikes').map((e) => e.type);
    expect(stream).toEqual([
      'SpikeAlertRaised',
      'SpikeAlertDeliveryFailed',
      'SpikeAlertDeliveryFailed',
      'SpikeAlertDelivered',
      'SpikeAlertEnded',
    ]);
  });

  it('raises the priority of feedback on a spiking category while its alert is open', async () => {
    for (let i = 0; i < 4; i++) await complain(`客服态度太差了，第${i + 1}次投诉还是没人处理`);
    await app.waitForViews();
    expect(await app.spikeCheck()).toBe(1);
    const history = await complain('快递员态度恶劣，包裹也丢了，我要投诉');
    expect(history.find((e) => e.type === 'PriorityRaised')?.data).toMatchObject({
      reason: 'spike',
      detail: 'spike alert 2: category complaint is spiking',
      by: 'auto',
    });
  });

  it('refuses a bad filter with 400', async () => {
    const res = await app.http().get('/alerts?active=maybe');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'active', reason: 'active must be true or false' }]);
  });
});
