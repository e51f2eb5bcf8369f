import type { GiveOpinion } from './feedback-commands';
import { accept, ruleViolated, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';
import { LIMITS } from './feedback-vocabulary';
import { textLength } from './text-length';

/** Each collaborating department of the current assignment gives one opinion. */
export function decideGiveOpinion(command: GiveOpinion, ticket: Ticket): Decision {
  const { department, opinion } = command.data;
  const assignment = ticket.assignment;
  if (!assignment?.collaborators.includes(department)) {
    return ruleViolated(
      'NotACollaborator',
      `${department} is not a collaborator on this ticket` +
        (assignment?.collaborators.length
          ? `; its collaborators are ${assignment.collaborators.join(', ')}`
          : ''),
    );
  }
  if (assignment.opinions?.some((given) => given.department === department)) {
    return ruleViolated(
      'OpinionAlreadyGiven',
      `${department} has already given its opinion on this assignment`,
    );
  }
  if (!opinion.trim()) return ruleViolated('OpinionRequired', 'opinion must not be blank');
  if (textLength(opinion) > LIMITS.note) {
    return ruleViolated('OpinionTooLong', `opinion must be at most ${LIMITS.note} characters`);
  }
  return accept({
    type: 'CollaboratorOpinionGiven',
    data: { department, opinion, by: command.by, givenAt: command.at },
  });
}
