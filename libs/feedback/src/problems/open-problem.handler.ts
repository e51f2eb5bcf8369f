import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideProblem, problemStreamId } from '@ledger/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents } from '../command-context';
import { CommandRefusedError, FeedbackNotFoundError } from '../errors/feedback-errors';
import { problemIdFor } from '../event-ids';
import { loadTicket } from '../ticket-stream';
import { OpenProblemCommand, type ProblemResult } from './problem-commands';
import { previousProblemOutcome } from './problem-outcome';
import { loadProblem } from './problem-stream';

/**
 * Opens a problem over existing tickets. Its id follows from a client's Idempotency-Key, so a
 * retried request finds the problem it opened instead of opening another.
 */
@CommandHandler(OpenProblemCommand)
export class OpenProblemHandler implements ICommandHandler<OpenProblemCommand, ProblemResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: OpenProblemCommand): Promise<ProblemResult> {
    const problemId = context.keyedByClient ? problemIdFor(context.commandId) : randomUUID();
    const earlier = await loadProblem(this.store, problemId);
    const previous = previousProblemOutcome(earlier.events, context);
    if (previous) return previous;
    for (const feedbackId of new Set(data.feedbackIds)) {
      if (!(await loadTicket(this.store, feedbackId)).state) throw new FeedbackNotFoundError(feedbackId);
    }
    const decision = decideProblem(
      {
        type: 'OpenProblem',
        data: { ...data, problemId },
        by: context.actor,
        at: this.clock.now().toISOString(),
      },
      undefined,
    );
    if (!decision.ok) throw new CommandRefusedError(decision.refusal);
    try {
      await this.store.appendToStream(
        problemStreamId(problemId),
        toNewEvents(decision.events, context, 'OpenProblem'),
        'no_stream',
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
    // Read back: a concurrent retry of the same request may have written it first.
    const stored = await loadProblem(this.store, problemId);
    const outcome = previousProblemOutcome(stored.events, context);
    if (!outcome) throw new Error(`problem ${problemId} holds another request's events`);
    return outcome;
  }
}
