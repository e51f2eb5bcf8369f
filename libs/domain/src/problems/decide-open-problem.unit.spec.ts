import { NOW, PROBLEM_ID, TICKETS, command, given, open, reach } from './testing/problem-given-when-then';
import type { OpenProblem } from './problem-commands';

const openWith = (data: Partial<OpenProblem['data']>) => command('OpenProblem', { ...open().data, ...data });

describe('OpenProblem', () => {
  it('opens a problem on the tickets that show it, each recorded once', () => {
    const problem = given()
      .when(
        openWith({
          description: 'many customers report a slow first page',
          feedbackIds: [TICKETS[0], TICKETS[1], TICKETS[0]],
          topics: ['performance', 'performance', 'account'],
        }),
      )
      .then({
        type: 'ProblemOpened',
        data: {
          problemId: PROBLEM_ID,
          title: '登錄後頁面加載卡頓',
          description: 'many customers report a slow first page',
          category: 'function_issue',
          topics: ['performance', 'account'],
          origin: 'repeat_cluster',
          feedbackIds: [TICKETS[0], TICKETS[1]],
          by: 'qa-liu',
          openedAt: NOW,
        },
      });
    expect(problem).toMatchObject({
      id: PROBLEM_ID,
      status: 'open',
      feedbackIds: [TICKETS[0], TICKETS[1]],
      actions: [],
      evaluations: [],
      openedBy: 'qa-liu',
      updatedAt: NOW,
    });
    expect(problem.rootCause).toBeUndefined();
  });

  it('opens a manual problem on a single ticket, without category or topics', () => {
    const problem = given()
      .when(
        command('OpenProblem', {
          problemId: PROBLEM_ID,
          title: 'export button missing',
          origin: 'manual',
          feedbackIds: [TICKETS[2]],
        }),
      )
      .then(expect.objectContaining({ type: 'ProblemOpened' }));
    expect(problem).toMatchObject({ origin: 'manual', topics: [], feedbackIds: [TICKETS[2]] });
    expect(problem.category).toBeUndefined();
  });

  it('refuses to open the same problem twice: ProblemAlreadyOpened', () => {
    const refusal = given(...reach('open'))
      .when(open())
      .thenRefused({ rule: 'ProblemAlreadyOpened', kind: 'already_exists' });
    expect(refusal.message).toContain(PROBLEM_ID);
  });

  it.each(['', '   '])('refuses a blank title %j: TitleRequired', (title) => {
    given()
      .when(openWith({ title }))
      .thenRefused({ rule: 'TitleRequired', kind: 'rule_violated', message: 'title must not be blank' });
  });

  it('refuses a title longer than 200 characters, counting code points', () => {
    given()
      .when(openWith({ title: '卡'.repeat(201) }))
      .thenRefused({ rule: 'TitleTooLong', message: 'title must be at most 200 characters' });
    given()
      .when(openWith({ title: '😀'.repeat(200) }))
      .then(expect.objectContaining({ type: 'ProblemOpened' }));
  });

  it.each(['manual', 'repeat_cluster', 'spike'] as const)(
    'refuses a %s problem without tickets: FeedbackRequired',
    (origin) => {
      const refusal = given()
        .when(openWith({ origin, feedbackIds: [] }))
        .thenRefused({ rule: 'FeedbackRequired', kind: 'rule_violated' });
      expect(refusal.message).toContain(`a ${origin} problem must group at least one ticket`);
    },
  );

  it('refuses a blank ticket id among the tickets', () => {
    given()
      .when(openWith({ feedbackIds: [TICKETS[0], ' '] }))
      .thenRefused('FeedbackRequired');
  });
});
