export * from './event-store.port';
export * from './expected-revision';
export * from './wrong-expected-revision.error';
export * from './event-store.module';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export * from './append-listener';
