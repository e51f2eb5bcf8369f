import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideFeedback, slaSchedule, type SlaEvent, type SlaRules } from '@ledger/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore, type NewEvent } from '@ledger/event-store';
import {
  CLOCK,
  feedbackStreamId,
  loadTicket,
  metadataFor,
  slaEventIdFor,
  type Clock,
} from '@ledger/feedback';
import { CheckSlaCommand } from './check-sla.command';
import { SLA_CLOCK_ACTOR, SLA_RULES, slaClockContext } from './sla-rules';

const MAX_ATTEMPTS = 5;

/**
 * Reads the ticket from its stream (not from the view, which may lag), computes its schedule under
 * the rules in force and records what has come due. Event ids follow from the facts themselves,
 * and the append states the revision it read: another clock that got there first makes this one
 * read again and find the facts recorded.
 */
@CommandHandler(CheckSlaCommand)
export class CheckSlaHandler implements ICommandHandler<CheckSlaCommand, number> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SLA_RULES) private readonly rules: SlaRules,
  ) {}

  async execute({ feedbackId }: CheckSlaCommand): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const ticket = await loadTicket(this.store, feedbackId);
      if (!ticket.state) return 0;
      const decision = decideFeedback(
        {
          type: 'CheckSla',
          data: { deadlines: slaSchedule(ticket.state, this.rules) },
          by: SLA_CLOCK_ACTOR,
          at: this.clock.now().toISOString(),
        },
        ticket.state,
      );
      // A refusal means the ticket is archived: there is nothing left to watch.
      if (!decision.ok || decision.events.length === 0) return 0;
      const events = decision.events as readonly SlaEvent[];
      try {
        await this.store.appendToStream(
          feedbackStreamId(feedbackId),
          this.toNewEvents(feedbackId, events),
          ticket.revision,
        );
        return events.length;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private toNewEvents(feedbackId: string, events: readonly SlaEvent[]): NewEvent[] {
    const commandId = `sla/${feedbackId}/${[...new Set(events.map((e) => e.data.key))].join('+')}`;
    const metadata = metadataFor(slaClockContext(commandId), 'CheckSla');
    return events.map((event) => ({
      id: slaEventIdFor(feedbackId, event.type, event.data.key),
      type: event.type,
      data: event.data,
      metadata,
    }));
  }
}
