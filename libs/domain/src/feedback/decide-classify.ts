import type { Classify } from './feedback-commands';
import type { FeedbackEvent } from './feedback-events';
import { AUTO_ACTOR } from '../intake/auto-triage';
import { accept, ruleViolated, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/** A complaint found to repeat an earlier one is linked once, in the same decision. */
export function decideClassify(command: Classify, ticket: Ticket): Decision {
  const { category, topics, priority, severity, reason, repeatOf } = command.data;
  if (ticket.classification?.by === AUTO_ACTOR && !reason?.trim()) {
    return ruleViolated(
      'OverrideReasonRequired',
      'the ticket was classified automatically: say why in reason when classifying it again',
    );
  }
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
