import type { Acknowledge } from './feedback-commands';
import { accept, refuse, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/** A ticket assigned to a department only is claimed by whoever acknowledges it. */
export function decideAcknowledge(command: Acknowledge, ticket: Ticket): Decision {
  if (!ticket.assignment) return notAssigned(ticket);
  const { department, assignee } = ticket.assignment;
  return accept({
    type: 'AssignmentAcknowledged',
    data: {
      department,
      assignee: assignee ?? command.by,
      by: command.by,
      note: command.data.note,
      acknowledgedAt: command.at,
    },
  });
}

export const notAssigned = (ticket: Ticket): Decision =>
  refuse('NotAssigned', 'illegal_transition', `ticket ${ticket.ticketNo} has no assignment`, ticket.status);
