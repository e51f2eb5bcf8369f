import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Logger,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@ledger/feedback';
import {
  OverviewQuery,
  RepeatComplaintsQuery,
  SatisfactionQuery,
  TimelinessQuery,
  type Overview,
  type RepeatComplaintsReport,
  type SatisfactionReport,
  type TimelinessReport,
  type WhatIfProgress,
  type WhatIfResult,
  WhatIfReplay,
  WhatIfRulesError,
} from '@ledger/projections';
import { badRequest } from '../http/validation-pipe';
import { KpiRangeDto, OverviewDto, SatisfactionDto, TimelinessDto } from './kpi-range.dto';
import { WhatIfDto } from './what-if.dto';
import { toCsv } from './table-format';

interface CsvReply {
  header(name: string, value: string): unknown;
}

function criteria(query: KpiRangeDto) {
  if (query.from > query.to) throw badRequest([{ field: 'to', reason: 'to must not be before from' }]);
  return {
    from: query.from,
    to: query.to,
    period: query.period ?? 'day',
    ...(query.minPosition ? { minPosition: BigInt(query.minPosition) } : {}),
  };
}

/** JSON by default; with `format=csv`, the report's rows as CSV. */
function respond<T extends { rows: object[] }>(report: T, query: KpiRangeDto, reply: CsvReply): T | string {
  if (query.format !== 'csv') return report;
  reply.header('Content-Type', 'text/csv; charset=utf-8');
  return toCsv(report.rows);
}

@Controller('kpis')
export class KpisController {
  private readonly logger = new Logger('WhatIf');

  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly whatIf: WhatIfReplay,
  ) {}

  /**
   * The timeliness figures of a period under changed SLA rules beside the actual ones: the log is
   * replayed under the changed policy and calendar, never touching the live views. Answers NDJSON:
   * `{"progress":{"events","done"}}` lines while the replay runs, then one `{"result":…}` line with
   * `actual` and `whatIf` (each with the targets it was measured against).
   */
  @Post('what-if')
  @HttpCode(200)
  async whatIfReplay(@Body() body: WhatIfDto): Promise<StreamableFile> {
    if (body.from > body.to) throw badRequest([{ field: 'to', reason: 'to must not be before from' }]);
    let rules;
    try {
      rules = this.whatIf.rulesFor({ policy: body.policy, calendar: body.calendar });
    } catch (error) {
      if (!(error instanceof WhatIfRulesError)) throw error;
      const field = error.message.startsWith('calendar') ? 'calendar' : 'policy';
      throw badRequest([{ field, reason: error.message }]);
    }
    const criteria = {
      from: body.from,
      to: body.to,
      period: body.period ?? 'month',
      by: body.by ?? 'priority',
    };
    const replay = this.whatIf.run(criteria, rules);
    // The first step waits for the live views; its refusal (503 when they lag) is still a plain answer.
    const first = await replay.next();
    const logger = this.logger;
    const lines = async function* (): AsyncGenerator<string> {
      let step: IteratorResult<WhatIfProgress, WhatIfResult> = first;
      try {
        while (!step.done) {
          yield `${JSON.stringify({ progress: step.value })}\n`;
          step = await replay.next();
        }
        yield `${JSON.stringify({ result: step.value })}\n`;
      } catch (error) {
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        yield `${JSON.stringify({ error: 'the replay failed; the service log tells why' })}\n`;
      } finally {
        // A client that hangs up ends the replay too: its scratch file is deleted and the next may run.
        if (!step.done) await replay.return(undefined as never);
      }
    };
    return new StreamableFile(Readable.from(lines()), { type: 'application/x-ndjson' });
  }

  /** Timely-handling rates and handling times for first response and resolution. */
  @Get('timeliness')
  async timeliness(
    @Query() query: TimelinessDto,
    @Res({ passthrough: true }) reply: CsvReply,
  ): Promise<TimelinessReport | string> {
    const report = await this.queries.execute(
      new TimelinessQuery({ ...criteria(query), by: query.by ?? 'all' }),
    );
    return respond(report, query, reply);
  }

  /** Repeated complaints / all complaints, by the period they were received in. */
  @Get('repeat-complaints')
  async repeatComplaints(
    @Query() query: KpiRangeDto,
    @Res({ passthrough: true }) reply: CsvReply,
  ): Promise<RepeatComplaintsReport | string> {
    return respond(await this.queries.execute(new RepeatComplaintsQuery(criteria(query))), query, reply);
  }

  /** The distribution of ratings, the satisfaction rate and its trend. */
  @Get('satisfaction')
  async satisfaction(
    @Query() query: SatisfactionDto,
    @Res({ passthrough: true }) reply: CsvReply,
  ): Promise<SatisfactionReport | string> {
    const report = await this.queries.execute(
      new SatisfactionQuery({ ...criteria(query), by: query.by ?? 'all' }),
    );
    return respond(report, query, reply);
  }

  /** Category share, top topics, reopen rate, backlog by age, and per-department closure and satisfaction. */
  @Get('overview')
  overview(@Query() query: OverviewDto): Promise<Overview> {
    const { from, to, minPosition } = criteria(query);
    return this.queries.execute(
      new OverviewQuery({
        from,
        to,
        asOf: this.clock.now(),
        ...(minPosition !== undefined ? { minPosition } : {}),
      }),
    );
  }
}
