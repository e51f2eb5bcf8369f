import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  asFeedbackEvent,
  publicTracking,
  verifiesContact,
  type FeedbackEvent,
  type PublicTracking,
} from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { feedbackStreamId } from '../feedback-streams';
import { foldTicket } from '../ticket-stream';
import { TrackingNumberAllocator } from '../tracking-numbers/tracking-number-allocator';
import { TrackingNotFoundError, TrackTicketQuery } from './track-ticket.query';

@QueryHandler(TrackTicketQuery)
export class TrackTicketHandler implements IQueryHandler<TrackTicketQuery, PublicTracking> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly trackingNumbers: TrackingNumberAllocator,
  ) {}

  async execute({ ticketNo, verify }: TrackTicketQuery): Promise<PublicTracking> {
    const feedbackId = await this.trackingNumbers.findFeedbackId(ticketNo);
    const recorded = feedbackId ? await this.store.readStream(feedbackStreamId(feedbackId)) : [];
    const ticket = foldTicket(recorded);
    // A number reserved by an intake that failed or lost a race is not its ticket's number.
    if (!ticket || ticket.ticketNo !== ticketNo || !verifiesContact(ticket.customer, verify)) {
      throw new TrackingNotFoundError();
    }
    const events = recorded.map(asFeedbackEvent).filter((e): e is FeedbackEvent => e !== undefined);
    return publicTracking(ticketNo, events);
  }
}
