import {
  NOW,
  PROBLEM_PATHS,
  TICKETS,
  command,
  complete,
  given,
  history,
  plan,
  reach,
  rootCause,
} from './testing/problem-given-when-then';
import type { ProblemCommand } from './problem-commands';
import type { ProblemStatus } from './problem-vocabulary';

const close = (reason = '效果確認，問題不再出現') =>
  command('CloseProblem', { reason }, { by: 'supervisor-chen' });

describe('CloseProblem', () => {
  it('closes a problem whose actions are all done', () => {
    const problem = given(...reach('evaluating'))
      .when(close())
      .then({
        type: 'ProblemClosed',
        data: { reason: '效果確認，問題不再出現', by: 'supervisor-chen', closedAt: NOW },
      });
    expect(problem).toMatchObject({
      status: 'closed',
      closedAt: NOW,
      closeReason: '效果確認，問題不再出現',
      updatedAt: NOW,
    });
  });

  it.each<ProblemStatus>(['open', 'analysed'])('closes a problem that is %s and has no action', (status) => {
    given(...reach(status))
      .when(close('not a problem after all'))
      .then(expect.objectContaining({ type: 'ProblemClosed' }));
  });

  it('refuses while actions are open, naming how many: ActionsStillOpen', () => {
    const oneOpen = given(...reach('acting'))
      .when(close())
      .thenRefused({ rule: 'ActionsStillOpen', kind: 'illegal_transition' });
    expect(oneOpen.message).toBe('1 corrective action is still open (A1): complete it first');

    const twoOpen = history(...PROBLEM_PATHS.acting, plan('A2'), plan('A3'), complete('A2'));
    const refusal = given(...twoOpen)
      .when(close())
      .thenRefused('ActionsStillOpen');
    expect(refusal.message).toBe('2 corrective actions are still open (A1, A3): complete them first');
  });

  it.each(['', '  '])('refuses a blank reason %j: ReasonRequired', (reason) => {
    given(...reach('evaluating'))
      .when(close(reason))
      .thenRefused({ rule: 'ReasonRequired', kind: 'rule_violated' });
  });

  it('refuses to close a closed problem again: ProblemAlreadyClosed', () => {
    const refusal = given(...reach('closed'))
      .when(close())
      .thenRefused({ rule: 'ProblemAlreadyClosed', kind: 'illegal_transition' });
    expect(refusal.message).toContain('already closed');
  });

  it('refuses to close a problem never opened: ProblemNotFound', () => {
    given().when(close()).thenRefused({ rule: 'ProblemNotFound', kind: 'not_found' });
  });
});

describe('a closed problem', () => {
  const commands: readonly ProblemCommand[] = [
    command('LinkTicket', { feedbackId: TICKETS[2] }),
    rootCause({}),
    plan('A2'),
    complete('A1'),
    command('EvaluateEffect', {
      verdict: 'effective',
      before: { count: 3, total: 10 },
      after: { count: 1, total: 10 },
      windowDays: 7,
    }),
  ];

  it.each(commands.map((sent) => [sent.type, sent] as const))('refuses %s as read-only', (type, sent) => {
    const refusal = given(...reach('closed'))
      .when(sent)
      .thenRefused({ rule: `${type}NotAllowedWhenClosed`, kind: 'illegal_transition' });
    expect(refusal.message).toContain('closed problems are read-only');
  });
});
