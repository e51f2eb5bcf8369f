/**
 * Test support for the problem decider, imported by specs only:
 * `given(...events).when(command).then(...events)` or `.thenRefused(rule | partial refusal)`.
 * The state is the fold of `evolveProblem` over the given events from `undefined`.
 * Note: an outcome has a `then` method, so never `return` or `await` one from a test.
 */
import type { Refusal } from '../../feedback/feedback-refusal';
import { NOW, at } from '../../testing/given-when-then';
import { decideProblem } from '../decide-problem';
import type { ProblemCommand, ProblemCommandType } from '../problem-commands';
import type { ProblemDecision } from '../problem-decision';
import type { ProblemEvent } from '../problem-events';
import { evolveProblem, type Problem, type ProblemState } from '../problem-state';
import type { ProblemStatus } from '../problem-vocabulary';

export { NOW, at };

export type ProblemCommandOf<T extends ProblemCommandType> = Extract<ProblemCommand, { type: T }>;

export interface ProblemOutcome {
  readonly state: ProblemState;
  readonly decision: ProblemDecision;
  /** Expects exactly these events; returns the problem they lead to. */
  then(...expected: ProblemEvent[]): Problem;
  /** Expects a refusal matching the rule (or the given fields); returns the full refusal. */
  thenRefused(expected: string | Partial<Refusal>): Refusal;
}

export const problemOf = (events: readonly ProblemEvent[], from: ProblemState = undefined): ProblemState =>
  events.reduce<ProblemState>(evolveProblem, from);

export function given(...events: ProblemEvent[]) {
  const state = problemOf(events);
  return {
    state,
    when(command: ProblemCommand): ProblemOutcome {
      const decision = decideProblem(command, state);
      return {
        state,
        decision,
        then(...expected) {
          expect(decision).toEqual({ ok: true, events: expected });
          const problem = decision.ok ? problemOf(decision.events, state) : undefined;
          if (!problem) throw new Error('accepted events left no problem');
          return problem;
        },
        thenRefused(expected) {
          expect(decision).toMatchObject({
            ok: false,
            refusal: typeof expected === 'string' ? { rule: expected } : expected,
          });
          if (decision.ok) throw new Error('expected a refusal');
          expect(decision).not.toHaveProperty('events');
          return decision.refusal;
        },
      };
    },
  };
}

type Meta = { readonly by?: string; readonly at?: string };

/** A command of the given type, by `qa-liu` at NOW unless told otherwise. */
export function command<T extends ProblemCommandType>(
  type: T,
  data: ProblemCommandOf<T>['data'],
  meta?: Meta,
): ProblemCommandOf<T>;
export function command(type: ProblemCommandType, data: ProblemCommand['data'], meta: Meta = {}) {
  return { type, data, by: meta.by ?? 'qa-liu', at: meta.at ?? NOW } as ProblemCommand;
}

export const PROBLEM_ID = 'a0000000-0000-4000-8000-000000000001';
export const TICKETS = [
  'f0000000-0000-4000-8000-000000000001',
  'f0000000-0000-4000-8000-000000000002',
  'f0000000-0000-4000-8000-000000000003',
] as const;

/** The events the decider produces for these commands, in order; throws if any is refused. */
export function history(...commands: ProblemCommand[]): ProblemEvent[] {
  const events: ProblemEvent[] = [];
  for (const next of commands) {
    const decision = decideProblem(next, problemOf(events));
    if (!decision.ok) throw new Error(`${next.type} refused: ${decision.refusal.message}`);
    events.push(...decision.events);
  }
  return events;
}

/** Minutes before NOW, so that every step of a path happened earlier than the command under test. */
const step = (minutes: number): Meta => ({ at: at(minutes - 600) });

export const open = (meta: Meta = step(0)) =>
  command(
    'OpenProblem',
    {
      problemId: PROBLEM_ID,
      title: '登錄後頁面加載卡頓',
      category: 'function_issue',
      topics: ['performance'],
      origin: 'repeat_cluster',
      feedbackIds: [TICKETS[0], TICKETS[1]],
    },
    meta,
  );

export const rootCause = (meta: Meta = step(10)) =>
  command(
    'RecordRootCause',
    { method: 'data', findings: 'login queries scan the whole session table', causes: ['missing index'] },
    meta,
  );

export const plan = (actionId: string, dueAt = at(7 * 24 * 60), meta: Meta = step(20)) =>
  command(
    'PlanCorrectiveAction',
    { actionId, description: 'add the session index', ownerDepartment: 'technology', owner: 'dev-li', dueAt },
    meta,
  );

export const complete = (actionId: string, meta: Meta = step(30)) =>
  command('CompleteCorrectiveAction', { actionId, outcome: 'deployed' }, meta);

/** A real command history that leaves the problem in each status, with action `A1` once one is planned. */
export const PROBLEM_PATHS: Readonly<Record<ProblemStatus, readonly ProblemCommand[]>> = (() => {
  const opened = [open()];
  const analysed = [...opened, rootCause()];
  const acting = [...analysed, plan('A1')];
  const evaluating = [...acting, complete('A1')];
  const closed = [...evaluating, command('CloseProblem', { reason: 'fixed for good' }, step(40))];
  return { open: opened, analysed, acting, evaluating, closed };
})();

export const reach = (status: ProblemStatus): ProblemEvent[] => history(...PROBLEM_PATHS[status]);
