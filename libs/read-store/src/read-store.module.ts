import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { READ_STORE, type ReadStore } from './read-store.port';
import { SqliteReadStore } from './sqlite/sqlite-read-store';

export interface ReadStoreModuleOptions {
  /** Directory of the embedded SQLite file `views.sqlite`. */
  readonly dataDir: string;
  /** When set, views live in MongoDB instead (a replica set, for transactions). */
  readonly mongodbUri?: string;
}

export async function openReadStore(options: ReadStoreModuleOptions): Promise<ReadStore> {
  if (options.mongodbUri) {
    // Loaded only when asked for, so the embedded default never loads the driver.
    const { MongoReadStore } = await import('./mongodb/mongodb-read-store');
    return MongoReadStore.connect(options.mongodbUri);
  }
  mkdirSync(options.dataDir, { recursive: true });
  return SqliteReadStore.open(join(options.dataDir, 'views.sqlite'));
}

@Global()
@Module({})
export class ReadStoreModule implements OnApplicationShutdown {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  static forRoot(options: ReadStoreModuleOptions): DynamicModule {
    return {
      module: ReadStoreModule,
      providers: [{ provide: READ_STORE, useFactory: () => openReadStore(options) }],
      exports: [READ_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
