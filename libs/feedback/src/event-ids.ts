import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace for ids derived from client-supplied keys and command ids. */
const LEDGER_NAMESPACE = '6f1d2c3e-8a7b-4c5d-9e0f-1a2b3c4d5e6f';

/**
 * The i-th event of a request gets the same id on every retry, so the store can deduplicate it.
 * The request's digest is part of the id: the same key with another request never looks like a
 * retry to the store, so it meets a conflict and then the IdempotencyKeyReused answer.
 */
export const eventIdFor = (commandId: string, requestHash: string, index: number): string =>
  uuidv5(`${commandId}/${requestHash}/${index}`, LEDGER_NAMESPACE);

/** A ticket's id is derived from the command that received it, so a repeated request finds it again. */
export const feedbackIdFor = (commandId: string): string => uuidv5(`feedback/${commandId}`, LEDGER_NAMESPACE);

/** A problem opened with a client's key gets an id derived from it, so a repeated request finds it again. */
export const problemIdFor = (commandId: string): string => uuidv5(`problem/${commandId}`, LEDGER_NAMESPACE);

/** A corrective action's id follows from the command that planned it, so a retry plans it once. */
export const actionIdFor = (commandId: string): string => uuidv5(`action/${commandId}`, LEDGER_NAMESPACE);

/**
 * An SLA fact's event id depends only on the ticket, the event type and the fact's key, so two
 * clocks that notice the same deadline write the same event, which the store keeps once.
 */
export const slaEventIdFor = (feedbackId: string, type: string, key: string): string =>
  uuidv5(`sla/${feedbackId}/${type}/${key}`, LEDGER_NAMESPACE);

/**
 * An imported ticket's id follows from its tracking number, so a number always leads to the same
 * stream: a second import of the row finds it, and a number held for an import (see
 * HistoricalNumbers) names the ticket it is kept for.
 */
export const importedFeedbackIdFor = (ticketNo: string): string =>
  uuidv5(`import/${ticketNo}`, LEDGER_NAMESPACE);

/** A number held for an import gets the same event id from every import that holds it. */
export const reservationEventIdFor = (ticketNo: string): string =>
  uuidv5(`trackingno/${ticketNo}`, LEDGER_NAMESPACE);

/**
 * A case published under an Idempotency-Key gets its id from the key, so a retried publication
 * finds its first answer instead of publishing a second case.
 */
export const knowledgeCaseIdFor = (commandId: string): string =>
  uuidv5(`knowledge/${commandId}`, LEDGER_NAMESPACE);
