import type { CloseProblem } from './problem-commands';
import {
  PROBLEM_TEXT_LIMITS,
  acceptProblem,
  refuseProblem,
  requiredText,
  type ProblemDecision,
} from './problem-decision';
import { isActionOpen, type Problem } from './problem-state';

/** Closing ends the cycle: no action may be left open, and the record says why it ended. */
export function decideCloseProblem(command: CloseProblem, problem: Problem): ProblemDecision {
  const open = problem.actions.filter(isActionOpen);
  if (open.length > 0) {
    return refuseProblem(
      'ActionsStillOpen',
      'illegal_transition',
      `${open.length} corrective action${open.length === 1 ? ' is' : 's are'} still open ` +
        `(${open.map((action) => action.actionId).join(', ')}): complete ${open.length === 1 ? 'it' : 'them'} first`,
    );
  }
  const refusal = requiredText('Reason', command.data.reason, PROBLEM_TEXT_LIMITS.reason);
  if (refusal) return refusal;
  return acceptProblem({
    type: 'ProblemClosed',
    data: { reason: command.data.reason, by: command.by, closedAt: command.at },
  });
}
