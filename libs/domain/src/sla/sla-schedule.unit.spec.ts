import { acknowledgedMonday, classifiedAt, rulesWith, sh, step, ticketAfter } from '../testing/sla-scenario';
import { slaDueTimes, slaSchedule } from './sla-schedule';

const rules = rulesWith();
const kinds = (deadlines: ReturnType<typeof slaSchedule>) =>
  deadlines.map(({ kind, target, at, dueAt }) => ({ kind, target, at, dueAt }));

describe('due times in the business calendar (SPEC §7 known cases)', () => {
  it('a P2 received Friday 17:00 before the Mid-Autumn holiday runs across the make-up Saturday', () => {
    const ticket = ticketAfter(...classifiedAt('2024-09-13 17:00', 'P2'));
    expect(slaDueTimes(ticket, rules)).toEqual({
      priority: 'P2',
      // One working day: 1 h on Friday, 7 h on the make-up Saturday 14th.
      responseDueAt: sh('2024-09-14 17:00'),
      // Three working days: the 15th–17th are off, so Friday, Saturday, Wednesday and most of Thursday.
      resolutionDueAt: sh('2024-09-19 17:00'),
      paused: false,
    });
  });

  it('a P3 received Wednesday counts the make-up Saturday of 12 October as a working day', () => {
    const ticket = ticketAfter(...classifiedAt('2024-10-09 10:00', 'P3'));
    const due = slaDueTimes(ticket, rules);
    expect(due.responseDueAt).toBe(sh('2024-10-12 10:00'));
    expect(due.resolutionDueAt).toBe(sh('2024-10-17 10:00'));
  });

  it('a P1 received at 23:00 is measured in calendar hours, through the night', () => {
    const ticket = ticketAfter(
      ['2024-09-13 23:00', step.receive()],
      ['2024-09-13 23:05', step.classify('P1')],
    );
    expect(slaDueTimes(ticket, rules)).toMatchObject({
      responseDueAt: sh('2024-09-14 01:00'),
      resolutionDueAt: sh('2024-09-14 23:00'),
    });
    expect(kinds(slaSchedule(ticket, rules)).slice(0, 2)).toEqual([
      { kind: 'warning', target: 'response', at: sh('2024-09-14 00:30'), dueAt: sh('2024-09-14 01:00') },
      { kind: 'breach', target: 'response', at: sh('2024-09-14 01:00'), dueAt: sh('2024-09-14 01:00') },
    ]);
  });

  it('before classification the company-wide aim applies: one and two working days', () => {
    const ticket = ticketAfter(['2024-09-02 09:00', step.receive()]);
    expect(slaDueTimes(ticket, rules)).toEqual({
      priority: 'unclassified',
      responseDueAt: sh('2024-09-02 18:00'),
      resolutionDueAt: sh('2024-09-03 18:00'),
      paused: false,
    });
  });

  it('a P4 has no resolution target (roadmap)', () => {
    const ticket = ticketAfter(...classifiedAt('2024-09-02 09:00', 'P4'));
    expect(slaDueTimes(ticket, rules).resolutionDueAt).toBeUndefined();
    expect(slaSchedule(ticket, rules).map((d) => d.target)).toEqual(['response', 'response']);
  });

  it('a change of priority recomputes the due times', () => {
    const p3 = ticketAfter(...classifiedAt('2024-09-02 09:00', 'P3'));
    const p1 = ticketAfter(...classifiedAt('2024-09-02 09:00', 'P3'), [
      '2024-09-02 10:00',
      step.classify('P1'),
    ]);
    expect(slaDueTimes(p3, rules).responseDueAt).toBe(sh('2024-09-04 18:00'));
    expect(slaDueTimes(p1, rules).responseDueAt).toBe(sh('2024-09-02 11:00'));
  });
});

describe('the resolution clock pauses while the ticket waits for the customer', () => {
  const started: Parameters<typeof ticketAfter> = [
    ...classifiedAt('2024-09-02 09:00', 'P2'),
    ['2024-09-02 09:30', step.assign()],
    ['2024-09-02 10:00', step.acknowledge()],
    ['2024-09-02 11:00', step.progress('pending_customer')],
  ];

  it('has no resolution due time while paused, and no resolution facts scheduled', () => {
    const ticket = ticketAfter(...started);
    expect(slaDueTimes(ticket, rules)).toMatchObject({ paused: true, resolutionDueAt: undefined });
    expect(slaSchedule(ticket, rules)).toEqual([]);
  });

  it('moves the deadline and the warning by the working time paused', () => {
    const ticket = ticketAfter(...started, ['2024-09-03 11:00', step.progress('in_progress')]);
    // Without the pause: Wednesday 18:00. Paused Monday 11:00 to Tuesday 11:00 = 8 working hours.
    expect(slaDueTimes(ticket, rules).resolutionDueAt).toBe(sh('2024-09-05 18:00'));
    expect(kinds(slaSchedule(ticket, rules)).filter((d) => d.target === 'resolution')).toEqual([
      { kind: 'warning', target: 'resolution', at: sh('2024-09-05 11:00'), dueAt: sh('2024-09-05 18:00') },
      { kind: 'breach', target: 'resolution', at: sh('2024-09-05 18:00'), dueAt: sh('2024-09-05 18:00') },
    ]);
  });

  it('pauses the same way while information is asked for', () => {
    const ticket = ticketAfter(
      ...classifiedAt('2024-09-02 09:00', 'P2'),
      ['2024-09-02 11:00', step.ask()],
      ['2024-09-03 11:00', step.answer()],
    );
    expect(ticket.sla.respondedAt).toBe(sh('2024-09-02 11:00'));
    expect(slaDueTimes(ticket, rules).resolutionDueAt).toBe(sh('2024-09-05 18:00'));
  });

  it('pauses a P1, counted in calendar hours, by the wall-clock length of the pause', () => {
    const ticket = ticketAfter(
      ...acknowledgedMonday('P1'),
      ['2024-09-02 10:00', step.progress('pending_customer')],
      ['2024-09-02 13:00', step.progress('in_progress')],
    );
    expect(slaDueTimes(ticket, rules).resolutionDueAt).toBe(sh('2024-09-03 12:00'));
  });
});

