import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { SqliteReadStore } from '@ledger/read-store';
import { projectionLag } from './projection-lag';

describe('projectionLag', () => {
  it('counts the events after the checkpoint and the age of the oldest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-lag-'));
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const views = SqliteReadStore.open(join(dir, 'views.sqlite'));
    const event = () => ({ id: randomUUID(), type: 'Noted', data: {}, metadata: {} });
    const first = await events.appendToStream('feedback-a', [event()], 'no_stream');
    await events.appendToStream('feedback-b', [event(), event()], 'no_stream');

    const none = await projectionLag(events, views, 'views', new Date());
    expect(none).toMatchObject({ eventsBehind: 3, eventsBehindAtLeast: false });
    expect(none.position).toBeUndefined();

    await views.commit({ projector: 'views', position: first.position, changes: [] });
    const later = new Date(Date.now() + 5000);
    const behind = await projectionLag(events, views, 'views', later);
    expect(behind).toMatchObject({ position: first.position.toString(), eventsBehind: 2 });
    expect(behind.secondsBehind).toBeGreaterThanOrEqual(4.5);

    const head = (await events.readAll()).slice(-1)[0].position;
    await views.commit({ projector: 'views', position: head, changes: [] });
    expect(await projectionLag(events, views, 'views', later)).toMatchObject({
      eventsBehind: 0,
      secondsBehind: 0,
    });
    await Promise.all([events.close(), views.close()]);
    rmSync(dir, { recursive: true, force: true });
  });
});
