import type { RoutingConfig } from '@ledger/domain';
import { ConfigError } from './config-error';
import { routingFrom } from './routing-file';

export interface IntakeConfig {
  /** Classify, prioritise and route feedback on receipt (SPEC §2–3). */
  readonly autoTriage: boolean;
  /** Below this confidence the classifier's proposal waits in triage for a person. */
  readonly minConfidence: number;
  readonly routing: RoutingConfig;
}

export function loadIntakeConfig(env: NodeJS.ProcessEnv): IntakeConfig {
  const autoTriage = env.LEDGER_AUTO_TRIAGE ?? 'on';
  if (autoTriage !== 'on' && autoTriage !== 'off') {
    throw new ConfigError(`LEDGER_AUTO_TRIAGE must be on or off, got "${autoTriage}"`);
  }
  const minConfidence = Number(env.LEDGER_TRIAGE_MIN_CONFIDENCE ?? 0.5);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new ConfigError(
      `LEDGER_TRIAGE_MIN_CONFIDENCE must be a number from 0 to 1, got "${env.LEDGER_TRIAGE_MIN_CONFIDENCE}"`,
    );
  }
  return { autoTriage: autoTriage === 'on', minConfidence, routing: routingFrom(env.LEDGER_ROUTING_FILE) };
}
