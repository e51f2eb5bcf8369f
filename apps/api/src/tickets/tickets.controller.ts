import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListTicketsQuery, type TicketDocument } from '@ledger/projections';
import type { Filter, Page } from '@ledger/read-store';
import { ListOpenTicketsDto } from './list-tickets.dto';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly queries: QueryBus) {}

  /** The work queue: open tickets, most urgent first (nearest due time, then oldest). */
  @Get('open')
  open(@Query() query: ListOpenTicketsDto): Promise<Page<TicketDocument>> {
    const filter: Record<string, Filter[string]> = { open: true };
    for (const field of ['status', 'priority', 'category', 'department', 'assignee'] as const) {
      const values = query[field];
      if (values?.length) filter[field] = { in: values };
    }
    return this.queries.execute(
      new ListTicketsQuery({
        filter,
        limit: query.limit ?? 50,
        ...(query.after ? { after: query.after } : {}),
        ...(query.minPosition ? { minPosition: BigInt(query.minPosition) } : {}),
      }),
    );
  }
}
