import { describeEventStoreContract } from '../contract/event-store.contract';
import { describeHashChainContract } from '../contract/hash-chain.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// jest.config.js runs this file only when the variable is set; run by hand without it, it says why it fails.
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (!connectionString) throw new Error('EVENTSTORE_CONNECTION_STRING is not set (see docker/compose.yaml)');

describeEventStoreContract('EventStoreDB', async () => {
  const store = EventStoreDbEventStore.fromConnectionString(connectionString);
  return { store, dispose: () => store.close() };
});

describeHashChainContract('EventStoreDB', async () => {
  const store = EventStoreDbEventStore.fromConnectionString(connectionString);
  return { store, dispose: () => store.close() };
});
