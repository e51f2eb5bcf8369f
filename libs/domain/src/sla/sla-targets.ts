import type { Priority } from '../feedback/feedback-vocabulary';

export interface SlaTarget {
  /** Hours from receipt to the first response. */
  readonly responseHours: number;
  /** Hours from receipt to resolution; undefined where the spec sets none (P4: roadmap). */
  readonly resolutionHours?: number;
}

/**
 * SPEC §7 in plain hours (a working day counted as 24 h) until the business calendar replaces it:
 * P1 2 h / 24 h, P2 24 h / 3 days, P3 3 days / 7 days, P4 5 days / none.
 */
export const SLA_TARGETS: Readonly<Record<Priority, SlaTarget>> = {
  P1: { responseHours: 2, resolutionHours: 24 },
  P2: { responseHours: 24, resolutionHours: 72 },
  P3: { responseHours: 72, resolutionHours: 168 },
  P4: { responseHours: 120 },
};

/** The company-wide aim (SPEC §7), used before a ticket has a priority. */
export const COMPANY_TARGET: SlaTarget = { responseHours: 24, resolutionHours: 48 };

export const slaTargetFor = (priority: Priority | undefined): SlaTarget =>
  priority ? SLA_TARGETS[priority] : COMPANY_TARGET;

/** A time that sorts after every real due time: "no deadline". */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

export interface DueTimes {
  readonly responseDueAt: string;
  readonly resolutionDueAt: string;
}

export function dueTimes(receivedAt: string, priority: Priority | undefined): DueTimes {
  const target = slaTargetFor(priority);
  const start = Date.parse(receivedAt);
  const after = (hours: number) => new Date(start + hours * 3_600_000).toISOString();
  return {
    responseDueAt: after(target.responseHours),
    resolutionDueAt: target.resolutionHours === undefined ? NO_DEADLINE : after(target.resolutionHours),
  };
}
