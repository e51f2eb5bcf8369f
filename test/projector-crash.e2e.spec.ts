import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { Projector, TICKETS, VIEWS_PROJECTOR, viewProjections, waitForCheckpoint } from '@ledger/projections';
import { SqliteReadStore } from '@ledger/read-store';
import { loadConfig, slaRulesOf } from '@ledger/config';
import { buildApp, builtCli, exited, startBuiltApp } from './support/built-app';
import { allDocuments } from './support/all-documents';
import { seedTickets } from './support/seed-tickets';

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('a projector killed mid-batch, and the rebuild command', () => {
  let dir: string;

  beforeAll(() => {
    buildApp();
    dir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes from its checkpoint to the same views as a rebuild from zero', async () => {
    const events = SqliteEventStore.open(join(dir, 'events.sqlite'));
    await seedTickets(events, { count: 10_000, seed: 7 });
    const [last] = (await events.readAll()).slice(-1);
    const head = last.position;

    const views = SqliteReadStore.open(join(dir, 'views.sqlite'));
    const config = loadConfig({ DATA_DIR: dir });
    const projections = viewProjections(config.timeZone, slaRulesOf(config.sla));
    await views.define(projections.flatMap((projection) => projection.collections));
    const env = { DATA_DIR: dir, LEDGER_PROJECTOR: 'on' };

    const first = startBuiltApp(env);
    await waitUntil(async () => ((await views.checkpoint(VIEWS_PROJECTOR)) ?? 0n) > 0n, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 200)));
    first.kill('SIGKILL');
    await exited(first);
    const atKill = (await views.checkpoint(VIEWS_PROJECTOR)) ?? 0n;
    expect(atKill).toBeGreaterThan(0n);
    expect(atKill).toBeLessThan(head);

    const second = startBuiltApp(env);
    await waitUntil(async () => (await views.checkpoint(VIEWS_PROJECTOR)) === head, 120_000);
    second.kill('SIGTERM');
    // Nest runs its shutdown hooks on SIGTERM, then ends the process with the same signal.
    expect(await exited(second)).toEqual({ code: null, signal: 'SIGTERM' });

    const rebuilt = SqliteReadStore.open(join(dir, 'rebuilt.sqlite'));
    const projector = new Projector(events, rebuilt, projections, { name: VIEWS_PROJECTOR });
    await projector.start();
    expect(await waitForCheckpoint(rebuilt, VIEWS_PROJECTOR, head, 120_000)).toBe(true);
    await projector.stop();

    expect(await views.count(TICKETS)).toBe(10_000);
    for (const collection of projections.flatMap((p) => p.collections.map((c) => c.name))) {
      expect(await allDocuments(views, collection)).toEqual(await allDocuments(rebuilt, collection));
    }

    const cli = spawnSync(process.execPath, [builtCli, 'rebuild'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: cli.status, stdout: cli.stdout }).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(
        new RegExp(`rebuilt: \\d+ events in [\\d.]+ s, views at position ${head}`),
      ),
    });
    for (const collection of projections.flatMap((p) => p.collections.map((c) => c.name))) {
      expect(await allDocuments(views, collection)).toEqual(await allDocuments(rebuilt, collection));
    }
    await Promise.all([events.close(), views.close(), rebuilt.close()]);
  }, 300_000);
});
