import type { Actor, DomainEvent } from '../feedback/feedback-events';
import type { Category } from '../feedback/feedback-vocabulary';

/** One stream per case, `knowledge-<uuid>`, so EventStoreDB's `$ce-knowledge` category works. */
export const KNOWLEDGE_STREAM_PREFIX = 'knowledge-';

export const knowledgeStreamId = (caseId: string): string => `${KNOWLEDGE_STREAM_PREFIX}${caseId}`;

/** Where a case was learnt: a resolved ticket, or a closed problem. */
export type KnowledgeSource =
  | { readonly kind: 'ticket'; readonly feedbackId: string; readonly ticketNo: string }
  | { readonly kind: 'problem'; readonly problemId: string };

/** A resolved typical case was published to the knowledge base (SPEC §9). */
export type KnowledgeCasePublished = DomainEvent<
  'KnowledgeCasePublished',
  {
    caseId: string;
    title: string;
    symptom: string;
    /** Empty when the cause was never found: the case still tells what helped. */
    cause: string;
    solution: string;
    category: Category;
    topics: readonly string[];
    source: KnowledgeSource;
    language?: string;
    by: Actor;
    publishedAt: string;
  }
>;

/** Only the fields that changed are present. */
export type KnowledgeCaseRevised = DomainEvent<
  'KnowledgeCaseRevised',
  {
    title?: string;
    symptom?: string;
    cause?: string;
    solution?: string;
    topics?: readonly string[];
    by: Actor;
    revisedAt: string;
  }
>;

/** The case no longer holds (or never should have been published): it leaves the search. */
export type KnowledgeCaseWithdrawn = DomainEvent<
  'KnowledgeCaseWithdrawn',
  { reason: string; by: Actor; withdrawnAt: string }
>;

export type KnowledgeEvent = KnowledgeCasePublished | KnowledgeCaseRevised | KnowledgeCaseWithdrawn;

export type KnowledgeEventType = KnowledgeEvent['type'];

export const KNOWLEDGE_EVENT_TYPES: readonly KnowledgeEventType[] = [
  'KnowledgeCasePublished',
  'KnowledgeCaseRevised',
  'KnowledgeCaseWithdrawn',
];

const knownEventTypes = new Set<string>(KNOWLEDGE_EVENT_TYPES);

/** Reads a stored event as a knowledge event; events of types this version does not know give undefined. */
export function asKnowledgeEvent(stored: {
  readonly type: string;
  readonly data: object;
}): KnowledgeEvent | undefined {
  return knownEventTypes.has(stored.type)
    ? ({ type: stored.type, data: stored.data } as KnowledgeEvent)
    : undefined;
}
