import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { buildApp, exited, freePort, startBuiltApp, waitForReady } from './support/built-app';
import { EVERY_ROLE_KEY } from './support/test-keys';

describe('graceful shutdown on SIGTERM (the built service as its own process)', () => {
  let dir: string;
  beforeAll(() => {
    buildApp();
    dir = mkdtempSync(join(tmpdir(), 'ledger-shutdown-'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the commands under way, keeps every answered one, and exits in time', async () => {
    const port = await freePort();
    const child = startBuiltApp({ DATA_DIR: dir, PORT: String(port), LEDGER_SHUTDOWN_TIMEOUT_MS: '5000' });
    await waitForReady(port);
    let answered = 0;
    const send = (i: number) =>
      fetch(`http://127.0.0.1:${port}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${EVERY_ROLE_KEY}` },
        body: JSON.stringify({ channel: 'web', content: `ticket ${i}` }),
      }).then(
        async (res) => {
          answered++;
          return { status: res.status, body: (await res.json()) as { id?: string } };
        },
        () => ({ status: 0, body: {} as { id?: string } }),
      );
    const sent = Array.from({ length: 300 }, (_, i) => send(i));
    // Stop while commands are under way: some answered, most not yet.
    while (answered < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    const stoppedAt = Date.now();
    child.kill('SIGTERM');
    // Commands sent once the service is closing are refused (503) or find it gone (connection refused).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const late = await Promise.all(Array.from({ length: 20 }, (_, i) => send(300 + i)));
    const answers = await Promise.all(sent);
    // Nest closes the application, then ends the process with the same signal.
    expect(await exited(child)).toEqual({ code: null, signal: 'SIGTERM' });
    expect(Date.now() - stoppedAt).toBeLessThan(5000);

    const accepted = answers.filter((answer) => answer.status === 201).map((answer) => answer.body.id);
    expect(accepted.length).toBeGreaterThan(0);
    // The others were refused while closing (503) or never got through (connection reset): none half-done.
    expect(answers.every((answer) => [201, 503, 0].includes(answer.status))).toBe(true);
    expect(late.map((answer) => answer.status).filter((status) => status !== 503 && status !== 0)).toEqual(
      [],
    );
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const received = new Set(
      (await events.readAll()).filter((e) => e.type === 'FeedbackReceived').map((e) => e.streamId),
    );
    await events.close();
    expect(accepted.filter((id) => !received.has(`feedback-${id}`))).toEqual([]);
  }, 60_000);
});
