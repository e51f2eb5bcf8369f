import { Readable } from 'node:stream';
import { StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import type {
  AllStreamResolvedEvent,
  AppendResult as ClientAppendResult,
  EventStoreDBClient,
  ReadAllOptions as ClientReadAllOptions,
  ReadStreamOptions as ClientReadStreamOptions,
} from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const resolved = (
  position: bigint,
  streamId: string,
  type: string,
  revision = 0n,
): AllStreamResolvedEvent => ({
  event: {
    streamId,
    id: `event-${position}`,
    isJson: true,
    revision,
    type,
    created: new Date(0),
    data: { n: Number(position) },
    metadata: {},
    position: { commit: position, prepare: position },
  },
  commitPosition: position,
});

/** A client over an in-memory $all with EventStoreDB's read semantics: fromPosition is inclusive. */
function fakeClient(log: AllStreamResolvedEvent[] = []) {
  const reads: Array<{ from: bigint | 'start'; maxCount: number }> = [];
  const client = {
    appendResult: undefined as ClientAppendResult | Error | undefined,
    readStreamError: undefined as Error | undefined,
    reads,
    appendToStream: () =>
      client.appendResult instanceof Error
        ? Promise.reject(client.appendResult)
        : Promise.resolve(client.appendResult),
    readAll: ({ fromPosition, maxCount }: ClientReadAllOptions) => {
      const from = typeof fromPosition === 'object' ? fromPosition.commit : 'start';
      reads.push({ from, maxCount: Number(maxCount) });
      const page = log.filter((e) => from === 'start' || e.event!.position.commit >= from);
      return Readable.from(page.slice(0, Number(maxCount)));
    },
    readStream: (streamId: string, { fromRevision, maxCount }: ClientReadStreamOptions) => {
      if (client.readStreamError) {
        const failing = new Readable({ objectMode: true, read: () => undefined });
        process.nextTick(() => failing.destroy(client.readStreamError));
        return failing;
      }
      const events = log.filter(
        (e) => e.event!.streamId === streamId && e.event!.revision >= BigInt(fromRevision!),
      );
      return Readable.from(events.slice(0, Number(maxCount ?? Infinity)));
    },
  };
  // The fake implements only what the adapter calls.
  const store = new EventStoreDbEventStore(client as unknown as EventStoreDBClient);
  return { client, store };
}

describe('EventStoreDbEventStore (against a fake client)', () => {
  describe('readAll', () => {
    const log = Array.from({ length: 1300 }, (_, i) => {
      const position = BigInt(100 + i * 10);
      return i % 5 === 4
        ? resolved(position, '$stats-node', '$statsCollected')
        : resolved(position, 'feedback-1', 'A');
    });

    it('pages through the whole log, strictly after `after`, without system events or duplicates', async () => {
      const { store, client } = fakeClient(log);
      const events = await store.readAll({ after: 200n });
      const expected = log
        .map((e) => e.event!)
        .filter((e) => e.position.commit > 200n && !e.streamId.startsWith('$'))
        .map((e) => e.position.commit);
      expect(events.map((e) => e.position)).toEqual(expected);
      expect(client.reads.length).toBeGreaterThan(2);
      expect(client.reads[0].from).toBe(200n);
    });

    it('counts maxCount in returned events, not in events read', async () => {
      const { store } = fakeClient(log);
      const events = await store.readAll({ after: 120n, maxCount: 4 });
      expect(events.map((e) => e.position)).toEqual([130n, 150n, 160n, 170n]);
    });

    it('reads from the start when no position is given', async () => {
      const { store, client } = fakeClient(log);
      const [first] = await store.readAll({ maxCount: 1 });
      expect(first.position).toBe(100n);
      expect(client.reads[0].from).toBe('start');
    });
  });

  describe('appendToStream', () => {
    const event = { id: '5b1f1d1e-2f4b-4e0a-9a57-6a7d3f1c2b10', type: 'A', data: {}, metadata: {} };

    it('turns the client conflict into WrongExpectedRevisionError with the actual revision', async () => {
      const { store, client } = fakeClient();
      client.appendResult = new WrongExpectedVersionError(undefined, {
        streamName: 'feedback-1',
        expected: 2n,
        current: 5n,
      });
      const append = store.appendToStream('feedback-1', [event], 2);
      await expect(append).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(append).rejects.toMatchObject({ streamId: 'feedback-1', expected: 2, actual: 5 });
    });

    it('reports a missing stream as actual revision -1', async () => {
      const { store, client } = fakeClient();
      client.appendResult = new WrongExpectedVersionError(undefined, {
        streamName: 'feedback-1',
        expected: 'stream_exists',
        current: 'no_stream',
      });
      await expect(store.appendToStream('feedback-1', [event], 'stream_exists')).rejects.toMatchObject({
        expected: 'stream_exists',
        actual: -1,
      });
    });

    it('treats an unsuccessful result as a conflict at an unknown revision', async () => {
      const { store, client } = fakeClient();
      client.appendResult = { success: false, nextExpectedRevision: 1n, position: undefined };
      await expect(store.appendToStream('feedback-1', [event], 0)).rejects.toMatchObject({
        actual: undefined,
      });
    });

    it('looks the position of the last event up when the server does not report it', async () => {
      const { store, client } = fakeClient([
        resolved(500n, 'feedback-1', 'A', 0n),
        resolved(510n, 'feedback-1', 'B', 1n),
      ]);
      client.appendResult = { success: true, nextExpectedRevision: 1n, position: undefined };
      await expect(store.appendToStream('feedback-1', [event], 'no_stream')).resolves.toEqual({
        nextExpectedRevision: 1,
        position: 510n,
      });
    });

    it('takes the commit position the server reports', async () => {
      const { store, client } = fakeClient();
      client.appendResult = {
        success: true,
        nextExpectedRevision: 7n,
        position: { commit: 9000n, prepare: 9000n },
      };
      await expect(store.appendToStream('feedback-1', [event], 6)).resolves.toEqual({
        nextExpectedRevision: 7,
        position: 9000n,
      });
    });
  });

  describe('readStream', () => {
    it('reads a missing stream as empty', async () => {
      const { store, client } = fakeClient();
      client.readStreamError = new StreamNotFoundError(undefined, 'feedback-404');
      await expect(store.readStream('feedback-404')).resolves.toEqual([]);
    });

    it('passes other failures on', async () => {
      const { store, client } = fakeClient();
      client.readStreamError = new Error('unavailable');
      await expect(store.readStream('feedback-1')).rejects.toThrow('unavailable');
    });
  });
});
