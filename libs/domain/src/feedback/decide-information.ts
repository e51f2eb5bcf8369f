import type { ProvideInformation, RequestInformation } from './feedback-commands';
import { accept, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

/** Asking the customer for detail parks the ticket in `awaiting_info` (SPEC §1). */
export function decideRequestInformation(command: RequestInformation, _ticket: Ticket): Decision {
  return accept({
    type: 'InformationRequested',
    data: { question: command.data.question, by: command.by, requestedAt: command.at },
  });
}

/** The customer's answer returns the ticket to the status it waited in. */
export function decideProvideInformation(command: ProvideInformation, _ticket: Ticket): Decision {
  return accept({
    type: 'InformationProvided',
    data: { information: command.data.information, by: command.by, providedAt: command.at },
  });
}
