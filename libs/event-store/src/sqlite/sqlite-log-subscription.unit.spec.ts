import type { RecordedEvent } from '../event-store.port';
import { ChangeSignal } from './change-signal';
import { SqliteLogSubscription } from './sqlite-log-subscription';

const event = (position: number): RecordedEvent => ({
  streamId: `feedback-${position % 97}`,
  revision: 0,
  position: BigInt(position),
  id: `event-${position}`,
  type: 'Noted',
  data: { text: 'x'.repeat(200) },
  metadata: {},
  createdAt: new Date(0),
});

describe('SqliteLogSubscription', () => {
  it('reads no further ahead of a slow consumer than one page, however long the log', async () => {
    const total = 30_000;
    let readUpTo = 0;
    const pages: number[] = [];
    const subscription = new SqliteLogSubscription(
      (after, maxCount) => {
        const from = Number(after ?? 0n);
        const to = Math.min(total, from + maxCount);
        pages.push(to - from);
        readUpTo = to;
        return Array.from({ length: to - from }, (_, i) => event(from + i + 1));
      },
      new ChangeSignal(10),
      undefined,
    );
    let delivered = 0;
    let mostAhead = 0;
    for await (const received of subscription) {
      expect(received.position).toBe(BigInt(delivered + 1));
      delivered++;
      // Held in memory at this moment: what was read from the file and not yet handed over.
      mostAhead = Math.max(mostAhead, readUpTo - delivered);
      // A consumer far slower than the file: it waits a turn of the event loop every hundred events.
      if (delivered % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (delivered === total) break;
    }
    expect(mostAhead).toBeLessThan(500);
    expect(Math.max(...pages)).toBe(500);
    expect(pages).toHaveLength(total / 500);
  });
});
