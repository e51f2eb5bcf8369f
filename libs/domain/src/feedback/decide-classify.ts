import type { Classify } from './feedback-commands';
import type { FeedbackEvent } from './feedback-events';
import { accept, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/** A complaint found to repeat an earlier one is linked once, in the same decision. */
export function decideClassify(command: Classify, ticket: Ticket): Decision {
  const { category, topics, priority, severity, reason, repeatOf } = command.data;
  const classified: FeedbackEvent = {
    type: 'FeedbackClassified',
    data: {
      category,
      topics: [...new Set(topics ?? [])],
      priority,
      severity,
      by: command.by,
      reason,
      classifiedAt: command.at,
    },
  };
  if (!repeatOf || category !== 'complaint' || ticket.repeatOf || repeatOf.feedbackId === ticket.id) {
    return accept(classified);
  }
  return accept(classified, {
    type: 'RepeatComplaintLinked',
    data: { ...repeatOf, by: command.by, linkedAt: command.at },
  });
}
