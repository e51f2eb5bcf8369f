import { Readable } from 'node:stream';
import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store.port';
import { EventStoreDbLogSubscription } from './eventstoredb-log-subscription';

/** Stands in for the client's subscription: a readable of resolved events that the test feeds. */
class FakeSubscription extends Readable {
  unsubscribed = false;

  constructor(readonly after: bigint | undefined) {
    super({ objectMode: true });
  }

  override _read(): void {}

  unsubscribe(): Promise<void> {
    this.unsubscribed = true;
    return Promise.resolve();
  }

  deliver(position: bigint, type = 'FeedbackReceived', streamId = 'feedback-1'): void {
    const resolved: AllStreamResolvedEvent = {
      event: {
        streamId,
        id: `event-${position}`,
        isJson: true,
        revision: 0n,
        type,
        created: new Date(0),
        data: { n: Number(position) },
        metadata: {},
        position: { commit: position, prepare: position },
      },
      commitPosition: position,
    };
    this.push(resolved);
  }
}

function harness(after?: bigint, initialDelayMs = 5) {
  const opened: FakeSubscription[] = [];
  const drops: Array<{ error: unknown; retryInMs: number }> = [];
  const subscription = new EventStoreDbLogSubscription(
    (from) => {
      const fake = new FakeSubscription(from);
      opened.push(fake);
      // The fake has only what the subscription uses of the client's type.
      return fake as unknown as AllStreamSubscription;
    },
    after,
    { initialDelayMs, maxDelayMs: 20, onDropped: (error, retryInMs) => drops.push({ error, retryInMs }) },
  );
  return { subscription, iterator: subscription[Symbol.asyncIterator](), opened, drops };
}

const positionOf = async (next: Promise<IteratorResult<RecordedEvent>>): Promise<bigint | 'done'> => {
  const result = await next;
  return result.done ? 'done' : result.value.position;
};

const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 2));
  if (!condition()) throw new Error('condition not reached');
};

describe('EventStoreDbLogSubscription', () => {
  it('delivers events in order and skips system events and anything at or before the start', async () => {
    const { subscription, iterator, opened } = harness(10n);
    const first = positionOf(iterator.next());
    await until(() => opened.length === 1);
    expect(opened[0].after).toBe(10n);
    opened[0].deliver(10n);
    opened[0].deliver(11n, '$statsCollected', '$stats-node');
    opened[0].deliver(12n, 'Linked', '$ce-feedback');
    opened[0].deliver(13n);
    opened[0].deliver(14n);
    expect(await first).toBe(13n);
    expect(await positionOf(iterator.next())).toBe(14n);
    await subscription.close();
  });

  it('re-subscribes after a drop from the last delivered position, with a doubling pause', async () => {
    const { subscription, iterator, opened, drops } = harness();
    const first = positionOf(iterator.next());
    await until(() => opened.length === 1);
    expect(opened[0].after).toBeUndefined();
    opened[0].deliver(100n);
    expect(await first).toBe(100n);

    const second = positionOf(iterator.next());
    opened[0].destroy(new Error('connection reset'));
    await until(() => opened.length === 2);
    expect(opened[1].after).toBe(100n);
    opened[1].destroy(new Error('unavailable'));
    await until(() => opened.length === 3);
    opened[2].push(null);
    await until(() => opened.length === 4);
    opened[3].deliver(100n);
    opened[3].deliver(101n);
    expect(await second).toBe(101n);

    expect(drops.map((drop) => drop.retryInMs)).toEqual([5, 10, 20]);
    expect(drops.map((drop) => (drop.error as Error).message)).toEqual([
      'connection reset',
      'unavailable',
      'EventStoreDB ended the subscription',
    ]);
    expect(opened.slice(0, 3).every((fake) => fake.unsubscribed)).toBe(true);
    await subscription.close();
  });

  it('ends iteration when closed while waiting for an event, and lets go of the server call', async () => {
    const { subscription, iterator, opened } = harness();
    const pending = iterator.next();
    await until(() => opened.length === 1);
    await subscription.close();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(opened[0].unsubscribed).toBe(true);
    expect(opened[0].destroyed).toBe(true);
  });

  it('stops retrying, without sitting out the pause, when closed after a drop', async () => {
    const { subscription, iterator, opened, drops } = harness(undefined, 60_000);
    const pending = iterator.next();
    await until(() => opened.length === 1);
    opened[0].destroy(new Error('gone'));
    await until(() => drops.length === 1);
    await subscription.close();
    const tooLate = new Promise((resolve) => setTimeout(resolve, 500, 'still pausing'));
    await expect(Promise.race([pending, tooLate])).resolves.toMatchObject({ done: true });
    expect(opened).toHaveLength(1);
  });

  it('cancels the server call when the consumer stops iterating', async () => {
    const { iterator, opened } = harness();
    const first = positionOf(iterator.next());
    await until(() => opened.length === 1);
    opened[0].deliver(1n);
    expect(await first).toBe(1n);
    await iterator.return?.();
    expect(opened[0].unsubscribed).toBe(true);
  });
});
