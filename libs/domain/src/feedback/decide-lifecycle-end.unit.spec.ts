import type { Status } from './feedback-vocabulary';
import {
  NOW,
  SAMPLE_COMMANDS,
  TICKET_COMMAND_TYPES,
  command,
  given,
  reach,
} from '../testing/given-when-then';

describe('Reopen and Close', () => {
  it.each<Status>(['resolved', 'closed'])('reopens a %s ticket, keeping its resolution', (status) => {
    const ticket = given(...reach(status))
      .when(command('Reopen', { reason: '問題再次出現' }, { by: 'supervisor-chen' }))
      .then({
        type: 'FeedbackReopened',
        data: { reason: '問題再次出現', by: 'supervisor-chen', reopenedAt: NOW },
      });
    expect(ticket).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      updatedAt: NOW,
      resolution: { kind: 'fix' },
    });
  });

  it.each<[Status, string]>([
    ['in_progress', 'ReopenNotAllowedWhenInProgress'],
    ['reopened', 'ReopenNotAllowedWhenReopened'],
  ])('refuses to reopen a %s ticket: %s', (status, rule) => {
    given(...reach(status))
      .when(command('Reopen', { reason: 'x' }))
      .thenRefused({ rule, kind: 'illegal_transition', status });
  });

  it('closes a resolved ticket without a rating, with a default reason', () => {
    const ticket = given(...reach('resolved'))
      .when(command('Close', {}))
      .then({
        type: 'FeedbackClosed',
        data: { reason: 'closed without a rating', by: 'agent-wang', closedAt: NOW },
      });
    expect(ticket.status).toBe('closed');
    expect(ticket.satisfaction).toBeUndefined();
  });

  it('closes with the reason given', () => {
    given(...reach('resolved'))
      .when(command('Close', { reason: '回訪三次未接通' }))
      .then({ type: 'FeedbackClosed', data: { reason: '回訪三次未接通', by: 'agent-wang', closedAt: NOW } });
  });

  it.each<[Status, string]>([
    ['in_progress', 'CloseNotAllowedWhenInProgress'],
    ['closed', 'CloseNotAllowedWhenClosed'],
    ['reopened', 'CloseNotAllowedWhenReopened'],
  ])('refuses to close a %s ticket: %s', (status, rule) => {
    given(...reach(status))
      .when(command('Close', {}))
      .thenRefused({ rule, kind: 'illegal_transition', status });
  });
});

describe('Archive', () => {
  it('archives a closed ticket', () => {
    const ticket = given(...reach('closed'))
      .when(command('Archive', { reason: 'retention' }, { by: 'auto' }))
      .then({ type: 'FeedbackArchived', data: { reason: 'retention', by: 'auto', archivedAt: NOW } });
    expect(ticket).toMatchObject({ status: 'archived', updatedAt: NOW });
  });

  it.each<Status>(['resolved', 'reopened', 'in_progress'])('refuses to archive a %s ticket', (status) => {
    given(...reach(status))
      .when(command('Archive', {}))
      .thenRefused({
        kind: 'illegal_transition',
        status,
        message: expect.stringContaining('allowed when the ticket is closed'),
      });
  });

  it('refuses to receive an archived ticket again: FeedbackAlreadyReceived', () => {
    given(...reach('archived'))
      .when(SAMPLE_COMMANDS.ReceiveFeedback)
      .thenRefused({ rule: 'FeedbackAlreadyReceived', kind: 'already_exists' });
  });

  it.each(TICKET_COMMAND_TYPES)('an archived ticket refuses %s as read-only', (type) => {
    const refusal = given(...reach('archived'))
      .when(SAMPLE_COMMANDS[type])
      .thenRefused({ rule: `${type}NotAllowedWhenArchived`, kind: 'illegal_transition', status: 'archived' });
    expect(refusal.message).toContain('archived tickets are read-only');
  });
});
