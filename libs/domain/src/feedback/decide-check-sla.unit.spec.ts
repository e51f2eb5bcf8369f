import { command, given } from '../testing/given-when-then';
import { acknowledgedMonday, classifiedAt, rulesWith, sh, step, walk } from '../testing/sla-scenario';
import { slaSchedule } from '../sla/sla-schedule';
import { slaStateOf } from '../sla/sla-state';
import type { FeedbackEvent } from './feedback-events';
import type { Ticket } from './feedback-state';
import { stateOf } from '../testing/given-when-then';

const rules = rulesWith({ supervisors: { technology: 'sup-zhou' } });

/** The clock's command at a Shanghai time, with the schedule the handler would compute. */
const checkAt = (events: FeedbackEvent[], local: string) =>
  command(
    'CheckSla',
    { deadlines: slaSchedule(stateOf(events) as Ticket, rules) },
    { at: sh(local), by: 'sla-clock' },
  );

const fact = (key: string, dueAt: string, detectedAt: string) => ({
  key,
  dueAt: sh(dueAt),
  by: 'sla-clock',
  detectedAt: sh(detectedAt),
});

// A P2 received Monday 09:00: response due Monday 18:00 (warning 16:00), resolution Wednesday 18:00.
const p2 = walk(...classifiedAt('2024-09-02 09:00', 'P2'));

