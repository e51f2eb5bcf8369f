import { NOW, command, given, reach, rootCause } from './testing/problem-given-when-then';
import type { RecordRootCause } from './problem-commands';
import type { ProblemStatus } from './problem-vocabulary';

const analysis = (data: Partial<RecordRootCause['data']> = {}) =>
  command('RecordRootCause', { ...rootCause().data, ...data }, { by: 'analyst-sun' });

describe('RecordRootCause', () => {
  it('records the analysis of an open problem, which is then analysed', () => {
    const problem = given(...reach('open'))
      .when(
        analysis({
          method: 'cause_and_effect',
          findings: 'fishbone: method and machine',
          causes: ['missing index', 'cold cache', 'missing index'],
        }),
      )
      .then({
        type: 'RootCauseRecorded',
        data: {
          method: 'cause_and_effect',
          findings: 'fishbone: method and machine',
          causes: ['missing index', 'cold cache'],
          by: 'analyst-sun',
          recordedAt: NOW,
        },
      });
    expect(problem.status).toBe('analysed');
    expect(problem.rootCause).toEqual({
      method: 'cause_and_effect',
      findings: 'fishbone: method and machine',
      causes: ['missing index', 'cold cache'],
      by: 'analyst-sun',
      recordedAt: NOW,
    });
  });

  it.each<ProblemStatus>(['analysed', 'acting', 'evaluating'])(
    'revises the analysis of a problem that is %s, replacing it and keeping the status',
    (status) => {
      const problem = given(...reach(status))
        .when(analysis({ method: 'comparison', causes: ['new app version'] }))
        .then(expect.objectContaining({ type: 'RootCauseRecorded' }));
      expect(problem.status).toBe(status);
      expect(problem.rootCause).toMatchObject({ method: 'comparison', causes: ['new app version'] });
    },
  );

  it('refuses blank findings: FindingsRequired', () => {
    given(...reach('open'))
      .when(analysis({ findings: ' ' }))
      .thenRefused({ rule: 'FindingsRequired', kind: 'rule_violated' });
  });

  it.each([[[]], [['missing index', '  ']]])('refuses causes %j: CauseRequired', (causes) => {
    const refusal = given(...reach('open'))
      .when(analysis({ causes }))
      .thenRefused({ rule: 'CauseRequired', kind: 'rule_violated' });
    expect(refusal.message).toContain('at least one cause');
  });

  it('refuses a cause longer than 1000 characters: CauseTooLong', () => {
    given(...reach('open'))
      .when(analysis({ causes: ['x'.repeat(1001)] }))
      .thenRefused('CauseTooLong');
  });

  it('refuses a revision once the problem is closed', () => {
    given(...reach('closed'))
      .when(analysis())
      .thenRefused({ rule: 'RecordRootCauseNotAllowedWhenClosed', kind: 'illegal_transition' });
  });

  it('refuses an analysis of a problem never opened: ProblemNotFound', () => {
    given().when(analysis()).thenRefused({ rule: 'ProblemNotFound', kind: 'not_found' });
  });
});
