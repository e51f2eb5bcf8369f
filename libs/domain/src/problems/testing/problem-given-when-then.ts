/**
 * Test support for the problem decider, imported by specs only: `given`, `when`, `then` as
 * `deciderSpec` makes them, and sample commands and histories.
 */
import { deciderSpec } from '../../testing/decider-spec';
import { NOW, at } from '../../testing/given-when-then';
import { decideProblem } from '../decide-problem';
import type { ProblemCommand, ProblemCommandType } from '../problem-commands';
import type { ProblemEvent } from '../problem-events';
import { evolveProblem, type Problem, type ProblemState } from '../problem-state';
import type { ProblemStatus } from '../problem-vocabulary';

export { NOW, at };

export type ProblemCommandOf<T extends ProblemCommandType> = Extract<ProblemCommand, { type: T }>;

const problemSpec = deciderSpec<ProblemCommand, ProblemEvent, Problem>(decideProblem, evolveProblem);

export const problemOf = (events: readonly ProblemEvent[], from: ProblemState = undefined): ProblemState =>
  problemSpec.fold(events, from);

export const given = (...events: ProblemEvent[]) => problemSpec.given(...events);

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
