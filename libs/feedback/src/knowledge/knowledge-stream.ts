import {
  asKnowledgeEvent,
  evolveKnowledgeCase,
  knowledgeStreamId,
  type KnowledgeCase,
  type KnowledgeCaseState,
} from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { foldStream, loadStream, type LoadedStream } from '../aggregate-stream';

export type LoadedKnowledgeCase = LoadedStream<KnowledgeCase>;

const KNOWLEDGE_CASE = { asEvent: asKnowledgeEvent, evolve: evolveKnowledgeCase };

/** Folds recorded events into a case; events of types this version does not know are skipped. */
export const foldKnowledgeCase = (events: readonly RecordedEvent[]): KnowledgeCaseState =>
  foldStream(events, KNOWLEDGE_CASE);

/** A case is decided on its own stream, never on the view, which may lag behind. */
export const loadKnowledgeCase = (store: EventStore, caseId: string): Promise<LoadedKnowledgeCase> =>
  loadStream(store, knowledgeStreamId(caseId), KNOWLEDGE_CASE);
