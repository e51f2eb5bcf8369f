import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { TaxonomyRevision } from '@ledger/classifier';
import { TaxonomyLog } from './taxonomy-log';
import { GetTaxonomyHistoryQuery, GetTaxonomyQuery, type TaxonomyChangeSummary } from './taxonomy.queries';

@QueryHandler(GetTaxonomyQuery)
export class GetTaxonomyHandler implements IQueryHandler<GetTaxonomyQuery, TaxonomyRevision> {
  constructor(private readonly log: TaxonomyLog) {}

  execute(): Promise<TaxonomyRevision> {
    return this.log.current();
  }
}

@QueryHandler(GetTaxonomyHistoryQuery)
export class GetTaxonomyHistoryHandler implements IQueryHandler<
  GetTaxonomyHistoryQuery,
  TaxonomyChangeSummary[]
> {
  constructor(private readonly log: TaxonomyLog) {}

  async execute(): Promise<TaxonomyChangeSummary[]> {
    return this.log.changesOf(await this.log.history()).map(({ taxonomy: _taxonomy, ...summary }) => summary);
  }
}
