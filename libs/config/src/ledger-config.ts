import { isValidTimeZone } from '@ledger/domain';
import { ConfigError } from './config-error';
import { loadAccessConfig, type AccessConfig } from './access-config';
import { loadAlertsConfig, type AlertsConfig } from './alerts-config';
import { loadIntakeConfig, type IntakeConfig } from './intake-config';
import { loadSlaConfig, type SlaConfig } from './sla-config';
import { wholeNumberSetting } from './whole-number-setting';

export { ConfigError };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const isLogLevel = (value: string): value is LogLevel => (LOG_LEVELS as readonly string[]).includes(value);

export interface LedgerConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly timeZone: string;
  readonly eventStoreConnectionString?: string;
  readonly mongodbUri?: string;
  /** Whether this process runs the projector that keeps the views current. */
  readonly runProjector: boolean;
  /** How long a view query with `minPosition` waits for the views. */
  readonly viewWaitMs: number;
  /** How far back (days) an earlier ticket of the same customer makes a complaint a repeat. */
  readonly repeatWindowDays: number;
  /** `/health/ready` fails when the views are further behind the log than this. */
  readonly readyMaxLagSeconds: number;
  /** After SIGTERM, the process exits with an error if closing takes longer than this. */
  readonly shutdownTimeoutMs: number;
  /** How many `GET /track/...` requests one client may make in a minute. */
  readonly trackRequestsPerMinute: number;
  /** How many requests one client (a key, else an address) may make in a minute, /track aside. */
  readonly requestsPerMinute: number;
  /** JSON lines (production) or pretty lines (development), and from which level. */
  readonly log: { readonly format: 'json' | 'pretty'; readonly level: LogLevel };
  readonly sla: SlaConfig;
  readonly intake: IntakeConfig;
  readonly alerts: AlertsConfig;
  readonly access: AccessConfig;
}

/** Reads the configuration from the environment; a wrong value names the variable and what it allows. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const port = wholeNumberSetting(env, 'PORT', 3000, { min: 0, max: 65535 });
  const timeZone = env.LEDGER_TIME_ZONE ?? 'Asia/Shanghai';
  if (!isValidTimeZone(timeZone)) {
    throw new ConfigError(
      `LEDGER_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`,
    );
  }
  const connection = env.EVENTSTORE_CONNECTION_STRING?.trim();
  if (connection && !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(connection)) {
    throw new ConfigError(
      `EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://, got "${connection}"`,
    );
  }
  const mongodbUri = env.MONGODB_URI?.trim();
  if (mongodbUri && !/^mongodb(\+srv)?:\/\//.test(mongodbUri)) {
    throw new ConfigError(`MONGODB_URI must start with mongodb:// or mongodb+srv://, got "${mongodbUri}"`);
  }
  // In cluster mode the worker keeps the views and runs the SLA clock; the embedded api does both itself.
  const embedded = !connection;
  const projector = env.LEDGER_PROJECTOR ?? (embedded ? 'on' : 'off');
  if (projector !== 'on' && projector !== 'off') {
    throw new ConfigError(`LEDGER_PROJECTOR must be on or off, got "${projector}"`);
  }
  const milliseconds = 'milliseconds';
  const viewWaitMs = wholeNumberSetting(env, 'LEDGER_VIEW_WAIT_MS', 5000, {
    min: 0,
    max: 60_000,
    unit: milliseconds,
  });
  const repeatWindowDays = wholeNumberSetting(env, 'LEDGER_REPEAT_WINDOW_DAYS', 30, {
    min: 1,
    max: 366,
    unit: 'days',
  });
  const readyMaxLagSeconds = wholeNumberSetting(env, 'LEDGER_READY_MAX_LAG_SECONDS', 60, {
    min: 1,
    max: 86_400,
    unit: 'seconds',
  });
  const shutdownTimeoutMs = wholeNumberSetting(env, 'LEDGER_SHUTDOWN_TIMEOUT_MS', 10_000, {
    min: 100,
    max: 600_000,
    unit: milliseconds,
  });
  const trackRequestsPerMinute = wholeNumberSetting(env, 'LEDGER_TRACK_RATE_LIMIT', 10, {
    min: 1,
    max: 100_000,
    unit: 'requests per minute',
  });
  const requestsPerMinute = wholeNumberSetting(env, 'LEDGER_RATE_LIMIT', 1200, {
    min: 1,
    max: 1_000_000,
    unit: 'requests per minute',
  });
  const format = env.LEDGER_LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty');
  if (format !== 'json' && format !== 'pretty') {
    throw new ConfigError(`LEDGER_LOG_FORMAT must be json or pretty, got "${format}"`);
  }
  const level = env.LEDGER_LOG_LEVEL ?? 'info';
  if (!isLogLevel(level)) {
    throw new ConfigError(`LEDGER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  }
  const intake = loadIntakeConfig(env);
  return {
    port,
    dataDir: env.DATA_DIR?.trim() || './data',
    timeZone,
    ...(connection ? { eventStoreConnectionString: connection } : {}),
    ...(mongodbUri ? { mongodbUri } : {}),
    runProjector: projector === 'on',
    viewWaitMs,
    repeatWindowDays,
    readyMaxLagSeconds,
    shutdownTimeoutMs,
    trackRequestsPerMinute,
    requestsPerMinute,
    log: { format, level },
    sla: withRoutingSupervisors(loadSlaConfig(env, timeZone, { clockByDefault: embedded }), intake),
    intake,
    alerts: loadAlertsConfig(env),
    access: loadAccessConfig(env),
  };
}

/** Breaches escalate to the routing configuration's supervisors where the SLA policy names none. */
function withRoutingSupervisors(sla: SlaConfig, intake: IntakeConfig): SlaConfig {
  const fromRouting = Object.fromEntries(
    Object.entries(intake.routing.departments).map(([department, { supervisor }]) => [
      department,
      supervisor,
    ]),
  );
  return { ...sla, policy: { ...sla.policy, supervisors: { ...fromRouting, ...sla.policy.supervisors } } };
}
