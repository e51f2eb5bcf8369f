import {
  PROBLEM_ID,
  PROBLEM_PATHS,
  TICKETS,
  at,
  complete,
  history,
  plan,
  problemOf,
  reach,
} from './testing/problem-given-when-then';
import { PROBLEM_EVENT_TYPES, asProblemEvent, problemStreamId, type ProblemEvent } from './problem-events';
import { evolveProblem } from './problem-state';
import { PROBLEM_STATUSES } from './problem-vocabulary';

const statusesAlong = (events: readonly ProblemEvent[]) =>
  events.map((_, index) => problemOf(events.slice(0, index + 1))?.status);

describe('evolveProblem', () => {
  it('walks the cycle: open, analysed, acting, evaluating, closed', () => {
    expect(statusesAlong(reach('closed'))).toEqual(PROBLEM_STATUSES);
  });

  it.each(PROBLEM_STATUSES)('each sample path ends %s', (status) => {
    expect(problemOf(reach(status))?.status).toBe(status);
  });

  it('goes back to acting when an action is planned while evaluating, and on once it is done', () => {
    const events = history(...PROBLEM_PATHS.evaluating, plan('A2'), complete('A2'));
    expect(statusesAlong(events).slice(-3)).toEqual(['evaluating', 'acting', 'evaluating']);
  });

  it('stays acting until the last of several actions is done', () => {
    const events = history(...PROBLEM_PATHS.analysed, plan('A1'), plan('A2'), complete('A2'), complete('A1'));
    expect(statusesAlong(events).slice(-4)).toEqual(['acting', 'acting', 'acting', 'evaluating']);
  });

  it('ignores events of a problem not yet opened', () => {
    for (const event of reach('closed').slice(1)) expect(evolveProblem(undefined, event)).toBeUndefined();
  });

  it('does not change the state it is given', () => {
    const before = problemOf(reach('acting'));
    const snapshot = structuredClone(before);
    evolveProblem(before, {
      type: 'TicketLinkedToProblem',
      data: { feedbackId: TICKETS[2], by: 'x', linkedAt: at(1) },
    });
    expect(before).toEqual(snapshot);
  });

  it('gives the same problem for the same events', () => {
    expect(problemOf(reach('closed'))).toEqual(problemOf(reach('closed')));
  });
});

describe('problem events as stored', () => {
  it('reads every known type and nothing else', () => {
    for (const event of reach('closed')) expect(asProblemEvent(event)).toEqual(event);
    expect(asProblemEvent({ type: 'FeedbackReceived', data: {} })).toBeUndefined();
    expect(PROBLEM_EVENT_TYPES).toHaveLength(new Set(PROBLEM_EVENT_TYPES).size);
  });

  it('keeps each problem in a stream of its own', () => {
    expect(problemStreamId(PROBLEM_ID)).toBe(`problem-${PROBLEM_ID}`);
  });
});
