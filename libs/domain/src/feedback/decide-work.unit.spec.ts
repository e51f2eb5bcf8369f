import type { Status, WorkStatus } from './feedback-vocabulary';
import { NOW, command, given, reach } from '../testing/given-when-then';

const progressed = (status: WorkStatus, note: string, by = 'dev-li') => ({
  type: 'ProgressUpdated' as const,
  data: { status, note, by, updatedAt: NOW },
});

describe('UpdateProgress', () => {
  it.each<WorkStatus>(['in_progress', 'pending_test', 'pending_customer'])(
    'without a status keeps a %s ticket where it is and records the note',
    (status) => {
      const ticket = given(...reach(status))
        .when(command('UpdateProgress', { note: '查到慢查詢' }, { by: 'dev-li' }))
        .then(progressed(status, '查到慢查詢'));
      expect(ticket.status).toBe(status);
      expect(ticket.lastProgress).toEqual({ status, note: '查到慢查詢', at: NOW });
      expect(ticket.updatedAt).toBe(NOW);
    },
  );

  it.each<[Status, WorkStatus]>([
    ['in_progress', 'pending_test'],
    ['pending_test', 'in_progress'],
    ['pending_test', 'pending_customer'],
    ['pending_customer', 'in_progress'],
    ['in_progress', 'pending_customer'],
  ])('moves a %s ticket to the %s it names', (from, to) => {
    const ticket = given(...reach(from))
      .when(command('UpdateProgress', { status: to, note: 'moved' }, { by: 'dev-li' }))
      .then(progressed(to, 'moved'));
    expect(ticket.status).toBe(to);
    expect(ticket.lastProgress?.status).toBe(to);
  });

  it('without a status resumes a reopened ticket in progress', () => {
    const ticket = given(...reach('reopened'))
      .when(command('UpdateProgress', { note: 'looking again' }, { by: 'dev-li' }))
      .then(progressed('in_progress', 'looking again'));
    expect(ticket).toMatchObject({ status: 'in_progress', reopenCount: 1 });
  });

  it('moves a reopened ticket to the status it names', () => {
    const ticket = given(...reach('reopened'))
      .when(
        command(
          'UpdateProgress',
          { status: 'pending_customer', note: 'asked for a retry' },
          { by: 'dev-li' },
        ),
      )
      .then(progressed('pending_customer', 'asked for a retry'));
    expect(ticket.status).toBe('pending_customer');
  });

  it('keeps the assignment and classification while work goes on', () => {
    const before = given(...reach('in_progress'));
    const ticket = before
      .when(command('UpdateProgress', { status: 'pending_test', note: 'n' }))
      .then(progressed('pending_test', 'n', 'agent-wang'));
    expect(ticket.assignment).toEqual(before.state?.assignment);
    expect(ticket.classification).toEqual(before.state?.classification);
  });

  it('refuses on an assigned ticket until the assignee acknowledges it', () => {
    const refusal = given(...reach('assigned'))
      .when(command('UpdateProgress', { note: 'started' }))
      .thenRefused({
        rule: 'UpdateProgressNotAllowedWhenAssigned',
        kind: 'illegal_transition',
        status: 'assigned',
      });
    expect(refusal.message).toContain('the assignee must acknowledge it first');
    expect(refusal.message).toContain('in_progress, pending_test, pending_customer, reopened');
  });

  it('refuses while the ticket waits for the customer', () => {
    const refusal = given(...reach('awaiting_info'))
      .when(command('UpdateProgress', { status: 'in_progress', note: 'x' }))
      .thenRefused({ rule: 'UpdateProgressNotAllowedWhenAwaitingInfo', status: 'awaiting_info' });
    expect(refusal.message).toContain('waiting for information from the customer');
  });

  it.each<[Status, string]>([
    ['received', 'UpdateProgressNotAllowedWhenReceived'],
    ['triaged', 'UpdateProgressNotAllowedWhenTriaged'],
    ['resolved', 'UpdateProgressNotAllowedWhenResolved'],
    ['closed', 'UpdateProgressNotAllowedWhenClosed'],
  ])('refuses on a %s ticket: %s', (status, rule) => {
    given(...reach(status))
      .when(command('UpdateProgress', { note: 'x' }))
      .thenRefused({ rule, kind: 'illegal_transition', status });
  });
});