describe('assignment, progress and follow-up deadlines', () => {
  it('the assignee acknowledges within 2 working hours (P2)', () => {
    const ticket = ticketAfter(...classifiedAt('2024-09-02 16:00', 'P2'), [
      '2024-09-02 17:00',
      step.assign(),
    ]);
    expect(kinds(slaSchedule(ticket, rules)).find((d) => d.kind === 'acknowledgement')).toEqual({
      kind: 'acknowledgement',
      target: undefined,
      at: sh('2024-09-03 10:00'),
      dueAt: sh('2024-09-03 10:00'),
    });
  });

  it('a P1 assignee acknowledges within one calendar hour, and then updates daily', () => {
    const assigned = ticketAfter(...classifiedAt('2024-09-02 23:00', 'P1'), [
      '2024-09-02 23:10',
      step.assign(),
    ]);
    expect(slaSchedule(assigned, rules).find((d) => d.kind === 'acknowledgement')?.at).toBe(
      sh('2024-09-03 00:10'),
    );
    const working = ticketAfter(
      ...classifiedAt('2024-09-02 23:00', 'P1'),
      ['2024-09-02 23:10', step.assign()],
      ['2024-09-02 23:20', step.acknowledge()],
      ['2024-09-03 08:00', step.progress()],
    );
    const progress = slaSchedule(working, rules).find((d) => d.kind === 'progress');
    expect(progress).toMatchObject({ at: sh('2024-09-04 08:00'), since: sh('2024-09-03 08:00') });
    expect(slaSchedule(working, rules).some((d) => d.kind === 'acknowledgement')).toBe(false);
  });

  it('a P3 has no progress cadence', () => {
    const ticket = ticketAfter(...acknowledgedMonday('P3'));
    expect(slaSchedule(ticket, rules).map((d) => d.kind)).not.toContain('progress');
  });

  it('a resolved ticket is followed up within 3 working days, reminded at 75 %, until rated', () => {
    const resolved: Parameters<typeof ticketAfter> = [
      ...acknowledgedMonday('P2'),
      ['2024-09-02 10:00', step.resolve()],
    ];
    expect(kinds(slaSchedule(ticketAfter(...resolved), rules))).toEqual([
      { kind: 'follow_up', target: undefined, at: sh('2024-09-04 12:00'), dueAt: sh('2024-09-05 10:00') },
    ]);
    expect(slaSchedule(ticketAfter(...resolved, ['2024-09-03 10:00', step.rate()]), rules)).toEqual([]);
  });

  it('a reopened ticket starts a new resolution cycle from the reopening', () => {
    const ticket = ticketAfter(
      ...acknowledgedMonday('P2'),
      ['2024-09-02 10:00', step.resolve()],
      ['2024-09-09 09:00', step.reopen()],
    );
    const resolution = slaSchedule(ticket, rules).filter((d) => d.target === 'resolution');
    expect(resolution.map((d) => [d.key, d.dueAt])).toEqual([
      ['resolution/P2/c1/warning', sh('2024-09-11 18:00')],
      ['resolution/P2/c1/breach', sh('2024-09-11 18:00')],
    ]);
  });

  it('a closed ticket has nothing scheduled', () => {
    const ticket = ticketAfter(
      ...acknowledgedMonday('P2'),
      ['2024-09-02 10:00', step.resolve()],
      ['2024-09-02 11:00', step.rate()],
    );
    expect(ticket.status).toBe('closed');
    expect(slaSchedule(ticket, rules)).toEqual([]);
  });
});

describe('facts already recorded', () => {
  it('leave the schedule, and a breach takes its unrecorded warning with it', () => {
    const ticket = ticketAfter(...classifiedAt('2024-09-02 09:00', 'P2'));
    const breached = {
      ...ticket,
      sla: { ...ticket.sla, recorded: ['response/P2/c0/breach'] },
    };
    expect(slaSchedule(ticket, rules).map((d) => d.key)).toEqual([
      'response/P2/c0/warning',
      'response/P2/c0/breach',
      'resolution/P2/c0/warning',
      'resolution/P2/c0/breach',
    ]);
    expect(slaSchedule(breached, rules).map((d) => d.key)).toEqual([
      'resolution/P2/c0/warning',
      'resolution/P2/c0/breach',
    ]);
  });
});
