import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import { GetTicketHistoryQuery } from '@ledger/feedback';
import { AppModule } from '../app.module';
import { ticketIdOf } from './ticket-argument';
import { ticketTimeline } from './ticket-timeline';

/** Prints a ticket's history, by tracking number or id, as a timeline; 1 when there is no such ticket. */
export async function replay(
  config: LedgerConfig,
  ticket: string,
  print: (line: string) => void,
): Promise<number> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const queries = app.get(QueryBus);
    const id = await ticketIdOf(queries, ticket);
    const history = id ? await queries.execute(new GetTicketHistoryQuery(id)).catch(() => []) : [];
    if (history.length === 0) {
      print(`no ticket ${ticket}`);
      return 1;
    }
    const first = history[0].data as { ticketNo?: string };
    print(`${first.ticketNo ?? ticket} (${id}), ${history.length} events, times in ${config.timeZone}`);
    ticketTimeline(history, config.timeZone).forEach((line) => print(line));
    return 0;
  } finally {
    await app.close();
  }
}
