import { Query } from '@nestjs/cqrs';
import type { Page } from '@ledger/read-store';
import type { TicketDocument } from '../views/ticket-document';

/** Tickets whose next SLA fact has come by `now`, earliest first, a page at a time. */
export class SlaChecksDueQuery extends Query<Page<TicketDocument>> {
  constructor(
    readonly now: string,
    readonly limit: number,
    readonly after?: string,
  ) {
    super();
  }
}
