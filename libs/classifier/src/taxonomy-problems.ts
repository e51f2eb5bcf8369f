import { CATEGORIES } from '@ledger/domain';

export interface TaxonomyProblem {
  readonly field: string;
  readonly reason: string;
}

/** Limits that keep a taxonomy something a person maintains, and the classifier fast. */
export const TAXONOMY_LIMITS = {
  topics: 100,
  phrasesPerEntry: 500,
  phraseLength: 40,
  labelLength: 80,
  maxWeight: 10,
} as const;

const TOPIC_KEY = /^[a-z][a-z0-9_]{0,39}$/;

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sections of a taxonomy whose keys are fixed, each with the keys it must have. */
const FIXED_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  categories: CATEGORIES,
  priorities: ['P1', 'P2', 'P4'],
  severities: ['serious', 'minor'],
  sentiments: ['positive', 'negative'],
};

function phraseProblems(phrases: unknown, field: string): TaxonomyProblem[] {
  if (!isFields(phrases)) return [{ field, reason: 'must be an object of phrase → weight' }];
  const entries = Object.entries(phrases);
  if (entries.length > TAXONOMY_LIMITS.phrasesPerEntry) {
    return [{ field, reason: `must have at most ${TAXONOMY_LIMITS.phrasesPerEntry} phrases` }];
  }
  return entries.flatMap(([phrase, weight]): TaxonomyProblem[] => {
    const at = `${field}.${phrase}`;
    if (phrase.trim().length === 0 || phrase.length > TAXONOMY_LIMITS.phraseLength) {
      return [{ field: at, reason: `a phrase must be 1 to ${TAXONOMY_LIMITS.phraseLength} characters` }];
    }
    if (typeof weight !== 'number' || !(weight > 0) || weight > TAXONOMY_LIMITS.maxWeight) {
      return [{ field: at, reason: `weight must be a number above 0, up to ${TAXONOMY_LIMITS.maxWeight}` }];
    }
    return [];
  });
}

function topicProblems(topics: unknown): TaxonomyProblem[] {
  if (!isFields(topics))
    return [{ field: 'topics', reason: 'must be an object of topic → { label, phrases }' }];
  const entries = Object.entries(topics);
  if (entries.length === 0 || entries.length > TAXONOMY_LIMITS.topics) {
    return [{ field: 'topics', reason: `must have 1 to ${TAXONOMY_LIMITS.topics} topics` }];
  }
  return entries.flatMap(([key, topic]): TaxonomyProblem[] => {
    const field = `topics.${key}`;
    if (!TOPIC_KEY.test(key))
      return [{ field, reason: 'a topic key must be lower case letters, digits and _ (up to 40)' }];
    if (!isFields(topic)) return [{ field, reason: 'must be { label, phrases }' }];
    const extra = Object.keys(topic).filter((name) => name !== 'label' && name !== 'phrases');
    const label = topic.label;
    return [
      ...extra.map((name) => ({
        field: `${field}.${name}`,
        reason: 'is not a topic field (label, phrases)',
      })),
      ...(typeof label !== 'string' || label.trim().length === 0 || label.length > TAXONOMY_LIMITS.labelLength
        ? [{ field: `${field}.label`, reason: `must be 1 to ${TAXONOMY_LIMITS.labelLength} characters` }]
        : []),
      ...phraseProblems(topic.phrases, `${field}.phrases`),
    ];
  });
}

/**
 * Everything wrong with a taxonomy sent to replace the one in force, each with the field's path;
 * none means it is a `Taxonomy`. Every category and signal must be present (with no phrases if
 * need be), so that a change never leaves the classifier without a section.
 */
export function taxonomyProblems(value: unknown): TaxonomyProblem[] {
  if (!isFields(value)) return [{ field: 'taxonomy', reason: 'must be an object' }];
  const known = [...Object.keys(FIXED_SECTIONS), 'topics'];
  const problems: TaxonomyProblem[] = Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({ field: `taxonomy.${key}`, reason: `is not a taxonomy section (${known.join(', ')})` }));
  for (const [section, keys] of Object.entries(FIXED_SECTIONS)) {
    const entries = value[section];
    if (!isFields(entries)) {
      problems.push({ field: `taxonomy.${section}`, reason: `must be an object with ${keys.join(', ')}` });
      continue;
    }
    for (const extra of Object.keys(entries).filter((key) => !keys.includes(key))) {
      problems.push({ field: `taxonomy.${section}.${extra}`, reason: `must be one of ${keys.join(', ')}` });
    }
    for (const key of keys) problems.push(...phraseProblems(entries[key], `taxonomy.${section}.${key}`));
  }
  problems.push(...topicProblems(value.topics).map((p) => ({ ...p, field: `taxonomy.${p.field}` })));
  return problems;
}
