import fc from 'fast-check';
import { PROBLEM_ID, TICKETS, at } from './testing/problem-given-when-then';
import { decideProblem } from './decide-problem';
import type { ProblemCommand } from './problem-commands';
import type { ProblemEvent } from './problem-events';
import { evolveProblem, isActionOpen, type Problem, type ProblemState } from './problem-state';
import { ANALYSIS_METHODS, EFFECT_VERDICTS, PROBLEM_ORIGINS, type ProblemStatus } from './problem-vocabulary';

/** A command to send at a given minute, so that due dates are near the time they are decided at. */
type Planned = (minute: number) => ProblemCommand;

const text = fc.constantFrom('', ' ', 'x', '登錄後頁面卡頓', 'missing index');
const actionId = fc.constantFrom('A1', 'A2', 'A3');
const ticket = fc.constantFrom(...TICKETS, '');
const count = fc.record({ count: fc.integer({ min: -1, max: 5 }), total: fc.integer({ min: 0, max: 6 }) });
const sent = <T extends ProblemCommand['type']>(
  type: T,
  data: Extract<ProblemCommand, { type: T }>['data'],
) => ((minute: number) => ({ type, data, by: 'prop', at: at(minute) }) as ProblemCommand) satisfies Planned;

const commandArb: fc.Arbitrary<Planned> = fc.oneof(
  fc
    .record({
      title: text,
      origin: fc.constantFrom(...PROBLEM_ORIGINS),
      feedbackIds: fc.subarray([...TICKETS]),
    })
    .map((data) => sent('OpenProblem', { problemId: PROBLEM_ID, ...data })),
  ticket.map((feedbackId) => sent('LinkTicket', { feedbackId })),
  fc
    .record({
      method: fc.constantFrom(...ANALYSIS_METHODS),
      findings: text,
      causes: fc.array(text, { maxLength: 2 }),
    })
    .map((data) => sent('RecordRootCause', data)),
  fc.tuple(actionId, fc.integer({ min: -120, max: 600 })).map(
    ([id, dueIn]): Planned =>
      (minute) =>
        sent('PlanCorrectiveAction', {
          actionId: id,
          description: 'add the index',
          ownerDepartment: 'technology',
          owner: 'dev-li',
          dueAt: at(minute + dueIn),
        })(minute),
  ),
  actionId.map((id) => sent('CompleteCorrectiveAction', { actionId: id })),
  actionId.map((id) => sent('MarkActionOverdue', { actionId: id })),
  fc
    .record({
      verdict: fc.constantFrom(...EFFECT_VERDICTS),
      before: count,
      after: count,
      windowDays: fc.nat(40),
    })
    .map((data) => sent('EvaluateEffect', data)),
  text.map((reason) => sent('CloseProblem', { reason })),
);

/** The status the rest of the state implies: the cycle of SPEC §9, step by step. */
function impliedStatus(problem: Problem): ProblemStatus {
  if (problem.closedAt !== undefined) return 'closed';
  if (problem.actions.some(isActionOpen)) return 'acting';
  if (problem.actions.length > 0) return 'evaluating';
  return problem.rootCause ? 'analysed' : 'open';
}

const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('the problem decider over random command sequences', () => {
  it('keeps the status, tickets, actions and overdue marks consistent, and refuses with known kinds', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 30 }), (plans) => {
        let state: ProblemState = undefined;
        const events: ProblemEvent[] = [];
        plans.forEach((planned, index) => {
          const next = planned(index * 90);
          const decision = decideProblem(next, state);
          if (!decision.ok) {
            expect(['not_found', 'already_exists', 'illegal_transition', 'rule_violated']).toContain(
              decision.refusal.kind,
            );
            expect(decision.refusal.rule).toMatch(/^[A-Z][A-Za-z]+$/);
            return;
          }
          events.push(...decision.events);
          state = decision.events.reduce(evolveProblem, state);
          if (state === undefined) {
            expect(decision.events).toEqual([]);
            return;
          }
          expect(state.status).toBe(impliedStatus(state));
          expect(unique(state.feedbackIds)).toBe(true);
          expect(unique(state.actions.map((action) => action.actionId))).toBe(true);
          for (const action of state.actions) {
            if (action.overdueAt)
              expect(Date.parse(action.overdueAt)).toBeGreaterThanOrEqual(Date.parse(action.dueAt));
          }
          if (next.type === 'MarkActionOverdue') {
            // The clock may say it again: the second time records nothing.
            expect(decideProblem(next, state)).toEqual({ ok: true, events: [] });
          }
        });
        expect(events.reduce(evolveProblem, undefined)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
