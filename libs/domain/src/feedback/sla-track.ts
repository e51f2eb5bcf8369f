import type { FeedbackEvent } from './feedback-events';
import { occurredAt } from './occurred-at';
import { isSlaEvent } from './sla-events';
import type { Ticket } from './feedback-state';
import type { Status } from './feedback-vocabulary';

/** An interval during which the resolution clock stood still; `to` is unset while it lasts. */
export interface SlaPause {
  readonly from: string;
  readonly to?: string;
}

/**
 * The instants the SLA clock counts from, folded from the ticket's events. Deadlines themselves
 * depend on the policy and calendar in force, so they are computed from this (see slaSchedule),
 * never stored in the state.
 */
export interface SlaTrack {
  /** 0 for the first handling; each reopening starts a new resolution cycle. */
  readonly cycle: number;
  /** Receipt, or the latest reopening: when the current resolution clock started. */
  readonly cycleStartedAt: string;
  /** The first response: the first acknowledgement, question to the customer, or resolution. */
  readonly respondedAt?: string;
  /** The current cycle's pauses (SPEC §7: the clock stops while the ticket waits for the customer). */
  readonly pauses: readonly SlaPause[];
  /** The latest acknowledgement, progress update, answer from the customer or reopening. */
  readonly lastWorkAt?: string;
  /** The keys of the SLA facts already recorded (see SlaEvent). */
  readonly recorded: readonly string[];
  /** The supervisor the latest breach was escalated to. */
  readonly escalatedTo?: string;
}

export const PAUSED_STATUSES: readonly Status[] = ['pending_customer', 'awaiting_info'];

export const startSlaTrack = (receivedAt: string): SlaTrack => ({
  cycle: 0,
  cycleStartedAt: receivedAt,
  pauses: [],
  recorded: [],
});

const RESPONSES = new Set<FeedbackEvent['type']>([
  'AssignmentAcknowledged',
  'InformationRequested',
  'FeedbackResolved',
]);
const WORK = new Set<FeedbackEvent['type']>([
  'AssignmentAcknowledged',
  'ProgressUpdated',
  'InformationProvided',
  'FeedbackReopened',
]);

function withPause(pauses: readonly SlaPause[], wasPaused: boolean, isPaused: boolean, at: string) {
  if (!wasPaused && isPaused) return [...pauses, { from: at }];
  if (wasPaused && !isPaused && pauses.length > 0) {
    return [...pauses.slice(0, -1), { ...pauses[pauses.length - 1], to: at }];
  }
  return pauses;
}

/** Brings the SLA track of `next` (the ticket after `event`) up to date from `previous`. */
export function trackSla(previous: Ticket, next: Ticket, event: FeedbackEvent): Ticket {
  const at = occurredAt(event);
  const track = previous.sla;
  if (event.type === 'FeedbackReopened') {
    return {
      ...next,
      sla: { ...track, cycle: track.cycle + 1, cycleStartedAt: at, pauses: [], lastWorkAt: at },
    };
  }
  const recorded =
    isSlaEvent(event) && !track.recorded.includes(event.data.key)
      ? [...track.recorded, event.data.key]
      : track.recorded;
  return {
    ...next,
    sla: {
      ...track,
      respondedAt: track.respondedAt ?? (RESPONSES.has(event.type) ? at : undefined),
      pauses: withPause(
        track.pauses,
        PAUSED_STATUSES.includes(previous.status),
        PAUSED_STATUSES.includes(next.status),
        at,
      ),
      lastWorkAt: WORK.has(event.type) ? at : track.lastWorkAt,
      recorded,
      escalatedTo: event.type === 'TicketEscalated' ? event.data.to : track.escalatedTo,
    },
  };
}
