import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideFeedback, evolveFeedback, type ReceiveFeedback } from '@ledger/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents } from '../command-context';
import { CommandRefusedError, RevisionConflictError } from '../errors/feedback-errors';
import { feedbackIdFor } from '../event-ids';
import { feedbackStreamId } from '../feedback-streams';
import { loadTicket } from '../ticket-stream';
import { IntakeTriage } from '../triage/intake-triage';
import { TrackingNumberAllocator } from '../tracking-numbers/tracking-number-allocator';
import { resultOf, type CommandResult } from './command-result';
import { previousOutcome } from './previous-outcome';
import { ReceiveFeedbackCommand } from './receive-feedback.command';

/**
 * Decides first with a placeholder number, so a refused intake never consumes a tracking
 * number, then reserves the number and records the ticket. A ticket id derived from an
 * Idempotency-Key makes a repeated request find its first answer instead of a second ticket,
 * also when the repeat arrives while the first is still being recorded.
 */
@CommandHandler(ReceiveFeedbackCommand)
export class ReceiveFeedbackHandler implements ICommandHandler<ReceiveFeedbackCommand, CommandResult> {
  /** Intakes under way by ticket id: a concurrent repeat waits for the first, then gets its answer. */
  private readonly inFlight = new Map<string, Promise<CommandResult>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly trackingNumbers: TrackingNumberAllocator,
    private readonly triage: IntakeTriage,
  ) {}

  async execute({ data, context }: ReceiveFeedbackCommand): Promise<CommandResult> {
    const feedbackId = feedbackIdFor(context.commandId);
    const running = this.inFlight.get(feedbackId);
    if (running) await running.catch(() => undefined);
    const receiving = this.receive(feedbackId, data, context);
    if (context.keyedByClient) {
      this.inFlight.set(feedbackId, receiving);
      void receiving
        .finally(() => {
          if (this.inFlight.get(feedbackId) === receiving) this.inFlight.delete(feedbackId);
        })
        .catch(() => undefined);
    }
    return receiving;
  }

  private async receive(
    feedbackId: string,
    data: ReceiveFeedbackCommand['data'],
    context: ReceiveFeedbackCommand['context'],
  ): Promise<CommandResult> {
    // A command id the service made up itself is new: only a client's key can have been seen before.
    const earlier = context.keyedByClient ? await this.earlierAnswer(feedbackId, context) : undefined;
    if (earlier) return earlier;
    const at = this.clock.now().toISOString();
    const command = (ticketNo: string): ReceiveFeedback => ({
      type: 'ReceiveFeedback',
      data: { ...data, feedbackId, ticketNo },
      by: context.actor,
      at,
    });
    const trial = decideFeedback(command(''), undefined);
    if (!trial.ok) throw new CommandRefusedError(trial.refusal);
    const received = trial.events.reduce(evolveFeedback, undefined);
    const triage = received && (await this.triage.plan(received));

    const ticketNo = await this.trackingNumbers.allocate(feedbackId, new Date(data.receivedAt ?? at));
    const final = command(ticketNo);
    const decision = decideFeedback(
      triage ? { ...final, data: { ...final.data, triage } } : final,
      undefined,
    );
    if (!decision.ok) throw new CommandRefusedError(decision.refusal);
    try {
      const appended = await this.store.appendToStream(
        feedbackStreamId(feedbackId),
        toNewEvents(decision.events, context, 'ReceiveFeedback'),
        'no_stream',
      );
      if (context.keyedByClient && !(await this.recorded(feedbackId, ticketNo))) {
        // Another process recorded this request first: the store took our append as its retry.
        const first = await this.earlierAnswer(feedbackId, context);
        if (first) return first;
      }
      const state = decision.events.reduce(evolveFeedback, undefined);
      if (!state) throw new Error('a received ticket has state');
      return resultOf(state, appended.nextExpectedRevision, appended.position);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const raced = await this.earlierAnswer(feedbackId, context);
      if (raced) return raced;
      throw new RevisionConflictError(feedbackId, undefined, error.actual);
    }
  }

  private async recorded(feedbackId: string, ticketNo: string): Promise<boolean> {
    const [first] = await this.store.readStream(feedbackStreamId(feedbackId), { maxCount: 1 });
    return first?.data.ticketNo === ticketNo;
  }

  private async earlierAnswer(
    feedbackId: string,
    context: ReceiveFeedbackCommand['context'],
  ): Promise<CommandResult | undefined> {
    const { events } = await loadTicket(this.store, feedbackId);
    return events.length > 0 ? previousOutcome(events, context) : undefined;
  }
}
