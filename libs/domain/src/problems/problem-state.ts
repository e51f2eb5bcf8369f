import type { Actor } from '../feedback/feedback-events';
import type { Category } from '../feedback/feedback-vocabulary';
import type { FeedbackCount, ProblemEvent } from './problem-events';
import type { AnalysisMethod, EffectVerdict, ProblemOrigin, ProblemStatus } from './problem-vocabulary';

export interface RootCause {
  readonly method: AnalysisMethod;
  readonly findings: string;
  readonly causes: readonly string[];
  readonly by: Actor;
  readonly recordedAt: string;
}

export interface CorrectiveAction {
  readonly actionId: string;
  readonly description: string;
  readonly ownerDepartment: string;
  readonly owner: string;
  readonly dueAt: string;
  readonly plannedAt: string;
  readonly completedAt?: string;
  readonly outcome?: string;
  /** Set once the SLA clock found the action still open at its due date; completing it later keeps it. */
  readonly overdueAt?: string;
}

export interface EffectEvaluation {
  readonly verdict: EffectVerdict;
  readonly note?: string;
  readonly before: FeedbackCount;
  readonly after: FeedbackCount;
  readonly windowDays: number;
  readonly by: Actor;
  readonly evaluatedAt: string;
}

/** A problem as its events make it; `undefined` stands for a problem not yet opened. */
export interface Problem {
  readonly id: string;
  readonly status: ProblemStatus;
  readonly title: string;
  readonly description?: string;
  readonly category?: Category;
  readonly topics: readonly string[];
  readonly origin: ProblemOrigin;
  readonly feedbackIds: readonly string[];
  readonly openedBy: Actor;
  readonly openedAt: string;
  /** The analysis in force, the latest recorded. */
  readonly rootCause?: RootCause;
  readonly actions: readonly CorrectiveAction[];
  readonly evaluations: readonly EffectEvaluation[];
  readonly closedAt?: string;
  readonly closeReason?: string;
  readonly updatedAt: string;
}

export type ProblemState = Problem | undefined;

export const initialProblemState: ProblemState = undefined;

export const isActionOpen = (action: CorrectiveAction): boolean => action.completedAt === undefined;

/**
 * Folds one event into the state. Total and pure: replaying the same events always gives the same
 * problem, and an event that cannot apply (no problem yet) leaves the state as it was.
 */
export function evolveProblem(state: ProblemState, event: ProblemEvent): ProblemState {
  if (event.type === 'ProblemOpened') {
    const { problemId, by, openedAt, ...opened } = event.data;
    return {
      ...opened,
      id: problemId,
      status: 'open',
      openedBy: by,
      openedAt,
      actions: [],
      evaluations: [],
      updatedAt: openedAt,
    };
  }
  return state === undefined ? state : evolveOpened(state, event);
}

function evolveOpened(problem: Problem, event: Exclude<ProblemEvent, { type: 'ProblemOpened' }>): Problem {
  switch (event.type) {
    case 'TicketLinkedToProblem': {
      const { feedbackId, linkedAt } = event.data;
      return { ...problem, feedbackIds: [...problem.feedbackIds, feedbackId], updatedAt: linkedAt };
    }
    case 'RootCauseRecorded': {
      const { recordedAt } = event.data;
      return {
        ...problem,
        rootCause: { ...event.data },
        // A revised analysis while acting or evaluating does not undo the actions under way.
        status: problem.status === 'open' ? 'analysed' : problem.status,
        updatedAt: recordedAt,
      };
    }
    case 'CorrectiveActionPlanned': {
      const { by: _by, ...action } = event.data;
      // A new action means there is work again, even after every earlier one was done.
      return {
        ...problem,
        actions: [...problem.actions, action],
        status: 'acting',
        updatedAt: action.plannedAt,
      };
    }
    case 'CorrectiveActionCompleted': {
      const { actionId, outcome, completedAt } = event.data;
      const actions = withAction(problem.actions, actionId, (action) => ({
        ...action,
        outcome,
        completedAt,
      }));
      const allDone = actions.length > 0 && !actions.some(isActionOpen);
      return {
        ...problem,
        actions,
        status: allDone && problem.status === 'acting' ? 'evaluating' : problem.status,
        updatedAt: completedAt,
      };
    }
    case 'CorrectiveActionOverdue': {
      const { actionId, detectedAt } = event.data;
      const actions = withAction(problem.actions, actionId, (action) => ({
        ...action,
        overdueAt: detectedAt,
      }));
      return { ...problem, actions, updatedAt: detectedAt };
    }
    case 'EffectEvaluated': {
      const { evaluatedAt } = event.data;
      return { ...problem, evaluations: [...problem.evaluations, { ...event.data }], updatedAt: evaluatedAt };
    }
    case 'ProblemClosed': {
      const { reason, closedAt } = event.data;
      return { ...problem, status: 'closed', closedAt, closeReason: reason, updatedAt: closedAt };
    }
    default:
      return assertNever(event);
  }
}

function withAction(
  actions: readonly CorrectiveAction[],
  actionId: string,
  change: (action: CorrectiveAction) => CorrectiveAction,
): readonly CorrectiveAction[] {
  return actions.map((action) => (action.actionId === actionId ? change(action) : action));
}

function assertNever(event: never): never {
  throw new Error(`unknown event ${JSON.stringify(event)}`);
}
