import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListTicketsQuery, type TicketDocument } from '@ledger/projections';
import type { Filter, Page } from '@ledger/read-store';
import { toCsv } from '../kpis/table-format';
import { ListOpenTicketsDto } from './list-tickets.dto';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly queries: QueryBus) {}

  /** The work queue: open tickets, most urgent first (nearest due time, then oldest). */
  @Get('open')
  async open(
    @Query() query: ListOpenTicketsDto,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<Page<TicketDocument> | string> {
    const filter: Record<string, Filter[string]> = { open: true };
    for (const field of ['status', 'priority', 'category', 'department', 'assignee', 'slaState'] as const) {
      const values = query[field];
      if (values?.length) filter[field] = { in: values };
    }
    const page = await this.queries.execute(
      new ListTicketsQuery({
        filter,
        limit: query.limit ?? 50,
        ...(query.after ? { after: query.after } : {}),
        ...(query.minPosition ? { minPosition: BigInt(query.minPosition) } : {}),
      }),
    );
    if (query.format !== 'csv') return page;
    reply.header('Content-Type', 'text/csv; charset=utf-8');
    if (page.next) reply.header('X-Next-Cursor', page.next);
    // A table cell holds one value: the deadlines still to come are summed up by the next one.
    return toCsv(
      page.items.map(({ topics, slaDeadlines: _deadlines, ...ticket }) => ({
        ...ticket,
        topics: topics.join(' '),
      })),
    );
  }
}
