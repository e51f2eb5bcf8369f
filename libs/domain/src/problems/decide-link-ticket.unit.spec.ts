import { NOW, TICKETS, command, given, reach } from './testing/problem-given-when-then';
import type { ProblemStatus } from './problem-vocabulary';

const link = (feedbackId: string) => command('LinkTicket', { feedbackId }, { by: 'agent-wang' });

describe('LinkTicket', () => {
  it.each<ProblemStatus>(['open', 'analysed', 'acting', 'evaluating'])(
    'links another ticket to a problem that is %s, keeping its status',
    (status) => {
      const problem = given(...reach(status))
        .when(link(TICKETS[2]))
        .then({
          type: 'TicketLinkedToProblem',
          data: { feedbackId: TICKETS[2], by: 'agent-wang', linkedAt: NOW },
        });
      expect(problem.feedbackIds).toEqual([TICKETS[0], TICKETS[1], TICKETS[2]]);
      expect(problem.status).toBe(status);
      expect(problem.updatedAt).toBe(NOW);
    },
  );

  it('refuses a ticket already linked: TicketAlreadyLinked', () => {
    const refusal = given(...reach('acting'))
      .when(link(TICKETS[1]))
      .thenRefused({ rule: 'TicketAlreadyLinked', kind: 'already_exists' });
    expect(refusal.message).toContain(TICKETS[1]);
  });

  it('refuses a blank ticket id', () => {
    given(...reach('open'))
      .when(link(''))
      .thenRefused({ rule: 'FeedbackRequired', kind: 'rule_violated' });
  });

  it('refuses to link to a closed problem', () => {
    given(...reach('closed'))
      .when(link(TICKETS[2]))
      .thenRefused({ rule: 'LinkTicketNotAllowedWhenClosed', kind: 'illegal_transition' });
  });

  it('refuses to link to a problem never opened: ProblemNotFound', () => {
    given().when(link(TICKETS[2])).thenRefused({ rule: 'ProblemNotFound', kind: 'not_found' });
  });
});
