import { Query } from '@nestjs/cqrs';
import type { TaxonomyChanged, TaxonomyRevision } from '@ledger/classifier';

export class GetTaxonomyQuery extends Query<TaxonomyRevision> {}

/** Every change after the shipped taxonomy, oldest first, without the taxonomies themselves. */
export type TaxonomyChangeSummary = Omit<TaxonomyChanged['data'], 'taxonomy'>;

export class GetTaxonomyHistoryQuery extends Query<TaxonomyChangeSummary[]> {}
