import type { Classify } from './feedback-commands';
import { accept, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

export function decideClassify(command: Classify, _ticket: Ticket): Decision {
  const { category, topics, priority, severity, reason } = command.data;
  return accept({
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
  });
}
