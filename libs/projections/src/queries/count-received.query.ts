import { Query } from '@nestjs/cqrs';
import type { SpikeDimension } from '@ledger/domain';

/** How many tickets of a category, or carrying a topic, were received in [from, to) (ISO times). */
export class CountReceivedQuery extends Query<number> {
  constructor(
    readonly dimension: SpikeDimension,
    readonly value: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}
