import type { FeedbackEvent } from './feedback-events';
import type { FeedbackState, Ticket } from './feedback-state';
import { startSlaTrack, trackSla } from './sla-track';

/**
 * Folds one event into the state. Total and pure: replaying the same events always gives the
 * same ticket, and an event that cannot apply (no ticket yet) leaves the state as it was.
 */
export function evolveFeedback(state: FeedbackState, event: FeedbackEvent): FeedbackState {
  if (event.type === 'FeedbackReceived') {
    const { feedbackId, recordedAt, ...received } = event.data;
    return {
      ...received,
      id: feedbackId,
      status: 'received',
      reopenCount: 0,
      sla: startSlaTrack(received.receivedAt),
      updatedAt: recordedAt,
    };
  }
  return state === undefined ? state : trackSla(state, evolveTicket(state, event), event);
}

function evolveTicket(ticket: Ticket, event: Exclude<FeedbackEvent, { type: 'FeedbackReceived' }>): Ticket {
  switch (event.type) {
    case 'FeedbackClassified': {
      const { classifiedAt, ...classification } = event.data;
      return {
        ...ticket,
        classification: { ...classification, classifiedAt },
        suggestedClassification: undefined,
        status: ticket.status === 'received' ? 'triaged' : ticket.status,
        openQuestion:
          ticket.openQuestion?.resumeStatus === 'received'
            ? { ...ticket.openQuestion, resumeStatus: 'triaged' }
            : ticket.openQuestion,
        updatedAt: classifiedAt,
      };
    }
    case 'ClassificationHeldForTriage':
      return { ...ticket, suggestedClassification: event.data.proposal, updatedAt: event.data.heldAt };
    case 'PriorityRaised': {
      const { to, raisedAt } = event.data;
      const classification = ticket.classification && { ...ticket.classification, priority: to };
      return { ...ticket, classification, updatedAt: raisedAt };
    }
    case 'RepeatComplaintLinked': {
      const { feedbackId, ticketNo, matchedOn, linkedAt } = event.data;
      return { ...ticket, repeatOf: { feedbackId, ticketNo, matchedOn }, updatedAt: linkedAt };
    }
    case 'FeedbackAssigned': {
      const { department, assignee, collaborators, by, assignedAt } = event.data;
      return {
        ...ticket,
        status: 'assigned',
        assignment: { department, assignee, collaborators, by, assignedAt },
        updatedAt: assignedAt,
      };
    }
    case 'AssignmentAcknowledged': {
      const { assignee, acknowledgedAt } = event.data;
      return {
        ...ticket,
        status: 'in_progress',
        assignment: ticket.assignment && { ...ticket.assignment, assignee, acknowledgedAt },
        updatedAt: acknowledgedAt,
      };
    }
    case 'CollaboratorOpinionGiven': {
      const { givenAt } = event.data;
      return {
        ...ticket,
        assignment: ticket.assignment && {
          ...ticket.assignment,
          opinions: [...(ticket.assignment.opinions ?? []), { ...event.data }],
        },
        updatedAt: givenAt,
      };
    }
    case 'AssignmentReturned':
      return { ...ticket, status: 'triaged', assignment: undefined, updatedAt: event.data.returnedAt };
    case 'ProgressUpdated': {
      const { status, note, updatedAt } = event.data;
      return { ...ticket, status, lastProgress: { status, note, at: updatedAt }, updatedAt };
    }
    case 'InformationRequested':
      return {
        ...ticket,
        status: 'awaiting_info',
        openQuestion: { question: event.data.question, resumeStatus: ticket.status },
        updatedAt: event.data.requestedAt,
      };
    case 'InformationProvided':
      return {
        ...ticket,
        status: ticket.openQuestion?.resumeStatus ?? ticket.status,
        openQuestion: undefined,
        updatedAt: event.data.providedAt,
      };
    case 'FeedbackResolved': {
      const { resolvedAt, ...resolution } = event.data;
      return {
        ...ticket,
        status: 'resolved',
        resolution: { ...resolution, resolvedAt },
        updatedAt: resolvedAt,
      };
    }
    case 'SatisfactionRecorded': {
      const { by: _by, ...satisfaction } = event.data;
      return { ...ticket, satisfaction, updatedAt: satisfaction.recordedAt };
    }
    case 'FeedbackReopened':
      return {
        ...ticket,
        status: 'reopened',
        reopenCount: ticket.reopenCount + 1,
        updatedAt: event.data.reopenedAt,
      };
    case 'FeedbackClosed':
      return { ...ticket, status: 'closed', updatedAt: event.data.closedAt };
    case 'FeedbackArchived':
      return { ...ticket, status: 'archived', updatedAt: event.data.archivedAt };
    case 'SlaWarningRaised':
    case 'SlaBreached':
    case 'TicketEscalated':
    case 'CustomerDelayNoticeQueued':
    case 'AcknowledgementOverdue':
    case 'CollaboratorOpinionOverdue':
    case 'ProgressUpdateOverdue':
    case 'FollowUpDue':
      // Facts about time passing: the track records them; the ticket itself is unchanged.
      return ticket;
    default:
      return assertNever(event);
  }
}

function assertNever(event: never): never {
  throw new Error(`unknown event ${JSON.stringify(event)}`);
}
