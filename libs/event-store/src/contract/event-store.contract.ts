import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';

export interface EventStoreUnderTest {
  readonly store: EventStore;
  /** Releases the store and anything it created for the test. */
  dispose(): Promise<void>;
}

const newStream = (): string => `feedback-${randomUUID()}`;

const newEvent = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { $correlationId: randomUUID(), actor: 'contract-test' },
});

/** Takes events from a subscription until `count` matching ones arrived, or fails after a timeout. */
async function collect(
  subscription: AsyncIterable<RecordedEvent>,
  accept: (event: RecordedEvent) => boolean,
  count: number,
  timeoutMs = 5000,
): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  const timeout = new Promise<never>((_, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`subscription delivered ${taken.length} of ${count} events`)),
      timeoutMs,
    );
    timer.unref();
  });
  const reading = (async () => {
    for await (const event of subscription) {
      if (accept(event)) taken.push(event);
      if (taken.length >= count) break;
    }
    return taken;
  })();
  return Promise.race([reading, timeout]);
}

/**
 * The behaviour every EventStore adapter must show. The log may already hold other events (a
 * shared EventStoreDB server), so each test works on fresh streams and filters the global log.
 */
export function describeEventStoreContract(
  adapterName: string,
  open: () => Promise<EventStoreUnderTest>,
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let subject: EventStoreUnderTest;
    let store: EventStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('appends to a new stream and reads the events back in order with their revisions', async () => {
      const stream = newStream();
      const events = [newEvent('A', { n: 1, text: '登录卡顿' }), newEvent('B', { n: 2 })];
      const result = await store.appendToStream(stream, events, 'no_stream');
      const read = await store.readStream(stream);

      expect(result.nextExpectedRevision).toBe(1);
      expect(read.map((e) => [e.id, e.type, e.revision, e.streamId])).toEqual([
        [events[0].id, 'A', 0, stream],
        [events[1].id, 'B', 1, stream],
      ]);
      expect(read[0].data).toEqual({ n: 1, text: '登录卡顿' });
      expect(read[0].metadata).toMatchObject(events[0].metadata);
      expect(read[0].createdAt).toBeInstanceOf(Date);
      expect(read[1].position).toBeGreaterThan(read[0].position);
      expect(result.position).toBe(read[1].position);
    });

    it('reads nothing from a stream that does not exist', async () => {
      await expect(store.readStream(newStream())).resolves.toEqual([]);
    });

    it('reads a stream from a revision with a maximum count', async () => {
      const stream = newStream();
      await store.appendToStream(
        stream,
        [1, 2, 3, 4].map((n) => newEvent('N', { n })),
        'no_stream',
      );
      const read = await store.readStream(stream, { fromRevision: 1, maxCount: 2 });
      expect(read.map((e) => e.data.n)).toEqual([2, 3]);
      expect(read.map((e) => e.revision)).toEqual([1, 2]);
    });

    it('appends at the exact expected revision and refuses a stale one', async () => {
      const stream = newStream();
      await store.appendToStream(stream, [newEvent('A')], 'no_stream');
      await expect(store.appendToStream(stream, [newEvent('B')], 0)).resolves.toMatchObject({
        nextExpectedRevision: 1,
      });
      const stale = store.appendToStream(stream, [newEvent('C')], 0);
      await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(stale).rejects.toMatchObject({ streamId: stream, expected: 0 });
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('honours no_stream, stream_exists and any', async () => {
      const stream = newStream();
      await expect(store.appendToStream(stream, [newEvent('A')], 'stream_exists')).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      await store.appendToStream(stream, [newEvent('A')], 'no_stream');
      await expect(store.appendToStream(stream, [newEvent('B')], 'no_stream')).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      await store.appendToStream(stream, [newEvent('C')], 'stream_exists');
      const result = await store.appendToStream(stream, [newEvent('D')], 'any');
      expect(result.nextExpectedRevision).toBe(2);
      const fresh = newStream();
      await expect(store.appendToStream(fresh, [newEvent('E')], 'any')).resolves.toMatchObject({
        nextExpectedRevision: 0,
      });
    });

    it('treats a retried append of the same event ids at the same revision as a no-op success', async () => {
      const stream = newStream();
      const first = [newEvent('A'), newEvent('B')];
      const original = await store.appendToStream(stream, first, 'no_stream');
      const retry = await store.appendToStream(stream, first, 'no_stream');
      expect(retry.nextExpectedRevision).toBe(original.nextExpectedRevision);

      const second = [newEvent('C')];
      await store.appendToStream(stream, second, 1);
      await expect(store.appendToStream(stream, second, 1)).resolves.toMatchObject({
        nextExpectedRevision: 2,
      });
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
    });

    it('lets exactly one of several concurrent appends at the same revision win', async () => {
      const stream = newStream();
      await store.appendToStream(stream, [newEvent('Start')], 'no_stream');
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => store.appendToStream(stream, [newEvent(`Try${i}`)], 0)),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      for (const loss of lost) expect(loss.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('commits concurrent appends to different streams, each once', async () => {
      const streams = Array.from({ length: 20 }, newStream);
      await Promise.all(
        streams.map((s) => store.appendToStream(s, [newEvent('A'), newEvent('B')], 'no_stream')),
      );
      for (const s of streams) expect((await store.readStream(s)).map((e) => e.revision)).toEqual([0, 1]);
    });

    it('reads the global log in append order, strictly after a position', async () => {
      const marker = await store.appendToStream(newStream(), [newEvent('Marker')], 'no_stream');
      const [s1, s2] = [newStream(), newStream()];
      await store.appendToStream(s1, [newEvent('A1')], 'no_stream');
      await store.appendToStream(s2, [newEvent('B1'), newEvent('B2')], 'no_stream');
      await store.appendToStream(s1, [newEvent('A2')], 0);

      const all = await store.readAll({ after: marker.position });
      const ours = all.filter((e) => e.streamId === s1 || e.streamId === s2);
      expect(ours.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
      for (let i = 1; i < all.length; i++) expect(all[i].position).toBeGreaterThan(all[i - 1].position);
      expect(all.every((e) => e.position > marker.position)).toBe(true);

      const firstTwo = await store.readAll({ after: marker.position, maxCount: 2 });
      expect(firstTwo).toHaveLength(2);
      expect(firstTwo[0].position).toBe(all[0].position);
    });

    it('tells the position of the last event in the log', async () => {
      await store.appendToStream(newStream(), [newEvent('A')], 'no_stream');
      const last = await store.appendToStream(newStream(), [newEvent('B'), newEvent('C')], 'no_stream');
      expect(await store.headPosition()).toBe(last.position);
    });

    it('subscribes to the global log: stored events first, then live ones, with no gap and no duplicate', async () => {
      const marker = await store.appendToStream(newStream(), [newEvent('Marker')], 'no_stream');
      const stream = newStream();
      await store.appendToStream(
        stream,
        [newEvent('Stored', { n: 0 }), newEvent('Stored', { n: 1 })],
        'no_stream',
      );

      const subscription = store.subscribeToAll({ after: marker.position });
      const received = collect(subscription, (e) => e.streamId === stream, 6);
      let revision = 1;
      for (let n = 2; n < 6; n++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        revision = (await store.appendToStream(stream, [newEvent('Live', { n })], revision))
          .nextExpectedRevision;
      }
      const events = await received;
      await subscription.close();

      expect(events.map((e) => e.data.n)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(events.map((e) => e.type)).toEqual(['Stored', 'Stored', 'Live', 'Live', 'Live', 'Live']);
    });

    it('ends a subscription when it is closed', async () => {
      const subscription = store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      const pending = (async () => {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return 'ended';
        }
      })();
      await subscription.close();
      await expect(pending).resolves.toBe('ended');
    });
  });
}
