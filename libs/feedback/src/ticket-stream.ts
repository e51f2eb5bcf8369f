import { asFeedbackEvent, evolveFeedback, type FeedbackState } from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { foldStream, loadStream, type LoadedStream } from './aggregate-stream';
import { feedbackStreamId } from './feedback-streams';

export type LoadedTicket = LoadedStream<NonNullable<FeedbackState>>;

const TICKET = { asEvent: asFeedbackEvent, evolve: evolveFeedback };

/** Folds recorded events into a ticket; events of types this version does not know are skipped. */
export const foldTicket = (events: readonly RecordedEvent[]): FeedbackState => foldStream(events, TICKET);

/** A ticket is read from its own stream: always current, so a client reads its own writes. */
export const loadTicket = (store: EventStore, feedbackId: string): Promise<LoadedTicket> =>
  loadStream(store, feedbackStreamId(feedbackId), TICKET);
