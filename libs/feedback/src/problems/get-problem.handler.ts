import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { effectChange, effectSentence, effectSubject, effectWindows } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { FEEDBACK_COUNTS, type FeedbackCounts } from './feedback-counts';
import { ProblemNotFoundError } from './problem-commands';
import { loadProblem } from './problem-stream';
import { GetProblemQuery, type ProblemView } from './get-problem.query';

/** A problem from its stream, with its effect check computed now from the views. */
@QueryHandler(GetProblemQuery)
export class GetProblemHandler implements IQueryHandler<GetProblemQuery, ProblemView> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FEEDBACK_COUNTS) private readonly counts: FeedbackCounts,
  ) {}

  async execute({ problemId }: GetProblemQuery): Promise<ProblemView> {
    const { state: problem, events, revision } = await loadProblem(this.store, problemId);
    if (!problem) throw new ProblemNotFoundError(problemId);
    const found = { problem, revision, position: events[events.length - 1].position.toString() };
    const windows = effectWindows(problem, this.clock.now().toISOString());
    if ('reason' in windows) return { ...found, effectPending: windows.message };
    const before = await this.counts.count(problem, windows.before);
    const after = await this.counts.count(problem, windows.after);
    const sentence = effectSentence(effectSubject(problem), before, after, windows.windowDays);
    return { ...found, effect: { windows, before, after, change: effectChange(before, after), sentence } };
  }
}
