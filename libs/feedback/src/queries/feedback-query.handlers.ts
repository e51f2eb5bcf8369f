import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  EVENT_STORE,
  STORED_EVENT_STORE,
  verifyStream,
  type ChainReport,
  type EventStore,
  type RecordedEvent,
} from '@ledger/event-store';
import { FeedbackNotFoundError } from '../errors/feedback-errors';
import { feedbackStreamId } from '../feedback-streams';
import { foldTicket } from '../ticket-stream';
import { TrackingNumberAllocator } from '../tracking-numbers/tracking-number-allocator';
import {
  FindTicketByNumberQuery,
  GetTicketAsOfQuery,
  GetTicketHistoryQuery,
  GetTicketQuery,
  VerifyTicketQuery,
} from './feedback-queries';
import { toHistoryEntry, type HistoryEntry, type TicketView } from './ticket-view';

async function readTicketStream(store: EventStore, feedbackId: string): Promise<RecordedEvent[]> {
  const events = await store.readStream(feedbackStreamId(feedbackId));
  if (events.length === 0) throw new FeedbackNotFoundError(feedbackId);
  return events;
}

function viewOf(events: readonly RecordedEvent[], feedbackId: string, asOf?: string): TicketView {
  const ticket = foldTicket(events);
  const last = events[events.length - 1];
  if (!ticket || !last) throw new FeedbackNotFoundError(feedbackId);
  return { ticket, revision: last.revision, position: last.position.toString(), ...(asOf ? { asOf } : {}) };
}

@QueryHandler(GetTicketQuery)
export class GetTicketHandler implements IQueryHandler<GetTicketQuery, TicketView> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ feedbackId }: GetTicketQuery): Promise<TicketView> {
    return viewOf(await readTicketStream(this.store, feedbackId), feedbackId);
  }
}

@QueryHandler(FindTicketByNumberQuery)
export class FindTicketByNumberHandler implements IQueryHandler<FindTicketByNumberQuery, TicketView> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly trackingNumbers: TrackingNumberAllocator,
  ) {}

  async execute({ ticketNo }: FindTicketByNumberQuery): Promise<TicketView> {
    const feedbackId = await this.trackingNumbers.findFeedbackId(ticketNo);
    if (!feedbackId) throw new FeedbackNotFoundError(ticketNo);
    const view = viewOf(await this.store.readStream(feedbackStreamId(feedbackId)), ticketNo);
    // A number reserved by an intake that failed, or lost a race, is not its ticket's number.
    if (view.ticket.ticketNo !== ticketNo) throw new FeedbackNotFoundError(ticketNo);
    return view;
  }
}

@QueryHandler(GetTicketHistoryQuery)
export class GetTicketHistoryHandler implements IQueryHandler<GetTicketHistoryQuery, HistoryEntry[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ feedbackId }: GetTicketHistoryQuery): Promise<HistoryEntry[]> {
    return (await readTicketStream(this.store, feedbackId)).map(toHistoryEntry);
  }
}

@QueryHandler(GetTicketAsOfQuery)
export class GetTicketAsOfHandler implements IQueryHandler<GetTicketAsOfQuery, TicketView> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ feedbackId, asOf }: GetTicketAsOfQuery): Promise<TicketView> {
    const events = await readTicketStream(this.store, feedbackId);
    const upTo =
      'revision' in asOf
        ? events.filter((e) => e.revision <= asOf.revision)
        : events.filter((e) => e.createdAt.getTime() <= asOf.at.getTime());
    const label = 'revision' in asOf ? `revision ${asOf.revision}` : asOf.at.toISOString();
    if ('revision' in asOf && asOf.revision > events[events.length - 1].revision) {
      throw new FeedbackNotFoundError(`${feedbackId} at ${label} (it has not reached that revision)`);
    }
    if (upTo.length === 0) throw new FeedbackNotFoundError(`${feedbackId} as of ${label}`);
    return viewOf(upTo, feedbackId, label);
  }
}

@QueryHandler(VerifyTicketQuery)
export class VerifyTicketHandler implements IQueryHandler<VerifyTicketQuery, ChainReport> {
  constructor(@Inject(STORED_EVENT_STORE) private readonly store: EventStore) {}

  async execute({ feedbackId }: VerifyTicketQuery): Promise<ChainReport> {
    const report = await verifyStream(this.store, feedbackStreamId(feedbackId));
    if (report.events === 0 && report.verified) throw new FeedbackNotFoundError(feedbackId);
    return report;
  }
}
