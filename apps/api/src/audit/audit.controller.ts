import { Inject, Controller, Get, Query, Req, StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { Principal } from '@ledger/access';
import { maskContactData } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { auditPage, exportEvents, type AuditPage } from '@ledger/feedback';
import { seesContactData } from '../access/contact-visibility';
import { badRequest } from '../http/validation-pipe';
import { AuditEventsDto, AuditPeriodDto } from './audit.dto';

const dateOf = (text: string | undefined): Date | undefined => (text ? new Date(text) : undefined);

function period(query: AuditPeriodDto): { from?: Date; to?: Date } {
  const from = dateOf(query.from);
  const to = dateOf(query.to);
  if (from && to && from >= to) throw badRequest([{ field: 'to', reason: 'to must be after from' }]);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The audit team's questions of the log (SPEC §11): who did what, and when, over any period. */
@Controller('audit')
export class AuditController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Events by actor, type and period, in log order, a page at a time. The log is read from `after`
   * on, at most 20,000 events an answer: a page may hold fewer than `limit` and still have a `next`.
   */
  @Get('events')
  events(@Query() query: AuditEventsDto): Promise<AuditPage> {
    const { actor, type } = query;
    return auditPage(
      this.store,
      { ...period(query), ...(actor ? { actor } : {}), ...(type ? { type } : {}) },
      { ...(query.after ? { after: BigInt(query.after) } : {}), limit: query.limit ?? 100 },
    );
  }

  /** Every event of the period as NDJSON, streamed a page at a time; contact data masked as for any answer. */
  @Get('export')
  export(@Query() query: AuditPeriodDto, @Req() request: { principal?: Principal }): StreamableFile {
    const masked = !seesContactData(request.principal);
    const lines = exportEvents(this.store, period(query));
    const ndjson = Readable.from(
      (async function* () {
        for await (const line of lines) yield `${JSON.stringify(masked ? maskContactData(line) : line)}\n`;
      })(),
    );
    return new StreamableFile(ndjson, {
      type: 'application/x-ndjson',
      disposition: 'attachment; filename="events.ndjson"',
    });
  }
}
