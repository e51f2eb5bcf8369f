import type { DeliveryRetryPolicy, SpikeRule } from '@ledger/domain';

export interface AlertWebhookOptions {
  readonly url: string;
  readonly retry: DeliveryRetryPolicy;
  /** An attempt that has not answered by then counts as failed. */
  readonly timeoutMs: number;
}

export interface AlertsModuleOptions {
  readonly rules: readonly SpikeRule[];
  /** Watch for spikes and deliver alerts in this process (where the SLA clock runs). */
  readonly run: boolean;
  readonly intervalMs: number;
  readonly webhook?: AlertWebhookOptions;
}

export const ALERTS_OPTIONS = Symbol('ALERTS_OPTIONS');
