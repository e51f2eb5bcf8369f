import type { LedgerConfig } from './ledger-config';

/** What the feedback handlers need of the configuration (see FeedbackOptions). */
export function feedbackOptionsOf(config: LedgerConfig): {
  timeZone: string;
  triage?: { minConfidence: number; routing: LedgerConfig['intake']['routing'] };
} {
  const { autoTriage, minConfidence, routing } = config.intake;
  return { timeZone: config.timeZone, ...(autoTriage ? { triage: { minConfidence, routing } } : {}) };
}
