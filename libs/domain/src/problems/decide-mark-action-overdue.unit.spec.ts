import {
  NOW,
  PROBLEM_PATHS,
  at,
  command,
  complete,
  given,
  history,
  plan,
} from './testing/problem-given-when-then';

/** Action A1, due an hour before NOW. */
const lateAction = () => history(...PROBLEM_PATHS.analysed, plan('A1', at(-60)));
const markOverdue = (actionId = 'A1', when = NOW) =>
  command('MarkActionOverdue', { actionId }, { by: 'sla-clock', at: when });

describe('MarkActionOverdue', () => {
  it('records that an open action is past its due date', () => {
    const problem = given(...lateAction())
      .when(markOverdue())
      .then({ type: 'CorrectiveActionOverdue', data: { actionId: 'A1', dueAt: at(-60), detectedAt: NOW } });
    expect(problem.actions[0]?.overdueAt).toBe(NOW);
    expect(problem.status).toBe('acting');
  });

  it('records it at the due date itself', () => {
    given(...lateAction())
      .when(markOverdue('A1', at(-60)))
      .then(expect.objectContaining({ type: 'CorrectiveActionOverdue' }));
  });

  it('records it once: a repeat gives no events', () => {
    const marked = history(...PROBLEM_PATHS.analysed, plan('A1', at(-60)), markOverdue('A1', at(-10)));
    expect(marked.at(-1)).toEqual({
      type: 'CorrectiveActionOverdue',
      data: { actionId: 'A1', dueAt: at(-60), detectedAt: at(-10) },
    });
    const problem = given(...marked)
      .when(markOverdue())
      .then();
    expect(problem.actions[0]?.overdueAt).toBe(at(-10));
  });

  it('gives no events for an action completed before the clock noticed', () => {
    const completed = history(
      ...PROBLEM_PATHS.analysed,
      plan('A1', at(-60)),
      complete('A1', { at: at(-30) }),
    );
    given(...completed)
      .when(markOverdue())
      .then();
  });

  it('keeps the mark on an overdue action completed late', () => {
    const marked = history(...PROBLEM_PATHS.analysed, plan('A1', at(-60)), markOverdue('A1', at(-10)));
    const problem = given(...marked)
      .when(complete('A1', {}))
      .then(expect.objectContaining({ type: 'CorrectiveActionCompleted' }));
    expect(problem.actions[0]).toMatchObject({ overdueAt: at(-10), completedAt: NOW });
    expect(problem.status).toBe('evaluating');
  });

  it('refuses an action not yet due: ActionNotYetDue', () => {
    given(...history(...PROBLEM_PATHS.acting))
      .when(markOverdue())
      .thenRefused({ rule: 'ActionNotYetDue', kind: 'rule_violated' });
  });

  it('refuses an action never planned: ActionNotFound', () => {
    given(...lateAction())
      .when(markOverdue('A9'))
      .thenRefused({ rule: 'ActionNotFound', kind: 'not_found' });
  });

  it('gives no events on a closed problem, whose actions are all done', () => {
    given(...history(...PROBLEM_PATHS.closed))
      .when(markOverdue('A1', at(30 * 24 * 60)))
      .then();
  });
});
