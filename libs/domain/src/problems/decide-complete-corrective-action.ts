import type { CompleteCorrectiveAction } from './problem-commands';
import {
  PROBLEM_TEXT_LIMITS,
  acceptProblem,
  optionalText,
  refuseProblem,
  type ProblemDecision,
} from './problem-decision';
import type { Problem } from './problem-state';

/** An action is completed once; an overdue one may still be completed, late. */
export function decideCompleteCorrectiveAction(
  command: CompleteCorrectiveAction,
  problem: Problem,
): ProblemDecision {
  const { actionId, outcome } = command.data;
  const action = problem.actions.find((planned) => planned.actionId === actionId);
  if (action === undefined) {
    return refuseProblem(
      'ActionNotFound',
      'not_found',
      `no action ${actionId} is planned on problem ${problem.id}`,
    );
  }
  if (action.completedAt !== undefined) {
    return refuseProblem(
      'ActionAlreadyCompleted',
      'already_exists',
      `action ${actionId} was already completed at ${action.completedAt}`,
    );
  }
  const refusal = optionalText('Outcome', outcome, PROBLEM_TEXT_LIMITS.outcome);
  if (refusal) return refusal;
  return acceptProblem({
    type: 'CorrectiveActionCompleted',
    data: { actionId, outcome, by: command.by, completedAt: command.at },
  });
}
