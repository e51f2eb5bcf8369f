import type { Resolve } from './feedback-commands';
import { accept, ruleViolated, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

export function decideResolve(command: Resolve, _ticket: Ticket): Decision {
  const { solution, kind, compensation, rootCause } = command.data;
  if (kind === 'compensation' && !compensation) {
    return ruleViolated('CompensationRequired', 'a resolution of kind compensation must say what was given');
  }
  return accept({
    type: 'FeedbackResolved',
    data: { solution, kind, compensation, rootCause, by: command.by, resolvedAt: command.at },
  });
}
