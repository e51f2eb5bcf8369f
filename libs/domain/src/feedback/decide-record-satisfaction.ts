import type { RecordSatisfaction } from './feedback-commands';
import { accept, ruleViolated, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/**
 * The customer's rating closes the loop: a satisfied or basically satisfied customer closes the
 * ticket, a dissatisfied one reopens it in the same decision (SPEC §6).
 */
export function decideRecordSatisfaction(command: RecordSatisfaction, _ticket: Ticket): Decision {
  const { rating, score, comment } = command.data;
  if (score !== undefined && !(Number.isInteger(score) && score >= 1 && score <= 5)) {
    return ruleViolated('ScoreOutOfRange', `score must be a whole number from 1 to 5, got ${score}`);
  }
  const { by, at } = command;
  const recorded = {
    type: 'SatisfactionRecorded' as const,
    data: { rating, score, comment, by, recordedAt: at },
  };
  if (rating === 'dissatisfied') {
    const reason = comment ? `customer dissatisfied: ${comment}` : 'customer dissatisfied';
    return accept(recorded, { type: 'FeedbackReopened', data: { reason, by, reopenedAt: at } });
  }
  return accept(recorded, {
    type: 'FeedbackClosed',
    data: { reason: `customer ${rating}`, by, closedAt: at },
  });
}
