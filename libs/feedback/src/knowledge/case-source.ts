import type { Category, KnowledgeSource, Problem } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { FeedbackNotFoundError } from '../errors/feedback-errors';
import { ProblemNotFoundError } from '../problems/problem-commands';
import { loadProblem } from '../problems/problem-stream';
import { loadTicket } from '../ticket-stream';
import type { CaseSourceReference } from './knowledge-commands';

/** What a case may take from its source for the fields its publisher left out. */
export interface SourceDefaults {
  readonly category?: Category;
  readonly topics: readonly string[];
  readonly solution?: string;
  readonly cause?: string;
}

/** The source as the decider needs it, read from its own stream just before deciding. */
export interface CaseSourceFacts {
  readonly source: KnowledgeSource;
  readonly status: string;
  /** Only what staff wrote or chose (classification, resolution, root cause), never the customer's words. */
  readonly defaults: SourceDefaults;
}

/** Reads the ticket or problem a case is learnt from; a source that does not exist is a 404. */
export async function readCaseSource(
  store: EventStore,
  reference: CaseSourceReference,
): Promise<CaseSourceFacts> {
  if ('feedbackId' in reference) {
    const { state: ticket } = await loadTicket(store, reference.feedbackId);
    if (!ticket) throw new FeedbackNotFoundError(reference.feedbackId);
    return {
      source: { kind: 'ticket', feedbackId: ticket.id, ticketNo: ticket.ticketNo },
      status: ticket.status,
      defaults: {
        category: ticket.classification?.category,
        topics: ticket.classification?.topics ?? [],
        solution: ticket.resolution?.solution,
        cause: ticket.resolution?.rootCause,
      },
    };
  }
  const { state: problem } = await loadProblem(store, reference.problemId);
  if (!problem) throw new ProblemNotFoundError(reference.problemId);
  return {
    source: { kind: 'problem', problemId: problem.id },
    status: problem.status,
    defaults: { category: problem.category, topics: problem.topics, cause: causeOf(problem) },
  };
}

/** The analysis in force: the causes it named, then its findings, one to a line. */
function causeOf(problem: Problem): string | undefined {
  const analysis = problem.rootCause;
  if (!analysis) return undefined;
  const lines = [...analysis.causes, analysis.findings].map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
