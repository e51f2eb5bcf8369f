import { DEFAULT_DELIVERY_RETRY, type DeliveryRetryPolicy, type SpikeRule } from '@ledger/domain';
import { ConfigError } from './config-error';
import { spikeRulesFrom } from './spike-rules-file';
import { wholeNumberSetting } from './whole-number-setting';

export interface AlertsConfig {
  readonly rules: readonly SpikeRule[];
  /** How often the spike monitor looks, and the webhook outbox sends what is due. */
  readonly intervalMs: number;
  readonly webhook?: {
    readonly url: string;
    readonly retry: DeliveryRetryPolicy;
    readonly timeoutMs: number;
  };
}

export function loadAlertsConfig(env: NodeJS.ProcessEnv): AlertsConfig {
  const milliseconds = 'milliseconds';
  const intervalMs = wholeNumberSetting(env, 'LEDGER_SPIKE_INTERVAL_MS', 60_000, {
    min: 100,
    max: 3_600_000,
    unit: milliseconds,
  });
  const url = env.LEDGER_ALERT_WEBHOOK_URL?.trim();
  if (url && !(URL.canParse(url) && /^https?:$/.test(new URL(url).protocol))) {
    throw new ConfigError(`LEDGER_ALERT_WEBHOOK_URL must be an http or https URL, got "${url}"`);
  }
  const timeoutMs = wholeNumberSetting(env, 'LEDGER_ALERT_WEBHOOK_TIMEOUT_MS', 5000, {
    min: 100,
    max: 120_000,
    unit: milliseconds,
  });
  return {
    rules: spikeRulesFrom(env.LEDGER_SPIKE_RULES_FILE),
    intervalMs,
    ...(url ? { webhook: { url, retry: DEFAULT_DELIVERY_RETRY, timeoutMs } } : {}),
  };
}
