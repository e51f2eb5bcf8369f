import type { EventStore, NewEvent } from './event-store.port';

/** The same store, telling `listener` of the events of every append that succeeded. */
export function withAppendListener(
  store: EventStore,
  listener: (events: readonly NewEvent[]) => void,
): EventStore {
  return {
    appendToStream: async (streamId, events, expectedRevision) => {
      const result = await store.appendToStream(streamId, events, expectedRevision);
      listener(events);
      return result;
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
}
