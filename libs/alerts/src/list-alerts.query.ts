import { Query } from '@nestjs/cqrs';
import type { SpikeAlert } from '@ledger/domain';

/** Spike alerts, newest first; `active` keeps only the open (true) or the ended (false) ones. */
export class ListAlertsQuery extends Query<SpikeAlert[]> {
  constructor(readonly active?: boolean) {
    super();
  }
}
