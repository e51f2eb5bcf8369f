import { decideAcknowledge } from './decide-acknowledge';
import { decideAssign } from './decide-assign';
import { decideCheckSla } from './decide-check-sla';
import { decideClassify } from './decide-classify';
import { decideGiveOpinion } from './decide-give-opinion';
import { decideProvideInformation, decideRequestInformation } from './decide-information';
import { decideArchive, decideClose, decideReopen } from './decide-lifecycle-end';
import { decideReceiveFeedback } from './decide-receive-feedback';
import { decideRecordSatisfaction } from './decide-record-satisfaction';
import { decideResolve } from './decide-resolve';
import { decideReturnAssignment } from './decide-return-assignment';
import { decideUpdateProgress } from './decide-update-progress';
import type { FeedbackCommand } from './feedback-commands';
import { refuse, type Decision } from './feedback-refusal';
import type { FeedbackState, Ticket } from './feedback-state';
import { checkTransition } from './feedback-transitions';

/**
 * The feedback decider: given the state its events make and a command, the events that follow
 * or the rule that refuses it. Pure: time, ids and ticket numbers arrive inside the command.
 */
export function decideFeedback(command: FeedbackCommand, state: FeedbackState): Decision {
  if (command.type === 'ReceiveFeedback') return decideReceiveFeedback(command, state);
  if (state === undefined)
    return refuse('FeedbackNotFound', 'not_found', 'no feedback was received under this id');
  return checkTransition(command.type, state) ?? decideOnTicket(command, state);
}

function decideOnTicket(
  command: Exclude<FeedbackCommand, { type: 'ReceiveFeedback' }>,
  ticket: Ticket,
): Decision {
  switch (command.type) {
    case 'Classify':
      return decideClassify(command, ticket);
    case 'Assign':
      return decideAssign(command, ticket);
    case 'Acknowledge':
      return decideAcknowledge(command, ticket);
    case 'GiveOpinion':
      return decideGiveOpinion(command, ticket);
    case 'ReturnAssignment':
      return decideReturnAssignment(command, ticket);
    case 'UpdateProgress':
      return decideUpdateProgress(command, ticket);
    case 'RequestInformation':
      return decideRequestInformation(command, ticket);
    case 'ProvideInformation':
      return decideProvideInformation(command, ticket);
    case 'Resolve':
      return decideResolve(command, ticket);
    case 'RecordSatisfaction':
      return decideRecordSatisfaction(command, ticket);
    case 'Reopen':
      return decideReopen(command, ticket);
    case 'Close':
      return decideClose(command, ticket);
    case 'Archive':
      return decideArchive(command, ticket);
    case 'CheckSla':
      return decideCheckSla(command, ticket);
    default:
      return exhaustive(command);
  }
}

function exhaustive(command: never): never {
  throw new Error(`unhandled command ${JSON.stringify(command)}`);
}
