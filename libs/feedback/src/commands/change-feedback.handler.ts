import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideFeedback, evolveFeedback, type Ticket } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents } from '../command-context';
import { CommandRefusedError, FeedbackNotFoundError, RevisionConflictError } from '../errors/feedback-errors';
import { feedbackStreamId } from '../feedback-streams';
import { REPEAT_COMPLAINT_FINDER, type RepeatComplaintFinder } from '../repeat-complaints';
import { loadTicket } from '../ticket-stream';
import { ChangeFeedbackCommand } from './change-feedback.command';
import { resultOf, type CommandResult } from './command-result';
import { OneAtATime } from './one-at-a-time';
import { previousOutcome } from './previous-outcome';
import { retryOnConflict } from './retry-on-conflict';

/**
 * Load the ticket's stream, decide, append at the revision it was read at. When another writer
 * got there first, read again and decide again, unless the client pinned the revision it saw.
 * Commands on one ticket take turns in this process, so only other writers cause such retries.
 */
@CommandHandler(ChangeFeedbackCommand)
export class ChangeFeedbackHandler implements ICommandHandler<ChangeFeedbackCommand, CommandResult> {
  private readonly turns = new OneAtATime();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REPEAT_COMPLAINT_FINDER) private readonly repeats: RepeatComplaintFinder,
  ) {}

  execute(command: ChangeFeedbackCommand): Promise<CommandResult> {
    return this.turns.run(command.feedbackId, () => this.decideAndAppend(command));
  }

  private decideAndAppend({ feedbackId, command, context }: ChangeFeedbackCommand): Promise<CommandResult> {
    return retryOnConflict(feedbackId, context.expectedRevision, async () => {
      const ticket = await loadTicket(this.store, feedbackId);
      if (!ticket.state) throw new FeedbackNotFoundError(feedbackId);
      const previous = previousOutcome(ticket.events, context);
      if (previous) return previous;
      if (context.expectedRevision !== undefined && context.expectedRevision !== ticket.revision) {
        throw new RevisionConflictError(feedbackId, context.expectedRevision, ticket.revision);
      }
      const stamped = {
        ...(await this.withFacts(command, ticket.state, ticket.events[ticket.events.length - 1].position)),
        by: context.actor,
        at: this.clock.now().toISOString(),
      };
      const decision = decideFeedback(stamped, ticket.state);
      if (!decision.ok) throw new CommandRefusedError(decision.refusal);
      const appended = await this.store.appendToStream(
        feedbackStreamId(feedbackId),
        toNewEvents(decision.events, context, command.type),
        ticket.revision,
      );
      const state = decision.events.reduce(evolveFeedback, ticket.state) ?? ticket.state;
      return resultOf(state, appended.nextExpectedRevision, appended.position);
    });
  }

  /** Adds the facts a decision needs from outside the stream: for a complaint, the one it repeats. */
  private async withFacts(
    command: ChangeFeedbackCommand['command'],
    ticket: Ticket,
    asOf: bigint,
  ): Promise<ChangeFeedbackCommand['command']> {
    if (command.type !== 'Classify' || command.data.category !== 'complaint' || ticket.repeatOf)
      return command;
    const repeatOf = await this.repeats.findEarlier(
      ticket,
      {
        category: command.data.category,
        topics: command.data.topics ?? [],
      },
      asOf,
    );
    return repeatOf ? { ...command, data: { ...command.data, repeatOf } } : command;
  }
}
