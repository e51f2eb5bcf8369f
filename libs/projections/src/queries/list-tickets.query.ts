import { Query } from '@nestjs/cqrs';
import type { Filter, Page } from '@ledger/read-store';
import type { TicketDocument } from '../views/ticket-document';

export interface ListTicketsCriteria {
  readonly filter: Filter;
  readonly limit: number;
  readonly after?: string;
  /** Answer only once the views include this log position. */
  readonly minPosition?: bigint;
}

/** Tickets from the ticket view, most urgent first: nearest due time, then oldest. */
export class ListTicketsQuery extends Query<Page<TicketDocument>> {
  constructor(readonly criteria: ListTicketsCriteria) {
    super();
  }
}
