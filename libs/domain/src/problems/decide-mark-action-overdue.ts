import type { MarkActionOverdue } from './problem-commands';
import { acceptProblem, refuseProblem, type ProblemDecision } from './problem-decision';
import type { Problem } from './problem-state';

/**
 * The SLA clock's fact that an action is late. The clock may repeat itself or race a completion,
 * so an action already marked or already completed gives no events rather than a refusal.
 */
export function decideMarkActionOverdue(command: MarkActionOverdue, problem: Problem): ProblemDecision {
  const { actionId } = command.data;
  const action = problem.actions.find((planned) => planned.actionId === actionId);
  if (action === undefined) {
    return refuseProblem(
      'ActionNotFound',
      'not_found',
      `no action ${actionId} is planned on problem ${problem.id}`,
    );
  }
  if (action.completedAt !== undefined || action.overdueAt !== undefined) return acceptProblem();
  if (Date.parse(action.dueAt) > Date.parse(command.at)) {
    return refuseProblem(
      'ActionNotYetDue',
      'rule_violated',
      `action ${actionId} is due at ${action.dueAt}, later than now (${command.at})`,
    );
  }
  return acceptProblem({
    type: 'CorrectiveActionOverdue',
    data: { actionId, dueAt: action.dueAt, detectedAt: command.at },
  });
}
