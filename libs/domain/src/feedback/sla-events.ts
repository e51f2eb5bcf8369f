import type { SlaPriority } from '../sla/sla-policy';
import type { Actor, DomainEvent } from './feedback-events';
import type { Channel } from './feedback-vocabulary';

/** The two SPEC §7 targets of a ticket. */
export type SlaTarget = 'response' | 'resolution';

/**
 * What every SLA fact carries: `key` names the deadline it is about (see slaSchedule), so a
 * ticket records each fact once however many clocks notice it; `dueAt` is that deadline and
 * `detectedAt` the clock's time when it noticed.
 */
interface SlaFact {
  readonly key: string;
  readonly dueAt: string;
  readonly by: Actor;
  readonly detectedAt: string;
}

/** A target's warning point (SPEC §7: 75 %) has passed and it is not met yet. */
export type SlaWarningRaised = DomainEvent<
  'SlaWarningRaised',
  SlaFact & { target: SlaTarget; priority: SlaPriority; warnAt: string }
>;

export type SlaBreached = DomainEvent<'SlaBreached', SlaFact & { target: SlaTarget; priority: SlaPriority }>;

/** Sent with a breach: the department's supervisor now owns the delay. */
export type TicketEscalated = DomainEvent<
  'TicketEscalated',
  SlaFact & { target: SlaTarget; to: string; department?: string; reason: string }
>;

/** The customer is told before the resolution target is missed (SPEC §7), on the channel they used. */
export type CustomerDelayNoticeQueued = DomainEvent<
  'CustomerDelayNoticeQueued',
  SlaFact & { target: SlaTarget; channel: Channel }
>;

/** The assignee has not acknowledged within the deadline (SPEC §3: 2 h, P1 1 h). */
export type AcknowledgementOverdue = DomainEvent<
  'AcknowledgementOverdue',
  SlaFact & { department: string; assignee?: string; assignedAt: string }
>;

/** A collaborating department has not given its opinion within the deadline (SPEC §3: 24 h). */
export type CollaboratorOpinionOverdue = DomainEvent<
  'CollaboratorOpinionOverdue',
  SlaFact & { department: string; assignedAt: string }
>;

/** No progress was recorded within the cadence (SPEC §4: P1 daily, P2 every 2 days). */
export type ProgressUpdateOverdue = DomainEvent<'ProgressUpdateOverdue', SlaFact & { lastUpdateAt: string }>;

/** The follow-up visit after resolution is due soon and the customer has not been asked yet. */
export type FollowUpDue = DomainEvent<'FollowUpDue', SlaFact & { resolvedAt: string }>;

export type SlaEvent =
  | SlaWarningRaised
  | SlaBreached
  | TicketEscalated
  | CustomerDelayNoticeQueued
  | AcknowledgementOverdue
  | CollaboratorOpinionOverdue
  | ProgressUpdateOverdue
  | FollowUpDue;

export const SLA_EVENT_TYPES = [
  'SlaWarningRaised',
  'SlaBreached',
  'TicketEscalated',
  'CustomerDelayNoticeQueued',
  'AcknowledgementOverdue',
  'CollaboratorOpinionOverdue',
  'ProgressUpdateOverdue',
  'FollowUpDue',
] as const satisfies readonly SlaEvent['type'][];

const slaEventTypes = new Set<string>(SLA_EVENT_TYPES);

export const isSlaEvent = (event: { readonly type: string }): event is SlaEvent =>
  slaEventTypes.has(event.type);
