import { NOW, PROBLEM_PATHS, command, given, history, plan, reach } from './testing/problem-given-when-then';
import type { EvaluateEffect } from './problem-commands';

const EVALUATION: EvaluateEffect['data'] = {
  verdict: 'effective',
  note: 'complaints about slow login fell by two thirds',
  before: { count: 30, total: 400 },
  after: { count: 10, total: 420 },
  windowDays: 30,
};

const evaluate = (data: Partial<EvaluateEffect['data']> = {}) =>
  command('EvaluateEffect', { ...EVALUATION, ...data }, { by: 'supervisor-chen' });

describe('EvaluateEffect', () => {
  it('records the effect check with the counts the handler passed, keeping the status', () => {
    const problem = given(...reach('evaluating'))
      .when(evaluate())
      .then({
        type: 'EffectEvaluated',
        data: { ...EVALUATION, by: 'supervisor-chen', evaluatedAt: NOW },
      });
    expect(problem.status).toBe('evaluating');
    expect(problem.evaluations).toEqual([{ ...EVALUATION, by: 'supervisor-chen', evaluatedAt: NOW }]);
  });

  it('records a later check beside the earlier one', () => {
    const checked = history(...PROBLEM_PATHS.evaluating, evaluate({ verdict: 'partly_effective' }));
    const problem = given(...checked)
      .when(evaluate({ verdict: 'effective', note: undefined }))
      .then(expect.objectContaining({ type: 'EffectEvaluated' }));
    expect(problem.evaluations.map((evaluation) => evaluation.verdict)).toEqual([
      'partly_effective',
      'effective',
    ]);
  });

  it('checks the effect of the actions done while another is still under way', () => {
    const oneOfTwoDone = history(
      ...PROBLEM_PATHS.acting,
      plan('A2'),
      command('CompleteCorrectiveAction', { actionId: 'A1' }),
    );
    const problem = given(...oneOfTwoDone)
      .when(evaluate({ verdict: 'not_effective' }))
      .then(expect.objectContaining({ type: 'EffectEvaluated' }));
    expect(problem.status).toBe('acting');
  });

  it.each(['analysed', 'acting'] as const)(
    'refuses a check on a problem %s with no action completed: NoActionCompleted',
    (status) => {
      given(...reach(status))
        .when(evaluate())
        .thenRefused({ rule: 'NoActionCompleted', kind: 'illegal_transition' });
    },
  );

  it.each([
    { before: { count: -1, total: 400 } },
    { before: { count: 1.5, total: 400 } },
    { after: { count: 10, total: 9 } },
    { after: { count: 0, total: Number.NaN } },
    { after: { count: 0, total: Number.POSITIVE_INFINITY } },
  ])('refuses counts %j: InvalidFeedbackCount', (counts) => {
    given(...reach('evaluating'))
      .when(evaluate(counts))
      .thenRefused({ rule: 'InvalidFeedbackCount', kind: 'rule_violated' });
  });

  it('accepts zero counts, before and after', () => {
    given(...reach('evaluating'))
      .when(evaluate({ before: { count: 0, total: 0 }, after: { count: 0, total: 0 } }))
      .then(expect.objectContaining({ type: 'EffectEvaluated' }));
  });

  it.each([0, -7, 2.5])('refuses a window of %d days: InvalidWindow', (windowDays) => {
    given(...reach('evaluating'))
      .when(evaluate({ windowDays }))
      .thenRefused({ rule: 'InvalidWindow', kind: 'rule_violated' });
  });

  it('refuses a note longer than 5000 characters: NoteTooLong', () => {
    given(...reach('evaluating'))
      .when(evaluate({ note: '效'.repeat(5001) }))
      .thenRefused({
        rule: 'NoteTooLong',
        kind: 'rule_violated',
        message: 'note must be at most 5000 characters',
      });
  });

  it('refuses a check on a closed problem', () => {
    given(...reach('closed'))
      .when(evaluate())
      .thenRefused({ rule: 'EvaluateEffectNotAllowedWhenClosed', kind: 'illegal_transition' });
  });

  it('refuses a check on a problem never opened: ProblemNotFound', () => {
    given().when(evaluate()).thenRefused({ rule: 'ProblemNotFound', kind: 'not_found' });
  });
});
