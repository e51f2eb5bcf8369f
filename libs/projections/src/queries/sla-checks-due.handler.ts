import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type Page, type ReadStore } from '@ledger/read-store';
import { TICKETS, type TicketDocument } from '../views/ticket-document';
import { SlaChecksDueQuery } from './sla-checks-due.query';

@QueryHandler(SlaChecksDueQuery)
export class SlaChecksDueHandler implements IQueryHandler<SlaChecksDueQuery, Page<TicketDocument>> {
  constructor(@Inject(READ_STORE) private readonly views: ReadStore) {}

  execute({ now, limit, after }: SlaChecksDueQuery): Promise<Page<TicketDocument>> {
    return this.views.query<TicketDocument>(TICKETS, {
      filter: { nextSlaCheckAt: { lte: now } },
      sort: [{ field: 'nextSlaCheckAt', direction: 'asc' }],
      limit,
      ...(after ? { after } : {}),
    });
  }
}
