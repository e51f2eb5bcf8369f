import type { QueryBus } from '@nestjs/cqrs';
import { FindTicketByNumberQuery } from '@ledger/feedback';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of the ticket a command line names, by tracking number or id; undefined for an unknown number. */
export async function ticketIdOf(queries: QueryBus, ticket: string): Promise<string | undefined> {
  if (UUID.test(ticket)) return ticket;
  return queries.execute(new FindTicketByNumberQuery(ticket)).then(
    (view) => view.ticket.id,
    () => undefined,
  );
}
