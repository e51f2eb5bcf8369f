import type { RoutingConfig } from '@ledger/domain';

export interface FeedbackOptions {
  /** IANA time zone of the company's calendar: the receipt day in tracking numbers. */
  readonly timeZone: string;
  /** Automatic classification, priority and routing on intake; off when absent. */
  readonly triage?: {
    /** Below this confidence a proposal waits in triage for a person. */
    readonly minConfidence: number;
    readonly routing: RoutingConfig;
  };
}

export const FEEDBACK_OPTIONS = Symbol('FEEDBACK_OPTIONS');
