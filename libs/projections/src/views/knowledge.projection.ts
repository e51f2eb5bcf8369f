import { caseTermsOf, TAXONOMY_STREAM, type TaxonomyChanged } from '@ledger/classifier';
import { asKnowledgeEvent, evolveKnowledgeCase, KNOWLEDGE_STREAM_PREFIX } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { Projection, ViewWriter } from '../projection';
import { KNOWLEDGE_CASES, knowledgeCaseOf, type KnowledgeCaseDocument } from './knowledge-case-document';
import { stripUndefined } from './ticket-row';
import { KNOWLEDGE_TOPIC_LABELS, recordTopicLabels, topicLabels } from './topic-labels';

/**
 * The knowledge base: one document per case with its search terms, computed when the case is
 * published or revised. Topic labels count among a case's terms; they are those of the taxonomy
 * as the log stood at the change, never the clock's, so a rebuild indexes every case alike.
 */
export const knowledgeProjection = (): Projection => ({
  name: 'knowledge',
  collections: [
    // Searches page through the published cases. A category narrows the ranking, not the read (term
    // weights are those of every published case), so it needs no index of its own.
    { name: KNOWLEDGE_CASES, indexes: ['status'] },
    { name: KNOWLEDGE_TOPIC_LABELS, indexes: [] },
  ],
  async apply(recorded: RecordedEvent, views: ViewWriter): Promise<void> {
    if (recorded.streamId === TAXONOMY_STREAM && recorded.type === 'TaxonomyChanged') {
      recordTopicLabels(views, (recorded.data as unknown as TaxonomyChanged['data']).taxonomy);
      return;
    }
    if (!recorded.streamId.startsWith(KNOWLEDGE_STREAM_PREFIX)) return;
    const event = asKnowledgeEvent(recorded);
    if (!event) return;
    const id = recorded.streamId.slice(KNOWLEDGE_STREAM_PREFIX.length);
    const stored = await views.get<KnowledgeCaseDocument>(KNOWLEDGE_CASES, id);
    const next = evolveKnowledgeCase(stored && knowledgeCaseOf(stored), event);
    if (!next) return;
    // A withdrawal changes no text: the terms stay as they were.
    const terms =
      event.type === 'KnowledgeCaseWithdrawn' && stored
        ? stored.terms
        : caseTermsOf(next, await topicLabels(views));
    const document: KnowledgeCaseDocument = { ...next, terms };
    views.put(KNOWLEDGE_CASES, stripUndefined(document));
  },
});
