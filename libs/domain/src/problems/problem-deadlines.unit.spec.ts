import {
  NOW,
  PROBLEM_PATHS,
  at,
  command,
  complete,
  history,
  plan,
  problemOf,
  reach,
} from './testing/problem-given-when-then';
import { problemDeadlines } from './problem-deadlines';

describe('problemDeadlines', () => {
  it('lists each open action not yet marked overdue, with its due date', () => {
    const events = history(
      ...PROBLEM_PATHS.analysed,
      plan('A1', at(-60)),
      plan('A2', at(60)),
      plan('A3', at(120)),
      complete('A3'),
      command('MarkActionOverdue', { actionId: 'A1' }, { at: at(-10) }),
    );
    expect(problemDeadlines(problemOf(events))).toEqual([{ actionId: 'A2', dueAt: at(60) }]);
  });

  it('lists nothing for a problem without open actions, closed or never opened', () => {
    expect(problemDeadlines(problemOf(reach('analysed')))).toEqual([]);
    expect(problemDeadlines(problemOf(reach('evaluating')))).toEqual([]);
    expect(problemDeadlines(problemOf(reach('closed')))).toEqual([]);
    expect(problemDeadlines(undefined)).toEqual([]);
  });

  it('lists the planned action of an acting problem', () => {
    expect(problemDeadlines(problemOf(reach('acting')))).toEqual([
      { actionId: 'A1', dueAt: new Date(Date.parse(NOW) + 7 * 24 * 3_600_000).toISOString() },
    ]);
  });
});
