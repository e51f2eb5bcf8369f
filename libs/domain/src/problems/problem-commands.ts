import type { Actor } from '../feedback/feedback-events';
import type { Category } from '../feedback/feedback-vocabulary';
import type { FeedbackCount } from './problem-events';
import type { AnalysisMethod, EffectVerdict, ProblemOrigin } from './problem-vocabulary';

/**
 * As for feedback, the handler supplies the ids, who sends the command (`by`) and the time it is
 * decided at (`at`, ISO-8601), so that the decider stays pure.
 */
type Command<Type extends string, Data> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  by: Actor;
  at: string;
}>;

export type OpenProblem = Command<
  'OpenProblem',
  {
    problemId: string;
    title: string;
    description?: string;
    category?: Category;
    topics?: readonly string[];
    origin: ProblemOrigin;
    /** The tickets that show the problem; duplicates are recorded once. */
    feedbackIds: readonly string[];
  }
>;

export type LinkTicket = Command<'LinkTicket', { feedbackId: string }>;

export type RecordRootCause = Command<
  'RecordRootCause',
  { method: AnalysisMethod; findings: string; causes: readonly string[] }
>;

export type PlanCorrectiveAction = Command<
  'PlanCorrectiveAction',
  { actionId: string; description: string; ownerDepartment: string; owner: string; dueAt: string }
>;

export type CompleteCorrectiveAction = Command<
  'CompleteCorrectiveAction',
  { actionId: string; outcome?: string }
>;

/** Sent by the SLA clock for an action among `problemDeadlines` whose due date has passed. */
export type MarkActionOverdue = Command<'MarkActionOverdue', { actionId: string }>;

/** The handler counts the feedback before and after from the views; the decider only checks and records it. */
export type EvaluateEffect = Command<
  'EvaluateEffect',
  { verdict: EffectVerdict; note?: string; before: FeedbackCount; after: FeedbackCount; windowDays: number }
>;

export type CloseProblem = Command<'CloseProblem', { reason: string }>;

export type ProblemCommand =
  | OpenProblem
  | LinkTicket
  | RecordRootCause
  | PlanCorrectiveAction
  | CompleteCorrectiveAction
  | MarkActionOverdue
  | EvaluateEffect
  | CloseProblem;

export type ProblemCommandType = ProblemCommand['type'];
