import {
  DEFAULT_ROUTING,
  DEFAULT_DELIVERY_RETRY,
  DEFAULT_SLA_POLICY,
  DEFAULT_SPIKE_RULES,
} from '@ledger/domain';
import { ConfigError, loadConfig } from './ledger-config';

describe('loadConfig', () => {
  it('runs on the embedded defaults with no configuration', () => {
    const { sla, intake, alerts, access, ...rest } = loadConfig({});
    expect(alerts).toEqual({ rules: DEFAULT_SPIKE_RULES, intervalMs: 60_000 });
    expect(access).toEqual({ apiKeys: [] });
    expect(intake).toEqual({ autoTriage: true, minConfidence: 0.5, routing: DEFAULT_ROUTING });
    expect(sla).toMatchObject({ policy: DEFAULT_SLA_POLICY, clock: { run: true, intervalMs: 60_000 } });
    expect(sla.calendar.timeZone).toBe('Asia/Shanghai');
    expect(rest).toEqual({
      port: 3000,
      dataDir: './data',
      timeZone: 'Asia/Shanghai',
      runProjector: true,
      viewWaitMs: 5000,
      repeatWindowDays: 30,
      readyMaxLagSeconds: 60,
      shutdownTimeoutMs: 10_000,
      trackRequestsPerMinute: 10,
      requestsPerMinute: 1200,
      log: { format: 'pretty', level: 'info' },
    });
  });

  it('reads every variable', () => {
    const {
      sla: _sla,
      intake,
      alerts,
      access,
      ...rest
    } = loadConfig({
      LEDGER_AUTO_TRIAGE: 'off',
      LEDGER_TRIAGE_MIN_CONFIDENCE: '0.7',
      PORT: '8080',
      DATA_DIR: '/var/lib/ledger',
      LEDGER_TIME_ZONE: 'Europe/Berlin',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      MONGODB_URI: 'mongodb://localhost:27017/?replicaSet=rs0',
      LEDGER_PROJECTOR: 'off',
      LEDGER_VIEW_WAIT_MS: '250',
      LEDGER_REPEAT_WINDOW_DAYS: '14',
      LEDGER_READY_MAX_LAG_SECONDS: '15',
      LEDGER_SHUTDOWN_TIMEOUT_MS: '3000',
      LEDGER_TRACK_RATE_LIMIT: '30',
      LEDGER_RATE_LIMIT: '600',
      LEDGER_LOG_FORMAT: 'json',
      LEDGER_LOG_LEVEL: 'warn',
      LEDGER_SPIKE_INTERVAL_MS: '5000',
      LEDGER_ALERT_WEBHOOK_URL: 'https://hooks.example.com/ledger',
      LEDGER_ALERT_WEBHOOK_TIMEOUT_MS: '2000',
      LEDGER_API_KEYS:
        'agent:agent-key-0123456789, supervisor:agent-key-0123456789,admin:admin-key-0123456789',
    });
    expect(access).toEqual({
      apiKeys: [
        { key: 'agent-key-0123456789', roles: ['agent', 'supervisor'] },
        { key: 'admin-key-0123456789', roles: ['admin'] },
      ],
    });
    expect(alerts).toEqual({
      rules: DEFAULT_SPIKE_RULES,
      intervalMs: 5000,
      webhook: { url: 'https://hooks.example.com/ledger', retry: DEFAULT_DELIVERY_RETRY, timeoutMs: 2000 },
    });
    expect(rest).toEqual({
      port: 8080,
      dataDir: '/var/lib/ledger',
      timeZone: 'Europe/Berlin',
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      mongodbUri: 'mongodb://localhost:27017/?replicaSet=rs0',
      runProjector: false,
      viewWaitMs: 250,
      repeatWindowDays: 14,
      readyMaxLagSeconds: 15,
      shutdownTimeoutMs: 3000,
      trackRequestsPerMinute: 30,
      requestsPerMinute: 600,
      log: { format: 'json', level: 'warn' },
    });
    expect(intake).toEqual({ autoTriage: false, minConfidence: 0.7, routing: DEFAULT_ROUTING });
  });

  it('leaves the projector and the SLA clock to the worker in cluster mode, unless told otherwise', () => {
    const cluster = loadConfig({ EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' });
    expect([cluster.runProjector, cluster.sla.clock.run]).toEqual([false, false]);
    const both = loadConfig({
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      LEDGER_PROJECTOR: 'on',
      LEDGER_SLA_CLOCK: 'on',
    });
    expect([both.runProjector, both.sla.clock.run]).toEqual([true, true]);
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'eighty'],
    ['LEDGER_TIME_ZONE', 'Mars/Olympus'],
    ['EVENTSTORE_CONNECTION_STRING', 'http://localhost:2113'],
    ['MONGODB_URI', 'postgres://localhost'],
    ['LEDGER_PROJECTOR', 'maybe'],
    ['LEDGER_VIEW_WAIT_MS', '-1'],
    ['LEDGER_REPEAT_WINDOW_DAYS', '0'],
    ['LEDGER_READY_MAX_LAG_SECONDS', 'soon'],
    ['LEDGER_SHUTDOWN_TIMEOUT_MS', '5'],
    ['LEDGER_TRACK_RATE_LIMIT', '0'],
    ['LEDGER_RATE_LIMIT', 'lots'],
    ['LEDGER_LOG_FORMAT', 'xml'],
    ['LEDGER_LOG_LEVEL', 'loud'],
    ['LEDGER_AUTO_TRIAGE', 'sometimes'],
    ['LEDGER_TRIAGE_MIN_CONFIDENCE', '1.5'],
    ['LEDGER_ROUTING_FILE', '/no/such/routing.json'],
    ['LEDGER_SPIKE_RULES_FILE', '/no/such/rules.json'],
    ['LEDGER_SPIKE_INTERVAL_MS', '10'],
    ['LEDGER_ALERT_WEBHOOK_URL', 'ftp://example.com/x'],
    ['LEDGER_ALERT_WEBHOOK_URL', 'not a url'],
    ['LEDGER_API_KEYS', 'agent'],
    ['LEDGER_API_KEYS', 'janitor:0123456789abcdef'],
    ['LEDGER_API_KEYS', 'agent:short'],
  ])('stops with a message naming %s when it is %s', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable} must`));
  });
});
