import { NOW, at, complete, command, given, history, plan, reach } from './testing/problem-given-when-then';
import { PROBLEM_PATHS } from './testing/problem-given-when-then';
import type { PlanCorrectiveAction } from './problem-commands';
import type { ProblemStatus } from './problem-vocabulary';

const DUE = at(14 * 24 * 60);

const planWith = (data: Partial<PlanCorrectiveAction['data']>) =>
  command('PlanCorrectiveAction', { ...plan('A2', DUE).data, ...data }, { by: 'supervisor-chen' });

describe('PlanCorrectiveAction', () => {
  it('plans an action with an owner and a due date; the problem is then acting', () => {
    const problem = given(...reach('analysed'))
      .when(planWith({ actionId: 'A1', dueAt: '2023-10-15T16:00:00+08:00' }))
      .then({
        type: 'CorrectiveActionPlanned',
        data: {
          actionId: 'A1',
          description: 'add the session index',
          ownerDepartment: 'technology',
          owner: 'dev-li',
          dueAt: '2023-10-15T08:00:00.000Z',
          by: 'supervisor-chen',
          plannedAt: NOW,
        },
      });
    expect(problem.status).toBe('acting');
    expect(problem.actions).toEqual([
      {
        actionId: 'A1',
        description: 'add the session index',
        ownerDepartment: 'technology',
        owner: 'dev-li',
        dueAt: '2023-10-15T08:00:00.000Z',
        plannedAt: NOW,
      },
    ]);
  });

  it.each<[ProblemStatus, number]>([
    ['acting', 2],
    ['evaluating', 2],
  ])('adds an action to a problem that is %s, which is acting again', (status, count) => {
    const problem = given(...reach(status))
      .when(planWith({}))
      .then(expect.objectContaining({ type: 'CorrectiveActionPlanned' }));
    expect(problem.status).toBe('acting');
    expect(problem.actions).toHaveLength(count);
  });

  it('refuses an action before any root cause: RootCauseRequired', () => {
    const refusal = given(...reach('open'))
      .when(planWith({}))
      .thenRefused({ rule: 'RootCauseRequired', kind: 'illegal_transition' });
    expect(refusal.message).toContain('record the analysis before planning actions');
  });

  it('refuses an action id already planned: ActionAlreadyPlanned', () => {
    given(...reach('acting'))
      .when(planWith({ actionId: 'A1' }))
      .thenRefused({ rule: 'ActionAlreadyPlanned', kind: 'already_exists' });
  });

  it.each([NOW, at(-1), '2020-01-01T00:00:00Z'])(
    'refuses a due date of %s, not after now: DueDateInPast',
    (dueAt) => {
      given(...reach('analysed'))
        .when(planWith({ dueAt }))
        .thenRefused({ rule: 'DueDateInPast', kind: 'rule_violated' });
    },
  );

  it('refuses a due date that is not a time: InvalidDueAt', () => {
    given(...reach('analysed'))
      .when(planWith({ dueAt: 'next friday' }))
      .thenRefused({ rule: 'InvalidDueAt', kind: 'rule_violated' });
  });

  it.each<[Partial<PlanCorrectiveAction['data']>, string]>([
    [{ description: ' ' }, 'DescriptionRequired'],
    [{ ownerDepartment: '' }, 'OwnerDepartmentRequired'],
    [{ owner: '' }, 'OwnerRequired'],
    [{ owner: 'x'.repeat(201) }, 'OwnerTooLong'],
  ])('refuses %j: %s', (data, rule) => {
    given(...reach('analysed'))
      .when(planWith(data))
      .thenRefused({ rule, kind: 'rule_violated' });
  });

  it('refuses to plan on a closed problem', () => {
    given(...reach('closed'))
      .when(planWith({}))
      .thenRefused({ rule: 'PlanCorrectiveActionNotAllowedWhenClosed', kind: 'illegal_transition' });
  });
});

describe('CompleteCorrectiveAction', () => {
  it('completes the last open action; the problem then waits for its effect check', () => {
    const problem = given(...reach('acting'))
      .when(command('CompleteCorrectiveAction', { actionId: 'A1', outcome: 'index added' }, { by: 'dev-li' }))
      .then({
        type: 'CorrectiveActionCompleted',
        data: { actionId: 'A1', outcome: 'index added', by: 'dev-li', completedAt: NOW },
      });
    expect(problem.status).toBe('evaluating');
    expect(problem.actions[0]).toMatchObject({ actionId: 'A1', completedAt: NOW, outcome: 'index added' });
  });

  it('keeps the problem acting while another action is open', () => {
    const twoPlanned = history(...PROBLEM_PATHS.acting, plan('A2'));
    const problem = given(...twoPlanned)
      .when(command('CompleteCorrectiveAction', { actionId: 'A2' }))
      .then({ type: 'CorrectiveActionCompleted', data: { actionId: 'A2', by: 'qa-liu', completedAt: NOW } });
    expect(problem.status).toBe('acting');
    expect(problem.actions.map((action) => action.completedAt)).toEqual([undefined, NOW]);
  });

  it('refuses an action never planned: ActionNotFound', () => {
    given(...reach('acting'))
      .when(complete('A9'))
      .thenRefused({ rule: 'ActionNotFound', kind: 'not_found' });
  });

  it('refuses an action already completed: ActionAlreadyCompleted', () => {
    const twoPlanned = history(...PROBLEM_PATHS.acting, plan('A2'), complete('A1'));
    given(...twoPlanned)
      .when(complete('A1'))
      .thenRefused({ rule: 'ActionAlreadyCompleted', kind: 'already_exists' });
  });

  it('refuses an outcome longer than 5000 characters: OutcomeTooLong', () => {
    given(...reach('acting'))
      .when(command('CompleteCorrectiveAction', { actionId: 'A1', outcome: 'x'.repeat(5001) }))
      .thenRefused({ rule: 'OutcomeTooLong', kind: 'rule_violated' });
  });

  it('refuses to complete on a problem never opened: ProblemNotFound', () => {
    given().when(complete('A1')).thenRefused({ rule: 'ProblemNotFound', kind: 'not_found' });
  });
});
