export * from './read-store.port';
export * from './checkpoint-moved.error';
export * from './store-unavailable.error';
export { asStoreUnavailable, sqliteWriteFault } from './sqlite/sqlite-write-fault';
export * from './query-cursor';
export { SqliteReadStore } from './sqlite/sqlite-read-store';
export * from './field-name';
export * from './read-store.module';
export { databaseOf } from './mongodb/database-of';
