import { effectChange, effectSentence, effectSubject, effectWindows } from './effect-check';
import type { Problem } from './problem-state';

const problem = (completedAt: readonly (string | undefined)[]): Problem => ({
  id: 'p-1',
  status: 'evaluating',
  title: 'late deliveries',
  topics: ['delivery'],
  origin: 'repeat_cluster',
  feedbackIds: ['f-1'],
  openedBy: 'supervisor-chen',
  openedAt: '2023-09-01T00:00:00.000Z',
  actions: completedAt.map((at, i) => ({
    actionId: `a-${i}`,
    description: 'second courier',
    ownerDepartment: 'Logistics',
    owner: 'zhao.min',
    dueAt: '2023-10-01T00:00:00.000Z',
    plannedAt: '2023-09-02T00:00:00.000Z',
    ...(at && { completedAt: at }),
  })),
  evaluations: [],
  updatedAt: '2023-09-02T00:00:00.000Z',
});

describe('the effect check of a problem', () => {
  it('compares equal windows either side of the latest completed action', () => {
    const windows = effectWindows(
      problem(['2023-09-10T08:00:00Z', '2023-09-15T08:00:00Z']),
      '2023-11-01T00:00:00Z',
    );
    expect(windows).toEqual({
      pivot: '2023-09-15T08:00:00.000Z',
      windowDays: 30,
      before: { from: '2023-08-16T08:00:00.000Z', to: '2023-09-15T08:00:00.000Z' },
      after: { from: '2023-09-15T08:00:00.000Z', to: '2023-10-15T08:00:00.000Z' },
    });
  });

  it('takes only the days that have passed when none are asked for, and refuses more', () => {
    const recent = problem(['2023-10-20T00:00:00Z']);
    expect(effectWindows(recent, '2023-10-27T12:00:00Z')).toMatchObject({ windowDays: 7 });
    expect(effectWindows(recent, '2023-10-27T12:00:00Z', 14)).toMatchObject({ reason: 'window_not_elapsed' });
    expect(effectWindows(recent, '2023-10-20T12:00:00Z')).toMatchObject({ reason: 'window_not_elapsed' });
    expect(effectWindows(problem([undefined]), '2023-12-01T00:00:00Z')).toMatchObject({
      reason: 'no_action_completed',
    });
  });

  it('gives rates, the change of the count, and the report sentence', () => {
    const before = { count: 57, total: 400 };
    const after = { count: 20, total: 380 };
    expect(effectChange(before, after)).toEqual({ beforeRate: 0.143, afterRate: 0.053, countChange: -0.649 });
    expect(effectSentence('feedback on delivery', before, after, 30)).toBe(
      'feedback on delivery fell 65 % in the 30 days after the corrective actions (20 against 57)',
    );
    expect(effectSentence('complaint feedback', { count: 4, total: 9 }, { count: 6, total: 9 }, 7)).toMatch(
      /rose 50 %/,
    );
    expect(effectChange({ count: 0, total: 0 }, after)).toMatchObject({
      beforeRate: null,
      countChange: null,
    });
    expect(effectSubject({ topics: [], category: 'complaint' })).toBe('complaint feedback');
  });
});
