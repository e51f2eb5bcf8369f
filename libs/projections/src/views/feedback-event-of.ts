import { asFeedbackEvent, type FeedbackEvent } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

const FEEDBACK_STREAM = /^feedback-/;

/** The domain event a recorded event of a ticket stream carries, or undefined for anything else. */
export const toFeedbackEvent = (recorded: RecordedEvent): FeedbackEvent | undefined =>
  FEEDBACK_STREAM.test(recorded.streamId) ? asFeedbackEvent(recorded) : undefined;
