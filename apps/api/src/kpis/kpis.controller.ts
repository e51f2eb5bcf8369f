import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
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
} from '@ledger/projections';
import { badRequest } from '../http/validation-pipe';
import { KpiRangeDto, OverviewDto, SatisfactionDto, TimelinessDto } from './kpi-range.dto';
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
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

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
