import type { Category, Priority, Sentiment, Severity } from '@ledger/domain';

/**
 * Phrases and what each one weighs. Latin phrases match whole words (`crash*` also matches
 * `crashes`); Chinese phrases match anywhere. Both are compared after normalisation, so a
 * Traditional Chinese phrase matches Simplified text and the other way round.
 */
export type PhraseWeights = Readonly<Record<string, number>>;

export interface TopicDefinition {
  readonly label: string;
  readonly phrases: PhraseWeights;
}

/**
 * Everything the classifier knows, as data: the categories are fixed by the specification, their
 * phrases are not; topics can be added. Priority phrases are signals of urgency, severity phrases
 * apply to complaints only.
 */
export interface Taxonomy {
  readonly categories: Readonly<Record<Category, PhraseWeights>>;
  readonly topics: Readonly<Record<string, TopicDefinition>>;
  readonly priorities: Readonly<Record<Exclude<Priority, 'P3'>, PhraseWeights>>;
  readonly severities: Readonly<Record<Exclude<Severity, 'general'>, PhraseWeights>>;
  readonly sentiments: Readonly<Record<Exclude<Sentiment, 'neutral'>, PhraseWeights>>;
}
