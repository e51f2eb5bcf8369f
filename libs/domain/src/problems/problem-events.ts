import type { Actor, DomainEvent } from '../feedback/feedback-events';
import type { Category } from '../feedback/feedback-vocabulary';
import type { AnalysisMethod, EffectVerdict, ProblemOrigin } from './problem-vocabulary';

/** Each problem has a stream of its own, `problem-<uuid>`, beside the tickets it groups. */
export const PROBLEM_STREAM_PREFIX = 'problem-';
export const problemStreamId = (problemId: string): string => `${PROBLEM_STREAM_PREFIX}${problemId}`;

export type ProblemOpened = DomainEvent<
  'ProblemOpened',
  {
    problemId: string;
    title: string;
    description?: string;
    category?: Category;
    topics: readonly string[];
    origin: ProblemOrigin;
    feedbackIds: readonly string[];
    by: Actor;
    openedAt: string;
  }
>;

export type TicketLinkedToProblem = DomainEvent<
  'TicketLinkedToProblem',
  { feedbackId: string; by: Actor; linkedAt: string }
>;

/** The latest one is the analysis in force: a revised analysis replaces, never amends, the earlier one. */
export type RootCauseRecorded = DomainEvent<
  'RootCauseRecorded',
  { method: AnalysisMethod; findings: string; causes: readonly string[]; by: Actor; recordedAt: string }
>;

export type CorrectiveActionPlanned = DomainEvent<
  'CorrectiveActionPlanned',
  {
    actionId: string;
    description: string;
    ownerDepartment: string;
    owner: string;
    dueAt: string;
    by: Actor;
    plannedAt: string;
  }
>;

export type CorrectiveActionCompleted = DomainEvent<
  'CorrectiveActionCompleted',
  { actionId: string; outcome?: string; by: Actor; completedAt: string }
>;

/** Raised by the SLA clock, once per action, when an action is still open at its due date. */
export type CorrectiveActionOverdue = DomainEvent<
  'CorrectiveActionOverdue',
  { actionId: string; dueAt: string; detectedAt: string }
>;

/** Feedback on the problem in a window before and after the actions, as the handler counted it. */
export interface FeedbackCount {
  /** Feedback showing the problem in the window, by whatever match the handler applies. */
  readonly count: number;
  /** All feedback in the window, so that a change in volume is not mistaken for an effect. */
  readonly total: number;
}

export type EffectEvaluated = DomainEvent<
  'EffectEvaluated',
  {
    verdict: EffectVerdict;
    note?: string;
    before: FeedbackCount;
    after: FeedbackCount;
    windowDays: number;
    by: Actor;
    evaluatedAt: string;
  }
>;

export type ProblemClosed = DomainEvent<'ProblemClosed', { reason: string; by: Actor; closedAt: string }>;

export type ProblemEvent =
  | ProblemOpened
  | TicketLinkedToProblem
  | RootCauseRecorded
  | CorrectiveActionPlanned
  | CorrectiveActionCompleted
  | CorrectiveActionOverdue
  | EffectEvaluated
  | ProblemClosed;

export type ProblemEventType = ProblemEvent['type'];

export const PROBLEM_EVENT_TYPES: readonly ProblemEventType[] = [
  'ProblemOpened',
  'TicketLinkedToProblem',
  'RootCauseRecorded',
  'CorrectiveActionPlanned',
  'CorrectiveActionCompleted',
  'CorrectiveActionOverdue',
  'EffectEvaluated',
  'ProblemClosed',
];

const knownEventTypes = new Set<string>(PROBLEM_EVENT_TYPES);

/** Reads a stored event as a problem event; events of types this version does not know give undefined. */
export function asProblemEvent(stored: {
  readonly type: string;
  readonly data: object;
}): ProblemEvent | undefined {
  return knownEventTypes.has(stored.type)
    ? ({ type: stored.type, data: stored.data } as ProblemEvent)
    : undefined;
}
