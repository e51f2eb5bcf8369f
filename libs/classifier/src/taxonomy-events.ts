import type { Taxonomy } from './taxonomy';

/** Every change of the taxonomy, in order: revision n is the stream's n-th event; 0 is the shipped one. */
export const TAXONOMY_STREAM = 'taxonomy';

export interface TaxonomyChanged {
  readonly type: 'TaxonomyChanged';
  readonly data: {
    readonly revision: number;
    readonly taxonomy: Taxonomy;
    readonly reason: string;
    readonly by: string;
    readonly changedAt: string;
    /** Topics added and removed against the revision before, for a reader of the history. */
    readonly topicsAdded: readonly string[];
    readonly topicsRemoved: readonly string[];
  };
}

export interface TaxonomyRevision {
  readonly revision: number;
  readonly taxonomy: Taxonomy;
  readonly changedAt?: string;
  readonly by?: string;
  readonly reason?: string;
}

/** The change that replaces `current` with `taxonomy`. */
export function changeTaxonomy(
  current: TaxonomyRevision,
  taxonomy: Taxonomy,
  change: { readonly reason: string; readonly by: string; readonly at: string },
): TaxonomyChanged {
  const before = Object.keys(current.taxonomy.topics);
  const after = Object.keys(taxonomy.topics);
  return {
    type: 'TaxonomyChanged',
    data: {
      revision: current.revision + 1,
      taxonomy,
      reason: change.reason,
      by: change.by,
      changedAt: change.at,
      topicsAdded: after.filter((topic) => !before.includes(topic)),
      topicsRemoved: before.filter((topic) => !after.includes(topic)),
    },
  };
}
