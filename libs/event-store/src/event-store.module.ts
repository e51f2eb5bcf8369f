import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { withAppendListener } from './append-listener';
import { EVENT_STORE, type EventStore, type NewEvent } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { HashChainedEventStore } from './tamper-evidence/hash-chained-event-store';

export interface EventStoreModuleOptions {
  /** Directory of the embedded SQLite file `events.sqlite`. */
  readonly dataDir: string;
  /** When set, events live in EventStoreDB instead (e.g. `esdb://localhost:2113?tls=false`). */
  readonly eventStoreConnectionString?: string;
  /** Told of every successful append, e.g. to count events for the metrics. */
  readonly onAppended?: (events: readonly NewEvent[]) => void;
}

/** The configured store, every append chained for tamper evidence. */
export async function openEventStore(options: EventStoreModuleOptions): Promise<EventStore> {
  return new HashChainedEventStore(await openAdapter(options));
}

async function openAdapter(options: EventStoreModuleOptions): Promise<EventStore> {
  if (options.eventStoreConnectionString) {
    // Loaded only when asked for, so the embedded default never pays for the gRPC client.
    const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store');
    return EventStoreDbEventStore.fromConnectionString(options.eventStoreConnectionString);
  }
  mkdirSync(options.dataDir, { recursive: true });
  return SqliteEventStore.open(join(options.dataDir, 'events.sqlite'));
}

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: async () => {
            const store = await openEventStore(options);
            return options.onAppended ? withAppendListener(store, options.onAppended) : store;
          },
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
