import { describeReadStoreContract } from '../contract/read-store.contract';
import { MongoReadStore } from './mongodb-read-store';

// Runs only where MONGODB_URI is set (see jest.config.js); the server must be a replica set.
describeReadStoreContract('MongoDB', async () => {
  const store = await MongoReadStore.connect(process.env.MONGODB_URI ?? '');
  return { store, dispose: () => store.close() };
});
