import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideProblem,
  effectWindows,
  evolveProblem,
  problemStreamId,
  type Problem,
  type ProblemCommand,
} from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents } from '../command-context';
import { CommandRefusedError, FeedbackNotFoundError, RevisionConflictError } from '../errors/feedback-errors';
import { OneAtATime } from '../commands/one-at-a-time';
import { retryOnConflict } from '../commands/retry-on-conflict';
import { loadTicket } from '../ticket-stream';
import { FEEDBACK_COUNTS, type FeedbackCounts } from './feedback-counts';
import { ChangeProblemCommand, type ProblemChange, type ProblemResult } from './problem-commands';
import { previousProblemOutcome, problemResult } from './problem-outcome';
import { loadProblem } from './problem-stream';

/**
 * Load the problem's stream, decide, append at the revision it was read at; when another writer
 * got there first, decide again, unless the client pinned the revision it saw. Changes to one
 * problem take turns in this process, as those to a ticket do.
 */
@CommandHandler(ChangeProblemCommand)
export class ChangeProblemHandler implements ICommandHandler<ChangeProblemCommand, ProblemResult> {
  private readonly turns = new OneAtATime();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FEEDBACK_COUNTS) private readonly counts: FeedbackCounts,
  ) {}

  execute(command: ChangeProblemCommand): Promise<ProblemResult> {
    return this.turns.run(command.problemId, () => this.decideAndAppend(command));
  }

  private async decideAndAppend({
    problemId,
    change,
    context,
  }: ChangeProblemCommand): Promise<ProblemResult> {
    if (change.type === 'LinkTicket' && !(await loadTicket(this.store, change.data.feedbackId)).state) {
      throw new FeedbackNotFoundError(change.data.feedbackId);
    }
    return retryOnConflict(problemId, context.expectedRevision, async () => {
      const loaded = await loadProblem(this.store, problemId);
      const previous = previousProblemOutcome(loaded.events, context);
      if (previous) return previous;
      if (context.expectedRevision !== undefined && context.expectedRevision !== loaded.revision) {
        throw new RevisionConflictError(problemId, context.expectedRevision, loaded.revision);
      }
      const at = this.clock.now().toISOString();
      const command = {
        ...(await this.complete(change, loaded.state, at)),
        by: context.actor,
        at,
      } as ProblemCommand;
      const decision = decideProblem(command, loaded.state);
      if (!decision.ok) throw new CommandRefusedError(decision.refusal);
      // An idempotent clock decision (an action already marked overdue) has nothing to record.
      if (decision.events.length === 0 && loaded.state) {
        return problemResult(loaded.state, loaded.events[loaded.events.length - 1]);
      }
      const appended = await this.store.appendToStream(
        problemStreamId(problemId),
        toNewEvents(decision.events, context, change.type),
        loaded.revision,
      );
      const problem = decision.events.reduce(evolveProblem, loaded.state) as Problem;
      return { problem, revision: appended.nextExpectedRevision, position: appended.position.toString() };
    });
  }

  /** An evaluation gets the feedback counts of the windows either side of the last completed action. */
  private async complete(change: ProblemChange, problem: Problem | undefined, now: string) {
    if (change.type !== 'EvaluateEffect' || !problem) return change;
    const windows = effectWindows(problem, now, change.data.windowDays);
    // Without a completed action the decider refuses with its own rule; counts would mean nothing.
    if ('reason' in windows) {
      if (windows.reason === 'no_action_completed') {
        return { ...change, data: { ...change.data, before: NONE, after: NONE, windowDays: 1 } };
      }
      throw new CommandRefusedError({
        rule: 'EffectWindowNotElapsed',
        kind: 'rule_violated',
        message: windows.message,
      });
    }
    const [before, after] = await Promise.all([
      this.counts.count(problem, windows.before),
      this.counts.count(problem, windows.after),
    ]);
    return { ...change, data: { ...change.data, before, after, windowDays: windows.windowDays } };
  }
}

const NONE = { count: 0, total: 0 };
