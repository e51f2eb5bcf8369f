import { randomUUID } from 'node:crypto';
import type { CustomerKeyStore } from '../customer-key-store.port';

export interface CustomerKeyStoreUnderTest {
  readonly store: CustomerKeyStore;
  dispose(): Promise<void>;
}

/** Identifiers no other test uses, so that suites may share a server. */
const customer = () => {
  const tag = randomUUID();
  return { id: `id:${tag}`, phone: `phone:${tag}`, email: `email:${tag}@example.com` };
};

/**
 * What crypto-shredding relies on of a key store (SPEC §12): one key per customer however they
 * are known, and a deleted key gone for good, reaching every key linked to the customer.
 */
export function describeCustomerKeyStoreContract(
  adapterName: string,
  open: () => Promise<CustomerKeyStoreUnderTest>,
): void {
  describe(`customer key store: ${adapterName}`, () => {
    let subject: CustomerKeyStoreUnderTest;
    let store: CustomerKeyStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('creates a 256-bit key for a new customer and gives it back by id and by any identifier', async () => {
      const { id, phone } = customer();
      const created = await store.keyFor([id, phone]);
      expect(created.key).toHaveLength(32);
      expect(await store.key(created.keyId)).toEqual(created.key);
      expect(await store.keyFor([phone])).toEqual(created);
      expect(await store.linkedKeys(id)).toEqual([created.keyId]);
    });

    it('gives different customers different keys', async () => {
      const [a, b] = [customer(), customer()];
      const [keyA, keyB] = [await store.keyFor([a.phone]), await store.keyFor([b.phone])];
      expect(keyA.keyId).not.toBe(keyB.keyId);
      expect(keyA.key.equals(keyB.key)).toBe(false);
    });

    it('links keys of identifiers first seen apart, choosing the oldest once they are seen together', async () => {
      const { phone, email } = customer();
      const byPhone = await store.keyFor([phone]);
      const byEmail = await store.keyFor([email]);
      expect(await store.keyFor([email, phone])).toEqual(byPhone);
      for (const identifier of [phone, email]) {
        expect((await store.linkedKeys(identifier)).sort()).toEqual([byPhone.keyId, byEmail.keyId].sort());
      }
    });

    it('deletes keys for good: unreadable, unlinked, and a returning customer gets a new key', async () => {
      const { id, phone } = customer();
      const old = await store.keyFor([id, phone]);
      const other = await store.keyFor([customer().phone]);
      await store.delete(await store.linkedKeys(phone));
      expect(await store.key(old.keyId)).toBeUndefined();
      expect(await store.linkedKeys(id)).toEqual([]);
      expect(await store.key(other.keyId)).toEqual(other.key);
      const renewed = await store.keyFor([phone]);
      expect(renewed.keyId).not.toBe(old.keyId);
      expect(renewed.key.equals(old.key)).toBe(false);
    });

    it('ignores keys already deleted, and knows no keys of an unknown identifier', async () => {
      await expect(store.delete([randomUUID()])).resolves.toBeUndefined();
      expect(await store.linkedKeys(customer().email)).toEqual([]);
      expect(await store.key(randomUUID())).toBeUndefined();
    });

    it('refuses a key for a customer with no identifier', async () => {
      await expect(store.keyFor([])).rejects.toThrow(/identifier/);
    });
  });
}
