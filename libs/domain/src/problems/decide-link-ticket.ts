import type { LinkTicket } from './problem-commands';
import { acceptProblem, refuseProblem, type ProblemDecision } from './problem-decision';
import type { Problem } from './problem-state';

/** Another ticket showing the same problem joins the group, once. */
export function decideLinkTicket(command: LinkTicket, problem: Problem): ProblemDecision {
  const { feedbackId } = command.data;
  if (!feedbackId.trim()) {
    return refuseProblem('FeedbackRequired', 'rule_violated', 'the ticket id must not be blank');
  }
  if (problem.feedbackIds.includes(feedbackId)) {
    return refuseProblem(
      'TicketAlreadyLinked',
      'already_exists',
      `ticket ${feedbackId} is already linked to problem ${problem.id}`,
    );
  }
  return acceptProblem({
    type: 'TicketLinkedToProblem',
    data: { feedbackId, by: command.by, linkedAt: command.at },
  });
}
