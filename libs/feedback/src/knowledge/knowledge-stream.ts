import {
  asKnowledgeEvent,
  evolveKnowledgeCase,
  knowledgeStreamId,
  type KnowledgeCaseState,
} from '@ledger/domain';
import { NO_REVISION, type EventStore, type RecordedEvent } from '@ledger/event-store';

export interface LoadedKnowledgeCase {
  readonly events: readonly RecordedEvent[];
  readonly state: KnowledgeCaseState;
  /** Stream revision of the last event, -1 when the stream does not exist. */
  readonly revision: number;
}

/** Folds recorded events into a case; events of types this version does not know are skipped. */
export function foldKnowledgeCase(events: readonly RecordedEvent[]): KnowledgeCaseState {
  let state: KnowledgeCaseState = undefined;
  for (const recorded of events) {
    const event = asKnowledgeEvent(recorded);
    if (event) state = evolveKnowledgeCase(state, event);
  }
  return state;
}

/** A case is decided on its own stream, never on the view, which may lag behind. */
export async function loadKnowledgeCase(store: EventStore, caseId: string): Promise<LoadedKnowledgeCase> {
  const events = await store.readStream(knowledgeStreamId(caseId));
  return {
    events,
    state: foldKnowledgeCase(events),
    revision: events.length > 0 ? events[events.length - 1].revision : NO_REVISION,
  };
}
