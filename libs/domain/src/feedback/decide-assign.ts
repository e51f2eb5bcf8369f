import type { Assign } from './feedback-commands';
import { accept, ruleViolated, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/**
 * The department is the lead (it owns the ticket until another accepts it); collaborators are
 * other departments asked for an opinion. Assigning exactly what is already assigned is refused
 * so a queue never shows a reassignment that changed nothing.
 */
export function decideAssign(command: Assign, ticket: Ticket): Decision {
  const { department, assignee, reason } = command.data;
  const collaborators = [...new Set(command.data.collaborators ?? [])];
  if (collaborators.includes(department)) {
    return ruleViolated(
      'LeadDepartmentAsCollaborator',
      `${department} is the lead department and cannot also be a collaborator`,
    );
  }
  const current = ticket.assignment;
  if (
    current?.department === department &&
    current.assignee === assignee &&
    sameSet(current.collaborators, collaborators)
  ) {
    return ruleViolated(
      'AlreadyAssigned',
      `the ticket is already assigned to ${assignee ? `${assignee} in ` : ''}${department}`,
    );
  }
  return accept({
    type: 'FeedbackAssigned',
    data: { department, assignee, collaborators, by: command.by, reason, assignedAt: command.at },
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
