import { DEFAULT_TAXONOMY, type Taxonomy } from '@ledger/classifier';
import type { ReadDocument } from '@ledger/read-store';
import type { ViewWriter } from '../projection';

/** The taxonomy's topic labels as the log stands, so that a rebuild indexes each case as it was indexed. */
export const KNOWLEDGE_TOPIC_LABELS = 'knowledge_topic_labels';

const LABELS_ID = 'current';

interface TopicLabelsDocument extends ReadDocument {
  readonly labels: Readonly<Record<string, string>>;
}

export const topicLabelsOf = (taxonomy: Taxonomy): Record<string, string> =>
  Object.fromEntries(Object.entries(taxonomy.topics).map(([topic, { label }]) => [topic, label]));

export function recordTopicLabels(views: ViewWriter, taxonomy: Taxonomy): void {
  const document: TopicLabelsDocument = { id: LABELS_ID, labels: topicLabelsOf(taxonomy) };
  views.put(KNOWLEDGE_TOPIC_LABELS, document);
}

/** The labels last recorded; the shipped taxonomy's until the log changes it. Reads the views or a batch. */
export async function topicLabels(views: Pick<ViewWriter, 'get'>): Promise<Readonly<Record<string, string>>> {
  const stored = await views.get<TopicLabelsDocument>(KNOWLEDGE_TOPIC_LABELS, LABELS_ID);
  return stored?.labels ?? topicLabelsOf(DEFAULT_TAXONOMY);
}