describe('CheckSla: given a ticket, when the clock looks at a time, then the facts that came due', () => {
  it('records nothing before the first warning point', () => {
    given(...p2)
      .when(checkAt(p2, '2024-09-02 14:59'))
      .then();
  });

  it('raises the response warning at 75 % of the target', () => {
    given(...p2)
      .when(checkAt(p2, '2024-09-02 16:00'))
      .then({
        type: 'SlaWarningRaised',
        data: {
          ...fact('response/P2/c0/warning', '2024-09-02 18:00', '2024-09-02 16:00'),
          target: 'response',
          priority: 'P2',
          warnAt: sh('2024-09-02 16:00'),
        },
      });
  });

  it('breaches and escalates to the default supervisor while no department owns the ticket', () => {
    const warned = [
      ...p2,
      ...given(...p2)
        .when(checkAt(p2, '2024-09-02 15:00'))
        .decisionEvents(),
    ];
    given(...warned)
      .when(checkAt(warned, '2024-09-02 18:30'))
      .then(
        {
          type: 'SlaBreached',
          data: {
            ...fact('response/P2/c0/breach', '2024-09-02 18:00', '2024-09-02 18:30'),
            target: 'response',
            priority: 'P2',
          },
        },
        {
          type: 'TicketEscalated',
          data: {
            ...fact('response/P2/c0/breach', '2024-09-02 18:00', '2024-09-02 18:30'),
            target: 'response',
            to: 'customer-service-supervisor',
            department: undefined,
            reason: `the response target (P2) was due at ${sh('2024-09-02 18:00')}`,
          },
        },
      );
  });

  it('skips a warning whose breach is due too: a late warning would tell the customer after the fact', () => {
    const events = given(...p2)
      .when(checkAt(p2, '2024-09-02 19:00'))
      .decisionEvents();
    expect(events.map((e) => e.type)).toEqual(['SlaBreached', 'TicketEscalated']);
  });

  it('records each fact once: a second look at the same time finds nothing new', () => {
    const first = given(...p2)
      .when(checkAt(p2, '2024-09-02 19:00'))
      .decisionEvents();
    const after = [...p2, ...first];
    given(...after)
      .when(checkAt(after, '2024-09-02 19:00'))
      .then();
  });

  it('warns of the resolution target and queues a delay notice to the customer on their channel', () => {
    const working = walk(
      ...classifiedAt('2024-09-02 09:00', 'P2'),
      ['2024-09-02 09:30', step.assign()],
      ['2024-09-02 10:00', step.acknowledge()],
      ['2024-09-04 09:00', step.progress()],
    );
    const events = given(...working)
      .when(checkAt(working, '2024-09-04 12:00'))
      .decisionEvents();
    expect(events).toEqual([
      {
        type: 'SlaWarningRaised',
        data: {
          ...fact('resolution/P2/c0/warning', '2024-09-04 18:00', '2024-09-04 12:00'),
          target: 'resolution',
          priority: 'P2',
          warnAt: sh('2024-09-04 11:00'),
        },
      },
      {
        type: 'CustomerDelayNoticeQueued',
        data: {
          ...fact('resolution/P2/c0/warning', '2024-09-04 18:00', '2024-09-04 12:00'),
          target: 'resolution',
          channel: 'app',
        },
      },
    ]);
    const ticket = stateOf(events, stateOf(working)) as Ticket;
    expect(slaStateOf(ticket, rules.policy)).toBe('at_risk');
  });

  it('escalates a resolution breach to the supervisor of the ticket department', () => {
    const working = walk(...acknowledgedMonday('P1'), ['2024-09-02 20:00', step.progress()]);
    const events = given(...working)
      .when(checkAt(working, '2024-09-03 09:30'))
      .decisionEvents();
    expect(events.map((e) => e.type)).toEqual(['SlaBreached', 'TicketEscalated']);
    expect(events[1].data).toMatchObject({ to: 'sup-zhou', department: 'technology', target: 'resolution' });
    const ticket = stateOf(events, stateOf(working)) as Ticket;
    expect(ticket.sla.escalatedTo).toBe('sup-zhou');
    expect(slaStateOf(ticket, rules.policy)).toBe('breached');
  });

  it('reports an unacknowledged assignment, a missing progress update and a due follow-up', () => {
    const assigned = walk(...classifiedAt('2024-09-02 09:00', 'P3'), ['2024-09-02 09:10', step.assign()]);
    expect(
      given(...assigned)
        .when(checkAt(assigned, '2024-09-02 11:10'))
        .decisionEvents(),
    ).toEqual([
      {
        type: 'AcknowledgementOverdue',
        data: {
          ...fact(`acknowledgement/${sh('2024-09-02 09:10')}`, '2024-09-02 11:10', '2024-09-02 11:10'),
          department: 'technology',
          assignee: 'dev-li',
          assignedAt: sh('2024-09-02 09:10'),
        },
      },
    ]);

    const p1 = walk(...acknowledgedMonday('P1'), ['2024-09-02 09:30', step.progress()]);
    const overdue = given(...p1)
      .when(checkAt(p1, '2024-09-03 09:30'))
      .decisionEvents();
    expect(overdue.find((e) => e.type === 'ProgressUpdateOverdue')?.data).toEqual({
      ...fact(`progress/${sh('2024-09-02 09:30')}`, '2024-09-03 09:30', '2024-09-03 09:30'),
      lastUpdateAt: sh('2024-09-02 09:30'),
    });

    const resolved = walk(...acknowledgedMonday('P1'), ['2024-09-02 10:00', step.resolve()]);
    expect(
      given(...resolved)
        .when(checkAt(resolved, '2024-09-04 12:00'))
        .decisionEvents(),
    ).toEqual([
      {
        type: 'FollowUpDue',
        data: {
          ...fact('follow_up/c0', '2024-09-05 10:00', '2024-09-04 12:00'),
          resolvedAt: sh('2024-09-02 10:00'),
        },
      },
    ]);
  });

  it('reports a collaborating department whose opinion is overdue', () => {
    const assigned = walk(...classifiedAt('2024-09-02 09:00', 'P3'), [
      '2024-09-02 09:10',
      (at) => command('Assign', { department: 'technology', collaborators: ['product'] }, { at }),
    ]);
    const events = given(...assigned)
      .when(checkAt(assigned, '2024-09-03 09:10'))
      .decisionEvents();
    expect(events.map((e) => e.type)).toEqual(['AcknowledgementOverdue', 'CollaboratorOpinionOverdue']);
    expect(events[1].data).toEqual({
      ...fact(`opinion/product/${sh('2024-09-02 09:10')}`, '2024-09-03 09:10', '2024-09-03 09:10'),
      department: 'product',
      assignedAt: sh('2024-09-02 09:10'),
    });
  });

  it('leaves the state paused while the ticket waits for the customer', () => {
    const waiting = walk(['2024-09-02 09:00', step.receive()], ['2024-09-02 10:00', step.ask()]);
    const ticket = stateOf(waiting) as Ticket;
    expect(slaStateOf(ticket, rules.policy)).toBe('paused');
    given(...waiting)
      .when(checkAt(waiting, '2024-12-31 09:00'))
      .then();
  });

  it('is refused on an archived ticket', () => {
    const archived = walk(
      ...acknowledgedMonday('P1'),
      ['2024-09-02 10:00', step.resolve()],
      ['2024-09-02 11:00', step.rate()],
      ['2024-09-02 12:00', (at: string) => command('Archive', {}, { at })],
    );
    given(...archived)
      .when(checkAt(archived, '2024-09-10 09:00'))
      .thenRefused('CheckSlaNotAllowedWhenArchived');
  });
});
