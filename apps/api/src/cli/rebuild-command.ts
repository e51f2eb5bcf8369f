import { NestFactory } from '@nestjs/core';
import type { LedgerConfig } from '@ledger/config';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { projectionLag, PROJECTOR, VIEWS_PROJECTOR, type Projector } from '@ledger/projections';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { AppModule } from '../app.module';

/** Replays the log into emptied views, reporting progress, and returns once they have caught up. */
export async function rebuild(config: LedgerConfig, print: (line: string) => void): Promise<number> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const projector = app.get<Projector>(PROJECTOR);
    const events = app.get<EventStore>(EVENT_STORE);
    const views = app.get<ReadStore>(READ_STORE);
    const started = Date.now();
    await projector.rebuild();
    for (;;) {
      const lag = await projectionLag(events, views, VIEWS_PROJECTOR, new Date());
      const applied = projector.status().eventsApplied;
      if (lag.eventsBehind === 0) {
        const seconds = (Date.now() - started) / 1000;
        print(
          `rebuilt: ${applied} events in ${seconds.toFixed(1)} s, views at position ${lag.position ?? 'start'}`,
        );
        break;
      }
      print(`${applied} events applied, ${lag.eventsBehindAtLeast ? 'over ' : ''}${lag.eventsBehind} to go`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await projector.stop();
    return 0;
  } finally {
    await app.close();
  }
}
