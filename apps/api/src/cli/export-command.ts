import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import type { LedgerConfig } from '@ledger/config';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { endOfLocalDay, exportEvents, parseRecordTime, type ExportCriteria } from '@ledger/feedback';
import { AppModule } from '../app.module';
import { UsageError, readCommandLine } from './command-options';
import { ticketIdOf } from './ticket-argument';

/**
 * `export [--from <time>] [--to <time>] [--ticket <number|id>] [--out <file>]`: the events of a
 * period, of a ticket, or of a ticket in a period, one JSON line each, in log order. Without
 * `--out` the lines go to standard output and the count to standard error.
 */
export async function exportLog(
  config: LedgerConfig,
  args: readonly string[],
  print: (line: string) => void,
  streams: { readonly stdout: Writable; readonly stderr: Writable },
): Promise<number> {
  const { positionals, options } = readCommandLine(args, ['from', 'to', 'ticket', 'out']);
  if (positionals.length > 0) throw new UsageError(`export takes no argument, got ${positionals.join(' ')}`);
  const from = bound('from', options.from, config.timeZone);
  const to = bound('to', options.to, config.timeZone);
  if (from && to && from >= to) throw new UsageError('--to must be later than --from');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const feedbackId = options.ticket ? await ticketIdOf(app.get(QueryBus), options.ticket) : undefined;
    if (options.ticket && !feedbackId) {
      print(`no ticket ${options.ticket}`);
      return 1;
    }
    const criteria: ExportCriteria = { from, to, feedbackId };
    const out = options.out ? createWriteStream(options.out) : streams.stdout;
    let count = 0;
    for await (const line of exportEvents(app.get<EventStore>(EVENT_STORE), criteria)) {
      count++;
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
    }
    if (options.out) {
      await new Promise((resolve) => out.end(resolve));
      print(`exported ${count} events to ${options.out}`);
    } else {
      streams.stderr.write(`exported ${count} events\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

/**
 * A bound as the import reads times: with a zone, else local in the company's zone; a day alone
 * means its start for --from and its end for --to, so `--from 2023-10-01 --to 2023-10-31` is October.
 */
function bound(name: 'from' | 'to', text: string | undefined, timeZone: string): Date | undefined {
  if (text === undefined) return undefined;
  const time = parseRecordTime(text, timeZone);
  if (!time)
    throw new UsageError(`--${name} ${text} is not a time such as 2023-10-01 or 2023-10-01T08:00:00Z`);
  return new Date(name === 'to' && time.dateOnly ? endOfLocalDay(time.instant, timeZone) : time.instant);
}
