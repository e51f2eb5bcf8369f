import type { EvaluateEffect } from './problem-commands';
import type { FeedbackCount } from './problem-events';
import {
  PROBLEM_TEXT_LIMITS,
  acceptProblem,
  optionalText,
  refuseProblem,
  type ProblemDecision,
} from './problem-decision';
import type { Problem } from './problem-state';

const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

const isValidCount = ({ count, total }: FeedbackCount): boolean =>
  isCount(count) && isCount(total) && count <= total;

/**
 * Records the effect check: feedback on the problem before and after the actions, as the handler
 * counted it. There is no effect to check until at least one action is done; a later check (after
 * more actions) is recorded beside the earlier ones.
 */
export function decideEvaluateEffect(command: EvaluateEffect, problem: Problem): ProblemDecision {
  const { verdict, note, before, after, windowDays } = command.data;
  if (!problem.actions.some((action) => action.completedAt !== undefined)) {
    return refuseProblem(
      'NoActionCompleted',
      'illegal_transition',
      `problem ${problem.id} has no completed corrective action whose effect could be checked`,
    );
  }
  for (const [when, counted] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (!isValidCount(counted)) {
      return refuseProblem(
        'InvalidFeedbackCount',
        'rule_violated',
        `the ${when} counts must be whole numbers, not negative, with count ≤ total ` +
          `(got ${counted.count} of ${counted.total})`,
      );
    }
  }
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    return refuseProblem(
      'InvalidWindow',
      'rule_violated',
      `windowDays must be a whole number of days, at least 1 (got ${windowDays})`,
    );
  }
  const refusal = optionalText('Note', note, PROBLEM_TEXT_LIMITS.note);
  if (refusal) return refusal;
  return acceptProblem({
    type: 'EffectEvaluated',
    data: {
      verdict,
      note,
      before: { count: before.count, total: before.total },
      after: { count: after.count, total: after.total },
      windowDays,
      by: command.by,
      evaluatedAt: command.at,
    },
  });
}
