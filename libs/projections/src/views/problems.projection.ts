import { asProblemEvent, evolveProblem, problemDeadlines, type Problem } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { Projection, ViewWriter } from '../projection';
import { NO_DEADLINE } from './ticket-document';

export const PROBLEMS = 'problems';

/** One row per problem: what lists, the SLA clock and the reports filter on. */
export interface ProblemRow extends ReadDocument {
  readonly title: string;
  readonly status: string;
  readonly category?: string;
  readonly topics: readonly string[];
  readonly origin: string;
  readonly ticketCount: number;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly closedAt?: string;
  readonly openActions: number;
  readonly overdueActions: number;
  /** The earliest due time of an open action not yet found overdue; NO_DEADLINE when none. */
  readonly nextActionDueAt: string;
  /** The latest completion of a corrective action: the pivot of the effect check. */
  readonly lastActionCompletedAt?: string;
  readonly revision: number;
}

/** The row and the folded problem the next event evolves. */
export interface ProblemDocument extends ProblemRow {
  readonly problem: Problem;
}

const PROBLEM_STREAM = /^problem-/;

function toDocument(problem: Problem, revision: number): ProblemDocument {
  const open = problem.actions.filter((action) => !action.completedAt);
  const completed = problem.actions.flatMap((action) => (action.completedAt ? [action.completedAt] : []));
  const due = problemDeadlines(problem)
    .map((deadline) => deadline.dueAt)
    .sort();
  return {
    id: problem.id,
    title: problem.title,
    status: problem.status,
    ...(problem.category && { category: problem.category }),
    topics: problem.topics,
    origin: problem.origin,
    ticketCount: problem.feedbackIds.length,
    openedAt: problem.openedAt,
    updatedAt: problem.updatedAt,
    ...(problem.closedAt && { closedAt: problem.closedAt }),
    openActions: open.length,
    overdueActions: open.filter((action) => action.overdueAt).length,
    nextActionDueAt: due[0] ?? NO_DEADLINE,
    ...(completed.length > 0 && { lastActionCompletedAt: completed.sort().at(-1) }),
    revision,
    problem,
  };
}

/** The problems list, kept current event by event from the problem streams. */
export const problemsProjection = (): Projection => ({
  name: 'problems',
  collections: [
    { name: PROBLEMS, indexes: [['status', 'openedAt'], 'nextActionDueAt', 'lastActionCompletedAt'] },
  ],
  async apply(recorded: RecordedEvent, views: ViewWriter): Promise<void> {
    if (!PROBLEM_STREAM.test(recorded.streamId)) return;
    const event = asProblemEvent(recorded);
    if (!event) return;
    const id = recorded.streamId.slice('problem-'.length);
    const stored = await views.get<ProblemDocument>(PROBLEMS, id);
    const problem = evolveProblem(stored?.problem, event);
    if (problem) views.put(PROBLEMS, toDocument(problem, recorded.revision));
  },
});
