import type { OpenProblem } from './problem-commands';
import {
  PROBLEM_TEXT_LIMITS,
  acceptProblem,
  firstRefusal,
  optionalText,
  refuseProblem,
  requiredText,
  type ProblemDecision,
} from './problem-decision';
import type { ProblemState } from './problem-state';

/** A problem groups feedback: one is opened on the tickets that show it, never empty. */
export function decideOpenProblem(command: OpenProblem, state: ProblemState): ProblemDecision {
  if (state !== undefined) {
    return refuseProblem(
      'ProblemAlreadyOpened',
      'already_exists',
      `problem ${state.id} was already opened (“${state.title}”)`,
    );
  }
  const { data } = command;
  const feedbackIds = [...new Set(data.feedbackIds)];
  const refusal = firstRefusal(
    requiredText('Title', data.title, PROBLEM_TEXT_LIMITS.title),
    optionalText('Description', data.description, PROBLEM_TEXT_LIMITS.description),
  );
  if (refusal) return refusal;
  if (feedbackIds.length === 0 || feedbackIds.some((id) => !id.trim())) {
    // A manual problem needs its tickets as much as a detected one: they are the evidence of it.
    return refuseProblem(
      'FeedbackRequired',
      'rule_violated',
      `a ${data.origin} problem must group at least one ticket, and no ticket id may be blank`,
    );
  }
  return acceptProblem({
    type: 'ProblemOpened',
    data: {
      problemId: data.problemId,
      title: data.title,
      description: data.description,
      category: data.category,
      topics: [...new Set(data.topics ?? [])],
      origin: data.origin,
      feedbackIds,
      by: command.by,
      openedAt: command.at,
    },
  });
}
