import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '../event-store.port';
import { PREVIOUS_HASH, storedHash } from '../tamper-evidence/event-hash';
import { HashChainedEventStore } from '../tamper-evidence/hash-chained-event-store';
import { verifyStream } from '../tamper-evidence/verify-hash-chain';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import type { EventStoreUnderTest } from './event-store.contract';

const newEvent = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor: 'contract-test' },
});

/**
 * The tamper-evident chain on an adapter (SPEC §11): every append through the chained store links
 * each event to the one stored before it, whatever the expected revision and however appends race.
 */
export function describeHashChainContract(
  adapterName: string,
  open: () => Promise<EventStoreUnderTest>,
): void {
  describe(`hash chain: ${adapterName}`, () => {
    let subject: EventStoreUnderTest;
    let store: EventStore;

    beforeEach(async () => {
      subject = await open();
      store = new HashChainedEventStore(subject.store);
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('links each event to its predecessor, and the stream verifies', async () => {
      const stream = `feedback-${randomUUID()}`;
      await store.appendToStream(stream, [newEvent('A', { text: '登录卡顿' }), newEvent('B')], 'no_stream');
      await store.appendToStream(stream, [newEvent('C')], 1);
      await store.appendToStream(stream, [newEvent('D')], 'any');
      await store.appendToStream(stream, [newEvent('E')], 'stream_exists');
      const events = await subject.store.readStream(stream);
      expect(events[0].metadata[PREVIOUS_HASH]).toBeNull();
      for (let i = 1; i < events.length; i++) {
        expect(events[i].metadata[PREVIOUS_HASH]).toBe(storedHash(events[i - 1]));
      }
      expect(new Set(events.map(storedHash)).size).toBe(5);
      await expect(verifyStream(store, stream)).resolves.toEqual({
        verified: true,
        streams: 1,
        events: 5,
        unchained: 0,
      });
    });

    it('keeps the chain whole when appends race, with or without an expected revision', async () => {
      const stream = `feedback-${randomUUID()}`;
      await store.appendToStream(stream, [newEvent('Start')], 'no_stream');
      const exact = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => store.appendToStream(stream, [newEvent(`Exact${i}`)], 0)),
      );
      expect(exact.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
      for (const lost of exact.filter((a): a is PromiseRejectedResult => a.status === 'rejected')) {
        expect(lost.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      await Promise.all(
        Array.from({ length: 6 }, (_, i) => store.appendToStream(stream, [newEvent(`Any${i}`)], 'any')),
      );
      await expect(verifyStream(store, stream)).resolves.toMatchObject({ verified: true, events: 8 });
    });

    it('stores a retried append once, and the chain still verifies', async () => {
      const stream = `feedback-${randomUUID()}`;
      const first = [newEvent('A'), newEvent('B')];
      await store.appendToStream(stream, first, 'no_stream');
      await store.appendToStream(stream, first, 'no_stream');
      await store.appendToStream(stream, [newEvent('C')], 1);
      await expect(verifyStream(store, stream)).resolves.toMatchObject({ verified: true, events: 3 });
    });

    it('refuses an append after a revision the stream does not have, appending nothing', async () => {
      const stream = `feedback-${randomUUID()}`;
      await store.appendToStream(stream, [newEvent('A')], 'no_stream');
      await expect(store.appendToStream(stream, [newEvent('B')], 4)).rejects.toMatchObject({
        streamId: stream,
        expected: 4,
        actual: 0,
      });
      expect(await subject.store.readStream(stream)).toHaveLength(1);
    });

    it('continues the chain after events written before it existed', async () => {
      const stream = `feedback-${randomUUID()}`;
      await subject.store.appendToStream(stream, [newEvent('Old1'), newEvent('Old2')], 'no_stream');
      await store.appendToStream(stream, [newEvent('New')], 1);
      await expect(verifyStream(store, stream)).resolves.toEqual({
        verified: true,
        streams: 1,
        events: 3,
        unchained: 2,
      });
    });
  });
}
