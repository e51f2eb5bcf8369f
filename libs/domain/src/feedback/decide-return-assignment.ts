import { notAssigned } from './decide-acknowledge';
import type { ReturnAssignment } from './feedback-commands';
import { accept, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/** A returned ticket goes back to triage with the reason, never into a void (SPEC §3). */
export function decideReturnAssignment(command: ReturnAssignment, ticket: Ticket): Decision {
  if (!ticket.assignment) return notAssigned(ticket);
  const { department, assignee } = ticket.assignment;
  return accept({
    type: 'AssignmentReturned',
    data: { department, assignee, by: command.by, reason: command.data.reason, returnedAt: command.at },
  });
}
