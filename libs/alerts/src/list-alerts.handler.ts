import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { SpikeAlert } from '@ledger/domain';
import { SpikeAlertLog } from '@ledger/feedback';
import { ListAlertsQuery } from './list-alerts.query';

/** Read from the alert stream itself: always current, and alerts are few. */
@QueryHandler(ListAlertsQuery)
export class ListAlertsHandler implements IQueryHandler<ListAlertsQuery, SpikeAlert[]> {
  constructor(private readonly log: SpikeAlertLog) {}

  async execute({ active }: ListAlertsQuery): Promise<SpikeAlert[]> {
    const { alerts } = (await this.log.read()).state;
    return alerts.filter((alert) => active === undefined || alert.active === active).reverse();
  }
}
