import { NO_REVISION, type EventStore, type RecordedEvent } from '@ledger/event-store';
import type { CommandContext } from './command-context';
import { IdempotencyKeyReusedError } from './errors/feedback-errors';

/** How an aggregate's recorded events fold: which it knows, and how each changes the state. */
export interface Fold<Event, State> {
  readonly asEvent: (recorded: RecordedEvent) => Event | undefined;
  readonly evolve: (state: State, event: Event) => State;
}

export interface LoadedStream<State> {
  readonly events: readonly RecordedEvent[];
  readonly state: State | undefined;
  /** Revision of the last event, -1 when the stream does not exist. */
  readonly revision: number;
}

/** Folds recorded events from nothing; events of types this version does not know are skipped. */
export function foldStream<Event, State>(
  events: readonly RecordedEvent[],
  { asEvent, evolve }: Fold<Event, State | undefined>,
): State | undefined {
  let state: State | undefined = undefined;
  for (const recorded of events) {
    const event = asEvent(recorded);
    if (event) state = evolve(state, event);
  }
  return state;
}

/** An aggregate is read from its own stream: always current, so a client reads its own writes. */
export async function loadStream<Event, State>(
  store: EventStore,
  streamId: string,
  fold: Fold<Event, State | undefined>,
): Promise<LoadedStream<State>> {
  const events = await store.readStream(streamId);
  return {
    events,
    state: foldStream(events, fold),
    revision: events.length > 0 ? events[events.length - 1].revision : NO_REVISION,
  };
}

/**
 * Where the stream holds this command id's last event: the command was carried out before, and is
 * answered as it was then. The same id with another request is a reused key.
 */
export function earlierCommandEvent(
  events: readonly RecordedEvent[],
  context: CommandContext,
): number | undefined {
  const last = events.findLastIndex((event) => event.metadata.commandId === context.commandId);
  if (last < 0) return undefined;
  if (events[last].metadata.requestHash !== context.requestHash)
    throw new IdempotencyKeyReusedError(context.commandId);
  return last;
}
