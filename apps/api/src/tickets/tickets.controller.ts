import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Principal } from '@ledger/access';
import { maskContactData } from '@ledger/domain';
import { QueryBus } from '@nestjs/cqrs';
import { ListTicketsQuery, type TicketDocument } from '@ledger/projections';
import type { Filter, Page } from '@ledger/read-store';
import { toCsv } from '../kpis/table-format';
import { seesContactData } from '../access/contact-visibility';
import { ListOpenTicketsDto } from './list-tickets.dto';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly queries: QueryBus) {}

  /** The work queue: open tickets, most urgent first (nearest due time, then oldest). */
  @Get('open')
  async open(
    @Query() query: ListOpenTicketsDto,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
    @Req() request: { principal?: Principal },
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
    const rows = page.items.map(({ topics, slaDeadlines: _deadlines, ...ticket }) => ({
      ...ticket,
      topics: topics.join(' '),
    }));
    return toCsv(seesContactData(request.principal) ? rows : (maskContactData(rows) as typeof rows));
  }
}
