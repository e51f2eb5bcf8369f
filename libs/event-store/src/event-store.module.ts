import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { databaseOf } from '@ledger/read-store';
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { withAppendListener } from './append-listener';
import { EVENT_STORE, type EventStore, type NewEvent } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { HashChainedEventStore } from './tamper-evidence/hash-chained-event-store';
import { CUSTOMER_KEY_STORE, type CustomerKeyStore } from './personal-data/customer-key-store.port';
import { PersonalDataEventStore } from './personal-data/personal-data-event-store';
import type { PersonalDataPolicy } from './personal-data/personal-data-policy.port';
import { SqliteCustomerKeyStore } from './personal-data/sqlite-customer-key-store';

export interface EventStoreModuleOptions {
  /** Directory of the embedded SQLite files `events.sqlite` and `customer-keys.sqlite`. */
  readonly dataDir: string;
  /** When set, events live in EventStoreDB instead (e.g. `esdb://localhost:2113?tls=false`). */
  readonly eventStoreConnectionString?: string;
  /** When set, customer keys live in this MongoDB deployment (beside the views) instead of the data dir. */
  readonly mongodbUri?: string;
  /** Which fields of which events are personal data, sealed under their customer's key. */
  readonly personalData: PersonalDataPolicy;
  /** Told of every successful append, e.g. to count events for the metrics. */
  readonly onAppended?: (events: readonly NewEvent[]) => void;
}

/**
 * The configured store: every append chained for tamper evidence, and above the chain, personal
 * fields sealed under their customer's key, so that the chain covers what is stored.
 */
export async function openEventStore(options: EventStoreModuleOptions): Promise<PersonalDataEventStore> {
  const stored = new HashChainedEventStore(await openAdapter(options));
  return new PersonalDataEventStore(stored, await openKeyStore(options), options.personalData);
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

async function openKeyStore(options: EventStoreModuleOptions): Promise<CustomerKeyStore> {
  if (options.mongodbUri) {
    const { MongoCustomerKeyStore } = await import('./personal-data/mongodb-customer-key-store');
    return MongoCustomerKeyStore.connect(options.mongodbUri, databaseOf(options.mongodbUri));
  }
  mkdirSync(options.dataDir, { recursive: true });
  return SqliteCustomerKeyStore.open(join(options.dataDir, 'customer-keys.sqlite'));
}

/** The store as stored, personal fields sealed: what `verify` checks the hash chain of. */
export const STORED_EVENT_STORE = Symbol('STORED_EVENT_STORE');
const OPENED_STORE = Symbol('OPENED_STORE');

@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        { provide: OPENED_STORE, useFactory: () => openEventStore(options) },
        {
          provide: EVENT_STORE,
          inject: [OPENED_STORE],
          useFactory: (store: PersonalDataEventStore) =>
            options.onAppended ? withAppendListener(store, options.onAppended) : store,
        },
        {
          provide: STORED_EVENT_STORE,
          inject: [OPENED_STORE],
          useFactory: (store: PersonalDataEventStore) => store.stored,
        },
        {
          provide: CUSTOMER_KEY_STORE,
          inject: [OPENED_STORE],
          useFactory: (store: PersonalDataEventStore) => store.keys,
        },
      ],
      exports: [EVENT_STORE, STORED_EVENT_STORE, CUSTOMER_KEY_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
