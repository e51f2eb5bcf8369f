import { isActionOpen, type ProblemState } from './problem-state';

export interface ActionDeadline {
  readonly actionId: string;
  readonly dueAt: string;
}

/**
 * What the SLA clock watches on a problem: each open action not yet marked overdue, with its due
 * date. Once marked, an action leaves the list, so the clock raises it once.
 */
export function problemDeadlines(problem: ProblemState): readonly ActionDeadline[] {
  if (problem === undefined || problem.status === 'closed') return [];
  return problem.actions
    .filter((action) => isActionOpen(action) && action.overdueAt === undefined)
    .map(({ actionId, dueAt }) => ({ actionId, dueAt }));
}
