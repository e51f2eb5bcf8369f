import { ALLOWED_FROM } from './feedback-transitions';
import { STATUSES, type Status } from './feedback-vocabulary';
import {
  SAMPLE_COMMANDS,
  TICKET_COMMAND_TYPES,
  command,
  given,
  reach,
  stateOf,
  type TicketCommandType,
} from '../testing/given-when-then';

const PASCAL: Record<Status, string> = {
  received: 'Received',
  triaged: 'Triaged',
  assigned: 'Assigned',
  in_progress: 'InProgress',
  pending_test: 'PendingTest',
  pending_customer: 'PendingCustomer',
  awaiting_info: 'AwaitingInfo',
  resolved: 'Resolved',
  closed: 'Closed',
  archived: 'Archived',
  reopened: 'Reopened',
};

/** The workflow of SPEC §4 as a matrix: columns in STATUSES order, `x` = allowed. */
const MATRIX = `
                    rcv tri asg inp pte pcu awi res clo arc reo
  Classify           x   x   x   x   x   x   x   .   .   .   x
  Assign             .   x   x   x   x   x   .   .   .   .   x
  Acknowledge        .   .   x   .   .   .   .   .   .   .   .
  GiveOpinion        .   .   x   x   x   x   .   .   .   .   x
  ReturnAssignment   .   .   x   x   .   .   .   .   .   .   x
  UpdateProgress     .   .   .   x   x   x   .   .   .   .   x
  RequestInformation x   x   x   x   x   x   .   .   .   .   x
  ProvideInformation .   .   .   .   .   .   x   .   .   .   .
  Resolve            .   .   .   x   x   x   .   .   .   .   .
  RecordSatisfaction .   .   .   .   .   .   .   x   .   .   .
  Reopen             .   .   .   .   .   .   .   x   x   .   .
  Close              .   .   .   .   .   .   .   x   .   .   .
  Archive            .   .   .   .   .   .   .   .   x   .   .
  CheckSla           x   x   x   x   x   x   x   x   x   .   x
`;
const expectedTable = Object.fromEntries(
  MATRIX.trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [name, ...marks] = line.trim().split(/\s+/);
      return [name, STATUSES.filter((_, i) => marks[i] === 'x')];
    }),
);

/** Where the sample command of each type takes a ticket from a status that allows it. */
function statusAfter(type: TicketCommandType, from: Status): Status {
  switch (type) {
    case 'Classify':
      return from === 'received' ? 'triaged' : from;
    case 'Assign':
      return 'assigned';
    case 'Acknowledge':
      return 'in_progress';
    case 'ReturnAssignment':
      return 'triaged';
    case 'UpdateProgress':
      return from === 'reopened' ? 'in_progress' : from;
    case 'RequestInformation':
      return 'awaiting_info';
    case 'ProvideInformation':
      return 'received';
    case 'Resolve':
      return 'resolved';
    case 'RecordSatisfaction':
    case 'Close':
      return 'closed';
    case 'Reopen':
      return 'reopened';
    case 'Archive':
      return 'archived';
    case 'CheckSla':
    case 'GiveOpinion':
      return from;
  }
}

describe('the transition table', () => {
  it('is the workflow of SPEC §4', () => {
    expect(ALLOWED_FROM).toEqual(expectedTable);
  });

  it('leaves archived tickets read-only and every other status a way forward', () => {
    const reachable = new Set(Object.values(ALLOWED_FROM).flat());
    expect(STATUSES.filter((status) => !reachable.has(status))).toEqual(['archived']);
  });

  it.each(STATUSES)('the history used for %s really reaches it', (status) => {
    expect(stateOf(reach(status))?.status).toBe(status);
  });
});

describe('illegal transitions (representative)', () => {
  it('names the hint and the allowed statuses in the message', () => {
    given(...reach('triaged'))
      .when(command('Resolve', { solution: 's', kind: 'fix' }))
      .thenRefused({
        rule: 'ResolveNotAllowedWhenTriaged',
        kind: 'illegal_transition',
        status: 'triaged',
        message:
          'Resolve is not allowed on a ticket that is triaged (assign it first); ' +
          'it is allowed when the ticket is in_progress, pending_test, pending_customer',
      });
  });

  it('gives no hint where there is none', () => {
    given(...reach('resolved'))
      .when(command('Classify', { category: 'praise', priority: 'P4' }))
      .thenRefused({
        rule: 'ClassifyNotAllowedWhenResolved',
        message:
          'Classify is not allowed on a ticket that is resolved; it is allowed when the ticket is received, ' +
          'triaged, assigned, in_progress, pending_test, pending_customer, awaiting_info, reopened',
      });
  });

  it.each<[TicketCommandType, Status, string]>([
    ['Acknowledge', 'received', 'classify it first'],
    ['Assign', 'awaiting_info', 'it is waiting for information from the customer'],
    ['Resolve', 'assigned', 'the assignee must acknowledge it first'],
    ['Close', 'archived', 'archived tickets are read-only'],
  ])('%s on a %s ticket says: %s', (type, status, hint) => {
    const refusal = given(...reach(status))
      .when(SAMPLE_COMMANDS[type])
      .thenRefused({ rule: `${type}NotAllowedWhen${PASCAL[status]}`, kind: 'illegal_transition', status });
    expect(refusal.message).toContain(`(${hint})`);
  });

  it.each<[TicketCommandType, Status]>([
    ['ProvideInformation', 'received'],
    ['RecordSatisfaction', 'pending_customer'],
    ['Reopen', 'in_progress'],
    ['Archive', 'resolved'],
    ['Classify', 'closed'],
    ['UpdateProgress', 'triaged'],
  ])('%s is refused on a %s ticket', (type, status) => {
    given(...reach(status))
      .when(SAMPLE_COMMANDS[type])
      .thenRefused({ rule: `${type}NotAllowedWhen${PASCAL[status]}`, kind: 'illegal_transition', status });
  });
});

describe('every command from every status', () => {
  const cases = STATUSES.flatMap((status) => TICKET_COMMAND_TYPES.map((type) => [type, status] as const));

  it.each(cases)('%s from %s: accepted exactly when ALLOWED_FROM lists the status', (type, status) => {
    const scenario = given(...reach(status));
    const outcome = scenario.when(SAMPLE_COMMANDS[type]);
    if (ALLOWED_FROM[type].includes(status)) {
      expect(outcome.decision).toMatchObject({ ok: true });
      const events = outcome.decision.ok ? outcome.decision.events : [];
      expect(events.length).toBeGreaterThan(0);
      expect(stateOf(events, scenario.state)?.status).toBe(statusAfter(type, status));
    } else {
      const refusal = outcome.thenRefused({
        rule: `${type}NotAllowedWhen${PASCAL[status]}`,
        kind: 'illegal_transition',
        status,
      });
      expect(refusal.message).toContain(`${type} is not allowed on a ticket that is ${status}`);
    }
  });

  it.each(STATUSES)('ReceiveFeedback on a %s ticket: FeedbackAlreadyReceived', (status) => {
    given(...reach(status))
      .when(SAMPLE_COMMANDS.ReceiveFeedback)
      .thenRefused({ rule: 'FeedbackAlreadyReceived', kind: 'already_exists' });
  });

  it('covers all 14 ticket commands and all 11 statuses', () => {
    expect(cases).toHaveLength(14 * 11);
  });
});
