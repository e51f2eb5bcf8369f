import type { PlanCorrectiveAction } from './problem-commands';
import {
  PROBLEM_TEXT_LIMITS,
  acceptProblem,
  firstRefusal,
  refuseProblem,
  requiredText,
  type ProblemDecision,
} from './problem-decision';
import type { Problem } from './problem-state';

/**
 * Plans one corrective action with an owner and a due date. The process documents analyse before
 * they act, so an action needs a root cause to answer.
 */
export function decidePlanCorrectiveAction(command: PlanCorrectiveAction, problem: Problem): ProblemDecision {
  const { actionId, description, ownerDepartment, owner, dueAt } = command.data;
  if (problem.rootCause === undefined) {
    return refuseProblem(
      'RootCauseRequired',
      'illegal_transition',
      `problem ${problem.id} has no root cause yet: record the analysis before planning actions`,
    );
  }
  if (problem.actions.some((action) => action.actionId === actionId)) {
    return refuseProblem(
      'ActionAlreadyPlanned',
      'already_exists',
      `action ${actionId} is already planned on problem ${problem.id}`,
    );
  }
  const refusal = firstRefusal(
    requiredText('Description', description, PROBLEM_TEXT_LIMITS.action),
    requiredText('OwnerDepartment', ownerDepartment, PROBLEM_TEXT_LIMITS.name),
    requiredText('Owner', owner, PROBLEM_TEXT_LIMITS.name),
  );
  if (refusal) return refusal;
  if (Number.isNaN(Date.parse(dueAt))) {
    return refuseProblem('InvalidDueAt', 'rule_violated', `dueAt ${dueAt} is not a time`);
  }
  // One notation for every instant (UTC, milliseconds), so that the clock and views compare them as text.
  const due = new Date(dueAt).toISOString();
  if (Date.parse(due) <= Date.parse(command.at)) {
    return refuseProblem(
      'DueDateInPast',
      'rule_violated',
      `dueAt ${dueAt} must be later than now (${command.at})`,
    );
  }
  return acceptProblem({
    type: 'CorrectiveActionPlanned',
    data: {
      actionId,
      description,
      ownerDepartment,
      owner,
      dueAt: due,
      by: command.by,
      plannedAt: command.at,
    },
  });
}
