import { NOW, PATHS, command, given, history, reach } from '../testing/given-when-then';
import { acknowledgedMonday, rulesWith, sh, ticketAfter } from '../testing/sla-scenario';
import { slaSchedule } from '../sla/sla-schedule';

const opinion = (department: string, text = 'agree with the fix') =>
  command('GiveOpinion', { department, opinion: text }, { by: 'pm-zhao' });

describe('GiveOpinion', () => {
  it('records a collaborating department’s opinion on the assignment', () => {
    const ticket = given(...reach('in_progress'))
      .when(opinion('product'))
      .then({
        type: 'CollaboratorOpinionGiven',
        data: { department: 'product', opinion: 'agree with the fix', by: 'pm-zhao', givenAt: NOW },
      });
    expect(ticket.assignment?.opinions).toEqual([
      { department: 'product', opinion: 'agree with the fix', by: 'pm-zhao', givenAt: NOW },
    ]);
    expect(ticket.status).toBe('in_progress');
  });

  it('refuses a department that is not a collaborator, naming those that are', () => {
    const refusal = given(...reach('assigned'))
      .when(opinion('finance'))
      .thenRefused({ rule: 'NotACollaborator', kind: 'rule_violated' });
    expect(refusal.message).toBe(
      'finance is not a collaborator on this ticket; its collaborators are product',
    );
  });

  it('refuses a second opinion from the same department, and a blank one', () => {
    const given1 = history(...PATHS.assigned, opinion('product'));
    given(...given1)
      .when(opinion('product', 'changed my mind'))
      .thenRefused('OpinionAlreadyGiven');
    given(...reach('assigned'))
      .when(opinion('product', '   '))
      .thenRefused('OpinionRequired');
  });

  it('asks again after a reassignment: opinions belong to one assignment', () => {
    const reassigned = history(
      ...PATHS.assigned,
      opinion('product'),
      command('Assign', { department: 'technology', assignee: 'dev-zhou', collaborators: ['product'] }),
    );
    given(...reassigned)
      .when(opinion('product'))
      .then(expect.objectContaining({ type: 'CollaboratorOpinionGiven' }));
  });
});

describe('the opinion deadline', () => {
  const rules = rulesWith();

  it('gives each collaborator one working day from the assignment, until it answers', () => {
    const assigned = ticketAfter(...acknowledgedMonday('P3').slice(0, 2), [
      '2024-09-02 16:00',
      (at) =>
        command('Assign', { department: 'technology', collaborators: ['product', 'logistics'] }, { at }),
    ]);
    const opinions = slaSchedule(assigned, rules).filter((deadline) => deadline.kind === 'opinion');
    expect(opinions.map(({ key, department, dueAt }) => ({ key, department, dueAt }))).toEqual([
      {
        key: `opinion/product/${sh('2024-09-02 16:00')}`,
        department: 'product',
        dueAt: sh('2024-09-03 16:00'),
      },
      {
        key: `opinion/logistics/${sh('2024-09-02 16:00')}`,
        department: 'logistics',
        dueAt: sh('2024-09-03 16:00'),
      },
    ]);
    const answered = ticketAfter(
      ...acknowledgedMonday('P3').slice(0, 2),
      [
        '2024-09-02 16:00',
        (at) => command('Assign', { department: 'technology', collaborators: ['product'] }, { at }),
      ],
      ['2024-09-03 10:00', (at) => command('GiveOpinion', { department: 'product', opinion: 'ok' }, { at })],
    );
    expect(slaSchedule(answered, rules).some((deadline) => deadline.kind === 'opinion')).toBe(false);
  });
});
