import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import { STORED_EVENT_STORE, verifyLog, type ChainReport, type EventStore } from '@ledger/event-store';
import { VerifyTicketQuery } from '@ledger/feedback';
import { AppModule } from '../app.module';
import { ticketIdOf } from './ticket-argument';

function describe(report: ChainReport, what: string): string[] {
  const counted = `${report.events} events in ${report.streams} stream${report.streams === 1 ? '' : 's'}`;
  const unchained = report.unchained ? `, ${report.unchained} of them from before the chain` : '';
  const mismatch = report.firstMismatch;
  if (!mismatch) return [`${what} verified: ${counted}${unchained}`];
  return [
    `${what} NOT verified after ${counted}: the first event that does not match is`,
    `  stream ${mismatch.streamId} revision ${mismatch.revision} (position ${mismatch.position})`,
    `  event ${mismatch.id} ${mismatch.type}: ${mismatch.problem}`,
  ];
}

/**
 * Checks the hash chain of one ticket (tracking number or id) or of the whole log; 0 when it
 * verifies, 3 when an event does not match, 1 when there is no such ticket.
 */
export async function verify(
  config: LedgerConfig,
  ticket: string | undefined,
  print: (line: string) => void,
): Promise<number> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    let report: ChainReport;
    if (ticket) {
      const id = await ticketIdOf(app.get(QueryBus), ticket);
      if (!id) {
        print(`no ticket ${ticket}`);
        return 1;
      }
      report = await app.get(QueryBus).execute(new VerifyTicketQuery(id));
    } else {
      report = await verifyLog(app.get<EventStore>(STORED_EVENT_STORE), (checked) => {
        if (checked % 100_000 === 0) print(`${checked} events checked`);
      });
    }
    describe(report, ticket ? `ticket ${ticket}` : 'the log').forEach((line) => print(line));
    return report.verified ? 0 : 3;
  } finally {
    await app.close();
  }
}
