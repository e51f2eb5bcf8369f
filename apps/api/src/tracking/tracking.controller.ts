import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { PublicTracking } from '@ledger/domain';
import { TrackTicketQuery } from '@ledger/feedback';
import { TrackParamsDto, TrackQueryDto } from './track.dto';

/**
 * Customers' self-service (SPEC §10): public, so rate limited per client address (the `track`
 * limit of ClientThrottlerGuard), and answering only what the customer may see.
 */
@Controller('track')
export class TrackingController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':ticketNo')
  track(@Param() params: TrackParamsDto, @Query() query: TrackQueryDto): Promise<PublicTracking> {
    return this.queries.execute(new TrackTicketQuery(params.ticketNo, query.verify));
  }
}
