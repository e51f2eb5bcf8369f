import type { FeedbackCommandType } from './feedback-commands';
import { refuse, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';
import { STATUSES, type Status } from './feedback-vocabulary';

const OPEN_WORK: readonly Status[] = ['assigned', 'in_progress', 'pending_test', 'pending_customer'];

/**
 * The statuses each command may start from (SPEC §4). Everything not listed is an illegal
 * transition; `archived` is listed nowhere, so an archived ticket is read-only.
 */
export const ALLOWED_FROM: Readonly<
  Record<Exclude<FeedbackCommandType, 'ReceiveFeedback'>, readonly Status[]>
> = {
  Classify: ['received', 'triaged', ...OPEN_WORK, 'awaiting_info', 'reopened'],
  Assign: ['triaged', ...OPEN_WORK, 'reopened'],
  Acknowledge: ['assigned'],
  GiveOpinion: [...OPEN_WORK, 'reopened'],
  ReturnAssignment: ['assigned', 'in_progress', 'reopened'],
  UpdateProgress: ['in_progress', 'pending_test', 'pending_customer', 'reopened'],
  RequestInformation: ['received', 'triaged', ...OPEN_WORK, 'reopened'],
  ProvideInformation: ['awaiting_info'],
  Resolve: ['in_progress', 'pending_test', 'pending_customer'],
  RecordSatisfaction: ['resolved'],
  Reopen: ['resolved', 'closed'],
  Close: ['resolved'],
  Archive: ['closed'],
  // Time passes for every ticket; only an archived one is beyond the clock's reach.
  CheckSla: STATUSES.filter((status) => status !== 'archived'),
};

const HINTS: Partial<Record<Status, string>> = {
  received: 'classify it first',
  triaged: 'assign it first',
  assigned: 'the assignee must acknowledge it first',
  awaiting_info: 'it is waiting for information from the customer',
  archived: 'archived tickets are read-only',
};

/** Refuses a command whose ticket's status does not allow it, naming the statuses that would. */
export function checkTransition(
  command: Exclude<FeedbackCommandType, 'ReceiveFeedback'>,
  ticket: Ticket,
): Decision | undefined {
  const allowed = ALLOWED_FROM[command];
  if (allowed.includes(ticket.status)) return undefined;
  const hint = HINTS[ticket.status];
  return refuse(
    `${command}NotAllowedWhen${pascal(ticket.status)}`,
    'illegal_transition',
    `${command} is not allowed on a ticket that is ${ticket.status}${hint ? ` (${hint})` : ''}; ` +
      `it is allowed when the ticket is ${allowed.join(', ')}`,
    ticket.status,
  );
}

function pascal(status: Status): string {
  return status.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
