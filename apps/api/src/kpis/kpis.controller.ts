import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { TimelinessQuery, type TimelinessReport } from '@ledger/projections';
import { badRequest } from '../http/validation-pipe';
import { TimelinessDto, type KpiRangeDto } from './kpi-range.dto';

function checkRange({ from, to }: KpiRangeDto): void {
  if (from > to) throw badRequest([{ field: 'to', reason: 'to must not be before from' }]);
}

@Controller('kpis')
export class KpisController {
  constructor(private readonly queries: QueryBus) {}

  /** Timely-handling rates and handling times for first response and resolution. */
  @Get('timeliness')
  timeliness(@Query() query: TimelinessDto): Promise<TimelinessReport> {
    checkRange(query);
    return this.queries.execute(
      new TimelinessQuery({
        from: query.from,
        to: query.to,
        period: query.period ?? 'day',
        by: query.by ?? 'all',
        ...(query.minPosition ? { minPosition: BigInt(query.minPosition) } : {}),
      }),
    );
  }
}
