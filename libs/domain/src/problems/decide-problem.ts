import { decideCloseProblem } from './decide-close-problem';
import { decideCompleteCorrectiveAction } from './decide-complete-corrective-action';
import { decideEvaluateEffect } from './decide-evaluate-effect';
import { decideLinkTicket } from './decide-link-ticket';
import { decideMarkActionOverdue } from './decide-mark-action-overdue';
import { decideOpenProblem } from './decide-open-problem';
import { decidePlanCorrectiveAction } from './decide-plan-corrective-action';
import { decideRecordRootCause } from './decide-record-root-cause';
import type { ProblemCommand } from './problem-commands';
import { refuseProblem, type ProblemDecision } from './problem-decision';
import type { Problem, ProblemState } from './problem-state';

type OnProblem = Exclude<ProblemCommand, { type: 'OpenProblem' }>;

/**
 * The problem decider: given the state its events make and a command, the events that follow or
 * the rule that refuses it. Pure: time and ids arrive inside the command.
 */
export function decideProblem(command: ProblemCommand, state: ProblemState): ProblemDecision {
  if (command.type === 'OpenProblem') return decideOpenProblem(command, state);
  if (state === undefined) {
    return refuseProblem('ProblemNotFound', 'not_found', 'no problem was opened under this id');
  }
  return closedRefusal(command, state) ?? decideOnProblem(command, state);
}

/**
 * A closed problem is the record of a finished improvement: read-only. The clock is the exception,
 * as a closed problem has no open action and its command simply finds nothing to record.
 */
function closedRefusal(command: OnProblem, problem: Problem): ProblemDecision | undefined {
  if (problem.status !== 'closed' || command.type === 'MarkActionOverdue') return undefined;
  if (command.type === 'CloseProblem') {
    return refuseProblem(
      'ProblemAlreadyClosed',
      'illegal_transition',
      `problem ${problem.id} was already closed at ${problem.closedAt}`,
    );
  }
  return refuseProblem(
    `${command.type}NotAllowedWhenClosed`,
    'illegal_transition',
    `${command.type} is not allowed on a closed problem; closed problems are read-only`,
  );
}

function decideOnProblem(command: OnProblem, problem: Problem): ProblemDecision {
  switch (command.type) {
    case 'LinkTicket':
      return decideLinkTicket(command, problem);
    case 'RecordRootCause':
      return decideRecordRootCause(command, problem);
    case 'PlanCorrectiveAction':
      return decidePlanCorrectiveAction(command, problem);
    case 'CompleteCorrectiveAction':
      return decideCompleteCorrectiveAction(command, problem);
    case 'MarkActionOverdue':
      return decideMarkActionOverdue(command, problem);
    case 'EvaluateEffect':
      return decideEvaluateEffect(command, problem);
    case 'CloseProblem':
      return decideCloseProblem(command, problem);
    default:
      return exhaustive(command);
  }
}

function exhaustive(command: never): never {
  throw new Error(`unhandled command ${JSON.stringify(command)}`);
}
