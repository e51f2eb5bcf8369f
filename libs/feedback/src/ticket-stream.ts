import { asFeedbackEvent, evolveFeedback, type FeedbackState } from '@ledger/domain';
import { NO_REVISION, type EventStore, type RecordedEvent } from '@ledger/event-store';
import { feedbackStreamId } from './feedback-streams';

export interface LoadedTicket {
  readonly events: readonly RecordedEvent[];
  readonly state: FeedbackState;
  /** Revision of the last event, -1 when the stream does not exist. */
  readonly revision: number;
}

/** Folds recorded events into a ticket; events of types this version does not know are skipped. */
export function foldTicket(events: readonly RecordedEvent[]): FeedbackState {
  let state: FeedbackState = undefined;
  for (const recorded of events) {
    const event = asFeedbackEvent(recorded);
    if (event) state = evolveFeedback(state, event);
  }
  return state;
}

/** A ticket is read from its own stream: always current, so a client reads its own writes. */
export async function loadTicket(store: EventStore, feedbackId: string): Promise<LoadedTicket> {
  const events = await store.readStream(feedbackStreamId(feedbackId));
  return {
    events,
    state: foldTicket(events),
    revision: events.length > 0 ? events[events.length - 1].revision : NO_REVISION,
  };
}
