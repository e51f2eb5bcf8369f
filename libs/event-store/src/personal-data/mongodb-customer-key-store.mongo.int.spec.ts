import { databaseOf } from '@ledger/read-store';
import { describeCustomerKeyStoreContract } from './contract/customer-key-store.contract';
import { MongoCustomerKeyStore } from './mongodb-customer-key-store';

// jest.config.js runs this file only when the variable is set; run by hand without it, it says why it fails.
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI is not set (see docker/compose.yaml)');

describeCustomerKeyStoreContract('MongoDB', async () => {
  const store = await MongoCustomerKeyStore.connect(uri, databaseOf(uri));
  return { store, dispose: () => store.close() };
});
