import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type Page, type ReadStore } from '@ledger/read-store';
import { TICKETS, type TicketDocument } from '../views/ticket-document';
import { ListTicketsQuery } from './list-tickets.query';
import { ViewFreshness } from './view-freshness';

@QueryHandler(ListTicketsQuery)
export class ListTicketsHandler implements IQueryHandler<ListTicketsQuery, Page<TicketDocument>> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ criteria }: ListTicketsQuery): Promise<Page<TicketDocument>> {
    await this.freshness.require(criteria.minPosition);
    return this.views.query<TicketDocument>(TICKETS, {
      filter: criteria.filter,
      sort: [
        { field: 'dueAt', direction: 'asc' },
        { field: 'receivedAt', direction: 'asc' },
      ],
      limit: criteria.limit,
      ...(criteria.after ? { after: criteria.after } : {}),
    });
  }
}
