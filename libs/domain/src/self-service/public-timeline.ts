import type { FeedbackEvent } from '../feedback/feedback-events';

/**
 * What a customer may see of their ticket (SPEC §10): a few plain steps with their times. Notes,
 * people, departments, classification, solutions and ratings stay internal, because each of them
 * may carry words written for colleagues rather than for the customer.
 */
export const PUBLIC_STEPS = [
  'received',
  'being_handled',
  'waiting_for_customer',
  'solution_planned',
  'resolved',
  'reopened',
  'closed',
] as const;
export type PublicStep = (typeof PUBLIC_STEPS)[number];

export interface PublicTimelineEntry {
  readonly step: PublicStep;
  readonly at: string;
}

export interface PublicTracking {
  readonly ticketNo: string;
  /** The latest step: where the ticket stands now, in the customer's words. */
  readonly status: PublicStep;
  readonly timeline: readonly PublicTimelineEntry[];
}

/** The public step an event starts, if any; internal events (classification, SLA facts...) have none. */
function stepOf(event: FeedbackEvent): PublicTimelineEntry | undefined {
  switch (event.type) {
    case 'FeedbackReceived':
      return { step: 'received', at: event.data.receivedAt };
    case 'FeedbackAssigned':
      return { step: 'being_handled', at: event.data.assignedAt };
    case 'InformationRequested':
      return { step: 'waiting_for_customer', at: event.data.requestedAt };
    case 'InformationProvided':
      return { step: 'being_handled', at: event.data.providedAt };
    case 'ProgressUpdated':
      return event.data.status === 'in_progress'
        ? { step: 'being_handled', at: event.data.updatedAt }
        : { step: 'solution_planned', at: event.data.updatedAt };
    case 'FeedbackResolved':
      return { step: 'resolved', at: event.data.resolvedAt };
    case 'FeedbackReopened':
      return { step: 'reopened', at: event.data.reopenedAt };
    case 'FeedbackClosed':
      return { step: 'closed', at: event.data.closedAt };
    default:
      return undefined;
  }
}

/**
 * The public timeline of a ticket's events, oldest first. A step repeated without another between
 * (a second assignment, more progress) adds nothing the customer would notice, so it is shown once.
 */
export function publicTracking(ticketNo: string, events: readonly FeedbackEvent[]): PublicTracking {
  const timeline: PublicTimelineEntry[] = [];
  for (const event of events) {
    const entry = stepOf(event);
    if (entry && timeline[timeline.length - 1]?.step !== entry.step) timeline.push(entry);
  }
  return { ticketNo, status: timeline[timeline.length - 1]?.step ?? 'received', timeline };
}
