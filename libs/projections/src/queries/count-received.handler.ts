import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { TICKET_TOPICS, TICKETS } from '../views/ticket-document';
import { CountReceivedQuery } from './count-received.query';

/** Counted on the indexes (category, receivedAt) and (topic, receivedAt): no document is read. */
@QueryHandler(CountReceivedQuery)
export class CountReceivedHandler implements IQueryHandler<CountReceivedQuery, number> {
  constructor(@Inject(READ_STORE) private readonly views: ReadStore) {}

  execute({ dimension, value, from, to }: CountReceivedQuery): Promise<number> {
    const receivedAt = { gte: from, lt: to };
    return dimension === 'category'
      ? this.views.count(TICKETS, { category: value, receivedAt })
      : this.views.count(TICKET_TOPICS, { topic: value, receivedAt });
  }
}
