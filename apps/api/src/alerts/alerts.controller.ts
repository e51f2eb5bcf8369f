import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListAlertsQuery } from '@ledger/alerts';
import type { SpikeAlert } from '@ledger/domain';
import { ListAlertsDto } from './alerts.dto';

@Controller('alerts')
export class AlertsController {
  constructor(private readonly queries: QueryBus) {}

  /** Spike alerts, newest first, with what was counted, whether the episode is open, and the webhook delivery. */
  @Get()
  list(@Query() query: ListAlertsDto): Promise<SpikeAlert[]> {
    return this.queries.execute(
      new ListAlertsQuery(query.active === undefined ? undefined : query.active === 'true'),
    );
  }
}
