import { Query } from '@nestjs/cqrs';
import type { ChainReport } from '@ledger/event-store';
import type { HistoryEntry, TicketView } from './ticket-view';

export class GetTicketQuery extends Query<TicketView> {
  constructor(readonly feedbackId: string) {
    super();
  }
}

export class FindTicketByNumberQuery extends Query<TicketView> {
  constructor(readonly ticketNo: string) {
    super();
  }
}

export class GetTicketHistoryQuery extends Query<HistoryEntry[]> {
  constructor(readonly feedbackId: string) {
    super();
  }
}

/** The ticket as it stood at a revision, or at an instant (the last event recorded by then). */
export class GetTicketAsOfQuery extends Query<TicketView> {
  constructor(
    readonly feedbackId: string,
    readonly asOf: { readonly revision: number } | { readonly at: Date },
  ) {
    super();
  }
}

/** Whether the ticket's stored history is whole and unaltered: its hash chain checked event by event. */
export class VerifyTicketQuery extends Query<ChainReport> {
  constructor(readonly feedbackId: string) {
    super();
  }
}
