import { isValidTimeZone } from '@ledger/domain';

export interface LedgerConfig {
  readonly port: number;
  readonly dataDir: string;
  readonly timeZone: string;
  readonly eventStoreConnectionString?: string;
}

/** A configuration value that is not allowed; start-up stops with this message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the configuration from the environment; a wrong value names the variable and what it allows. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
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
  return {
    port,
    dataDir: env.DATA_DIR?.trim() || './data',
    timeZone,
    ...(connection ? { eventStoreConnectionString: connection } : {}),
  };
}
