import type { EventData, EventMetadata, NewEvent } from '@ledger/event-store';
import { eventIdFor } from './event-ids';

/** Who sends a command and how it relates to the requests around it. */
export interface CommandContext {
  /** The client's Idempotency-Key when given, else a fresh UUID. */
  readonly commandId: string;
  /** Whether the command id is the client's key, so the same command may arrive again, even concurrently. */
  readonly keyedByClient: boolean;
  readonly actor: string;
  /** The key a service sent the command with, when it acts for the person named as the actor. */
  readonly via?: string;
  readonly correlationId: string;
  /** The event or command that caused this one; the command itself when it came from a client. */
  readonly causationId: string;
  /** A digest of the request, to tell a retry of the same request from a reused key. */
  readonly requestHash: string;
  /** Set when the client stated the revision it saw (If-Match): no silent retry then. */
  readonly expectedRevision?: number;
}

export const SCHEMA_VERSION = 1;

export function metadataFor(context: CommandContext, commandType: string): EventMetadata {
  return {
    $correlationId: context.correlationId,
    $causationId: context.causationId,
    actor: context.actor,
    ...(context.via ? { via: context.via } : {}),
    commandId: context.commandId,
    commandType,
    requestHash: context.requestHash,
    schemaVersion: SCHEMA_VERSION,
  };
}

/** The events of one decision as the store takes them: ids from the command id, shared metadata. */
export function toNewEvents(
  events: readonly { readonly type: string; readonly data: EventData }[],
  context: CommandContext,
  commandType: string,
): NewEvent[] {
  const metadata = metadataFor(context, commandType);
  return events.map((event, i) => ({
    id: eventIdFor(context.commandId, context.requestHash, i),
    type: event.type,
    data: event.data,
    metadata,
  }));
}
