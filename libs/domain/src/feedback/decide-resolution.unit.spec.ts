import type { Status } from './feedback-vocabulary';
import { NOW, PATHS, SAMPLES, at, command, given, history, reach, receive } from '../testing/given-when-then';

const coupon = { type: 'coupon', amount: 100, currency: 'CNY' };

const phoneWork = [
  receive(SAMPLES.phone, { at: at(-300) }),
  command('Classify', { category: 'complaint', priority: 'P2', severity: 'general' }, { at: at(-290) }),
  command('Assign', { department: 'customer_service', assignee: 'supervisor-chen' }, { at: at(-280) }),
  command('Acknowledge', {}, { by: 'supervisor-chen', at: at(-270) }),
];
const phoneInProgress = history(...phoneWork);
const resolveWithCoupon = command(
  'Resolve',
  { solution: '致歉並發放優惠券', kind: 'compensation', compensation: coupon, rootCause: '排班不足' },
  { by: 'supervisor-chen', at: at(-60) },
);
const phoneResolved = history(...phoneWork, resolveWithCoupon);

describe('Resolve', () => {
  it('resolves the phone complaint with a 100 CNY coupon as compensation', () => {
    const ticket = given(...phoneInProgress)
      .when(command('Resolve', resolveWithCoupon.data, { by: 'supervisor-chen' }))
      .then({
        type: 'FeedbackResolved',
        data: { ...resolveWithCoupon.data, by: 'supervisor-chen', resolvedAt: NOW },
      });
    expect(ticket.status).toBe('resolved');
    expect(ticket.resolution).toEqual({
      solution: '致歉並發放優惠券',
      kind: 'compensation',
      compensation: { type: 'coupon', amount: 100, currency: 'CNY' },
      rootCause: '排班不足',
      by: 'supervisor-chen',
      resolvedAt: NOW,
    });
  });

  it('refuses compensation that does not say what was given: CompensationRequired', () => {
    given(...phoneInProgress)
      .when(command('Resolve', { solution: '致歉', kind: 'compensation' }))
      .thenRefused({ rule: 'CompensationRequired', kind: 'rule_violated' });
  });

  it.each<Status>(['in_progress', 'pending_test', 'pending_customer'])('resolves a %s ticket', (status) => {
    const ticket = given(...reach(status))
      .when(command('Resolve', { solution: 'explained the setting', kind: 'information' }))
      .then({
        type: 'FeedbackResolved',
        data: { solution: 'explained the setting', kind: 'information', by: 'agent-wang', resolvedAt: NOW },
      });
    expect(ticket.status).toBe('resolved');
  });

  it.each<[Status, string]>([
    ['assigned', 'ResolveNotAllowedWhenAssigned'],
    ['awaiting_info', 'ResolveNotAllowedWhenAwaitingInfo'],
    ['resolved', 'ResolveNotAllowedWhenResolved'],
    ['reopened', 'ResolveNotAllowedWhenReopened'],
  ])('refuses to resolve a %s ticket: %s', (status, rule) => {
    given(...reach(status))
      .when(command('Resolve', { solution: 's', kind: 'fix' }))
      .thenRefused({ rule, kind: 'illegal_transition', status });
  });
});

describe('RecordSatisfaction', () => {
  it('closes the phone complaint rated basically satisfied', () => {
    const ticket = given(...phoneResolved)
      .when(
        command('RecordSatisfaction', { rating: 'basically_satisfied', score: 4 }, { by: 'callback-zhou' }),
      )
      .then(
        {
          type: 'SatisfactionRecorded',
          data: { rating: 'basically_satisfied', score: 4, by: 'callback-zhou', recordedAt: NOW },
        },
        {
          type: 'FeedbackClosed',
          data: { reason: 'customer basically_satisfied', by: 'callback-zhou', closedAt: NOW },
        },
      );
    expect(ticket.status).toBe('closed');
    expect(ticket.satisfaction).toEqual({ rating: 'basically_satisfied', score: 4, recordedAt: NOW });
    expect(ticket.resolution?.compensation).toEqual(coupon);
    expect(ticket.reopenCount).toBe(0);
  });

  it('closes a ticket rated satisfied', () => {
    const ticket = given(...reach('resolved'))
      .when(command('RecordSatisfaction', { rating: 'satisfied', comment: '很快' }))
      .then(
        {
          type: 'SatisfactionRecorded',
          data: { rating: 'satisfied', comment: '很快', by: 'agent-wang', recordedAt: NOW },
        },
        { type: 'FeedbackClosed', data: { reason: 'customer satisfied', by: 'agent-wang', closedAt: NOW } },
      );
    expect(ticket.status).toBe('closed');
  });

  it('reopens a ticket rated dissatisfied, with the comment as the reason', () => {
    const ticket = given(...phoneResolved)
      .when(command('RecordSatisfaction', { rating: 'dissatisfied', score: 1, comment: '補償太少' }))
      .then(
        {
          type: 'SatisfactionRecorded',
          data: { rating: 'dissatisfied', score: 1, comment: '補償太少', by: 'agent-wang', recordedAt: NOW },
        },
        {
          type: 'FeedbackReopened',
          data: { reason: 'customer dissatisfied: 補償太少', by: 'agent-wang', reopenedAt: NOW },
        },
      );
    expect(ticket).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      satisfaction: { rating: 'dissatisfied' },
    });
  });

  it('reopens without a comment and counts every reopening', () => {
    const secondRound = history(
      ...PATHS.reopened,
      command('UpdateProgress', { note: 'again' }, { at: at(-10) }),
      command('Resolve', { solution: 'index added', kind: 'fix' }, { at: at(-5) }),
    );
    const ticket = given(...secondRound)
      .when(command('RecordSatisfaction', { rating: 'dissatisfied' }))
      .then(expect.objectContaining({ type: 'SatisfactionRecorded' }), {
        type: 'FeedbackReopened',
        data: { reason: 'customer dissatisfied', by: 'agent-wang', reopenedAt: NOW },
      });
    expect(ticket.reopenCount).toBe(2);
  });

  it.each([1, 5])('accepts the score %d', (score) => {
    given(...reach('resolved'))
      .when(command('RecordSatisfaction', { rating: 'satisfied', score }))
      .then(expect.objectContaining({ data: expect.objectContaining({ score }) }), expect.anything());
  });

  it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses the score %p: ScoreOutOfRange',
    (score) => {
      const refusal = given(...reach('resolved'))
        .when(command('RecordSatisfaction', { rating: 'satisfied', score }))
        .thenRefused({ rule: 'ScoreOutOfRange', kind: 'rule_violated' });
      expect(refusal.message).toContain(String(score));
    },
  );

  it.each<[Status, string]>([
    ['in_progress', 'RecordSatisfactionNotAllowedWhenInProgress'],
    ['closed', 'RecordSatisfactionNotAllowedWhenClosed'],
    ['reopened', 'RecordSatisfactionNotAllowedWhenReopened'],
  ])('refuses a rating on a %s ticket: %s', (status, rule) => {
    const refusal = given(...reach(status))
      .when(command('RecordSatisfaction', { rating: 'satisfied' }))
      .thenRefused({ rule, kind: 'illegal_transition', status });
    expect(refusal.message).toContain('it is allowed when the ticket is resolved');
  });
});
