import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { projectionLag, PROJECTOR, VIEWS_PROJECTOR, type Projector } from '@ledger/projections';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '@ledger/config';

const USAGE = `usage: npm run ledger -- <command>

commands:
  rebuild   empty every view and replay the whole log into them (stop the service first)`;

/** Replays the log into emptied views, reporting progress, and returns once they have caught up. */
async function rebuild(): Promise<void> {
  const config = { ...loadConfig(), runProjector: false };
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
        console.log(
          `rebuilt: ${applied} events in ${seconds.toFixed(1)} s, views at position ${lag.position ?? 'start'}`,
        );
        break;
      }
      console.log(
        `${applied} events applied, ${lag.eventsBehindAtLeast ? 'over ' : ''}${lag.eventsBehind} to go`,
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await projector.stop();
  } finally {
    await app.close();
  }
}

async function main(command: string | undefined): Promise<number> {
  if (command === 'rebuild') {
    await rebuild();
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
    process.exit(1);
  },
);
